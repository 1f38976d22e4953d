"""Evidence that several checks measure: how well the other side accounts for some words
(*support*), and how alike two spans are as strings (*spelling*)."""

from __future__ import annotations

import difflib

from .._numbers import is_amount_word
from .._words import content_words, stem
from ._context import PairContext

__all__ = ["content_terms", "spelling", "support", "support_texts"]


def content_terms(text: str) -> list[str]:
    """Content words, lower case, amounts left out (the number check's)."""
    return [w.lower() for w in content_words(text) if not is_amount_word(w)]


def support(ctx: PairContext, words: str, other: list[str]) -> float:
    """How well the other side accounts for ``words``: for each word, its closest content word
    on the other side (1.0 for the same stem); the weakest word decides."""
    weakest = 1.0
    stems = {stem(o) for o in other}
    for word in content_terms(words):
        if stem(word) in stems:
            continue
        weakest = min(weakest, max((ctx.similarity(word, o) for o in other), default=0.0))
    return weakest


def support_texts(words: str, other: list[str]) -> list[str]:
    """The texts :func:`support` will ask the model about for the same arguments, so that they
    are embedded ahead in one batch and nothing else is: none when every word has its stem on
    the other side."""
    stems = {stem(o) for o in other}
    unmatched = [word for word in content_terms(words) if stem(word) not in stems]
    return [*unmatched, *other] if unmatched and other else []


def spelling(left: str, right: str) -> float:
    """How alike two spans are as strings: a typo ("foudn" / "found") is close to 1."""
    return difflib.SequenceMatcher(None, left.lower(), right.lower()).ratio()
