//! Static assets compiled into the binary (no CDN, nothing fetched).

use axum::Router;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;

use super::AppState;

const CSS: &str = include_str!("../../static/rekey.css");
const ADMIN_JS: &str = include_str!("../../static/admin.js");

pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/static/rekey.css", get(css))
        .route("/static/admin.js", get(admin_js))
}

async fn admin_js() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        ADMIN_JS,
    )
}

async fn css() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], CSS)
}
