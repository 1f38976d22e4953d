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

from ._lexicon import lexicon

__all__ = ["adjective_forms", "related_forms"]

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
