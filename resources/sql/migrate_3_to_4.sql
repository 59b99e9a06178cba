-- Version 3 → 4 (issue #13): the bytes of a removed attachment wait here, in the file,
-- while an undo step may bring them back, instead of in the program's memory (an undo
-- stack of removed scans and PDFs grew without bound). A removal puts the bytes here
-- under a new token and keeps only the token in its undo step; the undo takes them back
-- and deletes the row; an undo step that is dropped deletes its rows. Rows left behind
-- by a program that ended without dropping its steps (a crash) are deleted when a
-- writer opens the file and they are older than seven days: a colleague's open session
-- may still hold a younger one.
-- Nothing else reads this table: exports, documents and version 3 (which opens a newer
-- file read-only) never see it.
CREATE TABLE kept_blobs (
    token TEXT PRIMARY KEY NOT NULL,
    data BLOB NOT NULL,
    kept_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
