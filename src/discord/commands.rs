//! Staff slash commands (poise): `/tickets`, `/ticket`, `/ticket-take`,
//! `/ticket-reply`, `/ticket-return`, `/ticket-close`, `/link-revoke`. Only members with
//! `REKEY_DISCORD_STAFF_ROLE` may use them; every answer is ephemeral and
//! sent after an immediate deferral (Discord's 3-second rule).

use std::sync::Arc;

use poise::CreateReply;
use serenity::all::{ChannelId, CreateAllowedMentions, GuildId, Permissions};

use super::Shared;
use crate::bot::StaffAction;
use crate::domain::{TicketId, TicketStatus};
use crate::prompts::PromptId;
use crate::store::{Ticket, TicketFilter};

mod rotate_ask;

type Error = anyhow::Error;
type Ctx<'a> = poise::Context<'a, Arc<Shared>, Error>;

/// The poise framework with the staff commands, registered on ready.
pub(super) fn framework(shared: Arc<Shared>) -> poise::Framework<Arc<Shared>, Error> {
    let mut commands = vec![
        tickets(),
        ticket(),
        ticket_take(),
        ticket_reply(),
        ticket_return(),
        ticket_close(),
        link_revoke(),
        rotate_ask::rotate_ask(),
    ];
    // Hidden from members without these permissions in Discord's menu; the
    // staff role is still checked on every use.
    let visible_to = Permissions::from_bits_truncate(shared.settings.staff_permissions);
    for command in &mut commands {
        command.default_member_permissions = visible_to;
    }
    poise::Framework::builder()
        .options(poise::FrameworkOptions {
            commands,
            command_check: Some(|ctx| Box::pin(staff_check(ctx))),
            allowed_mentions: Some(CreateAllowedMentions::new()),
            on_error: |err| Box::pin(on_error(err)),
            ..Default::default()
        })
        .setup(move |ctx, _ready, framework| {
            Box::pin(async move {
                let commands = &framework.options().commands;
                match shared.settings.guild {
                    Some(g) => {
                        poise::builtins::register_in_guild(ctx, commands, GuildId::new(g)).await?
                    }
                    None => poise::builtins::register_globally(ctx, commands).await?,
                }
                Ok(shared)
            })
        })
        .build()
}

/// Logs a failed command and shows the member a friendly message, never the
/// error itself.
async fn on_error(err: poise::FrameworkError<'_, Arc<Shared>, Error>) {
    match err {
        // The check already answered ("staff only").
        poise::FrameworkError::CommandCheckFailed { .. } => {}
        poise::FrameworkError::Setup { error, .. } => {
            tracing::error!(
                error = format!("{error:#}"),
                "could not register the staff commands"
            );
        }
        other => {
            let command = other.ctx().map(|c| c.command().qualified_name.to_string());
            tracing::error!(error = %other, command, "a staff command failed");
            if let Some(ctx) = other.ctx() {
                let text = ctx
                    .data()
                    .bot
                    .prompts()
                    .render(PromptId::CommandFailed, &[]);
                if let Err(e) = reply(ctx, text).await {
                    tracing::error!(error = %e, "could not tell the member a command failed");
                }
            }
        }
    }
}

async fn reply(ctx: Ctx<'_>, text: impl Into<String>) -> Result<(), Error> {
    ctx.send(
        CreateReply::default()
            .content(text)
            .ephemeral(true)
            .allowed_mentions(CreateAllowedMentions::new()),
    )
    .await?;
    Ok(())
}

/// Staff only: members holding the staff role. Others get a polite refusal.
async fn staff_check(ctx: Ctx<'_>) -> Result<bool, Error> {
    let staff_role = ctx.data().settings.staff_role;
    let allowed = match (staff_role, ctx.author_member().await) {
        (Some(role), Some(member)) => member.roles.iter().any(|r| r.get() == role),
        _ => false,
    };
    if !allowed {
        reply(
            ctx,
            ctx.data().bot.prompts().render(PromptId::StaffOnly, &[]),
        )
        .await?;
    }
    Ok(allowed)
}

fn staff_name(ctx: Ctx<'_>) -> String {
    let author = ctx.author();
    crate::text_safety::name(author.global_name.as_deref().unwrap_or(&author.name))
}

fn parse_id(ctx: Ctx<'_>, id: &str) -> Result<TicketId, String> {
    id.parse::<TicketId>().map_err(|_| {
        ctx.data()
            .bot
            .prompts()
            .render(PromptId::StaffNoTicket, &[("ticket_id", id)])
    })
}

/// List tickets, newest first.
#[poise::command(slash_command, guild_only)]
async fn tickets(
    ctx: Ctx<'_>,
    #[description = "open, in-walkthrough, awaiting-form, verifying, reconnected, escalated or closed"]
    status: Option<String>,
) -> Result<(), Error> {
    ctx.defer_ephemeral().await?;
    let status = match status.as_deref().map(str::parse::<TicketStatus>) {
        None => None,
        Some(Ok(s)) => Some(s),
        Some(Err(e)) => return reply(ctx, e.to_string()).await,
    };
    let filter = TicketFilter {
        status,
        limit: Some(20),
        ..Default::default()
    };
    let list = ctx.data().bot.store().list_tickets(&filter).await?;
    if list.is_empty() {
        return reply(
            ctx,
            ctx.data()
                .bot
                .prompts()
                .render(PromptId::StaffNoTickets, &[]),
        )
        .await;
    }
    let prompts = ctx.data().bot.prompts();
    let lines: Vec<String> = list
        .iter()
        .map(|t| {
            prompts.render(
                PromptId::StaffTicketRow,
                &[
                    ("ticket_id", &t.id.to_string()),
                    ("status", t.status.as_str()),
                    ("integration", &t.integration.to_string()),
                    ("customer", &super::escape::markdown(&t.customer_name)),
                    ("step", &t.step),
                ],
            )
        })
        .collect();
    reply(ctx, lines.join("\n")).await
}

/// Show a ticket's summary and timeline.
#[poise::command(slash_command, guild_only)]
async fn ticket(
    ctx: Ctx<'_>,
    #[description = "ticket id, e.g. RK-1042"] id: String,
) -> Result<(), Error> {
    ctx.defer_ephemeral().await?;
    let id = match parse_id(ctx, &id) {
        Ok(id) => id,
        Err(text) => return reply(ctx, text).await,
    };
    let store = ctx.data().bot.store();
    let Some(t) = store.ticket(id).await? else {
        let text = ctx
            .data()
            .bot
            .prompts()
            .render(PromptId::StaffNoTicket, &[("ticket_id", &id.to_string())]);
        return reply(ctx, text).await;
    };
    let prompts = ctx.data().bot.prompts();
    let mut details = String::new();
    if let Some(class) = t.error_class.as_deref() {
        details.push_str(" · ");
        details.push_str(&prompts.render(PromptId::StaffTicketLastError, &[("class", class)]));
    }
    if t.exposed {
        details.push_str(" · ");
        details.push_str(&prompts.render(PromptId::StaffTicketExposed, &[]));
    }
    let mut text = prompts.render(
        PromptId::StaffTicketSummary,
        &[
            ("ticket_id", &t.id.to_string()),
            ("status", t.status.as_str()),
            ("integration", &t.integration.to_string()),
            ("customer", &super::escape::markdown(&t.customer_name)),
            ("step", &t.step),
            ("details", &details),
        ],
    );
    text.push('\n');
    let timeline = store.timeline(id).await?;
    for e in timeline.iter().rev().take(15).rev() {
        text.push_str(&prompts.render(
            PromptId::StaffTicketTimelineRow,
            &[
                ("at", &e.at.to_string()),
                ("kind", &e.kind),
                ("actor", &e.actor),
            ],
        ));
        text.push('\n');
    }
    reply(ctx, text.chars().take(1900).collect::<String>()).await
}

async fn staff_event(ctx: Ctx<'_>, id: &str, action: StaffAction) -> Result<(), Error> {
    ctx.defer_ephemeral().await?;
    let id = match parse_id(ctx, id) {
        Ok(id) => id,
        Err(text) => return reply(ctx, text).await,
    };
    let bot = &ctx.data().bot;
    // The runner's one staff operation: the same as the dashboard's, audit
    // entry included.
    match bot.staff_action(id, &staff_name(ctx), action.clone()).await {
        Ok(done) if action == StaffAction::RevokeLink => {
            let text = bot.prompts().render(
                PromptId::StaffLinksRevoked,
                &[
                    ("ticket_id", &id.to_string()),
                    ("count", &done.revoked.to_string()),
                ],
            );
            reply(ctx, text).await
        }
        Ok(done) => {
            let status = done.ticket.status.to_string();
            let text = bot.prompts().render(
                PromptId::StaffDone,
                &[("ticket_id", &id.to_string()), ("status", &status)],
            );
            ctx.data().to_triage_about(&done.ticket, &text).await;
            reply(ctx, text).await?;
            if action == StaffAction::Take {
                add_to_thread(ctx, &done.ticket).await;
            }
            Ok(())
        }
        Err(e) if e.is_refusal() => reply(ctx, bot.reply_for(&e)).await,
        Err(e) => Err(e.into()),
    }
}

/// Take a ticket over: the bot goes quiet in it until you return it.
#[poise::command(slash_command, guild_only, rename = "ticket-take")]
async fn ticket_take(
    ctx: Ctx<'_>,
    #[description = "ticket id, e.g. RK-1042"] id: String,
) -> Result<(), Error> {
    staff_event(ctx, &id, StaffAction::Take).await
}

/// Adds the member to the ticket's thread, so they can read and answer in
/// a private thread (nothing when the ticket lives in a watched channel).
async fn add_to_thread(ctx: Ctx<'_>, ticket: &Ticket) {
    let shared = ctx.data();
    let Some(place) = ticket
        .place_ref
        .as_deref()
        .and_then(|p| p.parse::<u64>().ok())
    else {
        return;
    };
    if shared.watched.contains(&place) {
        return;
    }
    if let Err(e) = ChannelId::new(place)
        .add_thread_member(&shared.http, ctx.author().id)
        .await
    {
        tracing::warn!(error = %e, ticket = %ticket.id, "could not add the staff member to the ticket's thread");
    }
}

/// Hand a ticket back to the bot.
#[poise::command(slash_command, guild_only, rename = "ticket-return")]
async fn ticket_return(
    ctx: Ctx<'_>,
    #[description = "ticket id, e.g. RK-1042"] id: String,
) -> Result<(), Error> {
    staff_event(ctx, &id, StaffAction::HandBack).await
}

/// Close a ticket.
#[poise::command(slash_command, guild_only, rename = "ticket-close")]
async fn ticket_close(
    ctx: Ctx<'_>,
    #[description = "ticket id, e.g. RK-1042"] id: String,
) -> Result<(), Error> {
    staff_event(ctx, &id, StaffAction::Close).await
}

/// Revoke a ticket's open secure links.
#[poise::command(slash_command, guild_only, rename = "link-revoke")]
async fn link_revoke(
    ctx: Ctx<'_>,
    #[description = "ticket id, e.g. RK-1042"] id: String,
) -> Result<(), Error> {
    staff_event(ctx, &id, StaffAction::RevokeLink).await
}

/// Write to the ticket's customer, signed with your name (takes it over).
#[poise::command(slash_command, guild_only, rename = "ticket-reply")]
async fn ticket_reply(
    ctx: Ctx<'_>,
    #[description = "ticket id, e.g. RK-1042"] id: String,
    #[description = "what the customer reads"] text: String,
) -> Result<(), Error> {
    staff_event(ctx, &id, StaffAction::Reply(text)).await
}
