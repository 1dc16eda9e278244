#!/usr/bin/env bash
# Installs Debian's wrk (HTTP load generator) for the serve-load benchmark (apt, needs root). Idempotent.
set -euo pipefail
exec "$(dirname "$0")/../ci/apt-package.sh" wrk /usr/bin/wrk deploy/wrk/install.sh "to run the serve-load benchmark"
