#!/usr/bin/env bash
# Resource bounds: peak RSS and time of worst-case queries through unres.cgi (wildcards over the vocabulary,
# deep nesting, the largest result window); each must stay under MAX_RSS_MB and MAX_SECONDS.
# Usage: resource_bounds.sh [N=300] [MAX_RSS_MB=400] [MAX_SECONDS=10]   (env UNRES_BIN_DIR, UNRES_SOURCE_DIR)
set -euo pipefail
n=${1:-300}
max_rss_mb=${2:-400}
max_seconds=${3:-10}
bin=${UNRES_BIN_DIR:?}
src=${UNRES_SOURCE_DIR:?}
[[ -x /usr/bin/time ]] || { echo "SKIP: /usr/bin/time is missing (apt-get install time)"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$(dirname "${BASH_SOURCE[0]}")/make_corpus.sh" "$n" "$work/corpus"
"$bin/unres-index" --quiet --db "$work/db" "$work/corpus"
export UNRES_DB=$work/db UNRES_TEMPLATE=$src/web REQUEST_METHOD=GET
enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote_plus(sys.argv[1]))' "$1"; }
all=$(printf '%s* ' {a..z})
nested=$(printf '(%.0s' {1..490})mines$(printf ')%.0s' {1..490})
long=$(printf 'assembly OR %.0s' {1..80})peace
failures=0
printf '%-44s %8s %8s %s\n' "query" "RSS MB" "seconds" "status"
while IFS='|' read -r name qs; do
  /usr/bin/time -f '%M %e' -o "$work/time" env QUERY_STRING="$qs" "$bin/unres.cgi" >"$work/out" 2>/dev/null
  read -r rss_kb secs <"$work/time"
  status=$(head -1 "$work/out" | cut -d' ' -f2)
  rss_mb=$((rss_kb / 1024))
  printf '%-44s %8d %8s %s\n' "$name" "$rss_mb" "$secs" "$status"
  if ((rss_mb > max_rss_mb)) || [[ $(echo "$secs > $max_seconds" | bc) == 1 ]] || [[ $status == 5* ]]; then
    echo "FAIL $name"; failures=$((failures + 1))
  fi
done <<EOF2
baseline: q=mines|q=mines&format=json
a* .. z* (26 wildcards, 1000 terms each)|q=$(enc "$all")&format=json
a* .. z* OR'ed, sorted by date, collapsed|q=$(enc "${all// / OR }x")&sort=date&collapse=1&format=json
* alone|q=$(enc '*')&format=json
filters only, largest window|session=78&session=79&limit=100&offset=10000&format=json
490-deep parentheses|q=$(enc "$nested")&format=json
80-way OR, 100 hits, HTML|q=$(enc "$long")&limit=100
phrase of 60 common words|q=$(enc "\"$(printf 'the %.0s' {1..60})\"")&format=json
offset 10^12 (capped)|q=assembly&offset=1000000000000&limit=100&format=json
EOF2
echo "resource_bounds: $n resolutions, $(grep -c . <<<"$(ls "$work/corpus")") files, $failures over the bounds (${max_rss_mb} MB, ${max_seconds} s)"
((failures == 0))
