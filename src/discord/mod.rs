//! The Discord adapter (serenity + poise): translates gateway events into
//! [`Bot`] calls and carries out the replies. Only this module knows
//! serenity.
//!
//! - Messages in watched channels, DMs and ticket threads go to the bot.
//! - A new ticket gets its own thread (private where the server allows,
//!   else public from the customer's message).
//! - Button presses are acknowledged at once (well inside Discord's 3 s);
//!   private replies, the secure link above all, go out as ephemeral
//!   (flag 64) follow-ups — only to the ticket's customer.
//! - Every message has mentions disabled; messages with links have embeds
//!   suppressed.
//! - Staff notices go to the triage channel; staff slash commands are in
//!   [`commands`].

mod commands;
pub mod escape;
mod outreach;
mod retry;
mod send;

use std::collections::HashSet;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::Context as _;
use async_trait::async_trait;
use secrecy::ExposeSecret;
use serenity::all::{
    ChannelId, ChannelType, ClientBuilder, ComponentInteraction, Context,
    CreateInteractionResponse, CreateThread, EventHandler, GatewayIntents, GuildId, Interaction,
    Message, MessageId, Ready, UserId,
};
use serenity::http::HttpError;
use serenity::http::{Http, HttpBuilder};
use serenity::prelude::SerenityError;

use crate::bot::{Bot, BotError, Customer, Inbound, Outgoing, Reply, Transport};
use crate::config::{DiscordSettings, ShardRange};
use crate::domain::Channel;
use crate::prompts::PromptId;
use crate::store::Ticket;

pub use send::message_builder;

/// The intents Rekey needs: guild and DM messages with their content.
pub fn intents() -> GatewayIntents {
    GatewayIntents::GUILDS
        | GatewayIntents::GUILD_MESSAGES
        | GatewayIntents::DIRECT_MESSAGES
        | GatewayIntents::MESSAGE_CONTENT
}

/// Who sees the staff commands unless `REKEY_DISCORD_STAFF_PERMISSIONS`
/// says otherwise: members who may manage threads.
pub const DEFAULT_STAFF_PERMISSIONS: u64 = serenity::all::Permissions::MANAGE_THREADS.bits();

/// Parses `REKEY_DISCORD_STAFF_PERMISSIONS`: permission names
/// (`MANAGE_THREADS,MANAGE_MESSAGES`, any case, `,` or `|` between) or the
/// bit set as a number.
pub fn parse_permissions(raw: &str) -> Result<u64, String> {
    use serenity::all::Permissions;
    let raw = raw.trim();
    if let Ok(bits) = raw.parse::<u64>() {
        return Permissions::from_bits(bits)
            .map(|p| p.bits())
            .ok_or_else(|| format!("{bits} has bits that are not Discord permissions"));
    }
    let mut all = Permissions::empty();
    for name in raw
        .split([',', '|'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        let flag = Permissions::from_name(&name.to_ascii_uppercase().replace([' ', '-'], "_"))
            .ok_or_else(|| {
                format!(
                    "unknown Discord permission {name:?} (e.g. MANAGE_THREADS, MANAGE_MESSAGES)"
                )
            })?;
        all |= flag;
    }
    if all.is_empty() {
        return Err("name at least one permission, e.g. MANAGE_THREADS".into());
    }
    Ok(all.bits())
}

/// What the handlers share.
pub struct Shared {
    pub bot: Arc<Bot>,
    /// Set once the gateway said ready (read by `/readyz`).
    pub connected: Arc<AtomicBool>,
    pub http: Arc<Http>,
    pub settings: DiscordSettings,
    watched: HashSet<u64>,
    /// Whether the public-thread fallback was logged (once per process).
    public_fallback_logged: AtomicBool,
}

impl std::fmt::Debug for Shared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Shared")
            .field("settings", &self.settings)
            .finish_non_exhaustive()
    }
}

/// The REST client: straight to Discord, or through `REKEY_DISCORD_PROXY_URL`.
///
/// With a proxy, serenity's own rate limiter is off: the proxy owns the
/// global rate limits for every instance, and serenity ignores a proxy while
/// its own rate limiter is on.
pub fn http(settings: &DiscordSettings) -> Http {
    let mut builder = HttpBuilder::new(settings.token.expose_secret());
    if let Some(proxy) = &settings.proxy_url {
        builder = builder.proxy(proxy.as_str()).ratelimiter_disabled(true);
    }
    builder.build()
}

/// Why the Discord client stopped.
#[derive(Debug, thiserror::Error)]
pub enum DiscordError {
    #[error(
        "Discord refused the bot's intents (close code 4014). Enable the MESSAGE CONTENT \
         INTENT: Discord Developer Portal > your application > Bot > Privileged Gateway \
         Intents > Message Content Intent, then restart Rekey"
    )]
    MessageContentIntent,
    #[error(
        "Discord rejected the bot token (DISCORD_TOKEN): check it in the Developer Portal > Bot"
    )]
    BadToken,
    #[error("the Discord client failed: {0}")]
    Client(#[from] SerenityError),
}

/// A last change to the client before it is built (tests add a raw event
/// handler that fails on events serenity could not parse).
pub type ClientHook = Box<dyn FnOnce(ClientBuilder) -> ClientBuilder + Send>;

/// The connected Discord client [`run`] drives (the app holds it without
/// naming serenity).
pub type Client = serenity::Client;

/// Builds the serenity client with Rekey's handler and staff commands and
/// registers the Discord transport with the bot. Run it with [`run`].
pub async fn client(
    bot: Arc<Bot>,
    settings: DiscordSettings,
    hook: Option<ClientHook>,
    connected: Arc<AtomicBool>,
) -> anyhow::Result<serenity::Client> {
    if settings.channels.is_empty() {
        tracing::warn!("REKEY_DISCORD_CHANNELS is empty: the bot only answers direct messages");
    }
    if settings.staff_role.is_none() {
        tracing::warn!("REKEY_DISCORD_STAFF_ROLE is not set: nobody can use the staff commands");
    }
    let http = Arc::new(http(&settings));
    let shared = Arc::new(Shared {
        bot: bot.clone(),
        connected,
        http: http.clone(),
        watched: settings.channels.iter().copied().collect(),
        settings: settings.clone(),
        public_fallback_logged: AtomicBool::new(false),
    });
    bot.register_transport(Channel::Discord, Arc::new(DiscordTransport(shared.clone())));
    bot.register_job_kind(retry::POST_JOB, Arc::new(retry::PostRetry(shared.clone())));
    let framework = commands::framework(shared.clone());
    // The gateway client gets its own REST client, configured the same way.
    let mut builder = ClientBuilder::new_with_http(self::http(&settings), intents())
        .event_handler(Handler(shared))
        .framework(framework);
    if let Some(hook) = hook {
        builder = hook(builder);
    }
    builder.await.context("cannot build the Discord client")
}

/// Runs the client until it stops; maps the errors people can fix.
///
/// With `shards` (`REKEY_DISCORD_SHARDS`) this process runs only that range,
/// so several instances split the gateway between them; without, serenity
/// asks `GET /gateway/bot` how many shards Discord recommends and runs them
/// all here.
pub async fn run(
    mut client: serenity::Client,
    shards: Option<ShardRange>,
) -> Result<(), DiscordError> {
    use serenity::gateway::GatewayError;
    let started = match shards {
        Some(range) => {
            tracing::info!(shards = %range, "connecting to Discord");
            // serenity's range end is inclusive: `a..b` boots shards a to b.
            client
                .start_shard_range(range.first..range.last, range.total)
                .await
        }
        None => {
            tracing::info!("connecting to Discord (automatic sharding)");
            client.start_autosharded().await
        }
    };
    match started {
        Ok(()) => Ok(()),
        Err(SerenityError::Gateway(GatewayError::DisallowedGatewayIntents)) => {
            Err(DiscordError::MessageContentIntent)
        }
        Err(SerenityError::Gateway(GatewayError::InvalidAuthentication)) => {
            Err(DiscordError::BadToken)
        }
        Err(e) => Err(DiscordError::Client(e)),
    }
}

struct Handler(Arc<Shared>);

#[async_trait]
impl EventHandler for Handler {
    async fn ready(&self, _ctx: Context, ready: Ready) {
        // Follow-ups (ephemeral replies) are addressed by application id.
        self.0.http.set_application_id(ready.application.id);
        self.0.connected.store(true, Ordering::Relaxed);
        tracing::info!(user = %ready.user.name, guilds = ready.guilds.len(), "connected to Discord");
    }

    async fn message(&self, _ctx: Context, msg: Message) {
        if msg.author.bot {
            return;
        }
        if let Err(e) = self.0.on_message(&msg).await {
            tracing::error!(error = format!("{e:#}"), channel = %msg.channel_id, "could not handle a Discord message");
        }
    }

    async fn interaction_create(&self, _ctx: Context, interaction: Interaction) {
        if let Interaction::Component(press) = interaction
            && let Err(e) = self.0.on_button(&press).await
        {
            tracing::error!(error = format!("{e:#}"), "could not handle a button press");
        }
    }
}

fn customer_of(user: &serenity::all::User) -> Customer {
    let shown = user.global_name.as_deref().unwrap_or(&user.name);
    Customer {
        channel: Channel::Discord,
        customer_ref: user.id.get().to_string(),
        // Display names are user-controlled: no control characters, capped.
        name: crate::text_safety::name(shown),
    }
}

/// Where a reply's event happened on Discord.
struct Origin<'a> {
    /// The channel of the message or the pressed button.
    channel: ChannelId,
    guild: Option<GuildId>,
    /// Who wrote or pressed.
    user: UserId,
    /// The message a public thread can start from (the customer's message,
    /// or the bot's message whose button was pressed).
    anchor: Option<MessageId>,
    /// The button press (private replies are its ephemeral follow-ups).
    press: Option<&'a ComponentInteraction>,
}

/// What became of deleting a message that held a secret.
enum Deletion {
    Deleted,
    /// Not deleted, with the reason to tell people.
    Refused(String),
}

/// A leak in this reply: what the delete did and which items claim it.
struct Leak {
    deletion: Deletion,
    claims: Vec<String>,
    fingerprints: Vec<String>,
    message_link: String,
    /// The one customer warning went out.
    warned: bool,
}

impl Shared {
    async fn is_watched(&self, msg: &Message) -> anyhow::Result<bool> {
        if msg.guild_id.is_none() || self.watched.contains(&msg.channel_id.get()) {
            return Ok(true);
        }
        let place = msg.channel_id.get().to_string();
        Ok(self
            .bot
            .store()
            .ticket_by_place(Channel::Discord, &place)
            .await?
            .is_some())
    }

    /// The place an event happened, as the bot knows places: a ticket's
    /// thread or a DM. A watched channel is shared by every customer, so it
    /// is never a ticket's place (each ticket gets its own thread).
    fn place_ref(&self, channel: ChannelId, guild: Option<GuildId>) -> Option<String> {
        if guild.is_some() && self.watched.contains(&channel.get()) {
            None
        } else {
            Some(channel.get().to_string())
        }
    }

    async fn on_message(&self, msg: &Message) -> anyhow::Result<()> {
        if !self.is_watched(msg).await? {
            return Ok(());
        }
        let reply = self
            .bot
            .message(Inbound {
                customer: customer_of(&msg.author),
                place_ref: self.place_ref(msg.channel_id, msg.guild_id),
                message_id: msg.id.get().to_string(),
                text: msg.content.clone(),
            })
            // A failure is logged by the caller, never answered here: while
            // the store is down every watched message would fail, and an
            // apology under each would flood the support channel.
            .await?;
        let origin = Origin {
            channel: msg.channel_id,
            guild: msg.guild_id,
            user: msg.author.id,
            anchor: Some(msg.id),
            press: None,
        };
        self.carry_out(&reply, msg.channel_id, Some(&origin)).await;
        Ok(())
    }

    async fn on_button(&self, press: &ComponentInteraction) -> anyhow::Result<()> {
        // Acknowledge first: nothing visible, and well within 3 seconds.
        press
            .create_response(&self.http, CreateInteractionResponse::Acknowledge)
            .await?;
        let (id, owner) = send::split_owner(&press.data.custom_id);
        let presser = press.user.id.get().to_string();
        let result = if owner.is_some_and(|o| o != presser) {
            // Another customer's buttons, e.g. their question in the
            // shared channel.
            Err(BotError::NotYourTicket)
        } else {
            self.bot
                .button(
                    customer_of(&press.user),
                    self.place_ref(press.channel_id, press.guild_id),
                    id,
                )
                .await
        };
        match result {
            Ok(reply) => {
                let origin = Origin {
                    channel: press.channel_id,
                    guild: press.guild_id,
                    user: press.user.id,
                    anchor: Some(press.message.id),
                    press: Some(press),
                };
                self.carry_out(&reply, press.channel_id, Some(&origin))
                    .await
            }
            Err(e) if e.is_refusal() => {
                self.followup(press, &self.bot.reply_for(&e)).await;
            }
            Err(e) => return Err(e.into()),
        }
        Ok(())
    }

    /// An ephemeral (flag 64) follow-up to a button press; with a link also
    /// flag 4 (no embeds). Never retried: see `retry`.
    async fn followup(&self, press: &ComponentInteraction, text: &str) {
        if let Err(e) = press
            .create_followup(&self.http, send::private_followup(text))
            .await
        {
            tracing::error!(error = %e, "could not send a private reply");
            self.bot
                .metrics()
                .call_error(crate::metrics::Service::Discord);
        }
    }

    /// Carries out a reply in order. `origin` is the Discord event it
    /// answers (none for replies delivered later through the transport).
    async fn carry_out(&self, reply: &Reply, channel: ChannelId, origin: Option<&Origin<'_>>) {
        let ticket = reply.ticket.as_ref();
        let mut place = ticket
            .and_then(|t| t.place_ref.as_deref())
            .and_then(|p| p.parse::<u64>().ok())
            .map(ChannelId::new)
            .unwrap_or(channel);
        // Buttons are the ticket's customer's (or the writer's, before a
        // ticket exists).
        let owner = ticket
            .map(|t| t.customer_ref.clone())
            .or_else(|| origin.map(|o| o.user.get().to_string()));
        let press = origin.and_then(|o| o.press);
        let mut leak: Option<Leak> = None;
        for item in &reply.outgoing {
            match item {
                Outgoing::OpenPlace => {
                    if let (Some(t), Some(o)) = (ticket, origin)
                        && let Some(thread) = self.open_thread(t, o).await
                    {
                        place = thread;
                    }
                }
                Outgoing::Delete {
                    message_id,
                    claims,
                    fingerprints,
                } => {
                    let deletion = self.delete(channel, message_id).await;
                    leak = Some(Leak {
                        deletion,
                        claims: claims.clone(),
                        fingerprints: fingerprints.clone(),
                        message_link: message_link(
                            origin.and_then(|o| o.guild),
                            channel,
                            message_id,
                        ),
                        warned: false,
                    });
                }
                Outgoing::Say { text, .. } | Outgoing::Private { text, .. }
                    if leak.as_ref().is_some_and(|l| l.claims.contains(text)) =>
                {
                    if let (Some(l), Some(t)) = (leak.as_mut(), ticket)
                        && !l.warned
                    {
                        l.warned = true;
                        let warning = self.leak_warning(t, l);
                        self.say(t, place, &warning, &[], owner.as_deref()).await;
                    }
                }
                Outgoing::Staff { text }
                    if leak.as_ref().is_some_and(|l| l.claims.contains(text)) =>
                {
                    let (Some(l), Some(t)) = (leak.as_ref(), ticket) else {
                        continue;
                    };
                    match &l.deletion {
                        Deletion::Deleted => {
                            self.to_triage_at(t, place, &self.escape_names(t, text))
                                .await
                        }
                        Deletion::Refused(reason) => {
                            let line = self.delete_refused_line(t, l, reason);
                            self.to_triage_at(t, place, &line).await;
                        }
                    }
                }
                Outgoing::Say { text, buttons } => {
                    self.say_in(ticket, place, text, buttons, owner.as_deref())
                        .await
                }
                Outgoing::Private { text, buttons } => match press {
                    Some(p) if buttons.is_empty() => self.followup(p, text).await,
                    // Without an interaction there is no ephemeral message:
                    // the ticket's thread is the private place.
                    _ => {
                        self.say_in(ticket, place, text, buttons, owner.as_deref())
                            .await
                    }
                },
                Outgoing::Link { text, .. } => match press {
                    Some(p) => self.followup(p, text).await,
                    None => self.link_button(ticket, place, owner.as_deref()).await,
                },
                Outgoing::Staff { text } => match ticket {
                    Some(t) => {
                        self.to_triage_at(t, place, &self.escape_names(t, text))
                            .await
                    }
                    None => self.to_triage(text).await,
                },
            }
        }
    }

    /// The one warning after a leak: removed, or please delete it now.
    fn leak_warning(&self, t: &Ticket, l: &Leak) -> String {
        let customer = escape::markdown(&t.customer_name);
        let fingerprint = l.fingerprints.join(", ");
        match &l.deletion {
            Deletion::Deleted => self.bot.prompts().render(
                PromptId::LeakRemovedWarning,
                &[("customer", &customer), ("fingerprint", &fingerprint)],
            ),
            Deletion::Refused(reason) => self.bot.prompts().render(
                PromptId::LeakNotRemovedWarning,
                &[
                    ("customer", &customer),
                    ("fingerprint", &fingerprint),
                    ("message_link", &l.message_link),
                    ("reason", reason),
                ],
            ),
        }
    }

    fn delete_refused_line(&self, t: &Ticket, l: &Leak, reason: &str) -> String {
        self.bot.prompts().render(
            PromptId::StaffDeleteFailed,
            &[
                ("ticket_id", &t.id.to_string()),
                ("customer", &escape::markdown(&t.customer_name)),
                ("status", t.status.as_str()),
                ("fingerprints", &l.fingerprints.join(", ")),
                ("message_link", &l.message_link),
                ("reason", reason),
            ],
        )
    }

    /// User-controlled names in a rendered message, escaped for Markdown:
    /// the customer's and the ActiveCampaign user's.
    fn escape_names(&self, t: &Ticket, text: &str) -> String {
        let ac_user = crate::conversation::State::from_json(&t.state)
            .ok()
            .and_then(|s| s.verified.map(|v| v.user));
        let mut values = vec![t.customer_name.as_str()];
        if let Some(u) = ac_user.as_deref() {
            values.push(u);
        }
        escape::values_in(text, &values)
    }

    /// Opens the ticket's thread and records it as the ticket's place:
    /// private where the server allows it, else public (said once in the
    /// log). A DM is already private: no thread.
    async fn open_thread(&self, ticket: &Ticket, origin: &Origin<'_>) -> Option<ChannelId> {
        origin.guild?;
        let name =
            crate::text_safety::cap(&format!("{} · {}", ticket.id, ticket.customer_name), 95);
        let private = CreateThread::new(name.clone())
            .kind(ChannelType::PrivateThread)
            .invitable(false);
        let thread = match origin.channel.create_thread(&self.http, private).await {
            Ok(t) => {
                if let Err(e) = t.id.add_thread_member(&self.http, origin.user).await {
                    tracing::warn!(error = %e, ticket = %ticket.id, "could not add the customer to the private thread");
                }
                t.id
            }
            Err(e) => {
                if !self.public_fallback_logged.swap(true, Ordering::Relaxed) {
                    tracing::warn!(error = %e, "this server does not allow the bot private threads; tickets get public threads (logged once)");
                }
                let public = CreateThread::new(name).kind(ChannelType::PublicThread);
                // From the message where possible; a message already deleted
                // (a leaked key) cannot start a thread, so then a standalone one.
                let from_message = match origin.anchor {
                    Some(m) => Some(
                        origin
                            .channel
                            .create_thread_from_message(&self.http, m, public.clone())
                            .await,
                    ),
                    None => None,
                };
                let opened = match from_message {
                    Some(Ok(t)) => Ok(t),
                    _ => origin.channel.create_thread(&self.http, public).await,
                };
                match opened {
                    Ok(t) => {
                        if let Err(e) = t.id.add_thread_member(&self.http, origin.user).await {
                            tracing::warn!(error = %e, ticket = %ticket.id, "could not add the customer to the thread");
                        }
                        t.id
                    }
                    Err(e) => {
                        tracing::error!(error = %e, ticket = %ticket.id, "could not open a thread; staying in the channel");
                        self.bot
                            .metrics()
                            .call_error(crate::metrics::Service::Discord);
                        return None;
                    }
                }
            }
        };
        if let Err(e) = self
            .bot
            .set_place(ticket.id, &thread.get().to_string())
            .await
        {
            tracing::error!(error = %e, "could not record the ticket's thread");
        }
        Some(thread)
    }

    /// Posts in the ticket's conversation (retried if Discord fails).
    async fn say_in(
        &self,
        ticket: Option<&Ticket>,
        place: ChannelId,
        text: &str,
        buttons: &[crate::bot::ButtonOut],
        owner: Option<&str>,
    ) {
        match ticket {
            Some(t) => {
                let text = self.escape_names(t, text);
                self.say(t, place, &text, buttons, owner).await;
            }
            None => {
                self.post(retry::Post::new(place, text, buttons, owner), None)
                    .await
            }
        }
    }

    async fn say(
        &self,
        t: &Ticket,
        place: ChannelId,
        text: &str,
        buttons: &[crate::bot::ButtonOut],
        owner: Option<&str>,
    ) {
        self.post(retry::Post::new(place, text, buttons, owner), Some(t.id))
            .await;
    }

    async fn link_button(&self, ticket: Option<&Ticket>, place: ChannelId, owner: Option<&str>) {
        let text = self.bot.prompts().render(PromptId::LinkButtonOnly, &[]);
        let label = self.bot.prompts().render(PromptId::BtnLink, &[]);
        let button = crate::bot::ButtonOut {
            id: "rk:link".into(),
            label,
        };
        self.say_in(ticket, place, &text, &[button], owner).await;
    }

    /// Deletes a message that held a secret; says why not if it could not.
    async fn delete(&self, channel: ChannelId, message_id: &str) -> Deletion {
        let prompts = self.bot.prompts();
        let Ok(id) = message_id.parse::<u64>() else {
            return Deletion::Refused(prompts.render(PromptId::DeleteReasonOther, &[]));
        };
        match channel.delete_message(&self.http, id).await {
            Ok(()) => Deletion::Deleted,
            Err(e) => {
                let code = match &e {
                    SerenityError::Http(HttpError::UnsuccessfulRequest(r)) => Some(r.error.code),
                    _ => None,
                };
                // 10008 Unknown Message: the customer already deleted it.
                if code == Some(10008) {
                    return Deletion::Deleted;
                }
                tracing::warn!(error = %e, "could not delete a message with a leaked key");
                self.bot
                    .metrics()
                    .call_error(crate::metrics::Service::Discord);
                let reason = match code {
                    Some(50013 | 50001) => PromptId::DeleteReasonPermission,
                    Some(50003) => PromptId::DeleteReasonDm,
                    _ => PromptId::DeleteReasonOther,
                };
                Deletion::Refused(prompts.render(reason, &[]))
            }
        }
    }

    /// A triage line about a ticket: with a link to its thread.
    pub(super) async fn to_triage_about(&self, t: &Ticket, text: &str) {
        let place = t
            .place_ref
            .as_deref()
            .and_then(|p| p.parse::<u64>().ok())
            .map(ChannelId::new);
        match place {
            Some(p) => self.to_triage_at(t, p, text).await,
            None => self.to_triage(text).await,
        }
    }

    async fn to_triage_at(&self, _t: &Ticket, place: ChannelId, text: &str) {
        if self.watched.contains(&place.get()) {
            return self.to_triage(text).await;
        }
        let link = self.bot.prompts().render(
            PromptId::StaffTriageThread,
            &[("thread", &place.to_string())],
        );
        self.to_triage(&format!("{text} {link}")).await;
    }

    async fn to_triage(&self, text: &str) {
        let Some(channel) = self.settings.triage_channel else {
            tracing::info!(
                notice = text,
                "staff notice (no REKEY_DISCORD_TRIAGE_CHANNEL set)"
            );
            return;
        };
        let mut post = retry::Post::new(ChannelId::new(channel), text, &[], None);
        post.triage = true;
        self.post(post, None).await;
    }
}

/// A link to a message: `https://discord.com/channels/{guild or @me}/{channel}/{message}`.
fn message_link(guild: Option<GuildId>, channel: ChannelId, message_id: &str) -> String {
    let guild = guild.map_or_else(|| "@me".to_owned(), |g| g.get().to_string());
    format!("https://discord.com/channels/{guild}/{channel}/{message_id}")
}

/// Delivers replies that did not come from a Discord event (the form's
/// result, timers, staff actions elsewhere) into the ticket's thread.
struct DiscordTransport(Arc<Shared>);

#[async_trait]
impl Transport for DiscordTransport {
    async fn deliver(&self, ticket: &Ticket, outgoing: Vec<Outgoing>) -> anyhow::Result<()> {
        let place = ticket
            .place_ref
            .as_deref()
            .and_then(|p| p.parse::<u64>().ok())
            .map(ChannelId::new)
            .context("the ticket has no Discord place")?;
        let reply = Reply {
            ticket: Some(ticket.clone()),
            outgoing,
        };
        self.0.carry_out(&reply, place, None).await;
        Ok(())
    }
    async fn deliver_outreach(
        &self,
        ticket: &Ticket,
        outgoing: Vec<Outgoing>,
    ) -> anyhow::Result<crate::bot::Delivered> {
        outreach::deliver(&self.0, ticket, outgoing).await
    }

    async fn notify_staff(&self, text: &str) -> anyhow::Result<()> {
        self.0.to_triage(text).await;
        Ok(())
    }
}
