-- Version 5 → 6 (issue #14): a fastställd lägesbild keeps the numbers of its
-- kartläggning as they stood when it was adopted, so that its document never changes by
-- itself when newer statistics arrive. The compact JSON of SituationMappingJson; '' for a
-- draft and for editions adopted before this version (never backfilled: the numbers of
-- the day they were decided are not known).
ALTER TABLE situation_pictures ADD COLUMN mapping_snapshot TEXT NOT NULL DEFAULT '';
