//! Whose credential a message describes as exposed. "Our github token was
//! committed", "the mysql password is printed in the server logs" and "la
//! contraseña de la base de datos aparece en el log" tell of someone else's
//! secret: rotating the ActiveCampaign key would not help, so the customer
//! is told to change it where it was issued instead of getting a ticket.
//! "Our api key is visible in the zapier logs" names another product too,
//! but as the place, not the owner: that key is most likely ActiveCampaign's
//! and keeps the rotation offer. Pure; reads the detector's spans.

use crate::detect::{Detection, locale::english_groups};

/// Owners that are systems rather than connected products (those are the
/// detector's `integration:third_party` names).
const SYSTEM_OWNERS: &[&str] = &[
    "mysql",
    "mariadb",
    "postgres",
    "postgresql",
    "sql",
    "database",
    "databases",
    "db",
    "redis",
    "mongodb",
    "mongo",
    "ldap",
    "ssh",
    "sftp",
    "ftp",
    "root",
    "sudo",
    "wifi",
    "wlan",
    "router",
    "vpn",
    "smtp",
    "imap",
    "email",
    "mail",
    "server",
    "windows",
    "linux",
    "datenbank",
    "datos",
    "données",
    "donnees",
    "dados",
    "dati",
];

/// Words that may sit between an owner and its credential: "github
/// personal access token", "openai api key", "discord bot token", "mysql
/// root password" (each owner word is a joiner too: "aws s3 secret").
const JOINERS: &[&str] = &[
    "api",
    "access",
    "auth",
    "bot",
    "personal",
    "private",
    "secret",
    "app",
    "application",
    "service",
    "account",
    "user",
    "admin",
    "login",
    "master",
    "deploy",
    "s",
];

/// Words that hand a credential to an owner named after it: "the password
/// for our ssh server", "le mot de passe de la base de données".
const OF: &[&str] = &[
    "of", "for", "de", "du", "da", "di", "del", "della", "dello", "des", "do", "dos", "für", "fur",
    "von", "vom", "zur", "zum",
];

/// Articles and possessives between that word and the owner ("base" and
/// "banco" as in "base de datos", "banco de dados").
const ARTICLES: &[&str] = &[
    "the", "our", "my", "your", "la", "el", "le", "l", "les", "los", "las", "o", "a", "os", "as",
    "il", "lo", "der", "die", "das", "dem", "den", "mi", "mon", "ma", "notre", "nuestra",
    "nuestro", "minha", "meu", "nossa", "nosso", "mio", "mia", "nostro", "nostra", "mein", "meine",
    "meinem", "unser", "unsere", "unserem", "base", "banco", "banca", "de", "di",
];

/// Possessives that introduce a credential of the writer's own: a second,
/// unowned "my api key" after "our github token" may be ActiveCampaign's.
const OWN: &[&str] = &[
    "my", "our", "mein", "meine", "meinen", "unser", "unsere", "unseren", "mi", "mis", "nuestra",
    "nuestro", "mon", "ma", "notre", "nos", "minha", "meu", "nossa", "nosso", "mio", "mia",
    "nostro", "nostra",
];

/// How far before a credential an owner is looked for, in words.
const REACH: usize = 3;

/// Whether the exposure this message describes is of another product's
/// or system's credential. False whenever a supported product is named or
/// the credential could be the customer's own ActiveCampaign key or login:
/// the first credential mentioned must have an owner, and no later one may
/// be introduced as the writer's own without one.
pub fn someone_elses(text: &str, det: &Detection) -> bool {
    if det.integration.is_supported() || !det.secrets.is_empty() {
        return false;
    }
    let words = words(text);
    let products: Vec<(usize, usize)> = det
        .signals
        .iter()
        .filter(|s| s.name.as_str() == "integration:third_party")
        .map(|s| (s.start, s.end))
        .collect();
    let owner_at = |i: usize| {
        let w = &words[i];
        w.is(SYSTEM_OWNERS) || products.iter().any(|&(s, e)| w.start < e && s < w.end)
    };
    let mut mentions = credential_spans(det).map(|(start, end)| {
        let first = words
            .iter()
            .position(|w| w.end > start)
            .unwrap_or(words.len());
        let after = words
            .iter()
            .position(|w| w.start >= end)
            .unwrap_or(words.len());
        (first, after)
    });
    let Some((first, after)) = mentions.next() else {
        return false;
    };
    if !owned(&words, first, after, &owner_at) {
        return false;
    }
    mentions.all(|(first, after)| {
        owned(&words, first, after, &owner_at)
            || !first.checked_sub(1).is_some_and(|i| words[i].is(OWN))
    })
}

/// Whether the message names a credential that may be the customer's own
/// ("our api key is in that repo too"), not another product's.
pub fn names_own_credential(text: &str, det: &Detection) -> bool {
    (credential_spans(det).next().is_some() || !det.secrets.is_empty()) && !someone_elses(text, det)
}

/// The credential words the detector read, one span each (a pair's span
/// covers more than the credential, so pairs are left out).
fn credential_spans(det: &Detection) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut spans: Vec<(usize, usize)> = det
        .signals
        .iter()
        .filter(|s| !s.name.as_str().contains('+'))
        .filter(|s| {
            english_groups(s.name.as_str())
                .any(|g| matches!(g, "credential" | "password" | "secret_material"))
        })
        .map(|s| (s.start, s.end))
        .collect();
    spans.sort_unstable();
    spans.into_iter()
}

/// Whether the credential in words `first..after` has an owner in its own
/// words ("ssh key"), right before it (joiners allowed between) or right
/// after it ("of"/"de" and an article between).
fn owned(words: &[Word], first: usize, after: usize, owner_at: &dyn Fn(usize) -> bool) -> bool {
    if (first..after).any(owner_at) {
        return true;
    }
    let before = (first.saturating_sub(REACH)..first).rev();
    for i in before {
        if owner_at(i) {
            return true;
        }
        if !words[i].is(JOINERS) {
            break;
        }
    }
    // Right after, handed over by "of", "for", "de", "von"...
    if !words.get(after).is_some_and(|w| w.is(OF)) {
        return false;
    }
    for i in (after + 1..words.len()).take(REACH + 1) {
        if owner_at(i) {
            return true;
        }
        if !words[i].is(ARTICLES) {
            break;
        }
    }
    false
}

/// One word of the message, lower-cased, with its byte span.
struct Word {
    start: usize,
    end: usize,
    text: String,
}

impl Word {
    fn is(&self, list: &[&str]) -> bool {
        list.contains(&self.text.as_str())
    }
}

/// The message's words.
fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(Word {
                    start: s,
                    end: i,
                    text: text[s..i].to_lowercase(),
                });
                start = None;
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::Detector;
    use crate::domain::Locale;

    fn read(text: &str) -> bool {
        let locale = crate::detect::lang::identify(text).unwrap_or(Locale::En);
        let det = Detector::builtin().detect_in(locale, text);
        assert!(det.exposure_mentioned, "not read as an exposure: {text}");
        someone_elses(text, &det)
    }

    #[test]
    fn another_products_or_systems_credential_is_someone_elses() {
        for text in [
            "our github token was committed to a public repo",
            "I accidentally pushed my OpenAI API key to GitHub",
            "the mysql password is printed in plain text in the server logs",
            "the password for our ssh server got leaked",
            "my discord bot token was leaked on github",
            "I pushed my ssh key to a public github repo",
            "la contraseña de la base de datos aparece en texto plano en el log",
        ] {
            assert!(read(text), "{text}");
        }
    }

    #[test]
    fn an_unowned_key_or_login_may_be_activecampaigns() {
        for text in [
            "our api key is visible in the zapier logs",
            "I accidentally committed our api key to a public github repo",
            "i posted my password in a public channel",
            "I accidentally committed our activecampaign api key to a public github repo",
            "our github token was committed to a public repo and so was our api key",
        ] {
            assert!(!read(text), "{text}");
        }
    }
}
