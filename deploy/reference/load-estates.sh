#!/usr/bin/env bash
# Registers a province's industrial towns and zones (reference data) through units-service's API, as an
# operator does once per deployment: every line of each file is one POST /estates body (RegisterEstateRequest:
# code, kind, nameFa, nameEn, province, county, establishedOn). Safe to run again, and after the estates were
# registered another way: each POST carries an Idempotency-Key derived from the line, so a repeated request
# gets its first answer (Idempotent-Replayed), and an estate already registered (409 estate-exists) is reported
# and left as it is; neither registers it or announces it a second time.
#
#   UNITS_URL=http://127.0.0.1:8082 TOKEN=<units-officer token of the province, or national> \
#     deploy/reference/load-estates.sh deploy/reference/IR-25-estates.ndjson [more files...]
#
# Prints one line per estate (registered / already registered / refused) and exits non-zero if any was refused.
# Needs bash, curl and sha256sum.
set -euo pipefail

UNITS_URL="${UNITS_URL:-http://127.0.0.1:8082}"
: "${TOKEN:?set TOKEN to a bearer token with role units-officer (deploy/local/token.sh units-officer IR)}"
[ $# -gt 0 ] || { sed -n '2,13p' "$0" >&2; exit 2; }

registered=0; existing=0; refused=0
response="$(mktemp)"; headers="$(mktemp)"
trap 'rm -f "$response" "$headers"' EXIT
for file in "$@"; do
  while IFS= read -r line || [ -n "$line" ]; do
    [[ "$line" =~ [^[:space:]] ]] || continue
    code="$(sed -n 's/.*"code" *: *"\([^"]*\)".*/\1/p' <<<"$line")"
    key="reference-estate-$(printf '%s' "$line" | sha256sum | cut -c1-40)"
    # curl retries refused connections and 408/429/5xx answers: the Idempotency-Key makes a repeat harmless
    status="$(curl -sS -o "$response" -D "$headers" -w '%{http_code}' --retry 5 --retry-connrefused --retry-delay 2 \
      -X POST "$UNITS_URL/estates" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
      -H "Idempotency-Key: $key" --data-binary "$line")"
    if [ "$status" = 201 ] && ! grep -qi '^Idempotent-Replayed: *true' "$headers"; then
      echo "registered          ${code:-?}"; registered=$((registered + 1))
    elif [ "$status" = 201 ] || { [ "$status" = 409 ] && grep -q '/estate-exists"' "$response"; }; then
      echo "already registered  ${code:-?}"; existing=$((existing + 1))
    else
      echo "refused ($status)      ${code:-?}: $(cat "$response")" >&2; refused=$((refused + 1))
    fi
  done < "$file"
done
echo "$registered registered, $existing already registered, $refused refused"
[ "$refused" -eq 0 ]
