#!/usr/bin/env bash
# Installs Debian's chromium if missing: the browser tests (tests/Outflow.Web.Tests) drive it through Playwright,
# which is given its path and never downloads a browser of its own.
set -euo pipefail
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
if ! command -v chromium >/dev/null 2>&1; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
echo "chromium ready: $(command -v chromium)"
