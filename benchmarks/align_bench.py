"""Benchmark ``vardiff._align.align``: quality against a known gold alignment, and cost against
the full n×m dynamic programme (``exact=True``) measured in the same run.

Documents are built from real sentences: the TED talks of ``mqm_ted_zhen.dev.tsv`` in 15
English versions. Document A takes the ``ref`` translation of each segment, document B another
system's translation of the same segment (paraphrase-like variation). Long documents are blocks
of consecutive segments repeated in shuffled order, with edits injected at known places:
splits (1 A ↔ 2 B, halves of B's sentence cut at a comma or ". "), merges (2 A ↔ 1 B, the
concatenation), drops (1:0) and insertions (0:1, a sentence from elsewhere in the talks).

Embeddings are computed once (cached on disk) and excluded from every measurement. Time is the
best of a few ``time.perf_counter`` runs; peak memory is measured by ``tracemalloc`` in a
separate run (numpy allocations are traced), counting the alignment alone.

Run from the repository root: ``python benchmarks/align_bench.py [--sentences 5000]``.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import re
import subprocess
import sys
import time
import tracemalloc
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import asdict, dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vardiff import _align  # noqa: E402
from vardiff._align import Alignment, align  # noqa: E402
from vardiff._cache import EmbeddingCache  # noqa: E402
from vardiff._embed import SentenceEmbedder  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "mqm_ted_zhen.dev.tsv"
DEFAULT_CACHE = Path("/tmp/vardiff-bench-cache")
REFERENCE = "ref"
TAG = re.compile(r"</?v>")
CUT = re.compile(r"(?<=[,.;]) ")  # a cut point for a split: after a comma, full stop or semicolon
VARIANTS_PER_EDIT = 2  # systems per segment (or segment pair) prepared for splits and merges
MIN_HALF = 0.25  # a split's shorter half keeps at least this share of the sentence

SegmentKey = tuple[str, int]
Link = tuple[int, int]
BeadKey = tuple[tuple[int, ...], tuple[int, ...]]

EVENT_NAMES = {
    (1, 1): "1:1",
    (1, 2): "split 1:2",
    (2, 1): "merge 2:1",
    (1, 0): "drop 1:0",
    (0, 1): "insert 0:1",
}


# --------------------------------------------------------------------------- sentence pool


@dataclass
class Pool:
    """Real sentences: every segment's reference, its other translations, and edit material."""

    talks: dict[str, list[SegmentKey]]
    reference: dict[SegmentKey, str]
    variants: dict[SegmentKey, list[str]]  # other systems' translations, deduplicated
    splits: dict[SegmentKey, list[tuple[str, str]]]  # halves of a variant cut at , or ". "
    merges: dict[tuple[SegmentKey, SegmentKey], list[str]]  # variant(k) + " " + variant(k+1)

    def texts(self) -> list[str]:
        out = list(self.reference.values())
        for variants in self.variants.values():
            out += variants
        for halves in self.splits.values():
            for first, second in halves:
                out += [first, second]
        for merged in self.merges.values():
            out += merged
        return list(dict.fromkeys(out))


def split_in_two(text: str) -> tuple[str, str] | None:
    """Cut a sentence at the comma or full stop nearest its middle; the first half ends with a
    full stop and the second starts with a capital, as an editor splitting it would write."""
    best: int | None = None
    for match in CUT.finditer(text):
        cut = match.start()
        if min(cut, len(text) - cut) < MIN_HALF * len(text):
            continue
        if best is None or abs(cut - len(text) / 2) < abs(best - len(text) / 2):
            best = cut
    if best is None:
        return None
    first = text[:best].rstrip(",; ")
    first = first if first.endswith(".") else first + "."
    second = text[best:].strip()
    second = second[:1].upper() + second[1:]
    return first, second


def load_pool(path: Path, rng: random.Random) -> Pool:
    csv.field_size_limit(sys.maxsize)
    translations: dict[SegmentKey, dict[str, str]] = defaultdict(dict)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            key = (row["doc"], int(row["seg_id"]))
            translations[key][row["system"]] = TAG.sub("", row["target"]).strip()
    talks: dict[str, list[SegmentKey]] = defaultdict(list)
    for key in sorted(translations):
        if REFERENCE in translations[key] and len(translations[key]) > 1:
            talks[key[0]].append(key)
    reference = {key: translations[key][REFERENCE] for seq in talks.values() for key in seq}
    variants: dict[SegmentKey, list[str]] = {}
    for key in reference:
        others = sorted({t for s, t in translations[key].items() if s != REFERENCE and t})
        variants[key] = others
    splits: dict[SegmentKey, list[tuple[str, str]]] = {}
    for key, others in variants.items():
        candidates = [h for h in map(split_in_two, others) if h is not None]
        if candidates:
            splits[key] = rng.sample(candidates, min(VARIANTS_PER_EDIT, len(candidates)))
    merges: dict[tuple[SegmentKey, SegmentKey], list[str]] = {}
    for seq in talks.values():
        for first, second in pairwise(seq):
            systems = sorted(
                s
                for s in translations[first].keys() & translations[second].keys()
                if s != REFERENCE
            )
            chosen = rng.sample(systems, min(VARIANTS_PER_EDIT, len(systems)))
            merges[(first, second)] = sorted(
                {f"{translations[first][s]} {translations[second][s]}" for s in chosen}
            )
    return Pool(dict(talks), reference, variants, splits, merges)


# --------------------------------------------------------------------------- documents


@dataclass
class Documents:
    a: list[str]
    b: list[str]
    gold: list[tuple[tuple[int, ...], tuple[int, ...]]]  # beads in order

    def prefix(self, size: int) -> Documents:
        """The first gold beads holding at most ``size`` sentences of A (a bead boundary, so
        the gold stays consistent), with the matching sentences of B."""
        beads: list[tuple[tuple[int, ...], tuple[int, ...]]] = []
        na = nb = 0
        for a, b in self.gold:
            if na + len(a) > size:
                break
            beads.append((a, b))
            na += len(a)
            nb += len(b)
        return Documents(self.a[:na], self.b[:nb], beads)


def build_documents(pool: Pool, sentences: int, rate: float, rng: random.Random) -> Documents:
    """Shuffled blocks of consecutive segments until both sides hold ``sentences``, with
    splits, merges, drops and insertions each injected at ``rate`` per A sentence."""
    a: list[str] = []
    b: list[str] = []
    gold: list[tuple[tuple[int, ...], tuple[int, ...]]] = []
    all_keys = list(pool.reference)
    talk_names = sorted(pool.talks)
    weights = [len(pool.talks[t]) for t in talk_names]

    def add(a_texts: Sequence[str], b_texts: Sequence[str]) -> None:
        ia = tuple(range(len(a), len(a) + len(a_texts)))
        ib = tuple(range(len(b), len(b) + len(b_texts)))
        a.extend(a_texts)
        b.extend(b_texts)
        gold.append((ia, ib))

    while len(a) < sentences or len(b) < sentences:
        talk = pool.talks[rng.choices(talk_names, weights)[0]]
        length = rng.randint(4, 16)
        start = rng.randrange(0, max(1, len(talk) - length))
        block = talk[start : start + length]
        block_set = set(block)
        pos = 0
        while pos < len(block):
            key = block[pos]
            if rng.random() < rate:  # an inserted sentence from elsewhere in the talks
                other = rng.choice([k for k in all_keys if k not in block_set])
                add([], [rng.choice(pool.variants[other])])
            roll = rng.random()
            following = block[pos + 1] if pos + 1 < len(block) else None
            if roll < rate and key in pool.splits:
                add([pool.reference[key]], list(rng.choice(pool.splits[key])))
            elif roll < 2 * rate and following is not None and (key, following) in pool.merges:
                merged = rng.choice(pool.merges[(key, following)])
                add([pool.reference[key], pool.reference[following]], [merged])
                pos += 1
            elif roll < 3 * rate:
                add([pool.reference[key]], [])
            else:
                add([pool.reference[key]], [rng.choice(pool.variants[key])])
            pos += 1
    return Documents(a, b, gold)


# --------------------------------------------------------------------------- metrics


def links(beads: Sequence[tuple[tuple[int, ...], tuple[int, ...]]]) -> set[Link]:
    return {(i, j) for a, b in beads for i in a for j in b}


def prf(predicted: set[Any], gold: set[Any]) -> tuple[float, float, float]:
    hits = len(predicted & gold)
    precision = hits / len(predicted) if predicted else 0.0
    recall = hits / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def shape_of(bead: BeadKey) -> str:
    return f"{len(bead[0])}:{len(bead[1])}"


@dataclass
class Quality:
    link_precision: float
    link_recall: float
    link_f1: float
    bead_precision: float
    bead_recall: float
    bead_f1: float
    exact: dict[str, tuple[int, int]]  # gold event type -> (recovered exactly, total)
    wrong_a: int  # sentences of A whose partners differ from gold
    longest_wrong_run: tuple[int, int]  # (first A index, length) of the longest such stretch
    outcomes: dict[str, dict[str, int]]  # gold event type -> predicted shapes covering it
    examples: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def evaluate(docs: Documents, alignment: Alignment, examples: int = 3) -> Quality:
    predicted = [(bead.a, bead.b) for bead in alignment.beads]
    gold = docs.gold
    lp, lr, lf = prf(links(predicted), links(gold))
    bp, br, bf = prf(set(predicted), set(gold))
    predicted_set = set(predicted)
    by_a: dict[int, int] = {}
    by_b: dict[int, int] = {}
    for index, (a, b) in enumerate(predicted):
        for i in a:
            by_a[i] = index
        for j in b:
            by_b[j] = index
    gold_partners = {i: b for a, b in gold for i in a}
    wrong = [
        predicted[by_a[i]][1] != gold_partners[i] for i in range(len(docs.a))
    ]  # predicted partners of sentence i differ from its gold partners
    longest = (0, 0)
    run_start = 0
    for i, bad in enumerate([*wrong, False]):
        if not bad:
            if i - run_start > longest[1]:
                longest = (run_start, i - run_start)
            run_start = i + 1
    exact: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    outcomes: dict[str, Counter[str]] = defaultdict(Counter)
    found: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for bead in gold:
        kind = EVENT_NAMES.get((len(bead[0]), len(bead[1])), shape_of(bead))
        exact[kind][1] += 1
        if bead in predicted_set:
            exact[kind][0] += 1
            continue
        touching = sorted({by_a[i] for i in bead[0]} | {by_b[j] for j in bead[1]})
        shapes = [predicted[k] for k in touching]
        outcomes[kind]["+".join(map(shape_of, shapes))] += 1
        if len(found[kind]) < examples:
            found[kind].append(
                {
                    "gold": {"a": [docs.a[i] for i in bead[0]], "b": [docs.b[j] for j in bead[1]]},
                    "predicted": [
                        {"a": [docs.a[i] for i in pa], "b": [docs.b[j] for j in pb]}
                        for pa, pb in shapes
                    ],
                }
            )
    return Quality(
        link_precision=lp,
        link_recall=lr,
        link_f1=lf,
        bead_precision=bp,
        bead_recall=br,
        bead_f1=bf,
        exact={k: (v[0], v[1]) for k, v in exact.items()},
        wrong_a=sum(wrong),
        longest_wrong_run=longest,
        outcomes={k: dict(v.most_common()) for k, v in outcomes.items()},
        examples=dict(found),
    )


# --------------------------------------------------------------------------- cost


@dataclass
class Cost:
    seconds: float  # best of ``repeats`` runs
    repeats: int
    peak_bytes: int  # tracemalloc peak during one run, above what was allocated before
    cells: int


def run_alignment(
    vectors_a: NDArray[np.float32],
    vectors_b: NDArray[np.float32],
    weights_a: Sequence[float],
    weights_b: Sequence[float],
    *,
    exact: bool,
    seed: int,
    repeats: int,
    repeat_budget_s: float,
) -> tuple[Alignment, Cost]:
    """Best time of up to ``repeats`` runs (no new run once ``repeat_budget_s`` is spent), then
    one more run under ``tracemalloc`` for the peak memory, so tracing does not slow the timing."""
    timings: list[float] = []
    result: Alignment | None = None
    while len(timings) < repeats and (not timings or sum(timings) < repeat_budget_s):
        start = time.perf_counter()
        result = align(
            vectors_a, vectors_b, weights_a=weights_a, weights_b=weights_b, exact=exact, seed=seed
        )
        timings.append(time.perf_counter() - start)
    assert result is not None
    tracemalloc.start()
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    align(vectors_a, vectors_b, weights_a=weights_a, weights_b=weights_b, exact=exact, seed=seed)
    peak = tracemalloc.get_traced_memory()[1] - before
    tracemalloc.stop()
    return result, Cost(min(timings), len(timings), peak, result.cells)


# --------------------------------------------------------------------------- report


def mib(count: int) -> float:
    return count / 2**20


def fmt_exact(pair: tuple[int, int] | None) -> str:
    return "-" if pair is None else f"{pair[0]} / {pair[1]}"


def print_report(report: dict[str, Any]) -> None:
    docs = report["documents"]
    aligner = report["aligner"]
    print()
    print(
        f"Aligner: commit {aligner['commit']}"
        + (" + uncommitted _align.py" if aligner["align_py_modified"] else "")
        + f", _align.py sha256 {aligner['align_sha256']}, "
        + ", ".join(f"{k}={v}" for k, v in aligner["constants"].items())
    )
    print(
        f"Documents: A {docs['sentences_a']:,} sentences, B {docs['sentences_b']:,} "
        f"(pool: {docs['pool_segments']} segments, {docs['distinct_texts']:,} distinct texts)"
    )
    print("Gold beads: " + ", ".join(f"{k} {v:,}" for k, v in docs["gold_beads"].items()))
    print()
    header = (
        f"{'method':<7} {'size A×B':>11} {'link P':>7} {'link R':>7} {'link F1':>7} "
        f"{'bead F1':>7} {'drops kept':>12} {'inserts kept':>12} {'splits':>10} {'merges':>10} "
        f"{'A wrong':>7} {'worst stretch':>14}"
    )
    print(
        "Quality (kept = gold drops/inserts left unaligned as 1:0 / 0:1; splits/merges = exact "
        "bead found; A wrong = A sentences whose partners differ from gold; worst stretch = "
        "longest run of such consecutive A sentences)"
    )
    print(header)
    print("-" * len(header))
    for run in report["runs"]:
        q = run["quality"]
        ex = q["exact"]
        print(
            f"{run['method']:<7} {run['size_a']:>5}×{run['size_b']:<5} "
            f"{q['link_precision']:>7.4f} {q['link_recall']:>7.4f} {q['link_f1']:>7.4f} "
            f"{q['bead_f1']:>7.4f} {fmt_exact(ex.get('drop 1:0')):>12} "
            f"{fmt_exact(ex.get('insert 0:1')):>12} {fmt_exact(ex.get('split 1:2')):>10} "
            f"{fmt_exact(ex.get('merge 2:1')):>10} {q['wrong_a']:>7} "
            f"{q['longest_wrong_run'][1]:>4} from {q['longest_wrong_run'][0]:<4}"
        )
    print()
    print(f"BLAS threads while aligning: {report['config']['blas_threads']}")
    print(
        "Cost (alignment only, embeddings excluded; ratios are banded / full in this run; "
        "same beads = share of the full table's beads that the banded run also output)"
    )
    header = (
        f"{'size A':>6} {'banded s':>9} {'full s':>9} {'time ratio':>10} {'banded MiB':>10} "
        f"{'full MiB':>9} {'mem ratio':>9} {'banded cells':>12} {'full cells':>12} "
        f"{'same beads':>10}"
    )
    print(header)
    print("-" * len(header))
    for row in report["cost"]:
        full_s = "-" if row["full_s"] is None else f"{row['full_s']:.3f}"
        full_m = "-" if row["full_mib"] is None else f"{row['full_mib']:.1f}"
        t_ratio = "-" if row["time_ratio"] is None else f"{row['time_ratio']:.3f}"
        m_ratio = "-" if row["mem_ratio"] is None else f"{row['mem_ratio']:.3f}"
        full_c = "-" if row["full_cells"] is None else f"{row['full_cells']:,}"
        same = "-" if row["same_beads"] is None else f"{row['same_beads']:.2%}"
        print(
            f"{row['size_a']:>6} {row['banded_s']:>9.3f} {full_s:>9} {t_ratio:>10} "
            f"{row['banded_mib']:>10.1f} {full_m:>9} {m_ratio:>9} "
            f"{row['banded_cells']:>12,} {full_c:>12} {same:>10}"
        )
    if report["skipped_full"]:
        print(f"full table skipped at {report['skipped_full']} (estimated over --full-budget)")
    print()
    print("Growth from the smallest size (size ×, then time × and memory × per method)")
    for growth in report["growth"]:
        print(
            f"  {growth['method']:<7} {growth['from']}→{growth['to']} "
            f"(size ×{growth['size']:.2f}): time ×{growth['time']:.2f}, "
            f"memory ×{growth['memory']:.2f}, cells ×{growth['cells']:.2f}"
        )
    print()
    for run in report["runs"]:
        if not run["show_failures"]:
            continue
        print(
            f"Misses, {run['method']} at {run['size_a']}: "
            "predicted beads covering each missed gold bead"
        )
        for kind, counts in run["quality"]["outcomes"].items():
            total = run["quality"]["exact"][kind][1]
            missed = total - run["quality"]["exact"][kind][0]
            top = ", ".join(f"{shape} ×{n}" for shape, n in list(counts.items())[:5])
            print(f"  {kind:<11} missed {missed:>4} / {total:<5} {top}")
    if report["other_seeds"]:
        print("Banded method at full size on documents built with other seeds (quality only)")
        header = (
            f"{'seed':>4} {'size A×B':>11} {'link F1':>7} {'bead F1':>7} {'A wrong':>7} "
            f"{'worst stretch':>14} {'seconds':>7}"
        )
        print(header)
        print("-" * len(header))
        for row in report["other_seeds"]:
            q = row["quality"]
            start, length = q["longest_wrong_run"]
            print(
                f"{row['seed']:>4} {row['size_a']:>5}×{row['size_b']:<5} {q['link_f1']:>7.4f} "
                f"{q['bead_f1']:>7.4f} {q['wrong_a']:>7} {length:>4} from {start:<4} "
                f"{row['seconds']:>7.2f}"
            )
    if report["speed"]:
        base = report["baseline"] or "none"
        print(
            f"align() speed, median of {report['config']['repeats']} interleaved runs; "
            f"baseline = _align.py at {base}; same = identical beads and scores"
        )
        header = (
            f"{'size A×B':>11} {'link F1':>7} {'s':>7} {'MiB':>6} {'base s':>7} "
            f"{'base MiB':>8} {'time ×':>7} {'mem ×':>6} {'same':>5}"
        )
        print(header)
        print("-" * len(header))
        for row in report["speed"]:
            line = (
                f"{row['size_a']:>5}×{row['size_b']:<5} {row['quality']['link_f1']:>7.4f} "
                f"{row['current_s']:>7.3f} {row['current_mib']:>6.1f}"
            )
            if "baseline_s" in row:
                line += (
                    f" {row['baseline_s']:>7.2f} {row['baseline_mib']:>8.1f} "
                    f"{row['time_ratio']:>7.4f} {row['mem_ratio']:>6.2f} {row['same_beads']!s:>5}"
                )
            print(line)
    print()
    print(
        f"Runtime: {report['runtime_s']:.1f} s total, of which embeddings "
        f"{report['embed_s']:.1f} s (cached after the first run)"
    )


def short(text: str, width: int = 90) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def print_examples(run: dict[str, Any]) -> None:
    print(f"Examples of misses, {run['method']} at {run['size_a']}:")
    for kind, items in run["quality"]["examples"].items():
        for item in items:
            print(f"  [{kind}] gold A={[short(t) for t in item['gold']['a']]}")
            print(f"  {' ' * (len(kind) + 2)} gold B={[short(t) for t in item['gold']['b']]}")
            for bead in item["predicted"]:
                print(
                    f"  {' ' * (len(kind) + 2)} got {len(bead['a'])}:{len(bead['b'])} "
                    f"A={[short(t, 60) for t in bead['a']]} B={[short(t, 60) for t in bead['b']]}"
                )
    print()


# --------------------------------------------------------------------------- main


def aligner_identity() -> dict[str, Any]:
    """Which aligner was measured: the checkout, a hash of ``_align.py`` and its constants."""
    source = Path(_align.__file__).read_bytes()
    try:
        commit = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"
    constants = {
        name: getattr(_align, name)
        for name in dir(_align)
        if name.startswith("_") and name[1:2].isupper() and isinstance(getattr(_align, name), int)
    }
    constants.update(
        {
            name: float(getattr(_align, name))
            for name in dir(_align)
            if name.startswith("_")
            and name[1:2].isupper()
            and isinstance(getattr(_align, name), float)
        }
    )
    dirty = subprocess.run(
        ["git", "-C", str(ROOT), "diff", "--quiet", "HEAD", "--", "vardiff/_align.py"],
        capture_output=True,
        check=False,
    ).returncode
    return {
        "commit": commit,
        "align_py_modified": {0: False, 1: True}.get(dirty),
        "align_sha256": hashlib.sha256(source).hexdigest()[:12],
        "constants": constants,
    }


def load_baseline(revision: str) -> Any:
    """``vardiff/_align.py`` as it was at a git revision, loaded as a module of its own."""
    import importlib.util

    source = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{revision}:vardiff/_align.py"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    path = Path("/tmp") / f"vardiff_align_{revision.replace('/', '_')}.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("vardiff_align_baseline", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


def speed_rows(
    docs: Documents,
    vectors: tuple[NDArray[np.float32], NDArray[np.float32], list[float], list[float]],
    sizes: Sequence[int],
    repeats: int,
    seed: int,
    baseline: Any,
    baseline_max: int,
) -> list[dict[str, Any]]:
    """Time ``align`` at each size, interleaved with the baseline aligner where there is one
    (median of ``repeats`` runs each), and check both give the same beads."""
    vec_a, vec_b, len_a, len_b = vectors
    rows: list[dict[str, Any]] = []
    for size in sizes:
        part = docs.prefix(size)
        na, nb = len(part.a), len(part.b)
        args = (vec_a[:na], vec_b[:nb])
        kwargs = {"weights_a": len_a[:na], "weights_b": len_b[:nb], "seed": seed}
        methods: dict[str, Any] = {"current": align}
        if baseline is not None and size <= baseline_max:
            methods["baseline"] = baseline.align
        times: dict[str, list[float]] = {name: [] for name in methods}
        beads: dict[str, list[tuple[Any, ...]]] = {}
        print(f"speed {na}×{nb}: " + " and ".join(methods) + f", {repeats} rounds", flush=True)
        for _ in range(repeats):
            for name, function in methods.items():
                start = time.perf_counter()
                result = function(*args, **kwargs)
                times[name].append(time.perf_counter() - start)
                beads[name] = [(b.a, b.b, b.score) for b in result.beads]
        peaks: dict[str, int] = {}
        for name, function in methods.items():
            tracemalloc.start()
            tracemalloc.reset_peak()
            before = tracemalloc.get_traced_memory()[0]
            function(*args, **kwargs)
            peaks[name] = tracemalloc.get_traced_memory()[1] - before
            tracemalloc.stop()
        row: dict[str, Any] = {
            "size_a": na,
            "size_b": nb,
            "current_s": float(np.median(times["current"])),
            "current_runs": times["current"],
            "current_mib": mib(peaks["current"]),
            "quality": asdict(evaluate(part, align(*args, **kwargs), examples=0)),
        }
        if "baseline" in methods:
            row.update(
                {
                    "baseline_s": float(np.median(times["baseline"])),
                    "baseline_runs": times["baseline"],
                    "baseline_mib": mib(peaks["baseline"]),
                    "time_ratio": row["current_s"] / float(np.median(times["baseline"])),
                    "mem_ratio": peaks["current"] / peaks["baseline"],
                    "same_beads": beads["current"] == beads["baseline"],
                }
            )
        rows.append(row)
    return rows


@contextmanager
def blas_threads(count: int) -> Iterator[str]:
    """Limit BLAS to ``count`` threads (0: leave it alone); yields a description for the report.

    OpenBLAS threads spin while they wait: on a shared machine whose cores are busy, the full
    table's matrix-vector products ran 10-25 times slower with 2 threads than with 1, which
    buried the comparison in noise. One thread keeps both methods on the same footing.
    """
    try:
        from threadpoolctl import threadpool_info, threadpool_limits
    except ImportError:
        yield "not limited (threadpoolctl missing)"
        return
    if count <= 0:
        threads = sorted(
            {str(i["num_threads"]) for i in threadpool_info() if i["user_api"] == "blas"}
        )
        yield "default (" + "/".join(threads) + ")"
        return
    with threadpool_limits(limits=count, user_api="blas"):
        yield str(count)


def embed_documents(
    embedder: SentenceEmbedder, pool: Pool, docs: Documents
) -> tuple[NDArray[np.float32], NDArray[np.float32], list[float], list[float]]:
    """Vectors of both documents, and their sentence lengths in characters as weights."""
    texts = pool.texts()
    vectors = dict(zip(texts, embedder.embed(texts), strict=True))
    return (
        np.stack([vectors[t] for t in docs.a]),
        np.stack([vectors[t] for t in docs.b]),
        [float(len(t)) for t in docs.a],
        [float(len(t)) for t in docs.b],
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=5000, help="sentences per side (min)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--rate", type=float, default=0.03, help="rate of each injected edit")
    parser.add_argument(
        "--sizes",
        type=int,
        nargs="*",
        default=[1000, 2000],
        help="prefix sizes (A sentences) measured besides the full size",
    )
    parser.add_argument(
        "--full-budget",
        type=float,
        default=150.0,
        help="skip the full table at a size where one run is estimated above this (seconds)",
    )
    parser.add_argument("--repeats", type=int, default=3, help="timing runs per measurement")
    parser.add_argument(
        "--repeat-budget",
        type=float,
        default=30.0,
        help="no further timing run once this many seconds went into one measurement",
    )
    parser.add_argument(
        "--blas-threads",
        type=int,
        default=1,
        help="BLAS threads while aligning (0: library default); see blas_threads()",
    )
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="embedding cache")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument(
        "--other-seeds",
        type=int,
        default=4,
        help="also score the banded method at full size on documents built with this many "
        "further seeds (quality only; cheap once their embeddings are cached)",
    )
    parser.add_argument(
        "--speed-sizes",
        type=int,
        nargs="*",
        default=[2000, 10000, 20000],
        help="A sentences at which align() is timed (median of --repeats), on longer documents",
    )
    parser.add_argument(
        "--baseline",
        help="git revision whose vardiff/_align.py is timed alongside at the speed sizes, "
        "interleaved, and must give the same beads (9ff2112: the per-row Python programme)",
    )
    parser.add_argument(
        "--baseline-max", type=int, default=10000, help="largest speed size for the baseline"
    )
    parser.add_argument("--examples", action="store_true", help="print example misses")
    parser.add_argument("--out", type=Path, help="write the results as JSON here")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    rng = random.Random(args.seed)
    pool = load_pool(args.data, rng)
    docs = build_documents(pool, args.sentences, args.rate, rng)

    embed_start = time.perf_counter()
    texts = pool.texts()
    embedder = SentenceEmbedder(cache=EmbeddingCache(args.cache))
    print(f"embedding {len(texts):,} distinct texts (cached in {args.cache}) ...", flush=True)
    vec_a, vec_b, len_a, len_b = embed_documents(embedder, pool, docs)
    embed_s = time.perf_counter() - embed_start

    limits = ExitStack()
    blas = limits.enter_context(blas_threads(args.blas_threads))
    print(f"BLAS threads while aligning: {blas}", flush=True)
    sizes = sorted({s for s in args.sizes if s < len(docs.a)} | {len(docs.a)})
    runs: list[dict[str, Any]] = []
    costs: dict[tuple[str, int], Cost] = {}
    outputs: dict[tuple[str, int], set[BeadKey]] = {}
    size_a: dict[int, int] = {}
    size_b: dict[int, int] = {}
    skipped: list[int] = []
    for size in sizes:
        part = docs.prefix(size)
        na, nb = len(part.a), len(part.b)
        size_a[size], size_b[size] = na, nb
        for method in ("banded", "full"):
            exact = method == "full"
            if exact:
                known = [(s, c) for (m, s), c in costs.items() if m == "full"]
                if known:
                    s0, c0 = max(known)
                    estimate = c0.seconds * (na * nb) / (size_a[s0] * size_b[s0])
                    if estimate > args.full_budget:
                        print(f"full table at {na}: ~{estimate:.0f} s estimated, skipped")
                        skipped.append(na)
                        continue
            print(f"aligning {method} {na}×{nb} ...", flush=True)
            result, cost = run_alignment(
                vec_a[:na],
                vec_b[:nb],
                len_a[:na],
                len_b[:nb],
                exact=exact,
                seed=args.seed,
                repeats=args.repeats,
                repeat_budget_s=args.repeat_budget,
            )
            costs[(method, size)] = cost
            outputs[(method, size)] = {(bead.a, bead.b) for bead in result.beads}
            quality = evaluate(part, result)
            runs.append(
                {
                    "method": method,
                    "size_a": na,
                    "size_b": nb,
                    "threshold": result.threshold,
                    "quality": asdict(quality),
                    "cost": asdict(cost),
                    "show_failures": False,
                }
            )
    for method in ("banded", "full"):
        largest = [r for r in runs if r["method"] == method]
        if largest:
            largest[-1]["show_failures"] = True

    cost_rows: list[dict[str, Any]] = []
    for size in sizes:
        banded = costs[("banded", size)]
        full = costs.get(("full", size))
        cost_rows.append(
            {
                "size_a": size_a[size],
                "size_b": size_b[size],
                "banded_s": banded.seconds,
                "full_s": full.seconds if full else None,
                "time_ratio": banded.seconds / full.seconds if full else None,
                "banded_mib": mib(banded.peak_bytes),
                "full_mib": mib(full.peak_bytes) if full else None,
                "mem_ratio": banded.peak_bytes / full.peak_bytes if full else None,
                "banded_cells": banded.cells,
                "full_cells": full.cells if full else None,
                "same_beads": (
                    len(outputs[("banded", size)] & outputs[("full", size)])
                    / len(outputs[("full", size)])
                    if full
                    else None
                ),
            }
        )
    growth: list[dict[str, Any]] = []
    for method in ("banded", "full"):
        measured = [s for s in sizes if (method, s) in costs]
        for size in measured[1:]:
            first, this = costs[(method, measured[0])], costs[(method, size)]
            growth.append(
                {
                    "method": method,
                    "from": size_a[measured[0]],
                    "to": size_a[size],
                    "size": size_a[size] / size_a[measured[0]],
                    "time": this.seconds / first.seconds,
                    "memory": this.peak_bytes / first.peak_bytes,
                    "cells": this.cells / first.cells,
                }
            )

    sweep: list[dict[str, Any]] = []
    for other in range(args.seed + 1, args.seed + 1 + args.other_seeds):
        other_rng = random.Random(other)
        other_pool = load_pool(args.data, other_rng)
        other_docs = build_documents(other_pool, args.sentences, args.rate, other_rng)
        start = time.perf_counter()
        oa, ob, owa, owb = embed_documents(embedder, other_pool, other_docs)
        embed_s += time.perf_counter() - start
        print(f"aligning banded {len(oa)}×{len(ob)}, seed {other} ...", flush=True)
        start = time.perf_counter()
        result = align(oa, ob, weights_a=owa, weights_b=owb, seed=other)
        seconds = time.perf_counter() - start
        quality = evaluate(other_docs, result, examples=0)
        sweep.append(
            {
                "seed": other,
                "size_a": len(oa),
                "size_b": len(ob),
                "seconds": seconds,
                "quality": asdict(quality),
            }
        )
    speed: list[dict[str, Any]] = []
    if args.speed_sizes:
        long_docs = build_documents(
            pool, max(args.speed_sizes), args.rate, random.Random(args.seed)
        )
        speed = speed_rows(
            long_docs,
            embed_documents(embedder, pool, long_docs),
            sorted(args.speed_sizes),
            args.repeats,
            args.seed,
            load_baseline(args.baseline) if args.baseline else None,
            args.baseline_max,
        )
    limits.close()

    report: dict[str, Any] = {
        "aligner": aligner_identity(),
        "config": {
            "sentences": args.sentences,
            "seed": args.seed,
            "rate": args.rate,
            "sizes": sizes,
            "full_budget_s": args.full_budget,
            "repeats": args.repeats,
            "repeat_budget_s": args.repeat_budget,
            "blas_threads": blas,
        },
        "documents": {
            "sentences_a": len(docs.a),
            "sentences_b": len(docs.b),
            "pool_segments": len(pool.reference),
            "distinct_texts": len(texts),
            "gold_beads": dict(
                Counter(EVENT_NAMES.get((len(a), len(b)), "other") for a, b in docs.gold)
            ),
        },
        "runs": runs,
        "cost": cost_rows,
        "growth": growth,
        "other_seeds": sweep,
        "speed": speed,
        "baseline": args.baseline,
        "skipped_full": skipped,
        "embed_s": embed_s,
        "runtime_s": time.perf_counter() - started,
    }
    print_report(report)
    if args.examples:
        for run in runs:
            if run["show_failures"]:
                print_examples(run)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
