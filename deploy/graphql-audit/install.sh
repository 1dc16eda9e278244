#!/usr/bin/env bash
# Installs the GraphQL client tools the API tests run against the real host: graphql-http (its
# serverAudits, the GraphQL-over-HTTP conformance suite) and graphql-js (getIntrospectionQuery and
# buildClientSchema). Pinned in package.json / package-lock.json; node_modules is git-ignored.
# Idempotent: does nothing when the pinned versions are already there.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

if ! command -v npm >/dev/null 2>&1; then
  echo "install.sh: npm is not installed; the GraphQL audit tests will be skipped (apt-get install -y npm)." >&2
  exit 1
fi

installed() {
  node -e 'const want=require(process.argv[1]).dependencies; for (const [n,v] of Object.entries(want)) { if (require(process.argv[2]+"/node_modules/"+n+"/package.json").version !== v) process.exit(1); }' \
    "$here/package.json" "$here" 2>/dev/null
}

if ! installed; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi
echo "graphql-http and graphql installed in deploy/graphql-audit/node_modules"
