#!/usr/bin/env bash
# Creates the namespace and every Secret the local overlay expects, with random passwords. Secrets that
# already exist are kept (delete one to have it made anew). Needs kubectl (pointing at your kind or
# minikube cluster) and openssl.
set -euo pipefail

ns="${1:-oxpip}"
kubectl get namespace "$ns" >/dev/null 2>&1 || kubectl create namespace "$ns"

exists() { kubectl -n "$ns" get secret "$1" >/dev/null 2>&1; }

# Database users, under the names CloudNativePG gives its application Secrets in production.
for secret in referrals-db-app outcomes-db-app reporting-db-app; do
  exists "$secret" || kubectl -n "$ns" create secret generic "$secret" \
    --type=kubernetes.io/basic-auth \
    --from-literal=username=oxpip \
    --from-literal=password="$(openssl rand -hex 24)"
done

# The demo realm's throw-away client secrets (deploy/keycloak/README.md): the local Keycloak imports
# that realm, so the services must present the same values.
for secret in outcomes-service-oidc reporting-service-oidc; do
  exists "$secret" || kubectl -n "$ns" create secret generic "$secret" \
    --from-literal=client-secret="${secret%-oidc}-DEMO-ONLY-secret"
done

exists keycloak-bootstrap-admin || kubectl -n "$ns" create secret generic keycloak-bootstrap-admin \
  --type=kubernetes.io/basic-auth \
  --from-literal=username=admin \
  --from-literal=password="$(openssl rand -hex 16)"

# A self-signed certificate for the Ingress hosts *.oxpip.localhost.
if ! exists oxpip-api-tls; then
  dir="$(mktemp -d)"
  trap 'rm -rf "$dir"' EXIT
  openssl req -x509 -newkey rsa:2048 -nodes -days 365 -subj "/CN=oxpip.localhost" \
    -addext "subjectAltName=DNS:referrals.oxpip.localhost,DNS:outcomes.oxpip.localhost,DNS:reporting.oxpip.localhost" \
    -keyout "$dir/tls.key" -out "$dir/tls.crt" 2>/dev/null
  kubectl -n "$ns" create secret tls oxpip-api-tls --cert="$dir/tls.crt" --key="$dir/tls.key"
fi

echo "Secrets in namespace $ns are ready. Keycloak admin password:"
echo "  kubectl -n $ns get secret keycloak-bootstrap-admin -o jsonpath='{.data.password}' | base64 -d"
