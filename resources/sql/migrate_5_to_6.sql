-- Version 5 → 6 (issue #14). First, a fastställd lägesbild keeps the numbers of its
-- kartläggning as they stood when it was adopted, so that its document never changes by
-- itself when newer statistics arrive. The compact JSON of SituationMappingJson; '' for a
-- draft and for editions adopted before this version (never backfilled: the numbers of
-- the day they were decided are not known).
ALTER TABLE situation_pictures ADD COLUMN mapping_snapshot TEXT NOT NULL DEFAULT '';

-- Second, an agreement's problem taken over from the lägesbild keeps a link back to the
-- lägesbild's problem. It is not the agreement's frozen content (left out of its
-- fingerprint): removing the edition clears it, and undoing the removal restores it.
ALTER TABLE problems ADD COLUMN situation_problem_id TEXT
    REFERENCES situation_problems (id) ON DELETE SET NULL;
