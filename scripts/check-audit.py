#!/usr/bin/env python3
"""Recomputes a district database's audit-trail hash chain from Docs/Audit.md alone, independently of Jixiao.

Usage: scripts/check-audit.py district.db
Prints the number of sealed entries and the head hash, and exits 1 when a stored hash or the head disagrees.
"""
import hashlib
import sqlite3
import struct
import sys

COLUMNS = ["at", "action", "actor", "office", "device", "session", "tbl", "row_id", "before", "after", "note"]


def main(path):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    previous = bytes(32)
    sealed = 0
    query = f"SELECT seq, {', '.join(COLUMNS)}, h.hash FROM audit_log LEFT JOIN audit_hashes h USING (seq) ORDER BY seq"
    for row in db.execute(query):
        seq, fields, stored = row[0], row[1:-1], row[-1]
        h = hashlib.sha256(previous)
        h.update(struct.pack(">q", seq))
        for value in fields:
            if value is None:
                h.update(struct.pack(">I", 0xFFFFFFFF))
            else:
                data = value.encode("utf-8")
                h.update(struct.pack(">I", len(data)) + data)
        digest = h.digest()
        if stored is None:
            break
        if stored != digest:
            print(f"entry {seq}: stored hash differs from the recomputed one")
            return 1
        previous = digest
        sealed += 1
    head_seq, head_hash = db.execute("SELECT seq, hash FROM audit_head WHERE id = 1").fetchone()
    print(f"{sealed} sealed entries, head {previous.hex()}")
    if head_hash != previous:
        print(f"the head (entry {head_seq}) is {head_hash.hex()}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
