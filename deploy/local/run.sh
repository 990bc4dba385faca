#!/usr/bin/env bash
# Runs the whole SAMT platform on this machine: a real Kafka broker (its own JVM, data kept in
# .local/kafka) and the three services on the machine's PostgreSQL. Ctrl-C stops everything.
#
#   deploy/local/run.sh            build what is needed, start, wait until ready, print the URLs
#   deploy/local/run.sh --fresh    the same, after wiping the local Kafka data and databases
#   deploy/local/run.sh --no-build start from the jars already built
#   deploy/local/run.sh --only=units[,stats]  start only these services (with the broker): benchmarks "alone"
#   deploy/local/run.sh --train-aot  on fresh data, record each service's AOT cache (JDK 25+, JEP 483/514/515) from a
#                                    realistic workload (the article scenario: licences, unit calls, a 45,000-unit
#                                    import, stats applying every event, then reads), write it when the services stop
#                                    (<service>/target/quarkus-app/app.aot) and exit; later starts use it
# The services run on SAMT_JAVA_HOME, else Temurin 25 where the machine has it (/usr/lib/jvm/temurin-25-jdk-amd64),
# else the java on PATH (the build stays Java 17 bytecode, so any of them runs it). On 25 with a cache that
# matches the jar, the JVM starts from the cache (-XX:AOTCache): classes loaded and linked, method profiles kept.
# JVM options per service: those of its container (deploy/kubernetes/base/services/jvm/<service>.env, see
# jvm_options below), plus its JAVA_25_OPTS_APPEND on Java 25 or newer; SAMT_JAVA_OPTS_PERMITS, SAMT_JAVA_OPTS_UNITS, SAMT_JAVA_OPTS_STATS replace them (e.g. to add
# -XX:StartFlightRecording=... when profiling).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOCAL="$ROOT/.local"
PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
PGUSER="${PGUSER:-postgres}"
KAFKA_PORT="${KAFKA_PORT:-9092}"
SERVICES=(permits:8081 units:8082 stats:8083)
# the production containers' memory limit (deploy/kubernetes/base/services/*.yaml; LocalRunUsesTheContainersJvmTest)
CONTAINER_MEMORY_LIMIT=512m
FRESH=false
BUILD=true
TRAIN=false
for arg in "$@"; do
  case "$arg" in
    --fresh) FRESH=true ;;
    --train-aot) TRAIN=true; FRESH=true ;;
    --no-build) BUILD=false ;;
    --only=*)
      wanted=",${arg#--only=},"; kept=()
      for entry in "${SERVICES[@]}"; do [[ "$wanted" == *",${entry%%:*},"* ]] && kept+=("$entry"); done
      [ ${#kept[@]} -gt 0 ] || { echo "--only names none of: permits, units, stats" >&2; exit 2; }
      SERVICES=("${kept[@]}") ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "Unknown option: $arg (try --help)" >&2; exit 2 ;;
  esac
done

# The services' JVM (see the header); the broker and the build keep the default java. bench/stats/run.sh takes
# service_java, java_feature and service_jvm_options from this file, so a benchmark runs the JVM a start runs.
service_java() {
  if [ -n "${SAMT_JAVA_HOME:-}" ]; then echo "$SAMT_JAVA_HOME/bin/java"
  elif [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then echo /usr/lib/jvm/temurin-25-jdk-amd64/bin/java
  else echo java; fi
}
java_feature() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
SERVICE_JAVA=$(service_java)
SERVICE_JAVA_FEATURE=$(java_feature "$SERVICE_JAVA")
if $TRAIN && [ "${SERVICE_JAVA_FEATURE:-0}" -lt 25 ]; then
  echo "--train-aot needs a JDK 25 or newer for the services (found $SERVICE_JAVA_FEATURE at $SERVICE_JAVA; set SAMT_JAVA_HOME)" >&2
  exit 2
fi
# Asking a JVM that records its AOT cache to stop: it then writes the cache (a second JVM assembles it), which
# takes longer than a plain stop
STOP_WAIT_S=30
$TRAIN && STOP_WAIT_S=300

BROKER_PID=""
SERVICE_PIDS=()
# Stops in dependency order, waiting for each: the services first (each finishes its requests, and
# stats' consumers commit their last offsets while the broker is still there), then the broker.
# Stopping everything at once left stats' consumers in a group whose broker never heard them go,
# and the next start waited for their sessions to expire.
stop_and_wait() {
  local pid
  kill "$@" 2>/dev/null || true
  for pid in "$@"; do
    # Quarkus' shutdown timeout is 20 s; a process still there after 30 s (a recording one: 300 s) is killed
    for _ in $(seq 1 $((STOP_WAIT_S * 2))); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
}
cleanup() {
  trap - INT TERM EXIT
  echo
  if [ ${#SERVICE_PIDS[@]} -gt 0 ]; then
    echo "Stopping ${#SERVICE_PIDS[@]} services..."
    stop_and_wait "${SERVICE_PIDS[@]}"
  fi
  if [ -n "$BROKER_PID" ]; then
    echo "Stopping the Kafka broker..."
    stop_and_wait "$BROKER_PID"
  fi
}
trap cleanup INT TERM EXIT

if ! pg_isready -q -h "$PGHOST" -p "$PGPORT" 2>/dev/null; then
  echo "PostgreSQL is not reachable at $PGHOST:$PGPORT — start it with: pg_ctlcluster --skip-systemctl-redirect \$(ls /etc/postgresql) main start" >&2
  exit 1
fi
if (echo > "/dev/tcp/127.0.0.1/$KAFKA_PORT") 2>/dev/null; then
  echo "Port $KAFKA_PORT is already in use: is another run still going? Stop it first." >&2
  exit 1
fi

if $BUILD; then
  echo "Building (./mvnw package, tests skipped)..."
  # the broker runs from target/lib: drop jars a build of another Kafka version left there, or both
  # versions end up on its classpath
  rm -rf "$ROOT/kafka-broker/target/lib"
  (cd "$ROOT" && ./mvnw -q -DskipTests package)
fi

mkdir -p "$LOCAL/logs" "$LOCAL/jwt"
if $FRESH; then
  echo "Wiping local Kafka data and the permits, units and stats databases..."
  rm -rf "$LOCAL/kafka"
  for db in permits units stats; do
    psql -q -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null
  done
fi
"$ROOT/deploy/local/bootstrap-databases.sh"
"$ROOT/deploy/local/dev-keys.sh" >/dev/null

echo "Starting Kafka broker on 127.0.0.1:$KAFKA_PORT (data in .local/kafka)..."
java -Xmx512m -cp "$ROOT/kafka-broker/target/lib/*:$ROOT/kafka-broker/target/kafka-broker-1.0.0-SNAPSHOT.jar" \
  ir.samt.kafka.KafkaBroker "$LOCAL/kafka" "$KAFKA_PORT" "$((KAFKA_PORT + 1))" > "$LOCAL/logs/kafka.log" 2>&1 &
BROKER_PID=$!
for _ in $(seq 1 120); do
  grep -q "SAMT Kafka broker ready" "$LOCAL/logs/kafka.log" && break
  kill -0 "$BROKER_PID" 2>/dev/null || { echo "Kafka failed to start; see .local/logs/kafka.log" >&2; tail -20 "$LOCAL/logs/kafka.log" >&2; exit 1; }
  sleep 0.5
done

# A value of the service's container JVM settings (deploy/kubernetes/base/services/jvm/<service>.env, the file the
# Deployment's ConfigMap is generated from).
container_jvm_setting() {
  sed -n "s/^$2=//p" "$ROOT/deploy/kubernetes/base/services/jvm/$1-service.env"
}
# The options the service's image gives its JVM (run-java.sh): its collector (the image's parallel GC unless
# GC_CONTAINER_OPTIONS names one) and JAVA_OPTS_APPEND, with the container's memory limit as the memory the JVM
# sizes its heap from (MaxRAMPercentage).
jvm_options() {
  local gc
  gc="$(container_jvm_setting "$1" GC_CONTAINER_OPTIONS)"
  echo "-XX:MaxRAM=$CONTAINER_MEMORY_LIMIT ${gc:--XX:+UseParallelGC} $(container_jvm_setting "$1" JAVA_OPTS_APPEND)"
}
# A service's options on a JVM of the given feature release: its container's, plus its JAVA_25_OPTS_APPEND on 25+.
service_jvm_options() {
  if [ "${2:-0}" -ge 25 ]; then echo "$(jvm_options "$1") $(container_jvm_setting "$1" JAVA_25_OPTS_APPEND)"
  else jvm_options "$1"; fi
}
# each service's JVM options without the cache flags: the cache is assembled with the options it will run with
declare -A RUN_OPTS
launched=$(date +%s.%N)
for entry in "${SERVICES[@]}"; do
  name="${entry%%:*}"; port="${entry##*:}"
  override="SAMT_JAVA_OPTS_${name^^}"
  jvm_opts="${!override:-$(service_jvm_options "$name" "$SERVICE_JAVA_FEATURE")}"
  aot_cache="$ROOT/$name-service/target/quarkus-app/app.aot"
  RUN_OPTS[$name]="$jvm_opts"
  if $TRAIN; then
    # two steps (JEP 483): this JVM records what it loads, links and profiles into a configuration as it exits;
    # the cache is assembled from it once the services have stopped (below). The one-step -XX:AOTCacheOutput, whose
    # exiting JVM launches the assembly itself, failed for the aot-jar packaging ("Must be a valid AOT
    # configuration generated by the current JVM").
    rm -f "$aot_cache" "$aot_cache.config"
    jvm_opts="$jvm_opts -XX:AOTMode=record -XX:AOTConfiguration=$aot_cache.config"
  elif [ "${SERVICE_JAVA_FEATURE:-0}" -ge 25 ] && [ -f "$aot_cache" ] && [ -z "${SAMT_NO_AOT_CACHE:-}" ]; then
    jvm_opts="$jvm_opts -XX:AOTCache=$aot_cache"
  fi
  echo "Starting $name-service on :$port (Java $SERVICE_JAVA_FEATURE$([[ "$jvm_opts" == *AOTCache=* ]] && echo ", AOT cache"))..."
  # SAMT_STATS_INSTANCE_ID (read by stats only): the same consumer-group member ids on every restart
  env QUARKUS_HTTP_PORT="$port" \
      QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$name" \
      QUARKUS_DATASOURCE_USERNAME="$PGUSER" \
      KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT" \
      JWT_PUBLIC_KEY_LOCATION="file:$LOCAL/jwt/public.pem" \
      MP_JWT_VERIFY_ISSUER="https://auth.samt.local" \
      QUARKUS_OTEL_SDK_DISABLED=true \
      QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
      MALLOC_ARENA_MAX="$(container_jvm_setting "$name" MALLOC_ARENA_MAX)" \
      SAMT_STATS_INSTANCE_ID="local-$name-$port" \
      "$SERVICE_JAVA" $jvm_opts -jar "$ROOT/$name-service/target/quarkus-app/quarkus-run.jar" > "$LOCAL/logs/$name.log" 2>&1 &
  SERVICE_PIDS+=($!)
done

# All services are polled together, so each one's time to ready is its own (bench/start/run.sh reads these lines).
start=$(date +%s)
waiting=("${SERVICES[@]}")
while [ ${#waiting[@]} -gt 0 ]; do
  still=()
  for entry in "${waiting[@]}"; do
    name="${entry%%:*}"; port="${entry##*:}"
    if curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; then
      echo "$name-service ready $(python3 -c "import time; print(f'{time.time() - $launched:.1f}')") s after the JVMs were launched"
    else
      still+=("$entry")
    fi
  done
  waiting=("${still[@]}")
  [ ${#waiting[@]} -eq 0 ] && break
  if [ $(( $(date +%s) - start )) -gt 180 ]; then
    name="${waiting[0]%%:*}"
    echo "$name-service did not become ready in 180 s; see .local/logs/$name.log" >&2
    tail -20 "$LOCAL/logs/$name.log" >&2
    exit 1
  fi
  sleep 0.1
done

# Reference data is not in any migration: register the provinces' industrial towns and zones through the API,
# as an operator does in a deployment (docs/operations.md, "Reference data"). Idempotent: a restart registers nothing.
for entry in "${SERVICES[@]}"; do
  [ "${entry%%:*}" = units ] || continue
  echo "Registering the reference estates (deploy/reference/*-estates.ndjson) through units-service..."
  UNITS_URL="http://127.0.0.1:${entry##*:}" TOKEN="$("$ROOT/deploy/local/token.sh" units-officer IR reference-loader)" \
    "$ROOT/deploy/reference/load-estates.sh" "$ROOT"/deploy/reference/*-estates.ndjson | tail -1
done

if $TRAIN; then
  echo "Training the AOT caches: the article scenario (deploy/local/load-article.sh), then reads..."
  "$ROOT/deploy/local/load-article.sh" > "$LOCAL/logs/train-aot.log" 2>&1 || { echo "The training workload failed; see .local/logs/train-aot.log" >&2; exit 1; }
  reader="$("$ROOT/deploy/local/token.sh" units-reader "" train-aot)"
  for _ in $(seq 1 300); do
    curl -fs -o /dev/null "http://127.0.0.1:8083/stats/provinces/IR-25?year=1404" || true
    curl -fs -o /dev/null -H "Authorization: Bearer $reader" "http://127.0.0.1:8082/units?province=IR-25&size=20" || true
  done
  echo "Stopping the services: each JVM writes its training record as it exits..."
  cleanup
  for entry in "${SERVICES[@]}"; do
    name="${entry%%:*}"; app="$ROOT/$name-service/target/quarkus-app"
    echo "  $name-service: assembling its AOT cache from the record..."
    # shellcheck disable=SC2086 # the options are a list of words, as when the service starts
    # the same -jar path as the service's start: the cache is refused when the class path differs
    "$SERVICE_JAVA" ${RUN_OPTS[$name]} -XX:AOTMode=create -XX:AOTConfiguration="$app/app.aot.config" \
        -XX:AOTCache="$app/app.aot" -jar "$app/quarkus-run.jar" > "$LOCAL/logs/$name-aot-assembly.log" 2>&1 || true
    rm -f "$app/app.aot.config"
    [ -f "$app/app.aot" ] && echo "  $name-service: $(du -h "$app/app.aot" | cut -f1) $app/app.aot" \
      || echo "  $name-service: no cache written; see .local/logs/$name.log and $name-aot-assembly.log" >&2
  done
  exit 0
fi

cat <<MSG

SAMT platform is ready (the services started report /q/health/ready UP):
$(for entry in "${SERVICES[@]}"; do printf '  %-16s http://127.0.0.1:%s   Swagger UI http://127.0.0.1:%s/q/swagger-ui\n' "${entry%%:*}-service" "${entry##*:}" "${entry##*:}"; done)
  Kafka broker     127.0.0.1:$KAFKA_PORT
$(for entry in "${SERVICES[@]}"; do [ "${entry%%:*}" = stats ] && printf '  Dashboard        http://127.0.0.1:%s/dashboard  (Qom: /dashboard/provinces/IR-25, English: ?lang=en)\n' "${entry##*:}"; done)
Logs in .local/logs/. A token for trying the API:
  deploy/local/token.sh permits-officer IR-25
Press Ctrl-C to stop everything.
MSG
wait
