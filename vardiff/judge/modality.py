"""Certainty and hedging: "is scheduled to" / "may", "will" / "might". A plain future ("will")
or conditional ("would") against none is tense or style, and translations vary in it freely;
"can" is ability, not likelihood."""

from __future__ import annotations

from .. import _cues as cues
from .._report import Finding
from ._context import PairContext
from ._draft import draft

__all__ = ["check_modality"]

_EPISTEMIC = {"possibility", "probability", "necessity", "plan", "hedge"}
_PLAIN = {
    "possibility": "possible",
    "probability": "probable",
    "necessity": "necessary",
    "plan": "planned",
    "hedge": "hedged",
}


def _epistemic(text: str) -> set[str]:
    kinds = {k for k in cues.modality_classes(text) if k in _EPISTEMIC}
    if "possibility" in kinds and all(
        w.lower() == "can" for w in cues.modality_words(text, "possibility")
    ):
        kinds.discard("possibility")
    return kinds


def check_modality(ctx: PairContext) -> list[Finding]:
    a, b = cues.strip_quotes(ctx.a), cues.strip_quotes(ctx.b)
    left, right = _epistemic(a), _epistemic(b)
    if left == right:
        return []
    gone = sorted(left - right)
    new = sorted(right - left)
    words_a = [w for kind in gone for w in cues.modality_words(a, kind)]
    words_b = [w for kind in new for w in cues.modality_words(b, kind)]
    if not words_b:  # show what stands there instead: "is scheduled to" → "will"
        words_b = cues.modality_words(b, "future") or cues.modality_words(b, "conditional")
    if not words_a:
        words_a = cues.modality_words(a, "future") or cues.modality_words(a, "conditional")
    said_a = " and ".join(_PLAIN[k] for k in gone) or "stated as fact"
    said_b = " and ".join(_PLAIN[k] for k in new) or "stated as fact"
    return [
        draft(
            ctx,
            check="modality.changed",
            category="modality",
            a=", ".join(words_a),
            b=", ".join(words_b),
            message=f"how certain it is changed: {said_a} in A, {said_b} in B",
            prior=0.55,
            evidence={"kinds_changed": float(len(gone) + len(new))},
            a_span=ctx.locate((words_a or [""])[0], side="a"),
            b_span=ctx.locate((words_b or [""])[0], side="b"),
        )
    ]
