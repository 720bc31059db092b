//! The customer-supplied API URL: never panics; anything accepted is a bare
//! https host on the allow-list.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rekey::activecampaign::{AllowList, ApiUrl};

fuzz_target!(|input: &str| {
    let allow = AllowList::default();
    if let Ok(url) = ApiUrl::parse(input, &allow, false) {
        assert!(url.as_str().starts_with("https://"));
        assert!(allow.allows_domain(url.host()));
        let again = ApiUrl::parse(url.as_str(), &allow, false).expect("round trip");
        assert_eq!(again.as_str(), url.as_str());
    }
    let _ = ApiUrl::parse(input, &allow, true);
});
