#!/usr/bin/env bash
# Benchmark: import 45,000 guild units into a running units-service and measure
#   1. the import (HTTP stream -> validated rows -> units + outbox rows committed): rows/s;
#   2. how long after the import returned the last of its events was acknowledged by Kafka
#      (the relay's samt_outbox_published_total counter at /q/metrics);
#   3. heap in use, sampled every 100 ms while the import streams.
#
#   deploy/local/run.sh            # in another terminal: broker + services
#   bench/units/run.sh             # ROWS=45000 FORMAT=ndjson|csv URL=http://127.0.0.1:8082 RUN_ID=...
# Re-run with the same RUN_ID to measure a re-import (nothing new stored or published).
# Then bench/units/pg-floor.sh with the same number of rows (FLOOR=0 skips it) and issue 17's row: import ÷ floor,
# "whole system" when stats-service answers on STATS_URL (default http://127.0.0.1:8083), else "alone".
# Needs a running units-service (it cannot start one: deploy/local/run.sh does), python3, curl, psql.
set -euo pipefail
trap 'echo "bench/units/run.sh failed at line $LINENO: $BASH_COMMAND" >&2' ERR
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
ROWS="${ROWS:-45000}"
FORMAT="${FORMAT:-ndjson}"
URL="${URL:-http://127.0.0.1:8082}"
RUN_ID="${RUN_ID:-bench-$(date +%s)}"
DATA="$HERE/.data"
mkdir -p "$DATA"
FILE="$DATA/$RUN_ID.$FORMAT"
[ "$FORMAT" = csv ] && TYPE="text/csv" || TYPE="application/x-ndjson"

curl -fs "$URL/q/health/ready" >/dev/null || { echo "units-service is not ready at $URL (start deploy/local/run.sh)" >&2; exit 1; }
[ -f "$FILE" ] || python3 "$HERE/generate.py" "$ROWS" "$FORMAT" "$RUN_ID" > "$FILE"
TOKEN="$("$ROOT/deploy/local/token.sh" units-officer IR-25 bench)"

published() {
  curl -fs "$URL/q/metrics" | grep '^samt_outbox_published_total{.*samt.units.v1' | awk '{s += $NF} END {printf "%d\n", s}'
}
heap() {
  curl -fs "$URL/q/metrics" | grep '^jvm_memory_used_bytes{area="heap"' | awk '{s += $NF} END {printf "%d\n", s}'
}

before=$(published)
echo "File: $FILE ($(wc -l < "$FILE") lines, $(du -h "$FILE" | cut -f1)); events published before: $before"

# sample heap while the import streams
( while true; do heap; sleep 0.1; done ) > "$DATA/heap.txt" 2>/dev/null &
SAMPLER=$!
trap 'kill $SAMPLER 2>/dev/null || true' EXIT

start=$(date +%s.%N)
# -T streams the file from disk (--data-binary @file would read it whole into curl's memory first)
curl -fsS -X POST -T "$FILE" -H "Content-Type: $TYPE" -H "Authorization: Bearer $TOKEN" \
  "$URL/units/import" -o "$DATA/report.json"
returned=$(date +%s.%N)
kill $SAMPLER 2>/dev/null || true

imported=$(python3 -c "import json; r=json.load(open('$DATA/report.json')); print(r['imported'])")
python3 -c "import json; r=json.load(open('$DATA/report.json')); r['errors']=r['errors'][:3]; print(json.dumps(r))"
target=$((before + imported))
while [ "$(published)" -lt "$target" ]; do
  sleep 0.05
  if python3 -c "import sys,time; sys.exit(0 if time.time() - $returned < 120 else 1)"; then :; else
    echo "Not all events published within 120 s" >&2; exit 1
  fi
done
onkafka=$(date +%s.%N)

python3 - "$start" "$returned" "$onkafka" "$ROWS" "$imported" "$DATA/heap.txt" <<'PY'
import sys
start, returned, onkafka = map(float, sys.argv[1:4])
rows, imported = int(sys.argv[4]), int(sys.argv[5])
heap = [int(x) for x in open(sys.argv[6]).read().split() if x.strip().isdigit()]
took = returned - start
print(f"import: {rows} rows, {imported} imported in {took:.2f} s = {rows / took:,.0f} rows/s")
print(f"all {imported} events on Kafka {onkafka - returned:.2f} s after the import returned "
      f"({onkafka - start:.2f} s from the first byte)")
if heap:
    print(f"heap used while streaming: min {min(heap) / 2**20:.0f} MiB, max {max(heap) / 2**20:.0f} MiB ({len(heap)} samples)")
PY
if [ "${FLOOR:-1}" != 0 ]; then
  rate=$(python3 -c "print(round($ROWS / ($returned - $start)))")
  curl -fs "${STATS_URL:-http://127.0.0.1:8083}/q/health/ready" >/dev/null 2>&1 && setup="whole system" || setup="alone"
  floor_line=$("$HERE/pg-floor.sh" "$ROWS" | sed -n 2p)
  floor=$(echo "$floor_line" | sed -E 's/.* = ([0-9,]+) units\/s.*/\1/' | tr -d ,)
  echo "floor (bench/units/pg-floor.sh, same run): $floor_line"
  echo "GOAL units import ÷ PostgreSQL floor of the same schema, same run, $setup: $rate / $floor = $(python3 -c "print(f'{$rate/$floor:.2f}')") (goal >= 0.6 alone, >= 0.45 whole system); load $(cut -d' ' -f1-3 /proc/loadavg)"
fi
