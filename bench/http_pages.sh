#!/usr/bin/env bash
# Serves the unres page (FastCGI and plain CGI) and Omega's CGI from one lighttpd, for the benchmark.
# Usage: bench/http_pages.sh BIN WORK PORT   (runs lighttpd in the foreground; kill it to stop)
# URLs: /unres.cgi (FastCGI, one responder per core), /unres-cgi/unres.cgi (plain CGI), /omega (plain CGI).
set -euo pipefail
bin=$(cd "$1" && pwd) work=$(cd "$2" && pwd) port=$3
here=$(cd "$(dirname "$0")" && pwd)
omega_cgi=$(command -v omega || echo /usr/lib/cgi-bin/omega/omega)
conf=$work/http/lighttpd.conf
mkdir -p "$work/http/docs" "$work/http/cgi"
ln -sfn "$bin/unres.cgi" "$work/http/cgi/unres.cgi"
ln -sfn "$omega_cgi" "$work/http/cgi/omega"
env='"UNRES_DB" => "'$work/unres.db'", "UNRES_TEMPLATE" => "'$here/../web'", "UNRES_STATIC_URL" => "/static", "OMEGA_CONFIG_FILE" => "'$work/omega.conf'"'
cat >"$conf" <<CONF
server.modules = ("mod_alias", "mod_setenv", "mod_cgi", "mod_fastcgi")
server.bind = "127.0.0.1"
server.port = $port
server.document-root = "$work/http/docs"
server.errorlog = "$work/http/error.log"
alias.url = ("/unres-cgi/" => "$work/http/cgi/", "/omega" => "$work/http/cgi/omega")
\$HTTP["url"] =~ "^/(unres-cgi/|omega)" { cgi.assign = ("" => "") }
setenv.add-environment = ($env)
fastcgi.server = ("/unres.cgi" => ((
  "socket" => "$work/http/unres-fastcgi.socket",
  "bin-path" => "$bin/unres.cgi",
  "bin-environment" => ($env),
  "max-procs" => $(nproc),
  "check-local" => "disable"
)))
CONF
lighttpd=$(command -v lighttpd || echo /usr/sbin/lighttpd)
exec "$lighttpd" -D -f "$conf"
