"""Scrambled word order: B holds the words of a sentence in an order no English sentence has
("faster the is than technology, a with significantly maximum").

Every word may still be there, so neither the word diff nor a sentence embedding sees much; the
sentence no longer says anything. A translation reorders too, but in blocks: it moves a clause
("in May, the council" / "the council ... in May"), turns a sentence passive or reorders a
list, and keeps the order inside each phrase ("the national team", "dropped from 20th to
22nd"). A scramble destroys local order. So two measures against A, both needed:

- *disorder*: the content words A and B share (once each), in B's order, and how often the next
  one stands earlier in A than the one before (a descent). A block move makes one or two
  descents; a scramble makes one in two pairs.
- *pairs kept*: of B's neighbouring words that A has too, the share that are neighbours in A as
  well. A translation keeps most ("of the", "the team"); a scramble almost none.

Where the disorder is milder (few shared words make the descents coarse), broken junctions
that one side has and the other has not ("the is", "of."; :func:`removal.broken_marks`)
confirm it; they also tell which side is the scrambled one.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from .._report import Finding
from .._words import content_words, stem
from ._context import PairContext
from ._draft import draft
from .removal import broken_marks

__all__ = ["check_order", "order_measures"]

_WORD = re.compile(r"[^\W_][\w’'-]*")
# Below these counts the measures are too coarse to tell a scramble from a reworded sentence.
_MIN_SHARED = 4
_MIN_PAIRS = 3
# A random order makes a descent at one pair in two; translations of the dev sets (DEMETR
# references against correct translations, MQM) rarely pass a third with few pairs kept.
_DISORDERED = 0.34
_DISORDERED_IF_BROKEN = 0.2
_FEW_KEPT = 0.3


def order_measures(a: str, b: str) -> tuple[int, float, int, float]:
    """``(shared, disorder, pairs, kept)``: how many content words A and B share once each,
    the share of descents among them in B's order, how many neighbouring word pairs of B have
    both words in A, and the share of those that are neighbours in A too."""
    stems_a = [stem(w) for w in content_words(a)]
    stems_b = [stem(w) for w in content_words(b)]
    count_a, count_b = Counter(stems_a), Counter(stems_b)
    place = {s: i for i, s in enumerate(stems_a)}
    order = [place[s] for s in stems_b if count_a[s] == 1 and count_b[s] == 1]
    descents = sum(1 for left, right in pairwise(order) if right < left)
    disorder = descents / (len(order) - 1) if len(order) > 1 else 0.0
    words_a = [w.lower() for w in _WORD.findall(a)]
    words_b = [w.lower() for w in _WORD.findall(b)]
    known, neighbours = set(words_a), set(pairwise(words_a))
    candidates = [p for p in pairwise(words_b) if p[0] in known and p[1] in known]
    kept = sum(1 for p in candidates if p in neighbours) / len(candidates) if candidates else 1.0
    return len(order), disorder, len(candidates), kept


def check_order(ctx: PairContext) -> list[Finding]:
    shared, disorder, pairs, kept = order_measures(ctx.a, ctx.b)
    if shared < _MIN_SHARED or pairs < _MIN_PAIRS or kept > _FEW_KEPT:
        return []
    if disorder < _DISORDERED_IF_BROKEN:
        return []
    broken = len(broken_marks(ctx.b)) - len(broken_marks(ctx.a))
    if disorder < _DISORDERED and broken == 0:
        return []
    # The side with more broken junctions is the scrambled one; B unless A is.
    side, other = ("a", "B") if broken < 0 else ("b", "A")
    text = (ctx.pair.a_text if side == "a" else ctx.pair.b_text).strip()
    return [
        draft(
            ctx,
            check="order.scrambled",
            category="order",
            a=text if side == "a" else "",
            b=text if side == "b" else "",
            message=(
                f"word order scrambled: {side.upper()} has {other}'s words in an order no "
                f"sentence has (only {kept:.0%} of its neighbouring words stand together in "
                f"{other}); it no longer says who did what"
            ),
            prior=0.85,
            evidence={
                "disorder": round(disorder, 4),
                "pairs_kept": round(kept, 4),
                "shared_words": float(shared),
                "broken_excess": float(abs(broken)),
            },
        )
    ]
