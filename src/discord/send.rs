//! Message builders: every message Rekey posts has mentions disabled, and
//! embeds suppressed when it carries a link. Buttons posted for a customer
//! carry that customer's id in their custom id (`rk:yes|<user id>`), so in a
//! shared channel each customer's buttons are their own.

use serenity::all::{
    ButtonStyle, CreateActionRow, CreateAllowedMentions, CreateButton,
    CreateInteractionResponseFollowup, CreateMessage, MessageFlags,
};

use crate::bot::ButtonOut;

/// Discord allows five buttons per row and five rows.
const PER_ROW: usize = 5;

/// Separates a button's id from the id of the customer it was posted for.
const OWNER_SEPARATOR: char = '|';

/// Discord's limit on a custom id.
const CUSTOM_ID_MAX: usize = 100;

fn has_link(text: &str) -> bool {
    text.contains("http://") || text.contains("https://")
}

/// A message with `text` and `buttons`, safe to post.
pub fn message_builder(text: &str, buttons: &[ButtonOut]) -> CreateMessage {
    message_for(text, buttons, None)
}

/// A message with `text` and `buttons` that only `owner` (a Discord user id)
/// may press.
pub fn message_for(text: &str, buttons: &[ButtonOut], owner: Option<&str>) -> CreateMessage {
    let mut m = CreateMessage::new()
        .content(text)
        .allowed_mentions(CreateAllowedMentions::new());
    if has_link(text) {
        m = m.flags(MessageFlags::SUPPRESS_EMBEDS);
    }
    if !buttons.is_empty() {
        m = m.components(rows(buttons, owner));
    }
    m
}

fn rows(buttons: &[ButtonOut], owner: Option<&str>) -> Vec<CreateActionRow> {
    buttons
        .chunks(PER_ROW)
        .take(5)
        .map(|row| {
            CreateActionRow::Buttons(
                row.iter()
                    .map(|b| {
                        let style = if b.id == "rk:human" {
                            ButtonStyle::Secondary
                        } else {
                            ButtonStyle::Primary
                        };
                        CreateButton::new(custom_id(&b.id, owner))
                            .label(b.label.clone())
                            .style(style)
                    })
                    .collect(),
            )
        })
        .collect()
}

/// `id` tagged with its owner, when that still fits Discord's limit.
fn custom_id(id: &str, owner: Option<&str>) -> String {
    match owner {
        Some(o) if id.len() + 1 + o.len() <= CUSTOM_ID_MAX => {
            format!("{id}{OWNER_SEPARATOR}{o}")
        }
        _ => id.to_owned(),
    }
}

/// A pressed custom id split into the button id and its owner, if tagged.
pub fn split_owner(custom_id: &str) -> (&str, Option<&str>) {
    match custom_id.rsplit_once(OWNER_SEPARATOR) {
        Some((id, owner)) if !owner.is_empty() && owner.bytes().all(|b| b.is_ascii_digit()) => {
            (id, Some(owner))
        }
        _ => (custom_id, None),
    }
}

/// A private (ephemeral, flag 64) follow-up; one carrying a link also has
/// embeds suppressed (flag 4), so no crawler unfurls a single-use link.
pub fn private_followup(text: &str) -> CreateInteractionResponseFollowup {
    let mut flags = MessageFlags::EPHEMERAL;
    if has_link(text) {
        flags |= MessageFlags::SUPPRESS_EMBEDS;
    }
    CreateInteractionResponseFollowup::new()
        .content(text)
        .flags(flags)
        .allowed_mentions(CreateAllowedMentions::new())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owners_round_trip_through_custom_ids() {
        assert_eq!(
            split_owner(&custom_id("rk:yes", Some("60"))),
            ("rk:yes", Some("60"))
        );
        assert_eq!(split_owner("rk:yes"), ("rk:yes", None));
        assert_eq!(split_owner("rk:rate:5"), ("rk:rate:5", None));
        let long = "x".repeat(95);
        assert_eq!(
            custom_id(&long, Some("123456789012")),
            long,
            "too long: untagged"
        );
    }
}
