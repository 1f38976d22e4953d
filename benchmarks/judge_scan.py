"""Judge every development pair without the model, and compare two such scans.

A change to a check is measured here before any dump: the judge runs with no embedder
(``Judge(embedder=None)``, so the phrase-similarity evidence is absent) and uncalibrated (each
finding keeps its check's prior), over the pairs of ``judge_data.py``'s sets, and writes one
line per pair: its key (set, id, kind, label), its two texts and its findings (check, prior,
the spans' words). Two scans of two checkouts then show which pairs a change touches, and
which of them are quiet pairs (label 0) and which meaning changes (label 1)::

    python benchmarks/judge_scan.py scan OUT.jsonl [--code DIR] [--sets ...] [--grep REGEX]
    python benchmarks/judge_scan.py diff BASE.jsonl NEW.jsonl [--show N]

``--code DIR`` scans the ``vardiff`` package of another checkout (an earlier revision, unpacked
with ``git archive REV | tar -x -C DIR``); ``--grep`` keeps the pairs whose A or B text matches
(case-insensitive) and ``--ids FILE`` the items whose id the file lists (say, those a dump shows
holding the check a rule changes), so a rule's scan is quick, and ``diff`` compares it against
a full base scan. About 25 pairs a second on one core; the five sets hold about 20,000 pairs.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SETS = ("demetr", "revision", "contrast", "mqm", "mqm_systems")


def _items(
    sets: list[str], grep: str | None, limit: int, ids: set[str] | None = None
) -> Iterator[dict[str, Any]]:
    import judge_data

    makers = {
        "demetr": judge_data.demetr_items,
        "revision": judge_data.revision_items,
        "contrast": judge_data.contrast_items,
        "mqm": judge_data.mqm_items,
        "mqm_systems": judge_data.mqm_system_items,
    }
    pattern = re.compile(grep, re.IGNORECASE) if grep else None
    for name in sets:
        for number, item in enumerate(makers[name]()):
            if limit and number >= limit:
                break
            if ids is not None and item["id"] not in ids:
                continue
            if pattern is None or pattern.search(item["a"]) or pattern.search(item["b"]):
                yield item


def scan(
    out: Path,
    *,
    code: Path,
    sets: list[str],
    grep: str | None,
    limit: int,
    ids: set[str] | None = None,
) -> int:
    sys.path.insert(0, str(code))
    sys.path.insert(1, str(Path(__file__).resolve().parent))
    import vardiff
    from vardiff.judge import Calibration, Judge
    from vardiff.judge._calibration import DEFAULT_CUTOFFS

    if not Path(vardiff.__file__).resolve().is_relative_to(code.resolve()):
        print(f"judge_scan: vardiff imported from {vardiff.__file__}, not {code}", file=sys.stderr)
        return 2
    judge = Judge(
        embedder=None, calibration=Calibration(version="none", cutoffs=DEFAULT_CUTOFFS, rules={})
    )
    items = list(_items(sets, grep, limit, ids))
    started = time.perf_counter()
    with out.open("w", encoding="utf-8") as handle:
        for first in range(0, len(items), 200):
            batch = items[first : first + 200]
            pairs = [
                vardiff.Pair(
                    a=(0,),
                    b=(0,),
                    similarity=0.9,  # no model: a fixed cosine, the same in every scan
                    status="equal" if item["a"] == item["b"] else "changed",
                    a_text=item["a"],
                    b_text=item["b"],
                    ops=vardiff.word_diff(item["a"], item["b"]),
                )
                for item in batch
            ]
            sentences = [
                (
                    [s.text for s in vardiff.segment(item["a"])] or [item["a"]],
                    [s.text for s in vardiff.segment(item["b"])] or [item["b"]],
                )
                for item in batch
            ]
            for item, findings in zip(
                batch, judge.judge_all(pairs, sentences=sentences), strict=True
            ):
                record = {
                    "key": f"{item['set']}|{item['id']}|{item['kind']}|{item['label']}",
                    "a": item["a"],
                    "b": item["b"],
                    "findings": sorted([f.check, round(f.score, 3), f.a, f.b] for f in findings),
                }
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            done = first + len(batch)
            rate = done / (time.perf_counter() - started)
            print(f"{done}/{len(items)} pairs, {rate:.1f}/s", file=sys.stderr, flush=True)
    return 0


def _read(path: Path) -> dict[str, dict[str, Any]]:
    """A scan by pair: the key and both texts (one DEMETR id holds several pairs)."""
    with path.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    return {f"{r['key']}\t{r['a']}\t{r['b']}": r for r in records}


def diff(base_path: Path, new_path: Path, *, show: int) -> int:
    base, new = _read(base_path), _read(new_path)
    shared = [key for key in new if key in base]
    changed = [key for key in shared if base[key]["findings"] != new[key]["findings"]]
    print(f"{len(shared)} pairs in both scans, {len(changed)} with other findings")
    moves: Counter[str] = Counter()
    by_label: Counter[str] = Counter()
    for key in changed:
        before = {tuple(f[:2]) for f in base[key]["findings"]}
        after = {tuple(f[:2]) for f in new[key]["findings"]}
        moves.update(f"-{check}" for check, _ in before - after)
        moves.update(f"+{check}" for check, _ in after - before)
        label = base[key]["key"].rsplit("|", 1)[1]
        by_label["quiet pairs (label 0)" if label == "0" else "meaning changes (label 1)"] += 1
    print(dict(by_label))
    print(", ".join(f"{move} {count}" for move, count in moves.most_common()))
    for key in changed[:show]:
        old, now = base[key], new[key]
        print(f"== {old['key']}\n   A: {old['a']}\n   B: {old['b']}")
        before = {json.dumps(f) for f in old["findings"]}
        after = {json.dumps(f) for f in now["findings"]}
        for line in sorted(before - after):
            print(f"   - {line}")
        for line in sorted(after - before):
            print(f"   + {line}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    scanning = commands.add_parser("scan", help="judge the dev pairs without the model")
    scanning.add_argument("out", type=Path)
    scanning.add_argument("--code", type=Path, default=ROOT, help="checkout whose vardiff runs")
    scanning.add_argument("--sets", default=",".join(SETS))
    scanning.add_argument("--grep", help="keep pairs whose A or B matches (case-insensitive)")
    scanning.add_argument("--limit", type=int, default=0, help="first N items of each set")
    scanning.add_argument(
        "--ids",
        type=Path,
        help="a file of item ids, one a line (a dump's ids that hold some check): only those",
    )
    comparing = commands.add_parser("diff", help="the pairs whose findings differ")
    comparing.add_argument("base", type=Path)
    comparing.add_argument("new", type=Path)
    comparing.add_argument("--show", type=int, default=40, help="pairs printed in full")
    args = parser.parse_args()
    if args.command == "scan":
        unknown = set(args.sets.split(",")) - set(SETS)
        if unknown:
            parser.error(f"unknown sets: {', '.join(sorted(unknown))}")
        ids = set(args.ids.read_text(encoding="utf-8").split()) if args.ids else None
        return scan(
            args.out,
            code=args.code,
            sets=args.sets.split(","),
            grep=args.grep,
            limit=args.limit,
            ids=ids,
        )
    return diff(args.base, args.new, show=args.show)


if __name__ == "__main__":
    sys.exit(main())
