//! Property tests of the engine: random sequences of events (customer lines,
//! buttons from any step, form results, timers, staff actions) never panic,
//! never close a ticket on an unclear message, never put a link in a plain
//! message, and keep the bot silent while a human owns the ticket.

use proptest::prelude::*;

use crate::detect::Detector;
use crate::prompts::Prompts;

use super::{
    Action, Ctx, Event, RevokeReason, Settings, Stage, State, TimerKind, VerifyOutcome, intent,
    step,
};

/// Customer lines of every kind, as real people type them.
const LINES: &[&str] = &[
    "my activecampaign sync stopped, 403 forbidden",
    "keap is not syncing anymore",
    "stripe disconnected",
    "done",
    "ok",
    "hmm",
    "just sort it out",
    "k",
    "did it, same problem",
    "no difference",
    "it works now",
    "why was my message removed",
    "forget it",
    "hold on, I skipped a step",
    "human please",
    "how often should I rotate the key?",
    "can you change my billing plan?",
    "send me the link",
    "I'll do it in CustomerHub",
    "yes",
    "no",
    "5",
    "thanks",
    "support asked me to rotate my activecampaign key",
    "I lost my house key",
    "here it is 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef01234567",
    "also my stripe payments are failing",
    "",
];

/// Replies that must never close or resolve anything.
const UNCLEAR: &[&str] = &["ok", "hmm", "just sort it out", "k"];

const BUTTONS: &[&str] = &[
    "rk:done",
    "rk:stuck",
    "rk:human",
    "rk:link",
    "rk:manual",
    "rk:yes",
    "rk:no",
    "rk:back",
    "rk:fixed",
    "rk:int:activecampaign",
    "rk:int:keap",
    "rk:int:stripe",
    "rk:int:other",
    "rk:rate:3",
    "rk:bogus",
];
const TAGS: &[&str] = &[
    "", "@login", "@reset", "@link", "@manual", "@form", "@check", "@fixed", "@oauth", "@scope",
    "@rate", "@which", "@confirm", "@x",
];

#[derive(Debug, Clone)]
enum Input {
    Say(usize),
    Press(usize, usize),
    Verify(usize),
    Timer(bool, bool),
    Other(usize),
}

/// The customer lines: the list above plus every line of the intent corpus.
static TEXTS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
    let corpus = include_str!("../../tests/data/intents.jsonl");
    LINES
        .iter()
        .map(|s| s.to_string())
        .chain(corpus.lines().filter_map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).ok()?;
            Some(v["text"].as_str()?.to_string())
        }))
        .collect()
});

fn input() -> impl Strategy<Value = Input> {
    prop_oneof![
        4 => (0..TEXTS.len()).prop_map(Input::Say),
        3 => (0..BUTTONS.len(), 0..TAGS.len()).prop_map(|(b, t)| Input::Press(b, t)),
        1 => (0..9usize).prop_map(Input::Verify),
        1 => (any::<bool>(), any::<bool>()).prop_map(|(r, cur)| Input::Timer(r, cur)),
        1 => (0..7usize).prop_map(Input::Other),
    ]
}

fn outcome(n: usize) -> VerifyOutcome {
    match n {
        0 => VerifyOutcome::Verified {
            user: "Ada".into(),
            fingerprint: "ab12...cd34".into(),
        },
        1 => VerifyOutcome::KeyRejected,
        2 => VerifyOutcome::NoPermission,
        3 => VerifyOutcome::WrongUrl,
        4 => VerifyOutcome::Billing,
        5 => VerifyOutcome::Busy {
            retry_after_secs: Some(3),
        },
        6 => VerifyOutcome::Unavailable,
        7 => VerifyOutcome::Unexpected,
        _ => VerifyOutcome::Locked,
    }
}

fn event(input: &Input, state: &State, detector: &Detector) -> Event {
    match input {
        Input::Say(i) => Event::Message {
            text: TEXTS[*i].clone(),
            message_id: "m".into(),
            detection: detector.detect(&TEXTS[*i]),
        },
        Input::Press(b, t) => Event::Button {
            id: format!("{}{}", BUTTONS[*b], TAGS[*t]),
        },
        Input::Verify(n) => Event::Verification(outcome(*n)),
        Input::Timer(reminder, current) => Event::Timer {
            kind: if *reminder {
                TimerKind::Reminder
            } else {
                TimerKind::InactivityClose
            },
            generation: if *current {
                state.timer_generation
            } else {
                state.timer_generation.wrapping_sub(1)
            },
        },
        Input::Other(n) => match n {
            0 => Event::LinkOpened,
            1 => Event::FormSubmitted,
            2 => Event::ReconnectDone { fingerprint: None },
            3 => Event::StaffHandOff {
                staff: "sam".into(),
            },
            4 => Event::StaffHandBack,
            5 => Event::StaffClose,
            _ => Event::LinkRevoked {
                reason: RevokeReason::Expired,
            },
        },
    }
}

/// A clickable address outside `code` spans (an example address shown as
/// code, such as `https://youraccount.api-us1.com`, is not a link).
/// Built once: compiling the detector per case would dominate the run.
static SHARED: std::sync::LazyLock<(Detector, Prompts)> =
    std::sync::LazyLock::new(|| (Detector::builtin(), Prompts::builtin()));

fn is_link(text: &str) -> bool {
    text.split('`').step_by(2).any(|plain| {
        plain.contains("http://") || plain.contains("https://") || plain.contains("/l/")
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_conversations_keep_the_engine_s_promises(inputs in prop::collection::vec(input(), 1..40)) {
        let (detector, prompts) = &*SHARED;
        let mut state = State::new();
        for (n, input) in inputs.iter().enumerate() {
            let ctx = Ctx {
                now_ms: 1_000_000 + n as i64 * 60_000,
                                settings: Settings::default(),
                previous: None,
            };
            let ev = event(input, &state, detector);
            let t = step(&state, &ev, &ctx);

            if let Event::Message { text, detection, .. } = &ev {
                let unclear = UNCLEAR.contains(&text.as_str())
                    || (detection.secrets.is_empty()
                        && intent::classify(text, detection, state.integration)
                            == intent::Intent::Unknown);
                if unclear {
                    prop_assert!(
                        !t.actions.iter().any(|a| matches!(a, Action::Close { .. })),
                        "closed on an unclear message {text:?} at {}", state.stage.name()
                    );
                    prop_assert!(!t.state.customer_confirmed || state.customer_confirmed);
                }
            }
            let escalated = matches!(state.stage, Stage::Escalated { .. });
            if escalated && matches!(ev, Event::Message { .. } | Event::Button { .. } | Event::Timer { .. }) {
                prop_assert!(
                    !t.actions.iter().any(|a| matches!(a, Action::Send { .. } | Action::IssueLink { .. } | Action::Close { .. })),
                    "spoke while escalated: {:?}", t.actions
                );
            }
            for a in &t.actions {
                if let Action::Send { prompt, vars, buttons } | Action::SendPrivate { prompt, vars, buttons } = a {
                    let mut vars: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
                    // What the runner fills in as it renders.
                    vars.extend([("customer", "Ada"), ("ticket_id", "RK-1"), ("link_expiry", "15 minutes")]);
                    let text = prompts.render(*prompt, &vars);
                    prop_assert!(!is_link(&text), "a link in a plain message: {text}");
                    for b in buttons {
                        prop_assert!(b.custom_id().len() <= 100);
                    }
                }
            }
            // A ticket is resolved only by a verified reconnect.
            if let Some(Action::Close { resolved: true, .. }) =
                t.actions.iter().find(|a| matches!(a, Action::Close { .. }))
            {
                prop_assert!(t.state.verified.is_some());
            }
            state = State::from_json(&t.state.to_json()).expect("state round-trips");
        }
        // Stay total: nothing above may leave a stage without a ticket
        // once one was opened.
        let walking = matches!(state.stage, Stage::Walkthrough { .. } | Stage::AwaitingForm);
        prop_assert!(state.ticket || !walking, "a walk-through without a ticket");
    }
}
