#!/usr/bin/env bash
# Bad input files: each is rejected with a clear one-line message naming it, and the rest of the corpus is indexed.
# Cases: binary junk, invalid UTF-8, a 50 MB file, an empty file, a title with no paragraphs, corrupt and encrypted
# PDFs, a PDF over the page bound, a file that vanishes mid-run, a symlink loop, and unreadable files and
# directories (run as nobody).
set -euo pipefail
bin=${UNRES_BIN_DIR:?}
src=${UNRES_SOURCE_DIR:?}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d)
chmod 755 "$work"
trap 'chmod -R u+rwX "$work" 2>/dev/null; rm -rf "$work"' EXIT
failures=0 rejected=0
check() {  # check DESCRIPTION COMMAND...
  local what=$1; shift
  if "$@"; then echo "ok   $what"; else echo "FAIL $what"; failures=$((failures + 1)); fi
}
said() { grep -qF -- "$1" "$work/err"; }
good=(A-RES-75-52.md A-RES-76-26.txt A-RES-78-45.md A-RES-79-34.txt)

c=$work/corpus
mkdir -p "$c/sub"
for f in "${good[@]}"; do cp "$src/sample-corpus/$f" "$c/"; done
head -c 20000 /dev/urandom >"$c/junk.txt"
printf 'A/RES/78/1\n\nThe General Assembly,\n\n1. Decides \xc0\xaf to act;\n' >"$c/invalid-utf8.txt"
head -c $((50 * 1024 * 1024)) /dev/zero | tr '\0' 'a' >"$c/huge.txt"
: >"$c/empty.txt"
printf 'Resolution adopted by the General Assembly\n\n78/999. A title with no paragraphs\n' >"$c/title-only.txt"
head -c 20000 /dev/urandom >"$c/junk.pdf"
python3 "$here/text_to_pdf.py" "$src/sample-corpus/A-RES-76-26.txt" "$work/whole.pdf"
head -c 3000 "$work/whole.pdf" >"$c/truncated.pdf"
python3 -c 'print("x\n" * 150000, end="")' >"$work/many.txt"  # 3,000 pages of one word: over the 2,000 bound
python3 "$here/text_to_pdf.py" "$work/many.txt" "$c/many-pages.pdf"
if command -v qpdf >/dev/null; then
  qpdf --encrypt secret owner 256 -- "$work/whole.pdf" "$c/encrypted.pdf"
else
  cp "$src/tests/fuzz/regressions/pdf/encrypted.pdf" "$c/encrypted.pdf"  # made with qpdf, kept in the repo
fi
ln -s .. "$c/sub/loop"  # sub/loop/sub/loop/... must be walked once

"$bin/unres-index" --stats --threads 2 --db "$work/db" "$c" >"$work/out" 2>"$work/err" && status=0 || status=$?
check "exit status 1 (some files rejected)" test "$status" = 1
expect() {  # expect FILE TEXT: the message names FILE and says TEXT
  rejected=$((rejected + 1))
  check "$1: '$2'" grep -qF -- "$c/$1" "$work/err"
  said "$2" || { echo "     message was: $(grep -F "$1" "$work/err" || echo none)"; failures=$((failures + 1)); }
}
expect junk.txt "not valid UTF-8"
expect invalid-utf8.txt "not valid UTF-8 (byte 0xC0 at column 12)"
expect huge.txt "too large"
expect empty.txt "empty file"
expect title-only.txt "title-only.txt"
expect junk.pdf "not a readable PDF"
expect truncated.pdf "not a readable PDF"
expect encrypted.pdf "encrypted"
expect many-pages.pdf "PDF has 3000 pages; the limit is 2000"
check "every message is one line starting 'unres-index: '" bash -c "! grep -v '^unres-index: ' '$work/err'"
check "the 4 good resolutions are indexed" python3 -c "import json; d=json.load(open('$work/out')); exit(d['resolutions'] != 4)"
check "the symlink loop is walked once (no file seen twice)" \
  python3 -c "import json; d=json.load(open('$work/out')); exit(d['files'] != 13)"
check "no message about the loop but a clean walk" bash -c "! grep -q 'loop' '$work/err'"

# Line endings and names: CR-only and CRLF files read as the LF original; a name that is not UTF-8 is rejected
# by name, a name with a newline cannot forge a message line; a link out of the tree is followed only if asked.
e=$work/endings
mkdir -p "$e/tree" "$work/outside"
tr '\n' '\r' <"$src/sample-corpus/A-RES-76-26.txt" >"$e/tree/cr-only.txt"
sed 's/$/\r/' "$src/sample-corpus/A-RES-78-45.md" >"$e/tree/crlf.md"
cp "$src/sample-corpus/A-RES-75-52.md" "$e/tree/bad"$'\xff'"name.md"
printf 'junk\n' >"$e/tree/evil"$'\n'"unres-index: forged.txt"
cp "$src/sample-corpus/A-RES-79-34.txt" "$work/outside/"
ln -s "$work/outside" "$e/tree/elsewhere"
parsed() { "$bin/unres-index" --parse "$1" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(json.dumps(d["paragraphs"]))'; }
check "CR-only line endings: the same paragraphs as the original" \
  test "$(parsed "$e/tree/cr-only.txt")" = "$(parsed "$src/sample-corpus/A-RES-76-26.txt")"
check "CRLF line endings: the same paragraphs as the original" \
  test "$(parsed "$e/tree/crlf.md")" = "$(parsed "$src/sample-corpus/A-RES-78-45.md")"
"$bin/unres-index" --stats --db "$work/edb" "$e/tree" >"$work/out" 2>"$work/err" && status=0 || status=$?
check "names: exit 1 (two files rejected)" test "$status" = 1
check "name not UTF-8: rejected, named with the byte escaped" said 'bad\xFFname.md: file name is not valid UTF-8'
check "name with a newline: escaped, no forged line" \
  bash -c "grep -qF 'evil\\nunres-index: forged.txt' '$work/err' && ! grep -q '^unres-index: forged' '$work/err'"
check "names: --stats is still printed as JSON" python3 -c "import json; json.load(open('$work/out'))"
check "a link out of the tree is not followed, with a warning" \
  bash -c "grep -q 'elsewhere: symbolic link to .*not followed (--follow-links' '$work/err' &&
           python3 -c \"import json; d=json.load(open('$work/out')); exit(d['resolutions'] != 2)\""
"$bin/unres-index" --stats --follow-links --db "$work/edb" "$e/tree" >"$work/out" 2>"$work/err" || true
check "--follow-links follows it" python3 -c "import json; d=json.load(open('$work/out')); exit(d['resolutions'] != 3)"
rm "$e/tree/bad"$'\xff'"name.md" "$e/tree/evil"$'\n'"unres-index: forged.txt"
"$bin/unres-index" --quiet --db "$work/qdb" "$e/tree" >"$work/out" 2>"$work/err" || true
check "--quiet prints errors only (no warning about the link)" test ! -s "$work/err"
rejected=$((rejected + 2))

# A file that vanishes mid-run, between listing and reading: a preloaded shim deletes it as the indexer opens it.
v=$work/vanish
"$here/make_corpus.sh" 200 "$v" >/dev/null
cp "$src/sample-corpus/A-RES-78-45.md" "$v/zz-vanishing.md"
UNRES_VANISH_NAME=zz-vanishing.md LD_PRELOAD="$bin/vanish_on_open.so" \
  ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0" \
  "$bin/unres-index" --stats --threads 1 --batch-size 50 --db "$work/vdb" "$v" >"$work/out" 2>"$work/err" &&
  status=0 || status=$?
check "vanished file: the shim removed it" test ! -e "$v/zz-vanishing.md"
rejected=$((rejected + 1))
check "vanished file: exit 1 and a message naming it" bash -c "[[ $status == 1 ]] && grep -q 'zz-vanishing.md: cannot' '$work/err'"
check "vanished file: the other 200 are indexed" python3 -c "import json; d=json.load(open('$work/out')); exit(d['resolutions'] != 200)"

# Unreadable files and directories. Tests run as root, for whom mode 000 is still readable: run this case as
# nobody (setpriv), or say honestly that it was skipped.
u=$work/unreadable
mkdir -p "$u/closed"
for f in "${good[@]}"; do cp "$src/sample-corpus/$f" "$u/"; done
mv "$u/A-RES-79-34.txt" "$u/closed/"
cp "$src/sample-corpus/A-RES-78-45.md" "$u/secret.md"
chmod 000 "$u/secret.md" "$u/closed"
if [[ $(id -u) != 0 ]]; then
  as=()
elif command -v setpriv >/dev/null && setpriv --reuid=nobody --regid=nogroup --clear-groups true 2>/dev/null &&
     setpriv --reuid=nobody --regid=nogroup --clear-groups test -x "$bin/unres-index"; then
  as=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
  mkdir -p "$work/udb" && chown nobody "$work/udb"
else
  as=(skip)
fi
if [[ ${as[0]:-} == skip ]]; then
  echo "SKIP unreadable files: running as root and cannot switch to nobody (binaries not reachable)"
else
  "${as[@]}" "$bin/unres-index" --stats --threads 1 --db "$work/udb/db" "$u" >"$work/out" 2>"$work/err" && status=0 || status=$?
  rejected=$((rejected + 2))
  check "unreadable file: message names it" grep -q "secret.md: cannot open file" "$work/err"
  check "unreadable directory: message names it" grep -q "closed: cannot read directory" "$work/err"
  check "unreadable: the 2 readable distinct resolutions are indexed" \
    python3 -c "import json; d=json.load(open('$work/out')); exit(d['resolutions'] != 3)"
fi
sed 's/^/     /' "$work/err" | head -5
echo "bad_inputs: $rejected bad inputs rejected with a message, $failures failures"
((failures == 0))
