"""Fit the judge's calibration: per rule, the probability that a finding is a meaning error.

Input: the raw findings of ``judge_data.py`` (``out/dump_demetr.jsonl``, ``out/dump_mqm.jsonl``;
every finding with its rule, its check's prior and its evidence). Output:
``vardiff/judge/calibration.json``.

Finding labels, from the whole development sets (never single items):

* DEMETR: every finding of ``reference`` against the *correct* ``mt`` is a false alarm (0).
  A finding of ``reference`` against a perturbed ``mt`` that the correct ``mt`` does not also
  get (same rule, same words) is caused by the perturbation: 1 for a critical or major kind,
  0 for a minor one. Findings shared with the correct ``mt`` are counted once, as 0.
* MQM: every finding in a segment that all raters called error-free is 0; a finding in a
  segment with a Major accuracy error whose B span overlaps a marked error span is 1; other
  findings of such segments (elsewhere in the segment, or on A only) are left out.

Model, per rule: logistic regression on the rule's numeric evidence, standardised, fitted by
Newton's method as a MAP estimate: the weights have a Gaussian prior at 0 and the bias one at
the logit of the check's own prior, so a rule seen a few times stays near what its check says,
and a rule never seen keeps its prior (no entry).

Run from the repository root: ``python benchmarks/calibrate.py``.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from judge_data import OUT, by_group

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "vardiff" / "judge" / "calibration.json"
DUMPS = (OUT / "dump_demetr.jsonl", OUT / "dump_mqm.jsonl")

# Prior strengths (in examples' worth): how far a few examples may move a rule.
BIAS_STRENGTH = 4.0
WEIGHT_STRENGTH = 4.0


def load(paths: tuple[Path, ...] = DUMPS) -> list[dict[str, Any]]:
    records = []
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            records += [json.loads(line) for line in handle]
    return records


def _key(finding: dict[str, Any]) -> tuple[str, str, str]:
    return (finding["check"], finding["a"], finding["b"])


def _overlaps(span: list[int] | None, spans: list[list[int]]) -> bool:
    return span is not None and any(span[0] < end and start < span[1] for start, end in spans)


def labelled(records: list[dict[str, Any]]) -> list[tuple[dict[str, Any], int]]:
    """(finding, label) for every finding whose label the data decides."""
    out: list[tuple[dict[str, Any], int]] = []
    for group in by_group([r for r in records if r["set"] == "demetr"]).values():
        correct = next((r for r in group if r["kind"] == "correct"), None)
        if correct is None:
            continue
        seen = {_key(f) for f in correct["findings"]}
        out += [(f, 0) for f in correct["findings"]]
        for record in group:
            if record is correct:
                continue
            out += [(f, record["label"]) for f in record["findings"] if _key(f) not in seen]
    for record in (r for r in records if r["set"] == "mqm"):
        for finding in record["findings"]:
            if record["label"] == 0:
                out.append((finding, 0))
            elif _overlaps(finding["b_span"], record["b_errors"]):
                out.append((finding, 1))
    return out


def _logit(p: float) -> float:
    p = min(max(p, 1e-3), 1 - 1e-3)
    return math.log(p / (1 - p))


def fit_rule(rows: list[tuple[dict[str, Any], int]], prior: float) -> dict[str, Any]:
    names = sorted(
        {k for f, _ in rows for k, v in f["evidence"].items() if isinstance(v, (int, float))}
    )
    x = np.array(
        [[float(f["evidence"].get(n, 0.0)) for n in names] for f, _ in rows], dtype=np.float64
    ).reshape(len(rows), len(names))
    y = np.array([label for _, label in rows], dtype=np.float64)
    means = x.mean(axis=0) if names else np.zeros(0)
    scales = x.std(axis=0) if names else np.zeros(0)
    keep = scales > 1e-9
    names = [n for n, k in zip(names, keep, strict=True) if k]
    x = (x[:, keep] - means[keep]) / scales[keep]
    means, scales = means[keep], scales[keep]
    design = np.hstack([np.ones((len(rows), 1)), x])
    centre = np.zeros(design.shape[1])
    centre[0] = _logit(prior)
    precision = np.full(design.shape[1], 1.0 / WEIGHT_STRENGTH)
    precision[0] = 1.0 / BIAS_STRENGTH
    # Prior strengths are in examples' worth: scale the penalty by the data's size.
    penalty = np.diag(precision) * 1.0
    theta = centre.copy()
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(design @ theta, -30, 30)))
        gradient = design.T @ (p - y) + penalty @ (theta - centre)
        hessian = design.T @ (design * (p * (1 - p))[:, None]) + penalty
        step = np.linalg.solve(hessian, gradient)
        theta -= step
        if np.abs(step).max() < 1e-8:
            break
    return {
        "bias": round(float(theta[0]), 4),
        "weights": {n: round(float(w), 4) for n, w in zip(names, theta[1:], strict=True)},
        "means": {n: round(float(m), 4) for n, m in zip(names, means, strict=True)},
        "scales": {n: round(float(s), 4) for n, s in zip(names, scales, strict=True)},
        "examples": len(rows),
        "positives": int(y.sum()),
    }


def fit(records: list[dict[str, Any]]) -> dict[str, Any]:
    rows: dict[str, list[tuple[dict[str, Any], int]]] = defaultdict(list)
    priors: dict[str, list[float]] = defaultdict(list)
    for finding, label in labelled(records):
        rows[finding["check"]].append((finding, label))
        priors[finding["check"]].append(finding["prior"])
    rules = {}
    for check, data in sorted(rows.items()):
        prior = float(np.median(priors[check]))
        rules[check] = fit_rule(data, prior)
    return rules


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=TARGET)
    parser.add_argument("--version", default=f"{date.today().isoformat()}")
    parser.add_argument("--cutoffs", default="0.8,0.5,0.2", help="high,medium,low")
    args = parser.parse_args()
    records = load()
    rules = fit(records)
    high, medium, low = (float(v) for v in args.cutoffs.split(","))
    document = {
        "version": args.version,
        "about": "Written by benchmarks/calibrate.py from the DEMETR and MQM dev sets: per rule, "
        "p = sigmoid(bias + sum(weight * (evidence - mean) / scale)); severity from cutoffs.",
        "cutoffs": {"high": high, "medium": medium, "low": low},
        "rules": rules,
    }
    args.out.write_text(json.dumps(document, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    for check, rule in rules.items():
        print(
            f"{check:28} n={rule['examples']:5} pos={rule['positives']:5} bias={rule['bias']:+.2f} "
            + " ".join(f"{k}={v:+.2f}" for k, v in rule["weights"].items())
        )
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
