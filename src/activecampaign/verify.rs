//! The [`Verifier`] seam and its real implementation, [`HttpVerifier`]:
//! `GET {base}/api/3/users/me` with the `Api-Token` header.
//!
//! Hardening, each for a reason:
//! - redirects are never followed: ActiveCampaign redirects a wrong or
//!   inactive account to a login page, and following would let a response
//!   steer the server to another host;
//! - one timeout covers connect, headers and body, so a slow server cannot
//!   hold a form submission;
//! - the body is read chunk by chunk and dropped past [`BODY_CAP`];
//! - host names are resolved through [`PublicOnlyResolver`], which drops
//!   loopback, private, link-local and other non-public addresses, so an
//!   allow-listed name pointed at an internal address (a squatted numbered
//!   host, DNS rebinding) still reaches nothing inside. The test-only
//!   plain-HTTP mode skips this, as it exists to reach a fake on loopback;
//! - proxies from the environment (`HTTPS_PROXY`, ...) are ignored: a proxy
//!   resolves the host itself, so the address check would never run;
//! - the key travels only in a header value marked sensitive, and transport
//!   errors are logged by kind, never formatted.

use std::error::Error as StdError;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use reqwest::header::RETRY_AFTER;
use reqwest::redirect;

use super::outcome::{Response, UnavailableReason, classify};
use super::{ApiKey, ApiUrl, VerifyOutcome};

/// Responses are read up to this many bytes; a `/users/me` answer is < 2 KiB.
pub const BODY_CAP: usize = 64 * 1024;

/// Checks a key against ActiveCampaign. A trait so the form and the
/// conversation can be tested with a fake (`Arc<dyn Verifier>`).
#[async_trait::async_trait]
pub trait Verifier: Send + Sync {
    async fn verify(&self, url: &ApiUrl, key: &ApiKey) -> VerifyOutcome;
}

/// The real verifier over HTTPS.
#[derive(Clone)]
pub struct HttpVerifier {
    client: reqwest::Client,
    allow_http: bool,
}

/// The HTTP client could not be built (TLS backend initialisation).
#[derive(Debug, thiserror::Error)]
#[error("could not build the ActiveCampaign HTTP client")]
pub struct VerifierInitError(#[source] reqwest::Error);

impl HttpVerifier {
    /// `REKEY_AC_TIMEOUT`'s default.
    pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

    /// `timeout` bounds a whole call; `allow_http` is the test-only
    /// `REKEY_AC_ALLOW_HTTP` (plain HTTP and loopback allowed, loudly).
    pub fn new(timeout: Duration, allow_http: bool) -> Result<HttpVerifier, VerifierInitError> {
        let mut builder = reqwest::Client::builder()
            .timeout(timeout)
            .redirect(redirect::Policy::none())
            // Ambient HTTP(S)_PROXY / ALL_PROXY would resolve the host on the
            // proxy, out of reach of the public-address check below.
            .no_proxy()
            .https_only(!allow_http)
            .user_agent(concat!("rekey/", env!("CARGO_PKG_VERSION")));
        if allow_http {
            tracing::warn!(
                "REKEY_AC_ALLOW_HTTP is on: ActiveCampaign verification accepts plain HTTP and listed IP hosts; for tests and local trials only"
            );
        } else {
            builder = builder.dns_resolver(Arc::new(PublicOnlyResolver));
        }
        let client = builder.build().map_err(VerifierInitError)?;
        Ok(HttpVerifier { client, allow_http })
    }

    async fn call(&self, url: &ApiUrl, key: &ApiKey) -> (VerifyOutcome, Option<u16>) {
        let request = self
            .client
            .get(url.users_me())
            .header("Api-Token", key.header_value());
        let mut response = match request.send().await {
            Ok(response) => response,
            Err(error) => return (transport_failure(&error), None),
        };
        let status = response.status().as_u16();
        let retry_after = response
            .headers()
            .get(RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);

        let mut body = Vec::new();
        loop {
            match response.chunk().await {
                Ok(Some(chunk)) => {
                    let room = BODY_CAP - body.len();
                    body.extend_from_slice(&chunk[..chunk.len().min(room)]);
                    if chunk.len() >= room {
                        // Past the cap: classify the prefix and drop the rest
                        // (dropping the response closes the connection).
                        tracing::debug!(
                            status,
                            cap = BODY_CAP,
                            "activecampaign response body truncated"
                        );
                        break;
                    }
                }
                Ok(None) => break,
                Err(error) => {
                    let reason = if error.is_timeout() {
                        UnavailableReason::Timeout
                    } else {
                        UnavailableReason::Interrupted
                    };
                    tracing::debug!(
                        status,
                        kind = error_kind(&error),
                        "activecampaign response body failed"
                    );
                    return (VerifyOutcome::Unavailable { reason }, Some(status));
                }
            }
        }
        let response = Response {
            status,
            retry_after: retry_after.as_deref(),
            body: &body,
        };
        (classify(response, SystemTime::now()), Some(status))
    }
}

#[async_trait::async_trait]
impl Verifier for HttpVerifier {
    async fn verify(&self, url: &ApiUrl, key: &ApiKey) -> VerifyOutcome {
        if self.allow_http {
            tracing::warn!(
                host = url.host(),
                "REKEY_AC_ALLOW_HTTP is on: ActiveCampaign verification may use plain HTTP and loopback hosts; never enable this in production"
            );
        }
        let started = Instant::now();
        let (outcome, status) = self.call(url, key).await;
        tracing::info!(
            host = url.host(),
            status,
            class = outcome.class().as_str(),
            elapsed_ms = started.elapsed().as_millis() as u64,
            "activecampaign key verification finished"
        );
        outcome
    }
}

impl std::fmt::Debug for HttpVerifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HttpVerifier")
            .field("allow_http", &self.allow_http)
            .finish_non_exhaustive()
    }
}

fn transport_failure(error: &reqwest::Error) -> VerifyOutcome {
    // Logged by kind only: reqwest errors carry the URL (harmless) and
    // sources from lower layers whose text we do not control.
    tracing::debug!(kind = error_kind(error), "activecampaign request failed");
    let reason = if error.is_timeout() {
        UnavailableReason::Timeout
    } else if error.is_connect() {
        UnavailableReason::Connect
    } else {
        UnavailableReason::Interrupted
    };
    VerifyOutcome::Unavailable { reason }
}

fn error_kind(error: &reqwest::Error) -> &'static str {
    if error.is_timeout() {
        "timeout"
    } else if error.is_connect() {
        "connect"
    } else if error.is_body() || error.is_decode() {
        "body"
    } else if error.is_request() {
        "request"
    } else {
        "other"
    }
}

/// Resolves names with the system resolver and keeps only public addresses.
#[derive(Debug, Clone, Copy, Default)]
pub struct PublicOnlyResolver;

/// Every address a name resolved to was internal.
#[derive(Debug, thiserror::Error)]
#[error("host resolves only to non-public addresses")]
struct NoPublicAddress;

impl Resolve for PublicOnlyResolver {
    fn resolve(&self, name: Name) -> Resolving {
        Box::pin(async move {
            let found = tokio::net::lookup_host((name.as_str(), 0)).await?;
            let public: Vec<SocketAddr> = found.filter(|a| is_public(a.ip())).collect();
            if public.is_empty() {
                return Err(Box::new(NoPublicAddress) as Box<dyn StdError + Send + Sync>);
            }
            Ok(Box::new(public.into_iter()) as Addrs)
        })
    }
}

/// False for loopback, private, shared, link-local, documentation, benchmark,
/// multicast, reserved and unspecified ranges (v4, v6 and v4-in-v6).
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, ..] = v4.octets();
            !(v4.is_private()
                || v4.is_loopback()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || v4.is_documentation()
                || v4.is_multicast()
                || a == 0
                || a >= 240
                || (a == 100 && (64..128).contains(&b))
                || (a == 192 && b == 0 && v4.octets()[2] == 0)
                || (a == 198 && (b == 18 || b == 19)))
        }
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_public(IpAddr::V4(v4));
            }
            let first = v6.segments()[0];
            !(v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || (first & 0xfe00) == 0xfc00 // unique local
                || (first & 0xffc0) == 0xfe80 // link local
                || first == 0x2001 && v6.segments()[1] == 0x0db8 // documentation
                || (first == 0x0064 && v6.segments()[1] == 0xff9b) // NAT64 to anywhere
                || (first & 0xffc0) == 0xfec0 // site local (deprecated, still routed inside)
                || first == 0x2002 // 6to4: wraps any IPv4 address, private ones too
                || (first == 0x2001 && v6.segments()[1] == 0) // Teredo: wraps IPv4 too
                || v6.segments()[..6] == [0; 6]) // IPv4-compatible, deprecated
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_public_addresses_pass_the_resolver_filter() {
        let cases = [
            ("93.184.215.14", true, "public v4"),
            ("2606:4700::1111", true, "public v6"),
            ("127.0.0.1", false, "loopback"),
            ("10.1.2.3", false, "private 10/8"),
            ("172.16.0.1", false, "private 172.16/12"),
            ("192.168.1.1", false, "private 192.168/16"),
            ("169.254.169.254", false, "cloud metadata, link-local"),
            ("100.64.0.1", false, "carrier-grade NAT"),
            ("0.0.0.0", false, "unspecified"),
            ("192.0.0.8", false, "IETF protocol assignments"),
            ("198.18.0.1", false, "benchmarking"),
            ("224.0.0.1", false, "multicast"),
            ("255.255.255.255", false, "broadcast"),
            ("::1", false, "v6 loopback"),
            ("::", false, "v6 unspecified"),
            ("fd00::1", false, "unique local"),
            ("fe80::1", false, "v6 link-local"),
            ("::ffff:127.0.0.1", false, "v4-mapped loopback"),
            ("::ffff:93.184.215.14", true, "v4-mapped public"),
            ("64:ff9b::a00:1", false, "NAT64"),
            ("2001:db8::1", false, "documentation"),
            ("fec0::1", false, "site local"),
            ("feff::1", false, "site local, top of fec0::/10"),
            ("2002:a00:1::1", false, "6to4 wrapping 10.0.0.1"),
            ("2002:7f00:1::", false, "6to4 wrapping 127.0.0.1"),
            ("64:ff9b::c0a8:101", false, "NAT64 wrapping 192.168.1.1"),
            ("64:ff9b::7f00:1", false, "NAT64 wrapping 127.0.0.1"),
            ("2001:0:4136:e378:8000:63bf:3fff:fdd2", false, "Teredo"),
            ("2001:4860::8888", true, "public, not Teredo"),
        ];
        for (ip, expected, why) in cases {
            assert_eq!(is_public(ip.parse().unwrap()), expected, "{ip}: {why}");
        }
    }

    #[tokio::test]
    async fn the_resolver_refuses_names_that_point_inside() {
        let name: Name = "localhost".parse().unwrap();
        assert!(PublicOnlyResolver.resolve(name).await.is_err());
    }
}
