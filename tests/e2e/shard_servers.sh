#!/usr/bin/env bash
# Sourced by the shard tests: free loopback ports and xapian-tcpsrv servers that are always stopped.
# Callers set "work" (a scratch directory) and call stop_servers from their EXIT trap.
# shellcheck disable=SC2154 # work is the caller's
server_pids=()
started_port=""

# A TCP port on 127.0.0.1 that nothing listens on right now.
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# start_tcpsrv DB...: serves the databases read-only on a free loopback port, left in $started_port.
start_tcpsrv() {
  local port
  for _ in 1 2 3 4 5; do
    port=$(free_port)
    # Its own session: on SIGTERM xapian-tcpsrv signals its whole process group, which would
    # otherwise include this script.
    setsid xapian-tcpsrv --quiet --interface 127.0.0.1 --port "$port" --timeout 60000 "$@" \
      >"$work/tcpsrv-$port.log" 2>&1 &
    server_pids+=($!)
    for _ in $(seq 300); do
      if python3 -c "import socket,sys; socket.create_connection(('127.0.0.1', $port), 0.2)" 2>/dev/null; then
        # shellcheck disable=SC2034 # read by the caller
        started_port=$port
        return 0
      fi
      kill -0 "${server_pids[-1]}" 2>/dev/null || break
      sleep 0.1
    done
  done
  echo "cannot start xapian-tcpsrv for $*" >&2
  return 1
}

stop_servers() {
  local pid
  for pid in "${server_pids[@]}"; do
    kill -CONT "$pid" 2>/dev/null || true
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${server_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  server_pids=()
}
