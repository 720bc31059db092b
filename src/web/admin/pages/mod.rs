//! The dashboard's pages (askama templates `templates/admin_*.html`), the
//! list's query parsing, the CSV export, the server-rendered bar charts and
//! the labels code picks (`labels.rs`, from `templates/admin_labels.toml`).

mod chart;
mod export;
mod labels;
mod query;

use askama::Template;

use super::Staff;
use crate::domain::{Channel, Integration, TicketStatus, Timestamp};
use crate::links::{self, Unusable};
use crate::overview::Overview;
use crate::store::{ConnectorRecord, LinkRecord, Ticket, TimelineEvent};
use crate::transcript::{
    Entry, customer_display, customer_reference, kind, step_words, transcript, unanswered_since,
};
pub(super) use chart::*;
pub(super) use export::*;
pub(super) use query::*;

/// Since when the customer of an escalated ticket has been waiting for a
/// person: nobody took it -> since the last hand-off; someone has it -> since
/// the first customer line nobody answered yet.
pub(super) fn waiting_since(t: &Ticket, timeline: &[TimelineEvent]) -> Option<Timestamp> {
    if nobody_has(t) {
        let handed_off = timeline.iter().rev().find(|e| e.kind == kind::HANDOFF);
        return Some(handed_off.map_or(t.updated_at, |e| e.at));
    }
    if t.status == TicketStatus::Escalated {
        return unanswered_since(timeline);
    }
    None
}

pub(super) const PAGE_SIZE: i64 = 25;
pub(super) const CSV_MAX_ROWS: i64 = 10_000;
pub(super) fn when(t: Timestamp) -> String {
    let rfc = t.to_rfc3339();
    rfc.get(..16).unwrap_or(&rfc).replace('T', " ")
}

/// A `<select>` option.
pub(super) struct Opt {
    pub value: String,
    pub selected: bool,
}

fn options<'a>(values: impl IntoIterator<Item = &'a str>, current: Option<&str>) -> Vec<Opt> {
    values
        .into_iter()
        .map(|v| Opt {
            value: v.to_owned(),
            selected: current == Some(v),
        })
        .collect()
}

pub(super) struct Row {
    pub id: String,
    pub status: String,
    pub channel: String,
    pub integration: String,
    pub customer: String,
    pub step: String,
    pub error: String,
    /// Who has the conversation: the bot, a person, or nobody (waiting).
    pub with: String,
    /// Escalated and not taken: nobody is answering the customer.
    pub nobody: bool,
    pub exposed: bool,
    pub resolved: bool,
    pub opened: String,
    pub updated: String,
}

impl Row {
    /// `waiting_since`: see [`waiting_since`].
    pub fn new(t: &Ticket, waiting_since: Option<Timestamp>, now: Timestamp) -> Self {
        let (with, nobody) = with_words(t, waiting_since, now);
        Row {
            id: t.id.to_string(),
            status: t.status.to_string(),
            channel: t.channel.to_string(),
            integration: t.integration.to_string(),
            customer: customer_display(&t.customer_name, t.channel, &t.customer_ref),
            step: step_words(&t.step),
            error: t.error_class.clone().unwrap_or_default(),
            with,
            nobody,
            exposed: t.exposed,
            resolved: t.resolved,
            opened: when(t.created_at),
            updated: when(t.updated_at),
        }
    }
}

/// Whether an escalated ticket is waiting for someone to take it.
pub(super) fn nobody_has(t: &Ticket) -> bool {
    t.status == TicketStatus::Escalated && t.assignee.is_none()
}

/// Who has the conversation, in words, and whether that is nobody.
pub(super) fn with_words(
    t: &Ticket,
    waiting_since: Option<Timestamp>,
    now: Timestamp,
) -> (String, bool) {
    let waited = waiting_since.map(|since| span_words(now.since(since)));
    if let Some(person) = &t.assignee {
        return match waited {
            Some(w) => (
                labels::fill("with_person_waiting", &[("person", person), ("waited", &w)]),
                false,
            ),
            None => (person.clone(), false),
        };
    }
    if nobody_has(t) {
        let waited = waited.unwrap_or_else(|| labels::label("waited_just_now").into());
        return (
            labels::fill("with_nobody_waiting", &[("waited", &waited)]),
            true,
        );
    }
    if t.status == TicketStatus::Closed {
        return (labels::label("with_nobody_closed").into(), false);
    }
    (labels::label("with_bot").into(), false)
}

/// A duration as staff read it: `15 s`, `4 min 10 s`, `2 h 5 min`, `3 d 4 h`.
pub(super) fn span_words(d: std::time::Duration) -> String {
    let s = d.as_secs();
    match s {
        0..60 => format!("{s} s"),
        60..3600 if s.is_multiple_of(60) => format!("{} min", s / 60),
        60..3600 => format!("{} min {} s", s / 60, s % 60),
        3600..86400 => format!("{} h {} min", s / 3600, (s % 3600) / 60),
        _ => format!("{} d {} h", s / 86400, (s % 86400) / 3600),
    }
}

#[derive(Template)]
#[template(path = "admin_login.html")]
pub(super) struct LoginPage {
    pub csrf: String,
    pub failed: bool,
}

#[derive(Template)]
#[template(path = "admin_list.html")]
pub(super) struct ListPage {
    pub staff: Staff,
    pub statuses: Vec<Opt>,
    pub integrations: Vec<Opt>,
    pub channels: Vec<Opt>,
    pub errors_classes: Vec<Opt>,
    pub from: String,
    pub to: String,
    pub q: String,
    pub errors: Vec<String>,
    pub rows: Vec<Row>,
    /// Tickets matching the filters, on all pages.
    pub total: i64,
    /// Of those on this page, escalated and taken by nobody.
    pub waiting: usize,
    pub page: i64,
    pub prev_url: Option<String>,
    pub next_url: Option<String>,
    pub csv_url: String,
}

impl ListPage {
    pub fn new(
        staff: Staff,
        q: &ListQuery,
        errors: Vec<String>,
        rows: Vec<Row>,
        total: i64,
        page: i64,
        has_next: bool,
    ) -> Self {
        let url = |p: i64| format!("/admin?{}", q.query_string(Some(p)));
        ListPage {
            staff,
            statuses: options(
                TicketStatus::ALL.iter().map(|s| s.as_str()),
                given(&q.status),
            ),
            integrations: options(
                Integration::ALL.iter().map(|s| s.as_str()),
                given(&q.integration),
            ),
            channels: options(Channel::ALL.iter().map(|s| s.as_str()), given(&q.channel)),
            errors_classes: options(
                crate::domain::VerifyClass::failures().map(|c| c.as_str()),
                given(&q.error),
            ),
            from: given(&q.from).unwrap_or("").to_owned(),
            to: given(&q.to).unwrap_or("").to_owned(),
            q: given(&q.q).unwrap_or("").to_owned(),
            errors,
            waiting: rows.iter().filter(|r| r.nobody).count(),
            rows,
            total,
            page,
            prev_url: (page > 1).then(|| url(page - 1)),
            next_url: has_next.then(|| url(page + 1)),
            csv_url: format!("/admin/tickets.csv?{}", q.query_string(None)),
        }
    }
}

/// One transcript line as the ticket page shows it.
pub(super) struct TranscriptRow {
    pub id: i64,
    pub at: String,
    pub time: String,
    pub speaker: &'static str,
    pub by: String,
    pub text: String,
    pub private: bool,
    pub details: String,
}

impl From<&Entry> for TranscriptRow {
    fn from(e: &Entry) -> Self {
        TranscriptRow {
            id: e.id,
            at: e.at.to_rfc3339(),
            time: when(e.at),
            speaker: e.speaker.as_str(),
            by: e.by.clone(),
            text: e.text.clone(),
            private: e.private,
            details: e.details.clone(),
        }
    }
}

/// A link's state in words: never the link itself.
pub(super) fn link_state(link: Option<&LinkRecord>, now: Timestamp, max_attempts: u32) -> String {
    let Some(l) = link else {
        return labels::label("link_none").into();
    };
    let state = labels::label(match links::usable(l, now, max_attempts) {
        Ok(()) if l.opened_at.is_some() => "link_live_opened",
        Ok(()) => "link_live",
        Err(Unusable::Consumed) => "link_used_state",
        Err(Unusable::Revoked) => "link_revoked_state",
        Err(Unusable::Expired) => "link_expired_state",
        Err(Unusable::Locked) => "link_locked_state",
    });
    let key = if l.attempts == 1 {
        "link_summary_one"
    } else {
        "link_summary"
    };
    labels::fill(
        key,
        &[
            ("state", state),
            ("issued", &when(l.created_at)),
            ("expires", &when(l.expires_at)),
            ("attempts", &l.attempts.to_string()),
        ],
    )
}

pub(super) struct ConnectorView {
    pub account: String,
    pub fingerprint: String,
    pub previous: String,
    pub user: String,
    pub status: String,
}

#[derive(Template)]
#[template(path = "admin_ticket.html")]
pub(super) struct TicketPage {
    pub staff: Staff,
    pub id: String,
    pub status: String,
    pub customer: String,
    /// A short non-reversible reference, never the channel's own id.
    pub reference: String,
    /// The CustomerHub account (signed web chat identity); empty if unknown.
    pub account: String,
    pub channel: String,
    pub integration: String,
    pub step: String,
    pub error: String,
    pub with: String,
    pub nobody: bool,
    pub exposed: bool,
    pub resolved: bool,
    pub opened: String,
    pub link_state: String,
    pub connector: Option<ConnectorView>,
    pub transcript: Vec<TranscriptRow>,
    /// The last timeline event shown (the live view asks for newer ones).
    pub last_event: i64,
    pub closed: bool,
    pub max_reply: usize,
}

impl TicketPage {
    pub fn new(
        staff: Staff,
        t: &Ticket,
        timeline: &[TimelineEvent],
        link: Option<&LinkRecord>,
        connector: Option<&ConnectorRecord>,
        now: Timestamp,
        max_attempts: u32,
    ) -> Self {
        let entries = transcript(timeline, &t.customer_name);
        let (with, nobody) = with_words(t, waiting_since(t, timeline), now);
        TicketPage {
            staff,
            id: t.id.to_string(),
            status: t.status.to_string(),
            customer: if t.customer_name.trim().is_empty() {
                format!("anonymous {} visitor", t.channel)
            } else {
                t.customer_name.clone()
            },
            reference: customer_reference(t.channel, &t.customer_ref),
            account: t.customer_account.clone().unwrap_or_default(),
            channel: t.channel.to_string(),
            integration: t.integration.to_string(),
            step: step_words(&t.step),
            error: t.error_class.clone().unwrap_or_default(),
            with,
            nobody,
            exposed: t.exposed,
            resolved: t.resolved,
            opened: when(t.created_at),
            link_state: link_state(link, now, max_attempts),
            connector: connector.map(|c| ConnectorView {
                account: c.account.clone(),
                fingerprint: c.key_fingerprint.clone(),
                previous: c.previous_fingerprint.clone().unwrap_or_default(),
                user: c.verified_user.clone(),
                status: c.status.clone(),
            }),
            transcript: entries.iter().map(TranscriptRow::from).collect(),
            last_event: timeline.last().map_or(0, |e| e.id),
            closed: t.status == TicketStatus::Closed,
            max_reply: crate::bot::MAX_REPLY_CHARS,
        }
    }
}

fn percent(r: Option<f64>) -> String {
    r.map_or_else(|| "–".into(), |r| format!("{:.0}%", r * 100.0))
}

fn duration(d: Option<std::time::Duration>) -> String {
    d.map_or_else(|| "–".into(), span_words)
}

pub(super) struct WindowView {
    pub label: &'static str,
    pub detections: u64,
    pub opened: u64,
    pub reconnected: u64,
    pub reconnect_rate: String,
    pub median: String,
    pub p90: String,
    pub handed_off: u64,
    pub hand_off_rate: String,
    /// Funnel, link outcomes, verification outcomes.
    pub charts: Vec<(&'static str, Chart)>,
}

impl From<&Overview> for WindowView {
    fn from(o: &Overview) -> Self {
        let l = &o.links;
        WindowView {
            label: labels::window(o.window),
            detections: o.detections,
            opened: o.tickets_opened,
            reconnected: o.reconnected,
            reconnect_rate: percent(o.reconnect_rate()),
            median: duration(o.median_time_to_reconnect),
            p90: duration(o.p90_time_to_reconnect),
            handed_off: o.handed_off,
            hand_off_rate: percent(o.hand_off_rate()),
            charts: vec![
                (
                    labels::label(labels::CHARTS[0]),
                    chart(
                        o.funnel
                            .iter()
                            .map(|(step, v)| (labels::funnel_step(step), *v)),
                    ),
                ),
                (
                    labels::label(labels::CHARTS[1]),
                    chart(
                        labels::LINK_OUTCOMES
                            .iter()
                            .zip([
                                l.issued, l.opened, l.consumed, l.expired, l.revoked, l.locked,
                            ])
                            .map(|(k, v)| (labels::label(k), v)),
                    ),
                ),
                (
                    labels::label(labels::CHARTS[2]),
                    chart(o.verifications.iter().map(|(c, n)| (c.as_str(), *n))),
                ),
            ],
        }
    }
}

#[derive(Template)]
#[template(path = "admin_overview.html")]
pub(super) struct OverviewPage {
    pub staff: Staff,
    pub windows: Vec<WindowView>,
}

impl OverviewPage {
    pub fn new(staff: Staff, windows: &[Overview]) -> Self {
        OverviewPage {
            staff,
            windows: windows.iter().map(WindowView::from).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::TicketId;

    #[test]
    fn durations_read_in_seconds_minutes_hours_and_days() {
        let d = std::time::Duration::from_secs;
        assert_eq!(span_words(d(15)), "15 s");
        assert_eq!(span_words(d(120)), "2 min");
        assert_eq!(span_words(d(250)), "4 min 10 s");
        assert_eq!(span_words(d(7_500)), "2 h 5 min");
        assert_eq!(span_words(d(3 * 86_400 + 4 * 3_600)), "3 d 4 h");
    }

    #[test]
    fn formula_cells_are_defused_and_quotes_escaped() {
        assert_eq!(defuse("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(defuse("@sum"), "'@sum");
        assert_eq!(defuse("Ada"), "Ada");
    }

    #[test]
    fn list_queries_parse_into_filters_and_report_bad_values() {
        let q = ListQuery {
            status: Some("escalated".into()),
            channel: Some("".into()),
            from: Some("2026-01-02".into()),
            to: Some("2026-01-02".into()),
            q: Some("RK-1042".into()),
            integration: Some("myspace".into()),
            ..Default::default()
        };
        let p = q.parse();
        assert_eq!(p.filter.status, Some(TicketStatus::Escalated));
        assert_eq!(p.filter.channel, None);
        assert_eq!(p.filter.ticket, Some(TicketId::from_row(42)));
        let from = p.filter.created_from.unwrap().millis();
        assert_eq!(p.filter.created_before.unwrap().millis() - from, DAY_MS);
        assert_eq!(p.errors.len(), 1, "{:?}", p.errors);
        let by_name = ListQuery {
            q: Some("1042 Ada".into()),
            ..Default::default()
        }
        .parse();
        assert_eq!(by_name.filter.customer.as_deref(), Some("1042 Ada"));
    }
}
