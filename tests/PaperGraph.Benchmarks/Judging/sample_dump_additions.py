"""Draws a random sample of the mentions a linker change added, one per paper, from two `dump` outputs, for judging.

Usage: sample_dump_additions.py BEFORE.txt AFTER.txt CORPUS.jsonl.gz N SEED
BEFORE and AFTER are `dotnet run -c Release --project tests/PaperGraph.Benchmarks -- dump --corpus CORPUS --out FILE`
before and after the change; the linker version on each line is ignored. A mention is added when its second-pass
line (what a store holds) is in AFTER and not in BEFORE. Prints the counts, then N numbered mentions with 120
characters of context before and 80 after.
"""
import gzip, json, random, re, sys
from collections import defaultdict

before_path, after_path, corpus, n, seed = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
version = re.compile(r" linker-\d+ ")


def mentions(path):
    with open(path, encoding="utf-8") as lines:
        return {version.sub(" ", line.rstrip("\n")) for line in lines
                if line.startswith("pass2 ") and (" Abstract " in line or " Title " in line)}


added = sorted(mentions(after_path) - mentions(before_path))
by_paper = defaultdict(list)
for line in added:
    by_paper[line.split(" ")[1]].append(line)
print(f"{len(added)} mentions added in {len(by_paper)} papers, {len({l.split(' ')[4] for l in added})} entities")
random.seed(seed)
picked = random.sample(sorted(by_paper), n)
wanted, papers = set(picked), {}
with gzip.open(corpus, "rt", encoding="utf-8") as records:
    for record in map(json.loads, records):
        paper_id = "arxiv:" + (record.get("arxiv_id") or record.get("id", ""))
        if paper_id in wanted:
            papers[paper_id] = record
for i, paper_id in enumerate(picked, 1):
    parts = random.choice(by_paper[paper_id]).split(" ")
    field, (start, end), entity = parts[2], map(int, parts[3].split("-")), parts[4]
    text = papers[paper_id]["title" if field == "Title" else "abstract"]
    context = text[max(0, start - 120):end + 80].replace("\n", " ")
    print(f"{i:2d} {paper_id} {entity} [{text[start:end]}] :: ...{context}...\n")
