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


# "should" is an expectation as often as a duty ("he should arrive on Sunday" / "he is expected
# to arrive on Sunday"): it matches a necessity, a plan or a probability on the other side.
_SHOULD = "should"
_SHOULD_MATCHES = ("necessity", "plan", "probability")


def _epistemic(text: str) -> set[str]:
    kinds = {k for k in cues.modality_classes(text) if k in _EPISTEMIC}
    if "possibility" in kinds and all(
        w.lower() == "can" for w in cues.modality_words(text, "possibility")
    ):
        kinds.discard("possibility")
    if "necessity" in kinds and all(
        w.lower() == _SHOULD for w in cues.modality_words(text, "necessity")
    ):
        kinds = (kinds - {"necessity"}) | {_SHOULD}
    return kinds


def _settle_should(left: set[str], right: set[str]) -> tuple[set[str], set[str]]:
    """Each side's kinds with a "should" and what it matches on the other side taken out; a
    "should" left unmatched is a necessity."""
    for one, other in ((left, right), (right, left)):
        match = next((k for k in _SHOULD_MATCHES if k in other), None)
        if _SHOULD in one and match is not None:
            one.discard(_SHOULD)
            other.discard(match)
    for side in (left, right):
        if _SHOULD in side:
            side.discard(_SHOULD)
            side.add("necessity")
    return left, right


def check_modality(ctx: PairContext) -> list[Finding]:
    a, b = cues.strip_quotes(ctx.a), cues.strip_quotes(ctx.b)
    left, right = _settle_should(_epistemic(a), _epistemic(b))
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
