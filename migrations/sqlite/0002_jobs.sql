-- Scheduled work (conversation timers, ...) claimed with leases so that each
-- job runs once even with several instances; see store::Store::claim_jobs.
CREATE TABLE jobs (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    kind         TEXT    NOT NULL,
    ticket_id    INTEGER REFERENCES tickets (id),
    payload      TEXT    NOT NULL,
    due_at       INTEGER NOT NULL,
    lease_owner  TEXT,
    lease_until  INTEGER,
    attempts     INTEGER NOT NULL DEFAULT 0,
    done_at      INTEGER,
    created_at   INTEGER NOT NULL
);
CREATE INDEX jobs_due ON jobs (done_at, due_at);
CREATE INDEX jobs_by_ticket ON jobs (ticket_id);
