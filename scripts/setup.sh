#!/usr/bin/env bash
# Installs what orggraph needs on a fresh Debian machine into ./.venv (idempotent).
#   scripts/setup.sh          the package and its runtime dependencies
#   scripts/setup.sh --test   also the test tools, Chromium and axe-core (browser tests), Java 17 + Maven (local Neo4j)
set -euo pipefail
cd "$(dirname "$0")/.."

apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
if [ "${1:-}" = "--test" ]; then
  command -v chromium >/dev/null 2>&1 || apt_install chromium
  command -v java >/dev/null 2>&1 || apt_install openjdk-17-jdk-headless
  command -v mvn >/dev/null 2>&1 || apt_install maven
  command -v npm >/dev/null 2>&1 || apt_install nodejs npm
  # axe-core, which the browser tests inject into the chart and the report (tests/node_modules)
  npm ci --prefix tests --no-audit --no-fund --silent
  .venv/bin/python -m pip install -q -e '.[test]'
else
  .venv/bin/python -m pip install -q -e .
fi
