#!/usr/bin/env bash
# Installs what the full test suite needs and nothing else; idempotent, and offline-tolerant once the
# caches are filled. The test Neo4j is started by the Neo4j tests themselves (deploy/neo4j-test/start.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
for script in deploy/neo4j-test/install.sh deploy/graphiql/install.sh deploy/browser/install.sh; do
  if [ -f "$script" ]; then
    echo "setup: $script"
    bash "$script"
  fi
done
