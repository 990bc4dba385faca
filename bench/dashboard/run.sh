#!/usr/bin/env bash
# The dashboard's first load in a real Chromium (empty cache each run): first contentful paint and bytes
# over the network, for the province page and the national page. Goals (issue: the dashboard): first
# render under 500 ms on this machine, under 400 KB compressed.
#
#   bench/dashboard/run.sh [STATS_URL] [RUNS]
#
# Needs a running stats-service with figures (deploy/local/run.sh, then deploy/local/load-article.sh for
# the article's Qom); installs Chromium when missing (deploy/local/ensure-browser.sh, as root).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
STATS="${1:-http://127.0.0.1:8083}"
RUNS="${2:-10}"

if ! curl -fs "$STATS/dashboard" >/dev/null; then
  echo "No stats-service answering /dashboard at $STATS: start the system with deploy/local/run.sh (and load-article.sh)." >&2
  exit 1
fi
"$ROOT/deploy/local/ensure-browser.sh"
cd "$ROOT/bench/dashboard"
"$ROOT/mvnw" -q -B compile
for page in "/dashboard/provinces/IR-25?year=1404" "/dashboard?year=1404"; do
  "$ROOT/mvnw" -q -B exec:java -Dexec.args="$STATS$page $RUNS"
done
