//! Static assets compiled into the binary (no CDN, nothing fetched).

use axum::Router;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;

use super::AppState;

const CSS: &str = include_str!("../../static/rekey.css");

pub(super) fn routes() -> Router<AppState> {
    Router::new().route("/static/rekey.css", get(css))
}

async fn css() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], CSS)
}
