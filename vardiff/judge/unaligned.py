"""Sentences with no counterpart: left out of B, or added in B, graded by what they carry."""

from __future__ import annotations

import re

from .. import _cues as cues
from .._artifacts import Artifact, artifacts, is_fragment
from .._entities import extract_names
from .._numbers import extract_quantities
from .._report import Finding
from ._context import PairContext
from ._draft import draft
from .damage import damage_finding

__all__ = ["check_unaligned"]


_IDEOGRAPHS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def word_count(text: str) -> int:
    """Words, where scripts without spaces count a character as a word: a dropped Chinese
    sentence is one "word" to ``split()``, and must weigh like any other sentence."""
    return max(len(text.split()), len(_IDEOGRAPHS.findall(text)))


def check_unaligned(ctx: PairContext) -> list[Finding]:
    omitted = ctx.pair.status == "omitted"
    text = ctx.pair.a_text if omitted else ctx.pair.b_text
    side = "a" if omitted else "b"
    words = word_count(text)
    if is_fragment(text) and words <= 8:
        return [damage_finding(ctx, Artifact("broken sentence", text), side=side)]
    facts = bool(
        extract_quantities(text)
        or extract_names(text)
        or cues.quotes(text)
        or cues.attributions(text)
    )
    if omitted:
        what = "A sentence of A is missing in B"
    else:
        what = "B adds a sentence that A does not have"
    if facts:
        prior, why = 0.85, ", with facts in it (numbers, names, quotes or sources)"
    elif words >= 6:
        prior, why = 0.65, ""
    else:
        prior, why = 0.3, " (a short one)"
    found = [
        draft(
            ctx,
            check="omission.sentence" if omitted else "addition.sentence",
            category="omission" if omitted else "addition",
            a=text if omitted else "",
            b="" if omitted else text,
            message=what + why,
            prior=prior,
            evidence={"words": float(words), "facts": float(facts)},
        )
    ]
    if not omitted:
        for artifact in artifacts(text, "", sentences=[]):
            found.append(damage_finding(ctx, artifact, side="b"))
    return found
