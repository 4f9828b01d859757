# shellcheck shell=bash disable=SC2154
# (Sourced by run.sh, which sets every variable read here.)
# Sourced by run.sh: writes RESULTS.md from the figures in R (see run.sh). Everything below the
# ANALYSIS_MARKER line of the previous RESULTS.md (the hand-written reading of the figures) is kept.

ANALYSIS_MARKER='<!-- Hand-written below this line: kept by run.sh when it rewrites the figures above. -->'

verdict() { # verdict CONDITION (awk expression over numbers) -> met / MISSED / n/a
  if [[ "$1" == *n/a* ]]; then printf 'n/a'; elif awk "BEGIN { exit !($1) }"; then printf 'met'; else printf '**MISSED**'; fi
}

cpu_header() {
  cat <<'EOT'
| load | clients | done/s | referrals-service serving | its JIT | its GC | outcomes-service serving | its JIT | its GC | PostgreSQL | Keycloak | load tool | **all ours** | other work on the machine | ceiling: CPUs ÷ ours (/s) | ceiling without JIT (/s) |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
EOT
}
cpu_row() { # cpu_row LABEL PREFIX CLIENTS
  local p=$2
  echo "| $1 | $3 | $(get "$p.rps") | $(get "$p.cpu.referrals-service.work") | $(get "$p.cpu.referrals-service.jit") | $(get "$p.cpu.referrals-service.gc") | $(get "$p.cpu.outcomes-service.work") | $(get "$p.cpu.outcomes-service.jit") | $(get "$p.cpu.outcomes-service.gc") | $(get "$p.cpu.postgres") | $(get "$p.cpu.keycloak") | $(get "$p.cpu.tool") | **$(get "$p.cpu.ours")** | $(get "$p.cpu.other") | $(get "$p.cpu.ceiling") | $(get "$p.cpu.ceiling_nojit") |"
}
cpu_note() {
  cat <<'EOT'
CPU milliseconds per request (or per pgbench transaction), from /proc (user + system time of each process;
for a JVM split by thread: the JIT compiler threads, the GC threads and everything else, which is the serving
work). "Other work on the machine" is the CPU the rest of the machine used meanwhile (other people's builds and
tests), per request of this load: it is what makes the wall-clock figures noisy. "Ceiling" is what this work
could reach if it had every CPU of this machine to itself: CPUs × 1000 ÷ (all ours), a figure that does not
depend on the noise; "without JIT" leaves out the JIT compilers' CPU, i.e. once a long-running service has
compiled its hot code (this run is minutes old, and the compilers are starved by the other work).
EOT
}

write_results() {
  local c
  cat <<EOF
# Benchmark results

Written by \`deploy/bench/run.sh\` (see [README.md](README.md)) on $(get run.date), commit \`$(get run.commit)\`
(uncommitted changes: $(get run.dirty)); $(get run.options); the whole run took $(get run.total_s) s.

| machine | |
| --- | --- |
| CPUs | $(get machine.cpus) × $(get machine.cpu_model) |
| memory | $(get machine.mem_gb) GB |
| load average (1, 5, 15 min) before / after | $(get machine.load_before) / $(get machine.load_after) |
| Java | $(get machine.java) |
| kernel | $(get machine.kernel) |
| PostgreSQL | 17 (embedded, as the local stack runs it: \`fsync=on\`, \`synchronous_commit=off\`), one server for all databases |

Everything ran on this one machine at once: the load generator (wrk, one thread), the three services,
Keycloak and PostgreSQL share its CPUs, and other work on the machine adds noise. So every figure stands
beside a baseline measured in the same run, a few seconds before it, and the ratio is what to compare
between runs and machines.

## 1. Intake: \`POST /api/v1/referrals\` (partner token, a new family and Idempotency-Key on every request)

Baseline: pgbench's built-in TPC-B-like transaction (scale ${pgbench_scale}), same server, same client count, ${duration} s each.
Also beside it: the intake's own SQL alone (\`sql/intake-sql.pgbench\`: the statements \`IntakeService\` runs, in one
transaction, on copies of its tables), which is the database's share of an intake.

| clients | intake req/s | p50 ms | p99 ms | errors | pgbench tps | p50 ms | p99 ms | **intake / pgbench** | intake SQL alone tps | intake / its SQL |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
EOF
  for c in $clients; do
    echo "| $c | $(get intake.c"$c".rps) | $(get intake.c"$c".p50_ms) | $(get intake.c"$c".p99_ms) | $(get intake.c"$c".bad) | $(get pgbench.c"$c".rps) | $(get pgbench.c"$c".p50_ms) | $(get pgbench.c"$c".p99_ms) | **$(ratio intake.c"$c".rps pgbench.c"$c".rps)** | $(get intake_sql.c"$c".rps) | $(ratio intake.c"$c".rps intake_sql.c"$c".rps) |"
  done
  cat <<EOF

The same intake as FHIR R4 (issue 21): \`POST /fhir/r4/ServiceRequest\` with the same invented families as a Bundle
(\`wrk/intake-fhir.lua\`: ServiceRequest, two Patients, Consent, PractitionerRole, Practitioner, Organization), run
right after the JSON intake at each client count; the ratio is what reading and writing FHIR costs on top.

| clients | FHIR intake req/s | p50 ms | p99 ms | errors | **FHIR / JSON intake** | FHIR intake / pgbench |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: |
EOF
  for c in $clients; do
    echo "| $c | $(get intake_fhir.c"$c".rps) | $(get intake_fhir.c"$c".p50_ms) | $(get intake_fhir.c"$c".p99_ms) | $(get intake_fhir.c"$c".bad) | **$(ratio intake_fhir.c"$c".rps intake.c"$c".rps)** | $(ratio intake_fhir.c"$c".rps pgbench.c"$c".rps) |"
  done
  cat <<EOF

Referrals created by the intake loads (JSON and FHIR): $(get intake.created).

The intake's SQL alone once more, with the feed as it was before decision 0007 (a position from a single-row
counter every intake updated last and held locked until it committed: \`sql/intake-sql-counter.pgbench\`), to price
in the same run what ordering the feed by transaction id bought:
$(for c in $clients; do printf '%s clients %s tps (p99 %s ms), ' "$c" "$(get intake_sql_counter.c"$c".rps)" "$(get intake_sql_counter.c"$c".p99_ms)"; done | sed 's/, $/./')

### Where an intake's CPU goes

$(cpu_note)

$(cpu_header)
$(for c in $clients; do cpu_row "intake (API)" "intake.c$c" "$c"; done)
$(for c in $clients; do cpu_row "FHIR intake (API)" "intake_fhir.c$c" "$c"; done)
$(for c in $clients; do cpu_row "intake's SQL alone" "intake_sql.c$c" "$c"; done)
$(for c in $clients; do cpu_row "the same SQL, feed from the former counter (${short} s)" "intake_sql_counter.c$c" "$c"; done)
$(for c in $clients; do cpu_row "pgbench TPC-B-like" "pgbench.c$c" "$c"; done)

| target | measured | |
| --- | --- | --- |
EOF
  # Issue 20's targets, as CPU milliseconds per request beside pgbench's per transaction (the ratio the noise of a
  # shared machine moves least), with the wall-clock ratio beside each.
  echo "| intake's SQL alone ≥ 0.35 × pgbench at 8 clients (CPU; wall clock) | $(ratio pgbench.c8.cpu.ours intake_sql.c8.cpu.ours) ×; $(ratio intake_sql.c8.rps pgbench.c8.rps) × | $(verdict "$(ratio pgbench.c8.cpu.ours intake_sql.c8.cpu.ours) >= 0.35") |"
  echo "| intake (API) ≥ 0.25 × pgbench at 8 clients (CPU; wall clock) | $(ratio pgbench.c8.cpu.ours intake.c8.cpu.ours) ×; $(ratio intake.c8.rps pgbench.c8.rps) × | $(verdict "$(ratio pgbench.c8.cpu.ours intake.c8.cpu.ours) >= 0.25") |"
  echo "| intake (API) ≥ 0.2 × pgbench at 32 clients (CPU; wall clock) | $(ratio pgbench.c32.cpu.ours intake.c32.cpu.ours) ×; $(ratio intake.c32.rps pgbench.c32.rps) × | $(verdict "$(ratio pgbench.c32.cpu.ours intake.c32.cpu.ours) >= 0.2") |"
  echo "| p99 < 100 ms at 8 clients | $(get intake.c8.p99_ms) ms | $(verdict "$(get intake.c8.p99_ms) < 100") |"


  cat <<EOF

## 2. Measures: \`POST /api/v1/assessments\` (clinician token; PHQ-9 and GAD-7 in turn over $(get measures.accepted) ACCEPTED referrals)

Each request's referral check is answered by outcomes-service's copy of referral states once the copy has read
referrals-service's feed past the moment of the check (issue 20; measures in flight share one read of the feed),
or by a call to \`GET /api/v1/referrals/{id}/status\` when the copy cannot answer ("where the time goes" below
counts which). Before measuring, the bench waits until the copy holds all $(get measures.in_copy) referrals as
ACCEPTED. Baseline: the same pgbench TPC-B-like runs as in 1, and the measure's own
SQL alone (\`sql/assessment-sql.pgbench\`).

| clients | measures/s | p50 ms | p99 ms | errors | pgbench tps | **measures / pgbench** | measure SQL alone tps | SQL p50 ms | measures / its SQL |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
EOF
  for c in $clients; do
    echo "| $c | $(get assess.c"$c".rps) | $(get assess.c"$c".p50_ms) | $(get assess.c"$c".p99_ms) | $(get assess.c"$c".bad) | $(get pgbench.c"$c".rps) | **$(ratio assess.c"$c".rps pgbench.c"$c".rps)** | $(get assessment_sql.c"$c".rps) | $(get assessment_sql.c"$c".p50_ms) | $(ratio assess.c"$c".rps assessment_sql.c"$c".rps) |"
  done
  cat <<EOF

| target | measured | |
| --- | --- | --- |
EOF
  for c in $clients; do
    echo "| measures ≥ 0.3 × pgbench at $c clients (CPU; wall clock) | $(ratio pgbench.c"$c".cpu.ours assess.c"$c".cpu.ours) ×; $(ratio assess.c"$c".rps pgbench.c"$c".rps) × | $(verdict "$(ratio pgbench.c"$c".cpu.ours assess.c"$c".cpu.ours) >= 0.3") |"
  done
  cat <<EOF

The measure's SQL alone once more with its feed change placed as before outcomes \`V12\` (a single-row counter every
measure updated last and held locked until it committed: \`sql/assessment-sql-counter.pgbench\`), to price
decision 0007 for the assessment feed in the same run:
$(for c in $clients; do printf '%s clients %s tps (p99 %s ms), ' "$c" "$(get assessment_sql_counter.c"$c".rps)" "$(get assessment_sql_counter.c"$c".p99_ms)"; done | sed 's/, $/./')

### Where a measure's CPU goes

$(cpu_note)

$(cpu_header)
$(for c in $clients; do cpu_row "measure (API)" "assess.c$c" "$c"; done)
$(for c in $clients; do cpu_row "measure's SQL alone" "assessment_sql.c$c" "$c"; done)
$(for c in $clients; do cpu_row "the same SQL, feed from the former counter (${short} s)" "assessment_sql_counter.c$c" "$c"; done)
$(for p in hop authget bareget token; do cpu_row "$p" "$p.c8" 8; done)

### Where a measure's time goes

Inside the services during each measures load above (Micrometer timers from \`/q/metrics\`, scraped before and
after it; means in ms):

| clients | wrk: whole request p50 | \`POST /api/v1/assessments\` inside outcomes-service | checks answered by the copy | by \`/status\` | reads of the feed | their mean ms | measures per read | calls to \`/status\` as outcomes-service's REST client saw them (mean ms) | as referrals-service served them |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
$(for c in $clients; do echo "| $c | $(get assess.c"$c".p50_ms) | $(get where.c"$c".server_post_ms) | $(get where.c"$c".checks_copy) | $(get where.c"$c".checks_status) | $(get where.c"$c".client_feed_n) | $(get where.c"$c".client_feed_ms) | $(calc "$(get where.c"$c".server_post_n) / ($(get where.c"$c".client_feed_n) + 0.000001)" 1) | $(get where.c"$c".client_status_ms) | $(get where.c"$c".referrals_status_ms) |"; done)

Each piece alone, at 8 connections for ${short} s:

| what | p50 | throughput | how measured |
| --- | ---: | ---: | --- |
| the hop alone: \`GET /referrals/{id}/status\` with outcomes-service's token, from wrk | $(get hop.c8.p50_ms) ms p50 | $(get hop.c8.rps)/s | wrk, 8 connections |
| a token check alone: \`GET /api/v1/instruments/PHQ9\` (in memory) with a clinician token | $(get authget.c8.p50_ms) ms p50 | $(get authget.c8.rps)/s | wrk, 8 connections |
| a bare HTTP answer: \`GET /q/health/live\`, no token | $(get bareget.c8.p50_ms) ms p50 | $(get bareget.c8.rps)/s | wrk, 8 connections |
| a token fetch from Keycloak (client credentials), what an uncached token would add | $(get token.c8.p50_ms) ms p50 | $(get token.c8.rps)/s | wrk, 8 connections |
| the measure's own SQL alone | $(get assessment_sql.c8.p50_ms) ms p50 | $(get assessment_sql.c8.rps)/s | pgbench, 8 clients |

## 3. Sync: reporting-service catching up from an empty read model

The data set: $(get sync.distinct_referrals) referrals and $(get sync.distinct_assessments) assessments in the two change feeds
($(get sync.feed_referrals) + $(get sync.feed_assessments) = $(get sync.feed_rows) feed items; all but the few thousand the
loads above made through the API were **put straight into the feed tables with SQL, bypassing the API**
(\`sql/generate-*-feed.sql\`, $(get sync.generate_s) s), because making 600,000 records through the API would take
longer than the whole benchmark). Then \`POST /api/v1/sync\` (admin), timed until both feeds were read to their end.
Baseline: the same rows (the latest snapshot of each entity) moved with \`COPY … TO STDOUT | COPY … FROM STDIN\`
from the upstream databases into copies of the read-model tables (same columns, checks and indexes).

| | rows | seconds | rows/s |
| --- | ---: | ---: | ---: |
| sync (\`POST /api/v1/sync\`, HTTP $(get sync.http), caught up: $(get sync.caught_up)) | $(get sync.feed_rows) feed items → $(get sync.facts) rows | $(get sync.s) (referrals feed done after ~$(get sync.referrals_s)) | $(get sync.rows_per_s) |
| baseline: COPY of the same rows | $(get copy.rows) | $(get copy.s) (referrals $(get copy.referrals_s), assessments $(get copy.assessments_s)) | $(get copy.rows_per_s) |
| **sync time / COPY time** | | **$(ratio sync.s copy.s) ×** | |

CPU per 1,000 feed items during the sync, in ms (as in 1 and 2: JIT and GC apart, "other" is the rest of
the machine); the ceiling is in thousands of feed items per second with every CPU to this work:

| reporting-service serving | its JIT | its GC | referrals-service (feed pages) | outcomes-service (feed pages) | PostgreSQL | Keycloak | **all ours** | other work on the machine | ceiling (thousand items/s) |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| $(get sync.cpu.reporting-service.work) | $(get sync.cpu.reporting-service.jit) | $(get sync.cpu.reporting-service.gc) | $(get sync.cpu.referrals-service.work) | $(get sync.cpu.outcomes-service.work) | $(get sync.cpu.postgres) | $(get sync.cpu.keycloak) | **$(get sync.cpu.ours)** | $(get sync.cpu.other) | $(get sync.cpu.ceiling) |

| target | measured | |
| --- | --- | --- |
| caught up in under 60 s | $(get sync.s) s | $(verdict "$(get sync.s) < 60 && \"$(get sync.caught_up)\" == \"true\"") |
EOF
  if [[ -n "$(get sync.errors | sed 's/^n\/a$//')" ]]; then echo; echo "Sync errors reported: $(get sync.errors)"; fi

  cat <<EOF

## 4. Reports: \`GET /api/v1/reports/summary?from=2023-01-01&to=2024-12-31\` (manager) over $(get report.families) families

Baseline: the service's own report SQL (\`reporting-service/src/main/resources/reports/*.sql\`, its parameters
written in) run straight in psql one after the other, in one REPEATABLE READ read-only transaction with the same
\`work_mem\`, timed by the server's clock around the whole transaction with the rows fetched. \`ReportStore\` runs
the same statements on two connections sharing one snapshot (\`SharedSnapshot\`), so on 2 CPUs the report can
take about half its SQL time: a ratio under 1 is that, not an error. The HTTP
figure is curl's total time on a new connection, token check and JSON included. The two take turns, after a
\`VACUUM ANALYZE\` of the freshly synced tables (which autovacuum would otherwise start in the middle of the timings). $(get report.http_ok) of ${report_runs} HTTP requests answered 200; a warm-up request and a
warm-up SQL run came first.

| | median ms | max ms |
| --- | ---: | ---: |
| report over HTTP | $(get report.http_ms) | $(get report.http_max_ms) |
| the same SQL in psql | $(get report.sql_ms) | $(get report.sql_max_ms) |
| **report / SQL** | **$(ratio report.http_ms report.sql_ms) ×** | |

The summary's six statements (every one \`ReportStore.summary\` runs; outcomes and breakdowns on one connection,
delivered, referrals, reach and feedback on the other) timed one by one: referrals and waiting
$(get report.part.referrals) ms, breakdowns $(get report.part.breakdowns) ms, outcomes $(get report.part.outcomes) ms,
delivered $(get report.part.delivered) ms, reach $(get report.part.reach) ms, feedback $(get report.part.feedback) ms
(the outcomes plan with its timings is in
\`.data/work/report-outcomes.explain.txt\`).

Figures it answered: referrals received $(get report.received); PIRGAS families improved $(get report.pirgas);
parents' mental health improved $(get report.mh).

| target | measured | |
| --- | --- | --- |
| report within 1.5 × its bare SQL | $(ratio report.http_ms report.sql_ms) × | $(verdict "$(ratio report.http_ms report.sql_ms) <= 1.5") |
| report under 1 s | $(get report.http_ms) ms | $(verdict "$(get report.http_ms) < 1000") |


### The impact report: \`GET /api/v1/reports/impact?from=2023-01-01&to=2024-12-31&interval=year\` (manager)

The document a funder is sent (issue 15), built from the summary report above and the trend by year over the
same period, read in one snapshot on two connections (each statement once: the period's outcomes are the years'
added up, and delivered.sql counts the years and both together in one pass), then drawn as HTML or rendered to
PDF (openhtmltopdf). Timed in the same turns
as the summary, each on a new connection: $(get impact.html_ok) of ${report_runs} HTML and $(get impact.pdf_ok)
of ${report_runs} PDF requests answered 200 ($(get impact.html_kb) KB and $(get impact.pdf_kb) KB).

| | median ms | max ms | / summary report |
| --- | ---: | ---: | ---: |
| impact report, HTML | $(get impact.html_ms) | $(get impact.html_max_ms) | $(ratio impact.html_ms report.http_ms) × |
| impact report, PDF | $(get impact.pdf_ms) | $(get impact.pdf_max_ms) | $(ratio impact.pdf_ms report.http_ms) × |

| target | measured | |
| --- | --- | --- |
| impact report under 2 s (HTML; PDF) | $(get impact.html_ms) ms; $(get impact.pdf_ms) ms | $(verdict "$(get impact.html_ms) < 2000") ; $(verdict "$(get impact.pdf_ms) < 2000") |
| within 1.5 × the summary report (HTML; PDF) | $(ratio impact.html_ms report.http_ms) ×; $(ratio impact.pdf_ms report.http_ms) × | $(verdict "$(ratio impact.html_ms report.http_ms) <= 1.5") ; $(verdict "$(ratio impact.pdf_ms report.http_ms) <= 1.5") |

## 5. Start-up and memory

"In the stack": the launcher's time from starting the process to \`/q/health/ready\` answering 200 (polled every
0.5 s), the three services starting side by side on ${R[machine.cpus]:-?} CPUs. "Alone": each service started again
at the end, by itself, as a second instance on another port with the stack idle, polled every 50 ms. Quarkus's
own "started in" is from the service's log. Baseline for start-up: a bare \`java -version\` took
$(get start.jvm_floor_s) s. RSS is VmRSS of the process (Keycloak: with its kc.sh; PostgreSQL: PSS, the proportional
set size, of the postmaster and its backends, since its shared buffers are in every backend's RSS); "of it
anonymous" is RssAnon (heap, metaspace, code, thread stacks; PostgreSQL's shared buffers are shared memory, not in
it), the RSS without the file-backed pages of jars and the AOT cache, which the kernel can drop under pressure; heap is the JVM's heap used / committed (MB) from \`/q/metrics\`.

| part | ready in the stack s | Quarkus "started in" s | ready alone s | alone: CPU s used to ready | alone: "started in" s | RSS when ready MB | RSS after the loads MB | of it anonymous MB | heap after MB | RSS alone MB |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
EOF
  local m
  for m in referrals-service outcomes-service reporting-service; do
    echo "| $m | $(awk -v v="$(get stack.ready.$m)" 'BEGIN { printf "%.1f", v / 1000 }') | $(get start.quarkus.$m) | $(get start.solo.$m) | $(get start.solo_cpu.$m) | $(get start.solo_quarkus.$m) | $(get mem.ready.$m) | $(get mem.after.$m) | $(get anon.after.$m) | $(get heap.after.$m) | $(get mem.solo.$m) |"
  done
  echo "| Keycloak | $(awk -v v="$(get stack.ready.Keycloak)" 'BEGIN { printf "%.1f", v / 1000 }') | $(get start.keycloak_log) | | | | $(get mem.ready.keycloak) | $(get mem.after.keycloak) | $(get anon.after.keycloak) | | |"
  echo "| PostgreSQL | $(awk -v v="$(get stack.ready.PostgreSQL)" 'BEGIN { printf "%.1f", v / 1000 }') | | | | | $(get mem.ready.postgres) | $(get mem.after.postgres) | $(get anon.after.postgres) | | |"
  cat <<EOF

The JVM options, measured the same way (each a second instance of referrals-service, alone):

| referrals-service alone | ready s | CPU s used to ready | RSS when ready MB | intake/s over ${duration} s at 8 connections (a fresh JVM) | its CPU ms per intake: serving / JIT / GC | RSS after it MB | heap after (used/committed) MB |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| as the launcher runs it (\`deploy/local/service-jvm.options\`: $(grep -v '^#' "$repo_root/deploy/local/service-jvm.options" | grep . | paste -sd ' ' -); JDK 25 $(get start.aot_jdk) with the AOT cache of the build's training run, $(get start.aot_cache_mb) MB) | $(get start.solo.referrals-service) | $(get start.solo_cpu.referrals-service) | $(get mem.solo.referrals-service) | $(get solo_load.referrals-service.rps) | $(get solo_load.referrals-service.cpu_serving) / $(get solo_load.referrals-service.cpu_jit) / $(get solo_load.referrals-service.cpu_gc) | $(get mem.solo_after.referrals-service) | $(get heap.solo_after.referrals-service) |
| the same options on JDK 25, no cache | $(get start.solo.referrals-jdk25) | $(get start.solo_cpu.referrals-jdk25) | $(get mem.solo.referrals-jdk25) | | | | |
| the same options on the build's Java 17, no cache (before the AOT cache) | $(get start.solo.referrals-java17) | $(get start.solo_cpu.referrals-java17) | $(get mem.solo.referrals-java17) | | | | |
| Java 17, no JVM options (the heap may grow to a quarter of RAM) | $(get start.solo.referrals-nocap) | $(get start.solo_cpu.referrals-nocap) | $(get mem.solo.referrals-nocap) | $(get solo_load.referrals-nocap.rps) | $(get solo_load.referrals-nocap.cpu_serving) / $(get solo_load.referrals-nocap.cpu_jit) / $(get solo_load.referrals-nocap.cpu_gc) | $(get mem.solo_after.referrals-nocap) | $(get heap.solo_after.referrals-nocap) |
| Java 17, the launcher's options plus \`-XX:TieredStopAtLevel=1\` (C1 only) | $(get start.solo.referrals-c1) | $(get start.solo_cpu.referrals-c1) | $(get mem.solo.referrals-c1) | | | | |

Before the AOT cache, each service alone on Java 17: referrals-service $(get start.solo.referrals-java17) s,
outcomes-service $(get start.solo.outcomes-java17) s, reporting-service $(get start.solo.reporting-java17) s.

| target | measured | |
| --- | --- | --- |
EOF
  for m in referrals-service outcomes-service reporting-service; do
    echo "| $m ready in under 3 s (alone) | $(get start.solo.$m) s | $(verdict "$(get start.solo.$m) < 3") |"
    echo "| $m ready in under 8 s (in the stack, the three at once, Keycloak aside) | $(awk -v v="$(get stack.ready.$m)" 'BEGIN { printf "%.1f", v / 1000 }') s | $(verdict "$(get stack.ready.$m) < 8000") |"
    echo "| $m under 300 MB RSS after the loads | $(get mem.after.$m) MB | $(verdict "$(get mem.after.$m) < 300") |"
  done
  local stack_mb
  stack_mb="$(calc "$(get mem.after.postgres) + $(get mem.after.keycloak) + $(get mem.after.referrals-service) + $(get mem.after.outcomes-service) + $(get mem.after.reporting-service)" 0)"
  echo "| the whole stack (PostgreSQL, Keycloak, the three services) under 1.5 GB RSS after the loads | $stack_mb MB | $(verdict "$stack_mb < 1536") |"
  echo "| (beside it, not the target: the anonymous part of the same, what the file-backed pages of jars and AOT caches leave) | $(calc "$(get anon.after.postgres) + $(get anon.after.keycloak) + $(get anon.after.referrals-service) + $(get anon.after.outcomes-service) + $(get anon.after.reporting-service)" 0) MB | |"

  cat <<EOF

## 6. Mixed load held (issue 6, item 8): ${mixed_rate} requests/s for ${mixed_seconds} s

\`MixedLoad\` (deploy/bench's Java), open loop: requests leave at fixed times (every $(calc "1000 / ${mixed_rate}" 0) ms)
whatever the answers take, and each latency counts from the time its request was due, so a slow answer cannot hide the
queue behind it; percentiles from HdrHistogram (nearest rank, to within 0.1%). ${mixed_warmup} s at the same rate first,
not counted. Per 20 requests: 4 intakes (partner agency A), 3 referral lists and 3 referral details, 4 measures
(each with outcomes-service's call to referrals-service), 3 reads of a family's outcomes or assessments, 1 alert list
(clinician), 1 summary report and 1 quarterly trend (manager).
Real Keycloak tokens; the services, Keycloak and PostgreSQL as in the rest of this run. Run after 2, on the
databases the loads above filled (referrals-service: $(get intake.created)+ referrals); the reports read the read model
as one sync left it just before ($(get mixed.families) families, $(get mixed.assessments) assessments).

$(cat "$work/mixed.table.md" 2>/dev/null || echo "(no result: see .data/work/mixed.txt)")

Held $(get mixed.rate) requests/s over $(get mixed.seconds) s; requests the generator itself sent late: $(get mixed.late_sends).
Failures: $(v="$(get mixed.failures)"; [[ -z "$v" || "$v" == n/a ]] && echo none || echo "$v").
CPU per request of the mix (warm-up included), in ms: referrals-service $(get mixed.cpu.referrals-service.work) (JIT $(get mixed.cpu.referrals-service.jit)),
outcomes-service $(get mixed.cpu.outcomes-service.work) (JIT $(get mixed.cpu.outcomes-service.jit)), reporting-service
$(get mixed.cpu.reporting-service.work) (JIT $(get mixed.cpu.reporting-service.jit)), PostgreSQL $(get mixed.cpu.postgres),
Keycloak $(get mixed.cpu.keycloak), the load generator $(get mixed.cpu.tool); all ours $(get mixed.cpu.ours), so this mix
could run at about $(get mixed.cpu.ceiling) requests/s with both CPUs to itself.

| target | measured | |
| --- | --- | --- |
| at least ${mixed_rate} requests/s held for ${mixed_seconds} s | $(get mixed.rate)/s over $(get mixed.seconds) s | $(verdict "$(get mixed.rate) >= ${mixed_rate} * 0.99 && $(get mixed.seconds) >= ${mixed_seconds} * 0.99") |
| no error | $(get mixed.errors) of $(get mixed.requests) | $(verdict "$(get mixed.errors) == 0") |
| p99 under 500 ms | $(get mixed.p99_ms) ms | $(verdict "$(get mixed.p99_ms) < 500") |
EOF

  echo
  echo "Raw outputs of this run (wrk, pgbench, metrics, logs) are in \`deploy/bench/.data/work/\` until the next run."
  echo
  echo "$ANALYSIS_MARKER"
  if [[ -f "$results" ]] && grep -qF "$ANALYSIS_MARKER" "$results"; then
    sed -n "/$(printf '%s' "$ANALYSIS_MARKER" | sed 's/[][\/.*^$]/\\&/g')/,\$p" "$results" | tail -n +2
  else
    echo
    echo "## Reading the figures"
    echo
    echo "(Not written yet for this run: what the figures mean, and for each missed target the measured reason and the fix.)"
  fi
}
