//! The `roundtable` command line, run as a user would. (Building this test
//! also makes `cargo test --workspace` build the binary that the black-box
//! suite in `tests/` starts.)

use std::process::Command;

fn roundtable() -> Command {
    Command::new(env!("CARGO_BIN_EXE_roundtable"))
}

#[test]
fn migrate_creates_the_database_and_its_folder() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("nested/folder/roundtable.db");
    let output = roundtable()
        .args([
            "migrate",
            "--database-url",
            &format!("sqlite://{}", db.display()),
        ])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(db.exists());
    assert!(String::from_utf8_lossy(&output.stdout).contains("migrations applied"));

    // A second run finds nothing to do and still succeeds.
    let again = roundtable()
        .args([
            "migrate",
            "--database-url",
            &format!("sqlite://{}", db.display()),
        ])
        .output()
        .unwrap();
    assert!(again.status.success());
}

#[test]
fn an_unsupported_database_url_is_refused_with_a_clear_message() {
    let output = roundtable()
        .args(["migrate", "--database-url", "mysql://localhost/db"])
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("unsupported database URL"));
}

#[test]
fn a_bad_bootstrap_key_stops_the_server_before_it_listens() {
    let dir = tempfile::tempdir().unwrap();
    let output = roundtable()
        .args(["serve", "--listen", "127.0.0.1:0", "--database-url"])
        .arg(format!("sqlite://{}", dir.path().join("r.db").display()))
        .env("ROUNDTABLE_BOOTSTRAP_ADMIN_KEY", "not-a-key")
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(!String::from_utf8_lossy(&output.stdout).contains("listening on"));
    assert!(String::from_utf8_lossy(&output.stderr).contains("ROUNDTABLE_BOOTSTRAP_ADMIN_KEY"));
}

/// Starts `roundtable serve` with `args` and extra env, waits for the
/// "listening on" line and returns the child and its address.
fn start(args: &[&str], env: &[(&str, &str)]) -> (std::process::Child, String) {
    use std::io::{BufRead, BufReader};
    let mut child = roundtable()
        .arg("serve")
        .args(args)
        .envs(env.iter().copied())
        .env("RUST_LOG", "warn")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let address = loop {
        let line = lines
            .next()
            .expect("the server printed its address")
            .unwrap();
        if let Some(address) = line
            .strip_prefix("listening on http://")
            .or_else(|| line.strip_prefix("listening on https://"))
        {
            break address.trim().to_string();
        }
    };
    std::thread::spawn(move || lines.for_each(drop));
    (child, address)
}

/// Sends one raw HTTP/1.1 request and returns the response head and body.
fn http(address: &str, request: &str) -> String {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(address).unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut response = String::new();
    let _ = stream.read_to_string(&mut response);
    response
}

#[test]
fn a_config_file_sets_the_listen_address_and_database_and_flags_win_over_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("from-file.db");
    let config = dir.path().join("roundtable.toml");
    std::fs::write(
        &config,
        format!(
            "listen = \"127.0.0.1:1\"\ndatabase_url = \"sqlite://{}\"\ncors_origins = [\"https://app.example\"]\n",
            db.display()
        ),
    )
    .unwrap();
    // The flag beats the file's unusable port 1; the database comes from the file.
    let (mut child, _) = start(
        &[
            "--config",
            config.to_str().unwrap(),
            "--listen",
            "127.0.0.1:0",
        ],
        &[],
    );
    assert!(db.exists(), "the database named in the file was created");
    child.kill().unwrap();
    child.wait().unwrap();
}

#[test]
fn an_unknown_key_in_the_config_file_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("roundtable.toml");
    std::fs::write(&config, "lisen = \"127.0.0.1:0\"\n").unwrap();
    let output = roundtable()
        .args(["serve", "--config", config.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("lisen"));
}

#[test]
fn cors_preflight_allows_only_the_configured_browser_origins() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("r.db").display());
    let (mut child, address) = start(
        &["--listen", "127.0.0.1:0", "--database-url", &url],
        &[("ROUNDTABLE_CORS_ORIGINS", "https://app.example")],
    );
    let preflight = |origin: &str| {
        http(
            &address,
            &format!(
                "OPTIONS /roundtable.v1.SpaceService/ListSpaces HTTP/1.1\r\nHost: {address}\r\n\
                 Origin: {origin}\r\nAccess-Control-Request-Method: POST\r\n\
                 Access-Control-Request-Headers: authorization,content-type,x-grpc-web\r\n\
                 Connection: close\r\n\r\n"
            ),
        )
        .to_ascii_lowercase()
    };
    let allowed = preflight("https://app.example");
    assert!(
        allowed.contains("access-control-allow-origin: https://app.example"),
        "{allowed}"
    );
    assert!(allowed.contains("authorization"), "{allowed}");
    let refused = preflight("https://evil.example");
    assert!(
        !refused.contains("access-control-allow-origin"),
        "{refused}"
    );
    child.kill().unwrap();
    child.wait().unwrap();
}

#[test]
fn sigterm_stops_the_server_gracefully() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("r.db").display());
    let (mut child, _) = start(&["--listen", "127.0.0.1:0", "--database-url", &url], &[]);
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let exit = child.wait().unwrap();
    assert!(exit.success(), "a graceful stop exits with 0, got {exit:?}");
}

#[test]
fn a_bad_provider_table_stops_the_server_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (
            "[providers.local]\nkind = \"anthropic\"\n",
            "unknown variant `anthropic`",
        ),
        (
            "[providers.local]\nkind = \"openai\"\nmodels = [\"m\"]\n",
            "base_url is required",
        ),
        (
            "[providers.a]\nkind = \"openai\"\nbase_url = \"http://127.0.0.1:1/v1\"\nmodels = [\"m\"]\n\
             [providers.b]\nkind = \"openai\"\nbase_url = \"http://127.0.0.1:1/v1\"\nmodels = [\"m\"]\n",
            "say which is the default with default_provider",
        ),
    ];
    for (table, expected) in cases {
        let config = dir.path().join("roundtable.toml");
        std::fs::write(&config, table).unwrap();
        let output = roundtable()
            .args(["serve", "--listen", "127.0.0.1:0", "--database-url"])
            .arg(format!("sqlite://{}", dir.path().join("r.db").display()))
            .arg("--config")
            .arg(&config)
            .env_remove("ROUNDTABLE_OPENAI_API_KEY")
            .env_remove("ROUNDTABLE_OPENAI_BASE_URL")
            .env_remove("ROUNDTABLE_DEFAULT_PROVIDER")
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!output.status.success(), "{table}");
        assert!(!String::from_utf8_lossy(&output.stdout).contains("listening on"));
        assert!(stderr.contains(expected), "{table}: {stderr}");
    }
}

#[tokio::test]
async fn with_a_certificate_the_server_speaks_grpc_over_tls_only() {
    use tonic::transport::{Certificate, Channel, ClientTlsConfig};
    use tonic_health::pb::{HealthCheckRequest, health_client::HealthClient};

    let dir = tempfile::tempdir().unwrap();
    let issued = rcgen::generate_simple_self_signed(vec!["localhost".to_string()]).unwrap();
    let (cert, key) = (dir.path().join("cert.pem"), dir.path().join("key.pem"));
    std::fs::write(&cert, issued.cert.pem()).unwrap();
    std::fs::write(&key, issued.signing_key.serialize_pem()).unwrap();
    let db = format!("sqlite://{}", dir.path().join("tls.db").display());
    let (mut child, address) = start(
        &[
            "--listen",
            "127.0.0.1:0",
            "--database-url",
            &db,
            "--tls-cert",
            cert.to_str().unwrap(),
            "--tls-key",
            key.to_str().unwrap(),
        ],
        &[],
    );
    let port = address.rsplit(':').next().unwrap();

    // A client that trusts the certificate gets an answer over TLS.
    let tls = ClientTlsConfig::new()
        .ca_certificate(Certificate::from_pem(issued.cert.pem()))
        .domain_name("localhost");
    let channel = Channel::from_shared(format!("https://localhost:{port}"))
        .unwrap()
        .tls_config(tls)
        .unwrap()
        .connect()
        .await
        .expect("a TLS connection");
    let status = HealthClient::new(channel)
        .check(HealthCheckRequest::default())
        .await
        .expect("health over TLS")
        .into_inner()
        .status;
    assert_eq!(status, 1, "SERVING");

    // Plain text on the same port gets no gRPC answer.
    let plain = Channel::from_shared(format!("http://{address}"))
        .unwrap()
        .connect()
        .await;
    if let Ok(plain) = plain {
        assert!(
            HealthClient::new(plain)
                .check(HealthCheckRequest::default())
                .await
                .is_err(),
            "a plain-text call must fail on a TLS port"
        );
    }

    child.kill().unwrap();
    child.wait().unwrap();
}
