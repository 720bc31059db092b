//! Prometheus metrics (`GET /metrics`): what the bot saw and did, counted
//! where it happens.
//!
//! Every [`Bot`](crate::bot::Bot) owns one [`Metrics`]: a Prometheus recorder
//! of its own, never installed as the process-wide `metrics` recorder, so
//! several apps in one process (the integration tests) keep separate counts
//! and nothing panics on a second install. Call sites record through the
//! typed methods below, which keeps metric names and labels in one place.
//! Gauges that describe the database (tickets by status) are computed on
//! scrape by the web handler instead.

use std::sync::Arc;
use std::time::Duration;

use ::metrics::{Key, KeyName, Label, Level, Metadata, Recorder, SharedString, Unit};
use metrics_exporter_prometheus::{
    Matcher, PrometheusBuilder, PrometheusHandle, PrometheusRecorder,
};

use crate::detect::Band;
use crate::domain::{TicketStatus, VerifyClass};

const MESSAGES: &str = "rekey_messages_total";
const DETECTIONS: &str = "rekey_detections_total";
const TICKETS: &str = "rekey_tickets";
const LINKS: &str = "rekey_links_total";
const VERIFICATIONS: &str = "rekey_verifications_total";
const RECONNECTS: &str = "rekey_reconnects_total";
const TIME_TO_RECONNECT: &str = "rekey_time_to_reconnect_seconds";
const CALL_ERRORS: &str = "rekey_call_errors_total";
const CONNECTORS: &str = "rekey_connectors";
const HEALTH_CHECKS: &str = "rekey_health_checks_total";
const OUTREACH: &str = "rekey_outreach_total";
const FAILURE_REPORTS: &str = "rekey_failure_reports_total";
const JOB_RETRIES: &str = "rekey_job_retries_total";
const JOBS_FAILED: &str = "rekey_jobs_failed_total";
const JOBS_PARKED: &str = "rekey_jobs_parked";

/// Buckets of the time from opening a ticket to the reconnect.
const RECONNECT_BUCKETS: &[f64] = &[
    60.0, 180.0, 300.0, 600.0, 900.0, 1800.0, 3600.0, 7200.0, 21600.0, 86400.0,
];

/// Which outside service a failed call went to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Service {
    Discord,
    ActiveCampaign,
}

/// What happened to a secure link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkEvent {
    Issued,
    /// Opened by the customer (link previews do not count).
    Opened,
    /// Used successfully.
    Consumed,
}

/// This app's metrics. Cheap to clone.
#[derive(Clone)]
pub struct Metrics {
    recorder: Arc<PrometheusRecorder>,
    handle: PrometheusHandle,
}

impl std::fmt::Debug for Metrics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Metrics")
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics::new()
    }
}

static META: Metadata<'static> = Metadata::new("rekey", Level::INFO, Some("rekey::metrics"));

fn key(name: &'static str, labels: &[(&'static str, &str)]) -> Key {
    let labels: Vec<Label> = labels
        .iter()
        .map(|(k, v)| Label::new(*k, (*v).to_owned()))
        .collect();
    Key::from_parts(name, labels)
}

impl Metrics {
    /// A fresh recorder with every metric described.
    pub fn new() -> Self {
        let builder = PrometheusBuilder::new();
        let builder = match builder
            .set_buckets_for_metric(Matcher::Full(TIME_TO_RECONNECT.into()), RECONNECT_BUCKETS)
        {
            Ok(b) => b,
            // Only fails for an empty bucket list, which ours is not.
            Err(_) => PrometheusBuilder::new(),
        };
        let recorder = builder.build_recorder();
        let handle = recorder.handle();
        let describe = |name: &'static str, unit: Option<Unit>, help: &'static str| {
            let (name, help) = (KeyName::from(name), SharedString::from(help));
            match name.as_str() {
                TICKETS | CONNECTORS | JOBS_PARKED => recorder.describe_gauge(name, unit, help),
                TIME_TO_RECONNECT => recorder.describe_histogram(name, unit, help),
                _ => recorder.describe_counter(name, unit, help),
            }
        };
        describe(MESSAGES, None, "Chat messages the bot read");
        describe(
            DETECTIONS,
            None,
            "Detector verdicts on chat messages, by band",
        );
        describe(TICKETS, None, "Tickets in the database, by status");
        describe(
            LINKS,
            None,
            "Secure links issued, opened by the customer, consumed",
        );
        describe(
            VERIFICATIONS,
            None,
            "Key verifications with ActiveCampaign, by outcome class",
        );
        describe(RECONNECTS, None, "Tickets resolved by a verified reconnect");
        describe(
            TIME_TO_RECONNECT,
            Some(Unit::Seconds),
            "Time from opening a ticket to its reconnect",
        );
        describe(
            CALL_ERRORS,
            None,
            "Failed calls to Discord and ActiveCampaign, by service",
        );
        describe(
            CONNECTORS,
            None,
            "Stored connectors by health: healthy, failing, unknown",
        );
        describe(
            HEALTH_CHECKS,
            None,
            "Connector health checks with ActiveCampaign, by outcome class",
        );
        describe(
            OUTREACH,
            None,
            "Customers contacted first, by reason (failing, stale, staff_asked)",
        );
        describe(
            FAILURE_REPORTS,
            None,
            "Failure reports from the sync engine (repeats not counted)",
        );
        describe(
            JOB_RETRIES,
            None,
            "Failed job attempts given another try, by job kind",
        );
        describe(
            JOBS_FAILED,
            None,
            "Jobs parked as failed after their last attempt, by job kind",
        );
        describe(
            JOBS_PARKED,
            None,
            "Parked failed jobs in the database (all instances)",
        );
        Metrics {
            recorder: Arc::new(recorder),
            handle,
        }
    }

    fn count(&self, name: &'static str, labels: &[(&'static str, &str)]) {
        self.recorder
            .register_counter(&key(name, labels), &META)
            .increment(1);
    }

    pub fn message_seen(&self) {
        self.count(MESSAGES, &[]);
    }

    /// A message was read and fell in `band`.
    pub fn detection(&self, band: Band) {
        self.count(DETECTIONS, &[("band", band.as_str())]);
    }

    pub fn link(&self, event: LinkEvent) {
        let event = match event {
            LinkEvent::Issued => "issued",
            LinkEvent::Opened => "opened",
            LinkEvent::Consumed => "consumed",
        };
        self.count(LINKS, &[("event", event)]);
    }

    /// A key check on the form came to `class`.
    pub fn verification(&self, class: VerifyClass) {
        self.count(VERIFICATIONS, &[("class", class.as_str())]);
    }

    /// A ticket was resolved by a reconnect `after` it was opened.
    pub fn reconnected(&self, after: Duration) {
        self.count(RECONNECTS, &[]);
        self.recorder
            .register_histogram(&key(TIME_TO_RECONNECT, &[]), &META)
            .record(after.as_secs_f64());
    }

    pub fn call_error(&self, service: Service) {
        let service = match service {
            Service::Discord => "discord",
            Service::ActiveCampaign => "activecampaign",
        };
        self.count(CALL_ERRORS, &[("service", service)]);
    }

    /// Sets the tickets-by-status gauge (every status, zero when absent).
    pub fn set_ticket_counts(&self, counts: &[(TicketStatus, i64)]) {
        for status in TicketStatus::ALL {
            let n = counts
                .iter()
                .find(|(s, _)| s == status)
                .map_or(0, |(_, n)| *n);
            self.recorder
                .register_gauge(&key(TICKETS, &[("status", status.as_str())]), &META)
                .set(n as f64);
        }
    }

    /// `class`: the outcome class of a connector health check.
    pub fn health_check(&self, class: VerifyClass) {
        self.count(HEALTH_CHECKS, &[("class", class.as_str())]);
    }

    /// `reason`: `failing`, `stale` or `staff_asked`.
    pub fn outreach(&self, reason: &str) {
        self.count(OUTREACH, &[("reason", reason)]);
    }

    pub fn failure_report(&self) {
        self.count(FAILURE_REPORTS, &[]);
    }

    /// Sets the connectors-by-health gauge (`(state, count)`; every state).
    pub fn set_connector_counts(&self, counts: &[(&'static str, i64)]) {
        for (state, n) in counts {
            self.recorder
                .register_gauge(&key(CONNECTORS, &[("state", state)]), &META)
                .set(*n as f64);
        }
    }

    /// Everything in the Prometheus text format.
    /// A failed job attempt that will be tried again.
    pub fn job_retried(&self, kind: &str) {
        self.count(JOB_RETRIES, &[("kind", kind)]);
    }

    /// A job parked after its last failed attempt.
    pub fn job_parked(&self, kind: &str) {
        self.count(JOBS_FAILED, &[("kind", kind)]);
    }

    /// How many parked jobs the database holds (set on scrape).
    pub fn set_parked_jobs(&self, n: i64) {
        self.recorder
            .register_gauge(&key(JOBS_PARKED, &[]), &META)
            .set(n as f64);
    }

    pub fn render(&self) -> String {
        self.handle.render()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_recorders_count_separately_and_render_prometheus_text() {
        let a = Metrics::new();
        let b = Metrics::new();
        a.message_seen();
        a.message_seen();
        a.detection(Band::Act);
        a.link(LinkEvent::Issued);
        a.verification(VerifyClass::KeyRejected);
        a.reconnected(Duration::from_secs(400));
        a.call_error(Service::ActiveCampaign);
        a.set_ticket_counts(&[(TicketStatus::Escalated, 3)]);
        let text = a.render();
        for line in [
            "rekey_messages_total 2",
            "rekey_detections_total{band=\"act\"} 1",
            "rekey_links_total{event=\"issued\"} 1",
            "rekey_verifications_total{class=\"key_rejected\"} 1",
            "rekey_reconnects_total 1",
            "rekey_time_to_reconnect_seconds_bucket{le=\"600\"} 1",
            "rekey_time_to_reconnect_seconds_bucket{le=\"300\"} 0",
            "rekey_call_errors_total{service=\"activecampaign\"} 1",
            "rekey_tickets{status=\"escalated\"} 3",
            "rekey_tickets{status=\"open\"} 0",
            "# HELP rekey_messages_total Chat messages the bot read",
        ] {
            assert!(text.contains(line), "missing {line:?} in\n{text}");
        }
        assert!(!b.render().contains("rekey_messages_total 2"));
    }
}
