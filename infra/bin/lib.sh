# shellcheck shell=bash
# shellcheck disable=SC2034  # variables defined here are used by the scripts that source this file
# Shared helpers for the local runners in infra/bin/ (sourced, never executed).
#
#   source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
#
# Everything the runners download or create lives in the git-ignored .local/ folder at the
# repository root:
#   .local/downloads/            artifacts fetched from Maven Central with the backend's Maven wrapper
#   .local/postgres-<version>/   unpacked PostgreSQL binaries (zonky embedded-postgres-binaries)
#   .local/pgdata/               PostgreSQL data of `make run` (kept between runs)
#   .local/keycloak-<version>/   unpacked Keycloak distribution (its data/ holds the dev realm database)
#   .local/logs/                 one log file per service
#   .local/run/                  pid files of running services

# ---------------------------------------------------------------------------------------------
# Paths and versions
# ---------------------------------------------------------------------------------------------
ROOT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOCAL_DIR="${LOCAL_DIR:-$ROOT_DIR/.local}"
DOWNLOAD_DIR="$LOCAL_DIR/downloads"
LOG_DIR="$LOCAL_DIR/logs"
RUN_DIR="$LOCAL_DIR/run"
BACKEND_DIR="$ROOT_DIR/backend"
FRONTEND_DIR="$ROOT_DIR/frontend"
REALM_FILE="$ROOT_DIR/infra/keycloak/leercultuur-realm.json"

POSTGRES_VERSION="17.11.0"
KEYCLOAK_VERSION="26.5.6"
GREENMAIL_VERSION="2.1.8"
# Pinned so that fetching an artifact never depends on "the latest plugin".
DEPENDENCY_PLUGIN="org.apache.maven.plugins:maven-dependency-plugin:3.9.0"

mkdir -p "$LOCAL_DIR" "$DOWNLOAD_DIR" "$LOG_DIR" "$RUN_DIR"

# ---------------------------------------------------------------------------------------------
# Logging (colours only on a terminal)
# ---------------------------------------------------------------------------------------------
if [[ -t 2 && -z "${NO_COLOR:-}" ]]; then
  _C_BLUE=$'\033[1;34m' _C_YELLOW=$'\033[1;33m' _C_RED=$'\033[1;31m' _C_GREEN=$'\033[1;32m' _C_OFF=$'\033[0m'
else
  _C_BLUE='' _C_YELLOW='' _C_RED='' _C_GREEN='' _C_OFF=''
fi
LOG_TAG="${LOG_TAG:-hub}"

log()  { printf '%s[%s]%s %s\n' "$_C_BLUE" "$LOG_TAG" "$_C_OFF" "$*" >&2; }
ok()   { printf '%s[%s]%s %s\n' "$_C_GREEN" "$LOG_TAG" "$_C_OFF" "$*" >&2; }
warn() { printf '%s[%s] WARNING:%s %s\n' "$_C_YELLOW" "$LOG_TAG" "$_C_OFF" "$*" >&2; }
die()  { printf '%s[%s] ERROR:%s %s\n' "$_C_RED" "$LOG_TAG" "$_C_OFF" "$*" >&2; exit 1; }

need_cmd() {
  local cmd
  for cmd in "$@"; do
    command -v "$cmd" >/dev/null 2>&1 || die "'$cmd' is required but not installed."
  done
}

# ---------------------------------------------------------------------------------------------
# JDK >= 21: JAVA_HOME, then `java` on PATH, then the Temurin 25 install of these machines.
# ---------------------------------------------------------------------------------------------
MIN_JAVA=21
FALLBACK_JDKS=(/usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64)

# Prints the feature release (17, 21, 25 ...) of the given java binary, or nothing.
java_major() {
  local version
  version="$("$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}')" || true
  printf '%s' "${version%%.*}"
}

# Sets and exports JAVA_HOME to a JDK >= 21 and puts its bin/ first on PATH; dies clearly otherwise.
find_jdk() {
  local candidates=() home java major
  [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME")
  if java="$(command -v java 2>/dev/null)"; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$java")")")")
  fi
  candidates+=("${FALLBACK_JDKS[@]}")
  for home in "${candidates[@]}"; do
    [[ -x "$home/bin/java" && -x "$home/bin/javac" ]] || continue
    major="$(java_major "$home/bin/java")"
    if [[ -n "$major" && "$major" -ge "$MIN_JAVA" ]]; then
      export JAVA_HOME="$home"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  die "No JDK >= $MIN_JAVA found (looked at JAVA_HOME, java on PATH, ${FALLBACK_JDKS[*]}).
       Install one (e.g. Temurin 21 or 25) and set JAVA_HOME to it."
}

# ---------------------------------------------------------------------------------------------
# Maven Central artifacts through the backend's Maven wrapper
# ---------------------------------------------------------------------------------------------
# fetch_artifact <groupId:artifactId:version[:type]> <file name> — copies the artifact into
# .local/downloads/ (Maven caches it in ~/.m2 too) unless it is already there; prints its path.
# On a terminal Maven shows its live download progress; elsewhere (CI) one line per file.
fetch_artifact() {
  local gav="$1" file="$2" target="$DOWNLOAD_DIR/$2"
  if [[ ! -s "$target" ]]; then
    [[ -x "$BACKEND_DIR/mvnw" ]] || die "backend/mvnw is missing: cannot download $gav."
    [[ -n "${JAVA_HOME:-}" ]] || find_jdk
    log "downloading $gav from Maven Central (one time only; Maven keeps a copy in ~/.m2)"
    # Run outside any project (no pom in DOWNLOAD_DIR), so the backend's build plugins are not resolved.
    local cmd=("$BACKEND_DIR/mvnw" "$DEPENDENCY_PLUGIN:copy" -Dartifact="$gav" -DoutputDirectory="$DOWNLOAD_DIR")
    if [[ -t 2 ]]; then
      # Interactive: Maven draws its live "Progress (1): 42/157 MB" line.
      (cd "$DOWNLOAD_DIR" && "${cmd[@]}" >&2) || die "could not download $gav (see the Maven output above)."
    else
      # CI / logs: batch mode prints one "Downloading…/Downloaded… (size at speed)" line per file.
      (set -o pipefail; cd "$DOWNLOAD_DIR" && "${cmd[@]}" -B 2>&1 |
        { grep -v -E '^\[INFO\] (-+|Building .*|Scanning .*|BUILD SUCCESS|Total time.*|Finished at.*|-+< .* >-+|-+\[ pom \]-+|)$' >&2 || true; }) ||
        die "could not download $gav (see the Maven output above)."
    fi
    [[ -s "$target" ]] || die "download of $gav did not produce $target"
  fi
  printf '%s' "$target"
}

# extract_zip <zip> <directory> — with unzip when present, else with the JDK's jar tool
# (which does not keep file modes: callers chmod their scripts).
extract_zip() {
  mkdir -p "$2"
  if command -v unzip >/dev/null 2>&1; then
    unzip -q -o "$1" -d "$2"
  else
    [[ -n "${JAVA_HOME:-}" ]] || find_jdk
    (cd "$2" && "$JAVA_HOME/bin/jar" xf "$1")
  fi
}

# The Maven wrapper fetches Maven itself on first use; do that once, before several Maven
# processes (API build, Keycloak download) start at the same time.
ensure_maven_wrapper() {
  [[ -x "$BACKEND_DIR/mvnw" ]] || die "backend/mvnw is missing."
  [[ -n "${JAVA_HOME:-}" ]] || find_jdk
  (cd "$BACKEND_DIR" && ./mvnw --version >/dev/null) || die "the Maven wrapper (backend/mvnw) does not work."
}

# Dev mode (`quarkus:dev`) adds Qute's template debugger (Qute comes with the mailer) at the platform's version.
# The Maven Central that these machines reach lacks io.quarkus.qute:qute-debug 3.33.2 (it has 3.32.1 and 3.34.1).
# When Maven cannot get it, the neighbouring 3.32.1 is put in the local repository under 3.33.2 (dev mode only; the
# API does not use the debugger), with a warning. Where Maven Central has it, nothing happens.
ensure_dev_mode_artifacts() {
  local version
  version="$(sed -n 's:.*<quarkus.platform.version>\(.*\)</quarkus.platform.version>.*:\1:p' "$BACKEND_DIR/pom.xml")"
  if (cd "$DOWNLOAD_DIR" && "$BACKEND_DIR/mvnw" -B -q "$DEPENDENCY_PLUGIN:get" -Dartifact="io.quarkus.qute:qute-debug:$version" -Dtransitive=false >/dev/null 2>&1); then
    return 0
  fi
  warn "io.quarkus.qute:qute-debug:$version (a dev-mode-only add-on of Qute) is not on the Maven Central this machine reaches;"
  warn "using qute-debug 3.32.1 in its place for dev mode."
  local jar pom="$DOWNLOAD_DIR/qute-debug-$version.pom"
  jar="$(fetch_artifact "io.quarkus.qute:qute-debug:3.32.1" "qute-debug-3.32.1.jar")"
  # its dependencies as 3.32.1 declares them (qute-parent 3.32.1), with Qute itself at the platform's version
  cat >"$pom" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>io.quarkus.qute</groupId>
  <artifactId>qute-debug</artifactId>
  <version>$version</version>
  <description>qute-debug 3.32.1 in place of $version, which this machine's Maven Central lacks (infra/bin/lib.sh)</description>
  <dependencies>
    <dependency><groupId>io.quarkus.qute</groupId><artifactId>qute-core</artifactId><version>$version</version></dependency>
    <dependency><groupId>org.eclipse.lsp4j</groupId><artifactId>org.eclipse.lsp4j.debug</artifactId><version>0.24.0</version></dependency>
    <dependency><groupId>org.jboss.logging</groupId><artifactId>jboss-logging</artifactId><version>3.6.2.Final</version></dependency>
  </dependencies>
</project>
POM
  (cd "$DOWNLOAD_DIR" && "$BACKEND_DIR/mvnw" -B -q org.apache.maven.plugins:maven-install-plugin:3.2.0:install-file -Dfile="$jar" \
    -DpomFile="$pom") >&2 || die "could not provide qute-debug $version for dev mode."
}

# ---------------------------------------------------------------------------------------------
# Ports, URLs, processes
# ---------------------------------------------------------------------------------------------
# True when something accepts TCP connections on 127.0.0.1:<port>.
port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# wait_for_url <url> <timeout seconds> <name> [pid] [log file] [stop file] — polls until the URL answers 2xx/3xx.
# Every 10 s it prints how long it has waited (and the last line of the log, when given).
# Fails early when the optional pid (the service) has died, or when the optional stop file appears.
wait_for_url() {
  local url="$1" timeout="$2" name="$3" pid="${4:-}" logfile="${5:-}" stopfile="${6:-}" start now last_note line
  start="$(date +%s)"
  last_note="$start"
  while true; do
    if curl -fsS -o /dev/null --max-time 5 "$url" 2>/dev/null; then
      ok "$name is up ($(( $(date +%s) - start )) s): $url"
      return 0
    fi
    if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
      warn "$name stopped while starting."
      return 1
    fi
    if [[ -n "$stopfile" && -f "$stopfile" ]]; then
      warn "$name failed to start."
      return 1
    fi
    now="$(date +%s)"
    if (( now - start >= timeout )); then
      warn "$name did not answer on $url within $timeout s."
      return 1
    fi
    if (( now - last_note >= 10 )); then
      line=""
      if [[ -n "$logfile" && -f "$logfile" ]]; then
        # last non-empty log line, without colour codes, shortened
        line="$(grep -v '^[[:space:]]*$' "$logfile" 2>/dev/null | tail -n 1 | sed 's/\x1b\[[0-9;]*m//g' | cut -c1-100)" || true
      fi
      log "… waiting for $name ($(( now - start )) s)${line:+  | $line}"
      last_note="$now"
    fi
    sleep 1
  done
}

# stop_group <pid> <name> — stops the process group led by <pid> (started with setsid):
# TERM, up to 20 s grace, then KILL. Quiet when it is already gone.
stop_group() {
  local pid="$1" name="$2" _
  kill -0 -- "-$pid" 2>/dev/null || return 0
  log "stopping $name (process group $pid)"
  kill -TERM -- "-$pid" 2>/dev/null || true
  for _ in $(seq 1 40); do
    kill -0 -- "-$pid" 2>/dev/null || return 0
    sleep 0.5
  done
  warn "$name did not stop within 20 s; killing it."
  kill -KILL -- "-$pid" 2>/dev/null || true
  sleep 0.5
}

# Prints the pid stored in .local/run/<name>.pid when that process still runs.
running_pid() {
  local file="$RUN_DIR/$1.pid" pid
  [[ -f "$file" ]] || return 1
  pid="$(cat "$file")"
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    printf '%s' "$pid"
    return 0
  fi
  rm -f "$file"
  return 1
}

# Prints the last lines of a log file, framed, for failure reports.
# Stops the service a runner started under this pid-file name (its process group), and removes the pid file.
#   stop_service <pid name> <what, for the messages>
stop_service() {
  local pid
  if pid="$(running_pid "$1")"; then
    stop_group "$pid" "$2"
    rm -f "$RUN_DIR/$1.pid"
    ok "stopped $2"
  else
    log "$2 is not running (started by this script)"
  fi
}

show_log_tail() {
  local file="$1" lines="${2:-40}"
  [[ -f "$file" ]] || return 0
  printf '\n----- last %s lines of %s -----\n' "$lines" "$file" >&2
  tail -n "$lines" "$file" >&2
  printf -- '----- end of %s -----\n' "$file" >&2
}

# ---------------------------------------------------------------------------------------------
# Node.js and the frontend's dependencies
# ---------------------------------------------------------------------------------------------
MIN_NODE=20

check_node() {
  need_cmd node npm
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  (( major >= MIN_NODE )) || die "Node.js >= $MIN_NODE is required (found $(node --version))."
}

# npm ci, but only when node_modules is missing or older than package-lock.json.
ensure_node_modules() {
  local stamp="$FRONTEND_DIR/node_modules/.package-lock.json"
  [[ -f "$FRONTEND_DIR/package-lock.json" ]] || die "frontend/package-lock.json is missing."
  if [[ ! -f "$stamp" || "$FRONTEND_DIR/package-lock.json" -nt "$stamp" ]]; then
    log "installing the web app's dependencies (npm ci)"
    (cd "$FRONTEND_DIR" && npm ci --no-audit --no-fund) >&2 || die "npm ci failed."
  fi
}

# Stops background `<service>.sh start &` jobs (their PIDs as arguments; empty ones are skipped) that are still
# waiting for their service, so that a clean-up does not leave a starter behind.
stop_starters() {
  local starter
  for starter in "$@"; do
    if [[ -n "$starter" ]] && kill -0 "$starter" 2>/dev/null; then
      kill -TERM "$starter" 2>/dev/null || true
      wait "$starter" 2>/dev/null || true
    fi
  done
}
