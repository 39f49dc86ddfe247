#!/usr/bin/env bash
# Regenerates the Java SDK's generated code (sdk-gen/java/src/main/generated/)
# from proto/. Fetches the generators from Maven Central first, once per
# version, into sdk-gen/java/.tools: protoc (for its built-in Java
# generator) and protoc-gen-grpc-java, at the versions pom.xml pins for
# protobuf-java and grpc-java, so generated code and runtime always match.
set -euo pipefail
. "$(dirname "$0")/../lib.sh"
here="$RT_SDK/java"

DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1

pom_property() {
  sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$here/pom.xml" | head -n1
}
protobuf_version="$(pom_property protobuf.version)"
grpc_version="$(pom_property grpc.version)"
[ -n "$protobuf_version" ] && [ -n "$grpc_version" ] || {
  echo "pom.xml lacks protobuf.version or grpc.version" >&2
  exit 1
}

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) classifier=linux-x86_64 ;;
  Linux-aarch64 | Linux-arm64) classifier=linux-aarch_64 ;;
  Darwin-x86_64) classifier=osx-x86_64 ;;
  Darwin-arm64) classifier=osx-aarch_64 ;;
  *) echo "no protoc build on Maven Central for $(uname -s) $(uname -m)" >&2; exit 1 ;;
esac

tools="$here/.tools"
mkdir -p "$tools/download"
# fetch GROUP ARTIFACT VERSION: installs the executable as .tools/ARTIFACT.
fetch() {
  local stamp="$tools/$2@$3"
  if [ -e "$stamp" ] && [ -x "$tools/$2" ]; then
    return 0
  fi
  (cd "$tools/download" && mvn -B -ntp -q -Dstyle.color=never "$DEPENDENCY_PLUGIN:copy" \
    "-Dartifact=$1:$2:$3:exe:$classifier" -DoutputDirectory=. -Dmdep.overWriteReleases=true)
  install -m 755 "$tools/download/$2-$3-$classifier.exe" "$tools/$2"
  rm -f "$tools/download/$2-$3-$classifier.exe"
  rm -f "$tools/$2"@*
  touch "$stamp"
}
fetch com.google.protobuf protoc "$protobuf_version"
fetch io.grpc protoc-gen-grpc-java "$grpc_version"

# buf.gen.yaml has `clean: true`: src/main/generated is emptied first, so
# whatever left the contract leaves the SDK too.
cd "$RT_ROOT"
"$(rt_buf)" generate --template sdk-gen/java/buf.gen.yaml
