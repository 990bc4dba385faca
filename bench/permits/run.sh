#!/usr/bin/env bash
# Issuance benchmark: 8 concurrent HTTP clients issuing licences against a running permits-service
# (start it with deploy/local/run.sh), compared in the same run with pgbench doing the same two
# inserts per transaction, plus the outbox lag (commit -> broker ack) from the service's metrics.
#   bench/permits/run.sh [seconds]       (default 30; WARMUP=60 seconds of warm-up first)
# The JIT needs about a minute of this load on 2 cores before throughput settles (measured: 265,
# 327, 372 licences/s in three successive 20 s runs), so the measured run follows a warm-up.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DURATION="${1:-30}"
WARMUP="${WARMUP:-60}"
URL="${PERMITS_URL:-http://127.0.0.1:8081}"
command -v wrk >/dev/null || { echo "Installing wrk (Debian package)..."; apt-get install -y -qq wrk >/dev/null; }
curl -fs "$URL/q/health/ready" >/dev/null || { echo "permits-service is not ready at $URL: start deploy/local/run.sh first" >&2; exit 1; }

export TOKEN="$("$ROOT/deploy/local/token.sh" permits-officer IR bench)"
echo "== warm-up (${WARMUP} s)"
wrk -t2 -c8 -d"${WARMUP}s" -s "$ROOT/bench/permits/issue.lua" "$URL" >/dev/null
echo "== HTTP issuance: 8 connections, ${DURATION} s"
wrk -t2 -c8 -d"${DURATION}s" --latency -s "$ROOT/bench/permits/issue.lua" "$URL" | tee /tmp/samt-bench-wrk.txt
echo "== outbox lag (commit -> Kafka ack), from /q/metrics"
curl -s "$URL/q/metrics" | grep -E '^samt_outbox_lag_seconds(\{|_max)' | grep -E 'quantile|_max' || true
curl -s "$URL/q/metrics" | grep -E '^samt_outbox_published_total' || true

echo "== pgbench: the same two inserts per transaction, 8 clients, ${DURATION} s"
psql -q -h 127.0.0.1 -U postgres -d permits <<'SQL'
DROP TABLE IF EXISTS bench_permit, bench_outbox;
CREATE TABLE bench_permit (LIKE permit INCLUDING ALL);
CREATE TABLE bench_outbox (LIKE outbox_event INCLUDING ALL);
SQL
pgbench -h 127.0.0.1 -U postgres -n -c 8 -j 2 -T "$DURATION" -f "$ROOT/bench/permits/pgbench-issue.sql" permits \
  | grep -E 'tps|latency|transactions'
psql -q -h 127.0.0.1 -U postgres -d permits -c "DROP TABLE bench_permit, bench_outbox"
