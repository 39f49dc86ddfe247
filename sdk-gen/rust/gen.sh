#!/usr/bin/env bash
# Regenerates the Rust SDK's generated code (sdk-gen/rust/src/gen/) from
# proto/. Installs the pinned generators from crates.io into
# sdk-gen/rust/.tools first (cargo install --locked, once per version).
set -euo pipefail
. "$(dirname "$0")/../lib.sh"
here="$RT_SDK/rust"

PROTOC_GEN_PROST=protoc-gen-prost@0.5.0
PROTOC_GEN_TONIC=protoc-gen-tonic@0.5.0

tools="$here/.tools"
stamp="$tools/$PROTOC_GEN_PROST+$PROTOC_GEN_TONIC"
if [ ! -e "$stamp" ] || [ ! -x "$tools/bin/protoc-gen-prost" ] || [ ! -x "$tools/bin/protoc-gen-tonic" ]; then
  cargo install --locked --root "$tools" "$PROTOC_GEN_PROST" "$PROTOC_GEN_TONIC"
  touch "$stamp"
fi
export PATH="$tools/bin:$PATH"

# buf.gen.yaml has `clean: true`: sdk-gen/rust/src/gen is emptied first, so
# whatever left the contract leaves the SDK too.
cd "$RT_ROOT"
"$(rt_buf)" generate --template sdk-gen/rust/buf.gen.yaml
