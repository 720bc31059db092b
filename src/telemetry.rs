//! Logging and tracing set-up: one function builds the subscriber so the
//! binary and tests share it (tests can also capture it into a buffer).
//!
//! The filter comes from `RUST_LOG` (through [`Config`](crate::config::Config),
//! so `.env` works too); `REKEY_LOG_FORMAT=json` switches to one JSON object
//! per line.

use tracing_subscriber::EnvFilter;
use tracing_subscriber::fmt::MakeWriter;

use crate::config::LogFormat;

/// Installs the global subscriber writing to `writer`. Returns quietly if one
/// is already installed (tests call it more than once).
pub fn init<W>(format: LogFormat, filter: &str, writer: W)
where
    W: for<'a> MakeWriter<'a> + Send + Sync + 'static,
{
    let filter = EnvFilter::new(filter);
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(writer);
    let result = match format {
        LogFormat::Human => builder.try_init(),
        LogFormat::Json => builder.json().flatten_event(true).try_init(),
    };
    // Already initialised (a second test in the same process): keep the first.
    drop(result);
}
