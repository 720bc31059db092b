//! The secret-free timeline line written for every event: the event kind and
//! terse facts about it (detection scores, button id, outcome) — never the
//! message text, which may hold a key.

use super::event::{Event, VerifyOutcome};

pub(super) fn event_kind(event: &Event) -> &'static str {
    match event {
        Event::Message { .. } => "message",
        Event::Button { .. } => "button",
        Event::LinkOpened => "link_opened",
        Event::FormSubmitted => "form_submitted",
        Event::Verification(_) => "verification",
        Event::ReconnectDone { .. } => "reconnect_done",
        Event::Timer { .. } => "timer",
        Event::StaffHandOff { .. } => "staff_hand_off",
        Event::StaffHandBack => "staff_hand_back",
        Event::StaffClose => "staff_close",
        Event::LinkRevoked { .. } => "link_revoked",
        Event::Outreach { .. } => "outreach",
    }
}

/// Secret-free facts about an event (never the message text).
pub(super) fn event_note(event: &Event) -> String {
    match event {
        Event::Message { detection: d, .. } => format!(
            "band={} score={:.2} integration={} complaint={} rotation_request={} secrets={}",
            d.band.as_str(),
            d.score,
            d.integration.as_str(),
            d.complaint,
            d.rotation_request,
            d.secrets.len()
        ),
        // Ids come from the chat platform; keep only a bounded ASCII prefix.
        Event::Button { id } => id
            .chars()
            .filter(char::is_ascii_graphic)
            .take(100)
            .collect(),
        Event::Verification(outcome) => match outcome {
            VerifyOutcome::Verified { fingerprint, .. } => {
                format!("verified fingerprint={fingerprint}")
            }
            VerifyOutcome::KeyRejected
            | VerifyOutcome::NoPermission
            | VerifyOutcome::WrongUrl
            | VerifyOutcome::Billing
            | VerifyOutcome::Unavailable
            | VerifyOutcome::Unexpected
            | VerifyOutcome::Locked => outcome.class().as_str().into(),
            VerifyOutcome::Busy { retry_after_secs } => {
                format!("busy retry_after_secs={}", retry_after_secs.unwrap_or(0))
            }
        },
        Event::Timer { kind, generation } => format!("{kind:?} generation={generation}"),
        Event::StaffHandOff { staff } => format!("staff={staff}"),
        Event::LinkRevoked { reason } => format!("{reason:?}"),
        Event::Outreach { reason } => match reason {
            super::event::OutreachReason::Failing { class, .. } => format!("failing class={class}"),
            super::event::OutreachReason::Stale { .. } => "stale".into(),
            super::event::OutreachReason::StaffAsked { .. } => "staff_asked".into(),
        },
        Event::ReconnectDone { fingerprint } => {
            format!("fingerprint={}", fingerprint.as_deref().unwrap_or("-"))
        }
        Event::LinkOpened | Event::FormSubmitted | Event::StaffHandBack | Event::StaffClose => {
            String::new()
        }
    }
}
