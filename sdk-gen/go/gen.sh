#!/usr/bin/env bash
# Regenerates the Go SDK's generated code (sdk-gen/go/gen/) from proto/.
# Installs the pinned generators from the Go module proxy into
# sdk-gen/go/.tools/bin first (once per version).
set -euo pipefail
. "$(dirname "$0")/../lib.sh"
here="$RT_SDK/go"

PROTOC_GEN_GO=google.golang.org/protobuf/cmd/protoc-gen-go@v1.36.12
PROTOC_GEN_GO_GRPC=google.golang.org/grpc/cmd/protoc-gen-go-grpc@v1.6.2

tools="$here/.tools"
mkdir -p "$tools/bin"
for tool in "$PROTOC_GEN_GO" "$PROTOC_GEN_GO_GRPC"; do
  stamp="$tools/$(basename "${tool%@*}")@${tool#*@}"
  if [ ! -e "$stamp" ] || [ ! -x "$tools/bin/$(basename "${tool%@*}")" ]; then
    GOBIN="$tools/bin" go install "$tool"
    touch "$stamp"
  fi
done
export PATH="$tools/bin:$PATH"

# buf.gen.yaml has `clean: true`: sdk-gen/go/gen is emptied first, so
# whatever left the contract leaves the SDK too.
cd "$RT_ROOT"
"$(rt_buf)" generate --template sdk-gen/go/buf.gen.yaml
