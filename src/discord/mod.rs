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
mod outreach;
mod send;

use std::collections::HashSet;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::Context as _;
use async_trait::async_trait;
use secrecy::ExposeSecret;
use serenity::all::{
    ChannelId, ChannelType, ClientBuilder, ComponentInteraction, Context,
    CreateInteractionResponse, CreateInteractionResponseFollowup, CreateThread, EventHandler,
    GatewayIntents, Interaction, Message, Ready, UserId,
};
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

/// What the handlers share.
pub struct Shared {
    pub bot: Arc<Bot>,
    /// Set once the gateway said ready (read by `/readyz`).
    pub connected: Arc<AtomicBool>,
    pub http: Arc<Http>,
    pub settings: DiscordSettings,
    watched: HashSet<u64>,
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
    });
    bot.register_transport(Channel::Discord, Arc::new(DiscordTransport(shared.clone())));
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
    Customer {
        channel: Channel::Discord,
        customer_ref: user.id.get().to_string(),
        name: user
            .global_name
            .clone()
            .unwrap_or_else(|| user.name.clone()),
    }
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

    async fn on_message(&self, msg: &Message) -> anyhow::Result<()> {
        if !self.is_watched(msg).await? {
            return Ok(());
        }
        let reply = self
            .bot
            .message(Inbound {
                customer: customer_of(&msg.author),
                place_ref: Some(msg.channel_id.get().to_string()),
                message_id: msg.id.get().to_string(),
                text: msg.content.clone(),
            })
            .await?;
        self.carry_out(&reply, msg.channel_id, Some(msg), None)
            .await;
        Ok(())
    }

    async fn on_button(&self, press: &ComponentInteraction) -> anyhow::Result<()> {
        // Acknowledge first: nothing visible, and well within 3 seconds.
        press
            .create_response(&self.http, CreateInteractionResponse::Acknowledge)
            .await?;
        let result = self
            .bot
            .button(
                customer_of(&press.user),
                Some(press.channel_id.get().to_string()),
                &press.data.custom_id,
            )
            .await;
        match result {
            Ok(reply) => {
                self.carry_out(&reply, press.channel_id, None, Some(press))
                    .await
            }
            Err(BotError::NotYourTicket) => {
                let text = self.bot.prompts().render(PromptId::NotYourTicket, &[]);
                self.followup(press, &text).await;
            }
            Err(e) => return Err(e.into()),
        }
        Ok(())
    }

    async fn followup(&self, press: &ComponentInteraction, text: &str) {
        let builder = CreateInteractionResponseFollowup::new()
            .content(text)
            .ephemeral(true)
            .allowed_mentions(serenity::all::CreateAllowedMentions::new());
        if let Err(e) = press.create_followup(&self.http, builder).await {
            tracing::error!(error = %e, "could not send a private reply");
            self.bot
                .metrics()
                .call_error(crate::metrics::Service::Discord);
        }
    }

    /// Carries out a reply. `origin` is the customer's message (for a new
    /// thread and deletion); `press` the button press (for private replies).
    async fn carry_out(
        &self,
        reply: &Reply,
        channel: ChannelId,
        origin: Option<&Message>,
        press: Option<&ComponentInteraction>,
    ) {
        let mut place = reply
            .ticket
            .as_ref()
            .and_then(|t| t.place_ref.as_deref())
            .and_then(|p| p.parse::<u64>().ok())
            .map(ChannelId::new)
            .unwrap_or(channel);
        for item in &reply.outgoing {
            match item {
                Outgoing::OpenPlace => {
                    if let (Some(ticket), Some(msg)) = (&reply.ticket, origin)
                        && let Some(thread) = self.open_thread(ticket, msg).await
                    {
                        place = thread;
                    }
                }
                Outgoing::Say { text, buttons } => self.say(place, text, buttons).await,
                Outgoing::Private { text, buttons } => match press {
                    Some(p) if buttons.is_empty() => self.followup(p, text).await,
                    // Without an interaction there is no ephemeral message:
                    // the ticket's thread is the private place.
                    _ => self.say(place, text, buttons).await,
                },
                Outgoing::Link { text, .. } => match press {
                    Some(p) => self.followup(p, text).await,
                    None => self.link_button(place).await,
                },
                Outgoing::Delete { message_id } => {
                    self.delete(channel, message_id, reply.ticket.as_ref())
                        .await;
                }
                Outgoing::Staff { text } => self.to_triage(text).await,
            }
        }
    }

    /// Opens the ticket's thread and records it as the ticket's place.
    async fn open_thread(&self, ticket: &Ticket, msg: &Message) -> Option<ChannelId> {
        let name = format!("{} · {}", ticket.id, ticket.customer_name);
        let name: String = name.chars().take(95).collect();
        msg.guild_id?; // a DM is already private: no thread
        let private = CreateThread::new(name.clone())
            .kind(ChannelType::PrivateThread)
            .invitable(false);
        let thread = match msg.channel_id.create_thread(&self.http, private).await {
            Ok(t) => {
                if let Err(e) =
                    t.id.add_thread_member(&self.http, UserId::new(msg.author.id.get()))
                        .await
                {
                    tracing::warn!(error = %e, "could not add the customer to the private thread");
                }
                t.id
            }
            Err(e) => {
                tracing::info!(error = %e, "no private thread; opening a public one");
                let public = CreateThread::new(name);
                match msg
                    .channel_id
                    .create_thread_from_message(&self.http, msg.id, public)
                    .await
                {
                    Ok(t) => t.id,
                    Err(e) => {
                        tracing::error!(error = %e, "could not open a thread; staying in the channel");
                        self.bot
                            .metrics()
                            .call_error(crate::metrics::Service::Discord);
                        self.to_triage(&format!("{}: could not open a thread ({e})", ticket.id))
                            .await;
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

    async fn say(&self, place: ChannelId, text: &str, buttons: &[crate::bot::ButtonOut]) {
        if let Err(e) = place
            .send_message(&self.http, message_builder(text, buttons))
            .await
        {
            tracing::error!(error = %e, channel = %place, "could not post a message");
            self.bot
                .metrics()
                .call_error(crate::metrics::Service::Discord);
            self.to_triage(&format!("could not post in <#{place}>: {e}"))
                .await;
        }
    }

    async fn link_button(&self, place: ChannelId) {
        let text = self.bot.prompts().render(PromptId::LinkButtonOnly, &[]);
        let label = self.bot.prompts().render(PromptId::BtnLink, &[]);
        let button = crate::bot::ButtonOut {
            id: "rk:link".into(),
            label,
        };
        self.say(place, &text, &[button]).await;
    }

    async fn delete(&self, channel: ChannelId, message_id: &str, ticket: Option<&Ticket>) {
        let Ok(id) = message_id.parse::<u64>() else {
            return;
        };
        if let Err(e) = channel.delete_message(&self.http, id).await {
            tracing::warn!(error = %e, "could not delete a message with a leaked key");
            self.bot
                .metrics()
                .call_error(crate::metrics::Service::Discord);
            if let Some(t) = ticket {
                self.to_triage(&self.bot.delete_failed_text(t)).await;
            }
        }
    }

    async fn to_triage(&self, text: &str) {
        let Some(channel) = self.settings.triage_channel else {
            tracing::info!(
                notice = text,
                "staff notice (no REKEY_DISCORD_TRIAGE_CHANNEL set)"
            );
            return;
        };
        let channel = ChannelId::new(channel);
        if let Err(e) = channel
            .send_message(&self.http, message_builder(text, &[]))
            .await
        {
            tracing::error!(error = %e, "could not post to the triage channel");
            self.bot
                .metrics()
                .call_error(crate::metrics::Service::Discord);
        }
    }
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
        self.0.carry_out(&reply, place, None, None).await;
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
