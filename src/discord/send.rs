//! Message builders: every message Rekey posts has mentions disabled, and
//! embeds suppressed when it carries a link.

use serenity::all::{
    ButtonStyle, CreateActionRow, CreateAllowedMentions, CreateButton, CreateMessage, MessageFlags,
};

use crate::bot::ButtonOut;

/// Discord allows five buttons per row and five rows.
const PER_ROW: usize = 5;

/// A message with `text` and `buttons`, safe to post.
pub fn message_builder(text: &str, buttons: &[ButtonOut]) -> CreateMessage {
    let mut m = CreateMessage::new()
        .content(text)
        .allowed_mentions(CreateAllowedMentions::new());
    if text.contains("http://") || text.contains("https://") {
        m = m.flags(MessageFlags::SUPPRESS_EMBEDS);
    }
    if !buttons.is_empty() {
        let rows = buttons
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
                            CreateButton::new(b.id.clone())
                                .label(b.label.clone())
                                .style(style)
                        })
                        .collect(),
                )
            })
            .collect();
        m = m.components(rows);
    }
    m
}
