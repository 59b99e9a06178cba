-- Version 1 → 2: reported crimes are kept in one B-tree keyed by their natural key
-- (WITHOUT ROWID) instead of a rowid table plus a unique index, which halves the work
-- of importing an export of hundreds of thousands of rows. The rowid `id` that kept the
-- file's order becomes a plain column of the same name, copied unchanged: version 1
-- opens a newer file read-only and reads it ordered by `id`, so the name must stay.
-- The by-type index, which no query used, goes.
-- New files get the same table: NewFileWriter runs schema_v1.sql and then these steps.
DROP INDEX crime_statistics_by_type;
ALTER TABLE crime_statistics RENAME TO crime_statistics_v1;
-- Reported crimes, one row per natural key. id is not a key but the order in which
-- rows came (the file's order within a municipality, year and period): a new key goes
-- after every row already stored, an updated key keeps its place.
CREATE TABLE crime_statistics (
    id INTEGER NOT NULL,
    municipality_code TEXT NOT NULL,
    municipality_name TEXT NOT NULL DEFAULT '',
    year INTEGER NOT NULL,
    period TEXT NOT NULL DEFAULT '', -- '' whole year, else YYYY-MM or YYYY-Qn
    crime_type TEXT NOT NULL,
    category TEXT NOT NULL DEFAULT '', -- '' = the category mapping decides
    count INTEGER CHECK (count IS NULL OR count >= 0), -- NULL = suppressed ('..'), never 0
    preliminary INTEGER NOT NULL DEFAULT 0 CHECK (preliminary IN (0, 1)),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (municipality_code, year, period, crime_type)
) WITHOUT ROWID;
INSERT INTO crime_statistics (id, municipality_code, municipality_name, year, period,
    crime_type, category, count, preliminary, created_at, updated_at)
SELECT id, municipality_code, municipality_name, year, period, crime_type, category, count,
    preliminary, created_at, updated_at
FROM crime_statistics_v1;
DROP TABLE crime_statistics_v1;
