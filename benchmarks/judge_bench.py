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
from collections.abc import Callable
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


def scored(record: dict[str, Any], calibration: Calibration | None) -> tuple[float, bool]:
    """The pair's score and whether it fails the default gate (a finding at medium or above),
    each finding judged as the judge judges it. ``calibration=None``: the scores and
    severities as dumped (an end-to-end dump)."""
    unlikely = 1.0
    worst = 0.0
    fails = False
    for raw in record["findings"]:
        if calibration is None:
            p, severity = raw["prior"], Severity(raw["severity"])
        else:
            p, severity = calibration.judged(raw["check"], raw["evidence"], raw["prior"])
        unlikely *= 1.0 - p
        worst = max(worst, p)
        fails |= severity >= Severity.MEDIUM
    return (worst if SCORE == "max" else 1.0 - unlikely), fails


# Per set: which pairs are the ones the judge must stay quiet on. DEMETR and MQM: the correct
# translations and the error-free segments; the revisions: the minor edits (punctuation, case, a
# typo, a function word); the contrast set: its harmless controls.
NEGATIVES = {
    "demetr": lambda r: r["kind"] == "correct",
    "mqm": lambda r: r["kind"] == "no-error",
    "revision": lambda r: r["label"] == 0,
    "contrast": lambda r: r["label"] == 0,
    "mqm_systems": lambda r: r["label"] == 0,
}


def evaluate(
    records: list[dict[str, Any]],
    calibration: Calibration | None,
    *,
    scorer: Callable[[dict[str, Any]], tuple[float, bool]] | None = None,
) -> list[dict[str, Any]]:
    """Per set and kind: the share failing the gate and the AUC against the set's quiet pairs.
    ``scorer``: each pair's score and gate instead of ``scored(record, calibration)`` (a
    cross-fit scores each pair by the calibration not fitted on it)."""
    score = scorer or (lambda record: scored(record, calibration))
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for record in records:
        groups[(record["set"], record["kind"])].append(record)
    rows = []
    for name, is_negative in NEGATIVES.items():
        negatives = [r for r in records if r["set"] == name and is_negative(r)]
        if not negatives:
            continue
        neg = [score(r) for r in negatives]
        kinds = sorted(k for (s, k) in groups if s == name)
        for kind in kinds:
            positives = groups[(name, kind)]
            pos = [score(r) for r in positives]
            quiet_kind = all(is_negative(r) for r in positives)
            rows.append(
                {
                    "set": name,
                    "kind": kind,
                    "class": positives[0]["severity_class"] if name != "mqm" else "major",
                    "n": len(positives),
                    "flagged": float(np.mean([f for _, f in pos])),
                    "negatives_flagged": float(np.mean([f for _, f in neg])),
                    "auc": float("nan")
                    if quiet_kind
                    else auc([s for s, _ in pos], [s for s, _ in neg]),
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
    for name in ("demetr", "revision"):
        critical = [r for r in rows if r["set"] == name and r["class"] == "critical"]
        if critical:
            caught = np.mean([r["flagged"] for r in critical])
            lines += ["", f"{name}: critical kinds, mean share failing the gate: {caught:.1%}"]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--calibration",
        default="",
        help="a calibration file, 'none' for the checks' priors, or 'dumped' for the scores "
        "and severities in the dump (an end-to-end dump of judge_data.py --calibration)",
    )
    parser.add_argument("--dumps", default="", help="comma-separated dump files (default: all)")
    parser.add_argument("--out", type=Path, help="write the rows as JSON")
    parser.add_argument("--score", choices=("noisy-or", "max"), default="noisy-or")
    args = parser.parse_args()
    global SCORE
    SCORE = args.score
    calibration: Calibration | None
    if args.calibration == "dumped":
        calibration = None
    elif args.calibration == "none":
        calibration = Calibration(version="none (priors)", cutoffs=DEFAULT_CUTOFFS, rules={})
    elif args.calibration:
        calibration = parse_calibration(json.loads(Path(args.calibration).read_text()))
    else:
        calibration = load_calibration()
    dumps = tuple(Path(p) for p in args.dumps.split(",")) if args.dumps else None
    records = load(dumps) if dumps else load()
    rows = evaluate(records, calibration)
    print(markdown(rows, calibration.version if calibration else "as dumped"))
    if args.out:
        args.out.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
