"""Draws a random sample of the mentions a linker change added, one per paper, for judging by hand.

Usage: sample_added_mentions.py BEFORE.db AFTER.db N [SEED]   (seed 20261206 unless given)
BEFORE and AFTER are stores of the same corpus linked before and after the change. A mention is added when AFTER
has its (paper, field, start, end, entity) and BEFORE has not: new spans, longer spans (a variant suffix taken
in) and spans now given another entity. Prints the counts, the most frequent entities, then N numbered mentions
with 160 characters of context either side and what BEFORE had at an overlapping span.
"""
import random, sqlite3, sys
from collections import Counter

QUERY = 'SELECT paper_id, field, start, "end", entity_id, surface FROM mentions'


def store(path):
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


before_db, after_db = store(sys.argv[1]), store(sys.argv[2])
before = {}
for paper_id, field, start, end, entity_id, surface in before_db.execute(QUERY):
    before.setdefault((paper_id, field), []).append((start, end, entity_id, surface))
before_keys = {(p, f, s, e, eid) for (p, f), rows in before.items() for s, e, eid, _ in rows}
after = list(after_db.execute(QUERY + " ORDER BY paper_id, field, start"))
added = [row for row in after if tuple(row[:5]) not in before_keys]
print("mentions before:", len(before_keys), "after:", len(after), "added:", len(added), "in papers:", len({r[0] for r in added}))
print(Counter(r[4] for r in added).most_common(15))
first_per_paper = {}
for row in added:
    first_per_paper.setdefault(row[0], row)
pick = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 20261206).sample(sorted(first_per_paper.values()), min(int(sys.argv[3]), len(first_per_paper)))
for i, (paper_id, field, start, end, entity_id, surface) in enumerate(pick, 1):
    title, abstract = after_db.execute("SELECT title, abstract FROM papers WHERE id=?", (paper_id,)).fetchone()
    text = title if field == 0 else abstract
    context = text[max(0, start - 160):start] + "[[" + text[start:end] + "]]" + text[end:end + 160]
    was = [f"{eid} {surf!r}" for s, e, eid, surf in before.get((paper_id, field), []) if s < end and start < e]
    print(f"\n#{i} {paper_id} {entity_id} surface={surface!r} before: {'; '.join(was) or 'nothing'}\n  {context.replace(chr(10), ' ')}")
