#!/usr/bin/env bash
# Installs the deploy linters from npm (pinned in package.json / package-lock.json): dockerfile-utils,
# dclint and kubernetes-models. Idempotent: does nothing when node_modules is up to date.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if ! command -v npm >/dev/null 2>&1; then
  echo "deploy/lint/install.sh: npm is not installed (apt-get install -y npm)" >&2
  exit 1
fi
if [ ! -x "$here/node_modules/.bin/dclint" ] || [ ! -x "$here/node_modules/.bin/dockerfile-utils" ] \
  || [ ! -d "$here/node_modules/kubernetes-models" ] || [ "$here/package-lock.json" -nt "$here/node_modules" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
  touch "$here/node_modules"
fi
