//! Rekey: a support bot that notices when a customer's integration stopped
//! syncing, walks them through rotating their ActiveCampaign API key, and
//! takes the new key through a secure single-use web form.
//!
//! See ARCHITECTURE.md for the map of this crate.

pub mod activecampaign;
pub mod app;
pub mod bot;
pub mod chat_identity;
pub mod cli;
pub mod client_addr;
pub mod clock;
pub mod config;
pub mod connectors;
pub mod conversation;
pub mod crypto;
pub mod detect;
pub mod discord;
pub mod domain;
pub mod fingerprint;
pub mod instances;
pub mod links;
pub mod metrics;
pub mod overview;
pub mod proactive;
pub mod prompts;
pub mod rate_limit;
pub mod reconnect;
pub mod shell;
pub mod store;
pub mod telemetry;
pub mod text_safety;
pub mod transcript;
pub mod web;
pub mod webhook;
pub mod webhook_job;
