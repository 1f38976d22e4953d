"""Another kind of thing, a broader word, or the same thing: how a replaced noun relates.

"shells" → "bullets", "rifles" → "pistols", "Tuesday" → "Thursday", "brother" → "cousin" name
another thing of the same sort (co-hyponyms: a close common parent, neither above the other),
and a reader is told something false. "shells" → "projectiles", "rifles" → "weapons" name the
same thing more broadly (or more narrowly): a loss of detail at most. A synonym ("talks" /
"negotiations") changes nothing. People are read the same way: "judge" → "prosecutor" (under
one specific category, "official") or "pilot" → "passenger" (in roles far apart) is someone
else; "journalist" → "reporter" (under a broad category just below "person") or "surgeon" →
"doctor" (a broader word) may be the same person.

Two words whose commonest senses, the readings a reader takes first, are close siblings under a
specific parent ("rifles" / "pistols" under "firearm", "road" / "lane"), kin terms and named
days are another thing plainly (``kind.sibling``), inside a rewrite too; a relation the lexicon
finds only through a rarer sense ("hospital" the building / "clinic" the institution), a far
parent or a file is the looser ``kind.cohyponym``. Each finding says which (evidence
``commonest``, and ``parent_depth``: how specific the common parent is), for the calibration.

The shipped lexicon decides where it knows both words. Where its verdict rests only on a far
common parent, a role's category or the lexicographer file ("shark" / "dolphin"), the model's
similarity of the two words may overrule it (near-synonyms). Where it does not know them (a
rare word, a sense it lacks), the model's similarity of the two words alone decides: related
words that are not near-synonyms are taken for another thing of the same field.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import cached_property
from typing import cast

from .._numbers import is_amount_word
from .._report import Finding
from .._words import FUNCTION_WORDS, content_words, stem, without_possessive
from ._context import PairContext
from ._edits import Edit, Hit, as_findings, edits, replacements, vocabulary, words
from ._fields import find_fields, same_set_swaps
from ._glosses import defined_as_other, definition
from ._lexicon import Kinship, Lexicon, lexicon
from ._sources import current
from .events import same_outcome_hits
from .removal._grammar import _DETERMINERS, _MODALS, _PREPOSITIONS

__all__ = [
    "KIND_PRIORS",
    "check_kinds",
    "find_kinds",
    "kinds_texts",
    "kinds_wanted",
    "one_person_named",
]

# Priors: the share of findings that were meaning changes on the development data (the dev
# split of benchmarks/data/contrast_semantics.jsonl, and the correct translations of
# benchmarks/data/demetr_dev.jsonl as false alarms), smoothed.
KIND_PRIORS = {
    "sibling": 0.92,
    "cohyponym": 0.92,
    "cohyponym_abstract": 0.45,
    # Ideas, acts and states whose commonest senses are close siblings under a parent as
    # specific as :data:`_ABSTRACT_KIND_DEPTH` ("rash" / "cough" under "symptom",
    # "manufacturing" / "construction" under "industry"): no dev pair of honest variation
    # falls here (the one near it, "support" / "hold", meets at depth 5), so the prior is
    # set, not fitted, a little below the concrete siblings'.
    "sibling_abstract": 0.78,
    "related": 0.45,
    "broader": 0.3,
    "synonym": 0.05,
}
# Co-hyponyms that are things, foods, animals, plants, parts of the body, substances, kin or
# named days and months are another thing; among ideas, acts and groups ("term" / "time",
# "troops" / "army") two words under one parent are as often a translator's choice.
_CONCRETE = {
    "noun.artifact",
    "noun.food",
    "noun.animal",
    "noun.plant",
    "noun.body",
    "noun.substance",
    "noun.object",
}
_EVENTS = {"noun.event", "noun.phenomenon"}
_NOT_ABSTRACT_KINDS = frozenset({"noun.person", "noun.time", "noun.quantity"})
# Kinds whose members are never one another, wherever the lexicon files them and however far
# apart, each named by the words for it: two diseases or infections ("measles" / "mumps",
# "malaria" / "cholera"), two sports ("tennis" / "golf"), two colours ("red" / "green"), two
# currencies ("dollars" / "euros", "pesos" / "francs": the lexicon's quantities). The
# lexicon files them among states, acts and attributes, where a shared parent says little.
_KINDS_APART = (("disease", "infection"), ("sport",), ("color",), ("monetary unit",))
# Kinds whose members are never one another in the readings a reader takes first: two branches
# of knowledge ("astronomy" / "archaeology", "economics" / "psychology"), read by each word's
# commonest sense only ("finance", first the business of managing money, is no field of study
# there).
_KINDS_APART_COMMONEST = (("discipline",),)
_MONEY = ("monetary unit",)
# The model's similarity of two nouns alone: at or above NEAR they are near-synonyms, between
# RELATED and NEAR perhaps another thing of the same field, below RELATED unrelated (the wording
# check's). It separates poorly ("shells" / "bullets" 0.37, "debris" / "fragments" 0.40,
# "journalist" / "reporter" 0.79), so on its own it only says low.
_MAX_BREADTH = 100
# How many senses below a role may lie, at most, for it to be a specific role: "employee" (174),
# "expert" (133); not "worker" (747), "leader" (303) or "adult" (370).
_MAX_ROLE_BREADTH = 200
# Money as objects: coins and notes one holds.
_CASH = ("currency",)
# Siblings plainly apart: their commonest senses meet this many steps up at most, in all
# ("rifles" / "pistols" 1 + 1, "brother" / "cousin" 3 + 1), under a parent at least this deep
# ("firearm" 10, "road" 5; not "food" or "person", 4 and 3, where "meals" / "diet" and
# "assistant" / "trainee" meet).
_CLOSE_STEPS = 4
# A word's senses that a reader may take for it where its commonest is no thing ("trawler":
# a fisherman, then a fishing boat).
_THING_SENSES = 2
# Kinds of nature whose members the lexicon may file apart by their commonest senses ("rice"
# a food, "cotton" a fibre) while it holds both among their first few senses as plants.
_NATURAL_KINDS = frozenset({"noun.plant", "noun.animal", "noun.food"})
_NATURAL_SENSES = 3
_SPECIFIC_PARENT_DEPTH = 5
# Among ideas, acts and states a parent one step deeper than :data:`_SPECIFIC_PARENT_DEPTH`
# names a kind whose members a reader tells apart ("symptom", "industry", "publication");
# at 4 or 5 it is as broad as "act", "change" or "support", under which translators pick
# either word ("support" / "hold", "term" / "time").
_ABSTRACT_KIND_DEPTH = 6
NEAR = 0.8
RELATED = 0.35
_MAX_WORDS = 3
# Depth (steps from the root) of a common parent that names a specific role: "person" is at 3,
# "communicator" / "leader" / "worker" at 4, "politician" / "athlete" / "official" at 5 or more.
_SPECIFIC_ROLE_DEPTH = 5
# Files whose members, when specific, are things a reader tells apart wherever WordNet puts
# them (two animals, two foods, two tools, two people); not natural objects ("Earth" /
# "planet": WordNet lacks the link from a name to its kind).
_APART_FILES = (_CONCRETE - {"noun.object"}) | {"noun.person"}
# Words the model reads as this close are one thing named two ways, whatever the lexicon's
# categories say ("professor" / "teacher" 0.72, "mobile" / "phone" 0.70; "mayor" /
# "governor" 0.66, "judge" / "prosecutor" 0.63).
_NEAR_KIND = 0.68
# Words after which a word that may be a verb is one ("to hack", "will tinker").
_VERB_MARKERS = frozenset({"to", *_MODALS})

Similarity = Callable[[str, str], float]
# Words after which a word that may be a verb is a noun ("the guides", "dozens of rifles").
_NOUN_BEFORE = frozenset(
    _DETERMINERS | (_PREPOSITIONS - {"to"}) | {"another", "any", "some", "no", "one"}
)
# A possessive ending: "studio's", "voters'".


def _nouns(text: str, others: set[str], *, money: bool = False) -> list[str]:
    """Nouns of an edit that the other side lacks, in order. A compound noun the lexicon knows
    is one word ("fire engine", "Prime Minister", "father-in-law"), also when it is written as
    one ("landmine": the lexicon's "land mine"); "machine gun" is another thing than "gun".
    Words of amounts are the number check's, but with ``money`` (no number in the edit or
    just before it) a currency is a noun like any other ("buy dollars" / "buy euros")."""
    lex = lexicon()
    found: list[str] = []
    for unit in _units(words(text)):
        whole = " " in unit or ("-" in unit and lex.is_noun(unit))
        found += [unit] if whole else content_words(unit)
    return [
        w
        for w in found
        if not set(w.lower().split()) <= others
        and w.replace("-", "").replace(" ", "").isalpha()
        and (lex.is_noun(w) or lex.spelled_apart(w) is not None)
        # "three" / "five", "20 dollars" / "20 euros": the number check's
        and not (is_amount_word(w.lower()) and not (money and _currency(w)))
    ]


def _currency(word: str) -> bool:
    """A monetary unit ("dollars", "yuan"), not a word that is a verb too ("won")."""
    return not lexicon().is_verb(word) and _is_a(lexicon(), word, _MONEY)


def _unnumbered(edit: Edit) -> bool:
    """No number in the edit, nor just before it on either side ("20 dollars" / "20 euros" is
    the number check's unit)."""
    tokens = [
        *edit.a.split(),
        *edit.b.split(),
        *edit.before_a.split()[-1:],
        *edit.before_b.split()[-1:],
    ]
    stripped = (t.strip(".,;:()") for t in tokens)
    return not any(is_amount_word(t) and not _currency(t) for t in stripped if t)


def _units(tokens: list[str]) -> list[str]:
    """The words, with two or three in a row that the lexicon knows as one compound noun
    joined by a space ("machine gun"), the longest first."""
    lex = lexicon()
    found: list[str] = []
    start = 0
    while start < len(tokens):
        size = next((n for n in (3, 2) if lex.compound(tokens[start : start + n]) is not None), 1)
        found.append(" ".join(tokens[start : start + size]))
        start += size
    return found


def _with_shared_words(edit: Edit) -> tuple[str, str]:
    """The two sides of an edit, each with the word both sides share just before or after it
    when that word makes a compound noun the lexicon knows on both sides ("fire engine" /
    "fire truck", "chief executive officer" / "chief financial officer", where the edit is
    only "engine" / "truck"): the compounds are what is compared. One side's compound alone is
    not taken: "bus driver" / "taxi driver" keeps "bus" / "taxi"."""
    side_a, side_b = words(edit.a), words(edit.b)
    before_a, before_b = words(edit.before_a)[-1:], words(edit.before_b)[-1:]
    after_a, after_b = words(edit.after_a)[:1], words(edit.after_b)[:1]
    if not _one_word(before_a, before_b):
        before_a = before_b = []
    if not _one_word(after_a, after_b):
        after_a = after_b = []
    units_a = _units(before_a + side_a + after_a)
    units_b = _units(before_b + side_b + after_b)
    # A shared word at an end is in a compound when the unit at that end holds another word.
    if before_a and " " in units_a[0] and " " in units_b[0]:
        side_a, side_b = before_a + side_a, before_b + side_b
    if after_a and " " in units_a[-1] and " " in units_b[-1]:
        side_a, side_b = side_a + after_a, side_b + after_b
    return " ".join(side_a), " ".join(side_b)


def _one_word(a: list[str], b: list[str]) -> bool:
    """The same word (in any case) on both sides."""
    return bool(a) and [w.lower() for w in a] == [w.lower() for w in b]


def _pairs_of(a: str, b: str) -> list[tuple[list[str], list[str], bool, bool]]:
    """The nouns each replaced span lacks on the other side, whether the span counts
    something ("ten years" / "a decade"), and whether both may be verbs after "to" or a modal
    ("to hack one together" / "to tinker one")."""
    words_a = vocabulary(a)
    words_b = vocabulary(b)
    found = []
    for edit in replacements(a, b, most_words=_MAX_WORDS):
        text_a, text_b = _with_shared_words(edit)
        money = _unnumbered(edit)
        left, right = _nouns(text_a, words_b, money=money), _nouns(text_b, words_a, money=money)
        if left and right:
            # Digits count as much as number words: "3 years" / "36 months" is the number
            # check's.
            counted = any(is_amount_word(w.lower()) for w in words(edit.a) + words(edit.b)) or any(
                ch.isdigit() for ch in edit.a + edit.b
            )
            found.append((left, right, counted, _verbs_here(edit)))
    return found


def _verbs_here(edit: Edit) -> bool:
    """Both sides of the edit start with a word that may be a verb, right after "to" or a
    modal: the lexicon's noun readings of them say nothing."""
    lex = lexicon()
    before = [w.lower() for w in words(edit.before_a)[-1:] + words(edit.before_b)[-1:]]
    firsts = words(edit.a)[:1] + words(edit.b)[:1]
    return (
        len(before) == 2
        and all(w in _VERB_MARKERS for w in before)
        and all(lex.is_verb(w) for w in firsts)
    )


def _concrete(kin: Kinship, a: str, b: str, *, counted: bool = False) -> bool:
    lex = lexicon()
    if kin.domain in _CONCRETE or (_first_domain(a) in _CONCRETE and _first_domain(b) in _CONCRETE):
        return True
    if _kind_apart(a, b):
        return True
    # Two documents under a close common parent ("passport" / "driving licence", "contract" /
    # "treaty", "visa" / "permit"): papers one holds, not ideas.
    if kin.domain == "noun.communication" and all(_is_a(lex, w, ("document",)) for w in (a, b)):
        return True
    if kin.domain == "noun.person":
        return (lex.is_kin(a) and lex.is_kin(b)) or _roles_apart(kin)
    # "Tuesday" / "Thursday", "October" / "November"; seasons, times of day and spans of the
    # calendar ("summer" / "winter", "evening" / "morning", "week" / "month"), whose commonest
    # sense is a time; not "term" / "time".
    if kin.domain == "noun.time" and a[:1].isupper() and b[:1].isupper():
        return True
    # A span of time with an amount is the same time in other units ("ten years" / "a decade"):
    # the number check's.
    if not counted and _first_domain(a) == _first_domain(b) == "noun.time":
        return True
    # Two disasters or other events of nature under one close parent ("earthquake" / "flood").
    if {_first_domain(a), _first_domain(b)} <= _EVENTS and kin.steps_a + kin.steps_b <= 2:
        return True
    # Two precious metals, which WordNet first reads as money ("gold" / "silver").
    return kin.domain == "noun.possession" and {_first_domain(a), _first_domain(b)} <= {
        "noun.possession",
        *_CONCRETE,
    }


def _thing_only_in_rarer_sense(kin: Kinship, a: str, b: str) -> bool:
    """Two things of one kind only through a rarer sense of a word a reader takes first for no
    thing: "figure" is first a diagram in a text, only its fourth sense a sculpted form that
    meets "picture" under "representation" ("as shown in the figure" / "in the picture"); a
    server is first a waiter. The verdict rests on a reading the text does not suggest; a
    kinship among the first :data:`_THING_SENSES` senses ("trawler": a fisherman, then a
    fishing boat; "clinic" and "hospital" two institutions) still counts, and so do two words
    whose commonest senses are things ("bus" / "truck", whatever senses the lexicon meets them
    through)."""
    if kin.domain not in _CONCRETE or kin.parent < 0:
        return False  # not met through a common parent: another reading's verdict
    if _first_domain(a) in _CONCRETE and _first_domain(b) in _CONCRETE:
        return False
    if _never_one(a, b):
        return False
    # Among the first senses, in any file: "hospital" / "clinic" are two institutions there.
    near = lexicon().kinship(a, b, loose=True, first=_THING_SENSES)
    return near is None or near.relation != "cohyponym"


def _kind_apart(a: str, b: str) -> str | None:
    """The kind of :data:`_KINDS_APART` that both ``a`` and ``b`` are, if one is."""
    lex = lexicon()
    for names in _KINDS_APART:
        if all(_is_a(lex, word, names) for word in (a, b)):
            return names[0]
    for names in _KINDS_APART_COMMONEST:
        if all(_is_a(lex, word, names, commonest=True) for word in (a, b)):
            return names[0]
    return None


def _is_a(lex: Lexicon, word: str, kinds: tuple[str, ...], *, commonest: bool = False) -> bool:
    """Whether ``word`` is one of ``kinds`` ("malaria" an infection, "cholera" a disease), in
    any of its senses or (``commonest``) in its commonest."""
    found = (
        lex.kinship(word, kind, commonest=True)
        if commonest
        else lex.kinship(word, kind, loose=True)
        for kind in kinds
    )
    return any(kin is not None and kin.relation == "broader" for kin in found)


def _first_domain(word: str) -> str:
    """The lexicographer file of the word's commonest sense ("noun.artifact" for "glass")."""
    return lexicon().domain(word)


def _roles_apart(kin: Kinship) -> bool:
    """Two people under a specific common category ("judge" / "prosecutor" under "official",
    "mayor" / "governor" under "politician", "plumber" / "electrician"), or in roles with no
    close common parent at all ("pilot" / "passenger", "teacher" / "pupil"): other people.
    A broad category just below "person" ("communicator", "dweller", "leader") holds words a
    translator uses for one person ("journalist" / "reporter", "villagers" / "residents",
    "boss" / "head")."""
    return kin.parent < 0 or lexicon().depth(kin.parent) >= _SPECIFIC_ROLE_DEPTH


def one_person_named(kin: Kinship, a: str, b: str) -> bool:
    """Two words for people close under a broad category just below "person" ("villagers" /
    "residents" under "dweller", "journalist" / "reporter" under "communicator"): words a
    translator uses for the same people, unlike two roles (:func:`_roles_apart`) or a
    relative and anyone else ("his wife" / "his lawyer", "his brother" / "his cousin")."""
    return (
        kin.relation == "cohyponym"
        and kin.domain == "noun.person"
        and not (names_a_tie(a) or names_a_tie(b))
        and not _roles_apart(kin)
    )


# A relative a definition gives someone else: "a certain woman's husband", "whose husband".
_OWNED_WORD = re.compile(r"(?:['’]s|\bwhose)\s+([a-z]+)")
# People WordNet files by a tie to another person beside the relatives: a friend
# ("girlfriend"), a lover ("boyfriend") and one betrothed ("fiancée").
_TIES = ("friend", "lover", "betrothed")


def names_a_tie(word: str) -> bool:
    """Whether ``word`` names a person by their tie to another: a relative ("wife", "cousin"),
    a friend, a lover or one betrothed, or a person whose
    commonest sense's definition gives them someone else's relative ("ex": "a man who was
    formerly a certain woman's husband"; "widow": "a woman whose husband is dead"). Such a
    word names one person among anyone's acquaintance: "her ex" and "her lawyer" are two
    people, as "his wife" and "his lawyer" are."""
    lex = lexicon()
    if lex.is_kin(word):
        return True
    if _first_domain(word) != "noun.person":
        return False
    if any(
        (kin := lex.kinship(tie, word, commonest=True))
        and kin.relation in ("same", "synonym", "narrower")
        for tie in _TIES
    ):
        return True
    senses = lex.senses(word, "n")[:1]
    told = definition(senses[0]).split("(", 1)[0] if senses else ""
    return any(lex.is_kin(owned) for owned in _OWNED_WORD.findall(told))


def _distant_kind(a: str, b: str) -> Kinship | None:
    """Two kin terms ("nephew" / "grandson"), or two concrete things whose commonest senses
    meet only far up ("jewellery" / "paintings" under "artifact"): another thing all the same.
    Among ideas and acts a far common parent says nothing, and is not looked for; but two
    words that are things in other senses than their commonest may be those things
    (:func:`_things_in_other_senses`)."""
    lex = lexicon()
    if lex.is_kin(a) and lex.is_kin(b):
        return Kinship("cohyponym", domain="noun.person")
    if _kind_apart(a, b):
        return Kinship("cohyponym", domain=_first_domain(a))
    # Only two specific things: a general word ("equipment", "materials") one step below the
    # parent is a broader word for the other, whatever WordNet files it under.
    if max(lex.breadth(a), lex.breadth(b)) > _MAX_BREADTH:
        return None
    if not (_first_domain(a) in _CONCRETE and _first_domain(b) in _CONCRETE):
        return _things_in_other_senses(a, b)
    kin = lex.kinship(a, b, loose=True)
    if kin is None:
        # Two natural objects under a shallow but specific parent ("lake" / "river").
        return lex.natural_siblings(a, b)
    return kin if min(kin.steps_a, kin.steps_b) >= 2 else None


def _things_in_other_senses(a: str, b: str) -> Kinship | None:
    """Two words whose things (the senses of :data:`_CONCRETE` among each word's first two)
    are close siblings under a specific parent, where one word's commonest sense is no thing:
    "tanker" / "trawler" (a trawler is first a fisherman, then a fishing boat; both are
    vessels). The words were swapped one for the other and no reading makes them one thing or
    one a broader word for the other (the caller asked the lexicon first), so the two things
    are what is meant. Not a rarer sense ("trainers" a flight simulator, "shoe" a brake shoe:
    the lexicon lacks the trainers one wears), nor a capitalised word, a name's part ("the
    Meteorological Office" / "the Hydrometeorological Center"), the names check's."""
    if not (a.islower() and b.islower()):
        return None
    lex = lexicon()
    kin = lex.kinship(a, b, loose=True, files=_CONCRETE, first=_THING_SENSES)
    if kin is None or kin.relation != "cohyponym" or min(kin.steps_a, kin.steps_b) < 1:
        return None
    # One step further than siblings plainly apart: "tanker" / "trawler" meet 3 + 2 steps up,
    # under "vessel".
    far = kin.steps_a + kin.steps_b > _CLOSE_STEPS + 1
    return None if far or lex.depth(kin.parent) < _SPECIFIC_PARENT_DEPTH else kin


def _apart_in_file(a: str, b: str) -> Kinship | None:
    """Two specific things of one lexicographer file that the lexicon does not relate at all:
    two people in roles far apart ("pilot" / "passenger", "teacher" / "pupil"), two animals,
    two devices ("shark" / "dolphin", "camera" / "watch"), filed under parents too far
    apart to meet."""
    lex = lexicon()
    # In lower case: a name ("Rembrandt", "Brown") is the names check's, not a role.
    domain = _thing_file(a.lower())
    if domain != _thing_file(b.lower()):
        domain = _natural_kind_shared(a, b)
    if domain not in _APART_FILES:
        return None
    # Only two specific things: a general word ("equipment", "workers") is a broader word
    # for the other, whatever WordNet files it under. A role is specific further down: WordNet
    # files every trade under "employee" (174 below it) or "expert", and relates the roles it
    # covers to it (the caller asked the lexicon first: "clerks" / "employees" is narrower),
    # so "shareholders" / "employees" are two sides of a firm.
    most = _MAX_ROLE_BREADTH if domain == "noun.person" else _MAX_BREADTH
    if max(lex.breadth(a), lex.breadth(b)) > most:
        return None
    return Kinship("cohyponym", domain=domain)


def _thing_file(word: str) -> str:
    """The lexicographer file of the word's commonest sense, where money one holds ("coin",
    "banknote": WordNet files them as possessions, a kind of currency) is an object made."""
    domain = _first_domain(word)
    if domain == "noun.possession" and _is_a(lexicon(), word, _CASH):
        return "noun.artifact"
    return domain


def _natural_kind_shared(a: str, b: str) -> str:
    """The file of plants, animals or foods that both words are in, among each one's first
    senses, where their commonest senses are filed apart: "rice" (first a food) / "cotton"
    (first a fibre) are both plants, two crops; two plants the lexicon does not relate are
    two plants. Words in lower case only (a capitalised word may be a name's part)."""
    if not (a.islower() and b.islower()):
        return ""
    lex = lexicon()
    shared = {*lex.domains(a)[:_NATURAL_SENSES]} & {*lex.domains(b)[:_NATURAL_SENSES]}
    return min(shared & _NATURAL_KINDS, default="")


def _commonest_siblings(a: str, b: str) -> Kinship | None:
    """The two words' commonest senses, the readings a reader takes first, as siblings close
    under a specific common parent ("rifles" / "pistols" under "firearm", "road" / "lane",
    "judge" / "prosecutor" under "official"), both words specific. Not a relation through a
    rarer sense ("hospital" the building / "clinic" the institution, "figure" / "picture"),
    under a parent near the root, or of a general word ("equipment")."""
    lex = lexicon()
    kin = lex.kinship(a, b, commonest=True)
    if kin is None or kin.relation != "cohyponym" or kin.steps_a + kin.steps_b > _CLOSE_STEPS:
        return None
    if lex.depth(kin.parent) < _SPECIFIC_PARENT_DEPTH:
        return None
    if max(lex.breadth(a), lex.breadth(b)) > _MAX_BREADTH:
        return None
    return kin


def _plainly_apart(a: str, b: str, close: Kinship | None, *, one_word: bool) -> bool:
    """Another thing in the readings a reader takes ("rifles" / "pistols", "Tuesday" /
    "Thursday", "brother" / "cousin"): words never one another (:func:`_never_one`), or the
    commonest senses close siblings (:func:`_commonest_siblings`), one word each side. The
    lexicon's looser verdicts (a rarer sense, a far parent, the file alone, a compound the
    lexicon does not know) stay ``kind.cohyponym``."""
    return _never_one(a, b) or (one_word and close is not None)


def _abstract_siblings(
    kin: Kinship, close: Kinship | None, score: float | None, a: str, b: str, *, one_word: bool
) -> bool:
    """Two ideas, acts or states a reader takes for two members of one specific kind ("rash" /
    "cough", "nausea" / "dizziness", "manufacturing" / "construction", "reprint" / "edition"):
    their commonest senses close siblings under a parent at :data:`_ABSTRACT_KIND_DEPTH` or
    deeper, one word each side, which the model does not read as one. People are the roles'
    reading (:func:`_roles_apart`); spans of time and amounts the number checks'."""
    if close is None or not one_word or kin.domain in _NOT_ABSTRACT_KINDS:
        return False
    if score is not None and score >= NEAR:
        return False
    lex = lexicon()
    # Acts whose verbs are one act, or one a kind of the other ("a boost" / "a lift": to boost
    # is to lift), are one act said two ways.
    as_verbs = lex.kinship(a, b, pos="v")
    if as_verbs is not None and as_verbs.relation != "cohyponym":
        return False
    return lex.depth(close.parent) >= _ABSTRACT_KIND_DEPTH


def _never_one(a: str, b: str) -> bool:
    """Kin terms ("nephew" / "grandson"), named days and months ("Tuesday" / "Thursday") and
    the kinds of :data:`_KINDS_APART`: words that never name one thing, however alike the
    model reads them."""
    lex = lexicon()
    if lex.is_kin(a) and lex.is_kin(b):
        return True
    dated = a[:1].isupper() and b[:1].isupper()
    return (dated and _first_domain(a) == _first_domain(b) == "noun.time") or bool(
        _kind_apart(a, b)
    )


def _model_may_overrule(kin: Kinship, a: str, b: str, *, far: bool) -> bool:
    """The verdict rests on a role's category, a far common parent or the lexicographer file
    alone (``far``), where a translator's near-synonym may sit ("professor" / "teacher",
    "drum" / "drumhead"): the model's similarity of the two words may call them the same.
    Kin terms and kinds whose members are never one another stay apart."""
    if (lexicon().is_kin(a) and lexicon().is_kin(b)) or _kind_apart(a, b):
        return False
    return far or kin.domain == "noun.person"


def _compound_read(nouns: list[str]) -> bool:
    """Whether the nouns of one side of an edit may make a compound with its last one, which
    the lexicon does not know ("shop owner" / "shopkeeper"): another noun in lower case before
    it. A capitalised word is a name or a nation's adjective ("the last Australian chancellor":
    "Australian" a noun too), and a word in "-ing" a verb's form ("showing swimmers"): neither
    makes a compound with the noun after it."""
    lex = lexicon()
    return any(
        word.islower() and not (word.endswith("ing") and lex.is_verb(word)) for word in nouns[:-1]
    )


def _one_verb(a: str, b: str) -> bool:
    """Two forms of one verb the lexicon knows, irregular ones too ("rise" / "rose"): the
    tense check's ground, not another thing."""
    lemmas = lexicon().lemmas
    return bool(set(lemmas(a.lower(), "v")) & set(lemmas(b.lower(), "v")))


def _synonym_swaps(a: str, b: str) -> list[tuple[str, str, str]]:
    """One adjective, adverb or verb swapped for a synonym ("desperate" / "dire", "purchased" /
    "bought"): (word in a, word in b, part of speech). Nouns are :func:`find_kinds`' own."""
    lex = lexicon()
    words_a, words_b = vocabulary(a), vocabulary(b)
    found = []
    for edit in edits(a, b):
        if edit.kind != "replace":
            continue
        left = [w for w in content_words(edit.a) if w.lower() not in words_b and w.isalpha()]
        right = [w for w in content_words(edit.b) if w.lower() not in words_a and w.isalpha()]
        if len(left) != 1 or len(right) != 1:
            continue
        x, y = left[0], right[0]
        if (lex.is_noun(x) and lex.is_noun(y)) or lex.opposition(x, y):
            continue
        if lex.modifier_synonyms(x, y):
            found.append((x, y, "adjective"))
            continue
        kin = lex.kinship(x, y, pos="v") if lex.is_verb(x) and lex.is_verb(y) else None
        if kin is not None and kin.synonymous:
            found.append((x, y, "verb"))
    return found


def _plain_nouns(text: str) -> Counter[str]:
    """The words of ``text`` read as common nouns without the diff's pairing, with how often
    each stands: in lower case (a capitalised word may be a name, the names check's), a
    possessive by its noun ("the studio's channel"), nouns of the lexicon; a word that may be
    a verb or an adjective only where a determiner or a preposition stands before ("a plane",
    "dozens of rifles"; not "he guides", "auxiliary forces")."""
    lex = lexicon()
    tokens = [without_possessive(w) for w in words(text)]
    found: Counter[str] = Counter()
    for index, word in enumerate(tokens):
        if not (word.isalpha() and word.islower() and len(word) >= 3):
            continue
        if word in FUNCTION_WORDS or not lex.is_noun(word) or is_amount_word(word):
            continue  # "20 dollars" / "20 euros": the number check's
        ambiguous = lex.is_verb(word) or lex.is_adjective(word)
        if ambiguous and (index == 0 or tokens[index - 1].lower() not in _NOUN_BEFORE):
            continue
        found[word] += 1
    return found


def _fewer(nouns: Counter[str], other: str) -> list[str]:
    """The nouns the other text says fewer times, in any form ("hotel" is in "hotels"): "the
    voter ... the voter" / "the voter ... the freeman" loses one."""
    lex = lexicon()
    said: Counter[str] = Counter()
    for word in words(other):
        lowered = without_possessive(word.lower())
        said.update({lowered, *lex.lemmas(lowered, "n")})
    return [w for w, n in nouns.items() if n > max(said[form] for form in {w, *lex.lemmas(w, "n")})]


def _named_otherwise(word: str, nouns: Iterable[str]) -> bool:
    """One of the other side's nouns is a synonym, or a broader or narrower word for ``word``
    ("computers" / "machines"): the thing is still named. The word itself does not count
    here: a noun said fewer times (:func:`_fewer`) lost one of its places."""
    lex = lexicon()
    forms = {word, *lex.lemmas(word, "n")}
    for other in nouns:
        if forms & {other, *lex.lemmas(other, "n")}:
            continue
        kin = lex.kinship(word, other)
        if kin is not None and (kin.synonymous or kin.relation in ("broader", "narrower")):
            return True
    return False


def _unpaired_siblings(a: str, b: str) -> list[tuple[str, str, Kinship]]:
    """Close siblings the diff did not pair: a noun of ``a`` that ``b`` no longer says, and a
    noun new in ``b``, whose commonest senses are close siblings of a concrete kind
    (:func:`_commonest_siblings`, :func:`_concrete`) right under one parent, while neither is
    named on the other side by a synonym or a broader or narrower word. A rewrite moves words
    around ("the film studio Warner Brothers" / "Warner Brothers' film lab", "all computers in
    use today" / "the basis of all simulators"), and the word diff then pairs the noun inside
    a long span, or with another word: the kinds of the two texts' nouns are compared here."""
    nouns_a, nouns_b = _plain_nouns(a), _plain_nouns(b)
    found: list[tuple[str, str, Kinship]] = []
    for x in _fewer(nouns_a, b):
        for y in _fewer(nouns_b, a):
            if stem(x) == stem(y) or (close := _commonest_siblings(x, y)) is None:
                continue
            # No diff vouches that one stands for the other: only the closest siblings, two
            # kinds right under one parent ("rifles" / "pistols"), or words never one another.
            if close.steps_a + close.steps_b > 2 and not _never_one(x, y):
                continue
            if not _concrete(close, x, y):
                continue
            if _named_otherwise(x, nouns_b) or _named_otherwise(y, nouns_a):
                continue
            if defined_as_other(x, y):
                continue  # "a fake" / "a counterfeit": one thing under two names
            found.append((x, y, close))
    return found


class _Readings:
    """The nouns of one pair this check reads, each reading made once: the words to embed ahead
    (:func:`kinds_wanted`) and the check itself read the same ones."""

    def __init__(self, a: str, b: str) -> None:
        self._a, self._b = a, b

    @cached_property
    def paired(self) -> list[tuple[list[str], list[str], bool, bool]]:
        return _pairs_of(self._a, self._b)

    @cached_property
    def unpaired(self) -> list[tuple[str, str, Kinship]]:
        return _unpaired_siblings(self._a, self._b)

    def texts(self) -> list[str]:
        """The words the check may ask the model about."""
        paired = [w for left, right, _, _ in self.paired for w in (left[-1], right[-1])]
        return paired + [w for x, y, _ in self.unpaired for w in (x, y)]


def _readings(ctx: PairContext) -> _Readings:
    found = ctx.memo.get("kinds.readings")
    if found is None:
        found = ctx.memo["kinds.readings"] = _Readings(ctx.a, ctx.b)
    return cast(_Readings, found)


def kinds_texts(a: str, b: str) -> list[str]:
    """The words this check may ask the model about, to embed them in one batch."""
    return _Readings(a, b).texts()


def _spelled(word: str) -> str:
    """The word as the lexicon writes it: a compound written as one word ("landmine") apart."""
    return lexicon().spelled_apart(word) or word


def _written_apart(words_a: list[str], word_b: str) -> bool:
    """The words of one side are ``word_b`` written apart ("dragon flies" / "dragonflies")."""
    return "".join(words_a).replace(" ", "").lower() == word_b.replace(" ", "").lower()


# The general nouns English names a stretch of history by, after the word that says which
# ("the Roman era", "Roman times", "the Tudor period", "the Victorian age"): none says how long.
_HISTORY_STRETCHES = frozenset({"era", "epoch", "age", "times", "period"})


def _one_stretch_of_history(a: str, b: str) -> bool:
    """Whether A and B name a stretch of history by two of its general nouns after one word
    that says which ("dates from the Roman era" / "dates from Roman times"): one period, named
    two ways. A period of another name ("the Roman era" / "the Byzantine era") or of a
    measured length ("the Roman year") is another time."""
    swapped = [
        (edit.before_a, edit.before_b)
        for edit in edits(a, b)
        if edit.kind == "replace"
        and {w.lower() for w in words(edit.a)} & _HISTORY_STRETCHES
        and {w.lower() for w in words(edit.b)} & _HISTORY_STRETCHES
        and {w.lower() for w in words(f"{edit.a} {edit.b}")} <= _HISTORY_STRETCHES | {"the"}
    ]
    for before_a, before_b in swapped:
        which_a = [w for w in words(before_a) if w.lower() != "the"][-1:]
        which_b = [w for w in words(before_b) if w.lower() != "the"][-1:]
        if which_a and which_a == which_b and which_a[0].lower() not in FUNCTION_WORDS:
            return True
    return False


def find_kinds(
    a: str,
    b: str,
    *,
    similarity: Similarity | None = None,
    use_lexicon: bool = True,
    readings: _Readings | None = None,
) -> list[Hit]:
    """``readings``: the pair's nouns as already read for :func:`kinds_wanted`."""
    lex = lexicon()
    readings = readings or _Readings(a, b)
    hits: list[Hit] = []
    for shown_a, shown_b, counted, verbs in readings.paired:
        # Looked up as the lexicon writes them ("landmine" is its "land mine"); the report
        # shows the words of the texts.
        left, right = [_spelled(w) for w in shown_a], [_spelled(w) for w in shown_b]
        head_a, head_b = left[-1], right[-1]
        said_a, said_b = shown_a[-1], shown_b[-1]
        if any(lex.opposition(x, y) for x in head_a.split() for y in head_b.split()):
            continue  # "success" / "failure", "old man" / "young man": the opposites check's
        kin: Kinship | None = None
        far = False  # the verdict comes from a far parent or a file alone (below)
        if _written_apart(left, head_b) or _written_apart(right, head_a):
            kin = Kinship("same")  # "dragon flies" / "dragonflies": one word spelled apart
        elif stem(head_a.lower()) == stem(head_b.lower()) or (
            use_lexicon and _one_verb(head_a, head_b)
        ):
            kin = Kinship("same")  # "funding" / "funds", "rise" / "rose": one word in two forms
        elif use_lexicon:
            relations = [lex.kinship(x, y) for x in left for y in right]
            known = [k for k in relations if k is not None]
            # Any reading that makes the words the same thing, or one broader, wins: the
            # lexicon's many senses must not turn a synonym into another thing.
            kin = next((k for k in known if k.synonymous), None)
            kin = kin or next((k for k in known if k.relation in ("broader", "narrower")), None)
            kin = kin or lex.kinship(head_a, head_b)
            if kin is not None and kin.relation == "cohyponym" and defined_as_other(head_a, head_b):
                kin = Kinship("synonym")  # "fake": "something that is a counterfeit"
            if kin is not None and kin.relation == "cohyponym" and _one_stretch_of_history(a, b):
                kin = Kinship("synonym")  # "the Roman era" / "Roman times"
            far = kin is None
            if not verbs:
                kin = kin or _distant_kind(head_a, head_b) or _apart_in_file(head_a, head_b)
        score = None
        if similarity is not None and (kin is None or kin.relation == "cohyponym"):
            score = similarity(said_a, said_b)
        evidence: dict[str, float | str] = {"relation": kin.relation if kin else "unknown"}
        if score is not None:
            evidence["word_similarity"] = round(score, 4)
        if kin is not None and kin.synonymous:
            hits.append(
                Hit(
                    "kind.synonym",
                    "lexical",
                    said_a,
                    said_b,
                    f"{said_a!r} → {said_b!r}: the same thing named another way",
                    KIND_PRIORS["synonym"],
                    evidence,
                )
            )
        elif kin is not None and kin.relation in ("broader", "narrower"):
            evidence["steps"] = float(kin.steps_a or kin.steps_b)
            hits.append(
                Hit(
                    f"kind.{'hypernym' if kin.relation == 'broader' else 'hyponym'}",
                    "lexical",
                    said_a,
                    said_b,
                    f"{said_a!r} → {said_b!r}: a {kin.relation} word for the same thing, "
                    "some detail lost or added",
                    KIND_PRIORS["broader"],
                    evidence,
                )
            )
        elif kin is not None and kin.relation == "cohyponym":
            evidence["steps"] = float(kin.steps_a + kin.steps_b)
            evidence["domain"] = kin.domain
            concrete = _concrete(kin, head_a, head_b, counted=counted)
            # Things met only through a rarer sense, or that the model overrules below, are
            # the looser verdict, never abstract siblings.
            abstract = not concrete
            concrete = concrete and not _thing_only_in_rarer_sense(kin, head_a, head_b)
            close = _commonest_siblings(head_a, head_b)
            evidence["commonest"] = float(close is not None)
            evidence["parent_depth"] = float(lex.depth(kin.parent)) if kin.parent >= 0 else 0.0
            evidence["paired"] = 1.0  # the diff paired the words (0: :func:`_unpaired_hits`)
            if concrete and _model_may_overrule(kin, head_a, head_b, far=far):
                # A compound the lexicon does not know ("shop owner" / "shopkeeper") may be
                # the other word itself, whatever its head is.
                # Two compounds that share a word ("finance minister" / "prime minister")
                # read as close to the model whatever they name: its word says nothing here.
                shared = set(head_a.lower().split()) & set(head_b.lower().split())
                near = score is not None and score >= _NEAR_KIND and not shared
                concrete = not (near or _compound_read(shown_a) or _compound_read(shown_b))
            elif concrete and score is not None and score >= NEAR:
                # Close siblings the model reads as one thing ("jail" / "prison" 0.84): a
                # translator's near-synonym, unless they are never one another.
                shared = set(head_a.lower().split()) & set(head_b.lower().split())
                concrete = bool(shared) or _never_one(head_a, head_b)
            other = "person" if kin.domain == "noun.person" else "thing"
            rule = "cohyponym" if concrete else "cohyponym_abstract"
            # One noun each side, a name's or a nation's word or a verb's form before it aside
            # ("the last Australian chancellor", "showing swimmers").
            one_word = not (_compound_read(shown_a) or _compound_read(shown_b))
            if concrete and _plainly_apart(head_a, head_b, close, one_word=one_word):
                rule = "sibling"
            elif abstract and _abstract_siblings(
                kin, close, score, head_a, head_b, one_word=one_word
            ):
                rule = "sibling_abstract"
            hits.append(
                Hit(
                    f"kind.{rule}",
                    "lexical",
                    said_a,
                    said_b,
                    f"{said_a!r} → {said_b!r}: another {other} of the same kind, not the same "
                    f"{other}: a reader is told about someone or something else"
                    if concrete or rule == "sibling_abstract"
                    else f"{said_a!r} → {said_b!r}: perhaps another {other} of the same sort",
                    KIND_PRIORS[rule],
                    evidence,
                )
            )
        elif score is not None and RELATED <= score < NEAR:
            hits.append(
                Hit(
                    "kind.related",
                    "lexical",
                    said_a,
                    said_b,
                    f"{said_a!r} → {said_b!r}: a related but different thing",
                    KIND_PRIORS["related"],
                    evidence,
                )
            )
    if use_lexicon:
        hits += _unpaired_hits(readings.unpaired, hits, similarity)
        for x, y, pos in _synonym_swaps(a, b):
            hits.append(
                Hit(
                    "kind.synonym",
                    "lexical",
                    x,
                    y,
                    f"{x!r} → {y!r}: the same {'quality' if pos == 'adjective' else 'action'} "
                    "named another way",
                    KIND_PRIORS["synonym"],
                    {"relation": "synonym", "pos": pos},
                )
            )
    return hits


def _unpaired_hits(
    siblings: list[tuple[str, str, Kinship]], paired: list[Hit], similarity: Similarity | None
) -> list[Hit]:
    """``kind.sibling`` for the close siblings the diff did not pair
    (:func:`_unpaired_siblings`, evidence ``paired`` 0), where no finding of the pairs holds
    either word already, and the model does not read them as one thing (as for a pair: a
    near-synonym, "jail" / "prison"; for people the looser :data:`_NEAR_KIND`, "professor" /
    "teacher")."""
    lex = lexicon()
    taken = {w.lower() for hit in paired for w in (*hit.a.split(), *hit.b.split())}
    hits: list[Hit] = []
    for x, y, close in siblings:
        if x in taken or y in taken:
            continue
        score = similarity(x, y) if similarity is not None else None
        near = NEAR if close.domain != "noun.person" else _NEAR_KIND
        if score is not None and score >= near and not _never_one(x, y):
            continue
        evidence: dict[str, float | str] = {
            "relation": "cohyponym",
            "steps": float(close.steps_a + close.steps_b),
            "domain": close.domain,
            "commonest": 1.0,
            "parent_depth": float(lex.depth(close.parent)),
            "paired": 0.0,
        }
        if score is not None:
            evidence["word_similarity"] = round(score, 4)
        other = "person" if close.domain == "noun.person" else "thing"
        hits.append(
            Hit(
                "kind.sibling",
                "lexical",
                x,
                y,
                f"{x!r} → {y!r}: another {other} of the same kind, not the same {other}: "
                "a reader is told about someone or something else",
                KIND_PRIORS["sibling"],
                evidence,
            )
        )
        taken |= {x, y}
    return hits


def check_kinds(ctx: PairContext) -> list[Finding]:
    sources = current()
    if not (sources.lexicon or sources.model):
        return []
    similarity = ctx.similarity if sources.model and ctx.similarity.available else None
    hits = find_kinds(
        ctx.a, ctx.b, similarity=similarity, use_lexicon=sources.lexicon, readings=_readings(ctx)
    )
    if sources.lexicon:
        fields = find_fields(ctx.a, ctx.b) + same_set_swaps(ctx.a, ctx.b)
        hits = _with_fields(hits, fields + same_outcome_hits(ctx.a, ctx.b))
    return as_findings(ctx, hits)


def _with_fields(hits: list[Hit], fields: list[Hit]) -> list[Hit]:
    """The hits with the fields' verdicts (``kind.field``, and ``kind.synonym`` for two words
    of one set), which replace the lexicon's on the same words ("deficit" / "debt" perhaps of
    one sort: two sets of one field are not; "revenue" / "sales" two things: one set is
    one)."""
    if not fields:
        return hits
    said = {w.lower() for hit in fields for w in (*words(hit.a), *words(hit.b))}
    kept = [hit for hit in hits if not {w.lower() for w in (*words(hit.a), *words(hit.b))} & said]
    return kept + fields


def kinds_wanted(ctx: PairContext) -> list[str]:
    """The words to embed ahead, with every other phrase of the report."""
    if not current().model or ctx.pair.status != "changed":
        return []
    return _readings(ctx).texts()
