#!/usr/bin/env bash
# The national registry benchmark (issue 23): generates a national registry (generate.py), loads it through
# the public bulk APIs of a running system, and prints every goal row of the issue: import rates (units by
# million, licences against their PostgreSQL floor of the same run), the reads (reads.py: every documented
# list, search, filter, lookup and verification endpoint, stats reads and both dashboard pages; p50, p99,
# max) and the size of every table and index, with bytes per unit and per licence.
#
#   deploy/local/run.sh --fresh            # in another terminal: broker + the three services, empty databases
#   bench/national/run.sh                  # SCALE=1.0 (3.3M units + 3.3M licences); SCALE=0.1 for a tenth
#
# Environment: SCALE (1.0), PART (units per timed import part, 1,000,000 x SCALE rounded), ROUNDS (reads, 30),
# SKIP_LOAD=1 (time the reads and sizes of what is loaded already). Files are cached in bench/national/.data.
# Results: bench/national/results-<time>.txt. Needs python3, curl, psql and the services on their local ports.
set -euo pipefail
trap 'echo "bench/national/run.sh failed at line $LINENO: $BASH_COMMAND" >&2' ERR
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
SCALE="${SCALE:-1.0}"
ROUNDS="${ROUNDS:-30}"
DATA="$HERE/.data/scale-$SCALE"
OUT="$HERE/results-$(date +%Y%m%d-%H%M%S).txt"
PSQL=(psql -h 127.0.0.1 -U postgres -qAt)
log() { echo "$*" | tee -a "$OUT"; }

for port in 8081 8082 8083; do
  curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null \
    || { echo "no service ready on port $port (start deploy/local/run.sh --fresh)" >&2; exit 1; }
done
log "National registry benchmark, SCALE=$SCALE, $(nproc) cores, $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg)"

if [ "${SKIP_LOAD:-0}" != 1 ]; then
  [ -f "$DATA/licences.csv" ] || python3 "$HERE/generate.py" "$SCALE" "$DATA"
  log "files: $(wc -l < "$DATA/estates.ndjson") estates, $(( $(wc -l < "$DATA/units.csv") - 1 )) units, $(( $(wc -l < "$DATA/licences.csv") - 1 )) licences"

  # industrial towns and zones, one POST each (a second run finds them: 409)
  python3 - "$DATA/estates.ndjson" "$("$ROOT/deploy/local/token.sh" units-officer IR bench)" <<'PY' | tee -a "$OUT"
import http.client, sys
token, created, existing = sys.argv[2], 0, 0
c = http.client.HTTPConnection("127.0.0.1", 8082)
for line in open(sys.argv[1], encoding="utf-8"):
    c.request("POST", "/estates", line.encode(), {"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    r = c.getresponse(); r.read()
    if r.status == 201: created += 1
    elif r.status == 409: existing += 1
    else: raise SystemExit(f"POST /estates: {r.status}")
print(f"estates: {created} registered, {existing} already there")
PY

  # units in parts, each timed: the rate of the last part against the first says whether it slows with size
  PART="${PART:-$(python3 -c "print(max(1000, round(1_000_000 * $SCALE)))")}"
  tail -n +2 "$DATA/units.csv" | split -l "$PART" -d -a 3 - "$DATA/units-part-"
  rates=()
  for part in "$DATA"/units-part-*; do
    [[ "$part" == *.csv ]] && continue
    { head -1 "$DATA/units.csv"; cat "$part"; } > "$part.csv"; rm "$part"
    rows=$(( $(wc -l < "$part.csv") - 1 ))
    t1=$(date +%s.%N)
    "$ROOT/deploy/import.sh" units "$part.csv" >/dev/null
    t2=$(date +%s.%N)
    rate=$(python3 -c "print(round($rows / ($t2 - $t1)))")
    rates+=("$rate")
    log "units import $(basename "$part.csv"): $rows rows in $(python3 -c "print(f'{$t2 - $t1:.1f}')") s = $rate units/s ($(python3 -c "import json; r=json.load(open('$part.csv.report.json')); print(r['imported'], 'imported,', r['rejected'], 'refused')"))"
  done
  log "GOAL units import rate, last part ÷ first: ${rates[-1]} / ${rates[0]} = $(python3 -c "print(f'{${rates[-1]}/${rates[0]}:.2f}')") (goal >= 0.9)"

  # licences: one file, then the PostgreSQL floor of the same rows in the same run
  lrows=$(( $(wc -l < "$DATA/licences.csv") - 1 ))
  t1=$(date +%s.%N)
  "$ROOT/deploy/import.sh" permits "$DATA/licences.csv" >/dev/null
  t2=$(date +%s.%N)
  lrate=$(python3 -c "print(round($lrows / ($t2 - $t1)))")
  events=$("${PSQL[@]}" -d permits -c "SELECT round(count(*)::numeric / (SELECT count(*) FROM permit), 2) FROM permit_change")
  log "licence import: $lrows rows in $(python3 -c "print(f'{$t2 - $t1:.1f}')") s = $lrate licences/s ($(python3 -c "import json; r=json.load(open('$DATA/licences.csv.report.json')); print(r['imported'], 'imported,', r['rejected'], 'refused')"); $events events per licence)"
  floor_rows=$(python3 -c "print(min($lrows, 200000))")
  floor=$("$HERE/licence-floor.sh" "$floor_rows" "$(python3 -c "print(max(1, round($events)))")" 2>/dev/null | sed -n 2p \
    | sed -E 's/.* = ([0-9,]+) licences\/s.*/\1/' | tr -d ,)
  log "GOAL licence import ÷ PostgreSQL floor (bench/national/licence-floor.sh, $floor_rows licences, same run): $lrate / $floor = $(python3 -c "print(f'{$lrate/$floor:.2f}')") (goal >= 0.5)"

  # stats applies every event before the reads are timed
  python3 - <<'PY' | tee -a "$OUT"
import json, subprocess, time, urllib.request
def published(port, topic):
    text = urllib.request.urlopen(f"http://127.0.0.1:{port}/q/metrics").read().decode()
    return sum(float(l.rsplit(" ", 1)[1]) for l in text.splitlines() if l.startswith("samt_outbox_published_total") and topic in l)
start = time.time()
while True:
    backlog = sum(int(subprocess.check_output(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qAt", "-d", db,
                  "-c", "SELECT count(*) FROM outbox_event"]).strip()) for db in ("units", "permits"))
    if backlog == 0:
        break
    time.sleep(2)
print(f"outboxes drained {time.time() - start:.0f} s after the last import")
# then stats has applied everything once its count of processed events stops growing
last, still = -1, 0
while still < 3:
    n = int(subprocess.check_output(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qAt", "-d", "stats",
                                     "-c", "SELECT count(*) FROM processed_event"]).strip())
    still = still + 1 if n == last else 0
    last = n
    time.sleep(2)
print(f"stats applied {last:,} events, {time.time() - start:.0f} s after the last import")
PY
fi

for db in units permits stats; do "${PSQL[@]}" -d $db -c "VACUUM ANALYZE" >/dev/null; done
python3 "$HERE/reads.py" "$ROUNDS" | tee -a "$OUT"

log ""
log "sizes after the imports settled (VACUUM ANALYZE), every table with its indexes and TOAST:"
for db in units permits stats; do
  "${PSQL[@]}" -d $db -F ' ' -c "SELECT '$db', relname, pg_total_relation_size(c.oid), pg_relation_size(c.oid),
      pg_indexes_size(c.oid), reltuples::bigint FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY 3 DESC" \
    | awk '{printf "  %-8s %-28s %10.1f MB (heap %8.1f, indexes %8.1f) %12d rows\n", $1, $2, $3/1048576, $4/1048576, $5/1048576, $6}' \
    | tee -a "$OUT"
done
units=$("${PSQL[@]}" -d units -c "SELECT count(*) FROM unit")
licences=$("${PSQL[@]}" -d permits -c "SELECT count(*) FROM permit")
ubytes=$("${PSQL[@]}" -d units -c "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'")
lbytes=$("${PSQL[@]}" -d permits -c "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'")
log "GOAL database bytes per unit (units database, all tables and indexes): $ubytes / $units = $(python3 -c "print(round($ubytes / max(1, $units)))") (goal <= 800)"
log "bytes per licence (permits database, all tables and indexes): $lbytes / $licences = $(python3 -c "print(round($lbytes / max(1, $licences)))")"
log "outbox files: units $("${PSQL[@]}" -d units -c "SELECT pg_relation_size('outbox_event')") bytes, permits $("${PSQL[@]}" -d permits -c "SELECT pg_relation_size('outbox_event')") bytes"
echo "results in $OUT"
