#!/usr/bin/env python3
# Loads `unres-index --parse` JSON Lines (stdin) into an SQLite FTS5 paragraph table (argv[1]).
"""Table para holds the paragraph and its facets; para_fts is an external-content FTS5 index over
title and text with the porter stemmer, the closest FTS5 gets to unres's stemmed search."""
import json
import sqlite3
import sys

SCHEMA = """
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
CREATE TABLE para (id INTEGER PRIMARY KEY, pid TEXT, symbol TEXT, session INTEGER, kind TEXT, verb TEXT,
                   title TEXT, text TEXT);
CREATE VIRTUAL TABLE para_fts USING fts5(title, text, content='para', content_rowid='id',
                                         tokenize='porter unicode61');
"""


def rows(lines):
    for line in lines:
        r = json.loads(line)
        for p in r["paragraphs"]:
            yield (f"{r['symbol']}#{p['id']}", r["symbol"], r["session"], p["kind"], p.get("verb") or "",
                   r["title"], p["text"])


def main():
    db = sqlite3.connect(sys.argv[1])
    db.executescript(SCHEMA)
    with db:
        db.executemany("INSERT INTO para (pid, symbol, session, kind, verb, title, text) VALUES (?,?,?,?,?,?,?)",
                       rows(sys.stdin))
        db.execute("INSERT INTO para_fts (rowid, title, text) SELECT id, title, text FROM para")
        db.execute("INSERT INTO para_fts (para_fts) VALUES ('optimize')")
    db.close()


if __name__ == "__main__":
    main()
