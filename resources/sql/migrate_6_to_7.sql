-- Version 6 → 7 (issue #14): the åtgärdsplan of Lag (2023:196) §5, one row per plan, with
-- the dates it is followed up on, its rows in Brå's template and each row's ratings.
-- Records beside the agreements: an agreement's measure may be adopted by a row (linked,
-- not copied), but nothing here is an agreement's frozen content. Version 6 opens a
-- version-7 file read-only and never sees these tables.
CREATE TABLE measure_plans (
    id TEXT PRIMARY KEY NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    valid_from TEXT CHECK (valid_from IS NULL OR valid_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    valid_to TEXT CHECK (valid_to IS NULL OR valid_to GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'decided')),
    decided_by TEXT NOT NULL DEFAULT '',
    decided_on TEXT CHECK (decided_on IS NULL OR decided_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    decision_paragraph TEXT NOT NULL DEFAULT '',
    diary_number TEXT NOT NULL DEFAULT '',
    -- The lägesbild edition the plan is based on; removing the edition clears it.
    situation_picture_id TEXT REFERENCES situation_pictures (id) ON DELETE SET NULL,
    background TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- The dates the plan is followed up on: at each, every row is rated.
CREATE TABLE measure_plan_follow_up_dates (
    id TEXT PRIMARY KEY NOT NULL,
    measure_plan_id TEXT NOT NULL REFERENCES measure_plans (id) ON DELETE CASCADE,
    date TEXT NOT NULL DEFAULT (date('now', 'localtime'))
        CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    note TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX measure_plan_follow_up_dates_by_plan
    ON measure_plan_follow_up_dates (measure_plan_id, position);

-- A row: an agreement's measure adopted by the plan (measure_id), or the plan's own
-- measure with the fields of an agreement's. Removing the adopted measure clears the link
-- (undo restores it); the row then says its measure is gone.
CREATE TABLE measure_plan_rows (
    id TEXT PRIMARY KEY NOT NULL,
    measure_plan_id TEXT NOT NULL REFERENCES measure_plans (id) ON DELETE CASCADE,
    measure_id TEXT REFERENCES measures (id) ON DELETE SET NULL,
    title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    operative_goals TEXT NOT NULL DEFAULT '',
    type TEXT CHECK (type IS NULL OR type IN ('situational', 'social')),
    aimed_at TEXT CHECK (aimed_at IS NULL OR aimed_at IN ('situation', 'victim', 'offender')),
    horizon TEXT CHECK (horizon IS NULL OR horizon IN ('short', 'long')),
    responsible_person_id TEXT REFERENCES people (id),
    responsible_text TEXT NOT NULL DEFAULT '',
    when_text TEXT NOT NULL DEFAULT '',
    start_date TEXT CHECK (start_date IS NULL OR start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    end_date TEXT CHECK (end_date IS NULL OR end_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    method TEXT NOT NULL DEFAULT '',
    budget_sek REAL CHECK (budget_sek IS NULL OR budget_sek >= 0),
    hours REAL CHECK (hours IS NULL OR hours >= 0),
    planned_count INTEGER CHECK (planned_count IS NULL OR planned_count >= 0),
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'ongoing', 'done', 'cancelled')),
    confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX measure_plan_rows_by_plan ON measure_plan_rows (measure_plan_id, position);
CREATE INDEX measure_plan_rows_by_measure ON measure_plan_rows (measure_id);

-- Orsak of the plan's own measure: the lägesbild's problems it is aimed at.
CREATE TABLE measure_plan_row_problems (
    measure_plan_row_id TEXT NOT NULL REFERENCES measure_plan_rows (id) ON DELETE CASCADE,
    situation_problem_id TEXT NOT NULL REFERENCES situation_problems (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (measure_plan_row_id, situation_problem_id)
);
CREATE INDEX measure_plan_row_problems_by_problem
    ON measure_plan_row_problems (situation_problem_id);

CREATE TABLE measure_plan_row_responsible (
    measure_plan_row_id TEXT NOT NULL REFERENCES measure_plan_rows (id) ON DELETE CASCADE,
    party_id TEXT NOT NULL REFERENCES parties (id),
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (measure_plan_row_id, party_id)
);
CREATE INDEX measure_plan_row_responsible_by_party ON measure_plan_row_responsible (party_id);

-- Uppföljning: each row's ratings, kept as history (the latest is shown).
CREATE TABLE measure_plan_ratings (
    id TEXT PRIMARY KEY NOT NULL,
    measure_plan_row_id TEXT NOT NULL REFERENCES measure_plan_rows (id) ON DELETE CASCADE,
    date TEXT NOT NULL DEFAULT (date('now', 'localtime'))
        CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    colour TEXT NOT NULL DEFAULT 'green' CHECK (colour IN ('green', 'yellow', 'red')),
    comment TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX measure_plan_ratings_by_row ON measure_plan_ratings (measure_plan_row_id, position);
