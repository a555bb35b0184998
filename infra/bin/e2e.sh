#!/usr/bin/env bash
# `make e2e`: end-to-end tests (Playwright, Debian's Chromium) against the real stack, built as for
# production and started on its own ports, so it can run next to `make run`:
#
#   PostgreSQL 17   127.0.0.1:55433   fresh temporary data directory
#   Keycloak        localhost:8181    fresh realm (in-memory database)
#   OpenSearch 2.19 127.0.0.1:9211    fresh node (transport port 9311), data in .local/opensearch-e2e
#   API             localhost:8081    backend/target/quarkus-app/quarkus-run.jar, prod profile + demo data
#                   localhost:9081    its management interface (health, metrics)
#   web app         localhost:4173    `vite preview` of frontend/dist with a config.json for these ports
#   GreenMail       127.0.0.1:3026    SMTP for the API's and Keycloak's mails; the tests read them at 127.0.0.1:8026
#
# After Playwright, a partner system's journey runs against the same stack with a Java client generated from
# contract/openapi.json (contract/java-client, PartnerSystemJourneyIT), and Lighthouse (mobile) checks the home,
# search and item pages of the build served by nginx on localhost:4180 (infra/bin/lighthouse.sh). Everything is torn down afterwards,
# whatever happens. The exit code is non-zero when Playwright, the journey or Lighthouse fails.
#
# Environment:
#   SKIP_BUILD=1            reuse the existing backend jar and frontend/dist
#   SKIP_BACKEND_BUILD=1    reuse the existing backend jar only (`make test` sets it: backend-test built it)
#   PLAYWRIGHT_ARGS    extra arguments for `playwright test` (e.g. "--headed" or "e2e/login.spec.ts")
#   E2E_LIGHTHOUSE=0   leave out the Lighthouse check (while iterating on one spec; make test always runs it)
set -euo pipefail
LOG_TAG=e2e
# shellcheck source=infra/bin/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

export PG_PORT=55433 KC_PORT=8181 KC_FRESH=1 PG_FAST=1
# an empty OpenSearch node of its own (wiped at every start; the demo data is small, so is the heap)
export OS_PORT=9211 OS_TRANSPORT_PORT=9311 OS_DATA="$LOCAL_DIR/opensearch-e2e" OS_FRESH=1 OS_HEAP=384m
# one SMTP server for the API and Keycloak (the realm file reads HUB_SMTP_PORT)
export MAIL_SMTP_PORT=3026 MAIL_API_PORT=8026 HUB_SMTP_HOST=127.0.0.1 HUB_SMTP_PORT=3026
API_PORT=8081
MGMT_PORT=9081     # the API's management interface (health, metrics)
WEB_PORT=4173
API_URL="http://localhost:$API_PORT"
WEB_URL="http://localhost:$WEB_PORT"
KC_URL="http://localhost:$KC_PORT"
BACKEND_LOG="$LOG_DIR/e2e-backend.log"
FRONTEND_LOG="$LOG_DIR/e2e-frontend.log"
KC_LOG="$LOG_DIR/keycloak-$KC_PORT.log"
PG_LOG="$LOG_DIR/postgres-$PG_PORT.log"
OS_LOG="$LOG_DIR/opensearch-$OS_PORT.log"
JAR="$BACKEND_DIR/target/quarkus-app/quarkus-run.jar"

PG_TMP=""
KC_STARTER_PID="" OS_STARTER_PID="" BACKEND_PID="" FRONTEND_PID=""
STARTED_PG=0 STARTED_KC=0 STARTED_MAIL=0 STARTED_OS=0

# shellcheck disable=SC2317  # invoked by the traps below
teardown() {
  local rc=$?
  trap '' INT TERM
  trap - EXIT
  if (( rc != 0 )); then   # the tail of every service log helps to tell a test failure from a stack failure
    for f in "$BACKEND_LOG" "$FRONTEND_LOG" "$KC_LOG" "$PG_LOG" "$OS_LOG"; do show_log_tail "$f" 30; done
  fi
  log "tearing down the end-to-end stack …"
  [[ -n "$FRONTEND_PID" ]] && stop_group "$FRONTEND_PID" "web app (preview)"
  [[ -n "$BACKEND_PID" ]] && stop_group "$BACKEND_PID" "API"
  stop_starters "$KC_STARTER_PID" "$OS_STARTER_PID"
  (( STARTED_KC )) && { "$ROOT_DIR/infra/bin/keycloak.sh" stop || true; }
  (( STARTED_OS )) && { "$ROOT_DIR/infra/bin/opensearch.sh" stop || true; }
  (( STARTED_MAIL )) && { "$ROOT_DIR/infra/bin/greenmail.sh" stop || true; }
  if (( STARTED_PG )); then
    PG_DATA="$PG_TMP/data" "$ROOT_DIR/infra/bin/postgres.sh" stop || true
  fi
  [[ -n "$PG_TMP" ]] && rm -rf "$PG_TMP"
  if (( rc == 0 )); then ok "end-to-end tests passed"; else warn "end-to-end tests failed (exit $rc). Logs: ${LOG_DIR#"$ROOT_DIR"/}/"; fi
  exit "$rc"
}
trap teardown EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- prerequisites ------------------------------------------------------------------------------
find_jdk
check_node
need_cmd curl setsid flock
ensure_maven_wrapper

# One end-to-end run at a time on this machine, from any checkout (the ports are the machine's):
# a second one waits its turn. The services below are started with the lock's fd 8 closed, so
# only this script holds it.
exec 8>"${TMPDIR:-/tmp}/leercultuur-hub-e2e.lock"
if ! flock -n 8; then
  log "another end-to-end run is in progress; waiting for it to finish …"
  flock -w 1800 8 || die "gave up waiting for the other end-to-end run."
fi
for port in "$PG_PORT" "$KC_PORT" 9001 "$OS_PORT" "$OS_TRANSPORT_PORT" "$API_PORT" "$MGMT_PORT" "$WEB_PORT" "$MAIL_SMTP_PORT" \
  "$MAIL_API_PORT" 4180; do
  port_open "$port" && die "port $port is already in use — is another end-to-end run still going?"
done
# Logs of this run only (a failure prints their tails).
rm -f "$BACKEND_LOG" "$FRONTEND_LOG" "$KC_LOG" "$PG_LOG" "$OS_LOG"

# --- GreenMail, then Keycloak and OpenSearch in the background: they are the slowest to start -------------
STARTED_MAIL=1
"$ROOT_DIR/infra/bin/greenmail.sh" start 8>&-
STARTED_KC=1
"$ROOT_DIR/infra/bin/keycloak.sh" start 8>&- &
KC_STARTER_PID=$!
STARTED_OS=1
"$ROOT_DIR/infra/bin/opensearch.sh" start 8>&- &
OS_STARTER_PID=$!

# --- builds -------------------------------------------------------------------------------------------
if [[ "${SKIP_BUILD:-0}" != 1 && "${SKIP_BACKEND_BUILD:-0}" != 1 ]]; then
  log "building the API jar (mvnw package -DskipTests)"
  (cd "$BACKEND_DIR" && ./mvnw -B -ntp -q package -DskipTests) || die "backend build failed"
fi
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  ensure_node_modules
  log "building the web app (npm run build)"
  (cd "$FRONTEND_DIR" && npm run build --silent) >&2 || die "frontend build failed"
fi
[[ -f "$JAR" ]] || die "$JAR is missing (build it, or run without SKIP_BUILD=1)."
[[ -f "$FRONTEND_DIR/dist/index.html" ]] || die "frontend/dist is missing (run without SKIP_BUILD=1)."

# The one production build reads its settings at run time from /config.json.
cat >"$FRONTEND_DIR/dist/config.json" <<EOF
{
  "keycloakUrl": "$KC_URL",
  "realm": "leercultuur",
  "clientId": "hub-web",
  "apiBaseUrl": ""
}
EOF

# --- PostgreSQL in a fresh temporary data directory -----------------------------------------------------
PG_TMP="$(mktemp -d "${TMPDIR:-/tmp}/hub-e2e-pg.XXXXXX")"
STARTED_PG=1
PG_DATA="$PG_TMP/data" "$ROOT_DIR/infra/bin/postgres.sh" start 8>&-

# --- web app: vite preview of the production build (proxies /api and /q to the API) -------------------
log "starting the web app (vite preview), log: ${FRONTEND_LOG#"$ROOT_DIR"/}"
(cd "$FRONTEND_DIR" && HUB_API_URL="$API_URL" exec setsid npx --no-install vite preview --port "$WEB_PORT" --strictPort \
  </dev/null >"$FRONTEND_LOG" 2>&1 8>&-) &
FRONTEND_PID=$!

# --- API: the packaged jar (prod profile) with the demo data, against the ports above ---------------------
wait "$KC_STARTER_PID" || { KC_STARTER_PID=""; die "Keycloak did not start"; }
KC_STARTER_PID=""
wait "$OS_STARTER_PID" || { OS_STARTER_PID=""; die "OpenSearch did not start"; }   # the API does not start without it
OS_STARTER_PID=""
log "starting the API jar on port $API_PORT, log: ${BACKEND_LOG#"$ROOT_DIR"/}"
(
  export QUARKUS_HTTP_PORT="$API_PORT" QUARKUS_MANAGEMENT_PORT="$MGMT_PORT"
  export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/hub"
  export QUARKUS_DATASOURCE_USERNAME=hub QUARKUS_DATASOURCE_PASSWORD=hub
  export QUARKUS_OIDC_AUTH_SERVER_URL="$KC_URL/realms/leercultuur"
  export QUARKUS_HIBERNATE_SEARCH_ORM_ELASTICSEARCH_HOSTS="127.0.0.1:$OS_PORT"
  export HUB_DEMO_DATA=true   # load the demo knowledge items (db/demo)
  export APP_PUBLIC_API_URL="$API_URL" APP_PUBLIC_KEYCLOAK_URL="$KC_URL"
  export HUB_KEYCLOAK_ADMIN_URL="$KC_URL" HUB_WEB_URL="$WEB_URL"
  export HUB_JSON_LOGS=false
  exec setsid "$JAVA_HOME/bin/java" -jar "$JAR" </dev/null >"$BACKEND_LOG" 2>&1 8>&-
) &
BACKEND_PID=$!

wait_for_url "http://localhost:$MGMT_PORT/q/health/ready" 180 "API" "$BACKEND_PID" "$BACKEND_LOG" || die "the API did not start"
wait_for_url "$WEB_URL/" 60 "web app" "$FRONTEND_PID" "$FRONTEND_LOG" || die "the web app did not start"

# --- the tests ----------------------------------------------------------------------------------------
log "running Playwright"
set +e
(
  cd "$FRONTEND_DIR"
  export E2E_BASE_URL="$WEB_URL" E2E_API_URL="$API_URL" E2E_KEYCLOAK_URL="$KC_URL" E2E_MAIL_URL="http://127.0.0.1:$MAIL_API_PORT"
  # shellcheck disable=SC2086 # PLAYWRIGHT_ARGS is a list of words on purpose
  exec npx --no-install playwright test ${PLAYWRIGHT_ARGS:-}
)
rc=$?
# A partner system's journey with a Java client generated from contract/openapi.json (contract/java-client).
log "running the partner-system journey with the generated Java client"
E2E_API_URL="$API_URL" E2E_KEYCLOAK_URL="$KC_URL" \
  "$BACKEND_DIR/mvnw" -B -ntp -f "$ROOT_DIR/contract/java-client/pom.xml" verify
journey_rc=$?
# Lighthouse (mobile) on the home, search and item pages of the same build, served by nginx as in production.
lighthouse_rc=0
if [[ "${E2E_LIGHTHOUSE:-1}" == 1 ]]; then
  log "running Lighthouse on the nginx-served build"
  LH_API_URL="$API_URL" LH_KC_URL="$KC_URL" SKIP_BUILD=1 "$ROOT_DIR/infra/bin/lighthouse.sh" 8>&-
  lighthouse_rc=$?
fi
set -e
verdict() { if (( $1 == 0 )); then echo passed; else echo "FAILED (exit $1)"; fi; }
log "Playwright $(verdict "$rc"); partner-system journey $(verdict "$journey_rc"); Lighthouse $(verdict "$lighthouse_rc")"
(( rc == 0 )) || exit "$rc"
(( journey_rc == 0 )) || exit "$journey_rc"
exit "$lighthouse_rc"
