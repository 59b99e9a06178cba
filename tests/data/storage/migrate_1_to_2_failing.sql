-- Test-only migration step that fails halfway: the first statements succeed, the
-- last refers to a table that does not exist. Nothing of it may remain.
ALTER TABLE measures ADD COLUMN status TEXT NOT NULL DEFAULT 'planned';
UPDATE measures SET title = 'changed by a failing step';
INSERT INTO no_such_table (x) VALUES (1);
