#!/usr/bin/env bash
# Installs Neo4j's own Cypher linter, @neo4j-cypher/language-support (pinned in package.json /
# package-lock.json), for the Cypher 5 lint test of the Neo4j store (lint.mjs). node_modules is
# git-ignored. Idempotent: does nothing when the pinned version is already there.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

if ! command -v npm >/dev/null 2>&1; then
  echo "deploy/cypher-lint/install.sh: npm is not installed (apt-get install -y npm)" >&2
  exit 1
fi

installed() {
  node -e 'const want=require(process.argv[1]).dependencies; for (const [n,v] of Object.entries(want)) { if (require(process.argv[2]+"/node_modules/"+n+"/package.json").version !== v) process.exit(1); }' \
    "$here/package.json" "$here" 2>/dev/null
}

if ! installed; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi
echo "@neo4j-cypher/language-support installed in deploy/cypher-lint/node_modules"
