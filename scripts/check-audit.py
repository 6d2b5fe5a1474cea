#!/usr/bin/env python3
"""Recomputes a district database's audit-trail hash chain from Docs/Audit.md alone, independently of Jixiao.

Usage: scripts/check-audit.py district.db
Prints the number of sealed entries and the head hash, and exits 1 when a stored hash or the head disagrees.
"""
import hashlib
import sqlite3
import struct
import sys

MARK = 8  # bytes of each entry's hash a seal keeps
COLUMNS = ["at", "action", "actor", "office", "device", "session", "tbl", "row_id", "before", "after", "note"]


def main(path):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    seals = {first: (last, marks, digest) for first, last, marks, digest in
             db.execute("SELECT first_seq, last_seq, marks, hash FROM audit_seals ORDER BY last_seq")}
    previous = bytes(32)
    sealed = 0
    seal = None
    query = f"SELECT seq, {', '.join(COLUMNS)} FROM audit_log ORDER BY seq"
    for row in db.execute(query):
        seq, fields = row[0], row[1:]
        if seal is None:
            if seq not in seals:
                break  # not sealed yet
            seal = (seq,) + seals[seq]
        h = hashlib.sha256(previous)
        h.update(struct.pack(">q", seq))
        for value in fields:
            if value is None:
                h.update(struct.pack(">I", 0xFFFFFFFF))
            else:
                data = value.encode("utf-8")
                h.update(struct.pack(">I", len(data)) + data)
        previous = h.digest()
        first, last, marks, digest = seal
        offset = (seq - first) * MARK
        if marks[offset:offset + MARK] != previous[:MARK]:
            print(f"entry {seq}: its mark in the seal differs from the recomputed hash")
            return 1
        sealed += 1
        if seq == last:
            if digest != previous:
                print(f"the seal of entries {first}-{last} differs from the recomputed hash")
                return 1
            seal = None
    head_seq, head_hash = db.execute("SELECT seq, hash FROM audit_head WHERE id = 1").fetchone()
    print(f"{sealed} sealed entries, head {previous.hex()}")
    if head_hash != previous or head_seq != sealed:
        print(f"the head (entry {head_seq}) is {head_hash.hex()}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
