"""One stem in other parts of speech: the adjective of an adverb ("newly": "new", "happily":
"happy"), the verb of a noun ("closure": "close", "arrival": "arrive"), the adjective of a noun
("majority": "major").

Two readings, of two strengths. ``related_forms`` takes only the lexicon's derivational links
(WordNet's, in each word's commonest senses, spelt from the same stem: ``tools/build_lexicon.py``):
cutting "-ly" makes "hardly" hard, "lately" late and "nearly" near, which they do not say, so
the opposites check, which reads an opposite through another part of speech wherever it
stands ("the closure of the road" / "the road was open"), takes no suffix rule.
``adjective_forms`` reads an adverb by its adjective, the lexicon's link; asked
``by_suffix``, also the adjective its suffix spells ("hugely": "huge", "gently": "gentle")
where the lexicon knows one: WordNet links no adjective to many adverbs of degree ("hugely",
"largely"), and its two readers are careful already: the modifiers check keeps a dropped
adverb of degree quiet by it, the opposites check reads a near-antonym by it only where both
words bear on the same word.
"""

from __future__ import annotations

from functools import lru_cache

from .._words import FUNCTION_WORDS, stem
from ._lexicon import lexicon

__all__ = ["adjective_forms", "one_place", "related_forms"]

# "only" is no "on", "early" no "ear": an adverb of five letters at least ("newly", "fully").
_SHORTEST = 5


@lru_cache(maxsize=16384)
def adjective_forms(word: str, *, by_suffix: bool = False) -> tuple[str, ...]:
    """The lower-cased ``word``, and the adjectives of an adverb in -ly: the lexicon's
    ("newly": "new", "primarily": "primary"), and with ``by_suffix`` those its suffix spells
    ("hugely": "huge", "happily": "happy", "gently": "gentle", "fully": "full", but also
    "hardly": "hard")."""
    lowered = word.lower()
    if not lowered.endswith("ly") or len(lowered) < _SHORTEST:
        return (lowered,)
    lex = lexicon()
    stem = lowered[:-2]
    spelt = (
        (stem, stem[:-1] + "y" if stem.endswith("i") else "", lowered[:-1] + "e", lowered[:-1])
        if by_suffix
        else ()
    )
    adjectives = [
        form
        for form in (*lex.derived(lowered), *spelt)
        if form and not form.endswith("ly") and lex.is_adjective(form)
    ]
    return (lowered, *dict.fromkeys(adjectives))


@lru_cache(maxsize=16384)
def related_forms(word: str) -> tuple[str, ...]:
    """The lower-cased ``word``, and the words of other parts of speech spelt from its stem
    ("closure": "close", "majority": "major", "newly": "new")."""
    lowered = word.lower()
    return (lowered, *lexicon().derived(lowered))


def one_place(mine: str, other: str, *, openings: bool = True) -> bool:
    """Whether two lower-cased tokens stand for one place in a sentence: the same word in any
    form ("small" / "smaller", "announced" / "announcement"), or with ``openings`` an opening
    (the start, an article) on both sides."""
    if mine == other or (openings and mine in _OPENING and other in _OPENING):
        return True
    if not (mine.isalpha() and other.isalpha()) or FUNCTION_WORDS & {mine, other}:
        return False
    return (len(mine) > 4 and len(other) > 4 and mine[:5] == other[:5]) or bool(
        _forms(mine) & _forms(other)
    )


@lru_cache(maxsize=16384)
def _forms(word: str) -> frozenset[str]:
    """The lower-cased ``word``, its stem and its lemmas as a noun, a verb and an adjective."""
    lex = lexicon()
    lemmas = (w.lower() for pos in "nva" for w in lex.lemmas(word, pos))
    return frozenset({word, stem(word), *lemmas})


# The start of a sentence and the articles: the places a noun phrase opens.
_OPENING = frozenset({"^", "a", "an", "the"})
