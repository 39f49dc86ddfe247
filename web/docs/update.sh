#!/usr/bin/env bash
# Refreshes the OpenAPI viewer that /docs serves: installs the pinned
# swagger-ui-dist from the npm registry (package.json, package-lock.json)
# into a temporary directory and copies the files the page needs into
# vendor/. `update.sh --check` copies nothing and fails when vendor/
# differs from the pinned package (CI runs it).
# To move to a new version: change the pin in package.json, run
# `npm install --package-lock-only` here, then ./update.sh, and commit.
set -euo pipefail
cd "$(dirname "$0")"

files=(
  swagger-ui-bundle.js
  swagger-ui-bundle.js.LICENSE.txt
  swagger-ui.css
  LICENSE
  NOTICE
)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp package.json package-lock.json "$tmp/"
(cd "$tmp" && npm ci --silent --no-audit --no-fund --ignore-scripts >/dev/null)
dist="$tmp/node_modules/swagger-ui-dist"

if [ "${1:-}" = "--check" ]; then
  status=0
  for file in "${files[@]}"; do
    if ! cmp -s "$dist/$file" "vendor/$file"; then
      echo "web/docs/vendor/$file differs from swagger-ui-dist $(node -p "require('$dist/package.json').version"): run web/docs/update.sh" >&2
      status=1
    fi
  done
  extra=$(cd vendor && ls | grep -vxF -f <(printf '%s\n' "${files[@]}") || true)
  if [ -n "$extra" ]; then
    echo "web/docs/vendor/ has files update.sh does not make: $extra" >&2
    status=1
  fi
  exit "$status"
fi

rm -rf vendor
mkdir vendor
for file in "${files[@]}"; do
  cp "$dist/$file" "vendor/$file"
done
echo "vendor/ holds swagger-ui-dist $(node -p "require('$dist/package.json').version")"
