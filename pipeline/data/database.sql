-- Relational schema of the loaded records (pipeline/database.py), the same for SQLite and
-- PostgreSQL: only TEXT, INTEGER and DOUBLE PRECISION columns, no generated ids (rows
-- are keyed by their document and their position in the record). Lists and small objects are
-- JSON text. Booleans are INTEGER 0/1. Every statement is idempotent (IF NOT EXISTS): the
-- loader applies this file each time it opens a database.
--
-- Child tables reference documents ON DELETE CASCADE. The loader also deletes their rows
-- explicitly, because SQLite enforces foreign keys only when asked to.
--
-- Offsets: quote_start and quote_end are character offsets into the extracted text written
-- beside the record (<stem>.txt), and text[quote_start:quote_end] == quote (SPEC.md, Evidence).

-- The version of this schema: the loader refuses a database made by another version.
CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER NOT NULL
);

-- One row per record (per input document), error records included.
CREATE TABLE IF NOT EXISTS documents (
    source TEXT PRIMARY KEY,              -- document.source: the natural key of a document
    record_sha256 TEXT NOT NULL,          -- sha256 of the canonical record JSON (sorted keys, no spaces): unchanged means nothing to load
    sha256 TEXT NOT NULL,                 -- of the input file's bytes
    text_sha256 TEXT,                     -- of the extracted text (<stem>.txt)
    format TEXT,
    language TEXT,
    pages INTEGER,
    published TEXT,                       -- the release's own date (YYYY-MM-DD, YYYY-MM or YYYY), or NULL
    published_precision TEXT,             -- day | month | year
    dated TEXT,                           -- the date the registry orders documents by: published, else the latest dated value the record mentions, NULL when neither
    dated_from TEXT,                      -- published | latest_mention | NULL: where `dated` comes from
    place_name TEXT,                      -- the dateline's place
    place_insee TEXT,
    ocr_engine TEXT,                      -- NULL when no OCR ran
    ocr_mean_confidence DOUBLE PRECISION, -- 0..100
    error_code TEXT,                      -- set for an error record (then the document has no cpts)
    error_message TEXT
);

-- One row per CPTS entry of a record (subject or only mentioned).
CREATE TABLE IF NOT EXISTS cpts (
    document TEXT NOT NULL REFERENCES documents (source) ON DELETE CASCADE,
    key TEXT NOT NULL,                    -- the community's slug: the same in every document about it
    position INTEGER NOT NULL,            -- index in the record's cpts list
    name TEXT NOT NULL,
    role TEXT NOT NULL,                   -- subject | mentioned
    departments TEXT NOT NULL,            -- JSON array of department codes
    aliases TEXT NOT NULL,                -- JSON array of other names
    perimeter_count INTEGER,              -- territory.resolved.count, NULL when the text describes no perimeter
    perimeter_complete INTEGER,           -- territory.resolved.complete (1/0), NULL with no perimeter
    PRIMARY KEY (document, key)
);

-- One row per extracted value: a record's chosen value of a fact and each of its mentions.
CREATE TABLE IF NOT EXISTS facts (
    document TEXT NOT NULL REFERENCES documents (source) ON DELETE CASCADE,
    position INTEGER NOT NULL,            -- order of the value in the record
    cpts_key TEXT,                        -- NULL for a document-level value (published, place, department_coverage)
    field TEXT NOT NULL,                  -- population, communes_count, professionals_count, structures_count, rank_in_department, dates.<kind>, percentage.<kind>, department_coverage, people, launch_place, published, place
    chosen INTEGER NOT NULL,              -- 1: the record's value of the fact (for percentages: the most precise of its kind), 0: one of its mentions
    value TEXT NOT NULL,                  -- a date or a name as written in the record, a number as JSON text
    value_number DOUBLE PRECISION,        -- the value when it is a number
    qualifier TEXT,                       -- exact | approx | more_than | less_than (numbers)
    precision TEXT,                       -- day | month | year (dates)
    detail TEXT,                          -- JSON object of what else the record says: department (rank, coverage), insee (places), role (people), population (percentages), year_from (dates)
    quote TEXT NOT NULL,
    quote_start INTEGER NOT NULL,
    quote_end INTEGER NOT NULL,
    page INTEGER,                         -- 1-based, when the record gives it
    confidence DOUBLE PRECISION,          -- 0..1, when the record gives it
    PRIMARY KEY (document, position),
    FOREIGN KEY (document, cpts_key) REFERENCES cpts (document, key) ON DELETE CASCADE
);

-- The named areas of a perimeter (territory.areas).
CREATE TABLE IF NOT EXISTS areas (
    document TEXT NOT NULL REFERENCES documents (source) ON DELETE CASCADE,
    cpts_key TEXT NOT NULL,
    position INTEGER NOT NULL,            -- index in territory.areas
    kind TEXT NOT NULL,                   -- epci | pays | department | other
    name TEXT NOT NULL,                   -- as written
    code TEXT,                            -- EPCI SIREN, or NULL
    extent TEXT NOT NULL,                 -- full | partial
    part TEXT,                            -- west, south, ... for a partial area described by its part
    communes_count DOUBLE PRECISION,      -- the count the text gives in the area's brackets, or NULL
    communes_count_qualifier TEXT,
    quote TEXT NOT NULL,
    quote_start INTEGER NOT NULL,
    quote_end INTEGER NOT NULL,
    page INTEGER,
    confidence DOUBLE PRECISION,
    PRIMARY KEY (document, cpts_key, position),
    FOREIGN KEY (document, cpts_key) REFERENCES cpts (document, key) ON DELETE CASCADE
);

-- The communes a perimeter names, with their evidence.
CREATE TABLE IF NOT EXISTS named_communes (
    document TEXT NOT NULL REFERENCES documents (source) ON DELETE CASCADE,
    cpts_key TEXT NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    insee TEXT,                           -- NULL when the name could not be linked
    named_as TEXT NOT NULL,               -- listed (under an area) | excepted (from an area) | loose (named outside any area)
    area_position INTEGER,                -- areas.position of the area for listed and excepted communes
    quote TEXT NOT NULL,
    quote_start INTEGER NOT NULL,
    quote_end INTEGER NOT NULL,
    page INTEGER,
    confidence DOUBLE PRECISION,
    PRIMARY KEY (document, cpts_key, position),
    FOREIGN KEY (document, cpts_key) REFERENCES cpts (document, key) ON DELETE CASCADE
);

-- The resolved perimeter: one row per INSEE code of territory.resolved.insee.
CREATE TABLE IF NOT EXISTS perimeter_communes (
    document TEXT NOT NULL REFERENCES documents (source) ON DELETE CASCADE,
    cpts_key TEXT NOT NULL,
    insee TEXT NOT NULL,
    PRIMARY KEY (document, cpts_key, insee),
    FOREIGN KEY (document, cpts_key) REFERENCES cpts (document, key) ON DELETE CASCADE
);

-- The record's warnings.
CREATE TABLE IF NOT EXISTS warnings (
    document TEXT NOT NULL REFERENCES documents (source) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    code TEXT NOT NULL,
    message TEXT NOT NULL,
    cpts_key TEXT,                        -- the community it is about, or NULL
    PRIMARY KEY (document, position)
);

-- One row per community key across all loaded documents (error records have no cpts), derived
-- from the tables above by pipeline/registry.py, rebuilt for the keys a document touches in
-- that document's transaction. Each fact comes from one statement, chosen by the rule of
-- registry.py ("most recent and most precise statement"): <fact> is the value, then its
-- qualifier (numbers) or precision (dates), its source (documents.source) and its quote.
CREATE TABLE IF NOT EXISTS cpts_registry (
    key TEXT PRIMARY KEY,
    name TEXT NOT NULL,                   -- from the most recent document, preferring one where the community is the subject
    aliases TEXT NOT NULL,                -- JSON array: every other name and alias any document gives it
    departments TEXT NOT NULL,            -- JSON array: union over the documents
    documents INTEGER NOT NULL,           -- documents that name the community
    subject_documents INTEGER NOT NULL,   -- documents about it (role subject)
    population DOUBLE PRECISION,
    population_qualifier TEXT,
    population_source TEXT,
    population_quote TEXT,
    communes_count DOUBLE PRECISION,
    communes_count_qualifier TEXT,
    communes_count_source TEXT,
    communes_count_quote TEXT,
    professionals_count DOUBLE PRECISION,
    professionals_count_qualifier TEXT,
    professionals_count_source TEXT,
    professionals_count_quote TEXT,
    structures_count DOUBLE PRECISION,
    structures_count_qualifier TEXT,
    structures_count_source TEXT,
    structures_count_quote TEXT,
    share_of_department_population DOUBLE PRECISION, -- percent of its department's population
    share_of_department_population_qualifier TEXT,
    share_of_department_population_source TEXT,
    share_of_department_population_quote TEXT,
    rank_in_department INTEGER,           -- "the third CPTS of the department"
    rank_department TEXT,                 -- the department of that rank
    rank_in_department_source TEXT,
    rank_in_department_quote TEXT,
    launch_date TEXT,
    launch_date_precision TEXT,
    launch_date_source TEXT,
    launch_date_quote TEXT,
    aci_signature_date TEXT,              -- signature of the ACI (accord conventionnel interprofessionnel)
    aci_signature_date_precision TEXT,
    aci_signature_date_source TEXT,
    aci_signature_date_quote TEXT,
    health_project_date TEXT,
    health_project_date_precision TEXT,
    health_project_date_source TEXT,
    health_project_date_quote TEXT,
    letter_of_intent_date TEXT,
    letter_of_intent_date_precision TEXT,
    letter_of_intent_date_source TEXT,
    letter_of_intent_date_quote TEXT,
    statutes_date TEXT,
    statutes_date_precision TEXT,
    statutes_date_source TEXT,
    statutes_date_quote TEXT,
    perimeter_count INTEGER,              -- communes of the resolved perimeter
    perimeter_complete INTEGER,           -- 1/0
    perimeter_source TEXT,
    conflicts TEXT NOT NULL               -- JSON object: field -> every statement (value, qualifier or precision, source, published, dated, quote) when the documents disagree, {} when none
);

CREATE INDEX IF NOT EXISTS cpts_by_key ON cpts (key);
CREATE INDEX IF NOT EXISTS facts_by_key ON facts (cpts_key, field);
