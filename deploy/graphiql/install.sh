#!/usr/bin/env bash
# Installs GraphiQL's browser files from npm (pinned in package.json / package-lock.json) and copies the
# few the page needs into src/PaperGraph.Api/wwwroot/graphiql/. node_modules and the copied vendor
# files are git-ignored; only our index.html is committed. Idempotent: does nothing when up to date.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
target="$here/../../src/PaperGraph.Api/wwwroot/graphiql"

if ! command -v npm >/dev/null 2>&1; then
  echo "install.sh: npm is not installed; GraphiQL will not be served (apt-get install -y npm)." >&2
  exit 1
fi

if [ ! -f "$here/node_modules/graphiql/graphiql.min.js" ] || [ ! -d "$here/node_modules/playwright-core" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi

mkdir -p "$target"
cp "$here/node_modules/react/umd/react.production.min.js" "$target/react.production.min.js"
cp "$here/node_modules/react-dom/umd/react-dom.production.min.js" "$target/react-dom.production.min.js"
cp "$here/node_modules/graphiql/graphiql.min.js" "$target/graphiql.min.js"
cp "$here/node_modules/graphiql/graphiql.min.css" "$target/graphiql.min.css"
echo "GraphiQL files installed in src/PaperGraph.Api/wwwroot/graphiql"
