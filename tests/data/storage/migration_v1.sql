-- A synthetic "version 1" municipality file for the migration machinery tests.
-- Version 1 is the first released format, so there is no real older file yet: this
-- fixture stands in for one, and the tests inject a step from version 1 to 2.
PRAGMA application_id = 1396788566;
PRAGMA user_version = 1;

CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT);
CREATE TABLE measures (
    id TEXT PRIMARY KEY NOT NULL,
    title TEXT NOT NULL DEFAULT ''
);
INSERT INTO settings (key, value) VALUES ('user_name', 'Samordnaren');
INSERT INTO measures (id, title) VALUES
    ('m1', 'Trygghetsvandring i centrum'),
    ('m2', 'Krogtillsyn vid 12 tillfällen'),
    ('m3', 'Vuxna på stan');
