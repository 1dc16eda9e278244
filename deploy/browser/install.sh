#!/usr/bin/env bash
# Installs Debian's chromium for the GraphiQL screenshot test (apt, needs root). The test drives it with
# playwright-core, which deploy/graphiql/install.sh installs from npm (no browser download).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "deploy/browser/install.sh: run as root (or apt-get install chromium) to enable the screenshot test." >&2
  exit 1
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
