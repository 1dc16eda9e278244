#!/usr/bin/env bash
# Installs what the full test suite needs and nothing else; idempotent, and offline-tolerant once the
# caches are filled.
set -euo pipefail
cd "$(dirname "$0")/../.."
# start.sh installs the test Neo4j once (npm) and starts it; the Neo4j tests would start it too, but a
# first install inside a test fixture would eat into its time-out.
for script in deploy/neo4j-test/start.sh deploy/graphiql/install.sh deploy/explorer/install.sh deploy/graphql-audit/install.sh deploy/browser/install.sh deploy/lint/install.sh deploy/cypher-lint/install.sh; do
  if [ -f "$script" ]; then
    echo "setup: $script"
    bash "$script"
  fi
done

# Real readers of the exports and the reconciliation JSON Schemas' validator, from Debian (PyPI is not
# reachable): networkx (GraphML), rdflib (JSON-LD), bibtexparser and bibtool (BibTeX), jsonschema.
readers="python3-networkx python3-rdflib python3-bibtexparser python3-jsonschema bibtool"
if ! /usr/bin/python3 -c "import networkx, rdflib, bibtexparser, jsonschema" >/dev/null 2>&1 || ! command -v bibtool >/dev/null; then
  if [ "$(id -u)" = "0" ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $readers >/dev/null 2>&1 \
      || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $readers >/dev/null; }
  else
    echo "setup: install $readers (needs root)" >&2
  fi
fi

# promtool (Debian's prometheus package) checks the /metrics output of the API host and the worker.
if ! command -v promtool >/dev/null; then
  if [ "$(id -u)" = "0" ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus >/dev/null 2>&1 \
      || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus >/dev/null; }
  else
    echo "setup: install prometheus for promtool (needs root)" >&2
  fi
fi

# Deploy files are written and linted, not run (no Docker engine on these machines); the linters come
# from npm (deploy/lint/install.sh above).
bash deploy/docker/lint.sh
