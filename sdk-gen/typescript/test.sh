#!/usr/bin/env bash
# Runs the TypeScript SDK's tests against the server at $ROUNDTABLE_URL
# (admin key $ROUNDTABLE_ADMIN_KEY): installs the locked npm dependencies,
# builds the package and the browser proof page, and runs node:test —
# unit tests of the hand-written layer, the scenario over gRPC, and the
# browser proof over gRPC-Web in Debian's Chromium (installed with apt-get
# when /usr/bin/chromium is absent; CHROMIUM_PATH points elsewhere).
set -euo pipefail
cd "$(dirname "$0")"
: "${ROUNDTABLE_URL:?set ROUNDTABLE_URL, e.g. http://127.0.0.1:8080 (sdk-gen/test does)}"
: "${ROUNDTABLE_ADMIN_KEY:?set ROUNDTABLE_ADMIN_KEY (sdk-gen/test does)}"

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
  echo "installing Debian's chromium for the browser proof"
  as_root apt-get update -qq
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get install -y -qq chromium >/dev/null
fi

if [ ! -d node_modules ] || ! npm ls --silent >/dev/null 2>&1; then
  npm ci --no-audit --no-fund --silent
fi
rm -rf build
npm run --silent build
npm run --silent build:test
npm run --silent build:browser
node --test --test-concurrency=1 --test-timeout=120000 --test-reporter=spec build/test/*.test.js
