"""Run vardiff over the judge's development data and keep every raw finding with its evidence.

Shared by ``calibrate.py`` (fits the judge's calibration on these findings) and
``judge_bench.py`` (measures the judge and its baselines). Each item is one aligned pair, as
the pipeline builds a 1:1 bead (the cosine of the two texts, their word diff, their
sentences), judged in batches of a few hundred pairs so the phrases are embedded together; the
judge runs *uncalibrated* (every finding keeps its check's prior and its evidence), so a
calibration can be fitted and evaluated offline, without embedding anything again.

Sets:

* ``demetr``: ``data/demetr_dev.jsonl``. For each item, ``reference`` against ``mt`` (a
  correct translation: label 0) and against each perturbed ``mt`` (label 1 for critical and
  major kinds, 0 for minor ones).
* ``revision``: the same DEMETR items as single-edit revisions: the correct ``mt`` against each
  of its perturbed versions (label 1 for critical and major kinds, 0 for minor ones). Every
  finding of such a pair is about its one edit. The translation pairs teach the judge what a
  translator's honest variation looks like; these teach it that the same change in an
  otherwise identical sentence is deliberate.
* ``contrast``: the *dev* split of ``data/contrast_semantics.jsonl`` (issue 8's contrast set of
  news sentences: meaning changes, label 1, and harmless rewordings, label 0). Its held-out
  split is never read here.
* ``mqm_systems``: the same talks, two systems' renderings of a segment against each other
  where the first is error-free and they differ in at most eight words: the honest edits that
  the revisions lack (a synonym, a reworded phrase: label 0 when the second is error-free too)
  and edits that bring in a Major meaning error (label 1, its spans kept).
* ``mqm``: ``data/mqm_ted_zhen.dev.tsv``. For each talk, segment and system other than
  ``ref``: ``ref``'s segment against the system's (the ``seg_id`` is a gold alignment). Label 1
  when a rater marked a Major accuracy error (mistranslation, omission, addition) or a Major
  terminology error, 0 when every rater marked no error; other segments are left out. The
  error spans (``<v>…</v>``) are kept to label findings. An omission is marked on the source
  only: its segment is labelled 1 with no span in the translation (until 2 December such
  segments were counted error-free: 17 of them, and 21 more were left out).

Run from the repository root: ``python benchmarks/judge_data.py`` (writes
``benchmarks/out/judge_dump.jsonl``; a few minutes on 2 cores with an empty cache).
"""

from __future__ import annotations

import argparse
import csv
import difflib
import json
import re
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import vardiff  # noqa: E402
from vardiff.judge import Calibration, Judge  # noqa: E402
from vardiff.judge._calibration import (  # noqa: E402
    DEFAULT_CUTOFFS,
    calibration_named,
    pair_evidence,
)

DATA = Path(__file__).resolve().parent / "data"
OUT = Path(__file__).resolve().parent / "out"
DUMP = OUT / "judge_dump.jsonl"

_MEANING = ("Accuracy/Mistranslation", "Accuracy/Omission", "Accuracy/Addition", "Terminology")


def _demetr() -> Iterator[dict[str, Any]]:
    with (DATA / "demetr_dev.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def _perturbed(item: dict[str, Any], name: str, a: str) -> Iterator[dict[str, Any]]:
    """``a`` against each perturbed translation of a DEMETR item, as set ``name``."""
    for perturbed in item["perturbed"]:
        kind = re.sub(r"^(critical|major|minor)_id\d+_", "", perturbed["kind"])
        yield {
            "set": name,
            "id": f"{name}:{item['id']}:{kind}",
            "group": f"{name}:{item['id']}",
            "kind": kind,
            "severity_class": perturbed["severity"],
            "label": int(perturbed["severity"] in ("critical", "major")),
            "a": a,
            "b": perturbed["text"],
            "b_errors": [],
        }


def demetr_items() -> Iterator[dict[str, Any]]:
    for item in _demetr():
        yield {
            "set": "demetr",
            "id": f"demetr:{item['id']}:mt",
            "group": f"demetr:{item['id']}",
            "kind": "correct",
            "severity_class": "correct",
            "label": 0,
            "a": item["reference"],
            "b": item["mt"],
            "b_errors": [],
        }
        yield from _perturbed(item, "demetr", item["reference"])


def revision_items() -> Iterator[dict[str, Any]]:
    for item in _demetr():
        yield from _perturbed(item, "revision", item["mt"])


def contrast_items(split: str = "dev") -> Iterator[dict[str, Any]]:
    with (DATA / "contrast_semantics.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            item = json.loads(line)
            if item["split"] != split:
                continue
            yield {
                "set": "contrast",
                "id": f"contrast:{item['id']}",
                "group": f"contrast:{item['id']}",
                "kind": item["class"],
                "severity_class": item["kind"],
                "label": int(item["kind"] == "change"),
                "a": item["a"],
                "b": item["b"],
                "b_errors": [],
            }


def _strip_marks(text: str) -> tuple[str, list[tuple[int, int]]]:
    spans: list[tuple[int, int]] = []
    plain = ""
    pos = 0
    for match in re.finditer(r"<v>(.*?)</v>", text):
        plain += text[pos : match.start()]
        start = len(plain)
        plain += match.group(1)
        spans.append((start, len(plain)))
        pos = match.end()
    plain += text[pos:]
    return plain, spans


def mqm_items() -> Iterator[dict[str, Any]]:
    with (DATA / "mqm_ted_zhen.dev.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    segments: dict[tuple[str, int, str], dict[str, Any]] = {}
    for row in rows:
        key = (row["doc"], int(row["seg_id"]), row["system"])
        plain, spans = _strip_marks(row["target"])
        seg = segments.setdefault(
            key, {"text": plain, "major": [], "major_any": False, "other": False}
        )
        meaning = row["category"].startswith(_MEANING) and row["severity"] == "Major"
        if meaning:
            # An omission is marked on the source only: no span in the translation, and still
            # a Major error of the segment.
            seg["major"].extend(spans)
            seg["major_any"] = True
        elif row["category"] != "No-error":
            seg["other"] = True
    for (doc, seg_id, system), seg in sorted(segments.items()):
        if system == "ref":
            continue
        ref = segments.get((doc, seg_id, "ref"))
        if ref is None:
            continue
        if seg["major_any"]:
            label = 1
        elif not seg["other"]:
            label = 0
        else:
            continue
        yield {
            "set": "mqm",
            "id": f"mqm:{doc}:{seg_id}:{system}",
            "group": f"mqm:{doc}:{seg_id}",
            "kind": "major" if label else "no-error",
            "severity_class": system,
            "label": label,
            "a": ref["text"],
            "b": seg["text"],
            "b_errors": sorted(set(map(tuple, seg["major"]))),
        }


def major_categories() -> dict[tuple[str, str, str], set[str]]:
    """Per (doc, seg_id, system): the categories of its Major meaning errors, last part only
    ("Accuracy/Omission" -> "Omission"), as ``mqm_items`` labels them."""
    found: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    with (DATA / "mqm_ted_zhen.dev.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row["severity"] == "Major" and row["category"].startswith(_MEANING):
                key = (row["doc"], row["seg_id"], row["system"])
                found[key].add(row["category"].split("/")[-1])
    return found


def mqm_segment(record: dict[str, Any]) -> tuple[str, str, str]:
    """The (doc, seg_id, system) of an MQM record's B side (``mqm`` or ``mqm_systems``)."""
    _, doc, seg_id, *systems = record["id"].split(":")
    return doc, seg_id, systems[-1]


def mqm_system_items(max_changed: int = 8, per_segment: int = 12) -> Iterator[dict[str, Any]]:
    """Two systems' renderings of one segment against each other, where the first is
    error-free and the two differ in a few words: honest edits (the second error-free too,
    label 0) and edits that bring in a Major meaning error (label 1, its spans kept)."""
    segments: dict[tuple[str, int], dict[str, dict[str, Any]]] = defaultdict(dict)
    for item in mqm_items():
        doc, seg_id, system = item["id"].split(":")[1:]
        segments[(doc, int(seg_id))][system] = item
    for (doc, seg_id), systems in sorted(segments.items()):
        clean = [s for s, it in sorted(systems.items()) if it["label"] == 0]
        made = 0
        for first in clean:
            for second, other in sorted(systems.items()):
                a, b = systems[first]["b"], other["b"]
                if second == first or a == b or made >= per_segment:
                    continue
                matcher = difflib.SequenceMatcher(None, a.split(), b.split(), autojunk=False)
                changed = sum(
                    max(i2 - i1, j2 - j1)
                    for tag, i1, i2, j1, j2 in matcher.get_opcodes()
                    if tag != "equal"
                )
                if changed > max_changed:
                    continue
                made += 1
                yield {
                    "set": "mqm_systems",
                    "id": f"mqm_systems:{doc}:{seg_id}:{first}:{second}",
                    "group": f"mqm_systems:{doc}:{seg_id}",
                    "kind": "major" if other["label"] else "no-error",
                    "severity_class": second,
                    "label": other["label"],
                    "a": a,
                    "b": b,
                    "b_errors": other["b_errors"],
                }


SETS = {
    "demetr": demetr_items,
    "revision": revision_items,
    "contrast": contrast_items,
    "mqm": mqm_items,
    "mqm_systems": mqm_system_items,
}


def finding_record(finding: vardiff.Finding) -> dict[str, Any]:
    return {
        "check": finding.check,
        "category": finding.category,
        "prior": finding.score,
        "severity": finding.severity.value,
        "evidence": dict(finding.evidence),
        "a": finding.a,
        "b": finding.b,
        "b_span": list(finding.b_span) if finding.b_span else None,
    }


def run(
    items: list[dict[str, Any]],
    out: Path,
    cache: Path,
    *,
    calibration: Calibration | None = None,
    chunk: int = 400,
) -> None:
    embedder = vardiff.SentenceEmbedder(None, cache=vardiff.EmbeddingCache(cache))
    # Uncalibrated by default: every finding keeps its check's prior, for the calibration to
    # be fitted on. With a calibration, the dump is the judge's end-to-end verdict under it.
    judge = Judge(
        embedder=embedder,
        calibration=calibration or Calibration(version="none", cutoffs=DEFAULT_CUTOFFS, rules={}),
    )
    texts = sorted({t for item in items for t in (item["a"], item["b"])})
    vectors = dict(zip(texts, embedder.embed(texts), strict=True))
    started = time.perf_counter()
    with out.open("w", encoding="utf-8") as handle:
        for first in range(0, len(items), chunk):
            batch = items[first : first + chunk]
            pairs = [_pair(item, vectors) for item in batch]
            sentences = [
                (
                    [s.text for s in vardiff.segment(item["a"])] or [item["a"]],
                    [s.text for s in vardiff.segment(item["b"])] or [item["b"]],
                )
                for item in batch
            ]
            verdicts = judge.judge_all(pairs, sentences=sentences)
            for item, pair, findings in zip(batch, pairs, verdicts, strict=True):
                words = len(item["a"].split()) + len(item["b"].split())
                changed = sum(
                    len(op.a.split()) + len(op.b.split()) for op in pair.ops if op.op != "equal"
                )
                record = {
                    **{k: item[k] for k in ("set", "id", "group", "kind", "severity_class")},
                    "label": item["label"],
                    "b_errors": item["b_errors"],
                    "words": words,
                    "min_similarity": pair.similarity,
                    "word_change": changed / max(1, words),
                    "pair": pair_evidence(pair),
                    "findings": [finding_record(f) for f in findings],
                }
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            done = first + len(batch)
            rate = done / (time.perf_counter() - started)
            print(f"{done}/{len(items)} pairs, {rate:.1f}/s", file=sys.stderr, flush=True)


def _pair(item: dict[str, Any], vectors: dict[str, Any]) -> vardiff.Pair:
    """The item as one aligned pair, as the pipeline makes a 1:1 bead: the similarity is the
    cosine of the two texts (the aligner's score of a 1:1 bead)."""
    a, b = item["a"], item["b"]
    return vardiff.Pair(
        a=(0,),
        b=(0,),
        similarity=float(vectors[a] @ vectors[b]),
        status="equal" if a == b else "changed",
        a_text=a,
        b_text=b,
        ops=vardiff.word_diff(a, b),
    )


def load(path: Path = DUMP) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def by_group(records: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in records:
        groups[record["group"]].append(record)
    return groups


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DUMP)
    parser.add_argument("--sets", default="demetr,mqm")
    parser.add_argument("--limit", type=int, default=0, help="first N items of each set")
    parser.add_argument(
        "--ids", type=Path, help="a file of item ids, one a line: only those items (a quick dump)"
    )
    parser.add_argument(
        "--calibration",
        default="",
        help="judge end to end under this calibration (priors, fitted or a file); "
        "default: uncalibrated, for calibrate.py",
    )
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    items: list[dict[str, Any]] = []
    for name in args.sets.split(","):
        chosen = list(SETS[name]())
        if args.ids:
            wanted = set(args.ids.read_text(encoding="utf-8").split())
            chosen = [item for item in chosen if item["id"] in wanted]
        items += chosen[: args.limit] if args.limit else chosen
    calibration = calibration_named(args.calibration) if args.calibration else None
    run(items, args.out, OUT / "cache", calibration=calibration)
    print(f"wrote {args.out} ({len(items)} pairs)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
