# Shared helpers for the sdk-gen scripts; source it, do not run it.
#   . "$(dirname "$0")/../lib.sh"     (from sdk-gen/<lang>/*.sh)
#   . "$(dirname "$0")/lib.sh"        (from sdk-gen/*)
# Sets RT_ROOT (the repository root) and RT_SDK (sdk-gen/), defines
# rt_step and rt_buf.

RT_SDK="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
RT_ROOT="$(cd "$RT_SDK/.." && pwd)"
export RT_ROOT RT_SDK

# The buf version the repository's CI installs (.ci/run).
RT_BUF_VERSION=1.75.0

rt_step() { printf '\n==> %s\n' "$*"; }

# Prints the path of a working buf: $BUF, the CI's, the one
# on PATH, or (none found) one installed from npm into .ci/.tools.
rt_buf() {
  local candidate
  for candidate in "${BUF:-}" "$RT_ROOT/.ci/.tools/node_modules/.bin/buf" \
    "$(command -v buf 2>/dev/null || true)"; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then
      # Absolute: callers link it or run it from other folders.
      printf '%s/%s\n' "$(cd "$(dirname "$candidate")" && pwd)" "$(basename "$candidate")"
      return 0
    fi
  done
  npm install --silent --no-audit --no-fund --prefix "$RT_ROOT/.ci/.tools" \
    "@bufbuild/buf@$RT_BUF_VERSION" >&2
  printf '%s\n' "$RT_ROOT/.ci/.tools/node_modules/.bin/buf"
}
