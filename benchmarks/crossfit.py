"""How the fitted calibration does on items it was not fitted on: a cross-fit by item.

The shipped calibration is fitted on the whole dev sets, so ``judge_bench.py`` reports
in-sample figures. Here the dev items are split in ``FOLDS`` folds by a hash of the item (a
DEMETR item with all its translations and its revisions, an MQM segment with all its systems, a
contrast pair), a calibration is fitted on all folds but one exactly as ``calibrate.py`` fits
the shipped one (rules and cut-offs), and every pair is scored by the calibration fitted on the
folds it is not in. The gap between the two tables is what fitting on the same items adds: a judge
that generalises shows little of it, and held-out data should land near the cross-fit column.

Run from the repository root, after the dumps of ``judge_data.py``:
``python benchmarks/crossfit.py [--out rows.json] [--salt S]``.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import judge_bench
from calibrate import FOLDS, calibration_document, fold_of, load

from vardiff.judge._calibration import Calibration, load_calibration, parse_calibration


def crossfit(
    records: list[dict[str, Any]], *, in_sample_cutoffs: bool = False, salt: str = ""
) -> dict[str, Calibration]:
    """Per record id, the calibration fitted on the folds it is not in; another ``salt`` draws
    another split of the items."""
    by_fold = {
        fold: parse_calibration(
            calibration_document(
                [r for r in records if fold_of(r, salt=salt) != fold],
                version=f"crossfit-{fold}",
                sets=f"all but fold {fold}",
                in_sample_cutoffs=in_sample_cutoffs,
            )
        )
        for fold in range(FOLDS)
    }
    return {r["id"]: by_fold[fold_of(r, salt=salt)] for r in records}


def _cell(row: dict[str, Any]) -> str:
    auc = "–" if math.isnan(row["auc"]) else f"{row['auc']:.3f}"
    return f"{row['flagged']:.1%} | {auc}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="write both tables' rows as JSON")
    parser.add_argument(
        "--in-sample-cutoffs",
        action="store_true",
        help="fit each fold's cut-offs on its own training pairs (the earlier procedure)",
    )
    parser.add_argument(
        "--salt",
        default="",
        help="draw another split of the items into folds (a setting chosen on the default "
        "split is checked on another)",
    )
    args = parser.parse_args()
    records = load()
    held_out = crossfit(records, in_sample_cutoffs=args.in_sample_cutoffs, salt=args.salt)
    shipped = load_calibration()
    in_sample = judge_bench.evaluate(records, shipped)
    crossed = judge_bench.evaluate(
        records, None, scorer=lambda r: judge_bench.scored(r, held_out[r["id"]])
    )
    print(f"in-sample: {shipped.version}; cross-fit: {FOLDS} folds by item, salt {args.salt!r}\n")
    print(
        "| set | kind | class | n | in-sample: fails gate | in-sample: AUC "
        "| cross-fit: fails gate | cross-fit: AUC |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for mine, theirs in zip(in_sample, crossed, strict=True):
        print(
            f"| {mine['set']} | {mine['kind']} | {mine['class']} | {mine['n']} "
            f"| {_cell(mine)} | {_cell(theirs)} |"
        )
    if args.out:
        rows = {"in_sample": in_sample, "cross_fit": crossed}
        args.out.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
