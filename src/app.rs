//! Builds and runs the whole service in one process: store, master key,
//! detector, prompts, the conversation runner and its job worker, the web
//! server (form, web chat, health) and, as they land, the chat adapters.
//!
//! [`App::build`] does all fallible set-up and binds the listener, so callers
//! (the binary, end-to-end tests) learn the real address before serving —
//! tests bind port 0 and may swap the clock and the verifier.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use anyhow::Context;
use tokio::net::TcpListener;

use crate::activecampaign::{HttpVerifier, Verifier};
use crate::bot::{Bot, BotSettings, JobHandler};
use crate::clock::{Clock, SystemClock};
use crate::config::{Backend, Config, ShardRange};
use crate::crypto::{self, MasterKey};
use crate::detect::{Detector, Vocabulary, VocabularyError};
use crate::domain::Channel;
use crate::prompts::Prompts;
use crate::rate_limit::Backing;
use crate::reconnect::ReconnectService;
use crate::store::{SqlStore, Store};
use crate::web::{self, AdminAuth, AppState, ChatLimits, FormLimits, WebChatTransport};
use crate::webhook::{RetrySchedule, WebhookSender};

/// A built, listening, not yet serving application.
pub struct App {
    listener: TcpListener,
    address: SocketAddr,
    public_url: String,
    state: AppState,
    /// The same store as `state.store`, for what only SQL offers (LISTEN).
    sql_store: Arc<SqlStore>,
    discord: Option<(crate::discord::Client, Option<ShardRange>)>,
}

impl std::fmt::Debug for App {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("App")
            .field("address", &self.address)
            .field("discord", &self.discord.is_some())
            .finish_non_exhaustive()
    }
}

/// Parts tests may replace.
#[derive(Default)]
#[allow(missing_debug_implementations)]
pub struct Overrides {
    pub clock: Option<Arc<dyn Clock>>,
    pub verifier: Option<Arc<dyn Verifier>>,
    pub discord_hook: Option<crate::discord::ClientHook>,
    /// Extra job kinds and what runs them (registered before the worker starts).
    pub job_handlers: Vec<(String, Arc<dyn JobHandler>)>,
    /// Web chat flood limits (tests lower them).
    pub chat_limits: Option<Arc<ChatLimits>>,
}

/// Opens the configured database and applies migrations.
pub async fn open_store(config: &Config) -> anyhow::Result<Arc<SqlStore>> {
    let store = SqlStore::connect(&config.database_url).await?;
    store.migrate().await?;
    Ok(Arc::new(store))
}

/// The detector from `REKEY_VOCABULARY`, or the built-in one.
pub fn load_detector(config: &Config) -> anyhow::Result<Detector> {
    match &config.vocabulary {
        None => Ok(Detector::builtin()),
        Some(path) => detector_from_file(path).context("invalid REKEY_VOCABULARY"),
    }
}

/// Reads a vocabulary file (the detector itself does no I/O) and compiles
/// its detector, once, naming the file in every error.
pub fn detector_from_file(path: &std::path::Path) -> Result<Detector, VocabularyError> {
    let (text, origin) = read_vocabulary(path)?;
    Detector::parse(&text, &origin)
}

/// Reads a vocabulary file (the detector itself does no I/O) and parses it,
/// naming the file in every error.
pub fn load_vocabulary(path: &std::path::Path) -> Result<Vocabulary, VocabularyError> {
    let (text, origin) = read_vocabulary(path)?;
    Vocabulary::parse(&text, &origin)
}

/// A vocabulary file's text and the name errors give it.
fn read_vocabulary(path: &std::path::Path) -> Result<(String, String), VocabularyError> {
    let origin = path.display().to_string();
    let text = std::fs::read_to_string(path)
        .map_err(|e| VocabularyError::new(&origin, format!("cannot read file: {e}")))?;
    Ok((text, origin))
}

/// The prompts from `REKEY_PROMPTS_DIR`, or the built-in ones.
pub fn load_prompts(config: &Config) -> anyhow::Result<Prompts> {
    match &config.prompts_dir {
        None => Ok(Prompts::builtin()),
        Some(dir) => Prompts::load(dir).context("invalid REKEY_PROMPTS_DIR"),
    }
}

/// The configured master key, or (SQLite without `REKEY_MASTER_KEY`) the key
/// file beside the database, created on first run.
pub fn resolve_master_key(config: &mut Config) -> anyhow::Result<MasterKey> {
    if let Some(key) = config.master_key.take() {
        return Ok(key);
    }
    let db_path = match config.database_url.backend() {
        Backend::Sqlite => config.database_url.sqlite_path(),
        Backend::Postgres => None,
    }
    .context("REKEY_MASTER_KEY is required with PostgreSQL")?;
    let mut key_path = db_path.into_os_string();
    key_path.push(".key");
    let key_path = std::path::PathBuf::from(key_path);
    let (key, created) = crypto::load_or_create_key_file(&key_path)?;
    if created {
        tracing::warn!(
            path = %key_path.display(),
            "REKEY_MASTER_KEY is not set: generated a master key into this file (mode 0600). \
             Fine for local use; in production set REKEY_MASTER_KEY (see `rekey keygen`) and \
             keep it safe, or stored connector keys cannot be read"
        );
    } else {
        tracing::warn!(
            path = %key_path.display(),
            "REKEY_MASTER_KEY is not set: using the master key file beside the database"
        );
    }
    Ok(key)
}

impl App {
    pub async fn build(config: Config) -> anyhow::Result<App> {
        App::build_with(config, Overrides::default()).await
    }

    /// Opens and migrates the store, loads detector and prompts, resolves
    /// the master key, wires the runner and binds the web listener.
    pub async fn build_with(mut config: Config, overrides: Overrides) -> anyhow::Result<App> {
        // Checked before touching the database: demo mode never meets real data.
        if config.activecampaign.demo
            && config.database_url.backend() == crate::config::Backend::Postgres
        {
            anyhow::bail!(
                "demo mode (REKEY_DEMO / --demo) is refused with a PostgreSQL DATABASE_URL: \
                 it is for local SQLite trials only"
            );
        }
        let sql_store = open_store(&config).await?;
        let store: Arc<dyn Store> = sql_store.clone();
        let master_key = Arc::new(resolve_master_key(&mut config)?);
        let detector = Arc::new(
            load_detector(&config)?
                .with_fingerprint_key(crate::fingerprint::FingerprintKey::derive(&master_key)),
        );
        match crate::connectors::refresh_fingerprints(store.as_ref(), &master_key).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(
                connectors = n,
                "stored fingerprints brought to the keyed form"
            ),
            Err(e) => tracing::error!(error = %e, "cannot refresh stored fingerprints"),
        }
        let prompts = Arc::new(load_prompts(&config)?);
        let listener = TcpListener::bind(config.bind)
            .await
            .with_context(|| format!("cannot listen on {} (REKEY_BIND)", config.bind))?;
        let address = listener
            .local_addr()
            .context("cannot read the listening address")?;
        let public_url = config
            .public_url
            .clone()
            .unwrap_or_else(|| format!("http://{address}"));
        let clock = overrides.clock.unwrap_or_else(|| Arc::new(SystemClock));
        let ac = config.activecampaign.clone();
        if ac.allow_http {
            tracing::warn!(
                "REKEY_AC_ALLOW_HTTP is on: plain http and IP addresses on the allow-list are \
                 accepted for ActiveCampaign. Use this only for tests and local trials"
            );
        }
        if ac.demo {
            tracing::warn!(
                demo_url = crate::activecampaign::demo::DEMO_URL,
                "DEMO MODE: secure forms are checked by a built-in sandbox verifier, not \
                 ActiveCampaign; only the documented demo key verifies"
            );
        }
        let verifier: Arc<dyn Verifier> = match overrides.verifier {
            Some(v) => v,
            None if ac.demo => Arc::new(crate::activecampaign::demo::DemoVerifier),
            None => Arc::new(
                HttpVerifier::new(ac.timeout, ac.allow_http)
                    .context("cannot build the ActiveCampaign client")?,
            ),
        };
        let webhook = match &config.webhook {
            None => None,
            Some(w) => Some(
                WebhookSender::new(
                    w.url.clone(),
                    w.secret.clone(),
                    std::time::Duration::from_secs(10),
                    RetrySchedule::default(),
                )
                .context("invalid webhook settings (REKEY_WEBHOOK_URL)")?,
            ),
        };
        let bot = Arc::new(Bot::new(
            store.clone(),
            detector,
            prompts,
            clock.clone(),
            BotSettings {
                public_url: public_url.clone(),
                link_ttl: config.links.ttl,
                link_max_attempts: config.links.max_attempts,
                reminder_after: config.conversation.reminder_after,
                close_after: config.conversation.close_after,
                job_lease: config.conversation.job_lease,
            },
        ));
        bot.set_job_retry(crate::bot::JobRetry {
            max_attempts: config.conversation.job_max_attempts,
            backoff: config.conversation.job_retry_backoff,
        });
        if let Some(sender) = webhook.clone() {
            let handler = crate::webhook_job::WebhookJob {
                sender,
                store: store.clone(),
                clock: clock.clone(),
            };
            bot.register_job_kind(crate::webhook_job::WEBHOOK_JOB, Arc::new(handler));
        }
        for (kind, handler) in overrides.job_handlers {
            bot.register_job_kind(&kind, handler);
        }
        let web_chat = Arc::new(WebChatTransport::new(
            store.clone(),
            crate::crypto::MasterKey::from_bytes(*secrecy::ExposeSecret::expose_secret(
                &master_key.derive("rekey/web-chat-outbox/v1"),
            )),
            clock.clone(),
            crate::chat_identity::SessionKey::new(master_key.derive("rekey/web-chat-session/v1")),
            config.chat_identity_secret.clone(),
        ));
        // Rate limits: shared through PostgreSQL, in memory on SQLite.
        let limits = Backing::for_store(
            store.clone(),
            clock.clone(),
            master_key.derive("rekey/rate-limits/v1"),
        );
        if limits.is_shared() {
            tracing::info!("rate limits are counted in PostgreSQL, shared by every instance");
        }
        let proactive = Arc::new(crate::proactive::Proactive {
            bot: bot.clone(),
            master_key: master_key.clone(),
            verifier: verifier.clone(),
            ac: ac.clone(),
            settings: config.proactive.clone(),
            reports: crate::proactive::ReportLimits::new(&limits),
        });
        let jobs = Arc::new(crate::proactive::ProactiveJobs(proactive.clone()));
        bot.register_job_kind(crate::proactive::HEALTH_JOB, jobs.clone());
        bot.register_job_kind(crate::proactive::OUTREACH_JOB, jobs);
        let reconnect = Arc::new(ReconnectService {
            calls: crate::reconnect::call_limiter(&limits),
            bot: bot.clone(),
            master_key,
            verifier,
            ac,
            webhook: webhook.is_some(),
        });
        bot.register_transport(Channel::Web, web_chat.clone());
        let admin =
            AdminAuth::new(&config.admin, store.clone(), clock.clone(), &limits).map(Arc::new);
        match &admin {
            Some(_) => tracing::info!(
                staff = config.admin.staff.len(),
                "staff dashboard on at {public_url}/admin"
            ),
            None => tracing::info!(
                "staff dashboard off: set REKEY_ADMIN_TOKENS (name:token,...) to turn it on"
            ),
        }
        let discord_connected = config
            .discord
            .as_ref()
            .map(|_| Arc::new(AtomicBool::new(false)));
        let state = AppState {
            store,
            web_chat,
            bot,
            reconnect,
            limits: Arc::new(FormLimits::default().on(&limits)),
            api_token: config.api_token.clone(),
            secure_cookies: public_url.starts_with("https://"),
            admin,
            discord_connected: discord_connected.clone(),
            proactive,
            trusted_proxies: Arc::new(config.trusted_proxies.clone()),
            metrics_token: config.metrics_token.clone(),
            chat_limits: Arc::new(overrides.chat_limits.unwrap_or_default().on(&limits)),
        };
        let discord = match (config.discord.clone(), discord_connected) {
            (Some(settings), Some(connected)) => {
                let shards = settings.shards;
                let client = crate::discord::client(
                    state.bot.clone(),
                    settings,
                    overrides.discord_hook,
                    connected,
                )
                .await?;
                Some((client, shards))
            }
            _ => {
                tracing::info!(
                    "Discord adapter off: set DISCORD_TOKEN (and REKEY_DISCORD_CHANNELS) to turn it on"
                );
                None
            }
        };
        Ok(App {
            listener,
            address,
            public_url,
            state,
            sql_store,
            discord,
        })
    }

    /// The address the web server listens on.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// The base URL customers use (`REKEY_PUBLIC_URL`, or the local address).
    pub fn public_url(&self) -> &str {
        &self.public_url
    }

    pub fn store(&self) -> Arc<dyn Store> {
        self.state.store.clone()
    }

    pub fn bot(&self) -> Arc<Bot> {
        self.state.bot.clone()
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Replaces the form's rate limits (benchmarks lift them).
    pub fn set_form_limits(&mut self, limits: Arc<FormLimits>) {
        self.state.limits = limits;
    }

    /// Whether the Discord adapter is configured.
    pub fn discord_enabled(&self) -> bool {
        self.discord.is_some()
    }

    /// Serves (web server, job worker, Discord) until `shutdown` completes,
    /// then finishes in-flight requests. A Discord client that cannot run
    /// (e.g. a missing intent) stops everything and returns its error.
    pub async fn run_until(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> anyhow::Result<()> {
        // `true` once everything should stop; a watch, so late listeners see it.
        let (stop, stopping) = tokio::sync::watch::channel(false);
        // Dropping this future (a cancelled task) also ends the worker and
        // Discord: nothing of a stopped instance runs on behind its back.
        let mut worker = AbortOnDrop(Some(self.state.bot.spawn_worker(stopping.clone())));
        let _sweeper = AbortOnDrop(Some(crate::proactive::spawn_sweeper(
            self.state.proactive.clone(),
            stopping.clone(),
        )));
        let _listener = AbortOnDrop(crate::instances::listen(
            &self.sql_store,
            &self.state.bot,
            &self.state.web_chat,
        ));
        let _pruner = AbortOnDrop(Some(crate::instances::spawn_pruner(
            self.state.store.clone(),
            self.state.bot.clone(),
        )));
        let router = web::router(self.state.clone());
        let (failed, discord_error) = tokio::sync::oneshot::channel::<anyhow::Error>();
        let discord = self.discord.map(|(client, shards)| {
            let stop = stop.clone();
            AbortOnDrop(Some(tokio::spawn(async move {
                if let Err(e) = crate::discord::run(client, shards).await {
                    tracing::error!(error = %e, "the Discord adapter stopped");
                    let _ = failed.send(e.into());
                    let _ = stop.send(true);
                }
            })))
        });
        let mut until_stopped = stopping.clone();
        let result = axum::serve(
            self.listener,
            router.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(async move {
            tokio::select! {
                () = shutdown => {},
                _ = until_stopped.wait_for(|s| *s) => {},
            }
        })
        .await
        .context("the web server failed");
        let _ = stop.send(true);
        drop(discord);
        if let Some(w) = worker.0.take() {
            let _ = w.await;
        }
        if let Ok(e) = discord_error.await {
            return Err(e);
        }
        result
    }
}

/// A background task that is aborted when this is dropped.
struct AbortOnDrop(Option<tokio::task::JoinHandle<()>>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        if let Some(task) = &self.0 {
            task.abort();
        }
    }
}

/// Completes on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::error!(error = %e, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(e) => {
                tracing::error!(error = %e, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_vocabulary_file_is_read_and_named_when_it_cannot_be() {
        let err = load_vocabulary(std::path::Path::new("/nonexistent/vocab.toml")).unwrap_err();
        assert!(err.to_string().contains("/nonexistent/vocab.toml"), "{err}");
        let ok = load_vocabulary(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("detect/vocabulary.toml"),
        );
        assert_eq!(ok.unwrap(), Vocabulary::builtin());
    }

    #[test]
    fn a_vocabulary_file_compiles_into_a_detector_and_errors_name_the_file() {
        let builtin =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("detect/vocabulary.toml");
        let det = detector_from_file(&builtin).unwrap();
        assert_eq!(det.pattern_count(), Detector::builtin().pattern_count());

        let err = detector_from_file(std::path::Path::new("/nonexistent/vocab.toml")).unwrap_err();
        assert!(err.to_string().contains("/nonexistent/vocab.toml"), "{err}");

        // Only compiling finds a phrase listed in two groups.
        let text = std::fs::read_to_string(&builtin).unwrap();
        let phrase = Vocabulary::builtin().groups[0].phrases[0].clone();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("vocab.toml");
        let dup = text.replacen(
            "[[group]]",
            &format!(
                "[[group]]\nname = \"dup\"\nkind = \"symptom\"\nweight = 1.0\nphrases = [{phrase:?}]\n\n[[group]]"
            ),
            1,
        );
        std::fs::write(&path, dup).unwrap();
        let err = detector_from_file(&path).unwrap_err();
        assert!(
            err.to_string().contains(&*path.display().to_string()),
            "{err}"
        );
        assert!(err.to_string().contains("listed in both"), "{err}");
    }
}
