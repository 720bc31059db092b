//! Signed webhook delivery: tells the platform's sync engine that a connector
//! was reconnected, so it can pick up the new credentials.
//!
//! Wire format (for the receiving side):
//! - `POST` to `REKEY_WEBHOOK_URL`, `Content-Type: application/json`, body a
//!   [`WebhookEvent`] — never the key, only its fingerprint;
//! - `X-Rekey-Signature: sha256=<hex>`: lower-case hex HMAC-SHA256 of the raw
//!   body bytes under `REKEY_WEBHOOK_SECRET`. Receivers must compute it over
//!   the bytes as received (before any JSON parsing) and compare in constant
//!   time ([`verify_signature`] does both);
//! - `X-Rekey-Event: <event name>`, a convenience copy of the body's `event`.
//!
//! There is deliberately no separate timestamp header: it would not be covered
//! by the signature. The body's `time` (RFC 3339) is signed; receivers reject
//! events older than a few minutes plus the retry schedule to stop replays.
//!
//! Each attempt is a database job (`crate::webhook_job`), so a pending retry
//! survives a restart: success is any 2xx; 408, 425, 429,
//! 5xx and transport failures are retried on a fixed, jitter-free schedule
//! (1 s, 2 s, 4 s, ... by default; injectable for tests); any other answer is
//! a configuration problem at the receiver and is not retried. Redirects are
//! not followed, so the signed body goes only where configured. Logs name the
//! webhook host and status, never the URL (webhook URLs often embed a token),
//! the body or the secret.

use std::time::{Duration, SystemTime};

use hmac::{Hmac, Mac};
use reqwest::header::CONTENT_TYPE;
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use time::OffsetDateTime;
use url::Url;

pub const SIGNATURE_HEADER: &str = "X-Rekey-Signature";
pub const EVENT_HEADER: &str = "X-Rekey-Event";
pub const EVENT_CONNECTOR_RECONNECTED: &str = "connector.reconnected";
pub const PROVIDER_ACTIVECAMPAIGN: &str = "activecampaign";

/// The signed event. Holds no secret: `fingerprint` identifies the key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WebhookEvent {
    /// e.g. `connector.reconnected`.
    pub event: String,
    /// The ActiveCampaign account host, e.g. `acme.api-us1.com`.
    pub account: String,
    /// e.g. `activecampaign`.
    pub provider: String,
    /// The new key's fingerprint.
    pub fingerprint: String,
    pub ticket_id: String,
    #[serde(with = "time::serde::rfc3339")]
    pub time: OffsetDateTime,
}

impl WebhookEvent {
    /// `connector.reconnected` for an ActiveCampaign account. The clock is
    /// passed in so callers (and tests) decide what "now" is.
    pub fn connector_reconnected(
        account: impl Into<String>,
        fingerprint: impl Into<String>,
        ticket_id: impl Into<String>,
        at: SystemTime,
    ) -> WebhookEvent {
        WebhookEvent {
            event: EVENT_CONNECTOR_RECONNECTED.to_owned(),
            account: account.into(),
            provider: PROVIDER_ACTIVECAMPAIGN.to_owned(),
            fingerprint: fingerprint.into(),
            ticket_id: ticket_id.into(),
            time: OffsetDateTime::from(at),
        }
    }
}

type HmacSha256 = Hmac<Sha256>;

/// Lower-case hex HMAC-SHA256 of `body` under `secret` (without `sha256=`).
pub fn sign(secret: &[u8], body: &[u8]) -> String {
    let mut mac = HmacSha256::new_from_slice(secret).expect("HMAC accepts keys of any length");
    mac.update(body);
    hex::encode(mac.finalize().into_bytes())
}

/// Checks an `X-Rekey-Signature` header value against `body`, in constant
/// time. For receivers and tests.
pub fn verify_signature(secret: &[u8], body: &[u8], header: &str) -> bool {
    let Some(hex_part) = header.trim().strip_prefix("sha256=") else {
        return false;
    };
    let Ok(expected) = hex::decode(hex_part) else {
        return false;
    };
    let mut mac = HmacSha256::new_from_slice(secret).expect("HMAC accepts keys of any length");
    mac.update(body);
    mac.verify_slice(&expected).is_ok()
}

/// When to try again: the waits before attempts 2, 3, ...; the number of
/// attempts is one more than the number of waits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetrySchedule {
    waits: Vec<Duration>,
}

impl RetrySchedule {
    /// `attempts` tries, waiting `first`, then twice as long each time.
    pub fn exponential(first: Duration, attempts: u32) -> RetrySchedule {
        let waits = (0..attempts.saturating_sub(1))
            .map(|i| first.saturating_mul(1 << i.min(20)))
            .collect();
        RetrySchedule { waits }
    }

    /// Explicit waits between attempts.
    pub fn from_waits(waits: Vec<Duration>) -> RetrySchedule {
        RetrySchedule { waits }
    }

    pub fn attempts(&self) -> u32 {
        self.waits.len() as u32 + 1
    }

    pub fn waits(&self) -> &[Duration] {
        &self.waits
    }
}

impl Default for RetrySchedule {
    /// 6 attempts over about half a minute: 1, 2, 4, 8, 16 s apart.
    fn default() -> Self {
        RetrySchedule::exponential(Duration::from_secs(1), 6)
    }
}

/// How a delivery ended, returned by the background task.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    /// A 2xx answer.
    Delivered { attempts: u32 },
    /// A non-retryable answer such as 400, 401 or 404.
    Refused { status: u16, attempts: u32 },
    /// Every attempt failed with a retryable answer or transport error.
    GaveUp { attempts: u32 },
}

/// How one delivery attempt ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attempt {
    /// A 2xx answer.
    Delivered,
    /// A non-retryable answer: do not try again.
    Refused { status: u16 },
    /// A retryable answer or a transport error.
    Failed,
}

/// The webhook could not be set up from configuration.
#[derive(Debug, thiserror::Error)]
pub enum WebhookConfigError {
    #[error("REKEY_WEBHOOK_SECRET must be set and non-empty when REKEY_WEBHOOK_URL is set")]
    EmptySecret,
    #[error("REKEY_WEBHOOK_URL must be an http or https URL")]
    UnsupportedScheme,
    #[error("could not build the webhook HTTP client")]
    Client(#[source] reqwest::Error),
}

/// Posts signed events in the background.
#[derive(Clone)]
pub struct WebhookSender {
    client: reqwest::Client,
    url: Url,
    secret: SecretString,
    schedule: RetrySchedule,
}

impl std::fmt::Debug for WebhookSender {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WebhookSender")
            .field("host", &self.url.host_str())
            .field("schedule", &self.schedule)
            .finish_non_exhaustive()
    }
}

impl WebhookSender {
    /// `timeout` bounds each attempt.
    pub fn new(
        url: Url,
        secret: SecretString,
        timeout: Duration,
        schedule: RetrySchedule,
    ) -> Result<WebhookSender, WebhookConfigError> {
        if secret.expose_secret().is_empty() {
            return Err(WebhookConfigError::EmptySecret);
        }
        if !matches!(url.scheme(), "http" | "https") {
            return Err(WebhookConfigError::UnsupportedScheme);
        }
        let client = reqwest::Client::builder()
            .timeout(timeout)
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("rekey/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(WebhookConfigError::Client)?;
        Ok(WebhookSender {
            client,
            url,
            secret,
            schedule,
        })
    }

    /// Delivers with in-process retries (the app runs attempts as database
    /// jobs instead; see `webhook_job`).
    pub async fn deliver(&self, event: WebhookEvent) -> Delivery {
        let attempts = self.schedule.attempts();
        for attempt in 1..=attempts {
            match self.attempt(&event, attempt).await {
                Attempt::Delivered => return Delivery::Delivered { attempts: attempt },
                Attempt::Refused { status } => {
                    return Delivery::Refused {
                        status,
                        attempts: attempt,
                    };
                }
                Attempt::Failed => match self.retry_wait(attempt) {
                    Some(wait) => tokio::time::sleep(wait).await,
                    None => break,
                },
            }
        }
        Delivery::GaveUp { attempts }
    }

    /// How long to wait after failed attempt `attempt` (1-based) before the
    /// next one; `None` when that was the last.
    pub fn retry_wait(&self, attempt: u32) -> Option<Duration> {
        let index = usize::try_from(attempt).ok()?.checked_sub(1)?;
        self.schedule.waits().get(index).copied()
    }

    /// One signed POST of `event` (attempt number `attempt`, for the log).
    pub async fn attempt(&self, event: &WebhookEvent, attempt: u32) -> Attempt {
        let body = serde_json::to_vec(event).expect("a WebhookEvent always serialises");
        let signature = format!(
            "sha256={}",
            sign(self.secret.expose_secret().as_bytes(), &body)
        );
        let host = self.url.host_str().unwrap_or_default().to_owned();
        let result = self
            .client
            .post(self.url.clone())
            .header(CONTENT_TYPE, "application/json")
            .header(SIGNATURE_HEADER, &signature)
            .header(EVENT_HEADER, &event.event)
            .body(body)
            .send()
            .await;
        let failure = match result {
            Ok(response) if response.status().is_success() => {
                tracing::info!(%host, event = %event.event, ticket_id = %event.ticket_id, attempt, "webhook delivered");
                return Attempt::Delivered;
            }
            Ok(response) => {
                let status = response.status().as_u16();
                if !is_retryable(status) {
                    tracing::error!(%host, event = %event.event, ticket_id = %event.ticket_id, status, attempt,
                        "webhook refused by the receiver; not retrying (check REKEY_WEBHOOK_URL and REKEY_WEBHOOK_SECRET)");
                    return Attempt::Refused { status };
                }
                format!("status {status}")
            }
            Err(error) => transport_kind(&error).to_owned(),
        };
        match self.retry_wait(attempt) {
            Some(wait) => {
                tracing::warn!(%host, event = %event.event, ticket_id = %event.ticket_id, attempt, %failure,
                retry_in_ms = wait.as_millis() as u64, "webhook attempt failed; retrying")
            }
            None => {
                tracing::error!(%host, event = %event.event, ticket_id = %event.ticket_id, attempt, %failure,
                "webhook attempt failed; giving up")
            }
        }
        Attempt::Failed
    }
}

fn is_retryable(status: u16) -> bool {
    matches!(status, 408 | 425 | 429 | 500..=599)
}

fn transport_kind(error: &reqwest::Error) -> &'static str {
    if error.is_timeout() {
        "timeout"
    } else if error.is_connect() {
        "connection failed"
    } else {
        "request failed"
    }
}

#[cfg(test)]
mod tests {
    use std::collections::VecDeque;
    use std::sync::{Arc, Mutex};

    use axum::Router;
    use axum::body::Bytes;
    use axum::extract::State;
    use axum::http::{HeaderMap, StatusCode};
    use axum::routing::post;

    use super::*;

    const SECRET: &str = "webhook-test-secret";

    /// A receiver that answers with scripted statuses (then 200) and keeps
    /// what it got.
    #[derive(Clone, Default)]
    struct Receiver {
        answers: Arc<Mutex<VecDeque<StatusCode>>>,
        received: Arc<Mutex<Vec<(HeaderMap, Bytes)>>>,
    }

    async fn receive(
        State(receiver): State<Receiver>,
        headers: HeaderMap,
        body: Bytes,
    ) -> StatusCode {
        receiver.received.lock().unwrap().push((headers, body));
        receiver
            .answers
            .lock()
            .unwrap()
            .pop_front()
            .unwrap_or(StatusCode::OK)
    }

    async fn start_receiver(answers: &[StatusCode]) -> (Receiver, Url) {
        let receiver = Receiver::default();
        receiver.answers.lock().unwrap().extend(answers);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let app = Router::new()
            .route("/hooks/rekey", post(receive))
            .with_state(receiver.clone());
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        (
            receiver,
            Url::parse(&format!("http://{addr}/hooks/rekey")).unwrap(),
        )
    }

    fn sender(url: Url, attempts: u32) -> WebhookSender {
        let schedule = RetrySchedule::exponential(Duration::from_millis(10), attempts);
        WebhookSender::new(
            url,
            SecretString::from(SECRET),
            Duration::from_secs(2),
            schedule,
        )
        .unwrap()
    }

    fn event() -> WebhookEvent {
        let at = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000_000);
        WebhookEvent::connector_reconnected("acme.api-us1.com", "sha256:ab12...abcd", "T-42", at)
    }

    #[test]
    fn signatures_are_hex_hmac_sha256_of_the_body() {
        // RFC 4231, test case 2.
        assert_eq!(
            sign(b"Jefe", b"what do ya want for nothing?"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
        let good = format!("sha256={}", sign(b"k", b"body"));
        let cases = [
            (
                b"k".as_slice(),
                b"body".as_slice(),
                good.as_str(),
                true,
                "matching",
            ),
            (b"k", b"bodx", good.as_str(), false, "tampered body"),
            (b"other", b"body", good.as_str(), false, "other secret"),
            (
                b"k",
                b"body",
                good.trim_start_matches("sha256="),
                false,
                "missing prefix",
            ),
            (b"k", b"body", "sha256=zz", false, "not hex"),
            (b"k", b"body", "sha256=", false, "empty"),
        ];
        for (secret, body, header, expected, why) in cases {
            assert_eq!(verify_signature(secret, body, header), expected, "{why}");
        }
    }

    #[test]
    fn the_event_body_has_exactly_the_documented_fields() {
        let json: serde_json::Value = serde_json::to_value(event()).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "event": "connector.reconnected",
                "account": "acme.api-us1.com",
                "provider": "activecampaign",
                "fingerprint": "sha256:ab12...abcd",
                "ticket_id": "T-42",
                "time": "2001-09-09T01:46:40Z",
            })
        );
        let back: WebhookEvent = serde_json::from_value(json).unwrap();
        assert_eq!(back, event());
    }

    #[test]
    fn the_default_schedule_doubles_from_one_second() {
        let secs: Vec<u64> = RetrySchedule::default()
            .waits()
            .iter()
            .map(Duration::as_secs)
            .collect();
        assert_eq!(secs, [1, 2, 4, 8, 16]);
        assert_eq!(RetrySchedule::default().attempts(), 6);
        assert_eq!(
            RetrySchedule::exponential(Duration::from_secs(1), 1).attempts(),
            1
        );
        assert_eq!(
            RetrySchedule::exponential(Duration::from_secs(1), 0).attempts(),
            1,
            "at least one attempt"
        );
    }

    #[tokio::test]
    async fn a_delivery_is_signed_and_retried_until_the_receiver_accepts_it() {
        let (receiver, url) = start_receiver(&[
            StatusCode::SERVICE_UNAVAILABLE,
            StatusCode::TOO_MANY_REQUESTS,
        ])
        .await;
        let delivery = sender(url, 5).deliver(event()).await;
        assert_eq!(delivery, Delivery::Delivered { attempts: 3 });

        let received = receiver.received.lock().unwrap().clone();
        assert_eq!(received.len(), 3);
        for (headers, body) in &received {
            let signature = headers[SIGNATURE_HEADER].to_str().unwrap();
            assert!(
                verify_signature(SECRET.as_bytes(), body, signature),
                "bad signature {signature}"
            );
            assert_eq!(headers[EVENT_HEADER], "connector.reconnected");
            assert_eq!(headers["content-type"], "application/json");
            assert_eq!(body, &received[0].1, "every retry carries identical bytes");
        }
        let sent: WebhookEvent = serde_json::from_slice(&received[0].1).unwrap();
        assert_eq!(sent, event());
    }

    #[tokio::test]
    async fn delivery_gives_up_after_the_last_scheduled_attempt() {
        let (receiver, url) = start_receiver(&[StatusCode::INTERNAL_SERVER_ERROR; 10]).await;
        let delivery = sender(url, 3).deliver(event()).await;
        assert_eq!(delivery, Delivery::GaveUp { attempts: 3 });
        assert_eq!(receiver.received.lock().unwrap().len(), 3);
    }

    #[tokio::test]
    async fn a_client_error_answer_is_not_retried() {
        let (receiver, url) = start_receiver(&[StatusCode::UNAUTHORIZED]).await;
        let delivery = sender(url, 5).deliver(event()).await;
        assert_eq!(
            delivery,
            Delivery::Refused {
                status: 401,
                attempts: 1
            }
        );
        assert_eq!(receiver.received.lock().unwrap().len(), 1);
    }

    #[tokio::test]
    async fn an_unreachable_receiver_is_retried_then_given_up() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        drop(listener);
        let url = Url::parse(&format!("http://{addr}/hooks")).unwrap();
        assert_eq!(
            sender(url, 2).deliver(event()).await,
            Delivery::GaveUp { attempts: 2 }
        );
    }

    #[test]
    fn misconfiguration_is_reported_without_the_secret() {
        let url = Url::parse("https://hooks.example.com/x").unwrap();
        let empty = WebhookSender::new(
            url,
            SecretString::from(""),
            Duration::from_secs(1),
            RetrySchedule::default(),
        );
        assert!(matches!(empty, Err(WebhookConfigError::EmptySecret)));
        let ftp = Url::parse("ftp://hooks.example.com/x").unwrap();
        let bad = WebhookSender::new(
            ftp,
            SecretString::from(SECRET),
            Duration::from_secs(1),
            RetrySchedule::default(),
        );
        assert!(matches!(bad, Err(WebhookConfigError::UnsupportedScheme)));
        let ok = sender(
            Url::parse("https://hooks.example.com/x?token=abc").unwrap(),
            2,
        );
        let debug = format!("{ok:?}");
        assert!(
            !debug.contains(SECRET) && !debug.contains("token=abc"),
            "{debug}"
        );
    }
}
