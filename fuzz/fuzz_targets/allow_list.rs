//! `REKEY_AC_ALLOWED_HOSTS` and host matching: never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rekey::activecampaign::AllowList;

fuzz_target!(|input: (&str, &str)| {
    let (list, host) = input;
    if let Ok(allow) = AllowList::parse(list) {
        let _ = allow.allows_domain(host);
    }
    let _ = AllowList::default().allows_domain(host);
});
