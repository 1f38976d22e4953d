"""Throughput of many comparisons: a loop of `vardiff diff` calls against `vardiff batch`.

    nice -n 10 python benchmarks/batch_bench.py [--pairs 200] [--loop-pairs 10]
        [--loop-seed 12] [--methods loop,workers1,workers2,ray]
        [--out benchmarks/out/batch_bench.json]

Pairs come from the MQM dev talks (benchmarks/data/mqm_ted_zhen.dev.tsv): each talk's `ref`
translation against each other version (13 systems and `refB`), cut into pieces of
`--segments` consecutive segments (an article of about 1,400 characters), one segment a line.
Every method starts from its own empty embedding cache, so each pays for its embeddings as a
first run of the day would; within a method the cache is shared, as it is in real use (a `ref`
piece recurs against 14 versions).

Methods, each in its own process tree, timed from start to exit (model loads, Ray start-up and
all): `loop` runs `vardiff diff A B -f json -o FILE` once per pair, on a random sample of
`--loop-pairs` pairs of the manifest (seeded by `--loop-seed`; the full loop would take most of
an hour), in two halves, the first before the batch methods and the second after them, so that
a change of the machine's load during the run weighs on both sides of the ratio; `workers1` and
`workers2` run `vardiff batch --workers N`; `ray` runs `vardiff batch --engine ray` on a local
Ray cluster of the same 2 cores. Peak memory is the largest VmHWM (peak resident set) of each
kind of process in the tree, sampled from /proc every 0.2 s: the driver, each worker (a pool
process or a Ray actor) and, for Ray, its own services. The batch methods must write the same
lines, id by id; the script checks that.

The machine is shared: before each method a fixed pure-Python loop is timed (`spin`), and the
load average is recorded, so a reader can see how much the neighbours took. Compare the ratios
of one run, not seconds across runs.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import shutil
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data" / "mqm_ted_zhen.dev.tsv"
METHODS = ("loop", "workers1", "workers2", "ray")


def build_corpus(folder: Path, *, pairs: int, segments: int) -> list[dict[str, str]]:
    """Article-sized pieces of each talk, `ref` against every other version, as files."""
    texts: dict[tuple[str, str], dict[int, str]] = defaultdict(dict)
    with DATA.open(encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE):
            segment = int(row["seg_id"])
            texts[(row["doc"], row["system"])].setdefault(
                segment, re.sub(r"</?v>", "", row["target"]).strip()
            )
    talks = sorted({doc for doc, _ in texts})
    versions = sorted({system for _, system in texts} - {"ref"})
    rows: list[dict[str, str]] = []
    # Version by version within each piece, so that any prefix of the manifest holds
    # several pieces and several versions.
    pieces = []
    for talk in talks:
        ids = sorted(texts[(talk, "ref")])
        pieces += [
            (talk, k, ids[i : i + segments]) for k, i in enumerate(range(0, len(ids), segments))
        ]
    for version in versions:
        for talk, k, ids in pieces:
            names = {}
            for side in ("ref", version):
                path = folder / talk / side / f"piece{k:02d}.txt"
                if not path.exists():
                    path.parent.mkdir(parents=True, exist_ok=True)
                    path.write_text(
                        "\n".join(texts[(talk, side)][i] for i in ids) + "\n", encoding="utf-8"
                    )
                names[side] = str(path.relative_to(folder))
            rows.append({"id": f"{talk}/{version}/{k:02d}", "a": names["ref"], "b": names[version]})
    return rows[:pairs]


def spin() -> float:
    """Seconds for a fixed pure-Python workload: a probe of how busy the cores are."""
    start = time.perf_counter()
    total = 0
    for i in range(3_000_000):
        total += i * i % 7
    return time.perf_counter() - start


class TreeSampler:
    """Peak resident memory (VmHWM) of every process under a root, sampled from /proc."""

    def __init__(self, root: int) -> None:
        self.root = root
        self.peaks: dict[int, tuple[int, str]] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeSampler:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(0.2)

    def sample(self) -> None:
        children: dict[int, list[int]] = defaultdict(list)
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            children[parent].append(int(entry))
        todo, tree = [self.root], []
        while todo:
            pid = todo.pop()
            tree.append(pid)
            todo += children.get(pid, [])
        for pid in tree:
            try:
                status = Path(f"/proc/{pid}/status").read_text()
                cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
            except OSError:
                continue
            match = re.search(r"VmHWM:\s+(\d+) kB", status)
            if match:
                peak = int(match.group(1))
                name = cmdline.decode("utf-8", "replace").strip()
                if peak > self.peaks.get(pid, (0, ""))[0]:
                    self.peaks[pid] = (peak, name)


def classify(pid: int, root: int, name: str) -> str:
    if pid == root:
        return "driver"
    if "spawn_main" in name or "MapWorker" in name or "vardiff.cli diff" in name:
        return "worker"
    if "resource_tracker" in name:
        return "other"
    return "ray services" if "ray" in name else "other"


def _uptime() -> str:
    """The load averages as `uptime` prints them, for the record."""
    try:
        return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    except OSError:
        return ""


def run_tree(command: list[str], *, env: dict[str, str]) -> dict[str, Any]:
    """Run `command`, timing it and sampling the memory of its process tree."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT
    )
    with TreeSampler(process.pid) as sampler:
        _, err = process.communicate()
    wall = time.perf_counter() - start
    memory: dict[str, list[int]] = defaultdict(list)
    for pid, (peak, name) in sampler.peaks.items():
        memory[classify(pid, process.pid, name)].append(peak)
    return {
        "wall_s": wall,
        "code": process.returncode,
        "stderr_tail": err.decode("utf-8", "replace")[-600:],
        "peak_mib": {kind: [round(p / 1024) for p in sorted(v)] for kind, v in memory.items()},
    }


_LOOP = """
import json, subprocess, sys, time
pairs = json.loads(sys.argv[1])
codes = []
for a, b, out in pairs:
    done = subprocess.run([sys.executable, "-m", "vardiff.cli", "diff", a, b, "-f", "json",
                           "-o", out], stderr=subprocess.DEVNULL)
    codes.append(done.returncode)
print(json.dumps(codes))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=200)
    parser.add_argument("--segments", type=int, default=12)
    parser.add_argument("--loop-pairs", type=int, default=10)
    parser.add_argument("--loop-seed", type=int, default=12)
    parser.add_argument("--methods", default=",".join(METHODS))
    parser.add_argument("--work", type=Path, default=Path("/tmp/vardiff-batch-bench"))
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks/out/batch_bench.json")
    args = parser.parse_args()
    methods = [m for m in args.methods.split(",") if m]
    unknown = set(methods) - set(METHODS)
    if unknown:
        parser.error(f"unknown methods: {', '.join(sorted(unknown))}")

    shutil.rmtree(args.work, ignore_errors=True)
    corpus = args.work / "corpus"
    rows = build_corpus(corpus, pairs=args.pairs, segments=args.segments)
    manifest = corpus / "manifest.jsonl"
    manifest.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} pairs in {manifest}", file=sys.stderr)

    # The loop's sample, in manifest order; its halves run first and last (see the docstring).
    rng = random.Random(args.loop_seed)
    sample = sorted(rng.sample(range(len(rows)), min(args.loop_pairs, len(rows))))
    half = (len(sample) + 1) // 2
    runs = [m for m in methods if m != "loop"]
    if "loop" in methods:
        runs = ["loop:1", *runs, "loop:2"]

    results: dict[str, Any] = {}
    lines: dict[str, dict[str, str]] = {}
    for run in runs:
        method = run.split(":")[0]
        cache = args.work / f"cache-{method}"
        env = {**os.environ, "VARDIFF_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT)}
        probe, load = spin(), os.getloadavg()[0]
        out = args.work / f"{method}.jsonl"
        if method == "loop":
            chosen = sample[:half] if run == "loop:1" else sample[half:]
            (args.work / "loop").mkdir(exist_ok=True)
            triples = [
                (
                    str(corpus / rows[k]["a"]),
                    str(corpus / rows[k]["b"]),
                    str(args.work / "loop" / f"{k}.json"),
                )
                for k in chosen
            ]
            command = [sys.executable, "-c", _LOOP, json.dumps(triples)]
            count = len(chosen)
        else:
            command = [sys.executable, "-m", "vardiff.cli", "batch", str(manifest), "-o", str(out)]
            command += {
                "workers1": ["--workers", "1"],
                "workers2": ["--workers", "2"],
                "ray": ["--engine", "ray", "--workers", "2"],
            }[method]
            count = len(rows)
        print(f"{run}: {count} pairs ...", file=sys.stderr, flush=True)
        measured = run_tree(command, env=env)
        measured.update(
            pairs=count,
            pairs_per_s=count / measured["wall_s"],
            spin_before_s=probe,
            load_before=load,
            load_after=os.getloadavg()[0],
            uptime=_uptime(),
        )
        if method != "loop":
            lines[method] = {
                json.loads(line)["id"]: line
                for line in out.read_text(encoding="utf-8").splitlines()
            }
            measured["records"] = len(lines[method])
        results[run] = measured
        print(
            f"  {measured['wall_s']:.1f} s, {measured['pairs_per_s']:.3f} pairs/s, exit "
            f"{measured['code']}, peak MiB {measured['peak_mib']}, {measured['uptime']}",
            file=sys.stderr,
            flush=True,
        )
    if "loop:1" in results:
        halves = [results.pop("loop:1"), results.pop("loop:2")]
        pairs = sum(h["pairs"] for h in halves)
        wall = sum(h["wall_s"] for h in halves)
        peaks = sorted(p for h in halves for p in h["peak_mib"].get("worker", []))
        results = {
            "loop": {
                "pairs": pairs,
                "wall_s": wall,
                "pairs_per_s": pairs / wall,
                "ids": [rows[k]["id"] for k in sample],
                "halves": halves,
                "peak_mib": {
                    "worker": peaks,
                    "driver": [max(h["peak_mib"]["driver"][0] for h in halves)],
                },
                "spin_before_s": halves[0]["spin_before_s"],
                "load_before": halves[0]["load_before"],
                "code": max(h["code"] for h in halves),
            },
            **results,
        }

    base = results.get("loop", {}).get("pairs_per_s")
    same = None
    if len(lines) > 1:
        first = next(iter(lines.values()))
        same = all(v == first for v in lines.values())
    spins = [r["spin_before_s"] for r in results.values()]
    if "loop" in results:
        spins.append(results["loop"]["halves"][1]["spin_before_s"])
    summary = {
        "pairs": len(rows),
        "segments_per_piece": args.segments,
        "methods": results,
        "speedup_vs_loop": {m: r["pairs_per_s"] / base for m, r in results.items()} if base else {},
        "batch_lines_identical": same,
        "spin_range_s": [min(spins), max(spins)] if spins else None,
        "cpus": os.cpu_count(),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")

    print(
        f"\n{'method':<10} {'pairs':>5} {'wall s':>8} {'pairs/s':>8} {'vs loop':>8} "
        f"{'driver MiB':>10} {'worker MiB':>12} {'load':>5} {'spin s':>6}"
    )
    for method, r in results.items():
        peak = r["peak_mib"]
        workers = "/".join(str(p) for p in peak.get("worker", [])) or "-"
        ratio = f"{r['pairs_per_s'] / base:.1f}x" if base else "-"
        print(
            f"{method:<10} {r['pairs']:>5} {r['wall_s']:>8.1f} {r['pairs_per_s']:>8.3f} "
            f"{ratio:>8} {max(peak.get('driver', [0])):>10} {workers:>12} "
            f"{r['load_before']:>5.1f} {r['spin_before_s']:>6.2f}"
        )
        if "ray services" in peak:
            print(
                f"{'':<10} Ray services: {sum(peak['ray services'])} MiB in "
                f"{len(peak['ray services'])} processes"
            )
    if spins:
        print(f"batch methods: identical lines {same}; spin {min(spins):.2f}-{max(spins):.2f} s")
    print(f"written {args.out}")


if __name__ == "__main__":
    main()
