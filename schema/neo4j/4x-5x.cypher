// PaperGraph schema for Neo4j 4.4 and 5.x. Each statement runs in its own transaction at start-up,
// before any write; IF NOT EXISTS makes the file idempotent.
CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (p:Paper) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT entity_ref_id IF NOT EXISTS FOR (e:EntityRef) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT alias_value IF NOT EXISTS FOR (a:Alias) REQUIRE a.value IS UNIQUE;
CREATE CONSTRAINT source_key IF NOT EXISTS FOR (s:Source) REQUIRE s.key IS UNIQUE;
CREATE CONSTRAINT quarantine_id IF NOT EXISTS FOR (q:Quarantine) REQUIRE q.id IS UNIQUE;
// The one writer lease (issue 13): MERGE on a unique key, so two processes never create two.
CREATE CONSTRAINT writer_lease_key IF NOT EXISTS FOR (l:WriterLease) REQUIRE l.key IS UNIQUE;
// The word index of relink candidates and search: (:Paper)-[:HAS_WORD {t, a}]->(:PaperWord), and HAS_TITLE_WORD for title words.
CREATE CONSTRAINT paper_word IF NOT EXISTS FOR (w:PaperWord) REQUIRE w.word IS UNIQUE;
// Search's ranking statistics, one node, locked by every paper write (MERGE on a unique key: never two).
CREATE CONSTRAINT search_stats_key IF NOT EXISTS FOR (s:SearchStats) REQUIRE s.key IS UNIQUE;
CREATE INDEX paper_arxiv_key IF NOT EXISTS FOR (p:Paper) ON (p.arxivKey);
CREATE INDEX paper_title_key IF NOT EXISTS FOR (p:Paper) ON (p.titleKey);
CREATE INDEX source_paper_id IF NOT EXISTS FOR (s:Source) ON (s.paperId);
CREATE FULLTEXT INDEX paper_text IF NOT EXISTS FOR (p:Paper) ON EACH [p.title, p.abstract];
