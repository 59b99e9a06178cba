-- Samverka municipality file, schema version 1.
--
-- One file per municipality. Holds everything the exchange format holds
-- (spec/exchange.schema.json) plus the file's own extras (check items, settings,
-- category mapping, audit log). The connection PRAGMAs, application_id and
-- user_version are set by the code that opens and creates the file, not here.
--
-- Conventions:
--  * Records have a TEXT id (UUID for records made in the program, imported ids verbatim).
--  * Enumerations store the exchange format's word and CHECK it.
--  * Plain texts are NOT NULL DEFAULT '' (no null/empty ambiguity); references are
--    NULL when absent; dates are ISO 8601 'YYYY-MM-DD' or NULL.
--  * Ordered children carry `position` (display order among their siblings).
--  * Children cascade with their parent; references inside an agreement are SET NULL
--    (the removal snapshot restores them); references to parties and people are
--    NO ACTION: a party or person still referred to cannot be removed.

CREATE TABLE municipality (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    code TEXT CHECK (code IS NULL OR code = '' OR code GLOB '[0-9][0-9][0-9][0-9]'),
    county TEXT NOT NULL DEFAULT '',
    police_region TEXT NOT NULL DEFAULT '',
    local_police_area TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- Population per year, for rates per 100 000 inhabitants.
CREATE TABLE population (
    municipality_code TEXT NOT NULL DEFAULT '',
    year INTEGER NOT NULL,
    value INTEGER NOT NULL CHECK (value >= 0),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (municipality_code, year)
);

CREATE TABLE parties (
    id TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('municipality', 'police', 'region',
        'rescue_service', 'county_board', 'school', 'housing', 'civil_society', 'business',
        'other')),
    name TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE people (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    party_id TEXT REFERENCES parties (id),
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX people_by_party ON people (party_id);

-- The agreement (samverkansöverenskommelse) with the scalar fields of both parts.
CREATE TABLE agreements (
    id TEXT PRIMARY KEY NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'in_review', 'ready_for_signing', 'signed')),
    replaces TEXT, -- the revised agreement's id; may name one that is not in this file
    valid_from TEXT CHECK (valid_from IS NULL
        OR valid_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    valid_from_signing INTEGER NOT NULL DEFAULT 0 CHECK (valid_from_signing IN (0, 1)),
    valid_to TEXT CHECK (valid_to IS NULL
        OR valid_to GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    continues_until_further_notice INTEGER NOT NULL DEFAULT 0
        CHECK (continues_until_further_notice IN (0, 1)),
    part1_introduction TEXT NOT NULL DEFAULT '',
    part1_purpose TEXT NOT NULL DEFAULT '',
    part1_collaboration_model TEXT NOT NULL DEFAULT '',
    part1_communication_plan TEXT NOT NULL DEFAULT '',
    part1_follow_up_plan TEXT NOT NULL DEFAULT '',
    part2_text TEXT NOT NULL DEFAULT '',
    fingerprint TEXT NOT NULL DEFAULT '', -- SHA-256 hex of the frozen content, set at signing
    decided_by TEXT NOT NULL DEFAULT '',
    decided_on TEXT CHECK (decided_on IS NULL
        OR decided_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX agreements_by_period ON agreements (valid_from, title);

CREATE TABLE agreement_parties (
    agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    party_id TEXT NOT NULL REFERENCES parties (id),
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (agreement_id, party_id)
);
CREATE INDEX agreement_parties_by_party ON agreement_parties (party_id);

CREATE TABLE diary_numbers (
    id TEXT PRIMARY KEY NOT NULL,
    agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    party_id TEXT REFERENCES parties (id),
    number TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX diary_numbers_by_agreement ON diary_numbers (agreement_id, position);

CREATE TABLE starting_points (
    agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (agreement_id, position)
);

-- A party's commitment (åtagande) in part 1 or part 2.
CREATE TABLE commitments (
    id TEXT PRIMARY KEY NOT NULL,
    -- 1: the record came without an id (optional in the exchange format); the id is
    -- the file's own and export leaves it out, so fingerprints and round trips hold.
    id_is_internal INTEGER NOT NULL DEFAULT 0 CHECK (id_is_internal IN (0, 1)),
    agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    part INTEGER NOT NULL DEFAULT 1 CHECK (part IN (1, 2)),
    party_id TEXT REFERENCES parties (id),
    text TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX commitments_by_agreement ON commitments (agreement_id, part, position);

CREATE TABLE groups (
    id TEXT PRIMARY KEY NOT NULL,
    -- 1: the record came without an id (optional in the exchange format); the id is
    -- the file's own and export leaves it out, so fingerprints and round trips hold.
    id_is_internal INTEGER NOT NULL DEFAULT 0 CHECK (id_is_internal IN (0, 1)),
    agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('steering_group', 'project_group',
        'working_group', 'local_council', 'other')),
    name TEXT NOT NULL DEFAULT '',
    meeting_frequency TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX groups_by_agreement ON groups (agreement_id, position);

CREATE TABLE group_members (
    id TEXT PRIMARY KEY NOT NULL,
    group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    person_id TEXT REFERENCES people (id),
    role TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX group_members_by_group ON group_members (group_id, position);
CREATE INDEX group_members_by_person ON group_members (person_id);

CREATE TABLE coordinators (
    id TEXT PRIMARY KEY NOT NULL,
    agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    party_id TEXT REFERENCES parties (id),
    person_id TEXT REFERENCES people (id),
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX coordinators_by_agreement ON coordinators (agreement_id, position);

-- Part 1's follow-up plan as rules: report to whom, how often.
CREATE TABLE reporting_rules (
    id TEXT PRIMARY KEY NOT NULL,
    agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    target TEXT NOT NULL DEFAULT 'steering_group'
        CHECK (target IN ('steering_group', 'leadership', 'local_council', 'other')),
    every_months INTEGER NOT NULL DEFAULT 12 CHECK (every_months >= 1),
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX reporting_rules_by_agreement ON reporting_rules (agreement_id, position);

CREATE TABLE problems (
    id TEXT PRIMARY KEY NOT NULL,
    agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    category TEXT CHECK (category IS NULL
        OR category IN ('crime', 'public_order', 'insecurity', 'other')),
    place TEXT NOT NULL DEFAULT '',
    time_pattern TEXT NOT NULL DEFAULT '',
    contributed_by TEXT CHECK (contributed_by IS NULL
        OR contributed_by IN ('police', 'municipality', 'joint', 'other')),
    contributed_by_party TEXT REFERENCES parties (id),
    prioritized INTEGER NOT NULL DEFAULT 0 CHECK (prioritized IN (0, 1)),
    priority INTEGER,
    confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX problems_by_agreement ON problems (agreement_id, position);

CREATE TABLE problem_sources (
    problem_id TEXT NOT NULL REFERENCES problems (id) ON DELETE CASCADE,
    source TEXT NOT NULL CHECK (source IN ('crime_statistics', 'safety_survey', 'local_survey',
        'safety_walk', 'citizen_dialogue', 'staff_dialogue', 'police_intelligence',
        'vandalism_costs', 'school_survey', 'other')),
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (problem_id, source)
);

CREATE TABLE problem_priority_reasons (
    problem_id TEXT NOT NULL REFERENCES problems (id) ON DELETE CASCADE,
    reason TEXT NOT NULL CHECK (reason IN ('most_frequent', 'increasing', 'deviating',
        'exposed_place', 'costly', 'affects_many')),
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (problem_id, reason)
);

-- Crime categories a problem concerns (free words, as the user writes them).
CREATE TABLE problem_crime_categories (
    problem_id TEXT NOT NULL REFERENCES problems (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    category TEXT NOT NULL,
    PRIMARY KEY (problem_id, position)
);

-- A cause of the cause analysis; shown as "Orsak <problem>.<number>".
CREATE TABLE causes (
    id TEXT PRIMARY KEY NOT NULL,
    problem_id TEXT NOT NULL REFERENCES problems (id) ON DELETE CASCADE,
    number INTEGER NOT NULL DEFAULT 0 CHECK (number >= 0),
    text TEXT NOT NULL DEFAULT '',
    perspective TEXT CHECK (perspective IS NULL
        OR perspective IN ('situational', 'victim', 'offender')),
    proximity TEXT CHECK (proximity IS NULL OR proximity IN ('proximate', 'distant')),
    nature TEXT CHECK (nature IS NULL OR nature IN ('situational', 'social')),
    risk_domain TEXT CHECK (risk_domain IS NULL
        OR risk_domain IN ('individual', 'family', 'school', 'community')),
    within_mandate INTEGER NOT NULL DEFAULT 1 CHECK (within_mandate IN (0, 1)),
    confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    information_holder TEXT REFERENCES parties (id),
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX causes_by_problem ON causes (problem_id, position);

CREATE TABLE focus_areas (
    id TEXT PRIMARY KEY NOT NULL,
    agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    title TEXT NOT NULL DEFAULT '',
    background TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX focus_areas_by_agreement ON focus_areas (agreement_id, position);

CREATE TABLE focus_area_problems (
    focus_area_id TEXT NOT NULL REFERENCES focus_areas (id) ON DELETE CASCADE,
    problem_id TEXT NOT NULL REFERENCES problems (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (focus_area_id, problem_id)
);
CREATE INDEX focus_area_problems_by_problem ON focus_area_problems (problem_id);

CREATE TABLE goals (
    id TEXT PRIMARY KEY NOT NULL,
    agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'effect' CHECK (kind IN ('effect', 'process', 'production')),
    text TEXT NOT NULL DEFAULT '',
    -- An overall goal may come after its sub-goals in display order: deferred.
    parent_id TEXT REFERENCES goals (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    focus_area_id TEXT REFERENCES focus_areas (id) ON DELETE SET NULL,
    problem_id TEXT REFERENCES problems (id) ON DELETE SET NULL,
    indicator TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    baseline_value REAL,
    baseline_date TEXT CHECK (baseline_date IS NULL
        OR baseline_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    target_value REAL,
    target_date TEXT CHECK (target_date IS NULL
        OR target_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX goals_by_agreement ON goals (agreement_id, position);
CREATE INDEX goals_by_parent ON goals (parent_id);
CREATE INDEX goals_by_focus_area ON goals (focus_area_id);
CREATE INDEX goals_by_problem ON goals (problem_id);

CREATE TABLE measures (
    id TEXT PRIMARY KEY NOT NULL,
    agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    focus_area_id TEXT REFERENCES focus_areas (id) ON DELETE SET NULL,
    type TEXT CHECK (type IS NULL OR type IN ('situational', 'social')),
    aimed_at TEXT CHECK (aimed_at IS NULL OR aimed_at IN ('situation', 'victim', 'offender')),
    horizon TEXT CHECK (horizon IS NULL OR horizon IN ('short', 'long')),
    responsible_person_id TEXT REFERENCES people (id),
    responsible_text TEXT NOT NULL DEFAULT '',
    when_text TEXT NOT NULL DEFAULT '',
    start_date TEXT CHECK (start_date IS NULL
        OR start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    end_date TEXT CHECK (end_date IS NULL
        OR end_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    method TEXT NOT NULL DEFAULT '',
    budget_sek REAL,
    hours REAL,
    planned_count INTEGER,
    -- Execution status: not frozen by signing.
    status TEXT NOT NULL DEFAULT 'planned'
        CHECK (status IN ('planned', 'ongoing', 'done', 'cancelled')),
    confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX measures_by_agreement ON measures (agreement_id, position);
CREATE INDEX measures_by_focus_area ON measures (focus_area_id);

CREATE TABLE measure_causes (
    measure_id TEXT NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
    cause_id TEXT NOT NULL REFERENCES causes (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (measure_id, cause_id)
);
CREATE INDEX measure_causes_by_cause ON measure_causes (cause_id);

CREATE TABLE measure_goals (
    measure_id TEXT NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
    goal_id TEXT NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (measure_id, goal_id)
);
CREATE INDEX measure_goals_by_goal ON measure_goals (goal_id);

-- Responsible parties of a measure; position 0 is the lead party.
CREATE TABLE measure_responsible (
    measure_id TEXT NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
    party_id TEXT NOT NULL REFERENCES parties (id),
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (measure_id, party_id)
);
CREATE INDEX measure_responsible_by_party ON measure_responsible (party_id);

CREATE TABLE follow_ups (
    id TEXT PRIMARY KEY NOT NULL,
    agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    date TEXT NOT NULL DEFAULT (date('now', 'localtime'))
        CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    kind TEXT NOT NULL DEFAULT 'process' CHECK (kind IN ('process', 'effect')),
    measure_id TEXT REFERENCES measures (id) ON DELETE SET NULL,
    goal_id TEXT REFERENCES goals (id) ON DELETE SET NULL,
    text TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    value REAL,
    count INTEGER,
    assessment TEXT CHECK (assessment IS NULL OR assessment IN ('as_planned', 'partly',
        'not_done', 'improved', 'unchanged', 'worsened')),
    reported_to TEXT CHECK (reported_to IS NULL
        OR reported_to IN ('steering_group', 'leadership', 'local_council', 'other')),
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX follow_ups_by_agreement ON follow_ups (agreement_id, position);
CREATE INDEX follow_ups_by_measure ON follow_ups (measure_id);
CREATE INDEX follow_ups_by_goal ON follow_ups (goal_id);

-- Citizen promise sets (medborgarlöften): their own lifecycle, usually under an agreement.
CREATE TABLE promise_sets (
    id TEXT PRIMARY KEY NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    agreement_id TEXT REFERENCES agreements (id) ON DELETE SET NULL,
    from_year INTEGER,
    to_year INTEGER,
    preamble TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed')),
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX promise_sets_by_agreement ON promise_sets (agreement_id);

CREATE TABLE promise_set_basis (
    promise_set_id TEXT NOT NULL REFERENCES promise_sets (id) ON DELETE CASCADE,
    basis TEXT NOT NULL CHECK (basis IN ('citizen_dialogue', 'staff_dialogue',
        'police_intelligence', 'survey', 'other')),
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (promise_set_id, basis)
);

CREATE TABLE promises (
    id TEXT PRIMARY KEY NOT NULL,
    promise_set_id TEXT NOT NULL REFERENCES promise_sets (id) ON DELETE CASCADE,
    text TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'planned'
        CHECK (status IN ('planned', 'ongoing', 'done', 'cancelled')),
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX promises_by_set ON promises (promise_set_id, position);

CREATE TABLE promise_responsible (
    promise_id TEXT NOT NULL REFERENCES promises (id) ON DELETE CASCADE,
    party_id TEXT NOT NULL REFERENCES parties (id),
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (promise_id, party_id)
);
CREATE INDEX promise_responsible_by_party ON promise_responsible (party_id);

CREATE TABLE promise_measures (
    promise_id TEXT NOT NULL REFERENCES promises (id) ON DELETE CASCADE,
    measure_id TEXT NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (promise_id, measure_id)
);
CREATE INDEX promise_measures_by_measure ON promise_measures (measure_id);

-- Signatories of an agreement or of a citizen promise set (exactly one owner).
CREATE TABLE signatures (
    id TEXT PRIMARY KEY NOT NULL,
    -- 1: the record came without an id (optional in the exchange format); the id is
    -- the file's own and export leaves it out, so fingerprints and round trips hold.
    id_is_internal INTEGER NOT NULL DEFAULT 0 CHECK (id_is_internal IN (0, 1)),
    agreement_id TEXT REFERENCES agreements (id) ON DELETE CASCADE,
    promise_set_id TEXT REFERENCES promise_sets (id) ON DELETE CASCADE,
    person_id TEXT REFERENCES people (id),
    name TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    party_id TEXT REFERENCES parties (id),
    place TEXT NOT NULL DEFAULT '',
    date TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    signed INTEGER NOT NULL DEFAULT 0 CHECK (signed IN (0, 1)),
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK ((agreement_id IS NULL) <> (promise_set_id IS NULL))
);
CREATE INDEX signatures_by_agreement ON signatures (agreement_id, position);
CREATE INDEX signatures_by_promise_set ON signatures (promise_set_id, position);

-- Review comments on a section of an agreement, with replies.
CREATE TABLE comments (
    id TEXT PRIMARY KEY NOT NULL,
    -- 1: the record came without an id (optional in the exchange format); the id is
    -- the file's own and export leaves it out, so fingerprints and round trips hold.
    id_is_internal INTEGER NOT NULL DEFAULT 0 CHECK (id_is_internal IN (0, 1)),
    agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    section TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    written_at TEXT NOT NULL DEFAULT '', -- the exchange's "createdAt", as written
    text TEXT NOT NULL DEFAULT '',
    resolved INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1)),
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX comments_by_agreement ON comments (agreement_id, position);

CREATE TABLE comment_replies (
    id TEXT PRIMARY KEY NOT NULL,
    comment_id TEXT NOT NULL REFERENCES comments (id) ON DELETE CASCADE,
    author TEXT NOT NULL DEFAULT '',
    written_at TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX comment_replies_by_comment ON comment_replies (comment_id, position);

-- The user's own check items of the method's five steps.
CREATE TABLE check_items (
    id TEXT PRIMARY KEY NOT NULL,
    agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    step INTEGER NOT NULL DEFAULT 1 CHECK (step BETWEEN 1 AND 5),
    text TEXT NOT NULL DEFAULT '',
    done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX check_items_by_agreement ON check_items (agreement_id, step, position);

CREATE TABLE meetings (
    id TEXT PRIMARY KEY NOT NULL,
    agreement_id TEXT REFERENCES agreements (id) ON DELETE SET NULL,
    group_name TEXT NOT NULL DEFAULT '', -- group name as in part 1
    date TEXT NOT NULL DEFAULT (date('now', 'localtime'))
        CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    attendees TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    decisions TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX meetings_by_agreement ON meetings (agreement_id, date);

-- Files kept in the municipality file (e.g. the scanned signed original).
CREATE TABLE attachments (
    id TEXT PRIMARY KEY NOT NULL,
    agreement_id TEXT REFERENCES agreements (id) ON DELETE SET NULL,
    name TEXT NOT NULL DEFAULT '',
    media_type TEXT NOT NULL DEFAULT '',
    sha256 TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    data BLOB,
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX attachments_by_agreement ON attachments (agreement_id, position);

-- Reported crimes (anmälda brott). Natural key: code + year + period + crime type.
CREATE TABLE crime_statistics (
    id INTEGER PRIMARY KEY,
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
    UNIQUE (municipality_code, year, period, crime_type)
);
CREATE INDEX crime_statistics_by_type ON crime_statistics (crime_type, year);

-- Survey results (e.g. NTU) as time series: percent of respondents.
CREATE TABLE survey_indicators (
    id INTEGER PRIMARY KEY,
    area_code TEXT NOT NULL DEFAULT '',
    indicator TEXT NOT NULL,
    year INTEGER NOT NULL,
    value REAL NOT NULL,
    ci_low REAL,
    ci_high REAL,
    source TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX survey_indicators_by_indicator ON survey_indicators (indicator, area_code, year);

-- The file's crime type → category mapping (the handbook's table of categories).
CREATE TABLE category_mapping (
    crime_type TEXT PRIMARY KEY NOT NULL,
    category TEXT NOT NULL
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT
);

-- Every change: who, when, which record and field, old and new value (text).
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    entity TEXT NOT NULL,
    record_id TEXT,
    field TEXT, -- empty or NULL: the whole record (insert/delete)
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX audit_log_by_record ON audit_log (entity, record_id);
