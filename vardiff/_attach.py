"""Alignment repair: a sentence split off its bead rejoins it, on lexical evidence.

Sentence embeddings see a split well when both halves carry weight, but not when one half is
short or a clause ("…, he said." / "of battle."): the group vector then hardly improves, and
the aligner leaves the piece unaligned. An unaligned sentence next to a bead joins that bead
when it *supplies what the bead is missing*: words that the bead's other side has and its own
side lacks. An inserted sentence supplies nothing of the kind, since the bead's two sides
already match, so omissions and insertions stay visible.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._align import Bead
from ._words import content_words, stem

__all__ = ["attach_split_pieces"]

_MIN_SHARE = 0.25  # share of the piece's content words that the bead must be missing


def _stems(texts: Sequence[str]) -> set[str]:
    return {stem(w) for text in texts for w in content_words(text)}


def _supplies(piece: str, own: Sequence[str], other: Sequence[str]) -> bool:
    words = {stem(w) for w in content_words(piece)}
    if not words:
        return False
    missing = _stems(other) - _stems(own)
    supplied = {
        w
        for w in words
        if w in missing or (len(w) >= 5 and any(w in m or m in w for m in missing if len(m) >= 5))
    }
    return bool(supplied) and len(supplied) / len(words) >= _MIN_SHARE


def attach_split_pieces(
    beads: Sequence[Bead], texts_a: Sequence[str], texts_b: Sequence[str], *, max_group: int
) -> tuple[Bead, ...]:
    out = list(beads)
    changed = True
    while changed:
        changed = False
        for k, bead in enumerate(out):
            if bead.a and bead.b:
                continue
            for neighbour in (k - 1, k + 1):
                if not 0 <= neighbour < len(out):
                    continue
                target = out[neighbour]
                if not (target.a and target.b):
                    continue
                on_b = bool(bead.b)  # the unaligned sentence is B's, else A's
                own, other = (target.b, target.a) if on_b else (target.a, target.b)
                own_texts, other_texts = (texts_b, texts_a) if on_b else (texts_a, texts_b)
                piece = (bead.b or bead.a)[0]
                if len(own) >= max_group or not _supplies(
                    own_texts[piece], [own_texts[x] for x in own], [other_texts[x] for x in other]
                ):
                    continue
                grown = tuple(sorted((*own, piece)))
                merged = (
                    Bead(a=target.a, b=grown, score=target.score)
                    if on_b
                    else Bead(a=grown, b=target.b, score=target.score)
                )
                out[neighbour] = merged
                del out[k]
                changed = True
                break
            if changed:
                break
    return tuple(out)
