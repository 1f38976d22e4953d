"""Negation: a statement on one side and its denial on the other."""

from __future__ import annotations

import re

from .. import _cues as cues
from .._report import Finding
from ._context import PairContext
from ._draft import draft
from .opposites import negation_explained

__all__ = ["check_negation"]

_AUXILIARY = re.compile(
    r"\b(?:do|does|did|is|are|am|was|were|be|been|will|would|can|could|shall|should|may|might|"
    r"must|has|have|had|ca|wo)\s*(?:not\b|n[’']t\b)",
    re.IGNORECASE,
)
_GRAMMATICAL = {
    "not", "n't", "n’t", "never", "no", "no longer", "none", "nobody", "nothing", "nowhere",
    "neither", "nor", "cannot",
}  # fmt: skip


def _evidence(cues_new: list[str], a: str, b: str) -> dict[str, float | str]:
    """How the extra negation is said: "did not express" denies a verb outright; a lexical
    negative ("failed", "lacks", "too quiet to") is often a translator's way of saying the
    same thing the other side says without one."""
    lexical = any(c.lower() not in _GRAMMATICAL for c in cues_new)
    return {
        "lexical_cue": float(lexical),
        "auxiliary_negated": float(len(_AUXILIARY.findall(a)) != len(_AUXILIARY.findall(b))),
    }


def check_negation(ctx: PairContext) -> list[Finding]:
    a, b = cues.strip_quotes(ctx.a), cues.strip_quotes(ctx.b)
    left, right = cues.negations(a), cues.negations(b)
    if len(left) == len(right):
        return []
    # "likely" / "unlikely" is the opposites check's finding, and "did not rise" / "fell" says
    # the same thing twice over: neither is a flipped polarity.
    if negation_explained(a, b):
        return []
    gone = [w for w in left if w.lower() not in {r.lower() for r in right}]
    new = [w for w in right if w.lower() not in {x.lower() for x in left}]
    # One side with no negation at all against one with some is a flip of polarity; both sides
    # negated, only in different numbers, is more often a negative said another way ("No, I
    # don't" / "I do not").
    both = bool(left and right)
    if len(left) > len(right):
        message = f"A denies what B affirms: {', '.join(gone or left)!r} has no counterpart in B"
    else:
        message = f"B denies what A affirms: {', '.join(new or right)!r} has no counterpart in A"
    return [
        draft(
            ctx,
            check="negation.count" if both else "negation.flipped",
            category="negation",
            a=", ".join(gone or left),
            b=", ".join(new or right),
            message=message,
            prior=0.4 if both else 0.9,
            evidence=_evidence(gone or left if len(left) > len(right) else new or right, a, b),
            a_span=ctx.locate((gone or left or [""])[0], side="a"),
            b_span=ctx.locate((new or right or [""])[0], side="b"),
        )
    ]
