#!/usr/bin/env python3
"""Cuts the dated second sample that `papergraph serve` loads on an empty store after the listing pages.

Usage: cut_sample.py PATH/arxiv_cs_daily_2025-03_2026-07.jsonl.gz arxiv_cs_sample.jsonl.gz

The source is arXiv metadata (CC0 1.0), see the header of the output's README beside this script. The cut
is deterministic: a fixed-seed random 3,000 of the corpus's papers, written oldest listing date first (then
arXiv id), with only the fields PaperGraph reads (subject categories among them). `authors` is a Python-list string in the source; it is
written as a JSON array so names keep their commas. The gzip carries no timestamp, so re-running the
script on the same corpus gives the same bytes.
"""
import ast
import gzip
import json
import random
import sys

SEED = 20250318
COUNT = 3000


def authors(value):
    if isinstance(value, list):
        return value
    if not value:
        return []
    parsed = ast.literal_eval(value)
    return [str(name) for name in parsed]


def main(source, target):
    with gzip.open(source, "rt", encoding="utf-8") as lines:
        papers = [json.loads(line) for line in lines if line.strip()]
    picked = random.Random(SEED).sample(papers, COUNT)
    picked.sort(key=lambda p: (p["listing_date"], p["arxiv_id"]))
    with open(target, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as out:
        for p in picked:
            record = {
                "arxiv_id": p["arxiv_id"],
                "title": p["title"],
                "abstract": p["abstract"],
                "authors": authors(p.get("authors")),
                "categories": p.get("categories") or [],
                "primary_category": p.get("primary_category"),
                "listing_date": p["listing_date"],
                "abs_url": p.get("abs_url"),
            }
            out.write((json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
