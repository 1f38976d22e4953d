"""Benchmark the meaning checks of issue 8 on a contrast set, and on DEMETR's removals.

Contrast set: ``benchmarks/data/contrast_semantics.jsonl``, news-style sentence pairs written for
this benchmark. Each item has a ``kind`` (``change``: the meaning changed; ``control``: a
harmless rewording), a ``class`` (opposite, role, person, cohyponym, removal; synonym,
hypernym, passive, moved, paraphrase, negated) and a ``split``: about a third of the items are
``heldout``, never looked at while the checks were tuned. Every item is run in both
directions (A → B and B → A) through the full pipeline (``Comparer.compare``).

* a change counts as caught when some finding is ``medium`` or above;
* a control counts as quiet when every finding is ``low`` or below.

DEMETR (``benchmarks/data/demetr_dev.jsonl``): for each item, the human reference against the
correct machine translation (a negative) and against the machine translation with one
deliberate error (a positive). Score of a comparison: the largest pair drift of the report.
Reported: ROC AUC per perturbation kind, and the false-alarm rate (the reference against the
correct translation with a finding ``medium`` or above).

    python benchmarks/contrast_bench.py [--checks all|none|lexicon|model] [--demetr N]
        [--out benchmarks/out/contrast_bench.json]

``--checks`` chooses the knowledge the issue-8 checks may use, to measure what each source adds:
``none`` runs the judge without them (the figures before), ``lexicon`` without the model's word
similarities, ``model`` without the shipped lexicon.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import vardiff  # noqa: E402

CONTRAST = ROOT / "benchmarks" / "data" / "contrast_semantics.jsonl"
DEMETR = ROOT / "benchmarks" / "data" / "demetr_dev.jsonl"
DEFAULT_CACHE = Path("/tmp/vardiff-contrast-cache")
DEMETR_KINDS = (
    "critical_id25_ne_removed",
    "critical_id23_noun_removed",
    "critical_id22_verb_removed",
    "critical_id24_subj_removed",
    "critical_id9_ne_replaced",
    "critical_id8_negation",
)
MEDIUM, LOW = vardiff.Severity.MEDIUM, vardiff.Severity.LOW


def auc(positives: Sequence[float], negatives: Sequence[float]) -> float:
    """Mann-Whitney statistic: ties count one half."""
    if not positives or not negatives:
        return float("nan")
    wins = 0.0
    for p in positives:
        for n in negatives:
            wins += 1.0 if p > n else 0.5 if p == n else 0.0
    return wins / (len(positives) * len(negatives))


def worst(report: vardiff.Report) -> vardiff.Severity | None:
    return max((f.severity for f in report.findings()), default=None)


def score(report: vardiff.Report) -> float:
    return max((p.drift for p in report.pairs), default=0.0)


def contrast(comparer: vardiff.Comparer, *, show: int) -> dict[str, Any]:
    items = [json.loads(line) for line in CONTRAST.read_text(encoding="utf-8").splitlines()]
    tally: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    misses: list[str] = []
    for item in items:
        for a, b in ((item["a"], item["b"]), (item["b"], item["a"])):
            report = comparer.compare(a, b)
            top = worst(report)
            if item["kind"] == "change":
                good = top is not None and top >= MEDIUM
            else:
                good = top is None or top <= LOW
            for split in (item["split"], "all"):
                for cls in (item["class"], item["kind"]):
                    counts = tally[(item["kind"], cls, split)]
                    counts[0] += good
                    counts[1] += 1
            if not good and item["split"] == "dev" and len(misses) < show:
                found = "; ".join(
                    f"{f.category}/{f.severity.value} {f.a!r}→{f.b!r}" for f in report.findings()
                )
                misses.append(f"{item['id']}: {a} => {b} :: {found or 'no finding'}")
    rows = {
        f"{kind}/{cls}/{split}": {"good": g, "n": n, "rate": round(g / n, 3)}
        for (kind, cls, split), (g, n) in sorted(tally.items())
    }
    return {"rows": rows, "misses": misses}


def demetr(comparer: vardiff.Comparer, *, limit: int) -> dict[str, Any]:
    items = [json.loads(line) for line in DEMETR.read_text(encoding="utf-8").splitlines()]
    items = items[:limit] if limit else items
    negatives: list[float] = []
    alarms = 0
    positives: dict[str, list[float]] = defaultdict(list)
    flagged: dict[str, int] = defaultdict(int)
    for item in items:
        reference = item["reference"]
        report = comparer.compare(reference, item["mt"])
        negatives.append(score(report))
        alarms += (worst(report) or vardiff.Severity.INFO) >= MEDIUM and bool(
            list(report.findings(min_severity=MEDIUM))
        )
        for perturbed in item["perturbed"]:
            if perturbed["kind"] not in DEMETR_KINDS:
                continue
            report = comparer.compare(reference, perturbed["text"])
            positives[perturbed["kind"]].append(score(report))
            flagged[perturbed["kind"]] += bool(list(report.findings(min_severity=MEDIUM)))
    return {
        "items": len(items),
        "false_alarms": round(alarms / len(items), 3),
        "kinds": {
            kind: {
                "auc": round(auc(positives[kind], negatives), 3),
                "flagged": round(flagged[kind] / len(positives[kind]), 3),
                "n": len(positives[kind]),
            }
            for kind in DEMETR_KINDS
            if positives[kind]
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--checks", choices=("all", "none", "lexicon", "model"), default="all")
    parser.add_argument("--demetr", type=int, default=500, help="DEMETR items (0: skip)")
    parser.add_argument("--no-contrast", action="store_true")
    parser.add_argument("--show", type=int, default=40, help="dev misses to print")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    _choose_checks(args.checks)
    comparer = vardiff.Comparer(cache=args.cache)
    result: dict[str, Any] = {"checks": args.checks}
    if not args.no_contrast:
        result["contrast"] = contrast(comparer, show=args.show)
        for line in result["contrast"]["misses"]:
            print("miss", line)
        for name, row in result["contrast"]["rows"].items():
            print(f"{name:40s} {row['good']:4d}/{row['n']:<4d} {row['rate']:.3f}")
    if args.demetr:
        result["demetr"] = demetr(comparer, limit=args.demetr)
        print(json.dumps(result["demetr"], indent=1))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, indent=1), encoding="utf-8")


def _choose_checks(which: str) -> None:
    from vardiff.judge import _sources

    _sources.choose(which)


if __name__ == "__main__":
    main()
