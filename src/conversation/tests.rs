//! Behaviour of the conversation engine, branch by branch. Each test drives a
//! conversation through events and compares a compact summary of the actions
//! (prompt ids, button ids, other actions). The harness also checks, on every
//! step, that the state survives a JSON round trip (a restart), that every
//! message renders with the built-in prompts, and that button ids are valid.

use super::*;
use crate::detect::{Band, Detection, Integration, SecretKind, SecretSpan};
use crate::domain::{Locale, TicketStatus};
use crate::prompts::{PromptId, Prompts};

const START: i64 = 1_700_000_000_000;

fn det(band: Band, integration: Integration) -> Detection {
    Detection {
        complaint: band == Band::Act,
        score: match band {
            Band::Act => 0.9,
            Band::Ask => 0.5,
            Band::Ignore => 0.1,
        },
        band,
        signals: vec![],
        integration,
        rotation_request: false,
        secrets: vec![],
        exposure_mentioned: false,
        locale: crate::domain::Locale::En,
    }
}

fn chatter() -> Detection {
    det(Band::Ignore, Integration::Unknown)
}

/// A borderline message (`ask`) the detector reads as a complaint about
/// `integration`.
fn ask_complaint(integration: Integration) -> Detection {
    Detection {
        complaint: true,
        ..det(Band::Ask, integration)
    }
}

fn leaked(kind: SecretKind) -> Detection {
    let mut d = chatter();
    d.secrets.push(SecretSpan {
        kind,
        start: 0,
        end: 72,
        fingerprint: "…beef".into(),
    });
    d
}

/// A conversation under test: keeps the state, the clock and the prompts.
struct Convo {
    state: State,
    now: i64,
    prompts: Prompts,
    settings: Settings,
    last: Transition,
}

impl Convo {
    fn new() -> Convo {
        Convo {
            state: State::new(),
            now: START,
            prompts: Prompts::builtin(),
            settings: Settings::default(),
            last: Transition {
                state: State::new(),
                actions: vec![],
                timeline: vec![],
            },
        }
    }

    /// Runs one event and returns the action summary.
    fn on(&mut self, event: Event) -> Vec<String> {
        self.now += 1_000;
        let ctx = Ctx {
            now_ms: self.now,
            settings: self.settings.clone(),
            previous: None,
        };
        let t = step(&self.state, &event, &ctx);
        self.check(&t);
        // Every step goes through JSON, as the runner saves it: a restart
        // between any two events must resume exactly.
        self.state = State::from_json(&t.state.to_json()).unwrap();
        assert_eq!(self.state, t.state, "state changed in a JSON round trip");
        let summary = summarise(&t.actions);
        self.last = t;
        summary
    }

    fn say(&mut self, text: &str) -> Vec<String> {
        self.say_with(text, chatter())
    }

    fn say_with(&mut self, text: &str, detection: Detection) -> Vec<String> {
        self.on(Event::Message {
            text: text.into(),
            message_id: "m1".into(),
            detection,
        })
    }

    fn press(&mut self, id: &str) -> Vec<String> {
        self.on(Event::Button { id: id.into() })
    }

    fn verify(&mut self, outcome: VerifyOutcome) -> Vec<String> {
        self.on(Event::Verification(outcome))
    }

    /// Fires the newest scheduled timer of `kind`.
    fn fire(&mut self, kind: TimerKind) -> Vec<String> {
        let generation = self.state.timer_generation;
        self.on(Event::Timer { kind, generation })
    }

    fn check(&self, t: &Transition) {
        for action in &t.actions {
            let (prompt, vars, buttons) = match action {
                Action::Send {
                    prompt,
                    vars,
                    buttons,
                }
                | Action::SendPrivate {
                    prompt,
                    vars,
                    buttons,
                } => (*prompt, vars.clone(), buttons.clone()),
                Action::IssueLink { prompt, vars } => {
                    let mut vars = vars.clone();
                    vars.push(("link", "https://example.test/l/x".into()));
                    (*prompt, vars, vec![])
                }
                _ => continue,
            };
            let names: Vec<&str> = vars.iter().map(|(k, _)| *k).collect();
            // The engine gives every placeholder but the render-time ones.
            let mut declared: Vec<&str> = prompt
                .placeholders()
                .iter()
                .copied()
                .filter(|n| !super::RENDER_VARS.contains(n))
                .collect();
            let mut given = names.clone();
            declared.sort_unstable();
            given.sort_unstable();
            assert_eq!(given, declared, "vars for {prompt}");
            let mut vars: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
            vars.extend([
                ("customer", "Sam"),
                ("ticket_id", "RK-42"),
                ("link_expiry", "15 minutes"),
            ]);
            self.prompts.try_render(prompt, &vars).unwrap();
            assert!(buttons.len() <= 5, "one row of buttons at most");
            for b in buttons {
                let id = b.custom_id();
                assert!(!id.is_empty() && id.len() <= 100 && id.is_ascii(), "{id}");
                assert_eq!(
                    ButtonId::parse_tagged(&id).map(|(id, _)| id),
                    Some(b.id),
                    "{id} round trip"
                );
                assert!(b.label.name().starts_with("btn_"), "{:?}", b.label);
            }
        }
        assert!(!t.timeline.is_empty(), "every event has its timeline entry");
    }
}

/// One line per action: `send step_login [rk:done rk:stuck rk:human]`.
fn summarise(actions: &[Action]) -> Vec<String> {
    let with_buttons = |verb: &str, p: &PromptId, b: &[Button]| {
        if b.is_empty() {
            format!("{verb} {p}")
        } else {
            let ids: Vec<String> = b.iter().map(|b| b.id.as_string()).collect();
            format!("{verb} {p} [{}]", ids.join(" "))
        }
    };
    actions
        .iter()
        .map(|a| match a {
            Action::OpenTicket => "open_ticket".to_string(),
            Action::OpenPrivatePlace => "open_private_place".to_string(),
            Action::Send {
                prompt, buttons, ..
            } => with_buttons("send", prompt, buttons),
            Action::SendPrivate {
                prompt, buttons, ..
            } => with_buttons("private", prompt, buttons),
            Action::IssueLink { prompt, .. } => format!("issue_link {prompt}"),
            Action::DeleteMessage { message_id } => format!("delete {message_id}"),
            Action::NotifyStaff(n) => match n {
                StaffNotice::NewTicket { .. } => "notify new_ticket".to_string(),
                StaffNotice::HandOff { reason } => format!("notify hand_off {reason:?}"),
                StaffNotice::LeakedKey { fingerprints } => {
                    format!("notify leaked_key {}", fingerprints.join(","))
                }
                StaffNotice::Reconnected { .. } => "notify reconnected".to_string(),
                StaffNotice::Outreach { .. } => "notify outreach".to_string(),
            },
            Action::ScheduleTimer { kind, .. } => format!("schedule {kind:?}"),
            Action::CancelTimers => "cancel_timers".to_string(),
            Action::RevokeLinks => "revoke_links".to_string(),
            Action::StopReminders => "stop_reminders".to_string(),
            Action::SetFlag(f) => format!("flag {f:?}"),
            Action::Close { resolved, reason } => {
                format!("close resolved={resolved} reason={reason:?}")
            }
        })
        .collect()
}

const STEP1: &str = "send step_login [rk:done rk:stuck rk:human]";
const STEP2: &str = "send step_reset [rk:done rk:stuck rk:human]";
const STEP3: &str = "send step_link [rk:link rk:manual rk:stuck rk:human]";
const RATING: &str = "send rating_ask [rk:rate:1 rk:rate:2 rk:rate:3 rk:rate:4 rk:rate:5]";
const CHECKLIST_AT_FORM: &str = "send checklist [rk:back rk:link rk:human]";
const LINK: [&str; 2] = [
    "issue_link link_private",
    "send link_sent [rk:link rk:stuck rk:human]",
];

fn lines(parts: &[&str]) -> Vec<String> {
    parts.iter().map(|s| s.to_string()).collect()
}

/// Each message, read in its language, is `want`.
fn each_reads_as(want: Intent, cases: &[(Locale, &str)]) {
    for &(locale, text) in cases {
        assert_eq!(super::lang::parse(locale, text), want, "{text:?}");
    }
}

/// A conversation that has reached `step` of the ActiveCampaign walk-through.
fn at_step(n: usize) -> Convo {
    let mut c = Convo::new();
    c.say_with(
        "activecampaign stopped syncing",
        det(Band::Act, Integration::ActiveCampaign),
    );
    for _ in 1..n {
        c.press("rk:done");
    }
    c
}

fn awaiting_form() -> Convo {
    let mut c = at_step(3);
    c.press("rk:link");
    c
}

// ----- entry ------------------------------------------------------------

#[test]
fn chatter_with_no_ticket_does_nothing() {
    let mut c = Convo::new();
    assert!(c.say("lovely weather today").is_empty());
    assert!(!c.state.ticket);
    assert_eq!(c.state.stage, Stage::Idle);
}

#[test]
fn a_confident_activecampaign_complaint_opens_a_ticket_and_shows_step_one() {
    let mut c = Convo::new();
    let out = c.say_with(
        "my activecampaign sync stopped",
        det(Band::Act, Integration::ActiveCampaign),
    );
    assert_eq!(
        out,
        lines(&[
            "open_ticket",
            "open_private_place",
            "notify new_ticket",
            "send complaint_ack",
            STEP1,
            "schedule Reminder",
        ])
    );
    assert_eq!(c.state.status(), TicketStatus::InWalkthrough);
}

#[test]
fn a_borderline_message_asks_one_yes_no_question_without_a_ticket() {
    let mut c = Convo::new();
    let out = c.say_with("sync seems odd?", det(Band::Ask, Integration::Unknown));
    assert_eq!(out, lines(&["send confirm_problem [rk:yes rk:no]"]));
    assert!(!c.state.ticket, "no ticket until confirmed");
}

#[test]
fn yes_to_the_confirming_question_proceeds_as_a_complaint() {
    for yes in [
        Event::Button {
            id: "rk:yes".into(),
        },
        Event::Message {
            text: "yep".into(),
            message_id: "m2".into(),
            detection: chatter(),
        },
    ] {
        let mut c = Convo::new();
        c.say_with(
            "is activecampaign odd?",
            det(Band::Ask, Integration::ActiveCampaign),
        );
        let out = c.on(yes.clone());
        assert_eq!(out[0], "open_ticket", "{yes:?}");
        assert!(out.contains(&"send complaint_ack".to_string()), "{yes:?}");
        assert!(out.contains(&STEP1.to_string()), "{yes:?}");
    }
}

#[test]
fn no_to_the_confirming_question_is_a_polite_no_op_without_a_ticket() {
    let mut c = Convo::new();
    c.say_with("sync odd?", det(Band::Ask, Integration::Unknown));
    assert_eq!(c.press("rk:no"), lines(&["send confirm_declined"]));
    assert!(!c.state.ticket);
    assert_eq!(c.state.stage, Stage::Idle);
    let mut c = Convo::new();
    c.say_with("sync odd?", det(Band::Ask, Integration::Unknown));
    assert_eq!(c.say("nope"), lines(&["send confirm_declined"]));
}

#[test]
fn chatter_after_the_confirming_question_leaves_it_standing_and_a_clear_complaint_opens_a_ticket() {
    let mut c = Convo::new();
    c.say_with("sync odd?", det(Band::Ask, Integration::Unknown));
    assert!(c.say("brb coffee").is_empty());
    let out = c.say_with("keap is disconnected", det(Band::Act, Integration::Keap));
    assert_eq!(out[0], "open_ticket");
    assert!(out.contains(&"send oauth_reconnect [rk:fixed rk:human]".to_string()));
}

#[test]
fn a_rotation_request_with_nothing_broken_offers_the_walk_through_without_calling_it_a_problem() {
    let mut c = Convo::new();
    let mut d = chatter();
    d.rotation_request = true;
    let out = c.say_with("how do I rotate my api key?", d);
    assert_eq!(
        out,
        lines(&[
            "open_ticket",
            "open_private_place",
            "notify new_ticket",
            "send rotation_offer",
            STEP1,
            "schedule Reminder",
        ])
    );
    assert!(!out.iter().any(|l| l.contains("complaint_ack")));
}

// ----- integrations -------------------------------------------------------

#[test]
fn an_unknown_integration_is_asked_with_four_buttons() {
    let mut c = Convo::new();
    let out = c.say_with("my sync broke", det(Band::Act, Integration::Unknown));
    assert_eq!(
        out[3..],
        lines(&[
            "send ask_integration",
            "send which_integration [rk:int:activecampaign rk:int:keap rk:int:stripe rk:int:other]",
            "schedule Reminder",
        ])[..]
    );
    assert_eq!(c.state.status(), TicketStatus::Open);
}

#[test]
fn each_integration_answer_leads_to_its_branch() {
    let cases = [
        (
            "rk:int:activecampaign",
            STEP1,
            "ActiveCampaign: the rotation steps",
        ),
        (
            "rk:int:keap",
            "send oauth_reconnect [rk:fixed rk:human]",
            "Keap: OAuth reconnect",
        ),
        (
            "rk:int:stripe",
            "send oauth_reconnect [rk:fixed rk:human]",
            "Stripe: OAuth reconnect",
        ),
        (
            "rk:int:other",
            "send other_integration [rk:human rk:int:activecampaign]",
            "else: explain and offer a human",
        ),
    ];
    for (button, expected, why) in cases {
        let mut c = Convo::new();
        c.say_with("my sync broke", det(Band::Act, Integration::Unknown));
        assert_eq!(
            c.press(button),
            lines(&[expected, "schedule Reminder"]),
            "{why}"
        );
    }
}

#[test]
fn an_integration_named_in_free_text_or_by_the_detector_is_understood() {
    let mut c = Convo::new();
    c.say_with("my sync broke", det(Band::Act, Integration::Unknown));
    assert_eq!(c.say("activecampain")[0], STEP1, "typo tolerated");

    let mut c = Convo::new();
    c.say_with("my sync broke", det(Band::Act, Integration::Unknown));
    let out = c.say_with(
        "the one with invoices",
        det(Band::Ignore, Integration::Stripe),
    );
    assert_eq!(out[0], "send oauth_reconnect [rk:fixed rk:human]");
}

#[test]
fn keap_guides_the_oauth_reconnect_and_a_customer_fix_closes_unresolved() {
    let mut c = Convo::new();
    let out = c.say_with("keap disconnected", det(Band::Act, Integration::Keap));
    assert!(out.contains(&"send oauth_reconnect [rk:fixed rk:human]".to_string()));
    // The engine names the integration by its id; the runner says its name.
    assert!(
        matches!(&c.last.actions[..], [.., Action::Send { vars, .. }, _] if vars == &vec![("integration", "keap".to_string())])
    );
    assert_eq!(
        c.press("rk:fixed"),
        lines(&["send glad_fixed", RATING, "schedule InactivityClose"])
    );
    assert_eq!(
        c.press("rk:rate:4"),
        lines(&[
            "send rating_thanks",
            "close resolved=false reason=CustomerConfirmed",
            "cancel_timers"
        ])
    );
}

#[test]
fn how_to_reconnect_at_the_oauth_steps_shows_the_steps_again() {
    // Seen in a customer trial: "how do i reconnect it?" at the Stripe
    // steps got "I can't answer that, I only help with reconnecting".
    let mut c = Convo::new();
    c.say_with("stripe disconnected", det(Band::Act, Integration::Stripe));
    for text in ["how do i reconnect it?", "where do i find that?"] {
        let out = c.say(text);
        assert_eq!(
            out,
            lines(&[
                "send oauth_reconnect [rk:fixed rk:human]",
                "schedule Reminder"
            ]),
            "{text:?}"
        );
        assert!(
            matches!(&c.last.actions[..], [Action::Send { vars, .. }, _] if vars == &vec![("integration", "stripe".to_string())]),
            "{text:?}"
        );
    }
}

#[test]
fn stuck_on_oauth_gets_the_oauth_checklist_once_then_a_human() {
    let mut c = Convo::new();
    c.say_with("stripe disconnected", det(Band::Act, Integration::Stripe));
    assert_eq!(
        c.press("rk:stuck"),
        lines(&[
            "send oauth_checklist [rk:fixed rk:human]",
            "schedule Reminder"
        ])
    );
    assert_eq!(
        c.press("rk:stuck"),
        lines(&[
            "send handoff_requested",
            "notify hand_off StillStuck",
            "cancel_timers"
        ])
    );
}

#[test]
fn something_else_can_ask_for_a_human_or_decline() {
    let mut c = Convo::new();
    c.say_with("mailchimp broke", det(Band::Act, Integration::Other));
    assert_eq!(c.say("yes please")[0], "send handoff_requested");

    let mut c = Convo::new();
    c.say_with("mailchimp broke", det(Band::Act, Integration::Other));
    assert_eq!(
        c.say("no thanks"),
        lines(&[
            "send confirm_declined",
            "close resolved=false reason=Declined",
            "cancel_timers"
        ])
    );
}

// ----- the walk-through ---------------------------------------------------

#[test]
fn the_happy_path_goes_step_by_step_to_a_verified_reconnect_and_a_rating() {
    let mut c = at_step(1);
    assert_eq!(c.press("rk:done"), lines(&[STEP2, "schedule Reminder"]));
    assert_eq!(c.press("rk:done"), lines(&[STEP3, "schedule Reminder"]));
    assert_eq!(
        c.press("rk:link"),
        lines(&[LINK[0], LINK[1], "schedule Reminder"])
    );
    assert_eq!(c.state.status(), TicketStatus::AwaitingForm);
    assert_eq!(
        c.on(Event::LinkOpened),
        lines(&["schedule Reminder"]),
        "opening proves nothing"
    );
    assert_eq!(c.on(Event::FormSubmitted), lines(&["schedule Reminder"]));
    assert_eq!(c.state.status(), TicketStatus::Verifying);
    let out = c.verify(VerifyOutcome::Verified {
        user: "Ada (ada@example.com)".into(),
        fingerprint: "…abcd".into(),
    });
    assert_eq!(
        out,
        lines(&[
            "notify reconnected",
            "send reconnected",
            RATING,
            "schedule InactivityClose"
        ])
    );
    assert_eq!(c.state.status(), TicketStatus::Reconnected);
    assert_eq!(
        c.press("rk:rate:5"),
        lines(&[
            "send rating_thanks",
            "close resolved=true reason=Reconnected",
            "cancel_timers"
        ])
    );
    assert_eq!(c.state.stage, Stage::Closed { resolved: true });
    assert_eq!(c.state.rating, Some(5));
}

#[test]
fn the_reconnected_message_names_the_activecampaign_user_and_key_fingerprint() {
    let mut c = awaiting_form();
    c.verify(VerifyOutcome::Verified {
        user: "Ada".into(),
        fingerprint: "…abcd".into(),
    });
    let sent = c.last.actions.iter().find_map(|a| match a {
        Action::Send {
            prompt: PromptId::Reconnected,
            vars,
            ..
        } => Some(vars.clone()),
        _ => None,
    });
    let vars = sent.unwrap();
    assert!(vars.contains(&("user", "Ada".into())));
    assert!(vars.contains(&("fingerprint", "…abcd".into())));
    assert!(
        !vars.iter().any(|(k, _)| *k == "ticket_id"),
        "the ticket id is filled in as the runner renders"
    );
}

#[test]
fn the_link_is_delivered_privately_by_the_adapter_with_its_expiry() {
    let mut c = at_step(3);
    c.press("rk:link");
    assert!(c.last.actions.contains(&Action::IssueLink {
        prompt: PromptId::LinkPrivate,
        // The expiry is filled in as the runner renders.
        vars: vec![],
    }));
    assert_eq!(c.state.links_issued, 1);
}

#[test]
fn free_text_at_each_step_is_understood() {
    let cases: &[(usize, &str, &[&str], &str)] = &[
        (1, "done", &[STEP2], "done advances"),
        (1, "ok did it", &[STEP2], "casual done advances"),
        (
            1,
            "where is Settings?",
            &["send hint_login [rk:done rk:stuck rk:human]"],
            "step 1 hint",
        ),
        (
            1,
            "I can't find developer",
            &["send answer_no_developer [rk:done rk:stuck rk:human]"],
            "no Developer menu is the API-permission answer",
        ),
        (
            2,
            "wheres the reset button",
            &["send hint_reset [rk:done rk:stuck rk:human]"],
            "step 2 hint",
        ),
        (
            3,
            "where do I go",
            &["send hint_link [rk:link rk:manual rk:stuck rk:human]"],
            "step 3 hint",
        ),
        (3, "DONE!!", &LINK, "done at step 3 sends the link"),
        (3, "send me the link", &LINK, "asking for the link"),
        (
            3,
            "I'll do it manually",
            &["send manual_steps [rk:fixed rk:link rk:stuck rk:human]"],
            "manual path",
        ),
        (
            2,
            "i'm stuck",
            &["send checklist [rk:back rk:human]"],
            "stuck shows the checklist",
        ),
        (
            1,
            "it works now",
            &["send works_now_confirm [rk:yes rk:no]"],
            "works-now asks to confirm",
        ),
        (
            2,
            "human please",
            &["send handoff_requested", "notify hand_off CustomerAsked"],
            "human",
        ),
        (
            1,
            "banana",
            &["send not_understood [rk:done rk:stuck rk:human]"],
            "nonsense",
        ),
        (1, "thanks!", &[], "thanks needs no answer"),
    ];
    for (step_no, text, expected, why) in cases {
        let mut c = at_step(*step_no);
        let mut out = c.say(text);
        out.retain(|l| !l.starts_with("schedule") && l != "cancel_timers");
        assert_eq!(out, lines(expected), "{why}: {text:?}");
    }
}

#[test]
fn it_works_now_before_verification_counts_only_as_customer_confirmed() {
    let mut c = awaiting_form();
    assert_eq!(
        c.say("it works now")[0],
        "send works_now_confirm [rk:yes rk:no]"
    );
    assert_eq!(
        c.press("rk:yes")[..2],
        lines(&["send glad_fixed", RATING])[..]
    );
    assert!(c.state.customer_confirmed && c.state.verified.is_none());
    let out = c.fire(TimerKind::InactivityClose);
    assert_eq!(
        out,
        lines(&["close resolved=false reason=CustomerConfirmed"])
    );
}

#[test]
fn saying_no_to_works_now_goes_back_to_where_the_customer_was() {
    let mut c = at_step(2);
    c.say("it works now");
    assert_eq!(c.press("rk:no"), lines(&[STEP2, "schedule Reminder"]));
}

#[test]
fn the_manual_customerhub_path_is_offered_and_closes_unresolved() {
    let mut c = at_step(3);
    assert_eq!(
        c.press("rk:manual")[0],
        "send manual_steps [rk:fixed rk:link rk:stuck rk:human]"
    );
    assert_eq!(
        c.say("where is connectors")[0],
        "send hint_manual [rk:fixed rk:link rk:stuck rk:human]"
    );
    assert_eq!(
        c.press("rk:fixed")[..2],
        lines(&["send glad_fixed", RATING])[..]
    );
    assert_eq!(
        c.press("rk:rate:3")[1],
        "close resolved=false reason=CustomerConfirmed"
    );
}

#[test]
fn done_while_waiting_for_the_form_explains_what_to_do() {
    let mut c = awaiting_form();
    assert_eq!(
        c.say("done")[0],
        "send awaiting_form [rk:link rk:stuck rk:human]"
    );
    assert_eq!(c.press("rk:link")[..2], LINK[..]);
    assert_eq!(c.state.links_issued, 2);
}

// ----- trouble ------------------------------------------------------------

#[test]
fn stuck_shows_the_checklist_and_stuck_again_hands_off() {
    let mut c = at_step(3);
    assert_eq!(
        c.press("rk:stuck"),
        lines(&[
            "send checklist [rk:back rk:link rk:human]",
            "schedule Reminder"
        ])
    );
    assert_eq!(
        c.press("rk:stuck"),
        lines(&[
            "send handoff_requested",
            "notify hand_off StillStuck",
            "cancel_timers"
        ])
    );
    assert_eq!(c.state.status(), TicketStatus::Escalated);
}

#[test]
fn back_from_the_checklist_returns_to_the_same_step() {
    let mut c = at_step(2);
    c.press("rk:stuck");
    assert_eq!(c.press("rk:back"), lines(&[STEP2, "schedule Reminder"]));
}

#[test]
fn a_failed_verification_explains_the_outcome_first_then_what_to_do() {
    let busy_buttons = "[rk:link rk:stuck rk:human]";
    let cases: Vec<(VerifyOutcome, Vec<String>)> = vec![
        (
            VerifyOutcome::KeyRejected,
            lines(&["send verify_key_rejected", CHECKLIST_AT_FORM]),
        ),
        (
            VerifyOutcome::NoPermission,
            lines(&["send verify_no_permission", CHECKLIST_AT_FORM]),
        ),
        (
            VerifyOutcome::WrongUrl,
            lines(&["send verify_wrong_url", CHECKLIST_AT_FORM]),
        ),
        (
            VerifyOutcome::Billing,
            vec![format!("send verify_billing {busy_buttons}")],
        ),
        (
            VerifyOutcome::Busy {
                retry_after_secs: Some(30),
            },
            vec![format!("send verify_busy_retry {busy_buttons}")],
        ),
        (
            VerifyOutcome::Busy {
                retry_after_secs: None,
            },
            vec![format!("send verify_busy {busy_buttons}")],
        ),
        (
            VerifyOutcome::Unavailable,
            vec![format!("send verify_unavailable {busy_buttons}")],
        ),
        (
            VerifyOutcome::Unexpected,
            vec![format!("send verify_unexpected {busy_buttons}")],
        ),
        (
            VerifyOutcome::Locked,
            lines(&["send link_locked [rk:link rk:human]"]),
        ),
    ];
    for (outcome, expected) in cases {
        let mut c = awaiting_form();
        let mut out = c.verify(outcome.clone());
        assert_eq!(
            out.pop().as_deref(),
            Some("schedule Reminder"),
            "{outcome:?}"
        );
        assert_eq!(out, expected, "{outcome:?}");
        assert!(c.state.verified.is_none());
    }
}

#[test]
fn busy_tells_how_many_seconds_to_wait() {
    let mut c = awaiting_form();
    c.verify(VerifyOutcome::Busy {
        retry_after_secs: Some(30),
    });
    assert!(
        matches!(&c.last.actions[0], Action::Send { vars, .. } if vars == &vec![("retry_after_secs", "30".to_string())])
    );
}

#[test]
fn after_a_failed_check_the_checklist_then_a_human() {
    let mut c = awaiting_form();
    c.verify(VerifyOutcome::KeyRejected);
    assert_eq!(c.state.failed_verifications, 1);
    assert_eq!(c.press("rk:human")[0], "send handoff_requested");
}

#[test]
fn a_locked_link_offers_a_new_link_or_a_human() {
    let mut c = awaiting_form();
    c.verify(VerifyOutcome::Locked);
    assert_eq!(
        c.state.stage,
        Stage::Walkthrough {
            step: Step::SecureLink
        }
    );
    assert_eq!(c.press("rk:link")[..2], LINK[..]);
}

#[test]
fn an_expired_or_revoked_link_goes_back_to_step_three() {
    for (reason, prompt) in [
        (RevokeReason::Expired, "link_expired"),
        (RevokeReason::Staff, "link_revoked"),
    ] {
        let mut c = awaiting_form();
        let out = c.on(Event::LinkRevoked { reason });
        assert_eq!(
            out,
            lines(&[
                &format!("send {prompt} [rk:link rk:human]"),
                "schedule Reminder"
            ])
        );
        assert_eq!(
            c.state.stage,
            Stage::Walkthrough {
                step: Step::SecureLink
            }
        );
    }
}

#[test]
fn still_broken_after_a_verified_reconnect_goes_to_a_human() {
    let mut c = awaiting_form();
    c.verify(VerifyOutcome::Verified {
        user: "Ada".into(),
        fingerprint: "…abcd".into(),
    });
    let out = c.say_with(
        "it's still not syncing",
        det(Band::Act, Integration::ActiveCampaign),
    );
    assert_eq!(
        out[..2],
        lines(&[
            "send handoff_requested",
            "notify hand_off BrokenAfterReconnect"
        ])[..]
    );
}

// ----- leaked keys ----------------------------------------------------------

#[test]
fn a_leaked_key_before_any_ticket_is_deleted_warned_privately_and_rotated() {
    let mut c = Convo::new();
    let out = c.say_with(
        "here is my key 0123…",
        leaked(SecretKind::ActivecampaignKey),
    );
    assert_eq!(
        out,
        lines(&[
            "delete m1",
            "open_ticket",
            "open_private_place",
            "notify new_ticket",
            "flag Exposed",
            "notify leaked_key …beef",
            "private leak_private",
            "send leak_notice",
            STEP1,
            "schedule Reminder",
        ])
    );
    assert!(c.state.exposed);
    assert!(matches!(
        &c.last.actions[3],
        Action::NotifyStaff(StaffNotice::NewTicket {
            exposed: true,
            integration: Integration::ActiveCampaign
        })
    ));
}

#[test]
fn a_leaked_key_mid_walk_through_restarts_at_the_reset_step_without_a_second_ticket() {
    let mut c = awaiting_form();
    let out = c.say_with("Api-Token: abc…", leaked(SecretKind::ApiTokenHeader));
    assert_eq!(
        out,
        lines(&[
            "delete m1",
            "flag Exposed",
            "notify leaked_key …beef",
            "private leak_private",
            "send leak_notice",
            STEP2,
            "schedule Reminder",
        ])
    );
}

#[test]
fn a_leaked_key_after_a_verified_reconnect_unresolves_the_ticket() {
    let mut c = awaiting_form();
    c.verify(VerifyOutcome::Verified {
        user: "Ada".into(),
        fingerprint: "…abcd".into(),
    });
    let out = c.say_with("my new key is …", leaked(SecretKind::ActivecampaignKey));
    assert!(out.contains(&STEP2.to_string()));
    assert!(c.state.verified.is_none());
}

#[test]
fn a_leaked_key_while_a_human_owns_the_ticket_only_runs_the_safety_part() {
    let mut c = at_step(2);
    c.press("rk:human");
    let out = c.say_with("key: …", leaked(SecretKind::ActivecampaignKey));
    assert_eq!(
        out,
        lines(&[
            "delete m1",
            "flag Exposed",
            "notify leaked_key …beef",
            "private leak_private"
        ])
    );
    assert!(matches!(c.state.stage, Stage::Escalated { .. }));
}

#[test]
fn a_leaked_stripe_key_is_flagged_and_handed_to_a_human() {
    let mut c = Convo::new();
    let out = c.say_with("sk_live_…", leaked(SecretKind::StripeKey));
    assert_eq!(
        out,
        lines(&[
            "delete m1",
            "open_ticket",
            "open_private_place",
            "notify new_ticket",
            "flag Exposed",
            "notify leaked_key …beef",
            "private leak_stripe_private",
            // Not "I'll give you a secure form": Stripe has none.
            "send leak_notice_stripe",
            "send handoff_requested",
            "notify hand_off StripeKeyLeaked",
        ])
    );
}

#[test]
fn the_private_warning_shows_only_fingerprints() {
    let mut c = Convo::new();
    let mut d = leaked(SecretKind::ActivecampaignKey);
    d.secrets.push(SecretSpan {
        kind: SecretKind::ApiKeyParam,
        start: 80,
        end: 90,
        fingerprint: "…f00d".into(),
    });
    c.say_with("SECRETVALUE and api_key=OTHERSECRET", d);
    for action in &c.last.actions {
        let debug = format!("{action:?}");
        assert!(!debug.contains("SECRET"), "{debug}");
    }
    assert!(c.last.actions.iter().any(|a| matches!(a,
        Action::SendPrivate { vars, .. } if vars == &vec![("fingerprint", "…beef, …f00d".to_string())])));
    assert!(!format!("{:?}", c.last.timeline).contains("SECRET"));
}

// ----- second complaint, hand-off, staff ------------------------------------

#[test]
fn a_second_complaint_joins_the_open_ticket_and_reshows_the_current_step() {
    let mut c = at_step(2);
    let out = c.say_with(
        "activecampaign still broken!!",
        det(Band::Act, Integration::ActiveCampaign),
    );
    assert_eq!(
        out,
        lines(&["send already_open", STEP2, "schedule Reminder"])
    );
}

#[test]
fn after_hand_off_the_bot_stays_silent_until_handed_back() {
    let mut c = at_step(2);
    assert_eq!(
        c.press("rk:human"),
        lines(&[
            "send handoff_requested",
            "notify hand_off CustomerAsked",
            "cancel_timers"
        ])
    );
    assert!(c.say("hello?").is_empty());
    assert!(
        c.say_with(
            "activecampaign broken",
            det(Band::Act, Integration::ActiveCampaign)
        )
        .is_empty()
    );
    assert!(c.press("rk:done").is_empty());
    assert!(
        c.fire(TimerKind::Reminder).is_empty(),
        "no timers while a human owns it"
    );
    assert_eq!(
        c.on(Event::StaffHandOff {
            staff: "Priya".into()
        }),
        lines(&["send staff_joined"])
    );
    assert!(c.say("thanks priya").is_empty());
    assert_eq!(
        c.on(Event::StaffHandBack),
        lines(&["send handed_back", STEP2, "schedule Reminder"])
    );
}

#[test]
fn a_staff_take_over_cancels_the_timers_and_names_the_staff_member() {
    let mut c = at_step(1);
    let out = c.on(Event::StaffHandOff {
        staff: "Priya".into(),
    });
    assert_eq!(out, lines(&["send staff_joined", "cancel_timers"]));
    assert!(
        matches!(&c.last.actions[0], Action::Send { vars, .. } if vars == &vec![("staff", "Priya".to_string())])
    );
}

#[test]
fn a_verification_while_escalated_is_recorded_for_staff_without_talking() {
    let mut c = awaiting_form();
    c.press("rk:human");
    let out = c.verify(VerifyOutcome::Verified {
        user: "Ada".into(),
        fingerprint: "…abcd".into(),
    });
    assert_eq!(out, lines(&["notify reconnected"]));
    assert_eq!(
        c.on(Event::StaffClose),
        lines(&["send closed_staff", "close resolved=true reason=Staff"])
    );
}

#[test]
fn staff_can_close_a_ticket_which_is_unresolved_without_verification() {
    let mut c = at_step(2);
    assert_eq!(
        c.on(Event::StaffClose),
        lines(&[
            "send closed_staff",
            "close resolved=false reason=Staff",
            "cancel_timers"
        ])
    );
    assert!(
        c.on(Event::StaffClose).is_empty(),
        "closing twice does nothing"
    );
}

#[test]
fn a_platform_confirmed_reconnect_resolves_the_ticket() {
    let mut c = at_step(3);
    c.press("rk:manual");
    let out = c.on(Event::ReconnectDone {
        fingerprint: Some("…9999".into()),
    });
    assert_eq!(
        out,
        lines(&[
            "notify reconnected",
            "send glad_fixed",
            RATING,
            "schedule InactivityClose"
        ])
    );
    assert_eq!(
        c.press("rk:rate:5")[1],
        "close resolved=true reason=Reconnected"
    );
}

// ----- timers -----------------------------------------------------------------

#[test]
fn inactivity_sends_one_reminder_then_closes_unresolved() {
    let mut c = at_step(2);
    let out = c.fire(TimerKind::Reminder);
    assert_eq!(
        out,
        lines(&[
            "send reminder [rk:done rk:stuck rk:human]",
            "schedule InactivityClose"
        ])
    );
    assert!(c.fire(TimerKind::Reminder).is_empty(), "only one reminder");
    let out = c.fire(TimerKind::InactivityClose);
    assert_eq!(
        out,
        lines(&[
            "send closed_inactive",
            "close resolved=false reason=Inactivity"
        ])
    );
    assert_eq!(c.state.status(), TicketStatus::Closed);
}

#[test]
fn timers_use_the_configured_durations() {
    let mut c = Convo::new();
    c.settings.reminder_after_ms = 60_000;
    c.say_with(
        "activecampaign broke",
        det(Band::Act, Integration::ActiveCampaign),
    );
    let at = c.last.actions.iter().find_map(|a| match a {
        Action::ScheduleTimer {
            at_ms, generation, ..
        } => Some((*at_ms, *generation)),
        _ => None,
    });
    assert_eq!(at, Some((c.now + 60_000, c.state.timer_generation)));
}

#[test]
fn a_stale_timer_from_before_the_latest_activity_is_ignored() {
    let mut c = at_step(1);
    let old = c.state.timer_generation;
    c.press("rk:done");
    assert!(
        c.on(Event::Timer {
            kind: TimerKind::InactivityClose,
            generation: old
        })
        .is_empty()
    );
    assert!(c.state.bot_active());
}

#[test]
fn a_verified_ticket_left_at_the_rating_closes_quietly_as_resolved() {
    let mut c = awaiting_form();
    c.verify(VerifyOutcome::Verified {
        user: "Ada".into(),
        fingerprint: "…abcd".into(),
    });
    assert!(
        c.fire(TimerKind::Reminder).is_empty(),
        "no nagging for a rating"
    );
    assert_eq!(
        c.fire(TimerKind::InactivityClose),
        lines(&["close resolved=true reason=Reconnected"])
    );
}

// ----- robustness ---------------------------------------------------------------

#[test]
fn unknown_or_stale_buttons_are_ignored() {
    let mut c = Convo::new();
    assert!(c.press("something:else").is_empty());
    assert!(c.press("rk:rate:9").is_empty());
    assert_eq!(
        c.press("rk:stuck"),
        lines(&["send stale_button_closed"]),
        "no ticket: the button is explained, nothing opens"
    );
    assert!(!c.state.ticket);
    let mut c = at_step(1);
    c.on(Event::StaffClose);
    assert!(c.press("rk:done").is_empty());
}

#[test]
fn a_button_with_no_open_conversation_never_opens_a_ticket() {
    let mut c = Convo::new();
    for id in ["rk:yes", "rk:done@login", "rk:int:keap@which", "rk:human"] {
        assert_eq!(c.press(id), lines(&["send stale_button_closed"]), "{id}");
        assert!(!c.state.ticket, "{id}");
        assert_eq!(c.state.stage, Stage::Idle, "{id}");
    }
}

#[test]
fn a_button_from_an_earlier_step_says_where_things_stand_and_moves_nothing() {
    let mut c = at_step(3);
    assert_eq!(
        c.press("rk:done@login"),
        lines(&["send stale_button", STEP3, "schedule Reminder"])
    );
    assert_eq!(
        c.state.stage,
        Stage::Walkthrough {
            step: Step::SecureLink
        }
    );
    // The current step's own button still works, and so does "human".
    assert_eq!(c.press("rk:link@link")[..2], LINK.map(String::from));
    assert_eq!(c.press("rk:human")[0], "send handoff_requested");
}

#[test]
fn a_restart_mid_walk_through_resumes_at_the_same_step() {
    let c = at_step(2);
    let json = c.state.to_json();
    assert!(json.contains("\"version\":1"), "{json}");
    assert!(json.contains("\"step\":\"reset_key\""), "{json}");
    let mut resumed = Convo::new();
    resumed.state = State::from_json(&json).unwrap();
    assert_eq!(resumed.press("rk:done")[0], STEP3);
}

#[test]
fn status_follows_the_stage() {
    let cases = [
        (Stage::Idle, TicketStatus::Open),
        (Stage::ChoosingIntegration, TicketStatus::Open),
        (
            Stage::Walkthrough { step: Step::LogIn },
            TicketStatus::InWalkthrough,
        ),
        (Stage::Manual, TicketStatus::InWalkthrough),
        (Stage::AwaitingForm, TicketStatus::AwaitingForm),
        (Stage::Verifying, TicketStatus::Verifying),
        (
            Stage::Escalated {
                staff: None,
                resume: Box::new(Stage::Manual),
            },
            TicketStatus::Escalated,
        ),
        (Stage::Closed { resolved: false }, TicketStatus::Closed),
    ];
    for (stage, status) in cases {
        let state = State {
            stage: stage.clone(),
            ..State::new()
        };
        assert_eq!(state.status(), status, "{stage:?}");
    }
    let verified = State {
        stage: Stage::Rating,
        verified: Some(Verified {
            user: "a".into(),
            fingerprint: "b".into(),
        }),
        ..State::new()
    };
    assert_eq!(verified.status(), TicketStatus::Reconnected);
}

#[test]
fn every_event_adds_one_secret_free_timeline_entry() {
    let mut c = Convo::new();
    c.say_with(
        "activecampaign broke",
        det(Band::Act, Integration::ActiveCampaign),
    );
    let entry = &c.last.timeline[0];
    assert_eq!(entry.event, "message");
    assert_eq!(entry.stage, "walkthrough:log_in");
    assert!(entry.note.contains("band=act"), "{}", entry.note);
    assert!(
        !entry.note.contains("broke"),
        "no message text on the timeline"
    );
}

// ----- intents ----------------------------------------------------------------

#[test]
fn intents_are_read_forgivingly() {
    use Intent::*;
    let cases = [
        ("done", Done),
        ("Done!", Done),
        ("ok did it", Done),
        ("okay", Unknown),
        ("logged in", Done),
        ("im in", Done),
        ("yes", Yes),
        ("Yeah", Yes),
        ("nope", No),
        ("no", No),
        ("not yet", Unknown),
        ("where is Settings?", Question(super::Topic::Where)),
        (
            "I can't find developer",
            Question(super::Topic::NoDeveloper),
        ),
        ("i dont see the reset button", Question(super::Topic::Where)),
        ("it works now", WorksNow),
        ("Its working again, thanks", WorksNow),
        ("fixed!", WorksNow),
        ("it's not working", StillBroken),
        ("still not syncing", StillBroken),
        ("I'm stuck", Stuck),
        ("im stcuk", Stuck),
        ("working on it", Unknown),
        ("human please", Human),
        ("can I talk to a humna", Human),
        ("a real person", Human),
        (
            "activecampaign",
            Integration(crate::detect::Integration::ActiveCampaign),
        ),
        (
            "Active Campaign",
            Integration(crate::detect::Integration::ActiveCampaign),
        ),
        ("keap", Integration(crate::detect::Integration::Keap)),
        ("stripe", Integration(crate::detect::Integration::Stripe)),
        (
            "something else",
            Integration(crate::detect::Integration::Other),
        ),
        ("send me the link", Link),
        ("I'll do it manually", Manual),
        ("5", Rating(5)),
        ("7", Unknown),
        ("thanks", Thanks),
        ("back", Back),
        ("", Unknown),
        ("banana", Unknown),
        ("I read the article", Unknown),
    ];
    for (text, expected) in cases {
        assert_eq!(intent::parse(text), expected, "{text:?}");
    }
}

#[test]
fn every_button_id_round_trips_and_fits_discord_limits() {
    let stages = [
        Stage::Confirming {
            integration: Integration::Unknown,
        },
        Stage::ChoosingIntegration,
        Stage::Walkthrough { step: Step::LogIn },
        Stage::Walkthrough {
            step: Step::SecureLink,
        },
        Stage::Manual,
        Stage::AwaitingForm,
        Stage::Troubleshooting {
            resume: Box::new(Stage::AwaitingForm),
        },
        Stage::OAuth {
            integration: Integration::Keap,
        },
        Stage::OutOfScope,
        Stage::ExposureElsewhere,
        Stage::Rating,
    ];
    for stage in stages {
        for b in buttons_for(&stage) {
            let id = b.custom_id();
            assert!(
                id.len() <= 100 && id.is_ascii() && id.starts_with("rk:"),
                "{id}"
            );
            assert_eq!(ButtonId::parse_tagged(&id).map(|(id, _)| id), Some(b.id));
        }
    }
}

// ----- real replies inside a ticket -------------------------------------------

#[test]
fn still_broken_twice_after_the_steps_reaches_a_person_with_the_reason_on_the_ticket() {
    let mut c = awaiting_form();
    assert_eq!(
        c.say("did it, same problem"),
        lines(&[CHECKLIST_AT_FORM, "schedule Reminder"])
    );
    assert_eq!(
        c.say("no difference"),
        lines(&[
            "send handoff_requested",
            "notify hand_off StillStuck",
            "cancel_timers"
        ])
    );
    let notes: Vec<&str> = c.last.timeline.iter().map(|e| e.note.as_str()).collect();
    assert!(
        notes.contains(&"reason=still_broken_after_checklist"),
        "{notes:?}"
    );
    assert!(c.say("still broken!!").is_empty(), "silent while escalated");
}

#[test]
fn a_complaint_repeated_in_the_ticket_never_loops_on_already_open() {
    let mut c = at_step(2);
    let act = || det(Band::Act, Integration::ActiveCampaign);
    assert_eq!(
        c.say_with("activecampaign still not syncing", act())[0],
        "send already_open"
    );
    assert_eq!(
        c.say_with("activecampaign still not syncing", act())[0],
        "send handoff_requested"
    );
}

#[test]
fn still_broken_after_the_manual_path_gets_the_checklist_then_a_person() {
    let mut c = at_step(3);
    c.press("rk:manual");
    assert_eq!(
        c.say("did all that, still failing")[0],
        "send checklist [rk:back rk:link rk:human]"
    );
    assert_eq!(c.say("still the same")[0], "send handoff_requested");
}

#[test]
fn unclear_replies_never_close_or_resolve_and_ask_one_question_with_buttons() {
    for stage_setup in [0usize, 1, 2, 3] {
        let mut c = match stage_setup {
            0 => awaiting_form(),
            1 => {
                let mut c = at_step(3);
                c.press("rk:manual");
                c
            }
            2 => {
                let mut c = Convo::new();
                c.say_with("keap disconnected", det(Band::Act, Integration::Keap));
                c
            }
            _ => {
                let mut c = at_step(2);
                c.say("it works now");
                c
            }
        };
        let before = c.state.stage.clone();
        for text in ["ok", "hmm", "just sort it out", "k", "okay then", "why was"] {
            let out = c.say(text);
            assert!(
                out.iter().all(|l| !l.starts_with("close")),
                "{text:?} closed: {out:?}"
            );
            assert!(
                out[0].starts_with("send not_understood ["),
                "{text:?}: {out:?}"
            );
            assert_eq!(c.state.stage, before, "{text:?} moved the stage");
            assert!(!c.state.customer_confirmed);
        }
    }
}

#[test]
fn only_an_explicit_statement_that_it_works_counts_as_fixed() {
    let mut c = at_step(3);
    c.press("rk:manual");
    assert_eq!(c.say("did it")[0], "send works_now_confirm [rk:yes rk:no]");
    c.press("rk:no");
    assert_eq!(c.say("its working again, thanks")[0], "send glad_fixed");
}

#[test]
fn cancel_closes_politely_revokes_links_and_records_it() {
    let mut c = awaiting_form();
    assert_eq!(
        c.say("forget it, I'll do it later"),
        lines(&[
            "send cancelled_by_customer",
            "revoke_links",
            "close resolved=false reason=Cancelled",
            "cancel_timers"
        ])
    );
    assert!(
        c.last
            .timeline
            .iter()
            .any(|e| e.note == "cancelled by customer")
    );
}

#[test]
fn back_returns_to_the_previous_step_and_shows_it_again() {
    let mut c = at_step(3);
    assert_eq!(
        c.say("hold on, I skipped a step"),
        lines(&["send going_back", STEP2, "schedule Reminder"])
    );
    assert_eq!(
        c.press("rk:back"),
        lines(&["send going_back", STEP1, "schedule Reminder"])
    );
}

#[test]
fn each_article_question_is_answered_and_the_step_carries_on() {
    let cases = [
        ("how often should I rotate the key?", "answer_rotate_often"),
        (
            "why only activecampaign? what about keap?",
            "answer_why_only_activecampaign",
        ),
        (
            "will resetting break my other integrations?",
            "answer_other_tools",
        ),
        ("what is the API URL?", "answer_api_url"),
        (
            "there is no developer option in my settings",
            "answer_no_developer",
        ),
        ("when will the integration come back?", "answer_when_back"),
        ("what happens to the old key?", "answer_old_key"),
        ("why was my message removed", "answer_message_removed"),
    ];
    for (text, prompt) in cases {
        let mut c = at_step(2);
        let out = c.say(text);
        assert_eq!(
            out[0],
            format!(
                "{} [rk:done rk:stuck rk:human]",
                format_args!("send {prompt}")
            ),
            "{text:?}"
        );
        assert_eq!(
            c.state.stage,
            Stage::Walkthrough {
                step: Step::ResetKey
            }
        );
    }
}

#[test]
fn a_question_outside_the_article_is_honest_and_offers_a_person() {
    let mut c = awaiting_form();
    assert_eq!(
        c.say("can you change my billing plan?")[0],
        "send cant_answer [rk:link rk:stuck rk:human]"
    );
    let mut c = at_step(2);
    c.say("it works now");
    assert_eq!(
        c.say("what's your refund policy?")[0],
        "send cant_answer [rk:yes rk:no rk:human]",
        "a person is offered even where the step has no such button"
    );
}

#[test]
fn a_different_integrations_complaint_is_a_separate_problem() {
    let mut c = at_step(1);
    let out = c.say_with(
        "also my stripe payments are failing",
        det(Band::Act, Integration::Stripe),
    );
    assert_eq!(out[0], "send new_problem [rk:done rk:stuck rk:human]");
    assert_eq!(c.state.stage, Stage::Walkthrough { step: Step::LogIn });
}

#[test]
fn the_failing_one_of_two_named_integrations_is_picked() {
    use super::intent::failing_integration;
    let cases = [
        (
            "keap is fine but activecampaign stopped syncing",
            Some(Integration::ActiveCampaign),
        ),
        ("stripe works, keap is not syncing", Some(Integration::Keap)),
        ("activecampaign and keap are both broken", None),
        ("i use keap and stripe", None),
    ];
    for (text, expected) in cases {
        assert_eq!(failing_integration(text), expected, "{text:?}");
    }
}

#[test]
fn everyday_key_words_are_not_rotation_requests() {
    for text in [
        "I lost my house key, need a locksmith",
        "what's the keyboard shortcut key for undo",
        "key points from the keynote?",
    ] {
        let mut c = Convo::new();
        let mut d = det(Band::Ask, Integration::Unknown);
        d.rotation_request = true;
        assert!(c.say_with(text, d).is_empty(), "{text:?}");
        assert!(!c.state.ticket);
    }
    let mut c = Convo::new();
    let mut d = chatter();
    d.rotation_request = true;
    assert_eq!(
        c.say_with("how do I rotate my api key?", d)[3],
        "send rotation_offer"
    );
}

#[test]
fn support_asked_is_worded_as_that_reason() {
    let mut c = Convo::new();
    let mut d = det(Band::Ignore, Integration::ActiveCampaign);
    d.rotation_request = true;
    let out = c.say_with("support asked me to rotate my activecampaign key", d);
    assert_eq!(out[3], "send rotation_offer_support");
    assert_eq!(out[4], STEP1);
}

#[test]
fn two_integrations_named_go_to_the_failing_one_or_ask() {
    let mut c = Convo::new();
    let out = c.say_with(
        "keap is fine but activecampaign stopped syncing",
        det(Band::Act, Integration::Keap),
    );
    assert!(out.contains(&STEP1.to_string()), "{out:?}");
    let mut c = Convo::new();
    let out = c.say_with(
        "activecampaign and keap are both broken",
        det(Band::Act, Integration::Keap),
    );
    assert!(
        out.iter().any(|l| l.starts_with("send which_integration")),
        "{out:?}"
    );
}

/// RK-7: an ActiveCampaign ticket closed within the last day, unresolved.
fn unresolved_activecampaign_ticket() -> super::PreviousTicket {
    super::PreviousTicket {
        ticket_id: "RK-7".into(),
        closed_on: crate::domain::Timestamp(1_772_442_000_000),
        integration: Integration::ActiveCampaign,
        rotated: false,
    }
}

/// The context of a step, with the customer's recent ticket if any.
fn ctx(previous: Option<super::PreviousTicket>) -> Ctx {
    Ctx {
        now_ms: 1,
        settings: Settings::default(),
        previous,
    }
}

#[test]
fn a_recent_ticket_is_linked_only_for_the_same_integration() {
    let previous = unresolved_activecampaign_ticket();
    let say = |text: &str, integration| Event::Message {
        text: text.into(),
        message_id: "m".into(),
        detection: det(Band::Act, integration),
    };
    let t = step(
        &State::new(),
        &say("activecampaign broke again", Integration::ActiveCampaign),
        &ctx(Some(previous.clone())),
    );
    assert_eq!(summarise(&t.actions)[3], "send returning_unresolved");
    assert!(t.timeline.iter().any(|e| e.note == "previous=RK-7"));
    let t = step(
        &State::new(),
        &say("stripe broke", Integration::Stripe),
        &ctx(Some(previous)),
    );
    assert!(
        !summarise(&t.actions)
            .iter()
            .any(|l| l.contains("returning"))
    );
}

#[test]
fn back_within_a_day_a_borderline_message_about_the_same_integration_opens_the_ticket() {
    let previous = unresolved_activecampaign_ticket();
    let say = |integration| Event::Message {
        text: "activecampaign is still not syncing".into(),
        message_id: "m".into(),
        detection: det(Band::Ask, integration),
    };
    for integration in [Integration::ActiveCampaign, Integration::Unknown] {
        let t = step(
            &State::new(),
            &say(integration),
            &ctx(Some(previous.clone())),
        );
        let actions = summarise(&t.actions);
        assert_eq!(actions[0], "open_ticket", "{integration:?}: {actions:?}");
        assert!(actions.contains(&"send returning_unresolved".to_string()));
    }
    // Another integration, or no recent ticket: the confirming question.
    for (integration, previous) in [
        (Integration::Stripe, Some(previous.clone())),
        (Integration::ActiveCampaign, None),
    ] {
        let t = step(&State::new(), &say(integration), &ctx(previous));
        assert!(
            !summarise(&t.actions).iter().any(|l| l == "open_ticket"),
            "{integration:?}"
        );
        assert!(matches!(t.state.stage, Stage::Confirming { .. }));
    }
}

/// A ticket opened for an exposed key: flagged, the exposure offer, step 1.
fn exposure_offer() -> Vec<String> {
    lines(&[
        "open_ticket",
        "open_private_place",
        "notify new_ticket",
        "flag Exposed",
        "send rotation_offer_exposed",
        STEP1,
    ])
}

#[test]
fn exposure_in_words_gets_an_exposure_offer_and_flags_the_ticket() {
    let mut c = Convo::new();
    let mut d = det(Band::Ignore, Integration::Unknown);
    d.exposure_mentioned = true;
    let out = c.say_with("our api key was leaked", d.clone());
    assert_eq!(out[..6], exposure_offer());
    assert!(c.state.exposed);
    // An everyday key is still not ours, whatever happened to it.
    let mut c = Convo::new();
    assert!(c.say_with("someone stole my car keys", d).is_empty());
}

/// `names` as the detector's signals, one after another.
fn with_signals(mut d: Detection, names: &[&str]) -> Detection {
    d.signals = names
        .iter()
        .enumerate()
        .map(|(i, n)| crate::detect::Signal {
            name: crate::detect::SignalName::from(*n),
            start: i,
            end: i + 1,
        })
        .collect();
    d
}

#[test]
fn a_leaked_password_is_changed_first_and_the_key_rotated_too() {
    let mut d = det(Band::Ignore, Integration::ActiveCampaign);
    d.exposure_mentioned = true;
    let password = with_signals(
        d.clone(),
        &[
            "integration:activecampaign",
            "nearmiss:password",
            "exposure:disclosed",
        ],
    );
    assert!(reason::password_only(&password));
    let mut c = Convo::new();
    let out = c.say_with("i posted my activecampaign password on github", password);
    assert_eq!(
        out[3..6],
        lines(&[
            "flag Exposed",
            "send rotation_offer_exposed_password",
            STEP1
        ])
    );
    assert!(c.state.exposed);
    // The same in another language's groups.
    let german = with_signals(d.clone(), &["nearmiss:de_password"]);
    assert!(reason::password_only(&german));
    // A key named beside it, in a pair or a pasted secret: the key offer.
    for names in [
        &["nearmiss:password", "context:credential"][..],
        &["nearmiss:password", "pair:invalid+credential"],
        &["nearmiss:de_password", "context:de_credential"],
        &["nearmiss:password", "context:secret_material"],
        &["exposure:leaked"],
    ] {
        assert!(
            !reason::password_only(&with_signals(d.clone(), names)),
            "{names:?}"
        );
    }
    let mut pasted = with_signals(d, &["nearmiss:password"]);
    pasted.secrets = vec![SecretSpan {
        kind: SecretKind::GenericToken,
        start: 0,
        end: 40,
        fingerprint: "fp".into(),
    }];
    assert!(!reason::password_only(&pasted));
}

#[test]
fn exposure_mentioned_mid_ticket_flags_it_once() {
    let mut c = at_step(2);
    let mut d = chatter();
    d.exposure_mentioned = true;
    let out = c.say_with(
        "btw i posted the key in a public channel last week",
        d.clone(),
    );
    assert_eq!(out[0], "flag Exposed");
    assert!(c.last.timeline.iter().any(|e| e.event == "exposed"));
    let out = c.say_with("and shared it with a contractor", d);
    assert!(!out.contains(&"flag Exposed".to_string()));
}

/// The built-in detector's reading of `text`, in its own language.
fn read(text: &str) -> Detection {
    let locale = crate::detect::lang::identify(text).unwrap_or(crate::domain::Locale::En);
    crate::detect::Detector::builtin().detect_in(locale, text)
}

#[test]
fn another_products_leaked_credential_gets_advice_and_a_question_not_a_ticket() {
    let leak = "the mysql password is printed in plain text in the server logs";
    let mut c = Convo::new();
    assert_eq!(
        c.say_with(leak, read(leak)),
        lines(&["send exposure_not_ours [rk:yes rk:no]"])
    );
    assert!(!c.state.ticket);
    assert_eq!(c.state.stage, Stage::ExposureElsewhere);
    // Their ActiveCampaign key got out too: the exposure offer.
    let out = c.press("rk:yes");
    assert_eq!(out[..6], exposure_offer());
    // Said in words, naming a key of their own.
    let mut c = Convo::new();
    c.say_with(leak, read(leak));
    let also = "oh and our api key is in that repo too";
    let out = c.say_with(also, read(also));
    assert!(
        out.contains(&"send rotation_offer_exposed".to_string()),
        "{out:?}"
    );
    assert!(c.state.exposed);
    // No: nothing to rotate here.
    for no in ["no", "rk:no"] {
        let mut c = Convo::new();
        c.say_with(leak, read(leak));
        let out = if no == "no" {
            c.say_with(no, read(no))
        } else {
            c.press(no)
        };
        assert_eq!(out, lines(&["send confirm_declined"]), "{no}");
        assert!(!c.state.ticket);
        assert_eq!(c.state.stage, Stage::Idle);
    }
    // Another product's credential again is no yes.
    let mut c = Convo::new();
    c.say_with(leak, read(leak));
    let again = "the ssh password is in there too";
    let out = c.say_with(again, read(again));
    assert!(!c.state.ticket, "{out:?}");
}

#[test]
fn another_products_leaked_credential_mid_ticket_is_not_flagged() {
    let mut c = at_step(2);
    let text = "oh and our github token got committed to a public repo too";
    let d = read(text);
    assert!(d.exposure_mentioned);
    let out = c.say_with(text, d);
    assert!(!out.contains(&"flag Exposed".to_string()), "{out:?}");
    assert!(!c.state.exposed);
}

#[test]
fn a_bare_ok_to_the_confirming_question_asks_it_again_without_a_ticket() {
    let mut c = Convo::new();
    c.say_with("sync odd?", det(Band::Ask, Integration::Unknown));
    for text in ["ok", "hmm", "not sure"] {
        assert_eq!(
            c.say(text),
            lines(&["send not_understood [rk:yes rk:no]"]),
            "{text:?}"
        );
        assert!(!c.state.ticket);
    }
}

#[test]
fn a_question_to_the_confirming_question_gets_an_answer_and_no_ticket() {
    // Seen in a customer trial: "which key do i need?" sent while the bot
    // waited on its yes/no question got no reply at all.
    let mut c = Convo::new();
    c.say_with("sync odd?", det(Band::Ask, Integration::Unknown));
    for text in [
        "which key do i need?",
        "what do you mean by integrations?",
        "im stuck",
    ] {
        assert_eq!(
            c.say(text),
            lines(&["send confirm_question [rk:yes rk:no rk:human]"]),
            "{text:?}"
        );
        assert!(!c.state.ticket, "{text:?}");
        assert!(matches!(c.state.stage, Stage::Confirming { .. }));
    }
    // A question the article answers gets that answer, the buttons stay.
    assert_eq!(
        c.say("how often should i rotate my api key?"),
        lines(&["send answer_rotate_often [rk:yes rk:no]"])
    );
    assert!(!c.state.ticket);
    // Chatter still leaves the question standing in silence.
    assert!(c.say("brb coffee").is_empty());
    // The human button offered with the answer reaches a person.
    let out = c.press("rk:human");
    assert_eq!(out[0], "open_ticket", "{out:?}");
    assert!(
        out.contains(&"send handoff_requested".to_string()),
        "{out:?}"
    );
    assert!(matches!(c.state.stage, Stage::Escalated { .. }));
}

#[test]
fn asking_to_give_the_key_in_the_chat_is_told_why_not_and_where() {
    use Intent::*;
    let paste = Question(super::Topic::PasteHere);
    for (text, want) in [
        ("can i just paste it here instead?", paste),
        ("could we send you the api key here?", paste),
        ("why cant i just type the key in the chat?", paste),
        ("can i give you the key directly?", paste),
        ("can you send the link here?", Link),
    ] {
        assert_eq!(super::intent::parse(text), want, "{text:?}");
    }
    for text in [
        "can i send you a screenshot of the error?",
        "i sent you the logs here",
    ] {
        assert_ne!(super::intent::parse(text), paste, "{text:?}");
    }
    let mut c = at_step(2);
    let out = c.say("can i just paste it here instead?");
    assert_eq!(out[0], "send answer_paste_here [rk:done rk:stuck rk:human]");
    // At the link step the link is here, not "at step 3".
    let mut c = at_step(3);
    let out = c.say("can i just paste it here instead?");
    assert_eq!(
        out[0],
        "send answer_paste_here_link [rk:link rk:manual rk:stuck rk:human]"
    );
    let mut c = awaiting_form();
    let out = c.say("can i just paste it here instead?");
    assert_eq!(
        out[0],
        "send answer_paste_here_link [rk:link rk:stuck rk:human]"
    );
    // Before any ticket, too, and in the customer's language.
    let mut c = Convo::new();
    let text = "¿puedo pegarla aquí en el chat, la clave de la api?";
    let out = c.say_with(text, read(text));
    assert_eq!(out, lines(&["send answer_paste_here"]), "{out:?}");
    each_reads_as(
        paste,
        &[
            (Locale::Pt, "posso colar a chave aqui?"),
            (Locale::De, "kann ich den schlüssel hier einfügen?"),
            (Locale::Fr, "je peux coller la clé ici ?"),
            (Locale::It, "posso incollare la chiave qui?"),
            (Locale::Es, "¿puedo pegar la clave aquí?"),
        ],
    );
}

#[test]
fn no_admin_rights_gets_the_ask_your_admin_answer() {
    // Seen in a customer trial: "i dont have admin access, its my colleague
    // who manages AC" at step 1 got "Sorry, I'm not sure what you mean".
    let mut c = at_step(1);
    for text in [
        "i dont have admin access, its my colleague who manages AC",
        "im not an admin",
        "it says i don't have permission",
    ] {
        assert_eq!(
            c.say(text)[0],
            "send answer_no_developer [rk:done rk:stuck rk:human]",
            "{text:?}"
        );
    }
    assert_eq!(
        super::intent::parse("it still doesn't work even with admin rights"),
        Intent::StillBroken
    );

    for (text, locale) in [
        ("ich bin kein admin", Locale::De),
        ("no tengo permisos para eso", Locale::Es),
    ] {
        assert_eq!(
            super::lang::parse(locale, text),
            Intent::Question(super::Topic::NoDeveloper),
            "{text:?}"
        );
    }
}

#[test]
fn i_forgot_is_not_forget_it() {
    // "forgot" is one letter from "forget": the typo-forgiving match closed
    // the ticket of a customer who forgot to copy the URL.
    use super::intent::parse;
    for text in [
        "i forgot to copy the api url",
        "oops i forgot to click done",
    ] {
        assert_ne!(parse(text), Intent::Cancel, "{text:?}");
    }
    for text in [
        "forget it",
        "forget about it, ill do it later",
        "just forget this",
    ] {
        assert_eq!(parse(text), Intent::Cancel, "{text:?}");
    }
}

#[test]
fn everyday_words_in_a_locales_cancel_list_do_not_cancel_a_sentence() {
    // Seen in a customer trial: "necesito ayuda para encontrar la
    // configuración" closed the Spanish ticket ("para" is "stop" and "for").
    use super::lang::parse;

    for (locale, text) in [
        (Locale::Es, "necesito ayuda para encontrar la configuración"),
        (Locale::Es, "desde esta mañana no sincroniza"),
        (Locale::Es, "ahora no funciona"),
        (
            Locale::Pt,
            "depois de resetar a chave continua sem funcionar",
        ),
        (Locale::De, "egal was ich mache, es geht nicht"),
        (Locale::Es, "vuelve a fallar"),
    ] {
        let got = parse(locale, text);
        assert!(
            !matches!(got, Intent::Cancel | Intent::Back),
            "{text:?}: {got:?}"
        );
    }
    for (locale, text, want) in [
        (Locale::Es, "para", Intent::Cancel),
        (Locale::Es, "cancela el ticket por favor", Intent::Cancel),
        (Locale::Pt, "depois", Intent::Cancel),
        (Locale::De, "lass es, mach ich morgen", Intent::Cancel),
        (
            Locale::Fr,
            "laisse tomber, je verrai plus tard",
            Intent::Cancel,
        ),
        (Locale::Es, "volver", Intent::Back),
        (Locale::It, "torna al passo precedente", Intent::Back),
    ] {
        assert_eq!(parse(locale, text), want, "{text:?}");
    }
}

#[test]
fn cannot_see_the_button_in_each_language_is_the_where_question() {
    // Seen in a customer trial: "egal was ich mache, ich sehe keinen reset
    // knopf" at step 2 got "not sure what you mean".
    use super::lang::parse;

    let where_ = Intent::Question(super::Topic::Where);
    for (locale, text) in [
        (
            Locale::De,
            "egal was ich mache, ich sehe keinen reset knopf",
        ),
        (Locale::Es, "no veo el botón de restablecer"),
        (Locale::Fr, "je ne vois pas le bouton pour réinitialiser"),
        (Locale::It, "non vedo il pulsante per reimpostare"),
        (Locale::Pt, "não vejo o botão de redefinir"),
    ] {
        assert_eq!(parse(locale, text), where_, "{text:?}");
    }
    // Seeing no change is a status, not a question.
    assert_ne!(parse(Locale::De, "ich sehe keine änderung"), where_);
}

#[test]
fn everyday_words_near_status_words_are_not_verdicts() {
    use Intent::*;
    for (text, expected) in [
        ("been like this since tuesday", Unknown),
        ("ok now im in settings", Done),
        ("it's ok now", WorksNow),
        ("working on it", Unknown),
        ("fix it please", Unknown),
        ("maybe it works, not sure", Unknown),
        ("problem solved", WorksNow),
        ("the reset button doesn't work", Stuck),
        ("sync stopped again", StillBroken),
    ] {
        assert_eq!(intent::parse(text), expected, "{text:?}");
    }
}

/// A fix that did not take, said without "still" or an error word: the
/// customer is where they were, and the bot must not read it as progress.
#[test]
fn a_fix_that_did_not_take_is_still_broken() {
    use Intent::*;
    for text in [
        "that didn't fix it",
        "thanks but that did not resolve the issue",
        "didnt solve anything",
        "the problem persists",
        "issue persists after the new key",
        "nope, didn't work",
    ] {
        assert_eq!(intent::parse(text), StillBroken, "{text:?}");
    }
    // Said of a fix that worked, the same words are not a failure.
    for (text, expected) in [
        ("that fixed it", WorksNow),
        ("problem resolved, thanks", WorksNow),
    ] {
        assert_eq!(intent::parse(text), expected, "{text:?}");
    }
}

#[test]
fn typing_a_button_s_label_means_pressing_it() {
    use Intent::*;
    let prompts = Prompts::builtin();
    for (id, label) in [
        (ButtonId::Done, PromptId::BtnDone),
        (ButtonId::Stuck, PromptId::BtnStuck),
        (ButtonId::Human, PromptId::BtnHuman),
        (ButtonId::Link, PromptId::BtnLink),
        (ButtonId::Link, PromptId::BtnNewLink),
        (ButtonId::Manual, PromptId::BtnManual),
        (ButtonId::Yes, PromptId::BtnYes),
        (ButtonId::No, PromptId::BtnNo),
        (ButtonId::Back, PromptId::BtnBack),
        (ButtonId::Fixed, PromptId::BtnFixed),
        (
            ButtonId::Integration(crate::detect::Integration::Keap),
            PromptId::BtnKeap,
        ),
        (
            ButtonId::Integration(crate::detect::Integration::Other),
            PromptId::BtnOther,
        ),
        (ButtonId::Rate(4), PromptId::BtnRate4),
    ] {
        let text = prompts.render(label, &[]);
        let expected = match id {
            ButtonId::Done => Done,
            ButtonId::Stuck => Stuck,
            ButtonId::Human => Human,
            ButtonId::Link => Link,
            ButtonId::Manual => Manual,
            ButtonId::Yes => Yes,
            ButtonId::No => No,
            ButtonId::Back => Back,
            ButtonId::Fixed => WorksNow,
            ButtonId::Integration(i) => Integration(i),
            ButtonId::Rate(n) => Rating(n),
            ButtonId::NoReminders => unreachable!("not a label customers type"),
        };
        assert_eq!(intent::parse(&text), expected, "{text:?}");
    }
}

#[test]
fn the_ticket_s_facts_follow_the_state_alone() {
    use crate::domain::{TicketStatus, VerifyClass};
    let mut c = at_step(3);
    c.press("rk:link");
    c.on(Event::FormSubmitted);
    c.verify(VerifyOutcome::KeyRejected);
    let f = c.state.facts();
    assert_eq!(f.error_class, Some(VerifyClass::KeyRejected), "{f:?}");
    assert!(!f.resolved);
    c.verify(VerifyOutcome::Verified {
        user: "Ada".into(),
        fingerprint: "…abcd".into(),
    });
    let f = c.state.facts();
    assert_eq!(f.error_class, None, "a verified check clears the class");
    assert!(f.resolved, "a verified reconnect resolves at once");
    assert_eq!(f.status, TicketStatus::Reconnected);

    c.on(Event::StaffHandOff {
        staff: "sam".into(),
    });
    assert_eq!(c.state.facts().assignee.as_deref(), Some("sam"));
    // A key posted while a person owns the ticket may be the verified one.
    c.say_with("my new key is …", leaked(SecretKind::ActivecampaignKey));
    let f = c.state.facts();
    assert!(f.exposed && !f.resolved, "{f:?}");
    c.on(Event::StaffClose);
    let f = c.state.facts();
    assert_eq!(f.status, TicketStatus::Closed);
    assert_eq!(f.assignee.as_deref(), Some("sam"), "kept after the close");
}

#[test]
fn why_it_keeps_breaking_gets_the_usual_cause_not_cant_answer() {
    // Seen in a customer trial: "this is the 3rd time, why does this keep
    // happening?" got "Sorry, that's one I can't answer here".
    use Intent::*;
    let cause = Question(super::Topic::KeepsBreaking);
    for text in [
        "this is the 3rd time, why does this keep happening?",
        "why did my key stop working?",
        "what caused this?",
        "why does it keep disconnecting??",
        "any idea why this happened again?",
    ] {
        assert_eq!(super::intent::parse(text), cause, "{text:?}");
    }
    // A status and the form's own expiry are not the cause question.
    assert_eq!(
        super::intent::parse("why is it still not working?"),
        StillBroken
    );
    for text in [
        "why does the link expire so fast?",
        "why did you delete my message?",
    ] {
        assert_ne!(super::intent::parse(text), cause, "{text:?}");
    }
    let mut c = at_step(2);
    let out = c.say("this is the 3rd time, why does this keep happening?");
    assert_eq!(
        out[0], "send answer_keeps_breaking [rk:done rk:stuck rk:human]",
        "{out:?}"
    );
    // The answer names ActiveCampaign's key reset: at the OAuth steps it
    // is not the cause, so a person is offered instead.
    let mut c = Convo::new();
    c.say_with(
        "keap is disconnected",
        det(Band::Act, crate::detect::Integration::Keap),
    );
    let out = c.say("why does this keep happening?");
    assert!(out[0].starts_with("send cant_answer"), "{out:?}");
    // A first message asking why the sync keeps failing is a complaint:
    // the steps start, not the explanation.
    let mut c = Convo::new();
    let out = c.say_with(
        "why does my activecampaign sync keep failing?",
        det(Band::Ask, crate::detect::Integration::ActiveCampaign),
    );
    assert!(
        !out.iter().any(|l| l.contains("answer_keeps_breaking")),
        "{out:?}"
    );
    each_reads_as(
        cause,
        &[
            (Locale::De, "warum passiert das immer wieder?"),
            (Locale::Es, "¿por qué sigue pasando esto?"),
            (Locale::Fr, "pourquoi ça recommence ?"),
            (Locale::It, "perché continua a succedere?"),
            (Locale::Pt, "por que isso sempre acontece?"),
        ],
    );
}

#[test]
fn asking_whether_the_link_is_safe_is_answered_not_sent_another_link() {
    // Seen in a customer trial: "is the link safe?" after the link was
    // sent issued a second link (and revoked the first).
    use Intent::*;
    let safe = Question(super::Topic::LinkSafe);
    for text in [
        "is the link safe?",
        "is this form legit",
        "how do i know this link isn't phishing?",
        "is it secure to paste my key in the form?",
    ] {
        assert_eq!(super::intent::parse(text), safe, "{text:?}");
    }
    for text in [
        "send me the link",
        "can you send the secure link again?",
        "can i get a new secure link?",
    ] {
        assert_eq!(super::intent::parse(text), Link, "{text:?}");
    }
    // With the link just sent, "is it safe?" is about the link; at step 1
    // it names nothing the bot can answer for.
    let mut c = awaiting_form();
    let out = c.say("is it safe?");
    assert!(out[0].starts_with("send answer_link_safe"), "{out:?}");
    let mut c = at_step(1);
    let out = c.say("is it safe?");
    assert!(out[0].starts_with("send cant_answer"), "{out:?}");
    let mut c = awaiting_form();
    let out = c.say("is the link safe?");
    assert_eq!(
        out,
        lines(&[
            "send answer_link_safe [rk:link rk:stuck rk:human]",
            "schedule Reminder"
        ])
    );
    each_reads_as(
        safe,
        &[
            (Locale::De, "ist der link sicher?"),
            (Locale::Es, "¿es seguro el enlace?"),
            (Locale::Fr, "ce lien est sûr ?"),
            (Locale::It, "il link è sicuro?"),
            (Locale::Pt, "esse link é seguro?"),
        ],
    );
}

#[test]
fn a_question_after_an_opening_ok_is_still_a_question() {
    // Seen in a customer trial: "ok where do i find the developer
    // settings" at step 1 moved on to step 2.
    assert_eq!(
        super::intent::parse("ok where do i find the developer settings"),
        Intent::Question(super::Topic::Where)
    );
    let mut c = at_step(1);
    let out = c.say("ok where do i find the developer settings");
    assert!(!out.iter().any(|l| l.contains("step_reset")), "{out:?}");
}

#[test]
fn a_customer_trial_s_everyday_words_read_right() {
    // Seen in a customer trial: "what happens if i close this window" closed
    // the ticket, "there are two keys??" got the other-tools answer ("there"
    // is one typo from "other"), and "ok he gave me access, i'm in settings
    // now" was not understood.
    use super::intent::parse;
    assert_ne!(parse("what happens if i close this window"), Intent::Cancel);
    assert_ne!(
        parse("if i close the chat will i lose my progress?"),
        Intent::Cancel
    );
    assert_eq!(parse("close this ticket please"), Intent::Cancel);
    assert_ne!(
        parse("there are two keys??"),
        Intent::Question(super::Topic::OtherTools)
    );
    assert_eq!(
        parse("will resetting break my other integrations?"),
        Intent::Question(super::Topic::OtherTools)
    );
    assert_eq!(
        parse("ok he gave me access, i'm in settings now"),
        Intent::Done
    );
    assert_ne!(
        parse("i am in settings now but there is no developer option"),
        Intent::Done
    );
}

#[test]
fn a_borderline_complaint_naming_the_product_gets_the_question_with_its_name() {
    // Seen in a customer trial: "activecampaign stopped syncing" (scored
    // just below `act`) got "is one of your CustomerHub integrations having
    // trouble?", as if the customer had not just said which and what.
    let mut c = Convo::new();
    let d = ask_complaint(Integration::ActiveCampaign);
    let out = c.say_with("activecampaign stopped syncing", d);
    assert_eq!(out, lines(&["send confirm_named [rk:yes rk:no]"]));
    assert!(!c.state.ticket, "still no ticket until confirmed");
    let out = c.press("rk:yes");
    assert!(out.iter().any(|l| l == "open_ticket"), "{out:?}");
    // Not sure it is a complaint, or no product named: the general question.
    for (complaint, integration) in [
        (false, Integration::ActiveCampaign),
        (true, Integration::Unknown),
        (true, Integration::Other),
    ] {
        let mut c = Convo::new();
        let mut d = det(Band::Ask, integration);
        d.complaint = complaint;
        let out = c.say_with("is activecampaign acting weird today?", d);
        assert_eq!(out, lines(&["send confirm_problem [rk:yes rk:no]"]));
    }
}

#[test]
fn a_button_that_cannot_be_used_is_stuck_not_done() {
    // Seen in a customer trial: "the reset button is greyed out" at step 1
    // moved on to step 2 as if the customer had reset the key.
    use super::intent::parse;
    for text in [
        "the reset button is greyed out",
        "reset is disabled for me",
        "i can't click reset",
        "i click reset and nothing happens",
        "the button doesn't do anything",
    ] {
        assert_eq!(parse(text), Intent::Stuck, "{text:?}");
    }
    for (text, want) in [
        ("i reset it", Intent::Done),
        ("done, i clicked reset", Intent::Done),
    ] {
        assert_eq!(parse(text), want, "{text:?}");
    }
    assert_ne!(parse("i disabled the old zap"), Intent::Stuck);
    assert_eq!(
        parse("i did the steps but nothing happens"),
        Intent::StillBroken
    );
    let mut c = at_step(1);
    let out = c.say("the reset button is greyed out");
    assert!(out[0].starts_with("send checklist"), "{out:?}");
}

#[test]
fn what_do_i_do_now_shows_the_step_again_and_an_apology_gets_no_reply() {
    // Seen in a customer trial, after a pasted key was removed: "oh no,
    // sorry" got "I'm not sure what you mean" and "what do i do now" got
    // "I can't answer that".
    use super::intent::parse;
    let next = Intent::Question(super::Topic::NextStep);
    for text in [
        "what do i do now",
        "now what?",
        "ok what's next?",
        "what should i do?",
        "what do i need to do?",
    ] {
        assert_eq!(parse(text), next, "{text:?}");
    }
    assert_ne!(parse("what do i do with the old key?"), next);
    for text in ["oh no, sorry", "oops my bad", "sorry!"] {
        assert_eq!(parse(text), Intent::Thanks, "{text:?}");
    }
    assert_eq!(parse("no sorry"), Intent::No);
    let mut c = at_step(2);
    let out = c.say("oh no, sorry");
    assert_eq!(out, lines(&["schedule Reminder"]), "{out:?}");
    let out = c.say("what do i do now");
    assert_eq!(out[0], STEP2, "{out:?}");
    each_reads_as(
        next,
        &[
            (Locale::De, "was muss ich jetzt tun?"),
            (Locale::Es, "¿y ahora qué hago?"),
            (Locale::Fr, "je fais quoi maintenant ?"),
            (Locale::It, "cosa devo fare adesso?"),
            (Locale::Pt, "o que eu faço agora?"),
        ],
    );
}

#[test]
fn which_button_to_press_is_the_steps_where_question() {
    // Seen in a customer trial: "which button do i press?" at step 2 got
    // "I can't answer that".
    assert_eq!(
        super::intent::parse("which button do i press?"),
        Intent::Question(super::Topic::Where)
    );
    let mut c = at_step(2);
    let out = c.say("which button do i press?");
    assert!(out[0].starts_with("send hint_reset"), "{out:?}");
}

#[test]
fn asking_to_do_it_later_keeps_the_ticket_open() {
    // Seen in a customer trial: "i'm on my phone, can i do this later?"
    // and "is it ok if i finish this tomorrow" closed the ticket.
    use super::intent::parse;
    let later = Intent::Question(super::Topic::Later);
    for text in [
        "i'm on my phone, can i do this later?",
        "is it ok if i finish this tomorrow",
        "can i come back to this later?",
        "could we pause this?",
        "can this wait until tomorrow?",
    ] {
        assert_eq!(parse(text), later, "{text:?}");
    }
    // Said, not asked, it is still a cancel; when it works again is not
    // this question.
    assert_eq!(parse("I'll do it later"), Intent::Cancel);
    assert_eq!(parse("forget it, I'll do it later"), Intent::Cancel);
    assert_ne!(parse("will it work again tomorrow?"), later);
    let mut c = at_step(1);
    let out = c.say("i'm on my phone, can i do this later?");
    assert!(out[0].starts_with("send answer_later "), "{out:?}");
    assert!(!out.iter().any(|l| l.contains("close")), "{out:?}");
    let out = c.press("rk:done");
    assert_eq!(out[0], STEP2, "{out:?}");
    let mut c = awaiting_form();
    let out = c.say("can i finish this tomorrow?");
    assert!(out[0].starts_with("send answer_later_link"), "{out:?}");
    each_reads_as(
        later,
        &[
            (Locale::De, "kann ich das später machen?"),
            (Locale::Es, "¿puedo hacerlo más tarde?"),
            (Locale::Fr, "je peux le faire plus tard ?"),
            (Locale::It, "posso farlo più tardi?"),
            (Locale::Pt, "posso fazer isso depois?"),
        ],
    );
    assert_eq!(
        super::lang::parse(Locale::Es, "lo hago luego"),
        Intent::Cancel
    );
}

#[test]
fn asking_for_a_call_says_the_chat_is_the_way_and_offers_a_person() {
    // Seen in a customer trial: "can you just call me?" got "I can't
    // answer that".
    use super::intent::parse;
    let contact = Intent::Question(super::Topic::Contact);
    for text in [
        "can you just call me?",
        "could we do a zoom call instead",
        "can we hop on a call",
        "is there a phone number i can call?",
        "email me the steps please",
    ] {
        assert_eq!(parse(text), contact, "{text:?}");
    }
    for text in [
        "will this break my zoom integration?",
        "the api call fails with 401",
        "i'm on my phone",
    ] {
        assert_ne!(parse(text), contact, "{text:?}");
    }
    let mut c = at_step(2);
    let out = c.say("can you just call me?");
    assert!(out[0].starts_with("send answer_contact"), "{out:?}");
    assert!(out[0].contains("rk:human"), "{out:?}");
    each_reads_as(
        contact,
        &[
            (Locale::De, "kannst du mich anrufen?"),
            (Locale::Es, "¿me puedes llamar?"),
            (Locale::Fr, "vous pouvez m'appeler ?"),
            (Locale::It, "potete chiamarmi?"),
            (Locale::Pt, "pode me ligar?"),
        ],
    );
}

#[test]
fn a_new_key_in_hand_at_step_one_goes_straight_to_the_link_step() {
    // Seen in a customer trial: "ok my admin did it, we have the new key"
    // at step 1 went to step 2 (reset the key) instead of step 3.
    use super::intent::has_new_key;
    for text in [
        "ok my admin did it, we have the new key",
        "i already reset the key",
        "got a new api key already",
    ] {
        assert!(has_new_key(text), "{text:?}");
    }
    for text in [
        "how do i get a new key?",
        "i'm trying to reset the key",
        "the new key doesn't work",
        "i'm in the developer settings",
    ] {
        assert!(!has_new_key(text), "{text:?}");
    }
    let mut c = at_step(1);
    let out = c.say("ok my admin did it, we have the new key");
    assert!(out[0].starts_with("send step_link"), "{out:?}");
    let mut c = at_step(1);
    let out = c.say("ok i'm in the developer settings");
    assert_eq!(out[0], STEP2, "{out:?}");
}

#[test]
fn a_question_while_confirming_is_answered_and_the_named_product_is_kept() {
    // Seen in a customer trial: after "hey our AC integration quit sending
    // contacts since yesterday" (the named confirming question), "wait
    // what's an api key" (in the `ask` band for its key words) started the
    // confirming over without the product, and the ticket then asked which
    // integration.
    let mut c = Convo::new();
    let complaint = ask_complaint(Integration::ActiveCampaign);
    c.say_with(
        "hey our AC integration quit sending contacts since yesterday",
        complaint,
    );
    assert_eq!(
        c.state.stage,
        Stage::Confirming {
            integration: Integration::ActiveCampaign
        }
    );
    let out = c.say_with(
        "wait what's an api key",
        det(Band::Ask, Integration::Unknown),
    );
    assert_eq!(
        out,
        lines(&["send confirm_question [rk:yes rk:no rk:human]"]),
        "{out:?}"
    );
    // A borderline message naming no product keeps the one named before.
    c.say_with(
        "the contacts thing again",
        det(Band::Ask, Integration::Unknown),
    );
    assert_eq!(
        c.state.stage,
        Stage::Confirming {
            integration: Integration::ActiveCampaign
        }
    );
    let out = c.press("rk:yes");
    assert!(out.contains(&STEP1.to_string()), "{out:?}");
}

#[test]
fn no_access_is_the_ask_your_admin_answer_and_access_granted_shows_the_step() {
    // Seen in a customer trial at step 1: "i dont have access to settings,
    // only my boss does" and then "ok boss gave me admin" both got "I'm
    // not sure what you mean".
    use super::intent::parse;
    let admin = Intent::Question(super::Topic::NoDeveloper);
    for text in [
        "i dont have access to settings, only my boss does",
        "only the owner can log in to activecampaign",
        "I don't have access to that",
    ] {
        assert_eq!(parse(text), admin, "{text:?}");
    }
    assert_ne!(parse("i can't access the link"), admin);
    let again = Intent::Question(super::Topic::NextStep);
    for text in ["ok boss gave me admin", "my manager gave me admin rights"] {
        assert_eq!(parse(text), again, "{text:?}");
    }
    let mut c = at_step(1);
    let out = c.say("i dont have access to settings, only my boss does");
    assert!(out[0].starts_with("send answer_no_developer"), "{out:?}");
    let out = c.say("ok boss gave me admin");
    assert_eq!(out[0], STEP1, "{out:?}");
}

#[test]
fn describing_the_trouble_again_while_confirming_opens_the_ticket() {
    // Seen in a customer trial: after the named confirming question about
    // Stripe, "i did it but it still says disconnected" got the same
    // question again instead of the OAuth steps.
    let complaint = ask_complaint(Integration::Stripe);
    let mut c = Convo::new();
    c.say_with(
        "hi, stripe payments arent showing up in customerhub anymore",
        complaint.clone(),
    );
    assert!(!c.state.ticket);
    let out = c.say_with("i did it but it still says disconnected", complaint.clone());
    assert_eq!(out[0], "open_ticket", "{out:?}");
    assert!(matches!(c.state.stage, Stage::OAuth { .. }), "{out:?}");
    // A second borderline complaint naming nothing keeps Stripe.
    let mut c = Convo::new();
    c.say_with("stripe stopped syncing?", complaint);
    let again = ask_complaint(Integration::Unknown);
    let out = c.say_with("payments just don't come through", again);
    assert_eq!(out[0], "open_ticket", "{out:?}");
    assert!(matches!(c.state.stage, Stage::OAuth { .. }), "{out:?}");
}

#[test]
fn keap_trouble_asked_about_while_confirming_gets_the_oauth_steps() {
    // Seen in a customer trial: confirming a Keap problem, "why does it
    // keep doing that" got ActiveCampaign's cause (a reset key) and "where
    // do i reconnect" the confirming question again.
    for text in ["why does it keep doing that", "where do i reconnect"] {
        let mut c = Convo::new();
        let complaint = ask_complaint(Integration::Keap);
        c.say_with("keap keeps disconnecting every few days", complaint);
        let out = c.say(text);
        assert_eq!(out[0], "open_ticket", "{text:?}: {out:?}");
        assert!(
            matches!(c.state.stage, Stage::OAuth { .. }),
            "{text:?}: {out:?}"
        );
        assert!(
            !out.iter().any(|l| l.contains("answer_keeps_breaking")),
            "{out:?}"
        );
    }
}

#[test]
fn a_keap_complaint_that_already_reconnected_gets_the_checklist_not_the_steps() {
    // Seen in a customer trial: "i reconnected but orders still not coming
    // in" was shown the reconnect steps it had just done.
    use super::intent::already_reconnected;
    for text in [
        "i reconnected but orders still not coming in",
        "already tried reconnecting stripe, payments still missing",
    ] {
        assert!(already_reconnected(text), "{text:?}");
    }
    for text in ["how do i reconnect keap?", "keap disconnected again"] {
        assert!(!already_reconnected(text), "{text:?}");
    }
    let mut c = Convo::new();
    let out = c.say_with(
        "i reconnected keap but orders still not coming in",
        det(Band::Act, Integration::Keap),
    );
    assert_eq!(out[0], "open_ticket", "{out:?}");
    assert!(
        out.iter().any(|l| l.starts_with("send oauth_checklist")),
        "{out:?}"
    );
    assert!(
        !out.iter().any(|l| l.contains("oauth_reconnect")),
        "{out:?}"
    );
    // Still broken after the checklist: a person.
    c.say("still not working");
    assert!(matches!(c.state.stage, Stage::Escalated { .. }));
}

#[test]
fn a_link_that_will_not_open_gets_a_fresh_link_not_the_key_checklist() {
    // Seen in a customer trial: "der link geht nicht auf" ("the link won't
    // open") with the link out got the checklist about the key and URL.
    for (locale, text) in [
        (Locale::En, "the link isn't working"),
        (Locale::En, "the link doesn't open"),
        (Locale::De, "der link geht nicht auf"),
        (Locale::Es, "el enlace no funciona"),
    ] {
        let mut c = awaiting_form();
        let mut d = chatter();
        d.locale = locale;
        let out = c.say_with(text, d);
        assert_eq!(out[0], "issue_link link_private", "{text:?}: {out:?}");
    }
    // Used, and still broken: the checklist.
    let mut c = awaiting_form();
    let out = c.say("i pasted the key in the link but it still isn't working");
    assert!(out[0].starts_with("send checklist"), "{out:?}");
}

#[test]
fn cannot_find_developer_is_the_no_developer_answer_in_each_language() {
    // Seen in a customer trial: "no encuentro developer" got the step's
    // where-hint (which says Settings > Developer again) instead of the
    // answer for a missing Developer menu (the user lacks API permission).
    each_reads_as(
        Intent::Question(super::Topic::NoDeveloper),
        &[
            (Locale::Es, "no encuentro developer"),
            (Locale::Es, "no encuentro la opción developer"),
            (Locale::Fr, "je ne trouve pas developer"),
            (Locale::Pt, "não encontro developer"),
            (Locale::De, "ich finde developer nicht"),
            (Locale::It, "non trovo la voce developer"),
        ],
    );
    assert_eq!(
        super::lang::parse(Locale::Es, "no encuentro el botón"),
        Intent::Question(super::Topic::Where)
    );
}

#[test]
fn asking_to_fix_it_while_confirming_is_a_yes() {
    // Seen in a customer trial: to the named confirming question about
    // Stripe, "can u just fix it for me" got the question again.
    use super::intent::asks_to_fix;
    for text in [
        "can u just fix it for me",
        "please help me fix this",
        "can you sort it out?",
    ] {
        assert!(asks_to_fix(text), "{text:?}");
    }
    for text in [
        "don't fix it yet",
        "it fixed itself",
        "how often should i rotate",
    ] {
        assert!(!asks_to_fix(text), "{text:?}");
    }
    let complaint = ask_complaint(Integration::Stripe);
    let mut c = Convo::new();
    c.say_with("stripe payments arent showing up anymore", complaint);
    let out = c.say("can u just fix it for me");
    assert_eq!(out[0], "open_ticket", "{out:?}");
    assert!(matches!(c.state.stage, Stage::OAuth { .. }), "{out:?}");
}
