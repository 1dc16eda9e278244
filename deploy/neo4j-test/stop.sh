#!/usr/bin/env bash
# Stops the test Neo4j started by start.sh, if it runs. Idempotent; keeps the install and the data.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

if server_running; then
  "${NEO4J_HOME}/bin/neo4j" stop >&2
else
  echo "Neo4j is not running." >&2
fi
