#!/usr/bin/env bash
# Installs the explorer's npm packages (pinned in package.json / package-lock.json): Cytoscape.js, copied into
# src/PaperGraph.Api/wwwroot/explorer/vendor/; esbuild, which bundles our modules into
# src/PaperGraph.Api/wwwroot/explorer/dist/ (bundle.mjs) whenever a module, the stylesheet or index.html is
# newer than the bundle; and playwright-core and axe-core for the explorer's browser tests. node_modules,
# vendor/ and dist/ are git-ignored; our own explorer files are committed. Idempotent: does nothing when up
# to date. Without it the host serves the source modules (slower first load) and the graph view cannot draw.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
web="$here/../../src/PaperGraph.Api/wwwroot"
target="$web/explorer/vendor"

if [ ! -f "$here/node_modules/cytoscape/dist/cytoscape.esm.min.mjs" ] || [ ! -d "$here/node_modules/playwright-core" ] \
  || [ ! -f "$here/node_modules/axe-core/axe.min.js" ] || [ ! -d "$here/node_modules/esbuild" ]; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "install.sh: npm is not installed; the explorer is served unbundled and its graph view will not draw (apt-get install -y npm)." >&2
    exit 1
  fi
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi

mkdir -p "$target"
if ! cmp -s "$here/node_modules/cytoscape/dist/cytoscape.esm.min.mjs" "$target/cytoscape.esm.min.mjs"; then
  cp "$here/node_modules/cytoscape/dist/cytoscape.esm.min.mjs" "$target/cytoscape.esm.min.mjs"
fi

page="$web/explorer/dist/index.html"
if [ ! -f "$page" ] || [ -n "$(find "$web/index.html" "$web/explorer" "$here/bundle.mjs" -maxdepth 1 -type f -newer "$page" -print -quit)" ]; then
  node "$here/bundle.mjs"
fi
echo "Explorer files installed in src/PaperGraph.Api/wwwroot/explorer/vendor and dist"
