-- Rate limits shared by every instance (issue 18): one GCRA row per rule
-- and key. Keep in step with migrations/sqlite/0021_rate_limits.sql.
--
-- key_hash is an HMAC of the rule's name and the key (a client address, a
-- chat session, a link's hash, an account) under a key derived from the
-- master key: the table never shows whom it counts. tat is the theoretical
-- arrival time in milliseconds (when the key is back at full quota); a row
-- whose tat has passed means the same as no row and is pruned.
--
-- UNLOGGED: the rows are short-lived counters, written on most requests;
-- skipping the write-ahead log makes them cheap, and losing them in a crash
-- (or on a replica) only resets the limits.
CREATE UNLOGGED TABLE rate_limits (
    key_hash  BYTEA   PRIMARY KEY,
    tat       BIGINT  NOT NULL
);
CREATE INDEX rate_limits_tat ON rate_limits (tat);
