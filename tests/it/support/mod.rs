//! Helpers shared by the suites: fresh databases and a running app.

pub mod db;

pub use db::TestDb;
