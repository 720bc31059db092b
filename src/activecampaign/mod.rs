//! The ActiveCampaign side of the secure form: validate what the customer
//! pasted ([`ApiUrl`], [`ApiKey`]) before any request, then ask
//! ActiveCampaign whether the key works ([`Verifier`], [`HttpVerifier`]) and
//! read the answer into a [`VerifyOutcome`].
//!
//! Invariants:
//! - no outbound request without an [`ApiUrl`], and an `ApiUrl` exists only for
//!   hosts on the [`AllowList`];
//! - the key is a `SecretString` from parsing on; no `Debug`, error, outcome or
//!   log line contains it (see the canary test in `tests.rs`);
//! - customer-facing sentences for outcomes live in `prompts/`, keyed by
//!   [`VerifyOutcome::class`]; rejections of the form's fields carry their
//!   own short `Display` text.

mod allow_list;
pub mod demo;
mod key;
mod outcome;
mod url;
mod verify;

pub use allow_list::{AllowList, AllowListError, DEFAULT_ALLOWED_HOSTS};
pub use key::{ApiKey, KeyRejection, KeyWarning};
pub use outcome::{
    AcUser, Response, UnavailableReason, VerifyOutcome, classify, parse_retry_after,
};
pub use url::{ApiUrl, UrlRejection};
pub use verify::{
    BODY_CAP, HttpVerifier, PublicOnlyResolver, Verifier, VerifierInitError, is_public,
};

#[cfg(test)]
#[path = "../../tests/it/support/fake_activecampaign.rs"]
mod fake;
#[cfg(test)]
mod tests;
