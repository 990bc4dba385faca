#!/usr/bin/env bash
# PostgreSQL's share of a licence import, alone: how fast can this machine's PostgreSQL store N imported
# licences with what LicenceImportWriter writes per chunk (the licence INSERT ... ON CONFLICT (external_ref)
# DO NOTHING into the service's permit table and indexes, EVENTS outbox rows of ~800-byte CloudEvents and
# EVENTS history rows per licence), chunk after chunk in one session, with no Java, HTTP or Kafka in the way.
#   bench/national/licence-floor.sh [licences=100000] [events per licence=2]     CHUNK=1000
set -euo pipefail
N=${1:-100000}; EVENTS=${2:-2}; CHUNK=${CHUNK:-1000}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DB=permits_floor
OUT="$ROOT/bench/national/licence-floor-$(date +%Y%m%d-%H%M%S).txt"
. "$ROOT/bench/pg-floor-common.sh"

fresh_database
for f in platform/src/main/resources/db/outbox/V0_1__outbox.sql platform/src/main/resources/db/outbox/V0_3__outbox_payload_text.sql \
         permits-service/src/main/resources/db/migration/V1__permits.sql \
         permits-service/src/main/resources/db/migration/V2__establishment_progress.sql \
         permits-service/src/main/resources/db/migration/V3__licence_import.sql \
         permits-service/src/main/resources/db/migration/V4__keyset_search_indexes.sql; do
  "${PSQL[@]}" -d $DB -f "$ROOT/$f"
done
"${PSQL[@]}" -d $DB <<SQL
CREATE UNLOGGED TABLE staged AS
SELECT g / $CHUNK AS b, gen_random_uuid() AS id, 'floor-' || lpad(g::text, 7, '0') AS external_ref,
       'IR-' || lpad((abs(hashint4(g)) % 31)::text, 2, '0') AS province,
       lpad((random() * 9999999999)::bigint::text, 10, '0') AS holder_id,
       date '2016-03-20' + (random() * 3650)::int AS issued_on
FROM generate_series(0, $N - 1) AS g;
CREATE INDEX ON staged (b);
ANALYZE staged;
CREATE PROCEDURE write_chunk(i int) LANGUAGE sql AS \$\$
  INSERT INTO permit (id, licence_number, external_ref, kind, scope, guild_term, holder_name, holder_id, holder_id_kind,
                      province, county, estate_code, activity_code, sector, product, fixed_investment_rials, jobs,
                      issued_on, issued_year, valid_until, status, renewals, term_started_on, created_at, updated_at, version)
  SELECT id, right(province, 2) || '-1400-' || substr(external_ref, 7), external_ref, 'GUILD', NULL, 'PERMANENT',
         'نانوایی ' || external_ref, holder_id, 'NATIONAL_CODE', province, 'شهرستان', NULL, '1541', '15', NULL, 0, 3,
         issued_on, 1400, issued_on + 3652, 'ACTIVE', $EVENTS - 1, issued_on, now(), now(), $EVENTS - 1
  FROM staged WHERE b = i
  ON CONFLICT (external_ref) DO NOTHING;
  INSERT INTO outbox_event (id, aggregatetype, aggregateid, type, payload, traceparent)
  SELECT gen_random_uuid(), 'permit', s.id::text, 'ir.samt.permit.issued',
         '{"specversion":"1.0","id":"' || gen_random_uuid() || '","source":"/samt/permits-service","type":"ir.samt.permit.issued",'
         || '"subject":"' || s.id || '","time":"2026-12-07T05:00:00.123456Z","datacontenttype":"application/json",'
         || '"data":{"permitId":"' || s.id || '","licenceNumber":"25-1400-000001","kind":"GUILD","scope":null,'
         || '"guildTerm":"PERMANENT","province":"' || s.province || '","county":"شهرستان","estateCode":null,"unitId":null,'
         || '"activityCode":"1541","sector":"15","fixedInvestmentRials":"0","jobs":3,"issuedOn":"' || s.issued_on
         || '","validUntil":"2030-01-01","status":"ACTIVE","previousStatus":null,"version":' || e || ',"effectiveDate":"'
         || s.issued_on || '"}}', '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01'
  FROM staged s CROSS JOIN generate_series(1, $EVENTS) AS e WHERE s.b = i;
  INSERT INTO permit_change (permit_id, version, change, status, valid_until, reason, actor, at, event_id)
  SELECT s.id, e, CASE WHEN e = 1 THEN 'ISSUED' ELSE 'RENEWED' END, 'ACTIVE', s.issued_on + 3652, NULL, 'bench', now(),
         gen_random_uuid()
  FROM staged s CROSS JOIN generate_series(1, $EVENTS) AS e WHERE s.b = i;
\$\$;
CHECKPOINT;
SQL
CHUNKS=$(( (N + CHUNK - 1) / CHUNK ))
M1=$(busy_s); T1=$(date +%s.%N)
seq 0 $((CHUNKS - 1)) | sed 's/.*/CALL write_chunk(&);/' | "${PSQL[@]}" -d $DB
T2=$(date +%s.%N); M2=$(busy_s)
log "PostgreSQL alone, $N licences with $EVENTS events each in chunks of $CHUNK, one session, $(nproc) cores, $(date -u +%FT%TZ)"
log "$(python3 -c "print(f'{$T2-$T1:.2f} s = {$N/($T2-$T1):,.0f} licences/s; CPU busy {$M2-$M1:.1f} s = {($M2-$M1)/$N*1e6:.0f} µs per licence')")"
log "$("${PSQL[@]}" -d $DB -c "SELECT (SELECT count(*) FROM permit) || ' licences, ' || (SELECT count(*) FROM outbox_event) || ' outbox rows, ' || (SELECT count(*) FROM permit_change) || ' history rows'")"
