//! Slash-command data as Discord sends it for user options (type 6): the
//! chosen users under `resolved.users`, which serenity and poise need to
//! hand a command its `User` argument.

use serde_json::{Value, json};

use super::model;
use super::state::Shared;

/// Adds `resolved.users` for every user option whose id is a known member
/// (others are resolved to a plain user of that id).
pub(super) fn with_users(shared: &Shared, mut data: Value) -> Value {
    let ids: Vec<u64> = data["options"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|o| o["type"] == 6)
        .filter_map(|o| o["value"].as_str().and_then(|v| v.parse().ok()))
        .collect();
    if ids.is_empty() {
        return data;
    }
    let users: serde_json::Map<String, Value> = ids
        .iter()
        .map(|id| {
            let user = shared.read(|s| s.members.get(id).map(|(u, _)| u.clone()));
            let user = user.unwrap_or_else(|| model::FakeUser::new(*id, &format!("user{id}")));
            (id.to_string(), model::user(&user))
        })
        .collect();
    data["resolved"] = json!({ "users": users });
    data
}
