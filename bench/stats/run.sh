#!/usr/bin/env bash
# Rerunnable stats-service benchmark (docs/stats.md, "Benchmark"). Builds the service and its classpath itself
# (./mvnw package, tests skipped; NO_BUILD=1 reuses the last build). Needs PostgreSQL on 127.0.0.1:5432 (trust),
# psql, wrk (installed from Debian if missing), openssl, python3. Ends with bench/stats/pg-floor.sh on the same
# events (FLOOR=0 skips it) and prints issue 17's rows: replay ÷ floor, RSS after the replay.
#   bench/stats/run.sh [events=1000000]
#   JAVA_OPTS=...     the service's JVM options (default: the profile deploy/local/run.sh and the Kubernetes manifest use); logged with the results
#   ORDER=chronological  effective dates advance with the stream, as a real topic holds them (default
#                     uniform: dates drawn at random over two years, the worst case; see ProduceEvents.java)
#   REPLAY_ONLY=1     stops after step 2 (e.g. with JAVA_OPTS="... -XX:StartFlightRecording=..." to profile it)
#   JAVA_OPTS="... -XX:NativeMemoryTracking=summary" also logs the JVM's memory by area after the replay
#   PSQL_AFTER_CREATE one more SQL statement run right after the database is created, e.g.
#                     "ALTER DATABASE stats_bench SET log_min_duration_statement=0" to time every statement
#                     in PostgreSQL's log (how docs/stats.md splits PostgreSQL's time per statement)
# 1. a fresh broker (its own JVM) and database; N contract events produced up front
# 2. the service starts on the empty database: its consumer group replays both topics from offset
#    zero through the live path (batches, dedupe, outbox); timed until the service has counted every event
# 3. restart, then 200 events/s for 60 s: freshness p50/p99 from /q/metrics
# 4. wrk: /q/health/live (the trivial baseline: one cheap endpoint of the same server) vs
#    /stats/provinces/IR-25?year=1404; RSS of the service
set -euo pipefail
trap 'echo "bench/stats/run.sh failed at line $LINENO: $BASH_COMMAND" >&2' ERR
for tool in psql openssl python3 curl; do command -v $tool >/dev/null || { echo "bench/stats/run.sh needs $tool" >&2; exit 1; }; done
pg_isready -q -h 127.0.0.1 -p 5432 || { echo "PostgreSQL is not reachable at 127.0.0.1:5432" >&2; exit 1; }
command -v wrk >/dev/null || { echo "Installing wrk (Debian package)..."; apt-get install -y -qq wrk >/dev/null; }
N=${1:-1000000}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=/tmp/stats-bench; PORT=18083; KPORT=19092
OUT="$ROOT/bench/stats/results-$(date +%Y%m%d-%H%M%S).txt"
mkdir -p "$WORK"; rm -rf "$WORK/kafka"
# the service's JVM and its options as deploy/local/run.sh starts it: SAMT_JAVA_HOME, else Temurin 25 where present,
# else java; the container's flags (deploy/kubernetes/base/services/jvm/stats-service.env), plus those for Java 25+
eval "$(sed -n '/^CONTAINER_MEMORY_LIMIT=/p;/^container_jvm_setting()/,/^}/p;/^jvm_options()/,/^}/p;/^service_java()/,/^}/p;/^java_feature()/p;/^service_jvm_options()/,/^}/p' "$ROOT/deploy/local/run.sh")"
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-$(container_jvm_setting stats MALLOC_ARENA_MAX)}
SERVICE_JAVA=$(service_java)
STATS_JVM_OPTS=$(service_jvm_options stats "$(java_feature "$SERVICE_JAVA")")
log() { echo "$*" | tee -a "$OUT"; }
cleanup() { [ -n "${SVC:-}" ] && kill "$SVC" 2>/dev/null; [ -n "${BROKER:-}" ] && kill "$BROKER" 2>/dev/null; wait 2>/dev/null || true; }
trap cleanup EXIT

cd "$ROOT"
# one reactor build: the service's jar and, from the same session, the classpath of its tests (the broker and
# the event producer come from there), so nothing has to be installed in ~/.m2 first
if [ -z "${NO_BUILD:-}" ] || [ ! -f "$WORK/cp.txt" ]; then
  echo "Building stats-service and its classpath (./mvnw -pl stats-service -am package, tests skipped)..."
  rm -f "$WORK/cp.txt"
  ./mvnw -q -B -pl stats-service -am -DskipTests package dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$WORK/cp.txt" || { echo "The build failed: see the Maven output above" >&2; exit 1; }
fi
[ -s "$WORK/cp.txt" ] && [ -f stats-service/target/quarkus-app/quarkus-run.jar ] \
  || { echo "No stats-service build (stats-service/target/quarkus-app/quarkus-run.jar, $WORK/cp.txt): run without NO_BUILD" >&2; exit 1; }
CP="$(cat "$WORK/cp.txt")"
log "stats-service benchmark, $N events, $(nproc) cores, $(date -u +%FT%TZ)"
log "service JVM: $("$SERVICE_JAVA" -version 2>&1 | head -1) ${JAVA_OPTS:-$STATS_JVM_OPTS}; MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-unset}; load $(cut -d' ' -f1-3 /proc/loadavg)"

java -Xmx768m -cp "$CP" ir.samt.kafka.KafkaBroker "$WORK/kafka" $KPORT 19093 > "$WORK/broker.log" 2>&1 & BROKER=$!
until grep -q "broker ready" "$WORK/broker.log"; do sleep 0.5; done
psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS stats_bench WITH (FORCE)" -c "CREATE DATABASE stats_bench" ${PSQL_AFTER_CREATE:+-c "$PSQL_AFTER_CREATE"}

log "events: ${ORDER:-uniform} effective dates"
log "$(java -cp "$CP" "$ROOT/bench/stats/ProduceEvents.java" 127.0.0.1:$KPORT "$N" 0 "${ORDER:-uniform}")"

[ -f "$WORK/jwt.pem" ] || { openssl genrsa -out "$WORK/jwt-key.pem" 2048 2>/dev/null; openssl rsa -in "$WORK/jwt-key.pem" -pubout -out "$WORK/jwt.pem" 2>/dev/null; }
start_service() {
  KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KPORT QUARKUS_HTTP_PORT=$PORT \
  QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/stats_bench JWT_PUBLIC_KEY_LOCATION="file:$WORK/jwt.pem" \
  QUARKUS_LOG_CONSOLE_JSON_ENABLED=false QUARKUS_OTEL_TRACES_EXPORTER=none QUARKUS_OTEL_SDK_DISABLED=true \
    "$SERVICE_JAVA" ${JAVA_OPTS:-$STATS_JVM_OPTS} -jar "$ROOT/stats-service/target/quarkus-app/quarkus-run.jar" >> "$WORK/service.log" 2>&1 &
  SVC=$!
  until curl -sf "http://127.0.0.1:$PORT/q/health/live" >/dev/null; do sleep 0.2; done
}
cpu_s() { awk '{print ($14+$15)/100}' "/proc/$1/stat"; }   # user+system CPU seconds of a process
busy_s() { awk '/^cpu /{print ($2+$3+$4+$7+$8)/100}' /proc/stat; } # all cores, all processes
# events counted so far (applied + duplicates skipped), from the service's own counters: cheap to
# poll, unlike count(*) over processed_event, which itself cost PostgreSQL seconds per replay
count() { curl -sf "http://127.0.0.1:$PORT/q/metrics" | awk '/^samt_stats_events_(applied|duplicates)_total/ {n+=$2} END {printf "%d", n}'; }

: > "$WORK/service.log"
T0=$(date +%s.%N); start_service; T1=$(date +%s.%N)
S1=$(cpu_s $SVC); B1=$(cpu_s $BROKER); M1=$(busy_s)
while [ "$(count)" -lt "$N" ]; do sleep 0.5; done
T2=$(date +%s.%N)
S2=$(cpu_s $SVC); B2=$(cpu_s $BROKER); M2=$(busy_s)
REPLAY_RATE=$(python3 -c "print(round($N/($T2-$T1)))")
log "$(python3 -c "print(f'replay via consumer group from offset 0: {$N} events applied in {$T2-$T1:.1f} s after startup = {$N/($T2-$T1):,.0f} events/s (startup {$T1-$T0:.1f} s)')")"
log "$(python3 -c "print(f'CPU during the replay ({$T2-$T1:.1f} s wall, $(nproc) cores): service {$S2-$S1:.1f} s, broker {$B2-$B1:.1f} s, everything else (PostgreSQL, this script) {($M2-$M1)-($S2-$S1)-($B2-$B1):.1f} s, idle {$(nproc)*($T2-$T1)-($M2-$M1):.1f} s')")"
RSS_REPLAY=$(( $(ps -o rss= -p $SVC) / 1024 ))
log "RSS after replay: $RSS_REPLAY MB"
# with JAVA_OPTS="... -XX:NativeMemoryTracking=summary": where that RSS goes, by JVM area
if [[ "${JAVA_OPTS:-}" == *NativeMemoryTracking* ]]; then jcmd $SVC VM.native_memory summary | grep -E "committed" | head -25 | tee -a "$OUT"; fi
log "$(curl -s "http://127.0.0.1:$PORT/q/metrics" | grep -E '^samt_stats_events_(applied|duplicates)_total' | tr '\n' ' ')"
# issue 17's rows: the same events through PostgreSQL alone, right after the replay (the same machine load)
goals() {
  if [ "${FLOOR:-1}" != 0 ]; then
    kill $SVC; wait $SVC 2>/dev/null || true; SVC=""
    FLOOR_LINE=$(ORDER="${ORDER:-uniform}" "$ROOT/bench/stats/pg-floor.sh" "$N" | sed -n 2p)
    FLOOR_RATE=$(echo "$FLOOR_LINE" | sed -E 's/.* = ([0-9,]+) events\/s.*/\1/' | tr -d ,)
    log "floor (bench/stats/pg-floor.sh, same events, same run): $FLOOR_LINE"
    log "GOAL stats replay ÷ its floor, same run: $REPLAY_RATE / $FLOOR_RATE = $(python3 -c "print(f'{$REPLAY_RATE/$FLOOR_RATE:.2f}')") (goal >= 0.7)"
  fi
  log "GOAL stats RSS after a $N-event replay: $RSS_REPLAY MB${RSS_READS:+, $RSS_READS MB after reads} (goal < 300 MB)"
  log "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
}
if [ -n "${REPLAY_ONLY:-}" ]; then log "REPLAY_ONLY set: stopping after the replay"; goals; exit 0; fi

kill $SVC; wait $SVC 2>/dev/null || true; start_service
java -cp "$CP" "$ROOT/bench/stats/ProduceEvents.java" 127.0.0.1:$KPORT 12000 200 >> "$WORK/producer.log" 2>&1
sleep 2
curl -s "http://127.0.0.1:$PORT/q/metrics" | grep -E '^samt_stats_freshness_seconds(\{.*quantile|_count|_max)' | tee -a "$OUT"

wrk -t2 -c32 -d5s "http://127.0.0.1:$PORT/q/health/live" >/dev/null   # warm-up
wrk -t2 -c32 -d5s "http://127.0.0.1:$PORT/stats/provinces/IR-25?year=1404" >/dev/null
log "--- trivial endpoint (/q/health/live)"; wrk -t2 -c32 -d20s --latency "http://127.0.0.1:$PORT/q/health/live" | tee -a "$OUT"
log "--- province summary"; wrk -t2 -c32 -d20s --latency "http://127.0.0.1:$PORT/stats/provinces/IR-25?year=1404" | tee -a "$OUT"
RSS_READS=$(( $(ps -o rss= -p $SVC) / 1024 ))
log "RSS after reads: $RSS_READS MB"
goals
log "results in $OUT"
