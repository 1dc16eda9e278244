#!/usr/bin/env bash
# The floor for Neo4j upsert throughput: replays the commit bodies the store sent (written to
# bench/out/neo4j/ by UpsertThroughputTests) with plain curl, one POST per batch, on an empty database.
# Usage: bench/neo4j-upsert-floor.sh [NEO4J_URL] [PAPERS]
set -euo pipefail
url="${1:-${NEO4J_URL:-http://127.0.0.1:7474}}"
papers="${2:-20000}"
dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/out/neo4j"
commit="${url}/db/data/transaction/commit"
post() { curl -fsS -o /dev/null -H 'Content-Type: application/json' --data-binary "$1" "${commit}"; }
clear_db() {
  until curl -fsS -H 'Content-Type: application/json' \
      -d '{"statements":[{"statement":"MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*)"}]}' "${commit}" \
      | grep -q '"row":\[0\]'; do :; done
}
clear_db
start=$(date +%s.%N)
for body in "${dir}"/batch-*.json; do
  post "@${body}"
done
end=$(date +%s.%N)
clear_db
awk -v p="${papers}" -v s="${start}" -v e="${end}" 'BEGIN { printf "curl floor: %d papers in %.2fs = %.0f papers/s\n", p, e - s, p / (e - s) }'
