"""Where a pair stops being a version: the similarity below which an aligned pair is *loose*.

vardiff judges the words of an aligned pair only when the two sides are versions of each other
(a translation, an edit, a paraphrase). Two sentences of different articles on the same story
can still align, and their word diff is then noise ("Kharkiv" → "Nov"). This script measures
the cosine of the two sides (the same figure as ``pair.similarity``) on

* versions: the human reference against each other English version of the same segment in the
  MQM TED dev talks (gold alignment by ``seg_id``: 13 machine translations and a second human
  one); the reference against the correct machine translation in the DEMETR dev file; the
  aligned pairs of seeds 000 and 001 (two versions of one article);
* not versions: the aligned pairs vardiff makes between seed 000 and seeds 002, 003, 004 (other
  outlets' articles on the same story), and, for every sentence of one side, the closest
  sentence the other article offers; and the same "closest other segment" within each MQM talk
  (same talk, same translator, another segment): the hardest negatives, same topic and style.

It prints percentiles and, for candidate thresholds, the share of each set that would count as
loose, and the threshold that keeps the versions' false-loose rate at or below ``--budget``.
Run from the repository root::

    python benchmarks/loose_pairs.py [--budget 0.01] [--out benchmarks/out/loose_pairs.json]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import vardiff  # noqa: E402
from vardiff._relation import LOOSE_SIMILARITY, Relation, relate  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
SEEDS = ROOT / "seeds"
TAG = re.compile(r"</?v>")
CACHE = Path("/tmp/vardiff-loose-cache")


def mqm_segments() -> dict[tuple[str, int], dict[str, str]]:
    segments: dict[tuple[str, int], dict[str, str]] = defaultdict(dict)
    with (DATA / "mqm_ted_zhen.dev.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            text = TAG.sub("", row["target"]).strip()
            if text:
                segments[(row["doc"], int(row["seg_id"]))][row["system"]] = text
    return segments


def cosines(embedder: vardiff.SentenceEmbedder, pairs: list[tuple[str, str]]) -> np.ndarray:
    texts = list(dict.fromkeys(t for pair in pairs for t in pair))
    vectors = dict(zip(texts, embedder.embed(texts), strict=True))
    return np.array([float(vectors[a] @ vectors[b]) for a, b in pairs])


def closest(embedder: vardiff.SentenceEmbedder, left: list[str], right: list[str]) -> np.ndarray:
    """For each sentence on either side, its best cosine with any sentence of the other."""
    va, vb = embedder.embed(left), embedder.embed(right)
    table = va @ vb.T
    return np.concatenate([table.max(axis=1), table.max(axis=0)])


def document_relations(
    segments: dict[tuple[str, int], dict[str, str]], seed: dict[str, str]
) -> dict[str, Relation]:
    """The relation vardiff finds between whole documents: each MQM talk's reference against
    every other version of it (segments one per line, as mqm_bench.py builds them), and seed
    000 against the other seeds. Alignment only; the judge is not needed for this."""
    comparer = vardiff.Comparer(cache=str(CACHE))
    found: dict[str, Relation] = {}

    def relation(name: str, text_a: str, text_b: str) -> None:
        doc_a = comparer.segment(text_a, name="a")
        doc_b = comparer.segment(text_b, name="b")
        beads = comparer.align(doc_a, doc_b).beads
        pairs = [SimpleNamespace(a=x.a, b=x.b, similarity=x.score) for x in beads]
        found[name] = relate(pairs, doc_a, doc_b)

    for talk in sorted({talk for talk, _ in segments}):
        ids = sorted(seg for t, seg in segments if t == talk)
        systems = sorted({s for seg in ids for s in segments[(talk, seg)]} - {"ref"})
        for system in systems:
            common = [s for s in ids if {"ref", system} <= set(segments[(talk, s)])]
            relation(
                f"MQM {talk} ref vs {system}",
                "\n".join(segments[(talk, s)]["ref"] for s in common),
                "\n".join(segments[(talk, s)][system] for s in common),
            )
    for other in ("001", "002", "003", "004"):
        relation(f"seeds 000 vs {other}", seed["000"], seed[other])
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--budget", type=float, default=0.01)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    embedder = vardiff.SentenceEmbedder(cache=vardiff.EmbeddingCache(CACHE))
    sets: dict[str, np.ndarray] = {}

    segments = mqm_segments()
    pairs = [
        (versions["ref"], text)
        for versions in segments.values()
        if "ref" in versions
        for system, text in versions.items()
        if system != "ref"
    ]
    sets["versions: MQM ref vs other versions (by seg_id)"] = cosines(embedder, pairs)
    demetr = [json.loads(line) for line in (DATA / "demetr_dev.jsonl").open(encoding="utf-8")]
    sets["versions: DEMETR reference vs correct MT"] = cosines(
        embedder, [(item["reference"], item["mt"]) for item in demetr]
    )
    # Each version of a segment against the reference of every *other* segment of its talk.
    keys = [k for k, versions in segments.items() if "ref" in versions]
    refs = embedder.embed([segments[k]["ref"] for k in keys])
    others: list[float] = []
    for talk in sorted({talk for talk, _ in keys}):
        rows = [n for n, k in enumerate(keys) if k[0] == talk]
        texts = [
            (n, text) for n in rows for system, text in segments[keys[n]].items() if system != "ref"
        ]
        vectors = embedder.embed([text for _, text in texts])
        table = vectors @ refs[rows].T
        for (n, _), scores in zip(texts, table, strict=True):
            scores[rows.index(n)] = -1.0  # its own segment is a version, not a negative
            others.append(float(scores.max()))
    sets["not versions: MQM closest other segment of the talk"] = np.array(others)

    seed = {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
    report = vardiff.compare(seed["000"], seed["001"], cache=str(CACHE))
    sets["versions: seeds 000 vs 001, aligned pairs"] = np.array(
        [p.similarity for p in report.pairs if p.similarity is not None]
    )
    aligned, nearest = [], []
    for other in ("002", "003", "004"):
        report = vardiff.compare(seed["000"], seed[other], cache=str(CACHE))
        aligned += [p.similarity for p in report.pairs if p.similarity is not None]
        left = [s.text for s in report.a.sentences if len(s.text) > 20]
        right = [s.text for s in report.b.sentences if len(s.text) > 20]
        nearest += list(closest(embedder, left, right))
    sets["not versions: seeds 000 vs 002/003/004, aligned pairs"] = np.array(aligned)
    sets["not versions: seeds 000 vs 002/003/004, closest sentence"] = np.array(nearest)

    documents = document_relations(segments, seed)

    print(f"{'set':<60} {'n':>5} {'p1':>6} {'p5':>6} {'p50':>6} {'p95':>6} {'p99':>6}")
    for name, values in sets.items():
        p = np.percentile(values, [1, 5, 50, 95, 99])
        print(f"{name:<60} {len(values):>5} " + " ".join(f"{x:6.3f}" for x in p))
    versions = np.concatenate([v for k, v in sets.items() if k.startswith("versions")])
    # The highest threshold that calls at most --budget of the versions loose.
    fitted = float(np.quantile(versions, args.budget))
    candidates = sorted({0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, round(fitted, 3), LOOSE_SIMILARITY})
    print(f"\nshare called loose (similarity below the threshold); in use: {LOOSE_SIMILARITY}")
    print(f"{'threshold':>9} " + " ".join(f"{k.split(':')[0][:12]:>12}" for k in sets))
    rows: list[dict[str, Any]] = []
    for t in candidates:
        shares = {k: float((v < t).mean()) for k, v in sets.items()}
        rows.append({"threshold": t, "loose": shares})
        print(f"{t:9.3f} " + " ".join(f"{shares[k]:12.1%}" for k in sets))
    print(f"\nthreshold at a {args.budget:.0%} false-loose budget on all versions: {fitted:.3f}")
    head = f"{'matched A':>9} {'matched B':>9} {'aligned':>7} {'loose':>5}"
    print(f"\n{'documents':<40} {head}  relation")
    for name, relation in documents.items():
        print(
            f"{name:<40} {relation.matched_a:9.1%} {relation.matched_b:9.1%} "
            f"{relation.aligned_pairs:7d} {relation.loose_pairs:5d}  {relation.kind}"
        )
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        summary = {k: {"n": len(v), "median": float(np.median(v))} for k, v in sets.items()}
        args.out.write_text(
            json.dumps({"sets": summary, "rows": rows, "fitted": fitted}, indent=2),
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
