"""Certainty and hedging: "is scheduled to" / "may", "will" / "might". A plain future ("will")
or conditional ("would") against none is tense or style, and translations vary in it freely;
"can" is ability, not likelihood.

One change stands out from the rest (``modality.certainty``): a claim stated as certain on one
side ("will", "must") and only as possible on the other ("may", "might", "could"), with nothing
else on either side that hedges or frames it. Honest translations move between "would" and
"will" or "may" and "could" all the time; they do not turn what will happen into what may.
Conditions ("if", "unless", "whether"), questions and a "would" on either side frame the
modals as hypothetical, so they leave the finding to ``modality.changed``."""

from __future__ import annotations

import re

from .. import _cues as cues
from .._report import Finding
from ._context import PairContext
from ._draft import draft

__all__ = ["check_modality"]

_EPISTEMIC = {"possibility", "probability", "necessity", "plan", "hedge", "expectation"}
_PLAIN = {
    "possibility": "possible",
    "probability": "probable",
    "necessity": "necessary",
    "plan": "planned",
    "hedge": "hedged",
}


# Words of two kinds at once, with the kinds they match on the other side and the kind they
# are where the other side has none of those. "should" is an expectation as often as a duty
# ("he should arrive on Sunday" / "he is expected to arrive on Sunday"); what "is expected to"
# happen is planned or likely ("is scheduled to", "will probably").
_SHOULD = "should"
_EITHER = {
    _SHOULD: (("necessity", "plan", "probability", "expectation"), "necessity"),
    "expectation": (("plan", "probability"), "probability"),
}


def _possible_words(text: str) -> list[str]:
    """The words that say something may be, but "can": ability, not likelihood."""
    return [w for w in cues.modality_words(text, "possibility") if w.lower() != "can"]


def _certain_words(text: str) -> list[str]:
    """The words that say something will or must be ("will", "is going to", "must")."""
    necessity = cues.modality_words(text, "necessity")
    return cues.modality_words(text, "future") + [w for w in necessity if w.lower() == "must"]


def _epistemic(text: str) -> set[str]:
    kinds = {k for k in cues.modality_classes(text) if k in _EPISTEMIC}
    if "possibility" in kinds and not _possible_words(text):
        kinds.discard("possibility")
    if "necessity" in kinds and all(
        w.lower() == _SHOULD for w in cues.modality_words(text, "necessity")
    ):
        kinds = (kinds - {"necessity"}) | {_SHOULD}
    return kinds


def _settle_either(left: set[str], right: set[str]) -> tuple[set[str], set[str]]:
    """Each side's kinds with a word of two kinds (:data:`_EITHER`) and what it matches on the
    other side taken out; one left unmatched is its own kind."""
    for kind, (matches, _) in _EITHER.items():
        for one, other in ((left, right), (right, left)):
            match = next((k for k in matches if k in other), None)
            if kind in one and match is not None:
                one.discard(kind)
                other.discard(match)
    for kind, (_, alone) in _EITHER.items():
        for side in (left, right):
            if kind in side:
                side.discard(kind)
                side.add(alone)
    return left, right


def _words(text: str, kind: str) -> list[str]:
    """The words that say ``kind`` in ``text``, an expectation left alone among them."""
    found = cues.modality_words(text, kind)
    if kind == _EITHER["expectation"][1]:
        found += cues.modality_words(text, "expectation")
    return found


_FRAMED = re.compile(r"\b(?:if|unless|whether)\b|\?\s*$", re.IGNORECASE)
_UNSURE = {"possibility", "hedge", "probability", "expectation", "plan", "conditional"}


def _certainty(text: str) -> str | None:
    """``"certain"`` when ``text`` says what will or must be and hedges nothing, ``"possible"``
    when it only says what may be (not with "can": ability); None otherwise."""
    if _FRAMED.search(text):
        return None
    kinds = set(cues.modality_classes(text))
    certain = bool(_certain_words(text))
    if certain and not kinds & _UNSURE:
        return "certain"
    if _possible_words(text) and not (certain or "conditional" in kinds):
        return "possible"
    return None


def check_modality(ctx: PairContext) -> list[Finding]:
    a, b = cues.strip_quotes(ctx.a), cues.strip_quotes(ctx.b)
    left, right = _settle_either(_epistemic(a), _epistemic(b))
    if left == right:
        return []
    certainty = (_certainty(a), _certainty(b))
    if set(certainty) == {"certain", "possible"}:
        return [_certainty_finding(ctx, a, b, certain_in_a=certainty[0] == "certain")]
    gone = sorted(left - right)
    new = sorted(right - left)
    words_a = [w for kind in gone for w in _words(a, kind)]
    words_b = [w for kind in new for w in _words(b, kind)]
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


def _certainty_finding(ctx: PairContext, a: str, b: str, *, certain_in_a: bool) -> Finding:
    if certain_in_a:
        words_a, words_b = _certain_words(a), _possible_words(b)
        message = (
            f"stated as certain in A ({words_a[0]!r}), only as possible in B ({words_b[0]!r}): "
            "the claim is weakened"
        )
    else:
        words_a, words_b = _possible_words(a), _certain_words(b)
        message = (
            f"only possible in A ({words_a[0]!r}), stated as certain in B ({words_b[0]!r}): "
            "the claim is made stronger"
        )
    return draft(
        ctx,
        check="modality.certainty",
        category="modality",
        a=", ".join(words_a),
        b=", ".join(words_b),
        message=message,
        prior=0.65,
        evidence={"certain_in_a": float(certain_in_a)},
        a_span=ctx.locate(words_a[0], side="a"),
        b_span=ctx.locate(words_b[0], side="b"),
    )
