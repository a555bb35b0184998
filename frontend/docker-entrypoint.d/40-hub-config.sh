#!/bin/sh
# Writes the web app's runtime configuration (/config.json) from the environment when the
# container starts, so the same image serves every environment. Run by nginx's entrypoint.
set -eu
json_escape() { printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g'; }
cat >/usr/share/nginx/html/config.json <<JSON
{
  "keycloakUrl": "$(json_escape "${HUB_KEYCLOAK_URL:-http://localhost:8180}")",
  "realm": "$(json_escape "${HUB_REALM:-leercultuur}")",
  "clientId": "$(json_escape "${HUB_CLIENT_ID:-hub-web}")",
  "apiBaseUrl": ""
}
JSON
echo "40-hub-config.sh: wrote /config.json (Keycloak ${HUB_KEYCLOAK_URL:-http://localhost:8180}, realm ${HUB_REALM:-leercultuur})"
