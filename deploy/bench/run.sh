#!/usr/bin/env bash
# The benchmarks, with one command: builds if needed, starts a throw-away local stack on its own data
# directory and ports, runs every benchmark beside its baseline measured in the same run, writes
# deploy/bench/RESULTS.md and stops the stack. See deploy/bench/README.md.
#
# Usage: deploy/bench/run.sh [--quick] [--skip-build | --build] [--duration=S] [--families=N]
#                            [--clients="1 8 32"] [--port-offset=N] [--results=FILE]
# Only ever talks to 127.0.0.1; every load is bounded in time.
set -euo pipefail

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$bench_dir/../.." && pwd)"
cd "$repo_root"

# ---------------------------------------------------------------------------------------------- options
duration=20              # seconds of load per measurement
warmup=45                # seconds of load before the measured ones, not counted (JIT, pools, caches)
short=10                 # seconds for the secondary "where the time goes" measurements
clients="1 8 32"
families=100000          # sync and reports: N referrals and 5N assessments
accepted=200             # ACCEPTED referrals the measures are recorded against
report_runs=10
mixed_rate=50            # 6. mixed load: requests per second, held for mixed_seconds after mixed_warmup
mixed_seconds=60
mixed_warmup=15
sync_timeout=360         # seconds the sync may take before we stop waiting for it
pgbench_scale=10
port_offset="${OXPIP_BENCH_PORT_OFFSET:-2000}"
data_dir="${OXPIP_BENCH_DATA_DIR:-$bench_dir/.data}"
results="$bench_dir/RESULTS.md"
build=auto
quick=false

usage() { sed -n '2,8p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }
for arg in "$@"; do
  case "$arg" in
    --quick) quick=true ;;
    --skip-build) build=never ;;
    --build) build=always ;;
    --duration=*) duration="${arg#*=}" ;;
    --families=*) families="${arg#*=}" ;;
    --clients=*) clients="${arg#*=}" ;;
    --port-offset=*) port_offset="${arg#*=}" ;;
    --results=*) results="${arg#*=}" ;;
    -h|--help) usage; exit 0 ;;
    *) echo "Unknown option: $arg" >&2; usage >&2; exit 2 ;;
  esac
done
if [[ "$quick" == true ]]; then
  # A smoke test of the tooling: short loads, a small data set, results beside the data, not in RESULTS.md.
  duration=3; short=2; warmup=5; families=5000; accepted=30; report_runs=3; sync_timeout=120; pgbench_scale=1
  mixed_seconds=10; mixed_warmup=3
  [[ "$results" == "$bench_dir/RESULTS.md" ]] && results="$data_dir/RESULTS-quick.md"
fi

stack_dir="$data_dir/stack"    # the stack's data directory: wiped at every start
work="$data_dir/work"          # this run's raw outputs (wrk, pgbench, metrics, logs)

log() { printf '%s [bench] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 1; }

# A developer's stack must never be the one we wipe.
case "$(realpath -m "$data_dir")" in
  "$(realpath -m "$repo_root/deploy/local/.data")"*) die "OXPIP_BENCH_DATA_DIR points into deploy/local/.data: use another directory" ;;
esac
if [[ -n "${OXPIP_DATA_DIR:-}" && "$(realpath -m "$data_dir")" == "$(realpath -m "$OXPIP_DATA_DIR")" ]]; then
  die "OXPIP_BENCH_DATA_DIR is your OXPIP_DATA_DIR: use another directory"
fi

# ---------------------------------------------------------------------------------------------- tools
need_tools() {
  local missing=() pkgs=()
  command -v curl >/dev/null || { missing+=(curl); pkgs+=(curl); }
  command -v jq >/dev/null || { missing+=(jq); pkgs+=(jq); }
  command -v wrk >/dev/null || { missing+=(wrk); pkgs+=(wrk); }
  command -v psql >/dev/null || { missing+=(psql); pkgs+=(postgresql-client); }
  command -v pgbench >/dev/null || { missing+=(pgbench); pkgs+=(postgresql-client); }
  command -v java >/dev/null || [[ -n "${JAVA_HOME:-}" ]] || die "a JDK (17 or later) is needed"
  if ((${#missing[@]})); then
    local unique=()
    mapfile -t unique < <(printf '%s\n' "${pkgs[@]}" | sort -u)
    if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
      log "installing ${unique[*]} (missing: ${missing[*]})"
      DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${unique[@]}" >/dev/null \
        || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${unique[@]}" >/dev/null; } \
        || die "could not install ${unique[*]}"
    else
      die "missing ${missing[*]}: install them, e.g. sudo apt-get install -y ${unique[*]}"
    fi
  fi
}
need_tools

java_cmd=java
[[ -n "${JAVA_HOME:-}" ]] && java_cmd="$JAVA_HOME/bin/java"

# ---------------------------------------------------------------------------------------------- results
declare -A R=()                # every figure, by name; RESULTS.md is written from these
put() { R[$1]="$2"; }
get() { printf '%s' "${R[$1]:-n/a}"; }
calc() { awk "BEGIN { x = $1; printf \"%.${2:-2}f\", x }" 2>/dev/null || printf 'n/a'; }
ratio() { # ratio A B: A/B with two decimals, n/a when either is missing or B is 0
  local a="${R[$1]:-}" b="${R[$2]:-}"
  if [[ -z "$a" || -z "$b" || "$a" == n/a || "$b" == n/a ]] || awk "BEGIN { exit !($b == 0) }"; then
    printf 'n/a'
  else
    calc "$a / $b" 2
  fi
}
now_s() { date +%s.%N; }

load_avg() { cut -d' ' -f1-3 /proc/loadavg; }
put machine.cpus "$(nproc)"
put machine.cpu_model "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
put machine.mem_gb "$(awk '/MemTotal/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo)"
put machine.load_before "$(load_avg)"
put machine.java "$("$java_cmd" -version 2>&1 | head -1)"
put machine.kernel "$(uname -sr)"
put run.date "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
put run.commit "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [[ -n "$(git status --porcelain --untracked-files=no 2>/dev/null | grep -v ' deploy/bench/' || true)" ]]; then
  put run.dirty "yes (uncommitted changes in tracked files outside deploy/bench)"
else
  put run.dirty "no"
fi
put run.options "duration ${duration}s per load, clients ${clients}, ${families} families, pgbench scale ${pgbench_scale}"
bench_t0="$(now_s)"

# ---------------------------------------------------------------------------------------------- build
# The Java this script runs (BenchStack, MixedLoad) is this folder's Maven module, run with plain java -cp: its jar
# and the runtime classpath its build writes (deploy/local's launcher, HdrHistogram, ...).
bench_jar=deploy/bench/target/oxpip-bench.jar
bench_classpath=deploy/bench/target/classpath.txt
needs_build() {
  local m jar
  for m in referrals-service outcomes-service reporting-service; do
    jar="$m/target/quarkus-app/quarkus-run.jar"
    [[ -f "$jar" ]] || return 0
    [[ -z "$(find "$m/src/main" "$m/pom.xml" pom.xml -newer "$jar" -print -quit 2>/dev/null)" ]] || return 0
  done
  [[ -f deploy/local/target/classpath.txt && -d deploy/local/target/classes ]] || return 0
  [[ -z "$(find deploy/local/src/main deploy/local/pom.xml -newer deploy/local/target/classpath.txt -print -quit)" ]] || return 0
  # This module's Java (BenchStack, MixedLoad) and every jar on its classpath.
  [[ -f "$bench_jar" && -f "$bench_classpath" ]] || return 0
  [[ -z "$(find deploy/bench/src/main deploy/bench/pom.xml -newer "$bench_jar" -print -quit)" ]] || return 0
  local entry entries
  IFS=: read -r -a entries <"$bench_classpath" || true # one line, no newline at its end
  for entry in "${entries[@]}"; do [[ -e "$entry" ]] || return 0; done
  return 1
}
if [[ "$build" == always ]] || { [[ "$build" == auto ]] && needs_build; }; then
  log "building: ./mvnw -B -q install -DskipTests"
  ./mvnw -B -q install -DskipTests
elif [[ "$build" == never && ! ( -f "$bench_jar" && -f "$bench_classpath" ) ]]; then
  die "--skip-build, but deploy/bench's Java is not built: run ./mvnw -B -q install -DskipTests"
fi
bench_cp="$bench_jar:$(cat "$bench_classpath")"

# ---------------------------------------------------------------------------------------------- stack
mkdir -p "$data_dir"
rm -rf "$work"
mkdir -p "$work"
stack_pid=""
bg_pids=()

cleanup() {
  local code=$?
  trap - EXIT INT TERM
  for p in "${bg_pids[@]+"${bg_pids[@]}"}"; do kill "$p" 2>/dev/null || true; done
  if [[ -n "$stack_pid" ]] && kill -0 "$stack_pid" 2>/dev/null; then
    log "stopping the stack (pid $stack_pid)"
    kill -TERM "$stack_pid" 2>/dev/null || true
    for _ in $(seq 1 120); do kill -0 "$stack_pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$stack_pid" 2>/dev/null && { log "the stack did not stop in 120 s; killing pid $stack_pid"; kill -KILL "$stack_pid" 2>/dev/null || true; }
    wait "$stack_pid" 2>/dev/null || true
  fi
  exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The services' AOT cache (JDK 25): trained after the build when missing or older than a jar, as deploy/local/run.sh
# does, on a stack of its own (ports +$port_offset+1000), before anything is measured.
log "AOT cache: training if missing or stale"
"$java_cmd" -cp "$bench_cp" -Doxpip.repo.root="$repo_root" org.oxpip.stack.Main --train-aot-if-stale \
  --port-offset=$((port_offset + 1000)) >"$work/aot-training.log" 2>&1 ||
  log "AOT cache training failed (the services start without it): $(tail -3 "$work/aot-training.log")"

log "starting the benchmark stack (data $stack_dir, ports +$port_offset); the reporting sync is on demand only"
OXPIP_SYNC_EVERY=off "$java_cmd" -cp "$bench_cp" \
  -Doxpip.repo.root="$repo_root" org.oxpip.bench.BenchStack "$stack_dir" "$port_offset" "$work/ready" \
  >"$work/stack.log" 2>&1 &
stack_pid=$!
for _ in $(seq 1 600); do
  [[ -f "$work/ready" ]] && break
  kill -0 "$stack_pid" 2>/dev/null || { cat "$work/stack.log" >&2; stack_pid=""; die "the stack did not start"; }
  sleep 1
done
[[ -f "$work/ready" ]] || { tail -30 "$work/stack.log" >&2; die "the stack was not ready in 10 minutes"; }
while read -r kind part value; do
  put "stack.$kind.$part" "$value"
done <"$work/ready"
log "stack ready: $(grep ^ready "$work/ready" | awk '{ printf "%s %.1fs  ", $2, $3 / 1000 }')"

pg_port="$(get stack.port.postgres)"
kc="http://127.0.0.1:$(get stack.port.keycloak)"
ref="http://127.0.0.1:$(get stack.port.referrals-service)"
out="http://127.0.0.1:$(get stack.port.outcomes-service)"
rep="http://127.0.0.1:$(get stack.port.reporting-service)"
export PGHOST=127.0.0.1 PGPORT="$pg_port" PGUSER=postgres PGPASSWORD=postgres
sql() { psql -X -q -v ON_ERROR_STOP=1 -d "$1" "${@:2}"; }
sql_value() { psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }

# ---------------------------------------------------------------------------------------------- tokens
token_endpoint="$kc/realms/oxpip/protocol/openid-connect/token"
client_token() {
  curl -sf --max-time 30 -d grant_type=client_credentials -d "client_id=$1" -d "client_secret=$1-DEMO-ONLY-secret" \
    "$token_endpoint" | jq -r .access_token
}
user_token() {
  curl -sf --max-time 30 -d grant_type=password -d client_id=oxpip-frontend -d "username=$1" -d "password=$1-demo" \
    "$token_endpoint" | jq -r .access_token
}
# Tokens live 5 minutes (the demo realm): each load gets a fresh one just before it starts.
[[ -n "$(client_token partner-agency-a)" ]] || die "no token from Keycloak for partner-agency-a"

# ---------------------------------------------------------------------------------------------- memory
pid_of() { # a part's pid: the launcher's pid files (services, keycloak) or PostgreSQL's postmaster.pid
  case "$1" in
    postgres) head -1 "$stack_dir/postgres/postmaster.pid" ;;
    *) cut -d' ' -f1 "$stack_dir/pids/$1.pid" ;;
  esac
}
rss_mb() { # RSS of a process and its direct children (Keycloak's kc.sh and its JVM; postmaster and backends)
  local pid; pid="$(pid_of "$1")" || { printf 'n/a'; return; }
  if [[ "$1" == postgres ]]; then
    # PostgreSQL's shared buffers are in every backend's RSS: its proportional share (PSS) adds up truly.
    # shellcheck disable=SC2046
    cat /proc/"$pid"/smaps_rollup $(pgrep -P "$pid" | sed 's|.*|/proc/&/smaps_rollup|') 2>/dev/null \
      | awk '/^Pss:/ { s += $2 } END { if (s) printf "%.0f", s / 1024; else printf "n/a" }'
    return
  fi
  ps -o rss= -p "$pid" --ppid "$pid" 2>/dev/null | awk '{ s += $1 } END { if (NR) printf "%.0f", s / 1024; else printf "n/a" }'
}
anon_mb() { # the anonymous part of that RSS (RssAnon: heap, metaspace, code, stacks), without the file-backed
  # pages (jars, the AOT cache, libraries), which the kernel shares with its page cache and can drop when short
  local pid; pid="$(pid_of "$1")" || { printf 'n/a'; return; }
  # shellcheck disable=SC2046
  cat /proc/"$pid"/status $(pgrep -P "$pid" | sed 's|.*|/proc/&/status|') 2>/dev/null \
    | awk '/^RssAnon:/ { s += $2 } END { if (s) printf "%.0f", s / 1024; else printf "n/a" }'
}
heap_mb() { # the JVM's heap in use and committed, from the service's Prometheus metrics
  curl -sf --max-time 10 "$1/q/metrics" | awk '
    /^jvm_memory_used_bytes\{.*area="heap"/ { u += $NF }
    /^jvm_memory_committed_bytes\{.*area="heap"/ { c += $NF }
    END { printf "%.0f/%.0f", u / 1048576, c / 1048576 }'
}
parts="referrals-service outcomes-service reporting-service keycloak postgres"
record_memory() { # record_memory ready|after
  local p
  for p in $parts; do put "mem.$1.$p" "$(rss_mb "$p")"; put "anon.$1.$p" "$(anon_mb "$p")"; done
  put "heap.$1.referrals-service" "$(heap_mb "$ref")"
  put "heap.$1.outcomes-service" "$(heap_mb "$out")"
  put "heap.$1.reporting-service" "$(heap_mb "$rep")"
}
record_memory ready

# ---------------------------------------------------------------------------------------------- CPU
# On a shared 2-core machine the wall-clock figures move with whatever else runs; the CPU time each part
# spends per request does not. Ticks from /proc (utime + stime), split for each JVM into the threads that
# serve requests, the JIT compilers and the garbage collector.
clk_tck="$(getconf CLK_TCK)"
proc_ticks() { # PID... -> utime + stime of them all, plus cutime + cstime (reaped children) of the first
  local files=() p
  for p in "$@"; do files+=("/proc/$p/stat"); done
  cat "${files[@]}" 2>/dev/null | awk '{ sub(/.*\) /, ""); t += $12 + $13; if (NR == 1) t += $14 + $15 } END { print t + 0 }'
}
jvm_ticks() { # PID -> "total jit gc" (one awk over every thread's stat: the thread name is in parentheses)
  cat "/proc/$1/stat" /proc/"$1"/task/*/stat 2>/dev/null | awk '
    { i = index($0, "("); k = length($0); while (substr($0, k, 1) != ")") k--
      name = substr($0, i + 1, k - i - 1); split(substr($0, k + 2), f, " "); t = f[12] + f[13]
      if (NR == 1) { total = t; next }
      if (name ~ /^C[12] CompilerThre/) j += t; else if (name ~ /^(GC Thread|G1 |VM Thread)/) g += t }
    END { printf "%d %d %d\n", total, j, g }'
}
cpu_snapshot() { # -> lines "key ticks"
  local m total jit gc kc_pid pg_pid
  for m in referrals-service outcomes-service reporting-service; do
    read -r total jit gc < <(jvm_ticks "$(pid_of "$m")")
    echo "$m.work $((total - jit - gc))"; echo "$m.jit $jit"; echo "$m.gc $gc"
  done
  kc_pid="$(pid_of keycloak)"
  # shellcheck disable=SC2046
  echo "keycloak $(proc_ticks "$kc_pid" $(pgrep -P "$kc_pid"))"
  pg_pid="$(pid_of postgres)"
  # shellcheck disable=SC2046
  echo "postgres $(proc_ticks "$pg_pid" $(pgrep -P "$pg_pid"))"
  awk '/^cpu / { print "machine", $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat
}
cpu_keys="referrals-service.work referrals-service.jit referrals-service.gc outcomes-service.work outcomes-service.jit outcomes-service.gc reporting-service.work reporting-service.jit reporting-service.gc keycloak postgres"
cpu_per_unit() { # cpu_per_unit PREFIX BEFORE AFTER UNITS LOAD_TOOL_TICKS -> R[PREFIX.cpu.KEY] in ms per unit
  local prefix=$1 units=$4 tool=$5 key b a ours=0 jit=0 d
  [[ "$units" =~ ^[0-9]+$ ]] && ((units > 0)) || return 0
  for key in $cpu_keys machine; do
    b="$(awk -v k="$key" '$1 == k { print $2 }' "$2")"; a="$(awk -v k="$key" '$1 == k { print $2 }' "$3")"
    d=$(( ${a:-0} - ${b:-0} ))
    [[ "$key" == machine ]] || ours=$((ours + d))
    [[ "$key" != *.jit ]] || jit=$((jit + d))
    put "$prefix.cpu.$key" "$(calc "$d * 1000 / $clk_tck / $units" 2)"
    [[ "$key" == machine ]] && put "$prefix.cpu.other" "$(calc "($d - $ours - $tool) * 1000 / $clk_tck / $units" 2)"
  done
  put "$prefix.cpu.tool" "$(calc "$tool * 1000 / $clk_tck / $units" 2)"
  put "$prefix.cpu.ours" "$(calc "($ours + $tool) * 1000 / $clk_tck / $units" 2)"
  # What the machine could do if this work had every CPU to itself: CPUs × 1000 ms / CPU ms per unit.
  put "$prefix.cpu.ceiling" "$(calc "$(nproc) * $clk_tck * $units / ($ours + $tool)" 0)"
  # ... and once the JIT compilers have finished (a service that has run for a while): without their CPU.
  put "$prefix.cpu.ceiling_nojit" "$(calc "$(nproc) * $clk_tck * $units / ($ours + $tool - $jit)" 0)"
}
timed_ticks() { # runs a command; its CPU ticks (user + sys) go to the file named by $TICKS_FILE
  local TIMEFORMAT='%U %S' rc=0
  { time "$@" ; } 2>"$TICKS_FILE.time" || rc=$?
  tail -1 "$TICKS_FILE.time" | awk -v hz="$clk_tck" '{ printf "%d\n", ($1 + $2) * hz }' >"$TICKS_FILE"
  return "$rc"
}

# ---------------------------------------------------------------------------------------------- load tools
# wrk: one thread (this machine has two cores and the services need them); BENCH line -> R[prefix.*]
run_wrk() { # run_wrk PREFIX SCRIPT URL CONNECTIONS SECONDS [VAR=VALUE ...]
  local prefix=$1 script=$2 url=$3 conns=$4 secs=$5
  shift 5
  cpu_snapshot >"$work/$prefix.cpu.before"
  TICKS_FILE="$work/$prefix.wrk.ticks" timed_ticks env BENCH_LIB="$bench_dir/wrk" "$@" \
    wrk -t1 -c"$conns" -d"${secs}s" --timeout 10s -s "$bench_dir/wrk/$script" "$url" >"$work/$prefix.wrk.txt" 2>&1 || true
  cpu_snapshot >"$work/$prefix.cpu.after"
  local line; line="$(grep '^BENCH ' "$work/$prefix.wrk.txt" || true)"
  [[ -n "$line" ]] || { log "wrk $prefix gave no result: $(tail -3 "$work/$prefix.wrk.txt")"; return 0; }
  local kv
  for kv in ${line#BENCH }; do put "$prefix.${kv%%=*}" "${kv#*=}"; done
  cpu_per_unit "$prefix" "$work/$prefix.cpu.before" "$work/$prefix.cpu.after" "$(get "$prefix.ok")" \
    "$(cat "$work/$prefix.wrk.ticks" 2>/dev/null || echo 0)"
  log "$prefix: $(get "$prefix.rps")/s ok $(get "$prefix.ok") bad $(get "$prefix.bad") (first $(get "$prefix.first_bad")) p50 $(get "$prefix.p50_ms") ms p99 $(get "$prefix.p99_ms") ms"
}

run_wrk_plain() { # as run_wrk, without the per-part CPU accounting
  local prefix=$1 script=$2 url=$3 conns=$4 secs=$5
  shift 5
  env BENCH_LIB="$bench_dir/wrk" "$@" \
    wrk -t1 -c"$conns" -d"${secs}s" --timeout 10s -s "$bench_dir/wrk/$script" "$url" >"$work/$prefix.wrk.txt" 2>&1 || true
  local line kv; line="$(grep '^BENCH ' "$work/$prefix.wrk.txt" || true)"
  for kv in ${line#BENCH }; do put "$prefix.${kv%%=*}" "${kv#*=}"; done
}

percentiles() { # sorted numbers on stdin -> "p50 p99" (nearest rank)
  awk '{ v[NR] = $1 }
    function rank(p,  i) { i = int(NR * p); if (i < NR * p) i++; if (i < 1) i = 1; return v[i] }
    END { if (NR) printf "%.2f %.2f", rank(0.50), rank(0.99); else printf "n/a n/a" }'
}

# pgbench: tps from its summary, p50/p99 from its per-transaction log
run_pgbench() { # run_pgbench PREFIX DATABASE CLIENTS SECONDS [pgbench options ...]
  local prefix=$1 db=$2 c=$3 secs=$4
  shift 4
  local j=$((c < 2 ? c : 2))
  rm -f "$work/$prefix".log*
  cpu_snapshot >"$work/$prefix.cpu.before"
  TICKS_FILE="$work/$prefix.pgbench.ticks" timed_ticks \
    pgbench -h 127.0.0.1 -p "$pg_port" -U postgres -c "$c" -j "$j" -T "$secs" -l --log-prefix="$work/$prefix.log" "$@" "$db" \
    >"$work/$prefix.pgbench.txt" 2>&1 || { log "pgbench $prefix failed: $(tail -3 "$work/$prefix.pgbench.txt")"; return 0; }
  cpu_snapshot >"$work/$prefix.cpu.after"
  cpu_per_unit "$prefix" "$work/$prefix.cpu.before" "$work/$prefix.cpu.after" \
    "$(awk '/number of transactions actually processed/ { print $NF }' "$work/$prefix.pgbench.txt")" \
    "$(cat "$work/$prefix.pgbench.ticks" 2>/dev/null || echo 0)"
  put "$prefix.rps" "$(awk '/^tps = / { printf "%.2f", $3 }' "$work/$prefix.pgbench.txt")"
  put "$prefix.failed" "$(awk '/number of failed transactions/ { print $5 }' "$work/$prefix.pgbench.txt")"
  local pct; pct="$(cat "$work/$prefix".log* | awk '{ print $3 / 1000 }' | sort -n | percentiles)"
  put "$prefix.p50_ms" "${pct% *}"
  put "$prefix.p99_ms" "${pct#* }"
  rm -f "$work/$prefix".log*
  log "$prefix: $(get "$prefix.rps") tps p50 $(get "$prefix.p50_ms") ms p99 $(get "$prefix.p99_ms") ms"
}

# /q/metrics: a timer's count and sum (seconds) over the lines matching a pattern
metric() { # metric FILE NAME PATTERN -> "count sum"
  awk -v name="$2" -v pat="$3" '
    index($0, name "_count{") == 1 && $0 ~ pat { c += $NF }
    index($0, name "_sum{") == 1 && $0 ~ pat { s += $NF }
    END { printf "%d %.6f", c, s }' "$1"
}
mean_ms_between() { # mean_ms_between BEFORE AFTER NAME PATTERN -> mean ms per call and calls, between two scrapes
  local b a
  b="$(metric "$1" "$3" "$4")"; a="$(metric "$2" "$3" "$4")"
  awk -v b="$b" -v a="$a" 'BEGIN { split(b, x, " "); split(a, y, " "); n = y[1] - x[1];
    if (n > 0) printf "%.2f %d\n", (y[2] - x[2]) * 1000 / n, n; else printf "n/a 0\n" }'
}

# ============================================================================================== 1. intake
log "1. intake beside pgbench (TPC-B-like, scale $pgbench_scale) and beside the intake's own SQL alone"
sql postgres -c "DROP DATABASE IF EXISTS bench_pgbench" -c "CREATE DATABASE bench_pgbench"
pgbench -h 127.0.0.1 -p "$pg_port" -U postgres -i -q -s "$pgbench_scale" bench_pgbench >"$work/pgbench-init.txt" 2>&1 \
  || die "pgbench -i failed: $(tail -3 "$work/pgbench-init.txt")"
sql referrals -f "$bench_dir/sql/intake-sql-setup.sql" >/dev/null
today="$(TZ=Europe/London date +%F)"
baby_dob="$(TZ=Europe/London date -d "$today - 90 days" +%F)"
log "warming up referrals-service (intake at 8 connections for ${warmup}s, not counted)"
run_wrk warmup.intake intake.lua "$ref" 8 "$warmup" BENCH_EXPECT=201 \
  BENCH_TOKEN="$(client_token partner-agency-a)" BENCH_BABY_DOB="$baby_dob" BENCH_CONSENT_DATE="$today"
# The FHIR intake (issue 21) is the same intake behind a FHIR Bundle: its parsing path warms up too.
log "warming up the FHIR intake (8 connections for $((warmup / 3))s, not counted)"
run_wrk warmup.intake_fhir intake-fhir.lua "$ref" 8 "$((warmup / 3))" BENCH_EXPECT=201 \
  BENCH_TOKEN="$(client_token partner-agency-a)" BENCH_BABY_DOB="$baby_dob" BENCH_CONSENT_DATE="$today"
for c in $clients; do
  run_pgbench "pgbench.c$c" bench_pgbench "$c" "$duration"
  run_pgbench "intake_sql.c$c" referrals "$c" "$duration" -n -f "$bench_dir/sql/intake-sql.pgbench"
  run_pgbench "intake_sql_counter.c$c" referrals "$c" "$short" -n -f "$bench_dir/sql/intake-sql-counter.pgbench"
  run_wrk "intake.c$c" intake.lua "$ref" "$c" "$duration" BENCH_EXPECT=201 \
    BENCH_TOKEN="$(client_token partner-agency-a)" BENCH_BABY_DOB="$baby_dob" BENCH_CONSENT_DATE="$today"
  run_wrk "intake_fhir.c$c" intake-fhir.lua "$ref" "$c" "$duration" BENCH_EXPECT=201 \
    BENCH_TOKEN="$(client_token partner-agency-a)" BENCH_BABY_DOB="$baby_dob" BENCH_CONSENT_DATE="$today"
done
put intake.created "$(sql_value referrals "SELECT count(*) FROM referral")"

# ============================================================================================== 2. measures
log "2. measures: $accepted referrals made and ACCEPTED through the API"
make_accepted() { # make_accepted INDEX PARTNER_TOKEN CLINICIAN_TOKEN -> the referral id, if it ends ACCEPTED
  local i=$1 headers body id etag
  headers="$(mktemp)"
  body="$(curl -s --max-time 30 -D "$headers" -H "Authorization: Bearer $2" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: bench-prep-$i" "$ref/api/v1/referrals" -d @- <<JSON
{"referrer":{"name":"Bench Visitor","role":"MIDWIFE","organisation":"Bench Midwives","email":"bench@example.org"},
 "parents":[{"givenName":"Prep","familyName":"Family","dateOfBirth":"1990-01-01","postcode":"OX11 7HJ"}],
 "baby":{"dateOfBirth":"$baby_dob"},"concerns":["ANXIETY"],
 "consent":{"given":true,"date":"$today"}}
JSON
)"
  id="$(jq -r '.id // empty' <<<"$body")"
  etag="$(awk 'tolower($1) == "etag:" { sub(/\r$/, "", $2); print $2 }' "$headers")"
  rm -f "$headers"
  [[ -n "$id" && -n "$etag" ]] || return 0
  if [[ "$(curl -s --max-time 30 -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $3" -H 'Content-Type: application/json' \
        -H "If-Match: $etag" "$ref/api/v1/referrals/$id/transitions" -d '{"to":"ACCEPTED"}')" == 200 ]]; then
    echo "$id"
  fi
}
partner_token="$(client_token partner-agency-a)"
clinician_token="$(user_token clinician)"
: >"$work/accepted.ids"
batch=()
for i in $(seq 1 "$accepted"); do
  make_accepted "$i" "$partner_token" "$clinician_token" >>"$work/accepted.ids" &
  batch+=($!)
  if ((${#batch[@]} == 8 || i == accepted)); then wait "${batch[@]}" || true; batch=(); fi
done
put measures.accepted "$(wc -l <"$work/accepted.ids")"
(($(wc -l <"$work/accepted.ids") > 0)) || die "no referral could be made and ACCEPTED; see $stack_dir/logs"
sed 's|^|/api/v1/referrals/|; s|$|/status|' "$work/accepted.ids" >"$work/status.paths"

# Issue 20: outcomes-service answers a measure's check from its copy of referral states once the copy has read
# referrals-service's feed past the moment of the check. The measures below must take that path, so wait until
# the copy holds every referral just accepted, as ACCEPTED (its scheduled read, every 5 s, brings them), and count
# below what answered each load's checks (the copy, or the call to /status it falls back to).
accepted_sql="$(sed "s/.*/'&'/" "$work/accepted.ids" | paste -sd,)"
in_copy=0
for _ in $(seq 1 60); do
  in_copy="$(sql_value outcomes "SELECT count(*) FROM referral_state WHERE status = 'ACCEPTED' AND referral_id IN ($accepted_sql)")"
  ((in_copy >= $(get measures.accepted))) && break
  sleep 1
done
put measures.in_copy "$in_copy"
((in_copy >= $(get measures.accepted))) \
  || die "outcomes-service's copy of referral states holds $in_copy of $(get measures.accepted) accepted referrals after 60 s"
checks_between() { # checks_between BEFORE AFTER ANSWERED_BY -> checks answered so between two scrapes
  awk -v by="answered_by=\"$3\"" 'FNR == 1 { f++ } index($0, "oxpip_referral_checks_total{") == 1 && index($0, by) {
      if (f == 1) b += $NF; else a += $NF }
    END { printf "%d\n", a - b }' "$1" "$2"
}

sql outcomes -f "$bench_dir/sql/assessment-sql-setup.sql" >/dev/null
log "warming up outcomes-service (measures at 8 connections for ${warmup}s, not counted)"
run_wrk warmup.assess assessments.lua "$out" 8 "$warmup" BENCH_EXPECT=201 \
  BENCH_TOKEN="$(user_token clinician)" BENCH_IDS_FILE="$work/accepted.ids" BENCH_TODAY="$today"
for c in $clients; do
  run_pgbench "assessment_sql.c$c" outcomes "$c" "$duration" -n -f "$bench_dir/sql/assessment-sql.pgbench"
  run_pgbench "assessment_sql_counter.c$c" outcomes "$c" "$short" -n -f "$bench_dir/sql/assessment-sql-counter.pgbench"
  curl -sf "$out/q/metrics" >"$work/outcomes.metrics.c$c.before" || true
  curl -sf "$ref/q/metrics" >"$work/referrals.metrics.c$c.before" || true
  run_wrk "assess.c$c" assessments.lua "$out" "$c" "$duration" BENCH_EXPECT=201 \
    BENCH_TOKEN="$(user_token clinician)" BENCH_IDS_FILE="$work/accepted.ids" BENCH_TODAY="$today"
  curl -sf "$out/q/metrics" >"$work/outcomes.metrics.c$c.after" || true
  curl -sf "$ref/q/metrics" >"$work/referrals.metrics.c$c.after" || true
  # Inside the services during this load: the whole POST, the call to referrals-service as outcomes-service's
  # REST client saw it, and the same call as referrals-service served it (Micrometer timers, means).
  read -r v n < <(mean_ms_between "$work/outcomes.metrics.c$c.before" "$work/outcomes.metrics.c$c.after" \
    http_server_requests_seconds 'method="POST".*uri="/api/v1/assessments"|uri="/api/v1/assessments".*method="POST"')
  put "where.c$c.server_post_ms" "$v"; put "where.c$c.server_post_n" "$n"
  read -r v n < <(mean_ms_between "$work/outcomes.metrics.c$c.before" "$work/outcomes.metrics.c$c.after" \
    http_client_requests_seconds 'uri="[^"]*/status"')
  put "where.c$c.client_status_ms" "$v"; put "where.c$c.client_status_n" "$n"
  read -r v n < <(mean_ms_between "$work/outcomes.metrics.c$c.before" "$work/outcomes.metrics.c$c.after" \
    http_client_requests_seconds 'uri="[^"]*/feed/referrals"')
  put "where.c$c.client_feed_ms" "$v"; put "where.c$c.client_feed_n" "$n"
  put "where.c$c.checks_copy" "$(checks_between "$work/outcomes.metrics.c$c.before" "$work/outcomes.metrics.c$c.after" copy)"
  put "where.c$c.checks_status" \
    "$(checks_between "$work/outcomes.metrics.c$c.before" "$work/outcomes.metrics.c$c.after" status)"
  read -r v n < <(mean_ms_between "$work/referrals.metrics.c$c.before" "$work/referrals.metrics.c$c.after" \
    http_server_requests_seconds 'uri="[^"]*/status"')
  put "where.c$c.referrals_status_ms" "$v"
done

log "2b. where the time goes: the hop alone, a token check alone, a bare HTTP answer, a token fetch"
run_wrk hop.c8 get.lua "$ref" 8 "$short" BENCH_EXPECT=200 \
  BENCH_TOKEN="$(client_token outcomes-service)" BENCH_PATHS_FILE="$work/status.paths"
echo /api/v1/instruments/PHQ9 >"$work/instrument.paths"
run_wrk authget.c8 get.lua "$out" 8 "$short" BENCH_EXPECT=200 \
  BENCH_TOKEN="$(user_token clinician)" BENCH_PATHS_FILE="$work/instrument.paths"
echo /q/health/live >"$work/health.paths"
run_wrk bareget.c8 get.lua "$out" 8 "$short" BENCH_EXPECT=200 BENCH_TOKEN= BENCH_PATHS_FILE="$work/health.paths"
run_wrk token.c8 form.lua "$kc" 8 "$short" BENCH_EXPECT=200 BENCH_PATH=/realms/oxpip/protocol/openid-connect/token \
  BENCH_FORM="grant_type=client_credentials&client_id=outcomes-service&client_secret=outcomes-service-DEMO-ONLY-secret"

# ============================================================================================== 6. mixed load
# Issue 6, item 8: a steady mix of intake, reads, measures and reports held for a minute, open loop (MixedLoad).
# Here, before the sync benchmark, so that the reports read a read model of realistic size: what the loads above
# made (tens of thousands of referrals, more than this charity sees in decades), not the 100,000 synthetic
# families of 3 and 4. Afterwards the read model is emptied again, so that 3 still starts from empty.
log "6. mixed load: ${mixed_rate} requests/s for ${mixed_seconds}s (after ${mixed_warmup}s at the same rate, not counted)"
admin_token="$(user_token admin)"
curl -s --max-time 300 -o "$work/mixed.sync.json" -X POST -H "Authorization: Bearer $admin_token" "$rep/api/v1/sync" || true
put mixed.families "$(sql_value reporting "SELECT count(*) FROM referral_fact")"
put mixed.assessments "$(sql_value reporting "SELECT count(*) FROM assessment_fact")"
cpu_snapshot >"$work/mixed.cpu.before"
TICKS_FILE="$work/mixed.tool.ticks" timed_ticks env BENCH_PARTNER_TOKEN="$(client_token partner-agency-a)" \
  BENCH_CLINICIAN_TOKEN="$(user_token clinician)" BENCH_MANAGER_TOKEN="$(user_token manager)" \
  "$java_cmd" -cp "$bench_cp" org.oxpip.bench.MixedLoad --referrals="$ref" --outcomes="$out" --reporting="$rep" \
  --ids="$work/accepted.ids" --today="$today" --rate="$mixed_rate" --seconds="$mixed_seconds" \
  --warmup="$mixed_warmup" --out="$work/mixed.table.md" >"$work/mixed.txt" 2>&1 || true
cpu_snapshot >"$work/mixed.cpu.after"
line="$(grep '^BENCH ' "$work/mixed.txt" || true)"
if [[ -n "$line" ]]; then
  for kv in ${line#BENCH }; do put "mixed.${kv%%=*}" "${kv#*=}"; done
  # Per request sent, warm-up included, since the CPU was read around the whole run.
  cpu_per_unit mixed "$work/mixed.cpu.before" "$work/mixed.cpu.after" "$(get mixed.sent)" \
    "$(cat "$work/mixed.tool.ticks" 2>/dev/null || echo 0)"
  put mixed.failures "$(grep '^failed: ' "$work/mixed.txt" | sed 's/^failed: //' | paste -sd ';' - | sed 's/;/; /g')"
  log "mixed: $(get mixed.requests) requests at $(get mixed.rate)/s, errors $(get mixed.errors), p50 $(get mixed.p50_ms) ms p99 $(get mixed.p99_ms) ms max $(get mixed.max_ms) ms"
else
  log "the mixed load gave no result: $(tail -5 "$work/mixed.txt")"
fi
sql reporting -c "TRUNCATE referral_fact, assessment_fact, session_fact, parent_fact" \
  -c "UPDATE feed_cursor SET cursor = NULL, last_success_at = NULL, last_attempt_at = NULL, last_error = NULL, version = version + 1" \
  >/dev/null

# ============================================================================================== 3. sync
log "3. sync: $families referrals and $((5 * families)) assessments put straight into the feed tables (bypassing the API)"
t0="$(now_s)"
sql referrals -v n="$families" -f "$bench_dir/sql/generate-referral-feed.sql" >/dev/null
sql outcomes -v n="$families" -f "$bench_dir/sql/generate-assessment-feed.sql" >/dev/null
put sync.generate_s "$(calc "$(now_s) - $t0" 1)"
put sync.feed_referrals "$(sql_value referrals "SELECT count(*) FROM referral_change")"
put sync.feed_assessments "$(sql_value outcomes "SELECT count(*) FROM assessment_change")"
put sync.distinct_referrals "$(sql_value referrals "SELECT count(DISTINCT referral_id) FROM referral_change")"
put sync.distinct_assessments "$(sql_value outcomes "SELECT count(DISTINCT assessment_id) FROM assessment_change")"
put sync.feed_rows "$(( $(get sync.feed_referrals) + $(get sync.feed_assessments) ))"
put sync.facts_before "$(sql_value reporting "SELECT (SELECT count(*) FROM referral_fact) + (SELECT count(*) FROM assessment_fact)")"

log "3a. baseline: the same rows (latest snapshot of each) moved with COPY into copies of the read-model tables"
sql reporting -c "DROP SCHEMA IF EXISTS bench CASCADE" -c "CREATE SCHEMA bench" \
  -c "CREATE TABLE bench.referral_fact (LIKE public.referral_fact INCLUDING ALL)" \
  -c "CREATE TABLE bench.assessment_fact (LIKE public.assessment_fact INCLUDING ALL)" >/dev/null
t0="$(now_s)"
sql referrals -c "\\copy (SELECT DISTINCT ON (referral_id) referral_id, position, facts->>'receivedOn', facts->>'sourceType',
    facts->>'agencyId', facts->>'area', facts->>'eligible', facts->>'pregnant', facts->>'babyAgeMonths',
    facts->>'fundingStream', facts->>'status', facts->>'acceptedOn', facts->>'declinedOn', facts->>'redirectedOn',
    facts->>'waitingOn', facts->>'firstSessionOn', facts->>'closedOn', facts->>'closureReason', facts->>'erased',
    facts->>'changedAt', now() FROM referral_change ORDER BY referral_id, position DESC) TO STDOUT" \
  | sql reporting -c "\\copy bench.referral_fact FROM STDIN"
t1="$(now_s)"
sql outcomes -c "\\copy (SELECT DISTINCT ON (assessment_id) assessment_id, position, referral_id, instrument, timepoint,
    respondent, completed_on, total, band, deleted, changed_at, now(), recorded_at FROM assessment_change
    ORDER BY assessment_id, position DESC) TO STDOUT" \
  | sql reporting -c "\\copy bench.assessment_fact FROM STDIN"
t2="$(now_s)"
put copy.referrals_s "$(calc "$t1 - $t0" 2)"
put copy.assessments_s "$(calc "$t2 - $t1" 2)"
put copy.s "$(calc "$t2 - $t0" 2)"
put copy.rows "$(sql_value reporting "SELECT (SELECT count(*) FROM bench.referral_fact) + (SELECT count(*) FROM bench.assessment_fact)")"
put copy.rows_per_s "$(calc "$(get copy.rows) / $(get copy.s)" 0)"
sql reporting -c "DROP SCHEMA bench CASCADE" >/dev/null
log "COPY: $(get copy.rows) rows in $(get copy.s) s ($(get copy.rows_per_s) rows/s)"

log "3b. POST /api/v1/sync (admin) from an empty read model; waiting at most ${sync_timeout}s"
admin_token="$(user_token admin)"
# Each feed's cursor after its last change: "txid.position" (decision 0007).
target_ref="$(sql_value referrals "SELECT txid || '.' || position FROM referral_change ORDER BY txid DESC, position DESC LIMIT 1")"
target_ass="$(sql_value outcomes "SELECT txid || '.' || position FROM assessment_change ORDER BY txid DESC, position DESC LIMIT 1")"
cpu_snapshot >"$work/sync.cpu.before"
t0="$(now_s)"
# The POST answers when both feeds were read to their end (or one failed: its status says why).
curl -s --max-time "$((sync_timeout + 60))" -o "$work/sync.response.json" -w '%{http_code} %{time_total}' -X POST \
  -H "Authorization: Bearer $admin_token" "$rep/api/v1/sync" >"$work/sync.http" 2>/dev/null &
sync_curl=$!
bg_pids+=("$sync_curl")
: >"$work/sync.progress"
ref_done=""
status='[]'
while kill -0 "$sync_curl" 2>/dev/null; do
  sleep 2
  elapsed="$(calc "$(now_s) - $t0" 1)"
  status="$(curl -sf --max-time 10 -H "Authorization: Bearer $admin_token" "$rep/api/v1/sync/status" || echo '[]')"
  cur_ref="$(jq -r '.[] | select(.feed == "referrals") | .cursor // "0"' <<<"$status")"
  cur_ass="$(jq -r '.[] | select(.feed == "assessments") | .cursor // "0"' <<<"$status")"
  echo "$elapsed referrals=$cur_ref/$target_ref assessments=$cur_ass/$target_ass" >>"$work/sync.progress"
  if [[ -z "$ref_done" && "$cur_ref" == "$target_ref" ]]; then ref_done="$elapsed"; fi
  if awk "BEGIN { exit !($elapsed > $sync_timeout) }"; then break; fi
done
if kill -0 "$sync_curl" 2>/dev/null; then
  # Not caught up in time: the rate so far, from the feed positions stored in the time waited. The sync
  # goes on inside reporting-service (it cannot be cancelled) and loads the machine for what follows.
  sync_s="$(calc "$(now_s) - $t0" 1)"
  caught_up=false
  kill "$sync_curl" 2>/dev/null || true
  ref_read="${cur_ref##*.}" # the position part of "txid.position": the feed's sequence, so roughly its count
  ass_read="${cur_ass##*.}"
  put sync.items_read "$((${ref_read:-0} + ${ass_read:-0}))"
  put sync.rows_per_s "$(calc "$(get sync.items_read) / $sync_s" 0)"
  put sync.http "still running after ${sync_timeout}s"
else
  wait "$sync_curl" || true
  read -r code total <"$work/sync.http" || true
  sync_s="$(calc "${total:-0}" 1)"
  put sync.http "${code:-none}"
  # Only the two feeds the data set fills (the quotes feed and the instruments have cursors of their own).
  if [[ "$(jq -r '[.[] | select(.feed == "referrals" or .feed == "assessments") | .cursor] | join(" ")' \
    "$work/sync.response.json" 2>/dev/null)" == "$target_ref $target_ass" ]]; then
    caught_up=true
    put sync.rows_per_s "$(calc "$(get sync.feed_rows) / $sync_s" 0)"
  else
    caught_up=false
    status="$(cat "$work/sync.response.json")"
  fi
fi
cpu_snapshot >"$work/sync.cpu.after"
# CPU per 1,000 feed items (reporting-service's "work" is the whole JVM but its JIT and GC, as elsewhere)
if [[ "$caught_up" == true ]]; then sync_items="$(get sync.feed_rows)"; else sync_items="$(get sync.items_read)"; fi
[[ "$sync_items" =~ ^[0-9]+$ ]] || sync_items=0 # a sync that failed before reading anything: n/a, not a crash
cpu_per_unit sync "$work/sync.cpu.before" "$work/sync.cpu.after" "$(( (sync_items) / 1000 ))" 0
put sync.errors "$(jq -r '[.[] | select(.lastError != null) | .feed + ": " + .lastError] | join("; ")' <<<"$status" 2>/dev/null || true)"
put sync.caught_up "$caught_up"
put sync.s "$sync_s"
put sync.referrals_s "${ref_done:-n/a}"
put sync.facts "$(sql_value reporting "SELECT (SELECT count(*) FROM referral_fact) + (SELECT count(*) FROM assessment_fact)")"
log "sync: caught up $caught_up in ${sync_s}s, $(get sync.rows_per_s) feed items/s (HTTP $(get sync.http))"

# ============================================================================================== 4. reports
log "4. reports: GET /api/v1/reports/summary beside the same SQL run straight in psql"
period_from=2023-01-01
period_to=2024-12-31
summary_url="$rep/api/v1/reports/summary?from=$period_from&to=$period_to"
# The service's own report SQL (reporting-service/src/main/resources/reports) with its parameters written in,
# in one REPEATABLE READ read-only transaction with the same work_mem, as ReportStore runs it.
fill() { # fill FILE VALUE... : replaces each ? in turn (the values hold no / & or ?)
  local text v
  text="$(cat "$1")"
  for v in "${@:2}"; do text="$(sed "0,/?/s//$v/" <<<"$text")"; done
  printf '%s\n' "$text"
}
reports_sql="$repo_root/reporting-service/src/main/resources/reports"
{
  echo "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY;"
  echo "SET LOCAL work_mem = '64MB';"
  echo "SELECT CASE WHEN bool_and(last_success_at IS NOT NULL) THEN min(last_success_at) END FROM feed_cursor;"
  fill "$reports_sql/referrals.sql" "'$period_from'" "'$period_to'" NULL NULL; echo ";"
  fill "$reports_sql/breakdowns.sql" "'$period_from'" "'$period_to'" NULL NULL; echo ";"
  fill "$reports_sql/outcomes.sql" NULL NULL "'{$period_from}'" "'{$period_to}'"; echo ";"
  fill "$reports_sql/delivered.sql" NULL NULL "'{$period_from}'" "'{$period_to}'"; echo ";"
  fill "$reports_sql/reach.sql" "'$period_from'" "'$period_to'" NULL NULL; echo ";"
  fill "$reports_sql/feedback.sql" "'$period_from'" "'$period_to'" NULL NULL; echo ";"
  echo "COMMIT;"
} >"$work/report-bare.sql"
manager_token="$(user_token manager)"
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) { printf "n/a"; exit } m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f", m }'; }
maxof() { sort -n | tail -1 | awk '{ printf "%.1f", $1 }'; }
# The sync has just written 600,000 rows: autovacuum would VACUUM and ANALYZE them within the next minute or
# two, in the middle of the timings. Done here first, as after any bulk load, so neither side races it.
sql reporting -c "VACUUM ANALYZE referral_fact" -c "VACUUM ANALYZE assessment_fact" >/dev/null
# In turns, so that whatever else the machine does weighs on both alike; the first turn is a warm-up.
# HTTP: curl's total time, each on a new connection, token check and JSON included.
# SQL: the whole transaction timed by the server's clock (psql's start and connection left out), rows fetched.
{
  echo '\o /dev/null'
  echo 'SELECT extract(epoch FROM clock_timestamp()) AS t0 \gset'
  cat "$work/report-bare.sql"
  echo '\o'
  echo 'SELECT round(CAST((extract(epoch FROM clock_timestamp()) - :t0) * 1000 AS numeric), 1);'
} >"$work/report-bare-timed.sql"
: >"$work/report.http.ms"; : >"$work/report.sql.ms"; : >"$work/impact.html.ms"; : >"$work/impact.pdf.ms"
# The impact report (issue 15) is built from the summary and the trend by year over the same period: timed in
# the same turns, as HTML and as PDF, so that its ratio to the summary is measured under the same load.
impact_url="$rep/api/v1/reports/impact?from=$period_from&to=$period_to&interval=year"
timed() { # timed URL ACCEPT OUT: curl's total time in ms when the answer is 200, else nothing
  curl -s --max-time 60 -o "$3" -w '%{http_code} %{time_total}\n' -H "Accept: $2" \
    -H "Authorization: Bearer $manager_token" "$1" | awk '$1 == 200 { printf "%.1f\n", $2 * 1000 }'
}
for i in $(seq 0 "$report_runs"); do
  http_ms="$(timed "$summary_url" application/json "$work/report.json")"
  sql_ms="$(sql reporting -A -t -f "$work/report-bare-timed.sql" || true)"
  html_ms="$(timed "$impact_url" text/html "$work/impact.html")"
  pdf_ms="$(timed "$impact_url" application/pdf "$work/impact.pdf")"
  if ((i > 0)); then
    [[ -z "$http_ms" ]] || echo "$http_ms" >>"$work/report.http.ms"
    [[ -z "$sql_ms" ]] || echo "$sql_ms" >>"$work/report.sql.ms"
    [[ -z "$html_ms" ]] || echo "$html_ms" >>"$work/impact.html.ms"
    [[ -z "$pdf_ms" ]] || echo "$pdf_ms" >>"$work/impact.pdf.ms"
  fi
done
# Which of the report's statements takes the time: each one timed alone (second of two passes), and the
# plan of the slowest, with its timings, kept in the raw outputs.
{
  for _ in 1 2; do
    echo '\o /dev/null'
    echo "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY;"
    echo "SET LOCAL work_mem = '64MB';"
    for q in referrals breakdowns outcomes delivered reach feedback; do
      echo 'SELECT extract(epoch FROM clock_timestamp()) AS t0 \gset'
      case "$q" in
        outcomes | delivered) fill "$reports_sql/$q.sql" NULL NULL "'{$period_from}'" "'{$period_to}'" ;;
        *) fill "$reports_sql/$q.sql" "'$period_from'" "'$period_to'" NULL NULL ;;
      esac
      echo ";"
      echo '\o'
      echo "SELECT '$q', round(CAST((extract(epoch FROM clock_timestamp()) - :t0) * 1000 AS numeric), 1);"
      echo '\o /dev/null'
    done
    echo "COMMIT;"
  done
} >"$work/report-parts.sql"
sql reporting -A -t -F ' ' -f "$work/report-parts.sql" | tail -n 6 >"$work/report.parts.ms" || true
while read -r q v; do put "report.part.$q" "$v"; done <"$work/report.parts.ms"
{
  echo "SET work_mem = '64MB';"
  echo "EXPLAIN (ANALYZE, BUFFERS)"
  fill "$reports_sql/outcomes.sql" NULL NULL "'{$period_from}'" "'{$period_to}'"; echo ";"
} | sql reporting >"$work/report-outcomes.explain.txt" 2>&1 || true
put report.http_ms "$(median <"$work/report.http.ms")"
put report.http_max_ms "$(maxof <"$work/report.http.ms")"
put report.http_ok "$(grep -c . "$work/report.http.ms" || true)"
put report.sql_ms "$(grep . "$work/report.sql.ms" | median)"
put report.sql_max_ms "$(grep . "$work/report.sql.ms" | maxof)"
put report.received "$(jq -r '.referrals.received.value // .referrals.received // "n/a"' "$work/report.json" 2>/dev/null || echo n/a)"
put report.pirgas "$(jq -c '.outcomes.pirgasFamiliesImproved | {numerator, denominator, percent}' "$work/report.json" 2>/dev/null || echo n/a)"
put report.mh "$(jq -c '.outcomes.parentsMentalHealthImproved | {numerator, denominator, percent}' "$work/report.json" 2>/dev/null || echo n/a)"
put report.families "$(sql_value reporting "SELECT count(*) FROM referral_fact")"
put impact.html_ms "$(median <"$work/impact.html.ms")"
put impact.html_max_ms "$(maxof <"$work/impact.html.ms")"
put impact.html_ok "$(grep -c . "$work/impact.html.ms" || true)"
put impact.pdf_ms "$(median <"$work/impact.pdf.ms")"
put impact.pdf_max_ms "$(maxof <"$work/impact.pdf.ms")"
put impact.pdf_ok "$(grep -c . "$work/impact.pdf.ms" || true)"
put impact.html_kb "$(( $(stat -c %s "$work/impact.html" 2>/dev/null || echo 0) / 1024 ))"
put impact.pdf_kb "$(( $(stat -c %s "$work/impact.pdf" 2>/dev/null || echo 0) / 1024 ))"
log "report: HTTP median $(get report.http_ms) ms, bare SQL median $(get report.sql_ms) ms"
log "impact report: HTML median $(get impact.html_ms) ms, PDF median $(get impact.pdf_ms) ms"

# ============================================================================================== 5. memory, start-up
record_memory after
for m in referrals-service outcomes-service reporting-service; do
  put "start.quarkus.$m" "$(grep -o 'started in [0-9.]*s' "$stack_dir/logs/$m.log" | head -1 | grep -o '[0-9.]*' | head -1 || true)"
done
put start.keycloak_log "$(grep -o 'started in [0-9.]*s' "$stack_dir/logs/keycloak.log" | tail -1 | grep -o '[0-9.]*' | head -1 || true)"

log "5. each service started again on its own (a second instance on another port, the stack idle), polled every 50 ms"
solo_port=$((port_offset + 8091))
jvm_floor_t0="$(now_s)"
"$java_cmd" -version >/dev/null 2>&1
put start.jvm_floor_s "$(calc "$(now_s) - $jvm_floor_t0" 2)"
solo_pid=""
solo_start() { # solo_start KEY MODULE [JVM OPTION ...]: starts it, waits for ready; R[start.solo*.KEY], R[mem.solo.KEY]
  local key=$1 m=$2 db t0 ready_s=n/a
  shift 2
  db="${m%-service}"
  local args=(-Dquarkus.http.port="$solo_port" -Dquarkus.datasource.jdbc.url="jdbc:postgresql://localhost:$pg_port/$db"
        -Dquarkus.datasource.username=postgres -Dquarkus.oidc.auth-server-url="$(get stack.issuer.-)"
        -Dquarkus.rest-client.referrals.url="$ref" -Dquarkus.rest-client.outcomes.url="$out")
  mkdir -p "$work/solo/$key"
  # As the launcher does: the client secret only for the services that call others (in referrals-service,
  # which has no OIDC client, Quarkus would read the variable as an OIDC tenant named "client").
  local secret_env=()
  [[ "$m" == referrals-service ]] || secret_env=(QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET="${m}-DEMO-ONLY-secret")
  t0="$(now_s)"
  (cd "$work/solo/$key" && exec env QUARKUS_DATASOURCE_PASSWORD=postgres OXPIP_SYNC_EVERY=off "${secret_env[@]}" \
     "${SOLO_JAVA:-$java_cmd}" "$@" "${args[@]}" -jar "$repo_root/$m/target/${SOLO_APP:-quarkus-app}/quarkus-run.jar" \
     >"$work/solo/$key.log" 2>&1) &
  solo_pid=$!
  bg_pids+=("$solo_pid")
  for _ in $(seq 1 1200); do
    if curl -sf -o /dev/null --max-time 1 "http://127.0.0.1:$solo_port/q/health/ready"; then
      ready_s="$(calc "$(now_s) - $t0" 2)"
      put "start.solo_cpu.$key" "$(calc "$(proc_ticks "$solo_pid") / $clk_tck" 1)"
      break
    fi
    kill -0 "$solo_pid" 2>/dev/null || break
    sleep 0.05
  done
  put "start.solo.$key" "$ready_s"
  put "start.solo_quarkus.$key" "$(grep -o 'started in [0-9.]*s' "$work/solo/$key.log" | head -1 | grep -o '[0-9.]*' | head -1 || true)"
  put "mem.solo.$key" "$(ps -o rss= -p "$solo_pid" | awk '{ printf "%.0f", $1 / 1024 }')"
  log "$key alone: ready in $ready_s s using $(get "start.solo_cpu.$key") s of CPU (Quarkus: started in $(get "start.solo_quarkus.$key") s), $(get "mem.solo.$key") MB"
}
solo_stop() {
  [[ -n "$solo_pid" ]] || return 0
  kill -TERM "$solo_pid" 2>/dev/null || true
  wait "$solo_pid" 2>/dev/null || true
  solo_pid=""
}
solo_load() { # solo_load KEY: the intake load on the solo referrals-service, then its CPU, RSS and heap
  local total jit gc t0 j0 g0
  jvm_ticks "$solo_pid" >"$work/solo_load.$1.ticks0"
  run_wrk_plain "solo_load.$1" intake.lua "http://127.0.0.1:$solo_port" 8 "$duration" BENCH_EXPECT=201 \
    BENCH_TOKEN="$(client_token partner-agency-a)" BENCH_BABY_DOB="$baby_dob" BENCH_CONSENT_DATE="$today"
  read -r total jit gc < <(jvm_ticks "$solo_pid")
  local before; before="$(cat "$work/solo_load.$1.ticks0")"
  read -r t0 j0 g0 <<<"$before"
  local ok; ok="$(get "solo_load.$1.ok")"
  if [[ "$ok" =~ ^[0-9]+$ ]] && ((ok > 0)); then
    put "solo_load.$1.cpu_serving" "$(calc "($total - $t0 - ($jit - $j0) - ($gc - $g0)) * 1000 / $clk_tck / $ok" 2)"
    put "solo_load.$1.cpu_jit" "$(calc "($jit - $j0) * 1000 / $clk_tck / $ok" 2)"
    put "solo_load.$1.cpu_gc" "$(calc "($gc - $g0) * 1000 / $clk_tck / $ok" 2)"
  fi
  put "mem.solo_after.$1" "$(ps -o rss= -p "$solo_pid" | awk '{ printf "%.0f", $1 / 1024 }')"
  put "heap.solo_after.$1" "$(heap_mb "http://127.0.0.1:$solo_port")"
  log "$1 after ${duration}s of intake at 8 connections: RSS $(get "mem.solo_after.$1") MB, heap $(get "heap.solo_after.$1") MB"
}
# Each service as the launcher runs it: with deploy/local/service-jvm.options (a Java argument file, the heap cap),
# on the JDK the launcher chooses (OXPIP_SERVICE_JAVA_HOME, else a JDK 25+ under /usr/lib/jvm) and from the AOT cache
# the training run wrote after the build (JEPs 483, 514, 515; deploy/local/README.md, "Java and the AOT cache").
launcher_jvm=("@$repo_root/deploy/local/service-jvm.options")
aot_jdk="${OXPIP_SERVICE_JAVA_HOME:-}"
if [[ -z "$aot_jdk" ]]; then
  for d in /usr/lib/jvm/*; do
    grep -qE '^JAVA_VERSION="(2[5-9]|[3-9][0-9])' "$d/release" 2>/dev/null && [[ -x "$d/bin/java" ]] && aot_jdk="$d"
  done
fi
aot_cache() { echo "$repo_root/$1/target/quarkus-app/app.aot"; }
if [[ -n "$aot_jdk" ]]; then
  put start.aot_jdk "$("$aot_jdk/bin/java" -version 2>&1 | head -1)"
  put start.aot_cache_mb "$(du -m "$(aot_cache referrals-service)" 2>/dev/null | cut -f1)"
fi
launcher_start() { # launcher_start KEY MODULE: as deploy/local's ServiceProcess starts it
  if [[ -n "$aot_jdk" && "$(aot_cache "$2")" -nt "$repo_root/$2/target/quarkus-app/quarkus-run.jar" &&
    "$(aot_cache "$2")" -nt "$repo_root/deploy/local/service-jvm.options" ]]; then
    SOLO_JAVA="$aot_jdk/bin/java" solo_start "$1" "$2" "${launcher_jvm[@]}" -XX:AOTCache="$(aot_cache "$2")"
  else
    log "$2: no JDK 25 or no fresh AOT cache: started as on Java 17"
    solo_start "$1" "$2" "${launcher_jvm[@]}"
  fi
}
launcher_start referrals-service referrals-service
solo_load referrals-service
solo_stop
for m in outcomes-service reporting-service; do launcher_start "$m" "$m"; solo_stop; done
# Beside it, measured the same way: the start-up before the AOT cache (the build's Java, no cache), JDK 25 without
# its cache; no JVM options at all (the heap free to grow to a quarter of RAM), for what the cap saves under the
# same intake load; and the C1 compiler only. These on the build's Java ($java_cmd).
for m in referrals-service outcomes-service reporting-service; do
  solo_start "${m%-service}-java17" "$m" "${launcher_jvm[@]}"
  solo_stop
done
if [[ -n "$aot_jdk" ]]; then
  SOLO_JAVA="$aot_jdk/bin/java" solo_start referrals-jdk25 referrals-service "${launcher_jvm[@]}"
  solo_stop
fi
solo_start referrals-nocap referrals-service
solo_load referrals-nocap
solo_stop
solo_start referrals-c1 referrals-service "${launcher_jvm[@]}" -XX:TieredStopAtLevel=1
solo_stop

put machine.load_after "$(load_avg)"
put run.total_s "$(calc "$(now_s) - $bench_t0" 0)"

# ---------------------------------------------------------------------------------------------- RESULTS.md
. "$bench_dir/write-results.sh"
write_results >"$results.tmp"
mv "$results.tmp" "$results"
log "results written to $results (raw outputs in $work)"
