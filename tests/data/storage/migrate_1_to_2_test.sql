-- Test-only migration step from the synthetic version 1 to 2: a new column with a
-- default and a table rebuilt from the old one.
ALTER TABLE measures ADD COLUMN status TEXT NOT NULL DEFAULT 'planned';
CREATE TABLE measure_log (measure_id TEXT NOT NULL REFERENCES measures (id), note TEXT);
INSERT INTO measure_log (measure_id, note) SELECT id, 'migrated' FROM measures;
