//! The conversation engine: a pure state machine that turns the saved
//! [`State`] and one [`Event`] into the next state and a list of
//! [`Action`]s for the channel adapters (Discord, web chat, shell).
//!
//! `state.rs` lists the stages, `event.rs` the inputs and `action.rs` the
//! outputs; `intent.rs` reads a customer's reply inside a ticket, `reason.rs`
//! why a first message wants a rotation, `owner.rs` whose credential an
//! exposure is about, and `eval.rs` measures the intent
//! reader on a labelled corpus (`rekey eval --intents`).
//! Nothing here does I/O or reads the clock; the runner passes the time in
//! [`Ctx`], carries out the actions and fills the ticket's id, the
//! customer's name and the link's lifetime ([`RENDER_VARS`]) as it renders.

mod action;
mod engine;
pub mod eval;
mod event;
pub mod intent;
pub mod lang;
mod owner;
mod reason;
mod state;
mod timeline;
mod view;
mod words;

pub use action::{
    Action, Button, ButtonId, CloseReason, Flag, HandOffReason, StaffNotice, TimelineEntry, Vars,
};
pub use engine::{Ctx, PreviousTicket, RENDER_VARS, Settings, Transition, step};
pub use event::{Event, OutreachReason, RevokeReason, TimerKind, VerifyOutcome};
pub use intent::{Intent, Topic};
pub use state::{STATE_VERSION, Stage, State, Step, TicketFacts, Verified};
pub use view::buttons_for;

#[cfg(test)]
mod proptests;
#[cfg(test)]
mod tests;
