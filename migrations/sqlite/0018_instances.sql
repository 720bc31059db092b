-- What several instances must share (issue 18). SQLite serves one instance:
-- no notifications, the web chat and the worker poll. Keep in step with
-- migrations/postgres/0018_instances.sql.

-- The web chat's outbox (see the PostgreSQL migration).
CREATE TABLE chat_outbox (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_ref  TEXT    NOT NULL,
    item          TEXT    NOT NULL,
    created_at    INTEGER NOT NULL
);
CREATE INDEX chat_outbox_by_customer ON chat_outbox (customer_ref, id);
CREATE INDEX chat_outbox_age ON chat_outbox (created_at);

-- Staff dashboard sessions: only the SHA-256 of the cookie's id is kept.
CREATE TABLE admin_sessions (
    id_hash       BLOB    PRIMARY KEY,
    staff         TEXT    NOT NULL,
    created_at    INTEGER NOT NULL,
    expires_at    INTEGER NOT NULL,
    revoked_at    INTEGER
);
CREATE INDEX admin_sessions_expiry ON admin_sessions (expires_at);

-- Failed jobs: retried with backoff, then parked with their error.
ALTER TABLE jobs ADD COLUMN failed_at INTEGER;
ALTER TABLE jobs ADD COLUMN last_error TEXT;
