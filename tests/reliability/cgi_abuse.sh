#!/usr/bin/env bash
# CGI abuse: N random and hostile requests (default 1000) to unres.cgi behind the real lighttpd on 127.0.0.1;
# every one answered in time with a proper status and no internals, and the server still answers afterwards.
# Usage: cgi_abuse.sh [N=1000] [SEED=1]   (env UNRES_BIN_DIR, UNRES_SOURCE_DIR, as CTest sets them)
set -euo pipefail
n=${1:-1000}
seed=${2:-1}
bin=${UNRES_BIN_DIR:?}
src=${UNRES_SOURCE_DIR:?}
command -v lighttpd >/dev/null || [[ -x /usr/sbin/lighttpd ]] || { echo "SKIP: lighttpd is not installed"; exit 77; }
work=$(mktemp -d)
server=
trap '[[ -n $server ]] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
"$bin/unres-index" --quiet --db "$work/db" "$src"/sample-corpus/A-RES-*
# shellcheck source=serve_page.sh
. "$(dirname "${BASH_SOURCE[0]}")/serve_page.sh"
serve_page "$work/db"
# Bounded: the client stops after N requests; the whole run after 30 min at most.
status=0
timeout 1800 python3 "$(dirname "${BASH_SOURCE[0]}")/cgi_abuse.py" "$port" "$n" "$seed" || status=$?
after=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' --max-time 10 "http://127.0.0.1:$port/unres.cgi?q=mines") || true
if [[ $after == 200\ * ]]; then
  echo "ok   the server still answers: q=mines -> $after s"
else
  echo "FAIL the server does not answer after the run: '$after'"; status=1
fi
if grep -qiE 'sanitizer|terminate|segmentation|signal' "$work/serve/error.log" 2>/dev/null; then
  echo "FAIL the CGI reported a crash:"; grep -iE 'sanitizer|terminate|segmentation|signal' "$work/serve/error.log" | head -5
  status=1
fi
exit "$status"
