"""A head noun B puts after a noun of A, the words around them as A has them: the noun phrase
now names another thing, A's noun only its modifier ("crashed into a wall," / "crashed into a
wall cupboard,", "the fuel tank." / "the fuel tank assembly.", "home to different wildlife." /
"home to different wildlife sanctuary."). A translation that names a thing more fully rewords
around it or names what the first noun already says ("an oak" / "an oak tree"); a head of a
thing put in with both neighbours kept is another referent.

Only this way round: a translation drops a head that its first noun implies ("ammunition
rounds" / "ammunition", "union members" / "unions", "opening match" / "opener"; three correct
DEMETR translations do), so a head only A has is left to the removal rules."""

from __future__ import annotations

from ..._numbers import is_amount_word
from ..._words import FUNCTION_WORDS
from .._edits import Hit
from .._lexicon import lexicon
from ._found import _between
from ._gaps import ground_of_its_material, head_adds_nothing
from ._grammar import _CLOSERS, _FINITE, _PREPOSITIONS
from ._phrases import _normalised

# Things and beings: a head of one of these kinds names something the first noun does not
# ("wall" / "wall cupboard", "curry" / "curry soup"). A head of an idea, a state or an act
# ("terrain conditions", "media reports", "performance levels", "time dilation effect") often
# only spells out what the first noun meant.
_THING_FILES = frozenset(
    {
        "noun.artifact",
        "noun.object",
        "noun.food",
        "noun.animal",
        "noun.plant",
        "noun.body",
        "noun.substance",
        "noun.person",
        "noun.group",
    }
)

# What may follow the end of a noun phrase: a mark, a preposition, a finite verb, a
# conjunction or a relative.
_AFTER_PHRASE = _CLOSERS | _PREPOSITIONS | _FINITE | {"and", "or", "but", "who", "which", "that"}


def _new_head(tokens: list[str], index: int) -> bool:
    """Whether ``tokens[index]`` is a noun of a thing that ends a noun phrase right after a
    noun (a lower-case word the lexicon reads as a noun more than as an adjective), so that
    it, not that noun, is the phrase's head."""
    if index == 0 or index + 1 >= len(tokens):
        return False
    word, first, following = tokens[index], tokens[index - 1], tokens[index + 1].lower()
    lex = lexicon()
    return (
        word.isalpha()
        and word == word.lower()
        and word not in FUNCTION_WORDS
        and not word.endswith("ing")
        and lex.is_noun(word)
        and not lex.is_adjective(word)
        # A verb first ("let the universe come to us"): no head.
        and lex.readings(word, "v") <= lex.readings(word, "n")
        and lex.domain(word) in _THING_FILES
        # A name before it is named by its kind ("Lockheed Martin corporation"); a word read
        # as an adjective more than as a noun is the head's modifier ("married man").
        and first.isalpha()
        and first == first.lower()
        and first not in FUNCTION_WORDS
        and lex.is_noun(first)
        and lex.readings(first, "n") > lex.readings(first, "a")
        and following in _AFTER_PHRASE
        and not head_adds_nothing(first, word)
        # A person after a group's noun is one of it ("the whole staff" / "every staff
        # member", "the crew" / "the crew members"): the group counted by its members.
        and not (lex.domain(word) == "noun.person" and lex.domain(first) == "noun.group")
    )


def head_nouns(a: str, b: str) -> list[Hit]:
    """``addition.head_noun``: a head of a thing that B puts after a noun of A, the words on
    each side as A has them, and that A says in no form, synonym nor derivation ("a wall," /
    "a wall cupboard,")."""
    tokens = _normalised(b)
    lex = lexicon()
    said_a = {w.lower() for w in _normalised(a)}
    said_a |= {lemma for w in said_a for lemma in lex.lemmas(w)}
    found: list[Hit] = []
    for index in _between(a, b, _new_head):
        head, first = tokens[index], tokens[index - 1]
        if ground_of_its_material(tokens[:index], head):
            continue  # "on clay" / "on clay courts": the ground the material stood for
        if said_a & set(lex.derived(head)):
            continue  # "studied law" / "a law student": A's verb, said as its agent
        if first.lower() not in said_a or is_amount_word(first):
            # "psychologists" / "psychology researchers", "reservists" / "reserve troops": one
            # word of A spelt out in two; "five for 40" / "five wickets for 40": a count's unit.
            continue
        found.append(
            Hit(
                "addition.head_noun",
                "removal",
                "",
                head,
                f"{head!r} only in B, after {first!r}: the phrase names another thing"
                f" ({first!r} / {first + ' ' + head!r})",
                0.6,
                {"domain_thing": 1.0},
            )
        )
    return found
