#!/usr/bin/env bash
# Benchmarks one corpus (real | 1k | 10k | 100k): indexes it with unres, scriptindex and FTS5, then queries each.
# Usage: bench/bench_corpus.sh BUILD SIZE WORKDIR   (results appended to WORKDIR/results.jsonl)
set -euo pipefail

build=$1 size=$2 work=$3
here=$(cd "$(dirname "$0")" && pwd)
bin=$build/bin
runs=${BENCH_RUNS:-3}
# Indexing the large corpora takes minutes per engine: one run there unless asked otherwise.
case $size in real | 1k) index_runs=${BENCH_INDEX_RUNS:-3} ;; *) index_runs=${BENCH_INDEX_RUNS:-1} ;; esac
mkdir -p "$work"
results=$work/results.jsonl
: >"$results"

record() { # record WHAT RUN JSON: one result line
  printf '{"corpus":"%s","what":"%s","run":%s,"data":%s}\n' "$size" "$1" "$2" "$3" >>"$results"
}

# The corpus: the real one (skipped when absent) or a generated one, checked with --parse.
if [ "$size" = real ]; then
  corpus=$here/../../shared/un-corpus/text
  if [ ! -d "$corpus" ]; then
    echo "bench: no real corpus at ../shared/un-corpus/text; skipping" >&2
    exit 0
  fi
else
  count=${size%k}000
  corpus=$build/bench-corpora/gen-$size
  if [ ! -f "$corpus/manifest.jsonl" ] || [ "$(wc -l <"$corpus/manifest.jsonl")" != "$count" ]; then
    echo "bench: generating $count resolutions into $corpus" >&2
    rm -rf "$corpus"
    python3 "$here/gen_corpus.py" "$count" "$corpus"
  fi
fi
corpus_bytes=$(find "$corpus" -type f \( -name '*.txt' -o -name '*.md' \) -printf '%s\n' | awk '{s+=$1} END {print s}')

echo "bench[$size]: parsing" >&2
"$bin/unres-index" --parse "$corpus" >"$work/parse.jsonl" 2>"$work/parse.err" || true
if [ "$size" != real ]; then
  python3 "$here/check_corpus.py" "$corpus/manifest.jsonl" <"$work/parse.jsonl" | tee "$work/check.txt" >&2
fi
paragraphs=$(python3 -c 'import json,sys; print(sum(len(json.loads(l)["paragraphs"]) for l in sys.stdin))' <"$work/parse.jsonl")
record corpus 0 "{\"bytes\":$corpus_bytes,\"paragraphs\":$paragraphs,\"files\":$(wc -l <"$work/parse.jsonl")}"
python3 "$here/to_scriptindex.py" <"$work/parse.jsonl" >"$work/scriptindex.in"
python3 "$here/translate_queries.py" "$here/queries.txt" "$work/q"
printf 'broad\tthe\t\n' >"$work/q/broad.tsv"
printf 'broad\tthe\n' >"$work/q/broad.batch"

timed() { # timed WHAT RUN COMMAND...: run under /usr/bin/time -v and record wall time and peak RSS
  local what=$1 run=$2
  shift 2
  /usr/bin/time -v -o "$work/time.txt" "$@" >/dev/null 2>"$work/$what.err"
  record "$what" "$run" "$(python3 "$here/time_json.py" "$work/time.txt")"
}

size_of() { du -sb "$1" | cut -f1; }

for run in $(seq 1 "$index_runs"); do
  echo "bench[$size]: indexing, run $run/$index_runs" >&2
  rm -rf "$work/unres.db" "$work/omega.db" "$work/fts5.sqlite"
  timed index_unres "$run" "$bin/unres-index" --quiet --db "$work/unres.db" "$corpus"
  timed index_scriptindex "$run" scriptindex --overwrite "$work/omega.db" "$here/scriptindex.idx" "$work/scriptindex.in"
  timed index_fts5 "$run" python3 "$here/fts5_load.py" "$work/fts5.sqlite" <"$work/parse.jsonl"
done
rm -rf "$work/unres.compact" "$work/omega.compact"
xapian-compact "$work/unres.db" "$work/unres.compact" >/dev/null
xapian-compact "$work/omega.db" "$work/omega.compact" >/dev/null
record sizes 0 "{\"unres\":$(size_of "$work/unres.db"),\"unres_compact\":$(size_of "$work/unres.compact"),\
\"omega\":$(size_of "$work/omega.db"),\"omega_compact\":$(size_of "$work/omega.compact"),\
\"fts5\":$(size_of "$work/fts5.sqlite")}"

# Omega reads its configuration from OMEGA_CONFIG_FILE; DB=bench names the scriptindex database.
mkdir -p "$work/omega-dbs" "$work/omega-log"
ln -sfn "$work/omega.db" "$work/omega-dbs/bench"
printf 'database_dir %s\ntemplate_dir %s\nlog_dir %s\n' "$work/omega-dbs" "$here/omega/templates" \
  "$work/omega-log" >"$work/omega.conf"
omega_cgi=$(command -v omega || echo /usr/lib/cgi-bin/omega/omega)

# The pages over HTTP: one lighttpd serves unres as FastCGI responders and as plain CGI, and Omega's CGI.
sed 's/&format=json//' "$work/q/unres.cgi.qs" >"$work/q/unres.html.qs"
http_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$here/http_pages.sh" "$bin" "$work" "$http_port" >"$work/http.log" 2>&1 &
http_server=$!
trap 'kill "$http_server" 2>/dev/null || true' EXIT
for i in $(seq 101); do
  curl -fs -o /dev/null "http://127.0.0.1:$http_port/unres.cgi" && break
  [ "$i" -le 100 ] || { echo "bench: the web server did not start: $(cat "$work/http.log")" >&2; exit 1; }
  sleep 0.1
done
http() { # http WHAT RUN PATH QS_FILE CLIENTS
  record "$1" "$2" "$(python3 "$here/http_latency.py" "http://127.0.0.1:$http_port$3" "$4" "$5")"
}

for run in $(seq 1 "$runs"); do
  echo "bench[$size]: querying, run $run/$runs" >&2
  # Interleaved, unres then Omega, one client then two: each pair meets the same machine state.
  http http_unres_fastcgi "$run" /unres.cgi "$work/q/unres.html.qs" 1
  http http_omega "$run" /omega "$work/q/omega.cgi.qs" 1
  http http_unres_fastcgi_c2 "$run" /unres.cgi "$work/q/unres.html.qs" 2
  http http_omega_c2 "$run" /omega "$work/q/omega.cgi.qs" 2
  http http_unres_cgi "$run" /unres-cgi/unres.cgi "$work/q/unres.html.qs" 1
  record cgi_unres "$run" "$(python3 "$here/cgi_latency.py" "$bin/unres.cgi" "$work/q/unres.cgi.qs" 1 \
    UNRES_DB="$work/unres.db")"
  # The search page people see (HTML with the facet sidebar), for reference next to the JSON answer.
  record cgi_unres_html "$run" "$(python3 "$here/cgi_latency.py" "$bin/unres.cgi" "$work/q/unres.html.qs" 1 \
    UNRES_DB="$work/unres.db" UNRES_TEMPLATE="$here/../web")"
  record cgi_omega "$run" "$(python3 "$here/cgi_latency.py" "$omega_cgi" "$work/q/omega.cgi.qs" 1 \
    OMEGA_CONFIG_FILE="$work/omega.conf")"
  # Latency: one query written, its answer read, then the next (as an interactive script does).
  record batch_unres "$run" "$(python3 "$here/batch_latency.py" 3 -- "$bin/unres-search" --db "$work/unres.db" \
    --batch - <"$work/q/unres.batch")"
  record batch_unres_nofacets "$run" "$(python3 "$here/batch_latency.py" 3 -- "$bin/unres-search" \
    --db "$work/unres.db" --no-facets --batch - <"$work/q/unres.batch")"
  # Throughput: the whole query set piped in (bulk look-ups), with the default threads and with one.
  record stream_unres "$run" "$(python3 "$here/batch_throughput.py" 3 -- "$bin/unres-search" \
    --db "$work/unres.db" --batch - <"$work/q/unres.batch")"
  record stream_unres_1 "$run" "$(python3 "$here/batch_throughput.py" 3 -- "$bin/unres-search" \
    --db "$work/unres.db" --threads 1 --batch - <"$work/q/unres.batch")"
  # The plain Xapian baseline runs on scriptindex's database of the same paragraphs.
  for mode in facets nofacets; do
    record "baseline_$mode" "$run" "$("$build/bench/enquire-baseline" "$work/omega.db" "$work/q/baseline.tsv" "$mode" 3)"
  done
  for mode in facets nofacets; do
    record "fts5_$mode" "$run" "$(python3 "$here/fts5_query.py" "$work/fts5.sqlite" "$work/q/fts5.jsonl" 3 "$mode")"
  done
  # The broadest query: exact facets over (nearly) every paragraph.
  record broad_unres "$run" "$(python3 "$here/batch_latency.py" 5 -- "$bin/unres-search" --db "$work/unres.db" \
    --batch - <"$work/q/broad.batch")"
  record broad_baseline "$run" "$("$build/bench/enquire-baseline" "$work/omega.db" "$work/q/broad.tsv" facets 5)"
done
