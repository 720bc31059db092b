//! The dashboard's pages (askama templates `templates/admin_*.html`), the
//! list's query parsing, the CSV export and the server-rendered bar charts.

use askama::Template;
use serde::Deserialize;

use super::Staff;
use crate::domain::{Channel, Integration, TicketId, TicketStatus, Timestamp};
use crate::links::{self, Unusable};
use crate::overview::{FUNNEL, Overview};
use crate::store::{ConnectorRecord, LinkRecord, Ticket, TicketFilter, TicketOrder, TimelineEvent};
use crate::transcript::{
    Entry, customer_display, customer_reference, kind, step_words, transcript, unanswered_since,
};

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
const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// The list's query string. Every field is optional; blanks do not filter.
#[derive(Debug, Default, Deserialize)]
pub(super) struct ListQuery {
    pub status: Option<String>,
    pub integration: Option<String>,
    pub channel: Option<String>,
    pub error: Option<String>,
    /// First day, `YYYY-MM-DD` (UTC).
    pub from: Option<String>,
    /// Last day, inclusive.
    pub to: Option<String>,
    /// A ticket id (`RK-1042`) or part of a customer's name or id.
    pub q: Option<String>,
    pub page: Option<i64>,
}

pub(super) struct Parsed {
    pub filter: TicketFilter,
    pub errors: Vec<String>,
}

fn given(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// Midnight UTC of a `YYYY-MM-DD` day.
fn day_start(raw: &str) -> Option<Timestamp> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    let date = time::Date::parse(raw, &format).ok()?;
    let secs = date.midnight().assume_utc().unix_timestamp();
    Some(Timestamp(secs * 1000))
}

impl ListQuery {
    pub fn parse(&self) -> Parsed {
        let mut errors = Vec::new();
        let mut filter = TicketFilter {
            order: TicketOrder::Attention,
            ..Default::default()
        };
        fn pick<T: std::str::FromStr>(raw: Option<&str>, errors: &mut Vec<String>) -> Option<T>
        where
            T::Err: std::fmt::Display,
        {
            raw.and_then(|r| match r.parse::<T>() {
                Ok(v) => Some(v),
                Err(e) => {
                    errors.push(e.to_string());
                    None
                }
            })
        }
        filter.status = pick::<TicketStatus>(given(&self.status), &mut errors);
        filter.integration = pick::<Integration>(given(&self.integration), &mut errors);
        filter.channel = pick::<Channel>(given(&self.channel), &mut errors);
        filter.error_class = given(&self.error).map(str::to_owned);
        for (raw, to) in [(given(&self.from), false), (given(&self.to), true)] {
            let Some(raw) = raw else { continue };
            match day_start(raw) {
                Some(t) if to => filter.created_before = Some(Timestamp(t.millis() + DAY_MS)),
                Some(t) => filter.created_from = Some(t),
                None => errors.push(format!("not a date: {raw:?} (expected YYYY-MM-DD)")),
            }
        }
        if let Some(q) = given(&self.q) {
            match q.parse::<TicketId>() {
                Ok(id) if q.to_ascii_lowercase().contains("rk-") || q.starts_with('#') => {
                    filter.ticket = Some(id)
                }
                _ => filter.customer = Some(q.to_owned()),
            }
        }
        Parsed { filter, errors }
    }

    /// The query string of these filters (without the page), for links.
    fn query_string(&self, page: Option<i64>) -> String {
        let mut s = url::form_urlencoded::Serializer::new(String::new());
        for (k, v) in [
            ("status", &self.status),
            ("integration", &self.integration),
            ("channel", &self.channel),
            ("error", &self.error),
            ("from", &self.from),
            ("to", &self.to),
            ("q", &self.q),
        ] {
            if let Some(v) = given(v) {
                s.append_pair(k, v);
            }
        }
        if let Some(p) = page {
            s.append_pair("page", &p.to_string());
        }
        s.finish()
    }
}

/// `2026-11-30 14:05` (UTC).
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
                format!("{person} — customer waiting {w} for an answer"),
                false,
            ),
            None => (person.clone(), false),
        };
    }
    if nobody_has(t) {
        let waited = waited.unwrap_or_else(|| "since just now".into());
        return (format!("nobody — waiting {waited}"), true);
    }
    if t.status == TicketStatus::Closed {
        return ("nobody (closed)".into(), false);
    }
    ("the bot".into(), false)
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
        return "none issued".into();
    };
    let state = match links::usable(l, now, max_attempts) {
        Ok(()) if l.opened_at.is_some() => "live, opened",
        Ok(()) => "live, not opened yet",
        Err(Unusable::Consumed) => "used",
        Err(Unusable::Revoked) => "revoked",
        Err(Unusable::Expired) => "expired",
        Err(Unusable::Locked) => "locked (too many failed attempts)",
    };
    format!(
        "{state}; issued {}, expires {}, {} failed attempt{}",
        when(l.created_at),
        when(l.expires_at),
        l.attempts,
        if l.attempts == 1 { "" } else { "s" }
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

/// A horizontal bar chart as SVG coordinates, computed here so the template
/// only places elements (no inline style, no script).
pub(super) struct Chart {
    pub height: u32,
    pub bars: Vec<Bar>,
}

pub(super) struct Bar {
    pub label: String,
    pub value: u64,
    pub y: u32,
    pub text_y: u32,
    pub width: u32,
    pub value_x: u32,
}

const BAR_ROW: u32 = 22;
const BAR_X: u32 = 170;
const BAR_MAX: u32 = 200;

fn chart<'a>(items: impl IntoIterator<Item = (&'a str, u64)>) -> Chart {
    let items: Vec<(&str, u64)> = items.into_iter().collect();
    let max = items.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1);
    let bars = items
        .iter()
        .enumerate()
        .map(|(i, (label, value))| {
            let width = u32::try_from(value * u64::from(BAR_MAX) / max).unwrap_or(BAR_MAX);
            let y = u32::try_from(i).unwrap_or(0) * BAR_ROW;
            Bar {
                label: (*label).to_owned(),
                value: *value,
                y: y + 3,
                text_y: y + 16,
                width,
                value_x: BAR_X + width + 6,
            }
        })
        .collect::<Vec<_>>();
    Chart {
        height: u32::try_from(bars.len()).unwrap_or(0) * BAR_ROW + 4,
        bars,
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
            label: o.window.label(),
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
                    "Tickets reaching each walk-through step",
                    chart(FUNNEL.iter().zip(&o.funnel).map(|(n, (_, v))| (*n, *v))),
                ),
                (
                    "Secure links, by what happened to them",
                    chart([
                        ("issued", l.issued),
                        ("opened", l.opened),
                        ("used", l.consumed),
                        ("expired", l.expired),
                        ("revoked", l.revoked),
                        ("locked", l.locked),
                    ]),
                ),
                (
                    "Key checks with ActiveCampaign, by outcome",
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

/// A spreadsheet would run a cell starting with one of these as a formula.
fn defuse(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_owned(),
    }
}

/// The tickets as CSV (RFC 4180 quoting by the `csv` crate, formula cells
/// defused).
pub(super) fn tickets_csv(tickets: &[Ticket]) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "ticket",
        "status",
        "channel",
        "integration",
        "customer",
        "customer_reference",
        "step",
        "error_class",
        "assignee",
        "exposed",
        "resolved",
        "created_at",
        "updated_at",
        "closed_at",
    ])?;
    for t in tickets {
        w.write_record([
            t.id.to_string(),
            t.status.to_string(),
            t.channel.to_string(),
            t.integration.to_string(),
            defuse(&t.customer_name),
            customer_reference(t.channel, &t.customer_ref),
            t.step.clone(),
            t.error_class.clone().unwrap_or_default(),
            defuse(t.assignee.as_deref().unwrap_or("")),
            t.exposed.to_string(),
            t.resolved.to_string(),
            t.created_at.to_rfc3339(),
            t.updated_at.to_rfc3339(),
            t.closed_at.map(Timestamp::to_rfc3339).unwrap_or_default(),
        ])?;
    }
    w.into_inner().map_err(|e| e.into_error().into())
}

#[cfg(test)]
mod tests {
    use super::*;

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
