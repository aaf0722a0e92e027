#!/usr/bin/env bash
# serve.sh: serve unres.cgi and web/static on 127.0.0.1 with lighttpd, in the foreground.
# Usage: web/serve.sh BUILD_DIR DB_DIR [PORT]   (make -f Makefile.dist serve BUILD=… DB=… PORT=…)
# UNRES_BASE_URL: the page's public URL for OpenSearch and links (default http://127.0.0.1:PORT/unres.cgi).
# Writes BUILD_DIR/serve/lighttpd.conf (or $UNRES_SERVE_DIR/). UNRES_SERVE_MODE=fastcgi (the default)
# runs unres.cgi as FastCGI responders, one per core (UNRES_FASTCGI_PROCS), which keep the database and
# templates open; UNRES_SERVE_MODE=cgi starts it once per request. Either way it gets UNRES_DB,
# UNRES_TEMPLATE and UNRES_STATIC_URL from this configuration only.
set -euo pipefail

if [[ $# -lt 2 ]]; then
  echo "usage: $0 BUILD_DIR DB_DIR [PORT]" >&2
  exit 2
fi
abs() { (cd "$1" && pwd -P); }
web_dir=$(abs "$(dirname "${BASH_SOURCE[0]}")")
build_dir=$(abs "$1")
db_dir=$(abs "$2")
port=${3:-8080}
mode=${UNRES_SERVE_MODE:-fastcgi}
procs=${UNRES_FASTCGI_PROCS:-$(nproc 2>/dev/null || echo 2)}
cgi="$build_dir/bin/unres.cgi"
lighttpd=${LIGHTTPD:-$(command -v lighttpd || echo /usr/sbin/lighttpd)}

[[ -x "$cgi" ]] || { echo "serve.sh: $cgi not found; build first (make -f Makefile.dist build)" >&2; exit 1; }
[[ -x "$lighttpd" ]] || { echo "serve.sh: lighttpd not found; install it (apt-get install lighttpd)" >&2; exit 1; }
[[ "$port" =~ ^[0-9]+$ ]] || { echo "serve.sh: PORT must be a number, not '$port'" >&2; exit 2; }
[[ "$mode" == fastcgi || "$mode" == cgi ]] || { echo "serve.sh: UNRES_SERVE_MODE must be fastcgi or cgi, not '$mode'" >&2; exit 2; }
[[ "$procs" =~ ^[1-9][0-9]*$ ]] || { echo "serve.sh: UNRES_FASTCGI_PROCS must be a positive number, not '$procs'" >&2; exit 2; }
for path in "$web_dir" "$build_dir" "$db_dir"; do
  [[ "$path" != *'"'* && "$path" != *'\'* ]] || { echo "serve.sh: unsupported character in path $path" >&2; exit 2; }
done

conf_dir=${UNRES_SERVE_DIR:-"$build_dir/serve"}
mkdir -p "$conf_dir"
conf="$conf_dir/lighttpd.conf"
base_url=${UNRES_BASE_URL:-http://127.0.0.1:$port/unres.cgi}
[[ "$base_url" != *'"'* && "$base_url" != *'\'* ]] || { echo "serve.sh: unsupported character in UNRES_BASE_URL" >&2; exit 2; }
# Load shedding: past UNRES_MAX_REQUESTS searches at once (default twice the cores) the page answers 503 with
# Retry-After at once; the slots are lock files every page process shares.
max_requests=${UNRES_MAX_REQUESTS:-$((2 * $(nproc 2>/dev/null || echo 2)))}
[[ "$max_requests" =~ ^[1-9][0-9]*$ ]] || { echo "serve.sh: UNRES_MAX_REQUESTS must be a positive number, not '$max_requests'" >&2; exit 2; }
mkdir -p "$conf_dir/slots"
# Descriptors for thousands of connections, within what this machine allows a process.
hard_fds=$(ulimit -Hn)
max_fds=16384
[[ $hard_fds == unlimited || $hard_fds -ge $max_fds ]] || max_fds=$hard_fds
settings='"UNRES_DB" => "'"$db_dir"'", "UNRES_TEMPLATE" => "'"$web_dir"'", "UNRES_STATIC_URL" => "/static", "UNRES_BASE_URL" => "'"$base_url"'", "UNRES_SLOT_DIR" => "'"$conf_dir/slots"'", "UNRES_MAX_REQUESTS" => "'"$max_requests"'"'
# UNRES_EXPORT_HOLD (tests only): a FIFO each download waits on after its header lines.
if [[ -n ${UNRES_EXPORT_HOLD:-} ]]; then
  [[ "$UNRES_EXPORT_HOLD" != *'"'* && "$UNRES_EXPORT_HOLD" != *'\'* ]] || { echo "serve.sh: unsupported character in UNRES_EXPORT_HOLD" >&2; exit 2; }
  settings+=', "UNRES_EXPORT_HOLD" => "'"$UNRES_EXPORT_HOLD"'"'
fi
if [[ "$mode" == fastcgi ]]; then
  # A responder that dies (or ends a request past its time limit) is started again by lighttpd.
  module=mod_fastcgi
  handler=$(cat <<FCGI
fastcgi.server = ("/unres.cgi" => ((
  "socket" => "$conf_dir/unres-fastcgi.socket",
  "bin-path" => "$cgi",
  "bin-environment" => ($settings),
  "max-procs" => $procs,
  "listen-backlog" => $((max_requests * 4)),
  "check-local" => "disable"
)))
FCGI
)
else
  module=mod_cgi
  handler=$(cat <<CGI
alias.url += ("/unres.cgi" => "$cgi")
cgi.assign = (".cgi" => "")
setenv.add-environment = ($settings)
CGI
)
fi
cat >"$conf" <<CONF
# Written by web/serve.sh; edit that script, not this file.
# The handler's module comes before mod_staticfile, which would otherwise answer first.
server.modules = ("mod_alias", "mod_redirect", "mod_setenv", "$module", "mod_staticfile")
server.bind = "127.0.0.1"
server.port = $port
server.document-root = "$web_dir/static"
server.errorlog = "$conf_dir/error.log"
server.tag = "unres"
server.follow-symlink = "disable"
# Slow or idle clients cannot hold connections for long: 1,500 slow connections must not starve the others.
server.max-fds = $max_fds
server.max-connections = $((max_fds / 2))
server.max-read-idle = 10
server.max-write-idle = 30
server.max-keep-alive-idle = 5
server.max-keep-alive-requests = 100
server.max-request-field-size = 8192
server.stream-response-body = 1  # a download reaches the client as the page writes it
server.max-request-size = 128
url.redirect = ("^/([?].*)?\$" => "/unres.cgi\$1")
alias.url = ("/static/" => "$web_dir/static/")
$handler
# Every answer (static files and the server's own error pages too) carries the page's security headers.
setenv.set-response-header = (
  "Content-Security-Policy" => "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  "X-Content-Type-Options" => "nosniff",
  "Referrer-Policy" => "same-origin"
)
\$HTTP["url"] =~ "^/static/" {
  setenv.add-response-header = ("Cache-Control" => "max-age=3600")
}
mimetype.assign = (
  ".css" => "text/css; charset=utf-8",
  ".js" => "text/javascript; charset=utf-8",
  ".svg" => "image/svg+xml",
  ".png" => "image/png",
  ".xml" => "application/xml; charset=utf-8"
)
CONF

"$lighttpd" -tt -f "$conf" >/dev/null
echo "unres: serving $db_dir at http://127.0.0.1:$port/unres.cgi as $mode  (Ctrl-C to stop; config $conf)"
exec "$lighttpd" -D -f "$conf"
