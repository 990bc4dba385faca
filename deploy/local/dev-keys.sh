#!/usr/bin/env bash
# A local-only RSA key pair for signing and verifying JWTs (.local/jwt, never committed, never used
# in production, where the verification key comes from a Secret). Prints the directory.
set -euo pipefail
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/.local/jwt"
mkdir -p "$DIR"
if [ ! -f "$DIR/private.pem" ]; then
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$DIR/private.pem" 2>/dev/null
  openssl pkey -in "$DIR/private.pem" -pubout -out "$DIR/public.pem"
fi
echo "$DIR"
