-- Connector health (periodic re-verification, failure reports from the
-- platform's sync engine) and proactive outreach. Keep in step with
-- migrations/sqlite/0020_connector_health.sql.
ALTER TABLE connectors ADD COLUMN health TEXT NOT NULL DEFAULT 'unknown';
ALTER TABLE connectors ADD COLUMN health_class TEXT;
ALTER TABLE connectors ADD COLUMN health_since BIGINT;
ALTER TABLE connectors ADD COLUMN checked_at BIGINT;
-- Transient failures (busy, unavailable, timeout) in a row.
ALTER TABLE connectors ADD COLUMN transient_failures BIGINT NOT NULL DEFAULT 0;
-- When the next health job is due; NULL while none is scheduled.
ALTER TABLE connectors ADD COLUMN check_due_at BIGINT;
-- No request to this ActiveCampaign account before this time (one per
-- second; longer after a 429's Retry-After). Shared by every instance.
ALTER TABLE connectors ADD COLUMN next_request_at BIGINT;
ALTER TABLE connectors ADD COLUMN failure_reports BIGINT NOT NULL DEFAULT 0;
-- The customer pressed "don't remind me" on a stale-key reminder.
ALTER TABLE connectors ADD COLUMN reminders_off BOOLEAN NOT NULL DEFAULT FALSE;

-- The connector's own timeline: health transitions, reports, outreach.
CREATE TABLE connector_events (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account   TEXT    NOT NULL,
    at        BIGINT NOT NULL,
    kind      TEXT    NOT NULL,
    actor     TEXT    NOT NULL,
    detail    TEXT    NOT NULL
);
CREATE INDEX connector_events_by_account ON connector_events (account, at, id);

-- Failure reports from the sync engine; a repeated report (same account,
-- status, error and time) is one row.
CREATE TABLE connector_reports (
    account      TEXT    NOT NULL,
    report_key   TEXT    NOT NULL,
    status       BIGINT,
    error        TEXT    NOT NULL,
    seen_at      BIGINT NOT NULL,
    received_at  BIGINT NOT NULL,
    PRIMARY KEY (account, report_key)
);

-- One outreach per incident, across instances: the first insert wins.
CREATE TABLE outreach (
    account     TEXT    NOT NULL,
    incident    TEXT    NOT NULL,
    at          BIGINT NOT NULL,
    ticket_id   BIGINT,
    PRIMARY KEY (account, incident)
);
