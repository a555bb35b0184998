#!/usr/bin/env bash
# Rebuilds the knowledge search index from PostgreSQL, the source of truth, through the running API's management
# interface (knowledge.search.SearchIndexManagement), and shows the progress until it is done.
#
#   infra/bin/reindex.sh            (make reindex)
#
# When: after a change of the index mapping or the text analysis, after a node was replaced or lost its data, or
# after items were changed with SQL. Searches keep working meanwhile; they see the items done so far.
#
# Environment:
#   MGMT_URL   the API's management interface (default http://localhost:9080, as under `make run`; the end-to-end
#              stack uses http://localhost:9081; in production, the management port of any one API replica)
set -euo pipefail
LOG_TAG=reindex
# shellcheck source=infra/bin/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

MGMT_URL="${MGMT_URL:-http://localhost:9080}"
STATUS_URL="$MGMT_URL/admin/search-index"
need_cmd curl python3

# one line from the status JSON: "running done total indexed items failure"
read_status() {
  python3 -c 'import json, sys
s = json.load(sys.stdin); r = s.get("rebuild") or {}
print(str(r.get("running", False)).lower(), r.get("done", 0), r.get("total", 0), s.get("indexed"), s.get("items"),
      (r.get("failure") or "").replace("\n", " "))'
}

curl -fsS -X POST "$STATUS_URL/rebuild" >/dev/null ||
  die "the API's management interface did not answer at $MGMT_URL (is the API running? set MGMT_URL)."
log "rebuilding the search index from PostgreSQL …"
last=""
while :; do
  status="$(curl -fsS "$STATUS_URL")" || die "lost the API's management interface at $MGMT_URL during the rebuild."
  read -r running count total indexed items failure <<<"$(read_status <<<"$status")"
  if [[ "$running" == false ]]; then
    [[ -z "$failure" ]] || die "the rebuild failed: $failure (see the API's log)."
    ok "search index rebuilt: $indexed items in the index, $items in PostgreSQL."
    exit 0
  fi
  line="$count of $total items"
  [[ "$line" == "$last" ]] || log "… $line"
  last="$line"
  sleep 1
done
