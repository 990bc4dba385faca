# Shared by bench/*/pg-floor.sh (sourced): a throwaway database on the machine's PostgreSQL, a log
# that also goes to a results file, and the machine's busy CPU seconds. Set DB and OUT first.
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt)
log() { echo "$*" | tee -a "$OUT"; }
busy_s() { awk '/^cpu /{print ($2+$3+$4+$7+$8)/100}' /proc/stat; }   # all cores, all processes
fresh_database() { "${PSQL[@]}" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"; }
trap '"${PSQL[@]}" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1' EXIT
