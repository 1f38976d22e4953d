"""A country told by its adjective or by its name: the same country either way.

"French exports of wine" / "exports of wine from France", "the Dutch central bank" / "the
central bank of the Netherlands", "Kenyan runners" / "runners from Kenya", and a title before
a name against the same title after it with the country's adjective ("President Emmanuel
Macron" / "Emmanuel Macron, the French president,"): read letter by letter, a modifier is
dropped on one side and a phrase added on the other (or a country added to a title). Where the
two forms name the same thing with the same words and one country, B's form is read as A's
(``_alike.read_alike`` makes the swap) and no check sees them differ. Another country ("the
Brazilian president" / "the president of Argentina"), another preposition ("exports from
France" / "exports to France", which is the other trade), another title or a title qualified
("the former French president") stay what they are.
"""

from __future__ import annotations

import re

from .._entities import canonical_names, country_of, is_demonym

__all__ = ["origin_reads"]

_TOKEN = re.compile(r"[\w’'-]+|[^\w\s]")
# Words between a country's adjective and where its name would go: the noun and an "of" phrase
# after it ("exports of wine and spirits"), at most.
_MOST_HEAD = 6
# What a country's name follows when it says where a thing is from or whose it is.
_ORIGIN = frozenset({"of", "from"})
# Nouns of what comes in: their country's adjective names where it goes ("German imports" are
# Germany's, bought abroad), so "from" that country is the other flow. The closed class of
# inward flows.
_INWARD = frozenset(
    {"import", "imports", "inflow", "inflows", "arrival", "arrivals", "immigrant", "immigrants"}
)
# Words of a title before a name, at most ("Foreign Minister", "Chief Executive").
_MOST_TITLE = 3
_MOST_NAME = 3


def _country(words: list[str]) -> str:
    """The country a run of words names, by its name or adjective, or ''."""
    return country_of("".join(words))


def _lowered(words: list[str]) -> list[str]:
    return [w.lower() for w in words]


def _country_after(tokens: list[str], at: int) -> tuple[str, int]:
    """The country named from ``at`` ("the Netherlands", "France", "South Korea") and the
    index after it; ('', at) if none."""
    start = at + 1 if at < len(tokens) and tokens[at].lower() == "the" else at
    for size in (3, 2, 1):
        run = tokens[start : start + size]
        if len(run) == size and all(w[0].isupper() for w in run):
            country = _country(run)
            if country and not is_demonym(run[-1]):
                return country, start + size
    return "", at


def _adjective_and_phrase(
    adjective_side: list[str], phrase_side: list[str]
) -> list[tuple[int, int, int, int]]:
    """Where one side says "<adjective> <words>" and the other "<words> of/from <country>"
    of the same country, the rest of the two the same up to there: each (start, end) of the
    first side's words and (start, end) of the second's, in tokens."""
    found: list[tuple[int, int, int, int]] = []
    for i, word in enumerate(adjective_side):
        if not (word[0].isupper() and is_demonym(word)):
            continue
        country = _country([word])
        for j in range(len(phrase_side)):
            if _lowered(adjective_side[:i])[-1:] != _lowered(phrase_side[:j])[-1:]:
                continue
            for size in range(1, _MOST_HEAD + 1):
                head = _lowered(adjective_side[i + 1 : i + 1 + size])
                if len(head) < size or head != _lowered(phrase_side[j : j + size]):
                    break
                after = j + size
                if after >= len(phrase_side) or phrase_side[after].lower() not in _ORIGIN:
                    continue
                if phrase_side[after].lower() == "from" and _INWARD.intersection(head):
                    continue
                named, end = _country_after(phrase_side, after + 1)
                if named == country:
                    found.append((i, i + 1 + size, j, end))
    return found


def _title_and_apposition(
    title_side: list[str], apposed_side: list[str]
) -> list[tuple[int, int, int, int]]:
    """Where one side says "<Title> <Name>" and the other "<Name>, the <adjective> <title>,"
    or "<Name>, <Country>'s <title>," ("President Emmanuel Macron" / "Emmanuel Macron, the
    French president,"): each (start, end) of the title and name and of the name and its
    apposition, in tokens."""
    found: list[tuple[int, int, int, int]] = []
    for j in range(len(apposed_side)):
        for name_size in range(1, _MOST_NAME + 1):
            name = apposed_side[j : j + name_size]
            comma = j + name_size
            if len(name) < name_size or not all(w[0].isupper() for w in name):
                break
            if comma + 2 >= len(apposed_side) or apposed_side[comma] != ",":
                continue
            opener = apposed_side[comma + 1]
            if opener.lower() == "the" and is_demonym(apposed_side[comma + 2]):
                title_at = comma + 3
            elif _country([opener.removesuffix("’s").removesuffix("'s")]):
                title_at = comma + 2
            else:
                continue
            close = next(
                (k for k in range(title_at, len(apposed_side)) if apposed_side[k] in ",."), None
            )
            if close is None or not 1 <= close - title_at <= _MOST_TITLE:
                continue
            title = _lowered(apposed_side[title_at:close])
            for i in range(len(title_side) - len(title) - name_size + 1):
                said = title_side[i : i + len(title)]
                named = title_side[i + len(title) : i + len(title) + name_size]
                if _lowered(said) == title and all(w[0].isupper() for w in said) and named == name:
                    end = close + 1 if apposed_side[close] == "," else close
                    found.append((i, i + len(title) + name_size, j, end))
    return found


# The combining forms English joins two countries' adjectives with ("Sino-Japanese relations",
# "the Franco-German proposal", "the Russo-Japanese War"), each by the country it stands for.
# WordNet has the adjectives and the countries but no combining form.
_COMBINING = {
    "sino": "China",
    "franco": "France",
    "anglo": "England",
    "indo": "India",
    "russo": "Russia",
    "austro": "Austria",
    "italo": "Italy",
    "greco": "Greece",
    "graeco": "Greece",
    "hispano": "Spain",
    "luso": "Portugal",
    "germano": "Germany",
    "turco": "Turkey",
    "serbo": "Serbia",
    "nippo": "Japan",
}
# Words of the thing two countries share, at most ("relations", "trade talks", "border").
_MOST_SHARED = 3


def _joined_countries(word: str) -> frozenset[str]:
    """The two countries a joined word names ("Sino-Japanese", "Indo-Pakistani", "US-China",
    "India-Pakistan"), or none."""
    parts = word.split("-")
    if len(parts) != 2 or not all(p[:1].isupper() for p in parts):
        return frozenset()
    first = _COMBINING.get(parts[0].lower(), parts[0])
    countries = {_initials_country(first), _initials_country(parts[1])}
    return frozenset(countries) if "" not in countries and len(countries) == 2 else frozenset()


def _initials_country(word: str) -> str:
    """The country a word names, by its name, its adjective or its initials ("US", "UK")."""
    return _country([word]) or country_of(canonical_names(word))


def _country_run(tokens: list[str], at: int) -> tuple[str, int]:
    """The country named from ``at`` by its name ("the Soviet Union", "Japan") or, as a
    people's adjective, by itself ("French"), and the index after it; ('', at) if none."""
    named, end = _country_after(tokens, at)
    if named:
        return named, end
    if at < len(tokens) and tokens[at][:1].isupper() and is_demonym(tokens[at]):
        return _country([tokens[at]]), at + 1
    start = at + 1 if at < len(tokens) and tokens[at].lower() == "the" else at
    if start < len(tokens) and tokens[start].isupper() and _initials_country(tokens[start]):
        return _initials_country(tokens[start]), start + 1
    return "", at


def _joined_and_spelt(
    joined_side: list[str], spelt_side: list[str]
) -> list[tuple[int, int, int, int]]:
    """Where one side joins two countries in one word before what they share ("Sino-Japanese
    relations", "the Franco-German proposal") and the other spells them out, after it with
    "between ... and" ("relations between China and Japan") or before it with "and" ("the
    joint French and German proposal"), the same two countries and the rest the same up to
    there: each (start, end) of the first side's words and of the second's, in tokens."""
    found: list[tuple[int, int, int, int]] = []
    for i, word in enumerate(joined_side):
        countries = _joined_countries(word)
        if not countries:
            continue
        before = _lowered(joined_side[:i])[-1:]
        for size in range(1, _MOST_SHARED + 1):
            shared = _lowered(joined_side[i + 1 : i + 1 + size])
            if len(shared) < size or not all(w.isalpha() for w in shared):
                break
            for j in range(len(spelt_side)):
                if _lowered(spelt_side[:j])[-1:] != before:
                    continue
                # "relations between China and Japan"
                if _lowered(spelt_side[j : j + size]) == shared:
                    at = j + size
                    if at < len(spelt_side) and spelt_side[at].lower() == "between":
                        first, end = _country_run(spelt_side, at + 1)
                        if end < len(spelt_side) and spelt_side[end].lower() == "and":
                            second, end = _country_run(spelt_side, end + 1)
                            if {first, second} == countries:
                                found.append((i, i + 1 + size, j, end))
                # "the joint French and German proposal"
                at = j + 1 if spelt_side[j].lower() == "joint" else j
                first, end = _country_run(spelt_side, at)
                if first and end < len(spelt_side) and spelt_side[end].lower() == "and":
                    second, end = _country_run(spelt_side, end + 1)
                    if {first, second} == countries and _lowered(
                        spelt_side[end : end + size]
                    ) == shared:
                        found.append((i, i + 1 + size, j, end + size))
    return found


def origin_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """B's words that name a thing by its country's adjective where A names it by the
    country, or the other way round, or a title set after the name with the country's
    adjective where A sets it before, read as A's: each (start in B, end in B, A's words)."""
    spans_a = [m.span() for m in _TOKEN.finditer(a)]
    spans_b = [m.span() for m in _TOKEN.finditer(b)]
    tokens_a = [a[s:e] for s, e in spans_a]
    tokens_b = [b[s:e] for s, e in spans_b]
    reads: list[tuple[int, int, str]] = []

    def read(start_b: int, end_b: int, start_a: int, end_a: int) -> None:
        said = a[spans_a[start_a][0] : spans_a[end_a - 1][1]]
        reads.append((spans_b[start_b][0], spans_b[end_b - 1][1], said))

    for find in (_adjective_and_phrase, _title_and_apposition, _joined_and_spelt):
        for x0, x1, y0, y1 in find(tokens_a, tokens_b):
            read(y0, y1, x0, x1)
        for x0, x1, y0, y1 in find(tokens_b, tokens_a):
            read(x0, x1, y0, y1)
    return reads
