"""Start-up: a whole `vardiff diff` process on the seeds, against the imports it cannot avoid.

Four commands, run interleaved (one of each per round, in a rotating order) so that load on a
shared machine falls on all of them alike; medians of ``--rounds`` rounds, and the ratios of
those medians:

- cold: ``vardiff diff A B`` with an empty cache folder (``--cache-dir`` and
  ``VARDIFF_CACHE_DIR`` both: the model loads, every sentence and judge phrase is embedded,
  the lexicon is compiled), against ``python -c "import sentence_transformers"``;
- warm: the same diff with that folder filled by an earlier run (no model, no torch), against
  ``python -c "import rich, typer"``, twice: "warm diff" finds the finished report in the
  folder's report cache (the default), "warm diff, embeddings only" runs with
  ``VARDIFF_NO_REPORT_CACHE=1`` and reads only the embeddings and the compiled lexicon (it
  aligns, diffs and judges: the warm figure before the report cache existed).

The diff is the plain command, text view on stdout (a pipe, so no colour and no progress bars);
``--format json`` times the JSON report instead. ``--only warm`` or ``--only cold`` runs one of
the two comparisons. Wall time and CPU time (user + system of the child) are both reported: CPU
time is less disturbed by other processes on a loaded machine. Children run with byte-code
caching on (in a temporary ``PYTHONPYCACHEPREFIX``), as an installed package has it, whatever
``PYTHONDONTWRITEBYTECODE`` says: otherwise a source checkout recompiles every module on every
run while site-packages' byte code is already there; one untimed run of each command first.

    python benchmarks/startup_bench.py [--rounds 5] [--only warm] [--a A --b B]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def _run(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one child process (which must succeed)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(argv, cwd=ROOT, capture_output=True, check=False, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{argv}: exit {done.returncode}: {done.stderr.decode()[-500:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--a", type=Path, default=next(SEEDS.glob("000_*.txt")))
    parser.add_argument("--b", type=Path, default=next(SEEDS.glob("001_*.txt")))
    parser.add_argument(
        "--model", default=None, help="--model for vardiff diff (default: the default model)"
    )
    parser.add_argument("--out", type=Path, default=None, help="write the figures as JSON here")
    parser.add_argument("--only", choices=("cold", "warm"), default=None)
    parser.add_argument("--format", choices=("text", "json"), default="text")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="vardiff-startup-"))
    python = sys.executable
    diff = [python, "-m", "vardiff.cli", "diff", str(args.a), str(args.b), "-f", args.format]
    if args.model:
        diff += ["--model", args.model]
    unset = ("PYTHONDONTWRITEBYTECODE", "VARDIFF_NO_REPORT_CACHE")
    base = {k: v for k, v in os.environ.items() if k not in unset}
    base["PYTHONPYCACHEPREFIX"] = str(work / "pycache")

    def in_cache(folder: Path, **env: str) -> tuple[list[str], dict[str, str]]:
        return [*diff, "--cache-dir", str(folder)], {
            **base,
            "VARDIFF_CACHE_DIR": str(folder),
            **env,
        }

    def plain(code: str) -> tuple[list[str], dict[str, str]]:
        return [python, "-c", code], base

    cold: dict[str, Callable[[int], tuple[list[str], dict[str, str]]]] = {
        "cold diff": lambda k: in_cache(work / f"cold{k}"),
        "import sentence_transformers": lambda k: plain("import sentence_transformers"),
    }
    warm: dict[str, Callable[[int], tuple[list[str], dict[str, str]]]] = {
        "warm diff": lambda k: in_cache(work / "warm"),
        "warm diff, embeddings only": lambda k: in_cache(
            work / "warm", VARDIFF_NO_REPORT_CACHE="1"
        ),
        "import rich, typer": lambda k: plain("import rich, typer"),
    }
    commands = {**(cold if args.only != "warm" else {}), **(warm if args.only != "cold" else {})}
    names = list(commands)
    wall: dict[str, list[float]] = {name: [] for name in names}
    cpu: dict[str, list[float]] = {name: [] for name in names}
    try:
        for name in names:  # untimed: byte code, and the warm cache filled
            _run(*commands[name](-1))
        for k in range(args.rounds):
            for name in names[k % len(names) :] + names[: k % len(names)]:
                seconds, used = _run(*commands[name](k))
                wall[name].append(seconds)
                cpu[name].append(used)
                print(f"round {k + 1} {name}: {seconds:.2f} s wall, {used:.2f} s cpu", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    def median(values: list[float]) -> float:
        return statistics.median(values)

    rows = []
    for run, reference in (
        ("cold diff", "import sentence_transformers"),
        ("warm diff", "import rich, typer"),
        ("warm diff, embeddings only", "import rich, typer"),
    ):
        if run not in commands:
            continue
        pairs = [w / r for w, r in zip(wall[run], wall[reference], strict=True)]
        rows.append(
            {
                "run": run,
                "reference": reference,
                "run_wall_s": round(median(wall[run]), 3),
                "reference_wall_s": round(median(wall[reference]), 3),
                "ratio_wall": round(median(wall[run]) / median(wall[reference]), 3),
                "ratio_wall_per_round": [round(p, 3) for p in pairs],
                "ratio_cpu": round(median(cpu[run]) / median(cpu[reference]), 3),
            }
        )
    print()
    print("| run | s (median) | reference | s (median) | ratio wall (rounds min-max) | ratio cpu |")
    print("|---|---|---|---|---|---|")
    for row in rows:
        spread = row["ratio_wall_per_round"]
        print(
            f"| {row['run']} | {row['run_wall_s']:.2f} | `{row['reference']}` | "
            f"{row['reference_wall_s']:.2f} | **{row['ratio_wall']:.2f}** "
            f"({min(spread):.2f}-{max(spread):.2f}) | {row['ratio_cpu']:.2f} |"
        )
    print(f"\n{args.rounds} interleaved rounds, load average {os.getloadavg()[0]:.1f} at the end")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        figures = {"rounds": args.rounds, "format": args.format, "rows": rows}
        args.out.write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
