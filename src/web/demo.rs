//! Demo mode's page marking: every HTML page gets a DEMO banner naming the
//! demo account's API URL and key, so nobody mistakes a sandbox for the real
//! thing and a newcomer can finish the form. Added as one layer in
//! [`super::router`] when `REKEY_DEMO` / `--demo` is on.

use askama::Template;
use axum::body::Body;
use axum::extract::Request;
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::activecampaign::demo::{DEMO_KEY, DEMO_URL};

/// Pages are small; anything bigger is passed through unmarked.
const PAGE_CAP: usize = 4 * 1024 * 1024;

#[derive(Template)]
#[template(path = "demo_banner.html")]
struct Banner<'a> {
    url: &'a str,
    key: &'a str,
}

/// Puts the DEMO banner at the top of every HTML page's body.
pub async fn banner(req: Request, next: Next) -> Response {
    let res = next.run(req).await;
    let html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if !html {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, PAGE_CAP).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let page = String::from_utf8_lossy(&bytes);
    let banner = Banner {
        url: DEMO_URL,
        key: DEMO_KEY,
    }
    .render()
    .unwrap_or_default();
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(mark(&page, &banner)))
}

/// The page with `banner` right after its `<body ...>` tag (or first, when
/// the page has none).
fn mark(page: &str, banner: &str) -> String {
    match page
        .find("<body")
        .and_then(|at| page[at..].find('>').map(|end| at + end + 1))
    {
        Some(at) => format!("{}{banner}{}", &page[..at], &page[at..]),
        None => format!("{banner}{page}"),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_banner_goes_right_after_the_body_tag() {
        assert_eq!(
            super::mark("<html><body class=\"x\"><p>hi</p>", "<b>DEMO</b>"),
            "<html><body class=\"x\"><b>DEMO</b><p>hi</p>"
        );
        assert_eq!(
            super::mark("<p>hi</p>", "<b>DEMO</b>"),
            "<b>DEMO</b><p>hi</p>"
        );
    }
}
