-- Rate limits shared by every instance (issue 18): one GCRA row per rule
-- and key. Keep in step with migrations/postgres/0021_rate_limits.sql.
--
-- On SQLite (one instance) the app counts in memory and leaves this table
-- empty; it exists so both backends have the same schema and the statement
-- is tested on both.
--
-- key_hash is an HMAC of the rule's name and the key (a client address, a
-- chat session, a link's hash, an account) under a key derived from the
-- master key: the table never shows whom it counts. tat is the theoretical
-- arrival time in milliseconds (when the key is back at full quota); a row
-- whose tat has passed means the same as no row and is pruned.
CREATE TABLE rate_limits (
    key_hash  BLOB     PRIMARY KEY,
    tat       INTEGER  NOT NULL
);
CREATE INDEX rate_limits_tat ON rate_limits (tat);
