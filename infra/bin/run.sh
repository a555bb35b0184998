#!/usr/bin/env bash
# `make run`: the whole Leercultuur Hub on this machine, without Docker.
#
#   PostgreSQL 17   127.0.0.1:55432   embedded, data kept in .local/pgdata      (infra/bin/postgres.sh)
#   Keycloak        localhost:8180    realm leercultuur with the demo users    (infra/bin/keycloak.sh)
#   OpenSearch 2.19 127.0.0.1:9200    search index, data in .local/opensearch-9200 (infra/bin/opensearch.sh)
#   GreenMail       127.0.0.1:3025    SMTP for the Hub's and Keycloak's mails; read them at
#                   127.0.0.1:8025    /api/user/<address>/messages/INBOX/       (infra/bin/greenmail.sh)
#   API             localhost:8080    Quarkus dev mode with demo data          (backend/)
#   web app         localhost:5173    Vite dev server, proxies /api and /q     (frontend/)
#
# Ctrl-C (or TERM, or any failure) stops everything this script started and leaves no process
# or port behind. Services that were already running before (say, a Keycloak you started with
# infra/bin/keycloak.sh start) are used and left running.
#
# Environment:
#   RUN_CHECK=1                                            start everything, check that each service answers, then
#                                                          stop (`make run-check`, run by CI after `make test`)
#   QUARKUS_DATASOURCE_JDBC_URL (+ _USERNAME, _PASSWORD)   use that PostgreSQL; no embedded one is started
#   QUARKUS_OIDC_AUTH_SERVER_URL                           use that Keycloak realm; no local Keycloak is started
#   QUARKUS_HIBERNATE_SEARCH_ORM_ELASTICSEARCH_HOSTS       use that OpenSearch node (host:port); no local node is started
set -euo pipefail
LOG_TAG=run
# shellcheck source=infra/bin/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

export PG_PORT=55432 KC_PORT=8180 OS_PORT=9200
API_PORT=8080
WEB_PORT=5173
API_URL="http://localhost:$API_PORT"
WEB_URL="http://localhost:$WEB_PORT"
BACKEND_LOG="$LOG_DIR/backend.log"
FRONTEND_LOG="$LOG_DIR/frontend.log"

EXTERNAL_DB="${QUARKUS_DATASOURCE_JDBC_URL:-}"
EXTERNAL_KC="${QUARKUS_OIDC_AUTH_SERVER_URL:-}"
EXTERNAL_OS="${QUARKUS_HIBERNATE_SEARCH_ORM_ELASTICSEARCH_HOSTS:-}"
OS_HOSTS="${EXTERNAL_OS:-127.0.0.1:$OS_PORT}"

# What this script started, so that clean-up stops exactly that.
STARTED_PG=0 STARTED_KC=0 STARTED_MAIL=0 STARTED_OS=0 KC_STARTER_PID="" OS_STARTER_PID="" BACKEND_PID="" FRONTEND_PID=""

# shellcheck disable=SC2317  # invoked by the traps below
cleanup() {
  local rc=$?
  trap '' INT TERM   # a second Ctrl-C must not interrupt the clean-up
  trap - EXIT
  echo >&2
  log "stopping what make run started …"
  [[ -n "$FRONTEND_PID" ]] && stop_group "$FRONTEND_PID" "web app"
  [[ -n "$BACKEND_PID" ]] && stop_group "$BACKEND_PID" "API"
  stop_starters "$KC_STARTER_PID" "$OS_STARTER_PID"
  (( STARTED_KC )) && { "$ROOT_DIR/infra/bin/keycloak.sh" stop || true; }
  (( STARTED_OS )) && { "$ROOT_DIR/infra/bin/opensearch.sh" stop || true; }
  (( STARTED_MAIL )) && { "$ROOT_DIR/infra/bin/greenmail.sh" stop || true; }
  (( STARTED_PG )) && { "$ROOT_DIR/infra/bin/postgres.sh" stop || true; }
  ok "all stopped. Logs: ${LOG_DIR#"$ROOT_DIR"/}/"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

fail_with_log() {
  show_log_tail "$1" 60
  die "$2 (full log: ${1#"$ROOT_DIR"/})"
}

# --- prerequisites ------------------------------------------------------------------------------
find_jdk
check_node
need_cmd curl setsid flock
ensure_maven_wrapper
ensure_dev_mode_artifacts
log "JDK: $JAVA_HOME · Node $(node --version) · npm $(npm --version)"
for port in "$API_PORT" "$WEB_PORT"; do
  port_open "$port" && die "port $port is already in use — is another 'make run' still running?"
done

# --- OpenSearch (in the background: the API needs it only when it boots, after PostgreSQL and GreenMail) ----
if [[ -n "$EXTERNAL_OS" ]]; then
  log "QUARKUS_HIBERNATE_SEARCH_ORM_ELASTICSEARCH_HOSTS is set: using $EXTERNAL_OS (no local OpenSearch)"
elif "$ROOT_DIR/infra/bin/opensearch.sh" status >/dev/null 2>&1; then
  log "OpenSearch is already running: using it (it keeps running afterwards)"
else
  port_open "$OS_PORT" && die "port $OS_PORT (OpenSearch) is already in use by another program; stop it, or point the API at
       a running node with QUARKUS_HIBERNATE_SEARCH_ORM_ELASTICSEARCH_HOSTS=host:port."
  STARTED_OS=1
  "$ROOT_DIR/infra/bin/opensearch.sh" start &
  OS_STARTER_PID=$!
fi

# --- PostgreSQL -----------------------------------------------------------------------------------
if [[ -n "$EXTERNAL_DB" ]]; then
  log "QUARKUS_DATASOURCE_JDBC_URL is set: using $EXTERNAL_DB (no embedded PostgreSQL)"
elif "$ROOT_DIR/infra/bin/postgres.sh" status >/dev/null 2>&1; then
  log "PostgreSQL is already running: using it (it keeps running afterwards)"
else
  STARTED_PG=1
  "$ROOT_DIR/infra/bin/postgres.sh" start
fi

# --- GreenMail: the SMTP server both the API and Keycloak send through (nothing leaves this machine) ------
if [[ -n "${HUB_SMTP_HOST:-}" ]]; then
  log "HUB_SMTP_HOST is set: mails go to $HUB_SMTP_HOST (no local GreenMail)"
elif "$ROOT_DIR/infra/bin/greenmail.sh" status >/dev/null 2>&1; then
  log "GreenMail is already running: using it (it keeps running afterwards)"
else
  STARTED_MAIL=1
  "$ROOT_DIR/infra/bin/greenmail.sh" start
fi

# --- Keycloak (in the background: it takes a while, the API build runs meanwhile) ------------------
if [[ -n "$EXTERNAL_KC" ]]; then
  log "QUARKUS_OIDC_AUTH_SERVER_URL is set: using $EXTERNAL_KC (no local Keycloak)"
elif "$ROOT_DIR/infra/bin/keycloak.sh" status >/dev/null 2>&1; then
  log "Keycloak is already running: using it (it keeps running afterwards)"
else
  STARTED_KC=1
  "$ROOT_DIR/infra/bin/keycloak.sh" start &
  KC_STARTER_PID=$!
fi

# --- API: Quarkus dev mode (demo data via the %dev profile); it does not start without its OpenSearch node ---
if [[ -n "$OS_STARTER_PID" ]]; then
  wait "$OS_STARTER_PID" || { OS_STARTER_PID=""; die "OpenSearch did not start (log: .local/logs/opensearch-$OS_PORT.log)"; }
  OS_STARTER_PID=""
fi
log "starting the API (Quarkus dev mode; the first build downloads dependencies), log: ${BACKEND_LOG#"$ROOT_DIR"/}"
(cd "$BACKEND_DIR" && QUARKUS_HIBERNATE_SEARCH_ORM_ELASTICSEARCH_HOSTS="$OS_HOSTS" exec setsid ./mvnw quarkus:dev -Dquarkus.console.enabled=false -Dquarkus.analytics.disabled=true </dev/null >"$BACKEND_LOG" 2>&1) &
BACKEND_PID=$!

# --- web app: Vite dev server ---------------------------------------------------------------------
ensure_node_modules
log "starting the web app (Vite dev server), log: ${FRONTEND_LOG#"$ROOT_DIR"/}"
(cd "$FRONTEND_DIR" && HUB_API_URL="$API_URL" exec setsid npm run dev </dev/null >"$FRONTEND_LOG" 2>&1) &
FRONTEND_PID=$!

# --- wait until everything answers -------------------------------------------------------------------
if [[ -n "$KC_STARTER_PID" ]]; then
  wait "$KC_STARTER_PID" || { KC_STARTER_PID=""; die "Keycloak did not start (log: .local/logs/keycloak-$KC_PORT.log)"; }
  KC_STARTER_PID=""
fi
wait_for_url "$WEB_URL/" 120 "web app" "$FRONTEND_PID" "$FRONTEND_LOG" || fail_with_log "$FRONTEND_LOG" "the web app did not start"
# Dev mode stays up after a failed start (waiting for a fix to reload), so watch the log for that and stop at once.
( while sleep 2; do
    if grep -q -e 'Failed to start application' -e 'Failed to start quarkus' "$BACKEND_LOG" 2>/dev/null; then
      touch "$RUN_DIR/api-start-failed"; exit 0
    fi
  done ) &
WATCH_PID=$!
rm -f "$RUN_DIR/api-start-failed"
api_up=0
wait_for_url "http://localhost:9080/q/health/ready" 900 "API" "$BACKEND_PID" "$BACKEND_LOG" "$RUN_DIR/api-start-failed" && api_up=1
kill "$WATCH_PID" 2>/dev/null || true
if [[ -f "$RUN_DIR/api-start-failed" ]]; then
  rm -f "$RUN_DIR/api-start-failed"
  fail_with_log "$BACKEND_LOG" "the API failed to start (see the error above; fix it and run make run again)"
fi
(( api_up )) || fail_with_log "$BACKEND_LOG" "the API did not start"

# --- the welcome box ---------------------------------------------------------------------------------
if [[ -n "$EXTERNAL_KC" ]]; then
  KC_LINE="$EXTERNAL_KC"
else
  KC_LINE="http://localhost:$KC_PORT/admin   (admin / admin)"
fi
if [[ -n "$EXTERNAL_DB" ]]; then
  DB_LINE="$EXTERNAL_DB"
else
  DB_LINE="jdbc:postgresql://127.0.0.1:$PG_PORT/hub   (hub / hub)"
fi
if [[ -n "$EXTERNAL_OS" ]]; then
  OS_LINE="$EXTERNAL_OS"
else
  OS_LINE="http://127.0.0.1:$OS_PORT   (data .local/opensearch-$OS_PORT)"
fi
LOGS_REL="${LOG_DIR#"$ROOT_DIR"/}"
cat >&2 <<EOF

================================================================================
  Leercultuur Hub is running.                 Press Ctrl-C to stop everything.
--------------------------------------------------------------------------------
  Web app           $WEB_URL
  API               $API_URL/api/v1   (e.g. $API_URL/api/v1/themes)
  Swagger UI        $API_URL/q/swagger-ui
  OpenAPI           $API_URL/q/openapi
  Health, metrics   http://localhost:9080/q/health   http://localhost:9080/q/metrics
  Keycloak admin    $KC_LINE
  Mails (GreenMail) http://127.0.0.1:8025/api/user/<e-mail address>/messages/INBOX/
  PostgreSQL        $DB_LINE
  OpenSearch        $OS_LINE
--------------------------------------------------------------------------------
  Demo logins (DEVELOPMENT ONLY)
    staff    / staff      Anna de Vries   programme staff
    partner  / partner    Bram Jansen     Bakkerij Jansen B.V. (SME)
    partner2 / partner2   Carla Bos       ROC Midden (mbo school)
    partner system (client credentials): hub-partner-demo / dev-only-partner-demo-secret
--------------------------------------------------------------------------------
  Logs              $LOGS_REL/backend.log, frontend.log, keycloak-$KC_PORT.log, postgres-$PG_PORT.log,
                    greenmail-3025.log, opensearch-$OS_PORT.log
================================================================================

EOF

# --- `make run-check`: prove that what the welcome box promises answers, then stop ---------------------
if [[ "${RUN_CHECK:-0}" == 1 ]]; then
  check() {   # check <what> <url> <expected text in the answer>
    local body
    body="$(curl -fsS --max-time 20 "$2")" || die "run-check: $1 did not answer on $2"
    [[ "$body" == *"$3"* ]] || die "run-check: $1 answered on $2, but without \"$3\""
    ok "run-check: $1 answers ($2)"
  }
  check "API with demo data" "$API_URL/api/v1/events" "Expeditie Leercultuur"
  check "API through the web app's proxy" "$WEB_URL/api/v1/themes" '"items"'
  check "web app" "$WEB_URL/" '<div id="root">'
  check "Swagger UI" "$API_URL/q/swagger-ui/" "swagger"
  check "health" "http://localhost:9080/q/health/ready" '"UP"'
  check "knowledge search (OpenSearch) with demo data" "$API_URL/api/v1/knowledge-items?q=feedback" '"totalItems"'
  MGMT_URL=http://localhost:9080 "$ROOT_DIR/infra/bin/reindex.sh" || die "run-check: make reindex failed"
  if [[ -z "$EXTERNAL_KC" ]]; then
    check "Keycloak realm" "http://localhost:$KC_PORT/realms/leercultuur" '"realm":"leercultuur"'
  fi
  if (( STARTED_MAIL )); then
    check "GreenMail mailboxes" "http://127.0.0.1:8025/api/service/readiness" "running"
  fi
  if [[ -z "$EXTERNAL_OS" ]]; then   # answers 408 (so curl fails) unless the cluster is green or yellow
    check "OpenSearch" "http://127.0.0.1:$OS_PORT/_cluster/health?wait_for_status=yellow&timeout=10s" '"timed_out":false'
  fi
  ok "run-check passed: make run starts the whole stack with demo data."
  exit 0
fi

# --- keep running until Ctrl-C, or until a service dies ---------------------------------------------
while true; do
  kill -0 "$BACKEND_PID" 2>/dev/null || fail_with_log "$BACKEND_LOG" "the API stopped"
  kill -0 "$FRONTEND_PID" 2>/dev/null || fail_with_log "$FRONTEND_LOG" "the web app stopped"
  if (( STARTED_KC )) && ! running_pid "keycloak-$KC_PORT" >/dev/null; then
    fail_with_log "$LOG_DIR/keycloak-$KC_PORT.log" "Keycloak stopped"
  fi
  if (( STARTED_OS )) && ! running_pid "opensearch-$OS_PORT" >/dev/null; then
    fail_with_log "$LOG_DIR/opensearch-$OS_PORT.log" "OpenSearch stopped"
  fi
  sleep 2 &
  wait $! || true
done
