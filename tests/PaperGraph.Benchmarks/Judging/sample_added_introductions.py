#!/usr/bin/env python3
"""Draws N random (paper, entity) introductions that AFTER.db holds and BEFORE.db does not, with the abstract around
the name (LaTeX style commands taken out), for judging by hand.

usage: sample_added_introductions.py BEFORE.db AFTER.db N SEED
(the texts are AFTER.db's papers, as ingested; standard library only)"""
import random, re, sqlite3, sys

before, after, n, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
db = sqlite3.connect(after)
db.execute("attach ? as o", (before,))
rows = db.execute("""select n.paper_id, n.entity_id, e.name, e.kind from introductions n join entities e on e.id = n.entity_id
  where not exists (select 1 from o.introductions x where x.paper_id = n.paper_id and x.entity_id = n.entity_id)
  order by n.paper_id, n.entity_id""").fetchall()
random.Random(seed).shuffle(rows)
rows = rows[:n]
texts = {paper: db.execute("select title, abstract from papers where id = ?", (paper,)).fetchone() for paper, *_ in rows}

# LatexMarkup.StyleCommands (src/PaperGraph.Core/Linking/Novelty/LatexMarkup.cs), innermost first
STYLE = re.compile(r'\\(textbf|textit|emph|texttt|textsc|textsf|textrm|textmd|textup|underline)\{([^{}]*)\}')
def plain(t):
    for _ in range(3):
        t = STYLE.sub(r'\2', t)
    return t

for i, (paper, entity, name, kind) in enumerate(rows, 1):
    title, text = texts[paper]
    text = plain(text)
    k = text.find(name.split(' ')[0])
    print(f"[{i}] {paper} {entity} name='{name}' kind={kind}\n    TITLE: {title}\n    CTX: ...{text[max(0, k - 200):k + 200]}...\n")
