#!/usr/bin/env bash
# Builds the Rust SDK (a workspace crate, roundtable-sdk) and runs its
# tests: unit tests of the retry layer, then the scenario against the
# server at $ROUNDTABLE_URL as the admin $ROUNDTABLE_ADMIN_KEY (sdk-gen/test
# starts it). Crates come from crates.io, pinned by the root Cargo.lock.
set -euo pipefail
. "$(dirname "$0")/../lib.sh"
: "${ROUNDTABLE_URL:?set ROUNDTABLE_URL (sdk-gen/test starts a server and sets it)}"
: "${ROUNDTABLE_ADMIN_KEY:?set ROUNDTABLE_ADMIN_KEY}"
cd "$RT_ROOT"
cargo test --locked -p roundtable-sdk -- --show-output
