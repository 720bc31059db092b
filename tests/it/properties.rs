//! Property-based tests (proptest) of everything that parses hostile input:
//! the API URL parser, the secret scanner and detector, the form decoder
//! and the conversation engine. They check properties that hold whatever
//! the detector's words or the engine's prompts become: no panic, spans
//! inside the text, parser round-trips, no accepted URL outside the
//! allow-list. The case count is fixed ([`CASES`]) so CI time is bounded;
//! `PROPTEST_CASES` raises it for a longer local run.

use proptest::prelude::*;
use proptest::test_runner::Config as ProptestConfig;

use rekey::activecampaign::{AllowList, ApiUrl};
use rekey::conversation::{self, Ctx, Event, Settings, State, TimerKind};
use rekey::detect::Detector;

/// Compiled once: compiling the vocabulary dominates a case otherwise.
static DETECTOR: std::sync::LazyLock<Detector> = std::sync::LazyLock::new(Detector::builtin);

/// Cases per property unless `PROPTEST_CASES` says otherwise.
const CASES: u32 = 256;

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(CASES);
    ProptestConfig {
        cases,
        // Failures are reported with their minimal input; nothing is
        // written into the source tree.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Pieces hostile API URLs are made of: schemes, user-info, hosts on and off
/// the list, IP literals in many spellings, ports, paths, encodings.
fn url_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("https://".to_owned()),
        Just("http://".to_owned()),
        Just("HTTPS://".to_owned()),
        Just("//".to_owned()),
        Just("acme.api-us1.com".to_owned()),
        Just("acme.activehosted.com".to_owned()),
        Just("api-us1.com".to_owned()),
        Just("evil.com".to_owned()),
        Just("127.0.0.1".to_owned()),
        Just("0x7f.1".to_owned()),
        Just("2130706433".to_owned()),
        Just("[::1]".to_owned()),
        Just("[::ffff:10.0.0.1]".to_owned()),
        Just("localhost".to_owned()),
        Just("@".to_owned()),
        Just(":".to_owned()),
        Just(":443".to_owned()),
        Just("user:pass@".to_owned()),
        Just("/".to_owned()),
        Just("/api/3".to_owned()),
        Just("\\".to_owned()),
        Just("?".to_owned()),
        Just("#".to_owned()),
        Just("%2e".to_owned()),
        Just("%40".to_owned()),
        Just(".".to_owned()),
        Just("。".to_owned()),
        Just("xn--".to_owned()),
        "[a-z0-9.-]{1,12}",
        any::<char>().prop_map(String::from),
    ]
}

fn hostile_url() -> impl Strategy<Value = String> {
    prop::collection::vec(url_piece(), 1..8).prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn accepted_api_urls_are_bare_https_hosts_on_the_allow_list(input in hostile_url()) {
        let allow = AllowList::default();
        if let Ok(url) = ApiUrl::parse(&input, &allow, false) {
            let reparsed = url::Url::parse(url.as_str()).unwrap();
            prop_assert_eq!(reparsed.scheme(), "https");
            prop_assert!(reparsed.username().is_empty() && reparsed.password().is_none());
            prop_assert_eq!(reparsed.port(), None);
            prop_assert!(matches!(reparsed.host(), Some(url::Host::Domain(_))), "{}", url);
            prop_assert!(allow.allows_domain(url.host()), "{} from {:?}", url, input);
            prop_assert!(matches!(reparsed.path(), "" | "/"));
            prop_assert!(reparsed.query().is_none() && reparsed.fragment().is_none());
            let call = url.users_me();
            prop_assert_eq!(
                call.host_str(),
                Some(url.host()),
                "the verification call goes to the checked host"
            );
            // Round trip: the normalised form parses to itself.
            let again = ApiUrl::parse(url.as_str(), &allow, false).unwrap();
            prop_assert_eq!(again.as_str(), url.as_str());
        }
    }

    #[test]
    fn any_text_is_refused_or_accepted_without_panicking(input in any::<String>()) {
        let _ = ApiUrl::parse(&input, &AllowList::default(), false);
        let _ = ApiUrl::parse(&input, &AllowList::default(), true);
    }

    #[test]
    fn well_formed_account_urls_are_accepted_and_round_trip(
        account in "[a-z][a-z0-9-]{0,20}[a-z0-9]",
        n in 1u8..100,
        suffix in prop_oneof![Just(""), Just("/"), Just("/api/3"), Just("/api/3/")],
        bare in any::<bool>(),
    ) {
        // A label with hyphens in its third and fourth places is reserved
        // (RFC 5891): "xn--" opens a punycode name, which this one is not.
        prop_assume!(account.get(2..4) != Some("--"));
        let host = format!("{account}.api-us{n}.com");
        let input = if bare { format!("{host}{suffix}") } else { format!("https://{host}{suffix}") };
        let url = ApiUrl::parse(&input, &AllowList::default(), false).unwrap();
        prop_assert_eq!(url.as_str(), format!("https://{host}"));
        prop_assert_eq!(url.host(), host.as_str());
    }

    #[test]
    fn the_detector_never_panics_and_keeps_spans_inside_the_text(text in text_with_secrets()) {
        let d = DETECTOR.detect(&text);
        prop_assert!((0.0..=1.0).contains(&d.score), "score {}", d.score);
        for s in &d.signals {
            prop_assert!(s.start <= s.end && s.end <= text.len());
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
        for s in &d.secrets {
            prop_assert!(s.start < s.end && s.end <= text.len());
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            let secret = &text[s.start..s.end];
            // The fingerprint names the secret without containing it.
            prop_assert!(secret.len() <= 8 || !s.fingerprint.contains(secret));
        }
    }

    #[test]
    fn pasted_activecampaign_keys_are_always_found(
        before in "[a-zA-Z ,.!?]{0,40}",
        key in "[0-9a-f]{72}",
        after in "[a-zA-Z ,.!?]{0,40}",
    ) {
        let text = format!("{before} {key} {after}");
        let d = DETECTOR.detect(&text);
        prop_assert!(
            d.secrets.iter().any(|s| text[s.start..s.end].contains(&key[..64])),
            "{:?}", d.secrets
        );
    }

    #[test]
    fn the_engine_never_panics_on_any_sequence_of_events(events in prop::collection::vec(event(), 1..25)) {
        let detector = &*DETECTOR;
        let mut state = State::default();
        let mut now = 1_800_000_000_000i64;
        for e in events {
            let event = match e {
                Ev::Say(text) => Event::Message {
                    detection: detector.detect(&text),
                    message_id: "m".into(),
                    text,
                },
                Ev::Other(event) => event,
            };
            now += 61_000;
            let ctx = Ctx {
                now_ms: now,
                                settings: Settings::default(),
                previous: None,
            };
            let t = conversation::step(&state, &event, &ctx);
            state = t.state;
        }
    }
}

/// Text of words, complaint phrases and credential-like runs, in any mix.
fn text_with_secrets() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("activecampaign".to_owned()),
        Just("sync stopped".to_owned()),
        Just("not working".to_owned()),
        Just("403".to_owned()),
        Just("Api-Token: ".to_owned()),
        Just("api_key=".to_owned()),
        Just("Bearer ".to_owned()),
        Just("sk_live_".to_owned()),
        "[0-9a-f]{60,80}",
        "[A-Za-z0-9_-]{20,50}",
        "[a-zA-Zéü ]{1,20}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..8).prop_map(|p| p.join(" "))
}

#[derive(Debug, Clone)]
enum Ev {
    Say(String),
    Other(Event),
}

fn event() -> impl Strategy<Value = Ev> {
    let says = prop_oneof![
        Just("my activecampaign sync stopped, it says 403".to_owned()),
        Just("yes".to_owned()),
        Just("no".to_owned()),
        Just("done".to_owned()),
        Just("I'm stuck".to_owned()),
        Just("human please".to_owned()),
        Just(format!("key {}", "ab12".repeat(18))),
        any::<String>(),
    ];
    let buttons = prop_oneof![
        Just("rk:done"),
        Just("rk:stuck"),
        Just("rk:human"),
        Just("rk:link"),
        Just("rk:activecampaign"),
        Just("rk:keap"),
        Just("rk:yes"),
        Just("rk:no"),
        Just("rk:rate:5"),
        Just("garbage"),
    ];
    let verify = prop_oneof![
        Just(conversation::VerifyOutcome::KeyRejected),
        Just(conversation::VerifyOutcome::Unavailable),
        Just(conversation::VerifyOutcome::Busy {
            retry_after_secs: Some(u64::MAX)
        }),
        Just(conversation::VerifyOutcome::Locked),
        Just(conversation::VerifyOutcome::Verified {
            user: "Ada".into(),
            fingerprint: "f00dcafe...4567".into(),
        }),
    ];
    prop_oneof![
        4 => says.prop_map(Ev::Say),
        3 => buttons.prop_map(|id| Ev::Other(Event::Button { id: id.into() })),
        1 => Just(Ev::Other(Event::LinkOpened)),
        1 => Just(Ev::Other(Event::FormSubmitted)),
        1 => verify.prop_map(|v| Ev::Other(Event::Verification(v))),
        1 => (any::<bool>(), 0u64..4).prop_map(|(r, generation)| Ev::Other(Event::Timer {
            kind: if r { TimerKind::Reminder } else { TimerKind::InactivityClose },
            generation,
        })),
        1 => Just(Ev::Other(Event::StaffHandOff { staff: "sam".into() })),
        1 => Just(Ev::Other(Event::StaffHandBack)),
        1 => Just(Ev::Other(Event::StaffClose)),
    ]
}

/// The secure form's decoder, through the real server: any body, any content
/// type, answered without a server error.
#[tokio::test]
async fn the_form_decoder_answers_any_body_without_a_server_error() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let db = crate::support::TestDb::sqlite().await;
    // Behind a "proxy" on loopback, so each case can be its own client and
    // the per-client limit does not answer for the decoder.
    let mut config = crate::support::app::config_for(&db.url);
    config.trusted_proxies = rekey::client_addr::TrustedProxies::parse("127.0.0.1").unwrap();
    let app = crate::support::TestApp::spawn_with(config, rekey::app::Overrides::default()).await;
    let (_ticket, url) = app.link_for("fuzz").await;
    let csrf = app.open_form(&url).await;
    let body = prop_oneof![
        any::<Vec<u8>>(),
        prop::collection::vec(
            prop_oneof![
                Just(format!("csrf={csrf}")),
                Just("api_url=https%3A%2F%2Facme.api-us1.com".to_owned()),
                Just("api_key=".to_owned()),
                Just("api_key=%FF%FE".to_owned()),
                Just("api_url".to_owned()),
                Just("=".to_owned()),
                Just("%".to_owned()),
                Just("csrf=a&csrf=b".to_owned()),
                "[a-z_=%&+0-9A-F]{0,40}",
            ],
            0..6
        )
        .prop_map(|p| p.join("&").into_bytes()),
    ];
    let content_type = prop_oneof![
        Just("application/x-www-form-urlencoded"),
        Just("application/x-www-form-urlencoded; charset=utf-8"),
        Just("text/plain"),
        Just("multipart/form-data"),
    ];
    // Bounded: each case is an HTTP round trip. The real link takes the
    // first cases (until its per-link limit), then unknown links (decoded
    // all the same, before the link is looked up).
    let mut runner = TestRunner::new(ProptestConfig::with_cases(64));
    for i in 0..64 {
        let b = body.new_tree(&mut runner).unwrap().current();
        let ct = content_type.new_tree(&mut runner).unwrap().current();
        let target = if i < 8 {
            url.clone()
        } else {
            format!("{}/l/unknown-{i}", app.base)
        };
        let status = app
            .http
            .post(&target)
            .header("x-forwarded-for", format!("198.51.100.{i}"))
            .header("content-type", ct)
            .body(b.clone())
            .send()
            .await
            .unwrap()
            .status();
        assert!(
            !status.is_server_error(),
            "{status} for {ct} {:?}",
            String::from_utf8_lossy(&b)
        );
    }
}
