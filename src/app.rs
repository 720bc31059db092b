//! Builds and runs the whole service: store, master key, web server (and, as
//! later channels land, the chat adapters) in one process.
//!
//! [`App::build`] does all fallible set-up and binds the listener, so callers
//! (the binary, end-to-end tests) learn the real address before serving —
//! tests bind port 0.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context;
use tokio::net::TcpListener;

use crate::config::{Backend, Config};
use crate::crypto::{self, MasterKey};
use crate::store::{SqlStore, Store};
use crate::web::{self, AppState};

/// A built, listening, not yet serving application.
#[derive(Debug)]
pub struct App {
    listener: TcpListener,
    address: SocketAddr,
    public_url: String,
    store: Arc<dyn Store>,
    master_key: Arc<MasterKey>,
}

/// Opens the configured database and applies migrations.
pub async fn open_store(config: &Config) -> anyhow::Result<Arc<SqlStore>> {
    let store = SqlStore::connect(&config.database_url).await?;
    store.migrate().await?;
    Ok(Arc::new(store))
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
    /// Opens and migrates the store, resolves the master key and binds the
    /// web server's listener.
    pub async fn build(mut config: Config) -> anyhow::Result<App> {
        let store = open_store(&config).await?;
        let master_key = Arc::new(resolve_master_key(&mut config)?);
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
        Ok(App {
            listener,
            address,
            public_url,
            store,
            master_key,
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
        self.store.clone()
    }

    pub fn master_key(&self) -> Arc<MasterKey> {
        self.master_key.clone()
    }

    /// Serves until `shutdown` completes, then finishes in-flight requests.
    pub async fn run_until(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> anyhow::Result<()> {
        let state = AppState {
            store: self.store.clone(),
        };
        let router = web::router(state);
        axum::serve(
            self.listener,
            router.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(shutdown)
        .await
        .context("the web server failed")?;
        Ok(())
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
