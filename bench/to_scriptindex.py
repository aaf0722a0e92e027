#!/usr/bin/env python3
# Converts `unres-index --parse` JSON Lines (stdin) into scriptindex records, one per paragraph (stdout).
"""Each record carries the same paragraph text unres indexes, plus session/kind/verb as boolean
filter fields (see scriptindex.idx). Records are separated by blank lines; values are one line."""
import json
import sys


def one_line(text):
    return " ".join(str(text).split())


def main():
    out = sys.stdout
    for line in sys.stdin:
        r = json.loads(line)
        for p in r["paragraphs"]:
            out.write(f"id={r['symbol']}#{p['id']}\nsymbol={r['symbol']}\nsession={r['session']}\n"
                      f"kind={p['kind']}\nverb={p.get('verb') or ''}\ntitle={one_line(r['title'])}\n"
                      f"text={one_line(p['text'])}\n\n")


if __name__ == "__main__":
    main()
