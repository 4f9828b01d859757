#!/usr/bin/env bash
# Issue 18's import sizes: N families (default 5,000) through referrals-service's import, their 8N sessions
# through its sessions sheet, then their 4N measures through outcomes-service's, each a dry run and a commit,
# timed from the upload to DONE (ImportBench). Starts its own throw-away stack (data in
# deploy/bench/.data/import-stack, ports +2500) and stops it at the end.
# Builds the services and this module first, without installing anything into ~/.m2.
#
# Usage: deploy/bench/import-bench.sh [FAMILIES] [PORT_OFFSET]
set -euo pipefail
bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$bench_dir/../.."
families="${1:-5000}"
offset="${2:-2500}"
./mvnw -B -q -o package -pl referrals-service,outcomes-service,reporting-service,deploy/bench -am -DskipTests
# The launcher's classes from this build (deploy/local/target/classes), not an installed copy.
classpath="deploy/bench/target/classes:deploy/local/target/classes:$(cat deploy/bench/target/classpath.txt)"
exec java -cp "$classpath" org.oxpip.bench.ImportBench "$families" "$offset" "$bench_dir/.data/import-stack"
