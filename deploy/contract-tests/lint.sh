#!/usr/bin/env bash
# Lints each service's OpenAPI document (the one its build writes to target/openapi/openapi.json) with
# redocly's recommended rules, every warning an error (<service>/.redocly.yaml), and spectral's oas rules,
# failing on a warning (<service>/.spectral.yaml). A rule turned off there says why. Needs Node.js with npx.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
for service in referrals-service outcomes-service reporting-service; do
  document="$service/target/openapi/openapi.json"
  if [[ ! -f "$document" ]]; then
    echo "lint: $document is missing: build $service first" >&2
    exit 1
  fi
  echo "== redocly lint $service"
  npx -y @redocly/cli@2.77.0 lint "$document" --config "$service/.redocly.yaml" --format=summary
  echo "== spectral lint $service"
  npx -y @stoplight/spectral-cli@6.16.3 lint "$document" --ruleset "$service/.spectral.yaml" \
    --fail-severity warn --display-only-failures
done
echo "lint: the three documents pass redocly (recommended, strict) and spectral (oas) without a warning"
