#!/usr/bin/env python3
"""Leaves a hot -journal beside a municipality file, as a writer killed mid-transaction
does: with a one-page cache SQLite spills changed pages into the file before the
commit, then the process dies without rolling back (os._exit skips every cleanup).

Usage: hot_journal.py FILE.samverka"""

import os
import sqlite3
import sys

db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA cache_size = 1")
db.execute("PRAGMA journal_mode = DELETE")
db.execute("BEGIN IMMEDIATE")
db.execute("UPDATE settings SET value = value || '-uncommitted'")
db.execute("INSERT INTO settings (key, value) VALUES ('crash', 'uncommitted')")
db.execute("UPDATE agreements SET title = title || ' (uncommitted)'")
db.execute("UPDATE crime_statistics SET count = count + 1")
for i in range(3000):
    db.execute(
        "INSERT INTO audit_log (at, user, entity, record_id, field, old_value, new_value) "
        "VALUES ('2024-01-01T00:00:00Z', 'crash', 'agreement', ?, 'title', ?, ?)",
        (str(i), "old " * 20, "new " * 20),
    )
sys.stdout.flush()
os._exit(9)
