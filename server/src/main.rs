//! The `roundtable` command: `serve` (the default), `migrate`, `openapi`,
//! and the operator commands `admin …` and `backup`.

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use roundtable::admin::{AdminCommand, Failure, Options, Report};
use roundtable::config::{Config, LogFormat, Overrides};
use roundtable::traces::Traces;
use tracing_subscriber::{EnvFilter, Layer, fmt, layer::SubscriberExt, util::SubscriberInitExt};

#[derive(Parser)]
#[command(
    name = "roundtable",
    version,
    about = "A self-hostable backend where people and AI personas talk together"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve gRPC, gRPC-Web, reflection and health on one port (migrates first).
    Serve(Overrides),
    /// Apply pending database migrations and exit.
    Migrate(Overrides),
    /// Print the OpenAPI 3.1 document of the REST API (as served at /openapi.json).
    Openapi,
    /// Operator commands on the database, no server needed: users, API keys, credits.
    #[command(subcommand)]
    Admin(AdminCommand),
    /// Write a consistent copy of the SQLite database to PATH, even while a server runs on it.
    Backup(roundtable::backup::Backup),
    /// Copy every row of one database into another (SQLite to PostgreSQL), resumably.
    CopyDatabase(roundtable::copy::CopyDatabase),
}

fn main() -> anyhow::Result<ExitCode> {
    let cli = Cli::parse();
    let (serve, overrides) = match cli.command {
        Some(Command::Serve(overrides)) => (true, overrides),
        Some(Command::Migrate(overrides)) => (false, overrides),
        Some(Command::Openapi) => {
            print!(
                "{}",
                roundtable::gateway::openapi_json(
                    roundtable::proto::FILE_DESCRIPTOR_SET,
                    roundtable::api::ANONYMOUS_RPCS
                )?
            );
            return Ok(ExitCode::SUCCESS);
        }
        Some(Command::Admin(command)) => {
            let options = command.options().clone();
            return operate(options, |config| roundtable::admin::run(config, command));
        }
        Some(Command::Backup(backup)) => {
            let options = backup.options.clone();
            return operate(options, |config| roundtable::backup::run(config, backup));
        }
        Some(Command::CopyDatabase(copy)) => {
            let options = roundtable::admin::Options {
                json: copy.json,
                overrides: Overrides::default(),
            };
            return operate(options, |_| roundtable::copy::run(copy));
        }
        None => (true, Overrides::default()),
    };
    let config = Config::load(overrides)?;
    // Before the runtime: the OTLP exporter's client runs one of its own.
    let traces = match &config.otlp_endpoint {
        Some(endpoint) if serve => Some(Traces::start(endpoint)?),
        _ => None,
    };
    // PostgreSQL's notices ("relation … already exists, skipping") and the
    // migrator's line per migration are noise at INFO: the store logs one
    // line for the migrations it applied.
    init_logs(
        config.log_format,
        "info,sqlx::postgres::notice=warn,sea_orm_migration=warn",
        traces.as_ref(),
    );
    if let Some(endpoint) = &config.otlp_endpoint {
        tracing::info!(%endpoint, "exporting traces over OTLP/HTTP");
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let outcome = runtime.block_on(async move {
        if serve {
            roundtable::server::serve(config, shutdown_signal()).await
        } else {
            roundtable::store::migrate(&config.database_url).await?;
            println!(
                "migrations applied to {}",
                roundtable::store::redact(&config.database_url)
            );
            Ok(())
        }
    });
    drop(runtime);
    if let Some(traces) = traces {
        traces.shutdown();
    }
    outcome?;
    Ok(ExitCode::SUCCESS)
}

/// Runs an operator command: its output on stdout, warnings only in the
/// log unless `RUST_LOG` says otherwise, its exit code from its outcome.
fn operate<F, Fut>(options: Options, command: F) -> anyhow::Result<ExitCode>
where
    F: FnOnce(Config) -> Fut,
    Fut: Future<Output = Result<Report, Failure>>,
{
    let json = options.json;
    let config = match Config::load(options.overrides) {
        Ok(config) => config,
        Err(error) => return Ok(roundtable::admin::finish(Err(Failure::Other(error)), json)),
    };
    init_logs(config.log_format, "warn", None);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let outcome = runtime.block_on(command(config));
    Ok(roundtable::admin::finish(outcome, json))
}

/// Logs on stderr, filtered by `RUST_LOG` (default `default`), and, with
/// `traces`, every span at `info` or above plus the per-RPC spans of the
/// trace layer (`tower_http`, at `debug`) exported over OTLP.
fn init_logs(format: LogFormat, default: &str, traces: Option<&Traces>) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default));
    let logs = fmt::layer().with_writer(std::io::stderr);
    let logs = match format {
        LogFormat::Json => logs.json().with_filter(filter).boxed(),
        LogFormat::Text => logs.with_filter(filter).boxed(),
    };
    let spans = traces.map(|traces| {
        tracing_opentelemetry::layer()
            .with_tracer(traces.tracer())
            .with_filter(EnvFilter::new("info,tower_http=debug"))
    });
    tracing_subscriber::registry().with(logs).with(spans).init();
}

/// Completes on Ctrl-C or SIGTERM, or, when `ROUNDTABLE_EXIT_ON_STDIN_EOF`
/// is set (test harnesses), when standard input closes. The signal handlers
/// are installed by the call itself, before the server says it listens, so
/// a SIGTERM sent as soon as it listens still stops it gracefully.
fn shutdown_signal() -> impl std::future::Future<Output = ()> {
    use tokio::signal::unix::{SignalKind, signal};
    let interrupt = signal(SignalKind::interrupt()).ok();
    let terminate = signal(SignalKind::terminate()).ok();
    let wait = |handler: Option<tokio::signal::unix::Signal>| async move {
        match handler {
            Some(mut handler) => {
                handler.recv().await;
            }
            None => std::future::pending().await,
        }
    };
    let stdin_closed = async {
        if std::env::var_os("ROUNDTABLE_EXIT_ON_STDIN_EOF").is_some() {
            let mut sink = Vec::new();
            let _ = tokio::io::AsyncReadExt::read_to_end(&mut tokio::io::stdin(), &mut sink).await;
        } else {
            std::future::pending::<()>().await;
        }
    };
    async move {
        tokio::select! {
            () = wait(interrupt) => {},
            () = wait(terminate) => {},
            () = stdin_closed => {},
        }
        tracing::info!("shutting down");
    }
}
