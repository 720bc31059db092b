//! The customer-supplied API key: never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rekey::activecampaign::ApiKey;

fuzz_target!(|input: &str| {
    let _ = ApiKey::parse(input);
});
