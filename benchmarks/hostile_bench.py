"""Time and memory of the hostile inputs of issue 11, each in a fresh process.

* ``yes``: a file of ``Yes.`` lines (``--yes-mb``, 200 MB by default) read and segmented under
  the default sentence limit: peak memory and time until the limit error;
* ``nested``: ``html_to_text`` on 80,000 nested, unmatched tags (``<div><span>`` x 40,000, then
  40,000 stray end tags);
* ``glossary``: the seeds diff (000 against 001, real model, warm cache) with a generated
  10,000-line glossary, against the same diff without one;
* ``repeat``: 20,000 identical lines with one changed in the middle (real model), and 500
  such lines: time, memory and the number of findings.

``--tree DIR`` imports vardiff from another source tree (for example an export of an older
commit: ``git archive COMMIT vardiff | tar -x -C /tmp/old``), so that before and after are
measured by the same script on the same machine. Peak memory is the child's max RSS.

Run from the repository root: ``nice -n 10 python benchmarks/hostile_bench.py [--only yes,...]``.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

_PRELUDE = "import sys, time; sys.path.insert(0, {tree!r}); started = time.perf_counter()\n"

CASES = {
    "yes": """
from vardiff._source import read_source
from vardiff import Comparer, LimitError
from vardiff._embed import SentenceEmbedder
source = read_source({path!r})
comparer = Comparer(embedder=SentenceEmbedder(None, cache=None))
try:
    comparer.segment(source.text, name="yes.txt")
    outcome = "segmented"
except LimitError as exc:
    outcome = "LimitError: " + str(exc)[:60]
""",
    "nested": """
from vardiff._html import html_to_text
markup = "<div><span>" * 40_000 + "The army sent three million shells." + "</i>" * 40_000
outcome = repr(html_to_text(markup)[:40])
""",
    "glossary": """
import vardiff
a = open({a!r}, encoding="utf-8").read()
b = open({b!r}, encoding="utf-8").read()
report = vardiff.compare(a, b, glossary={glossary!r})
outcome = f"{{sum(len(p.findings) for p in report.pairs)}} findings"
""",
    "repeat": """
import vardiff
line = "The army sent three million shells to the front.\\n"
n = {lines}
a = line * n
b = line * (n // 2) + line.replace("three", "five") + line * (n - n // 2 - 1)
report = vardiff.compare(a, b)
outcome = f"{{sum(len(p.findings) for p in report.pairs)}} findings"
""",
}


TIMEOUT = 900  # seconds a case may take; --timeout changes it


def run(case: str, tree: str, **fields: object) -> dict[str, object]:
    code = _PRELUDE.format(tree=tree) + CASES[case].format(**fields)
    code += "\nprint(repr((outcome, time.perf_counter() - started)))\n"
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    try:
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=TIMEOUT
        )
    except subprocess.TimeoutExpired:
        # The quadratic cases of older code can run for many minutes: record, go on.
        return {"case": case, "outcome": f"timed out after {TIMEOUT} s", "seconds": None}
    wall = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if done.returncode != 0:
        outcome, inner = f"exit {done.returncode}: {done.stderr.strip()[-200:]}", wall
    else:
        outcome, inner = eval(done.stdout.strip().splitlines()[-1])  # our own repr
    return {
        "case": case,
        "outcome": outcome,
        "seconds": round(inner, 2),
        "wall_seconds": round(wall, 2),
        # ru_maxrss of children is the largest child so far: only a rise is this child's.
        "peak_mib": round(peak / 1024) if peak > before else f"<= {round(before / 1024)}",
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tree", default=str(ROOT), help="source tree to import vardiff from")
    parser.add_argument("--only", default="yes,nested,glossary,repeat")
    parser.add_argument("--yes-mb", type=int, default=200)
    parser.add_argument("--timeout", type=int, default=TIMEOUT, help="seconds a case may take")
    args = parser.parse_args()
    globals()["TIMEOUT"] = args.timeout
    only = args.only.split(",")
    results = []
    with tempfile.TemporaryDirectory() as scratch:
        if "yes" in only:
            path = Path(scratch) / "yes.txt"
            with open(path, "wb") as stream:
                block = b"Yes.\n" * 200_000
                for _ in range(args.yes_mb * 1_000_000 // len(block)):
                    stream.write(block)
            results.append(run("yes", args.tree, path=str(path)))
            path.unlink()
        if "nested" in only:
            results.append(run("nested", args.tree))
        if "glossary" in only:
            glossary = Path(scratch) / "glossary.txt"
            rng = random.Random(0)

            def word() -> str:
                return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(7))

            rules = [f"{word()} {word()} = {word()}" for _ in range(5_000)]
            rules += [f"{word()} != {word()}" for _ in range(5_000)]
            glossary.write_text("\n".join(rules) + "\n", encoding="utf-8")
            seeds = {
                "a": str(SEEDS / "000_8e0ae4692c9434e6.txt"),
                "b": str(SEEDS / "001_cc5935cab9c0f7a2.txt"),
            }
            results.append(run("glossary", args.tree, glossary=None, **seeds))  # warms the cache
            results[-1]["case"] = "glossary: none"
            results.append(run("glossary", args.tree, glossary=str(glossary), **seeds))
            results[-1]["case"] = "glossary: 10,000 lines"
        if "repeat" in only:
            for lines in (500, 20_000):
                results.append(run("repeat", args.tree, lines=lines))
                results[-1]["case"] = f"repeat: {lines:,} identical lines, one changed"
    print(json.dumps({"tree": args.tree, "results": results}, indent=2))


if __name__ == "__main__":
    main()
