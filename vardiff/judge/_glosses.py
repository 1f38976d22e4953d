"""A word against a phrase that says what it means: "drone" / "unmanned aircraft", "derailed" /
"came off the tracks", "orphans" / "children who had lost both parents".

A translator often renders a word by its explanation, or an explanation by the word. The
sentence model compares one word with a phrase poorly, so the pair reads as two unlike things.
WordNet's definitions (``data/glosses.json.gz``, distilled by ``tools/build_glosses.py``) tell
what the word means: the phrase explains the word when every word of the phrase that carries
content is in one of the word's first definitions, as written, as another form of it or as a
synonym. Numbers and negations must agree both ways, so that "children who had lost one
parent" does not explain "orphans" ("a child who has lost both parents"), and "manned
aircraft" does not explain "drone" ("an aircraft without a pilot"). The file is read on first
use only: most pairs have no such edit.
"""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Literal

from .._words import FUNCTION_WORDS, stem
from ._lexicon import lexicon

__all__ = [
    "Explanation",
    "adjective_definitions",
    "compound_names",
    "defined_as_other",
    "definition",
    "explanation",
    "said_by_definition",
]

Reading = Literal["same", "other"]


@dataclass(frozen=True)
class Explanation:
    """One side's ``word`` read against the other side's phrase by its ``definition``: the
    phrase says the same ("same") or the same but for a number or a negation ("other")."""

    reading: Reading
    word: str
    definition: str


_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
# Words of a phrase that only frame what it says ("came off the tracks", "a person who has").
_LIGHT_VERBS = frozenset(
    "be is are was were been being become became becomes come came comes coming go goes went "
    "gone get gets got gotten make makes made take takes took taken have has had having do "
    "does did done give gives gave given put puts".split()
)
_NEGATIONS = frozenset("no not without lacking lack lacks never none nor non".split())
_NUMBERS = frozenset(
    "one single two three four five six seven eight nine ten twelve both twice half "
    "dozen hundred thousand first second third".split()
)
# Particles of direction: content in "came off the tracks", and so loosely worded that one the
# definition lacks ("send out" / "send forth") leaves the phrase unexplained.
_PARTICLES = frozenset("off out up down away back over".split())
# Heads broader than any gloss's genus: "people who fled for safety" is "refugees".
_ANYONE = frozenset("people person persons someone somebody something anything".split())
_MOST_WORDS = 8  # a longer phrase is a clause of its own, not an explanation of one word


@cache
def _data() -> dict[str, Any]:
    source = resources.files(__package__).joinpath("data").joinpath("glosses.json.gz")
    found: dict[str, Any] = json.loads(gzip.decompress(source.read_bytes()))
    return found


@cache
def _glosses() -> tuple[str, ...]:
    return tuple(_data()["glosses"])


def adjective_definitions(word: str) -> tuple[str, ...]:
    """WordNet's definitions of the adjective ``word``'s first senses, in lower case (none for
    a word that is no adjective of ours)."""
    told: str = _data()["adjectives"].get(word.lower(), "")
    return tuple(told.split("|")) if told else ()


def _gloss(sense: int) -> str:
    """A sense's gloss: its definition, then its names, "|" apart; "" for a sense no word of
    ours names among its first."""
    glosses = _glosses()
    return glosses[sense] if sense < len(glosses) else ""


def definition(sense: int) -> str:
    """WordNet's definition of a noun's or a verb's sense (the lexicon's number), in lower
    case; "" for a sense no word of ours names among its first."""
    return _gloss(sense).partition("|")[0]


# A definition that is nothing but another noun: "something that is a counterfeit; not what it
# seems to be" ("fake"), "a person who ...": the first clause, an article and one word.
_ONLY_ANOTHER = re.compile(r"(?:(?:something|someone|anything) that is )?an? ([a-z-]+)(?:;|$)")


def _defined_by(word: str, other: str) -> bool:
    """Whether the commonest noun sense of ``word`` is defined as nothing but ``other`` or a
    name of ``other``'s commonest sense ("fake": "something that is a counterfeit", and
    "forgery" shares "counterfeit"'s commonest sense)."""
    lex = lexicon()
    mine, theirs = lex.senses(word, "n")[:1], lex.senses(other, "n")[:1]
    if not mine or not theirs:
        return False
    said = _ONLY_ANOTHER.match(definition(mine[0]))
    if said is None:
        return False
    names = {other.lower(), *_gloss(theirs[0]).split("|")[1:]}
    return said.group(1) in names


def defined_as_other(a: str, b: str) -> bool:
    """Two nouns one of which WordNet defines, in its commonest sense, as nothing but the
    other ("fake": "something that is a counterfeit"; "counterfeit" / "forgery" share a
    sense): one thing under two names, however far apart the senses are filed."""
    left, right = a.lower(), b.lower()
    return _defined_by(left, right) or _defined_by(right, left)


_READ_SENSES = 3  # a noun's or a verb's senses whose definitions may say a word beside it


@cache
def _definition_words(word: str) -> frozenset[str]:
    """The words of the definitions of ``word``'s first senses as an adjective, a noun and a
    verb (lower case): "warning": "a message informing of danger", "notification of
    something, usually in advance", ..."""
    lex = lexicon()
    told = list(adjective_definitions(word)[:2])
    for pos in "nv":
        for lemma in lex.lemmas(word, pos)[:1]:
            told += [definition(sense) for sense in lex.senses(lemma, pos)[:_READ_SENSES]]
    # An aside in brackets is no part of what the word says ("(especially with reference to
    # its quality or use)" of "soil").
    told = [text.split("(", 1)[0] for text in told]
    return frozenset(w for text in told for w in _WORD.findall(text) if w not in FUNCTION_WORDS)


def said_by_definition(word: str, other: str, *, one_way: bool = False) -> bool:
    """Whether a definition of ``other``'s first senses says ``word`` (a form of it):
    "advance" / "warning" ("notification of something, usually in advance"), "close" /
    "proximity" ("the property of being close together"); unless ``one_way``, or the other
    way round. A word beside another that says it already adds nothing to it."""
    left, right = word.lower(), other.lower()
    if left in FUNCTION_WORDS or right in FUNCTION_WORDS:
        return False
    if _own_forms(left) & _definition_words(right):
        return True
    return not one_way and bool(_own_forms(right) & _definition_words(left))


@cache
def _own_forms(word: str) -> frozenset[str]:
    """A word as a definition may write it: itself or its stem ("officers": "officer"), not
    another word it may be read as ("lighter" is no "light", "identical" no "identity")."""
    return frozenset({word, stem(word)})


@cache
def _forms(word: str) -> frozenset[str]:
    # Asked of every word of every definition tried: the same few hundred words over a report.
    lex = lexicon()
    found = {word, stem(word), *lex.lemmas(word)}
    # An adjective and its adverb in "-ly" say one thing ("former husband": "formerly a
    # certain woman's husband"); WordNet's derivations join nouns and verbs only.
    if word.endswith("ly") and lex.is_adverb(word) and lex.is_adjective(word[:-2]):
        found.add(word[:-2])
    elif lex.is_adjective(word) and lex.is_adverb(word + "ly"):
        found.add(word + "ly")
    return frozenset(found | {d for form in tuple(found) for d in lex.derived(form)})


def _negative(word: str) -> bool:
    """A negation, or a word that negates another by its affix ("unmanned", "nonstop",
    "pilotless"; not "university" or "bless")."""
    if word in _NEGATIONS:
        return True
    lex = lexicon()
    for prefix in ("un", "non"):
        rest = word.removeprefix(prefix)
        if (
            rest not in (word, "less")
            and len(rest) > 3
            and (lex.is_adjective(rest) or lex.is_verb(rest))
        ):
            return True
    rest = word.removesuffix("less")
    return rest != word and len(rest) > 2 and lex.is_noun(rest)


def _counted(words: list[str]) -> set[str]:
    # "one" counts before its noun only: "one who flees", "one's work" count nothing
    return {
        word
        for word, after in zip(words, [*words[1:], ""][: len(words)], strict=True)
        if word in _NUMBERS and (word != "one" or after not in FUNCTION_WORDS | {"s", ""})
    }


# Where a definition's defining clause ends: "a woman whose husband is dead especially one
# who has not remarried" defines a widow by its first part only.
_ASIDE = re.compile(r"\s(?:especially|usually|often|typically|sometimes|as|e\.g\.)\s|\(")


def _reading(gloss: str, words: list[str]) -> Reading | None:
    """Whether the phrase's ``words`` say what ``gloss`` says ("same"), the same but for a
    number or a negation ("other": "children who had lost one parent" against "a
    child who has lost both parents"), or something the gloss does not say (None)."""
    definition, _, names = gloss.partition("|")
    if _names_it(words, names):
        return "same"  # "two weeks": one of the sense's own names
    defining = _WORD.findall(_ASIDE.split(definition, maxsplit=1)[0])
    said = _WORD.findall(definition)
    # Each word of the gloss renders one word of the phrase: "animals that feed on other
    # animals" says "animal" twice where "any animal that feeds chiefly on grass" says it once.
    slots = [(word, _forms(word)) for word in [*said, *_WORD.findall(names)]]
    counted, counted_phrase = _counted(defining), _counted(words)
    if counted != counted_phrase and not (counted and counted_phrase):
        # A number only one side words ("a period of 10 years" / "ten years") is the numbers
        # check's to weigh; "both parents" / "one parent" is a definition told otherwise.
        return None
    closed_agree = counted == counted_phrase
    negated = any(_negative(word) for word in defining)
    agreed = 0  # content words of the phrase the gloss says too
    for word in words:
        if word in _LIGHT_VERBS or word in _ANYONE or word in _NUMBERS:
            continue  # numbers are weighed above, both ways
        if word in _PARTICLES:
            if word not in said:
                return None  # "send out" / "send forth": particles are too loosely worded
            agreed += 1  # "came off the tracks": the direction is content
        elif _negative(word):
            # "unmanned" / "without a pilot": the negation is the gloss's; what it negates
            # is the thing the gloss names beside it, which the phrase's head must match.
            closed_agree &= negated
            negated = False  # said by both
            agreed += word not in _NEGATIONS  # "unmanned" says what is missing, "not" does not
        elif word not in FUNCTION_WORDS:
            mine = _forms(word)
            slot = next(
                (
                    i
                    for i, (other, forms) in enumerate(slots)
                    if mine & forms
                    or lexicon().modifier_synonyms(word, other)
                    or _kind_of_kin(word, other)
                    or _names_defined(word, other)
                ),
                None,
            )
            if slot is None:
                return None
            del slots[slot]
            agreed += 1
    if negated:
        closed_agree = False  # "manned aircraft" / "an aircraft without a pilot"
    if agreed < 2:
        # One word in common is a coincidence, or the word said again with a negation or an
        # auxiliary ("stole" / "did not steal"), not a definition.
        return None
    return "same" if closed_agree else "other"


def _names_defined(word: str, other: str) -> bool:
    """Whether the phrase's noun or verb ``word`` names what the definition's ``other`` names,
    by one lookup of how the two relate: another word of the same sense ("doctor" of "a
    physician who specializes in psychiatry": a gloss is written in one word of a synset, a
    translator may pick another), or, for a noun, the word right above ("experts in geology"
    of "a specialist in geology", "an authority on history": the same people by the class
    just above; two steps up, "people in geology", or a word of another class says less)."""
    if other in FUNCTION_WORDS or word in FUNCTION_WORDS:
        return False
    lex = lexicon()
    found = lex.kinship(word, other)
    if found is None:
        return False
    if found.relation in ("same", "synonym"):
        return True
    # Relatives are read by what they are (``_kind_of_kin``), never by the class above.
    kin = lex.is_kin(word) or lex.is_kin(other)
    return found.relation == "narrower" and found.steps_b == 1 and not kin


def _kind_of_kin(word: str, other: str) -> bool:
    """Whether the relative ``word`` is a kind of the relative ``other`` that a definition
    names ("wife" of "spouse" in "the father of your spouse", "sister" of "sibling"): the
    phrase says which one."""
    lex = lexicon()
    if not lex.is_kin(word) or other in FUNCTION_WORDS:
        return False
    found = lex.kinship(other, word)
    return found is not None and found.relation == "narrower"


def _names_it(words: list[str], names: str) -> bool:
    """The phrase is one of the sense's names of two words or more ("two weeks" of
    "fortnight"); a name of one word is a synonym, which the kinds check reads."""
    content = [stem(w) for w in words if w not in FUNCTION_WORDS or w in _NUMBERS]
    return len(content) >= 2 and any(
        content == [stem(w) for w in _WORD.findall(name)] for name in names.split("|") if name
    )


# The lexicographer files of things one can point at: made things, food, plants, animals,
# substances, natural objects, parts of the body.
_CONCRETE = frozenset(
    {
        "noun.artifact",
        "noun.food",
        "noun.plant",
        "noun.animal",
        "noun.substance",
        "noun.object",
        "noun.body",
    }
)


def _another_compound(word: str, words: list[str]) -> bool:
    """The phrase is a compound noun the lexicon knows as a concrete thing of its own, neither
    the word nor a broader or narrower word for it ("washing machines" against "dishwashers",
    whose definition, "a machine for washing dishes", holds both its words): a name, not a
    description. Both must be things by their commonest senses: "social status" for "class"
    (a state, "people having the same social ... status") describes it."""
    lex = lexicon()
    content = [w for w in words if w not in FUNCTION_WORDS]
    compound = lex.compound(content) if 2 <= len(content) <= 3 else None
    if compound is None or not {lex.domain(word), lex.domain(compound)} <= _CONCRETE:
        return False
    found = lex.kinship(word, compound)
    return found is None or not found.same_thing


def _explains(word: str, phrase: str) -> Explanation | None:
    words = _WORD.findall(phrase.lower())
    if not 2 <= len(words) <= _MOST_WORDS:
        return None
    mine = _forms(word.lower())
    if any(mine & _forms(other) for other in words):
        return None  # the word itself, another form of it or a word made from it
    lex = lexicon()
    if _another_compound(word, words):
        return None
    other: Explanation | None = None
    for pos in ("n", "v"):
        for lemma in lex.lemmas(word, pos):
            for sense in lex.senses(lemma, pos):
                gloss = _gloss(sense)
                reading = _reading(gloss, words) if gloss else None
                if reading is None or (reading == "other" and other is not None):
                    continue
                found = Explanation(reading, word, gloss.partition("|")[0])
                if reading == "same":
                    return found
                other = found
    return other or compound_names(word, words)


# "a group of soldiers", "soldiers collectively": a collective noun's definition, whose
# members the plural names.
_GROUP_OF = re.compile(
    r"^(?:(?:a|an|the)\s+(?:group|body|unit|band)\s+of\s+(?P<of>[a-z]+)"
    r"|(?P<whole>[a-z]+)\s+collectively$)"
)


def compound_names(word: str, words: list[str]) -> Explanation | None:
    """A compound noun of two words that names the noun ``word`` by its parts ("fighter
    jets" / "warplanes", "reserve troops" / "reservists", "combat aircraft" / "warplanes"):
    the first part ties it to the word (a kind of it, the word itself, or a word of its
    definition: "a member of a military reserve"), the head names the word's class (a
    broader word, a close sibling class, or a body of the word's kind: "troops", "a group of
    soldiers", for the soldiers reservists are). Either part alone says less ("jets" /
    "warplanes" is another kind), and a first part that is a sibling of the word names
    another thing ("bomber jets" / "fighters")."""
    content = [w for w in words if w not in FUNCTION_WORDS]
    if len(content) != 2 or content != words[-2:]:
        return None
    lex = lexicon()
    first, head = content
    if not (lex.is_noun(first) and lex.is_noun(head) and lex.is_noun(word)):
        return None
    for lemma in lex.lemmas(word, "n")[:1]:
        for sense in lex.senses(lemma, "n")[:1]:
            told = definition(sense)
            if not told:
                continue
            defining = _WORD.findall(_ASIDE.split(told, maxsplit=1)[0])
            tie = _tie(word, first, defining)
            if tie and _names_class(word, head, sibling=tie == "kind"):
                return Explanation("same", word, told)
    return None


def _tie(word: str, first: str, defining: list[str]) -> str:
    """How the first part of a compound ties it to ``word``: it names the word or a kind of
    it ("kind": "fighter" for "warplane"), or a word of its definition ("defined": "reserve"
    for "reservist", "a member of a military reserve"); "" for neither."""
    lex = lexicon()
    found = lex.kinship(word, first)
    if found is not None and found.relation in ("same", "synonym", "narrower"):
        return "kind"
    mine = _forms(first)
    if any(mine & _forms(other) for other in defining if other not in FUNCTION_WORDS):
        return "defined"
    return ""


def _names_class(word: str, head: str, *, sibling: bool) -> bool:
    """The head of a compound names ``word``'s class: a broader word, a body whose definition
    names members of a broader word ("troop": a group of soldiers), or, where the first part
    names a kind of the word (``sibling``), a close sibling class of its own file ("jet" for
    "warplane": two kinds of aircraft)."""
    lex = lexicon()
    found = lex.kinship(word, head)
    if found is not None and found.relation == "broader":
        return True
    if found is not None and found.relation == "cohyponym":
        return sibling and lex.domain(word) == lex.domain(head) == found.domain
    for lemma in lex.lemmas(head, "n"):
        for sense in lex.senses(lemma, "n")[:1]:
            group = _GROUP_OF.match(definition(sense))
            if group is not None:
                members = lex.kinship(word, group.group("of") or group.group("whole"))
                if members is not None and members.relation == "broader":
                    return True
    return False


def explanation(a: str, b: str) -> Explanation | None:
    """How one side explains the other, and by which definition: ``a`` or ``b`` is one content
    word and the other a phrase of up to eight words that says what it means with two content
    words at least ("same"), or what it means but for a number or a negation ("other"); None
    for anything else."""
    for word, phrase in ((a, b), (b, a)):
        content = [w for w in _WORD.findall(word.lower()) if w not in FUNCTION_WORDS]
        if len(content) == 1:
            found = _explains(content[0], phrase)
            if found is not None:
                return found
    return None
