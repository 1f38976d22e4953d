"""The int8 model (``--model default-int8``) against the default: speed, alignment, judging.

Three measures, each for both models in the same run:

- **speed**: ``SentenceEmbedder.embed`` of ``--speed-texts`` distinct MQM dev sentences, no
  cache, one torch thread, the two models interleaved for ``--rounds`` rounds; the ratio of the
  medians (int8 / default);
- **alignment**: link F1 of ``align()`` on the documents of ``align_bench.py`` (seed 0 and
  ``--other-seeds`` more, ``--sentences`` a side), each model's own vectors;
- **judging**: the judge's development sets as ``judge_data.py`` builds them (DEMETR and
  MQM), judged by each model, scored with the shipped calibration as ``judge_bench.py``
  scores them: the mean ROC AUC over DEMETR's kinds (critical kinds apart) and the MQM AUC.

Embeddings are cached per model under ``--cache`` (the int8 model has its own cache identity).

    python benchmarks/int8_bench.py [--rounds 3] [--other-seeds 2] [--judge-limit 0]
"""

from __future__ import annotations

import argparse
import functools
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import align_bench  # noqa: E402
import judge_bench  # noqa: E402
import judge_data  # noqa: E402
import numpy as np  # noqa: E402

import vardiff  # noqa: E402
from vardiff._embed import INT8_MODEL  # noqa: E402
from vardiff.judge._calibration import load_calibration  # noqa: E402

MODELS = {"default": None, "int8": INT8_MODEL}


def speed(texts: list[str], rounds: int) -> dict[str, Any]:
    import torch

    torch.set_num_threads(1)
    embedders = {
        name: vardiff.SentenceEmbedder(model, cache=None) for name, model in MODELS.items()
    }
    for embedder in embedders.values():
        embedder.embed(texts[:8])  # loaded before timing
    seconds: dict[str, list[float]] = {name: [] for name in MODELS}
    for k in range(rounds):
        for name in list(MODELS) if k % 2 == 0 else list(MODELS)[::-1]:
            start = time.perf_counter()
            embedders[name].embed(texts)
            seconds[name].append(time.perf_counter() - start)
            print(f"speed round {k + 1} {name}: {seconds[name][-1]:.2f} s", flush=True)
    median = {name: statistics.median(v) for name, v in seconds.items()}
    return {
        "texts": len(texts),
        "seconds": {name: round(m, 3) for name, m in median.items()},
        "texts_per_s": {name: round(len(texts) / m, 1) for name, m in median.items()},
        "ratio": round(median["int8"] / median["default"], 3),
        "ratio_per_round": [
            round(q / d, 3) for q, d in zip(seconds["int8"], seconds["default"], strict=True)
        ],
    }


def alignment(cache: Path, sentences: int, seeds: list[int]) -> dict[str, list[float]]:
    f1: dict[str, list[float]] = {name: [] for name in MODELS}
    for seed in seeds:
        rng = random.Random(seed)
        pool = align_bench.load_pool(align_bench.DATA, rng)
        docs = align_bench.build_documents(pool, sentences, 0.03, rng)
        for name, model in MODELS.items():
            embedder = vardiff.SentenceEmbedder(model, cache=vardiff.EmbeddingCache(cache))
            va, vb, wa, wb = align_bench.embed_documents(embedder, pool, docs)
            result = vardiff.align(va, vb, weights_a=wa, weights_b=wb, seed=seed)
            f1[name].append(round(align_bench.evaluate(docs, result, examples=0).link_f1, 4))
            print(f"alignment seed {seed} {name}: link F1 {f1[name][-1]}", flush=True)
    return f1


def judging(cache: Path, limit: int) -> dict[str, dict[str, float]]:
    items: list[dict[str, Any]] = []
    for chosen in (judge_data.demetr_items(), judge_data.mqm_items()):
        listed = list(chosen)
        items += listed[:limit] if limit else listed
    calibration = load_calibration()
    out: dict[str, dict[str, float]] = {}
    for name, model in MODELS.items():
        dump = Path(tempfile.mkstemp(suffix=".jsonl")[1])
        # judge_data.run embeds with the default model; the same run with this one.
        original = judge_data.vardiff.SentenceEmbedder
        judge_data.vardiff.SentenceEmbedder = functools.partial(  # type: ignore[misc]
            _with_model, original=original, chosen=model
        )
        try:
            judge_data.run(items, dump, cache)
        finally:
            judge_data.vardiff.SentenceEmbedder = original  # type: ignore[misc]
        records = judge_data.load(dump)
        dump.unlink()
        rows = judge_bench.evaluate(records, calibration)
        demetr = [r for r in rows if r["set"] == "demetr"]
        critical = [r for r in demetr if r["class"] == "critical"]
        mqm = [r for r in rows if r["set"] == "mqm"]
        out[name] = {
            "demetr_mean_auc": round(float(np.mean([r["auc"] for r in demetr])), 4),
            "demetr_critical_mean_auc": round(float(np.mean([r["auc"] for r in critical])), 4),
            "demetr_false_alarms": round(demetr[0]["negatives_flagged"], 4) if demetr else 0.0,
            "mqm_auc": round(float(np.mean([r["auc"] for r in mqm])), 4) if mqm else float("nan"),
            "pairs": len(records),
        }
        print(f"judging {name}: {json.dumps(out[name])}", flush=True)
    return out


def _with_model(_model: str | None, *, cache: Any, original: Any, chosen: str | None) -> Any:
    """judge_data.run's embedder, with this model instead of the default."""
    return original(chosen, cache=cache)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--speed-texts", type=int, default=1000)
    parser.add_argument("--sentences", type=int, default=5000)
    parser.add_argument("--other-seeds", type=int, default=2)
    parser.add_argument("--judge-limit", type=int, default=0, help="first N items of each set")
    parser.add_argument("--skip", nargs="*", default=[], choices=("speed", "align", "judge"))
    parser.add_argument("--cache", type=Path, default=Path("/tmp/vardiff-int8-bench-cache"))
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()

    report: dict[str, Any] = {}
    if "speed" not in args.skip:
        pool = align_bench.load_pool(align_bench.DATA, random.Random(0))
        texts = pool.texts()[: args.speed_texts]
        report["speed"] = speed(texts, args.rounds)
    if "align" not in args.skip:
        seeds = list(range(0, 1 + args.other_seeds))
        report["alignment_link_f1"] = alignment(args.cache, args.sentences, seeds)
    if "judge" not in args.skip:
        report["judging"] = judging(args.cache, args.judge_limit)
    print(json.dumps(report, indent=1))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
