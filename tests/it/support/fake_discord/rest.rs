//! The REST API: one fallback handler that records every request, applies
//! test-configured failures, and routes on the path segments after `/api/v10`.
//!
//! Unknown routes answer 404 and are recorded with `known_route: false`, so a
//! test can fail on calls the fake does not model (`FakeDiscord::unknown_requests`).

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State as AxumState;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::RecordedRequest;
use super::model::{self, FakeChannel, MessageParts};
use super::state::{Shared, State};

/// What a route answers.
struct Reply {
    status: u16,
    body: Option<Value>,
    known_route: bool,
}

impl Reply {
    fn json(body: Value) -> Self {
        Self {
            status: 200,
            body: Some(body),
            known_route: true,
        }
    }

    fn no_content() -> Self {
        Self {
            status: 204,
            body: None,
            known_route: true,
        }
    }

    fn not_found(code: u32, what: &str) -> Self {
        Self {
            status: 404,
            body: Some(model::not_found(code, what)),
            known_route: true,
        }
    }

    fn unknown_route() -> Self {
        Self {
            status: 404,
            body: Some(json!({"code": 0, "message": "404: Not Found"})),
            known_route: false,
        }
    }
}

/// Handles every request that is not the gateway websocket.
pub(crate) async fn handle(
    AxumState(shared): AxumState<Arc<Shared>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let path = uri
        .path()
        .strip_prefix("/api/v10")
        .unwrap_or(uri.path())
        .to_owned();
    let body_json = serde_json::from_slice::<Value>(&body).ok();
    let raw = String::from_utf8_lossy(&body);
    let failure = shared.update(|s| {
        let rule = s.failures.iter_mut().find(|f| {
            f.method.eq_ignore_ascii_case(method.as_str())
                && path.starts_with(&f.path_prefix)
                && f.body_contains.as_deref().is_none_or(|c| raw.contains(c))
                && f.remaining != Some(0)
        })?;
        if let Some(n) = rule.remaining.as_mut() {
            *n -= 1;
        }
        Some(rule.clone())
    });
    let reply = match failure {
        Some(f) => Reply {
            status: f.status,
            body: Some(f.body),
            known_route: true,
        },
        None => {
            let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
            route(&shared, method.as_str(), &segments, body_json.as_ref())
        }
    };
    let recorded = RecordedRequest {
        method: method.to_string(),
        path,
        query: uri.query().map(str::to_owned),
        headers: headers
            .iter()
            .map(|(k, v)| {
                (
                    k.as_str().to_owned(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect(),
        body: body_json,
        raw_body: String::from_utf8_lossy(&body).into_owned(),
        status: reply.status,
        response: reply.body.clone(),
        known_route: reply.known_route,
    };
    shared.update(|s| s.requests.push(recorded));
    let status = StatusCode::from_u16(reply.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    match reply.body {
        Some(body) => (status, axum::Json(body)).into_response(),
        None => status.into_response(),
    }
}

fn route(shared: &Shared, method: &str, segments: &[&str], body: Option<&Value>) -> Reply {
    let empty = json!({});
    let body = body.unwrap_or(&empty);
    let id = |s: &str| s.parse::<u64>().unwrap_or_default();
    match (method, segments) {
        ("GET", ["gateway"]) => Reply::json(json!({"url": ws_url(shared)})),
        ("GET", ["gateway", "bot"]) => Reply::json(json!({
            "url": ws_url(shared),
            "shards": 1,
            "session_start_limit": {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1},
        })),
        ("GET", ["users", "@me"]) => shared.read(|s| Reply::json(model::user(&s.config.bot))),
        ("POST", ["users", "@me", "channels"]) => open_dm(shared, body),
        ("GET", ["oauth2", "applications", "@me"]) => shared.read(|s| {
            Reply::json(model::application_info(
                s.config.application_id,
                &s.config.bot,
                &s.config.owner,
            ))
        }),
        ("GET", ["channels", c]) => shared.read(|s| match s.channels.get(&id(c)) {
            Some(channel) => Reply::json(channel_json(s, channel)),
            None => Reply::not_found(10003, "Channel"),
        }),
        ("POST", ["channels", c, "typing"]) => known_channel(shared, id(c), Reply::no_content),
        ("POST", ["channels", c, "messages"]) => create_message(shared, id(c), body),
        ("GET", ["channels", _, "messages", m]) => shared.read(|s| match s.messages.get(&id(m)) {
            Some(message) => Reply::json(message.clone()),
            None => Reply::not_found(10008, "Message"),
        }),
        ("PATCH", ["channels", _, "messages", m]) => edit_message(shared, id(m), body),
        ("DELETE", ["channels", _, "messages", m]) => {
            shared.update(|s| match s.messages.remove(&id(m)) {
                Some(_) => Reply::no_content(),
                None => Reply::not_found(10008, "Message"),
            })
        }
        ("POST", ["channels", c, "messages", m, "threads"]) => {
            // As on Discord: a deleted (or unknown) message starts no thread.
            if shared.read(|s| s.messages.contains_key(&id(m))) {
                create_thread(shared, id(c), id(m), 11, body)
            } else {
                Reply::not_found(10008, "Message")
            }
        }
        ("POST", ["channels", c, "threads"]) => {
            let kind = body["type"]
                .as_u64()
                .and_then(|k| u8::try_from(k).ok())
                .unwrap_or(12);
            let thread_id = shared.ids.next();
            create_thread(shared, id(c), thread_id, kind, body)
        }
        ("PUT", ["channels", c, "thread-members", u]) => add_thread_member(shared, id(c), id(u)),
        ("DELETE", ["channels", c, "thread-members", _]) => {
            known_channel(shared, id(c), Reply::no_content)
        }
        ("GET", ["guilds", _, "members", u]) => shared.read(|s| match s.members.get(&id(u)) {
            Some((user, roles)) => Reply::json(model::member(user, roles)),
            None => Reply::not_found(10007, "Member"),
        }),
        ("GET", ["guilds", _, "roles"]) => shared.read(|s| {
            let roles = s
                .config
                .guild
                .roles
                .iter()
                .enumerate()
                .map(|(i, r)| model::role(r, i));
            Reply::json(Value::Array(roles.collect()))
        }),
        ("GET", ["guilds", _, "channels"]) => shared.read(|s| {
            let mut channels: Vec<&FakeChannel> =
                s.channels.values().filter(|c| c.kind == 0).collect();
            channels.sort_by_key(|c| c.id);
            Reply::json(channels.into_iter().map(|c| channel_json(s, c)).collect())
        }),
        ("PUT", ["applications", _, "commands"]) => register_commands(shared, None, body),
        ("PUT", ["applications", _, "guilds", g, "commands"]) => {
            register_commands(shared, Some(id(g)), body)
        }
        ("POST", ["interactions", i, token, "callback"]) => {
            interaction_callback(shared, id(i), token, body)
        }
        ("POST", ["webhooks", _, token]) => followup(shared, token, body),
        ("GET", ["webhooks", _, token, "messages", "@original"]) => {
            shared.read(|s| match s.original_responses.get(*token) {
                Some(message) => Reply::json(message.clone()),
                None => Reply::not_found(10008, "Message"),
            })
        }
        ("PATCH", ["webhooks", _, token, "messages", "@original"]) => {
            edit_original(shared, token, body)
        }
        ("DELETE", ["webhooks", _, token, "messages", "@original"]) => {
            shared.update(|s| s.original_responses.remove(*token));
            Reply::no_content()
        }
        ("PATCH", ["webhooks", _, _, "messages", m]) => edit_message(shared, id(m), body),
        ("DELETE", ["webhooks", _, _, "messages", m]) => {
            shared.update(|s| s.messages.remove(&id(m)));
            Reply::no_content()
        }
        _ => Reply::unknown_route(),
    }
}

/// `PUT /channels/{thread}/thread-members/{user}`: 204, as on Discord; a
/// channel that is not a thread is refused with 400 / 50024 ("Cannot
/// execute action on this channel type").
fn add_thread_member(shared: &Shared, channel_id: u64, user_id: u64) -> Reply {
    shared.update(|s| match s.channels.get(&channel_id) {
        None => Reply::not_found(10003, "Channel"),
        Some(c) if !matches!(c.kind, 10..=12) => Reply {
            status: 400,
            body: Some(
                json!({"code": 50024, "message": "Cannot execute action on this channel type"}),
            ),
            known_route: true,
        },
        Some(_) => {
            let members = s.thread_members.entry(channel_id).or_default();
            if !members.contains(&user_id) {
                members.push(user_id);
            }
            Reply::no_content()
        }
    })
}

fn ws_url(shared: &Shared) -> String {
    shared.read(|s| format!("{}/gw", s.base_url.replace("http://", "ws://")))
}

fn channel_json(state: &State, channel: &FakeChannel) -> Value {
    model::channel(channel, state.config.guild.id, state.config.bot.id)
}

fn known_channel(shared: &Shared, channel_id: u64, reply: impl FnOnce() -> Reply) -> Reply {
    if shared.read(|s| s.channels.contains_key(&channel_id)) {
        reply()
    } else {
        Reply::not_found(10003, "Channel")
    }
}

/// `POST /users/@me/channels`: the DM channel with `recipient_id`, made on first use.
fn open_dm(shared: &Shared, body: &Value) -> Reply {
    let recipient_id = body["recipient_id"]
        .as_str()
        .and_then(|r| r.parse::<u64>().ok());
    let Some(recipient_id) = recipient_id else {
        return Reply {
            status: 400,
            body: Some(json!({"code": 50035, "message": "Invalid Form Body"})),
            known_route: true,
        };
    };
    let new_id = shared.ids.next();
    shared.update(|s| {
        let existing = s
            .channels
            .values()
            .find(|c| c.recipient.as_ref().is_some_and(|r| r.id == recipient_id));
        let channel = match existing {
            Some(channel) => channel.clone(),
            None => {
                let recipient = s.members.get(&recipient_id).map_or_else(
                    || model::FakeUser::new(recipient_id, &format!("user{recipient_id}")),
                    |(u, _)| u.clone(),
                );
                let channel = FakeChannel::dm(new_id, recipient);
                s.channels.insert(new_id, channel.clone());
                channel
            }
        };
        Reply::json(channel_json(s, &channel))
    })
}

/// Builds a message sent by the bot from a create-message body, keeping what
/// the bot asked for (components, embeds, flags, allowed_mentions, reference).
fn bot_message(state: &State, id: u64, channel_id: u64, body: &Value) -> Value {
    let guild_id = state
        .channels
        .get(&channel_id)
        .filter(|c| c.in_guild())
        .map(|_| state.config.guild.id);
    let reply = body.get("message_reference").filter(|r| !r.is_null());
    let mut message = model::message(&MessageParts {
        id,
        channel_id,
        guild_id,
        author: &state.config.bot,
        author_roles: &[],
        content: body["content"].as_str().unwrap_or_default(),
        kind: if reply.is_some() { 19 } else { 0 },
    });
    for key in ["components", "embeds", "flags", "tts", "allowed_mentions"] {
        if let Some(value) = body.get(key).filter(|v| !v.is_null()) {
            message[key] = value.clone();
        }
    }
    if let Some(reference) = reply {
        let mut reference = reference.clone();
        if reference.get("channel_id").is_none_or(Value::is_null) {
            reference["channel_id"] = json!(channel_id.to_string());
        }
        message["message_reference"] = reference;
    }
    message
}

fn create_message(shared: &Shared, channel_id: u64, body: &Value) -> Reply {
    if !shared.read(|s| s.channels.contains_key(&channel_id)) {
        return Reply::not_found(10003, "Channel");
    }
    let id = shared.ids.next();
    let (message, echo) = shared.update(|s| {
        let message = bot_message(s, id, channel_id, body);
        s.messages.insert(id, message.clone());
        (message, s.config.echo_bot_messages)
    });
    if echo {
        shared.dispatch("MESSAGE_CREATE", message.clone());
    }
    Reply::json(message)
}

fn edit_message(shared: &Shared, message_id: u64, body: &Value) -> Reply {
    shared.update(|s| match s.messages.get_mut(&message_id) {
        Some(message) => {
            merge_edit(message, body);
            Reply::json(message.clone())
        }
        None => Reply::not_found(10008, "Message"),
    })
}

fn merge_edit(message: &mut Value, body: &Value) {
    for key in [
        "content",
        "components",
        "embeds",
        "flags",
        "allowed_mentions",
    ] {
        if let Some(value) = body.get(key).filter(|v| !v.is_null()) {
            message[key] = value.clone();
        }
    }
    message["edited_timestamp"] = json!(model::timestamp_now());
}

fn create_thread(shared: &Shared, parent_id: u64, thread_id: u64, kind: u8, body: &Value) -> Reply {
    let reply = shared.update(|s| {
        if !s.channels.get(&parent_id).is_some_and(FakeChannel::in_guild) {
            return Err(Reply::not_found(10003, "Channel"));
        }
        if s.channels.contains_key(&thread_id) {
            return Err(Reply {
                status: 400,
                body: Some(json!({"code": 160004, "message": "A thread has already been created for this message"})),
                known_route: true,
            });
        }
        let thread = FakeChannel {
            id: thread_id,
            name: body["name"].as_str().unwrap_or("thread").to_owned(),
            kind,
            parent_id: Some(parent_id),
            recipient: None,
        };
        s.channels.insert(thread_id, thread.clone());
        Ok(channel_json(s, &thread))
    });
    match reply {
        Ok(thread) => {
            let mut event = thread.clone();
            event["newly_created"] = json!(true);
            shared.dispatch("THREAD_CREATE", event);
            Reply::json(thread)
        }
        Err(reply) => reply,
    }
}

fn register_commands(shared: &Shared, guild_id: Option<u64>, body: &Value) -> Reply {
    let sent = body.as_array().cloned().unwrap_or_default();
    let registered: Vec<Value> = sent
        .iter()
        .map(|command| {
            let id = shared.ids.next();
            shared.read(|s| model::command(command, id, s.config.application_id, guild_id))
        })
        .collect();
    shared.update(|s| {
        for command in &registered {
            let name = command["name"].as_str().unwrap_or_default().to_owned();
            s.commands.insert(name, command.clone());
        }
    });
    Reply::json(Value::Array(registered))
}

/// `POST /interactions/{id}/{token}/callback`: types 4 (message) and 5
/// (deferred) create the original response; 7 (update) edits the component's message.
fn interaction_callback(shared: &Shared, interaction_id: u64, token: &str, body: &Value) -> Reply {
    let id = shared.ids.next();
    shared.update(|s| {
        let Some(interaction) = s.interactions.get(token).cloned() else {
            return Reply::not_found(10062, "interaction");
        };
        if interaction.id != interaction_id {
            return Reply::not_found(10062, "interaction");
        }
        let data = body.get("data").cloned().unwrap_or_else(|| json!({}));
        match body["type"].as_u64() {
            Some(4 | 5) => {
                let message = bot_message(s, id, interaction.channel_id, &data);
                s.original_responses.insert(token.to_owned(), message);
            }
            Some(7) => {
                if let Some(message) = interaction.message_id.and_then(|m| s.messages.get_mut(&m)) {
                    merge_edit(message, &data);
                }
            }
            _ => {}
        }
        Reply::no_content()
    })
}

fn followup(shared: &Shared, token: &str, body: &Value) -> Reply {
    let id = shared.ids.next();
    shared.update(|s| match s.interactions.get(token).cloned() {
        Some(interaction) => {
            let message = bot_message(s, id, interaction.channel_id, body);
            s.messages.insert(id, message.clone());
            Reply::json(message)
        }
        None => Reply::not_found(10015, "Webhook"),
    })
}

fn edit_original(shared: &Shared, token: &str, body: &Value) -> Reply {
    shared.update(|s| match s.original_responses.get_mut(token) {
        Some(message) => {
            merge_edit(message, body);
            Reply::json(message.clone())
        }
        None => Reply::not_found(10008, "Message"),
    })
}
