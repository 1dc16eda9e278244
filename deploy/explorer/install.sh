#!/usr/bin/env bash
# Installs the explorer's vendor file (Cytoscape.js, pinned in package.json / package-lock.json) from npm
# and copies it into src/PaperGraph.Api/wwwroot/explorer/vendor/, plus playwright-core and axe-core for the
# explorer's browser tests. node_modules and the copied file are git-ignored; our own explorer files are
# committed. Idempotent: does nothing when up to date.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
target="$here/../../src/PaperGraph.Api/wwwroot/explorer/vendor"

if ! command -v npm >/dev/null 2>&1; then
  echo "install.sh: npm is not installed; the explorer's graph view will not draw (apt-get install -y npm)." >&2
  exit 1
fi

if [ ! -f "$here/node_modules/cytoscape/dist/cytoscape.esm.min.mjs" ] || [ ! -d "$here/node_modules/playwright-core" ] || [ ! -f "$here/node_modules/axe-core/axe.min.js" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi

mkdir -p "$target"
if ! cmp -s "$here/node_modules/cytoscape/dist/cytoscape.esm.min.mjs" "$target/cytoscape.esm.min.mjs"; then
  cp "$here/node_modules/cytoscape/dist/cytoscape.esm.min.mjs" "$target/cytoscape.esm.min.mjs"
fi
echo "Explorer files installed in src/PaperGraph.Api/wwwroot/explorer/vendor"
