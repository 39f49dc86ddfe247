#!/usr/bin/env bash
# Runs the console's browser test (test/console.test.ts) in Debian's
# headless Chromium against a live server that serves the console:
#  - with ROUNDTABLE_URL and ROUNDTABLE_ADMIN_KEY set, against that server;
#  - else builds the server (cargo build --bin roundtable, which embeds
#    web/console/) and starts it on a free loopback port with a temporary
#    SQLite database, a bootstrap admin key and the offline AI provider at
#    a pace that streams a reply as many deltas, as sdk-gen/test does.
# Installs chromium with apt-get when /usr/bin/chromium is absent
# (CHROMIUM_PATH points elsewhere) and the locked npm dependencies.
# The screenshot goes to $ROUNDTABLE_CONSOLE_SCREENSHOT (default
# console/test-output/console.png); ROUNDTABLE_CONSOLE_SERVER_LOG=path
# keeps the server's log.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
  echo "installing Debian's chromium for the console test"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium >/dev/null
fi
if [ ! -d node_modules ] || ! npm ls --silent >/dev/null 2>&1; then
  npm ci --no-audit --no-fund --silent
fi

work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  if [ -n "${ROUNDTABLE_CONSOLE_SERVER_LOG:-}" ] && [ -f "$work/server.log" ]; then
    cp "$work/server.log" "$ROUNDTABLE_CONSOLE_SERVER_LOG"
  fi
  rm -rf "$work"
}
trap cleanup EXIT

if [ -z "${ROUNDTABLE_URL:-}" ] || [ -z "${ROUNDTABLE_ADMIN_KEY:-}" ]; then
  (cd .. && cargo build --bin roundtable)
  target_dir="$(cd .. && cargo metadata --format-version 1 --no-deps \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')"
  admin_key="rtk_console$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
  cat >"$work/roundtable.toml" <<TOML
listen = "127.0.0.1:0"
database_url = "sqlite://$work/roundtable.db"
default_provider = "offline"

[providers.offline]
kind = "offline"
tokens_per_second = 60
TOML
  ROUNDTABLE_BOOTSTRAP_ADMIN_KEY="$admin_key" \
    "$target_dir/debug/roundtable" serve --config "$work/roundtable.toml" >"$work/server.log" 2>&1 &
  server_pid=$!
  url=""
  for _ in $(seq 1 600); do
    kill -0 "$server_pid" 2>/dev/null || { echo "the server exited:" >&2; cat "$work/server.log" >&2; exit 1; }
    line="$(grep -m1 -o 'listening on http://[0-9.:]*' "$work/server.log" || true)"
    if [ -n "$line" ]; then url="${line#listening on }"; break; fi
    sleep 0.1
  done
  [ -n "$url" ] || { echo "the server did not listen within 60 s:" >&2; cat "$work/server.log" >&2; exit 1; }
  for _ in $(seq 1 100); do
    curl -fsS -o /dev/null -H "authorization: Bearer $admin_key" "$url/v1/me" 2>/dev/null && break
    sleep 0.1
  done
  echo "server at $url"
  export ROUNDTABLE_URL="$url" ROUNDTABLE_ADMIN_KEY="$admin_key"
fi

rm -rf build
npm run --silent build:test
node --test --test-concurrency=1 --test-timeout=120000 --test-reporter=spec build/test/*.test.js
