-- Version 7 → 8 (issue #13): population gets a row id like every other table. The edit
-- API, undo and the change notices then address it as they address any record, and no
-- machinery for addresses made of content is left (version 7 addressed a row as
-- "code:year"). (municipality_code, year) stays unique: the statistics import and the
-- exchange merge upsert by it, and a year is typed once per municipality. The id is the
-- file's own; the exchange format keys population by code and year, so export leaves it
-- out. Version 7 opens a version-8 file read-only and reads the same columns.
ALTER TABLE population RENAME TO population_v7;
CREATE TABLE population (
    -- A version 4 UUID in lower case: rows written by a statement that names no id
    -- (this migration, an import, a merge) get one like the program's own.
    id TEXT PRIMARY KEY NOT NULL DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2))
        || '-4' || substr(hex(randomblob(2)), 2) || '-'
        || substr('89ab', 1 + (random() & 3), 1) || substr(hex(randomblob(2)), 2) || '-'
        || hex(randomblob(6)))),
    municipality_code TEXT NOT NULL DEFAULT '',
    year INTEGER NOT NULL,
    value INTEGER NOT NULL CHECK (value >= 0),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (municipality_code, year)
);
INSERT INTO population (municipality_code, year, value, created_at, updated_at)
SELECT municipality_code, year, value, created_at, updated_at FROM population_v7
ORDER BY municipality_code, year;
DROP TABLE population_v7;
