#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan+UBSan) in build-fuzz/ and runs each for SECONDS; any crash fails.
# Usage: tests/fuzz/run.sh [SECONDS_PER_TARGET=60] [TARGET...]   (targets: parser pdf query cgi)
# Env: UNRES_FUZZ_BUILD (default build-fuzz), JOBS. Corpora grow in $UNRES_FUZZ_BUILD/fuzz-corpus/ across runs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
seconds=${1:-60}
shift || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(parser pdf query cgi)
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "run.sh: SECONDS must be a whole number, not '$seconds'" >&2; exit 2; }
build=${UNRES_FUZZ_BUILD:-build-fuzz}
shared=../shared/un-corpus
command -v clang++ >/dev/null || { echo "run.sh: clang++ is missing (apt-get install clang libclang-rt-14-dev)" >&2; exit 1; }

if [[ ! -f "$build/CMakeCache.txt" ]]; then
  cmake -S . -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DUNRES_BUILD_FUZZERS=ON -DUNRES_BUILD_TESTS=OFF -DUNRES_BUILD_CGI=OFF >/dev/null
fi
cmake --build "$build" -j "${JOBS:-$(nproc)}" --target "${targets[@]/#/fuzz_}" >/dev/null

# url-encodes stdin (one line) for a query string.
urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote_plus(sys.stdin.read().rstrip("\n")), end="")'; }

# seed TARGET DIR: fills DIR with seed inputs from sample-corpus/, sample-queries/, ../shared and regressions/.
seed() {
  local target=$1 dir=$2 f q opts
  rm -rf "$dir" && mkdir -p "$dir"
  cp tests/fuzz/regressions/"$target"/* "$dir"/ 2>/dev/null || true
  case $target in
    parser)
      cp sample-corpus/A-RES-* "$dir"/
      # The 40 smallest real resolutions: enough shapes, small enough to mutate quickly.
      if [[ -d $shared/text ]]; then
        ls -S "$shared"/text | tail -40 | while read -r f; do cp "$shared/text/$f" "$dir"/; done
      fi ;;
    pdf)
      cp tests/fuzz/seeds/pdf/* "$dir"/
      if [[ -d $shared/pdf ]]; then cp "$shared"/pdf/*.pdf "$dir"/; fi ;;
    query|cgi)
      for f in sample-queries/*.query; do
        q=$(head -n 1 "$f")
        opts=$(sed -n 's/^options: //p' "$f" | sed -E 's/--([a-z]+) +([^ ]+)/\1=\2/g; s/ /\&/g')
        if [[ $target == query ]]; then
          printf '%s\n%s' "$q" "$opts" >"$dir/$(basename "$f" .query)"
        else
          printf 'q=%s&%s' "$(printf '%s' "$q" | urlencode)" "$opts" >"$dir/$(basename "$f" .query)"
        fi
      done ;;
  esac
}

status=0
report="$build/fuzz-report.txt"
: >"$report"
for target in "${targets[@]}"; do
  corpus="$build/fuzz-corpus/$target"
  seeds="$build/fuzz-seeds/$target"
  artifacts="$build/fuzz-artifacts/$target"
  mkdir -p "$corpus" "$artifacts"
  seed "$target" "$seeds"
  max_len=65536
  [[ $target == pdf ]] && max_len=700000
  log="$build/fuzz-$target.log"
  echo "fuzz_$target: ${seconds}s"
  if LSAN_OPTIONS="suppressions=$PWD/tests/fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}" \
      "$build/bin/fuzz_$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 -max_len="$max_len" \
      -artifact_prefix="$artifacts/" -print_final_stats=1 "$corpus" "$seeds" >"$log" 2>&1; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
    line="fuzz_$target: ${seconds}s, ${runs:-0} inputs, ${cov:-0} coverage points, $(ls "$corpus" | wc -l) corpus files, 0 crashes"
  else
    status=1
    line="fuzz_$target: CRASH after ${seconds}s at most; log $log; input in $artifacts/ (fix it, then keep it in tests/fuzz/regressions/$target/)"
    grep -E 'ERROR|SUMMARY|==[0-9]+==' "$log" | head -5 >&2 || true
  fi
  echo "$line" | tee -a "$report"
done
exit "$status"
