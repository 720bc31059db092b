//! The Discord adapter: token, channels, staff role, shards and post retries.

use std::fmt;
use std::time::Duration;

use secrecy::SecretString;

use super::parse::{minutes, within};

/// The Discord adapter.
#[derive(Clone)]
pub struct DiscordSettings {
    /// `DISCORD_TOKEN`: the bot token.
    pub token: SecretString,
    /// `REKEY_DISCORD_CHANNELS`: channel ids whose messages the bot reads.
    pub channels: Vec<u64>,
    /// `REKEY_DISCORD_STAFF_ROLE`: the role allowed to use staff commands.
    pub staff_role: Option<u64>,
    /// `REKEY_DISCORD_TRIAGE_CHANNEL`: where staff notices go.
    pub triage_channel: Option<u64>,
    /// `REKEY_DISCORD_GUILD`: register slash commands in this server only
    /// (instant); unset registers them globally.
    pub guild: Option<u64>,
    /// `REKEY_DISCORD_PROXY_URL`: send every REST call to this
    /// Discord-compatible proxy (which owns rate limits for all instances).
    pub proxy_url: Option<String>,
    /// `REKEY_DISCORD_SHARDS`: the shards this process runs (`FIRST-LAST/TOTAL`);
    /// `None` = serenity's automatic sharding, every shard in this process.
    pub shards: Option<ShardRange>,
    /// `REKEY_DISCORD_STAFF_PERMISSIONS`: the permissions a member needs to
    /// see the staff commands at all (Discord's `default_member_permissions`
    /// bits; names such as `MANAGE_THREADS` or a number). The staff role is
    /// still checked on every use.
    pub staff_permissions: u64,
    /// `REKEY_DISCORD_RETRY`: waits before each retry of a failed post
    /// (`10s,1m,5m,30m`); after the last, staff are told what was lost.
    pub retry: Vec<Duration>,
}

/// The default waits between attempts of a failed Discord post.
pub fn default_discord_retry() -> Vec<Duration> {
    [10, 60, 300, 1800]
        .into_iter()
        .map(Duration::from_secs)
        .collect()
}

/// A comma-separated list of durations (`10s,1m,5m`), each at most a day;
/// empty = no retries.
pub(super) fn parse_duration_list(raw: &str) -> Result<Vec<Duration>, String> {
    raw.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|d| within(minutes(24 * 60))(d))
        .collect()
}

/// A contiguous range of gateway shards out of a total, `FIRST-LAST/TOTAL`
/// (both ends included), e.g. `0-3/8` runs shards 0, 1, 2 and 3 of 8.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShardRange {
    pub first: u32,
    pub last: u32,
    pub total: u32,
}

impl ShardRange {
    /// Parses `FIRST-LAST/TOTAL` (also `ID/TOTAL` for one shard).
    pub fn parse(raw: &str) -> Result<Self, String> {
        let shape = || format!("expected FIRST-LAST/TOTAL such as 0-3/8, got {raw:?}");
        let (range, total) = raw.trim().split_once('/').ok_or_else(shape)?;
        let (first, last) = range.split_once('-').unwrap_or((range, range));
        let number = |s: &str| s.trim().parse::<u32>().map_err(|_| shape());
        let (first, last, total) = (number(first)?, number(last)?, number(total)?);
        if total == 0 {
            return Err("TOTAL must be at least 1".into());
        }
        if first > last {
            return Err(format!(
                "FIRST ({first}) must not be greater than LAST ({last})"
            ));
        }
        if last >= total {
            return Err(format!(
                "LAST ({last}) must be less than TOTAL ({total}): shard ids run from 0 to TOTAL-1"
            ));
        }
        Ok(ShardRange { first, last, total })
    }

    /// Whether this range runs the shard that receives `guild_id`'s events
    /// (Discord's rule: `(guild_id >> 22) % total`).
    pub fn owns_guild(&self, guild_id: u64) -> bool {
        let shard = (guild_id >> 22) % u64::from(self.total);
        (u64::from(self.first)..=u64::from(self.last)).contains(&shard)
    }
}

impl fmt::Display for ShardRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}/{}", self.first, self.last, self.total)
    }
}

impl fmt::Debug for DiscordSettings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DiscordSettings")
            .field("token", &"****")
            .field("channels", &self.channels)
            .field("staff_role", &self.staff_role)
            .field("triage_channel", &self.triage_channel)
            .field("guild", &self.guild)
            .field("proxy_url", &self.proxy_url)
            .field("shards", &self.shards)
            .field("staff_permissions", &self.staff_permissions)
            .field("retry", &self.retry)
            .finish()
    }
}
