#!/usr/bin/env bash
# PostgreSQL's share of a replay, alone: how fast can this machine's PostgreSQL apply N events with
# the very statements ProjectionStore sends (ids, daily_fact and province_daily upserts, version bump),
# in batches of BATCH, from SESSIONS connections at once (the service's two channels), with no Java
# service, Kafka or network in the way? The answer bounds any replay rate the service can reach.
#   bench/stats/pg-floor.sh [events=1000000]     BATCH=2000 SESSIONS=2 ORDER=uniform|chronological IDS=v7|random
# IDS: time-ordered event ids as the services' outbox makes them (UUIDv7, the default) or random ones (version 4,
# what events carried before issue 17)
# The events follow bench/stats/ProduceEvents.java: 31 provinces, 5 counties, 4 estates or none,
# 9 sectors, a flow and a stock delta each; dates over two years, drawn at random (uniform) or
# advancing with the stream (chronological).
set -euo pipefail
N=${1:-1000000}; BATCH=${BATCH:-2000}; SESSIONS=${SESSIONS:-2}; ORDER=${ORDER:-uniform}; IDS=${IDS:-v7}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DB=stats_floor
OUT="$ROOT/bench/stats/floor-$(date +%Y%m%d-%H%M%S).txt"
. "$ROOT/bench/pg-floor-common.sh"

fresh_database
"${PSQL[@]}" -d $DB -f "$ROOT/stats-service/src/main/resources/db/migration/V2__projections.sql"
if [ "$IDS" = random ]; then ID="gen_random_uuid()"; else
  # UUIDv7: the event's position as milliseconds since 2026-01-01 in the first 48 bits, version 7, random rest
  ID="encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) placing substring(int8send(1767225600000 + g) from 3) from 1 for 6), 52, 1), 53, 1), 'hex')::uuid"
fi
if [ "$ORDER" = chronological ]; then DAY="(g::bigint * 730 / $N)::int + (random() * 2)::int"; else DAY="(random() * 729)::int"; fi
"${PSQL[@]}" -d $DB <<SQL
CREATE UNLOGGED TABLE ev AS
SELECT g / $BATCH AS b, $ID AS id,
       'IR-' || lpad((random() * 30)::int::text, 2, '0') AS province,
       date '2024-03-20' + least(729, $DAY) AS day,
       (array['قم','کهک','جعفرآباد','مرکزی','شمالی'])[1 + (random() * 4)::int] AS county,
       (array['', '', '-T00', '-T01', '-T02', '-T03'])[1 + (random() * 5)::int] AS estate,
       (array['15','17','24','25','26','27','28','29','52'])[1 + (random() * 8)::int] AS sector,
       (array['permit.issued:ESTABLISHMENT:NEW','permit.issued:OPERATING:EXPANSION','permit.issued:GUILD:-',
              'permit.renewed:OPERATING:NEW','permit.revoked:GUILD:-','unit.registered:GUILD',
              'unit.registered:INDUSTRIAL','unit.stagnated:GUILD','unit.revived:INDUSTRIAL','unit.closed:GUILD'])
              [1 + (random() * 9)::int] AS flow,
       (array['stock.licence.active:ESTABLISHMENT','stock.licence.active:OPERATING','stock.licence.active:GUILD',
              'stock.unit.active:GUILD','stock.unit.active:INDUSTRIAL','stock.unit.stagnant:GUILD'])
              [1 + (random() * 5)::int] AS stock
FROM generate_series(0, $N - 1) AS g;
UPDATE ev SET estate = CASE WHEN estate = '' THEN '' ELSE province || estate END;
CREATE INDEX ON ev (b);
ANALYZE ev;
CREATE PROCEDURE apply_batch(i int) LANGUAGE sql AS \$\$
  INSERT INTO processed_event (id) SELECT id FROM ev WHERE b = i ORDER BY id ON CONFLICT DO NOTHING;
  INSERT INTO daily_fact AS f (province, day, metric, county, estate_code, sector, count, amount_rials, jobs)
  SELECT province, day, metric, county, estate, sector, sum(n), sum(n) * 1000, sum(n) * 3
  FROM (SELECT province, day, flow AS metric, county, estate, sector, 1 AS n FROM ev WHERE b = i
        UNION ALL SELECT province, day, stock, county, estate, sector, 1 FROM ev WHERE b = i) d
  GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT (province, day, metric, county, estate_code, sector) DO UPDATE SET count = f.count + EXCLUDED.count,
     amount_rials = f.amount_rials + EXCLUDED.amount_rials, jobs = f.jobs + EXCLUDED.jobs;
  INSERT INTO province_daily AS f (province, day, metric, count, amount_rials, jobs)
  SELECT province, day, metric, sum(n), sum(n) * 1000, sum(n) * 3
  FROM (SELECT province, day, flow AS metric, 1 AS n FROM ev WHERE b = i
        UNION ALL SELECT province, day, stock, 1 FROM ev WHERE b = i) d
  GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT (province, day, metric) DO UPDATE SET count = f.count + EXCLUDED.count,
     amount_rials = f.amount_rials + EXCLUDED.amount_rials, jobs = f.jobs + EXCLUDED.jobs;
  UPDATE province_version SET version = version + 1, changed_at = now()
  WHERE province IN (SELECT DISTINCT province FROM ev WHERE b = i);
\$\$;
CHECKPOINT;
SQL
BATCHES=$(( (N + BATCH - 1) / BATCH ))
M1=$(busy_s); T1=$(date +%s.%N)
for s in $(seq 0 $((SESSIONS - 1))); do
  # one transaction per batch, as the service commits them
  seq $s $SESSIONS $((BATCHES - 1)) | sed 's/.*/CALL apply_batch(&);/' | "${PSQL[@]}" -d $DB &
done
wait
T2=$(date +%s.%N); M2=$(busy_s)
ROWS=$("${PSQL[@]}" -d $DB -c "SELECT (SELECT count(*) FROM processed_event) || ' ids, ' || (SELECT count(*) FROM daily_fact) || ' daily_fact rows, ' || (SELECT count(*) FROM province_daily) || ' province_daily rows'")
log "PostgreSQL alone, $N events ($ORDER dates, $IDS ids), batches of $BATCH, $SESSIONS sessions, $(nproc) cores, $(date -u +%FT%TZ)"
log "$(python3 -c "print(f'{$T2-$T1:.1f} s = {$N/($T2-$T1):,.0f} events/s; CPU busy {$M2-$M1:.1f} s of {$(nproc)*($T2-$T1):.1f} s = {($M2-$M1)/$N*1e6:.0f} µs per event')")"
log "$ROWS"
