#!/usr/bin/env python3
"""Draws the tuning linking sample: 40 papers at random (fixed seed) from the arXiv CS corpus, none of the dev set
or the held-out set. The method is HeldOut/draw_sample.py's with another seed and size.

Usage: draw_sample.py CORPUS.jsonl.gz OUT.jsonl
Python standard library only. The same corpus file gives the same sample on any machine: papers are taken in
corpus order, the dev set's and the held-out set's papers (by arXiv id and by folded title) and papers without an abstract are removed,
and random.Random(SEED).sample picks SIZE of the rest, kept in the order drawn.
"""
import gzip, json, os, random, re, sys

SEED = 20261207
SIZE = 40
HERE = os.path.dirname(os.path.abspath(__file__))
DEVSET = os.path.join(HERE, "..", "DevSet")
HELDOUT = os.path.join(HERE, "..", "HeldOut")


def folded(title):
    return " ".join(re.findall(r"[a-z0-9]+", title.lower()))


def excluded_papers():
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
    for line in open(os.path.join(HELDOUT, "texts.jsonl"), encoding="utf-8"):
        paper = json.loads(line)
        titles.add(folded(paper["title"]))
        ids.add(paper["arxivId"])
    return ids, titles


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: draw_sample.py CORPUS.jsonl.gz OUT.jsonl")
    excluded_ids, excluded_titles = excluded_papers()
    eligible = []
    with gzip.open(sys.argv[1], "rt", encoding="utf-8") as corpus:
        for number, line in enumerate(corpus, 1):
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                sys.exit(f"corpus line {number}: not JSON ({error})")
            if row["arxiv_id"] in excluded_ids or folded(row["title"]) in excluded_titles or not row.get("abstract", "").strip():
                continue
            eligible.append(row)
    drawn = random.Random(SEED).sample(eligible, SIZE)
    with open(sys.argv[2], "w", encoding="utf-8", newline="\n") as out:
        for index, row in enumerate(drawn):
            out.write(json.dumps({"index": index, "arxivId": row["arxiv_id"], "date": row["listing_date"],
                                  "title": row["title"], "abstract": row["abstract"]}, ensure_ascii=False) + "\n")
    print(f"{len(eligible)} eligible papers, {SIZE} drawn with seed {SEED}", file=sys.stderr)


if __name__ == "__main__":
    main()
