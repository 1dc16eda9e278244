// PaperGraph schema for Neo4j 3.x. Each statement runs in its own transaction at start-up, before any
// write; 3.x treats re-creating an identical constraint or index as a no-op, so this file is idempotent.
// 3.x has no full-text index: search starts from the word index and tests the word strings each :Paper stores
// (titleWords, abstractWords).
CREATE CONSTRAINT ON (p:Paper) ASSERT p.id IS UNIQUE;
CREATE CONSTRAINT ON (e:EntityRef) ASSERT e.id IS UNIQUE;
CREATE CONSTRAINT ON (e:Entity) ASSERT e.id IS UNIQUE;
CREATE CONSTRAINT ON (a:Alias) ASSERT a.value IS UNIQUE;
CREATE CONSTRAINT ON (s:Source) ASSERT s.key IS UNIQUE;
CREATE CONSTRAINT ON (q:Quarantine) ASSERT q.id IS UNIQUE;
// The one writer lease (issue 13): MERGE on a unique key, so two processes never create two.
CREATE CONSTRAINT ON (l:WriterLease) ASSERT l.key IS UNIQUE;
// The word index of relink candidates and search: (:Paper)-[:HAS_WORD {t, a}]->(:PaperWord), and HAS_TITLE_WORD for title words.
CREATE CONSTRAINT ON (w:PaperWord) ASSERT w.word IS UNIQUE;
// Search's ranking statistics, one node, locked by every paper write (MERGE on a unique key: never two).
CREATE CONSTRAINT ON (s:SearchStats) ASSERT s.key IS UNIQUE;
CREATE INDEX ON :Paper(arxivKey);
CREATE INDEX ON :Paper(titleKey);
CREATE INDEX ON :Source(paperId);
