//! Case tables for every behaviour the detector promises, and the held-out
//! accuracy bar. The corpus is read with `include_str!` relative to this
//! file so the tests travel with the module.

use super::*;
use std::sync::OnceLock;

const HELDOUT: &str = include_str!("../../tests/data/heldout.jsonl");
const CORPUS: &str = include_str!("../../tests/data/corpus.jsonl");

fn detector() -> &'static Detector {
    static D: OnceLock<Detector> = OnceLock::new();
    D.get_or_init(Detector::builtin)
}

/// The rules alone. The case tables describe the rules' mechanics (pairs,
/// negation, near misses); the learned model on top is held to the eval
/// floors below instead, since it may rightly move a borderline score.
fn rules() -> &'static Detector {
    static D: OnceLock<Detector> = OnceLock::new();
    D.get_or_init(|| Detector::builtin().rules_only())
}

/// The built-in detector with an exposure head that says "exposed" to
/// whatever it reads: what it still cannot call an exposure is the gate's
/// doing, not the weights'.
pub(super) fn eager_exposure_head() -> Detector {
    let mut model = Model::builtin();
    model
        .exposure
        .as_mut()
        .expect("the built-in model has the head")
        .bias = 20.0;
    Detector::builtin().with_model(Some(model))
}

/// `exposure_mentioned` by the rules alone ([`check_table`]), then with the
/// model: its exposure head reads these messages too, and agrees.
fn check_exposure_by_rule_and_head(table: &[(&str, bool, &str)]) {
    check_table(table, |d| d.exposure_mentioned);
    for (text, want, why) in table {
        assert_eq!(
            detector().detect(text).exposure_mentioned,
            *want,
            "{why}: {text}"
        );
    }
}

fn check_table(table: &[(&str, bool, &str)], what: impl Fn(&Detection) -> bool) {
    let mut failures = Vec::new();
    for (text, want, why) in table {
        let d = rules().detect(text);
        if what(&d) != *want {
            failures.push(format!(
                "{why}: {text:?} -> expected {want}, score {:.2}, signals {:?}",
                d.score, d.signals
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

// Fake, deterministic credentials (not real keys).
const AC_KEY: &str = "3f9a0c1be47d2a58c6e01f7b9d3c5a2e8f4b6d1c0a9e7f3b5d2c4a6e8f0b1d3c5a7e9f2b";
const STRIPE_LIVE: &str = "sk_live_4eC39HqLyjWDarjtT1zdp7dc";

#[test]
fn held_out_split_meets_the_precision_and_f1_bar() {
    let r = evaluate(detector(), HELDOUT);
    assert!(r.malformed.is_empty(), "{:?}", r.malformed);
    assert!(r.n >= 150, "held-out split has {} rows", r.n);
    let (p, f1) = (r.precision().unwrap(), r.f1().unwrap());
    assert!(
        p >= 0.95 && f1 >= 0.95,
        "held-out precision {p:.3}, f1 {f1:.3}\n{}",
        r.errors_report()
    );
}

#[test]
fn corpus_is_large_and_varied_enough() {
    let rows: Vec<serde_json::Value> = CORPUS
        .lines()
        .chain(HELDOUT.lines())
        .map(|l| serde_json::from_str(l).expect("valid row"))
        .collect();
    let complaints = rows.iter().filter(|r| r["label"] == "complaint").count();
    let near = rows.iter().filter(|r| r["tag"] == "near_miss").count();
    let exposed = rows.iter().filter(|r| r["key_exposed"] == true).count();
    assert!(rows.len() >= 400, "{} rows", rows.len());
    assert!(complaints >= 150, "{complaints} complaints");
    assert!(near >= 100, "{near} near misses");
    assert!(exposed >= 20, "{exposed} rows with exposed keys");
}

#[test]
fn builtin_detector_builds_and_is_shareable_across_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Detector>();
    let d = Detector::builtin();
    assert!(d.pattern_count() > 500);
    assert!(Detector::new(Vocabulary::builtin()).is_ok());
}

#[test]
fn complaints_are_recognised_in_real_chat_shapes() {
    let table: &[(&str, bool, &str)] = &[
        (
            "our activecampaign sync stopped last night",
            true,
            "plain report",
        ),
        ("AC isnt syncing anymore", true, "alias, no apostrophe"),
        ("ActiveCampaign won’t connect", true, "curly apostrophe"),
        (
            "contacts are not being pushed to active campaign since monday",
            true,
            "data-flow verb",
        ),
        ("the connector says disconnected", true, "state word"),
        (
            "integration disconected again!!",
            true,
            "typo in the key word",
        ),
        (
            "conection to the crm keeps failing",
            true,
            "typo, generic crm",
        ),
        (
            "You are not authorized to access this file",
            true,
            "legacy v1 error string",
        ),
        ("{\"message\":\"Forbidden\"}", true, "pasted JSON error"),
        (
            "Error: Request failed with status code 403",
            true,
            "stack trace line",
        ),
        (
            "GET https://acme.api-us1.com/api/3/users/me 401 Unauthorized",
            true,
            "http status",
        ),
        (
            "Authentication failed — please reconnect account",
            true,
            "connector banner",
        ),
        ("my api key is invalid now??", true, "invalid key"),
        (
            "keap token expired and orders stopped syncing",
            true,
            "keap",
        ),
        (
            "stripe webhooks failing since the connection broke",
            true,
            "webhooks",
        ),
        ("hubspot sync broke yesterday", true, "other product"),
        ("WHY IS THE SYNC BROKEN AGAIN", true, "shouting"),
        (
            "hey\nso our ac integration died overnight\nno new leads at all. help",
            true,
            "multi-line",
        ),
        (
            "it was fixed last week but now its disconnected again",
            true,
            "resolution before symptom",
        ),
        ("it's not working again", true, "negated resolution"),
        (
            "the webhook stopped working again",
            true,
            "a stop before a resolution",
        ),
        (
            "our contacts stopped syncing again since monday",
            true,
            "a stop before a resolution",
        ),
        (
            "the sync issue is back again since the update",
            true,
            "a failure before a return",
        ),
        ("my api key is no longer valid", true, "no longer valid"),
        ("still not fixed", true, "negated resolution, persistence"),
        (
            "it's not my internet, activecampaign is disconnected",
            true,
            "negated near miss",
        ),
        (
            "how do I fix this 403 on the activecampaign connector?",
            true,
            "question that reports a failure",
        ),
    ];
    check_table(table, |d| d.complaint);
}

#[test]
fn near_misses_are_not_complaints() {
    let table: &[(&str, bool, &str)] = &[
        ("it's working again, thanks", false, "resolved"),
        (
            "the error is resolved now",
            false,
            "only a stop negates a resolution",
        ),
        (
            "my connection is back, thanks",
            false,
            "a return without a failure",
        ),
        ("fixed now", false, "resolved"),
        ("no problems so far", false, "all fine"),
        (
            "my internet connection is slow",
            false,
            "customer's own network",
        ),
        ("connect with me on LinkedIn", false, "social connect"),
        ("audio out of sync", false, "media sync"),
        (
            "how do I connect ActiveCampaign?",
            false,
            "how-to, nothing broken",
        ),
        (
            "can you add a sync with pipedrive?",
            false,
            "feature request",
        ),
        ("I was charged twice this month", false, "billing"),
        ("love the product, the AC sync is great", false, "praise"),
        (
            "what happens if my activecampaign key expires?",
            false,
            "hypothetical",
        ),
        (
            "my bluetooth headphones keep disconnecting",
            false,
            "device",
        ),
        (
            "the video player isn't working on firefox",
            false,
            "unrelated breakage",
        ),
        (
            "the AC in the office is broken, so hot",
            false,
            "air conditioning",
        ),
        ("hi", false, "greeting"),
        ("", false, "empty"),
        (
            "how do i rotate my api key",
            false,
            "rotation request is not a complaint",
        ),
    ];
    check_table(table, |d| d.complaint);
}

#[test]
fn bands_follow_confidence() {
    let cases = [
        (
            "activecampaign sync failed with 403 forbidden, please reconnect",
            Band::Act,
            "strong",
        ),
        ("integration disconnected", Band::Ask, "terse, borderline"),
        ("good morning!", Band::Ignore, "chatter"),
    ];
    for (text, band, why) in cases {
        let d = rules().detect(text);
        assert_eq!(d.band, band, "{why}: {text:?} score {:.2}", d.score);
    }
}

#[test]
fn score_is_a_probability_and_complaint_agrees_with_the_bands() {
    for line in CORPUS.lines().chain(HELDOUT.lines()) {
        let row: serde_json::Value = serde_json::from_str(line).unwrap();
        let d = detector().detect(row["text"].as_str().unwrap());
        assert!((0.0..=1.0).contains(&d.score));
        if d.band == Band::Act {
            assert!(d.complaint);
        }
        if d.band == Band::Ignore {
            assert!(!d.complaint);
        }
    }
}

#[test]
fn signals_name_what_fired_with_byte_spans_into_the_text() {
    let text = "ÄC läuft nicht — activecampaign returned 403 forbidden";
    let d = detector().detect(text);
    let names: Vec<&str> = d.signals.iter().map(|s| s.name.as_str()).collect();
    assert!(names.contains(&"http:http_403"), "{names:?}");
    assert!(names.contains(&"error:forbidden"), "{names:?}");
    assert!(names.contains(&"integration:activecampaign"), "{names:?}");
    for s in &d.signals {
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "{s:?}"
        );
    }
    let forbidden = d
        .signals
        .iter()
        .find(|s| s.name == "error:forbidden")
        .unwrap();
    assert_eq!(&text[forbidden.start..forbidden.end], "forbidden");
}

#[test]
fn resolution_and_negation_signals_are_reported() {
    let d = detector().detect("fixed now, thanks");
    assert!(
        d.signals.iter().any(|s| s.name == "negation:resolved"),
        "{:?}",
        d.signals
    );
    let d = detector().detect("sync is not working");
    assert!(
        d.signals.iter().any(|s| s.name == "pair:not+sync"),
        "{:?}",
        d.signals
    );
}

#[test]
fn integration_is_named_from_aliases_hosts_and_key_shapes() {
    let cases = [
        ("activecampaign sync stopped", Integration::ActiveCampaign),
        ("Active Campaign not syncing", Integration::ActiveCampaign),
        ("AC connector disconnected", Integration::ActiveCampaign),
        ("acme.api-us1.com returns 403", Integration::ActiveCampaign),
        (
            "shop.activehosted.com says unauthorized",
            Integration::ActiveCampaign,
        ),
        ("activecampagin broke", Integration::ActiveCampaign),
        ("keap not syncing", Integration::Keap),
        ("infusionsoft says reauthorize", Integration::Keap),
        ("stripe disconnected", Integration::Stripe),
        // A brand's trade mark sign ends its name.
        ("the Keap™ automation stopped firing", Integration::Keap),
        // A CJK character next to a brand ends its name.
        (
            "我们的ActiveCampaign同步停止了",
            Integration::ActiveCampaign,
        ),
        (
            "ActiveCampaign® contacts not syncing",
            Integration::ActiveCampaign,
        ),
        // Stripe's own identifiers and error text.
        (
            "accounts/get fails for acct_1FeQQXKCCxquzPPm",
            Integration::Stripe,
        ),
        (
            "No signatures found matching the expected signature for payload",
            Integration::Stripe,
        ),
        ("mailchimp sync failed", Integration::Other),
        ("google sheets export broke", Integration::Other),
        ("zapier says invalid key", Integration::Other),
        ("the sync stopped", Integration::Unknown),
        (
            "we moved from mailchimp to activecampaign and activecampaign sync stopped",
            Integration::ActiveCampaign,
        ),
    ];
    for (text, want) in cases {
        assert_eq!(detector().detect(text).integration, want, "{text:?}");
    }
    assert_eq!(
        detector().detect(&format!("here {AC_KEY}")).integration,
        Integration::ActiveCampaign
    );
    assert_eq!(
        detector().detect(STRIPE_LIVE).integration,
        Integration::Stripe
    );
}

/// "AC" is ActiveCampaign only where it stands alone, in a message not
/// about air conditioners or certificates (real rows' shapes).
#[test]
fn ac_names_activecampaign_only_where_it_means_it() {
    let others = [
        "@raya-ac Thanks for reporting this. The exposed API key has been revoked",
        "[homebridge-tado-ac] ERROR: Request failed with status code 401",
        "issue with ac-bordeaux.fr ENT: la connexion ne fonctionne plus",
        "Midea AC regularly becomes unavailable, the integration stopped syncing",
        "ACs going offline in Home Assistant, token rejected",
        "Certificado no emitido por AC de confianza, la conexión falla",
        "Erro em Certificados da AC BOA VISTA RFB ao conectar no webservice",
    ];
    for text in others {
        let d = detector().detect(text);
        assert_ne!(d.integration, Integration::ActiveCampaign, "{text:?}");
        assert!(
            !d.signals
                .iter()
                .any(|s| s.name == "integration:activecampaign"),
            "{text:?}"
        );
    }
    for text in [
        "AC isnt syncing anymore",
        "our AC's API rejects the new key",
        "ACs webhook stopped firing",
        "contacts never reach AC.",
        "the A.C. integration broke yesterday",
    ] {
        assert_eq!(
            detector().detect(text).integration,
            Integration::ActiveCampaign,
            "{text:?}"
        );
    }
}

#[test]
fn integration_parses_and_prints_its_wire_names() {
    for &i in Integration::ALL {
        assert_eq!(i.as_str().parse::<Integration>().unwrap(), i);
        assert_eq!(serde_json::to_value(i).unwrap(), i.as_str());
    }
    assert_eq!(
        Integration::parse_lenient("none"),
        Some(Integration::Unknown)
    );
    assert_eq!(Integration::parse_lenient("myspace"), None);
    assert_eq!(serde_json::to_value(Band::Act).unwrap(), "act");
    assert_eq!(
        serde_json::to_value(SecretKind::ActivecampaignKey).unwrap(),
        "activecampaign_key"
    );
}

#[test]
fn rotation_requests_are_flagged_without_a_failure() {
    let table: &[(&str, bool, &str)] = &[
        ("how do I rotate my ActiveCampaign API key?", true, "rotate"),
        ("where do i reset the api key", true, "reset"),
        (
            "we need to regenerate our keys every 90 days",
            true,
            "regenerate, plural",
        ),
        ("can I change my api token", true, "token"),
        (
            "our key expired, how do i reset it? sync is broken",
            false,
            "a failure makes it a complaint",
        ),
        (
            "how do i reset my password",
            false,
            "password is not an api key",
        ),
        (
            "how do I connect ActiveCampaign?",
            false,
            "connecting, not rotating",
        ),
        (
            "how do refresh tokens work with the api?",
            false,
            "OAuth's refresh token is a credential, not a request",
        ),
        (
            "can you refresh the token for me",
            true,
            "refresh as a verb",
        ),
    ];
    check_table(table, |d| d.rotation_request);
}

#[test]
fn credentials_are_found_with_kind_and_fingerprint() {
    let cases: Vec<(String, SecretKind, &str)> = vec![
        (
            format!("my key {AC_KEY} fails"),
            SecretKind::ActivecampaignKey,
            AC_KEY,
        ),
        (
            format!("Api-Token: {AC_KEY}"),
            SecretKind::ActivecampaignKey,
            AC_KEY,
        ),
        (
            "Api-Token: 9f8e7d6c5b4a39281706f5e4d3c2b1a0".into(),
            SecretKind::ApiTokenHeader,
            "9f8e7d6c5b4a39281706f5e4d3c2b1a0",
        ),
        (
            "curl https://x.api-us1.com/admin/api.php?api_key=Zk29dLq81mXv0PwR7t&api_action=x"
                .into(),
            SecretKind::ApiKeyParam,
            "Zk29dLq81mXv0PwR7t",
        ),
        (
            "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOjEyM30.c2lnbmF0dXJl".into(),
            SecretKind::BearerToken,
            "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOjEyM30.c2lnbmF0dXJl",
        ),
        (
            format!("stripe key {STRIPE_LIVE}"),
            SecretKind::StripeKey,
            STRIPE_LIVE,
        ),
        (
            "sk_test_51HxYzAbCdEfGh1234567890".into(),
            SecretKind::StripeKey,
            "sk_test_51HxYzAbCdEfGh1234567890",
        ),
        (
            "rk_live_9yTgB2nM4kL7pQ1wE3rT5uI8".into(),
            SecretKind::StripeKey,
            "rk_live_9yTgB2nM4kL7pQ1wE3rT5uI8",
        ),
        (
            "my secret token is q8ZrT2mX9vLb4NcW7yKp3sDf.".into(),
            SecretKind::GenericToken,
            "q8ZrT2mX9vLb4NcW7yKp3sDf",
        ),
    ];
    for (text, kind, secret) in cases {
        let d = detector().detect(&text);
        assert_eq!(d.secrets.len(), 1, "{text:?}: {:?}", d.secrets);
        let s = &d.secrets[0];
        assert_eq!(s.kind, kind, "{text:?}");
        assert_eq!(&text[s.start..s.end], secret, "{text:?}");
        assert_eq!(s.fingerprint, crate::fingerprint::fingerprint(secret));
    }
}

#[test]
fn ids_hashes_colours_and_placeholders_are_not_credentials() {
    let table: &[(&str, bool, &str)] = &[
        (
            "fixed in commit 4b825dc642cb6eb9a060e54bf8d69288fbee4904",
            false,
            "git sha",
        ),
        ("build 4b825dc ok", false, "short sha"),
        (
            "order id 123e4567-e89b-42d3-a456-426614174000",
            false,
            "uuid",
        ),
        (
            "token 123e4567-e89b-42d3-a456-426614174000",
            false,
            "uuid even after 'token'",
        ),
        ("order #48213991 hasn't shipped", false, "order number"),
        ("use #ff00aa and #1a2b3c", false, "hex colours"),
        (
            "checksum e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            false,
            "sha-256",
        ),
        ("Api-Token: YOUR_API_KEY_HERE", false, "placeholder"),
        ("api_key=xxxxxxxxxxxxxxxxxxxx", false, "placeholder"),
        ("Authorization: Bearer <token>", false, "placeholder"),
        (
            "publishable pk_live_4eC39HqLyjWDarjtT1zdp7dc",
            false,
            "stripe publishable key",
        ),
        ("the key is somewhere in the settings page", false, "prose"),
        (
            "https://docs.example.com/articles/rotating-your-activecampaign-api-key",
            false,
            "url",
        ),
    ];
    check_table(table, |d| !d.secrets.is_empty());
}

#[test]
fn secret_text_never_appears_in_classify_output_or_error_reports() {
    let text = format!("activecampaign not syncing, key {AC_KEY}");
    let d = detector().detect(&text);
    let json = classify_json(&d).to_string();
    assert!(
        !json.contains(AC_KEY) && !json.contains(&AC_KEY[..20]),
        "{json}"
    );
    assert!(json.contains(&d.secrets[0].fingerprint));
    let row = serde_json::json!({"text": text, "label": "other", "key_exposed": false}).to_string();
    let report = evaluate(detector(), &row);
    let listing = report.errors_report();
    assert!(!listing.is_empty());
    assert!(!listing.contains(&AC_KEY[..20]), "{listing}");
}

#[test]
fn classify_json_has_the_detection_fields() {
    let v = classify_json(&detector().detect("AC sync stopped"));
    for key in [
        "complaint",
        "score",
        "band",
        "signals",
        "integration",
        "rotation_request",
        "secrets",
    ] {
        assert!(v.get(key).is_some(), "missing {key} in {v}");
    }
    assert_eq!(v["integration"], "activecampaign");
}

#[test]
fn precision_lower_bound_is_the_wilson_interval_and_shrinks_with_fewer_rows() {
    use super::eval::Confusion;
    let of = |tp, fp| Confusion {
        tp,
        fp,
        ..Confusion::default()
    };
    let near = |got: Option<f64>, want: f64| {
        let got = got.expect("rows flagged");
        assert!((got - want).abs() < 1e-4, "{got} != {want}");
    };
    // Reference values of the Wilson score interval's lower end.
    near(of(98, 2).precision_lower_bound(1.96), 0.92999);
    near(of(100, 0).precision_lower_bound(1.96), 0.96301);
    near(of(554, 11).precision_lower_bound(1.645), 0.96839);
    // The same precision on fewer rows supports less.
    let (few, many) = (of(49, 1), of(980, 20));
    assert!(few.precision_lower_bound(1.645) < many.precision_lower_bound(1.645));
    assert!(many.precision_lower_bound(1.645) < many.precision());
    assert_eq!(Confusion::default().precision_lower_bound(1.645), None);
}

#[test]
fn eval_counts_confusion_and_skips_malformed_lines() {
    let jsonl = [
        r#"{"text":"activecampaign sync stopped","label":"complaint","integration":"activecampaign"}"#,
        r#"{"text":"hi there","label":"other","integration":"none","key_exposed":false}"#,
        r#"{"text":"fixed now thanks","label":"complaint"}"#,
        "not json",
        r#"{"text":"x","label":"maybe"}"#,
        "",
    ]
    .join("\n");
    let r = evaluate(detector(), &jsonl);
    assert_eq!((r.n, r.tp, r.tn, r.fp, r.fn_), (3, 1, 1, 0, 1));
    assert_eq!(
        r.malformed.iter().map(|m| m.0).collect::<Vec<_>>(),
        vec![4, 5]
    );
    assert_eq!(r.integration_accuracy(), Some(1.0));
    assert_eq!(r.misclassified().count(), 1);
    let text = r.to_string();
    for word in [
        "precision",
        "recall",
        "f1",
        "accuracy",
        "tp 1",
        "integration",
        "exposure",
    ] {
        assert!(text.contains(word), "{word} missing from:\n{text}");
    }
    assert!(r.errors_report().contains("line 3"));
}

#[test]
fn eval_json_has_exactly_the_summary_keys_with_null_when_undefined() {
    let r = evaluate(detector(), r#"{"text":"hello","label":"other"}"#);
    let v = r.to_json();
    let mut keys: Vec<&str> = v.as_object().unwrap().keys().map(|k| k.as_str()).collect();
    keys.sort_unstable();
    let mut want = vec![
        "n",
        "tp",
        "fp",
        "tn",
        "fn",
        "precision",
        "recall",
        "f1",
        "accuracy",
        "integration_accuracy",
        "exposure_precision",
        "exposure_recall",
        "exposure_mentioned_precision",
        "exposure_mentioned_recall",
        "act_precision",
        "act_n",
        "named_integration_accuracy",
        "named_in_text_integration_accuracy",
        "by_voice",
        "by_locale",
        "by_batch",
        "rules",
    ];
    want.sort_unstable();
    assert_eq!(keys, want);
    assert!(v["precision"].is_null() && v["recall"].is_null() && v["f1"].is_null());
    assert!(v["exposure_precision"].is_null() && v["integration_accuracy"].is_null());
    assert!(v["exposure_mentioned_recall"].is_null());
    assert_eq!(v["accuracy"], 1.0);
    assert_eq!(v["n"], 1);
}

#[test]
fn operators_can_extend_the_vocabulary() {
    let extra = "\n[[group]]\nname = \"german\"\nkind = \"symptom\"\nweight = 4.0\nphrases = [\"synchronisation fehlgeschlagen\"]\n";
    let vocab = Vocabulary::from_toml_str(&format!("{BUILTIN_TOML}{extra}")).unwrap();
    let d = Detector::new(vocab).unwrap();
    let got = d.detect("Synchronisation fehlgeschlagen");
    assert!(got.complaint);
    assert!(got.signals.iter().any(|s| s.name == "phrase:german"));
}

#[test]
fn bad_vocabularies_are_rejected_with_the_problem_named() {
    let cases = [
        ("version = 1\n", "scoring"),
        (
            &BUILTIN_TOML.replace("act = 0.70", "act = 0.10"),
            "ask <= complaint <= act",
        ),
        (
            &BUILTIN_TOML.replace("kind = \"symptom\"", "kind = \"symtpom\""),
            "symtpom",
        ),
        (
            &format!(
                "{BUILTIN_TOML}\n[[group]]\nname = \"dup\"\nkind = \"symptom\"\nphrases = [\"fixed now\"]\n"
            ),
            "\"fixed now\"",
        ),
        (
            &format!(
                "{BUILTIN_TOML}\n[[group]]\nname = \"x\"\nkind = \"integration\"\nphrases = [\"foo\"]\n"
            ),
            "integration",
        ),
        (
            &format!(
                "{BUILTIN_TOML}\n[[group]]\nname = \"x\"\nkind = \"symptom\"\nexposable = true\nphrases = [\"foo\"]\n"
            ),
            "exposable",
        ),
        (
            &format!(
                "{BUILTIN_TOML}\n[[group]]\nname = \"x\"\nkind = \"symptom\"\nnegates_resolution = true\nphrases = [\"foo\"]\n"
            ),
            "negates_resolution",
        ),
        (
            &format!(
                "{BUILTIN_TOML}\n[[group]]\nname = \"x\"\nkind = \"failure\"\nnegated_by_failure = true\nphrases = [\"foo\"]\n"
            ),
            "negated_by_failure",
        ),
        (
            &format!(
                "{BUILTIN_TOML}\n[[group]]\nname = \"x\"\nkind = \"integration\"\nintegration = \"other\"\nphrases = [\"xy corp\"]\nabbreviations = [\"xy\"]\n"
            ),
            "\"xy\" is not one of the group's phrases",
        ),
        (
            &format!(
                "{BUILTIN_TOML}\n[[group]]\nname = \"x\"\nkind = \"symptom\"\nphrases = [\"xy\"]\nabbreviations = [\"xy\"]\n"
            ),
            "only integration groups have abbreviations",
        ),
        (
            &format!(
                "{BUILTIN_TOML}\n[[group]]\nname = \"x\"\nkind = \"integration\"\nintegration = \"other\"\nphrases = [\"xy\"]\nabbreviation_not_with = [\"foo\"]\n"
            ),
            "needs the abbreviations",
        ),
        (
            &format!(
                "{BUILTIN_TOML}\n[[group]]\nname = \"x\"\nkind = \"integration\"\nintegration = \"other\"\nphrases = [\"xy\"]\nabbreviations = [\"xy\"]\nabbreviation_not_with = [\"Foo\"]\n"
            ),
            "must be a lower-case word",
        ),
        (
            &format!("{BUILTIN_TOML}\n[[secret]]\nkind = \"generic_token\"\nregex = \"(\"\n"),
            "regex",
        ),
        (
            &format!("{BUILTIN_TOML}\n[[secret]]\nkind = \"generic_token\"\nregex = \"abc\"\n"),
            "(?P<secret>",
        ),
    ];
    for (toml, needle) in cases {
        let err = Vocabulary::from_toml_str(toml)
            .and_then(Detector::new)
            .expect_err(needle);
        let msg = err.to_string();
        assert!(msg.contains(needle), "{needle:?} not in {msg:?}");
        assert!(msg.starts_with("vocabulary <string>:"), "{msg}");
    }
}

#[test]
fn vocabulary_parse_names_the_file_it_came_from() {
    let err = Vocabulary::parse("version = ", "/etc/rekey/vocab.toml").unwrap_err();
    assert!(err.to_string().contains("/etc/rekey/vocab.toml"), "{err}");
    let ok = Vocabulary::parse(super::BUILTIN_TOML, "/etc/rekey/vocab.toml");
    assert_eq!(ok.unwrap(), Vocabulary::builtin());
}

#[test]
fn typo_variants_cover_drops_doubles_and_swaps() {
    let v = super::lexicon::typo_variants("disconnected", 6);
    for t in ["disconected", "disconnnected", "disconnetced"] {
        assert!(v.iter().any(|x| x == t), "{t}");
    }
    assert!(super::lexicon::typo_variants("sync", 6).is_empty());
}

#[test]
fn exposure_described_in_words_is_mentioned() {
    let table: &[(&str, bool, &str)] = &[
        (
            "I accidentally committed our ActiveCampaign API key to a public GitHub repo",
            true,
            "committed to a public repo",
        ),
        (
            "we pushed the api key to github by mistake last night",
            true,
            "pushed to github",
        ),
        (
            "I removed the image showing your API key and would recommend you regenerate it since it has been exposed to the public",
            true,
            "a guard does not reach past a new clause",
        ),
        (
            "What would happen if my api key were exposed to the public?",
            false,
            "a guard in the same clause still holds",
        ),
        (
            "my API key was leaked, what do I do now",
            true,
            "reported leaked",
        ),
        ("I think our AC token got compromised", true, "compromised"),
        (
            "GitGuardian emailed us that our activecampaign key is exposed in a commit",
            true,
            "scanner alert",
        ),
        (
            "shared my api key with a freelancer who no longer works with us",
            true,
            "shared with someone who left",
        ),
        (
            "I posted my key in the community forum by accident. can you help",
            true,
            "posted publicly",
        ),
        (
            "someone else is using our api key, we see calls we did not make",
            true,
            "used by someone else",
        ),
        (
            "our stripe secret key leaked in a screenshot",
            true,
            "leaked in a screenshot",
        ),
        (
            "The key is out. I shared it in a public slack channel",
            true,
            "credential in the previous sentence",
        ),
        (
            "if my key were leaked, what would happen?",
            false,
            "hypothetical",
        ),
        (
            "what happens if my api key leaks?",
            false,
            "what happens if",
        ),
        (
            "how do I avoid leaking my API key when I share my screen?",
            false,
            "how-to",
        ),
        (
            "is it safe to commit the api key to a private repo?",
            false,
            "question about safety",
        ),
        (
            "best practice to make sure keys are never exposed?",
            false,
            "prevention",
        ),
        (
            "our key was never leaked, it just stopped working",
            false,
            "negated",
        ),
        (
            "I shared the api key with my developer to set up the integration",
            false,
            "intended sharing",
        ),
        (
            "i pasted my api key in the settings and it says invalid",
            false,
            "pasting into the product",
        ),
        (
            "the news said a big company leaked data again",
            false,
            "no credential",
        ),
        (
            "I committed the fix to github, sync works now",
            false,
            "commit without a credential",
        ),
        (
            "my activecampaign sync stopped, 403 forbidden",
            false,
            "plain complaint",
        ),
        // Said to be out in the open in other words, and a secret spelled
        // as code spells it (written for this test).
        (
            "heads up, your activecampaign api key is public in the repo",
            true,
            "is public",
        ),
        (
            "anyone can see the token in your frontend bundle",
            true,
            "anyone can see",
        ),
        (
            "oops, we published our SECRET_KEY in the repository",
            true,
            "a SCREAMING_SNAKE secret",
        ),
        (
            "the CI job prints our stripe token in the build logs",
            true,
            "printed in build logs",
        ),
        (
            "I accidentally pushed our .env to the public repo",
            true,
            "a .env file pushed",
        ),
        (
            "the key is shown in the settings page, is that expected?",
            false,
            "shown where it belongs",
        ),
        (
            "if the api key were public, could anyone see my contacts?",
            false,
            "hypothetical public",
        ),
    ];
    check_table(table, |d| d.exposure_mentioned);
}

/// Written for this test (not real rows): exposure talked about in
/// generic, conditional, modal, advice and question frames, against actual
/// events told in several voices (a customer, a maintainer, a scanner, a
/// third party telling the owner).
#[test]
fn exposure_needs_an_event_not_a_generic_or_hypothetical_frame() {
    let table: &[(&str, bool, &str)] = &[
        (
            "When you post a token to a public gist, bots find it within minutes.",
            false,
            "generic second person condition",
        ),
        (
            "Your API key may have been exposed or shared. Rotate it periodically.",
            false,
            "docs modal",
        ),
        (
            "A leaked secret key could be used to issue refunds.",
            false,
            "modal consequence",
        ),
        (
            "Stripe secret key leaked? Roll it now and check your logs.",
            false,
            "a title asking",
        ),
        ("Was my token exposed?", false, "a question"),
        (
            "Whenever a key is committed to a repository, GitHub secret scanning alerts the provider.",
            false,
            "policy",
        ),
        (
            "Admins should be able to revoke a compromised API key from the dashboard",
            false,
            "feature request",
        ),
        (
            "our api key leaked, what do we do now?",
            true,
            "a report followed by a question",
        ),
        (
            "Heads up: your commit contains API keys for the staging account.",
            true,
            "a third party telling the owner",
        ),
        (
            "The .env file got pushed to the public repo. It holds our Stripe keys.",
            true,
            "credential named in the next sentence",
        ),
        (
            "After I flipped the repo to public, my token was visible to everyone.",
            true,
            "visible to everyone",
        ),
        (
            "Closing: the key that was exposed in the screenshot has been revoked.",
            true,
            "maintainer closing a report",
        ),
        (
            "we got an email from GitGuardian about our keap token",
            true,
            "scanner alert",
        ),
        (
            "Our Slack webhook URL was exposed in the public repo and Slack revoked it.",
            true,
            "a webhook URL carries its own secret",
        ),
        (
            "Your webhook endpoint must be publicly accessible so the provider can reach it.",
            false,
            "an endpoint, not a webhook URL's secret",
        ),
        (
            "If a Discord webhook URL leaks, anyone can post to the channel.",
            false,
            "hypothetical webhook leak",
        ),
        (
            "The auth_token got committed to this repo last week.",
            true,
            "a token variable committed",
        ),
        // A customer suspecting a leak: a reason to rotate, unlike the
        // same modal in a warning.
        (
            "I think my api key may have been leaked",
            true,
            "a suspicion lifts the hedge",
        ),
        (
            "we suspect our stripe key may have been compromised, there are charges we did not make",
            true,
            "a suspicion with its evidence",
        ),
        (
            "Keys that may have been exposed should be rotated immediately.",
            false,
            "a hedged warning",
        ),
        // An inverted auxiliary is a condition only with its subject
        // after it.
        (
            "Had to rotate our api key because it was leaked on github",
            true,
            "an auxiliary with no subject after it is a report",
        ),
        (
            "Were the token to be exposed, would the old one stop working?",
            false,
            "an inverted condition",
        ),
        (
            "Should you ever leak your api key, rotate it at once.",
            false,
            "an inverted condition addressed to the reader",
        ),
        // A worry about what happened is a suspicion; a worry about what
        // could happen is not.
        (
            "I'm worried my activecampaign key might have been exposed",
            true,
            "a worry lifts a perfect hedge",
        ),
        (
            "we're concerned that our stripe secret key was leaked, there are charges we didn't make",
            true,
            "a concern about a past event",
        ),
        (
            "I'm worried our api key could leak if we put it in the frontend",
            false,
            "a worry about what could happen",
        ),
        (
            "worried about leaking my api key, where should I store it?",
            false,
            "a worry about a practice",
        ),
        (
            "I'm worried that my key will be exposed in the build output",
            false,
            "a worry about the future",
        ),
        // Chinese, Japanese and Korean: no spaces between words.
        ("我的密钥被泄露了，怎么办", true, "zh: my key was leaked"),
        (
            "你的API key是明文写在api_new.js文件中哦，别人可以滥用的",
            true,
            "zh: an English credential word glued to Chinese",
        ),
        (
            "APIキーがGitHubに流出しました",
            true,
            "ja: leaked to GitHub",
        ),
        ("API 키가 유출되었습니다", true, "ko: leaked"),
        (
            "你的GitHub帐户密码已泄露 请立即修改",
            true,
            "zh: a password leaked",
        ),
        ("パスワードが流出しました", true, "ja: a password leaked"),
        ("如果密钥泄露了怎么办？", false, "zh: a hypothetical"),
        ("忘记密码了怎么办", false, "zh: a forgotten password"),
        ("密钥没有泄露", false, "zh: negated"),
        (
            "my api leaked \u{f8ff}",
            false,
            "a private-use character is not CJK text: it reads as without it",
        ),
    ];
    check_table(table, |d| d.exposure_mentioned);
}

#[test]
fn exposure_names_its_phrase_as_a_signal_and_a_pasted_key_alone_is_not_exposure_in_words() {
    let text = "our api key leaked on github";
    let d = detector().detect(text);
    assert!(d.exposure_mentioned);
    let s = d
        .signals
        .iter()
        .find(|s| s.name.starts_with("exposure:"))
        .expect("an exposure signal");
    assert_eq!(&text[s.start..s.end], "leaked");

    let pasted = detector().detect(&format!("here is my key {AC_KEY}"));
    assert!(!pasted.secrets.is_empty());
    assert!(!pasted.exposure_mentioned);
    assert!(!detector().detect("hello there").exposure_mentioned);
}

#[test]
fn exposure_words_are_data_and_an_empty_list_turns_the_rule_off() {
    // The rule's words; the model's exposure head reads the rule's verdict
    // and the words around it on top of this.
    let mut vocab = Vocabulary::builtin();
    vocab.exposure.leaked.clear();
    let d = Detector::new(vocab).unwrap();
    assert!(!d.detect_rules("my API key was leaked").exposure_mentioned);
    let mut vocab = Vocabulary::builtin();
    vocab.exposure.leaked.push("went walkabout".into());
    let d = Detector::new(vocab).unwrap();
    assert!(
        d.detect_rules("my API key went walkabout")
            .exposure_mentioned
    );
}

#[test]
fn secrets_not_called_a_key_reach_the_exposure_pass() {
    let table: &[(&str, bool, &str)] = &[
        (
            "GitGuardian has uncovered 6 secrets following the scan of your pull request",
            true,
            "scanner alert about secrets",
        ),
        (
            "my seed phrase was stolen and the wallet drained",
            true,
            "seed phrase",
        ),
        ("our secrets were exposed in the CI logs", true, "secrets"),
        (
            "I pushed my id_rsa to a public repo by mistake",
            true,
            "a private key file",
        ),
        (
            "if your seed phrase leaks, anyone can empty your wallet",
            false,
            "hypothetical",
        ),
        ("never commit secrets to git", false, "advice"),
        ("how do I store secrets in github actions?", false, "how-to"),
        ("we keep our secrets in vault", false, "no event"),
    ];
    check_exposure_by_rule_and_head(table);
}

/// Written for this test: a password or credential word mistyped is still
/// one, for the exposure pass and for the password group that opens it.
#[test]
fn a_mistyped_credential_word_still_reaches_the_exposure_pass() {
    let table: &[(&str, bool, &str)] = &[
        (
            "I accidentally posted my pasword in the public channel",
            true,
            "dropped letter",
        ),
        (
            "oops i commited my passowrd to github",
            true,
            "swapped letters",
        ),
        (
            "our credentails were leaked in the build logs",
            true,
            "swapped letters in credentials",
        ),
        (
            "how do I reset my pasword?",
            false,
            "a mistyped password, no exposure",
        ),
    ];
    check_exposure_by_rule_and_head(table);
}

/// Written for this test: a credential named only as a part of a code
/// identifier, in an exposure and in its near misses.
#[test]
fn a_credential_named_inside_an_identifier_reaches_the_exposure_pass() {
    let table: &[(&str, bool, &str)] = &[
        (
            "our NEXT_PUBLIC_STRIPE_KEY got pushed to github by mistake",
            true,
            "upper-case part",
        ),
        (
            "I accidentally committed the .env with STRIPE_SECRET_KEY to a public repo",
            true,
            "part before the end",
        ),
        (
            "heads up: your stripeApiKey is exposed in main.js on the public site",
            true,
            "camel-case part",
        ),
        (
            "security: rewrite git history to purge leaked CRONITOR_API_KEY",
            true,
            "the identifier is the only word of the message's matcher",
        ),
        (
            "never commit STRIPE_SECRET_KEY to git, keep it in the environment",
            false,
            "advice",
        ),
        (
            "what happens if my STRIPE_SECRET_KEY leaks?",
            false,
            "hypothetical",
        ),
        (
            "set STRIPE_SECRET_KEY in the settings page",
            false,
            "no event",
        ),
        (
            "the monkey theme was leaked before release",
            false,
            "a word inside an ordinary word",
        ),
        (
            "our randomSeed was pushed to github",
            false,
            "a seed in code is a random number",
        ),
    ];
    check_table(table, |d| d.exposure_mentioned);
    // Code is spelt in English whatever the message's language.
    let german = "unser STRIPE_SECRET_KEY wurde versehentlich auf GitHub geleakt";
    assert!(
        detector()
            .detect_rules_in(crate::domain::Locale::De, german)
            .exposure_mentioned,
        "{german}"
    );
}

#[test]
fn a_denied_or_framed_exposure_is_not_read_as_one() {
    // A head that says "exposed" to everything still cannot overrule the
    // rule where every exposure phrase is negated or sits in a plain
    // frame (a hypothetical, a prohibition, prevention).
    let d = eager_exposure_head();
    for text in [
        "our token was not leaked",
        "the api key was never shared with anyone",
        "the mnemonic was never shared with anyone",
        "never commit your api key to git",
        "don't post your api key in public channels",
        "never push your bot token or api key to a public git repository",
        "never upload your api key to a public repo",
        "in case your token is compromised, rotate it",
        "what if my api key gets leaked?",
        "to avoid leaking your api key, use env variables",
        // Guarded, asked or hedged with no place named (written for this
        // test): hypotheticals in other shapes, yes/no questions, warnings.
        "if my api key were leaked, how fast could someone use it?",
        "were the token to be exposed, would the old one stop working?",
        "let's say our keap token is compromised, how do we revoke it",
        "worst case, the token leaks and someone spams our list",
        "assuming a credential gets exposed, does rotating it break the sync?",
        "how would I know if my api key was leaked?",
        "Was my ActiveCampaign key leaked?",
        "Has our stripe secret been compromised?",
        "Your API key may have been exposed or shared. Rotate it periodically.",
        "Keys that may have been exposed should be rotated immediately.",
        "Rotate your API key regularly, especially if it might have been shared.",
        "Keep your API key secret; anyone who has it can access your account.",
    ] {
        assert!(!d.detect(text).exposure_mentioned, "{text}");
    }
    // Told with its actor, or hedged with a place named: not denied (the
    // rule, or the head, reads them).
    for text in [
        "is it bad that I committed my api key to github?",
        "did you just commit your slack token to this repo?",
        "Looks like you might have leaked your API key in this PR",
    ] {
        assert!(d.detect(text).exposure_mentioned, "{text}");
    }
    assert!(
        rules()
            .detect("is it bad that I committed my api key to github?")
            .exposure_mentioned
    );
    // One phrase negated, another not: the rule reads the event.
    let both = "I haven't leaked anything. My friend leaked our api key";
    assert!(d.detect(both).exposure_mentioned);
    assert!(rules().detect(both).exposure_mentioned);
}

#[test]
fn the_exposure_head_reads_only_where_the_rule_could_fire() {
    // A head that says "exposed" to everything: it still cannot speak for a
    // message that names no credential and pastes none.
    let d = eager_exposure_head();
    assert!(d.detect("our api key stopped working").exposure_mentioned);
    let no_credential = "activecampaign stopped syncing, it was leaked to github";
    assert!(!d.detect(no_credential).exposure_mentioned);
    assert!(!d.detect_rules(no_credential).exposure_mentioned);
    // A password is mostly a login question: the head reads it only where
    // the rule found an exposure phrase.
    for login in ["i forgot my password", "reset password not working"] {
        assert!(!d.detect(login).exposure_mentioned, "{login}");
    }
    // A verb of disclosure to an audience, or to a place a program writes
    // it down: the rule reads it.
    for posted in [
        "i posted my password on github by mistake",
        "the admin password shows up on stdout when the job fails",
    ] {
        assert!(rules().detect(posted).exposure_mentioned, "{posted}");
        assert!(d.detect(posted).exposure_mentioned, "{posted}");
    }
    // ... or where the password stands near a place a program writes it
    // down (a log, stdout, clear text): no exposure to the rule, which has
    // no verb of disclosure here, but the head reads it. "log in" is not a
    // log.
    for logged in [
        "Passwords are written to the log file in cleartext",
        "Password in logs",
    ] {
        let by_rules = rules().detect(logged);
        assert!(!by_rules.exposure_mentioned, "{logged}");
        // The place is a signal: the explanation, and one of the head's
        // features.
        assert!(
            by_rules
                .signals
                .iter()
                .any(|s| &*s.name == "exposure:placed"),
            "{logged}"
        );
        assert!(d.detect(logged).exposure_mentioned, "{logged}");
    }
    assert!(
        !d.detect("i can't log in with my password")
            .exposure_mentioned
    );
    // A process's arguments, a shell's history and files any user can read
    // are places too (CWE-214); a postscript's "ps" is not.
    let placed = |text: &str| {
        rules()
            .detect(text)
            .signals
            .iter()
            .any(|s| &*s.name == "exposure:placed")
    };
    for text in [
        "the password can be seen by the ps command",
        "the vault password is left in the bash history",
        "the credentials file is world-readable and holds the api token",
    ] {
        assert!(placed(text), "{text}");
    }
    assert!(!placed("ps: i changed my password yesterday"));
    // Without the head (a version 1 file), the rule's verdict stands.
    let mut model = Model::builtin();
    model.exposure = None;
    let text = model.to_text().replace("version 2", "version 1");
    let v1 = Model::parse(&text, "v1").unwrap();
    assert!(v1.exposure.is_none());
    let d = Detector::builtin().with_model(Some(v1));
    for text in ["our api key leaked on github", "if my api key were leaked"] {
        assert_eq!(
            d.detect(text).exposure_mentioned,
            rules().detect(text).exposure_mentioned,
            "{text}"
        );
    }
}

#[test]
fn eval_counts_exposure_mentioned_against_rows_that_carry_it() {
    let rows = concat!(
        r#"{"text":"our api key leaked on github","label":"other","exposure_mentioned":true}"#,
        "\n",
        r#"{"text":"what if my api key leaked?","label":"other","exposure_mentioned":false}"#,
        "\n",
        r#"{"text":"my api key was posted on reddit","label":"other","exposure_mentioned":false}"#,
        "\n",
        r#"{"text":"hello","label":"other"}"#,
    );
    let r = evaluate(detector(), rows);
    assert_eq!(r.mentioned.n(), 3);
    assert_eq!((r.mentioned.tp, r.mentioned.fp, r.mentioned.tn), (1, 1, 1));
    assert_eq!(r.to_json()["exposure_mentioned_precision"], 0.5);
    assert!(r.errors_report().contains("[exposure mentioned]"));
}

#[test]
fn eval_reports_the_pending_batches_one_by_one() {
    let rows = concat!(
        r#"{"text":"our api key leaked on github","label":"other","exposure_mentioned":true,"batch":"b601"}"#,
        "\n",
        r#"{"text":"activecampaign stopped syncing, invalid api key","label":"complaint","batch":"b601"}"#,
        "\n",
        r#"{"text":"thanks, all good now","label":"other","batch":"b602"}"#,
        "\n",
        r#"{"text":"hello","label":"other"}"#,
    );
    let r = evaluate(detector(), rows);
    assert_eq!(r.by_batch.len(), 2);
    let b601 = &r.by_batch["b601"];
    assert_eq!((b601.complaint.n(), b601.complaint.tp), (2, 1));
    assert_eq!((b601.mentioned.n(), b601.mentioned.tp), (1, 1));
    assert_eq!(r.by_batch["b602"].complaint.n(), 1);
    assert_eq!(r.by_batch["b602"].mentioned.n(), 0);
    assert_eq!(
        r.to_json()["by_batch"]["b601"]["exposure_mentioned_recall"],
        1.0
    );
    assert!(r.to_string().contains("batch b602"));
    // Merged reports add up batch by batch.
    let mut total = EvalReport::default();
    total.merge(&r);
    total.merge(&r);
    assert_eq!(total.by_batch["b601"].complaint.n(), 4);
}

#[test]
fn pasted_key_variants_are_caught_and_look_alikes_are_not() {
    let key = AC_KEY;
    let upper = key.to_ascii_uppercase();
    let spaced: String = key
        .as_bytes()
        .chunks(8)
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect::<Vec<_>>()
        .join(" ");
    let lines = format!("{}\n{}", &key[..36], &key[36..]);
    let zero_width: String = key
        .chars()
        .enumerate()
        .flat_map(|(i, c)| {
            if i % 10 == 9 {
                vec![c, '\u{200B}']
            } else {
                vec![c]
            }
        })
        .collect();
    let doubled = format!("{key}{key}");
    let extra_hex = format!("{key}a");
    let extra_letter = format!("{key}x");
    let caught: &[(&str, String)] = &[
        ("plain", format!("my key is {key}")),
        ("uppercased", format!("key {upper} thanks")),
        ("split by spaces", format!("here: {spaced}")),
        (
            "split by a line break",
            format!("api key\n{lines}\nwhy 403?"),
        ),
        ("zero-width characters", format!("key {zero_width}")),
        ("pasted twice", format!("key {doubled}")),
        ("one extra hex character", format!("key {extra_hex} ok")),
        ("one extra letter", format!("key {extra_letter}")),
        ("next to a hex word", format!("add {key} added")),
        ("uppercased stripe key", STRIPE_LIVE.to_ascii_uppercase()),
    ];
    let mut failures = Vec::new();
    for (what, text) in caught {
        let d = detector().detect(text);
        let ac_or_stripe = d.secrets.iter().any(|s| {
            matches!(
                s.kind,
                SecretKind::ActivecampaignKey | SecretKind::StripeKey
            )
        });
        if !ac_or_stripe {
            failures.push(format!("{what}: not caught in {text:?}"));
        }
    }
    // The error report of `rekey eval` never shows a variant's key text.
    for (what, text) in &caught[..9] {
        let row = serde_json::json!({"text": text, "label": "complaint", "integration": "keap"});
        let report = evaluate(detector(), &row.to_string()).errors_report();
        let leaked = [&key[..8], &key[28..36], &key[64..72]]
            .iter()
            .any(|chunk| report.to_ascii_lowercase().contains(*chunk));
        if leaked {
            failures.push(format!("{what}: key text in the error report:\n{report}"));
        }
    }
    // Every hex variant names the same key: one fingerprint.
    let want = crate::fingerprint::fingerprint(key);
    for (what, text) in &caught[..9] {
        let d = detector().detect(text);
        if let Some(s) = d.secrets.first()
            && s.fingerprint != want
        {
            failures.push(format!("{what}: fingerprint {} != {want}", s.fingerprint));
        }
    }
    let ignored: &[(&str, &str)] = &[
        (
            "commit hash",
            "fixed in a94a8fe5ccb19ba61c4c0873d391e987982fbbd3, sync works",
        ),
        (
            "two commit hashes",
            "reverted a94a8fe5ccb19ba61c4c0873d391e987982fbbd3 and 9c1185a5c5e9fc54612808977ee8f548b2258d31",
        ),
        (
            "sha-256 digest",
            "checksum e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        ),
        (
            "uuid",
            "request id 123e4567-e89b-42d3-a456-426614174000 failed",
        ),
        (
            "uuids without dashes",
            "ids 123e4567e89b42d3a456426614174000 223e4567e89b42d3a456426614174000",
        ),
        (
            "order number",
            "order #100023456789012345 never synced to keap",
        ),
        ("colours", "brand colours #FF5733, #00aabb and #C0FFEE"),
        (
            "base64 image",
            "screenshot data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
        ),
        (
            "short hex words",
            "dead beef cafe face added bad feed decade",
        ),
    ];
    for (what, text) in ignored {
        let d = detector().detect(text);
        if !d.secrets.is_empty() {
            failures.push(format!("{what}: false alarm {:?} in {text:?}", d.secrets));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

const REAL_TRAIN: &str = include_str!("../../tests/data/real_train.jsonl");
const REAL_HELDOUT: &str = include_str!("../../tests/data/real_heldout.jsonl");
const REAL_TRANSLATED: &str = include_str!("../../tests/data/real_translated.jsonl");

/// Floors on the held-out splits (never trained or tuned on): a change that
/// makes the detector worse on them fails here. The real split (5,844 public
/// messages from 3,758 threads, 701 of them from chat archives; measured F1
/// 0.802, precision 0.830, act 0.970 of 169, integration 0.789, named 0.928,
/// exposure in words P 0.695 R 0.669 when these floors were last checked;
/// the 199 rows read in another language F1 about 0.65; the own split: F1
/// 0.970, precision 0.955). The floors sit a little under the measured
/// values, not at the issue's targets, which are not all met. The exposure
/// floors came down (recall from 0.70, precision from 0.68) when 216 rows of
/// b234–b244 joined the split, many of them leaks of secrets, seeds and
/// passwords and frames around them. The `act` floor went up from 0.93 when
/// the model began refining the rows read in another language, whose
/// rules-only `act` verdicts held 8 of the 13 wrong ones. The integration
/// floor came down from 0.78 when b301–b322 joined the split (7,086 rows:
/// integration 0.780; on the 6,620 rows before them it stayed at 0.787):
/// many of the new rows name products outside the vocabulary's list. It
/// came down again to 0.76 when b323–b338 joined (7,589 rows: 0.770; on the
/// 7,086 rows before them it stayed at 0.780, the 503 new rows 0.626: bots,
/// data platforms and devices no list names), and to 0.74 when b368–b380
/// joined (9,371 rows: 0.750; on the 8,735 rows before them it stayed at
/// 0.763, the 636 new rows 0.568: Kodi add-ons, train timetables, tax
/// gateways and chat about tools no list names, often named only by the
/// thread the reply sits in), and to 0.72 when b381–b399 joined (10,314
/// rows: 0.732; on the 9,704 rows with b381–b387 it is 0.742, the 610 rows
/// of b388–b399 0.574: shop plugins, government gateways, smart-home
/// clouds), and to 0.71 when b424–b430 joined (12,109 rows: 0.716; on the
/// 11,649 rows before them it stays at 0.722, the 460 new rows 0.554:
/// AutoFirma, Kodi add-ons, Dolibarr and other products no list names),
/// and to 0.70 when b445–b457 joined (13,485 rows: 0.706; on the 12,804
/// rows before them it stays at 0.713, the 681 new rows 0.577: tax and
/// bank gateways, AI API plugins and chat-ops bots no list names), and to
/// 0.69 when b465–b471 joined (14,192 rows: 0.700; on the 13,823 rows
/// before them it stays at 0.702, the 369 new rows 0.623: ETL connectors,
/// Node-RED nodes and Brazilian shop plugins no list names), and to 0.68
/// when b504–b517 joined (16,407 rows: 0.684; on the 15,698 rows before
/// them it stays at 0.691, the 709 new rows 0.511: public-data APIs, school
/// platforms, Italian TV add-ons and course servers no list names), and
/// to 0.67 when b525–b536 joined (17,308 rows: 0.679; on the 16,775 rows
/// before them it stays at 0.681, the 533 new rows 0.606: mesh radios,
/// crypto wallets, medical-imaging servers and public-data APIs no list
/// names), and to 0.66 when b652–b657 joined (22,769 rows: 0.6695; on
/// the 22,524 rows before them it stays at 0.670, the 245 new rows 0.584:
/// Polish marketplace and Turkish gateway APIs, helpdesk and invoicing
/// apps, HubSpot scopes no list names). The named-integration floor is
/// unchanged. The exposure recall
/// floor came down from 0.66 when b405 and b412–b423 joined (11,649 rows:
/// 0.658; on the 10,899 rows before them 0.666, and 5 of the 15 exposure
/// rows among the 750 new ones, mostly third-party notices and replies
/// that imply a leak without saying it), and to 0.64 when b518–b524
/// joined (16,775 rows): the head's threshold, chosen by `rekey train`'s
/// rule (the lowest within one point of the best out-of-fold F1), moved
/// from 0.20 to 0.25 on the new training rows, and held-out exposure went
/// from P 0.730 R 0.668 to P 0.768 R 0.649. The rule was left as it is:
/// re-chosen for this number it would be tuned on the held-out split.
/// The floor on rows about a supported product, named or not, came down
/// from 0.91 to 0.89 when b634–b645 joined: their threads are about Stripe
/// or Keap, and many replies in them never name it ("this SDK", "the
/// webhook"). The weights before them score the same 89.9% on the new
/// split, and the new weights 92.2% on the split before it; over the rows
/// that name the product it is 99.9% either way.
#[test]
fn held_out_splits_stay_above_their_floors() {
    let own = evaluate(detector(), HELDOUT);
    let real = evaluate(detector(), REAL_HELDOUT);
    assert!(own.malformed.is_empty() && real.malformed.is_empty());
    // The real rows read in a language other than English.
    let mut abroad = eval::Confusion::default();
    for (_, c) in real.by_locale.iter().filter(|(l, _)| *l != "en") {
        abroad.merge(&c.complaint);
    }
    let floors = [
        ("own f1", own.f1(), 0.96),
        ("own precision", own.precision(), 0.95),
        ("own act precision", own.act_precision(), 0.98),
        ("real f1", real.f1(), 0.795),
        ("real precision", real.precision(), 0.815),
        ("real act precision", real.act_precision(), 0.96),
        ("real integration", real.integration_accuracy(), 0.66),
        (
            "real named integration",
            real.named_integration_accuracy(),
            0.89,
        ),
        // The issue's target, over messages that name the product.
        (
            "real named-in-text integration",
            real.named_in_text_integration_accuracy(),
            0.97,
        ),
        ("real read in another language f1", abroad.f1(), 0.55),
        ("real exposure recall", real.mentioned.recall(), 0.64),
        ("real exposure precision", real.mentioned.precision(), 0.65),
    ];
    // The own split is support chat with no exposure described in words:
    // any `exposure_mentioned` there would tell a customer their key got out.
    assert_eq!(own.mentioned.flagged(), 0, "{}", own.errors_report());
    let low: Vec<String> = floors
        .iter()
        .filter(|(_, v, floor)| v.unwrap_or(0.0) < *floor)
        .map(|(what, v, floor)| format!("{what} {v:?} < {floor}"))
        .collect();
    assert!(
        low.is_empty(),
        "{}\n{}\n{}",
        low.join("\n"),
        own.errors_report(),
        real.errors_report()
    );
}

#[test]
fn the_builtin_model_is_what_rekey_train_writes_from_the_training_splits() {
    // The same files, in the same order, as `rekey train` with none given.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut examples = Vec::new();
    for file in train::TRAINING_SPLITS {
        let text = std::fs::read_to_string(root.join(file)).unwrap();
        let (rows, bad) = train::read_examples(&text, file);
        assert!(bad.is_empty(), "{file}: {bad:?}");
        examples.extend(rows);
    }
    let model = train::train(rules(), &examples, &train::TrainOptions::default()).model;
    assert!(
        model.to_text() == BUILTIN_MODEL,
        "detect/model.weights is stale: run `cargo run -- train`"
    );
}

#[test]
fn training_twice_on_the_same_rows_writes_identical_weights() {
    let (examples, _) = train::read_examples(REAL_TRAIN, "real_train");
    let opts = train::TrainOptions {
        epochs: 30,
        ..Default::default()
    };
    let a = train::train(rules(), &examples, &opts).model.to_text();
    let b = train::train(rules(), &examples, &opts).model.to_text();
    assert_eq!(a, b);
    // ... and the text reads back as the same model.
    let parsed = Model::parse(&a, "<test>").unwrap();
    assert_eq!(parsed.to_text(), a);
    // Different rows give different weights (the test can fail).
    let c = train::train(rules(), &examples[1..], &opts).model.to_text();
    assert_ne!(a, c);
}

#[test]
fn the_model_refines_the_rules_score_but_keeps_their_explanation() {
    let text = "our leads stopped arriving in activecampaign since friday";
    let with = detector().detect(text);
    let without = rules().detect(text);
    assert!(detector().has_model() && !rules().has_model());
    assert_eq!(with.signals, without.signals);
    assert_eq!(with.integration, without.integration);
    assert_ne!(with.score, without.score);
    // Chatter with no signal stays on the fast path: same quiet answer.
    assert_eq!(
        detector().detect("good morning!"),
        rules().detect("good morning!")
    );
}

#[test]
fn bad_weights_files_are_rejected_with_the_line_named() {
    for (text, want) in [
        (
            "version 3\nbits 16\nbias 0\nask 0.3\ncomplaint 0.5\nact 0.7\nconfirm 0.6\n",
            "version",
        ),
        (
            "version 2\nbits 16\nbias 0\nask 0.3\ncomplaint 0.5\nact 0.7\nconfirm 0.6\nexposure_bias 0.1\n",
            "exposure head",
        ),
        (
            "version 2\nbits 16\nbias 0\nask 0.3\ncomplaint 0.5\nact 0.7\nconfirm 0.6\nexposure_bias 0\nexposure_threshold 1.5\n",
            "line 9",
        ),
        ("version 2\nbits 8\nx 300 0.5\n", "out of range"),
        ("version 1\nbits 4\n", "bits"),
        ("version 1\nbits 16\nbias nan\n", "line 3"),
        ("version 1\nw 3 0.5\n", "out of range"),
        (
            "version 1\nbits 16\nbias 0\nask 0.8\ncomplaint 0.5\nact 0.7\nconfirm 0.6\n",
            "thresholds",
        ),
        (
            "version 1\nbits 16\nbias 0\nask 0.3\ncomplaint 0.5\nact 0.7\n",
            "confirm",
        ),
        ("version 1\nbits 16\nbias 0\nhello\n", "unexpected"),
    ] {
        let e = Model::parse(text, "m.weights").unwrap_err();
        assert!(
            e.to_string().contains(want) && e.to_string().contains("m.weights"),
            "{e}"
        );
    }
}

/// `signal`'s group fires in `text`, read as the bot reads a first message
/// (in its language): alone ("phrase:down") or paired with an action
/// ("pair:down+sync").
fn assert_fires(text: &str, signal: &str) {
    let d = rules().detect_read(text);
    let group = signal.strip_prefix("phrase:").unwrap_or(signal);
    let fired = |name: &str| {
        name == signal
            || name
                .strip_prefix("pair:")
                .is_some_and(|p| p.split('+').any(|g| g == group))
    };
    assert!(
        d.signals.iter().any(|s| fired(&s.name)),
        "{signal} missing in {text:?}: {:?}",
        d.signals
    );
}

/// Customers misspell the words a failure is told in; one dropped,
/// doubled or swapped letter still counts ("problm", "workign").
#[test]
fn one_typo_in_a_failure_or_work_word_still_fires() {
    for (text, signal) in [
        ("the problm is back again", "phrase:issue"),
        ("since monday it is not workign", "phrase:work"),
        ("keap integration stoped wroking", "phrase:work"),
    ] {
        assert_fires(text, signal);
    }
    // The typo of a failure word still negates "is back", as "problem" does.
    assert!(detector().detect("the problm is back again").complaint);
}

#[test]
fn joined_reports_and_repeated_sign_ins_are_symptoms() {
    for (text, signal) in [
        (
            "+1, same problem here with the zapier connection",
            "phrase:me_too",
        ),
        (
            "the integration keeps logging me out every morning",
            "phrase:relogin",
        ),
        (
            "after each restart I have to authenticate again",
            "phrase:relogin",
        ),
        // Chat's short ways of saying the same: a server out of reach, a
        // fix that changed nothing, "until today", a joined "me 2".
        ("the sync server is unreachable since 9am", "phrase:down"),
        ("reinstalled the plugin, no luck", "phrase:still_broken"),
        ("that didn't help either", "phrase:still_broken"),
        (
            "the zapier connection worked fine until today",
            "phrase:used_to_work",
        ),
        ("me 2", "phrase:me_too"),
        // A fix that did not hold, said as the customer says it.
        ("you told me it was fixed, it's not", "phrase:still_broken"),
        // Follow-ups that say a suggested fix changed nothing, that it
        // worked "up until" a day, and that others see it too.
        ("reinstalled, didn't fix it", "phrase:still_broken"),
        ("Noup, didn't resolve it.", "phrase:still_broken"),
        ("the issue persists after the update", "phrase:still_broken"),
        ("new token, no dice", "phrase:still_broken"),
        (
            "the mailchimp sync worked perfectly up until Friday",
            "phrase:used_to_work",
        ),
        ("so it's not just me", "phrase:me_too"),
        (
            "the activecampaign sync is broken again",
            "phrase:still_broken",
        ),
        ("why did activecampaign log us out", "phrase:relogin"),
        (
            "the new contacts never showed up in keap",
            "phrase:data_flow",
        ),
        (
            "why do I have to log in to the calendar sync every morning",
            "phrase:relogin",
        ),
        // A connection that drops on its own is its own failure, apart
        // from "disconnect", which is as often something a user does; in
        // German with the separable verb said with a word between.
        ("the connection to keap keeps dropping", "phrase:dropping"),
        (
            "Die Verbindung zu Keap bricht immer wieder ab",
            "phrase:de_dropping",
        ),
        (
            "Stripe perde la connessione ogni due ore",
            "phrase:it_dropping",
        ),
        (
            "la conexión con Stripe se cae a cada rato",
            "phrase:es_dropping",
        ),
        (
            "Seit Montag muss ich mich jedes Mal neu bei der Schnittstelle anmelden",
            "phrase:de_relogin",
        ),
        // Short joined reports read in their language, so its phrases apply.
        ("Anch’io lo stesso problema", "phrase:me_too"),
        ("Mesma coisa aqui.", "phrase:me_too"),
    ] {
        assert_fires(text, signal);
    }
    // Answers and work items pull the score down.
    let reply =
        rules().detect("Thanks for reaching out. Have you tried reconnecting the integration?");
    assert!(
        reply
            .signals
            .iter()
            .any(|s| s.name == "question:support_reply")
    );
    let task = rules().detect("Handle 401 responses: refresh the token and retry");
    assert!(task.signals.iter().any(|s| s.name == "request:task"));
}

#[test]
fn cross_validation_judges_each_row_without_its_thread_and_crosses_voices() {
    let (mut examples, _) = train::read_examples(REAL_TRAIN, "real_train");
    examples.truncate(120);
    let (chat, _) = train::read_examples(CORPUS, "corpus");
    examples.extend(chat.into_iter().take(80));
    let opts = train::TrainOptions {
        epochs: 20,
        ..Default::default()
    };
    let (verdicts, _) = train::cross_validate(rules(), &examples, &opts);
    assert_eq!(verdicts.len(), examples.len());
    assert!(verdicts.iter().all(|v| (0.0..=1.0).contains(&v.p)));
    let report = train::cross_validation_report(rules(), &examples, &opts);
    assert!(report.starts_with("out of fold"), "{report}");
    assert!(report.contains("trained on chat") && report.contains("tested on issue"));
    assert!(report.contains("voice issue") && report.contains("act band"));
}

/// A translation trains with its original's label and thread but is never
/// scored: the out-of-fold report counts the rows people wrote only.
#[test]
fn translated_rows_train_but_are_never_scored() {
    let (mut examples, _) = train::read_examples(REAL_TRAIN, "real_train");
    examples.truncate(150);
    let (translated, bad) = train::read_examples(REAL_TRANSLATED, "real_translated");
    assert!(bad.is_empty(), "{bad:?}");
    assert!(translated.iter().all(|e| e.translated && !e.own));
    assert!(examples.iter().all(|e| !e.translated));
    let mut with = examples.clone();
    with.extend(translated.into_iter().take(60));
    let opts = train::TrainOptions {
        epochs: 20,
        ..Default::default()
    };
    let report = train::cross_validation_report(rules(), &with, &opts);
    assert!(report.contains("60 translated rows"), "{report}");
    assert!(report.contains("(150 rows)"), "{report}");
    let alone = train::cross_validation_report(rules(), &examples, &opts);
    assert!(!alone.contains("translated rows"), "{alone}");
    // They do change what is learned (the test can fail).
    let model = |rows: &[train::Example]| train::train(rules(), rows, &opts).model.to_text();
    assert_ne!(model(&examples), model(&with));
}

/// Translations come from the training split's threads only, so no
/// held-out thread is learned through another language (a thread as the
/// trainer groups rows into folds); each names its language, one Rekey
/// speaks, and the language it was translated from.
#[test]
fn translations_come_from_training_threads_in_rekeys_languages() {
    let threads = |text: &str, origin: &str| -> std::collections::HashSet<String> {
        let (rows, bad) = train::read_examples(text, origin);
        assert!(bad.is_empty(), "{origin}: {bad:?}");
        rows.into_iter().map(|e| e.group).collect()
    };
    let held = threads(REAL_HELDOUT, "real_heldout");
    let train = threads(REAL_TRAIN, "real_train");
    let (translated, bad) = train::read_examples(REAL_TRANSLATED, "real_translated");
    assert!(bad.is_empty(), "real_translated: {bad:?}");
    assert!(translated.len() > 1000, "{}", translated.len());
    for e in &translated {
        assert!(
            train.contains(&e.group) && !held.contains(&e.group),
            "{}",
            e.text
        );
    }
    for line in REAL_TRANSLATED.lines().filter(|l| !l.trim().is_empty()) {
        let r: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(r["translated_from"], "en", "{r}");
        let lang = r["language"].as_str().unwrap_or_default();
        assert!(["de", "es", "fr", "it", "pt"].contains(&lang), "{r}");
    }
}

#[test]
fn signal_names_serialise_as_plain_strings() {
    let d = detector().detect(&format!("sync is not working, stripe key {STRIPE_LIVE}"));
    let names: Vec<&str> = d.signals.iter().map(|s| s.name.as_str()).collect();
    assert!(names.contains(&"pair:not+sync"), "{names:?}");
    assert!(names.contains(&"secret:stripe_key"), "{names:?}");
    let json = serde_json::to_value(&d).unwrap();
    let from_json: Vec<&str> = json["signals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(from_json, names);
    let back: Detection = serde_json::from_value(json).unwrap();
    assert_eq!(back.signals, d.signals);
    // Two detections share one name rather than each building its own.
    let again = detector().detect("sync is not working");
    let pair = |d: &Detection| {
        d.signals
            .iter()
            .find(|s| s.name == "pair:not+sync")
            .map(|s| s.name.clone())
            .unwrap()
    };
    assert!(std::sync::Arc::ptr_eq(&pair(&d).0, &pair(&again).0));
}
