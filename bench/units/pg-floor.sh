#!/usr/bin/env bash
# PostgreSQL's share of an import, alone: how fast can this machine's PostgreSQL store N imported
# units with the statements ImportWriter sends per chunk (units INSERT ... ON CONFLICT (external_ref)
# DO NOTHING, one outbox row per unit with a ~750-byte CloudEvent, one history row per unit), chunk
# after chunk in one session as the import's writer does, with no Java service, HTTP or Kafka in the
# way? That bounds the import rate bench/units/run.sh can reach.
#   bench/units/pg-floor.sh [units=45000]     CHUNK=1000
set -euo pipefail
N=${1:-45000}; CHUNK=${CHUNK:-1000}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DB=units_floor
OUT="$ROOT/bench/units/floor-$(date +%Y%m%d-%H%M%S).txt"
. "$ROOT/bench/pg-floor-common.sh"

fresh_database
# the tables the import writes to (no estates: the staged units are in none)
for f in platform/src/main/resources/db/outbox/V0_1__outbox.sql platform/src/main/resources/db/outbox/V0_3__outbox_payload_text.sql \
         units-service/src/main/resources/db/migration/V1__units.sql; do
  "${PSQL[@]}" -d $DB -f "$ROOT/$f"
done
"${PSQL[@]}" -d $DB <<SQL
CREATE UNLOGGED TABLE staged AS
SELECT g / $CHUNK AS b, gen_random_uuid() AS id, gen_random_uuid() AS event_id, 'floor-' || lpad(g::text, 6, '0') AS external_ref,
       (array['کفش دوزی','سوپرمارکت','نانوایی','تعمیرگاه','عطاری','خیاطی','قالی بافی','رستوران'])[1 + (random() * 7)::int] || ' ' || g AS name,
       lpad((random() * 9999999999)::bigint::text, 10, '0') AS holder_id,
       (array['قم','کهک','جعفرآباد'])[1 + (random() * 2)::int] AS county,
       (array['5211','5231','5520','1920','1810'])[1 + (random() * 4)::int] AS activity_code,
       1 + (random() * 8)::int AS employees,
       date '2021-03-21' + (random() * 1400)::int AS registered_on
FROM generate_series(0, $N - 1) AS g;
CREATE INDEX ON staged (b);
ANALYZE staged;
CREATE PROCEDURE write_chunk(i int) LANGUAGE sql AS \$\$
  INSERT INTO unit (id, external_ref, kind, guild_group, name, name_key, holder_id, holder_id_kind, province, county,
                    estate_code, activity_code, sector, employees, licence_number, status, registered_on, status_since,
                    created_at, updated_at, version)
  SELECT id, external_ref, 'GUILD', 'DISTRIBUTION_SERVICES', name, name, holder_id, 'NATIONAL_CODE', 'IR-25', county,
         NULL, activity_code, left(activity_code, 2), employees, NULL, 'ACTIVE', registered_on, registered_on, now(), now(), 0
  FROM staged WHERE b = i
  ON CONFLICT (external_ref) DO NOTHING;
  INSERT INTO outbox_event (id, aggregatetype, aggregateid, type, payload, traceparent)
  SELECT event_id, 'unit', id::text, 'ir.samt.unit.registered',
         '{"specversion":"1.0","id":"' || event_id || '","source":"/samt/units-service","type":"ir.samt.unit.registered",'
         || '"subject":"' || id || '","time":"2026-11-27T05:00:00.123456Z","datacontenttype":"application/json",'
         || '"data":{"unitId":"' || id || '","kind":"GUILD","guildGroup":"DISTRIBUTION_SERVICES","province":"IR-25",'
         || '"county":"' || county || '","estateCode":null,"activityCode":"' || activity_code || '","sector":"'
         || left(activity_code, 2) || '","employees":' || employees || ',"licenceNumber":null,"status":"ACTIVE",'
         || '"previousStatus":null,"version":1,"effectiveDate":"' || registered_on || '"}}',
         '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01'
  FROM staged WHERE b = i;
  INSERT INTO unit_change (unit_id, version, change, status, effective_date, actor, at, event_id)
  SELECT id, 1, 'REGISTERED', 'ACTIVE', registered_on, 'bench', now(), event_id FROM staged WHERE b = i;
\$\$;
CHECKPOINT;
SQL
CHUNKS=$(( (N + CHUNK - 1) / CHUNK ))
M1=$(busy_s); T1=$(date +%s.%N)
# one transaction per chunk, as ImportWriter commits them
seq 0 $((CHUNKS - 1)) | sed 's/.*/CALL write_chunk(&);/' | "${PSQL[@]}" -d $DB
T2=$(date +%s.%N); M2=$(busy_s)
log "PostgreSQL alone, $N units in chunks of $CHUNK, one session, $(nproc) cores, $(date -u +%FT%TZ)"
log "$(python3 -c "print(f'{$T2-$T1:.2f} s = {$N/($T2-$T1):,.0f} units/s; CPU busy {$M2-$M1:.1f} s = {($M2-$M1)/$N*1e6:.0f} µs per unit')")"
log "$("${PSQL[@]}" -d $DB -c "SELECT (SELECT count(*) FROM unit) || ' units, ' || (SELECT count(*) FROM outbox_event) || ' outbox rows, ' || (SELECT count(*) FROM unit_change) || ' history rows'")"
