-- Version 2 → 3: every starting point gets an id of its own, so an edit, a removal or
-- an undo names the row it means even after a colleague inserted or removed another
-- one before it (the edit API used to address such rows by their index). The id is the
-- file's own (a UUID like every id the program makes); the exchange format keeps
-- starting points as plain texts, so export leaves it out.
-- agreement_id, position and text stay as they were: version 2 opens a newer file
-- read-only and reads them ordered by position, so their names must stay.
-- New files get the same table: NewFileWriter runs schema_v1.sql and then these steps.
ALTER TABLE starting_points RENAME TO starting_points_v2;
CREATE TABLE starting_points (
    -- A version 4 UUID in lower case: rows written by a statement that names no id
    -- (this migration, a merge) get one like the program's own.
    id TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2))
        || '-4' || substr(hex(randomblob(2)), 2) || '-'
        || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 2) || '-'
        || hex(randomblob(6)))),
    agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
INSERT INTO starting_points (agreement_id, position, text)
SELECT agreement_id, position, text FROM starting_points_v2 ORDER BY agreement_id, position;
DROP TABLE starting_points_v2;
CREATE INDEX starting_points_by_agreement ON starting_points (agreement_id, position);
