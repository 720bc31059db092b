//! Marks what a leak reply claims about the deletion, so a channel that
//! could not delete the message can tell the truth instead.
//!
//! The engine words a leak as if the message was removed ("I removed a
//! message…"). Whether that is true is only known to the channel adapter once
//! it tried. The runner therefore fills the [`Outgoing::Delete`] item with the
//! texts of the items that claim the removal and with the secret's
//! fingerprints; an adapter whose delete failed replaces those items with
//! truthful ones (see `discord::leak`).

use crate::conversation::{Action, StaffNotice};
use crate::prompts::PromptId;
use crate::store::Ticket;

use super::{Bot, Outgoing};

/// Whether `action` says (to the customer or to staff) that the message
/// with the secret was removed.
fn claims_removal(action: &Action) -> bool {
    match action {
        Action::Send { prompt, .. } | Action::SendPrivate { prompt, .. } => matches!(
            prompt,
            PromptId::LeakNotice | PromptId::LeakPrivate | PromptId::LeakStripePrivate
        ),
        Action::NotifyStaff(StaffNotice::LeakedKey { .. }) => true,
        _ => false,
    }
}

impl Bot {
    /// Fills every `Delete` item of `out` with the claims and fingerprints
    /// of the same step's `actions` (rendering is deterministic, so the
    /// texts match the items in `out`).
    pub(super) fn mark_leak_claims(
        &self,
        locale: crate::domain::Locale,
        ticket: &Ticket,
        actions: &[Action],
        out: &mut [Outgoing],
    ) {
        let claims: Vec<String> = actions
            .iter()
            .filter(|a| claims_removal(a))
            .filter_map(|a| self.render(locale, ticket, a))
            .filter_map(|o| o.text().map(str::to_owned))
            .collect();
        let fingerprints: Vec<String> = actions
            .iter()
            .find_map(|a| match a {
                Action::NotifyStaff(StaffNotice::LeakedKey { fingerprints }) => {
                    Some(fingerprints.clone())
                }
                _ => None,
            })
            .unwrap_or_default();
        for item in out.iter_mut() {
            if let Outgoing::Delete {
                claims: c,
                fingerprints: f,
                ..
            } = item
            {
                c.clone_from(&claims);
                f.clone_from(&fingerprints);
            }
        }
    }
}
