#!/usr/bin/env bash
# Sets orggraph up and runs the main job on the embedded NetworkX graph:
# validates data/, prints a summary, and writes the outputs into out/: the answers to
# the all-posts questions, the governance report, the chart and the graph exports.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
og=.venv/bin/orggraph
mkdir -p out
$og validate --no-warnings
$og summary
$og summary --format json > out/summary.json
$og query spans-and-layers --format json > out/spans-and-layers.json
for q in cover-gaps dual-accountability changes; do
  $og query "$q" --format csv > "out/$q.csv"
done
$og report -o out/report.html --force
$og viz -o out/chart.html --force
for f in graphml gexf json cypher ttl; do
  $og export "$f" -o "out/orggraph.$f" --force
done
echo "outputs written to out/: $(ls out | tr '\n' ' ')"
