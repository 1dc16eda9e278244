"""Draws random samples of the introductions and the mentions a linker change removed, from two `dump` outputs.

Usage: sample_dump_removals.py BEFORE.txt AFTER.txt STORE.db N SEED OUT_INTRODUCTIONS OUT_MENTIONS
BEFORE and AFTER are `dump --corpus CORPUS --out FILE` before and after the change (second-pass lines, what a store holds; the linker version
ignored); STORE.db is a full-corpus SQLite store ingested before the change, which gives each removed entity its name
and cue, and the papers' texts. Writes N introductions (with the sentence that defines the name) drawn with
random.seed(SEED), and N mentions (90 characters before, 50 after) drawn with random.seed(SEED + 1).
"""
import random, re, sqlite3, sys

before_path, after_path, store, n, seed, out_intro, out_mentions = sys.argv[1:8]
n, seed = int(n), int(seed)
version = re.compile(r" linker-\d+ ")
introduces = re.compile(r"pass2 (\S+) introduces \[(.*)\]")
mention = re.compile(r"pass2 \S+ (Abstract|Title) \d+-\d+ ")


def read(path):
    intro, mentions = {}, set()
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if m := introduces.match(line):
                intro[m.group(1)] = set(m.group(2).split())
            elif mention.match(line):
                mentions.add(version.sub(" ", line.rstrip("\n")))
    return intro, mentions


(intro_before, mentions_before), (intro_after, mentions_after) = read(before_path), read(after_path)
removed = [(p, e) for p in sorted(intro_before) for e in sorted(intro_before[p] - intro_after.get(p, set()))]
removed_mentions = sorted(mentions_before - mentions_after)
print(f"{len(removed)} introductions removed, {len(removed_mentions)} mentions removed, {len(mentions_after - mentions_before)} added")
db = sqlite3.connect(store)

random.seed(seed)
lines = [f"{len(removed)} introductions removed; {min(n, len(removed))} drawn with random.seed({seed}), random.sample(removed, n)"]
for i, (paper, entity) in enumerate(random.sample(removed, min(n, len(removed)))):
    name, description = db.execute("select name, description from entities where id = ?", (entity,)).fetchone() or (entity, "")
    title, abstract = db.execute("select title, abstract from papers where id = ?", (paper,)).fetchone()
    cue = re.search(r"\(([^()]*)\)\.$", description or "")
    lines.append(f'{i + 1:2} {paper} {entity} "{name}" [{cue.group(1) if cue else "?"}] :: T: {title[:110]}')
    text = title + " || " + abstract
    for m in list(re.finditer(re.escape("(" + name + ")"), text))[:1]:
        lines.append("      def: ..." + text[max(0, m.start() - 100):m.end() + 8].replace("\n", " "))
open(out_intro, "w", encoding="utf-8").write("\n".join(lines) + "\n")

random.seed(seed + 1)
lines = [f"{len(removed_mentions)} mentions removed; {min(n, len(removed_mentions))} drawn with random.seed({seed + 1}), random.sample(rows, n)"]
for i, row in enumerate(random.sample(removed_mentions, min(n, len(removed_mentions)))):
    fields = row.split(" ")
    paper, field, (start, end), entity = fields[1], fields[2], map(int, fields[3].split("-")), fields[4]
    title, abstract = db.execute("select title, abstract from papers where id = ?", (paper,)).fetchone()
    text = title if field == "Title" else abstract
    lines.append(f"{i + 1:2} {paper} {entity} :: ...{text[max(0, start - 90):start]}[[{text[start:end]}]]{text[end:end + 50]}...")
open(out_mentions, "w", encoding="utf-8").write("\n".join(lines) + "\n")
