#!/usr/bin/env bash
# Builds the Java SDK with Maven (compile, unit tests, jar) and runs its
# JUnit 5 tests: the hand-written layer against in-process fakes, then the
# scenario against the server at $ROUNDTABLE_URL as the admin
# $ROUNDTABLE_ADMIN_KEY (sdk-gen/test starts it). Dependencies come from
# Maven Central at the versions pom.xml pins.
set -euo pipefail
cd "$(dirname "$0")"
: "${ROUNDTABLE_URL:?set ROUNDTABLE_URL (sdk-gen/test starts a server and sets it)}"
: "${ROUNDTABLE_ADMIN_KEY:?set ROUNDTABLE_ADMIN_KEY}"
mvn -B -ntp verify
