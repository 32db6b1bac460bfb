#!/usr/bin/env bash
# Sets orggraph up and runs the main job on the embedded NetworkX graph:
# validates data/, prints a summary, and writes the outputs into out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
og=.venv/bin/orggraph
mkdir -p out
$og validate --no-warnings
$og summary
