"""People named in news style: the surname alone stands for the whole name."""

from __future__ import annotations

import re

from ._lexicon import lexicon

__all__ = ["surname_kept"]


def surname_kept(given: list[str], surname: str, b: str) -> bool:
    """A person named by the surname alone in B, the given names left out ("Angela Merkel" /
    "Merkel", "John Lewis" / "Lewis"): news style, the same person. Not a place or a body
    ("South Africa" / "Africa", "New York" / "York", "United States" / "States")."""
    lex = lexicon()
    return (
        0 < len(given) <= 2
        and surname not in given
        and all(_personal(w) for w in [*given, surname])
        and re.search(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", b) is not None
        and not any(lex.is_place(w) for w in [*given, surname])
    )


def _personal(word: str) -> bool:
    """A word that may be part of a person's name: capitalised, in letters ("Merkel",
    "Jean-Luc"); not an acronym ("NSA", "CEO") nor a possessive ("Ring's CEO")."""
    return word[:1].isupper() and word[1:].islower() and word.replace("-", "").isalpha()
