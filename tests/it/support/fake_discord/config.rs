//! The fake's configuration: the bot, its application, and the one guild
//! (channels, roles) it announces, with ids tests can refer to.

use std::time::Duration;

use super::model::{FakeChannel, FakeRole, FakeUser};

/// How long the `wait_*` helpers without a timeout argument wait before failing.
pub const WAIT: Duration = Duration::from_secs(10);

/// The bot's user id (also its application id) in the default configuration.
pub const BOT_ID: u64 = 10;
/// The configured guild's id (also the id of its @everyone role).
pub const GUILD_ID: u64 = 20;
/// A guild text channel, `#support`.
pub const SUPPORT_CHANNEL_ID: u64 = 30;
/// A guild text channel, `#general`.
pub const GENERAL_CHANNEL_ID: u64 = 31;
/// A role named `Support`.
pub const SUPPORT_ROLE_ID: u64 = 40;
/// The bot's own role, `Rekey`: view, send, embed links, read history, manage
/// messages and threads, create and post in threads.
pub const BOT_ROLE_ID: u64 = 41;
/// The guild's and the application's owner.
pub const OWNER_ID: u64 = 50;

/// The guild the fake announces in READY and sends in GUILD_CREATE.
#[derive(Clone, Debug)]
pub struct FakeGuild {
    pub id: u64,
    pub name: String,
    pub owner_id: u64,
    /// The first role should be @everyone (its id is the guild id).
    pub roles: Vec<FakeRole>,
    pub channels: Vec<FakeChannel>,
}

/// Everything a test may want to change before starting the fake.
#[derive(Clone, Debug)]
pub struct FakeDiscordConfig {
    pub bot: FakeUser,
    pub application_id: u64,
    /// The bot's roles in the guild. serenity checks permissions against its
    /// cache before some calls (e.g. `Message::delete`), so they matter.
    pub bot_roles: Vec<u64>,
    pub owner: FakeUser,
    pub guild: FakeGuild,
    /// Sent in HELLO; the client heartbeats at this interval.
    pub heartbeat_interval: Duration,
    /// Whether messages the bot sends come back as MESSAGE_CREATE, as on the
    /// real Discord (handlers must ignore their own messages).
    pub echo_bot_messages: bool,
}

impl Default for FakeDiscordConfig {
    fn default() -> Self {
        Self {
            bot: FakeUser::bot(BOT_ID, "Rekey"),
            application_id: BOT_ID,
            bot_roles: vec![BOT_ROLE_ID],
            owner: FakeUser::new(OWNER_ID, "owner"),
            guild: FakeGuild {
                id: GUILD_ID,
                name: "Rekey Test Guild".to_owned(),
                owner_id: OWNER_ID,
                roles: vec![
                    FakeRole::new(GUILD_ID, "@everyone", "104324673"),
                    FakeRole::new(SUPPORT_ROLE_ID, "Support", "8"),
                    FakeRole::new(BOT_ROLE_ID, "Rekey", "395137084416"),
                ],
                channels: vec![
                    FakeChannel::text(SUPPORT_CHANNEL_ID, "support"),
                    FakeChannel::text(GENERAL_CHANNEL_ID, "general"),
                ],
            },
            heartbeat_interval: Duration::from_secs(5),
            echo_bot_messages: true,
        }
    }
}
