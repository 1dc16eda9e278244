"""Draws mentions uniformly from a store, for judging mention precision at scale.

Usage: sample_store_mentions.py STORE.db N SEED
Prints the store's mention count, then N numbered mentions (paper, entity, kind, span) with 90 characters of context
before and 50 after. Drew random-mentions-sample-seed20261211.txt (N 60, seed 20261211) from the full-corpus store.
"""
import random, sqlite3, sys

QUERY = ('select m.paper_id, m.field, m.start, m."end", m.entity_id, m.surface, e.kind, p.title, p.abstract from mentions m '
         'join papers p on p.id = m.paper_id join entities e on e.id = m.entity_id')

db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
rows = db.execute(QUERY).fetchall()
print(f"{len(rows)} mentions in the store; {sys.argv[2]} drawn with random.seed({sys.argv[3]}), random.sample(rows, {sys.argv[2]})")
random.seed(int(sys.argv[3]))
for i, (paper, field, start, end, entity, surface, kind, title, abstract) in enumerate(random.sample(rows, int(sys.argv[2])), 1):
    text = title if field == 0 else abstract
    print(f"{i:2d} {paper} {entity} ({kind}) [{surface}] :: ..." + text[max(0, start - 90):end + 50].replace("\n", " ") + "...")
