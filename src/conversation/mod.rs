//! The conversation engine: a pure state machine that turns the saved
//! [`State`] and one [`Event`] into the next state and a list of
//! [`Action`]s for the channel adapters (Discord, web chat, shell).
//!
//! See `CONVERSATION.md` for the states, events and actions at a glance.
//! Nothing here does I/O or reads the clock; the runner passes the time and
//! the ticket id in [`Ctx`] and carries out the actions.

mod action;
mod engine;
mod event;
pub mod intent;
mod state;
mod timeline;
mod view;

pub use action::{
    Action, Button, ButtonId, CloseReason, Flag, HandOffReason, StaffNotice, TimelineEntry, Vars,
};
pub use engine::{Ctx, Settings, Transition, step};
pub use event::{Event, OutreachReason, RevokeReason, TimerKind, VerifyOutcome};
pub use intent::Intent;
pub use state::{STATE_VERSION, Stage, State, Step, Verified};
pub use view::buttons_for;

#[cfg(test)]
mod tests;
