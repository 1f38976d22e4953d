"""Benchmark the meaning checks of issue 8 on a contrast set, and on DEMETR's removals.

Contrast set: ``benchmarks/data/contrast_semantics.jsonl``, news-style sentence pairs written for
this benchmark. Each item has a ``kind`` (``change``: the meaning changed; ``control``: a
harmless rewording), a ``class`` (opposite, role, person, cohyponym, removal, scale; synonym,
hypernym, passive, moved, paraphrase, negated, scale_synonym) and a ``split``: about a third of
the items are ``heldout``, never looked at while the checks were tuned. Every item is run in both
directions (A → B and B → A) through the full pipeline (``Comparer.compare``).

* a change counts as caught when some finding is ``medium`` or above;
* a control counts as quiet when every finding is ``low`` or below.

DEMETR (``benchmarks/data/demetr_dev.jsonl``): for each item, the human reference against the
correct machine translation (a negative) and against the machine translation with one word or
phrase removed (a positive: entity, noun, verb, subject or prepositional phrase removed). The
pairs go through the judge's own benchmark (``judge_data.py`` dumps each pair's findings,
``judge_bench.py`` scores them under the shipped calibration): ROC AUC of the pair score per
kind, the share failing the gate (a finding ``medium`` or above), and the false-alarm rate (the
correct translations failing it). Run twice: without the meaning checks (``none``) and with
the ``--checks`` chosen.

    python benchmarks/contrast_bench.py [--checks all|none|lexicon|model] [--demetr N]
        [--file benchmarks/data/probe_structure.jsonl] [--out benchmarks/out/contrast_bench.json]

``--file`` runs another set of pairs in the same format instead of the contrast set (a probe
written by hand for one kind of change: ``benchmarks/data/probe_*.jsonl``); every item not in a
``heldout`` split may be printed among the misses.

``--checks`` chooses the knowledge the issue-8 checks may use, to measure what each source adds:
``none`` runs the judge without them (the figures before), ``lexicon`` without the model's word
similarities, ``model`` without the shipped lexicon.
"""

from __future__ import annotations

import argparse
import contextlib
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
    "correct",
    "ne_removed",
    "noun_removed",
    "verb_removed",
    "subj_removed",
    "pp_removed",
    "addition",
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


def contrast(comparer: vardiff.Comparer, *, show: int, path: Path = CONTRAST) -> dict[str, Any]:
    lines = path.read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines if line.strip()]
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
            if not good and item["split"] != "heldout" and len(misses) < show:
                found = "; ".join(
                    f"{f.check or f.category}/{f.severity.value} {f.a!r}→{f.b!r}"
                    for f in report.findings()
                )
                misses.append(f"{item['id']}: {a} => {b} :: {found or 'no finding'}")
    rows = {
        f"{kind}/{cls}/{split}": {"good": g, "n": n, "rate": round(g / n, 3)}
        for (kind, cls, split), (g, n) in sorted(tally.items())
    }
    return {"rows": rows, "misses": misses}


def demetr(*, limit: int, checks: Sequence[str], out: Path) -> dict[str, Any]:
    """DEMETR's removal kinds as the judge's benchmark reads them (``judge_data.py`` dumps the
    raw findings of each pair, ``judge_bench.py`` scores them under the shipped calibration),
    once for each choice of ``checks``: the same figures, with and without the meaning checks.
    """
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import judge_bench
    import judge_data

    items = [i for i in judge_data.demetr_items() if i["kind"] in DEMETR_KINDS]
    if limit:
        groups = sorted({i["group"] for i in items}, key=lambda g: int(g.split(":")[1]))[:limit]
        items = [i for i in items if i["group"] in set(groups)]
    found: dict[str, Any] = {"items": len({i["group"] for i in items}), "pairs": len(items)}
    for which in checks:
        _choose_checks(which)
        dump = out / f"contrast_demetr_{which}.jsonl"
        judge_data.run(items, dump, out / "cache")
        records = judge_data.load(dump)
        found[which] = {}
        for name, calibration in _calibrations():
            rows = judge_bench.evaluate(records, calibration)
            found[which][name] = {
                "false_alarms": round(rows[0]["negatives_flagged"], 3) if rows else None,
                "kinds": {
                    r["kind"]: {
                        "auc": round(r["auc"], 3),
                        "flagged": round(r["flagged"], 3),
                        "n": r["n"],
                    }
                    for r in rows
                },
            }
    return found


def _calibrations() -> list[tuple[str, Any]]:
    """The shipped calibration, and the fitted one where the judge has it."""
    from vardiff.judge import _calibration

    found: list[tuple[str, Any]] = [("shipped", _calibration.load_calibration())]
    named = getattr(_calibration, "calibration_named", None)
    if named is not None:
        with contextlib.suppress(Exception):  # a benchmark reports what it can
            found.append(("fitted", named("fitted")))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--checks", choices=("all", "none", "lexicon", "model"), default="all")
    parser.add_argument("--demetr", type=int, default=500, help="DEMETR items (0: skip)")
    parser.add_argument("--no-contrast", action="store_true")
    parser.add_argument(
        "--file", type=Path, default=CONTRAST, help="pairs to run instead of the contrast set"
    )
    parser.add_argument("--show", type=int, default=40, help="dev misses to print")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    _choose_checks(args.checks)
    comparer = vardiff.Comparer(cache=args.cache)
    result: dict[str, Any] = {"checks": args.checks}
    if not args.no_contrast:
        result["contrast"] = contrast(comparer, show=args.show, path=args.file)
        for line in result["contrast"]["misses"]:
            print("miss", line)
        for name, row in result["contrast"]["rows"].items():
            print(f"{name:40s} {row['good']:4d}/{row['n']:<4d} {row['rate']:.3f}")
    if args.demetr:
        checks = ("none", args.checks) if args.checks != "none" else ("none",)
        result["demetr"] = demetr(limit=args.demetr, checks=checks, out=ROOT / "benchmarks" / "out")
        print(json.dumps(result["demetr"], indent=1))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, indent=1), encoding="utf-8")


def _choose_checks(which: str) -> None:
    from vardiff.judge import _sources

    _sources.choose(which)


if __name__ == "__main__":
    main()
