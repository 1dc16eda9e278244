#!/usr/bin/env python3
"""Draws the held-out linking sample: 160 papers at random (fixed seed) from the arXiv CS corpus, none of the dev set.

Usage: draw_sample.py CORPUS.jsonl.gz OUT.jsonl
Python standard library only. The same corpus file gives the same sample on any machine: papers are taken in
corpus order, the dev set's papers (by arXiv id and by folded title) and papers without an abstract are removed,
and random.Random(SEED).sample picks SIZE of the rest, kept in the order drawn.
"""
import gzip, json, os, random, re, sys

SEED = 20261204
SIZE = 160
HERE = os.path.dirname(os.path.abspath(__file__))
DEVSET = os.path.join(HERE, "..", "DevSet")


def folded(title):
    return " ".join(re.findall(r"[a-z0-9]+", title.lower()))


def dev_papers():
    ids, titles = set(), set()
    for paper in json.load(open(os.path.join(DEVSET, "texts.json"), encoding="utf-8")):
        titles.add(folded(paper["title"]))
        if paper.get("arxivId"):
            ids.add(paper["arxivId"])
    for line in open(os.path.join(DEVSET, "devset.jsonl"), encoding="utf-8"):
        paper = json.loads(line)
        titles.add(folded(paper["title"]))
        if paper.get("arxivId"):
            ids.add(paper["arxivId"])
    return ids, titles


def draw(corpus_path, out_path, seed, size, excluded_ids, excluded_titles):
    """Writes SIZE papers drawn with SEED from the corpus's papers that are not excluded and have an abstract."""
    eligible = []
    with gzip.open(corpus_path, "rt", encoding="utf-8") as corpus:
        for number, line in enumerate(corpus, 1):
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                sys.exit(f"corpus line {number}: not JSON ({error})")
            if row["arxiv_id"] in excluded_ids or folded(row["title"]) in excluded_titles or not row.get("abstract", "").strip():
                continue
            eligible.append(row)
    drawn = random.Random(seed).sample(eligible, size)
    with open(out_path, "w", encoding="utf-8", newline="\n") as out:
        for index, row in enumerate(drawn):
            out.write(json.dumps({"index": index, "arxivId": row["arxiv_id"], "date": row["listing_date"],
                                  "title": row["title"], "abstract": row["abstract"]}, ensure_ascii=False) + "\n")
    print(f"{len(eligible)} eligible papers, {size} drawn with seed {seed}", file=sys.stderr)


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: draw_sample.py CORPUS.jsonl.gz OUT.jsonl")
    dev_ids, dev_titles = dev_papers()
    draw(sys.argv[1], sys.argv[2], SEED, SIZE, dev_ids, dev_titles)


if __name__ == "__main__":
    main()
