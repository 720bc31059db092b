//! Proves the fake Discord works with the real serenity 0.12.5 client and
//! poise 0.7.1: every builder parses into serenity's models, and a live bot
//! connects, receives events and is recorded answering them.

use crate::support::fake_discord::client::{self, UnknownEvents};
use crate::support::fake_discord::model::{self, InteractionParts, MessageParts};
use std::time::Duration;

use crate::support::fake_discord::{
    BOT_ID, Disconnect, FakeDiscord, FakeDiscordConfig, FakeUser, GENERAL_CHANNEL_ID, GUILD_ID,
    GatewayRecord, SUPPORT_CHANNEL_ID, SUPPORT_ROLE_ID, WAIT,
};
use serde_json::{Value, json};
use serenity::all::{
    ChannelId, ChannelType, Command, Context, CreateActionRow, CreateAllowedMentions, CreateButton,
    CreateInteractionResponse, CreateInteractionResponseFollowup, CreateInteractionResponseMessage,
    CreateMessage, CreateThread, CurrentApplicationInfo, EditInteractionResponse, EditMessage,
    EventHandler, GatewayError, GatewayIntents, GuildChannel, GuildCreateEvent, Interaction,
    Member, Message, PrivateChannel, Ready, Role, UserId,
};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

fn customer() -> FakeUser {
    FakeUser::new(60, "customer")
}

/// Logs go to the shared capture buffer (see `support::logs`).
fn init_logs() {
    crate::support::logs::capture();
}

fn intents() -> GatewayIntents {
    GatewayIntents::GUILDS
        | GatewayIntents::GUILD_MESSAGES
        | GatewayIntents::DIRECT_MESSAGES
        | GatewayIntents::MESSAGE_CONTENT
}

// ---- the JSON the fake builds parses into serenity's models ----

fn parse<T: serde::de::DeserializeOwned>(value: Value) -> T {
    serde_json::from_value(value.clone()).unwrap_or_else(|e| panic!("{e}: {value:#}"))
}

#[test]
fn guild_and_dm_messages_parse_as_serenity_messages() {
    let author = customer();
    let guild = parse::<Message>(model::message(&MessageParts {
        id: 1,
        channel_id: SUPPORT_CHANNEL_ID,
        guild_id: Some(GUILD_ID),
        author: &author,
        author_roles: &[SUPPORT_ROLE_ID],
        content: "hi",
        kind: 0,
    }));
    assert_eq!(guild.guild_id.map(|g| g.get()), Some(GUILD_ID));
    assert_eq!(guild.member.expect("member").roles.len(), 1);
    let dm = parse::<Message>(model::message(&MessageParts {
        id: 2,
        channel_id: 99,
        guild_id: None,
        author: &author,
        author_roles: &[],
        content: "hi",
        kind: 0,
    }));
    assert!(dm.guild_id.is_none());
}

#[test]
fn guild_create_keeps_every_channel_role_and_member() {
    let config = FakeDiscordConfig::default();
    let members = vec![(customer(), vec![SUPPORT_ROLE_ID])];
    let event = parse::<GuildCreateEvent>(model::guild_create(
        &config.guild,
        &config.guild.channels,
        &members,
    ));
    // serenity skips a channel it cannot parse with only a warning, so count them.
    assert_eq!(event.guild.channels.len(), 2);
    assert_eq!(event.guild.roles.len(), 3);
    assert_eq!(event.guild.members.len(), 1);
}

#[test]
fn members_roles_threads_and_dm_channels_parse() {
    parse::<Member>(model::member(&customer(), &[SUPPORT_ROLE_ID]));
    parse::<Role>(model::role(
        &crate::support::fake_discord::FakeRole::new(1, "r", "8"),
        0,
    ));
    let thread = model::FakeChannel {
        id: 5,
        name: "t".into(),
        kind: 11,
        parent_id: Some(30),
        recipient: None,
    };
    let thread = parse::<GuildChannel>(model::channel(&thread, GUILD_ID, 10));
    assert!(thread.thread_metadata.is_some());
    parse::<PrivateChannel>(model::channel(
        &model::FakeChannel::dm(7, customer()),
        GUILD_ID,
        10,
    ));
}

#[test]
fn interactions_parse_in_guilds_and_dms() {
    let user = customer();
    let message = model::message(&MessageParts {
        id: 1,
        channel_id: SUPPORT_CHANNEL_ID,
        guild_id: Some(GUILD_ID),
        author: &user,
        author_roles: &[],
        content: "x",
        kind: 0,
    });
    let parts = InteractionParts {
        id: 3,
        application_id: 10,
        kind: 3,
        data: json!({"custom_id": "b", "component_type": 2}),
        channel_id: SUPPORT_CHANNEL_ID,
        guild_id: Some(GUILD_ID),
        user: &user,
        roles: &[],
        token: "t",
        message: Some(message),
    };
    let Interaction::Component(component) = parse(model::interaction(&parts)) else {
        panic!("not a component interaction")
    };
    assert_eq!(component.user.id.get(), user.id);
    let command = InteractionParts {
        kind: 2,
        data: json!({"id": "4", "name": "rotate", "type": 1, "options": [{"name": "e", "type": 3, "value": "v"}]}),
        guild_id: None,
        message: None,
        ..parts
    };
    assert!(matches!(
        parse(model::interaction(&command)),
        Interaction::Command(_)
    ));
}

#[test]
fn application_info_and_commands_parse() {
    let bot = FakeUser::bot(10, "Rekey");
    parse::<CurrentApplicationInfo>(model::application_info(10, &bot, &customer()));
    let sent = json!({"name": "rotate", "description": "d", "type": 1, "options": [
        {"type": 3, "name": "email", "description": "e", "required": true}
    ]});
    parse::<Command>(model::command(&sent, 11, 10, Some(GUILD_ID)));
}

// ---- a live serenity client against the fake ----

/// The bot under test: replies with a button, answers buttons ephemerally,
/// opens threads and deletes messages on request, and reports to the test.
struct Bot {
    report: mpsc::UnboundedSender<String>,
}

#[serenity::async_trait]
impl EventHandler for Bot {
    async fn ready(&self, _ctx: Context, ready: Ready) {
        let _ = self.report.send(format!("ready as {}", ready.user.name));
    }

    async fn message(&self, ctx: Context, msg: Message) {
        if msg.author.bot {
            return;
        }
        let _ = self.report.send(format!(
            "message {:?} guild={}",
            msg.content,
            msg.guild_id.is_some()
        ));
        match msg.content.as_str() {
            "thread please" => {
                let thread = msg
                    .channel_id
                    .create_thread_from_message(
                        &ctx,
                        msg.id,
                        CreateThread::new("ticket").kind(ChannelType::PublicThread),
                    )
                    .await;
                let report = match thread {
                    Ok(thread) => {
                        let added = thread.id.add_thread_member(&ctx, msg.author.id).await;
                        let sent = thread
                            .id
                            .send_message(&ctx, CreateMessage::new().content("in thread"))
                            .await;
                        format!(
                            "thread {} added={} sent={}",
                            thread.name,
                            added.is_ok(),
                            sent.is_ok()
                        )
                    }
                    Err(e) => format!("thread error {e}"),
                };
                let _ = self.report.send(report);
            }
            "delete me" => {
                let report = match msg.delete(&ctx).await {
                    Ok(()) => "deleted".to_owned(),
                    Err(e) => format!("delete failed: {e}"),
                };
                let _ = self.report.send(report);
            }
            content => {
                let reply = CreateMessage::new()
                    .content(format!("echo: {content}"))
                    .allowed_mentions(CreateAllowedMentions::new())
                    .components(vec![CreateActionRow::Buttons(vec![
                        CreateButton::new("get-link").label("Get link"),
                    ])]);
                if let Err(e) = msg.channel_id.send_message(&ctx, reply).await {
                    let _ = self.report.send(format!("reply failed: {e}"));
                }
            }
        }
    }

    async fn interaction_create(&self, ctx: Context, interaction: Interaction) {
        if let Interaction::Component(press) = interaction {
            let response = CreateInteractionResponse::Message(
                CreateInteractionResponseMessage::new()
                    .content("secret link")
                    .ephemeral(true),
            );
            let result = press.create_response(&ctx, response).await;
            let _ = self.report.send(format!(
                "pressed {} ok={}",
                press.data.custom_id,
                result.is_ok()
            ));
        }
    }
}

struct RunningBot {
    reports: mpsc::UnboundedReceiver<String>,
    unknown: UnknownEvents,
    task: JoinHandle<Result<(), serenity::Error>>,
}

impl RunningBot {
    async fn start(fake: &FakeDiscord) -> Self {
        init_logs();
        let (report, reports) = mpsc::unbounded_channel();
        let unknown = UnknownEvents::default();
        let mut client = client::client_builder(fake, intents(), &unknown)
            .event_handler(Bot { report })
            .await
            .expect("build the serenity client");
        let task = tokio::spawn(async move { client.start().await });
        Self {
            reports,
            unknown,
            task,
        }
    }

    /// Waits for the next report that starts with `prefix`, skipping others.
    async fn report(&mut self, prefix: &str) -> String {
        let wait = async {
            loop {
                let report = self
                    .reports
                    .recv()
                    .await
                    .expect("the bot stopped reporting");
                if report.starts_with(prefix) {
                    return report;
                }
            }
        };
        tokio::time::timeout(WAIT, wait)
            .await
            .unwrap_or_else(|_| panic!("no report starting {prefix:?}"))
    }

    fn stop(self) {
        self.unknown.assert_none();
        self.task.abort();
    }
}

fn reply_to(request: &crate::support::fake_discord::RecordedRequest, content: &str) -> bool {
    request.method == "POST" && request.json()["content"] == content
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_bot_identifies_with_its_token_and_intents_and_gets_ready() {
    let fake = FakeDiscord::start().await;
    let mut bot = RunningBot::start(&fake).await;

    let identify = fake.wait_identified().await;
    assert_eq!(identify.token, format!("Bot {}", client::TOKEN));
    assert_eq!(identify.intents, intents().bits());
    assert_eq!(bot.report("ready").await, "ready as Rekey");
    let gateway = fake
        .wait_for_request(|r| r.is("GET", "/gateway"), WAIT)
        .await;
    assert_eq!(gateway.authorization(), Some("Bot fake-token"));
    assert!(
        fake.unknown_requests().is_empty(),
        "{:#?}",
        fake.unknown_requests()
    );
    bot.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_guild_message_reaches_the_handler_and_its_reply_with_a_button_is_recorded() {
    let fake = FakeDiscord::start().await;
    let mut bot = RunningBot::start(&fake).await;

    fake.send_message(SUPPORT_CHANNEL_ID, &customer(), "my key broke");
    assert_eq!(
        bot.report("message").await,
        "message \"my key broke\" guild=true"
    );
    let reply = fake.wait_for_message_in(SUPPORT_CHANNEL_ID).await;

    assert_eq!(reply.json()["content"], "echo: my key broke");
    // serenity sends {"parse":[],"roles":[],"users":[]} for an empty CreateAllowedMentions.
    let allowed = &reply.json()["allowed_mentions"];
    assert_eq!(allowed["parse"], json!([]));
    assert!(
        allowed["users"].as_array().is_none_or(Vec::is_empty),
        "{allowed}"
    );
    assert!(
        allowed["roles"].as_array().is_none_or(Vec::is_empty),
        "{allowed}"
    );
    assert_eq!(
        reply.json()["components"][0]["components"][0]["custom_id"],
        "get-link"
    );
    assert!(fake.unknown_requests().is_empty());
    bot.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dm_reaches_the_handler_without_a_guild() {
    let fake = FakeDiscord::start().await;
    let mut bot = RunningBot::start(&fake).await;
    let dm = fake.dm_channel(&customer());

    fake.send_message(dm, &customer(), "hello in private");

    assert_eq!(
        bot.report("message").await,
        "message \"hello in private\" guild=false"
    );
    let reply = fake.wait_for_message_in(dm).await;
    assert_eq!(reply.status, 200);
    bot.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_button_press_reaches_the_handler_and_gets_an_ephemeral_response() {
    let fake = FakeDiscord::start().await;
    let mut bot = RunningBot::start(&fake).await;
    fake.send_message(SUPPORT_CHANNEL_ID, &customer(), "my key broke");
    let reply = fake
        .wait_for_request(|r| reply_to(r, "echo: my key broke"), WAIT)
        .await;
    let message_id = reply
        .response_id()
        .expect("the fake answered with a message");

    let interaction_id = fake.press_button(message_id, "get-link", &customer());

    let response = fake.wait_for_interaction_response(interaction_id).await;
    assert_eq!(response.status, 204);
    assert_eq!(response.json()["type"], 4);
    assert_eq!(response.json()["data"]["flags"], 64);
    assert_eq!(bot.report("pressed").await, "pressed get-link ok=true");
    assert_eq!(
        fake.original_response(interaction_id).expect("original")["content"],
        "secret link"
    );
    bot.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thread_is_created_from_a_message_and_the_bot_posts_in_it() {
    let fake = FakeDiscord::start().await;
    let mut bot = RunningBot::start(&fake).await;

    let message_id = fake.send_message(SUPPORT_CHANNEL_ID, &customer(), "thread please");

    assert_eq!(
        bot.report("thread").await,
        "thread ticket added=true sent=true"
    );
    let create = fake
        .wait_for_request(
            |r| {
                r.is(
                    "POST",
                    &format!("/channels/{SUPPORT_CHANNEL_ID}/messages/{message_id}/threads"),
                )
            },
            WAIT,
        )
        .await;
    assert_eq!(create.json()["name"], "ticket");
    fake.wait_for_request(
        |r| r.is("PUT", &format!("/channels/{message_id}/thread-members/60")),
        WAIT,
    )
    .await;
    fake.wait_for_message_in(message_id).await;
    bot.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deleting_a_message_succeeds_and_missing_permissions_surface_as_an_error() {
    let fake = FakeDiscord::start().await;
    let mut bot = RunningBot::start(&fake).await;

    let deleted = fake.send_message(SUPPORT_CHANNEL_ID, &customer(), "delete me");
    assert_eq!(bot.report("delete").await, "deleted");
    fake.wait_for_request(
        |r| {
            r.is(
                "DELETE",
                &format!("/channels/{SUPPORT_CHANNEL_ID}/messages/{deleted}"),
            )
        },
        WAIT,
    )
    .await;
    assert!(fake.message(deleted).is_none());

    fake.fail_requests(
        "DELETE",
        &format!("/channels/{GENERAL_CHANNEL_ID}/messages/"),
        403,
        model::missing_permissions(),
    );
    fake.send_message(GENERAL_CHANNEL_ID, &customer(), "delete me");
    let report = bot.report("delete").await;
    assert!(report.contains("Missing Permissions"), "{report}");
    bot.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_an_abrupt_disconnect_the_bot_resumes_and_handles_the_next_message() {
    let fake = FakeDiscord::start().await;
    let mut bot = RunningBot::start(&fake).await;
    fake.send_message(SUPPORT_CHANNEL_ID, &customer(), "first");
    fake.wait_for_request(|r| reply_to(r, "echo: first"), WAIT)
        .await;

    fake.disconnect(Disconnect::Abrupt);
    fake.send_message(SUPPORT_CHANNEL_ID, &customer(), "second");

    fake.wait_for_gateway(
        |r| matches!(r, GatewayRecord::Resumed { accepted: true, .. }),
        WAIT,
    )
    .await;
    fake.wait_for_request(|r| reply_to(r, "echo: second"), WAIT)
        .await;
    assert_eq!(
        bot.report("message \"second\"").await,
        "message \"second\" guild=true"
    );
    bot.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn close_code_4014_stops_the_client_with_disallowed_gateway_intents() {
    let fake = FakeDiscord::start().await;
    fake.reject_next_identify(4014);
    let unknown = UnknownEvents::default();
    let mut client = client::client_builder(&fake, intents(), &unknown)
        .await
        .expect("build the client");

    let result = tokio::time::timeout(WAIT, client.start())
        .await
        .expect("the client gave up in time");

    let error = result.expect_err("4014 must stop the client");
    assert!(
        matches!(
            error,
            serenity::Error::Gateway(GatewayError::DisallowedGatewayIntents)
        ),
        "{error:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_a_session_timeout_close_the_bot_identifies_again_and_gets_the_queued_message() {
    let fake = FakeDiscord::start().await;
    let bot = RunningBot::start(&fake).await;
    fake.wait_ready().await;

    // 4009 makes serenity drop its session, so it re-identifies instead of resuming.
    fake.disconnect(Disconnect::Code(4009));
    fake.send_message(SUPPORT_CHANNEL_ID, &customer(), "after timeout");

    let identified = |r: &GatewayRecord| matches!(r, GatewayRecord::Identified(_));
    fake.wait_for_request(|r| reply_to(r, "echo: after timeout"), WAIT)
        .await;
    assert_eq!(
        fake.gateway_log().iter().filter(|r| identified(r)).count(),
        2
    );
    bot.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn heartbeats_are_acknowledged_and_keep_the_connection() {
    let config = FakeDiscordConfig {
        heartbeat_interval: Duration::from_millis(50),
        ..Default::default()
    };
    let fake = FakeDiscord::start_with(config).await;
    let bot = RunningBot::start(&fake).await;

    fake.wait_for_heartbeats(3).await;

    let connections = fake
        .gateway_log()
        .iter()
        .filter(|r| **r == GatewayRecord::Connected)
        .count();
    assert_eq!(connections, 1, "{:?}", fake.gateway_log());
    bot.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dispatch_serenity_cannot_parse_is_recorded_as_unknown() {
    let fake = FakeDiscord::start().await;
    let bot = RunningBot::start(&fake).await;

    fake.dispatch("MESSAGE_CREATE", json!({"id": "1", "content": "no author"}));

    let (kind, _) = bot.unknown.wait_for_one(WAIT).await;
    assert_eq!(kind, "MESSAGE_CREATE");
    bot.task.abort();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rest_replies_parse_for_every_modelled_route() {
    let fake = FakeDiscord::start().await;
    let http = client::http(&fake);
    http.set_application_id(BOT_ID.into());
    let user = customer();
    fake.add_member(&user, &[SUPPORT_ROLE_ID]);

    assert_eq!(
        http.get_current_user()
            .await
            .expect("current user")
            .id
            .get(),
        BOT_ID
    );
    http.get_current_application_info()
        .await
        .expect("application info");
    http.get_channel(SUPPORT_CHANNEL_ID.into())
        .await
        .expect("channel");
    let member = http
        .get_member(GUILD_ID.into(), user.id.into())
        .await
        .expect("member");
    assert_eq!(member.roles.len(), 1);
    assert_eq!(
        http.get_guild_roles(GUILD_ID.into())
            .await
            .expect("roles")
            .len(),
        3
    );
    let dm = user_id(&user)
        .create_dm_channel(&http)
        .await
        .expect("dm channel");
    assert_eq!(dm.recipient.id.get(), user.id);

    let message_id = fake.send_message(SUPPORT_CHANNEL_ID, &user, "hello");
    let message = http
        .get_message(SUPPORT_CHANNEL_ID.into(), message_id.into())
        .await
        .expect("message");
    assert_eq!(message.content, "hello");
    let edited = ChannelId::new(SUPPORT_CHANNEL_ID)
        .edit_message(&http, message_id, EditMessage::new().content("edited"))
        .await
        .expect("edit");
    assert!(edited.edited_timestamp.is_some());
    let thread = ChannelId::new(SUPPORT_CHANNEL_ID)
        .create_thread(
            &http,
            CreateThread::new("private").kind(ChannelType::PrivateThread),
        )
        .await
        .expect("thread");
    assert_eq!(thread.kind, ChannelType::PrivateThread);

    let interaction = fake.press_button(message_id, "b", &user);
    let token = fake.interaction_token(interaction).expect("token");
    let defer =
        CreateInteractionResponse::Defer(CreateInteractionResponseMessage::new().ephemeral(true));
    http.create_interaction_response(interaction.into(), &token, &defer, vec![])
        .await
        .expect("defer");
    let original = http
        .edit_original_interaction_response(
            &token,
            &EditInteractionResponse::new().content("done"),
            vec![],
        )
        .await
        .expect("edit original");
    assert_eq!(original.content, "done");
    let followup = CreateInteractionResponseFollowup::new()
        .content("more")
        .ephemeral(true);
    let sent = http
        .create_followup_message(&token, &followup, vec![])
        .await
        .expect("followup");
    assert_eq!(sent.flags.map(|f| f.bits()), Some(64));
    assert!(
        fake.unknown_requests().is_empty(),
        "{:#?}",
        fake.unknown_requests()
    );
}

fn user_id(user: &FakeUser) -> UserId {
    UserId::new(user.id)
}

// ---- poise ----

type PoiseError = Box<dyn std::error::Error + Send + Sync>;

/// Sends the secure link for an email.
#[poise::command(slash_command)]
async fn rotate(
    ctx: poise::Context<'_, (), PoiseError>,
    #[description = "Your email"] email: String,
) -> Result<(), PoiseError> {
    ctx.send(
        poise::CreateReply::default()
            .content(format!("link for {email}"))
            .ephemeral(true),
    )
    .await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn poise_registers_its_commands_and_a_slash_command_reaches_it() {
    let fake = FakeDiscord::start().await;
    let framework = poise::Framework::builder()
        .options(poise::FrameworkOptions {
            commands: vec![rotate()],
            ..Default::default()
        })
        .setup(|ctx, _ready, framework| {
            Box::pin(async move {
                poise::builtins::register_globally(ctx, &framework.options().commands).await?;
                poise::builtins::register_in_guild(
                    ctx,
                    &framework.options().commands,
                    GUILD_ID.into(),
                )
                .await?;
                Ok(())
            })
        })
        .build();
    let unknown = UnknownEvents::default();
    let mut client = client::client_builder(&fake, intents(), &unknown)
        .framework(framework)
        .await
        .expect("build the client");
    let task = tokio::spawn(async move { client.start().await });

    let global = fake
        .wait_for_request(|r| r.is("PUT", "/applications/10/commands"), WAIT)
        .await;
    assert_eq!(global.json()[0]["name"], "rotate");
    fake.wait_for_request(
        |r| {
            r.is(
                "PUT",
                &format!("/applications/10/guilds/{GUILD_ID}/commands"),
            )
        },
        WAIT,
    )
    .await;

    let options = json!([{"name": "email", "type": 3, "value": "a@example.com"}]);
    let id = fake.slash_command(
        SUPPORT_CHANNEL_ID,
        "rotate",
        options,
        &customer(),
        &[SUPPORT_ROLE_ID],
    );

    let response = fake.wait_for_interaction_response(id).await;
    assert_eq!(response.json()["type"], 4);
    assert_eq!(response.json()["data"]["content"], "link for a@example.com");
    assert_eq!(response.json()["data"]["flags"], 64);
    assert!(
        fake.unknown_requests().is_empty(),
        "{:#?}",
        fake.unknown_requests()
    );
    unknown.assert_none();
    task.abort();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_routes_are_answered_404_and_recorded() {
    let fake = FakeDiscord::start().await;
    let http = client::http(&fake);

    let result = http.get_guild(GUILD_ID.into()).await;

    assert!(result.is_err());
    let unknown = fake.unknown_requests();
    assert_eq!(unknown.len(), 1);
    assert_eq!(unknown[0].path, format!("/guilds/{GUILD_ID}"));
}
