#!/usr/bin/env bash
# Installs what the dashboard build and its browser tests need from Debian: Node.js with npm (the front-end
# libraries come from npm at build time) and Chromium (driven by Microsoft.Playwright through ExecutablePath).
set -euo pipefail
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
need=()
command -v npm >/dev/null 2>&1 || need+=(nodejs npm)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
echo "node $(node --version), npm $(npm --version), $(chromium --version 2>/dev/null | head -1)"
