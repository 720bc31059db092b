//! What users do, injected as gateway dispatches: messages, button presses,
//! slash commands, plus guild membership and DM channels.

use serde_json::{Value, json};

use super::FakeDiscord;
use super::model::{self, FakeChannel, FakeUser, InteractionParts, MessageParts, id_field};
use super::state::InteractionInfo;

impl FakeDiscord {
    /// Makes `user` a guild member with `roles` (replacing earlier roles).
    /// Members are listed in GUILD_CREATE and served by `GET /guilds/{g}/members/{u}`.
    pub fn add_member(&self, user: &FakeUser, roles: &[u64]) {
        self.shared
            .update(|s| s.members.insert(user.id, (user.clone(), roles.to_vec())));
    }

    /// The DM channel between the bot and `user`, made on first use.
    pub fn dm_channel(&self, user: &FakeUser) -> u64 {
        let new_id = self.shared.ids.next();
        self.shared.update(|s| {
            let existing = s
                .channels
                .values()
                .find(|c| c.recipient.as_ref() == Some(user));
            match existing {
                Some(channel) => channel.id,
                None => {
                    s.channels
                        .insert(new_id, FakeChannel::dm(new_id, user.clone()));
                    new_id
                }
            }
        })
    }

    /// A user posts `content` in `channel_id` (a guild channel, thread or DM).
    /// Dispatches MESSAGE_CREATE and returns the new message id.
    pub fn send_message(&self, channel_id: u64, author: &FakeUser, content: &str) -> u64 {
        let id = self.shared.ids.next();
        let message = self.shared.update(|s| {
            let guild_id = s
                .channels
                .get(&channel_id)
                .filter(|c| c.in_guild())
                .map(|_| s.config.guild.id);
            if guild_id.is_some() {
                s.members
                    .entry(author.id)
                    .or_insert_with(|| (author.clone(), Vec::new()));
            }
            let roles = s
                .members
                .get(&author.id)
                .map(|(_, r)| r.clone())
                .unwrap_or_default();
            let message = model::message(&MessageParts {
                id,
                channel_id,
                guild_id,
                author,
                author_roles: &roles,
                content,
                kind: 0,
            });
            s.messages.insert(id, message.clone());
            message
        });
        self.shared.dispatch("MESSAGE_CREATE", message);
        id
    }

    /// `user` presses the button `custom_id` on message `message_id` (one the
    /// fake knows). Dispatches INTERACTION_CREATE type 3 and returns its id.
    pub fn press_button(&self, message_id: u64, custom_id: &str, user: &FakeUser) -> u64 {
        let message = self
            .message(message_id)
            .unwrap_or_else(|| panic!("press_button: the fake knows no message {message_id}"));
        let channel_id = id_field(&message, "channel_id");
        let data = json!({"custom_id": custom_id, "component_type": 2});
        self.interaction(3, data, channel_id, user, None, Some(message))
    }

    /// `user` (with `roles`) runs the slash command `/name` in `channel_id`.
    /// `options` is the interaction's option array, e.g.
    /// `json!([{"name": "email", "type": 3, "value": "a@b.c"}])`.
    /// Dispatches INTERACTION_CREATE type 2 and returns its id.
    pub fn slash_command(
        &self,
        channel_id: u64,
        name: &str,
        options: Value,
        user: &FakeUser,
        roles: &[u64],
    ) -> u64 {
        let command_id = self
            .shared
            .read(|s| s.commands.get(name).map(|c| id_field(c, "id")))
            .unwrap_or_else(|| self.shared.ids.next());
        let data =
            json!({"id": command_id.to_string(), "name": name, "type": 1, "options": options});
        let data = super::resolved::with_users(&self.shared, data);
        self.interaction(2, data, channel_id, user, Some(roles), None)
    }

    fn interaction(
        &self,
        kind: u8,
        data: Value,
        channel_id: u64,
        user: &FakeUser,
        roles: Option<&[u64]>,
        message: Option<Value>,
    ) -> u64 {
        let id = self.shared.ids.next();
        let token = format!("fake-interaction-token-{id}");
        let interaction = self.shared.update(|s| {
            let guild_id = s
                .channels
                .get(&channel_id)
                .filter(|c| c.in_guild())
                .map(|_| s.config.guild.id);
            if guild_id.is_some() {
                let member = s
                    .members
                    .entry(user.id)
                    .or_insert_with(|| (user.clone(), Vec::new()));
                if let Some(roles) = roles {
                    member.1 = roles.to_vec();
                }
            }
            let roles = s
                .members
                .get(&user.id)
                .map(|(_, r)| r.clone())
                .unwrap_or_default();
            let message_id = message.as_ref().map(|m| id_field(m, "id"));
            s.interactions.insert(
                token.clone(),
                InteractionInfo {
                    id,
                    channel_id,
                    message_id,
                },
            );
            model::interaction(&InteractionParts {
                id,
                application_id: s.config.application_id,
                kind,
                data,
                channel_id,
                guild_id,
                user,
                roles: &roles,
                token: &token,
                message,
            })
        });
        self.shared.dispatch("INTERACTION_CREATE", interaction);
        id
    }

    /// Sends any dispatch as is (`t` = `event`, `d` = `data`), for events the
    /// fake has no helper for.
    pub fn dispatch(&self, event: &str, data: Value) {
        self.shared.dispatch(event, data);
    }
}
