-- Row counts kept by triggers, so the store's stats are one indexed read, not five COUNT(*) scans. The name
-- index behind resolveEntities and /reconcile checks them on every call to learn whether entities or mentions
-- changed, and a COUNT(*) of mentions on a connection whose page cache does not hold that table read it all
-- (24 ms warm with an 8 MiB cache, about 1 s cold, on the full corpus). Writers never use INSERT OR REPLACE on
-- these tables: a replace deletes without firing delete triggers.

CREATE TABLE row_counts (
    name TEXT PRIMARY KEY,
    n    INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO row_counts (name, n)
SELECT 'papers', COUNT(*) FROM papers
UNION ALL SELECT 'entities', COUNT(*) FROM entities
UNION ALL SELECT 'mentions', COUNT(*) FROM mentions
UNION ALL SELECT 'links', COUNT(*) FROM links
UNION ALL SELECT 'quarantine', COUNT(*) FROM quarantine;

CREATE TRIGGER papers_counted_insert AFTER INSERT ON papers BEGIN UPDATE row_counts SET n = n + 1 WHERE name = 'papers'; END;
CREATE TRIGGER papers_counted_delete AFTER DELETE ON papers BEGIN UPDATE row_counts SET n = n - 1 WHERE name = 'papers'; END;
CREATE TRIGGER entities_counted_insert AFTER INSERT ON entities BEGIN UPDATE row_counts SET n = n + 1 WHERE name = 'entities'; END;
CREATE TRIGGER entities_counted_delete AFTER DELETE ON entities BEGIN UPDATE row_counts SET n = n - 1 WHERE name = 'entities'; END;
CREATE TRIGGER mentions_counted_insert AFTER INSERT ON mentions BEGIN UPDATE row_counts SET n = n + 1 WHERE name = 'mentions'; END;
CREATE TRIGGER mentions_counted_delete AFTER DELETE ON mentions BEGIN UPDATE row_counts SET n = n - 1 WHERE name = 'mentions'; END;
CREATE TRIGGER links_counted_insert AFTER INSERT ON links BEGIN UPDATE row_counts SET n = n + 1 WHERE name = 'links'; END;
CREATE TRIGGER links_counted_delete AFTER DELETE ON links BEGIN UPDATE row_counts SET n = n - 1 WHERE name = 'links'; END;
CREATE TRIGGER quarantine_counted_insert AFTER INSERT ON quarantine BEGIN UPDATE row_counts SET n = n + 1 WHERE name = 'quarantine'; END;
CREATE TRIGGER quarantine_counted_delete AFTER DELETE ON quarantine BEGIN UPDATE row_counts SET n = n - 1 WHERE name = 'quarantine'; END;
