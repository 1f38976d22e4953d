"""What a word only B has does to B's meaning, read by the model: how much closer B comes to A
without it (evidence ``closer_without`` of the ``addition.*`` and ``modifier.added`` findings),
and what share of the pair's whole distance that is (``closer_share``).

A translator adds a word to render something of the original in other words, so B without it
says less of what A says ("the port city of Haifa" / "Haifa": B without "port" is no closer to
A, or further). A word put into a correct sentence adds what A never says, so B without it is
B as it should be, nearer A ("found contaminated in urine samples"). On DEMETR's dev set the
gain alone tells the inserted word of an ``addition`` perturbation from the content words a
correct translation adds with a ROC AUC of 0.83 (0.80 among the words the addition rules name),
and from those of MQM's error-free segments with 0.73 (``benchmarks/addition_evidence.py``).
An independent translation stands further from its reference than a corrected sentence, so one
word moves it less: the gain as a share of the pair's distance reaches 0.84 and 0.82. The word's
own similarity to A's words or sentence, or the lexicon's relations to them, reach 0.60-0.71.

The mirror holds for the words A has that B lacks (``removal.*`` findings that name them): a
translation that leaves a word unsaid where it says its meaning otherwise comes no closer to A
less the word, while one that lost the word is A less the word, nearer it. The evidence is then
cos(A less the words, B) - cos(A, B). On DEMETR's dev set it tells the removal findings a
perturbation caused from those of the correct translations with a ROC AUC of 0.79 (verb
removed), 0.84 (noun), 0.90 (subject) and 0.86 (phrase); among ``removal.head`` findings 0.84,
where their calibrated score reaches 0.76 (0.85 the two together).

Only sentence texts are embedded: A, B (the aligner's, usually in the cache) and B less the
word, one text per added word, or A less the words, one text per removal that names them.
Without the model the evidence is absent (the calibration reads it as its mean).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .._context import PairContext
from .._edits import Hit

# The rules that say words are only in B, and those that say words of A are not in B.
_ADDED = ("addition.", "modifier.added")
_DROPPED = ("removal.",)


def added(hit: Hit) -> bool:
    return hit.check.startswith(_ADDED) and bool(hit.b.strip())


def without(text: str, words: str) -> str | None:
    """``text`` with the first whole-word occurrence of ``words`` taken out, its spaces closed
    ("a secret plan ." less "secret": "a plan ."); None where ``words`` is not in it."""
    words = words.strip()
    if not words:
        return None
    found = re.search(
        ("" if not words[0].isalnum() else r"(?<!\w)")
        + re.escape(words)
        + ("" if not words[-1].isalnum() else r"(?!\w)"),
        text,
    )
    if found is None:
        return None
    left, right = text[: found.start()].rstrip(), text[found.end() :].lstrip()
    if not left or not right:
        rest = left or right
    elif right[0].isalnum() or right[0] in "\"'(“‘":
        rest = f"{left} {right}"
    else:
        rest = left + right  # a mark after the word ("a plan ." / "a plan."), as B writes it
    rest = rest.strip()
    return rest or None


def dropped(hit: Hit) -> bool:
    """A removal finding that names words of A that B lacks."""
    return hit.check.startswith(_DROPPED) and bool(hit.a.strip())


def _rest(ctx: PairContext, hit: Hit) -> tuple[str, str] | None:
    """The text the hit's words are taken out of, and what is left: B less its words for a word
    only in B, A less them for a word B lacks; None for other hits."""
    if added(hit):
        rest = without(ctx.b, hit.b)
        return None if rest is None else (ctx.a, rest)
    if dropped(hit):
        rest = without(ctx.a, hit.a)
        return None if rest is None else (rest, ctx.b)
    return None


def closer_texts(ctx: PairContext, hits: list[Hit]) -> list[str]:
    """The texts ``with_closer`` compares for ``hits``: none where no hit adds or drops
    words."""
    rests = [pair[1] if added(hit) else pair[0] for hit in hits if (pair := _rest(ctx, hit))]
    return [ctx.a, ctx.b, *rests] if rests else []


def with_closer(ctx: PairContext, hits: list[Hit]) -> list[Hit]:
    """``hits`` with evidence ``closer_without`` on each that adds words: cos(A, B less its
    words) - cos(A, B), and on each that names words B lacks: cos(A less them, B) - cos(A, B).
    Unchanged without the model."""
    if not ctx.similarity.available:
        return hits
    compared = [_rest(ctx, hit) for hit in hits]
    if not any(compared):
        return hits
    pair = ctx.similarity(ctx.a, ctx.b)
    done = []
    for hit, rests in zip(hits, compared, strict=True):
        if rests is not None:
            gain = ctx.similarity(*rests) - pair
            share = max(-_SHARE, min(_SHARE, gain / max(1.0 - pair, _NEAR)))
            evidence = {"closer_without": round(gain, 4), "closer_share": round(share, 4)}
            hit = replace(hit, evidence={**hit.evidence, **evidence})
        done.append(hit)
    return done


# ``closer_share``: the gain over the pair's distance, 1 - cos(A, B), no less than ``_NEAR`` (two
# texts that near each other leave a gain no room to mean more), held within +-``_SHARE``.
_NEAR = 0.01
_SHARE = 2.0
