"""Draws a random sample of mentions of the curated standard techniques from a store, one per paper, for judging.

Usage: sample_curated_mentions.py STORE.db schema/catalog/curated_techniques.jsonl N   (seed 20261206, fixed)
Prints the count of such mentions by entity, then N numbered mentions with 160 characters of context either side.
"""
import json, random, sqlite3, sys
ids=[json.loads(l)['id'] for l in open(sys.argv[2])]
db=sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
q=f"SELECT m.paper_id, m.field, m.start, m.\"end\", m.entity_id, m.surface FROM mentions m WHERE m.entity_id IN ({','.join('?'*len(ids))}) ORDER BY m.paper_id, m.field, m.start"
rows=db.execute(q, ids).fetchall()
from collections import Counter
print("mentions of curated techniques:", len(rows), "papers:", len({r[0] for r in rows}))
print(Counter(r[4] for r in rows).most_common())
# one mention per paper, so a paper repeating a name does not weigh more
byp={}
for r in rows: byp.setdefault(r[0], r)
rng=random.Random(20261206)
pick=rng.sample(sorted(byp.values()), min(int(sys.argv[3]), len(byp)))
for i,(pid,field,s,e,eid,surf) in enumerate(pick,1):
    title,abstract=db.execute("SELECT title, abstract FROM papers WHERE id=?", (pid,)).fetchone()
    text=title if field==0 else abstract
    ctx=text[max(0,s-160):s]+"[["+text[s:e]+"]]"+text[e:e+160]
    print(f"\n#{i} {pid} {eid} surface={surf!r}\n  {ctx.replace(chr(10),' ')}")
