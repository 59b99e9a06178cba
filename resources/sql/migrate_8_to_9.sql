-- Version 8 → 9 (issue #16): when Revidera copies an agreement, each copied problem,
-- cause, focus area, goal and measure remembers the id of the record it came from, so
-- that a comparison of the two versions matches records by where they came from rather
-- than by what they say. NULL where not known: rows written before this version, and
-- records not made by a revision (never backfilled: which record a copy came from was
-- not recorded). No foreign key: the origin may be removed, or live in another file
-- after an exchange. Not the agreement's content, so left out of its fingerprint.
-- Version 8 opens a version-9 file read-only and never sees the column.
ALTER TABLE problems ADD COLUMN origin_id TEXT;
ALTER TABLE causes ADD COLUMN origin_id TEXT;
ALTER TABLE focus_areas ADD COLUMN origin_id TEXT;
ALTER TABLE goals ADD COLUMN origin_id TEXT;
ALTER TABLE measures ADD COLUMN origin_id TEXT;
