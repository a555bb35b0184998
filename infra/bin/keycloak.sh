#!/usr/bin/env bash
# Local Keycloak for `make run` and the end-to-end tests: the real server from Maven Central, no Docker.
#
#   infra/bin/keycloak.sh start|stop|status|reset
#
# Environment:
#   KC_PORT        HTTP port on 127.0.0.1 (default 8180); the issuer is http://localhost:$KC_PORT/realms/leercultuur
#   KC_FRESH       1 = throw-away in-memory database: the realm is imported anew on every start (tests)
#   KC_MGMT_PORT   management port for /health (default 9000; 9001 when KC_FRESH=1, so both can run at once)
#
# The distribution (org.keycloak:keycloak-quarkus-dist) is fetched once with the backend's Maven wrapper
# and unpacked into .local/keycloak-<version>/. The realm comes from infra/keycloak/leercultuur-realm.json.
# In the default mode Keycloak keeps its data (users, sessions, realm changes made in the admin console)
# in .local/keycloak-<version>/data/h2; an existing realm is NOT re-imported — `reset` drops that data.
#
# Both modes use the same build-time options (database vendor dev-file, health on), so switching
# between them never triggers Keycloak's slow re-build; the test mode only swaps the database URL
# (a run-time option) for an in-memory H2 database.
#
# The admin account admin/admin and everything else here is DEVELOPMENT ONLY.
set -euo pipefail
LOG_TAG=keycloak
# shellcheck source=infra/bin/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

KC_PORT="${KC_PORT:-8180}"
KC_FRESH="${KC_FRESH:-0}"
if [[ "$KC_FRESH" == 1 ]]; then
  KC_MGMT_PORT="${KC_MGMT_PORT:-9001}"
else
  KC_MGMT_PORT="${KC_MGMT_PORT:-9000}"
fi
KC_HOME="$LOCAL_DIR/keycloak-$KEYCLOAK_VERSION"
KC_LOG="$LOG_DIR/keycloak-$KC_PORT.log"
KC_PID_NAME="keycloak-$KC_PORT"
KC_TMP="$RUN_DIR/keycloak-$KC_PORT.tmp"
KC_URL="http://localhost:$KC_PORT"
KC_READY_URL="$KC_URL/realms/leercultuur/.well-known/openid-configuration"
KC_START_TIMEOUT="${KC_START_TIMEOUT:-300}"

install_keycloak() {
  [[ -x "$KC_HOME/bin/kc.sh" ]] && return 0
  local zip tmp="$KC_HOME.tmp.$$"
  log "Keycloak $KEYCLOAK_VERSION is not installed yet: downloading it (about 157 MiB, one time only)"
  zip="$(fetch_artifact "org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" "keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip")"
  log "unpacking Keycloak into ${KC_HOME#"$ROOT_DIR"/}"
  rm -rf "$tmp"
  extract_zip "$zip" "$tmp"
  chmod +x "$tmp/keycloak-$KEYCLOAK_VERSION/bin/"*.sh
  rm -rf "$KC_HOME"
  mv "$tmp/keycloak-$KEYCLOAK_VERSION" "$KC_HOME"
  rm -rf "$tmp" "$zip"
}

# Copies the realm file into Keycloak's import directory; warns when the persistent dev database
# holds a realm imported from an older version of the file (Keycloak skips existing realms).
stage_realm() {
  mkdir -p "$KC_HOME/data/import"
  cp "$REALM_FILE" "$KC_HOME/data/import/leercultuur-realm.json"
  [[ "$KC_FRESH" == 1 ]] && return 0
  local sum stamp="$KC_HOME/data/h2/.leercultuur-realm.sha256"
  sum="$(sha256sum "$REALM_FILE" | cut -d' ' -f1)"
  if [[ -f "$stamp" && "$(cat "$stamp")" != "$sum" ]]; then
    warn "infra/keycloak/leercultuur-realm.json changed since the realm was imported into the dev database."
    warn "Keycloak keeps the old realm; to import the new one: infra/bin/keycloak.sh stop && infra/bin/keycloak.sh reset"
  fi
  if [[ ! -f "$stamp" ]]; then
    mkdir -p "$(dirname "$stamp")"
    printf '%s\n' "$sum" >"$stamp"
  fi
}

cmd_start() {
  local pid
  if pid="$(running_pid "$KC_PID_NAME")"; then
    ok "already running (pid $pid): $KC_URL"
    return 0
  fi
  find_jdk
  need_cmd curl setsid flock
  install_keycloak

  # One start at a time per installation: a first start re-builds Keycloak, and two concurrent
  # re-builds would corrupt it. The lock is released when this script exits (not held by Keycloak).
  exec 9>"$KC_HOME/.start.lock"
  flock 9

  port_open "$KC_PORT" && die "port $KC_PORT is already in use by another program (set KC_PORT to use another port)."
  port_open "$KC_MGMT_PORT" && die "management port $KC_MGMT_PORT is already in use (set KC_MGMT_PORT)."
  stage_realm

  local args=(
    start-dev
    --http-host=127.0.0.1
    --http-port="$KC_PORT"
    --hostname="$KC_URL"
    --http-management-port="$KC_MGMT_PORT"
    --health-enabled=true
    --import-realm
  )
  if [[ "$KC_FRESH" == 1 ]]; then
    # Same database vendor as the dev mode (dev-file = H2) but an in-memory URL: nothing to rebuild,
    # nothing left behind. NON_KEYWORDS=VALUE is what Keycloak itself adds to its H2 URLs.
    rm -rf "$KC_TMP" && mkdir -p "$KC_TMP"
    args+=(
      "--db-url=jdbc:h2:mem:keycloak-$KC_PORT;NON_KEYWORDS=VALUE;DB_CLOSE_DELAY=-1"
      "-Dquarkus.transaction-manager.object-store.directory=$KC_TMP/transaction-logs"
    )
  fi

  if [[ ! -f "$KC_HOME/data/.built" ]]; then
    log "first start: Keycloak configures itself for development once (about a minute)."
  fi
  log "starting Keycloak $KEYCLOAK_VERSION on $KC_URL ($( [[ "$KC_FRESH" == 1 ]] && echo "fresh realm" || echo "persistent data")), log: ${KC_LOG#"$ROOT_DIR"/}"
  # setsid: Keycloak gets its own process group (pid = group id), so `stop` ends the whole tree
  # and Ctrl-C in the terminal is handled by our caller, not delivered to Keycloak directly.
  # JAVA_OPTS_APPEND: on Java 24+ Keycloak's thread pools need java.lang opened (else errors at shutdown).
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    JAVA_OPTS_APPEND="--add-opens=java.base/java.lang=ALL-UNNAMED${JAVA_OPTS_APPEND:+ $JAVA_OPTS_APPEND}" \
    setsid "$KC_HOME/bin/kc.sh" "${args[@]}" </dev/null >"$KC_LOG" 2>&1 9>&- &
  pid=$!
  printf '%s\n' "$pid" >"$RUN_DIR/$KC_PID_NAME.pid"

  if ! wait_for_url "$KC_READY_URL" "$KC_START_TIMEOUT" "Keycloak" "$pid"; then
    show_log_tail "$KC_LOG"
    cmd_stop
    die "Keycloak did not start."
  fi
  touch "$KC_HOME/data/.built"
}

cmd_stop() {
  stop_service "$KC_PID_NAME" "Keycloak on port $KC_PORT"
  rm -rf "$KC_TMP"
}

cmd_status() {
  local pid
  if pid="$(running_pid "$KC_PID_NAME")"; then
    ok "running (pid $pid): $KC_URL  (admin console $KC_URL/admin, admin/admin)"
  else
    log "not running on port $KC_PORT"
    return 3
  fi
}

cmd_reset() {
  running_pid "$KC_PID_NAME" >/dev/null && die "stop Keycloak first: infra/bin/keycloak.sh stop"
  log "dropping the Keycloak dev database (the realm is imported again on the next start)"
  rm -rf "$KC_HOME/data/h2" "$KC_HOME/data/transaction-logs"
  ok "done"
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  reset) cmd_reset ;;
  *) echo "usage: $0 start|stop|status|reset   (env: KC_PORT=$KC_PORT KC_FRESH=$KC_FRESH)" >&2; exit 2 ;;
esac
