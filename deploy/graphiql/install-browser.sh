#!/usr/bin/env bash
# Installs what the GraphiQL screenshot test needs: Debian's chromium (apt, needs root) and
# playwright-core from npm (no browser download: the test drives /usr/bin/chromium).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "install-browser.sh: run as root (or apt-get install chromium) to enable the screenshot test." >&2
  fi
fi
"$here/install.sh"
