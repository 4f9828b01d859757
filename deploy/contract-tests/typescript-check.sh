#!/usr/bin/env bash
# A frontend's view of the contract: generates TypeScript types from each service's OpenAPI document with
# openapi-typescript, then type-checks src/test/typescript/uses-the-contract.ts against them with strict null
# checks (tsc --strict). Exits non-zero when a document cannot be read, a type is missing, or a value the file
# treats as possibly null is declared as always there. Needs Node.js with npx, and the documents the services'
# builds write (./mvnw -B package -pl referrals-service,outcomes-service,reporting-service -am, or verify).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$here/target/typescript"
openapi_typescript="openapi-typescript@7.13.0"
typescript="typescript@5.9.3"

rm -rf "$work"
mkdir -p "$work"
for service in referrals outcomes reporting; do
  document="$root/$service-service/target/openapi/openapi.json"
  if [[ ! -f "$document" ]]; then
    echo "typescript-check: $document is missing: build $service-service first" >&2
    exit 1
  fi
  echo "== openapi-typescript $service-service"
  npx -y "$openapi_typescript" "$document" --output "$work/$service.ts"
done

cp "$here/src/test/typescript/"*.ts "$work/"
echo "== tsc --strict"
cd "$work"
npx -y -p "$typescript" tsc --noEmit --strict --target es2022 --module es2022 --moduleResolution bundler \
  uses-the-contract.ts
echo "typescript-check: the three documents' types compile with strict null checks"
