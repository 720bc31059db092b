//! What each stage looks like to the customer: its main message, its
//! buttons and its "where is it?" hint. Kept apart from the transitions so
//! the engine reads as moves, and adapters can ask for a stage's buttons
//! (e.g. to re-render). The engine imports this module, never the reverse
//! (a tidy test checks it).

use crate::detect::Integration;
use crate::prompts::PromptId;

use super::action::{Button, ButtonId, Vars};
use super::state::{Stage, Step};

/// The main message that shows a stage, with its own placeholders filled
/// (`None` for stages that say nothing of their own).
pub(super) fn prompt_for(stage: &Stage) -> Option<(PromptId, Vars)> {
    let prompt = match stage {
        Stage::Confirming { .. } => PromptId::ConfirmProblem,
        Stage::ExposureElsewhere => PromptId::ExposureNotOurs,
        Stage::ChoosingIntegration => PromptId::WhichIntegration,
        Stage::Walkthrough { step: Step::LogIn } => PromptId::StepLogin,
        Stage::Walkthrough {
            step: Step::ResetKey,
        } => PromptId::StepReset,
        Stage::Walkthrough {
            step: Step::SecureLink,
        } => PromptId::StepLink,
        Stage::Manual => PromptId::ManualSteps,
        Stage::AwaitingForm | Stage::Verifying => PromptId::HintForm,
        Stage::Troubleshooting { .. } => PromptId::Checklist,
        Stage::ConfirmingFixed { .. } => PromptId::WorksNowConfirm,
        Stage::OAuth { .. } => PromptId::OAuthReconnect,
        Stage::OutOfScope => PromptId::OtherIntegration,
        Stage::Rating => PromptId::RatingAsk,
        Stage::Idle | Stage::Escalated { .. } | Stage::Closed { .. } => return None,
    };
    let vars = match stage {
        Stage::OAuth { integration } => {
            vec![("integration", integration.as_str().to_owned())]
        }
        _ => vec![],
    };
    Some((prompt, vars))
}

/// The buttons that go with a stage's message.
pub fn buttons_for(stage: &Stage) -> Vec<Button> {
    use ButtonId as B;
    use PromptId as P;
    let at = Some(stage_tag(stage));
    let b = |id, label| Button {
        id,
        label,
        // "Talk to a human" is right from any step.
        at: if id == B::Human { None } else { at },
    };
    match stage {
        Stage::Confirming { .. } | Stage::ConfirmingFixed { .. } | Stage::ExposureElsewhere => {
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
            if resume.past_reset() {
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

/// "Get a new link" and "Talk to a human", shown when a link stopped
/// working (the stage is then step 3).
pub(super) fn link_or_human() -> Vec<Button> {
    let at = Some(stage_tag(&Stage::Walkthrough {
        step: Step::SecureLink,
    }));
    vec![
        Button {
            id: ButtonId::Link,
            label: PromptId::BtnNewLink,
            at,
        },
        human(),
    ]
}

fn human() -> Button {
    Button {
        id: ButtonId::Human,
        label: PromptId::BtnHuman,
        at: None,
    }
}

/// Adds "Talk to a human" when the buttons lack it.
pub(super) fn with_human(buttons: &mut Vec<Button>) {
    if !buttons.iter().any(|b| b.id == ButtonId::Human) {
        buttons.push(human());
    }
}

/// A short tag per stage, carried in button ids, so a press from an
/// earlier step is recognised as stale.
pub fn stage_tag(stage: &Stage) -> &'static str {
    match stage {
        Stage::Idle => "idle",
        Stage::Confirming { .. } => "confirm",
        Stage::ExposureElsewhere => "elsewhere",
        Stage::ChoosingIntegration => "which",
        Stage::Walkthrough { step: Step::LogIn } => "login",
        Stage::Walkthrough {
            step: Step::ResetKey,
        } => "reset",
        Stage::Walkthrough {
            step: Step::SecureLink,
        } => "link",
        Stage::Manual => "manual",
        Stage::AwaitingForm | Stage::Verifying => "form",
        Stage::Troubleshooting { .. } => "check",
        Stage::ConfirmingFixed { .. } => "fixed",
        Stage::OAuth { .. } => "oauth",
        Stage::OutOfScope => "scope",
        Stage::Rating => "rate",
        Stage::Escalated { .. } => "human",
        Stage::Closed { .. } => "closed",
    }
}

/// The step-specific "where is it?" answer; `None` for a stage whose own
/// message is the answer (the OAuth steps, the integration buttons), where
/// the engine shows that message again.
pub(super) fn hint_for(stage: &Stage) -> Option<PromptId> {
    Some(match stage {
        Stage::Walkthrough { step: Step::LogIn } => PromptId::HintLogin,
        Stage::Walkthrough {
            step: Step::ResetKey,
        } => PromptId::HintReset,
        Stage::Walkthrough {
            step: Step::SecureLink,
        } => PromptId::HintLink,
        Stage::Manual => PromptId::HintManual,
        Stage::Troubleshooting { resume } | Stage::ConfirmingFixed { resume } => {
            return hint_for(resume);
        }
        Stage::AwaitingForm | Stage::Verifying => PromptId::HintForm,
        _ => return None,
    })
}
