//! Which address a request really came from, behind reverse proxies.
//!
//! Production https runs behind a TLS proxy, so every connection comes from
//! the proxy; per-address limits keyed by the peer would then be global (one
//! attacker locks everyone out). `REKEY_TRUSTED_PROXIES` lists the proxies
//! (addresses or CIDR ranges). Only when the peer is one of them are the
//! `Forwarded` (RFC 7239) or, without it, `X-Forwarded-For` headers read, and
//! the client is the rightmost hop that is not itself a trusted proxy: hops
//! further left were written by the client and can be forged. Pure: the web
//! layer hands in the header values.

use std::fmt;
use std::net::IpAddr;

use ipnet::IpNet;

/// The proxies whose forwarding headers are believed.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    /// No proxy trusted: the peer address is the client.
    pub fn none() -> Self {
        TrustedProxies(Vec::new())
    }

    /// Parses `10.0.0.1, 10.1.0.0/16, fd00::/8` (blank entries ignored).
    pub fn parse(raw: &str) -> Result<Self, String> {
        let mut nets = Vec::new();
        for entry in raw.split(',').map(str::trim).filter(|e| !e.is_empty()) {
            let net = match entry.parse::<IpNet>() {
                Ok(net) => net,
                Err(_) => entry.parse::<IpAddr>().map(IpNet::from).map_err(|_| {
                    format!("expected addresses or CIDR ranges like 10.0.0.1 or 10.0.0.0/8, got {entry:?}")
                })?,
            };
            nets.push(net.trunc());
        }
        Ok(TrustedProxies(nets))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = canonical(ip);
        self.0.iter().any(|net| net.contains(&ip))
    }

    /// The client of a request that arrived from `peer` carrying these
    /// `Forwarded` and `X-Forwarded-For` header values (each possibly a
    /// comma-separated list, in the order received).
    pub fn client(&self, peer: IpAddr, forwarded: &[&str], x_forwarded_for: &[&str]) -> IpAddr {
        let peer = canonical(peer);
        if !self.contains(peer) {
            return peer;
        }
        let hops: Vec<Option<IpAddr>> = if forwarded.iter().any(|v| !v.trim().is_empty()) {
            forwarded
                .iter()
                .flat_map(|v| v.split(','))
                .map(forwarded_for)
                .collect()
        } else {
            x_forwarded_for
                .iter()
                .flat_map(|v| v.split(','))
                .map(|hop| parse_node(hop.trim()))
                .collect()
        };
        let mut client = peer;
        for hop in hops.iter().rev() {
            match hop {
                Some(ip) if self.contains(*ip) => client = *ip,
                Some(ip) => return *ip,
                // An obfuscated or garbled hop: the last trusted proxy is as
                // far as anything can be believed.
                None => return client,
            }
        }
        client
    }
}

impl fmt::Debug for TrustedProxies {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "TrustedProxies({self})")
    }
}

impl fmt::Display for TrustedProxies {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let list: Vec<String> = self.0.iter().map(ToString::to_string).collect();
        f.write_str(&list.join(","))
    }
}

/// IPv4-mapped IPv6 addresses (`::ffff:10.0.0.1`, how a dual-stack socket
/// reports v4 peers) as the IPv4 address they are.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    }
}

/// The `for=` node of one `Forwarded` element (`for=1.2.3.4;proto=https`).
fn forwarded_for(element: &str) -> Option<IpAddr> {
    element
        .split(';')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| k.trim().eq_ignore_ascii_case("for"))
        .and_then(|(_, v)| parse_node(v.trim().trim_matches('"')))
}

/// An address as proxies write it: `1.2.3.4`, `1.2.3.4:5678`, `2001:db8::1`
/// or `[2001:db8::1]:5678`.
fn parse_node(node: &str) -> Option<IpAddr> {
    if let Some(rest) = node.strip_prefix('[') {
        let (ip, _) = rest.split_once(']')?;
        return ip.parse().ok().map(canonical);
    }
    if let Ok(ip) = node.parse::<IpAddr>() {
        return Some(canonical(ip));
    }
    let (ip, port) = node.rsplit_once(':')?;
    port.parse::<u16>().ok()?;
    ip.parse::<std::net::Ipv4Addr>().ok().map(IpAddr::V4)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn without_trusted_proxies_forwarding_headers_are_ignored() {
        let none = TrustedProxies::none();
        assert_eq!(
            none.client(ip("10.0.0.1"), &["for=1.2.3.4"], &["5.6.7.8"]),
            ip("10.0.0.1")
        );
    }

    #[test]
    fn the_client_is_the_rightmost_untrusted_hop() {
        let t = TrustedProxies::parse("10.0.0.0/8, 192.168.1.1").unwrap();
        let peer = ip("10.0.0.2");
        let cases: &[(&[&str], &[&str], &str, &str)] = &[
            (&[], &["203.0.113.7"], "203.0.113.7", "one hop"),
            (
                &[],
                &["6.6.6.6, 203.0.113.7"],
                "203.0.113.7",
                "a forged left hop is skipped",
            ),
            (
                &[],
                &["6.6.6.6", "203.0.113.7, 192.168.1.1"],
                "203.0.113.7",
                "several headers, a trusted inner proxy",
            ),
            (
                &["for=6.6.6.6, for=\"[2001:db8::7]:4711\";proto=https"],
                &["9.9.9.9"],
                "2001:db8::7",
                "Forwarded wins over X-Forwarded-For",
            ),
            (
                &["For=203.0.113.9:80"],
                &[],
                "203.0.113.9",
                "v4 with a port",
            ),
            (&[], &["10.0.0.9"], "10.0.0.9", "all hops trusted"),
            (
                &[],
                &["garbage"],
                "10.0.0.2",
                "unparseable: the proxy itself",
            ),
            (&[], &[], "10.0.0.2", "no header: the proxy itself"),
            (
                &[],
                &["::ffff:203.0.113.7"],
                "203.0.113.7",
                "v4-mapped is v4",
            ),
        ];
        for (fwd, xff, expected, why) in cases {
            assert_eq!(t.client(peer, fwd, xff), ip(expected), "{why}");
        }
        assert_eq!(
            t.client(ip("203.0.113.1"), &[], &["1.1.1.1"]),
            ip("203.0.113.1"),
            "an untrusted peer cannot claim another address"
        );
    }

    #[test]
    fn bad_entries_are_refused() {
        assert!(TrustedProxies::parse("10.0.0.0/33").is_err());
        assert!(TrustedProxies::parse("proxy.local").is_err());
        let t = TrustedProxies::parse(" 10.1.2.3/8 ,, ::1 ").unwrap();
        assert_eq!(t.to_string(), "10.0.0.0/8,::1/128");
    }
}
