"""Settings of the calibration's fit (``calibrate.py``), measured out of fold.

Each setting (a few of ``calibrate.py``'s module constants, overridden) is fitted as
``crossfit.py`` fits the shipped calibration: five folds by item, each scored by rules and
cut-offs fitted on the other four; and, with ``--in-sample``, once on all the items and scored on
them. Per setting, one line: the quiet sets' failing rates, the mean caught and AUC over
DEMETR's critical kinds, MQM's AUC, and a score J that weighs them, fixed before the first run:

    J = 100 * (mean AUC of the 8 DEMETR critical kinds + MQM AUC) / 2
        + 0.5 * mean caught (%) over the 8 DEMETR critical kinds
        - mean failing (%) over the quiet sets (DEMETR correct, MQM error-free, mqm_systems'
          honest edits, the revisions' minor edits, the contrast controls)

under the constraints DEMETR correct <= 10 %, MQM error-free <= 20 % (a setting that breaks
one is marked ``!``). Choose on one split (``--salt``) and report on another.

Run from the repository root, after the dumps of ``judge_data.py``:
``python benchmarks/calfit_sweep.py 'WEIGHT_SD=0.5' 'WEIGHT_SD=0.5;MIN_EXAMPLES=30' ...``
(``base`` is the settings as they stand; each argument is ``;``-separated ``NAME=VALUE``
assignments, VALUE a Python literal).
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import calibrate
import judge_bench
from crossfit import crossfit

from vardiff.judge._calibration import parse_calibration

QUIET = {
    "demetr": "DEMETR correct",
    "mqm": "MQM error-free",
    "mqm_systems": "honest edits",
    "revision": "revision minor",
    "contrast": "contrast controls",
}
LIMITS = {"demetr": 0.10, "mqm": 0.20}


def summary(rows: list[dict[str, Any]]) -> dict[str, float]:
    """The figures J weighs, from ``judge_bench.evaluate``'s rows."""
    out: dict[str, float] = {}
    for name in QUIET:
        of_set = [r for r in rows if r["set"] == name]
        if of_set:
            out[f"quiet.{name}"] = of_set[0]["negatives_flagged"]
    critical = [r for r in rows if r["set"] == "demetr" and r["class"] == "critical"]
    out["caught"] = float(np.mean([r["flagged"] for r in critical]))
    out["auc"] = float(np.mean([r["auc"] for r in critical]))
    mqm = [r for r in rows if r["set"] == "mqm" and not np.isnan(r["auc"])]
    out["mqm_auc"] = mqm[0]["auc"] if mqm else float("nan")
    for r in critical:
        out[f"kind.{r['kind']}"] = r["flagged"]
        out[f"auc.{r['kind']}"] = r["auc"]
    for r in rows:
        if r["set"] == "demetr" and r["kind"] in ("addition",):
            out["addition_auc"] = r["auc"]
    quiet = [v for k, v in out.items() if k.startswith("quiet.")]
    out["J"] = (
        100 * (out["auc"] + out["mqm_auc"]) / 2 + 50 * out["caught"] - 100 * float(np.mean(quiet))
    )
    out["ok"] = float(all(out.get(f"quiet.{s}", 0.0) <= v for s, v in LIMITS.items()))
    return out


def parse_setting(text: str) -> dict[str, Any]:
    if text == "base":
        return {}
    setting = {}
    for part in filter(None, (p.strip() for p in text.split(";"))):
        name, _, value = part.partition("=")
        if not hasattr(calibrate, name.strip()):
            raise SystemExit(f"calibrate.py has no {name.strip()}")
        setting[name.strip()] = ast.literal_eval(value.strip())
    return setting


class _Cached:
    """``calibrate.labelled`` over all the records once; a subset's rows are read from it (the
    labels of a DEMETR item depend on that item's pairs only, and folds keep items whole)."""

    def __init__(self, records: list[dict[str, Any]]) -> None:
        self.original = calibrate.labelled
        self.owner = {id(f): id(r) for r in records for f in r["findings"]}
        self.sets = {id(r): r["set"] for r in records}
        self.key: tuple[Any, ...] | None = None
        self.rows: list[calibrate.Row] = []
        self.all = records

    def __call__(self, records: list[dict[str, Any]]) -> list[calibrate.Row]:
        key = (calibrate.PERTURBED_WEIGHT, tuple(sorted(calibrate.SET_WEIGHTS.items())))
        if key != self.key:
            self.rows, self.key = self.original(self.all), key
        inside = {id(r) for r in records}
        return [row for row in self.rows if self.owner[id(row[0])] in inside]


def measure(
    records: list[dict[str, Any]], setting: dict[str, Any], *, salt: str, in_sample: bool
) -> dict[str, dict[str, float]]:
    saved = {name: getattr(calibrate, name) for name in setting}
    try:
        for name, value in setting.items():
            setattr(calibrate, name, value)
        held_out = crossfit(records, salt=salt)
        result = {
            "oof": summary(
                judge_bench.evaluate(
                    records, None, scorer=lambda r: judge_bench.scored(r, held_out[r["id"]])
                )
            )
        }
        if in_sample:
            whole = parse_calibration(
                calibrate.calibration_document(records, version="sweep", sets="all")
            )
            result["in"] = summary(judge_bench.evaluate(records, whole))
        return result
    finally:
        for name, value in saved.items():
            setattr(calibrate, name, value)


def line(label: str, figures: dict[str, float]) -> str:
    quiet = " ".join(f"{figures[f'quiet.{s}']:6.1%}" for s in QUIET if f"quiet.{s}" in figures)
    flag = " " if figures["ok"] else "!"
    return (
        f"{flag}J={figures['J']:6.2f} quiet {quiet} | caught {figures['caught']:.1%} "
        f"AUC {figures['auc']:.3f} MQM {figures['mqm_auc']:.3f} | {label}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("settings", nargs="*", default=["base"])
    parser.add_argument("--salt", default="", help="the split of the items into folds")
    parser.add_argument("--in-sample", action="store_true", help="also fit and score on all")
    parser.add_argument("--out", type=Path, help="append each setting's figures as JSON lines")
    args = parser.parse_args()
    records = calibrate.load()
    calibrate.labelled = _Cached(records)  # type: ignore[assignment]
    print("quiet: " + ", ".join(QUIET[s] for s in QUIET), flush=True)
    for text in args.settings:
        figures = measure(records, parse_setting(text), salt=args.salt, in_sample=args.in_sample)
        for where, values in figures.items():
            print(line(f"{where} {text}", values), flush=True)
        if args.out:
            with args.out.open("a", encoding="utf-8") as handle:
                handle.write(json.dumps({"setting": text, "salt": args.salt, **figures}) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
