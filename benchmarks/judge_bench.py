"""Measure the judge on the development sets, beside two baselines, from one dump.

Reads the raw findings of ``judge_data.py`` and applies a calibration (the shipped
``vardiff/judge/calibration.json`` unless ``--calibration`` names another, or ``none`` for the
checks' priors), so the figures of a calibration can be seen without running the model again.

Per DEMETR kind: how often the pair fails the default gate (a finding at or above ``medium``)
and the ROC AUC of the pair score against the correct translations (reference against ``mt``).
For MQM: the same for segments with a Major accuracy error against error-free ones. Baselines,
on the same pairs: ``1 - cosine`` (the smallest aligned-pair similarity; 0 for an unaligned
pair) and the word diff (share of words changed).

Pair score: the noisy-or of the calibrated finding scores (the probability that at least one
finding is a meaning error, if they were independent), as the CLI reports it (``pair.drift``).

Run from the repository root: ``python benchmarks/judge_bench.py [--markdown]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from calibrate import load

from vardiff import Severity
from vardiff.judge._calibration import (
    DEFAULT_CUTOFFS,
    Calibration,
    load_calibration,
    parse_calibration,
)

CRITICAL = (
    "numbers_replaced",
    "ne_replaced",
    "ne_removed",
    "negation",
    "addition",
    "noun_removed",
    "verb_removed",
    "subj_removed",
)


def auc(positive: list[float], negative: list[float]) -> float:
    """Mann-Whitney: the chance a positive scores above a negative (ties count one half)."""
    if not positive or not negative:
        return float("nan")
    neg = np.sort(np.array(negative))
    total = 0.0
    for value in positive:
        below = np.searchsorted(neg, value, side="left")
        equal = np.searchsorted(neg, value, side="right") - below
        total += below + 0.5 * equal
    return total / (len(positive) * len(negative))


SCORE = "noisy-or"


def scored(record: dict[str, Any], calibration: Calibration) -> tuple[float, bool]:
    """The pair's score and whether it fails the default gate (a finding at medium or above)."""
    unlikely = 1.0
    worst = 0.0
    floored = False
    for raw in record["findings"]:
        rule = calibration.rules.get(raw["check"])
        p = rule.probability(raw["evidence"]) if rule else raw["prior"]
        unlikely *= 1.0 - p
        worst = max(worst, p)
        floored |= calibration.floors.get(raw["check"], Severity.INFO) >= Severity.MEDIUM
    score = worst if SCORE == "max" else 1.0 - unlikely
    return score, floored or worst >= calibration.cutoffs["medium"]


def evaluate(records: list[dict[str, Any]], calibration: Calibration) -> list[dict[str, Any]]:
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for record in records:
        groups[(record["set"], record["kind"])].append(record)
    rows = []
    for name, negative_kind in (("demetr", "correct"), ("mqm", "no-error")):
        negatives = groups.get((name, negative_kind), [])
        if not negatives:
            continue
        neg = [scored(r, calibration) for r in negatives]
        kinds = sorted(k for (s, k) in groups if s == name and k != negative_kind)
        for kind in kinds:
            positives = groups[(name, kind)]
            pos = [scored(r, calibration) for r in positives]
            rows.append(
                {
                    "set": name,
                    "kind": kind,
                    "class": positives[0]["severity_class"] if name == "demetr" else "major",
                    "n": len(positives),
                    "flagged": float(np.mean([f for _, f in pos])),
                    "negatives_flagged": float(np.mean([f for _, f in neg])),
                    "auc": auc([s for s, _ in pos], [s for s, _ in neg]),
                    "auc_cosine": auc(
                        [1 - r["min_similarity"] for r in positives],
                        [1 - r["min_similarity"] for r in negatives],
                    ),
                    "auc_word_diff": auc(
                        [r["word_change"] for r in positives],
                        [r["word_change"] for r in negatives],
                    ),
                }
            )
    return rows


def markdown(rows: list[dict[str, Any]], version: str) -> str:
    lines = [
        f"calibration: {version}",
        "",
        "| set | kind | class | n | fails gate (≥ medium) | correct/no-error failing | AUC vardiff "
        "| AUC 1−cosine | AUC word diff |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['set']} | {r['kind']} | {r['class']} | {r['n']} | {r['flagged']:.1%} "
            f"| {r['negatives_flagged']:.1%} | {r['auc']:.3f} | {r['auc_cosine']:.3f} "
            f"| {r['auc_word_diff']:.3f} |"
        )
    critical = [r for r in rows if r["set"] == "demetr" and r["class"] == "critical"]
    if critical:
        caught = np.mean([r["flagged"] for r in critical])
        lines += ["", f"DEMETR critical kinds, mean share failing the gate: {caught:.1%}"]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calibration", default="", help="a calibration file, or 'none'")
    parser.add_argument("--out", type=Path, help="write the rows as JSON")
    parser.add_argument("--score", choices=("noisy-or", "max"), default="noisy-or")
    args = parser.parse_args()
    global SCORE
    SCORE = args.score
    if args.calibration == "none":
        calibration = Calibration(version="none (priors)", cutoffs=DEFAULT_CUTOFFS, rules={})
    elif args.calibration:
        calibration = parse_calibration(json.loads(Path(args.calibration).read_text()))
    else:
        calibration = load_calibration()
    rows = evaluate(load(), calibration)
    print(markdown(rows, calibration.version))
    if args.out:
        args.out.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
