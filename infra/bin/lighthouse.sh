#!/usr/bin/env bash
# Lighthouse (mobile) on the production build of the web app, served by nginx with the web app's own nginx.conf
# (frontend/nginx.conf: gzip, cache headers, /api proxied to the API), as the container image serves it:
#
#   infra/bin/lighthouse.sh          # against a running API (default http://localhost:8080, i.e. `make run`)
#
# `make e2e` (and so `make test`) runs it against its own stack after the Playwright tests. It fails when the home,
# search or item page scores under performance 0.95 or accessibility 1 (median of LIGHTHOUSE_RUNS runs, default 5, each after the machine is quiet);
# the HTML reports go to frontend/test-results/lighthouse/.
#
# Environment:
#   LH_API_URL    the API that nginx proxies /api and /q to (default http://localhost:8080)
#   LH_KC_URL     Keycloak for the app's config.json (default http://localhost:8180)
#   LH_PORT       nginx's port on 127.0.0.1 (default 4180)
#   SKIP_BUILD=1  use the existing frontend/dist
# Needs nginx (Debian package `nginx`; .ci/run installs it) and Chromium (/usr/bin/chromium or CHROME_PATH).
set -euo pipefail
LOG_TAG=lighthouse
# shellcheck source=infra/bin/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

LH_API_URL="${LH_API_URL:-http://localhost:8080}"
LH_KC_URL="${LH_KC_URL:-http://localhost:8180}"
LH_PORT="${LH_PORT:-4180}"
LH_DIR="$ROOT_DIR/infra/lighthouse"
DIST="$FRONTEND_DIR/dist"
REPORTS="$FRONTEND_DIR/test-results/lighthouse"

check_node
need_cmd nginx curl
[[ -x "${CHROME_PATH:-/usr/bin/chromium}" ]] || die "Chromium is missing (apt-get install -y chromium, or set CHROME_PATH)"
port_open "$LH_PORT" && die "port $LH_PORT is in use (set LH_PORT)"

if [[ "${SKIP_BUILD:-0}" != 1 || ! -f "$DIST/index.html" ]]; then
  ensure_node_modules
  log "building the web app (npm run build)"
  (cd "$FRONTEND_DIR" && npm run build --silent) >&2 || die "frontend build failed"
fi
if [[ ! -d "$LH_DIR/node_modules/lighthouse" ]]; then
  log "installing Lighthouse (infra/lighthouse, npm ci)"
  (cd "$LH_DIR" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error) >&2 || die "npm ci failed"
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/hub-lighthouse.XXXXXX")"
chmod 755 "$WORK"   # started as root, nginx's workers run as nobody and must read the files
NGINX_PID=""
# shellcheck disable=SC2317  # called by the EXIT trap
cleanup() {
  local rc=$?
  [[ -n "$NGINX_PID" ]] && { kill "$NGINX_PID" 2>/dev/null || true; wait "$NGINX_PID" 2>/dev/null || true; }
  rm -rf "$WORK"
  exit "$rc"
}
trap cleanup EXIT

# The app's server block as the image uses it, with this machine's port, build folder and API.
mkdir -p "$WORK/html"
cp -r "$DIST/." "$WORK/html/"
cat >"$WORK/html/config.json" <<JSON
{ "keycloakUrl": "$LH_KC_URL", "realm": "leercultuur", "clientId": "hub-web", "apiBaseUrl": "" }
JSON
sed -e "s|listen 8080;|listen 127.0.0.1:$LH_PORT;|" \
    -e "s|root /usr/share/nginx/html;|root $WORK/html;|" \
    -e "s|\${HUB_API_UPSTREAM}|$LH_API_URL|g" \
    "$FRONTEND_DIR/nginx.conf" >"$WORK/server.conf"
cat >"$WORK/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $WORK/nginx.pid;
error_log $WORK/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  client_body_temp_path $WORK/client_body;
  proxy_temp_path $WORK/proxy;
  fastcgi_temp_path $WORK/fastcgi;
  uwsgi_temp_path $WORK/uwsgi;
  scgi_temp_path $WORK/scgi;
  include $WORK/server.conf;
}
CONF
nginx -c "$WORK/nginx.conf" -p "$WORK" 2>>"$WORK/error.log" &
NGINX_PID=$!
wait_for_url "http://127.0.0.1:$LH_PORT/" 30 "nginx" "$NGINX_PID" "$WORK/error.log" || die "nginx did not start"
curl -fsS -o /dev/null "http://127.0.0.1:$LH_PORT/api/v1/themes" || die "nginx cannot reach the API at $LH_API_URL"

# localhost (not 127.0.0.1): the realm's hub-web client accepts http://localhost:4180 as the app's address
log "Lighthouse (mobile) on http://localhost:$LH_PORT — home, search and item page"
(cd "$LH_DIR" && CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}" node check.mjs "http://localhost:$LH_PORT" "$REPORTS")
