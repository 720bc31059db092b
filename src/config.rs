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
use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use secrecy::{ExposeSecret, SecretString};

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

/// Which database backend a `DATABASE_URL` selects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The database connection string, validated and classified.
#[derive(Clone)]
pub struct DatabaseUrl {
    url: SecretString,
    backend: Backend,
}

impl DatabaseUrl {
    /// Accepts `sqlite://PATH` (also `sqlite:PATH`) and
    /// `postgres://...`/`postgresql://...`.
    pub fn parse(raw: &str) -> Result<Self, String> {
        let raw = raw.trim();
        let backend = if raw.starts_with("postgres://") || raw.starts_with("postgresql://") {
            Backend::Postgres
        } else if raw.starts_with("sqlite:") {
            if raw
                .trim_start_matches("sqlite:")
                .trim_start_matches("//")
                .is_empty()
            {
                return Err("a sqlite URL needs a file path, e.g. sqlite://rekey.db".into());
            }
            Backend::Sqlite
        } else {
            return Err(
                "expected sqlite://PATH (e.g. sqlite://rekey.db) or postgres://USER@HOST:PORT/DB"
                    .into(),
            );
        };
        Ok(DatabaseUrl {
            url: SecretString::from(raw.to_owned()),
            backend,
        })
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The full URL, including any password. Only the store opens it.
    pub fn expose(&self) -> &str {
        self.url.expose_secret()
    }

    /// For SQLite: the database file path, used to place the generated master
    /// key beside it.
    pub fn sqlite_path(&self) -> Option<PathBuf> {
        if self.backend != Backend::Sqlite {
            return None;
        }
        let rest = self
            .expose()
            .trim_start_matches("sqlite:")
            .trim_start_matches("//");
        let path = rest.split('?').next().unwrap_or(rest);
        Some(PathBuf::from(path))
    }

    /// The URL with any password replaced by `****`, safe to print.
    pub fn masked(&self) -> String {
        mask_url_password(self.expose())
    }
}

impl fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.masked())
    }
}

/// Replaces the password part of `scheme://user:password@host` with `****`.
fn mask_url_password(url: &str) -> String {
    let Some(scheme_end) = url.find("://") else {
        return url.to_owned();
    };
    let rest = &url[scheme_end + 3..];
    let authority_end = rest.find('/').unwrap_or(rest.len());
    let authority = &rest[..authority_end];
    match (authority.rfind('@'), authority.find(':')) {
        (Some(at), Some(colon)) if colon < at => format!(
            "{}{}****{}",
            &url[..scheme_end + 3],
            &authority[..=colon],
            &url[scheme_end + 3 + at..]
        ),
        _ => url.to_owned(),
    }
}

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

/// Connector health checks, stale-key reminders and outreach.
#[derive(Debug, Clone)]
pub struct ProactiveSettings {
    /// `REKEY_HEALTH_INTERVAL`: how often each stored connector is verified.
    pub health_interval: Duration,
    /// `REKEY_ROTATE_AFTER`: key age that earns a reminder; `None` = off.
    pub rotate_after: Option<Duration>,
    /// `REKEY_OUTREACH_HOURS`: UTC hours (`9-17`) outreach may happen in;
    /// `None` = any time.
    pub outreach_hours: Option<crate::proactive::OutreachHours>,
}

impl Default for ProactiveSettings {
    fn default() -> Self {
        ProactiveSettings {
            health_interval: Duration::from_secs(6 * 3600),
            rotate_after: None,
            outreach_hours: None,
        }
    }
}

/// The staff dashboard.
#[derive(Debug, Clone)]
pub struct AdminSettings {
    /// `REKEY_ADMIN_TOKENS`: one sign-in token per staff member.
    pub staff: Vec<StaffToken>,
    /// `REKEY_ADMIN_SESSION_TTL`: how long a sign-in lasts.
    pub session_ttl: Duration,
}

impl AdminSettings {
    /// The dashboard is on when at least one staff token is configured.
    pub fn enabled(&self) -> bool {
        !self.staff.is_empty()
    }
}

/// A staff member's name (shown on timelines and in the audit log as
/// `staff:<name>`) and their sign-in token.
#[derive(Clone)]
pub struct StaffToken {
    pub name: String,
    pub token: SecretString,
}

impl fmt::Debug for StaffToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "StaffToken({}:****)", self.name)
    }
}

/// Parses `name:token,name:token`: names of letters, digits, `.`, `_`, `-`
/// (unique), tokens of at least 16 characters (unique, no commas).
pub fn parse_staff_tokens(raw: &str) -> Result<Vec<StaffToken>, String> {
    let mut staff: Vec<StaffToken> = Vec::new();
    for (i, entry) in raw.split(',').map(str::trim).enumerate() {
        let n = i + 1;
        if entry.is_empty() {
            continue;
        }
        let Some((name, token)) = entry.split_once(':') else {
            return Err(format!(
                "entry {n} is not NAME:TOKEN (expected e.g. sam:TOKEN1,kim:TOKEN2)"
            ));
        };
        let (name, token) = (name.trim(), token.trim());
        let name_ok = !name.is_empty()
            && name.len() <= 64
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
        if !name_ok {
            return Err(format!(
                "entry {n}: the name must be 1 to 64 letters, digits, '.', '_' or '-'"
            ));
        }
        if token.chars().count() < 16 {
            return Err(format!(
                "the token of {name} must be at least 16 characters (try `openssl rand -hex 32`)"
            ));
        }
        if staff.iter().any(|s| s.name == name) {
            return Err(format!("{name} is listed twice"));
        }
        if staff.iter().any(|s| s.token.expose_secret() == token) {
            return Err(format!(
                "the token of {name} is also another member's token; each needs their own"
            ));
        }
        staff.push(StaffToken {
            name: name.to_owned(),
            token: secret(token),
        });
    }
    Ok(staff)
}

/// The Discord adapter.
#[derive(Clone)]
pub struct DiscordSettings {
    /// `DISCORD_TOKEN`: the bot token.
    pub token: SecretString,
    /// `REKEY_DISCORD_CHANNELS`: channel ids whose messages the bot reads.
    pub channels: Vec<u64>,
    /// `REKEY_DISCORD_STAFF_ROLE`: the role allowed to use staff commands.
    pub staff_role: Option<u64>,
    /// `REKEY_DISCORD_TRIAGE_CHANNEL`: where staff notices go.
    pub triage_channel: Option<u64>,
    /// `REKEY_DISCORD_GUILD`: register slash commands in this server only
    /// (instant); unset registers them globally.
    pub guild: Option<u64>,
    /// `REKEY_DISCORD_PROXY_URL`: send every REST call to this
    /// Discord-compatible proxy (which owns rate limits for all instances).
    pub proxy_url: Option<String>,
    /// `REKEY_DISCORD_SHARDS`: the shards this process runs (`FIRST-LAST/TOTAL`);
    /// `None` = serenity's automatic sharding, every shard in this process.
    pub shards: Option<ShardRange>,
    /// `REKEY_DISCORD_STAFF_PERMISSIONS`: the permissions a member needs to
    /// see the staff commands at all (Discord's `default_member_permissions`
    /// bits; names such as `MANAGE_THREADS` or a number). The staff role is
    /// still checked on every use.
    pub staff_permissions: u64,
    /// `REKEY_DISCORD_RETRY`: waits before each retry of a failed post
    /// (`10s,1m,5m,30m`); after the last, staff are told what was lost.
    pub retry: Vec<Duration>,
}

/// The default waits between attempts of a failed Discord post.
pub fn default_discord_retry() -> Vec<Duration> {
    [10, 60, 300, 1800]
        .into_iter()
        .map(Duration::from_secs)
        .collect()
}

/// A comma-separated list of durations (`10s,1m,5m`), each at most a day;
/// empty = no retries.
fn parse_duration_list(raw: &str) -> Result<Vec<Duration>, String> {
    raw.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|d| within(minutes(24 * 60))(d))
        .collect()
}

/// A contiguous range of gateway shards out of a total, `FIRST-LAST/TOTAL`
/// (both ends included), e.g. `0-3/8` runs shards 0, 1, 2 and 3 of 8.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShardRange {
    pub first: u32,
    pub last: u32,
    pub total: u32,
}

impl ShardRange {
    /// Parses `FIRST-LAST/TOTAL` (also `ID/TOTAL` for one shard).
    pub fn parse(raw: &str) -> Result<Self, String> {
        let shape = || format!("expected FIRST-LAST/TOTAL such as 0-3/8, got {raw:?}");
        let (range, total) = raw.trim().split_once('/').ok_or_else(shape)?;
        let (first, last) = range.split_once('-').unwrap_or((range, range));
        let number = |s: &str| s.trim().parse::<u32>().map_err(|_| shape());
        let (first, last, total) = (number(first)?, number(last)?, number(total)?);
        if total == 0 {
            return Err("TOTAL must be at least 1".into());
        }
        if first > last {
            return Err(format!(
                "FIRST ({first}) must not be greater than LAST ({last})"
            ));
        }
        if last >= total {
            return Err(format!(
                "LAST ({last}) must be less than TOTAL ({total}): shard ids run from 0 to TOTAL-1"
            ));
        }
        Ok(ShardRange { first, last, total })
    }

    /// Whether this range runs the shard that receives `guild_id`'s events
    /// (Discord's rule: `(guild_id >> 22) % total`).
    pub fn owns_guild(&self, guild_id: u64) -> bool {
        let shard = (guild_id >> 22) % u64::from(self.total);
        (u64::from(self.first)..=u64::from(self.last)).contains(&shard)
    }
}

impl fmt::Display for ShardRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}/{}", self.first, self.last, self.total)
    }
}

impl fmt::Debug for DiscordSettings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DiscordSettings")
            .field("token", &"****")
            .field("channels", &self.channels)
            .field("staff_role", &self.staff_role)
            .field("triage_channel", &self.triage_channel)
            .field("guild", &self.guild)
            .field("proxy_url", &self.proxy_url)
            .field("shards", &self.shards)
            .field("staff_permissions", &self.staff_permissions)
            .field("retry", &self.retry)
            .finish()
    }
}

/// How long conversations wait on a quiet customer.
#[derive(Debug, Clone)]
pub struct ConversationSettings {
    /// `REKEY_REMINDER_AFTER`: quiet time before the one reminder.
    pub reminder_after: Duration,
    /// `REKEY_CLOSE_AFTER`: quiet time after the reminder before closing.
    pub close_after: Duration,
    /// `REKEY_JOB_LEASE`: how long an instance holds a claimed scheduled job;
    /// if it dies meanwhile, another instance runs the job after this.
    pub job_lease: Duration,
    /// `REKEY_JOB_MAX_ATTEMPTS`: runs of a failing job before it is parked.
    pub job_max_attempts: u32,
    /// `REKEY_JOB_RETRY_BACKOFF`: wait before a failed job's second attempt
    /// (doubling after each further failure, at most an hour).
    pub job_retry_backoff: Duration,
}

/// Secure links.
#[derive(Debug, Clone)]
pub struct LinkSettings {
    /// `REKEY_LINK_TTL`.
    pub ttl: Duration,
    /// `REKEY_LINK_MAX_ATTEMPTS`: failed verifications before the link locks.
    pub max_attempts: u32,
}

/// Talking to ActiveCampaign.
#[derive(Debug, Clone)]
pub struct AcSettings {
    /// `REKEY_AC_ALLOWED_HOSTS`.
    pub allowed_hosts: AllowList,
    /// `REKEY_AC_ALLOW_HTTP`: tests and local trials only.
    pub allow_http: bool,
    /// `REKEY_AC_TIMEOUT`.
    pub timeout: Duration,
    /// `REKEY_DEMO` (or `--demo`): a built-in sandbox verifier instead of
    /// ActiveCampaign; SQLite only.
    pub demo: bool,
}

/// Where reconnect events are sent, and the key that signs them.
#[derive(Clone)]
pub struct WebhookSettings {
    pub url: url::Url,
    pub secret: SecretString,
}

impl fmt::Debug for WebhookSettings {
    /// Webhook URLs often carry a token in their path: show the host only.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "WebhookSettings({}://{}/****)",
            self.url.scheme(),
            self.url.host_str().unwrap_or("")
        )
    }
}

/// A source of raw variable values: `.env` overlaid with the environment.
struct Vars(HashMap<String, String>);

impl Vars {
    fn get(&self, var: &str) -> Option<&str> {
        self.0
            .get(var)
            .map(String::as_str)
            .filter(|v| !v.trim().is_empty())
    }

    fn parse_or<T>(
        &self,
        var: &'static str,
        default: T,
        parse: impl FnOnce(&str) -> Result<T, String>,
    ) -> Result<T, ConfigError> {
        match self.get(var) {
            None => Ok(default),
            Some(raw) => parse(raw.trim()).map_err(|problem| ConfigError { var, problem }),
        }
    }

    fn parse_opt<T>(
        &self,
        var: &'static str,
        parse: impl FnOnce(&str) -> Result<T, String>,
    ) -> Result<Option<T>, ConfigError> {
        self.parse_or(var, None, |raw| parse(raw).map(Some))
    }
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
        let conversation = ConversationSettings {
            reminder_after: vars.parse_or(
                "REKEY_REMINDER_AFTER",
                minutes(120),
                within(ONE_YEAR),
            )?,
            close_after: vars.parse_or("REKEY_CLOSE_AFTER", minutes(24 * 60), within(ONE_YEAR))?,
            job_lease: vars.parse_or("REKEY_JOB_LEASE", minutes(1), within(minutes(24 * 60)))?,
            job_max_attempts: vars.parse_or("REKEY_JOB_MAX_ATTEMPTS", 5, |raw| {
                match raw.parse::<u32>() {
                    Ok(n) if (1..=100).contains(&n) => Ok(n),
                    _ => Err("expected a whole number from 1 to 100".to_owned()),
                }
            })?,
            job_retry_backoff: vars.parse_or(
                "REKEY_JOB_RETRY_BACKOFF",
                Duration::from_secs(30),
                within(minutes(24 * 60)),
            )?,
        };
        let links = LinkSettings {
            ttl: vars.parse_or("REKEY_LINK_TTL", minutes(15), within(minutes(7 * 24 * 60)))?,
            max_attempts: vars.parse_or("REKEY_LINK_MAX_ATTEMPTS", 5, |raw| {
                raw.parse::<u32>()
                    .ok()
                    .filter(|n| (1..=100).contains(n))
                    .ok_or_else(|| format!("expected a whole number from 1 to 100, got {raw:?}"))
            })?,
        };
        let activecampaign = AcSettings {
            allowed_hosts: vars.parse_or(
                "REKEY_AC_ALLOWED_HOSTS",
                AllowList::default(),
                |raw| AllowList::parse(raw).map_err(|e| e.to_string()),
            )?,
            allow_http: vars.parse_or("REKEY_AC_ALLOW_HTTP", false, parse_bool)?,
            timeout: vars.parse_or(
                "REKEY_AC_TIMEOUT",
                Duration::from_secs(10),
                within(minutes(5)),
            )?,
            demo: vars.parse_or("REKEY_DEMO", false, parse_bool)?,
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
        let admin = AdminSettings {
            staff: vars.parse_or("REKEY_ADMIN_TOKENS", Vec::new(), parse_staff_tokens)?,
            session_ttl: vars.parse_or(
                "REKEY_ADMIN_SESSION_TTL",
                minutes(8 * 60),
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
            conversation: ConversationSettings {
                reminder_after: minutes(120),
                close_after: minutes(24 * 60),
                job_lease: minutes(1),
                job_max_attempts: 5,
                job_retry_backoff: Duration::from_secs(30),
            },
            links: LinkSettings {
                ttl: minutes(15),
                max_attempts: 5,
            },
            proactive: ProactiveSettings::default(),
            activecampaign: AcSettings {
                allowed_hosts: AllowList::default(),
                allow_http: false,
                timeout: Duration::from_secs(10),
                demo: false,
            },
            webhook: None,
            api_token: None,
            chat_identity_secret: None,
            discord: None,
            admin: AdminSettings {
                staff: Vec::new(),
                session_ttl: minutes(8 * 60),
            },
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

fn minutes(n: u64) -> Duration {
    Duration::from_secs(n * 60)
}

fn secret(raw: &str) -> SecretString {
    SecretString::from(raw.to_owned())
}

/// A bearer token we check requests against: long enough not to be guessed.
fn bearer_token(raw: &str) -> Result<SecretString, String> {
    if raw.len() < 16 {
        Err("must be at least 16 characters (try `openssl rand -hex 32`)".into())
    } else {
        Ok(secret(raw))
    }
}

/// A year as humantime counts it (365.25 days), so messages read `1year`.
const ONE_YEAR: Duration = Duration::from_secs(31_557_600);

/// A duration parser that refuses anything longer than `max`: absurd values
/// would overflow time arithmetic later, so they stop start-up instead.
fn within(max: Duration) -> impl FnOnce(&str) -> Result<Duration, String> {
    move |raw| {
        let d = parse_duration(raw)?;
        if d > max {
            return Err(format!("must be at most {}, got {raw:?}", human(max)));
        }
        Ok(d)
    }
}

/// A URL for an error message: scheme and host only, the rest masked (it may
/// hold a token); not even that when it does not parse.
fn masked_url(raw: &str) -> String {
    match url::Url::parse(raw) {
        Ok(u) if u.host_str().is_some() => {
            format!("{}://{}/****", u.scheme(), u.host_str().unwrap_or(""))
        }
        _ => format!("a value of {} characters (not shown)", raw.chars().count()),
    }
}

/// `15m`, `2h`, `90s`, `1h 30m` (humantime syntax).
fn parse_duration(raw: &str) -> Result<Duration, String> {
    humantime::parse_duration(raw)
        .ok()
        .filter(|d| !d.is_zero())
        .ok_or_else(|| format!("expected a duration like 15m, 2h or 90s, got {raw:?}"))
}

/// A Discord id (a "snowflake"): a positive integer.
fn parse_snowflake(raw: &str) -> Result<u64, String> {
    raw.trim()
        .parse::<u64>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| {
            format!("expected a Discord id (a number like 123456789012345678), got {raw:?}")
        })
}

fn parse_bool(raw: &str) -> Result<bool, String> {
    match raw.to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Ok(true),
        "0" | "false" | "no" | "off" => Ok(false),
        _ => Err(format!("expected true or false, got {raw:?}")),
    }
}

fn existing_file(raw: &str) -> Result<PathBuf, String> {
    let p = PathBuf::from(raw);
    if p.is_file() {
        Ok(p)
    } else {
        Err(format!("no such file: {raw}"))
    }
}

fn existing_dir(raw: &str) -> Result<PathBuf, String> {
    let p = PathBuf::from(raw);
    if p.is_dir() {
        Ok(p)
    } else {
        Err(format!("no such folder: {raw}"))
    }
}

fn default_bind() -> SocketAddr {
    DEFAULT_BIND
        .parse()
        .expect("the default bind address is valid")
}

fn path_or_builtin(p: Option<&Path>) -> String {
    p.map_or_else(|| "(built in)".into(), |p| p.display().to_string())
}

fn human(d: Duration) -> String {
    humantime::format_duration(d).to_string()
}

fn masked(s: Option<&SecretString>) -> String {
    if s.is_some() {
        "**** (set)".into()
    } else {
        "(not set)".into()
    }
}

/// A public base URL: http or https, no query or fragment; a trailing slash
/// is dropped so paths can be appended.
fn parse_public_url(raw: &str) -> Result<String, String> {
    let ok_scheme = raw.starts_with("https://") || raw.starts_with("http://");
    let host = raw.split("://").nth(1).unwrap_or("");
    if !ok_scheme || host.is_empty() || host.starts_with('/') {
        return Err(format!(
            "expected a URL like https://rekey.example.com, got {raw:?}"
        ));
    }
    if raw.contains('?') || raw.contains('#') {
        return Err("must not contain a query (?) or fragment (#)".into());
    }
    Ok(raw.trim_end_matches('/').to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn no_variables_gives_the_documented_defaults() {
        let c = Config::from_vars(HashMap::new()).unwrap();
        assert_eq!(c.database_url.expose(), "sqlite://rekey.db");
        assert_eq!(
            c.database_url.sqlite_path(),
            Some(PathBuf::from("rekey.db"))
        );
        assert_eq!(c.bind.to_string(), "127.0.0.1:8080");
        assert!(c.public_url.is_none());
        assert!(c.master_key.is_none());
        assert_eq!(c.log_format, LogFormat::Human);
    }

    #[test]
    fn bad_values_name_the_variable_and_the_problem() {
        let cases: &[(&str, &str, &str)] = &[
            ("DATABASE_URL", "mysql://x", "expected sqlite://"),
            ("DATABASE_URL", "sqlite://", "needs a file path"),
            ("DATABASE_URL", "\u{1}garbage", "expected sqlite://"),
            ("REKEY_BIND", "localhost", "expected an address"),
            ("REKEY_BIND", "127.0.0.1:99999", "expected an address"),
            ("REKEY_PUBLIC_URL", "rekey.example.com", "expected a URL"),
            ("REKEY_PUBLIC_URL", "https://x.com/?a=1", "query"),
            ("REKEY_MASTER_KEY", "not base64!", "base64"),
            ("REKEY_MASTER_KEY", "AAAA", "32 bytes"),
            ("REKEY_LOG_FORMAT", "xml", "\"human\" or \"json\""),
            ("RUST_LOG", "rekey=loud", "not a valid log filter"),
            ("REKEY_LINK_TTL", "soon", "expected a duration"),
            ("REKEY_LINK_TTL", "0s", "expected a duration"),
            ("REKEY_JOB_LEASE", "forever", "expected a duration"),
            ("REKEY_LINK_MAX_ATTEMPTS", "0", "from 1 to 100"),
            ("REKEY_AC_ALLOW_HTTP", "maybe", "true or false"),
            ("REKEY_AC_TIMEOUT", "10", "expected a duration"),
            ("REKEY_AC_ALLOWED_HOSTS", "*", "broad"),
            ("REKEY_WEBHOOK_URL", "ftp://x", "http(s) URL"),
            ("REKEY_API_TOKEN", "short", "at least 16"),
            ("REKEY_ADMIN_TOKENS", "sam", "NAME:TOKEN"),
            ("REKEY_ADMIN_TOKENS", "sam:short", "at least 16"),
            ("REKEY_ADMIN_TOKENS", ":0123456789abcdef", "the name"),
            ("REKEY_ADMIN_TOKENS", "s m:0123456789abcdef", "the name"),
            (
                "REKEY_ADMIN_TOKENS",
                "sam:0123456789abcdef,sam:fedcba9876543210",
                "twice",
            ),
            (
                "REKEY_ADMIN_TOKENS",
                "sam:0123456789abcdef,kim:0123456789abcdef",
                "own",
            ),
            ("REKEY_ADMIN_SESSION_TTL", "forever", "expected a duration"),
            (
                "REKEY_ADMIN_SESSION_TTL",
                "500000000000years",
                "at most 30days",
            ),
            ("REKEY_ADMIN_SESSION_TTL", "31days", "at most 30days"),
            ("REKEY_REMINDER_AFTER", "400days", "at most 1year"),
            ("REKEY_CLOSE_AFTER", "5000years", "at most 1year"),
            ("REKEY_JOB_LEASE", "2days", "at most 1day"),
            ("REKEY_LINK_TTL", "8days", "at most 7days"),
            ("REKEY_AC_TIMEOUT", "1h", "at most 5m"),
            ("REKEY_TRUSTED_PROXIES", "10.0.0.0/40", "CIDR"),
            ("REKEY_METRICS_TOKEN", "short", "at least 16"),
            ("REKEY_VOCABULARY", "/nope/vocab.toml", "no such file"),
            ("REKEY_PROMPTS_DIR", "/nope/prompts", "no such folder"),
        ];
        for (var, value, expected) in cases {
            let err = Config::from_vars(vars(&[(var, value)])).unwrap_err();
            assert_eq!(err.var, *var, "{var}={value:?}");
            assert!(err.to_string().contains(expected), "{var}={value:?}: {err}");
        }
    }

    #[test]
    fn an_invalid_webhook_url_is_not_quoted_in_the_error() {
        for raw in [
            "ftp://hooks.example.com/t/hunter9-token",
            "hooks.example.com/hunter9-token",
        ] {
            let err = Config::from_vars(vars(&[
                ("REKEY_WEBHOOK_URL", raw),
                ("REKEY_WEBHOOK_SECRET", "s"),
            ]))
            .unwrap_err();
            assert_eq!(err.var, "REKEY_WEBHOOK_URL");
            assert!(!err.to_string().contains("hunter9"), "{err}");
        }
    }

    #[test]
    fn the_largest_accepted_durations_do_not_overflow_time_arithmetic() {
        let c = Config::from_vars(vars(&[
            ("REKEY_REMINDER_AFTER", "365days"),
            ("REKEY_CLOSE_AFTER", "365days"),
            ("REKEY_ADMIN_SESSION_TTL", "30days"),
        ]))
        .unwrap();
        let total = c.conversation.reminder_after + c.conversation.close_after;
        assert!(std::time::Instant::now().checked_add(total).is_some());
        assert!(
            std::time::Instant::now()
                .checked_add(c.admin.session_ttl)
                .is_some()
        );
    }

    #[test]
    fn a_webhook_url_needs_its_signing_secret() {
        let err = Config::from_vars(vars(&[(
            "REKEY_WEBHOOK_URL",
            "https://hooks.example.com/x",
        )]))
        .unwrap_err();
        assert_eq!(err.var, "REKEY_WEBHOOK_SECRET");
        let c = Config::from_vars(vars(&[
            ("REKEY_WEBHOOK_URL", "https://hooks.example.com/x"),
            ("REKEY_WEBHOOK_SECRET", "s3cret"),
        ]))
        .unwrap();
        assert_eq!(
            c.webhook.unwrap().url.as_str(),
            "https://hooks.example.com/x"
        );
        let err = Config::from_vars(vars(&[("REKEY_WEBHOOK_SECRET", "s3cret")])).unwrap_err();
        assert_eq!(err.var, "REKEY_WEBHOOK_URL");
    }

    #[test]
    fn postgres_requires_an_explicit_master_key() {
        let err = Config::from_vars(vars(&[("DATABASE_URL", "postgres://u@h/db")])).unwrap_err();
        assert_eq!(err.var, "REKEY_MASTER_KEY");
        let key = MasterKey::generate().to_base64();
        let c = Config::from_vars(vars(&[
            ("DATABASE_URL", "postgres://u@h/db"),
            ("REKEY_MASTER_KEY", key.expose_secret()),
        ]))
        .unwrap();
        assert_eq!(c.database_url.backend(), Backend::Postgres);
    }

    #[test]
    fn described_settings_never_show_secrets() {
        let key = MasterKey::generate().to_base64();
        let c = Config::from_vars(vars(&[
            ("DATABASE_URL", "postgres://rekey:hunter2@db:5432/rekey"),
            ("REKEY_MASTER_KEY", key.expose_secret()),
            (
                "REKEY_WEBHOOK_URL",
                "https://hooks.example.com/path-token-hunter3",
            ),
            ("REKEY_WEBHOOK_SECRET", "hunter4-webhook"),
            ("REKEY_API_TOKEN", "hunter5-api-token-123"),
            (
                "REKEY_ADMIN_TOKENS",
                "sam:hunter6-staff-token-1, kim:hunter7-staff-token-2",
            ),
            ("REKEY_METRICS_TOKEN", "hunter8-metrics-token"),
        ]))
        .unwrap();
        let text = format!("{:?} {:?}", c.describe(), c);
        assert!(text.contains("sam, kim"), "{text}");
        for secret in [
            "hunter2", "hunter3", "hunter4", "hunter5", "hunter6", "hunter7", "hunter8",
        ] {
            assert!(!text.contains(secret), "{secret} in {text}");
        }
        assert!(!text.contains(key.expose_secret()), "{text}");
        assert!(
            text.contains("postgres://rekey:****@db:5432/rekey"),
            "{text}"
        );
    }

    #[test]
    fn discord_staff_permissions_and_retries_parse_with_defaults() {
        let discord = |pairs: &[(&str, &str)]| {
            let mut all = vec![("DISCORD_TOKEN", "t")];
            all.extend_from_slice(pairs);
            Config::from_vars(vars(&all)).map(|c| c.discord.unwrap())
        };
        let d = discord(&[]).unwrap();
        assert_eq!(d.staff_permissions, 1 << 34, "Manage Threads by default");
        assert_eq!(d.retry, default_discord_retry());
        let d = discord(&[
            (
                "REKEY_DISCORD_STAFF_PERMISSIONS",
                "manage_messages, MANAGE_THREADS",
            ),
            ("REKEY_DISCORD_RETRY", "1s, 2m"),
        ])
        .unwrap();
        assert_eq!(d.staff_permissions, (1 << 34) | (1 << 13));
        assert_eq!(
            d.retry,
            vec![Duration::from_secs(1), Duration::from_secs(120)]
        );
        assert_eq!(
            discord(&[("REKEY_DISCORD_STAFF_PERMISSIONS", "8192")])
                .unwrap()
                .staff_permissions,
            8192
        );
        for bad in ["MANAGE_EVERYTHING", " , "] {
            let err = discord(&[("REKEY_DISCORD_STAFF_PERMISSIONS", bad)]).unwrap_err();
            assert_eq!(err.var, "REKEY_DISCORD_STAFF_PERMISSIONS", "{bad:?}");
        }
        let err = discord(&[("REKEY_DISCORD_RETRY", "soon")]).unwrap_err();
        assert_eq!(err.var, "REKEY_DISCORD_RETRY");
    }

    #[test]
    fn discord_shards_are_a_checked_first_last_total_range() {
        let shards = |value: &str| {
            Config::from_vars(vars(&[
                ("DISCORD_TOKEN", "t"),
                ("REKEY_DISCORD_SHARDS", value),
            ]))
            .map(|c| c.discord.unwrap().shards)
        };
        let range = |first, last, total| Some(ShardRange { first, last, total });
        assert_eq!(shards("0-3/8").unwrap(), range(0, 3, 8));
        assert_eq!(shards(" 5/8 ").unwrap(), range(5, 5, 8), "one shard");
        assert_eq!(shards("0-0/1").unwrap(), range(0, 0, 1));
        let unset = Config::from_vars(vars(&[("DISCORD_TOKEN", "t")])).unwrap();
        assert_eq!(unset.discord.unwrap().shards, None, "unset = automatic");
        let cases: &[(&str, &str)] = &[
            ("0-3", "expected FIRST-LAST/TOTAL"),
            ("a-b/8", "expected FIRST-LAST/TOTAL"),
            ("-1-3/8", "expected FIRST-LAST/TOTAL"),
            ("0-0/0", "TOTAL must be at least 1"),
            ("4-3/8", "must not be greater than LAST"),
            ("0-8/8", "must be less than TOTAL"),
            ("8/8", "must be less than TOTAL"),
        ];
        for (value, expected) in cases {
            let err = shards(value).unwrap_err();
            assert_eq!(err.var, "REKEY_DISCORD_SHARDS", "{value}");
            assert!(err.to_string().contains(expected), "{value}: {err}");
        }
    }

    #[test]
    fn a_shard_range_owns_the_guilds_discord_routes_to_its_shards() {
        let range = ShardRange::parse("2-3/4").unwrap();
        assert!(range.owns_guild(2 << 22));
        assert!(range.owns_guild((3 << 22) + 12345));
        assert!(!range.owns_guild(1 << 22));
        assert!(range.owns_guild(6 << 22), "6 % 4 = 2");
        assert_eq!(range.to_string(), "2-3/4");
    }

    #[test]
    fn staff_tokens_parse_into_names_and_secrets() {
        let c = Config::from_vars(vars(&[(
            "REKEY_ADMIN_TOKENS",
            " sam:0123456789abcdef , kim.o:fedcba9876543210,",
        )]))
        .unwrap();
        let names: Vec<&str> = c.admin.staff.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["sam", "kim.o"]);
        assert_eq!(c.admin.staff[1].token.expose_secret(), "fedcba9876543210");
        assert!(c.admin.enabled());
        assert!(!Config::from_vars(HashMap::new()).unwrap().admin.enabled());
    }

    #[test]
    fn blank_values_fall_back_to_defaults() {
        let c = Config::from_vars(vars(&[("REKEY_BIND", "  ")])).unwrap();
        assert_eq!(c.bind.to_string(), DEFAULT_BIND);
    }
}
