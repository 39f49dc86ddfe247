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
