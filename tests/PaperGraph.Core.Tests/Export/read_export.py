#!/usr/bin/env python3
"""Opens a PaperGraph export with a real reader and prints what it read as one JSON object.

Usage: read_export.py FORMAT PATH
  graphml  networkx.read_graphml (as a multigraph)
  jsonld   rdflib, format json-ld (the context is inline: no network)
  bibtex   bibtexparser (and bibtool, when installed, must accept the file without a message)
  csv      the neo4j-admin import header format, checked column by column, and every row parsed
The readers are Debian's python3-networkx, python3-rdflib, python3-bibtexparser and bibtool, installed by
deploy/ci/setup.sh. Any failure to read exits non-zero with the reader's message.
"""
import csv
import json
import os
import re
import subprocess
import sys


def read_graphml(path):
    import networkx as nx
    g = nx.read_graphml(path, force_multigraph=True)
    edge_types = {}
    for _, _, data in g.edges(data=True):
        edge_types[data["label"]] = edge_types.get(data["label"], 0) + 1
    node_types = {}
    for _, data in g.nodes(data=True):
        node_types[data["type"]] = node_types.get(data["type"], 0) + 1
    return {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "directed": g.is_directed(),
            "nodeTypes": node_types, "edgeTypes": edge_types}


def read_jsonld(path):
    import rdflib
    from rdflib.namespace import RDF
    g = rdflib.Graph()
    g.parse(path, format="json-ld")
    sdo = rdflib.Namespace("http://schema.org/")
    return {"triples": len(g),
            "papers": len(set(g.subjects(RDF.type, sdo.ScholarlyArticle))),
            "entities": len(set(g.subjects(RDF.type, sdo.DefinedTerm))),
            "mentions": len(set(g.subject_objects(sdo.mentions))),
            "isBasedOn": len(set(g.subject_objects(sdo.isBasedOn))),
            "introduces": len(set(g.subject_objects(rdflib.URIRef("urn:papergraph:introduces")))),
            "authors": len(set(g.subject_objects(sdo.author)))}


def read_bibtex(path):
    import bibtexparser
    from bibtexparser.bparser import BibTexParser
    parser = BibTexParser(common_strings=True)
    parser.ignore_nonstandard_types = False
    with open(path, encoding="utf-8") as f:
        db = bibtexparser.load(f, parser=parser)
    keys = [e["ID"] for e in db.entries]
    result = {"entries": len(db.entries), "uniqueKeys": len(set(keys)),
              "eprints": sum(1 for e in db.entries if "eprint" in e),
              "withTitle": sum(1 for e in db.entries if e.get("title")),
              "bibtool": None}
    if os.path.exists("/usr/bin/bibtool"):
        run = subprocess.run(["/usr/bin/bibtool", "-q", "-o", os.devnull, path], capture_output=True, text=True)
        result["bibtool"] = {"exit": run.returncode, "messages": (run.stdout + run.stderr).strip()[:2000]}
    return result


HEADER = re.compile(r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)?(?::(?P<type>ID|START_ID|END_ID|LABEL|TYPE|IGNORE|int|long|float|double|boolean|byte|short|char|string|date|datetime|point)(?P<array>\[\])?(?:\((?P<group>[A-Za-z]+)\))?)?$")


def read_csv(path):
    """Checks the neo4j-admin import header rules on a folder of files; every row has the header's width."""
    csv.field_size_limit(1 << 30)
    groups, nodes, rels, files = {}, 0, 0, {}
    for name in sorted(os.listdir(path)):
        with open(os.path.join(path, name), encoding="utf-8", newline="") as f:
            rows = csv.reader(f)
            header = next(rows)
            kinds = []
            for column in header:
                m = HEADER.match(column)
                if not m:
                    raise SystemExit(f"{name}: column {column!r} is not name:type")
                kinds.append((m.group("name"), m.group("type"), m.group("group")))
            types = [t for _, t, _ in kinds]
            is_node = "ID" in types
            if is_node:
                if types.count("ID") != 1 or "START_ID" in types or "TYPE" in types:
                    raise SystemExit(f"{name}: a node file has one :ID and no relationship columns")
            elif not (types.count("START_ID") == 1 and types.count("END_ID") == 1 and types.count("TYPE") == 1):
                raise SystemExit(f"{name}: a relationship file has one :START_ID, :END_ID and :TYPE")
            count = 0
            for row in rows:
                if len(row) != len(header):
                    raise SystemExit(f"{name}: row {count + 2} has {len(row)} fields, the header {len(header)}")
                for value, (_, kind, group) in zip(row, kinds):
                    if kind in ("int", "long") and value and not re.fullmatch(r"-?\d+", value):
                        raise SystemExit(f"{name}: {value!r} is not an integer")
                    if kind in ("float", "double") and value:
                        float(value)
                    if kind == "ID":
                        ids = groups.setdefault(group, set())
                        if value in ids:
                            raise SystemExit(f"{name}: id {value!r} twice in group {group}")
                        ids.add(value)
                count += 1
            files[name] = {"rows": count, "header": header}
            if is_node:
                nodes += count
            else:
                rels += count
    # Every relationship's ends exist in the group its header names.
    for name, info in files.items():
        header = info["header"]
        ends = [(i, HEADER.match(c).group("group")) for i, c in enumerate(header) if HEADER.match(c).group("type") in ("START_ID", "END_ID")]
        if not ends:
            continue
        with open(os.path.join(path, name), encoding="utf-8", newline="") as f:
            rows = csv.reader(f)
            next(rows)
            for row in rows:
                for i, group in ends:
                    if row[i] not in groups.get(group, ()):
                        raise SystemExit(f"{name}: {row[i]!r} is no node of group {group}")
    return {"nodes": nodes, "relationships": rels, "files": {k: v["rows"] for k, v in files.items()}}


if __name__ == "__main__":
    fmt, target = sys.argv[1], sys.argv[2]
    reader = {"graphml": read_graphml, "jsonld": read_jsonld, "bibtex": read_bibtex, "csv": read_csv}[fmt]
    print(json.dumps(reader(target)))
