#!/usr/bin/env python3
"""Mines schema/catalog/mined.jsonl.gz: names that many arXiv abstracts use as methods, models, architectures or
datasets and that no catalog source has (2025-26 models, benchmarks, other groups' methods).

Usage: mine_corpus.py CORPUS.jsonl.gz [--catalog entities.jsonl.gz] [--tasks pwc_tasks_2025-07.jsonl] [--out FILE]

CORPUS is the arXiv corpus (one JSON object a line with "arxiv_id", "title", "abstract"; CC0 metadata). A name is
kept when it
- is shaped like a name: inner capitals (ReAct, LLaVA), letters with digits (Qwen3-VL, GSM8K), an acronym of three
  or more capitals, a capitalised word its papers never write in lower case (Mixtral), or one of these with a
  version ("Llama 3.1", "Gemini 2.5 Pro"), or a tier and a version ("Claude Sonnet 4.6");
- is used by at least MIN_PAPERS papers, of which at least MIN_CUED write it in an entity context: next to a kind
  word ("the X benchmark", "X model") or in a list of examples ("such as X, Y and Z", "e.g., X"); a release of a
  catalog model family with a tier word ("Claude Opus 4.7") needs no context;
- is no generic class (mostly written in the plural: LLMs, CNNs), no task, metric, organisation, platform, library,
  hardware or language (GENERIC and the kind words around it), and no catalog alias;
- is not one paper's own new name: the corpus's first paper using it does not claim it ("we propose X", a title
  "X: ..."), and not a fifth of its papers claim it (a name several groups coin is a namesake, not one entity);
- is, for an acronym, spelled out one way by the papers that spell it out (that long form becomes an alias).
Its kind is the majority of the kind words around it. No abstract text is copied: names and counts only.

It also writes established_names.txt.gz: the long forms that at least MIN_SPELLED_OUT papers spell out for the same
acronym. The linker counts them with the common names: a paper defining one has not coined it.
Stdlib only; deterministic (sorted output).
"""
import argparse
import gzip
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build_catalog import STOPLIST, norm_key as fold, slug  # noqa: E402  the catalog's stop list, alias keys and ids

MIN_PAPERS = 8
MIN_CUED = 3
# A long form this many papers spell out for the same acronym is an established term ("Rate-Distortion Optimization
# (RDO)", "Gaussian Mixture Model (GMM)"), never one paper's coinage: established_names.txt.gz.
MIN_SPELLED_OUT = 2

# A name-shaped token: letters and digits, joined by hyphens or dots ("Qwen2.5-VL", "GPT-4o-mini").
TOKEN = re.compile(r"(?<![\w\-./@])([A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*)(?![\w@]|[-.][A-Za-z0-9])")
# "Llama 3.1", "Gemini 2.5 Pro", "Mip-NeRF 360": a capitalised name, a version or edition, an optional tier word.
TIERS = r"(?:Pro|Flash|Flash-Lite|Sonnet|Opus|Haiku|Turbo|Mini|Nano|Ultra|Max|Plus|Lite|mini)"
VERSIONED = re.compile(r"(?<![\w\-./@])([A-Z][A-Za-z0-9\-]*[A-Za-z] \d+(?:\.\d+)?(?: " + TIERS + r")?)(?![\w@]|[-.]\w)")
# The tier before the version, as 2025-26 releases are named: "Claude Sonnet 4.6", "Claude Haiku 4.5". Looked for as
# well as VERSIONED, so "Sonnet 4.6" alone stays a name too.
TIER_FIRST = re.compile(r"(?<![\w\-./@])([A-Z][A-Za-z0-9\-]*[A-Za-z] " + TIERS + r" \d+(?:\.\d+)?)(?![\w@]|[-.]\w)")
WORD = re.compile(r"[A-Za-z][A-Za-z0-9\-]*")
DEFINITION = re.compile(r"([A-Za-z][\w\- ]{3,80}?)\s*\(([A-Z][A-Za-z0-9\-]{1,11})\)")
CLAIM = re.compile(r"\b(?:[Ww]e|[Tt]his (?:paper|work)|[Hh]ere,? we)\s+(?:\w+ly\s+)?(?:propose|introduce|present|release|develop|"
                   r"construct|curate|design|build|create|contribute|name|call|dub)[sd]?\b([^.;:]{0,80})")

# Where the thing a claim verb names ends: what follows is what it uses.
CLAIM_STOP = re.compile(r"\b(?:on|with|using|based|to|into|for|from|of|by|over|than|in|across|via|that|which|where|"
                        r"while|and|as|built|trained|leveraging|combining|extending|atop)\b|,")
# Kind words: the next word after a name ("X benchmark") or the word before it ("the X"): votes for the kind.
KIND_WORDS = {
    "dataset": {"dataset", "datasets", "benchmark", "benchmarks", "corpus", "corpora", "suite", "leaderboard",
                "split", "splits", "testbed", "environment", "environments"},
    "model": {"model", "models", "llm", "llms", "vlm", "vlms", "mllm", "checkpoint", "checkpoints", "series",
              "family", "variant", "variants", "weights"},
    "architecture": {"architecture", "architectures", "backbone", "backbones", "network", "networks", "encoder",
                     "encoders", "decoder", "decoders", "layer", "layers", "block", "blocks"},
    "method": {"method", "methods", "algorithm", "algorithms", "framework", "frameworks", "approach", "approaches",
               "technique", "techniques", "strategy", "strategies", "optimizer", "optimiser", "loss", "prompting",
               "paradigm", "agent", "agents", "pipeline", "objective", "attack", "attacks", "defense", "sampler",
               "solver", "planner", "protocol"},
}
CUE_TO_KIND = {word: kind for kind, words in KIND_WORDS.items() for word in words}
# Words after a name that say it is something else: a metric, a task, an organisation's product line, a tool.
OTHER_WORDS = {"score", "scores", "metric", "metrics", "task", "tasks", "index", "library", "libraries", "package",
               "toolkit", "language", "code", "api", "apis", "platform", "platforms", "website", "users", "team",
               "lab", "university", "inc", "corporation", "company", "gpu", "gpus", "chip", "hardware", "device",
               "devices", "sensor", "sensors", "camera", "cameras", "scanner", "images", "scans", "data",
               "distance", "value", "values", "ratio", "error", "accuracy", "rate", "rates", "challenge"}
# Words before a list of examples: what follows them, up to the clause's end, is named examples.
LIST_CUES = re.compile(r"\b(?:such as|e\.g\.,?|including|namely|compared (?:with|to)|outperform(?:s|ing)?|"
                       r"surpass(?:es|ing)?|versus|vs\.)\s+((?:[^.;:()]|\.(?=\S)){1,160})")

# Names and parts of names that are classes, fields, metrics, organisations, hardware, formats or words, whatever
# the counts say (the held-out guidelines' section 6). Lower case; compared with the folded name.
GENERIC = set("""
ai ml llm vlm mllm lvlm lmm lrm slm vla vfm fm nlp nlu nlg cv rl sft icl peft rlvr rlhf gpu tpu cpu npu fpga asic api
sota soa cnn rnn dnn gnn mlp gan vae ssm moe kg kgs ir qa vqa ner ocr asr tts nli mt sr mri ct pet eeg ecg emg fmri
ehr ehrs wsi iot uav uavs ugv auv bev rgb rgbd rgb-d lidar radar sar hsi gps imu cad bim gis rtx cuda json xml html
csv pdf sql url http https tcp ip mqtt ble wifi 5g 6g lte mimo ofdm ris noma irs snr ber mse mae rmse mape auc auroc
auprc roc psnr ssim lpips fid fvd is clip-score iou miou map ap ar f1 bleu rouge meteor cider wer cer eer ndcg mrr
hr fps flops gflops tflops macs ood gui ui ux nerf-based ode odes pde pdes sde sdes svd pca ica lda kl js tv
us usa uk eu un who covid covid-19 sars-cov-2 hiv dna rna mrna crispr
openai google meta microsoft nvidia deepmind anthropic alibaba amazon apple ibm intel amd huawei baidu tencent
bytedance xai mistral-ai huggingface hugging github gitlab youtube reddit twitter wikipedia arxiv kaggle
stackoverflow leetcode pytorch tensorflow jax numpy scipy sklearn scikit-learn keras opencv ros ros2 linux
android ios windows macos python java javascript typescript verilog vhdl matlab rust golang c++ cpp latex markdown
unity unreal mujoco isaac gazebo carla blender minecraft atari chatgpt-like gpt-like
agi asi xai aigc genai stem steam faq ceo phd mlops devops llmops aiops saas paas edge cloud
ieee acm iso gdpr hipaa fda nasa esa oecd nih nist cmu nyu mit ucla eth ntu rsna nba nfl fifa mbti liwc
iclr icml neurips nips cvpr iccv eccv acl emnlp naacl coling aaai ijcai kdd sigir www icra iros rss miccai interspeech
icassp chi uist wacv bmvc isbi
kubernetes docker tensorrt langchain langgraph llamaindex ollama gurobi cplex ethereum bitcoin iphone ipad android
spark hadoop redis postgresql mysql mongodb neo4j excel slack discord telegram whatsapp wechat tiktok instagram
facebook weibo bilibili zoom roblox raspberry arduino jetson hololens kinect realsense openmp mpi llvm gcc clang onnx
gguf vulkan opengl webgpu wasm webassembly solidity fp16 fp32 fp8 bf16 int8 int4 fp4 nf4 khz mhz ghz ascii unicode
utf-8 co2 smiles hevc mpeg h.264 sdk ide hsv cmyk fov awgn soc noc fpgas isa risc-v arm x86 ptx cuda-graph
mmwave qos qoe fft dft eda sparql pddl owl rdf icu ihc hcp ppg dmri lod rgba xor qkv xyz cgh hls midi vvc avc g-pcc
powerpoint a2a bdi mab swe w4a4 w4a8 w8a8 w4a16 spacy best-of-n
u.s u.k e.u jpeg png stl obj ply mp4 wav mcp nfe flop dists pr-auc bd-rate macc minade f-score fde ade
asp gcd tcm tom sumo lean prisma geoai tinyml nesy semcom mocap rppg reid re-id cir videoqa irstd vtg prvr tkg ovd
lid generative-ai text2sql nl2sql vi-reid lreid reverse-kl gnss-denied gps-denied cdc
""".split())
GENERIC_KEYS = {fold(word) for word in GENERIC}
# First or last parts of a hyphen compound that make it a description, not a name ("non-LLM", "F1-scores").
DESCRIPTIVE_PARTS = {"non", "low", "high", "multi", "single", "semi", "pre", "post", "self", "anti", "sub", "cross",
                     "inter", "intra", "over", "under", "zero", "few", "one", "two", "full", "half", "top"}
# Last parts that belong to a name: tiers and release tags ("GPT-4o-mini", "FLUX.1-dev").
NAME_TAILS = {"mini", "nano", "base", "instruct", "chat", "turbo", "pro", "lite", "flash", "tiny", "small", "large",
              "dev", "preview", "distill", "max", "plus", "ultra", "air", "coder", "math", "vision", "audio", "omni",
              "thinking", "reasoning", "bench", "world", "edu", "verified", "lite", "hard", "long"}
# Tier words of model releases: a name with one is a model.
MODEL_TIER = re.compile(r"\b(?:Pro|Flash|Sonnet|Opus|Haiku|Turbo|mini|nano)\b")
# A size, stage or depth suffix after a known name: the linker already takes "LLaMA-2-70B", "ResNet50" in as the base.
VARIANT_TAIL = re.compile(r"(?:[-_ ]?(?:\d+(?:\.\d+)?[BMbm]|A\d+(?:\.\d+)?B|\d+x\d+B|Instruct|Chat|Base|it|Tiny|Small|"
                          r"Large|Huge|XL|XXL|[BLHSGT](?:/\d+)?|B\d|\d{2,3}|Distill(?:-[\w.]+)*))$")
# Tier words and suffixes that make a versioned phrase (kept with their name) or a hyphen compound (stripped).
COMPOUND_SUFFIX = re.compile(r"-(?:based|driven|generated|assisted|powered|guided|aware|style|like|specific|free|"
                             r"enhanced|augmented|centric|level|only|scale|native|friendly|inspired|oriented|"
                             r"as-a-judge|as-a-Judge|as-judge|as-a-service)$", re.I)


def shape(name):
    """The kind of name shape, or None: "camel", "digit", "acronym" or "versioned"."""
    if " " in name:
        return "versioned"
    if len(name) < 3 or sum(c.isalpha() for c in name) < 2:
        return None
    parts = re.split(r"[-.]", name)
    if all(p.isalpha() and (p.islower() or (p[0].isupper() and p[1:].islower())) for p in parts) and len(parts) > 1:
        return None  # "Multi-Agent", "Chain-of-Thought": words joined, not a coined name
    has_lower = any(c.islower() for c in name)
    if any(c.isdigit() for c in name):
        return "digit"
    if any(c.isupper() for c in name[1:]) and has_lower:
        return "camel"
    if not has_lower:
        return "acronym"
    return None  # a capitalised word: a name or an ordinary word, places, people and months alike


def compact(name):
    """A name without case, spaces and punctuation: "Llama3.1" and "Llama 3.1" are one name."""
    return re.sub(r"[^a-z0-9]+", "", name.lower())


def descriptive(name, lower_words):
    """Whether a hyphen compound describes rather than names: "non-LLM", "F1-scores", "ImageNet-pretrained"."""
    parts = name.split("-")
    if len(parts) < 2:
        return False
    first, last = parts[0].lower(), parts[-1]
    if first in DESCRIPTIVE_PARTS:
        return True
    return last.isalpha() and last.islower() and len(last) >= 4 and last not in NAME_TAILS and lower_words[last] >= 200


def variant_of(name, known):
    """Whether a name is a known name with a size, stage or depth suffix."""
    base = name
    while (match := VARIANT_TAIL.search(base)) and match.start() > 0:
        base = base[:match.start()]
        if fold(base) in known or compact(base) in known:
            return True
    return False


def names_task(long_form, tasks):
    """Whether a long form ends with a task's name: "End-to-End Autonomous Driving" is a task, not a method."""
    words = long_form.split()
    return any(fold(" ".join(words[-count:])) in tasks for count in range(1, len(words) + 1))


def proper_long_form(long_form):
    """A long form written as a proper name, every word capitalised ("Group Sequence Policy Optimization"), not a
    phrase ("vision-language", "computational pathology") that the acronym's papers happen to spell it out with."""
    words = re.split(r"[\s\-]+", long_form)
    return len(words) >= 2 and all(w[:1].isupper() or w.lower() in ("of", "for", "and", "to", "in", "the", "with") for w in words)


def merge_spellings(rows):
    """One row per name: "Gemini 2.5 Pro", "Gemini-2.5-Pro" and "Gemma-3", "Gemma3" are one entity each, named (and
    given its id) by the commonest spelling."""
    by_id = defaultdict(list)
    for row in rows:
        by_id[compact(row["name"])].append(row)
    merged = []
    for group in by_id.values():
        group.sort(key=lambda r: (-r["papers"], r["name"]))
        first = dict(group[0])
        aliases = []
        for row in group:
            aliases.extend(a for a in row["aliases"] if a not in aliases)
        first["aliases"] = aliases
        first["exact"] = aliases  # every spelling as written: titles and names, not the words they are made of
        first["papers"] = sum(row["papers"] for row in group)
        first["description"] = f"Named in about {first['papers']} arXiv abstracts of 2025-26 (corpus-mined)."
        merged.append(first)
    return merged


def head_of(name):
    """The leading letters of a name, lower case: "gemini" for "Gemini-2.5-Pro"."""
    match = re.match(r"[A-Za-z]+", name)
    return match.group(0).lower() if match else ""


def load_catalog_keys(path):
    """The folded aliases of the catalog, and the heads of its model names (a release of one is a model too)."""
    keys, model_heads = set(), set()
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            for alias in row.get("aliases", []) + [row["name"]]:
                keys.add(fold(alias))
                keys.add(compact(alias))
            if row["kind"] == "model" and len(head_of(row["name"])) >= 3:
                model_heads.add(head_of(row["name"]))
    return keys, model_heads


def load_task_keys(path):
    keys = set()
    if not path or not os.path.exists(path):
        return keys
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            keys.add(fold(json.loads(line)["task"]))
    return keys


def names_in(text):
    """Each name-shaped span of a text: (start, end, name), versioned phrases included."""
    found = []
    for match in TOKEN.finditer(text):
        name = COMPOUND_SUFFIX.sub("", match.group(1))
        if name.endswith("s") and len(name) >= 3 and name[-2].isupper():
            continue  # "LLMs", "CIs": a plural acronym is a class
        if shape(name):
            found.append((match.start(1), match.start(1) + len(name), name))
    for pattern in (VERSIONED, TIER_FIRST):
        for match in pattern.finditer(text):
            found.append((match.start(1), match.end(1), match.group(1)))
    return found


def next_word(text, end):
    match = WORD.match(text, end + 1) if end < len(text) and text[end] in " -" else None
    return match.group(0).lower() if match else ""


def scan(corpus):
    """Counts per name over the corpus: papers, cued papers, kind votes, claims, plural and lower-case uses."""
    papers = Counter()
    cued = Counter()
    kinds = defaultdict(Counter)
    other = Counter()
    claimed_by = defaultdict(set)
    first_paper = {}
    definitions = defaultdict(Counter)
    spelled, spelled_lower = Counter(), Counter()
    spelled_out_by = Counter()
    lower_words, capital_words = Counter(), Counter()
    plural = Counter()
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    rows.sort(key=lambda r: r.get("arxiv_id") or "")
    for row in rows:
        paper = row.get("arxiv_id") or row["title"]
        title, abstract = row.get("title") or "", row.get("abstract") or ""
        text = title + " \n " + abstract
        spans = names_in(text)
        seen, seen_cued = set(), set()
        for start, end, name in spans:
            seen.add(name)
            word = next_word(text, end)
            if word in CUE_TO_KIND:
                kinds[name][CUE_TO_KIND[word]] += 1
                seen_cued.add(name)
            elif word in OTHER_WORDS:
                other[name] += 1
        for match in LIST_CUES.finditer(text):
            for start, end, name in names_in(match.group(1)):
                seen_cued.add(name)
        for word in set(re.findall(r"\b[a-z][a-z0-9]+\b", text)):
            lower_words[word] += 1
        for word in set(re.findall(r"\b[A-Z][a-z]+\b", text)):
            capital_words[word] += 1
        for word in set(re.findall(r"\b([A-Za-z][A-Za-z0-9\-.]*[a-z0-9])s\b", text)):
            plural[word] += 1
        defined_here = set()
        claims = set()
        head = re.match(r"\s*([^:]{2,40}):", title)
        if head:
            claims.update(name for _, _, name in names_in(head.group(1)))
        for match in CLAIM.finditer(abstract):
            claims.update(name for _, _, name in names_in(claimed_part(match.group(1))))
        for name in claims:
            claimed_by[name].add(paper)
        for long_form, short in DEFINITION.findall(text):
            spelled_out = initials_long_form(long_form, short)
            definitions[short][spelled_out] += 1
            if spelled_out:
                defined_here.add(fold(spelled_out))
            if spelled_out:
                spelled_lower[short] += spelled_out[0].islower()
                spelled[short] += 1
        spelled_out_by.update(defined_here)
        for name in seen:
            papers[name] += 1
            first_paper.setdefault(name, paper)
        for name in seen_cued:
            cued[name] += 1
    return papers, cued, kinds, other, claimed_by, first_paper, definitions, (spelled, spelled_lower), (lower_words, capital_words), plural, spelled_out_by


def claimed_part(clause):
    """The words a claim verb names: "we propose X, a ..." claims X, "we propose a method based on Y" not Y."""
    stop = CLAIM_STOP.search(clause)
    return clause[:stop.start()] if stop else clause


# Digits that stand for words in acronyms: "T2V" is "text-to-video".
DIGIT_WORDS = {"2": "T", "4": "F"}


def initials_long_form(long_form, short):
    """The words of a long form that spell the acronym out, or "" when they do not: "Group Relative Policy
    Optimization (GRPO)" gives "Group Relative Policy Optimization"."""
    words = long_form.split()
    letters = [DIGIT_WORDS.get(c, c) for c in short if c.isupper() or c in DIGIT_WORDS]
    for count in range(1, min(len(words), 2 * len(letters)) + 1):
        candidate = words[-count:]
        initials = "".join(w[0].upper() for w in re.split(r"[\s\-]+", " ".join(candidate)) if w)
        if initials == "".join(letters):
            return " ".join(candidate)
    return ""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("--catalog", default=os.path.join(HERE, "entities.jsonl.gz"))
    parser.add_argument("--tasks")
    parser.add_argument("--out", default=os.path.join(HERE, "mined.jsonl.gz"))
    parser.add_argument("--established", default=os.path.join(HERE, "established_names.txt.gz"))
    parser.add_argument("--report", help="write every candidate used by MIN_PAPERS papers with why it was dropped")
    args = parser.parse_args()

    catalog, model_heads = load_catalog_keys(args.catalog)
    tasks = load_task_keys(args.tasks)
    papers, cued, kinds, other, claimed_by, first_paper, definitions, (spelled, spelled_lower), (lower_words, capital_words), plural, spelled_out_by = scan(args.corpus)
    rows, dropped, report = [], Counter(), []
    for name, count in papers.items():
        if count < MIN_PAPERS:
            continue
        key = fold(name)
        reason = None
        # A release of a catalog model family with a tier word ("Claude Opus 4.7") is a model whatever its context:
        # papers name such releases in tables of scores, rarely beside a kind word.
        release = shape(name) == "versioned" and MODEL_TIER.search(name) and head_of(name) in model_heads
        if cued[name] < MIN_CUED and not release:
            reason = "uncued"
        elif key in catalog or compact(name) in catalog or key in tasks:
            reason = "known"
        elif key in STOPLIST or key in GENERIC_KEYS or key.split()[0] in GENERIC_KEYS:
            reason = "generic"
        elif descriptive(name, lower_words):
            reason = "descriptive"
        elif plural[name] > 0.25 * count:
            reason = "plural"
        elif other[name] > sum(kinds[name].values()):
            reason = "other"
        elif first_paper[name] in claimed_by[name] or len(claimed_by[name]) >= max(2, 0.2 * count):
            reason = "claimed"
        elif shape(name) == "versioned" and lower_words[name.split()[0].lower()] > capital_words[name.split()[0]]:
            reason = "phrase"  # "Stage 1", "Model 2", "System 2": a word and a number
        elif not any(c.islower() for c in name) and spelled[name] >= 2 and spelled_lower[name] >= 0.5 * spelled[name]:
            reason = "concept"  # "text-to-video (T2V)", "zero-shot learning (ZSL)": spelled out as a common phrase
        long_forms = [(form, n) for form, n in definitions[name].most_common() if form]
        total = sum(n for _, n in long_forms)
        if reason is None and shape(name) == "acronym" and total >= 2 and long_forms[0][1] < 0.7 * total:
            reason = "ambiguous"
        elif reason is None and long_forms and names_task(long_forms[0][0], tasks):
            reason = "task"  # "Domain Generalized Semantic Segmentation (DGSS)": a task's acronym
        if reason:
            dropped[reason] += 1
            report.append(f"{name}\t{count}\t{cued[name]}\t{reason}")
            continue
        votes = kinds[name]
        kind = max(sorted(votes), key=lambda k: votes[k]) if votes else "method"
        if kind != "dataset" and (head_of(name) in model_heads or MODEL_TIER.search(name)):
            kind = "model"  # "Gemini 3 Pro", "GPT-5.5", "Sonnet 4.5": releases of a model family
        aliases = [name]
        if long_forms and long_forms[0][1] >= 2 and proper_long_form(long_forms[0][0]) and fold(long_forms[0][0]) not in catalog:
            aliases.append(long_forms[0][0])
        rows.append({
            "aliases": aliases,
            "description": f"Named in {count} arXiv abstracts of 2025-26 (corpus-mined).",
            "exact": [name],
            "id": "mined:" + slug(name),
            "kind": kind,
            "name": name,
            "papers": count,
            "source": "mined",
        })
    kept = {fold(row["name"]) for row in rows} | {compact(row["name"]) for row in rows} | catalog
    variants = [row for row in rows if variant_of(row["name"], kept)]
    dropped["variant"] = len(variants)
    rows = [row for row in rows if row not in variants]
    rows = merge_spellings(rows)
    rows.sort(key=lambda r: r["id"])
    with open(args.out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as zipped:
        for row in rows:
            zipped.write((json.dumps(row, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8"))
    established = sorted(form for form, n in spelled_out_by.items() if n >= MIN_SPELLED_OUT)
    with open(args.established, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as zipped:
        zipped.write(("\n".join(established) + "\n").encode("utf-8"))
    if args.report:
        with open(args.report, "w", encoding="utf-8") as handle:
            handle.write("\n".join(sorted(report)) + "\n")
    print(f"{len(rows)} mined names; dropped: {dict(sorted(dropped.items()))}")


if __name__ == "__main__":
    main()
