//! Loading, defaults, bounds and masking of the configuration.

use std::time::Duration;

use secrecy::ExposeSecret;

use super::*;

fn vars(pairs: &[(&str, &str)]) -> HashMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[test]
fn no_variables_gives_the_documented_defaults() {
    let c = Config::from_vars(HashMap::new()).unwrap();
    assert_eq!(c.database_url.expose(), "sqlite://rekey.db");
    assert_eq!(
        c.database_url.sqlite_path(),
        Some(PathBuf::from("rekey.db"))
    );
    assert_eq!(c.bind.to_string(), "127.0.0.1:8080");
    assert!(c.public_url.is_none());
    assert!(c.master_key.is_none());
    assert_eq!(c.log_format, LogFormat::Human);
}

#[test]
fn bad_values_name_the_variable_and_the_problem() {
    let cases: &[(&str, &str, &str)] = &[
        ("DATABASE_URL", "mysql://x", "expected sqlite://"),
        ("DATABASE_URL", "sqlite://", "needs a file path"),
        ("DATABASE_URL", "\u{1}garbage", "expected sqlite://"),
        ("REKEY_BIND", "localhost", "expected an address"),
        ("REKEY_BIND", "127.0.0.1:99999", "expected an address"),
        ("REKEY_PUBLIC_URL", "rekey.example.com", "expected a URL"),
        ("REKEY_PUBLIC_URL", "https://x.com/?a=1", "query"),
        ("REKEY_MASTER_KEY", "not base64!", "base64"),
        ("REKEY_MASTER_KEY", "AAAA", "32 bytes"),
        ("REKEY_LOG_FORMAT", "xml", "\"human\" or \"json\""),
        ("RUST_LOG", "rekey=loud", "not a valid log filter"),
        ("REKEY_LINK_TTL", "soon", "expected a duration"),
        ("REKEY_LINK_TTL", "0s", "expected a duration"),
        ("REKEY_JOB_LEASE", "forever", "expected a duration"),
        ("REKEY_LINK_MAX_ATTEMPTS", "0", "from 1 to 100"),
        ("REKEY_AC_ALLOW_HTTP", "maybe", "true or false"),
        ("REKEY_AC_TIMEOUT", "10", "expected a duration"),
        ("REKEY_AC_ALLOWED_HOSTS", "*", "broad"),
        ("REKEY_WEBHOOK_URL", "ftp://x", "http(s) URL"),
        ("REKEY_API_TOKEN", "short", "at least 16"),
        ("REKEY_ADMIN_TOKENS", "sam", "NAME:TOKEN"),
        ("REKEY_ADMIN_TOKENS", "sam:short", "at least 16"),
        ("REKEY_ADMIN_TOKENS", ":0123456789abcdef", "the name"),
        ("REKEY_ADMIN_TOKENS", "s m:0123456789abcdef", "the name"),
        (
            "REKEY_ADMIN_TOKENS",
            "sam:0123456789abcdef,sam:fedcba9876543210",
            "twice",
        ),
        (
            "REKEY_ADMIN_TOKENS",
            "sam:0123456789abcdef,kim:0123456789abcdef",
            "own",
        ),
        ("REKEY_ADMIN_SESSION_TTL", "forever", "expected a duration"),
        (
            "REKEY_ADMIN_SESSION_TTL",
            "500000000000years",
            "at most 30days",
        ),
        ("REKEY_ADMIN_SESSION_TTL", "31days", "at most 30days"),
        ("REKEY_REMINDER_AFTER", "400days", "at most 1year"),
        ("REKEY_CLOSE_AFTER", "5000years", "at most 1year"),
        ("REKEY_JOB_LEASE", "2days", "at most 1day"),
        ("REKEY_LINK_TTL", "8days", "at most 7days"),
        ("REKEY_AC_TIMEOUT", "1h", "at most 5m"),
        ("REKEY_TRUSTED_PROXIES", "10.0.0.0/40", "CIDR"),
        ("REKEY_METRICS_TOKEN", "short", "at least 16"),
        ("REKEY_VOCABULARY", "/nope/vocab.toml", "no such file"),
        ("REKEY_PROMPTS_DIR", "/nope/prompts", "no such folder"),
    ];
    for (var, value, expected) in cases {
        let err = Config::from_vars(vars(&[(var, value)])).unwrap_err();
        assert_eq!(err.var, *var, "{var}={value:?}");
        assert!(err.to_string().contains(expected), "{var}={value:?}: {err}");
    }
}

#[test]
fn an_invalid_webhook_url_is_not_quoted_in_the_error() {
    for raw in [
        "ftp://hooks.example.com/t/hunter9-token",
        "hooks.example.com/hunter9-token",
    ] {
        let err = Config::from_vars(vars(&[
            ("REKEY_WEBHOOK_URL", raw),
            ("REKEY_WEBHOOK_SECRET", "s"),
        ]))
        .unwrap_err();
        assert_eq!(err.var, "REKEY_WEBHOOK_URL");
        assert!(!err.to_string().contains("hunter9"), "{err}");
    }
}

#[test]
fn the_largest_accepted_durations_do_not_overflow_time_arithmetic() {
    let c = Config::from_vars(vars(&[
        ("REKEY_REMINDER_AFTER", "365days"),
        ("REKEY_CLOSE_AFTER", "365days"),
        ("REKEY_ADMIN_SESSION_TTL", "30days"),
    ]))
    .unwrap();
    let total = c.conversation.reminder_after + c.conversation.close_after;
    assert!(std::time::Instant::now().checked_add(total).is_some());
    assert!(
        std::time::Instant::now()
            .checked_add(c.admin.session_ttl)
            .is_some()
    );
}

#[test]
fn a_webhook_url_needs_its_signing_secret() {
    let err = Config::from_vars(vars(&[(
        "REKEY_WEBHOOK_URL",
        "https://hooks.example.com/x",
    )]))
    .unwrap_err();
    assert_eq!(err.var, "REKEY_WEBHOOK_SECRET");
    let c = Config::from_vars(vars(&[
        ("REKEY_WEBHOOK_URL", "https://hooks.example.com/x"),
        ("REKEY_WEBHOOK_SECRET", "s3cret"),
    ]))
    .unwrap();
    assert_eq!(
        c.webhook.unwrap().url.as_str(),
        "https://hooks.example.com/x"
    );
    let err = Config::from_vars(vars(&[("REKEY_WEBHOOK_SECRET", "s3cret")])).unwrap_err();
    assert_eq!(err.var, "REKEY_WEBHOOK_URL");
}

#[test]
fn postgres_requires_an_explicit_master_key() {
    let err = Config::from_vars(vars(&[("DATABASE_URL", "postgres://u@h/db")])).unwrap_err();
    assert_eq!(err.var, "REKEY_MASTER_KEY");
    let key = MasterKey::generate().to_base64();
    let c = Config::from_vars(vars(&[
        ("DATABASE_URL", "postgres://u@h/db"),
        ("REKEY_MASTER_KEY", key.expose_secret()),
    ]))
    .unwrap();
    assert_eq!(c.database_url.backend(), Backend::Postgres);
}

#[test]
fn described_settings_never_show_secrets() {
    let key = MasterKey::generate().to_base64();
    let c = Config::from_vars(vars(&[
        ("DATABASE_URL", "postgres://rekey:hunter2@db:5432/rekey"),
        ("REKEY_MASTER_KEY", key.expose_secret()),
        (
            "REKEY_WEBHOOK_URL",
            "https://hooks.example.com/path-token-hunter3",
        ),
        ("REKEY_WEBHOOK_SECRET", "hunter4-webhook"),
        ("REKEY_API_TOKEN", "hunter5-api-token-123"),
        (
            "REKEY_ADMIN_TOKENS",
            "sam:hunter6-staff-token-1, kim:hunter7-staff-token-2",
        ),
        ("REKEY_METRICS_TOKEN", "hunter8-metrics-token"),
    ]))
    .unwrap();
    let text = format!("{:?} {:?}", c.describe(), c);
    assert!(text.contains("sam, kim"), "{text}");
    for secret in [
        "hunter2", "hunter3", "hunter4", "hunter5", "hunter6", "hunter7", "hunter8",
    ] {
        assert!(!text.contains(secret), "{secret} in {text}");
    }
    assert!(!text.contains(key.expose_secret()), "{text}");
    assert!(
        text.contains("postgres://rekey:****@db:5432/rekey"),
        "{text}"
    );
}

#[test]
fn discord_staff_permissions_and_retries_parse_with_defaults() {
    let discord = |pairs: &[(&str, &str)]| {
        let mut all = vec![("DISCORD_TOKEN", "t")];
        all.extend_from_slice(pairs);
        Config::from_vars(vars(&all)).map(|c| c.discord.unwrap())
    };
    let d = discord(&[]).unwrap();
    assert_eq!(d.staff_permissions, 1 << 34, "Manage Threads by default");
    assert_eq!(d.retry, default_discord_retry());
    let d = discord(&[
        (
            "REKEY_DISCORD_STAFF_PERMISSIONS",
            "manage_messages, MANAGE_THREADS",
        ),
        ("REKEY_DISCORD_RETRY", "1s, 2m"),
    ])
    .unwrap();
    assert_eq!(d.staff_permissions, (1 << 34) | (1 << 13));
    assert_eq!(
        d.retry,
        vec![Duration::from_secs(1), Duration::from_secs(120)]
    );
    assert_eq!(
        discord(&[("REKEY_DISCORD_STAFF_PERMISSIONS", "8192")])
            .unwrap()
            .staff_permissions,
        8192
    );
    for bad in ["MANAGE_EVERYTHING", " , "] {
        let err = discord(&[("REKEY_DISCORD_STAFF_PERMISSIONS", bad)]).unwrap_err();
        assert_eq!(err.var, "REKEY_DISCORD_STAFF_PERMISSIONS", "{bad:?}");
    }
    let err = discord(&[("REKEY_DISCORD_RETRY", "soon")]).unwrap_err();
    assert_eq!(err.var, "REKEY_DISCORD_RETRY");
}

#[test]
fn discord_shards_are_a_checked_first_last_total_range() {
    let shards = |value: &str| {
        Config::from_vars(vars(&[
            ("DISCORD_TOKEN", "t"),
            ("REKEY_DISCORD_SHARDS", value),
        ]))
        .map(|c| c.discord.unwrap().shards)
    };
    let range = |first, last, total| Some(ShardRange { first, last, total });
    assert_eq!(shards("0-3/8").unwrap(), range(0, 3, 8));
    assert_eq!(shards(" 5/8 ").unwrap(), range(5, 5, 8), "one shard");
    assert_eq!(shards("0-0/1").unwrap(), range(0, 0, 1));
    let unset = Config::from_vars(vars(&[("DISCORD_TOKEN", "t")])).unwrap();
    assert_eq!(unset.discord.unwrap().shards, None, "unset = automatic");
    let cases: &[(&str, &str)] = &[
        ("0-3", "expected FIRST-LAST/TOTAL"),
        ("a-b/8", "expected FIRST-LAST/TOTAL"),
        ("-1-3/8", "expected FIRST-LAST/TOTAL"),
        ("0-0/0", "TOTAL must be at least 1"),
        ("4-3/8", "must not be greater than LAST"),
        ("0-8/8", "must be less than TOTAL"),
        ("8/8", "must be less than TOTAL"),
    ];
    for (value, expected) in cases {
        let err = shards(value).unwrap_err();
        assert_eq!(err.var, "REKEY_DISCORD_SHARDS", "{value}");
        assert!(err.to_string().contains(expected), "{value}: {err}");
    }
}

#[test]
fn a_shard_range_owns_the_guilds_discord_routes_to_its_shards() {
    let range = ShardRange::parse("2-3/4").unwrap();
    assert!(range.owns_guild(2 << 22));
    assert!(range.owns_guild((3 << 22) + 12345));
    assert!(!range.owns_guild(1 << 22));
    assert!(range.owns_guild(6 << 22), "6 % 4 = 2");
    assert_eq!(range.to_string(), "2-3/4");
}

#[test]
fn staff_tokens_parse_into_names_and_secrets() {
    let c = Config::from_vars(vars(&[(
        "REKEY_ADMIN_TOKENS",
        " sam:0123456789abcdef , kim.o:fedcba9876543210,",
    )]))
    .unwrap();
    let names: Vec<&str> = c.admin.staff.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["sam", "kim.o"]);
    assert_eq!(c.admin.staff[1].token.expose_secret(), "fedcba9876543210");
    assert!(c.admin.enabled());
    assert!(!Config::from_vars(HashMap::new()).unwrap().admin.enabled());
}

#[test]
fn blank_values_fall_back_to_defaults() {
    let c = Config::from_vars(vars(&[("REKEY_BIND", "  ")])).unwrap();
    assert_eq!(c.bind.to_string(), DEFAULT_BIND);
}

#[test]
fn unset_variables_load_the_sections_defaults_that_tests_build_on() {
    let c = Config::from_vars(HashMap::new()).unwrap();
    let t = Config::for_tests("sqlite://test.db");
    let show = |c: &Config| {
        format!(
            "{:?} {:?} {:?} {:?} {:?}",
            c.conversation, c.links, c.activecampaign, c.admin, c.proactive
        )
    };
    let defaults = format!(
        "{:?} {:?} {:?} {:?} {:?}",
        ConversationSettings::default(),
        LinkSettings::default(),
        AcSettings::default(),
        AdminSettings::default(),
        ProactiveSettings::default()
    );
    assert_eq!(show(&c), defaults);
    assert_eq!(show(&t), defaults);
    // The documented values (README's configuration table).
    assert_eq!(c.conversation.reminder_after, Duration::from_secs(2 * 3600));
    assert_eq!(c.conversation.close_after, Duration::from_secs(24 * 3600));
    assert_eq!(c.conversation.job_lease, Duration::from_secs(60));
    assert_eq!(c.conversation.job_max_attempts, 5);
    assert_eq!(c.conversation.job_retry_backoff, Duration::from_secs(30));
    assert_eq!(c.links.ttl, Duration::from_secs(15 * 60));
    assert_eq!(c.links.max_attempts, 5);
    assert_eq!(c.activecampaign.timeout, Duration::from_secs(10));
    assert!(!c.activecampaign.allow_http && !c.activecampaign.demo);
    assert_eq!(c.admin.session_ttl, Duration::from_secs(8 * 3600));
    assert!(!c.admin.enabled());
}
