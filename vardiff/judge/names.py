"""Names of people, places and bodies: another referent is a changed fact; the same name spelled
or abbreviated another way ("Kim Jong Un" / "Kim Jong-un", "U.N." / "United Nations") is not."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from typing import cast

from .._entities import (
    TITLES,
    Name,
    NameDiff,
    another_name,
    capital_ranked,
    compare_names,
    consonants_alike,
    country_named,
    country_of,
    extract_names,
    is_capital,
    is_title,
    people_of_place,
    region_countries,
    shortened_place,
    transliterated,
)
from .._numbers import extract_quantities
from .._report import Finding
from .._words import FUNCTION_WORDS, HONORIFICS, mistyped, without_possessive
from ._antecedents import called_so, describes_a_person, describes_the_body, stands_for
from ._context import PairContext
from ._draft import draft
from ._edits import words
from ._evidence import content_terms, spelling, support, support_texts
from ._lexicon import lexicon
from ._persons import family_name_kept, surname_kept
from ._romanised import as_written, one_chinese_name
from ._sources import current
from ._text import same_case
from .foreign import written_english
from .referents import court_styled
from .removal import broken_junctions

__all__ = ["check_names", "mentioned_again", "names_texts", "people_named_by", "region_words"]

# Spelling likeness at which two names read as one name written two ways ("Yevmenov" /
# "Evmenov" 0.93, "Naples" / "Napoli" 0.67; two unrelated names are near 0.3).
_ALIKE = 0.6
_TOKEN = re.compile(r"[\w’'-]+|[.,;:]")  # as removal.broken_junctions reads a sentence


def _names_diff(ctx: PairContext) -> NameDiff:
    diff = ctx.memo.get("names.diff")
    if diff is None:
        is_word = _is_word if current().lexicon else None
        a, b = same_case(ctx.a, ctx.b)
        diff = compare_names(a, b, equivalences=ctx.equivalences, is_word=is_word)
        if is_word is not None:
            diff = _without_defined_terms(diff, a, b)
        diff = ctx.memo["names.diff"] = _regions_listed(diff, a, b)
    return cast(NameDiff, diff)


def defined_term(name: str, text: str) -> bool:
    """A contract's or a policy's party written as a defined term: "the Customer", "the
    Licensee", "the Tenant": one capitalised common noun for a person after "the", which the
    lexicon knows in lower case and not as a name (nor an office, "the President"). It names
    a role, as "the customer" does; the kinds and referents checks read it so."""
    if " " in name or name.lower() in TITLES or not _is_word(name) or _is_proper_noun(name):
        return False
    lex = lexicon()
    noun = next(iter(lex.lemmas(name.lower(), "n")), "")
    if lex.domain(noun) != "noun.person" or lex.readings(noun, "a") >= lex.readings(noun, "n"):
        return False  # "the Great War", "the Independent": an adjective more often
    # A capitalised word after it makes it part of a longer name ("the Champions League").
    said = rf"\b[Tt]he\s+{re.escape(name)}\b(?!\s+[A-Z])"
    return re.search(said, text) is not None


def _without_defined_terms(diff: NameDiff, a: str, b: str) -> NameDiff:
    """``diff`` without the defined terms (``defined_term``) only one side names."""
    return dataclasses.replace(
        diff,
        only_a=tuple(n for n in diff.only_a if not defined_term(n, a)),
        only_b=tuple(n for n in diff.only_b if not defined_term(n, b)),
    )


# The word after a region's name that says what it holds ("the Baltic states", "the Iberian
# peninsula", "the Benelux countries").
_REGION_NOUN = re.compile(r"\s+([a-z]+)\b")


def _region_of(name: str, diff: NameDiff, text: str) -> tuple[str, frozenset[str]]:
    """The region or group of countries ``name`` names in ``text``, as written, and its
    countries; ("", none) for any other name."""
    whole = diff.whole_of(name).split()
    # The name's own words, or the whole name from any of its words on ("Horn of Africa" for
    # "Horn Africa"; "Baltic" of "Leaders of the Baltic", a sentence's first words capitalised).
    for start in range(len(whole)):
        written = " ".join(whole[start:])
        at = text.find(written)
        if at < 0:
            continue
        noun = _REGION_NOUN.match(text, at + len(written))
        for region in ([f"{written} {noun.group(1)}"] if noun else []) + [written]:
            if members := region_countries(region):
                return region, members
    return "", frozenset()


def region_words(ctx: PairContext) -> frozenset[str]:
    """The words (lower case) of the regions and the lists of their countries that the two
    sides name for each other ("the Baltic states" / "Estonia, Latvia and Lithuania"): one
    place named two ways, no word of it dropped or added."""
    if not current().lexicon:
        return frozenset()
    named = _names_diff(ctx).regions
    return frozenset(w.lower() for left, right in named for w in words(f"{left} {right}"))


def _span_of(names: list[str], text: str) -> str:
    """The stretch of ``text`` from the first of ``names`` to the last ("Estonia, Latvia and
    Lithuania"), or the names joined where one is not found as written."""
    found = [(m.start(), m.end()) for n in names if (m := re.search(re.escape(n), text))]
    if len(found) < len(names):
        return ", ".join(names)
    return text[min(s for s, _ in found) : max(e for _, e in found)]


def _regions_listed(diff: NameDiff, a: str, b: str) -> NameDiff:
    """A region or a group of countries one side names where the other lists its countries
    ("the Baltic states" / "Estonia, Latvia and Lithuania", "the Iberian peninsula" / "Spain
    and Portugal"): one place named two ways, a variant, not a name dropped and others added.
    Only where the list names two of its countries at least and half of them, and no country
    outside it ("Estonia, Latvia and Finland" is another group)."""
    only_a, only_b, variants = list(diff.only_a), list(diff.only_b), list(diff.variants)
    for own, other, text, a_side in ((only_a, only_b, a, True), (only_b, only_a, b, False)):
        for name in list(own):
            written, members = _region_of(name, diff, text)
            if not members:
                continue
            countries = {n: country_named(n) or country_named(diff.whole_of(n)) for n in other}
            listed = [n for n, country in countries.items() if country]
            inside = [n for n in listed if countries[n] in members]
            named = {countries[n] for n in inside}
            if len(inside) < len(listed) or len(named) < 2 or 2 * len(named) < len(members):
                continue
            own.remove(name)
            for n in inside:
                other.remove(n)
            spelled = _span_of(inside, b if a_side else a)
            variants.append((written, spelled) if a_side else (spelled, written))
    if len(only_a) == len(diff.only_a) and len(only_b) == len(diff.only_b):
        return diff
    return dataclasses.replace(
        diff,
        only_a=tuple(only_a),
        only_b=tuple(only_b),
        variants=tuple(variants),
        regions=tuple(variants[len(diff.variants) :]),
    )


# A measure's scale named after a person, after its amount: "6.1 on the Richter scale", "force
# 8 on the Beaufort scale".
_NAMED_SCALE = re.compile(r"\d\s+on\s+the\s+(?P<name>(?:[A-Z][\w-]+\s+){1,2})scale\b")


def _unit_words(text: str) -> set[str]:
    """The capitalised words of ``text`` that name the unit of an amount ("Celsius" in "40
    degrees Celsius", "Fahrenheit"), as the numbers check reads them, or its scale ("Richter"
    in "6.1 on the Richter scale", which "a magnitude of 6.1" says as well), or the zero said
    in a word ("| Nil |", against "| £0 |")."""
    units = {
        word
        for quantity in extract_quantities(text)
        if quantity.unit or quantity.value == 0
        for word in words(quantity.text)
        if word[:1].isupper()
    }
    for scale in _NAMED_SCALE.finditer(text):
        units.update(words(scale.group("name")))
    return units


# Pronouns WordNet does not hold, which open a sentence in capitals ("Whoever wins", "Anyone
# who was there"): words of the language, no names.
_PRONOUNS = frozenset(
    "whoever whomever whichever whenever wherever whatever however anyone anybody everyone"
    " everybody someone somebody nobody anything everything something nothing".split()
)


def _is_word(word: str) -> bool:
    """A word of the language in lower case ("department", "late"), or two run together
    ("firefighting"), not only a name ("Apia", "Argentina" are WordNet lemmas in capitals
    only)."""
    lower = word.lower()
    if lower in _PRONOUNS or _known_lower(lower):
        return True
    # Parts of four letters at least: "Washington" is no "washing" + "ton".
    return not _is_proper_noun(word) and any(
        _known_lower(lower[:i]) and _known_lower(lower[i:]) for i in range(4, len(lower) - 3)
    )


def _known_lower(word: str) -> bool:
    return any(lemma.islower() for lemma in lexicon().lemmas(word))


def _common(names: list[str]) -> float:
    """The share of the names' words that are ordinary words and no name of their own:
    "Foreign Affairs" / "Provincial Department" are a body's title translated, "Argentina" /
    "Spain" two places ("Japan" and "Senate" are names too, whatever "japan" means)."""
    words = [w for name in names for w in re.findall(r"[A-Za-z]+", name)]
    if not words or not current().lexicon:
        return 0.0
    return sum(_is_word(w) and not _is_proper_noun(w) for w in words) / len(words)


def _hole(name: str, text: str, other: str) -> float:
    """1.0 when the other side is broken where the name stood ("the mayor of in 2014" for "the
    mayor of Ostrava in 2014"): the name was cut out, not rendered another way."""
    found = re.search(rf"(?<![\w’'-]){re.escape(name.split()[0])}", text)
    if found is None:
        return 0.0
    end = text.find(name.split()[-1], found.start()) + len(name.split()[-1])
    before = _TOKEN.findall(text[: found.start()])
    after = _TOKEN.findall(text[end:])
    edges = {before[-1].lower() if before else "^", after[0].lower() if after else ""}
    for junction in broken_junctions(other) - broken_junctions(text):
        words = junction.split()
        if junction.startswith("^") and "^" in edges:
            return 1.0
        if words and (words[0].lower() in edges or words[-1].lower() in edges):
            return 1.0
    return 0.0


def _abbreviated(left: str, right: str) -> bool:
    """One name written alike but for spaces and marks, or cut short: "Rz" for
    "Rzeczpospolita", "Gen." for "General"."""
    x, y = re.sub(r"\W", "", left.lower()), re.sub(r"\W", "", right.lower())
    if x == y:
        return True
    (short, written), (full, _) = sorted(((x, left), (y, right)), key=lambda item: len(item[0]))
    cut = len(short) == 2 or written.endswith(".")  # not "Kim" for "Kimberly"
    return cut and full.startswith(short) and not re.search(r"\d", full)


def _kept(part: str, diff: NameDiff) -> float:
    """The share of the whole name's own words (not its titles; not its ordinary words, where
    it has others) that the other side still has: "John Lewis" / "Lewis" 0.5; "Osaka
    Prefecture" dropped beside a "Fukuoka Prefecture" kept 0.0."""
    words = [w for w in Name(diff.whole_of(part), 0).words if w.lower() not in TITLES]
    own = [w for w in words if not _common([w])] or words
    missing = set(part.split())
    return sum(w not in missing for w in own) / len(own) if own else 0.0


def _is_proper_noun(word: str) -> bool:
    title = word[:1].upper() + word[1:].lower()
    return title in lexicon().lemmas(title, "n")


def _pairs(diff: NameDiff, ctx: PairContext) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    """Names only A has matched with names only B has, and the names left over. Two names
    spelled alike pair first, wherever they stand ("Yevmenov" finds "Evmenov" past a dropped
    "Navy"); the rest pair in order. A unit named after a person ("40 degrees Celsius" /
    "40C") is the amount's, which the numbers check compares: no name of either side."""
    # Read only where a name is on one side alone: most pairs have none, and the amounts are
    # parsed again for each text.
    units_a = _unit_words(ctx.a) if diff.only_a else set()
    units_b = _unit_words(ctx.b) if diff.only_b else set()
    only_a = [name for name in diff.only_a if name not in units_a]
    only_b = [name for name in diff.only_b if name not in units_b]
    pairs: list[tuple[str, str]] = []
    alike = sorted(
        ((spelling(x, y), x, y) for x in only_a for y in only_b if spelling(x, y) >= _ALIKE),
        key=lambda item: -item[0],
    )
    for _, left, right in alike:
        if left in only_a and right in only_b:
            pairs.append((left, right))
            only_a.remove(left)
            only_b.remove(right)
    # The rest pair in order, but a body's title worded another way ("Ministry of Internal
    # Affairs" / "Ministry of Interior": ``_body_retitled``) renders no name the other side adds
    # besides, a place ("in Warsaw"): it is read on its own below. A title's word against
    # another ("Supreme" / "Intermediate" People's Court) or a person ("Police Commissioner
    # Gill" / "Erwin Huber") still pairs.
    rest_a: list[str] = []
    rest_b: list[str] = []
    while only_a and only_b:
        left, right = only_a[0], only_b[0]
        if _body_retitled(left, diff) and _a_place(right):
            rest_a.append(only_a.pop(0))
        elif _body_retitled(right, diff) and _a_place(left):
            rest_b.append(only_b.pop(0))
        else:
            pairs.append((only_a.pop(0), only_b.pop(0)))
    return pairs, rest_a + only_a, rest_b + only_b


def names_texts(ctx: PairContext) -> list[str]:
    """The texts :func:`check_names` asks the model about, to embed them with the report's."""
    if ctx.pair.status != "changed":
        return []
    pairs, rest_a, rest_b = _pairs(_names_diff(ctx), ctx)
    texts: list[str] = []
    for left, right in pairs:
        if not _abbreviated(left, right) and not _respelled(left, right):
            texts += [left, right]
    terms_a, terms_b = content_terms(ctx.a), content_terms(ctx.b)
    texts += [t for name in rest_a for t in support_texts(name, terms_b)]
    texts += [t for name in rest_b for t in support_texts(name, terms_a)]
    return texts


def check_names(ctx: PairContext) -> list[Finding]:
    ranked = _capital_for_ranked(ctx)
    found = [ranked, *_check_names(ctx)] if ranked is not None else _check_names(ctx)
    return found + _namesake_countries(ctx)


# A feature named after a country or sharing its name, with the kind of feature said: "the
# Jordan River", "the Niger River", "Lake Chad", "Mount Lebanon". The name alone, with no
# article, is the country ("drowned in Jordan"): another, far larger place.
_NAME_RUN = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
_NAMESAKE_FEATURES = (
    re.compile(rf"\b(?P<name>{_NAME_RUN})\s+(?P<kind>River|Lake|Sea|Desert|Delta|Valley|Basin)\b"),
    re.compile(rf"\b(?P<kind>Lake|Mount|River)\s+(?P<name>{_NAME_RUN})"),
)
_FEATURE_WORDS = re.compile(
    r"\b(?:rivers?|lakes?|seas?|deserts?|deltas?|valleys?|basins?|mount|mountains?)\b", re.I
)


def _namesake_countries(ctx: PairContext) -> list[Finding]:
    """A feature that shares a country's name on one side ("in the Jordan River", "on Lake
    Chad") and the bare name on the other with no article before it and no word of a feature
    anywhere ("in Jordan", "in Chad"): the country, not the river or the lake. Quiet for "the
    Jordan" (the river, named short) and "the river Jordan"."""
    found: list[Finding] = []
    for text, other, in_a in ((ctx.a, ctx.b, True), (ctx.b, ctx.a, False)):
        if _FEATURE_WORDS.search(other):
            continue
        for pattern in _NAMESAKE_FEATURES:
            for match in pattern.finditer(text):
                name = match.group("name")
                if not country_named(name):
                    continue
                bare = re.compile(rf"(?<![\w’'-])(?<!the\s)(?<!The\s){re.escape(name)}(?![\w-])")
                if bare.search(text[: match.start()] + text[match.end() :]):
                    continue  # the country is named on this side too
                said = bare.search(other)
                if said is None:
                    continue
                feature, country = match.group(0), said.group(0)
                found.append(
                    draft(
                        ctx,
                        check="entity.namesake",
                        category="entity",
                        a=feature if in_a else country,
                        b=country if in_a else feature,
                        message=(
                            f"{feature!r} is a place named like a country; {country!r} alone, "
                            "with no article, is the country"
                        ),
                        prior=0.8,
                    )
                )
                return found
    return found


# A country's capital and a town ranked in it: "the Turkish capital", "Canada's capital", "the
# capital of Nigeria"; "Turkey's largest city", "the biggest city in Canada", "Australia's
# second city", "the largest Turkish city".
_A_COUNTRY = r"(?P<country>(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*?)(?:['’]s?)?"
_RANK_WORDS = (
    r"(?P<rank>largest|biggest|most\s+populous|"
    r"second(?:[\s-](?:largest|biggest|most\s+populous))?)"
)
_CAPITAL_OF = (
    re.compile(rf"\b{_A_COUNTRY}\s+capital\b(?!\s+(?:of|city\s+of)\b)"),
    re.compile(
        r"\bcapital\s+(?:city\s+)?of\s+(?:the\s+)?"
        r"(?P<country>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"
    ),
)
_RANKED_TOWN = (
    re.compile(rf"\b{_A_COUNTRY}\s+{_RANK_WORDS}\s+(?:city|town)\b"),
    re.compile(
        rf"\b{_RANK_WORDS}\s+(?:city|town)\s+(?:of|in)\s+(?:the\s+)?"
        r"(?P<country>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"
    ),
    re.compile(rf"\b{_RANK_WORDS}\s+(?P<country>[A-Z][\w-]*)\s+(?:city|town)\b"),
)


def _countries_said(patterns: tuple[re.Pattern[str], ...], text: str) -> dict[str, re.Match[str]]:
    """The countries ``text`` names in one of ``patterns`` (by name or demonym, as
    :func:`country_of` gives them) -> the words that do."""
    found: dict[str, re.Match[str]] = {}
    for pattern in patterns:
        for match in pattern.finditer(text):
            words = match.group("country").split()
            # "the new Turkish capital": the country is the last words that name one.
            for start in range(len(words)):
                country = country_of(" ".join(words[start:]))
                if country:
                    found.setdefault(country, match)
                    break
    return found


def _rank(match: re.Match[str]) -> str:
    return "second" if match.group("rank").lower().startswith("second") else "largest"


def _capital_for_ranked(ctx: PairContext) -> Finding | None:
    """A country's capital on one side, a town ranked in the same country on the other ("the
    Turkish capital" / "Turkey's largest city", "Australia's capital" / "Australia's second
    city"), where WordNet's glosses tell the two apart: the largest town is another than the
    capital (Istanbul, not Ankara), or the capital is the largest, so no second city. Quiet
    where the capital is the town so ranked ("the French capital" / "France's largest
    city"), where the glosses rank no town so (Nigeria's), and where a side says both."""
    for text, other, capital_in_a in ((ctx.a, ctx.b, True), (ctx.b, ctx.a, False)):
        capitals = _countries_said(_CAPITAL_OF, text)
        towns = _countries_said(_RANKED_TOWN, other)
        for country in capitals.keys() & towns.keys():
            if country in _countries_said(_RANKED_TOWN, text) or country in _countries_said(
                _CAPITAL_OF, other
            ):
                continue
            town = towns[country]
            if capital_ranked(country, _rank(town)) is not False:
                continue
            capital = capitals[country].group(0)
            said_a, said_b = (capital, town.group(0)) if capital_in_a else (town.group(0), capital)
            return draft(
                ctx,
                check="entity.capital_ranked",
                category="entity",
                a=said_a,
                b=said_b,
                message=(
                    f"{capital!r} and {town.group(0)!r} are two cities: the lexicon ranks "
                    "another town than the capital so"
                ),
                prior=0.7,
            )
    return None


def _check_names(ctx: PairContext) -> list[Finding]:
    diff = _names_diff(ctx)
    terms_a, terms_b = content_terms(ctx.a), content_terms(ctx.b)
    found: list[Finding] = []
    pairs, rest_a, rest_b = _pairs(diff, ctx)
    for left, right in pairs:
        if _abbreviated(left, right):
            continue  # one name cut differently on each side, or shortened, is no new referent
        # A letter dropped, added or swapped is a typo the editor should see; a name written
        # in another transliteration is the same name, nothing to fix.
        if mistyped(left, right):
            found.append(_misspelled(ctx, left, right))
            continue
        if (
            _respelled(left, right)
            or _known_as_one(left, right)
            or people_of_place(left, right)
            or people_of_place(right, left)
            or one_chinese_name(as_written(left, ctx.a), as_written(right, ctx.b))
        ):
            found.append(_variant(ctx, left, right, respelled=True))
            continue
        alike = ctx.similarity(left, right)
        # A typo keeps most letters ("Belgium" / "Beligum"); a designation that differs in its
        # code ("Hwasong-11A" / "11B") is another thing however alike it is spelled.
        typed = 0.0 if re.search(r"\d", left + right) else spelling(left, right)
        found.append(
            draft(
                ctx,
                check="entity.different",
                category="entity",
                a=left,
                b=right,
                message=f"another name: {left} in A is {right} in B",
                prior=0.85,
                evidence={
                    "name_similarity": alike,
                    "spelling": typed,
                    # What is left of each whole name on the other side, and whether the
                    # words are ordinary ones: a body's title translated word for word
                    # ("Foreign Affairs" / "External Relations") keeps its referent.
                    "kept": (_kept(left, diff) + _kept(right, diff)) / 2,
                    "common": _common([left, right]),
                },
            )
        )
    # A name the other side writes with a letter dropped, added or swapped is that name
    # mistyped, whether or not the other side's spelling still reads as a name ("Augst").
    for name in [n for n in rest_a if _mistyped_in(n, ctx.b)]:
        rest_a.remove(name)
        found.append(_misspelled(ctx, name, _mistyped_in(name, ctx.b)))
    for name in [n for n in rest_b if _mistyped_in(n, ctx.a)]:
        rest_b.remove(name)
        found.append(_misspelled(ctx, _mistyped_in(name, ctx.a), name))
    # A slip on a name that every check reads as the name (see ``_typos``): shown here.
    found.extend(
        _misspelled(ctx, typo.meant, typo.written)
        for typo in ctx.typos
        if _a_name(typo.meant, typo.written, ctx.b_typed)
    )
    for name in rest_a:
        if place := _place_shortened(ctx, name, diff, ctx.b):
            found.append(place)
            continue
        if short := _kind_left_out(name, diff, ctx.a, ctx.b):
            found.append(_variant(ctx, diff.whole_of(name), short))
            continue
        if _retitled(name, diff) or court_styled(name, diff.whole_of(name), ctx.b):
            found.append(_variant(ctx, diff.whole_of(name), ""))
            continue
        if short := _short_form(name, diff, ctx.b):
            found.append(_variant(ctx, diff.whole_of(name), _titled(short, ctx.b), person=True))
            continue
        if noun := (
            _known_as(name, ctx.a, ctx.b)
            or _compounded(name, ctx.a, ctx.b)
            or initialism_spelled(name, ctx.b)
        ):
            found.append(_variant(ctx, name, noun))
            continue
        if said := _capital_described(diff.whole_of(name), ctx.a, ctx.b):
            found.append(_variant(ctx, diff.whole_of(name), said, described=True))
            continue
        # "Arabia" left of "Saudi Arabia" where B says "Saudi-led": the whole name's people.
        if people := people_named_by(name, ctx.b) or people_named_by(diff.whole_of(name), ctx.b):
            found.append(_variant(ctx, name, people, respelled=True))
            continue
        if again := mentioned_again(name, ctx.a, ctx.b, ctx.before_b):
            found.append(_variant(ctx, name, again, person=True, referred=True))
            continue
        # A name rendered another way (lower case, a description, a transliteration) is still
        # there: support and spelling say how well B accounts for it.
        found.append(
            draft(
                ctx,
                check="entity.dropped",
                category="entity",
                a=name,
                b="",
                message=f"the name {name} is missing in B",
                prior=0.6,
                evidence=_presence(name, ctx.a, ctx.b, terms_b, ctx, diff),
            )
        )
    for name in rest_b:
        if place := _place_shortened(ctx, name, diff, ctx.a, added=True):
            found.append(place)
            continue
        if short := _kind_left_out(name, diff, ctx.b, ctx.a):
            found.append(_variant(ctx, short, diff.whole_of(name)))
            continue
        if _retitled(name, diff) or court_styled(name, diff.whole_of(name), ctx.a):
            found.append(_variant(ctx, "", diff.whole_of(name)))
            continue
        if short := _short_form(name, diff, ctx.a):
            found.append(_variant(ctx, _titled(short, ctx.a), diff.whole_of(name), person=True))
            continue
        if noun := (
            _known_as(name, ctx.b, ctx.a)
            or _compounded(name, ctx.b, ctx.a)
            or initialism_spelled(name, ctx.a)
        ):
            found.append(_variant(ctx, noun, name))
            continue
        if said := _capital_described(diff.whole_of(name), ctx.b, ctx.a):
            found.append(_variant(ctx, said, diff.whole_of(name), described=True))
            continue
        if people := people_named_by(name, ctx.a):
            found.append(_variant(ctx, people, name, respelled=True))
            continue
        if again := mentioned_again(name, ctx.b, ctx.a, ctx.before_a):
            found.append(_variant(ctx, again, name, person=True, referred=True))
            continue
        found.append(
            draft(
                ctx,
                check="entity.added",
                category="entity",
                a="",
                b=name,
                message=f"B names {name}, who or which A does not name",
                prior=0.5,
                evidence=_presence(name, ctx.b, ctx.a, terms_a, ctx, diff),
            )
        )
    for title in diff.titles_dropped:
        if reign := _regnal(diff.whole_of(title), ctx.b):
            found.append(_variant(ctx, diff.whole_of(title), reign))
            continue
        if courtesy := _courtesy_title(diff.whole_of(title), ctx.b):
            found.append(
                draft(
                    ctx,
                    check="entity.courtesy_title",
                    category="entity",
                    a=title,
                    b=courtesy,
                    message=f"the title {title!r} is only {courtesy!r} in B: the same person, "
                    "named without the office",
                    prior=0.3,
                )
            )
            continue
        if fuller := _fuller_name(diff.whole_of(title), ctx.a, ctx.b):
            # "President Yoon" / "Yoon Suk-yeol": B names the same person by more of their own
            # names where A gives the office; the title adds nothing to who is meant.
            if not any(f.check == "entity.variant" and f.b == fuller for f in found):
                found.append(_variant(ctx, diff.whole_of(title), fuller, person=True))
            continue
        found.append(
            draft(
                ctx,
                check="entity.title_dropped",
                category="entity",
                a=title,
                b="",
                message=f"the title {title!r} is missing in B",
                prior=0.5,
            )
        )
    regions = set(diff.regions)
    for left, right in diff.variants:
        if (left, right) in regions:
            found.append(
                draft(
                    ctx,
                    check="entity.region",
                    category="entity",
                    a=left,
                    b=right,
                    message="one place named two ways: a region or a group of countries on one "
                    "side, its countries on the other",
                    prior=0.05,
                )
            )
            continue
        found.append(_variant(ctx, left, right))
    return found


def _place_shortened(
    ctx: PairContext, part: str, diff: NameDiff, other: str, *, added: bool = False
) -> Finding | None:
    """A place name whose first words (``part``) the other side leaves out, saying only the
    rest: the same place by another of its names ("Great Britain" / "Britain", "Mount Etna"
    / "Etna": a variant), or another place ("New York" / "York", "South Korea" / "Korea":
    another name, however much of it is kept). None where the lexicon knows no such name."""
    whole = diff.whole_of(part)
    if not whole.startswith(part + " "):
        return None
    rest = whole[len(part) + 1 :]
    if not re.search(rf"(?<![\w-]){re.escape(rest)}(?![\w-])", other):
        return None
    same = shortened_place(whole, rest)
    if same is None:
        same = _feature_named_alone(part, rest)
    if same is None:
        return None
    left, right = (rest, whole) if added else (whole, rest)
    if same:
        return _variant(ctx, left, right)
    return draft(
        ctx,
        check="entity.different",
        category="entity",
        a=left,
        b=right,
        message=f"another place: {left} in A is {right} in B",
        prior=0.85,
        evidence={
            "name_similarity": ctx.similarity(left, right),
            # The rest is a name of its own, not the whole mistyped.
            "spelling": 0.0,
            "kept": _kept(part, diff),
            "common": _common([left, right]),
        },
    )


# The kinds of a feature of the earth that English names before its own name ("Lake Tahoe",
# "Mount Hood", "Loch Ness") and also leaves out ("Tahoe", "Hood", "Ness").
_FEATURES = frozenset({"lake", "mount", "mt", "mt.", "loch", "lough"})


def _feature_named_alone(part: str, rest: str) -> bool | None:
    """Whether a lake or a mountain the lexicon does not know ("Lake Tahoe") is the same place
    named by its name alone ("Tahoe"): True where no word of the name is known to the lexicon
    at all, so that no town, land or thing of that name is known either ("Lake Erie" / "Erie",
    a port, and "Mount Kenya" / "Kenya", a land, are in the lexicon's place names); None
    otherwise. A town the lexicon does not know shares the lake's reading ("Como")."""
    if part.lower() not in _FEATURES or not current().lexicon:
        return None
    names = rest.split()
    if not names or len(names) > 2 or not all(n[:1].isupper() and n.isalpha() for n in names):
        return None
    lex = lexicon()
    return True if not any(lex.lemmas(n) for n in names) else None


# The lexicographer files of the kinds of a thing a name ends on and English also leaves out
# ("the Yangtze River" / "the Yangtze", "the Hubble Telescope" / "Hubble"): a feature of the
# earth or a made thing, never a body of people ("Boston University" is no Boston).
_NAMED_KINDS = frozenset({"noun.object", "noun.artifact"})


def _kind_left_out(part: str, diff: NameDiff, text: str, other: str) -> str:
    """The rest of a name that ``other`` says without its last word ``part``, a common noun
    that only says what kind of thing the name names ("Yangtze River" / "Yangtze", "Hubble
    Telescope" / "Hubble", "Heathrow Airport" / "Heathrow"), or "". The kind is a feature of
    the earth or a made thing in its commonest senses, never a body ("Boston University",
    "Deutsche Bank", "the White House"); the rest is no common word ("Baker Street") and names
    nothing else the lexicon knows, only a person or a thing of the same kind ("Boston Harbor"
    / "Boston": a city); and ``other`` says the rest more often than ``text`` does on its own
    ("Hong Kong Island ... of Hong Kong" / "... of Hong Kong": the island is gone)."""
    whole = diff.whole_of(part)
    if " " in part or not whole.endswith(" " + part) or not current().lexicon:
        return ""
    rest = whole[: -len(part) - 1].strip()
    names = rest.split()
    if not names or len(names) > 2 or not all(n[:1].isupper() and n.isalpha() for n in names):
        return ""
    alone = rf"(?<![\w-]){re.escape(rest)}(?![\w-])(?!\s+{re.escape(part)}\b)"
    if len(re.findall(alone, other)) <= len(re.findall(alone, text)):
        return ""
    lex = lexicon()
    kinds = lex.domains(part.lower())
    if not kinds or kinds[0] not in _NAMED_KINDS or "noun.group" in kinds[:2]:
        return ""
    if lex.name_senses(part):
        return ""  # a name of its own ("Elton John", "South China"), not a kind of thing
    if any(_known_lower(name.lower()) for name in names):
        return ""  # "Baker Street" / "Baker", "White House" / "White"
    # "Hong Kong Island" / "Hong Kong", "Vancouver Island" / "Vancouver": a place of its own
    for known in (lex.domain(rest), *(lex.domain(name) for name in names)):
        if known and known not in ("noun.person", kinds[0]):
            return ""
    return rest


def _regnal(whole: str, b: str) -> str:
    """The name with its regnal number that B keeps where it drops the office before it
    ("Queen Elizabeth II" / "Elizabeth II", "Pope Benedict XVI" / "Benedict XVI"), or "": a
    sovereign's name and number say who is meant, the title adds nothing."""
    own = [w for w in whole.split() if not is_title(w)]
    if len(own) < 2 or not re.fullmatch(r"[IVX]{2,5}", own[-1]):
        return ""
    named = " ".join(own)
    return named if re.search(rf"(?<![\w-]){re.escape(named)}(?![\w-])", b) else ""


def _known_as(name: str, text: str, other: str) -> str:
    """The common noun ``other`` says a one-word name with, where ``text`` does not: a word
    of the name's own sense in the lexicon ("on Earth" / "around the world", "the Moon" /
    "the moon"), or "". Only a word ``other`` has more often than ``text``: a name cut out
    of a sentence that says "the world" on both sides is still missing."""
    if " " in name or not current().lexicon:
        return ""
    own = Counter(w for w in words(text) if w.islower())
    said = Counter(w for w in words(other) if w.islower())
    for word in said:
        if own[word] < said[word] and lexicon().names_first_sense(name, word):
            return word
    return ""


_THE_CAPITAL = re.compile(r"\bthe\s+(?:[\w’'-]+\s+)?capital\b(?!\s+(?:of|city\s+of)\b)", re.I)


def _capital_described(name: str, text: str, other: str) -> str:
    """ "the capital" in ``other`` where ``text`` names a national capital (``name``: "London",
    "Greater London"; WordNet's instances of a national capital) and says no "capital": the
    city named by what it is, as news names it again ("the capital", "the British capital"), or
    "". Not "the capital of France", which names its country, the names check's to compare."""
    if not is_capital(name) or re.search(r"\bcapital\b", text, re.IGNORECASE):
        return ""
    found = _THE_CAPITAL.search(other)
    return found.group(0) if found else ""


def _compounded(name: str, text: str, other: str) -> str:
    """The compound noun of ``other`` that says a one-word name as its first part, where
    ``text`` has no such word ("The Sun burns" / "The sunlight is dazzling", "the Moon" /
    "moonlight", "the Earth shook" / "the earthquake"), or "": the name's own common noun
    ("sun" for the Sun), then a noun, the whole a noun of the lexicon. A word that only
    begins with the name's letters ("Bush" / "bushfire": the bush is no president) is not
    one."""
    if " " in name or not current().lexicon:
        return ""
    lex = lexicon()
    head = name.lower()
    if not lex.names_first_sense(name, head):
        return ""
    own = {w.lower() for w in words(text)}
    for word in words(other):
        lowered = word.lower()
        rest = lowered[len(head) :]
        if (
            lowered.startswith(head)
            and len(rest) >= 3
            and lowered not in own
            and lex.is_noun(lowered)
            and lex.is_noun(rest)
        ):
            return word
    return ""


def _fuller_name(whole: str, a: str, b: str) -> str:
    """The name in ``b`` that holds every one of the person's own names in ``whole`` (the
    name with its office, in ``a``) and more of them: "Yoon Suk-yeol" for "President Yoon",
    "Joe Biden" for "President Biden"; or "". A name of one word with the title is the family
    name; B adds the given name."""
    own = [w for w in whole.split() if not is_title(w)]
    if not own or len(own) == len(whole.split()):
        return ""
    for name in extract_names(b, context=a):
        theirs = [w for w in name.text.split() if not is_title(w)]
        if len(theirs) > len(own) and all(w in theirs for w in own):
            return name.text
    return ""


def _courtesy_title(whole: str, b: str) -> str:
    """The courtesy title ("Mr", "Ms") B puts before one of the person's own names where A
    gives an office ("President Moon Jae-in" / "Mr Moon"), or ""."""
    for word in (w for w in whole.split() if not is_title(w) and w[:1].isupper()):
        for part in word.split("-")[:1]:
            found = re.search(rf"(?<![\w-])(\w+\.?)\s+{re.escape(part)}(?![\w-])", b)
            if found and found.group(1).lower() in HONORIFICS:
                return found.group(1)
    return ""


def _short_form(part: str, diff: NameDiff, other: str) -> str:
    """The name by which ``other`` calls the person whose given names ``part`` are, or "":
    the surname ("Angela Merkel" / "Merkel") or, with a title, the family name that leads
    Chinese, Korean and Japanese names ("President Moon Jae-in" / "Mr Moon"). The person's
    own names are the whole name's less its office and courtesy titles; a hyphenated given
    name may be missing as its parts ("Jae-in": "Jae", "in")."""
    given = part.split()
    whole = [w for w in diff.whole_of(part).split() if not is_title(w)]
    if len(whole) < 2:
        return ""
    # The given names stand just before the surname: "Piotr Lekszycki Stefan Niesiołowski"
    # read as one name is two people.
    if _parts(whole[:-1])[-len(given) :] == given and surname_kept(given, whole[-1], other):
        return whole[-1]
    if set(given) <= set(_parts(whole[1:])) and family_name_kept(whole, other):
        return whole[0]
    return ""


def _titled(name: str, text: str) -> str:
    """``name`` with the title ``text`` puts before it ("Mr Moon"), or alone."""
    found = re.search(rf"(?<![\w-])([\w.]+)\s+{re.escape(name)}(?![\w-])", text)
    return f"{found.group(1)} {name}" if found and is_title(found.group(1)) else name


def _parts(names: list[str]) -> list[str]:
    """Names with a hyphenated one in its parts, as a name's missing words are listed."""
    return [part for name in names for part in name.split("-") if part]


def _respelled(left: str, right: str) -> bool:
    """One name in two transliterations ("Kyiv" / "Kiev"); two names one letter apart that do
    not sound alike ("Jones" / "Jonas") are two people, however alike their consonants."""
    if transliterated(left, right):
        # "Niger" / "Nigeria": alike, and two countries the lexicon knows.
        return not another_name(left, right) and not _two_known(left, right)
    return _rendered_apart(left, right)


# How alike the consonants of two long names must run (``consonants_alike``) to read as one
# foreign name written down twice: "Qeqertarsuaq" / "Kekertsuatsiak" 0.71, "Asanokawa" /
# "Asanogawa" 0.8, "Plitvice" / "Plitwitz" 0.73; "Kaliningrad" / "Kaliforniya" 0.55.
_RENDERED_ALIKE = 0.7
_LONG_NAME = 6


def _rendered_apart(left: str, right: str) -> bool:
    """One long foreign name that two translators wrote down by ear: one word each, of six
    letters or more, the same first sound and most consonants in the same order, and not two
    names the lexicon knows as two places or people ("Switzerland" / "Swaziland",
    "Kazakhstan" / "Kyrgyzstan": alike, and two countries) nor two words of the language
    ("Associate" / "Adjunct")."""
    if " " in left or " " in right or min(len(left), len(right)) < _LONG_NAME:
        return False
    if consonants_alike(left, right) < _RENDERED_ALIKE:
        return False
    return not _two_known(left, right) and not _two_words(left, right)


def _two_words(left: str, right: str) -> bool:
    """Both are words of the language and no synonyms: a title's word changed ("Associate
    Professor" / "Adjunct Professor"), not a name written down twice; "Organisation" /
    "Organization" are one word spelled two ways."""
    if not current().lexicon:
        return False
    x, y = left.lower(), right.lower()
    if not (_known_lower(x) and _known_lower(y)):
        return False
    kin = lexicon().kinship(x, y, pos="n")
    return kin is None or not kin.synonymous


def _two_known(left: str, right: str) -> bool:
    """Both names are in the lexicon as names, and of no sense in common ("Naples" /
    "Napoli" share the city)."""
    if not current().lexicon:
        return False
    known = [lexicon().name_senses(n) for n in (left, right)]
    return bool(known[0]) and bool(known[1]) and not known[0] & known[1]


def _known_as_one(left: str, right: str) -> bool:
    """Both names are in the lexicon as names of one thing: a place by its old and its new
    name ("Bombay" / "Mumbai", "Peking" / "Beijing", "Burma" / "Myanmar"), or two adjectives
    in capitals of one sense ("a Muslim cemetery" / "an Islamic cemetery")."""
    if not current().lexicon:
        return False
    lex = lexicon()
    known = [lex.name_senses(n, as_written=True) for n in (left, right)]
    if known[0] & known[1] or _acronyms_alike(left, right):
        return True
    one_word = " " not in left and " " not in right
    adjectives = one_word and all(lex.is_adjective(n) for n in (left, right))
    return adjectives and lex.modifier_synonyms(left, right)


# The pronouns that stand for a person named before: subject, object and possessive.
_PERSONAL = re.compile(r"\b(?:he|she|him|her|his|hers|they|them|their|it|its)\b", re.IGNORECASE)
# A person named again by what they are: "the minister", "the coach".
_DESCRIBED = re.compile(r"\b[Tt]he\s+(\d{1,3}-year-old|[a-z]+)\b")


def mentioned_again(name: str, named_in: str, text: str, previous: str) -> str:
    """A pronoun or a description ``text`` has where ``named_in`` names the person or the
    body ``name`` ("Nadal said" / "He said", "Nadal's coach" / "his coach", "Silva said" /
    "The minister said", "Toyota said" / "It said" / "The company said"), which stands for
    it (:func:`stands_for`: a person named first in its sentence, or the subject the sentence
    before, ``previous``, opens on), a description only where it fits what that sentence
    calls them (:func:`called_so`, :func:`describes_the_body`): one referent, named once and
    then referred to. A pronoun or a description both sides have is no stand-in."""
    person = [without_possessive(w) for w in name.split()]
    for pattern in (_PERSONAL, _DESCRIBED):
        kept = Counter(m.group().lower() for m in pattern.finditer(named_in))
        have = Counter(m.group().lower() for m in pattern.finditer(text))
        for found in pattern.finditer(text):
            if have[found.group().lower()] <= kept[found.group().lower()]:
                continue
            at = found.start()
            if pattern is _PERSONAL:
                if stands_for(text, at, previous, person):
                    return found.group()
                continue
            head = found.group(1)
            if (
                describes_a_person(head)
                and stands_for(text, at, previous, person)
                and called_so(previous, person, head)
            ):
                return found.group()
            if stands_for(text, at, previous, person, body=True) and describes_the_body(
                previous, person, head
            ):
                return found.group()
    return ""


# A place's people or adjective joined to a participle: "Saudi-led", "US-backed",
# "Chinese-made", "Kenyan-born".
_PLACE_PARTICIPLE = re.compile(r"([A-Z][\w]*)-(?:[a-z]+ed|made|born|built|run|grown)\b")


def people_named_by(place: str, text: str) -> str:
    """The word of ``text`` that names the people of ``place`` or what pertains to it
    ("Muscovites" for "Moscow", "Saudi-led" for "Saudi Arabia"), or ""."""
    word: str
    for word in re.findall(r"[A-Z][\w-]+", text):
        joined = _PLACE_PARTICIPLE.fullmatch(word)
        if people_of_place(word, place) or (joined and people_of_place(joined[1], place)):
            return word
    return ""


def _acronyms_alike(left: str, right: str) -> bool:
    """Two acronyms the lexicon spells out as one thing ("ADD" / "ADHD": attention deficit
    disorder), or as two times one of which refines the other ("GMT" / "UTC": coordinated
    universal time is Greenwich Mean Time kept with leap seconds): one time standard named two
    ways, a clock reading the same. Not two things of one kind ("LAN" / "WLAN" are no times)."""
    lex = lexicon()
    first, second = (lex.spelled_apart(n) if n.isupper() else None for n in (left, right))
    if not first or not second:
        return False
    kin = lex.kinship(first, second)
    if kin is None or not kin.same_thing:
        return False
    if kin.synonymous:
        return True
    times = all(lex.domains(s)[:1] == ["noun.time"] for s in (first, second))
    return times and kin.steps_a + kin.steps_b == 1


def _a_name(word: str, typed: str, text: str) -> bool:
    """Whether ``word`` (typed ``typed`` in ``text``) is a name or a title: capitalised, and
    no English word or not at the start of a sentence, where every word is capitalised."""
    if not (word[:1].isupper() and typed[:1].isupper()):
        return False
    if not written_english(word.lower()):
        return True
    return any(
        not re.search(r"(?:^|[.!?:])[\s\"'“‘(]*$", text[: m.start()])
        for m in re.finditer(rf"(?<!\w){re.escape(typed)}(?!\w)", text)
    )


def _misspelled(ctx: PairContext, left: str, right: str) -> Finding:
    return draft(
        ctx,
        check="entity.misspelled",
        category="entity",
        a=left,
        b=right,
        message=(
            f"the name {left} in A is spelled {right} in B: a letter dropped, added or swapped, "
            "the same name with a typo to correct"
        ),
        prior=0.3,
    )


def _mistyped_in(name: str, text: str) -> str:
    """The word of ``text`` that is ``name`` (one word) mistyped, or "" (a typo keeps the
    capital: "Marco" / "macro" is a name dropped)."""
    return next((w for w in words(text) if " " not in name and mistyped(name, w)), "")


# An initialism of a common noun's words, its capitals for the words that carry content and a
# small letter for a function word between them ("MoU": memorandum of understanding, "PoW":
# prisoner of war).
_MIXED_INITIALISM = re.compile(r"[A-Z](?:[a-z]?[A-Z])+")


def initialism_spelled(name: str, other: str) -> str:
    """The words of ``other`` that ``name``, an initialism written with a small letter for a
    function word ("MoU"), stands for in lower case ("memorandum of understanding"): each
    capital the first letter of a content word in turn, each small letter the first letter of
    the function word between them; "" where ``other`` spells no such words. Initialisms in
    capitals only ("IMF", "the SEC") are read against a body's capitalised name elsewhere."""
    if not _MIXED_INITIALISM.fullmatch(name) or name.isupper():
        return ""
    tokens = list(re.finditer(r"[A-Za-z]+", other))
    for first in range(len(tokens)):
        at = first
        for letter in name:
            if at >= len(tokens):
                break
            word = tokens[at].group(0)
            small = letter.islower()
            if word[0].lower() != letter.lower() or (word.lower() in FUNCTION_WORDS) != small:
                break
            if not small and word != word.lower():
                break  # a name's capitalised words are the name check's own
            at += 1
        else:
            return other[tokens[first].start() : tokens[at - 1].end()]
    return ""


def _variant(
    ctx: PairContext,
    left: str,
    right: str,
    *,
    person: bool = False,
    described: bool = False,
    respelled: bool = False,
    referred: bool = False,
) -> Finding:
    """A variant of one name: spelled or abbreviated another way, or (``person``) one side
    names the person in full, the other by one name and perhaps a title ("President Moon
    Jae-in" / "Mr Moon") or (``referred`` too) by a pronoun or a description, or
    (``described``) one side names a place, the other says what it is ("Greater London" /
    "the capital"); evidence ``person`` or ``described`` tells the judge that the words
    around the name (a title, a given name, the description) are explained by it,
    ``respelled`` that the name's own words are, written in another transliteration or by
    another name of one thing ("Pyotr Tchaikovsky" / "Piotr Tchaikowsky", "Bombay" /
    "Mumbai")."""
    message = "same name, spelled or abbreviated another way"
    if referred:
        message = "same person, named on one side and referred to again on the other"
    elif person:
        message = "same person, named in full on one side and by one name on the other"
    elif described:
        message = "same place, named on one side and said by what it is on the other"
    evidence = (
        {"person": 1.0}
        if person
        else {"described": 1.0}
        if described
        else {"respelled": 1.0}
        if respelled
        else None
    )
    return draft(
        ctx,
        check="entity.variant",
        category="entity",
        a=left,
        b=right,
        message=message,
        prior=0.05,
        evidence=evidence,
    )


def _a_place(name: str) -> bool:
    """A name the lexicon knows as a place only ("Warsaw"), no word of the language."""
    return bool(current().lexicon) and lexicon().is_place(name) and not _common([name])


def _body_retitled(part: str, diff: NameDiff) -> bool:
    """A body's title worded another way (``_retitled``) in a name that says a body by a word
    of its own besides ("Ministry", "Department", "Inspectorate"): "Affairs" of "the Ministry
    of Internal Affairs", not "Trump" of "US President Trump" ("trump" is a word too)."""
    if not _retitled(part, diff) or not current().lexicon:
        return False
    own = set(part.split())
    return any(
        lexicon().domains(word.lower())[:1] == ["noun.group"]
        for word in diff.whole_of(part).split()
        if word not in own
    )


def _retitled(part: str, diff: NameDiff) -> bool:
    """A body's title worded another way: the words missing are ordinary ones and most of the
    whole name is still there ("Ministry of Foreign Affairs" / "Foreign Ministry", "Region
    Customs and Tax Office" / "Customs and Tax Office")."""
    return _common([part]) == 1.0 and _kept(part, diff) >= 0.5


def _presence(
    name: str, text: str, other: str, terms: list[str], ctx: PairContext, diff: NameDiff
) -> dict[str, float | str]:
    """How far the other side accounts for a name it does not carry as a name: "John Lewis"
    / "Lewis" keeps half of it (``kept``)."""
    words = other.split()
    closest = max(
        (spelling(name, " ".join(words[i : i + len(name.split())])) for i in range(len(words))),
        default=0.0,
    )
    return {
        "support": support(ctx, name, terms),
        "spelling": closest,
        "hole": _hole(name, text, other),
        "kept": _kept(name, diff),
        "common": _common([name]),
    }
