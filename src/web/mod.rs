//! The built-in web server (axum): health today; the form, web chat and
//! staff pages hang off the same router. Only this module knows axum.

mod health;

use std::sync::Arc;

use axum::Router;
use tower_http::trace::TraceLayer;

use crate::store::Store;

/// What every handler can reach.
#[derive(Debug, Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
}

/// The whole HTTP surface, ready to serve or to call in-process in tests.
pub fn router(state: AppState) -> Router {
    Router::new()
        .merge(health::routes())
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}
