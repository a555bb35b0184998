#!/usr/bin/env bash
# Embedded PostgreSQL 17 for `make run` and the end-to-end tests: no Docker, no system package.
#
#   infra/bin/postgres.sh start|stop|status|psql
#
# Environment:
#   PG_PORT   TCP port on 127.0.0.1 (default 55432)
#   PG_DATA   data directory (default .local/pgdata; kept between runs)
#   PG_FAST   1 = trade durability for speed (fsync off); for throw-away test databases only
#   PG_OPTS   extra server settings, e.g. "-c shared_buffers=1GB" (make bench sizes memory for its data set)
#
# The binaries are the real PostgreSQL 17 builds that zonky publishes on Maven Central
# (io.zonky.test.postgres:embedded-postgres-binaries-<platform>, a jar holding one .txz). They are
# fetched once with the backend's Maven wrapper and unpacked into .local/postgres-<version>/.
# A new data directory gets: UTF-8, C.UTF-8 locale, connections only from 127.0.0.1 (trust), and
# a login role `hub` (password `hub`) owning the database `hub`. DEVELOPMENT ONLY settings.
set -euo pipefail
LOG_TAG=postgres
# shellcheck source=infra/bin/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PG_PORT="${PG_PORT:-55432}"
PG_DATA="${PG_DATA:-$LOCAL_DIR/pgdata}"
PG_FAST="${PG_FAST:-0}"
PG_HOME="$LOCAL_DIR/postgres-$POSTGRES_VERSION"
PG_LOG="$LOG_DIR/postgres-$PG_PORT.log"

case "$(uname -m)" in
  x86_64 | amd64) PG_PLATFORM=linux-amd64 ;;
  aarch64 | arm64) PG_PLATFORM=linux-arm64v8 ;;
  *) die "no embedded PostgreSQL binaries for $(uname -m); set QUARKUS_DATASOURCE_JDBC_URL to use your own server." ;;
esac

# PostgreSQL refuses to run as root. As root we run its programs in a new user namespace with no
# uid mapping (`unshare -U`): inside it the process is the overflow uid ("nobody") and so are the
# root-owned data files, which satisfies PostgreSQL's owner check, while the kernel still grants
# file access as the real owner. Zonky's embedded-postgres does the same.
pg() {
  if [[ "$(id -u)" == 0 ]]; then
    unshare -U "$@"
  else
    "$@"
  fi
}

check_unshare() {
  [[ "$(id -u)" == 0 ]] || return 0
  need_cmd unshare
  unshare -U true 2>/dev/null || die "running as root, and 'unshare -U' is not permitted here, so the embedded
       PostgreSQL cannot start. Run as a normal user, or point the app at another PostgreSQL with
       QUARKUS_DATASOURCE_JDBC_URL / QUARKUS_DATASOURCE_USERNAME / QUARKUS_DATASOURCE_PASSWORD."
}

# Unpacks the binaries into .local/postgres-<version>/ (once).
install_binaries() {
  [[ -x "$PG_HOME/bin/postgres" ]] && return 0
  need_cmd tar xz
  local artifact="embedded-postgres-binaries-$PG_PLATFORM"
  local jar
  jar="$(fetch_artifact "io.zonky.test.postgres:$artifact:$POSTGRES_VERSION" "$artifact-$POSTGRES_VERSION.jar")"
  log "unpacking PostgreSQL $POSTGRES_VERSION into ${PG_HOME#"$ROOT_DIR"/}"
  local tmp="$PG_HOME.tmp.$$"
  rm -rf "$tmp" && mkdir -p "$tmp/jar"
  extract_zip "$jar" "$tmp/jar"
  local txz
  txz="$(find "$tmp/jar" -name '*.txz' | head -n 1)"
  [[ -n "$txz" ]] || die "no .txz archive inside $jar"
  mkdir -p "$tmp/pg"
  tar -xJf "$txz" -C "$tmp/pg"
  rm -rf "$PG_HOME"
  mv "$tmp/pg" "$PG_HOME"
  rm -rf "$tmp" "$jar"
}

# Creates and provisions a new data directory (once). Built in a temporary directory and renamed
# at the end, so an interrupted initialisation never leaves a half-made PG_DATA behind.
init_data() {
  [[ -f "$PG_DATA/PG_VERSION" ]] && return 0
  if [[ -d "$PG_DATA" && -n "$(ls -A "$PG_DATA")" ]]; then
    die "$PG_DATA exists but is not a PostgreSQL data directory; remove it or set PG_DATA."
  fi
  log "initialising a new database cluster in $PG_DATA"
  local tmp="${PG_DATA%/}.init.$$"
  rm -rf "$tmp"
  mkdir -p "$(dirname "$tmp")"
  pg "$PG_HOME/bin/initdb" -D "$tmp" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >>"$PG_LOG" 2>&1 ||
    { show_log_tail "$PG_LOG"; die "initdb failed"; }

  cat >>"$tmp/postgresql.conf" <<'EOF'

# --- Leercultuur Hub (infra/bin/postgres.sh) -- DEVELOPMENT ONLY ---
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
log_line_prefix = '%m [%p] %q%u@%d '
EOF
  # Only TCP from this machine, no password check: development only.
  cat >"$tmp/pg_hba.conf" <<'EOF'
# TYPE  DATABASE  USER  ADDRESS        METHOD   (DEVELOPMENT ONLY, written by infra/bin/postgres.sh)
host    all       all   127.0.0.1/32   trust
EOF
  # Role and database, created in single-user mode (the binaries ship no psql). Statements are
  # separated by blank lines so that each runs in its own transaction (CREATE DATABASE must).
  local out="$tmp.single.log"
  printf "CREATE ROLE hub LOGIN PASSWORD 'hub';\n\nCREATE DATABASE hub OWNER hub;\n\n" |
    pg "$PG_HOME/bin/postgres" --single -j -D "$tmp" postgres >"$out" 2>&1 || true
  cat "$out" >>"$PG_LOG"
  if grep -q -E 'ERROR|FATAL' "$out"; then
    cat "$out" >&2
    rm -rf "$tmp" "$out"
    die "creating role/database hub failed"
  fi
  rm -f "$out"
  rm -rf "$PG_DATA"
  mv "$tmp" "$PG_DATA"
}

is_running() {
  [[ -f "$PG_DATA/postmaster.pid" ]] && pg "$PG_HOME/bin/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1
}

cmd_start() {
  check_unshare
  install_binaries
  init_data
  if is_running; then
    ok "already running ($PG_DATA)"
    return 0
  fi
  port_open "$PG_PORT" && die "port $PG_PORT is already in use by another program (set PG_PORT to use another port)."
  local opts="-p $PG_PORT"
  [[ "$PG_FAST" == 1 ]] && opts+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  [[ -n "${PG_OPTS:-}" ]] && opts+=" $PG_OPTS"
  log "starting PostgreSQL $POSTGRES_VERSION on 127.0.0.1:$PG_PORT (log: ${PG_LOG#"$ROOT_DIR"/})"
  # pg_ctl starts the server in its own session, so Ctrl-C in this terminal does not reach it;
  # `stop` (or make run's clean-up) ends it.
  pg "$PG_HOME/bin/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -o "$opts" -w -t 60 start >/dev/null ||
    { show_log_tail "$PG_LOG"; die "PostgreSQL did not start"; }
  ok "PostgreSQL is up: jdbc:postgresql://127.0.0.1:$PG_PORT/hub (user hub, password hub)"
}

cmd_stop() {
  if [[ ! -x "$PG_HOME/bin/pg_ctl" ]] || ! is_running; then
    log "not running ($PG_DATA)"
    return 0
  fi
  log "stopping PostgreSQL ($PG_DATA)"
  pg "$PG_HOME/bin/pg_ctl" -D "$PG_DATA" -m fast -w -t 60 stop >/dev/null
  ok "stopped"
}

cmd_status() {
  if [[ -x "$PG_HOME/bin/pg_ctl" ]] && is_running; then
    ok "running: $PG_DATA, port $(sed -n 4p "$PG_DATA/postmaster.pid")"
  else
    log "not running ($PG_DATA)"
    return 3
  fi
}

# Convenience: a psql session as hub (needs a psql client on PATH; the binaries ship none).
cmd_psql() {
  command -v psql >/dev/null || die "no psql client on PATH (e.g. apt-get install postgresql-client)."
  exec psql -h 127.0.0.1 -p "$PG_PORT" -U hub hub "$@"
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  psql) shift; cmd_psql "$@" ;;
  *) echo "usage: $0 start|stop|status|psql   (env: PG_PORT=$PG_PORT PG_DATA=$PG_DATA)" >&2; exit 2 ;;
esac
