"""What the judge makes of the MQM experts' marks, from the dumps of ``judge_data.py``.

``judge_bench.py`` gives one AUC for the MQM sets; this script says where it comes from, so that
a check for real translation errors starts from the data (issue 7):

* the major-error segments by what the experts marked (mistranslation, omission, addition,
  terminology), each group's AUC against the error-free segments and share failing the gate;
* what no reference-based check can see: major segments whose every marked span stands word for
  word in the reference too, and pairs whose two texts recur with both labels (one rater marked
  an error, another did not);
* per check: its findings on a marked span, elsewhere in a major segment (an A-side finding
  has no B span, so it is never "on" one) and in error-free segments, with the mean calibrated
  score of each and the AUC of that score on-span against error-free (0.5: the check's score
  does not tell them apart, whatever it fires on);
* beside the judge, the AUC of the segment's length and of its count of changed words, which
  need no model: a judge that scores by how much changed lands near them.

``--examples N`` prints the N lowest-scored major segments (spans, texts, findings) and the N
highest-scored error-free ones. Nothing here is fitted; the calibration is the shipped one
unless ``--calibration`` names another file.

Run from the repository root: ``python benchmarks/mqm_errors.py [--sets mqm,mqm_systems]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import judge_data
from calibrate import load
from judge_bench import auc, scored
from judge_data import major_categories

from vardiff.judge._calibration import Calibration, load_calibration, parse_calibration

Record = dict[str, Any]
# The order in which a segment's major categories name its group: an omission or addition
# beside a mistranslation is counted with them, as the rarer and plainer kind.
_GROUPS = ("Omission", "Addition", "Mistranslation", "Inappropriate for context")


def group_of(record: Record, categories: dict[tuple[str, str, str], set[str]]) -> str:
    """The error group of a major record: the categories of its B system's segment."""
    marked = categories.get(judge_data.mqm_segment(record), set())
    return next((g for g in _GROUPS if g in marked), "other")


def on_span(finding: Record, record: Record) -> bool:
    span: list[int] | None = finding.get("b_span")
    return span is not None and any(
        span[0] < end and start < span[1] for start, end in record["b_errors"]
    )


def texts(sets: list[str]) -> dict[str, tuple[str, str]]:
    """Each item's two texts, by id: the dumps keep the findings, not the texts."""
    return {item["id"]: (item["a"], item["b"]) for name in sets for item in judge_data.SETS[name]()}


def report(
    records: list[Record], calibration: Calibration, pairs: dict[str, tuple[str, str]]
) -> dict[str, Any]:
    categories = major_categories()
    major = [r for r in records if r["label"] == 1]
    clean = [r for r in records if r["kind"] == "no-error"]
    score = {r["id"]: scored(r, calibration) for r in major + clean}
    negatives = [score[r["id"]][0] for r in clean]
    by_group: dict[str, list[Record]] = defaultdict(list)
    for record in major:
        by_group[group_of(record, categories)].append(record)
    groups = {
        name: {
            "n": len(rs),
            "auc": auc([score[r["id"]][0] for r in rs], negatives),
            "failing": sum(score[r["id"]][1] for r in rs) / len(rs),
        }
        for name, rs in sorted(by_group.items(), key=lambda kv: -len(kv[1]))
    }
    verbatim = sum(
        1
        for r in major
        if r["b_errors"]
        and all(
            pairs[r["id"]][1][s:e].strip().lower() in pairs[r["id"]][0].lower()
            for s, e in r["b_errors"]
        )
    )
    labels: dict[tuple[str, str], set[int]] = defaultdict(set)
    for r in major + clean:
        labels[pairs[r["id"]]].add(r["label"])
    both = {key for key, seen in labels.items() if len(seen) == 2}
    return {
        "major": len(major),
        "error_free": len(clean),
        "auc": auc([score[r["id"]][0] for r in major], negatives),
        "failing_major": sum(score[r["id"]][1] for r in major) / len(major),
        "failing_error_free": sum(score[r["id"]][1] for r in clean) / len(clean),
        "auc_words": auc([r["words"] for r in major], [r["words"] for r in clean]),
        "auc_changed_words": auc(
            [r["pair"]["pair.changed_words"] for r in major],
            [r["pair"]["pair.changed_words"] for r in clean],
        ),
        "groups": groups,
        "spans_in_reference": verbatim,
        "without_span": sum(1 for r in major if not r["b_errors"]),
        "pairs_with_both_labels": len(both),
        "items_in_them": sum(1 for r in major + clean if pairs[r["id"]] in both),
        "checks": by_check(major, clean, calibration),
    }


def by_check(
    major: list[Record], clean: list[Record], calibration: Calibration
) -> dict[str, dict[str, float]]:
    scores: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for record in major + clean:
        for finding in record["findings"]:
            p, _ = calibration.judged(finding["check"], finding["evidence"], finding["prior"])
            where = (
                "error_free"
                if record["label"] == 0
                else "on_span"
                if on_span(finding, record)
                else "elsewhere"
            )
            scores[finding["check"]][where].append(p)
    rows: dict[str, dict[str, float]] = {}
    for check, places in scores.items():
        row: dict[str, float] = {}
        for where in ("on_span", "elsewhere", "error_free"):
            values = places.get(where, [])
            row[where] = len(values)
            row[f"p_{where}"] = sum(values) / len(values) if values else float("nan")
        row["auc_on_span"] = auc(places.get("on_span", []), places.get("error_free", []))
        rows[check] = row
    return dict(sorted(rows.items(), key=lambda kv: -(kv[1]["on_span"] + kv[1]["error_free"])))


def markdown(name: str, result: dict[str, Any], top: int) -> str:
    lines = [
        f"## {name}: {result['major']} major-error segments, {result['error_free']} error-free",
        "",
        f"AUC {result['auc']:.3f}; failing the gate: major {result['failing_major']:.1%}, "
        f"error-free {result['failing_error_free']:.1%}. Without a model: length "
        f"{result['auc_words']:.3f}, changed words {result['auc_changed_words']:.3f}.",
        f"Out of reach of the reference: {result['spans_in_reference']} major segments whose "
        f"every marked span stands word for word in A; {result['without_span']} with no span "
        f"in B (an omission marked on the source); {result['pairs_with_both_labels']} pairs of "
        f"texts seen with both labels ({result['items_in_them']} items).",
        "",
        "| group | n | AUC | failing |",
        "|---|---|---|---|",
    ]
    for group, row in result["groups"].items():
        lines.append(f"| {group} | {row['n']} | {row['auc']:.3f} | {row['failing']:.1%} |")
    lines += [
        "",
        "| check | on span | elsewhere | error-free | mean p (on / else / free) | AUC on span |",
        "|---|---|---|---|---|---|",
    ]
    for check, row in list(result["checks"].items())[:top]:
        lines.append(
            f"| {check} | {row['on_span']:.0f} | {row['elsewhere']:.0f} | "
            f"{row['error_free']:.0f} | {row['p_on_span']:.2f} / {row['p_elsewhere']:.2f} / "
            f"{row['p_error_free']:.2f} | {row['auc_on_span']:.3f} |"
        )
    return "\n".join(lines)


def examples(
    records: list[Record],
    calibration: Calibration,
    pairs: dict[str, tuple[str, str]],
    count: int,
) -> str:
    major = sorted((r for r in records if r["label"] == 1), key=lambda r: scored(r, calibration)[0])
    clean = sorted(
        (r for r in records if r["kind"] == "no-error"),
        key=lambda r: -scored(r, calibration)[0],
    )
    out: list[str] = []
    for title, chosen in (("lowest-scored major", major), ("highest-scored error-free", clean)):
        out.append(f"### {title}")
        for record in chosen[:count]:
            a, b = pairs[record["id"]]
            spans = [b[s:e] for s, e in record["b_errors"]]
            out.append(f"- {record['id']} {scored(record, calibration)[0]:.2f} marked {spans}")
            out += [f"  A: {a}", f"  B: {b}"]
            for finding in record["findings"]:
                p, _ = calibration.judged(finding["check"], finding["evidence"], finding["prior"])
                if p >= 0.15:
                    out.append(
                        f"    {finding['check']} {p:.2f} {finding['a']!r} -> {finding['b']!r}"
                    )
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default="mqm,mqm_systems")
    parser.add_argument("--calibration", type=Path, help="a calibration file (default: shipped)")
    parser.add_argument("--checks", type=int, default=25, help="rows of the per-check table")
    parser.add_argument("--examples", type=int, default=0)
    parser.add_argument("--out", type=Path, help="write the figures as JSON")
    args = parser.parse_args()
    calibration = (
        parse_calibration(json.loads(args.calibration.read_text()))
        if args.calibration
        else load_calibration()
    )
    sets = args.sets.split(",")
    pairs = texts(sets)
    results: dict[str, Any] = {}
    for name in sets:
        records = load((judge_data.OUT / f"dump_{name}.jsonl",))
        results[name] = report(records, calibration, pairs)
        print(markdown(name, results[name], args.checks), end="\n\n")
        if args.examples:
            print(examples(records, calibration, pairs, args.examples), end="\n\n")
    if args.out:
        args.out.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
