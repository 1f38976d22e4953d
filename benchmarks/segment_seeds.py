"""Score ``vardiff._segment.segment`` against a hand-drawn segmentation of seeds 000 and 001.

A boundary is the end offset of every sentence but the last one in a file. Two scores are
printed per seed: over all boundaries, and over the boundaries inside a line only (a line break
always ends a sentence, so those are free; the in-line ones are where the rules have to work).

Run from the repository root: ``python benchmarks/segment_seeds.py``.
"""

from __future__ import annotations

import json
import sys
from itertools import pairwise
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vardiff._segment import segment  # noqa: E402

GOLD = Path(__file__).resolve().parent / "data" / "segment_gold.json"
SEEDS = ROOT / "seeds"


def gold_spans(text: str, sentences: list[str]) -> list[tuple[int, int]]:
    """Offsets of each gold sentence, found in order; only whitespace may lie between them."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for sentence in sentences:
        start = text.find(sentence, pos)
        if start < 0 or text[pos:start].strip():
            raise SystemExit(f"gold sentence not found where expected: {sentence[:60]!r}")
        spans.append((start, start + len(sentence)))
        pos = start + len(sentence)
    if text[pos:].strip():
        raise SystemExit(f"gold leaves text uncovered: {text[pos:][:60]!r}")
    return spans


def boundaries(text: str, spans: list[tuple[int, int]], *, in_line_only: bool) -> set[int]:
    found = set()
    for (_, end), (next_start, _) in pairwise(spans):
        gap = text[end:next_start]
        if in_line_only and any(c in gap for c in "\r\n"):
            continue
        found.add(end)
    return found


def score(gold: set[Any], predicted: set[Any]) -> tuple[float, float, float]:
    hits = len(gold & predicted)
    precision = hits / len(predicted) if predicted else 1.0
    recall = hits / len(gold) if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main() -> None:
    data = json.loads(GOLD.read_text(encoding="utf-8"))
    totals: dict[str, list[set[tuple[str, int]]]] = {
        "all": [set(), set()],
        "in-line": [set(), set()],
    }
    print(f"{'seed':28} {'boundaries':12} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for name, sentences in data["seeds"].items():
        text = (SEEDS / name).read_text(encoding="utf-8")
        gold = gold_spans(text, sentences)
        predicted = [(s.start, s.end) for s in segment(text)]
        for label, in_line in (("all", False), ("in-line", True)):
            g = boundaries(text, gold, in_line_only=in_line)
            p = boundaries(text, predicted, in_line_only=in_line)
            precision, recall, f1 = score(g, p)
            totals[label][0] |= {(name, b) for b in g}
            totals[label][1] |= {(name, b) for b in p}
            print(
                f"{name:28} {label:12} {len(g):5} {len(p):5} "
                f"{precision:6.3f} {recall:6.3f} {f1:6.3f}"
            )
            for miss in sorted(g - p):
                print(f"    missed boundary after: {text[max(0, miss - 40) : miss]!r}")
            for extra in sorted(p - g):
                print(f"    spurious boundary after: {text[max(0, extra - 40) : extra]!r}")
    for label, (g_all, p_all) in totals.items():
        precision, recall, f1 = score(g_all, p_all)
        print(
            f"{'both seeds':28} {label:12} {len(g_all):5} {len(p_all):5} "
            f"{precision:6.3f} {recall:6.3f} {f1:6.3f}"
        )


if __name__ == "__main__":
    main()
