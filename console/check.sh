#!/usr/bin/env bash
# Checks that the committed web/console/ is what its sources build: installs
# the locked npm dependencies, rebuilds, and fails on any difference
# (changed, missing or new files).
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --silent
npx tsc -p tsconfig.json
node build.mjs
cd ..
if ! git diff --exit-code --stat -- web/console || [ -n "$(git status --porcelain -- web/console)" ]; then
  git status --short -- web/console
  echo "web/console/ is not what console/ builds: run 'cd console && npm ci && npm run build' and commit" >&2
  exit 1
fi
echo "web/console/ matches console/"
