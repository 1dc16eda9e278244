#!/usr/bin/env python3
"""Validates JSON documents against the reconciliation JSON Schemas in this folder, with no network.

Usage: validate.py CASES.json, where CASES.json is [{"schema": "0.2/schemas/manifest.json", "instance": {...}}, ...].
Prints one JSON list: for each case, the list of validation errors (empty when valid). Relative $refs
(type.json, lang.json) resolve against each schema's $id, from the files here; uses Debian's python3-jsonschema.
"""
import json
import os
import sys

import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))


def load_store():
    store = {}
    for version in ("0.2", "1.0-draft"):
        folder = os.path.join(HERE, version, "schemas")
        for name in os.listdir(folder):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                schema = json.load(f)
            schema_id = schema.get("$id")
            if schema_id:
                store[schema_id] = schema
                # Some 0.2 files carry a draft $id; the relative refs of a file resolve beside its own URL too.
                store[schema_id.rsplit("/", 1)[0] + "/" + name] = schema
    return store


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        cases = json.load(f)
    store = load_store()
    results = []
    for case in cases:
        with open(os.path.join(HERE, case["schema"]), encoding="utf-8") as f:
            schema = json.load(f)
        resolver = jsonschema.RefResolver(base_uri=schema.get("$id", ""), referrer=schema, store=store)
        validator = jsonschema.Draft7Validator(schema, resolver=resolver)
        results.append([f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(case["instance"])])
    print(json.dumps(results))


if __name__ == "__main__":
    main()
