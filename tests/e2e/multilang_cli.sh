#!/usr/bin/env bash
# Six languages through the real executables: index tests/fixtures/multilang, --show in each language,
# lang: and verbkey: filters, and the usage errors of --lang.
set -euo pipefail
bin=${UNRES_BIN_DIR:?}
src=${UNRES_SOURCE_DIR:?}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$bin/unres-index" --quiet --db "$work/db" "$src/tests/fixtures/multilang" 2>"$work/err" || fail "indexing failed: $(cat "$work/err")"
[[ ! -s "$work/err" ]] || fail "unexpected warnings: $(cat "$work/err")"

show() { "$bin/unres-search" --db "$work/db" --no-color --show "A/RES/78/901#op1" "$@"; }
show | grep -q "Urges all States" || fail "--show in English"
show --lang fr | grep -q "Prie instamment tous les États" || fail "--show --lang fr"
show --lang es | grep -q "Insta a todos los Estados" || fail "--show --lang es"
show --lang ru | grep -q "Настоятельно призывает все государства" || fail "--show --lang ru"
show --lang ar | grep -q "تحث جميع الدول" || fail "--show --lang ar"
show --lang zh | grep -q "敦促所有国家" || fail "--show --lang zh"
"$bin/unres-search" --db "$work/db" --format jsonl --show "A/RES/78/901#op2" --lang ar |
  grep -q '"language":"ar"' || fail "--show --format jsonl --lang ar"

hits() { "$bin/unres-search" --db "$work/db" --format tsv --limit 50 "$@" | cut -f3 | sort | tr '\n' ' '; }
[[ $(hits "verbkey:urges" | wc -w) == 6 ]] || fail "verbkey:urges should find op1 in six languages: $(hits verbkey:urges)"
[[ $(hits --lang fr "potable lang:fr" | wc -w) == 3 ]] || fail "potable lang:fr: $(hits --lang fr 'potable lang:fr')"

set +e
out=$("$bin/unres-search" --db "$work/db" --lang de mines 2>&1); status=$?
set -e
[[ $status == 2 ]] || fail "--lang de: exit $status"
grep -q "unres-search: --lang: 'de' is not one of ar, en, es, fr, ru, zh, auto" <<<"$out" || fail "--lang de message: $out"
set +e
out=$("$bin/unres-index" --db "$work/db2" --lang xx "$src/tests/fixtures/multilang" 2>&1); status=$?
set -e
[[ $status == 2 ]] || fail "unres-index --lang xx: exit $status"
grep -q "unres-index: --lang: 'xx' is not one of ar, en, es, fr, ru, zh" <<<"$out" || fail "unres-index --lang message: $out"
# The page's lang parameter: a bad code is a 400 naming it; lang=fr shows the French version.
cgi() { env REQUEST_METHOD=GET QUERY_STRING="$1" UNRES_DB="$work/db" UNRES_TEMPLATE="$src/web" "$bin/unres.cgi"; }
out=$(cgi 'q=eau&lang=xx')
grep -q "^Status: 400" <<<"$out" || fail "lang=xx should be a 400: $(head -3 <<<"$out")"
grep -q "lang: &apos;xx&apos; is not one of ar, en, es, fr, ru, zh, auto" <<<"$out" ||
  fail "lang=xx message: $(grep -i 'not one of' <<<"$out")"
out=$(cgi 'show=A%2FRES%2F78%2F901&lang=ar')
grep -q '<article class="resolution" aria-labelledby="res-title" lang="ar" dir="rtl">' <<<"$out" || fail "show in Arabic is rtl"
echo "ok"
