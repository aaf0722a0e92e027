# Sourced by reliability tests that search through the real page: serve_page DB starts web/serve.sh
# (lighttpd + FastCGI) for DB on a free loopback port under $work/serve, sets $port and $server (the
# caller's EXIT trap kills it), and returns once the page answers. Needs $bin, $src and $work.
serve_page() {  # serve_page DB
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  UNRES_SERVE_DIR=$work/serve "$src/web/serve.sh" "$(dirname "$bin")" "$1" "$port" >"$work/serve.log" 2>&1 &
  server=$!
  for _ in $(seq 300); do curl -fs -o /dev/null "http://127.0.0.1:$port/unres.cgi" && return 0; sleep 0.1; done
}
