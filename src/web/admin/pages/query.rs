//! The ticket list's query string, parsed into a store filter and the
//! problems worth showing back.

use serde::Deserialize;

use crate::domain::{Channel, Integration, TicketId, TicketStatus, Timestamp};
use crate::store::{TicketFilter, TicketOrder};

pub(super) const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// The list's query string. Every field is optional; blanks do not filter.
#[derive(Debug, Default, Deserialize)]
pub(in crate::web::admin) struct ListQuery {
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

pub(in crate::web::admin) struct Parsed {
    pub filter: TicketFilter,
    pub errors: Vec<String>,
}

pub(super) fn given(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// Midnight UTC of a `YYYY-MM-DD` day.
pub(super) fn day_start(raw: &str) -> Option<Timestamp> {
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
                None => errors.push(super::labels::fill(
                    "bad_date",
                    &[("raw", &format!("{raw:?}"))],
                )),
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
    pub(super) fn query_string(&self, page: Option<i64>) -> String {
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
