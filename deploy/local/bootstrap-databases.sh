#!/usr/bin/env bash
# Creates the services' databases (permits, units, stats) on the local PostgreSQL if missing.
# Each service's Flyway migrations build its schema when it starts.
set -euo pipefail
PGHOST="${PGHOST:-127.0.0.1}"; PGPORT="${PGPORT:-5432}"; PGUSER="${PGUSER:-postgres}"
for db in permits units stats; do
  exists=$(psql -tA -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$db'")
  [ "$exists" = "1" ] || psql -q -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -c "CREATE DATABASE $db" >/dev/null
done
