"""Distil the names WordNet gives one thing by ("World War II" / "the Second World War", "the
Federal Reserve" / "the Fed", "the Olympic Games" / "the Olympics", "9/11" / "September 11",
"Ping-Pong" / "table tennis") from WordNet 3.0.

Development-time only: vardiff reads the result (``vardiff/judge/data/names_alike.json``) with
the standard library. Run as ``tools/build_lexicon.py`` is run (WordNet 3.0 in
/usr/share/wordnet, nltk installed): ``python tools/build_names_alike.py``.

What goes in: each noun sense (a synset) with a name among its lemmas (a lemma written with a
capital or a figure), and its forms that can only be names or fixed phrases: those with a
capital or a figure, and those of two words or more ("table tennis", "final solution"). A
single lower-case word ("world" beside "Earth") has other senses in other texts and stays out;
a name of several senses goes only in the set of its commonest (WordNet's order: "Vietnam" the
country, not the war); a sense left with fewer than two forms is no set, and plants, animals
and parts of the body (their genus and Latin names), places and people (the names check's)
and times and amounts (the number check's: "Monday" / "Mon", "100000" / "hundred thousand")
stay out. The reader
(:mod:`vardiff.judge._alike`) reads B's form as A's where A names the thing in one form of a
set and B in another.

``species``: each animal or plant sense with a Latin binomial among its lemmas (a genus with a
capital and an epithet in lower case: "Ursus maritimus", "Aedes aegypti", "Panthera leo") and
its common names in lower case ("polar bear", "ice bear"; "yellow-fever mosquito"; "lion"),
the binomials first. Science writes a species by its Latin name and news by its common one;
the reader reads the one as the other where both sides name that species, each once.

``initialisms``: a common noun WordNet writes only as initials with small letters among
capitals ("PhD", "MSc", "EdD"), and no lower-case word of its own sense, with the lower-case
words of the nearest sense above it that has some ("PhD": "doctorate", "doctor's degree";
"MSc": "master's degree"): the kind it is one of, which a translation says in its place. Names
of bodies ("DoJ"), peoples' languages, people and places stay out.

``phrases``: each adverb or adjective WordNet writes as two or three lower-case words ("inter
alia", "ex officio", "in absentia", "in advance") with the definitions of its first senses
("among other things"; "by virtue of an office or position", "by virtue of position"): a
translation often says such a phrase, Latin above all, by its definition.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_lexicon import tool_arguments, write_json

OUT = Path(__file__).resolve().parent.parent / "vardiff" / "judge" / "data" / "names_alike.json"


# Plants, animals and parts of the body: their Latin and trade names are no news's names.
# Places and people: WordNet gives a place one sense for names news keeps apart ("China" /
# "Mainland China", "Quebec" / "Quebec City", "Great Britain" / "the United Kingdom") and a
# person the names of a family ("George Bush"); the names check reads their forms. Times
# ("Monday" / "Mon", "Christmas Day" / "Dec 25") and amounts ("100000" / "hundred thousand"):
# the number check reads days, dates and figures.
_LEFT_OUT = frozenset(
    {
        "noun.plant",
        "noun.animal",
        "noun.body",
        "noun.location",
        "noun.person",
        "noun.time",
        "noun.quantity",
    }
)


def _named(form: str) -> bool:
    return any(c.isupper() or c.isdigit() for c in form)


def _first(wn: Any, lemma: Any, synset: Any) -> bool:
    """Whether ``synset`` is the commonest noun sense of ``lemma``'s name as written: a name of
    two things ("Vietnam": the country and the war; "Gulf War": 1991's and the Iran-Iraq
    war) names only the first in a set."""
    senses = [s for s in wn.synsets(lemma.name(), "n") if lemma.name() in s.lemma_names()]
    return bool(senses) and senses[0] == synset


# A Latin binomial as WordNet writes a species: the genus with a capital, the epithet in lower
# case ("Ursus_maritimus"; WordNet writes a few with a capital, "Ursus_Maritimus"); a common
# name: lower-case words ("polar_bear", "yellow-fever_mosquito").
_BINOMIAL = re.compile(r"[A-Z][a-z]+_[A-Za-z][a-z]+")
_COMMON_NAME = re.compile(r"[a-z][a-z-]*(?:_[a-z][a-z-]*){0,3}")


def species(wn: Any) -> list[list[str]]:
    """Each animal or plant sense's binomials and common names (see the module's docstring):
    the binomials first, each part sorted."""
    found: set[tuple[str, ...]] = set()
    for synset in wn.all_synsets("n"):
        if synset.lexname() not in ("noun.animal", "noun.plant"):
            continue
        names = synset.lemma_names()
        latin = sorted(
            {f"{g} {e.lower()}" for n in names if _BINOMIAL.fullmatch(n) for g, e in [n.split("_")]}
        )
        common = sorted(n.replace("_", " ") for n in names if _COMMON_NAME.fullmatch(n))
        if latin and common:
            found.add((*latin, *common))
    return [list(s) for s in sorted(found)]


# Initials with a small letter among two capitals or more ("PhD", "MSc", "Ph.D."): one short
# word ("LuGanda", "McCarthyism" are names).
_MIXED_INITIALS = re.compile(
    r"(?=(?:[^A-Z]*[A-Z]){2})"  # two capitals
    r"(?=(?:[^A-Za-z]*[A-Za-z]){1,6}[^A-Za-z]*$)"  # six letters at most
    r"[A-Z][A-Za-z.]*[a-z][A-Za-z.]*"
)
# The files of things a common noun in initials names: degrees and documents, acts, kinds of
# substance; not bodies (groups), people, places or languages.
_THINGS = frozenset({"noun.communication", "noun.act", "noun.artifact", "noun.substance"})


def initialisms(wn: Any) -> dict[str, list[str]]:
    """Each common noun in initials (see the module's docstring) with the lower-case words of
    the nearest sense above it that has some."""
    found: dict[str, set[str]] = {}
    for synset in wn.all_synsets("n"):
        if synset.lexname() not in _THINGS or synset.instance_hypernyms():
            continue
        names = synset.lemma_names()
        written = [n for n in names if _MIXED_INITIALS.fullmatch(n)]
        if not written or any(n.islower() for n in names):
            continue
        above, kinds = synset.hypernyms(), set()
        while above and not kinds:
            kinds = {n.replace("_", " ") for h in above for n in h.lemma_names() if n.islower()}
            above = [g for h in above for g in h.hypernyms()]
        for name in written:
            found.setdefault(name, set()).update(kinds)
    return {name: sorted(kinds) for name, kinds in sorted(found.items()) if kinds}


_PHRASE = re.compile(r"[a-z]+(?:_[a-z]+){1,2}")
_PHRASE_SENSES = 2


def phrases(wn: Any) -> dict[str, list[str]]:
    """Each adverb or adjective of two or three lower-case words, with the definitions of its
    first senses (see the module's docstring)."""
    found: dict[str, list[str]] = {}
    for pos in ("r", "a"):
        names = {n for s in wn.all_synsets(pos) for n in s.lemma_names() if _PHRASE.fullmatch(n)}
        for name in sorted(names):
            senses = [s for s in wn.synsets(name, pos) if name in s.lemma_names()]
            told = found.setdefault(name.replace("_", " "), [])
            for sense in senses[:_PHRASE_SENSES]:
                if sense.definition() not in told:
                    told.append(sense.definition())
    return dict(sorted(found.items()))


def build(wn: Any) -> dict[str, list[list[str]]]:
    sets: set[tuple[str, ...]] = set()
    for synset in wn.all_synsets("n"):
        if synset.lexname() in _LEFT_OUT:
            continue
        forms = [lemma.name().replace("_", " ") for lemma in synset.lemmas()]
        if not any(_named(f) for f in forms):
            continue
        kept = sorted(
            {
                f.removeprefix("The ")
                for f, lemma in zip(forms, synset.lemmas(), strict=True)
                if len(f) > 1 and (_named(f) or " " in f or "-" in f) and _first(wn, lemma, synset)
            }
        )
        if len({k.lower() for k in kept}) >= 2:
            sets.add(tuple(kept))
    return {
        "sets": [list(s) for s in sorted(sets)],
        "species": species(wn),
        "initialisms": initialisms(wn),  # type: ignore[dict-item]
        "phrases": phrases(wn),  # type: ignore[dict-item]
    }


def main() -> None:
    wordnet, output = tool_arguments(__doc__, OUT)
    data = build(wordnet)
    write_json(output, data)
    print(
        f"{output}: {len(data['sets'])} sets of names, {len(data['species'])} species",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
