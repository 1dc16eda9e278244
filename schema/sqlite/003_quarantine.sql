-- Records that could not be ingested, kept with why.

CREATE TABLE quarantine (
    id             TEXT    PRIMARY KEY,
    source         TEXT    NOT NULL,
    line           INTEGER,
    byte_offset    INTEGER,
    reason_code    TEXT    NOT NULL,
    reason         TEXT    NOT NULL,
    raw            BLOB    NOT NULL,
    format         TEXT    NOT NULL,
    quarantined_at INTEGER NOT NULL         -- UTC ticks
) WITHOUT ROWID;

CREATE INDEX quarantine_at ON quarantine (quarantined_at, id);
