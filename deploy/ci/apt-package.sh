#!/usr/bin/env bash
# Installs one Debian package unless its program is already there (apt, needs root). Idempotent.
# Usage: deploy/ci/apt-package.sh PACKAGE PROGRAM CALLER PURPOSE
#   e.g. apt-package.sh wrk /usr/bin/wrk deploy/wrk/install.sh "to run the serve-load benchmark"
set -euo pipefail
package="$1" program="$2" caller="$3" purpose="$4"
if [ -x "${program}" ]; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "${caller}: run as root (or apt-get install ${package}) ${purpose}." >&2
  exit 1
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${package}" >/dev/null
