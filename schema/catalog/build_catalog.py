#!/usr/bin/env python3
"""Builds schema/catalog/entities.jsonl.gz, the linker's entity catalog.

Usage: build_catalog.py DATA_DIR [--corpus CORPUS.jsonl.gz] [--out DIR]

DATA_DIR holds pwc_methods.jsonl, hf_dataset_cards.jsonl and pwc_tasks_2025-07.jsonl (see ATTRIBUTION.md).
The hand-curated supplements beside this script (CURATED_FILES, applied in order) add entities the sources lack
and aliases the stoplist or the sources drop; a row whose id the catalog already has only adds aliases (and
"exact": true) to that entity.
The optional corpus (arXiv abstracts, one JSON object a line with an "abstract" field) is used only for
counting how each alias is written: a name that authors mostly write in lower case ("dropout",
"attention", "memory") is an ordinary word, not an entity mention, so it is dropped; one written both
ways ("Transformer"/"transformer") is kept but matched with its exact case. Without a corpus only the
stoplist applies.

Output: one JSON object a line, sorted by id:
  {"id", "name", "kind", "source", "aliases": [...], "exact": [aliases matched case-sensitively],
   "link": false when the entity is never matched in text (tasks), "description" (<= 300 chars),
   "introducedBy": {"title", "arxivId", "year"}}
Stdlib only; deterministic.
"""
import argparse
import gzip
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
# curated.jsonl: well-known models, datasets and methods; curated_techniques.jsonl: standard techniques (activation
# functions, decoding strategies, alignment methods, embedding models, linear recurrent architectures, benchmarks).
CURATED_FILES = ("curated.jsonl", "curated_techniques.jsonl")

# Aliases that are ordinary vocabulary or generic class names in ML abstracts, whatever a catalog says.
STOPLIST = {
    "ai", "ml", "llm", "llms", "nlp", "cv", "rl", "gpu", "gpus", "cpu", "api", "sota", "mlp", "mlps", "cnn",
    "cnns", "rnn", "rnns", "dnn", "dnns", "ann", "nn", "sgd", "ssl", "vae", "ae", "ssm", "ssms", "moe",
    "attention", "self attention", "dropout", "softmax", "memory", "convolution", "linear layer", "relu",
    "pooling", "max pooling", "average pooling", "embedding", "embeddings", "transformer", "transformers",
    "lstm", "gru", "layer normalization", "batch normalization", "residual connection", "fine tuning",
    "beam search", "early stopping", "weight decay", "label smoothing", "data augmentation", "gradient clipping",
    "teacher forcing", "knowledge distillation", "distillation", "contrastive learning", "prompt", "prompting",
    "in context learning", "chain of thought", "reinforcement learning", "deep learning", "machine learning",
    "language model", "language models", "large language model", "large language models", "neural network",
    "neural networks", "deep neural network", "graph neural network", "graph neural networks", "diffusion",
    "diffusion model", "diffusion models", "autoencoder", "encoder", "decoder", "tokenizer", "adapter",
    "adapters", "agent", "agents", "benchmark", "dataset", "baseline", "the pile", "squad v2", "none",
    "other", "test", "val", "train", "dev", "general", "base", "large", "small", "tiny", "mixed", "rope",
    "glu", "gelu", "silu", "swish", "mish", "elu", "tanh", "sigmoid", "kl", "mse", "cot", "rag", "sft",
    "dpo", "ppo", "rlhf", "pca", "svm", "knn", "lda", "crf", "hmm", "gmm", "em", "ica", "tsne", "t sne",
    "umap", "mcts", "vit", "vits",
    # PwC lists a metric and a task among its datasets: "PSNR" and "Text-To-SQL" in an abstract name neither dataset.
    "psnr", "text to sql",
}
# Kept although the stoplist or the corpus counts would drop them: they are names in every context we
# know of, written in a fixed case.
EXACT_KEEP = {"Transformer", "Transformers", "LSTM", "GRU", "ViT", "ViTs", "DPO", "PPO", "RLHF", "RoPE",
              "GELU", "SwiGLU", "Adam", "AdamW", "MoE", "CoT", "RAG", "PCA", "SVM", "CRF", "MCTS", "UMAP"}
GENERIC_ACRONYM_MAX = 1  # single letters are never names

SPLIT_SUFFIX = re.compile(r"\s+(val|valid|validation|test|test-dev|testdev|dev|train|test set|val set|testfinal)$", re.I)
WORD = re.compile(r"[A-Za-z0-9]+")
GENERIC_SUFFIX = re.compile(r"\s+(benchmark|benchmarks|dataset|datasets|corpus)$", re.I)


def norm_key(text):
    """Alias key: lower case, letters and digits, single spaces (hyphen and space variants are one key)."""
    return " ".join(WORD.findall(text.lower()))


def slug(text):
    return "-".join(WORD.findall(text.lower()))


def clean_description(text, limit=300):
    if not text:
        return None
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\*\*|__|`", "", text)
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0] + "…"
    return text or None


def plausible_alias(alias):
    alias = alias.strip()
    words = alias.split()
    if not alias or len(alias) > 60 or len(words) > 6:
        return False
    if ":" in alias or "%" in alias or "?" in alias or "[" in alias or "~" in alias:
        return False
    if not re.search(r"[A-Za-z]", alias):
        return False
    if len(norm_key(alias).replace(" ", "")) <= GENERIC_ACRONYM_MAX:
        return False
    return True


def methods_kind(collections):
    names = {c["collection"].lower() for c in collections}
    network = any(k in n for n in names for k in ("neural networks", "recurrent", "convolutional"))
    if not network and names & {"language models", "vision and language pre-trained models",
                                "autoencoding transformers", "text-to-speech models", "generative audio models"}:
        return "model"
    if any(k in n for n in names for k in ("networks", "architectures", "transformers", "models", "backbone",
                                              "feedforward")):
        return "architecture"
    return "method"


def written_id(row):
    """
    How the card's own text writes a lower-case dataset id: "snli" is the SNLI corpus, which is how papers name
    it, while the pretty name is the long form. Only a spelling with a capital counts ("SNLI", "WikiText").
    """
    ident = row["id"].split("/")[-1]
    found = re.search(r"(?<![\w-])(" + re.escape(ident) + r")(?![\w-])", row.get("description") or "", re.I)
    return [found.group(1)] if found and found.group(1) != found.group(1).lower() and len(ident) >= 4 else []  # "mdd", "php": three letters name other things


def load_jsonl(path):
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def add_entity(entities, entity):
    entities[entity["id"]] = entity


def build_entities(data_dir):
    entities = {}
    for row in load_jsonl(os.path.join(data_dir, "pwc_methods.jsonl")):
        if row["name"].startswith("(deleted"):
            continue
        aliases = [a for a in row["aliases"] if plausible_alias(a)]
        title = row.get("source_title") or row.get("paper_title")
        introduced = None
        if title or row.get("arxiv_id"):
            introduced = {"title": title, "arxivId": row.get("arxiv_id"), "year": row.get("year")}
        add_entity(entities, {
            "id": "pwc:" + row["id"], "name": row["name"], "kind": methods_kind(row["collections"]),
            "source": "pwc-methods", "aliases": aliases, "description": clean_description(row.get("description")),
            "introducedBy": introduced,
        })

    by_key = {}
    for row in load_jsonl(os.path.join(data_dir, "hf_dataset_cards.jsonl")):
        pretty = row.get("pretty_name") or row["id"]
        aliases = []
        head = pretty.split(":", 1)[0].strip()
        for alias in [pretty, head] + [a for a in row["aliases"] if a != row["id"]] + written_id(row):
            if plausible_alias(alias) and alias not in aliases:
                aliases.append(alias)
        paper = next((p for p in row.get("papers", []) if p.get("arxiv_id")), None)
        introduced = {"title": paper.get("title"), "arxivId": paper["arxiv_id"], "year": paper.get("year")} if paper else None
        entity = {
            "id": "hf:" + row["id"], "name": head if plausible_alias(head) else pretty, "kind": "dataset",
            "source": "hf-datasets", "aliases": aliases, "description": clean_description(row.get("description")),
            "introducedBy": introduced,
        }
        add_entity(entities, entity)
        for alias in aliases:
            by_key.setdefault(norm_key(alias), entity)

    for row in load_jsonl(os.path.join(data_dir, "pwc_tasks_2025-07.jsonl")):
        add_entity(entities, {
            "id": "pwc-task:" + slug(row["task"]), "name": row["task"], "kind": "task", "source": "pwc-tasks",
            "aliases": [row["task"]], "link": False, "description": clean_description(row.get("description_200")),
            "introducedBy": None,
        })
        for name in row["datasets_top10"] + row["benchmarks_top10"]:
            name = SPLIT_SUFFIX.sub("", name.strip())
            key = norm_key(name)
            if not plausible_alias(name) or len(key.replace(" ", "")) <= 3 or name == name.lower():
                continue
            if key in by_key:
                if name not in by_key[key]["aliases"]:
                    by_key[key]["aliases"].append(name)
                continue
            entity = {"id": "pwc-dataset:" + slug(name), "name": name, "kind": "dataset", "source": "pwc-tasks",
                      "aliases": [name], "description": None, "introducedBy": None}
            add_entity(entities, entity)
            by_key[key] = entity
    return entities


def apply_curated(entities, paths):
    curated_keys = {}
    for row in (row for path in paths for row in load_jsonl(path)):
        row.setdefault("source", "curated")
        given = list(row["aliases"])
        if row["id"] in entities:  # extends a catalog entity: add aliases, keep its other fields
            base = entities[row["id"]]
            base["aliases"] += [a for a in row["aliases"] if a not in base["aliases"]]
            base["curated"] = True
            if row.get("exact") is True:  # "Swish": a name that is also a word, matched in its written case
                base["exact"] = True
            row = base
        else:
            row["curated"] = True
            entities[row["id"]] = row
        for alias in row["aliases"]:
            curated_keys[norm_key(alias)] = row["id"]
        row.setdefault("curated_aliases", set()).update(given)
    # A curated alias belongs to its curated entity only.
    for entity in entities.values():
        if entity.get("curated"):
            continue
        entity["aliases"] = [a for a in entity["aliases"] if curated_keys.get(norm_key(a), entity["id"]) == entity["id"]]


def is_acronym(alias):
    letters = re.sub(r"[^A-Za-z]", "", alias)
    return bool(letters) and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1) and len(alias) <= 8


def abstracts(corpus, limit=None):
    """The abstracts of a JSON Lines corpus (gzipped), the first `limit` of them when given."""
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        for index, line in enumerate(handle):
            if limit is not None and index >= limit:
                break
            yield json.loads(line).get("abstract") or ""


def count_usage(corpus, keys, limit):
    """For each alias key: (lower-case uses, other uses not at a sentence start), over abstracts."""
    lower, named = Counter(), Counter()
    max_words = max((k.count(" ") + 1 for k in keys), default=1)
    token = re.compile(r"[A-Za-z0-9]+")
    for text in abstracts(corpus, limit):
        tokens = [(m.group(0), m.start()) for m in token.finditer(text)]
        lowered = [t.lower() for t, _ in tokens]
        for i in range(len(tokens)):
            start = tokens[i][1]
            before = text[max(0, start - 2):start]
            sentence_start = i == 0 or "." in before or ":" in before
            for n in range(1, max_words + 1):
                if i + n > len(tokens):
                    break
                key = " ".join(lowered[i:i + n])
                if key not in keys:
                    continue
                surface = [t for t, _ in tokens[i:i + n]]
                if all(t == t.lower() for t in surface):
                    lower[key] += 1
                elif not sentence_start or n > 1 and any(t != t.lower() for t in surface[1:]):
                    named[key] += 1
    return lower, named


DATASET_CUES = {"dataset", "datasets", "benchmark", "benchmarks", "corpus", "corpora", "split", "splits"}
PLAIN_WORD = re.compile(r"[A-Z][a-z]+")


def dataset_cue_share(corpus, words, limit, window=6):
    """For each plain capitalised word: (uses in the exact case, uses with a dataset cue word within `window` tokens)."""
    uses, cued = Counter(), Counter()
    token = re.compile(r"[A-Za-z0-9]+")
    for text in abstracts(corpus, limit):
        tokens = token.findall(text)
        lowered = [t.lower() for t in tokens]
        for i, t in enumerate(tokens):
            if t in words:
                uses[t] += 1
                if DATASET_CUES.intersection(lowered[max(0, i - window):i + window + 1]):
                    cued[t] += 1
    return uses, cued


def drop_unlike_datasets(entities, corpus, limit):
    """
    Dataset names from the sources that read as something else in running text. A name that is a task phrase
    ("sentence compression", "brain MRI segmentation": every word but acronyms lower case) is dropped; a plain
    capitalised word ("University", "Google", "Breakfast") is kept only when the corpus mostly uses it near a
    dataset word ("Cityscapes", "Cora"), since otherwise it is a place, a company or an ordinary word.
    """
    candidates = [(e, a) for e in entities.values() if e["kind"] == "dataset" and not e.get("curated") and e.get("link", True)
                  for a in e["aliases"]]
    words = {a for _, a in candidates if PLAIN_WORD.fullmatch(a)}
    uses, cued = dataset_cue_share(corpus, words, limit) if corpus else (Counter(), Counter())
    dropped = []
    for entity, alias in candidates:
        parts = alias.split()
        task_phrase = len(parts) >= 2 and all(p.isalpha() for p in parts) and (
            all(p == p.lower() or p.isupper() for p in parts) and parts[0] == parts[0].lower()
            or PLAIN_WORD.fullmatch(parts[0]) and all(p == p.lower() for p in parts[1:]))  # "Glass identification"
        unlike = alias in words and uses[alias] >= 5 and cued[alias] < 0.3 * uses[alias]
        if task_phrase or unlike:
            entity["aliases"] = [a for a in entity["aliases"] if a != alias]
            dropped.append(alias)
    return dropped


GENERIC_EDGE = {"a", "an", "the", "of", "for", "and", "or", "to", "in", "on", "with", "by", "from", "via", "as", "at", "is",
                "are", "be", "we", "our", "this", "that", "these", "its", "their", "it", "which", "into", "than", "not",
                "can", "also", "both", "each", "such"}


def write_generic_names(corpus, path, min_lower=15, min_share=0.25):
    """
    generic_names.txt.gz: phrases of one to three words that abstracts often write in lower case ("reinforcement
    learning", "reasoning", "mixture"). The linker never takes one for a name a paper introduces, however it is
    capitalised after "we propose"; coined names are almost never written in lower case ("mamba": 3%).
    """
    lower, total = Counter(), Counter()
    token = re.compile(r"[A-Za-z][A-Za-z0-9]*")
    for text in abstracts(corpus):
        tokens = token.findall(text)
        lowered = [t.lower() for t in tokens]
        for n in (1, 2, 3):
            for i in range(len(tokens) - n + 1):
                words = lowered[i:i + n]
                if n <= 2 and (words[0] in GENERIC_EDGE or words[-1] in GENERIC_EDGE):
                    continue  # "in context learning" is a phrase, "in the" is not
                key = " ".join(words)
                total[key] += 1
                if tokens[i:i + n] == words:
                    lower[key] += 1
    keep = sorted(k for k, c in lower.items() if c >= min_lower and c >= min_share * total[k])
    with gzip.GzipFile(path, "wb", mtime=0) as raw:
        raw.write(("\n".join(keep) + "\n").encode("utf-8"))
    return len(keep)


def write_common_names(corpus, path, min_papers=25):
    """
    common_names.txt.gz: capitalised phrases of one to four words that at least `min_papers` abstracts use ("GPT-5",
    "Monte Carlo", "PRISM", "Multimodal Large Language Model"). A paper may still introduce one, but other papers
    using it are not taken to mean that paper's entity: too many things go by these names.
    """
    papers = Counter()
    for text in abstracts(corpus):
        words = [w.strip(".") for w in re.split(r"[\s\-/,;:()\[\]\"]+", text) if w.strip(".")]
        seen = set()
        for n in (1, 2, 3, 4):
            for i in range(len(words) - n + 1):
                run = words[i:i + n]
                if all(w[0].isupper() or w[0].isdigit() for w in run) and (n > 2 or run[0].lower() not in GENERIC_EDGE
                                                                           and run[-1].lower() not in GENERIC_EDGE):
                    seen.add(" ".join(WORD.findall(" ".join(run).lower())))
        papers.update(seen)
    keep = sorted(k for k, c in papers.items() if c >= min_papers and k)
    with gzip.GzipFile(path, "wb", mtime=0) as raw:
        raw.write(("\n".join(keep) + "\n").encode("utf-8"))
    return len(keep)


def decide_case(entities, corpus, limit):
    keys = set()
    for entity in entities.values():
        if entity.get("link", True) and not entity.get("curated"):
            keys.update(norm_key(a) for a in entity["aliases"])
    lower, named = count_usage(corpus, keys, limit) if corpus else (Counter(), Counter())
    dropped = []
    for entity in entities.values():
        if not entity.get("link", True):
            entity["exact"] = []
            continue
        kept, exact = [], []
        for alias in entity["aliases"]:
            key = norm_key(alias)
            if entity.get("curated"):
                if key in STOPLIST and alias not in entity["curated_aliases"]:
                    dropped.append(alias)  # a source alias of an entity the supplement extends ("the Pile")
                    continue
                kept.append(alias)
                # "exact": true marks a name that is also an ordinary word ("Whisper", "Falcon", "Claude").
                if entity.get("exact") is True or is_acronym(alias) or len(key) <= 4:
                    exact.append(alias)
                continue
            if alias in EXACT_KEEP:
                kept.append(alias)
                exact.append(alias)
                continue
            if key in STOPLIST or alias == alias.lower() and not re.search(r"\d", alias):
                dropped.append(alias)
                continue
            low, name = lower[key], named[key]
            total = low + name
            share = low / total if total else 0.0
            if total >= 10 and share >= 0.75:
                dropped.append(alias)  # mostly written as an ordinary word
                continue
            kept.append(alias)
            if is_acronym(alias) or len(key) <= 4 or total >= 10 and share >= 0.2 or " " not in key and low > 0:
                exact.append(alias)
        # "Long Range Arena benchmark" beside "Long Range Arena": the mention is the name, not the generic word after it.
        stems = {norm_key(a) for a in kept}
        suffixed = [a for a in kept if GENERIC_SUFFIX.search(a) and norm_key(GENERIC_SUFFIX.sub("", a)) in stems]
        entity["aliases"] = [a for a in kept if a not in suffixed]
        entity["exact"] = [a for a in exact if a not in suffixed]
    return dropped


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir")
    parser.add_argument("--corpus")
    parser.add_argument("--corpus-limit", type=int, default=40000)
    parser.add_argument("--out", default=HERE)
    args = parser.parse_args()

    entities = build_entities(args.data_dir)
    apply_curated(entities, [os.path.join(HERE, name) for name in CURATED_FILES])
    dropped = decide_case(entities, args.corpus, args.corpus_limit)
    dropped += drop_unlike_datasets(entities, args.corpus, args.corpus_limit)

    # An alias shared by several entities is ambiguous; keep it only for the curated or most-cited owner.
    owners = defaultdict(list)
    for entity in entities.values():
        for alias in entity["aliases"]:
            owners[norm_key(alias)].append(entity)

    rows = []
    for entity_id in sorted(entities):
        e = entities[entity_id]
        row = {"id": e["id"], "name": e["name"], "kind": e["kind"], "source": e["source"], "aliases": e["aliases"]}
        if e.get("exact"):
            row["exact"] = e["exact"]
        if e.get("link", True) is False or not e["aliases"]:
            row["link"] = False
        if e.get("description"):
            row["description"] = clean_description(e["description"])
        if e.get("introducedBy"):
            row["introducedBy"] = e["introducedBy"]
        rows.append(row)

    if args.corpus:
        generic = write_generic_names(args.corpus, os.path.join(args.out, "generic_names.txt.gz"))
        print(f"wrote {generic} generic phrases -> {os.path.join(args.out, 'generic_names.txt.gz')}")
        common = write_common_names(args.corpus, os.path.join(args.out, "common_names.txt.gz"))
        print(f"wrote {common} common names -> {os.path.join(args.out, 'common_names.txt.gz')}")

    path = os.path.join(args.out, "entities.jsonl.gz")
    with gzip.GzipFile(path, "wb", mtime=0) as raw:
        for row in rows:
            raw.write((json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8"))
    linked = sum(1 for r in rows if r.get("link", True))
    print(f"wrote {len(rows)} entities ({linked} matchable), dropped {len(dropped)} generic aliases -> {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
