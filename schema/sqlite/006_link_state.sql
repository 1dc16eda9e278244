-- Link state as committed state (issue 13). A paper created or changed is listed in link_pending by the
-- transaction that stores it and leaves the list only once a complete linking pass has covered it, so a run
-- killed between the paper's commit and its links is seen as unfinished by the next run of any process.

CREATE TABLE link_pending (
    paper_id TEXT PRIMARY KEY
) WITHOUT ROWID;

-- One writer at a time per database, across processes: the holder (host:pid:random) and when its lease
-- ends (ms since the Unix epoch, by the database's clock). A released lease keeps its last owner with
-- expires_at 0, so the next holder learns whether someone else wrote in between.
CREATE TABLE writer_lease (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    owner      TEXT    NOT NULL,
    expires_at INTEGER NOT NULL
);
