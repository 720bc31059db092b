//! `REKEY_TRUSTED_PROXIES` and the `Forwarded` / `X-Forwarded-For` headers:
//! never panics; an untrusted peer is always its own client.
#![no_main]

use std::net::IpAddr;

use libfuzzer_sys::fuzz_target;
use rekey::client_addr::TrustedProxies;

fuzz_target!(|input: (&str, &str, &str)| {
    let (list, forwarded, xff) = input;
    let _ = TrustedProxies::parse(list);
    let trusted = TrustedProxies::parse("10.0.0.0/8").expect("valid");
    let proxy: IpAddr = "10.0.0.1".parse().expect("valid");
    let _ = trusted.client(proxy, &[forwarded], &[xff]);
    let outsider: IpAddr = "203.0.113.1".parse().expect("valid");
    assert_eq!(trusted.client(outsider, &[forwarded], &[xff]), outsider);
});
