#!/usr/bin/env bash
# Sends a registry file to a service's bulk import and shows its progress as a bar while it streams.
#   deploy/import.sh units   FILE.csv|FILE.ndjson     # POST /units/import
#   deploy/import.sh permits FILE.csv|FILE.ndjson     # POST /permits/import (licences with their history)
# Environment: URL (default the local run's port of the service), TOKEN (a bearer token with the service's
# officer role; default: one minted by deploy/local/token.sh for a national officer, local run only).
# The import is named with a fresh Import-Id and polled at GET /<service>/import/jobs/<id> twice a second:
#   [##########..........]  50 %  500,000 / 1,000,000 rows · 9,850 rows/s · stored 499,000 · refused 12
# The bar's total is the file's line count (header excluded for CSV). The final report (with every refused
# row) is written to FILE.report.json; the exit status is 0 once the import answered 200, else curl's.
set -euo pipefail
SERVICE="${1:?usage: deploy/import.sh units|permits FILE}"
FILE="${2:?usage: deploy/import.sh units|permits FILE}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
case "$SERVICE" in
  units) PORT=8082; ROLE=units-officer ;;
  permits) PORT=8081; ROLE=permits-officer ;;
  *) echo "deploy/import.sh: the service is units or permits, not '$SERVICE'" >&2; exit 2 ;;
esac
case "$FILE" in
  *.csv) TYPE="text/csv; charset=UTF-8"; HEADER=1 ;;
  *.ndjson|*.jsonl) TYPE="application/x-ndjson; charset=UTF-8"; HEADER=0 ;;
  *) echo "deploy/import.sh: $FILE is neither .csv nor .ndjson" >&2; exit 2 ;;
esac
[ -r "$FILE" ] || { echo "deploy/import.sh: cannot read $FILE" >&2; exit 2; }
URL="${URL:-http://127.0.0.1:$PORT}"
TOKEN="${TOKEN:-$("$ROOT/deploy/local/token.sh" "$ROLE" IR import)}"
ID="$(python3 -c 'import uuid; print(uuid.uuid4())')"
TOTAL=$(( $(wc -l < "$FILE") - HEADER ))
REPORT="$FILE.report.json"

# -T streams the file from disk; the import answers once the whole file is stored
curl -sS -X POST -T "$FILE" -H "Content-Type: $TYPE" -H "Authorization: Bearer $TOKEN" -H "Import-Id: $ID" \
  -o "$REPORT" -w '%{http_code}' "$URL/$SERVICE/import" > "$REPORT.status" &
SENDER=$!
trap 'kill $SENDER 2>/dev/null || true' INT TERM

started=$(date +%s.%N)
while kill -0 "$SENDER" 2>/dev/null; do
  curl -fs -H "Authorization: Bearer $TOKEN" "$URL/$SERVICE/import/jobs/$ID" 2>/dev/null \
    | python3 "$ROOT/deploy/import-progress.py" "$TOTAL" "$started" || true
  sleep 0.5
done
wait "$SENDER" || { echo; echo "deploy/import.sh: the upload failed (curl $?)" >&2; exit 1; }
status=$(cat "$REPORT.status"); rm -f "$REPORT.status"
curl -fs -H "Authorization: Bearer $TOKEN" "$URL/$SERVICE/import/jobs/$ID" 2>/dev/null \
  | python3 "$ROOT/deploy/import-progress.py" "$TOTAL" "$started" || true
echo
if [ "$status" != 200 ]; then
  echo "deploy/import.sh: the import answered $status:" >&2; cat "$REPORT" >&2; echo >&2; exit 1
fi
python3 - "$REPORT" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
print(f"{r['rows']:,} rows: {r['imported']:,} imported, {r['alreadyImported']:,} already there, "
      f"{r['rejected']:,} refused in {r['millis'] / 1000:.1f} s (report: {sys.argv[1]})")
for e in r['errors'][:5]:
    print(f"  row {e['row']} {e.get('externalRef') or ''} {e['field']}: {e['message']}")
PY
