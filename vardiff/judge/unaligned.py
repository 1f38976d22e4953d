"""Sentences with no counterpart: left out of B, or added in B, graded by what they carry."""

from __future__ import annotations

import re

from .. import _cues as cues
from .._artifacts import Artifact, artifacts, is_fragment
from .._entities import extract_names
from .._numbers import extract_quantities
from .._report import Finding
from .._words import content_words, stem
from ._context import PairContext
from ._draft import draft
from .damage import damage_finding

__all__ = ["check_spliced", "check_unaligned"]


_IDEOGRAPHS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def word_count(text: str) -> int:
    """Words, where scripts without spaces count a character as a word: a dropped Chinese
    sentence is one "word" to ``split()``, and must weigh like any other sentence."""
    return max(len(text.split()), len(_IDEOGRAPHS.findall(text)))


def _has_facts(text: str) -> bool:
    return bool(
        extract_quantities(text)
        or extract_names(text)
        or cues.quotes(text)
        or cues.attributions(text)
    )


def _sentence_finding(
    ctx: PairContext, text: str, *, omitted: bool, what: str, min_words: int = 6
) -> Finding:
    """A sentence (or one spliced into a sentence of the pair) on one side only, graded by what
    it carries: facts (numbers, names, quotes, sources), or at least ``min_words`` words."""
    words = word_count(text)
    facts = _has_facts(text)
    if facts:
        prior, why = 0.85, ", with facts in it (numbers, names, quotes or sources)"
    elif words >= min_words:
        prior, why = 0.65, ""
    elif cues.negations(text):
        # A short denial is a claim however few its words ("It is not safe."), unlike a
        # short aside ("Thank you.", "I was in awe.").
        prior, why = 0.65, " (a short one that denies something)"
    else:
        prior, why = 0.3, " (a short one)"
    return draft(
        ctx,
        check="omission.sentence" if omitted else "addition.sentence",
        category="omission" if omitted else "addition",
        a=text if omitted else "",
        b="" if omitted else text,
        message=what + why,
        prior=prior,
        evidence={"words": float(words), "facts": float(facts)},
    )


def check_unaligned(ctx: PairContext) -> list[Finding]:
    omitted = ctx.pair.status == "omitted"
    text = ctx.pair.a_text if omitted else ctx.pair.b_text
    side = "a" if omitted else "b"
    words = word_count(text)
    if is_fragment(text) and words <= 8:
        return [damage_finding(ctx, Artifact("broken sentence", text), side=side)]
    if omitted:
        what = "A sentence of A is missing in B"
    else:
        what = "B adds a sentence that A does not have"
    found = [_sentence_finding(ctx, text, omitted=omitted, what=what)]
    if not omitted:
        for artifact in artifacts(text, "", sentences=[]):
            found.append(damage_finding(ctx, artifact, side="b"))
    return found


# Where a sentence of the pair starts inside a changed span: after a full stop, a question or
# an exclamation mark (a closing quote or bracket between), before a capital or an opening quote.
_SENTENCE_START = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z])")
# Fewer words than this after a sentence's start is a short aside, which the wording check weighs.
_SPLICED_WORDS = 5


def check_spliced(ctx: PairContext) -> list[Finding]:
    """A sentence of its own inside an aligned pair that the other side does not have: the
    aligner puts a sentence added next to another into that one's pair ("The striker scored
    twice. He was later sent off, and the team won" / "The striker scored twice, and the team
    won"), where the words check would read it as words added, most often quietly. Read where
    one side has more sentences than the other and a span on that side only (no half of a
    move) opens a sentence and runs on for a clause."""
    # Counted in the texts: a pair judged alone is one "sentence" a side, however many it holds.
    starts_a = len(_SENTENCE_START.findall(ctx.a.strip()))
    starts_b = len(_SENTENCE_START.findall(ctx.b.strip()))
    more_a, more_b = starts_a > starts_b, starts_b > starts_a
    if not (more_a or more_b):
        return []
    # Only into a rendering otherwise faithful: a translator who splits a sentence and words
    # it anew ("they will merge over a billion-year time scale" / ". Their merging will take
    # billions of years") leaves few words of the other side in place. Where the rendering is
    # worded anew, the model's word similarities do not tell an added sentence from a split
    # one (MQM's "to whom we owe so much" / ". In fact, many of our ideas come from him").
    other = ctx.b if more_a else ctx.a
    kept = sum(len(op.a.split()) for op in ctx.ops if op.op == "equal")
    if kept < _KEPT_SHARE * len(other.split()):
        return []
    other_stems = {stem(w.lower()) for w in content_words(other)}
    if more_a:
        what = "A sentence of A is missing in B, beside one B keeps"
    else:
        what = "B adds a sentence that A does not have, beside one A has"
    return [
        _sentence_finding(ctx, piece, omitted=more_a, what=what)
        for op in ctx.ops
        if not op.is_moved and op.op != "equal"
        for piece in _sentence_pieces(op.a if more_a else op.b)
        if _new_content(piece, other_stems)
    ]


# The share of the other side's words a pair must keep in place, and the share of a sentence's
# content words the other side must say nowhere, for that sentence to be one added or left out.
_KEPT_SHARE = 0.8
_NEW_SHARE = 0.5


def _new_content(piece: str, other_stems: set[str]) -> bool:
    content = [w.lower() for w in content_words(piece)]
    new = [w for w in content if stem(w) not in other_stems]
    return bool(content) and len(new) >= _NEW_SHARE * len(content)


def _sentence_pieces(span: str) -> list[str]:
    """The parts of a changed span that open a sentence inside it (after a sentence's end the
    span holds) and run on for a clause: each from that start to the next one or the span's
    end."""
    text = span.strip()
    if not text:
        return []
    pieces = []
    starts = [m.end() for m in _SENTENCE_START.finditer(text)]
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(text)
        piece = text[start:end].strip()
        if len(piece.split()) >= _SPLICED_WORDS and not is_fragment(piece):
            pieces.append(piece.rstrip(" ,;"))
    return pieces
