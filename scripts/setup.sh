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

# The checkout is installed in editable mode as a path on sys.path (setuptools' "compat"
# mode): the default mode's import hook costs every Python start in .venv, `orggraph`
# included, tens of milliseconds. Should a setuptools no longer offer it, the default.
install_editable() {
  .venv/bin/python -m pip install -q -e "$1" --config-settings editable_mode=compat \
    2>/dev/null || .venv/bin/python -m pip install -q -e "$1"
}
if [ "${1:-}" = "--test" ]; then
  command -v chromium >/dev/null 2>&1 || apt_install chromium
  command -v java >/dev/null 2>&1 || apt_install openjdk-17-jdk-headless
  command -v mvn >/dev/null 2>&1 || apt_install maven
  command -v npm >/dev/null 2>&1 || apt_install nodejs npm
  # axe-core, which the browser tests inject into the chart and the report (tests/node_modules)
  npm ci --prefix tests --no-audit --no-fund --silent
  install_editable '.[test]'
else
  install_editable .
fi
