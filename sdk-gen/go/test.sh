#!/usr/bin/env bash
# Builds the Go SDK and runs its tests (go test): unit tests of the
# hand-written layer, then the scenario against the server at
# $ROUNDTABLE_URL as the admin $ROUNDTABLE_ADMIN_KEY (sdk-gen/test starts
# it). Modules come from the Go module proxy, pinned by go.mod/go.sum.
set -euo pipefail
cd "$(dirname "$0")"
: "${ROUNDTABLE_URL:?set ROUNDTABLE_URL (sdk-gen/test starts a server and sets it)}"
: "${ROUNDTABLE_ADMIN_KEY:?set ROUNDTABLE_ADMIN_KEY}"
go mod download
go vet ./...
go test -count=1 -v ./...
