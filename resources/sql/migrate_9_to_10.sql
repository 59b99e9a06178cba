-- Version 9 → 10 (issue #15): the municipality's logo, printed on the documents' cover and
-- header as the municipality's Word templates do. The bytes are an attachment's like any
-- kept file (so undo keeps them on disk, not in memory, and the exchange format carries
-- them); the municipality names which attachment is the logo. Removing that attachment
-- leaves the documents without a logo. Version 9 opens a version-10 file read-only and
-- reads the same columns.
ALTER TABLE municipality
    ADD COLUMN logo_attachment_id TEXT REFERENCES attachments (id) ON DELETE SET NULL;
