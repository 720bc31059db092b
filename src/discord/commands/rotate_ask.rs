//! `/rotate-ask user:<member> reason:<text>`: staff ask a customer to rotate
//! the key of the connector they last reconnected; the bot reaches out with
//! the "your support team asked" wording (see `crate::proactive`).

use serenity::all::User;

use super::{Ctx, Error, reply, staff_name};
use crate::domain::Channel;
use crate::prompts::PromptId;

/// Ask a customer to rotate their ActiveCampaign key.
#[poise::command(slash_command, guild_only, rename = "rotate-ask")]
pub(super) async fn rotate_ask(
    ctx: Ctx<'_>,
    #[description = "the customer"] user: User,
    #[description = "why (the customer sees it)"] reason: String,
) -> Result<(), Error> {
    ctx.defer_ephemeral().await?;
    let bot = &ctx.data().bot;
    let customer = user
        .global_name
        .clone()
        .unwrap_or_else(|| user.name.clone());
    let account = bot
        .store()
        .connector_account_of_customer(Channel::Discord, &user.id.get().to_string())
        .await?;
    let Some(account) = account else {
        let text = bot
            .prompts()
            .render(PromptId::StaffRotateNoConnector, &[("customer", &customer)]);
        return reply(ctx, text).await;
    };
    crate::proactive::request_rotation(bot, &account, &staff_name(ctx), &reason).await?;
    let text = bot.prompts().render(
        PromptId::StaffRotateAsked,
        &[("customer", &customer), ("account", &account)],
    );
    reply(ctx, text).await
}
