//! Typed configuration, loaded once at start-up.
//!
//! Precedence: built-in defaults, then a `.env` file in the working directory
//! (if any), then the process environment. Every variable is documented in
//! `.env.example`. A bad value stops start-up with an error that names the
//! variable and says what is wrong. Secrets are wrapped in `secrecy` types the
//! moment they are read and are only ever shown masked.
//!
//! Tests build a [`Config`] directly (see [`Config::for_tests`]) and override
//! fields, rather than mutating the process environment.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use secrecy::SecretString;

use crate::activecampaign::AllowList;
use crate::client_addr::TrustedProxies;
use crate::crypto::MasterKey;

/// Why the configuration could not be loaded.
#[derive(Debug, thiserror::Error)]
#[error("{var}: {problem}")]
pub struct ConfigError {
    pub var: &'static str,
    pub problem: String,
}

/// Where the log goes and in what shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    /// Human-readable lines (the default).
    Human,
    /// One JSON object per line, for log collectors.
    Json,
}

mod activecampaign;
mod admin;
mod conversation;
mod database;
mod discord;
mod links;
mod parse;
mod proactive;
mod webhook;

pub use activecampaign::AcSettings;
pub use admin::{AdminSettings, StaffToken, parse_staff_tokens};
pub use conversation::ConversationSettings;
pub use database::{Backend, DatabaseUrl};
pub use discord::{DiscordSettings, ShardRange, default_discord_retry};
pub use links::LinkSettings;
pub use proactive::ProactiveSettings;
pub use webhook::WebhookSettings;

use discord::parse_duration_list;
use parse::*;

/// Everything Rekey can be configured with.
#[derive(Debug)]
pub struct Config {
    /// `DATABASE_URL`: where tickets, links and connectors live.
    pub database_url: DatabaseUrl,
    /// `REKEY_BIND`: the web server's listening address. Port 0 picks a free one.
    pub bind: SocketAddr,
    /// `REKEY_PUBLIC_URL`: how customers reach the web server (links are built
    /// on it). `None` means "the local server address".
    pub public_url: Option<String>,
    /// `REKEY_MASTER_KEY`: the key that encrypts connector credentials.
    /// `None` (SQLite only) means a key file beside the database.
    pub master_key: Option<MasterKey>,
    /// `REKEY_LOG_FORMAT`.
    pub log_format: LogFormat,
    /// `RUST_LOG`: the log filter (tracing-subscriber `EnvFilter` syntax).
    pub log_filter: String,
    /// `REKEY_VOCABULARY`: the detector's vocabulary file; `None` = built in.
    pub vocabulary: Option<PathBuf>,
    /// `REKEY_PROMPTS_DIR`: a folder of prompt files; `None` = built in.
    pub prompts_dir: Option<PathBuf>,
    pub conversation: ConversationSettings,
    pub links: LinkSettings,
    pub activecampaign: AcSettings,
    /// `REKEY_WEBHOOK_URL` + `REKEY_WEBHOOK_SECRET`, both or neither.
    pub webhook: Option<WebhookSettings>,
    /// `REKEY_API_TOKEN`: bearer token of the connector API; `None` = API off.
    pub api_token: Option<SecretString>,
    /// `REKEY_CHAT_IDENTITY_SECRET`: the secret the host application signs
    /// web chat identities with; `None` = the web chat is anonymous.
    pub chat_identity_secret: Option<SecretString>,
    /// `DISCORD_TOKEN` and friends; `None` = the Discord adapter is off.
    pub discord: Option<DiscordSettings>,
    /// `REKEY_ADMIN_TOKENS` + `REKEY_ADMIN_SESSION_TTL`: the staff dashboard
    /// at `/admin`; off while no staff token is configured.
    pub admin: AdminSettings,
    /// `REKEY_TRUSTED_PROXIES`: reverse proxies whose `Forwarded` /
    /// `X-Forwarded-For` name the client (per-client limits key on it).
    pub trusted_proxies: TrustedProxies,
    /// `REKEY_METRICS_TOKEN`: bearer token `/metrics` requires; `None` = open.
    pub metrics_token: Option<SecretString>,
    /// Connector health checks and reaching out before the customer asks.
    pub proactive: ProactiveSettings,
}

pub const DEFAULT_DATABASE_URL: &str = "sqlite://rekey.db";
pub const DEFAULT_BIND: &str = "127.0.0.1:8080";
pub const DEFAULT_LOG_FILTER: &str = "warn,rekey=info,tower_http=info";

impl Config {
    /// Loads `.env` (if present in the working directory) and the process
    /// environment.
    pub fn load() -> Result<Self, ConfigError> {
        let mut vars = HashMap::new();
        if let Ok(iter) = dotenvy::from_path_iter(Path::new(".env")) {
            for item in iter {
                let (k, v) = item.map_err(|e| ConfigError {
                    var: ".env",
                    problem: format!("cannot read the file: {e}"),
                })?;
                vars.insert(k, v);
            }
        }
        vars.extend(std::env::vars());
        Self::from_vars(vars)
    }

    /// Builds the configuration from explicit variables (used by `load` and
    /// by tests of the parsing itself).
    pub fn from_vars(vars: HashMap<String, String>) -> Result<Self, ConfigError> {
        let vars = Vars(vars);
        let database_url = vars.parse_or(
            "DATABASE_URL",
            DatabaseUrl::parse(DEFAULT_DATABASE_URL).map_err(|problem| ConfigError {
                var: "DATABASE_URL",
                problem,
            })?,
            DatabaseUrl::parse,
        )?;
        let bind = vars.parse_or("REKEY_BIND", default_bind(), |raw| {
            raw.parse::<SocketAddr>()
                .map_err(|_| format!("expected an address like {DEFAULT_BIND}, got {raw:?}"))
        })?;
        let public_url = vars.parse_opt("REKEY_PUBLIC_URL", parse_public_url)?;
        let master_key = vars.parse_opt("REKEY_MASTER_KEY", |raw| {
            MasterKey::from_base64(raw).map_err(|e| e.to_string())
        })?;
        let log_format = vars.parse_or("REKEY_LOG_FORMAT", LogFormat::Human, |raw| {
            match raw.to_ascii_lowercase().as_str() {
                "human" | "text" | "pretty" => Ok(LogFormat::Human),
                "json" => Ok(LogFormat::Json),
                _ => Err(format!("expected \"human\" or \"json\", got {raw:?}")),
            }
        })?;
        let log_filter = vars.parse_or("RUST_LOG", DEFAULT_LOG_FILTER.to_owned(), |raw| {
            tracing_subscriber::EnvFilter::builder()
                .parse(raw)
                .map(|_| raw.to_owned())
                .map_err(|e| format!("not a valid log filter: {e}"))
        })?;
        let vocabulary = vars.parse_opt("REKEY_VOCABULARY", existing_file)?;
        let prompts_dir = vars.parse_opt("REKEY_PROMPTS_DIR", existing_dir)?;
        let conversation_defaults = ConversationSettings::default();
        let conversation = ConversationSettings {
            reminder_after: vars.parse_or(
                "REKEY_REMINDER_AFTER",
                conversation_defaults.reminder_after,
                within(ONE_YEAR),
            )?,
            close_after: vars.parse_or(
                "REKEY_CLOSE_AFTER",
                conversation_defaults.close_after,
                within(ONE_YEAR),
            )?,
            job_lease: vars.parse_or(
                "REKEY_JOB_LEASE",
                conversation_defaults.job_lease,
                within(minutes(24 * 60)),
            )?,
            job_max_attempts: vars.parse_or(
                "REKEY_JOB_MAX_ATTEMPTS",
                conversation_defaults.job_max_attempts,
                |raw| match raw.parse::<u32>() {
                    Ok(n) if (1..=100).contains(&n) => Ok(n),
                    _ => Err("expected a whole number from 1 to 100".to_owned()),
                },
            )?,
            job_retry_backoff: vars.parse_or(
                "REKEY_JOB_RETRY_BACKOFF",
                conversation_defaults.job_retry_backoff,
                within(minutes(24 * 60)),
            )?,
        };
        let link_defaults = LinkSettings::default();
        let links = LinkSettings {
            ttl: vars.parse_or(
                "REKEY_LINK_TTL",
                link_defaults.ttl,
                within(minutes(7 * 24 * 60)),
            )?,
            max_attempts: vars.parse_or(
                "REKEY_LINK_MAX_ATTEMPTS",
                link_defaults.max_attempts,
                |raw| {
                    raw.parse::<u32>()
                        .ok()
                        .filter(|n| (1..=100).contains(n))
                        .ok_or_else(|| {
                            format!("expected a whole number from 1 to 100, got {raw:?}")
                        })
                },
            )?,
        };
        let ac_defaults = AcSettings::default();
        let activecampaign = AcSettings {
            allowed_hosts: vars.parse_or(
                "REKEY_AC_ALLOWED_HOSTS",
                ac_defaults.allowed_hosts,
                |raw| AllowList::parse(raw).map_err(|e| e.to_string()),
            )?,
            allow_http: vars.parse_or("REKEY_AC_ALLOW_HTTP", ac_defaults.allow_http, parse_bool)?,
            timeout: vars.parse_or("REKEY_AC_TIMEOUT", ac_defaults.timeout, within(minutes(5)))?,
            demo: vars.parse_or("REKEY_DEMO", ac_defaults.demo, parse_bool)?,
        };
        let webhook_url = vars.parse_opt("REKEY_WEBHOOK_URL", |raw| {
            url::Url::parse(raw)
                .ok()
                .filter(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some())
                // Webhook URLs often carry a token: never quote one back.
                .ok_or_else(|| format!("expected an http(s) URL, got {}", masked_url(raw)))
        })?;
        let webhook_secret = vars.get("REKEY_WEBHOOK_SECRET").map(secret);
        let webhook = match (webhook_url, webhook_secret) {
            (Some(url), Some(secret)) => Some(WebhookSettings { url, secret }),
            (None, None) => None,
            (Some(_), None) => {
                return Err(ConfigError {
                    var: "REKEY_WEBHOOK_SECRET",
                    problem: "required when REKEY_WEBHOOK_URL is set (events are signed with it)"
                        .into(),
                });
            }
            (None, Some(_)) => {
                return Err(ConfigError {
                    var: "REKEY_WEBHOOK_URL",
                    problem: "REKEY_WEBHOOK_SECRET is set but there is no URL to send events to"
                        .into(),
                });
            }
        };
        let api_token = vars.parse_opt("REKEY_API_TOKEN", bearer_token)?;
        let chat_identity_secret = vars.parse_opt("REKEY_CHAT_IDENTITY_SECRET", |raw| {
            if raw.len() < 32 {
                Err("must be at least 32 characters (try `openssl rand -hex 32`)".into())
            } else {
                Ok(secret(raw))
            }
        })?;
        let discord = match vars.get("DISCORD_TOKEN") {
            None => None,
            Some(token) => Some(DiscordSettings {
                token: secret(token.trim()),
                channels: vars.parse_or("REKEY_DISCORD_CHANNELS", Vec::new(), |raw| {
                    raw.split(',')
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(parse_snowflake)
                        .collect()
                })?,
                staff_role: vars.parse_opt("REKEY_DISCORD_STAFF_ROLE", parse_snowflake)?,
                triage_channel: vars.parse_opt("REKEY_DISCORD_TRIAGE_CHANNEL", parse_snowflake)?,
                guild: vars.parse_opt("REKEY_DISCORD_GUILD", parse_snowflake)?,
                proxy_url: vars.parse_opt("REKEY_DISCORD_PROXY_URL", |raw| {
                    url::Url::parse(raw)
                        .ok()
                        .filter(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some())
                        .map(|_| raw.trim_end_matches('/').to_owned())
                        .ok_or_else(|| format!("expected an http(s) URL, got {raw:?}"))
                })?,
                shards: vars.parse_opt("REKEY_DISCORD_SHARDS", ShardRange::parse)?,
                staff_permissions: vars.parse_or(
                    "REKEY_DISCORD_STAFF_PERMISSIONS",
                    crate::discord::DEFAULT_STAFF_PERMISSIONS,
                    crate::discord::parse_permissions,
                )?,
                retry: vars.parse_or(
                    "REKEY_DISCORD_RETRY",
                    default_discord_retry(),
                    parse_duration_list,
                )?,
            }),
        };
        let admin_defaults = AdminSettings::default();
        let admin = AdminSettings {
            staff: vars.parse_or(
                "REKEY_ADMIN_TOKENS",
                admin_defaults.staff,
                parse_staff_tokens,
            )?,
            session_ttl: vars.parse_or(
                "REKEY_ADMIN_SESSION_TTL",
                admin_defaults.session_ttl,
                within(minutes(30 * 24 * 60)),
            )?,
        };
        let trusted_proxies = vars.parse_or(
            "REKEY_TRUSTED_PROXIES",
            TrustedProxies::none(),
            TrustedProxies::parse,
        )?;
        let metrics_token = vars.parse_opt("REKEY_METRICS_TOKEN", bearer_token)?;
        if master_key.is_none() && database_url.backend() == Backend::Postgres {
            return Err(ConfigError {
                var: "REKEY_MASTER_KEY",
                problem: "required with PostgreSQL, so every instance encrypts with the same key; \
                          create one with `rekey keygen`"
                    .into(),
            });
        }
        let proactive = ProactiveSettings {
            health_interval: vars.parse_or(
                "REKEY_HEALTH_INTERVAL",
                ProactiveSettings::default().health_interval,
                within(minutes(30 * 24 * 60)),
            )?,
            rotate_after: vars.parse_opt("REKEY_ROTATE_AFTER", within(ONE_YEAR))?,
            outreach_hours: vars.parse_opt(
                "REKEY_OUTREACH_HOURS",
                crate::proactive::OutreachHours::parse,
            )?,
        };
        Ok(Config {
            database_url,
            bind,
            public_url,
            master_key,
            log_format,
            log_filter,
            vocabulary,
            prompts_dir,
            conversation,
            links,
            activecampaign,
            webhook,
            api_token,
            chat_identity_secret,
            discord,
            admin,
            proactive,
            trusted_proxies,
            metrics_token,
        })
    }

    /// A configuration for tests: a given database, an ephemeral port, a
    /// fixed master key. Tests change fields from here.
    pub fn for_tests(database_url: &str) -> Self {
        Config {
            database_url: DatabaseUrl::parse(database_url).expect("test database url"),
            bind: "127.0.0.1:0".parse().expect("loopback address"),
            public_url: None,
            master_key: Some(MasterKey::from_bytes([7; 32])),
            log_format: LogFormat::Human,
            log_filter: DEFAULT_LOG_FILTER.to_owned(),
            vocabulary: None,
            prompts_dir: None,
            conversation: ConversationSettings::default(),
            links: LinkSettings::default(),
            proactive: ProactiveSettings::default(),
            activecampaign: AcSettings::default(),
            webhook: None,
            api_token: None,
            chat_identity_secret: None,
            discord: None,
            admin: AdminSettings::default(),
            trusted_proxies: TrustedProxies::none(),
            metrics_token: None,
        }
    }

    /// The effective settings as `(variable, value)` pairs with every secret
    /// masked, for `rekey check` and the start-up log.
    pub fn describe(&self) -> Vec<(&'static str, String)> {
        vec![
            ("DATABASE_URL", self.database_url.masked()),
            ("REKEY_BIND", self.bind.to_string()),
            (
                "REKEY_PUBLIC_URL",
                self.public_url
                    .clone()
                    .unwrap_or_else(|| format!("(local) http://{}", self.bind)),
            ),
            (
                "REKEY_MASTER_KEY",
                match &self.master_key {
                    Some(_) => "**** (set)".into(),
                    None => "(not set: a key file beside the SQLite database is used)".into(),
                },
            ),
            (
                "REKEY_LOG_FORMAT",
                match self.log_format {
                    LogFormat::Human => "human".into(),
                    LogFormat::Json => "json".into(),
                },
            ),
            ("RUST_LOG", self.log_filter.clone()),
            (
                "REKEY_VOCABULARY",
                path_or_builtin(self.vocabulary.as_deref()),
            ),
            (
                "REKEY_PROMPTS_DIR",
                path_or_builtin(self.prompts_dir.as_deref()),
            ),
            (
                "REKEY_REMINDER_AFTER",
                human(self.conversation.reminder_after),
            ),
            ("REKEY_CLOSE_AFTER", human(self.conversation.close_after)),
            ("REKEY_JOB_LEASE", human(self.conversation.job_lease)),
            (
                "REKEY_JOB_MAX_ATTEMPTS",
                self.conversation.job_max_attempts.to_string(),
            ),
            (
                "REKEY_JOB_RETRY_BACKOFF",
                human(self.conversation.job_retry_backoff),
            ),
            ("REKEY_LINK_TTL", human(self.links.ttl)),
            (
                "REKEY_HEALTH_INTERVAL",
                human(self.proactive.health_interval),
            ),
            (
                "REKEY_ROTATE_AFTER",
                self.proactive.rotate_after.map_or("off".into(), human),
            ),
            (
                "REKEY_OUTREACH_HOURS",
                self.proactive
                    .outreach_hours
                    .map_or("any time".into(), |h| h.to_string()),
            ),
            (
                "REKEY_LINK_MAX_ATTEMPTS",
                self.links.max_attempts.to_string(),
            ),
            (
                "REKEY_AC_ALLOWED_HOSTS",
                self.activecampaign.allowed_hosts.to_string(),
            ),
            (
                "REKEY_AC_ALLOW_HTTP",
                self.activecampaign.allow_http.to_string(),
            ),
            ("REKEY_AC_TIMEOUT", human(self.activecampaign.timeout)),
            ("REKEY_DEMO", self.activecampaign.demo.to_string()),
            (
                "REKEY_WEBHOOK_URL",
                match &self.webhook {
                    Some(w) => format!(
                        "{}://{}/**** (set)",
                        w.url.scheme(),
                        w.url.host_str().unwrap_or("")
                    ),
                    None => "(not set: no webhook)".into(),
                },
            ),
            (
                "REKEY_WEBHOOK_SECRET",
                masked(self.webhook.as_ref().map(|w| &w.secret)),
            ),
            (
                "REKEY_API_TOKEN",
                match &self.api_token {
                    Some(_) => "**** (set: connector API on)".into(),
                    None => "(not set: connector API off)".into(),
                },
            ),
            (
                "REKEY_CHAT_IDENTITY_SECRET",
                match &self.chat_identity_secret {
                    Some(_) => "**** (set: web chat identities must be signed)".into(),
                    None => "(not set: the web chat is anonymous)".into(),
                },
            ),
            (
                "REKEY_ADMIN_TOKENS",
                if self.admin.enabled() {
                    let names: Vec<&str> =
                        self.admin.staff.iter().map(|s| s.name.as_str()).collect();
                    format!("{} (tokens ****: dashboard on)", names.join(", "))
                } else {
                    "(not set: staff dashboard off)".into()
                },
            ),
            ("REKEY_ADMIN_SESSION_TTL", human(self.admin.session_ttl)),
            (
                "REKEY_TRUSTED_PROXIES",
                if self.trusted_proxies.is_empty() {
                    "(not set: the peer address is the client)".into()
                } else {
                    self.trusted_proxies.to_string()
                },
            ),
            (
                "REKEY_METRICS_TOKEN",
                match &self.metrics_token {
                    Some(_) => "**** (set: /metrics needs it)".into(),
                    None => "(not set: /metrics is open)".into(),
                },
            ),
        ]
    }
}

#[cfg(test)]
mod tests;
