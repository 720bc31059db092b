//! Helpers shared by the suites: fresh databases, a running app, a fake
//! ActiveCampaign, captured logs.

pub mod app;
pub mod browser;
pub mod connector;
pub mod db;
pub mod discord_proxy;
pub mod fake_activecampaign;
pub mod fake_discord;
pub mod logs;

pub use app::TestApp;
pub use db::TestDb;
