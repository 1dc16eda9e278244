#!/usr/bin/env python3
"""Draws N random (paper, entity) introductions that AFTER.db holds and BEFORE.db does not, with the abstract around
the name (LaTeX style commands taken out), for judging by hand.

usage: sample_added_introductions.py BEFORE.db AFTER.db CORPUS.jsonl N SEED
(CORPUS.jsonl: the decompressed arXiv corpus; standard library only)"""
import json, random, re, sqlite3, sys

before, after, corpus, n, seed = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
db = sqlite3.connect(after)
db.execute("attach ? as o", (before,))
rows = db.execute("""select n.paper_id, n.entity_id, e.name, e.kind from introductions n join entities e on e.id = n.entity_id
  where not exists (select 1 from o.introductions x where x.paper_id = n.paper_id and x.entity_id = n.entity_id)
  order by n.paper_id, n.entity_id""").fetchall()
random.Random(seed).shuffle(rows)
rows = rows[:n]
wanted = {r[0].split(':', 1)[1] for r in rows}
texts = {}
with open(corpus, encoding='utf-8') as f:
    for line in f:
        d = json.loads(line)
        if d['arxiv_id'] in wanted:
            texts[d['arxiv_id']] = (d['title'], d['abstract'])

STYLE = re.compile(r'\\(textbf|textit|emph|texttt|textsc|textsf|underline)\{([^{}]*)\}')
def plain(t):
    for _ in range(3):
        t = STYLE.sub(r'\2', t)
    return t

for i, (paper, entity, name, kind) in enumerate(rows, 1):
    title, text = texts[paper.split(':', 1)[1]]
    text = plain(text)
    k = text.find(name.split(' ')[0])
    print(f"[{i}] {paper} {entity} name='{name}' kind={kind}\n    TITLE: {title}\n    CTX: ...{text[max(0, k - 200):k + 200]}...\n")
