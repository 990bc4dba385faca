#!/usr/bin/env bash
# Start-to-ready of the three services starting together (issue 17's first goal row): deploy/local/run.sh
# launches the broker, then the three JVMs at once, and prints for each the seconds from that launch to its
# /q/health/ready answering UP. Repeated RUNS times (each a full stop and start on the same data).
#   bench/start/run.sh            RUNS=3   SAMT_JAVA_OPTS_*=... as deploy/local/run.sh takes them
# Builds the services first (./mvnw package) unless NO_BUILD=1. Needs the ports 8081-8083 and 9092 free.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUNS="${RUNS:-3}"
LOG="$(mktemp)"
OUT="$ROOT/bench/start/results-$(date +%Y%m%d-%H%M%S).txt"
RUN_PID=""
# run.sh ends with a signal's status when stopped: not a failure of this script (set -e stopped it after one run)
stop() { if [ -n "$RUN_PID" ]; then kill "$RUN_PID" 2>/dev/null; wait "$RUN_PID" 2>/dev/null || true; fi; RUN_PID=""; }
trap 'stop; rm -f "$LOG"' EXIT

if [ -z "${NO_BUILD:-}" ]; then
  echo "Building the services (./mvnw -DskipTests package)..."
  (cd "$ROOT" && ./mvnw -q -B -DskipTests package) || { echo "The build failed: see the Maven output above" >&2; exit 1; }
fi
echo "start to ready, three services starting together, $(nproc) cores, $(date -u +%FT%TZ), load: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT"
for run in $(seq 1 "$RUNS"); do
  "$ROOT/deploy/local/run.sh" --no-build > "$LOG" 2>&1 & RUN_PID=$!
  until grep -q "SAMT platform is ready" "$LOG"; do
    kill -0 "$RUN_PID" 2>/dev/null || { echo "deploy/local/run.sh stopped before the services were ready:" >&2; tail -20 "$LOG" >&2; exit 1; }
    sleep 0.5
  done
  echo "run $run ($(grep -m1 -oE 'Java [0-9]+[^)]*' "$LOG")): $(grep -E '^[a-z]+-service ready' "$LOG" | sed 's/ after the JVMs were launched//' | paste -sd ';' | sed 's/;/; /g')" | tee -a "$OUT"
  stop
done
echo "GOAL start to ready, each service, three starting together: the slowest of each run above (goal <= 3 s)" | tee -a "$OUT"
