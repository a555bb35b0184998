#!/usr/bin/env bash
# Local mail server for `make run` and the end-to-end tests: GreenMail, a real SMTP server from Maven Central
# (com.icegreen:greenmail-standalone) with a REST API to read the mailboxes. Nothing leaves this machine:
# every mail the Hub and Keycloak send is kept in memory and can be read at
#   http://127.0.0.1:$MAIL_API_PORT/api/user/<e-mail address>/messages/INBOX/
#
#   infra/bin/greenmail.sh start|stop|status
#
# Environment:
#   MAIL_SMTP_PORT   SMTP port on 127.0.0.1 (default 3025)
#   MAIL_API_PORT    REST API port on 127.0.0.1 (default 8025)
set -euo pipefail
LOG_TAG=greenmail
# shellcheck source=infra/bin/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

MAIL_SMTP_PORT="${MAIL_SMTP_PORT:-3025}"
MAIL_API_PORT="${MAIL_API_PORT:-8025}"
GM_PID_NAME="greenmail-$MAIL_SMTP_PORT"
GM_LOG="$LOG_DIR/greenmail-$MAIL_SMTP_PORT.log"
GM_API="http://127.0.0.1:$MAIL_API_PORT"

cmd_start() {
  local pid jar
  if pid="$(running_pid "$GM_PID_NAME")"; then
    ok "already running (pid $pid): SMTP 127.0.0.1:$MAIL_SMTP_PORT, mailboxes $GM_API"
    return 0
  fi
  find_jdk
  need_cmd curl setsid
  jar="$(fetch_artifact "com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" "greenmail-standalone-$GREENMAIL_VERSION.jar")"
  port_open "$MAIL_SMTP_PORT" && die "port $MAIL_SMTP_PORT is already in use (set MAIL_SMTP_PORT to use another port)."
  port_open "$MAIL_API_PORT" && die "port $MAIL_API_PORT is already in use (set MAIL_API_PORT to use another port)."
  log "starting GreenMail $GREENMAIL_VERSION: SMTP 127.0.0.1:$MAIL_SMTP_PORT, mailboxes $GM_API, log: ${GM_LOG#"$ROOT_DIR"/}"
  setsid "$JAVA_HOME/bin/java" -Xmx128m \
    -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$MAIL_SMTP_PORT" \
    -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$MAIL_API_PORT" \
    -Dgreenmail.auth.disabled -jar "$jar" </dev/null >"$GM_LOG" 2>&1 8>&- 9>&- &
  pid=$!
  printf '%s\n' "$pid" >"$RUN_DIR/$GM_PID_NAME.pid"
  if ! wait_for_url "$GM_API/api/service/readiness" 60 "GreenMail" "$pid"; then
    show_log_tail "$GM_LOG"
    cmd_stop
    die "GreenMail did not start."
  fi
}

cmd_stop() {
  stop_service "$GM_PID_NAME" "GreenMail on port $MAIL_SMTP_PORT"
}

cmd_status() {
  local pid
  if pid="$(running_pid "$GM_PID_NAME")"; then
    ok "running (pid $pid): SMTP 127.0.0.1:$MAIL_SMTP_PORT, mailboxes $GM_API/api/user/<address>/messages/INBOX/"
  else
    log "not running on port $MAIL_SMTP_PORT"
    return 3
  fi
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  *) echo "usage: $0 start|stop|status   (env: MAIL_SMTP_PORT=$MAIL_SMTP_PORT MAIL_API_PORT=$MAIL_API_PORT)" >&2; exit 2 ;;
esac
