//! What each stage looks like to the customer: its buttons and its
//! "where is it?" hint. Kept apart from the transitions so the engine reads
//! as moves, and adapters can ask for a stage's buttons (e.g. to re-render).

use crate::detect::Integration;
use crate::prompts::PromptId;

use super::action::{Button, ButtonId};
use super::engine::past_reset;
use super::state::{Stage, Step};

/// The buttons that go with a stage's message.
pub fn buttons_for(stage: &Stage) -> Vec<Button> {
    use ButtonId as B;
    use PromptId as P;
    let b = |id, label| Button { id, label };
    match stage {
        Stage::Confirming { .. } | Stage::ConfirmingFixed { .. } => {
            vec![b(B::Yes, P::BtnYes), b(B::No, P::BtnNo)]
        }
        Stage::ChoosingIntegration => vec![
            b(
                B::Integration(Integration::ActiveCampaign),
                P::BtnActiveCampaign,
            ),
            b(B::Integration(Integration::Keap), P::BtnKeap),
            b(B::Integration(Integration::Stripe), P::BtnStripe),
            b(B::Integration(Integration::Other), P::BtnOther),
        ],
        Stage::Walkthrough {
            step: Step::LogIn | Step::ResetKey,
        } => vec![
            b(B::Done, P::BtnDone),
            b(B::Stuck, P::BtnStuck),
            b(B::Human, P::BtnHuman),
        ],
        Stage::Walkthrough {
            step: Step::SecureLink,
        } => vec![
            b(B::Link, P::BtnLink),
            b(B::Manual, P::BtnManual),
            b(B::Stuck, P::BtnStuck),
            b(B::Human, P::BtnHuman),
        ],
        Stage::Manual => vec![
            b(B::Fixed, P::BtnFixed),
            b(B::Link, P::BtnLink),
            b(B::Stuck, P::BtnStuck),
            b(B::Human, P::BtnHuman),
        ],
        Stage::AwaitingForm | Stage::Verifying => vec![
            b(B::Link, P::BtnNewLink),
            b(B::Stuck, P::BtnStuck),
            b(B::Human, P::BtnHuman),
        ],
        Stage::Troubleshooting { resume } => {
            let mut buttons = vec![b(B::Back, P::BtnBack)];
            if past_reset(resume) {
                buttons.push(b(B::Link, P::BtnNewLink));
            }
            buttons.push(b(B::Human, P::BtnHuman));
            buttons
        }
        Stage::OAuth { .. } => vec![b(B::Fixed, P::BtnFixed), b(B::Human, P::BtnHuman)],
        Stage::OutOfScope => vec![
            b(B::Human, P::BtnHuman),
            b(
                B::Integration(Integration::ActiveCampaign),
                P::BtnActiveCampaign,
            ),
        ],
        Stage::Rating => vec![
            b(B::Rate(1), P::BtnRate1),
            b(B::Rate(2), P::BtnRate2),
            b(B::Rate(3), P::BtnRate3),
            b(B::Rate(4), P::BtnRate4),
            b(B::Rate(5), P::BtnRate5),
        ],
        Stage::Idle | Stage::Escalated { .. } | Stage::Closed { .. } => vec![],
    }
}

pub(super) fn link_or_human() -> Vec<Button> {
    vec![
        Button {
            id: ButtonId::Link,
            label: PromptId::BtnNewLink,
        },
        Button {
            id: ButtonId::Human,
            label: PromptId::BtnHuman,
        },
    ]
}

/// The step-specific "where is it?" answer.
pub(super) fn hint_for(stage: &Stage) -> PromptId {
    match stage {
        Stage::Walkthrough { step: Step::LogIn } => PromptId::HintLogin,
        Stage::Walkthrough {
            step: Step::ResetKey,
        } => PromptId::HintReset,
        Stage::Walkthrough {
            step: Step::SecureLink,
        } => PromptId::HintLink,
        Stage::Manual => PromptId::HintManual,
        Stage::Troubleshooting { resume } | Stage::ConfirmingFixed { resume } => hint_for(resume),
        _ => PromptId::HintForm,
    }
}
