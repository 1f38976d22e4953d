"""Distil the table of national capitals, their countries and the countries' demonyms that the
name check ships with, from WordNet 3.0.

Development-time only: vardiff reads the result (``vardiff/judge/data/capitals.json``) with the
standard library. Run as ``tools/build_lexicon.py`` is run (WordNet 3.0 in /usr/share/wordnet,
nltk installed): ``python tools/build_capitals.py``.

News names a government by its seat: "Beijing protested" is China protesting, "Moscow" and
"the Kremlin" are Russia, "Washington" the United States. What goes in:
- ``capitals``: each instance of "national capital" (and each place WordNet puts inside one
  whose gloss says it houses a government: "Kremlin") -> the countries WordNet puts it in, by
  part holonyms, each by all its names ("London": England, the United Kingdom, UK, ...;
  "Washington": the United States, past the District of Columbia).
- ``demonyms``: adjectives that pertain to a country's name ("Chinese": "China", "French":
  "France", "Dutch": "Netherlands"): the name the adjective points at, where one sense of
  that name is a country ("Korean" points at the peninsula, and stays out).
- ``shortened``: place names of two or three words whose last words are a name of their own
  ("Great Britain": Britain, "New York": York, "Lake Erie": Erie) -> each such rest and
  whether it names the same place (the rest's commonest sense is one of the whole's:
  "Britain" is the United Kingdom, as "Great Britain" is) or another ("York" is not New York,
  "Korea" is the peninsula, not South Korea; "Michigan" is first the state, not the lake),
  unless the rest also names a land of its own that WordNet's counts do not rank below the
  whole's sense ("Chad" the country beside Lake Chad, "Jersey" the island beside New Jersey).
  Names as written, words apart.
- ``regions``: a region or a group of countries that is no country itself -> the countries
  WordNet puts in it (member and part meronyms, instances: "Benelux", "Iberian Peninsula",
  "Baltic State", "Horn of Africa"), two at least, each by its first name.
- ``ranked``: a country -> its largest cities and its second cities, as WordNet's glosses of its
  towns call them ("Istanbul": "the largest city and former capital of Turkey"; "Toronto":
  "... (and the largest city in Canada)"; "Sydney": "the largest Australian city";
  "Melbourne": "... 2nd largest Australian city"; a national capital too: "Paris": "the
  capital and largest city of France"), each by its first name; no city ranked third or lower.
Names in ``capitals``, ``demonyms``, ``ranked`` and ``regions`` are folded: lower case, letters
and digits only ("southkorea").
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_lexicon import tool_arguments, write_json

OUT = Path(__file__).resolve().parent.parent / "vardiff" / "judge" / "data" / "capitals.json"
# The kinds of place that have a government of their own: a country ("asian_country",
# "kingdom", "country"), not a state of a federation nor a district.
_COUNTRY_KINDS = {"country.n.02", "state.n.04", "kingdom.n.02", "sultanate.n.01"}


def _fold(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.lower())


def _proper(name: str) -> bool:
    """A lemma that is a name as news writes it: each word capitalised ("New_Delhi"), no
    description ("capital_of_Iran", "British_capital")."""
    words = name.split("_")
    return all(w[:1].isupper() for w in words) and "capital" not in name.lower()


def _is_country(synset: Any) -> bool:
    kinds = synset.instance_hypernyms()
    above = {k.name() for kind in kinds for k in [kind, *kind.closure(lambda s: s.hypernyms())]}
    return bool(above & _COUNTRY_KINDS)


def _countries(place: Any) -> list[Any]:
    """The countries a place lies in, by part holonyms, nearest first."""
    found: list[Any] = []
    todo, seen = [place], {place}
    while todo:
        current = todo.pop(0)
        for whole in current.part_holonyms():
            if whole not in seen:
                seen.add(whole)
                todo.append(whole)
                if _is_country(whole):
                    found.append(whole)
    return found


def _names(synset: Any) -> list[str]:
    """The synset's names, folded; not its acronyms ("US", "PRC"): folded, they are words
    ("us"), and vardiff reads acronyms in capitals only, through its alias table."""
    names = (lemma.name() for lemma in synset.lemmas())
    return list(dict.fromkeys(_fold(n) for n in names if _proper(n) and not n.isupper()))


def build(wn: Any) -> dict[str, Any]:
    capitals: dict[str, list[str]] = {}
    seats = list(wn.synset("national_capital.n.01").instance_hyponyms())
    for capital in list(seats):
        # A place inside a capital whose gloss says it houses a government ("Kremlin").
        for part in capital.part_meronyms():
            if "government" in part.definition() and part.lemmas()[0].name()[:1].isupper():
                seats.append(part)
    for seat in seats:
        countries = [name for country in _countries(seat) for name in _names(country)]
        if not countries:
            continue
        for name in _names(seat):
            capitals.setdefault(name, [])
            capitals[name] = list(dict.fromkeys(capitals[name] + countries))
    demonyms: dict[str, str] = {}
    for synset in wn.all_synsets("a"):
        for lemma in synset.lemmas():
            if not _proper(lemma.name()):
                continue
            for target in lemma.pertainyms():
                if any(_is_country(s) for s in wn.synsets(target.name(), "n")):
                    demonyms.setdefault(_fold(lemma.name()), _fold(target.name()))
    return {
        "source": "WordNet 3.0 (Princeton University; licence in LICENSE.wordnet.txt)",
        "capitals": dict(sorted(capitals.items())),
        "demonyms": dict(sorted(demonyms.items())),
        "shortened": _shortened(wn),
        "regions": _regions(wn, capitals, demonyms),
        "ranked": _ranked(wn, capitals, demonyms),
    }


# How a gloss ranks a town in its country: "largest city of France", "the largest city and
# principal port of New Zealand", "largest city in Canada", "2nd largest Australian city".
_RANK = r"(?P<rank>2nd\s+|second\s+)?largest\s+"
_RANKED_OF = re.compile(
    _RANK + r"(?:city|town)(?:\s+and\s+[^;()]*?)?\s+(?:of|in)\s+(?:the\s+)?"
    r"(?P<country>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)"
)
_RANKED_ADJECTIVE = re.compile(_RANK + r"(?P<adjective>[A-Z][\w'-]*)\s+city")
# A rank below the second ("3rd largest Australian city") is none of these.
_LOWER_RANK = re.compile(r"(?:\d+(?:st|nd|rd|th)|third|fourth|fifth)\s+$")


def _ranked(
    wn: Any, capitals: dict[str, list[str]], demonyms: dict[str, str]
) -> dict[str, dict[str, list[str]]]:
    """A country (folded) -> "largest" and "second": the towns WordNet's glosses rank so in it,
    each by its first name, folded."""
    countries = {name for names in capitals.values() for name in names} | set(demonyms.values())
    found: dict[str, dict[str, set[str]]] = {}
    for synset in wn.all_synsets("n"):
        if synset.lexname() != "noun.location" or not _names(synset):
            continue
        gloss = synset.definition()
        ranked = [(m, _fold(m.group("country"))) for m in _RANKED_OF.finditer(gloss)] + [
            (m, demonyms.get(_fold(m.group("adjective")), ""))
            for m in _RANKED_ADJECTIVE.finditer(gloss)
        ]
        for match, country in ranked:
            if country not in countries or _LOWER_RANK.search(gloss[: match.start()]):
                continue
            rank = "second" if match.group("rank") else "largest"
            found.setdefault(country, {}).setdefault(rank, set()).add(_names(synset)[0])
    return {
        country: {rank: sorted(towns) for rank, towns in sorted(ranks.items())}
        for country, ranks in sorted(found.items())
    }


# A region or a group of countries names its countries: a translator gives "the Baltic states"
# as "Estonia, Latvia and Lithuania", "the Iberian peninsula" as "Spain and Portugal".
_MEMBERS_LEAST = 2


def _regions(
    wn: Any, capitals: dict[str, list[str]], demonyms: dict[str, str]
) -> dict[str, list[str]]:
    """Names of a region or a group of countries that is no country itself -> the countries
    WordNet puts in it, each by its first name, folded: its member meronyms ("Benelux":
    Belgium, the Netherlands, Luxembourg), part meronyms ("Iberian Peninsula": Spain, Portugal,
    Andorra; "Horn of Africa") or instances ("Baltic State": Estonia, Latvia, Lithuania). A
    country is a place WordNet calls one or whose capital or demonym the tables hold
    ("Lithuania" is only a Baltic State in WordNet). A country made of countries names them
    too ("Great Britain": England, Scotland, Wales and Northern Ireland, ``_union_members``);
    no other name of a country is a region's ("Ireland" the island holds Northern Ireland)."""
    countries = {name for names in capitals.values() for name in names} | set(demonyms.values())

    seats = set(wn.synset("national_capital.n.01").instance_hyponyms())

    def country(synset: Any) -> bool:
        return (
            _is_country(synset)
            or bool(set(_names(synset)) & countries)
            or bool(set(synset.part_meronyms()) & seats)  # "Lithuania" holds Vilnius
        )

    found: dict[str, list[str]] = {}
    for synset in wn.all_synsets("n"):
        # A region's name as news writes it: "Horn of Africa", "Somali peninsula".
        names = list(
            dict.fromkeys(
                _fold(lemma.name())
                for lemma in synset.lemmas()
                if lemma.name()[:1].isupper() and not lemma.name().isupper()
            )
        )
        if not names:
            continue
        if country(synset) or set(names) & countries:
            members = _union_members(synset, country)
            if set(members) & set(names):
                continue  # "Ireland" the island holds Ireland the republic
        else:
            inside = [
                *synset.member_meronyms(),
                *synset.part_meronyms(),
                *synset.instance_hyponyms(),
            ]
            members = [_names(s)[0] for s in inside if country(s) and _names(s)]
            members = list(dict.fromkeys(members))
        if len(members) < _MEMBERS_LEAST:
            continue
        for name in names:
            found[name] = sorted(set(found.get(name, [])) | set(members))
    return dict(sorted(found.items()))


# The kind of land that has a ruler of its own without being called a country ("Wales", a
# principality): one of the lands a country is made of.
_RULED_LAND = "domain.n.02"


def _union_members(synset: Any, country: Any) -> list[str]:
    """The lands a country is made of, where WordNet makes it of countries: its part meronyms
    that are countries or ruled lands ("United Kingdom": England, Scotland, Wales, Northern
    Ireland), each by its first name; none where fewer than two of them are countries (a
    country's cities and provinces are no countries)."""
    lands = [
        part
        for part in synset.part_meronyms()
        if _names(part)
        and (
            country(part)
            or any(
                _RULED_LAND in {k.name() for k in kind.closure(lambda s: s.hypernyms())}
                for kind in part.instance_hypernyms()
            )
        )
    ]
    if sum(1 for part in lands if country(part)) < _MEMBERS_LEAST:
        return []
    return list(dict.fromkeys(_names(part)[0] for part in lands))


def _shortened(wn: Any) -> dict[str, dict[str, bool]]:
    """Place names of two or three words -> the rests left when their first words go that
    are names too ("New York": York), each with whether it names the same place: lands,
    towns, and the features of the earth ("Lake Erie", "Mount Etna")."""
    found: dict[str, dict[str, bool]] = {}
    for synset in wn.all_synsets("n"):
        if synset.lexname() not in _PLACE_FILES:
            continue
        for lemma in synset.lemmas():
            name = lemma.name()
            words = name.split("_")
            if not 2 <= len(words) <= 3 or not _proper(name):
                continue
            whole = set(wn.synsets(name, "n"))
            for cut in range(1, len(words)):
                rest = "_".join(words[cut:])
                # The rest as a name of its own (a synset that has it as a lemma, written
                # so); it names the same place when its commonest sense is one of the whole's
                # ("Britain": the United Kingdom; "Michigan" is first the state, not the lake).
                named = [s for s in wn.synsets(rest, "n") if rest in s.lemma_names()]
                if named:
                    spaced = name.replace("_", " ")
                    if _classifier(wn, words[:cut], whole):
                        # "River Trent" / "Trent", "Mount Whitney" / "Whitney": the word for
                        # the kind of place dropped, the rest still names it (in any sense:
                        # Whitney is first the inventor), unless it names a land with a
                        # government too ("Lake Chad" / "Chad", "Lake Ontario" / "Ontario"),
                        # or, but for a river, a town ("Lake Erie" / "Erie")
                        same = any(s in whole for s in named) and not _another_land(
                            rest, named, whole, governed=True, towns=not _river(whole)
                        )
                    else:
                        same = named[0] in whole and not _another_land(rest, named, whole)
                    found.setdefault(spaced, {})[rest.replace("_", " ")] = same
    return dict(sorted(found.items()))


# The kinds of place a name on its own is first read as, whatever order WordNet files its
# senses in: a land with a government (a country, a state, a province, a county), a town, an
# island.
_LANDS = {
    "country.n.02",
    "state.n.04",
    "administrative_district.n.01",
    "municipality.n.01",
    "island.n.01",
}


# WordNet's files of places and the features of the earth.
_PLACE_FILES = ("noun.location", "noun.object")


def _classifier(wn: Any, cut: list[str], whole: set[Any]) -> bool:
    """The words cut from the name are the common noun for the kind of place it is ("Lake",
    "River", "Mount", "Cape": a sense of the noun is a kind above the whole's sense, or names
    the kind the whole is an instance of, "mount" in "mountain peak"). Not a word that makes
    another name ("New", "South", "Fort")."""
    noun = "_".join(cut).lower()
    kinds = [k for k in wn.synsets(noun, "n") if k.lexname() in _PLACE_FILES]
    if not kinds:
        return False
    above: set[Any] = set()
    direct: set[str] = set()
    for synset in whole:
        if synset.lexname() not in _PLACE_FILES:
            continue  # "Saint Paul" the apostle, beside the town
        for kind in _up(synset):
            above |= {kind, *kind.closure(_up)}
            direct |= {part for lemma in kind.lemma_names() for part in lemma.lower().split("_")}
    return any(k in above for k in kinds) or any(
        lemma.lower() in direct for k in kinds for lemma in k.lemma_names()
    )


# The kinds of land a name on its own is read as even beside a feature of the earth whose kind
# the whole name says ("Lake Ontario" / "Ontario"): a land with a government, an island, a
# capital. A town or city of the same name is read so beside a lake or a mountain, which
# English names with the word for its kind ("Lake Erie" / "Erie", the port on its shore,
# "Lake Geneva" / "Geneva"), not beside a river, which it names without ("the Trent", not
# Trento).
_GOVERNED = {"country.n.02", "state.n.04", "administrative_district.n.01", "island.n.01"}


def _river(whole: set[Any]) -> bool:
    """A sense of the whole name is a river or another stream ("River Trent")."""
    stream = {"stream.n.01"}
    return any(
        {k.name() for kind in _up(s) for k in [kind, *kind.closure(_up)]} & stream for s in whole
    )


def _another_land(
    rest: str, named: list[Any], whole: set[Any], *, governed: bool = False, towns: bool = False
) -> bool:
    """The rest names, in a sense that is none of the whole's nor holds it or lies in it, a
    land of its own (:data:`_LANDS`: "Chad" the country beside Lake Chad, "Jersey" the
    island beside New Jersey, "Ontario" the province), and WordNet's corpus counts do not
    make the whole's sense the commoner ("China" is first the People's Republic, counted 5
    times, Taiwan never): the order of uncounted senses says nothing. ``governed``: only a
    land of :data:`_GOVERNED`, a town or city only where it is a capital or ``towns`` says
    so."""

    def count(synset: Any) -> int:
        return sum(lemma.count() for lemma in synset.lemmas() if lemma.name() == rest)

    first = max(count(s) for s in named if s in whole)
    for synset in named:
        if synset in whole or (count(synset) < first and first > 0):
            continue
        if _related(synset, whole):
            continue  # "Samoa" the islands hold Western Samoa: a broader name of one land
        kinds = synset.instance_hypernyms() + synset.hypernyms()
        above = {k.name() for kind in kinds for k in [kind, *kind.closure(_up)]}
        if governed:
            town = "municipality.n.01" in above and "capital.n.03" not in above
            if (above & _GOVERNED and not town) or (town and towns):
                return True
        elif above & _LANDS:
            return True
    return False


def _up(synset: Any) -> list[Any]:
    return list(synset.hypernyms()) + list(synset.instance_hypernyms())


def _related(synset: Any, whole: set[Any]) -> bool:
    """``synset`` holds a sense of the whole or lies in one (part holonyms, any depth)."""
    holds = set(synset.closure(lambda s: s.part_meronyms()))
    lies_in = set(synset.closure(lambda s: s.part_holonyms()))
    return bool((holds | lies_in) & whole)


def main() -> None:
    wordnet, output = tool_arguments(__doc__, OUT)
    data = build(wordnet)
    write_json(output, data)
    print(
        f"{output}: {len(data['capitals'])} capitals, {len(data['demonyms'])} demonyms, "
        f"{len(data['shortened'])} place names shortened, {len(data['regions'])} regions",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
