//! Rekey's integration tests: one binary (fast to link), suites as modules,
//! shared helpers in `support`. Storage tests run against SQLite always and
//! against PostgreSQL when `REKEY_TEST_POSTGRES_URL` is set.

mod support;

mod admin;
mod app;
mod browser;
mod cli;
mod discord;
mod discord_fake;
mod golden;
mod harden;
mod instances;
mod load;
mod overview;
mod properties;
mod secure_form;
mod shell;
mod storage;
