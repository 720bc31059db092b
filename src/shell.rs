//! `rekey shell`: talk to the bot in a terminal, like `rasa shell`.
//!
//! Each stdin line is a customer message; bot messages go to stdout. Buttons
//! are listed as numbered choices; typing the number or the label presses
//! the button. Works with piped stdin and ends at EOF. The web server runs in
//! the same process so the secure link it prints can be opened, and replies
//! caused by the form (verification results) are printed as they happen.

use std::io::Write;
use std::sync::{Arc, Mutex};

use async_trait::async_trait;
use tokio::io::{AsyncBufRead, AsyncBufReadExt};

use crate::bot::{Bot, ButtonOut, Customer, Inbound, Outgoing, Reply, Transport};
use crate::domain::Channel;
use crate::store::Ticket;

/// The place of every shell conversation.
const PLACE: &str = "shell";

/// Shared terminal state: where to print and the buttons on offer.
struct Terminal {
    out: Box<dyn Write + Send>,
    buttons: Vec<ButtonOut>,
}

/// Prints bot output; also the transport for asynchronous replies.
#[derive(Clone)]
pub struct ShellPrinter(Arc<Mutex<Terminal>>);

impl std::fmt::Debug for ShellPrinter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ShellPrinter")
    }
}

impl ShellPrinter {
    pub fn new(out: Box<dyn Write + Send>) -> Self {
        ShellPrinter(Arc::new(Mutex::new(Terminal {
            out,
            buttons: Vec::new(),
        })))
    }

    /// Prints the items; remembers the last set of buttons.
    pub fn print(&self, items: &[Outgoing]) {
        let mut t = self.0.lock().unwrap_or_else(|e| e.into_inner());
        for item in items {
            let (prefix, text, buttons) = match item {
                Outgoing::Say { text, buttons } => ("bot", text.as_str(), buttons.as_slice()),
                Outgoing::Private { text, buttons } => {
                    ("bot (only you)", text.as_str(), buttons.as_slice())
                }
                Outgoing::Link { text, .. } => ("bot (only you)", text.as_str(), &[][..]),
                Outgoing::Staff { text } => ("triage", text.as_str(), &[][..]),
                Outgoing::Delete { .. } => ("bot", "(your last message was removed)", &[][..]),
                Outgoing::OpenPlace => continue,
            };
            // Names and quoted text come from users: no terminal escapes.
            let text = crate::text_safety::strip_controls(text, true);
            let mut lines = text.lines();
            let first = lines.next().unwrap_or("");
            let _ = writeln!(t.out, "{prefix}> {first}");
            for line in lines {
                let _ = writeln!(t.out, "{}  {line}", " ".repeat(prefix.len()));
            }
            if !buttons.is_empty() {
                let list: Vec<String> = buttons
                    .iter()
                    .enumerate()
                    .map(|(i, b)| format!("[{}] {}", i + 1, b.label))
                    .collect();
                let _ = writeln!(t.out, "{}  {}", " ".repeat(prefix.len()), list.join("  "));
                t.buttons = buttons.to_vec();
            }
        }
        let _ = t.out.flush();
    }

    /// The button a line presses: its number or its label (any case).
    fn button_for(&self, line: &str) -> Option<String> {
        let t = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let line = line.trim();
        if let Ok(n) = line.parse::<usize>()
            && (1..=t.buttons.len()).contains(&n)
        {
            return Some(t.buttons[n - 1].id.clone());
        }
        t.buttons
            .iter()
            .find(|b| b.label.eq_ignore_ascii_case(line))
            .map(|b| b.id.clone())
    }
}

#[async_trait]
impl Transport for ShellPrinter {
    async fn deliver(&self, _ticket: &Ticket, outgoing: Vec<Outgoing>) -> anyhow::Result<()> {
        self.print(&outgoing);
        Ok(())
    }
}

/// Runs the conversation loop until `input` ends.
pub async fn run(
    bot: Arc<Bot>,
    printer: ShellPrinter,
    customer_name: String,
    input: impl AsyncBufRead + Unpin,
) -> anyhow::Result<()> {
    bot.register_transport(Channel::Shell, Arc::new(printer.clone()));
    let customer = Customer {
        channel: Channel::Shell,
        customer_ref: format!("shell:{customer_name}"),
        name: customer_name,
    };
    let mut lines = input.lines();
    let mut n = 0u64;
    while let Some(line) = lines.next_line().await? {
        if line.trim().is_empty() {
            continue;
        }
        n += 1;
        // A message's failure is answered in its language; a button's in English.
        let mut said = None;
        let result = match printer.button_for(&line) {
            Some(id) => bot.button(customer.clone(), Some(PLACE.into()), &id).await,
            None => {
                said = Some(line.clone());
                bot.message(Inbound {
                    customer: customer.clone(),
                    place_ref: Some(PLACE.into()),
                    message_id: format!("shell-{n}"),
                    text: line,
                })
                .await
            }
        };
        match result {
            Ok(Reply { outgoing, .. }) => printer.print(&outgoing),
            Err(e) => {
                if !e.is_refusal() {
                    tracing::error!(error = %e, "the bot failed");
                }
                let text = match &said {
                    Some(text) => bot.reply_for_message(&e, text),
                    None => bot.reply_for(&e),
                };
                printer.print(&[Outgoing::Say {
                    text,
                    buttons: vec![],
                }]);
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::io::Write;
    use std::sync::{Arc, Mutex};

    use super::ShellPrinter;
    use crate::bot::Outgoing;

    /// A terminal that keeps what was written.
    #[derive(Clone, Default)]
    struct Screen(Arc<Mutex<Vec<u8>>>);

    impl Write for Screen {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn control_characters_never_reach_the_terminal() {
        let screen = Screen::default();
        let printer = ShellPrinter::new(Box::new(screen.clone()));
        printer.print(&[Outgoing::Staff {
            text: "opened for ada\u{1b}[2J\u{7}\u{202E}evil\nsecond line".into(),
        }]);
        let shown = String::from_utf8(screen.0.lock().unwrap().clone()).unwrap();
        assert!(shown.contains("opened for ada[2Jevil"), "{shown:?}");
        assert!(shown.contains("second line"), "lines are kept");
        assert!(
            !shown
                .chars()
                .any(|c| c.is_control() && c != '\n' || c == '\u{202E}'),
            "{shown:?}"
        );
    }
}
