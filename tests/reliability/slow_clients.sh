#!/usr/bin/env bash
# Slow clients: 1,500 connections that send half a request and then trickle (slowloris) must not starve normal
# requests to the page behind lighttpd (serve.sh): with them all open, a search is still answered at once.
# Usage: slow_clients.sh [N=1500]   (env UNRES_BIN_DIR, UNRES_SOURCE_DIR)
set -euo pipefail
n=${1:-1500}
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
python3 - "$port" "$n" <<'PY'
import resource, socket, subprocess, sys
port, n = int(sys.argv[1]), int(sys.argv[2])
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
if hard != resource.RLIM_INFINITY and hard < n + 256:
    n = max(hard // 2 - 64, 1)  # this machine's limit; lighttpd takes half of it as connections
    print(f"slow_clients: this machine allows {hard} descriptors; {n} slow connections instead")
resource.setrlimit(resource.RLIMIT_NOFILE, (n + 256 if hard == resource.RLIM_INFINITY else min(hard, n + 256), hard))
slow = []
for i in range(n):  # each sends the start of a request, never its end
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(b"GET /unres.cgi?q=mines HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
    slow.append(s)
for s in slow[: n // 2]:  # and trickle one more byte, as a slowloris keeps its connection alive
    s.sendall(b"a")
out = subprocess.run(["curl", "-s", "-o", "/dev/null", "-w", "%{http_code} %{time_total}", "--max-time", "5",
                      f"http://127.0.0.1:{port}/unres.cgi?q=mines"], capture_output=True, text=True).stdout
still_open = 0
for s in slow:
    try:
        s.sendall(b"b")
        still_open += 1
    except OSError:
        pass
print(f"slow_clients: {n} slow connections open; a normal search -> {out or 'no answer'} s")
sys.exit(0 if out.startswith("200 ") else 1)
PY
