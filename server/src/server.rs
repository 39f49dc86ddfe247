//! Wiring: builds the store, the domain and the services, and serves
//! gRPC, gRPC-Web, reflection and health on one port until shutdown.

use std::time::Duration;

use tokio::net::TcpListener;
use tonic::transport::{Identity, Server, ServerTlsConfig, server::TcpIncoming};
use tower_http::{
    classify::GrpcFailureClass,
    trace::{OnFailure, TraceLayer},
};

use crate::operator::{MetricsEndpoint, OperatorLayer, Readiness};
use crate::{
    ai::Providers, api::ModelApi, domain::models::Models, domain::replies::Replies,
    proto::v1::model_service_server::ModelServiceServer,
};
use crate::{
    api::CreditApi, domain::credits::Credits, proto::v1::credit_service_server::CreditServiceServer,
};
use crate::{
    api::{AssistApi, SessionApi},
    domain::{assist::Assist, sessions::Sessions},
    proto::v1::{
        assist_service_server::AssistServiceServer, session_service_server::SessionServiceServer,
    },
};
use crate::{
    api::{Auth, EventApi, MessageApi, ReplrApi, RoomApi, SpaceApi, UserApi},
    config::Config,
    domain::{
        auth::Authenticator, cursors::Cursors, events::Events, messages::Messages, replrs::Replrs,
        rooms::Rooms, spaces::Spaces, users,
    },
    events::Hub,
    proto::{
        FILE_DESCRIPTOR_SET,
        v1::{
            event_service_server::EventServiceServer, message_service_server::MessageServiceServer,
            replr_service_server::ReplrServiceServer, room_service_server::RoomServiceServer,
            space_service_server::SpaceServiceServer, user_service_server::UserServiceServer,
        },
    },
    store::Store,
};

/// The largest request message of every RPC but Transcribe (which takes
/// up to 25 MiB of audio): larger ones fail with OUT_OF_RANGE. The largest
/// valid request (a REPLR's 8,000-character prompt, a message with ten
/// attachments) is far below it.
pub const REQUEST_MAX_BYTES: usize = 1024 * 1024;

/// Runs the server until `shutdown` completes.
pub async fn serve(
    config: Config,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    tracing::debug!(?config, "configuration");
    // The port first: a busy one stops the server before it creates or
    // changes anything (the admin user, its key, migrations).
    let listener = TcpListener::bind(config.listen)
        .await
        .map_err(|error| listen_error(config.listen, error))?;
    // Before anything measured happens; without it every metric is a no-op.
    let metrics = if config.metrics {
        Some(crate::metrics::install()?)
    } else {
        None
    };
    // A bad provider table stops the server before it touches the database.
    let providers = Providers::new(&config.providers, config.default_provider.as_deref())?;
    tracing::info!(
        default = %providers.default_provider().name,
        providers = providers.list().count(),
        "AI providers ready"
    );
    // Replicas share one PostgreSQL database; a SQLite file is one server's.
    if config.nats_url.is_some() && config.database_url.starts_with("sqlite:") {
        anyhow::bail!(
            "--nats-url (ROUNDTABLE_NATS_URL) links replicas that share one PostgreSQL \
             database, and {} is a SQLite file only this server may use: give \
             --database-url postgres://…, or drop --nats-url to run one server",
            crate::store::redact(&config.database_url)
        );
    }
    let store = Store::open(&config.database_url).await?;
    tracing::info!(database = %crate::store::redact(&config.database_url), "database ready");
    match users::bootstrap(&store, config.bootstrap_admin_key.as_deref()).await? {
        Some(_) if config.bootstrap_admin_key.is_some() => {
            tracing::info!(
                "created the admin user with the key from ROUNDTABLE_BOOTSTRAP_ADMIN_KEY"
            );
        }
        Some(secret) => {
            println!(
                "\nCreated the admin user. Its API key is shown once, now:\n\n    {secret}\n\n\
                 Use it as `Authorization: Bearer <key>`; keep it secret.\n"
            );
        }
        None => {}
    }

    let auth = Auth::new(
        Authenticator::new(store.clone(), config.jwt.clone()),
        crate::api::limits::Limits::new(config.limits),
    );
    let nats = match &config.nats_url {
        Some(url) => Some(crate::events::nats::Nats::connect(url).await?),
        None => None,
    };
    let replicated = nats.is_some();
    let hub = Hub::start(store.clone(), nats).await?;
    let credits = Credits::new(store.clone(), config.initial_credits);
    let spaces = Spaces::new(store.clone(), hub.clone(), credits.initial_balance());
    let rooms = Rooms::new(store.clone());
    let replrs = Replrs::new(store.clone(), rooms.clone(), providers.clone());
    let directory = users::Directory::new(store.clone());
    // Revocations and user changes reach every replica.
    auth.authenticator().link(&hub);
    directory.link(&hub);
    let replies = Replies::new(
        store.clone(),
        rooms.clone(),
        providers.clone(),
        hub.clone(),
        directory.clone(),
    );
    // Replies (rooms' and sessions' answers) a stopped server left
    // streaming end as failed before anyone can ask for them; with several
    // replicas, only once their lease expires (see `replies/leases.rs`).
    replies.recover(replicated).await?;
    replies.keep_leases(replicated);
    let messages = Messages::new(
        store.clone(),
        rooms.clone(),
        directory.clone(),
        replies.clone(),
    );
    let events = Events::new(
        store.clone(),
        rooms.clone(),
        hub,
        directory.clone(),
        replies.flights().clone(),
        config.event_heartbeat,
        Cursors::load(&store).await?,
    );
    let users = users::Users::new(
        store.clone(),
        auth.authenticator().clone(),
        directory.clone(),
    );
    let sessions = Sessions::new(store.clone(), providers.clone(), replies.clone());
    let assist = Assist::new(store.clone(), providers.clone(), rooms.clone());

    let (health, health_service) = tonic_health::server::health_reporter();
    health.set_serving::<SpaceServiceServer<SpaceApi>>().await;
    health.set_serving::<UserServiceServer<UserApi>>().await;
    health.set_serving::<RoomServiceServer<RoomApi>>().await;
    health
        .set_serving::<MessageServiceServer<MessageApi>>()
        .await;
    health.set_serving::<EventServiceServer<EventApi>>().await;
    health.set_serving::<ModelServiceServer<ModelApi>>().await;
    health.set_serving::<ReplrServiceServer<ReplrApi>>().await;
    health.set_serving::<CreditServiceServer<CreditApi>>().await;
    health
        .set_serving::<SessionServiceServer<SessionApi>>()
        .await;
    health.set_serving::<AssistServiceServer<AssistApi>>().await;
    let reflection_v1 = tonic_reflection::server::Builder::configure()
        .register_encoded_file_descriptor_set(FILE_DESCRIPTOR_SET)
        .register_encoded_file_descriptor_set(tonic_health::pb::FILE_DESCRIPTOR_SET)
        // The error details every failure may carry, so that grpcurl and
        // `buf curl` print them instead of base64.
        .register_encoded_file_descriptor_set(tonic_types::pb::FILE_DESCRIPTOR_SET)
        .build_v1()?;
    let reflection_v1alpha = tonic_reflection::server::Builder::configure()
        .register_encoded_file_descriptor_set(FILE_DESCRIPTOR_SET)
        .register_encoded_file_descriptor_set(tonic_health::pb::FILE_DESCRIPTOR_SET)
        .register_encoded_file_descriptor_set(tonic_types::pb::FILE_DESCRIPTOR_SET)
        .build_v1alpha()?;

    let rest = crate::gateway::RestLayer::new(FILE_DESCRIPTOR_SET, crate::api::ANONYMOUS_RPCS)?;
    let requests = crate::metrics::RequestsLayer::new(
        &[FILE_DESCRIPTOR_SET, tonic_health::pb::FILE_DESCRIPTOR_SET],
        &[
            "/grpc.reflection.v1.ServerReflection/ServerReflectionInfo",
            "/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo",
        ],
    )?;
    let readiness = Readiness::new(store.db.clone());
    let operator = OperatorLayer::new(
        readiness.clone(),
        metrics.map(|handle| MetricsEndpoint {
            handle,
            token: config.metrics_token.clone(),
        }),
    );

    let mut builder = Server::builder()
        .accept_http1(true)
        .http2_keepalive_interval(Some(Duration::from_secs(30)))
        .http2_keepalive_timeout(Some(Duration::from_secs(10)));
    if let Some(tls) = &config.tls {
        let cert = std::fs::read(&tls.cert)?;
        let key = std::fs::read(&tls.key)?;
        builder =
            builder.tls_config(ServerTlsConfig::new().identity(Identity::from_pem(cert, key)))?;
    }
    let (origin_check, cors) = crate::cors::layers(&config.cors_origins);
    let router = builder
        .layer(TraceLayer::new_for_grpc().on_failure(LogFailure))
        .layer(origin_check)
        .layer(cors)
        // /livez, /readyz and /metrics, before any route of the contract.
        .layer(operator)
        // REST sits outside tonic-web, which refuses HTTP/1.1 requests that
        // are not gRPC-Web; the gateway passes gRPC and gRPC-Web through.
        .layer(rest)
        .layer(tonic_web::GrpcWebLayer::new())
        // Inside both, every RPC is plain gRPC on its own path.
        .layer(requests)
        .add_service(health_service)
        .add_service(reflection_v1)
        .add_service(reflection_v1alpha)
        .add_service(
            ModelServiceServer::new(ModelApi {
                auth: auth.clone(),
                models: Models::new(providers),
            })
            .max_decoding_message_size(REQUEST_MAX_BYTES),
        )
        .add_service(
            CreditServiceServer::new(CreditApi {
                auth: auth.clone(),
                credits: credits.clone(),
            })
            .max_decoding_message_size(REQUEST_MAX_BYTES),
        )
        .add_service(
            SpaceServiceServer::new(SpaceApi {
                auth: auth.clone(),
                spaces,
            })
            .max_decoding_message_size(REQUEST_MAX_BYTES),
        )
        .add_service(
            UserServiceServer::new(UserApi {
                auth: auth.clone(),
                users,
            })
            .max_decoding_message_size(REQUEST_MAX_BYTES),
        )
        .add_service(
            RoomServiceServer::new(RoomApi {
                auth: auth.clone(),
                rooms,
                replrs: replrs.clone(),
            })
            .max_decoding_message_size(REQUEST_MAX_BYTES),
        )
        .add_service(
            ReplrServiceServer::new(ReplrApi {
                auth: auth.clone(),
                replrs,
            })
            .max_decoding_message_size(REQUEST_MAX_BYTES),
        )
        .add_service(
            EventServiceServer::new(EventApi::new(auth.clone(), events, directory))
                .max_decoding_message_size(REQUEST_MAX_BYTES),
        )
        .add_service(
            SessionServiceServer::new(SessionApi {
                auth: auth.clone(),
                sessions,
            })
            .max_decoding_message_size(REQUEST_MAX_BYTES),
        )
        // Transcribe takes up to 25 MiB of audio (tonic's default is 4 MiB).
        .add_service(
            AssistServiceServer::new(AssistApi {
                auth: auth.clone(),
                assist,
            })
            .max_decoding_message_size(crate::domain::assist::AUDIO_MAX + 64 * 1024),
        )
        .add_service(
            MessageServiceServer::new(MessageApi { auth, messages })
                .max_decoding_message_size(REQUEST_MAX_BYTES),
        );

    let address = listener.local_addr()?;
    // No Nagle: a lone event or a small answer leaves at once, not after
    // the peer's delayed ACK (which added ~40 ms to quiet streams).
    let incoming = TcpIncoming::from(listener).with_nodelay(Some(true));
    let scheme = if config.tls.is_some() {
        "https"
    } else {
        "http"
    };
    // Scripts and tests wait for this exact line.
    println!("listening on {scheme}://{address}");
    tracing::info!(%address, "serving gRPC, gRPC-Web, reflection and health");
    readiness.set(true);
    let shutdown = async move {
        shutdown.await;
        // Draining: load balancers should stop sending new work.
        readiness.set(false);
    };
    router
        .serve_with_incoming_shutdown(incoming, shutdown)
        .await?;
    tracing::info!("stopped");
    Ok(())
}

/// Why the server cannot listen on `address`, and what to do.
fn listen_error(address: std::net::SocketAddr, error: std::io::Error) -> anyhow::Error {
    let hint = match error.kind() {
        std::io::ErrorKind::AddrInUse => {
            "; another process listens there: stop it, or choose another address with \
             --listen (ROUNDTABLE_LISTEN; port 0 picks a free one)"
        }
        std::io::ErrorKind::PermissionDenied => {
            "; ports below 1024 need privileges: choose another with --listen (ROUNDTABLE_LISTEN)"
        }
        std::io::ErrorKind::AddrNotAvailable => {
            "; no interface of this machine has that address: choose another with --listen"
        }
        _ => "",
    };
    anyhow::anyhow!("cannot listen on {address}: {error}{hint}")
}

/// One line per failed response, at the level its cause deserves: DEBUG
/// for the client's own errors (bad input, unknown or forbidden resources,
/// missing credentials, limits), WARN for a dependency that failed
/// (UNAVAILABLE, DEADLINE_EXCEEDED) or a broken stream, ERROR only for the
/// server's own failures (INTERNAL, UNKNOWN, DATA_LOSS).
#[derive(Clone, Copy)]
struct LogFailure;

impl OnFailure<GrpcFailureClass> for LogFailure {
    fn on_failure(&mut self, failure: GrpcFailureClass, latency: Duration, _span: &tracing::Span) {
        let latency_ms = latency.as_secs_f64() * 1000.0;
        match failure {
            GrpcFailureClass::Code(code) => match tonic::Code::from(code.get()) {
                tonic::Code::Unavailable | tonic::Code::DeadlineExceeded => {
                    tracing::warn!(code = code.get(), latency_ms, "response failed")
                }
                tonic::Code::Unknown | tonic::Code::Internal | tonic::Code::DataLoss => {
                    tracing::error!(code = code.get(), latency_ms, "response failed")
                }
                _ => tracing::debug!(code = code.get(), latency_ms, "response failed"),
            },
            GrpcFailureClass::Error(error) => {
                tracing::warn!(%error, latency_ms, "response failed")
            }
        }
    }
}
