#!/usr/bin/env python3
"""Draws the tuning linking sample: 40 papers at random (fixed seed) from the arXiv CS corpus, none of the dev set
or the held-out set. The method is HeldOut/draw_sample.py's (imported from there) with another seed and size, and
the held-out set's papers (by arXiv id and by folded title) excluded too.

Usage: draw_sample.py CORPUS.jsonl.gz OUT.jsonl
"""
import importlib.util, json, os, sys

SEED = 20261207
SIZE = 40
HERE = os.path.dirname(os.path.abspath(__file__))
HELDOUT = os.path.join(HERE, "..", "HeldOut")

spec = importlib.util.spec_from_file_location("heldout_draw", os.path.join(HELDOUT, "draw_sample.py"))
heldout = importlib.util.module_from_spec(spec)
spec.loader.exec_module(heldout)


def excluded_papers():
    ids, titles = heldout.dev_papers()
    for line in open(os.path.join(HELDOUT, "texts.jsonl"), encoding="utf-8"):
        paper = json.loads(line)
        titles.add(heldout.folded(paper["title"]))
        ids.add(paper["arxivId"])
    return ids, titles


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: draw_sample.py CORPUS.jsonl.gz OUT.jsonl")
    heldout.draw(sys.argv[1], sys.argv[2], SEED, SIZE, *excluded_papers())


if __name__ == "__main__":
    main()
