//! Response headers for every page: no caching, no referrer, no framing, no
//! sniffing, not indexed, and a strict Content-Security-Policy. Pages with
//! scripts (the web chat) relax only `script-src` and `connect-src` to 'self'.
//! When the public URL is https, `Strict-Transport-Security` too.

use axum::extract::{Request, State};
use axum::http::{HeaderName, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

pub const CSP_PAGES: &str = "default-src 'none'; style-src 'self'; img-src 'self'; \
     form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

pub const CSP_APP: &str = "default-src 'none'; style-src 'self'; img-src 'self'; \
     script-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; \
     base-uri 'none'";

/// Browsers keep to https for this long (a year) once they saw it.
pub const HSTS: &str = "max-age=31536000";

/// Adds the security headers (keeping a CSP the handler set itself).
pub async fn headers(
    State(state): State<super::AppState>,
    request: Request,
    next: Next,
) -> Response {
    let mut response = next.run(request).await;
    let h = response.headers_mut();
    let set = |h: &mut axum::http::HeaderMap, name: HeaderName, value: &'static str| {
        h.insert(name, HeaderValue::from_static(value));
    };
    set(h, header::CACHE_CONTROL, "no-store");
    set(h, header::REFERRER_POLICY, "no-referrer");
    set(h, header::X_FRAME_OPTIONS, "DENY");
    set(h, header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(
        h,
        HeaderName::from_static("x-robots-tag"),
        "noindex, nofollow",
    );
    // `secure_cookies` is exactly "REKEY_PUBLIC_URL is https".
    if state.secure_cookies {
        set(h, header::STRICT_TRANSPORT_SECURITY, HSTS);
    }
    if !h.contains_key(header::CONTENT_SECURITY_POLICY) {
        set(h, header::CONTENT_SECURITY_POLICY, CSP_PAGES);
    }
    response
}
