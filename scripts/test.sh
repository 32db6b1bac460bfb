#!/usr/bin/env bash
# Sets everything up on a fresh machine and runs the whole test suite (extra args go to pytest).
# Hypothesis runs its seeded "ci" profile unless HYPOTHESIS_PROFILE says otherwise, so two
# runs draw the same examples. The fast loop (no server, browser, fuzz or slow tests):
#   bash scripts/test.sh -m "not slow and not fuzz and not neo4j and not browser"
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
export HYPOTHESIS_PROFILE="${HYPOTHESIS_PROFILE:-ci}"
.venv/bin/python -m pytest "$@"
