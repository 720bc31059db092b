//! Pure: the numbers of the staff overview page, computed from tickets and
//! their timeline events (no I/O, no clock: `now` is passed in).
//!
//! Two kinds of numbers, by design:
//! - **activity** (detections, link outcomes, verification outcomes) counts
//!   timeline events whose time falls in the window;
//! - **cohort** numbers (tickets opened, the walk-through funnel, reconnect
//!   and hand-off rates, time to reconnect) follow the tickets *opened* in the
//!   window through all of their events, so a rate never mixes two groups.
//!
//! The timeline kinds read here are the engine's (`message`, `link_opened`,
//! `form_submitted`, `verification`, `reconnect_done`, `staff_hand_off`,
//! `link_revoked`, with `{"note", "stage"}` details) and the runner's and
//! form's (`link.issued`, `verify.failed`, `connector.reconnected`).

use std::collections::{BTreeMap, HashMap};
use std::time::Duration;

use crate::detect::Band;
use crate::domain::{TicketId, Timestamp, VerifyClass};
use crate::store::{Ticket, TimelineEvent};

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// A reporting window ending now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Window {
    /// Since midnight UTC.
    Today,
    /// The last 7 × 24 hours.
    Week,
    /// The last 30 × 24 hours.
    Month,
}

impl Window {
    pub const ALL: [Window; 3] = [Window::Today, Window::Week, Window::Month];

    /// The window's key (its label is the dashboard's: `window_<key>` in
    /// `templates/admin_labels.toml`).
    pub fn as_str(self) -> &'static str {
        match self {
            Window::Today => "today",
            Window::Week => "week",
            Window::Month => "month",
        }
    }

    /// When the window starts, for a window ending at `now`.
    pub fn start(self, now: Timestamp) -> Timestamp {
        let ms = now.millis();
        Timestamp(match self {
            Window::Today => ms - ms.rem_euclid(DAY_MS),
            Window::Week => ms - 7 * DAY_MS,
            Window::Month => ms - 30 * DAY_MS,
        })
    }
}

/// The walk-through funnel, in order. A ticket that reached a step also
/// counts for every earlier one (a customer may skip ahead, e.g. ask for the
/// link at once), so the funnel never widens. Keys; the dashboard's labels
/// are `funnel_<key>` in `templates/admin_labels.toml`.
pub const FUNNEL: [&str; 8] = [
    "opened",
    "log_in",
    "reset_key",
    "secure_link",
    "link_issued",
    "link_opened",
    "form_submitted",
    "reconnected",
];

/// Link outcomes in the window.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LinkOutcomes {
    pub issued: u64,
    pub opened: u64,
    pub consumed: u64,
    pub expired: u64,
    pub revoked: u64,
    pub locked: u64,
}

/// Everything the overview shows for one window.
#[derive(Debug, Clone, PartialEq)]
pub struct Overview {
    pub window: Window,
    /// Messages the detector put in the `act` or `ask` band.
    pub detections: u64,
    pub tickets_opened: u64,
    /// `(step, tickets)` in [`FUNNEL`] order.
    pub funnel: Vec<(&'static str, u64)>,
    pub links: LinkOutcomes,
    /// `(class, count)` sorted by class: `verified`, `key_rejected`, ...
    pub verifications: Vec<(String, u64)>,
    /// Tickets of the cohort that reconnected.
    pub reconnected: u64,
    pub median_time_to_reconnect: Option<Duration>,
    pub p90_time_to_reconnect: Option<Duration>,
    /// Tickets of the cohort that went to a person.
    pub handed_off: u64,
}

impl Overview {
    /// Reconnected tickets per ticket opened (`None` without tickets).
    pub fn reconnect_rate(&self) -> Option<f64> {
        rate(self.reconnected, self.tickets_opened)
    }

    /// Handed-off tickets per ticket opened.
    pub fn hand_off_rate(&self) -> Option<f64> {
        rate(self.handed_off, self.tickets_opened)
    }
}

fn rate(part: u64, whole: u64) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

/// The `note` and `stage` of an engine timeline entry (empty when absent).
fn note_and_stage(e: &TimelineEvent) -> (String, String) {
    let v: serde_json::Value = serde_json::from_str(&e.detail).unwrap_or_default();
    let field = |k: &str| v.get(k).and_then(|x| x.as_str()).unwrap_or("").to_owned();
    (field("note"), field("stage"))
}

fn is_reconnect(e: &TimelineEvent, note: &str) -> bool {
    e.kind == "connector.reconnected"
        || e.kind == "reconnect_done"
        || (e.kind == "verification" && note.starts_with(VerifyClass::Verified.as_str()))
}

/// The band a message's timeline note names (`band=act score=0.91 ...`).
fn noted_band(note: &str) -> Option<Band> {
    let named = note
        .split_whitespace()
        .find_map(|w| w.strip_prefix("band="))?;
    [Band::Act, Band::Ask, Band::Ignore]
        .into_iter()
        .find(|b| b.as_str() == named)
}

/// How far along the funnel one event shows a ticket got (index in [`FUNNEL`]).
fn funnel_step(e: &TimelineEvent, note: &str, stage: &str) -> usize {
    if is_reconnect(e, note) {
        return 7;
    }
    match (e.kind.as_str(), stage) {
        ("form_submitted", _) => 6,
        ("link_opened", _) => 5,
        ("link.issued", _) => 4,
        (_, "walkthrough:secure_link" | "awaiting_form" | "verifying") => 3,
        (_, "walkthrough:reset_key") => 2,
        (_, "walkthrough:log_in") => 1,
        _ => 0,
    }
}

/// The `p`-th percentile (nearest rank) of sorted durations.
fn percentile(sorted: &[Duration], p: f64) -> Option<Duration> {
    if sorted.is_empty() {
        return None;
    }
    let rank = (p * sorted.len() as f64).ceil() as usize;
    Some(sorted[rank.clamp(1, sorted.len()) - 1])
}

/// Computes one window's overview. `tickets` and `events` may cover more
/// than the window (e.g. the 30 days, for all three windows); everything
/// outside it is ignored.
pub fn aggregate(
    window: Window,
    now: Timestamp,
    tickets: &[Ticket],
    events: &[TimelineEvent],
) -> Overview {
    let start = window.start(now);
    let in_window = |t: Timestamp| t >= start && t <= now;
    let cohort: HashMap<TicketId, &Ticket> = tickets
        .iter()
        .filter(|t| in_window(t.created_at))
        .map(|t| (t.id, t))
        .collect();

    let mut detections = 0;
    let mut links = LinkOutcomes::default();
    let mut verifications: BTreeMap<String, u64> = BTreeMap::new();
    // Per cohort ticket: furthest funnel step, first reconnect, handed off.
    let mut furthest: HashMap<TicketId, usize> = HashMap::new();
    let mut reconnected_at: HashMap<TicketId, Timestamp> = HashMap::new();
    let mut handed_off: HashMap<TicketId, bool> = HashMap::new();

    for e in events {
        let (note, stage) = note_and_stage(e);
        if in_window(e.at) {
            match e.kind.as_str() {
                "message" if matches!(noted_band(&note), Some(b) if b != Band::Ignore) => {
                    detections += 1;
                }
                "link.issued" => links.issued += 1,
                "link_opened" => links.opened += 1,
                "connector.reconnected" => links.consumed += 1,
                "link_revoked" if note == "Expired" => links.expired += 1,
                "link_revoked" => links.revoked += 1,
                "verification" => {
                    let class = note.split_whitespace().next().unwrap_or("unknown");
                    if class == VerifyClass::Locked.as_str() {
                        links.locked += 1;
                    }
                    *verifications.entry(class.to_owned()).or_default() += 1;
                }
                _ => {}
            }
        }
        if cohort.contains_key(&e.ticket) && e.at <= now {
            let step = funnel_step(e, &note, &stage);
            let f = furthest.entry(e.ticket).or_default();
            *f = (*f).max(step);
            if is_reconnect(e, &note) {
                reconnected_at.entry(e.ticket).or_insert(e.at);
            }
            if e.kind == "staff_hand_off" || stage == "escalated" {
                handed_off.insert(e.ticket, true);
            }
        }
    }

    let funnel = FUNNEL
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let n = cohort
                .keys()
                .filter(|id| furthest.get(id).copied().unwrap_or(0) >= i)
                .count() as u64;
            (*name, n)
        })
        .collect();
    let mut times: Vec<Duration> = reconnected_at
        .iter()
        .filter_map(|(id, at)| cohort.get(id).map(|t| at.since(t.created_at)))
        .collect();
    times.sort();
    Overview {
        window,
        detections,
        tickets_opened: cohort.len() as u64,
        funnel,
        links,
        verifications: verifications.into_iter().collect(),
        reconnected: reconnected_at.len() as u64,
        median_time_to_reconnect: percentile(&times, 0.5),
        p90_time_to_reconnect: percentile(&times, 0.9),
        handed_off: handed_off.len() as u64,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_start_at_midnight_and_whole_days_back() {
        let now = Timestamp(10 * DAY_MS + 3_600_000);
        assert_eq!(Window::Today.start(now), Timestamp(10 * DAY_MS));
        assert_eq!(Window::Week.start(now), Timestamp(3 * DAY_MS + 3_600_000));
        assert_eq!(Window::Month.start(now).millis(), -20 * DAY_MS + 3_600_000);
    }

    #[test]
    fn percentiles_use_the_nearest_rank() {
        let d = |s: u64| Duration::from_secs(s);
        let sorted: Vec<Duration> = (1..=10).map(d).collect();
        assert_eq!(percentile(&sorted, 0.5), Some(d(5)));
        assert_eq!(percentile(&sorted, 0.9), Some(d(9)));
        assert_eq!(percentile(&[d(7)], 0.9), Some(d(7)));
        assert_eq!(percentile(&[], 0.5), None);
    }
}
