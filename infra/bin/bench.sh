#!/usr/bin/env bash
# `make bench`: search latency and throughput of the knowledge bank at 100,000 items, through the API and as the
# API's own OpenSearch request sent directly to its index (with the page's rows by id from PostgreSQL as a second
# figure). Not part of `make test`; takes about twenty minutes on two cores (the API's index rebuild included).
#
#   infra/bin/bench.sh
#
# What it does, all on 127.0.0.1 and all torn down at the end (also on Ctrl-C or failure):
#   1. builds the backend jar when it is missing or older than the backend's sources, and the benchmark (bench/);
#   2. starts a throw-away PostgreSQL (fresh data directory under /tmp, port BENCH_PG_PORT), a throw-away OpenSearch
#      node (infra/bin/opensearch.sh, data under /tmp, port BENCH_OS_PORT), and the packaged API (prod profile, no demo
#      data, port BENCH_API_PORT, searching that node), whose Flyway creates the schema (on JDK 25 this first start is
#      the training run of the JDK's AOT cache), then stops it;
#   3. loads 100,000 generated items into PostgreSQL (bench/, bench.mode=load) and starts the API again: it finds its
#      index behind the table and rebuilds it with Hibernate Search's mass indexer in the background;
#   4. runs bench/ (nl.leercultuur.hub.bench.SearchBenchmark): waits until the index holds every item (and reports
#      how long that took after the API was ready), measures the typical queries through the API and as the API's
#      OpenSearch request sent directly to its index, prints the table, writes bench/target/bench-report.md and the
#      requests with OpenSearch's `took` and the by-id SQL's plans to bench/target/bench-plans.txt, and exits non-zero
#      when the target is missed.
# No Keycloak is needed: the benchmark searches anonymously, and the API starts without its OIDC server (it
# would contact it on the first request with a token).
#
# Environment:
#   BENCH_PG_PORT   (55434)   BENCH_API_PORT (8082)
#   BENCH_ITEMS     (100000)  number of generated knowledge items
#   BENCH_WARMUP_ALL (1000) requests of every shape through the API per warm-up round, before any is measured;
#   BENCH_WARMUP_ROUNDS (6), BENCH_WARMUP_JIT_PERCENT (10): rounds repeat until the JIT compilers of the API and the
#                        engine use under that share of their CPU in a round (engine and API warm up, as in production);
#   BENCH_WARMUP (50), BENCH_ITERATIONS (300), BENCH_CLIENTS (4), BENCH_ITERATIONS_PER_CLIENT (75) per query;
#   BENCH_WARMUP_BUDGET_SECONDS (5), BENCH_PHASE_BUDGET_SECONDS (10): a phase also ends when its time is up
#   BENCH_P99_LIMIT_MS (50): the target for every shape's p99 with BENCH_CLIENTS clients
#   BENCH_FOOTPRINT_LIMIT_MB (300): the API's RSS under load must stay under it
#   BENCH_API_JAVA_OPTS  the API's JVM options (default: JAVA_OPTS of backend/Dockerfile, i.e. production's)
#   BENCH_PG_OPTS        PostgreSQL settings (default: shared_buffers 1GB, effective_cache_size 4GB, work_mem 16MB)
#   BENCH_OS_PORT (9202), BENCH_OS_HEAP (1g)  the OpenSearch node: the API searches it, and the benchmark measures the
#                        same searches on it directly (the API does not start without it, so it always starts)
#   BENCH_README (bench/README.md)  where the report goes between the markers; empty: nowhere (trial runs)
#   BENCH_INDEX_TIMEOUT_SECONDS (1200)  how long to wait for the API's index rebuild
#   BENCH_REBUILD=1  always rebuild the backend jar first
#   BENCH_SHAPES (all)  a trial run of some shapes only: their numbers in the report's order, e.g. 2,5
set -euo pipefail
LOG_TAG=bench
# shellcheck source=infra/bin/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

BENCH_PG_PORT="${BENCH_PG_PORT:-55434}"
BENCH_API_PORT="${BENCH_API_PORT:-8082}"
BENCH_MGMT_PORT="${BENCH_MGMT_PORT:-9082}"
BENCH_PG_OPTS="${BENCH_PG_OPTS:--c shared_buffers=1GB -c effective_cache_size=4GB -c work_mem=16MB}"
[[ "${BENCH_OPENSEARCH:-1}" == 1 ]] ||
  die "BENCH_OPENSEARCH=${BENCH_OPENSEARCH} is no longer supported: the API searches OpenSearch, so the node always starts."
BENCH_OS_PORT="${BENCH_OS_PORT:-9202}"
BENCH_OS_HEAP="${BENCH_OS_HEAP:-1g}"
# the JVM settings of production (backend/Dockerfile, README "Footprint"), so the footprint measured is production's
BENCH_API_JAVA_OPTS="${BENCH_API_JAVA_OPTS:-$(sed -n 's/^ENV JAVA_OPTS="\(.*\)"$/\1/p' "$ROOT_DIR/backend/Dockerfile")}"
BENCH_MALLOC_ARENA_MAX="${BENCH_MALLOC_ARENA_MAX:-$(sed -n 's/^ENV MALLOC_ARENA_MAX=\(.*\)$/\1/p' "$ROOT_DIR/backend/Dockerfile")}"
BENCH_DIR="$ROOT_DIR/bench"
QUARKUS_APP="$BACKEND_DIR/target/quarkus-app"
API_LOG="$LOG_DIR/bench-api-$BENCH_API_PORT.log"

find_jdk
need_cmd curl

WORK_DIR="$(mktemp -d "${TMPDIR:-/tmp}/hub-bench.XXXXXX")"
API_PID=""

# shellcheck disable=SC2317  # called by the EXIT trap
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [[ -n "$API_PID" ]]; then
    stop_group "$API_PID" "the API"
  fi
  PG_PORT="$BENCH_PG_PORT" PG_DATA="$WORK_DIR/pgdata" "$ROOT_DIR/infra/bin/postgres.sh" stop >/dev/null 2>&1 || true
  OS_PORT="$BENCH_OS_PORT" "$ROOT_DIR/infra/bin/opensearch.sh" stop >/dev/null 2>&1 || true
  rm -rf "$WORK_DIR"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_open "$BENCH_API_PORT" && die "port $BENCH_API_PORT is in use (set BENCH_API_PORT to use another port)."
for port in "$BENCH_OS_PORT" "$((BENCH_OS_PORT + 100))"; do   # OpenSearch's HTTP and transport ports
  port_open "$port" && die "port $port is in use (set BENCH_OS_PORT to use other ports for OpenSearch)."
done

# --- 1. build -------------------------------------------------------------------------------------------------
if [[ "${BENCH_REBUILD:-0}" == 1 || ! -f "$QUARKUS_APP/quarkus-run.jar" ]] ||
   [[ -n "$(find "$BACKEND_DIR/src/main" "$BACKEND_DIR/pom.xml" -newer "$QUARKUS_APP/quarkus-run.jar" -print -quit)" ]]; then
  log "building the backend jar (cd backend && ./mvnw -B -q package -DskipTests)"
  (cd "$BACKEND_DIR" && ./mvnw -B -q package -DskipTests) || die "the backend build failed"
fi
APP_JAR="$(find "$QUARKUS_APP/app" -maxdepth 1 -name '*.jar' | head -n 1)"
[[ -n "$APP_JAR" ]] || die "no application jar in ${QUARKUS_APP#"$ROOT_DIR"/}/app"

# clean: the benchmark compiles constants of the backend into its classes (the index alias, for one)
log "building the benchmark (bench/)"
"$BACKEND_DIR/mvnw" -B -q -f "$BENCH_DIR/pom.xml" clean package -Dbackend.jar="$APP_JAR" || die "the benchmark build failed"

# --- 2. PostgreSQL, OpenSearch and the API ---------------------------------------------------------------------
# PG_FAST: no fsync, for the load only (this database is thrown away); reads are unaffected.
# memory sized for the data set: the 100,000 items take about 620 MB of table and 250 MB of indexes
PG_PORT="$BENCH_PG_PORT" PG_DATA="$WORK_DIR/pgdata" PG_FAST=1 PG_OPTS="$BENCH_PG_OPTS" "$ROOT_DIR/infra/bin/postgres.sh" start
# The search engine: an OpenSearch node of its own (infra/bin/opensearch.sh). The API keeps its index there
# (Hibernate Search, its read alias), and the benchmark sends the API's requests to that same index for the
# direct measurements. The API does not start without it.
OS_PORT="$BENCH_OS_PORT" OS_DATA="$WORK_DIR/opensearch" OS_HEAP="$BENCH_OS_HEAP" "$ROOT_DIR/infra/bin/opensearch.sh" start

# start_api [extra JVM options…]: starts the packaged API (prod profile) in the background and waits until it is
# ready; sets API_PID, API_START_MS (from launch until the readiness check answers, polled every 50 ms) and
# API_READY_EPOCH_MS (when it answered).
start_api() {
  log "starting the API on 127.0.0.1:$BENCH_API_PORT with $BENCH_API_JAVA_OPTS $* (log: ${API_LOG#"$ROOT_DIR"/})"
  local t0
  t0=$(date +%s%N)
  # shellcheck disable=SC2086  # BENCH_API_JAVA_OPTS holds several options
  QUARKUS_HTTP_HOST=127.0.0.1 \
  QUARKUS_HTTP_PORT="$BENCH_API_PORT" \
  QUARKUS_MANAGEMENT_PORT="$BENCH_MGMT_PORT" QUARKUS_MANAGEMENT_HOST=127.0.0.1 \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$BENCH_PG_PORT/hub" \
  QUARKUS_DATASOURCE_USERNAME=hub \
  QUARKUS_DATASOURCE_PASSWORD=hub \
  QUARKUS_FLYWAY_LOCATIONS=db/migration \
  QUARKUS_OIDC_AUTH_SERVER_URL="http://127.0.0.1:9/realms/leercultuur" \
  QUARKUS_OIDC_CONNECTION_DELAY=1S \
  QUARKUS_HIBERNATE_SEARCH_ORM_ELASTICSEARCH_HOSTS="127.0.0.1:$BENCH_OS_PORT" \
  HUB_RATE_LIMIT_DEFAULT=100000000 HUB_RATE_LIMIT_SEARCH=100000000 \
  HUB_JSON_LOGS=false \
  MALLOC_ARENA_MAX="$BENCH_MALLOC_ARENA_MAX" \
    setsid "$JAVA_HOME/bin/java" $BENCH_API_JAVA_OPTS "$@" -jar "$QUARKUS_APP/quarkus-run.jar" >"$API_LOG" 2>&1 &
  # setsid execs java (this background job is no group leader), so API_PID is the JVM itself
  API_PID=$!
  for _ in $(seq 1 2400); do
    curl -fsS -o /dev/null "http://127.0.0.1:$BENCH_MGMT_PORT/q/health/ready" 2>/dev/null && break
    kill -0 "$API_PID" 2>/dev/null || { show_log_tail "$API_LOG"; die "the API did not start"; }
    sleep 0.05
  done
  curl -fsS -o /dev/null "http://127.0.0.1:$BENCH_MGMT_PORT/q/health/ready" ||
    { show_log_tail "$API_LOG"; die "the API did not start"; }
  API_READY_EPOCH_MS=$(( $(date +%s%N) / 1000000 ))
  API_START_MS=$(( API_READY_EPOCH_MS - t0 / 1000000 ))
  log "the API is ready after ${API_START_MS} ms"
}

# stop_api: SIGTERM, then wait until the JVM has exited (it writes the AOT cache on exit)
stop_api() {
  kill "$API_PID" 2>/dev/null || true
  for _ in $(seq 1 600); do kill -0 "$API_PID" 2>/dev/null || break; sleep 0.1; done
  API_PID=""
}

# bench_java PROPERTIES…: runs the benchmark's main class with these system properties
bench_java() {
  (cd "$BENCH_DIR" && "$JAVA_HOME/bin/java" -cp "target/classes:target/dependency/*:$APP_JAR" \
    -Dbench.jdbc-url="jdbc:postgresql://127.0.0.1:$BENCH_PG_PORT/hub" "$@" nl.leercultuur.hub.bench.SearchBenchmark)
}

# The first start creates the schema (Flyway). The JDK's ahead-of-time cache (JEP 483/514, JDK 24+): that first start
# is a training run that records the classes loaded and linked at start and while serving searches (on the empty
# database); the measured API starts from that cache. Production makes its cache the same way (README, "Footprint").
AOT_OPTS=()
if (( $(java_major "$JAVA_HOME/bin/java") >= 25 )) && [[ "${BENCH_AOT:-1}" == 1 ]]; then
  start_api -XX:AOTCacheOutput="$WORK_DIR/api.aot"
  for q in "" "q=leren" "q=%22informeel%20leren%22" "q=leren%20-coach" "type=RESEARCH&theme=leiderschap" "q=leren&sort=publicationYear,desc"; do
    for _ in 1 2 3 4 5; do curl -fsS -o /dev/null "http://127.0.0.1:$BENCH_API_PORT/api/v1/knowledge-items?$q" || true; done
  done
  stop_api
  if [[ -f "$WORK_DIR/api.aot" ]]; then
    AOT_OPTS=(-XX:AOTCache="$WORK_DIR/api.aot")
  else
    warn "no AOT cache was written (see ${API_LOG#"$ROOT_DIR"/}); measuring without it"
  fi
else
  start_api
  stop_api
fi

# --- 3. the data, then the measured API ----------------------------------------------------------------------
# The data, loaded before the measured start: the API then finds its index behind the table (0 of 100,000 items)
# and rebuilds it from PostgreSQL in the background, which the benchmark waits for and reports.
bench_java -Dbench.mode=load || die "loading the data failed"
start_api "${AOT_OPTS[@]}"
BENCH_API_JAVA_OPTS="$BENCH_API_JAVA_OPTS${AOT_OPTS:+ -XX:AOTCache=(training run)}"

# --- 4. the benchmark -----------------------------------------------------------------------------------------
set +e
bench_java -Dbench.mode=measure \
  -Dbench.api-url="http://127.0.0.1:$BENCH_API_PORT" \
  -Dbench.api-pid="$API_PID" -Dbench.api-start-ms="$API_START_MS" -Dbench.api-ready-epoch-ms="$API_READY_EPOCH_MS" \
  -Dbench.api-log="$API_LOG" \
  -Dbench.api-settings="JVM $BENCH_API_JAVA_OPTS; MALLOC_ARENA_MAX=$BENCH_MALLOC_ARENA_MAX; $(grep -E '^quarkus\.(datasource\.jdbc\.(min|max)-size|thread-pool\.max-threads|hibernate-search-orm\.(elasticsearch\.version|indexing\.plan\.synchronization\.strategy))=' "$BACKEND_DIR/src/main/resources/application.properties" | tr '\n' ' ')" \
  -Dbench.readme="${BENCH_README-$BENCH_DIR/README.md}" -Dbench.opensearch-url="http://127.0.0.1:$BENCH_OS_PORT" \
  -Dbench.opensearch-pid="$(cat "$RUN_DIR/opensearch-$BENCH_OS_PORT.pid" 2>/dev/null || echo 0)"
rc=$?
set -e
if [[ "$rc" == 0 ]]; then
  ok "benchmark passed (bench/target/bench-report.md)"
elif [[ "$rc" == 1 ]]; then
  warn "benchmark target missed (see above; plans in bench/target/bench-plans.txt)"
else
  warn "benchmark failed (exit $rc)"
fi
exit "$rc"
