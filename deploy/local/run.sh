#!/usr/bin/env bash
# One command for the whole local system: PostgreSQL, Keycloak and the three services.
# Usage: deploy/local/run.sh [--demo-data] [--skip-build] [--services=LIST | --no-services] [--reimport-realm]
# Ctrl-C stops everything. See deploy/local/README.md.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo_root"

skip_build=false
args=()
for arg in "$@"; do
  case "$arg" in
    --skip-build) skip_build=true ;;
    *) args+=("$arg") ;;
  esac
done

classpath_file=deploy/local/target/classpath.txt
if [[ "$skip_build" == false ]]; then
  echo "Building (./mvnw -B -q install -DskipTests; --skip-build skips this)..."
  ./mvnw -B -q install -DskipTests
elif [[ ! -f "$classpath_file" || ! -d deploy/local/target/classes ]]; then
  echo "Building the launcher only..."
  ./mvnw -B -q -pl deploy/local -am install -DskipTests
fi

java_cmd=java
if [[ -n "${JAVA_HOME:-}" ]]; then
  java_cmd="$JAVA_HOME/bin/java"
fi

# exec: the launcher's JVM replaces this shell, so Ctrl-C reaches its shutdown hook, which stops the
# services, Keycloak and PostgreSQL in that order.
exec "$java_cmd" -cp "deploy/local/target/classes:$(cat "$classpath_file")" \
  -Doxpip.repo.root="$repo_root" \
  org.oxpip.stack.Main "${args[@]+"${args[@]}"}"
