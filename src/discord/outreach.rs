//! Proactive messages on Discord: a direct message to the customer of the
//! connector's last reconnect. A customer who does not accept DMs (Discord
//! error 50007) is not written to at all; the caller tells staff.

use anyhow::Context as _;
use serenity::all::{ChannelId, UserId};
use serenity::http::HttpError;
use serenity::prelude::SerenityError;

use super::{Shared, message_builder};
use crate::bot::{Delivered, Outgoing, Reply};
use crate::store::Ticket;

/// Discord's "Cannot send messages to this user".
const DMS_CLOSED: isize = 50007;

fn dms_closed(e: &SerenityError) -> bool {
    matches!(e, SerenityError::Http(HttpError::UnsuccessfulRequest(r)) if r.error.code == DMS_CLOSED)
}

/// Opens the DM, sends the first message there (which tells whether DMs
/// are open), records the DM as the ticket's place, then carries out the
/// rest like any reply.
pub(super) async fn deliver(
    shared: &Shared,
    ticket: &Ticket,
    outgoing: Vec<Outgoing>,
) -> anyhow::Result<Delivered> {
    let user: u64 = ticket
        .customer_ref
        .parse()
        .context("the customer's Discord id is not a number")?;
    let dm = UserId::new(user)
        .create_dm_channel(&shared.http)
        .await
        .context("cannot open a direct message")?;
    let place: ChannelId = dm.id;
    let mut rest = Vec::new();
    let mut first = true;
    for item in outgoing {
        match item {
            Outgoing::Say { text, buttons } | Outgoing::Private { text, buttons } if first => {
                first = false;
                match place
                    .send_message(&shared.http, message_builder(&text, &buttons))
                    .await
                {
                    Ok(_) => {}
                    Err(e) if dms_closed(&e) => return Ok(Delivered::Closed),
                    Err(e) => return Err(e).context("cannot send a direct message"),
                }
            }
            // The staff line waits until the customer was reached.
            other => rest.push(other),
        }
    }
    let ticket = shared
        .bot
        .set_place(ticket.id, &place.get().to_string())
        .await?;
    let reply = Reply {
        ticket: Some(ticket),
        outgoing: rest,
    };
    shared.carry_out(&reply, place, None).await;
    Ok(Delivered::Sent)
}
