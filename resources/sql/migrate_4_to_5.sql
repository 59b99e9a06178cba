-- Version 4 → 5 (issue #14): the lägesbild of Lag (2023:196) §4, one row per edition,
-- with its other information (part 2) and the problems its analysis leads to (part 3).
-- Records beside the agreements: no agreement refers to them and nothing here is an
-- agreement's frozen content. Version 4 opens a version-5 file read-only and never
-- sees these tables.
CREATE TABLE situation_pictures (
    id TEXT PRIMARY KEY NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    date TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    from_year INTEGER,
    to_year INTEGER,
    made_by TEXT NOT NULL DEFAULT '',
    participants TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'adopted')),
    decided_by TEXT NOT NULL DEFAULT '',
    decided_on TEXT CHECK (decided_on IS NULL OR decided_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    decision_paragraph TEXT NOT NULL DEFAULT '',
    diary_number TEXT NOT NULL DEFAULT '',
    next_update TEXT CHECK (next_update IS NULL OR next_update GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    crime_commentary TEXT NOT NULL DEFAULT '',
    comparison_commentary TEXT NOT NULL DEFAULT '',
    survey_commentary TEXT NOT NULL DEFAULT '',
    place_commentary TEXT NOT NULL DEFAULT '',
    analysis TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- The municipalities (SCB codes) part 1 compares with, in the user's order.
CREATE TABLE situation_picture_comparisons (
    situation_picture_id TEXT NOT NULL REFERENCES situation_pictures (id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (situation_picture_id, code)
);

-- Part 2, "Annan information": school, social services, the rescue service, housing
-- companies, dialogues, the police's own picture (often confidential), planned changes.
CREATE TABLE situation_sections (
    id TEXT PRIMARY KEY NOT NULL,
    situation_picture_id TEXT NOT NULL REFERENCES situation_pictures (id) ON DELETE CASCADE,
    title TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    date TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    text TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX situation_sections_by_picture ON situation_sections (situation_picture_id, position);

-- Part 3: the problems the analysis leads to, with Brå's criteria for choosing them.
CREATE TABLE situation_problems (
    id TEXT PRIMARY KEY NOT NULL,
    situation_picture_id TEXT NOT NULL REFERENCES situation_pictures (id) ON DELETE CASCADE,
    title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    time_pattern TEXT NOT NULL DEFAULT '',
    confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX situation_problems_by_picture ON situation_problems (situation_picture_id, position);

CREATE TABLE situation_problem_sources (
    situation_problem_id TEXT NOT NULL REFERENCES situation_problems (id) ON DELETE CASCADE,
    source TEXT NOT NULL CHECK (source IN ('crime_statistics', 'safety_survey', 'local_survey',
        'safety_walk', 'citizen_dialogue', 'staff_dialogue', 'police_intelligence',
        'vandalism_costs', 'school_survey', 'other')),
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (situation_problem_id, source)
);

CREATE TABLE situation_problem_criteria (
    situation_problem_id TEXT NOT NULL REFERENCES situation_problems (id) ON DELETE CASCADE,
    criterion TEXT NOT NULL CHECK (criterion IN ('most_common', 'increasing',
        'particular_places', 'vulnerable_victims', 'signal_crime', 'grave_consequences',
        'within_resources')),
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (situation_problem_id, criterion)
);

-- The samordningsfunktion (Lag 2023:196): who holds it (a role or a name, a person of
-- the register, a party), its mandate and since when. One per municipality, so columns of
-- the one metadata row.
ALTER TABLE municipality ADD COLUMN coordinating_holder TEXT NOT NULL DEFAULT '';
ALTER TABLE municipality ADD COLUMN coordinating_person_id TEXT REFERENCES people (id);
ALTER TABLE municipality ADD COLUMN coordinating_party_id TEXT REFERENCES parties (id);
ALTER TABLE municipality ADD COLUMN coordinating_mandate TEXT NOT NULL DEFAULT '';
ALTER TABLE municipality ADD COLUMN coordinating_since TEXT
    CHECK (coordinating_since IS NULL
        OR coordinating_since GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
