#!/usr/bin/env bash
# Installs Debian's wrk (HTTP load generator) for the serve-load benchmark (apt, needs root). Idempotent.
set -euo pipefail
if [ -x /usr/bin/wrk ]; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "deploy/wrk/install.sh: run as root (or apt-get install wrk) to run the serve-load benchmark." >&2
  exit 1
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
