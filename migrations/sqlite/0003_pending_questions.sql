-- A conversation waiting on its one confirming question ("is something
-- broken?") before any ticket exists. Kept here, not in one process's memory,
-- so the answer may reach any instance. Keep in step with
-- migrations/postgres/0003_pending_questions.sql.
CREATE TABLE pending_questions (
    channel       TEXT    NOT NULL,
    customer_ref  TEXT    NOT NULL,
    state         TEXT    NOT NULL,
    expires_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    PRIMARY KEY (channel, customer_ref)
);
CREATE INDEX pending_questions_expiry ON pending_questions (expires_at);
