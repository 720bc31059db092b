//! `DATABASE_URL`: the connection string, validated, classified by backend
//! and shown with its password masked.

use std::fmt;
use std::path::PathBuf;

use secrecy::{ExposeSecret, SecretString};

/// Which database backend a `DATABASE_URL` selects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The database connection string, validated and classified.
#[derive(Clone)]
pub struct DatabaseUrl {
    url: SecretString,
    backend: Backend,
}

impl DatabaseUrl {
    /// Accepts `sqlite://PATH` (also `sqlite:PATH`) and
    /// `postgres://...`/`postgresql://...`.
    pub fn parse(raw: &str) -> Result<Self, String> {
        let raw = raw.trim();
        let backend = if raw.starts_with("postgres://") || raw.starts_with("postgresql://") {
            Backend::Postgres
        } else if raw.starts_with("sqlite:") {
            if raw
                .trim_start_matches("sqlite:")
                .trim_start_matches("//")
                .is_empty()
            {
                return Err("a sqlite URL needs a file path, e.g. sqlite://rekey.db".into());
            }
            Backend::Sqlite
        } else {
            return Err(
                "expected sqlite://PATH (e.g. sqlite://rekey.db) or postgres://USER@HOST:PORT/DB"
                    .into(),
            );
        };
        Ok(DatabaseUrl {
            url: SecretString::from(raw.to_owned()),
            backend,
        })
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The full URL, including any password. Only the store opens it.
    pub fn expose(&self) -> &str {
        self.url.expose_secret()
    }

    /// For SQLite: the database file path, used to place the generated master
    /// key beside it.
    pub fn sqlite_path(&self) -> Option<PathBuf> {
        if self.backend != Backend::Sqlite {
            return None;
        }
        let rest = self
            .expose()
            .trim_start_matches("sqlite:")
            .trim_start_matches("//");
        let path = rest.split('?').next().unwrap_or(rest);
        Some(PathBuf::from(path))
    }

    /// The URL with any password replaced by `****`, safe to print.
    pub fn masked(&self) -> String {
        mask_url_password(self.expose())
    }
}

impl fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.masked())
    }
}

/// Replaces the password part of `scheme://user:password@host` with `****`.
pub(super) fn mask_url_password(url: &str) -> String {
    let Some(scheme_end) = url.find("://") else {
        return url.to_owned();
    };
    let rest = &url[scheme_end + 3..];
    let authority_end = rest.find('/').unwrap_or(rest.len());
    let authority = &rest[..authority_end];
    match (authority.rfind('@'), authority.find(':')) {
        (Some(at), Some(colon)) if colon < at => format!(
            "{}{}****{}",
            &url[..scheme_end + 3],
            &authority[..=colon],
            &url[scheme_end + 3 + at..]
        ),
        _ => url.to_owned(),
    }
}
