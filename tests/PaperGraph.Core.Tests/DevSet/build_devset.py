#!/usr/bin/env python3
"""Turns the hand labels (labels.txt) and the paper texts (texts.json) into devset.jsonl with exact spans.

Usage: build_devset.py CATALOG.jsonl.gz   (only to resolve "?" ids by exact name; no linker output is used)
A label's surface is found at every whole-word occurrence (not inside a longer label of the same paper, nor inside
a URL, as ../HeldOut/GUIDELINES.md section 1 says).
"""
import gzip, json, re, sys, os

HERE = os.path.dirname(os.path.abspath(__file__))
CUT = set(list(range(20, 23)) + list(range(32, 54)))  # labelled from the first 1,300 characters only


def key(s):
    return " ".join(re.findall(r"[a-z0-9+]+", s.lower()))


def main():
    index = {}
    for line in gzip.open(sys.argv[1]):
        row = json.loads(line)
        if row.get("link", True):
            for alias in row["aliases"] + [row["name"]]:
                index.setdefault(key(alias), set()).add(row["id"])
    texts = json.load(open(os.path.join(HERE, "texts.json")))
    out = []
    for line in open(os.path.join(HERE, "labels.txt")):
        if line.startswith("#") or not line.strip():
            continue
        number, mentions, introduced, builds = [p.strip() for p in line.split("|")]
        paper = dict(texts[int(number)])
        if int(number) in CUT and len(paper["abstract"]) > 1300:
            paper["abstract"] = paper["abstract"][:1300].rsplit(" ", 1)[0]
        names = [n.strip() for n in introduced.split(";") if n.strip()]
        labels = []
        for item in filter(None, (m.strip() for m in mentions.split(";"))):
            surface, entity = item.split("=>")
            if entity == "?":
                found = index.get(key(surface)) or index.get(key(surface).rstrip("s")) or set()
                entity = sorted(found)[0] if len(found) == 1 else "unk:" + "-".join(re.findall(r"[a-z0-9]+", surface.lower()))
            labels.append((surface, entity))
        labels.sort(key=lambda l: -len(l[0]))
        gold = []
        for field in ("title", "abstract"):
            text = paper[field]
            taken = [(u.start(), u.end()) for u in re.finditer(r"https?://\S+", text)]  # never inside a URL
            for surface, entity in labels:
                for m in re.finditer(re.escape(surface), text):
                    s, e = m.start(), m.end()
                    if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                        continue
                    if any(s < te and e > ts for ts, te in taken):
                        continue
                    taken.append((s, e))
                    gold.append({"field": field, "start": s, "end": e, "surface": surface, "entityId": entity})
        out.append({"index": int(number), "key": paper["key"], "title": paper["title"], "abstract": paper["abstract"],
                    "arxivId": paper.get("arxivId"), "mentions": gold, "introduced": names,
                    "buildsOn": [texts[int(b)]["key"] for b in builds.split(";") if b.strip()]})
    with open(os.path.join(HERE, "devset.jsonl"), "w") as handle:
        for row in out:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(out), "papers", sum(len(r["mentions"]) for r in out), "mentions", file=sys.stderr)


if __name__ == "__main__":
    main()
