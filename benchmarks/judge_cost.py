"""What the judge embeds, against what the alignment embeds: counts, word pieces and time.

For each comparison the pipeline runs as ``Comparer.compare`` does (segment, align, diff,
judge) with an embedder that notes which texts each stage asks for: *sentences* (everything
the alignment embeds, the unrelated background sentences included) and *judge* (words and
phrases the checks compare). Over a set of comparisons the distinct texts of each kind are
counted (the cache embeds each once), with their word pieces (the model's tokens, [CLS] and
[SEP] included) as a measure of work. Then both sets are embedded by the loaded model with no
cache, interleaved, ``--rounds`` times, each in the calls the stage made (the judge embeds its
whole sentences in calls apart from its words and phrases, which a batch with sentences would
pad to a sentence's length), and the ratio of the medians is the judge's cost in units of the
sentences' own.

Sets: seeds 000 vs 001, and the MQM dev talks (each talk's ``ref`` against each of the other
14 versions, as ``mqm_bench.py`` pairs them).

    python benchmarks/judge_cost.py [--rounds 3] [--code DIR] [--out FILE]

``--code DIR`` measures the ``vardiff`` package of another checkout (an earlier revision) with
this script.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import statistics
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout whose vardiff to run")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--sets", nargs="*", default=["seeds", "mqm"], choices=("seeds", "mqm"))
    args = parser.parse_args()
    sys.path.insert(0, str(args.code.resolve()))
    import vardiff

    print(f"vardiff from {Path(vardiff.__file__).parent}")

    class Noting:
        """The real embedder (no cache: the texts are what counts), noting what each stage
        asks for."""

        def __init__(self) -> None:
            self.inner = vardiff.SentenceEmbedder(cache=None)
            self.stage = "sentences"
            self.asked: dict[str, dict[str, None]] = {"sentences": {}, "judge": {}}
            # Each call's texts new to its stage, in order: the batches the stage asked for.
            self.calls: dict[str, list[list[str]]] = {"sentences": [], "judge": []}
            self.vectors: dict[str, Any] = {}

        @property
        def name(self) -> str:
            return self.inner.name

        @property
        def max_tokens(self) -> int | None:
            return self.inner.max_tokens

        def embed(self, texts: Any, *, progress: Any = None) -> Any:
            import numpy as np

            asked = self.asked[self.stage]
            self.calls[self.stage].append([t for t in dict.fromkeys(texts) if t not in asked])
            asked.update(dict.fromkeys(texts))
            missing = [t for t in dict.fromkeys(texts) if t not in self.vectors]
            if missing:
                self.vectors.update(zip(missing, self.inner.embed(missing), strict=True))
            if not texts:
                return np.zeros((0, 0), dtype=np.float32)
            return np.stack([self.vectors[t] for t in texts])

    talks = _mqm_talks()
    seeds = ROOT / "seeds"
    sets: dict[str, list[tuple[str, str]]] = {
        "seeds 000 vs 001": [
            (
                next(seeds.glob("000_*.txt")).read_text(encoding="utf-8"),
                next(seeds.glob("001_*.txt")).read_text(encoding="utf-8"),
            )
        ],
        "MQM dev talks": [],
    }
    for versions in talks.values():
        ref = versions["ref"]
        ids = sorted(ref)
        for system, other in sorted(versions.items()):
            if system != "ref":
                sets["MQM dev talks"].append(
                    ("\n".join(ref[s] for s in ids), "\n".join(other[s] for s in ids))
                )

    chosen = {"seeds": "seeds 000 vs 001", "mqm": "MQM dev talks"}
    sets = {chosen[key]: sets[chosen[key]] for key in args.sets}
    results = []
    embedder = Noting()
    for name, comparisons in sets.items():
        embedder.asked = {"sentences": {}, "judge": {}}
        embedder.calls = {"sentences": [], "judge": []}
        comparer = vardiff.Comparer(embedder=embedder, cache=False)
        sentences = changed = 0
        for a, b in comparisons:
            doc_a, doc_b = comparer.segment(a, name="a"), comparer.segment(b, name="b")
            sentences += len(doc_a.sentences) + len(doc_b.sentences)
            embedder.stage = "sentences"
            alignment = comparer.align(doc_a, doc_b)
            drafts = [comparer._pair(bead, doc_a, doc_b) for bead in alignment.beads]
            changed += sum(p.status == "changed" for p in drafts)
            embedder.stage = "judge"
            comparer._judge(drafts, doc_a, doc_b)
        texts = {stage: list(asked) for stage, asked in embedder.asked.items()}
        pieces = {stage: _pieces(embedder.inner, t) for stage, t in texts.items()}
        seconds: dict[str, list[float]] = {"sentences": [], "judge": []}
        for k in range(args.rounds):
            for stage in ("sentences", "judge") if k % 2 == 0 else ("judge", "sentences"):
                start = time.perf_counter()
                for call in embedder.calls[stage]:
                    if call:
                        embedder.inner.embed(call)
                seconds[stage].append(time.perf_counter() - start)
        # --rounds 0: counts only.
        median = {
            stage: statistics.median(v) if v else float("nan") for stage, v in seconds.items()
        }
        row = {
            "set": name,
            "comparisons": len(comparisons),
            "sentences_in_documents": sentences,
            "changed_pairs": changed,
            "sentences_embedded": len(texts["sentences"]),
            "judge_texts_embedded": len(texts["judge"]),
            "judge_calls": sum(bool(call) for call in embedder.calls["judge"]),
            "count_ratio": round(len(texts["judge"]) / max(1, len(texts["sentences"])), 3),
            "sentence_pieces": pieces["sentences"],
            "judge_pieces": pieces["judge"],
            "piece_ratio": round(pieces["judge"] / max(1, pieces["sentences"]), 3),
            "sentences_s": round(median["sentences"], 3),
            "judge_s": round(median["judge"], 3),
            "time_ratio": round(median["judge"] / median["sentences"], 3),
            "time_ratio_per_round": [
                round(j / s, 3) for j, s in zip(seconds["judge"], seconds["sentences"], strict=True)
            ]
            or [float("nan")],
        }
        results.append(row)
        print(json.dumps(row), flush=True)
    print()
    print(
        "| set | sentences embedded | judge texts embedded | count ratio | word pieces "
        "(sentences / judge) | piece ratio | embedding time ratio (rounds) |"
    )
    print("|---|---|---|---|---|---|---|")
    for r in results:
        spread = r["time_ratio_per_round"]
        print(
            f"| {r['set']} | {r['sentences_embedded']:,} | {r['judge_texts_embedded']:,} | "
            f"{r['count_ratio']:.2f} | {r['sentence_pieces']:,} / {r['judge_pieces']:,} | "
            f"{r['piece_ratio']:.2f} | **{r['time_ratio']:.2f}** "
            f"({min(spread):.2f}-{max(spread):.2f}) |"
        )
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(results, indent=2))


def _mqm_talks() -> dict[str, dict[str, dict[int, str]]]:
    """Segment texts per talk and system, as mqm_bench.py reads them (without importing it:
    it imports this checkout's vardiff, and --code may name another)."""
    csv.field_size_limit(sys.maxsize)
    talks: dict[str, dict[str, dict[int, str]]] = {}
    with (HERE / "data" / "mqm_ted_zhen.dev.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            text = re.sub(r"</?v>", "", row["target"]).strip()
            versions = talks.setdefault(row["doc"], {}).setdefault(row["system"], {})
            versions.setdefault(int(row["seg_id"]), text)
    return talks


def _pieces(embedder: Any, texts: list[str]) -> int:
    """Word pieces the model reads for ``texts`` (truncated to its window)."""
    model = embedder.model()
    bert = getattr(model, "_bert", None)
    if bert is not None:
        _ids, mask = bert.tokenize([t.strip() for t in texts]) if texts else (None, None)
        return int(mask.sum()) if mask is not None else 0
    tokenizer = getattr(model, "_tokenizer", None) or model.tokenizer
    limit = model.max_seq_length
    return sum(min(limit, len(tokenizer(t.strip())["input_ids"])) for t in texts)


if __name__ == "__main__":
    main()
