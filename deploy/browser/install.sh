#!/usr/bin/env bash
# Installs Debian's chromium for the GraphiQL screenshot test (apt, needs root). The test drives it with
# playwright-core, which deploy/graphiql/install.sh installs from npm (no browser download).
set -euo pipefail
exec "$(dirname "$0")/../ci/apt-package.sh" chromium /usr/bin/chromium deploy/browser/install.sh "to enable the screenshot test"
