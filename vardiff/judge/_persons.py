"""People named in news style: the surname alone stands for the whole name."""

from __future__ import annotations

import re

from .._entities import is_demonym
from .._words import HONORIFICS
from ._lexicon import lexicon

__all__ = ["family_name_kept", "surname_kept"]


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
        # "Bozal Spanish" / "Spanish": a kind of a language, not a person.
        and not is_demonym(surname)
    )


def _personal(word: str) -> bool:
    """A word that may be part of a person's name: capitalised, in letters ("Merkel",
    "Jean-Luc"); not an acronym ("NSA", "CEO") nor a possessive ("Ring's CEO")."""
    return word[:1].isupper() and word[1:].islower() and word.replace("-", "").isalpha()


def family_name_kept(whole: list[str], b: str) -> bool:
    """A person named by title and the family name that leads the whole name ("Xi Jinping" /
    "President Xi", "Moon Jae-in" / "Mr Moon"): Chinese, Korean and Japanese names put it
    first. The title tells it from a given name left alone ("Angela Merkel" / "Angela"), and
    the family name must stand as a name of its own, not open another ("Xi Mingze")."""
    lex = lexicon()
    family = re.escape(whole[0])
    titled = re.search(rf"([\w.]+)\s+{family}(?![\w-])(?!\s+[A-Z])", b)
    return (
        2 <= len(whole) <= 3
        and all(_personal(w) for w in whole)
        # The family name may be a word for a thing ("Moon", "Sun", "Song"): the title before
        # it, in B, says it is a person's.
        and not any(lex.is_place(w) for w in whole[1:])
        and titled is not None
        and titled.group(1)[:1].isupper()
        and (
            titled.group(1).lower() in HONORIFICS
            or lex.domain(titled.group(1).lower()) == "noun.person"
        )
    )
