//! Rekey's integration tests: one binary (fast to link), suites as modules,
//! shared helpers in `support`. Storage tests run against SQLite always and
//! against PostgreSQL when `REKEY_TEST_POSTGRES_URL` is set.

mod support;

mod admin;
mod app;
mod browser;
mod cli;
mod demo;
mod discord;
mod discord_fake;
mod discord_server;
mod golden;
mod handoff;
mod harden;
mod instances;
mod load;
mod overview;
mod proactive;
mod properties;
mod secure_form;
mod several;
mod shell;
mod storage;
mod tidy;
