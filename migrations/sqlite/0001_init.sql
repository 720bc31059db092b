-- Rekey schema, SQLite flavour. Times are Unix milliseconds (INTEGER);
-- booleans are 0/1; JSON documents are TEXT. Keep in step with
-- migrations/postgres/0001_init.sql.

CREATE TABLE tickets (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    channel         TEXT    NOT NULL,
    customer_ref    TEXT    NOT NULL,
    customer_name   TEXT    NOT NULL,
    place_ref       TEXT,
    integration     TEXT    NOT NULL,
    status          TEXT    NOT NULL,
    step            TEXT    NOT NULL,
    state           TEXT    NOT NULL,
    error_class     TEXT,
    exposed         BOOLEAN NOT NULL DEFAULT 0,
    resolved        BOOLEAN NOT NULL DEFAULT 0,
    assignee        TEXT,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    closed_at       INTEGER,
    version         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX tickets_by_customer ON tickets (channel, customer_ref, status);
CREATE INDEX tickets_by_place ON tickets (channel, place_ref);
CREATE INDEX tickets_by_status ON tickets (status, updated_at);

CREATE TABLE ticket_events (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id   INTEGER NOT NULL REFERENCES tickets (id),
    at          INTEGER NOT NULL,
    kind        TEXT    NOT NULL,
    actor       TEXT    NOT NULL,
    detail      TEXT    NOT NULL
);
CREATE INDEX ticket_events_by_ticket ON ticket_events (ticket_id, at, id);

CREATE TABLE links (
    token_hash    BLOB    PRIMARY KEY,
    ticket_id     INTEGER NOT NULL REFERENCES tickets (id),
    customer_ref  TEXT    NOT NULL,
    created_at    INTEGER NOT NULL,
    expires_at    INTEGER NOT NULL,
    opened_at     INTEGER,
    consumed_at   INTEGER,
    attempts      INTEGER NOT NULL DEFAULT 0,
    revoked_at    INTEGER
);
CREATE INDEX links_by_ticket ON links (ticket_id);

CREATE TABLE connectors (
    account               TEXT    PRIMARY KEY,
    api_url               TEXT    NOT NULL,
    key_ciphertext        BLOB    NOT NULL,
    key_nonce             BLOB    NOT NULL,
    key_fingerprint       TEXT    NOT NULL,
    previous_fingerprint  TEXT,
    verified_user         TEXT    NOT NULL,
    status                TEXT    NOT NULL,
    ticket_id             INTEGER REFERENCES tickets (id),
    created_at            INTEGER NOT NULL,
    updated_at            INTEGER NOT NULL
);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    at          INTEGER NOT NULL,
    actor       TEXT    NOT NULL,
    action      TEXT    NOT NULL,
    ticket_id   INTEGER,
    account     TEXT,
    detail      TEXT    NOT NULL
);
CREATE INDEX audit_log_by_time ON audit_log (at, id);
