//! A REST call as the fake recorded it, with accessors for what tests check.

use serde_json::Value;

use super::model::id_field;

/// One REST call the bot made, as the fake received it.
#[derive(Clone, Debug)]
pub struct RecordedRequest {
    pub method: String,
    /// The path after `/api/v10`, e.g. `/channels/30/messages`.
    pub path: String,
    pub query: Option<String>,
    /// Header names in lower case, values as sent.
    pub headers: Vec<(String, String)>,
    /// The body, if it was JSON.
    pub body: Option<Value>,
    /// The body as text (multipart uploads land here only).
    pub raw_body: String,
    /// The status the fake answered.
    pub status: u16,
    /// The JSON the fake answered with, if any.
    pub response: Option<Value>,
    /// False if the fake does not model this route (it answered 404).
    pub known_route: bool,
}

impl RecordedRequest {
    /// Whether this is `method path` (path after `/api/v10`).
    pub fn is(&self, method: &str, path: &str) -> bool {
        self.method.eq_ignore_ascii_case(method) && self.path == path
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The `Authorization` header, e.g. `"Bot fake-token"`.
    pub fn authorization(&self) -> Option<&str> {
        self.header("authorization")
    }

    /// The `X-Audit-Log-Reason` header, percent-decoded.
    pub fn audit_log_reason(&self) -> Option<String> {
        self.header("x-audit-log-reason").map(percent_decode)
    }

    /// The `id` of the object the fake answered with (a created message, thread...).
    pub fn response_id(&self) -> Option<u64> {
        self.response
            .as_ref()
            .map(|r| id_field(r, "id"))
            .filter(|id| *id != 0)
    }

    /// The JSON body, or `null`.
    pub fn json(&self) -> &Value {
        self.body.as_ref().unwrap_or(&Value::Null)
    }
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
