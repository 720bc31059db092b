//! JSON builders for the Discord objects the fake sends and returns.
//!
//! Every builder emits all the fields serenity 0.12.5 requires to deserialize
//! the object (a missing one turns a gateway dispatch into `Event::Unknown`,
//! silently). Ids are strings, as Discord sends them.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::{Value, json};

/// Discord's epoch (2015-01-01) in Unix milliseconds; snowflakes count from it.
const DISCORD_EPOCH_MS: u64 = 1_420_070_400_000;

/// Default permissions the fake grants: administrator, so checks never fail
/// unless a test configures a failure explicitly.
pub const ALL_PERMISSIONS: &str = "8";

/// A user (a person or a bot) as the fake knows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FakeUser {
    pub id: u64,
    pub name: String,
    pub bot: bool,
}

impl FakeUser {
    /// A human user.
    pub fn new(id: u64, name: &str) -> Self {
        Self {
            id,
            name: name.to_owned(),
            bot: false,
        }
    }

    /// A bot user.
    pub fn bot(id: u64, name: &str) -> Self {
        Self {
            id,
            name: name.to_owned(),
            bot: true,
        }
    }
}

/// A channel the fake knows: a guild text channel, a thread or a DM.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FakeChannel {
    pub id: u64,
    pub name: String,
    /// Discord channel type: 0 text, 1 DM, 11 public thread, 12 private thread.
    pub kind: u8,
    /// The parent channel of a thread.
    pub parent_id: Option<u64>,
    /// The other party of a DM channel.
    pub recipient: Option<FakeUser>,
}

impl FakeChannel {
    /// A guild text channel.
    pub fn text(id: u64, name: &str) -> Self {
        Self {
            id,
            name: name.to_owned(),
            kind: 0,
            parent_id: None,
            recipient: None,
        }
    }

    /// A direct-message channel with `recipient`.
    pub fn dm(id: u64, recipient: FakeUser) -> Self {
        Self {
            id,
            name: String::new(),
            kind: 1,
            parent_id: None,
            recipient: Some(recipient),
        }
    }

    /// Whether the channel belongs to the guild (everything but DMs).
    pub fn in_guild(&self) -> bool {
        self.kind != 1
    }
}

/// A guild role.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FakeRole {
    pub id: u64,
    pub name: String,
    /// Permission bits, as Discord's decimal string.
    pub permissions: String,
}

impl FakeRole {
    pub fn new(id: u64, name: &str, permissions: &str) -> Self {
        Self {
            id,
            name: name.to_owned(),
            permissions: permissions.to_owned(),
        }
    }
}

/// Makes snowflake ids that encode the current time, so serenity's
/// `created_at()` on them is meaningful, and that never repeat.
#[derive(Debug, Default)]
pub struct Snowflakes {
    counter: AtomicU64,
}

impl Snowflakes {
    pub fn next(&self) -> u64 {
        let increment = self.counter.fetch_add(1, Ordering::Relaxed) & 0x3F_FFFF;
        ((now_ms() - DISCORD_EPOCH_MS) << 22) | increment
    }
}

fn now_ms() -> u64 {
    let since_epoch = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    u64::try_from(since_epoch.as_millis()).unwrap_or(u64::MAX)
}

/// The current time as RFC 3339 with microseconds, the format Discord uses.
pub fn timestamp_now() -> String {
    let ms = now_ms();
    let secs = ms / 1000;
    let (year, month, day) = civil_from_days(secs / 86_400);
    let rem = secs % 86_400;
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{:06}+00:00",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60,
        (ms % 1000) * 1000
    )
}

/// Converts days since 1970-01-01 to a (year, month, day) civil date
/// (the proleptic Gregorian calendar, valid for any date after 1970).
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z % 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    (year, month, day)
}

/// A user object.
pub fn user(user: &FakeUser) -> Value {
    json!({
        "id": user.id.to_string(),
        "username": user.name,
        "global_name": user.name,
        "discriminator": "0",
        "avatar": null,
        "bot": user.bot,
        "public_flags": 0,
    })
}

/// A partial member, as embedded in MESSAGE_CREATE (no `user`).
pub fn partial_member(roles: &[u64]) -> Value {
    json!({
        "roles": ids(roles),
        "joined_at": "2024-01-01T00:00:00.000000+00:00",
        "deaf": false,
        "mute": false,
        "flags": 0,
        "pending": false,
    })
}

/// A full guild member, as in GUILD_CREATE, interactions and `GET /guilds/{g}/members/{u}`.
pub fn member(user_: &FakeUser, roles: &[u64]) -> Value {
    let mut member = partial_member(roles);
    member["user"] = user(user_);
    member["nick"] = Value::Null;
    member["avatar"] = Value::Null;
    member["premium_since"] = Value::Null;
    member["permissions"] = json!(ALL_PERMISSIONS);
    member
}

/// A role object.
pub fn role(role: &FakeRole, position: usize) -> Value {
    json!({
        "id": role.id.to_string(),
        "name": role.name,
        "color": 0,
        "colors": {"primary_color": 0, "secondary_color": null, "tertiary_color": null},
        "hoist": false,
        "icon": null,
        "unicode_emoji": null,
        "position": position,
        "permissions": role.permissions,
        "managed": false,
        "mentionable": false,
        "flags": 0,
    })
}

/// A channel object; `guild_id` is added for guild channels and threads.
pub fn channel(channel: &FakeChannel, guild_id: u64, owner_id: u64) -> Value {
    let mut value = json!({
        "id": channel.id.to_string(),
        "type": channel.kind,
        "name": channel.name,
        "flags": 0,
        "last_message_id": null,
    });
    if let Some(recipient) = &channel.recipient {
        value["recipients"] = json!([user(recipient)]);
        return value;
    }
    value["guild_id"] = json!(guild_id.to_string());
    value["position"] = json!(0);
    value["permission_overwrites"] = json!([]);
    value["nsfw"] = json!(false);
    value["rate_limit_per_user"] = json!(0);
    value["parent_id"] = json!(channel.parent_id.map(|p| p.to_string()));
    if matches!(channel.kind, 10..=12) {
        value["owner_id"] = json!(owner_id.to_string());
        value["message_count"] = json!(0);
        value["member_count"] = json!(1);
        value["total_message_sent"] = json!(0);
        value["thread_metadata"] = json!({
            "archived": false,
            "auto_archive_duration": 1440,
            "archive_timestamp": timestamp_now(),
            "locked": false,
            "invitable": channel.kind == 12,
            "create_timestamp": timestamp_now(),
        });
    } else {
        value["topic"] = Value::Null;
    }
    value
}

/// The parts of a message that differ from one message to the next.
#[derive(Clone, Debug)]
pub struct MessageParts<'a> {
    pub id: u64,
    pub channel_id: u64,
    /// `Some` for guild channels: adds `guild_id` and `member`.
    pub guild_id: Option<u64>,
    pub author: &'a FakeUser,
    pub author_roles: &'a [u64],
    pub content: &'a str,
    /// The Discord message type: 0 default, 19 reply, 20 chat input command.
    pub kind: u8,
}

/// A full message object, as in MESSAGE_CREATE and REST replies.
pub fn message(parts: &MessageParts<'_>) -> Value {
    let mut value = json!({
        "id": parts.id.to_string(),
        "channel_id": parts.channel_id.to_string(),
        "author": user(parts.author),
        "content": parts.content,
        "timestamp": timestamp_now(),
        "edited_timestamp": null,
        "tts": false,
        "mention_everyone": false,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": [],
        "pinned": false,
        "type": parts.kind,
        "flags": 0,
        "components": [],
    });
    if let Some(guild_id) = parts.guild_id {
        value["guild_id"] = json!(guild_id.to_string());
        value["member"] = partial_member(parts.author_roles);
    }
    value
}

/// The guild as sent in GUILD_CREATE, with its channels, roles and members.
pub fn guild_create(
    guild: &super::FakeGuild,
    channels: &[FakeChannel],
    members: &[(FakeUser, Vec<u64>)],
) -> Value {
    let roles: Vec<Value> = guild
        .roles
        .iter()
        .enumerate()
        .map(|(i, r)| role(r, i))
        .collect();
    let channels: Vec<Value> = channels
        .iter()
        .filter(|c| c.in_guild() && !matches!(c.kind, 10..=12))
        .map(|c| channel(c, guild.id, guild.owner_id))
        .collect();
    let members: Vec<Value> = members.iter().map(|(u, roles)| member(u, roles)).collect();
    json!({
        "id": guild.id.to_string(),
        "name": guild.name,
        "icon": null,
        "icon_hash": null,
        "splash": null,
        "discovery_splash": null,
        "owner_id": guild.owner_id.to_string(),
        "afk_channel_id": null,
        "afk_timeout": 300,
        "verification_level": 0,
        "default_message_notifications": 0,
        "explicit_content_filter": 0,
        "roles": roles,
        "emojis": [],
        "features": [],
        "mfa_level": 0,
        "application_id": null,
        "system_channel_id": null,
        "system_channel_flags": 0,
        "rules_channel_id": null,
        "vanity_url_code": null,
        "description": null,
        "banner": null,
        "premium_tier": 0,
        "preferred_locale": "en-US",
        "public_updates_channel_id": null,
        "nsfw_level": 0,
        "stickers": [],
        "premium_progress_bar_enabled": false,
        "joined_at": "2024-01-01T00:00:00.000000+00:00",
        "large": false,
        "unavailable": false,
        "member_count": members.len(),
        "voice_states": [],
        "members": members,
        "channels": channels,
        "threads": [],
        "presences": [],
        "stage_instances": [],
        "guild_scheduled_events": [],
        "safety_alerts_channel_id": null,
    })
}

/// What differs between interactions of any type.
#[derive(Clone, Debug)]
pub struct InteractionParts<'a> {
    pub id: u64,
    pub application_id: u64,
    /// 2 application command, 3 message component, 5 modal submit.
    pub kind: u8,
    pub data: Value,
    pub channel_id: u64,
    /// `Some` for guild channels: the user is sent as `member`, else as `user`.
    pub guild_id: Option<u64>,
    pub user: &'a FakeUser,
    pub roles: &'a [u64],
    pub token: &'a str,
    /// The message a component belongs to (component interactions only).
    pub message: Option<Value>,
}

/// An interaction object, as in INTERACTION_CREATE.
pub fn interaction(parts: &InteractionParts<'_>) -> Value {
    let mut value = json!({
        "id": parts.id.to_string(),
        "application_id": parts.application_id.to_string(),
        "type": parts.kind,
        "data": parts.data,
        "channel_id": parts.channel_id.to_string(),
        "token": parts.token,
        "version": 1,
        "app_permissions": ALL_PERMISSIONS,
        "locale": "en-US",
        "entitlements": [],
        "authorizing_integration_owners": {},
        "attachment_size_limit": 10_485_760,
    });
    match parts.guild_id {
        Some(guild_id) => {
            value["guild_id"] = json!(guild_id.to_string());
            value["guild_locale"] = json!("en-US");
            value["member"] = member(parts.user, parts.roles);
            value["context"] = json!(0);
        }
        None => {
            value["user"] = user(parts.user);
            value["context"] = json!(1);
        }
    }
    if let Some(message) = &parts.message {
        value["message"] = message.clone();
    }
    value
}

/// The application info poise asks for at start-up (`GET /oauth2/applications/@me`).
pub fn application_info(application_id: u64, bot: &FakeUser, owner: &FakeUser) -> Value {
    json!({
        "id": application_id.to_string(),
        "name": bot.name,
        "icon": null,
        "description": "",
        "bot_public": false,
        "bot_require_code_grant": false,
        "owner": user(owner),
        "verify_key": "0".repeat(64),
        "team": null,
        "flags": 0,
        "bot": user(bot),
    })
}

/// A registered application command, echoing what the bot sent.
pub fn command(sent: &Value, id: u64, application_id: u64, guild_id: Option<u64>) -> Value {
    let mut value = sent.clone();
    value["id"] = json!(id.to_string());
    value["application_id"] = json!(application_id.to_string());
    value["version"] = json!(id.to_string());
    if value.get("type").is_none_or(Value::is_null) {
        value["type"] = json!(1);
    }
    if value.get("description").is_none_or(Value::is_null) {
        value["description"] = json!("");
    }
    if let Some(guild_id) = guild_id {
        value["guild_id"] = json!(guild_id.to_string());
    }
    value
}

/// The error body Discord sends when the bot lacks a permission.
pub fn missing_permissions() -> Value {
    json!({"code": 50013, "message": "Missing Permissions"})
}

/// The body Discord sends with a 500.
pub fn server_error() -> Value {
    json!({"code": 0, "message": "500: Internal Server Error"})
}

/// The body of a 404 for a route or object the fake does not know.
pub fn not_found(code: u32, what: &str) -> Value {
    json!({"code": code, "message": format!("Unknown {what}")})
}

/// Reads a snowflake field (`"123"`) of a JSON object; 0 if absent.
pub fn id_field(value: &Value, field: &str) -> u64 {
    value[field]
        .as_str()
        .and_then(|s| s.parse().ok())
        .unwrap_or_default()
}

fn ids(ids: &[u64]) -> Vec<String> {
    ids.iter().map(u64::to_string).collect()
}

#[cfg(test)]
mod tests {
    use super::civil_from_days;

    #[test]
    fn civil_dates_match_known_days() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_723), (2024, 1, 1));
        assert_eq!(civil_from_days(19_782), (2024, 2, 29));
    }
}
