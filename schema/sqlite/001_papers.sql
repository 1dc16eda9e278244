-- Papers, where each was read, and full-text search over title and abstract.

CREATE TABLE papers (
    pk        INTEGER PRIMARY KEY,          -- rowid, shared with papers_fts
    id        TEXT    NOT NULL UNIQUE,
    title     TEXT    NOT NULL,
    abstract  TEXT    NOT NULL,
    arxiv_id  TEXT,
    title_key TEXT    NOT NULL,             -- PaperIds.NormalizeTitle(title)
    authors   TEXT    NOT NULL,             -- JSON array, in listing order
    date      TEXT,                         -- ListingDate as ISO 8601 or --MM-DD
    year      INTEGER,
    month     INTEGER,
    day       INTEGER,
    date_key  INTEGER NOT NULL              -- year*10000+month*100+day (year 0 when unknown); -1 with no date
);

CREATE INDEX papers_arxiv_id ON papers (arxiv_id) WHERE arxiv_id IS NOT NULL;
CREATE INDEX papers_title_key ON papers (title_key);
CREATE INDEX papers_date_key ON papers (date_key, id);
CREATE INDEX papers_title ON papers (title, id);
CREATE INDEX papers_year ON papers (year, date_key);

CREATE TABLE paper_sources (
    paper_id     TEXT    NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
    source       TEXT    NOT NULL,
    content_hash TEXT    NOT NULL,
    line         INTEGER NOT NULL,
    first_seen   INTEGER NOT NULL,          -- UTC ticks
    last_seen    INTEGER NOT NULL,
    PRIMARY KEY (paper_id, source, content_hash)
) WITHOUT ROWID;

-- External-content FTS5 index kept in step by triggers; an unchanged upsert never touches it.
CREATE VIRTUAL TABLE papers_fts USING fts5 (
    title,
    abstract,
    content = 'papers',
    content_rowid = 'pk',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER papers_fts_insert AFTER INSERT ON papers BEGIN
    INSERT INTO papers_fts (rowid, title, abstract) VALUES (new.pk, new.title, new.abstract);
END;

CREATE TRIGGER papers_fts_delete AFTER DELETE ON papers BEGIN
    INSERT INTO papers_fts (papers_fts, rowid, title, abstract) VALUES ('delete', old.pk, old.title, old.abstract);
END;

CREATE TRIGGER papers_fts_update AFTER UPDATE OF title, abstract ON papers BEGIN
    INSERT INTO papers_fts (papers_fts, rowid, title, abstract) VALUES ('delete', old.pk, old.title, old.abstract);
    INSERT INTO papers_fts (rowid, title, abstract) VALUES (new.pk, new.title, new.abstract);
END;
