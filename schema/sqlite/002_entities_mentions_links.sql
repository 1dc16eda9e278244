-- Entities and what the linker found: mentions, introductions, paper-to-paper links.

CREATE TABLE entities (
    id                  TEXT PRIMARY KEY,
    name                TEXT NOT NULL,
    kind                TEXT NOT NULL,      -- lower-case EntityKind
    aliases             TEXT NOT NULL,      -- JSON array, as given
    description         TEXT,
    introduced_title    TEXT,
    introduced_arxiv_id TEXT,
    introduced_year     INTEGER,
    has_introducer      INTEGER NOT NULL,
    source              TEXT NOT NULL
) WITHOUT ROWID;

CREATE INDEX entities_name ON entities (name, id);
CREATE INDEX entities_kind_name ON entities (kind, name, id);

-- The lower-cased name and every alias, for case-insensitive lookup and prefix search.
CREATE TABLE entity_aliases (
    alias     TEXT NOT NULL,
    entity_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    PRIMARY KEY (alias, entity_id)
) WITHOUT ROWID;

CREATE INDEX entity_aliases_entity ON entity_aliases (entity_id);

CREATE TABLE mentions (
    paper_id          TEXT    NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
    field             INTEGER NOT NULL,     -- 0 title, 1 abstract
    start             INTEGER NOT NULL,
    "end"             INTEGER NOT NULL,
    entity_id         TEXT    NOT NULL,
    surface           TEXT    NOT NULL,
    score             REAL    NOT NULL,
    extractor_version TEXT    NOT NULL,
    PRIMARY KEY (paper_id, field, start, "end", entity_id)
) WITHOUT ROWID;

-- One row per (paper, entity) mentioned: document frequencies, co-mentions and usage read only this.
-- It carries the paper's date_key so "papers mentioning X, newest first" walks one index, with no sort,
-- even when X is mentioned by every paper.
CREATE TABLE paper_entities (
    paper_id  TEXT    NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
    entity_id TEXT    NOT NULL,
    date_key  INTEGER NOT NULL,             -- copy of papers.date_key
    PRIMARY KEY (paper_id, entity_id)
) WITHOUT ROWID;

CREATE INDEX paper_entities_entity ON paper_entities (entity_id, date_key DESC, paper_id);

CREATE TRIGGER paper_entities_date_key AFTER UPDATE OF date_key ON papers WHEN old.date_key <> new.date_key BEGIN
    UPDATE paper_entities SET date_key = new.date_key WHERE paper_id = new.id;
END;

CREATE TABLE introductions (
    paper_id  TEXT NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL,
    PRIMARY KEY (paper_id, entity_id)
) WITHOUT ROWID;

CREATE INDEX introductions_entity ON introductions (entity_id, paper_id);

CREATE TABLE links (
    citing_paper_id TEXT NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
    cited_paper_id  TEXT NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL,
    via             TEXT NOT NULL,          -- JSON array of entity ids, as given
    score           REAL NOT NULL,
    reason          TEXT NOT NULL,
    PRIMARY KEY (citing_paper_id, cited_paper_id, kind)
) WITHOUT ROWID;

CREATE INDEX links_cited ON links (cited_paper_id, citing_paper_id);
