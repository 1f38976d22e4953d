"""The shipped lexicon: how two words relate (opposite, broader, another kind, the same).

The data (``data/lexicon.json.gz``) is distilled from WordNet 3.0 by ``tools/build_lexicon.py``
plus a short hand list of closed classes (prepositions, converse verbs, the verbs of rising and
falling); ``data/LICENSE.wordnet.txt`` is WordNet's licence. It is read with the standard library
on first use, so vardiff needs neither WordNet nor nltk at run time. The first use compiles it
into the user's cache folder (``lexicon-<hash of the JSON>-<python>.bin``, marshalled tables);
later runs read the tables they need from there, which is what keeps a warm run short. A file
that is missing, damaged or stale is compiled again; where nothing can be written the JSON is
read every time.

Words are looked up through a small lemmatiser in the manner of WordNet's morphy: the irregular
forms WordNet lists ("rose" → "rise", "fell" → "fall", "better" → "good"), then suffix rules
checked against the lemma lists ("cheaper" → "cheap", "shells" → "shell").
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import json
import marshal
import os
import re
import sys
import zlib
from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal, cast

__all__ = ["Kinship", "Lexicon", "lexicon"]

Relation = Literal["same", "synonym", "broader", "narrower", "cohyponym"]

# Suffix rules of WordNet's morphy, by part of speech: (ending, replacement).
_SUFFIXES: dict[str, tuple[tuple[str, str], ...]] = {
    "n": (
        ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
        ("men", "man"), ("ies", "y"), ("s", ""),
    ),
    "v": (
        ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"),
        ("ing", ""), ("s", ""),
    ),
    "a": (("er", ""), ("est", ""), ("er", "e"), ("est", "e"), ("ier", "y"), ("iest", "y")),
}  # fmt: skip

# A co-hyponym needs a close common parent: at most this many steps up from either word, and
# at most this many in all ("Tuesday" / "Thursday": 1 + 1 under "weekday"; "brother" /
# "cousin": 3 + 1 under "relative").
_COHYPONYM_STEPS = 3
_COHYPONYM_TOTAL = 4
# Looser, for two concrete things ("jewellery" / "paintings": 3 + 4 under "artifact"): things
# one can hold that a reader tells apart, wherever WordNet files them.
_LOOSE_STEPS = 4
_LOOSE_TOTAL = 7
# Senses of a word that count as its common readings.
_SENSES = 4
# The senses of each word a synonym must share to carry an opposite over to it.
_FIRST_SENSES = 2
# A parent this close to the root ("entity", "object", "act") says nothing about two words.
_MIN_PARENT_DEPTH = 4
# Natural objects (the file of lakes, rivers, islands, cliffs) hang few steps below "object":
# a parent one step shallower is specific there, unless many senses lie below it ("body of
# water" 63, "land" 33; not "geological formation" 144, "part" 1004).
_NATURAL_FILE = "noun.object"
_NATURAL_DEPTH = 3
_NATURAL_BREADTH = 100


@dataclass(frozen=True)
class Kinship:
    """How word ``b`` relates to word ``a``: ``broader`` means b is a hypernym of a."""

    relation: Relation
    steps_a: int = 0  # steps from a's sense up to the common parent
    steps_b: int = 0
    parent: int = -1  # the common parent's sense index (co-hyponyms)
    domain: str = ""  # the common parent's lexicographer file: "noun.artifact", "noun.act"

    @property
    def synonymous(self) -> bool:
        """The two words name the same thing (one word, or synonyms)."""
        return self.relation in ("same", "synonym")

    @property
    def same_thing(self) -> bool:
        """The two words may name one thing: one word, synonyms, or one a broader word for the
        other ("researchers" / "scientists"); not two things of one kind."""
        return self.synonymous or self.relation in ("broader", "narrower")


# Endings before which a verb or an adjective doubles its last consonant.
_DOUBLING = {"v": ("ed", "ing"), "a": ("er", "est")}


# Adjectives of size and their nouns, spelt otherwise than the lexicon's derivations read ("is 57
# kilometres long" / "has a length of 57 kilometres"), both ways.
_MEASURE_PAIRS = (
    ("long", "length"),
    ("deep", "depth"),
    ("wide", "width"),
    ("broad", "breadth"),
    ("high", "height"),
    ("strong", "strength"),
)
_MEASURE_NOUNS: dict[str, tuple[str, ...]] = {
    **{adjective: (noun,) for adjective, noun in _MEASURE_PAIRS},
    **{noun: (adjective,) for adjective, noun in _MEASURE_PAIRS},
}


class Lexicon:
    """Relations between English words, from the shipped data.

    ``tables`` maps each table's name to its value as :func:`compile_tables` makes them from
    the shipped JSON. A table is read from it on first use (the attribute of the same name with
    a leading underscore), so a mapping that decodes lazily, as the compiled file does, loads
    only the tables a comparison asks for.
    """

    version: int
    _senses: dict[str, Mapping[str, tuple[int, ...]]]  # pos -> lemma -> sense indices
    _later_senses: Mapping[str, tuple[int, ...]]  # noun -> its rarer senses in the graph
    _parents: Mapping[int, tuple[int, ...]]  # sense -> its hypernyms
    _children: Mapping[int, tuple[int, ...]]  # sense -> its hyponyms
    _domains: tuple[str, ...]  # sense -> lexicographer file
    _adjectives: Container[str]
    _adverbs: Container[str]
    _antonyms: Mapping[str, frozenset[str]]
    _indirect: Mapping[str, frozenset[str]]
    _converses: dict[str, frozenset[str]]
    _direction: dict[str, str]  # word -> "up" / "down"
    _gender: dict[str, str]
    _exceptions: dict[str, Mapping[str, tuple[str, ...]]]  # pos -> irregular form -> lemmas
    _extra: dict[str, frozenset[str]]  # lemma -> broader lemmas WordNet lacks
    _extra_above: Mapping[int, tuple[int, ...]]  # noun sense -> the senses ``_extra`` adds above
    _modifier_senses: Mapping[str, tuple[int, ...]]
    _degree: frozenset[str]
    _transitive: frozenset[str]
    _infinitive: frozenset[str]
    _acronyms: dict[str, str]  # "CEO" -> "chief executive officer"
    _derived: Mapping[str, tuple[str, ...]]  # "closure" -> ("close",)

    def __init__(self, tables: Mapping[str, Any]) -> None:
        self._tables = tables
        self._depth: dict[int, int] = {}
        self._lemmas: dict[tuple[str, str | None], tuple[str, ...]] = {}
        self._irregular: dict[str, frozenset[str]] | None = None

    def __getattr__(self, name: str) -> Any:
        # Only called for an attribute not set yet: a table on its first use.
        key = name.removeprefix("_")
        if name.startswith("__") or key not in TABLES:
            raise AttributeError(name)
        value = self._tables[key]
        setattr(self, name, value)
        return value

    # -- words ------------------------------------------------------------------------------

    def lemmas(self, word: str, pos: str | None = None) -> list[str]:
        """Base forms of ``word`` known to the lexicon (the word itself first when known)."""
        # The checks ask about the same few hundred words thousands of times.
        known = self._lemmas.get((word, pos))
        if known is None:
            known = self._lemmas[word, pos] = tuple(self._find_lemmas(word, pos))
        return list(known)

    def _find_lemmas(self, word: str, pos: str | None) -> list[str]:
        found: list[str] = []
        word = _bare(word)
        for p in (pos,) if pos else ("n", "v", "a"):
            for form in dict.fromkeys((word, word.lower())):
                found += self._exceptions.get(p, {}).get(form, ())
                if self._known(form, p):
                    found.append(form)
                for ending, replacement in _SUFFIXES[p]:
                    if form.endswith(ending) and len(form) > len(ending) + 1:
                        base = form[: len(form) - len(ending)] + replacement
                        if self._known(base, p):
                            found.append(base)
                # "stopped" / "stopping" / "bigger": a doubled consonant before the suffix of
                # a verb's or an adjective's form; no noun has one ("midfieldder" is no
                # "midfield").
                for ending in _DOUBLING.get(p, ()):
                    stem = form[: -len(ending)]
                    doubled = len(stem) >= 3 and stem[-1] == stem[-2]
                    if form.endswith(ending) and doubled and self._known(stem[:-1], p):
                        found.append(stem[:-1])
        return list(dict.fromkeys(found))

    def _known(self, word: str, pos: str) -> bool:
        if pos == "a":
            return word in self._adjectives
        return word in self._senses[pos]

    def compound(self, parts: Sequence[str]) -> str | None:
        """The compound noun the lexicon knows that two or three words spell ("machine guns"
        → "machine gun", "Prime Minister" → "prime minister"), or None."""
        if not 2 <= len(parts) <= 3 or not all(p.isalpha() for p in parts):
            return None
        found = self.lemmas(" ".join(p.lower() for p in parts), "n")
        return found[0] if found else None

    def spelled_apart(self, word: str) -> str | None:
        """The compound noun the lexicon knows that ``word`` writes as one word ("landmines"
        → "land mine") or as an acronym ("CEO" → "chief executive officer"), when the lexicon
        lacks the word itself."""
        for form in (word, word.removesuffix("s")):  # "CEOs"
            if form in self._acronyms:
                return self._acronyms[form]
        lowered = word.lower()
        if not lowered.isalpha() or self.is_noun(lowered):
            return None
        for cut in range(3, len(lowered) - 2):  # parts of three letters at least
            found = self.compound((lowered[:cut], lowered[cut:]))
            if found is not None:
                return found
        return None

    def lemma_list(self) -> Iterator[str]:
        """Every noun, verb, adjective and adverb lemma, in lower case or not, compound nouns
        among them ("machine gun") (reading them all decodes every shard: a fraction of a
        second, for the rare caller that must)."""
        yield from self._senses["n"]
        yield from self._senses["v"]
        yield from cast(Iterable[str], self._adjectives)

    def is_noun(self, word: str) -> bool:
        return bool(self.lemmas(word, "n"))

    def is_verb(self, word: str) -> bool:
        return bool(self.lemmas(word, "v"))

    def is_adjective(self, word: str) -> bool:
        return bool(self.lemmas(word, "a"))

    def is_adverb(self, word: str) -> bool:
        """Whether WordNet knows ``word`` as an adverb: a single word ("back", "apart") or a
        fixed phrase in lower case, its words joined by a space ("in fact", "of course")."""
        return word in self._adverbs

    def readings(self, word: str, pos: str) -> int:
        """How many senses the word itself has as a noun ("n"), a verb ("v") or an adjective
        or adverb ("a"): "natural" has 3 as a noun and 10 as an adjective."""
        lowered = word.lower()
        if pos == "a":
            return len(self._modifier_senses.get(lowered, ()))
        return len(self._senses[pos].get(lowered, ()))

    def modifier_synonyms(self, a: str, b: str) -> bool:
        """Two adjectives or adverbs with a sense in common that is among the commonest of one
        of them ("desperate" / "dire": the first sense of "dire", the sixth of "desperate")."""
        senses_a = self._modifier_readings(a)
        senses_b = self._modifier_readings(b)
        shared = set(senses_a) & set(senses_b)
        return bool(shared & (set(senses_a[:_SENSES]) | set(senses_b[:_SENSES])))

    def share_a_sense(self, a: str, b: str) -> bool:
        """Two words with a sense in common among the first few of each: synonyms."""
        return self._first_synonyms(a, b)

    def _first_synonyms(self, a: str, b: str, first: int = _FIRST_SENSES) -> bool:
        """Two words with a sense in common among the ``first`` of each, as adjectives or
        adverbs ("important" / "significant"; not "late" / "previous": the seventh sense of
        "late"), as verbs ("finish" / "end") or as nouns."""
        senses_a = self._modifier_readings(a)[:first]
        if set(senses_a) & set(self._modifier_readings(b)[:first]):
            return True
        return any(self._senses_of(a, pos, first) & self._senses_of(b, pos, first) for pos in "vn")

    def senses(self, lemma: str, pos: str) -> tuple[int, ...]:
        """The numbers of a noun's ("n") or a verb's ("v") first senses, commonest first."""
        return tuple(self._senses[pos].get(lemma, ()))

    def _senses_of(self, word: str, pos: str, first: int) -> set[int]:
        table = self._senses[pos]
        return {s for lemma in self.lemmas(word, pos) for s in table.get(lemma, ())[:first]}

    def modifier_senses(self, word: str) -> set[int]:
        """The numbers of every sense of ``word`` (or its lemma) as an adjective or adverb."""
        return set(self._modifier_readings(word))

    def _modifier_readings(self, word: str) -> list[int]:
        found: list[int] = []
        for form in dict.fromkeys((word.lower(), *self.lemmas(word, "a"))):
            found += self._modifier_senses.get(form, ())
        return found

    def is_degree_adjective(self, word: str) -> bool:
        """An adjective of size, degree or importance ("huge", "major", "serious")."""
        return any(form in self._degree for form in (word.lower(), *self.lemmas(word, "a")))

    def derived(self, word: str) -> tuple[str, ...]:
        """The words of other parts of speech spelt from the stem of ``word`` (or of its
        lemmas) in their commonest senses: "closure" -> "close", "arrivals" -> "arrive",
        "majority" -> "major", "newly" -> "new"; none for "hardly" (not "hard")."""
        found: list[str] = []
        for form in dict.fromkeys((word.lower(), *(w.lower() for w in self.lemmas(word)))):
            found += self._derived.get(form, ())
            found += _MEASURE_NOUNS.get(form, ())
        return tuple(dict.fromkeys(f for f in found if f != word.lower()))

    def irregular_forms(self, verb: str) -> frozenset[str]:
        """The irregular forms the lexicon lists for a verb's lemma, its "-s" and "-ing" forms
        left out: "take" -> "took", "taken"; "show" -> "shown"; none for "walk"."""
        if self._irregular is None:
            table: dict[str, set[str]] = {}
            for form, lemmas in self._exceptions.get("v", {}).items():
                if not form.endswith(("s", "ing")):
                    for lemma in lemmas:
                        if lemma != form:
                            table.setdefault(lemma, set()).add(form)
            self._irregular = {lemma: frozenset(forms) for lemma, forms in table.items()}
        return self._irregular.get(verb, frozenset())

    def needs_object(self, word: str) -> bool:
        """A verb that takes an object in every sense ("sentence", "destroy", "inspect"): one
        followed directly by a preposition has lost it."""
        return any(lemma in self._transitive for lemma in self.lemmas(word, "v"))

    def takes_infinitive(self, word: str) -> bool:
        """A verb followed by "to" + verb and never by the preposition "to" ("promise", "plan",
        "refuse"; not "go", "return")."""
        return any(lemma in self._infinitive for lemma in self.lemmas(word, "v"))

    def gender(self, word: str) -> str | None:
        """ "m" or "f" for a noun or pronoun that names a man or a woman."""
        for form in (_bare(word).lower(), *self.lemmas(word, "n")):
            if form in self._gender:
                return self._gender[form]
        return None

    # -- opposites --------------------------------------------------------------------------

    def opposition(self, a: str, b: str) -> str | None:
        """How ``a`` and ``b`` are opposed: "antonym", "direction" (rose / fell), "converse"
        (lend / borrow), "indirect" (a looser antonym through an adjective cluster) or None."""
        left, right = self._forms(a), self._forms(b)
        if left & right:
            return None  # one reading is the same word ("left" the verb and "left" the side)
        if any(r in self._antonyms.get(x, ()) for x in left for r in right):
            return "antonym"
        ways_a = {self._direction[x] for x in left if x in self._direction}
        ways_b = {self._direction[x] for x in right if x in self._direction}
        if len(ways_a) == 1 and len(ways_b) == 1 and ways_a != ways_b:
            return "direction"
        if any(r in self._converses.get(x, ()) for x in left for r in right):
            return "converse"
        # The looser opposition is read in a word's own senses where it has some ("latest":
        # the most recent, never through "late", whose cluster WordNet opposes to a rare
        # sense of "new").
        if any(r in self._indirect.get(x, ()) for x in self._own(a) for r in self._own(b)):
            return "indirect"
        return None

    def _own(self, word: str) -> set[str]:
        """The word itself where the lexicon knows it as an adjective or adverb of its own
        ("latest"), else its forms with their bases ("newest": "new")."""
        lowered = word.lower()
        return {lowered} if lowered in self._modifier_senses else self._forms(word)

    def loosely_opposed(self, a: str, b: str) -> bool:
        """Two adjectives or adverbs opposed through a synonym or a cluster, looser than
        :meth:`opposition` (read only where both bear on the same word): an antonym of one is
        a synonym of the other ("significant" / "unimportant": "important"), or two words
        without an antonym of their own stand in the two clusters of an antonym pair
        ("protracted" / "short-term": long / short, "huge" / "tiny"). Never two synonyms."""
        if self.modifier_synonyms(a, b) or self._first_synonyms(a, b, _SENSES):
            return False
        left, right = self._forms(a), self._forms(b)
        for one, other in ((left, right), (right, left)):
            opposite = {w for x in one for w in self._antonyms.get(x, ())}
            if any(self._first_synonyms(w, y) for w in opposite for y in other):
                return True
        # Two satellites (no antonym of their own) of two clusters whose heads are opposed:
        # the heads each is opposed to are antonyms ("protracted": short, "short-term": long).
        # A word with an antonym of its own, or a head shared (one cluster, or a head with two
        # antonyms: present / past / future), says nothing of the kind.
        if any(self._antonyms.get(x) for x in left | right):
            return False
        heads_a = {h for x in left for h in self._indirect.get(x, ())}
        heads_b = {h for y in right for h in self._indirect.get(y, ())}
        if heads_a & heads_b:
            return False
        return any(h in self._antonyms.get(k, ()) for h in heads_a for k in heads_b)

    def direction(self, word: str) -> str | None:
        """ "up" or "down" for a verb of rising or falling in any of its forms ("rose", "cut",
        "lowered"), else None; a word read both ways is None."""
        ways = {self._direction[x] for x in self._forms(word) if x in self._direction}
        return ways.pop() if len(ways) == 1 else None

    def opposable(self, word: str) -> bool:
        """Whether some reading of ``word`` has an antonym or a direction ("rose", "after"): a
        cheap test before :meth:`opposition` is asked about every pair of two texts' words."""
        return any(f in self._antonyms or f in self._direction for f in self._forms(word))

    def near_opposable(self, word: str) -> bool:
        """Whether some reading of ``word`` has a near-antonym (an adjective cluster's)."""
        return any(f in self._indirect for f in self._forms(word))

    def _forms(self, word: str) -> set[str]:
        return {word.lower(), *(w.lower() for w in self.lemmas(word))}

    # -- kinds of things ----------------------------------------------------------------------

    def is_place(self, word: str) -> bool:
        """A word whose commonest sense is a place, a body or a land ("Korea", "York", "States",
        "Africa"): in a name, not a person's."""
        return self.domain(word) in ("noun.location", "noun.group", "noun.object")

    def domain(self, word: str, pos: str = "n") -> str:
        """The lexicographer file of the word's commonest sense ("noun.artifact"), or ""."""
        for lemma in self.lemmas(word, pos):
            senses = self._senses[pos].get(lemma, ())
            if senses:
                return self._domains[senses[0]]
        return ""

    def domains(self, word: str, pos: str = "n") -> list[str]:
        """The lexicographer files of the word's senses, commonest first ("cotton": a
        substance, an artifact, a plant, an artifact)."""
        for lemma in self.lemmas(word, pos):
            senses = self._senses[pos].get(lemma, ())
            if senses:
                return [self._domains[s] for s in senses]
        return []

    def kinship(
        self,
        a: str,
        b: str,
        *,
        pos: str = "n",
        loose: bool = False,
        commonest: bool = False,
        files: Container[str] | None = None,
        first: int | None = None,
    ) -> Kinship | None:
        """How noun (or verb) ``b`` relates to ``a``; None when the lexicon cannot say.
        ``loose``: a co-hyponym may meet its parent further up (for concrete things).
        ``commonest``: through each word's commonest sense only, the reading a reader takes
        first ("hospital" the building, "clinic" the institution: not siblings).
        ``files``: through the senses of these lexicographer files only ("trawler" the
        fishing boat, not first of all the fisherman); ``first``: among each word's first
        so many senses only."""
        most, total = (
            (_LOOSE_STEPS, _LOOSE_TOTAL) if loose else (_COHYPONYM_STEPS, _COHYPONYM_TOTAL)
        )
        lemmas_a, lemmas_b = self.lemmas(a, pos), self.lemmas(b, pos)
        if not lemmas_a or not lemmas_b:
            return None
        if {x.lower() for x in lemmas_a} & {x.lower() for x in lemmas_b}:
            return Kinship("same")
        if commonest:
            # The word as the text writes it first ("glasses": the eyeglasses, not the glass).
            lemmas_a, lemmas_b = lemmas_a[:1], lemmas_b[:1]
        first = 1 if commonest else first
        senses_a = [s for w in lemmas_a for s in self._senses[pos].get(w, ())[:first]]
        senses_b = [s for w in lemmas_b for s in self._senses[pos].get(w, ())[:first]]
        if files is not None:
            senses_a = [s for s in senses_a if self._domains[s] in files]
            senses_b = [s for s in senses_b if self._domains[s] in files]
            if not senses_a or not senses_b:
                return None
        if set(senses_a) & set(senses_b):
            return Kinship("synonym")
        up_a = self._ancestors(senses_a, lemmas_a, pos)
        up_b = self._ancestors(senses_b, lemmas_b, pos)
        if any(s in up_a for s in senses_b):
            return Kinship("broader", steps_a=min(up_a[s] for s in senses_b if s in up_a))
        if any(s in up_b for s in senses_a):
            return Kinship("narrower", steps_b=min(up_b[s] for s in senses_a if s in up_b))
        return self._nearest_parent(
            up_a,
            up_b,
            lambda parent, steps_a, steps_b: (
                max(steps_a, steps_b) <= most
                and steps_a + steps_b <= total
                and self.depth(parent) >= _MIN_PARENT_DEPTH
            ),
        )

    def _nearest_parent(
        self,
        up_a: dict[int, int],
        up_b: dict[int, int],
        accepted: Callable[[int, int, int], bool],
    ) -> Kinship | None:
        """The co-hyponymy through the parent both ancestries share in the fewest steps
        among those ``accepted`` (parent, steps from A, steps from B) allows, or None."""
        best: Kinship | None = None
        for parent, steps_a in up_a.items():
            steps_b = up_b.get(parent)
            if steps_b is None or not accepted(parent, steps_a, steps_b):
                continue
            if best is None or steps_a + steps_b < best.steps_a + best.steps_b:
                best = Kinship(
                    "cohyponym",
                    steps_a=steps_a,
                    steps_b=steps_b,
                    parent=parent,
                    domain=self._domains[parent],
                )
        return best

    def name_senses(self, name: str, *, as_written: bool = False) -> set[int]:
        """The senses the lexicon gives ``name`` as a name (a lemma in capitals): "Naples"
        and "Napoli" share the city's; an unknown name has none. ``as_written``: those of the
        name itself only, not of a singular it may be read as ("Roberts": not "Robert")."""
        lemmas = [
            x for x in self.lemmas(name, "n") if x[:1].isupper() and (x == name or not as_written)
        ]
        return {s for lemma in lemmas for s in self._senses["n"].get(lemma, ())}

    def names_first_sense(self, name: str, word: str) -> bool:
        """Whether ``word`` (a noun in lower case) has among its senses the commonest sense of
        the name ``name``: "world" and "globe" for "Earth" (the planet); not "sunlight" for
        "Sun" (the star; "sun" is sunlight only in its second sense)."""
        lemmas = [x for x in self.lemmas(name, "n") if x[:1].isupper()]
        first = self._senses["n"].get(lemmas[0], ())[:1] if lemmas else ()
        if not first or not word.islower():
            return False
        return any(first[0] in self._senses["n"].get(x, ()) for x in self.lemmas(word, "n"))

    def _ancestors(self, senses: Iterable[int], lemmas: list[str], pos: str) -> dict[int, int]:
        """Every sense above ``senses`` with its distance in steps (the nearest reading)."""
        frontier = {s: 0 for s in senses}
        for lemma in lemmas:  # is-a links WordNet lacks: an artillery shell is a projectile
            for broad in self._extra.get(lemma, ()):
                for s in self._senses[pos].get(broad, ())[:1]:
                    frontier.setdefault(s, 1)
        return _climb(frontier, self._parents, self._extra_above if pos == "n" else {})

    def names_kind_later(self, word: str, kind: str) -> bool:
        """Whether noun ``kind``, in one of its rarer senses (past the first ones the lexicon
        reads everywhere), names a kind that ``word`` belongs to within three steps: "carrier"
        (a firm in the business of transporting, its fifth sense) for "airline". The reading
        a text takes where it named the narrower thing first."""
        later = {s for lemma in self.lemmas(kind, "n") for s in self._later_senses.get(lemma, ())}
        if not later:
            return False
        lemmas = self.lemmas(word, "n")
        senses = [s for lemma in lemmas for s in self._senses["n"].get(lemma, ())]
        above = self._ancestors(senses, lemmas, "n")
        return any(above.get(s, 99) <= 3 for s in later)

    def is_kin(self, word: str) -> bool:
        """A word for a relative ("cousin", "aunt"): kinship terms are things of one kind that
        a translation does not swap, unlike "journalist" / "reporter"."""
        kin = self._senses["n"].get("relative", ())[:1]
        for lemma in self.lemmas(word, "n"):
            senses = self._senses["n"].get(lemma, ())[:2]
            if kin and set(kin) & set(self._ancestors(senses, [], "n")):
                return True
        return False

    def natural_siblings(self, a: str, b: str) -> Kinship | None:
        """Two natural objects whose commonest senses meet under a shallow parent of their
        own file: WordNet's natural objects hang only a few steps below "object", so a parent
        as specific as "body of water" ("lake" / "river", "bay" / "gulf") or "land" ("island" /
        "peninsula") stands at depth 3, above the depth a common parent needs elsewhere
        (:data:`_MIN_PARENT_DEPTH`). Not a broad one: "geological formation" holds "shore",
        "beach" and "bank", which a translator swaps, and "part" a thousand senses."""
        lemmas_a, lemmas_b = self.lemmas(a, "n")[:1], self.lemmas(b, "n")[:1]
        if not lemmas_a or not lemmas_b or lemmas_a == lemmas_b:
            return None
        senses_a = list(self._senses["n"].get(lemmas_a[0], ())[:1])
        senses_b = list(self._senses["n"].get(lemmas_b[0], ())[:1])
        if not senses_a or not senses_b or senses_a == senses_b:
            return None
        if {self._domains[senses_a[0]], self._domains[senses_b[0]]} != {_NATURAL_FILE}:
            return None
        up_a = self._ancestors(senses_a, [], "n")
        up_b = self._ancestors(senses_b, [], "n")
        if senses_a[0] in up_b or senses_b[0] in up_a:
            return None  # one is the other's kind: a broader word
        return self._nearest_parent(
            up_a,
            up_b,
            lambda parent, steps_a, steps_b: (
                max(steps_a, steps_b) <= _COHYPONYM_STEPS
                and self._domains[parent] == _NATURAL_FILE
                and self.depth(parent) >= _NATURAL_DEPTH
                and self._below(parent) <= _NATURAL_BREADTH
            ),
        )

    def _below(self, sense: int) -> int:
        """How many senses lie below ``sense``."""
        seen: set[int] = set()
        stack = [sense]
        while stack:
            for child in self._children.get(stack.pop(), ()):
                if child not in seen:
                    seen.add(child)
                    stack.append(child)
        return len(seen)

    def breadth(self, word: str, pos: str = "n") -> int:
        """How many senses lie below the word's commonest sense: few for a specific thing
        ("necklace" 2), many for a general one ("equipment" 273, "material" 1758)."""
        for lemma in self.lemmas(word, pos):
            senses = self._senses[pos].get(lemma, ())
            if senses:
                seen: set[int] = set()
                stack = [senses[0]]
                while stack:
                    for child in self._children.get(stack.pop(), ()):
                        if child not in seen:
                            seen.add(child)
                            stack.append(child)
                return len(seen)
        return 0

    def depth(self, sense: int) -> int:
        """Steps from ``sense`` up to a root by the shortest path."""
        if sense not in self._depth:
            parents = self._parents[sense]
            self._depth[sense] = 0 if not parents else 1 + min(self.depth(p) for p in parents)
        return self._depth[sense]


def _bare(word: str) -> str:
    """The word without a possessive ending: "bride's" → "bride"."""
    return re.sub(r"[’']s?$", "", word)


def _pairs(pairs: Iterable[list[str]]) -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for left, right in pairs:
        table.setdefault(left, set()).add(right)
        table.setdefault(right, set()).add(left)
    return {word: frozenset(others) for word, others in table.items()}


def _climb(
    frontier: dict[int, int],
    parents: Mapping[int, tuple[int, ...]],
    above: Mapping[int, tuple[int, ...]],
) -> dict[int, int]:
    """Every sense above the ``frontier`` (sense -> steps already taken), through WordNet's
    ``parents`` and the added links ``above``, each at its nearest distance."""
    seen: dict[int, int] = {}
    while frontier:
        nxt: dict[int, int] = {}
        for sense, steps in frontier.items():
            if sense in seen and seen[sense] <= steps:
                continue
            seen[sense] = steps
            for parent in (*parents[sense], *above.get(sense, ())):
                if parent not in seen or seen[parent] > steps + 1:
                    nxt[parent] = min(nxt.get(parent, steps + 1), steps + 1)
        frontier = nxt
    return {s: d for s, d in seen.items() if d > 0}


def _sense_meant(
    senses: tuple[int, ...],
    target: int,
    parents: Mapping[int, tuple[int, ...]],
    domains: tuple[str, ...],
) -> int | None:
    """The sense an added is-a link means: the one of ``target``'s file that meets it in the
    fewest steps ("drone" the aircraft, not the bee or the idler), or None."""
    above_target = {**_climb({target: 0}, parents, {}), target: 0}
    best: tuple[int, int] | None = None
    for sense in senses:
        if domains[sense] != domains[target]:
            continue
        above = {**_climb({sense: 0}, parents, {}), sense: 0}
        steps = min(
            (d + above_target[p] for p, d in above.items() if p in above_target), default=None
        )
        if steps is not None and (best is None or steps < best[0]):
            best = (steps, sense)
    return None if best is None else best[1]


def _link_added_senses(
    extra: Mapping[str, set[str]],
    nouns: dict[str, tuple[int, ...]],
    parents: Mapping[int, tuple[int, ...]],
    domains: tuple[str, ...],
) -> dict[int, tuple[int, ...]]:
    """The added is-a links as links between senses, so that what is a kind of the narrower
    sense inherits them ("artillery shell" is a "shell", which is a "projectile"). The sense
    a link means is read first: the additions name the things today's news means by the word
    ("drone", in WordNet first a bee, then an idler, a sound, and only fourth the aircraft)."""
    above: dict[int, list[int]] = {}
    for word, broader in extra.items():
        for broad in sorted(broader):
            for target in nouns.get(broad, ())[:1]:
                meant = _sense_meant(nouns.get(word, ()), target, parents, domains)
                if meant is None:
                    continue
                above.setdefault(meant, []).append(target)
                others = tuple(s for s in nouns[word] if s != meant)
                nouns[word] = (meant, *others)
    return {sense: tuple(dict.fromkeys(targets)) for sense, targets in above.items()}


TABLES = (
    "version", "senses", "later_senses", "parents", "children", "domains", "adjectives",
    "adverbs", "antonyms", "indirect",
    "converses", "direction", "gender", "exceptions", "extra", "extra_above", "modifier_senses",
    "degree",
    "transitive", "infinitive", "acronyms", "derived",
)  # fmt: skip


def compile_tables(data: dict[str, Any]) -> dict[str, Any]:
    """The tables a :class:`Lexicon` looks words up in, from the shipped JSON."""
    parents = {sense: tuple(above) for sense, above in enumerate(data["parents"])}
    children: dict[int, list[int]] = {}
    # Senses that only compounds name ("machine gun") are left out of the tree below a word,
    # so that its breadth counts what single words name, as the checks' thresholds assume.
    single = data.get("compound_senses", len(parents))
    for sense, above in parents.items():
        for parent in above:
            if sense < single:
                children.setdefault(parent, []).append(sense)
    names: list[str] = data["domain_names"]
    extra: dict[str, set[str]] = {}
    for narrow, broad in data["extra_parents"]:
        extra.setdefault(narrow, set()).add(broad)
    senses = {pos: {w: tuple(s) for w, s in table.items()} for pos, table in data["lemmas"].items()}
    domains = tuple(names[d] for d in data["domains"])
    return {
        "version": int(data["version"]),
        "senses": senses,
        "later_senses": {w: tuple(s) for w, s in data.get("later_senses", {}).items()},
        "extra_above": _link_added_senses(extra, senses["n"], parents, domains),
        "parents": parents,
        "children": {sense: tuple(below) for sense, below in children.items()},
        "domains": domains,
        "adjectives": frozenset(data["adjectives"]),
        "adverbs": frozenset(data.get("adverbs", ())),
        "antonyms": _pairs(data["antonyms"]),
        "indirect": _pairs(data["indirect_antonyms"]),
        "converses": _pairs(data["converses"]),
        "direction": {word: way for way, words in data["directions"].items() for word in words},
        "gender": dict(data["gender"]),
        "exceptions": {
            pos: {form: tuple(bases) for form, bases in table.items()}
            for pos, table in data["exceptions"].items()
        },
        "extra": {narrow: frozenset(broad) for narrow, broad in extra.items()},
        "modifier_senses": {
            word: tuple(senses) for word, senses in data.get("modifier_senses", {}).items()
        },
        "degree": frozenset(data.get("degree_adjectives", ())),
        "transitive": frozenset(data.get("transitive", ())),
        "infinitive": frozenset(data.get("infinitive", ())),
        "acronyms": dict(data.get("acronyms", {})),
        "derived": {word: tuple(others) for word, others in data.get("derived", {}).items()},
    }


# The compiled file: this header, the SHA-256 of the payload, then the payload: a marshalled
# dict of table name -> the table, each big word table cut into shards (below). Change the
# header when the layout changes: a file of another layout is then compiled again.
_MAGIC = b"vdlex09\n"
_SHARD = 8  # entries per shard, about: a shard decodes in a few microseconds
_SHARDED = (
    "parents", "children", "adjectives", "adverbs", "antonyms", "indirect", "modifier_senses",
    "derived", "later_senses",
)  # fmt: skip
_SHARDED_BY_POS = ("senses", "exceptions")


def _shard_of(key: str | int, shards: int) -> int:
    # Not hash(): str hashes change from one process to the next.
    if isinstance(key, int):
        return key % shards
    return zlib.crc32(key.encode("utf-8", "surrogatepass")) % shards


class _Shards(Mapping[Any, Any]):
    """A big table as marshalled shards, one blob and the offsets where each shard starts: a
    lookup decodes only its key's shard. A comparison looks up a few hundred words of ~60,000,
    so this is most of what a warm run saves; one blob a table keeps the file's own decoding
    to a few objects."""

    def __init__(self, offsets: tuple[int, ...], blob: bytes | memoryview) -> None:
        self._offsets = offsets
        self._blob = memoryview(blob)
        self._decoded: list[dict[Any, Any] | None] = [None] * (len(offsets) - 1)

    @staticmethod
    def encode(table: Mapping[Any, Any]) -> tuple[tuple[int, ...], bytes]:
        shards: list[dict[Any, Any]] = [{} for _ in range(max(1, len(table) // _SHARD))]
        for key, value in table.items():
            shards[_shard_of(key, len(shards))][key] = value
        blobs = [marshal.dumps(shard) for shard in shards]
        offsets = [0]
        for blob in blobs:
            offsets.append(offsets[-1] + len(blob))
        return tuple(offsets), b"".join(blobs)

    @classmethod
    def decode(cls, value: object) -> _Shards:
        """The shards of a table as :meth:`encode` gave them; TypeError for anything else."""
        if not (isinstance(value, tuple) and len(value) == 2):
            raise TypeError("not a sharded table")
        offsets, blob = value
        if not (isinstance(offsets, tuple) and isinstance(blob, bytes) and len(offsets) >= 2):
            raise TypeError("not a sharded table")
        if offsets[0] != 0 or offsets[-1] != len(blob):
            raise TypeError("not a sharded table")
        return cls(offsets, blob)

    def _shard(self, key: Any) -> dict[Any, Any]:
        return self._shard_at(_shard_of(key, len(self._decoded)))

    def __getitem__(self, key: Any) -> Any:
        return self._shard(key)[key]

    def get(self, key: Any, default: Any = None) -> Any:
        return self._shard(key).get(key, default)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, (str, int)) and key in self._shard(key)

    def __iter__(self) -> Iterator[Any]:
        for index in range(len(self._decoded)):
            yield from self._shard_at(index)

    def _shard_at(self, index: int) -> dict[Any, Any]:
        shard = self._decoded[index]
        if shard is None:
            start, end = self._offsets[index], self._offsets[index + 1]
            shard = self._decoded[index] = marshal.loads(self._blob[start:end])
        return shard

    def __len__(self) -> int:
        return sum(len(self._shard_at(index)) for index in range(len(self._decoded)))


def _encode(tables: Mapping[str, Any]) -> bytes:
    """The tables as the compiled file's payload."""
    out: dict[str, Any] = {}
    for name in TABLES:
        table = tables[name]
        if name in _SHARDED:
            words = table if isinstance(table, Mapping) else dict.fromkeys(table)  # a set
            out[name] = _Shards.encode(words)
        elif name in _SHARDED_BY_POS:
            out[name] = {pos: _Shards.encode(by_word) for pos, by_word in table.items()}
        else:
            out[name] = table
    return marshal.dumps(out)


def _decode(payload: bytes | memoryview) -> dict[str, Any] | None:
    """The tables of a compiled file's payload, or None when it is not of this layout."""
    try:
        raw = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return None
    if not isinstance(raw, dict) or set(raw) != set(TABLES):
        return None
    tables = dict(raw)
    try:
        for name in _SHARDED:
            tables[name] = _Shards.decode(raw[name])
        for name in _SHARDED_BY_POS:
            tables[name] = {pos: _Shards.decode(shards) for pos, shards in raw[name].items()}
    except (TypeError, AttributeError):
        return None
    return tables


def compiled_path(source: bytes) -> Path:
    """Where the compiled form of the JSON ``source`` is kept: in the user's cache folder,
    named by the JSON's hash and the Python that wrote it (marshal is not portable)."""
    from .._cache import default_cache_dir

    digest = hashlib.sha256(source).hexdigest()[:16]
    return default_cache_dir() / f"lexicon-{digest}-{sys.implementation.cache_tag}.bin"


def read_compiled(path: Path) -> dict[str, Any] | None:
    """The tables in a compiled file; None when it is missing, damaged or of another layout."""
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    head = len(_MAGIC)
    payload = memoryview(raw)[head + 32 :]  # not a copy of the ~5 MB
    if raw[:head] != _MAGIC or raw[head : head + 32] != hashlib.sha256(payload).digest():
        return None
    return _decode(payload)


def write_compiled(path: Path, tables: Mapping[str, Any]) -> None:
    """Write the compiled file whole or not at all; a folder we cannot write is no error."""
    payload = _encode(tables)
    temporary = path.with_name(f".{path.name}.{os.getpid()}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(temporary, "wb") as out:
            out.write(_MAGIC + hashlib.sha256(payload).digest() + payload)
        os.replace(temporary, path)  # readers see the old file or the whole new one
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


@cache
def lexicon() -> Lexicon:
    """The shipped lexicon. The JSON takes ~0.5 s to read and index, most of a warm run's
    judging, so its tables are compiled once into the cache folder and read from there, each
    table on first use."""
    source = resources.files(__package__).joinpath("data").joinpath("lexicon.json.gz")
    raw = source.read_bytes()
    path = compiled_path(raw)
    tables = read_compiled(path)
    if tables is None:
        tables = compile_tables(json.loads(gzip.decompress(raw)))
        write_compiled(path, tables)
    return Lexicon(tables)
