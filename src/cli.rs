//! The command line: `rekey [run]`, `migrate`, `check`, `keygen`, `tickets`,
//! `ticket`. Each command is a thin wrapper over the library; output goes to
//! stdout, logs to stderr.

use std::io::{BufRead, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};
use secrecy::ExposeSecret;
use serde_json::json;

use crate::app::{self, App};
use crate::config::Config;
use crate::crypto::MasterKey;
use crate::detect::eval;
use crate::domain::{TicketId, TicketStatus};
use crate::store::{Store, Ticket, TicketFilter};
use crate::telemetry;
use crate::transcript;

/// Rekey: notices broken integrations in support chat and walks customers
/// through rotating their ActiveCampaign API key.
#[derive(Debug, Parser)]
#[command(name = "rekey", version, about)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Start everything: web server (form, web chat) and chat adapters (the default).
    Run {
        /// Demo mode: a sandbox verifier instead of ActiveCampaign (same as
        /// REKEY_DEMO=true; SQLite only).
        #[arg(long)]
        demo: bool,
    },
    /// Talk to the bot in this terminal (stdin lines are your messages; the
    /// web server runs too, so secure links work).
    Shell {
        /// Demo mode: a sandbox verifier instead of ActiveCampaign (same as
        /// REKEY_DEMO=true; SQLite only).
        #[arg(long)]
        demo: bool,
    },
    /// Apply database migrations and exit.
    Migrate,
    /// Validate the configuration and print the effective settings (secrets masked).
    Check,
    /// Print a fresh master key for REKEY_MASTER_KEY.
    Keygen,
    /// List tickets, newest first.
    Tickets {
        /// Only tickets with this status (open, in-walkthrough, awaiting-form,
        /// verifying, reconnected, escalated, closed).
        #[arg(long)]
        status: Option<TicketStatus>,
        /// Print a JSON array instead of a table.
        #[arg(long)]
        json: bool,
        /// At most this many tickets.
        #[arg(long, default_value_t = 50)]
        limit: i64,
    },
    /// Classify messages: one JSON object per argument, or per stdin line
    /// when no argument is given.
    Classify {
        /// Messages to classify.
        text: Vec<String>,
    },
    /// Measure the detector on labelled JSONL files (`text`, `label`, and
    /// optionally `integration`, `key_exposed`, `exposure_mentioned`,
    /// `voice` and `batch` per line); each file is reported as a split, then
    /// all together, and rows with a `batch` also batch by batch.
    Eval {
        /// The labelled files.
        #[arg(required = true)]
        files: Vec<std::path::PathBuf>,
        /// Use this model's weights instead of the built-in ones.
        #[arg(long)]
        model: Option<std::path::PathBuf>,
        /// Print exactly one JSON object with the metrics.
        #[arg(long)]
        json: bool,
        /// List each misclassified row with the signals that fired.
        #[arg(long)]
        errors: bool,
        /// FILE is an in-ticket intent corpus (`text`, `intent`, optional
        /// `integration`): print per-intent precision and recall.
        #[arg(long)]
        intents: bool,
    },
    /// Train the detector's model from labelled JSONL files and write its
    /// weights (deterministic: the same files give the same bytes).
    Train {
        /// The labelled files (default: the project's training splits).
        #[arg(default_values_t = crate::detect::train::TRAINING_SPLITS.map(String::from))]
        files: Vec<String>,
        /// Where to write the weights.
        #[arg(long, default_value = "detect/model.weights")]
        out: std::path::PathBuf,
        /// L2 penalty (default 1e-5; see `TrainOptions`).
        #[arg(long)]
        l2: Option<f64>,
        /// The exposure head's L2 penalty (see `TrainOptions`).
        #[arg(long)]
        exposure_l2: Option<f64>,
        /// Passes over the data.
        #[arg(long)]
        epochs: Option<usize>,
        /// Hashed buckets as a power of two (default 18).
        #[arg(long, value_parser = clap::value_parser!(u32).range(8..=24))]
        bits: Option<u32>,
        /// Write no weights: judge every row with a model fitted without
        /// its thread (out of fold), print the numbers per voice, trained on
        /// one voice and tested on another, and the rows it got wrong.
        #[arg(long)]
        cv: bool,
    },
    /// Show one ticket and its timeline.
    Ticket {
        /// The ticket id, e.g. RK-1042.
        id: TicketId,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
}

/// Parses arguments, runs the command, and maps errors to an exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        // The reader went away (`rekey eval … | head`): nothing left to say.
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {}", error_chain(&e));
            ExitCode::FAILURE
        }
    }
}

/// Whether `e` is a write to a closed pipe.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// The error and its causes joined with `: `, skipping a cause whose text the
/// previous message already ends with (sqlx repeats its inner errors).
fn error_chain(e: &anyhow::Error) -> String {
    let mut text = String::new();
    for cause in e.chain() {
        let part = cause.to_string();
        if text.ends_with(&part) {
            continue;
        }
        if !text.is_empty() {
            text.push_str(": ");
        }
        text.push_str(&part);
    }
    text
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let command = cli.command.unwrap_or(Command::Run { demo: false });
    if let Command::Keygen = command {
        println!("{}", MasterKey::generate().to_base64().expose_secret());
        return Ok(ExitCode::SUCCESS);
    }
    if let Command::Train {
        files,
        out,
        l2,
        exposure_l2,
        epochs,
        bits,
        cv,
    } = command
    {
        let mut opts = crate::detect::train::TrainOptions::default();
        opts.l2 = l2.unwrap_or(opts.l2);
        opts.exposure_l2 = exposure_l2.unwrap_or(opts.exposure_l2);
        opts.epochs = epochs.unwrap_or(opts.epochs);
        opts.bits = bits.unwrap_or(opts.bits);
        return train(&files, &out, &opts, cv);
    }
    let mut config = Config::load().context("invalid configuration")?;
    if let Command::Run { demo: true } | Command::Shell { demo: true } = command {
        config.activecampaign.demo = true;
    }
    telemetry::init(config.log_format, &config.log_filter, std::io::stderr);
    match command {
        Command::Classify { text } => return classify(&config, text),
        Command::Eval {
            files,
            json,
            errors,
            intents: true,
            ..
        } => {
            let [file] = files.as_slice() else {
                anyhow::bail!("eval --intents takes exactly one file, got {}", files.len());
            };
            return eval_intents(&config, file, json, errors);
        }
        Command::Eval {
            files,
            model,
            json,
            errors,
            ..
        } => return eval(&config, &files, model.as_deref(), json, errors),
        _ => {}
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    runtime.block_on(async move {
        match command {
            Command::Run { .. } => serve(config).await,
            Command::Shell { .. } => shell(config).await,
            Command::Migrate => {
                app::open_store(&config).await?;
                println!("migrations applied to {}", config.database_url.masked());
                Ok(ExitCode::SUCCESS)
            }
            Command::Check => check(config).await,
            Command::Tickets {
                status,
                json,
                limit,
            } => {
                let store = app::open_store(&config).await?;
                let filter = TicketFilter {
                    status,
                    limit: Some(limit),
                    ..Default::default()
                };
                let tickets = store.list_tickets(&filter).await?;
                print_tickets(&tickets, json)?;
                Ok(ExitCode::SUCCESS)
            }
            Command::Ticket { id, json } => {
                let store = app::open_store(&config).await?;
                show_ticket(store.as_ref(), id, json).await
            }
            Command::Keygen
            | Command::Train { .. }
            | Command::Classify { .. }
            | Command::Eval { .. } => {
                unreachable!("handled before starting the runtime")
            }
        }
    })
}

/// `rekey classify`: one JSON object per argument or per stdin line. Output
/// is buffered and flushed whenever the input read so far is used up, so a
/// pipe streams at full speed and a person typing still sees each answer.
fn classify(config: &Config, texts: Vec<String>) -> anyhow::Result<ExitCode> {
    let detector = app::load_detector(config)?;
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let mut line_out: Vec<u8> = Vec::with_capacity(1024);
    let mut one =
        |out: &mut std::io::BufWriter<std::io::StdoutLock<'_>>, text: &str| -> anyhow::Result<()> {
            line_out.clear();
            crate::detect::json::write_detection(&mut line_out, &detector.detect_read(text))?;
            line_out.push(b'\n');
            out.write_all(&line_out)?;
            Ok(())
        };
    if texts.is_empty() {
        let mut input = std::io::BufReader::with_capacity(1 << 16, std::io::stdin().lock());
        let mut line = String::new();
        loop {
            line.clear();
            let n = input
                .read_line(&mut line)
                .context("cannot read standard input")?;
            if n == 0 {
                break;
            }
            one(
                &mut out,
                line.strip_suffix('\n')
                    .map_or(line.as_str(), |l| l.trim_end_matches('\r')),
            )?;
            if input.buffer().is_empty() {
                out.flush()?;
            }
        }
    } else {
        for text in &texts {
            one(&mut out, text)?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn eval(
    config: &Config,
    files: &[std::path::PathBuf],
    model: Option<&Path>,
    as_json: bool,
    errors: bool,
) -> anyhow::Result<ExitCode> {
    let mut detector = app::load_detector(config)?;
    if let Some(path) = model {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let m = crate::detect::Model::parse(&text, &path.display().to_string())?;
        detector = detector.with_model(Some(m));
    }
    let mut total = eval::EvalReport::default();
    let mut splits = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(file)
            .with_context(|| format!("cannot read {}", file.display()))?;
        if crate::detect::locale_eval::is_locale_corpus(&text) {
            eval_locales(&detector, file, &text, as_json, errors)?;
            continue;
        }
        let report = eval::evaluate(&detector, &text);
        for (line, problem) in &report.malformed {
            eprintln!("{}:{line}: skipped: {problem}", file.display());
        }
        total.merge(&report);
        let name = file.file_stem().map_or_else(
            || file.display().to_string(),
            |s| s.to_string_lossy().into_owned(),
        );
        splits.push((name, report));
    }
    let mut out = std::io::stdout().lock();
    if as_json {
        let mut v = total.to_json();
        v["by_split"] = splits
            .iter()
            .map(|(name, r)| (name.clone(), r.to_json()))
            .collect::<serde_json::Map<_, _>>()
            .into();
        writeln!(out, "{v}")?;
    } else {
        for (name, r) in &splits {
            writeln!(out, "== {name}\n{r}\n")?;
        }
        if splits.len() > 1 {
            writeln!(out, "== all\n{total}")?;
        }
    }
    if errors {
        for (name, r) in &splits {
            let report = r.errors_report();
            if !report.is_empty() {
                writeln!(out, "-- errors in {name}")?;
                write!(out, "{report}")?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// A per-locale corpus (rows with `locale`): numbers per locale.
fn eval_locales(
    detector: &crate::detect::Detector,
    file: &Path,
    text: &str,
    as_json: bool,
    errors: bool,
) -> anyhow::Result<()> {
    let report = crate::detect::locale_eval::evaluate(detector, text);
    for (line, problem) in &report.malformed {
        eprintln!("{}:{line}: skipped: {problem}", file.display());
    }
    let mut out = std::io::stdout().lock();
    let name = file.file_stem().map_or_else(
        || file.display().to_string(),
        |s| s.to_string_lossy().into_owned(),
    );
    if as_json {
        let mut v = report.to_json();
        v["split"] = name.into();
        writeln!(out, "{v}")?;
    } else {
        writeln!(out, "== {name} (per locale)\n{report}")?;
    }
    if errors {
        write!(out, "{}", report.errors_report())?;
    }
    Ok(())
}

/// `rekey train`: reads the labelled files, fits the model with the built-in
/// vocabulary's rules as features, and writes the weights file.
fn train(
    files: &[String],
    out: &Path,
    opts: &crate::detect::train::TrainOptions,
    cv: bool,
) -> anyhow::Result<ExitCode> {
    use crate::detect::train;
    let mut examples = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(file).with_context(|| format!("cannot read {file}"))?;
        let (rows, bad) = train::read_examples(&text, file);
        for (line, problem) in bad {
            eprintln!("{file}:{line}: skipped: {problem}");
        }
        examples.extend(rows);
    }
    anyhow::ensure!(
        !examples.is_empty(),
        "no labelled rows in {}",
        files.join(", ")
    );
    let rules = crate::detect::Detector::builtin().rules_only();
    if cv {
        write!(
            std::io::stdout().lock(),
            "{}",
            train::cross_validation_report(&rules, &examples, opts)
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    let train::Trained { model, act } = train::train(&rules, &examples, opts);
    std::fs::write(out, model.to_text())
        .with_context(|| format!("cannot write {}", out.display()))?;
    let t = model.thresholds();
    println!(
        "trained on {} rows; thresholds ask {:.2} complaint {:.2} act {:.3} confirm {:.3}; weights in {}",
        examples.len(),
        t.ask,
        t.complaint,
        t.act,
        t.confirm,
        out.display()
    );
    let met = act.how_met(opts.act_precision);
    println!(
        "act band (the model alone, out of fold): {} of {} rows right; {met}",
        act.band.tp,
        act.band.flagged()
    );
    if !act.at_full_confidence() {
        // A weaker promise than the one the shipped weights make: the band
        // must be measured on rows it has not seen before these ship.
        eprintln!(
            "warning: the act band falls short of the strictest confidence ({met}); measure it on unseen rows (`rekey eval --model {} FILE`) before shipping these weights",
            out.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// `rekey eval --intents FILE`: the in-ticket intent classifier on a corpus.
fn eval_intents(
    config: &Config,
    file: &Path,
    as_json: bool,
    errors: bool,
) -> anyhow::Result<ExitCode> {
    let detector = app::load_detector(config)?;
    let text =
        std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    let r = crate::conversation::eval::evaluate(&detector, &text);
    let skipped = r
        .malformed
        .iter()
        .map(|(line, problem)| format!("{}:{line}: skipped: {problem}", file.display()));
    let body = if as_json {
        r.to_json().to_string()
    } else {
        r.to_string()
    };
    let misses = if errors {
        r.errors_report()
    } else {
        String::new()
    };
    for line in skipped {
        eprintln!("{line}");
    }
    write!(std::io::stdout().lock(), "{body}\n{misses}")?;
    Ok(ExitCode::SUCCESS)
}

/// The console lines that say demo mode is on and how to finish the form.
fn demo_notice(config: &Config) -> Option<String> {
    use crate::activecampaign::demo::{DEMO_KEY, DEMO_URL};
    config.activecampaign.demo.then(|| {
        format!(
            "DEMO MODE — a sandbox verifier stands in for ActiveCampaign.\n  \
             On the secure form use API URL {DEMO_URL} and API key {DEMO_KEY}"
        )
    })
}

async fn serve(config: Config) -> anyhow::Result<ExitCode> {
    let demo = demo_notice(&config);
    let app = App::build(config).await?;
    if let Some(demo) = demo {
        println!("{demo}");
    }
    tracing::info!(address = %app.address(), "listening");
    let discord = if app.discord_enabled() {
        "on"
    } else {
        "off (set DISCORD_TOKEN to turn it on)"
    };
    println!("Rekey is listening on {}", app.public_url());
    println!("  web chat: {}/chat", app.public_url());
    println!("  health:   {}/healthz", app.public_url());
    println!("  Discord:  {discord}");
    app.run_until(app::shutdown_signal()).await?;
    Ok(ExitCode::SUCCESS)
}

async fn shell(config: Config) -> anyhow::Result<ExitCode> {
    let demo = demo_notice(&config);
    let app = App::build(config).await?;
    if let Some(demo) = demo {
        eprintln!("{demo}");
    }
    let bot = app.bot();
    eprintln!(
        "Rekey shell — you are the customer. Web server (secure links): {}",
        app.public_url()
    );
    eprintln!("Type a message; type a button's number or label to press it; Ctrl-D to quit.");
    let stop = std::sync::Arc::new(tokio::sync::Notify::new());
    let stopped = stop.clone();
    let server = tokio::spawn(app.run_until(async move { stopped.notified().await }));
    let name = std::env::var("USER").unwrap_or_else(|_| "you".into());
    let printer = crate::shell::ShellPrinter::new(Box::new(std::io::stdout()));
    let input = tokio::io::BufReader::new(tokio::io::stdin());
    crate::shell::run(bot, printer, name, input).await?;
    stop.notify_one();
    server.await.context("the web server task failed")??;
    Ok(ExitCode::SUCCESS)
}

async fn check(mut config: Config) -> anyhow::Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    writeln!(out, "configuration: ok")?;
    for (var, value) in config.describe() {
        writeln!(out, "  {var} = {value}")?;
    }
    let store = app::open_store(&config).await?;
    store.health().await?;
    writeln!(out, "database: ok ({:?})", store.backend())?;
    app::resolve_master_key(&mut config)?;
    writeln!(out, "master key: ok")?;
    // Loaded exactly as `run` loads them, so a broken file fails here too.
    let detector = app::load_detector(&config)?;
    writeln!(
        out,
        "vocabulary: ok ({} patterns)",
        detector.pattern_count()
    )?;
    app::load_prompts(&config)?;
    writeln!(out, "prompts: ok")?;
    Ok(ExitCode::SUCCESS)
}

fn ticket_json(t: &Ticket) -> serde_json::Value {
    json!({
        "id": t.id.to_string(),
        "status": t.status,
        "channel": t.channel,
        "customer": t.customer_name,
        // Never the channel's own id (a web chat session is a credential).
        "customer_reference": transcript::customer_reference(t.channel, &t.customer_ref),
        "integration": t.integration,
        "step": t.step,
        "error_class": t.error_class,
        "exposed": t.exposed,
        "resolved": t.resolved,
        "assignee": t.assignee,
        "created_at": t.created_at.to_rfc3339(),
        "updated_at": t.updated_at.to_rfc3339(),
        "closed_at": t.closed_at.map(|c| c.to_rfc3339()),
    })
}

fn print_tickets(tickets: &[Ticket], as_json: bool) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    if as_json {
        let list: Vec<_> = tickets.iter().map(ticket_json).collect();
        writeln!(out, "{}", serde_json::to_string_pretty(&list)?)?;
        return Ok(());
    }
    if tickets.is_empty() {
        writeln!(out, "no tickets")?;
        return Ok(());
    }
    writeln!(
        out,
        "{:<9} {:<15} {:<15} {:<8} {:<20} {:<18} UPDATED",
        "ID", "STATUS", "INTEGRATION", "CHANNEL", "CUSTOMER", "STEP"
    )?;
    for t in tickets {
        writeln!(
            out,
            "{:<9} {:<15} {:<15} {:<8} {:<20} {:<18} {}",
            t.id.to_string(),
            t.status.as_str(),
            t.integration.as_str(),
            t.channel.as_str(),
            truncate(&t.customer_name, 20),
            truncate(&t.step, 18),
            t.updated_at
        )?;
    }
    Ok(())
}

async fn show_ticket(store: &dyn Store, id: TicketId, as_json: bool) -> anyhow::Result<ExitCode> {
    let Some(ticket) = store.ticket(id).await? else {
        eprintln!("error: no ticket {id}");
        return Ok(ExitCode::FAILURE);
    };
    let timeline = store.timeline(id).await?;
    let mut out = std::io::stdout().lock();
    let lines = transcript::transcript(&timeline, &ticket.customer_name);
    if as_json {
        let entries: Vec<_> = lines
            .iter()
            .map(|e| {
                json!({
                    "at": e.at.to_rfc3339(),
                    "speaker": e.speaker,
                    "by": e.by,
                    "text": e.text,
                    "private": e.private,
                    "details": e.details,
                })
            })
            .collect();
        let mut doc = ticket_json(&ticket);
        doc["transcript"] = serde_json::Value::Array(entries);
        writeln!(out, "{}", serde_json::to_string_pretty(&doc)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(
        out,
        "{} · {} · {}",
        ticket.id, ticket.status, ticket.integration
    )?;
    writeln!(
        out,
        "customer: {} ({}, reference {})",
        transcript::customer_display(&ticket.customer_name, ticket.channel, &ticket.customer_ref),
        ticket.channel,
        transcript::customer_reference(ticket.channel, &ticket.customer_ref)
    )?;
    writeln!(out, "step: {}", transcript::step_words(&ticket.step))?;
    if let Some(class) = &ticket.error_class {
        writeln!(out, "last error: {class}")?;
    }
    if ticket.exposed {
        writeln!(out, "key exposed in chat: yes")?;
    }
    if let Some(who) = &ticket.assignee {
        writeln!(out, "assigned to: {who}")?;
    }
    writeln!(
        out,
        "opened {} · updated {}",
        ticket.created_at, ticket.updated_at
    )?;
    writeln!(out, "transcript:")?;
    for e in &lines {
        let private = if e.private {
            " (only the customer saw this)"
        } else {
            ""
        };
        // Continuation lines line up under the text.
        let text = e.text.replace('\n', "\n      ");
        match e.speaker {
            transcript::Speaker::System => writeln!(out, "  {}  * {}", e.at, text)?,
            _ => writeln!(out, "  {}  {}: {}{}", e.at, e.by, text, private)?,
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        let cut: String = s.chars().take(max.saturating_sub(1)).collect();
        format!("{cut}…")
    }
}
