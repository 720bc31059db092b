//! Demo mode's sandbox verifier: lets a newcomer finish the whole flow with
//! no ActiveCampaign account. It makes no network call. The documented demo
//! account URL with the documented demo key verifies; any other key is
//! rejected and any other URL is "wrong URL", exactly as ActiveCampaign's
//! answers would be classified, so the real outcome messages are shown.
//!
//! Demo mode is for SQLite trials only: the app refuses it with PostgreSQL.

use async_trait::async_trait;

use super::{AcUser, ApiKey, ApiUrl, Verifier, VerifyOutcome};

/// The demo account's API URL (documented in the README and on the form).
pub const DEMO_URL: &str = "https://demo.api-us1.com";

/// The demo key: 72 hex characters, the shape of a real key.
pub const DEMO_KEY: &str =
    "deadbeefdeadbeefdeadbeefdeadbeefdeadbeefdeadbeefdeadbeefdeadbeefdeadbeef";

/// The sandbox verifier used by `--demo` / `REKEY_DEMO=true`.
#[derive(Debug, Default, Clone, Copy)]
pub struct DemoVerifier;

#[async_trait]
impl Verifier for DemoVerifier {
    async fn verify(&self, url: &ApiUrl, key: &ApiKey) -> VerifyOutcome {
        let host = DEMO_URL.trim_start_matches("https://");
        let outcome = if url.host() != host {
            // ActiveCampaign answers an unknown account with a redirect.
            VerifyOutcome::WrongUrl { status: 302 }
        } else if key.expose_secret() == DEMO_KEY {
            VerifyOutcome::Verified {
                user: AcUser {
                    id: "1".into(),
                    username: "demo".into(),
                    email: "demo@example.com".into(),
                    first_name: "Demo".into(),
                    last_name: "User".into(),
                },
            }
        } else {
            // An old or mistyped key: ActiveCampaign answers 403.
            VerifyOutcome::KeyRejected { status: 403 }
        };
        tracing::warn!(
            outcome = outcome.class().as_str(),
            "DEMO: the sandbox verifier answered (no ActiveCampaign call was made)"
        );
        outcome
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn check(url: &str, key: &str) -> VerifyOutcome {
        let allow = super::super::AllowList::default();
        let url = ApiUrl::parse(url, &allow, false).expect("allowed url");
        let (key, _) = ApiKey::parse(key).expect("key parses");
        DemoVerifier.verify(&url, &key).await
    }

    #[tokio::test]
    async fn only_the_documented_demo_key_on_the_demo_url_verifies() {
        assert!(matches!(
            check(DEMO_URL, DEMO_KEY).await,
            VerifyOutcome::Verified { .. }
        ));
        assert_eq!(
            check(DEMO_URL, &"ab".repeat(36)).await,
            VerifyOutcome::KeyRejected { status: 403 }
        );
        assert_eq!(
            check("https://someone.api-us1.com", DEMO_KEY).await,
            VerifyOutcome::WrongUrl { status: 302 }
        );
    }
}
