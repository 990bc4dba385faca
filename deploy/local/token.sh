#!/usr/bin/env bash
# Prints a bearer token for the local run, signed with the local dev key.
#   deploy/local/token.sh ROLE[,ROLE...] [PROVINCE] [USER]
#   deploy/local/token.sh permits-officer,permits-reader IR-25
#   deploy/local/token.sh permits-officer IR          (IR = national officer)
# Use: curl -H "Authorization: Bearer $(deploy/local/token.sh permits-reader)" ...
set -euo pipefail
ROLES="${1:?usage: token.sh ROLE[,ROLE...] [PROVINCE] [USER]}"
PROVINCE="${2:-}"
USER_NAME="${3:-local-officer}"
DIR="$("$(dirname "${BASH_SOURCE[0]}")/dev-keys.sh")"
b64url() { openssl base64 -e -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
groups=$(printf '%s' "$ROLES" | awk -F, '{for(i=1;i<=NF;i++) printf "%s\"%s\"", (i>1?",":""), $i}')
claims="{\"iss\":\"https://auth.samt.local\",\"sub\":\"$USER_NAME\",\"upn\":\"$USER_NAME\",\"groups\":[$groups],\"iat\":$now,\"exp\":$((now + 8 * 3600))"
[ -n "$PROVINCE" ] && claims="$claims,\"province\":\"$PROVINCE\""
claims="$claims}"
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '%s' "$claims" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$DIR/private.pem" -binary | b64url)
echo "$header.$payload.$signature"
