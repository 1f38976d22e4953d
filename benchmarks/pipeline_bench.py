"""Benchmark the whole pipeline on a long document pair: wall time, peak memory and
sentences per second for every stage.

The documents are built as in ``align_bench.py`` from the MQM dev talks
(``benchmarks/data/mqm_ted_zhen.dev.tsv``): A repeats blocks of the ``ref`` translation, B
the same blocks in other systems' translations, with splits, merges, drops and insertions. They
are joined one segment per line and go through ``Comparer`` stage by stage: segment, embed
(every distinct sentence, into an empty cache, the model already loaded), align (vectors from
that cache), diff (word diff of every aligned pair) and judge, then the text view is rendered.
The model load is timed on its own. Peak memory is the process's resident peak after each
stage (``ru_maxrss``, which only grows).

Run from the repository root: ``python benchmarks/pipeline_bench.py [--sentences 10000]``.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import align_bench  # noqa: E402

from vardiff import Comparer, EmbeddingCache, SentenceEmbedder  # noqa: E402
from vardiff._render import render_text  # noqa: E402
from vardiff._report import Report  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "mqm_ted_zhen.dev.tsv"
T = TypeVar("T")


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(stages: list[dict[str, Any]], name: str, units: int, work: Callable[[], T]) -> T:
    start = time.perf_counter()
    result = work()
    seconds = time.perf_counter() - start
    stages.append(
        {
            "stage": name,
            "seconds": seconds,
            "units": units,
            "per_second": units / seconds if seconds > 0 else None,
            "peak_mib": peak_mib(),
        }
    )
    rate = f"{units / seconds:>10,.0f}/s" if seconds > 0 else ""
    print(f"  {name:<8} {seconds:>8.2f} s {units:>8,} {rate}  peak {peak_mib():,.0f} MiB")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=10000, help="sentences per side (min)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--out", type=Path, help="write the results as JSON here")
    args = parser.parse_args(argv)

    rng = random.Random(args.seed)
    pool = align_bench.load_pool(args.data, rng)
    docs = align_bench.build_documents(pool, args.sentences, 0.03, rng)
    text_a, text_b = "\n".join(docs.a) + "\n", "\n".join(docs.b) + "\n"
    print(f"documents: {len(docs.a):,} and {len(docs.b):,} segments; {len(text_a):,} characters")
    stages: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="vardiff-pipeline-") as cache_dir:
        embedder = SentenceEmbedder(cache=EmbeddingCache(cache_dir))
        comparer = Comparer(embedder=embedder)
        timed(stages, "load", 1, embedder.model)
        doc_a = timed(
            stages, "segment", len(docs.a) + len(docs.b), lambda: comparer.segment(text_a, name="a")
        )
        doc_b = comparer.segment(text_b, name="b")
        sentences = [s.text for s in doc_a.sentences] + [s.text for s in doc_b.sentences]
        distinct = list(dict.fromkeys(sentences))
        timed(stages, "embed", len(distinct), lambda: embedder.embed(distinct))
        alignment = timed(stages, "align", len(sentences), lambda: comparer.align(doc_a, doc_b))
        drafts = timed(
            stages,
            "diff",
            len(alignment.beads),
            lambda: [comparer._pair(bead, doc_a, doc_b) for bead in alignment.beads],
        )
        pairs = timed(stages, "judge", len(drafts), lambda: comparer._judge(drafts, doc_a, doc_b))
        full = Report(
            settings=comparer.settings, a=doc_a, b=doc_b, pairs=pairs, alignment={"beads": 0}
        )
        timed(stages, "render", len(pairs), lambda: render_text(full, width=100, color=False))
    total = sum(s["seconds"] for s in stages)
    print(
        f"total {total:.1f} s for {len(doc_a.sentences):,} + {len(doc_b.sentences):,} sentences "
        f"({len(distinct):,} distinct), peak {peak_mib():,.0f} MiB"
    )
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        result = {
            "sentences_a": len(doc_a.sentences),
            "sentences_b": len(doc_b.sentences),
            "distinct": len(distinct),
            "stages": stages,
            "total_s": total,
        }
        args.out.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
