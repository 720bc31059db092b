//! `ApiUrl`: the customer's ActiveCampaign API URL, validated before any
//! outbound request is made.
//!
//! The form's URL field is attacker-controlled input that decides where the
//! server sends a request, so parsing is strict: https only, a host on the
//! [`AllowList`], no IP literals, ports, user-info, query, fragment or path
//! beyond `/api/3`. Checks run on the `url` crate's parsed form (which turns
//! `0x7f.1`, `2130706433` and `0177.0.0.1` into `127.0.0.1`, lower-cases and
//! punycodes host names) and, where `url` hides what was typed (a default port
//! like `:443`, an empty user name, stripped tabs and newlines), on the raw
//! text as well.
//!
//! No rejection quotes the input back: customers sometimes paste the key into
//! the URL field, and rejections end up in logs.

use std::fmt;
use std::net::IpAddr;

use url::{Host, Url};

use super::AllowList;

/// Longer input is refused outright; a real API URL is under 100 characters.
const MAX_URL_LEN: usize = 2048;

/// A validated ActiveCampaign API base URL such as `https://acme.api-us1.com`
/// (no path, no trailing slash).
#[derive(Clone, PartialEq, Eq)]
pub struct ApiUrl {
    base: Url,
}

/// What is wrong with a submitted API URL. `Display` is a plain-language
/// sentence for the form; [`UrlRejection::class`] is a stable id for metrics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum UrlRejection {
    #[error("Please enter your ActiveCampaign API URL.")]
    Empty,
    #[error("That is too long to be an ActiveCampaign API URL.")]
    TooLong,
    #[error(
        "That looks like an API key, not the API URL. The API URL looks like https://youraccount.api-us1.com."
    )]
    LooksLikeKey,
    #[error(
        "That doesn't look like a web address. Copy the API URL from Settings > Developer in ActiveCampaign."
    )]
    Malformed,
    #[error("The API URL must not contain spaces or line breaks.")]
    ContainsWhitespace,
    #[error("The API URL must start with https://.")]
    NotHttps,
    #[error("The API URL must not contain a user name or password (nothing before an @).")]
    UserInfo,
    #[error("The API URL must use your account's host name, not an IP address.")]
    IpAddress,
    #[error("The API URL must be your ActiveCampaign account's address, not localhost.")]
    Localhost,
    #[error(
        "That is not an ActiveCampaign API address. It usually looks like https://youraccount.api-us1.com."
    )]
    HostNotAllowed,
    #[error("The API URL must not include a port number (such as :8443).")]
    Port,
    #[error("The API URL must not include a path; https://youraccount.api-us1.com is enough.")]
    Path,
    #[error("The API URL must not include a query (anything after ?).")]
    Query,
    #[error("The API URL must not include a fragment (anything after #).")]
    Fragment,
}

impl UrlRejection {
    /// Stable snake_case id for tickets and metrics.
    pub fn class(&self) -> &'static str {
        match self {
            UrlRejection::Empty => "url_empty",
            UrlRejection::TooLong => "url_too_long",
            UrlRejection::LooksLikeKey => "url_looks_like_key",
            UrlRejection::Malformed => "url_malformed",
            UrlRejection::ContainsWhitespace => "url_whitespace",
            UrlRejection::NotHttps => "url_not_https",
            UrlRejection::UserInfo => "url_user_info",
            UrlRejection::IpAddress => "url_ip_address",
            UrlRejection::Localhost => "url_localhost",
            UrlRejection::HostNotAllowed => "url_host_not_allowed",
            UrlRejection::Port => "url_port",
            UrlRejection::Path => "url_path",
            UrlRejection::Query => "url_query",
            UrlRejection::Fragment => "url_fragment",
        }
    }
}

impl ApiUrl {
    /// Validates and normalises a submitted API URL to `https://host`.
    ///
    /// A bare host (`acme.api-us1.com`) is read as `https://acme.api-us1.com`.
    /// `allow_http` is the test-only `REKEY_AC_ALLOW_HTTP`: it additionally
    /// accepts `http://`, ports, and IP hosts listed exactly in `allow`.
    pub fn parse(input: &str, allow: &AllowList, allow_http: bool) -> Result<ApiUrl, UrlRejection> {
        let input = input.trim();
        if input.is_empty() {
            return Err(UrlRejection::Empty);
        }
        if input.len() > MAX_URL_LEN {
            return Err(UrlRejection::TooLong);
        }
        // `url` silently drops tabs and newlines inside a URL; refuse them so
        // what is checked is what was typed.
        if input.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(UrlRejection::ContainsWhitespace);
        }
        let with_scheme;
        let text = if input.contains("://") {
            input
        } else if looks_like_key(input) {
            return Err(UrlRejection::LooksLikeKey);
        } else if input.contains(':') && !input.contains('.') {
            // `mailto:x`, `javascript:x` and friends.
            return Err(UrlRejection::NotHttps);
        } else {
            with_scheme = format!("https://{input}");
            &with_scheme
        };

        let parsed = Url::parse(text).map_err(|_| UrlRejection::Malformed)?;
        match parsed.scheme() {
            "https" => {}
            "http" if allow_http => {}
            _ => return Err(UrlRejection::NotHttps),
        }
        let authority = raw_authority(text);
        if authority.contains('@') || !parsed.username().is_empty() || parsed.password().is_some() {
            return Err(UrlRejection::UserInfo);
        }

        match parsed.host() {
            None => return Err(UrlRejection::Malformed),
            Some(Host::Domain(domain)) => {
                let bare = domain.trim_end_matches('.');
                if bare == "localhost" || bare.ends_with(".localhost") {
                    return Err(UrlRejection::Localhost);
                }
                if !allow.allows_domain(domain) {
                    return Err(UrlRejection::HostNotAllowed);
                }
            }
            Some(Host::Ipv4(ip)) => check_ip(IpAddr::V4(ip), allow, allow_http)?,
            Some(Host::Ipv6(ip)) => check_ip(IpAddr::V6(ip), allow, allow_http)?,
        }

        // `url` forgets a default port (`https://h:443` has port() == None),
        // so look at the raw authority too.
        if (parsed.port().is_some() || has_explicit_port(authority)) && !allow_http {
            return Err(UrlRejection::Port);
        }
        if !matches!(parsed.path(), "" | "/" | "/api/3" | "/api/3/") {
            return Err(UrlRejection::Path);
        }
        if parsed.query().is_some() {
            return Err(UrlRejection::Query);
        }
        if parsed.fragment().is_some() {
            return Err(UrlRejection::Fragment);
        }

        let mut base = parsed;
        base.set_path("");
        Ok(ApiUrl { base })
    }

    /// The normalised base, e.g. `https://acme.api-us1.com` (no trailing slash).
    pub fn as_str(&self) -> &str {
        self.base.as_str().trim_end_matches('/')
    }

    /// The host name (or IP in test mode), e.g. `acme.api-us1.com`; it names
    /// the ActiveCampaign account and is safe to log.
    pub fn host(&self) -> &str {
        self.base.host_str().unwrap_or_default()
    }

    /// True for the test-only `http://` form.
    pub fn is_plain_http(&self) -> bool {
        self.base.scheme() == "http"
    }

    /// `{base}/api/3/users/me`, the endpoint used to verify a key.
    pub fn users_me(&self) -> Url {
        let mut url = self.base.clone();
        url.set_path("/api/3/users/me");
        url
    }
}

impl fmt::Display for ApiUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for ApiUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ApiUrl({})", self.as_str())
    }
}

fn check_ip(ip: IpAddr, allow: &AllowList, allow_http: bool) -> Result<(), UrlRejection> {
    if !allow_http {
        return Err(UrlRejection::IpAddress);
    }
    if allow.allows_ip(ip) {
        Ok(())
    } else {
        Err(UrlRejection::HostNotAllowed)
    }
}

/// The text between `://` and the first `/`, `\`, `?` or `#` (`url` treats a
/// backslash like a slash for http and https).
fn raw_authority(text: &str) -> &str {
    let after = text.split_once("://").map_or(text, |(_, rest)| rest);
    let end = after.find(['/', '\\', '?', '#']).unwrap_or(after.len());
    &after[..end]
}

fn has_explicit_port(authority: &str) -> bool {
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, hp)| hp);
    // Skip a bracketed IPv6 literal, whose colons are not a port.
    let after_host = match host_port.rfind(']') {
        Some(i) => &host_port[i + 1..],
        None => host_port,
    };
    after_host.contains(':')
}

/// A schemeless entry with no dot that is long and alphanumeric is almost
/// certainly the key pasted into the wrong field.
fn looks_like_key(input: &str) -> bool {
    input.len() >= 20
        && !input.contains('.')
        && input
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn allow() -> AllowList {
        AllowList::parse("*.api-us#.com,*.activehosted.com,127.0.0.1,::1").unwrap()
    }

    #[test]
    fn accepted_urls_are_normalised_to_the_bare_https_base() {
        let cases = [
            ("https://acme.api-us1.com", "plain"),
            (
                "  https://acme.api-us1.com \n",
                "surrounding whitespace is trimmed",
            ),
            ("https://acme.api-us1.com/", "trailing slash"),
            ("https://acme.api-us1.com/api/3", "API path"),
            ("https://acme.api-us1.com/api/3/", "API path with slash"),
            ("HTTPS://ACME.API-US1.COM", "upper case"),
            ("acme.api-us1.com", "bare host gets https"),
            ("acme.api-us1.com/api/3", "bare host with API path"),
        ];
        for (input, why) in cases {
            let url = ApiUrl::parse(input, &allow(), false)
                .unwrap_or_else(|e| panic!("{input:?} ({why}): {e}"));
            assert_eq!(url.as_str(), "https://acme.api-us1.com", "{input:?}: {why}");
            assert_eq!(url.host(), "acme.api-us1.com");
            assert_eq!(
                url.users_me().as_str(),
                "https://acme.api-us1.com/api/3/users/me"
            );
        }
        let idn = ApiUrl::parse("https://bücher.api-us1.com", &allow(), false).unwrap();
        assert_eq!(
            idn.host(),
            "xn--bcher-kva.api-us1.com",
            "non-ASCII names are matched in punycode"
        );
        let hosted = ApiUrl::parse("https://acme.activehosted.com", &allow(), false).unwrap();
        assert_eq!(hosted.to_string(), "https://acme.activehosted.com");
    }

    #[test]
    fn unsafe_or_wrong_urls_are_rejected_with_a_reason() {
        use UrlRejection::*;
        let cases = [
            ("", Empty, "nothing"),
            ("   ", Empty, "only spaces"),
            (
                "http://acme.api-us1.com",
                NotHttps,
                "plain http without the test flag",
            ),
            ("ftp://acme.api-us1.com", NotHttps, "other scheme"),
            ("javascript:alert(1)", NotHttps, "script pseudo-scheme"),
            ("file:///etc/passwd", NotHttps, "file scheme"),
            ("https://", Malformed, "no host"),
            (
                "https://acme.api-us1.com\t/x",
                ContainsWhitespace,
                "tab that url would strip",
            ),
            (
                "https://ac\nme.api-us1.com",
                ContainsWhitespace,
                "newline that url would strip",
            ),
            (
                "https://user:pw@acme.api-us1.com",
                UserInfo,
                "user and password",
            ),
            ("https://@acme.api-us1.com", UserInfo, "empty user-info"),
            (
                "https://acme.api-us1.com@evil.com",
                UserInfo,
                "host smuggled as user name",
            ),
            ("https://127.0.0.1", IpAddress, "IPv4 literal"),
            ("https://[::1]", IpAddress, "IPv6 literal"),
            ("https://2130706433", IpAddress, "decimal integer IPv4"),
            ("https://0x7f.1", IpAddress, "hex shorthand IPv4"),
            ("https://0x7f000001", IpAddress, "hex integer IPv4"),
            ("https://0177.0.0.1", IpAddress, "octal IPv4"),
            (
                "https://169.254.169.254/latest",
                IpAddress,
                "cloud metadata address",
            ),
            ("https://localhost", Localhost, "localhost"),
            (
                "https://LOCALHOST./",
                Localhost,
                "localhost with trailing dot",
            ),
            ("https://api.localhost", Localhost, "localhost subdomain"),
            ("https://evil.com", HostNotAllowed, "other host"),
            (
                "https://evil.com/x.api-us1.com",
                HostNotAllowed,
                "allowed name in the path",
            ),
            (
                "https://evil.com\\@acme.api-us1.com",
                HostNotAllowed,
                "backslash trick",
            ),
            (
                "https://acme.api-us1.com.evil.com",
                HostNotAllowed,
                "allowed name as a prefix",
            ),
            ("https://api-us1.com", HostNotAllowed, "bare zone"),
            (
                "https://acme.api-us1.com%2eevil.com",
                HostNotAllowed,
                "encoded dot that url decodes",
            ),
            ("https://acme.api-us1.com:", Port, "empty port"),
            ("https://acme.api-us1.com:8443", Port, "port"),
            (
                "https://acme.api-us1.com:443",
                Port,
                "default port that url forgets",
            ),
            ("acme.api-us1.com:443", Port, "bare host with port"),
            (
                "https://acme.api-us1.com/api/3/users/me",
                Path,
                "endpoint path",
            ),
            ("https://acme.api-us1.com/admin", Path, "other path"),
            ("https://acme.api-us1.com/api/%33", Path, "encoded path"),
            ("https://acme.api-us1.com?x=1", Query, "query"),
            ("https://acme.api-us1.com/?", Query, "empty query"),
            ("https://acme.api-us1.com#top", Fragment, "fragment"),
            (
                "0123456789abcdef0123456789abcdef",
                LooksLikeKey,
                "a key in the URL field",
            ),
        ];
        for (input, expected, why) in cases {
            assert_eq!(
                ApiUrl::parse(input, &allow(), false),
                Err(expected),
                "{input:?}: {why}"
            );
        }
        let long = format!("https://acme.api-us1.com/{}", "a".repeat(MAX_URL_LEN));
        assert_eq!(ApiUrl::parse(&long, &allow(), false), Err(TooLong));
    }

    #[test]
    fn test_mode_accepts_http_ports_and_listed_ip_hosts_only() {
        use UrlRejection::*;
        let ok = [
            (
                "http://127.0.0.1:8080",
                "http://127.0.0.1:8080",
                "listed IP with port",
            ),
            (
                "http://0x7f.1:8080/api/3",
                "http://127.0.0.1:8080",
                "url normalises hex IPv4",
            ),
            ("http://[::1]:9000", "http://[::1]:9000", "listed IPv6"),
            (
                "http://acme.api-us1.com",
                "http://acme.api-us1.com",
                "allowed name over http",
            ),
            (
                "https://acme.api-us1.com:8443",
                "https://acme.api-us1.com:8443",
                "port on allowed name",
            ),
        ];
        for (input, expected, why) in ok {
            let url = ApiUrl::parse(input, &allow(), true)
                .unwrap_or_else(|e| panic!("{input:?} ({why}): {e}"));
            assert_eq!(url.as_str(), expected, "{why}");
        }
        let refused = [
            ("http://127.0.0.2:8080", HostNotAllowed, "unlisted IP"),
            ("http://10.0.0.1", HostNotAllowed, "private IP"),
            (
                "http://localhost:8080",
                Localhost,
                "localhost stays refused",
            ),
            ("http://evil.com", HostNotAllowed, "other host"),
            (
                "http://user@127.0.0.1:8080",
                UserInfo,
                "user-info stays refused",
            ),
            ("ftp://127.0.0.1", NotHttps, "other schemes stay refused"),
        ];
        for (input, expected, why) in refused {
            assert_eq!(
                ApiUrl::parse(input, &allow(), true),
                Err(expected),
                "{input:?}: {why}"
            );
        }
        assert!(
            ApiUrl::parse("http://127.0.0.1:1", &allow(), true)
                .unwrap()
                .is_plain_http()
        );
    }

    #[test]
    fn rejection_messages_never_quote_the_input() {
        let canary = "canary0123456789abcdef0123456789";
        for input in [
            canary.to_string(),
            format!("https://{canary}.evil.com"),
            format!("https://{canary}@x.api-us1.com"),
        ] {
            let err = ApiUrl::parse(&input, &allow(), false).unwrap_err();
            assert!(!err.to_string().contains("canary"), "{err}");
            assert!(!format!("{err:?}").contains("canary"), "{err:?}");
        }
    }
}
