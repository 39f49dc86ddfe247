#!/usr/bin/env bash
# The /docs browser test: builds the server from the tree, starts it on a
# free loopback port with a fresh SQLite database and a bootstrap admin
# key, installs the locked playwright-core, and runs docs.test.js in
# Debian's Chromium (installed with apt-get when /usr/bin/chromium is
# absent; CHROMIUM_PATH points elsewhere). With ROUNDTABLE_URL and
# ROUNDTABLE_ADMIN_KEY set, it tests that server instead and starts none.
# ROUNDTABLE_DOCS_SCREENSHOTS=dir keeps a screenshot of the page there.
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
  echo "installing Debian's chromium for the browser test"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium >/dev/null
fi
if [ ! -d node_modules ] || ! npm ls --silent >/dev/null 2>&1; then
  npm ci --no-audit --no-fund --silent
fi

work=$(mktemp -d)
server_pid=
cleanup() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

if [ -z "${ROUNDTABLE_URL:-}" ]; then
  (cd ../../.. && cargo build --quiet --bin roundtable)
  target_dir=$(cd ../../.. && cargo metadata --format-version 1 --no-deps \
    | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).target_directory))')
  ROUNDTABLE_ADMIN_KEY="rtk_docs$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
  ROUNDTABLE_BOOTSTRAP_ADMIN_KEY="$ROUNDTABLE_ADMIN_KEY" RUST_LOG=warn \
    "$target_dir/debug/roundtable" serve --listen 127.0.0.1:0 \
    --database-url "sqlite://$work/roundtable.db" >"$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 300); do
    ROUNDTABLE_URL=$(grep -m1 -o 'listening on http://[0-9.:]*' "$work/server.log" | sed 's/^listening on //' || true)
    [ -n "$ROUNDTABLE_URL" ] && break
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
  done
  if [ -z "$ROUNDTABLE_URL" ]; then
    echo "the server did not start:" >&2
    cat "$work/server.log" >&2
    exit 1
  fi
  echo "server at $ROUNDTABLE_URL"
fi
: "${ROUNDTABLE_ADMIN_KEY:?set ROUNDTABLE_ADMIN_KEY with ROUNDTABLE_URL}"
export ROUNDTABLE_URL ROUNDTABLE_ADMIN_KEY
npm test
