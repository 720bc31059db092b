-- The CustomerHub account of a customer whose identity the host application
-- signed (web chat identity verification), on their tickets and on the
-- connectors reconnected through those tickets. Keep in step with
-- migrations/sqlite/0012_customer_account.sql.
ALTER TABLE tickets ADD COLUMN customer_account TEXT;
ALTER TABLE connectors ADD COLUMN customer_account TEXT;
