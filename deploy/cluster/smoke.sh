#!/usr/bin/env bash
# What deploy/verification cannot prove on a machine without a cluster: the dev overlay, applied to a real
# Kubernetes with the pinned operators (docs/operations.md, "Operators"), comes up and carries a licence from
# permits-service to stats-service's totals. For a throwaway kind cluster or a test cluster; never production.
#
#   deploy/cluster/smoke.sh --kind        create a kind cluster "samt-smoke", build and load the images, run
#   deploy/cluster/smoke.sh               use the current kubectl context (images must be pullable there)
#
# Needs: kubectl, helm, openssl, curl, and with --kind: kind and docker. Not run by ./mvnw verify (no cluster,
# no Docker daemon and no registry on the build machines); run it after every operator or manifest upgrade.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
NS=samt
KIND=false
[ "${1:-}" = "--kind" ] && KIND=true
WORK="$(mktemp -d)"
PIDS=()
trap 'kill "${PIDS[@]}" 2>/dev/null || true; rm -rf "$WORK"' EXIT
step() { printf '\n== %s\n' "$*"; }

if $KIND; then
  step "kind cluster samt-smoke"
  kind get clusters | grep -qx samt-smoke || kind create cluster --name samt-smoke --wait 120s
  step "images (Dockerfile.jvm), loaded into kind"
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests)
  for svc in permits-service units-service stats-service; do
    docker build -q -f "$ROOT/$svc/src/main/docker/Dockerfile.jvm" -t "ghcr.io/samt/$svc:1.0.0" "$ROOT/$svc"
    kind load docker-image --name samt-smoke "ghcr.io/samt/$svc:1.0.0"
  done
fi

step "operators, pinned (docs/operations.md)"
kubectl get namespace kafka >/dev/null 2>&1 || kubectl create namespace kafka
helm upgrade --install strimzi-cluster-operator oci://quay.io/strimzi-helm/strimzi-kafka-operator --version 1.2.0 \
  -n kafka --set 'watchNamespaces={samt}' --wait
kubectl apply -f https://github.com/cert-manager/cert-manager/releases/download/v1.21.1/cert-manager.yaml
kubectl -n cert-manager wait deploy --all --for=condition=Available --timeout=300s
kubectl apply --server-side -f https://raw.githubusercontent.com/cloudnative-pg/cloudnative-pg/release-1.30/releases/cnpg-1.30.0.yaml
kubectl -n cnpg-system wait deploy/cnpg-controller-manager --for=condition=Available --timeout=300s
kubectl apply -f https://github.com/cloudnative-pg/plugin-barman-cloud/releases/download/v0.14.0/manifest.yaml
kubectl apply --server-side -f https://raw.githubusercontent.com/prometheus-operator/prometheus-operator/v0.93.0/bundle.yaml

step "secrets (docs/operations.md, \"Secrets\"), a throwaway JWT key"
kubectl get namespace $NS >/dev/null 2>&1 || kubectl create namespace $NS
openssl genrsa -out "$WORK/private.pem" 2048 2>/dev/null
openssl rsa -in "$WORK/private.pem" -pubout -out "$WORK/public.pem" 2>/dev/null
kubectl -n $NS create secret generic samt-jwt-public-key --from-file=public.pem="$WORK/public.pem" \
  --dry-run=client -o yaml | kubectl apply -f -
for svc in permits units stats; do
  kubectl -n $NS create secret generic samt-pg-$svc --type=kubernetes.io/basic-auth \
    --from-literal=username=$svc --from-literal=password="$(openssl rand -hex 16)" --dry-run=client -o yaml \
    | kubectl apply -f -
  kubectl -n $NS label secret samt-pg-$svc cnpg.io/reload=true --overwrite
done

step "apply the dev overlay and wait"
kubectl apply -k "$ROOT/deploy/kubernetes/overlays/dev"
kubectl -n $NS wait kafka/samt-kafka --for=condition=Ready --timeout=15m
kubectl -n $NS wait cluster.postgresql.cnpg.io/samt-pg --for=condition=Ready --timeout=15m
kubectl -n $NS wait kafkauser --all --for=condition=Ready --timeout=5m
kubectl -n $NS rollout status deploy/units-service --timeout=10m
kubectl -n $NS rollout status deploy/permits-service --timeout=10m
kubectl -n $NS rollout status deploy/stats-service --timeout=10m

step "a licence from permits-service to stats-service's totals"
kubectl -n $NS port-forward svc/units-service 18082:8082 >/dev/null & PIDS+=($!)
kubectl -n $NS port-forward svc/permits-service 18081:8081 >/dev/null & PIDS+=($!)
kubectl -n $NS port-forward svc/stats-service 18083:8083 >/dev/null & PIDS+=($!)
sleep 3
b64url() { openssl base64 -e -A | tr '+/' '-_' | tr -d '='; }
token() {  # roles, province: signed with the throwaway key, issuer as the dev overlay expects
  local now claims header
  now=$(date +%s)
  claims="{\"iss\":\"https://auth.samt.ir\",\"sub\":\"smoke\",\"upn\":\"smoke\",\"groups\":$1,\"province\":\"$2\",\"iat\":$now,\"exp\":$((now + 600))}"
  header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
  printf '%s.%s.%s' "$header" "$(printf '%s' "$claims" | b64url)" \
    "$(printf '%s.%s' "$header" "$(printf '%s' "$claims" | b64url)" | openssl dgst -sha256 -sign "$WORK/private.pem" -binary | b64url)"
}
UNITS_TOKEN=$(token '["units-officer"]' IR-25)
PERMITS_TOKEN=$(token '["permits-officer","permits-reader"]' IR-25)
# the licence names town IR-25-T01: reference data, registered as an operator does (docs/operations.md, "Reference data")
UNITS_URL=http://127.0.0.1:18082 TOKEN="$UNITS_TOKEN" \
  "$ROOT/deploy/reference/load-estates.sh" "$ROOT/deploy/reference/IR-25-estates.ndjson" | tail -1
curl -fsS -X POST http://127.0.0.1:18081/permits -H "Authorization: Bearer $PERMITS_TOKEN" \
  -H 'Content-Type: application/json' -H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)" \
  -d '{"kind":"OPERATING","scope":"NEW","holder":{"name":"شرکت آزمون","nationalId":"10380284790"},"province":"IR-25","county":"قم","estateCode":"IR-25-T01","activityCode":"2520","fixedInvestmentRials":"1000000","jobs":1}' \
  -o /dev/null -w 'licence: %{http_code}\n'
for _ in $(seq 1 60); do
  count=$(curl -fsS http://127.0.0.1:18083/stats/provinces/IR-25 | sed -n 's/.*"issued":{"count":\([0-9]*\).*/\1/p')
  if [ "${count:-0}" -ge 1 ]; then echo "stats-service counts $count issued licence(s) in IR-25: OK"; exit 0; fi
  sleep 2
done
echo "stats-service never counted the licence" >&2
exit 1
