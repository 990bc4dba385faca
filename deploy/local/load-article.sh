#!/usr/bin/env bash
# Loads the seed article's Qom scenario (Jalali year 1404) into the system deploy/local/run.sh is
# running, through the public HTTP APIs only, then prints the stats service's answer for IR-25 / 1404
# beside the article's figures. Run it once on fresh data: deploy/local/run.sh --fresh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
JAR="$ROOT/scenario/target/scenario-1.0.0-SNAPSHOT.jar"
if [ ! -f "$JAR" ] || [ ! -d "$ROOT/scenario/target/lib" ]; then
  (cd "$ROOT" && ./mvnw -q -DskipTests package -pl scenario -am)
fi
exec java -cp "$ROOT/scenario/target/lib/*:$JAR" \
  -Djwt.key="$ROOT/.local/jwt/private.pem" -Djwt.issuer=https://auth.samt.local \
  ir.samt.scenario.ArticleScenario
