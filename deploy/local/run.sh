#!/usr/bin/env bash
# One command for the whole local system: PostgreSQL, Keycloak and the three services.
# Usage: deploy/local/run.sh [--demo-data] [--skip-build] [--services=LIST | --no-services] [--reimport-realm]
#                            [--port-offset=N] [--train-aot | --no-aot-training]
# Ctrl-C stops everything. See deploy/local/README.md.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo_root"

skip_build=false
train_aot=true
services_arg=()
args=()
for arg in "$@"; do
  case "$arg" in
    --skip-build) skip_build=true ;;
    --no-aot-training | --no-services | --train-aot | --train-aot-if-stale | -h | --help) train_aot=false; args+=("$arg") ;;
    --services=*) services_arg=("$arg"); args+=("$arg") ;;
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

launcher=("$java_cmd" -cp "deploy/local/target/classes:$(cat "$classpath_file")" -Doxpip.repo.root="$repo_root")

# The services start from JDK 25's AOT cache when there is one (target/quarkus-app/app.aot, newer than the jar):
# after a build, a training run on a stack of its own writes it (a minute or two), so no user's first request
# ever does. Without a JDK 25 (OXPIP_SERVICE_JAVA_HOME, or one under /usr/lib/jvm) this does nothing.
if [[ "$train_aot" == true ]]; then
  "${launcher[@]}" org.oxpip.stack.Main --train-aot-if-stale "${services_arg[@]+"${services_arg[@]}"}" ||
    echo "The AOT cache training failed (see above); the services start without it, only slower."
fi

# exec: the launcher's JVM replaces this shell, so Ctrl-C reaches its shutdown hook, which stops the
# services, Keycloak and PostgreSQL in that order.
exec "${launcher[@]}" org.oxpip.stack.Main "${args[@]+"${args[@]}"}"
