"""Names of people, places, organisations and titles, compared across the two sides.

A name matches when each of its words appears on the other side as a whole word once case,
hyphens, dots, spaces and possessives are folded: "Kim Jong Un" = "Kim Jong-un", "U.N." = "UN";
demonyms and plurals match their root ("Russian" / "Russia"). A small built-in alias table (and
the user's glossary, merged with it) maps abbreviations to their expansions: "U.N." = "United
Nations", "DPRK" = "North Korea". Acronyms match only in capitals, so the pronoun "us" is not
the United States. A matched name written differently is a spelling variant; an unmatched one is
dropped or, when the other side has an unmatched name too, replaced by a different referent.
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ._glossary import trie_regex
from ._numbers import NUMBER_WORDS
from ._words import FUNCTION_WORDS, HONORIFICS, mistyped, spelled_out_at, spells_out

__all__ = [
    "GOVERNMENT_NOUNS",
    "Name",
    "NameDiff",
    "canonical_names",
    "capital_ranked",
    "compare_names",
    "country_of",
    "extract_names",
    "governments_named",
    "initials_written_out",
    "is_capital",
    "is_demonym",
    "is_title",
    "people_of_place",
    "same_government",
    "sentence_initial",
    "shortened_place",
    "sounds_alike",
    "transliterated",
]

_ALIASES = (
    ("United Nations", "U.N.", "UN"),
    ("United States", "U.S.", "US", "USA", "U.S.A.", "America"),
    ("United Kingdom", "U.K.", "UK", "Britain"),
    ("European Union", "E.U.", "EU"),
    ("North Korea", "DPRK", "Democratic People's Republic of Korea"),
    ("South Korea", "ROK", "Republic of Korea"),
    ("Soviet Union", "USSR", "U.S.S.R."),
    # A body that news names by what it is as often as by its initials, whose initials the
    # descriptive name does not spell: "NATO leaders" / "leaders of the North Atlantic
    # alliance".
    ("NATO", "North Atlantic Treaty Organization", "North Atlantic alliance", "Atlantic alliance"),
    # Countries by the name they took or asked others to use, beside the one news long used.
    ("Czech Republic", "Czechia"),
    ("Turkey", "Türkiye", "Turkiye"),
    ("Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"),
    ("Swaziland", "Eswatini"),
    ("Cape Verde", "Cabo Verde"),
    ("East Timor", "Timor-Leste"),
    # Faiths, their followers and books, transliterated two ways in news: "Shia" / "Shiite".
    ("Shia", "Shiite", "Shi'ite", "Shi'a"),
    ("Shias", "Shiites", "Shi'ites"),
    ("Muslim", "Moslem"),
    ("Muslims", "Moslems"),
    ("Quran", "Koran", "Qur'an"),
    # A demonym stands for its country as often as the country's name does: "American troops"
    # / "US troops".
    ("United States", "American", "Americans"),
    ("United Kingdom", "British"),
    # Currencies are written as codes, signs' names or the currency's own name in news.
    ("renminbi", "RMB", "CNY", "yuan"),
    ("COVID-19", "COVID", "Covid-19", "Covid", "coronavirus"),
    # Time zones, by their initials or their names: "13:25 MSK" / "13:25 Moscow time".
    ("Moscow time", "MSK"),
    ("Greenwich Mean Time", "GMT"),
    ("Coordinated Universal Time", "UTC"),
    ("Central European Time", "CET"),
    ("Central European Summer Time", "CEST"),
    ("Eastern European Time", "EET"),
    ("British Summer Time", "BST"),
    ("Eastern Standard Time", "EST"),
    ("Pacific Standard Time", "PST"),
    ("Japan Standard Time", "JST", "Japan time", "Tokyo time"),
    ("China Standard Time", "Beijing time"),
    ("India Standard Time", "IST"),
)
# Words glued to a name by a hyphen that are not part of it: "Then-U.S. military chief".
_HYPHEN_PREFIXES = {"then", "ex", "former", "pro", "anti", "non", "post", "pre", "mid", "self"}
# Lower-case words inside a name that only join it: "Bank of England", "al-Assad".
_CONNECTORS = {"of", "the", "de", "al", "el", "von", "van", "der", "la", "le", "du", "da"}
TITLES = set(
    "president chancellor premier minister secretary general gen. gen chairman chairwoman "
    "chief director prime defense defence foreign mr. mrs. ms. dr. prof. sen. rep. gov. governor "
    "senator "
    "king queen prince pope ambassador commander admiral colonel col. lt. captain capt. "
    "spokesman spokeswoman spokesperson leader mayor judge justice ceo".split()
)
_STOP = set(
    "the a an as but and then if in on at by or of for with both just last here what how why "
    "when where who which this that these those additionally also however it its he she they "
    "we i you asked after before since while during until there their his her our my your "
    "so yet not no some all many most other such than more less "
    # "I" and its contractions are the pronoun, never a name.
    "i'm i’m i'd i’d i've i’ve i'll i’ll "
    # Closed-class words that open a sentence and run into a name: "Neither Moscow nor ...".
    "neither either nor none every each any only even still although though because unless "
    "whether once now today yesterday meanwhile instead thus hence besides despite among "
    "against under over about from into through without within like unlike between across "
    "along around near toward towards upon nobody nothing everyone everything someone "
    "something anyone anything is are was were has have had will would could should may "
    "might must can did does do to others whereas whilst amid amidst via per let".split()
)
_MONTHS_DAYS = set(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday "
    # Abbreviations that are no other word or name ("Jan", "Mar" and "Sun" are).
    "feb apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat".split()
)
# Words after a company's name that say what kind of company it is: "Tennet Inc" is Tennet.
_COMPANY_SUFFIXES = {"inc", "ltd", "corp", "co", "llc", "plc", "gmbh", "ag"}
# A name's words, capitalised, joined by a lower-case particle ("Bank of England", "al-Assad")
# or an elided "d'" ("Côte d'Ivoire", "Val d'Isère").
_CAPITAL = re.compile(
    r"(?<![\w’'])(?:[A-Z][\w’'.-]*|[A-Z]\.)(?:\s+(?:of\s+the\s+|of\s+|de\s+|al-|d[’'])?"
    r"(?:[A-Z][\w’'.-]*|[A-Z]\.))*"
)


@dataclass(frozen=True)
class Name:
    text: str
    start: int

    @property
    def words(self) -> list[str]:
        """The words that identify the name; a lower-case part of a hyphenated word counts
        ("Jong-un" is "Jong" and "un": "Jong-il" is someone else)."""
        return [
            w
            for w in re.split(r"[\s-]+", self.text)
            if w and w.lower() not in _CONNECTORS and w.lower().strip(".,") not in _COMPANY_SUFFIXES
        ]


def _fold(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", re.sub(r"[’']s\b", "", text.lower()))


_INITIALS_PLURAL = re.compile(r"\b([A-Z]{2,})s\b")


def _singular_initials(text: str) -> str:
    """``text`` with initials in the plural read as one ("NGOs" / "NGO", "MCIs" / "MCI"): a
    name's number is the grammar's, not another name."""
    return _INITIALS_PLURAL.sub(r"\1", text)


def sentence_initial(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence of ``text`` (its capital says nothing)."""
    head = text[:start].rstrip(" “\"‘'(")
    # An aside between sentences, such as a talk's stage direction, leaves the next word
    # sentence-first: "(Laughter) Want to get away from it?"
    head = _ASIDE.sub("", head)
    return not head or head[-1] in ".?!:\n"


# "No.3", "No. 4": the abbreviation of "number" before a figure, not a name.
_NUMBER_SIGN = re.compile(r"Nos?\.\s?\d[\d,]*")
_ASIDE = re.compile(r"\s*\([^()]*\)\s*$")
# A word of five letters or more with a full stop ends a sentence; shorter ones may be
# abbreviations that run on into a name ("Gen. Milley", "St. Louis", "Corp.").
_SENTENCE_END = re.compile(r"[A-Z][a-z]{4,}\.")


def _mid_sentence_capitals(text: str) -> set[str]:
    return {
        m.group(0)
        for m in re.finditer(r"(?<![\w’'])[A-Z][\w’'-]*", text)
        if not sentence_initial(text, m.start())
    }


def extract_names(
    text: str, *, context: str = "", is_word: Callable[[str], bool] | None = None
) -> list[Name]:
    """Capitalised phrases that read as names. ``context`` (the other side) helps decide
    whether a sentence-initial word is a name: it is when it also appears mid-sentence.
    ``is_word`` says whether a word is an ordinary word of the language; a sentence-initial
    word that is none ("Apia was founded", "Parly said") is a name."""
    known = _mid_sentence_capitals(text + "\n" + context)
    shouting = not any(c.islower() for c in text)
    names: list[Name] = []
    for match in _CAPITAL.finditer(text):
        for words, start in _runs(match.group(0), match.start()):
            # A capitalised first word of a sentence is usually just a sentence start.
            while words and (
                _stop(words[0].strip(".,"), shouting)
                or (
                    sentence_initial(text, start)
                    and len(words) == 1
                    and not _proper_looking(words[0])
                    and words[0].rstrip(".,") not in known
                    and (is_word is None or not _unknown_word(words[0], is_word))
                )
            ):
                start += len(words[0]) + 1
                words = words[1:]
            if words and "-" in words[0]:
                head, rest = words[0].split("-", 1)
                if rest and (head.lower() in _STOP or head.lower() in _HYPHEN_PREFIXES):
                    words[0] = rest  # "Then-U.S." is the U.S.
                    start += len(head) + 1
            if not words:
                continue
            phrase = " ".join(words).rstrip(".,;:")
            if _stop(phrase, shouting) or len(_fold(phrase)) < 2 or _NUMBER_SIGN.fullmatch(phrase):
                continue
            names.append(Name(text=phrase, start=start))
    return names


def _stop(word: str, shouting: bool) -> bool:
    """A word that opens a sentence or joins it, not a name: "Who", "It"; but "WHO" and "IT"
    written in capitals in a text that is not all capitals are a body's or a trade's initials."""
    acronym = len(word) > 1 and word.isupper() and not shouting
    return word.lower() in _STOP and not acronym


def _runs(phrase: str, start: int) -> list[tuple[list[str], int]]:
    """The words of a capitalised phrase in runs split at dates and sentence ends: "Late July
    Kolonko" is "Late" and "Kolonko", each with its offset in the text."""
    runs: list[tuple[list[str], int]] = []
    words: list[str] = []
    begin = start
    for match in re.finditer(r"\S+", phrase):
        word = match.group(0)
        if word.lower().strip(".,()") in _MONTHS_DAYS:
            if words:
                runs.append((words, begin))
            words = []
            continue
        if not words:
            begin = start + match.start()
        words.append(word)
        if _SENTENCE_END.fullmatch(word):
            # "Albert Einstein. In fact": the name ends with its sentence.
            runs.append((words, begin))
            words = []
    if words:
        runs.append((words, begin))
    return runs


def _unknown_word(word: str, is_word: Callable[[str], bool]) -> bool:
    """A plain capitalised word ("Apia", "Norway's") that the language does not know."""
    core = word.rstrip(".,;:")
    bare = re.sub(r"['’]s$", "", core)
    if not re.fullmatch(r"[A-Z][a-z]+", bare) or bare.lower() in _STOP:  # "It's", "That's"
        return False
    # A possessive opening a sentence is a name's ("Apple's introduction", "Japan's"): a
    # common noun there takes an article ("The company's").
    return bare != core or not is_word(bare)


def _proper_looking(word: str) -> bool:
    """An acronym or a word with inner capitals or digits reads as a name even sentence-first."""
    core = word.strip(".,")
    return (core.isupper() and len(core) > 1) or bool(re.search(r"[A-Z].*[A-Z0-9]", core[1:]))


@dataclass(frozen=True)
class NameDiff:
    only_a: tuple[str, ...]
    only_b: tuple[str, ...]
    variants: tuple[tuple[str, str], ...]
    titles_dropped: tuple[str, ...]
    # For each name of ``only_a`` / ``only_b`` and each title dropped: the whole name it is
    # missing from ("John Lewis" for "John" when "John Lewis" / "Lewis").
    wholes: tuple[tuple[str, str], ...] = ()
    # Variants that name a region or a group of countries on one side and its countries on the
    # other ("the Baltic states" / "Estonia, Latvia and Lithuania"), as the name check reads them.
    regions: tuple[tuple[str, str], ...] = ()

    def whole_of(self, part: str) -> str:
        return next((whole for name, whole in self.wholes if name == part), part)


def _term_pattern(term: str) -> str:
    """A regex for one alias term. An acronym written in capitals ("U.N.", "UN", "DPRK")
    matches only in capitals, with or without dots; any other term matches in any case."""
    letters = term.replace(".", "")
    if letters.isalpha() and letters.isupper():
        return r"(?<![\w.])" + r"\.?".join(letters) + r"\.?(?!\w)"
    words = [re.escape(w) for w in term.replace("’", "'").split()]
    return r"(?i:(?<![\w.])" + r"\s+".join(words) + r"(?!\w))"


def _merge_key(term: str) -> str:
    return term.lower().replace(".", "")


def _trie_key(term: str) -> str:
    return " ".join(term.replace("’", "'").lower().split())


def _is_acronym(term: str) -> bool:
    letters = term.replace(".", "")
    return letters.isalpha() and letters.isupper()


@lru_cache(maxsize=32)
def _alias_table(
    extra: tuple[tuple[str, ...], ...],
) -> tuple[re.Pattern[str], tuple[str, ...], dict[str, str]]:
    """One pattern for every alias, the canonical form of each of its groups, and the canonical
    form of each term matched by the trie branch (named ``trie``).

    The user's groups are merged with the built-in ones that share a term, so that "DPRK =
    North Korea" in a glossary and the built-in "North Korea" / "DPRK" agree on one canonical
    form whichever way round either lists them. User groups that touch no built-in alias and
    hold no acronym (almost all of a long glossary) are merged by union-find and matched by one
    trie-shaped branch, so a 10,000-line glossary costs linear time to build and to match.
    """
    parent: dict[str, str] = {}
    order: dict[str, int] = {}

    def root(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    cleaned = [[t.strip() for t in group if t.strip()] for group in extra]
    for index, terms in enumerate(cleaned):
        for term in terms:
            key = _merge_key(term)
            if key not in parent:
                parent[key], order[key] = key, index
            head, other = root(_merge_key(terms[0])), root(key)
            if head != other:
                if order[other] < order[head]:
                    head, other = other, head
                parent[other] = head
    builtin = {_merge_key(t) for group in _ALIASES for t in group}
    special = {root(_merge_key(t)) for terms in cleaned for t in terms if _is_acronym(t)} | {
        root(key) for key in builtin if key in parent
    }
    slow = [tuple(terms) for terms in cleaned if terms and root(_merge_key(terms[0])) in special]
    plain = [terms for terms in cleaned if terms and root(_merge_key(terms[0])) not in special]

    groups: list[list[str]] = []
    for group in (*_ALIASES, *slow):
        terms = [t.strip() for t in group if t.strip()]
        keys = {_merge_key(t) for t in terms}
        joined = [g for g in groups if keys & {_merge_key(t) for t in g}]
        merged = [t for g in joined for t in g] + terms
        groups = [g for g in groups if g not in joined] + [list(dict.fromkeys(merged))]
    alternatives: list[tuple[str, int]] = []
    targets: list[str] = []
    for index, members in enumerate(groups):
        targets.append(members[0].lower().replace("’", "'"))
        alternatives.extend((term, index) for term in members)
    alternatives.sort(key=lambda item: -len(item[0]))  # "U.S.A." before "U.S."
    branches = [
        f"(?P<g{k}_{index}>{_term_pattern(term)})" for k, (term, index) in enumerate(alternatives)
    ]
    first = {root(_merge_key(terms[0])): terms[0] for terms in reversed(plain)}
    trie_targets = {
        _trie_key(t): first[root(_merge_key(t))].lower().replace("’", "'")
        for terms in plain
        for t in terms
    }
    body = trie_regex(trie_targets)
    if body is not None:
        branches.append(rf"(?P<trie>(?i:(?<![\w.]){body}(?!\w)))")
    return re.compile("|".join(branches)), tuple(targets), trie_targets


def _canonical(text: str, extra: tuple[tuple[str, ...], ...]) -> str:
    """The text lower-cased, each alias replaced by its group's canonical form (in one pass, so
    that a replacement is never rewritten again)."""
    pattern, targets, trie_targets = _alias_table(extra)

    def target(match: re.Match[str]) -> str:
        group = match.lastgroup or "g0_0"
        if group == "trie":
            return trie_targets.get(_trie_key(match.group()), match.group().lower())
        return targets[int(group.rsplit("_", 1)[1])]

    return " " + pattern.sub(target, text.replace("’", "'")).lower() + " "


def canonical_names(text: str, *, equivalences: tuple[tuple[str, ...], ...] = ()) -> str:
    """The text lower-cased with every known alias ("U.N.", "DPRK", glossary terms) replaced
    by its group's canonical form, so that two spellings of one name compare equal."""
    return _canonical(text, equivalences).strip()


def _tokens(text: str) -> list[str]:
    return [t for t in (_fold(w) for w in re.split(r"[\s\-–—/]+", text)) if t]


def _present(word: str, tokens: list[str]) -> bool:
    """Whether ``word`` (canonical, possibly several words) is one or more whole words of the
    other side: "un" is in "Jong-un" but not in "United". Demonyms and plurals match their
    root: "Russian" / "Russia", "Koreans" / "Korea", "Ukrainian" / "Ukraine"."""
    folded = _fold(word)
    if not folded:
        return True
    for i, token in enumerate(tokens):
        joined = ""
        for following in tokens[i : i + 6]:
            joined += following
            if joined == folded:
                return True
            if len(joined) >= len(folded):
                break
        shared = len(_common_prefix(folded, token))
        # "Russian" / "Russia": a demonym or a plural of the name. Another vowel in a word of
        # the same length is another name ("Mario" / "Maria").
        renamed = len(token) == len(folded) and another_name(folded, token)
        if (
            shared >= 4
            and len(folded) - shared <= 3
            and len(token) - shared <= 3
            and not renamed
            and not _two_countries(folded, token)
        ):
            return True
    return _country_present(folded, tokens)


def _two_countries(x: str, y: str) -> bool:
    """Two folded words that name two countries, by name or demonym, however alike they are
    spelled: "Niger" / "Nigeria", "Dominica" / "Dominican"; not "Russia" / "Russian"."""
    country_x, country_y = _country_of(x), _country_of(y)
    return bool(country_x and country_y and country_x != country_y)


def _country_present(folded: str, tokens: list[str]) -> bool:
    """Whether the other side names the country a demonym stands for, or a demonym of the
    country named, where the two share no stem: "Dutch" / "the Netherlands", "Swiss" /
    "Switzerland", "Filipino" / "the Philippines"."""
    country = _country_of(folded)
    if not country:
        return False
    for i in range(len(tokens)):
        joined = ""
        for following in tokens[i : i + 3]:
            joined += following
            if _country_of(joined) == country:
                return True
    return False


def _country_of(folded: str) -> str:
    """The country a folded word names, as a demonym ("dutch", "filipinos") or by one of its
    names ("holland", "unitedstates"), as the one name `_country_names` gives it."""
    _, demonyms = _seats_of_government()
    names = _country_names()
    found = demonyms.get(folded) or demonyms.get(folded.removesuffix("s"))
    return names.get(found, found) if found else names.get(folded, "")


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Every name of a country (the capitals' lists and the demonyms' values) -> one name for
    it, so that "American", "America" and "the United States" are one country, and "Dutch",
    "Holland" and "the Netherlands". A name in several lists belongs to the smallest: WordNet
    lists Italy's names under San Marino's capital too."""
    capitals, demonyms = _seats_of_government()
    names: dict[str, str] = {}
    for countries in sorted(set(capitals.values()), key=len):
        for name in countries:
            names.setdefault(name, countries[0])
    for country in demonyms.values():
        names.setdefault(country, country)
    return names


def _written_together(words: list[str], tokens: list[str]) -> bool:
    """Whether ``words`` appear on the other side as one word or a run of words spelled
    exactly alike: "D K" is "D.K." (no looser match: "Jong Un" is not "Jong Il")."""
    folded = "".join(_fold(w) for w in words)
    for i in range(len(tokens)):
        joined = ""
        for token in tokens[i : i + len(words)]:
            joined += token
            if joined == folded:
                return True
    return False


def _common_prefix(left: str, right: str) -> str:
    size = 0
    for x, y in zip(left, right, strict=False):  # the shorter word ends the prefix
        if x != y:
            break
        size += 1
    return left[:size]


def _unglue(text: str) -> str:
    """Words run together by damage ("estimateMinister") split again: the name inside is still
    there, and the artifact check reports the damage itself."""
    return re.sub(r"(?<=[a-z]{3})(?=[A-Z][a-z]{2})", " ", text)


# An initial ("V.", the "T" of "T-Rex") or a regnal number ("Elizabeth II"): left out, the
# rest of the name still names the same one.
_INITIAL = re.compile(r"[A-Z]\.?|[IVX]{2,4}")


def compare_names(
    a: str,
    b: str,
    *,
    equivalences: tuple[tuple[str, ...], ...] = (),
    is_word: Callable[[str], bool] | None = None,
) -> NameDiff:
    """The names each side has that the other lacks. ``is_word`` (see :func:`extract_names`)
    lets a sentence-initial word that is no word of the language count as a name."""
    tokens_a = _tokens(_canonical(_singular_initials(_unglue(a)), equivalences))
    tokens_b = _tokens(_canonical(_singular_initials(_unglue(b)), equivalences))
    stand_ins_a, stand_ins_b = _stand_ins(tokens_a, tokens_b), _stand_ins(tokens_b, tokens_a)
    only_a: list[str] = []
    titles: list[str] = []
    variants: list[tuple[str, str]] = []
    wholes: dict[str, str] = {}
    for name in extract_names(a, context=b, is_word=is_word):
        missing = _unexplained(name, a, b, tokens_b, equivalences, stand_ins_a)
        if not missing:
            if name.text not in b:
                variants.append((name.text, _find_variant(name.text, b, equivalences)))
            continue
        if all(_INITIAL.fullmatch(w) for w in missing) and len(missing) < len(name.words):
            # "Vladimir V. Putin" / "Vladimir Putin", "Queen Elizabeth II" / "Queen Elizabeth":
            # an initial or a number left out names the same person, so it is a spelling
            # variant, not a dropped name.
            shorter = " ".join(w for w in name.text.split() if not _INITIAL.fullmatch(w))
            variants.append((name.text, shorter if shorter in b else ""))
            continue
        if all(w.lower() in HONORIFICS for w in missing) and len(missing) < len(name.words):
            # "Mr. Putin" / "Putin": a courtesy title left out names the same man.
            shorter = " ".join(w for w in name.text.split() if w.lower() not in HONORIFICS)
            variants.append((name.text, shorter if shorter in b else ""))
            continue
        for title in (w for w in missing if w.lower() in TITLES):
            if typed := _title_mistyped(title, a, b):
                variants.append((title, typed))
                continue
            titles.append(title)
            wholes.setdefault(title, name.text)
        if [w for w in missing if not is_title(w)]:
            part = " ".join(w for w in missing if not is_title(w))
            only_a.append(part)
            wholes.setdefault(part, name.text)
    only_b: list[str] = []
    for name in extract_names(b, context=a, is_word=is_word):
        missing = _unexplained(name, b, a, tokens_a, equivalences, stand_ins_b)
        # A title or a courtesy title B adds ("Mr Moon" for "Moon Jae-in") names no one new.
        if [w for w in missing if not is_title(w)]:
            part = " ".join(w for w in missing if not is_title(w))
            only_b.append(part)
            wholes.setdefault(part, name.text)
    return NameDiff(
        only_a=tuple(dict.fromkeys(only_a)),
        only_b=tuple(dict.fromkeys(only_b)),
        variants=tuple(dict.fromkeys(v for v in variants if v[1])),
        titles_dropped=tuple(dict.fromkeys(titles)),
        wholes=tuple(wholes.items()),
    )


_CAPITALS = Path(__file__).with_name("judge") / "data" / "capitals.json"


@lru_cache(maxsize=1)
def _seats_of_government() -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    """National capitals (and the seats of government inside them: "Kremlin") -> their
    countries' names, and demonyms -> their country's name, folded; distilled from WordNet by
    tools/build_capitals.py."""
    data = json.loads(_CAPITALS.read_text(encoding="utf-8"))
    capitals = {seat: tuple(countries) for seat, countries in data["capitals"].items()}
    return capitals, dict(data["demonyms"])


@lru_cache(maxsize=1)
def _regions() -> dict[str, frozenset[str]]:
    """A region or a group of countries (folded: "balticstate", "iberianpeninsula",
    "benelux") -> its countries, each by the one name :func:`_country_names` gives it;
    distilled from WordNet by tools/build_capitals.py."""
    data = json.loads(_CAPITALS.read_text(encoding="utf-8"))
    names = _country_names()
    return {
        region: frozenset(names.get(country, country) for country in countries)
        for region, countries in data.get("regions", {}).items()
    }


def region_countries(region: str) -> frozenset[str]:
    """The countries of the region or group of countries ``region`` names as written ("the
    Baltic states", "Horn of Africa", "Benelux countries"): none for any other name."""
    words = re.findall(r"[\w-]+", region)
    if words[:1] == ["the"]:
        words = words[1:]
    table = _regions()
    folded = _fold(" ".join(words))
    for key in (folded, folded.removesuffix("s"), folded.removesuffix("es")):
        if key in table:
            return table[key]
    return frozenset()


def country_named(name: str) -> str:
    """The country ``name`` names ("Holland", "the Netherlands"), as the one name
    :func:`_country_names` gives it, or ""; not a demonym ("Dutch")."""
    words = re.findall(r"[\w-]+", name)
    if words[:1] == ["the"]:
        words = words[1:]
    folded = _fold(" ".join(words))
    known = _country_names().get(folded, "")
    # A country known only as a member of a region ("Lithuania", a Baltic State in WordNet).
    return known or (folded if any(folded in c for c in _regions().values()) else "")


@lru_cache(maxsize=1)
def _ranked_towns() -> dict[str, dict[str, frozenset[str]]]:
    """A country, as the one name :func:`_country_names` gives it -> "largest" and "second":
    the towns WordNet's glosses rank so in it, folded; distilled by tools/build_capitals.py."""
    data = json.loads(_CAPITALS.read_text(encoding="utf-8"))
    names = _country_names()
    found: dict[str, dict[str, frozenset[str]]] = {}
    for country, ranks in data.get("ranked", {}).items():
        own = found.setdefault(names.get(country, country), {})
        for rank, towns in ranks.items():
            own[rank] = own.get(rank, frozenset()) | frozenset(towns)
    return found


def capital_ranked(country: str, rank: str) -> bool | None:
    """Whether the national capital of ``country`` (one name :func:`country_of` gives) is its
    town of ``rank`` ("largest" or "second"): True for France's largest city (Paris), False
    for Turkey's (Istanbul, not Ankara) or for the second city of a country whose capital is
    its largest, None where WordNet's glosses rank no town so."""
    capitals, _ = _seats_of_government()
    names = _country_names()
    seats = {seat for seat, countries in capitals.items() if names.get(countries[0]) == country}
    ranked = _ranked_towns().get(country, {})
    largest, second = ranked.get("largest", frozenset()), ranked.get("second", frozenset())
    if not seats:
        return None
    if rank == "largest":
        return bool(largest & seats) if largest else None
    if largest & seats:
        return False
    return bool(second & seats) if second else None


@lru_cache(maxsize=1)
def _shortened_places() -> dict[str, dict[str, bool]]:
    """Place names of two or three words -> the names left when their first words go, each
    with whether it names the same place; distilled from WordNet by tools/build_capitals.py."""
    data = json.loads(_CAPITALS.read_text(encoding="utf-8"))
    return {
        whole.lower(): {rest.lower(): same for rest, same in rests.items()}
        for whole, rests in data.get("shortened", {}).items()
    }


def shortened_place(whole: str, rest: str) -> bool | None:
    """Whether ``rest``, the last words of the place name ``whole``, names the same place:
    True for "Great Britain" / "Britain" (Britain is the United Kingdom) and "Mount Etna" /
    "Etna", False for "New York" / "York" or "South Korea" / "Korea" (another place, or the
    whole peninsula), None where the lexicon knows no such place name."""
    return _shortened_places().get(whole.lower(), {}).get(rest.lower())


def _governments(tokens: list[str]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The countries a side names, by name or demonym ("China", "Chinese", "South Korean"),
    and the countries whose seat of government it names ("Beijing", "Kremlin"): each
    country's name -> the words that name it."""
    capitals, _ = _seats_of_government()
    names = _country_names()
    countries: dict[str, set[str]] = {}
    seats: dict[str, set[str]] = {}
    for i in range(len(tokens)):
        for size in (1, 2, 3):
            run = tokens[i : i + size]
            joined = "".join(run)
            country = _country_of(joined)
            if country:
                countries.setdefault(country, set()).update(run)
            for name in capitals.get(joined, ()):
                seats.setdefault(names[name], set()).update(run)
    return countries, seats


# Nouns that name a government without its country ("the administration said").
GOVERNMENT_NOUNS = frozenset({"government", "administration", "authorities", "leadership"})


def _governing(tokens: list[str]) -> set[str]:
    """The nouns of governing ``tokens`` holds as a government of its own: after "the" ("the
    administration said"), or "authorities" alone; not in a body's name ("Ministry of
    Internal Affairs and Administration")."""
    return {
        token
        for i, token in enumerate(tokens)
        if token in GOVERNMENT_NOUNS and (token == "authorities" or tokens[i - 1 : i] == ["the"])
    }


def _stand_ins(own: list[str], other: list[str]) -> frozenset[str]:
    """Words of one side that name a government the other side names another way: news
    names a government by its seat ("Beijing protested" / "China protested", "the Kremlin" /
    "Russian officials"). Only in place of each other: where a side names the country and its
    capital both ("Chinese officials in Beijing", "Rome, the capital of Italy"), each is a
    place of its own."""
    own_countries, own_seats = _governments(own)
    other_countries, other_seats = _governments(other)
    explained: set[str] = set()
    # "the White House said" / "the administration said": a seat for a noun of governing new
    # on the other side, which names no country this side does not.
    named_own = own_countries.keys() | own_seats.keys()
    named_other = other_countries.keys() | other_seats.keys()
    if named_other <= named_own and _governing(other) - set(own):
        for country, words in own_seats.items():
            if country not in named_other:
                explained |= words
    for country, words in own_seats.items():
        if country in other_countries and country not in own_countries | other_seats.keys():
            explained |= words
    for country, words in own_countries.items():
        if country in other_seats and country not in other_countries | own_seats.keys():
            explained |= words
    return frozenset(explained)


def country_of(words: str) -> str:
    """The country a word or a run of words names, by its name or its adjective ("Dutch",
    "the Netherlands", "South Korea's"), as one name for it; '' if none."""
    return _country_of(_fold(words.removeprefix("the ").removeprefix("The ")))


def is_capital(name: str) -> bool:
    """A national capital by any of its names ("London", "Greater London", "Paris"), or a seat
    of government inside one ("Kremlin")."""
    return _fold(name.removeprefix("the ").removeprefix("The ")) in _seats_of_government()[0]


_DEMONYMS = Path(__file__).with_name("judge") / "data" / "demonyms.json"


@lru_cache(maxsize=1)
def _place_demonyms() -> dict[str, frozenset[str]]:
    """Words for a place's people or for what pertains to a place, folded, with the place's
    names ("briton": britain, greatbritain, uk; "martian": mars), distilled from WordNet by
    tools/build_demonyms.py."""
    table = json.loads(_DEMONYMS.read_text(encoding="utf-8"))["demonyms"]
    return {word: frozenset(places) for word, places in table.items()}


def people_of_place(demonym: str, place: str) -> bool:
    """``demonym`` (in the singular or the plural) names the people of ``place`` or what
    pertains to it ("Britons" / "Britain", "Parisian" / "Paris", "Martian" / "Mars"): one
    referent told two ways, as the national demonyms are ("French" / "France")."""
    folded = _fold(demonym)
    table = _place_demonyms()
    places = (
        table.get(folded)
        or table.get(folded.removesuffix("s"))
        or table.get(folded.removesuffix("es"))
    )
    return places is not None and _fold(place) in places


def is_demonym(word: str) -> bool:
    """A word that names a country's people or language ("Spanish", "Dutch"): no surname."""
    return _fold(word) in _seats_of_government()[1]


def governments_named(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The countries ``text`` names (by name or demonym) and those whose seat of government it
    names ("the White House", "the Kremlin", "Beijing"), each by its country's name."""
    countries, seats = _governments(_tokens(_canonical(text, ())))
    return frozenset(countries), frozenset(seats)


def same_government(left: str, right: str) -> bool:
    """Whether one phrase names a government by its seat and the other by its country ("Beijing
    said" / "the Chinese government said", "the Kremlin" / "Russia")."""
    countries_l, seats_l = _governments(_tokens(_canonical(left, ())))
    countries_r, seats_r = _governments(_tokens(_canonical(right, ())))
    return bool(seats_l.keys() & countries_r.keys() or seats_r.keys() & countries_l.keys())


def _title_mistyped(title: str, text: str, other: str) -> str:
    """The word of ``other`` that is ``title`` with a letter left out, put in or two swapped
    ("Prime Minster", "Price William"), written with its capital where ``text`` lacks it: the
    same office mistyped, not an office dropped. Another office is another word, not one
    slip away ("Mayor" / "Major" is a letter struck for another: no slip :func:`mistyped`
    reads)."""
    found: list[str] = re.findall(r"\b[A-Z][a-z]+\b", other)
    return next(
        (w for w in found if w not in text and w.lower() not in TITLES and mistyped(title, w)),
        "",
    )


def is_title(word: str) -> bool:
    """An office or a courtesy title ("President", "Mr"): it stands before a name, not in it."""
    return word.lower() in TITLES or word.lower() in HONORIFICS


def _unexplained(
    name: Name,
    own: str,
    other: str,
    tokens: list[str],
    equivalences: tuple[tuple[str, ...], ...],
    stand_ins: frozenset[str] = frozenset(),
) -> list[str]:
    """The words of ``name`` that ``other`` lacks (``stand_ins``: words it says another way,
    see :func:`_stand_ins`), when ``other`` does not write the name as its
    initials ("World Health Organization" / "WHO") and writes no initials of it out ("CFO" /
    "chief financial officer"). Where ``own`` gives both forms ("National Security Advisor
    (NSA)"), the other side keeping one of them has dropped the other."""
    if _initials_of(name, other) and not _initials_of(name, own):
        return []
    if _inside_initials_written_out(name, own, other):
        return []
    return [
        w
        for w in _missing(name.words, tokens, equivalences)
        if not _in_equivalent_term(w, own, other, equivalences)
        if not _in_alias(w, own, other)
        if not set(_tokens(_canonical(w, equivalences))) <= stand_ins
        if not (_spelled_out(w, other) and not _spelled_out(w, own))
        if not _number_written_otherwise(w, tokens)
    ]


# Numbers a name may hold ("Russia-1", "Channel 4", "Formula One"), in words, up to twenty
# (the article "a" is no number of a name).
_NUMBER_NAMES = {
    word: value for word, value in NUMBER_WORDS.items() if value <= 20 and word not in ("a", "an")
}


def _number_written_otherwise(word: str, tokens: list[str]) -> bool:
    """``word`` of a name is a number the other side writes in the other notation
    ("Russia-1" / "Rossiya one", "Channel Four" / "Channel 4"): the same part of the name."""
    key = word.lower()
    if key.isdigit():
        return any(_NUMBER_NAMES.get(token) == int(key) for token in tokens)
    if key in _NUMBER_NAMES:
        return str(_NUMBER_NAMES[key]) in tokens
    return False


def _in_equivalent_term(
    word: str, own: str, other: str, equivalences: tuple[tuple[str, ...], ...]
) -> bool:
    """Whether ``word`` is part of a glossary term ``own`` writes whose equivalent ``other``
    writes: a term with a mark inside a word ("AT&T", "AT\\T") is not one token, so the name
    read in it ("AT") never meets the term's canonical form."""
    lowered_own, lowered_other, key = own.lower(), other.lower(), word.lower()
    for group in equivalences:
        for term in group:
            lowered = term.lower()
            if (
                key in re.findall(r"\w+", lowered)
                and lowered in lowered_own
                and any(t.lower() in lowered_other for t in group if t.lower() != lowered)
            ):
                return True
    return False


# A body's initials as news writes them: two to six capitals, dotted or not ("IMF", "U.N.").
_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,6}|\b[A-Z]{2,6}\b")


def initials_written_out(own: str, other: str) -> set[str]:
    """The words of ``own`` that are a body's initials ``other`` writes out in capitalised
    words, or capitalised words that write out initials ``other`` has, where ``own`` has
    not both forms ("National Security Agency (NSA)"): "IMF" / "International Monetary
    Fund", "the SEC" / "the US Securities and Exchange Commission"."""
    words_own, words_other = _spelling_words(own), _spelling_words(other)
    initials_own, initials_other = _initials_in(own), _initials_in(other)
    found: set[str] = set()
    # Initials both sides write stand for themselves: the words beside them on one side only
    # are the other's to miss ("the Ministry of Trade (METI)" / "the (METI)").
    for initials in _without_initials(initials_own, initials_other):
        if _named_at(initials, words_other) and not _named_at(initials, words_own):
            found.add(initials)
    for initials in _without_initials(initials_other, initials_own):
        at = _named_at(initials, words_own)
        if at is not None and not _named_at(initials, words_other):
            # A country before the body is the body's own ("the US Securities and Exchange
            # Commission" / "the SEC").
            first = at[0] - 1 if at[0] and _names_country(words_own[at[0] - 1]) else at[0]
            found |= {part for w in words_own[first : at[1]] for part in (w, *w.split("-"))}
    return found


def _initials_in(text: str) -> set[str]:
    return set(_INITIALS.findall(text))


def _without_initials(initials: set[str], others: set[str]) -> set[str]:
    """``initials`` less those ``others`` has too, with or without dots ("U.S." is "US")."""
    undotted = {i.replace(".", "") for i in others}
    return {i for i in initials if i.replace(".", "") not in undotted}


def _named_at(initials: str, words: list[str]) -> tuple[int, int] | None:
    """Where ``words`` write ``initials`` out as a name, in capitalised words."""
    at = spelled_out_at(initials, words)
    if at is None:
        return None
    named = [w for w in words[at[0] : at[1]] if w.lower() not in FUNCTION_WORDS]
    return at if all(w[:1].isupper() for w in named) else None


def _spelling_words(text: str) -> list[str]:
    """The words of ``text`` as initials are taken from them: a hyphenated word is one
    ("Co-operation" gives the C of "OECD"), and so are initials with dots ("U.S." spells no
    "US": it is those initials written another way)."""
    return re.findall(r"(?:[A-Za-z]\.){2,}|[A-Za-z]+(?:-[A-Za-z]+)*", text)


def _in_alias(word: str, own: str, other: str) -> bool:
    """Whether ``word`` is part of a built-in alias of several words that ``own`` writes and
    whose group ``other`` writes another way: the name read in "the North Atlantic alliance"
    is "North Atlantic", which "NATO" does not spell."""
    key = word.lower()
    for group in _ALIASES:
        for term in group:
            if (
                key in term.lower().split()
                and _says(term, own)
                and any(_says(t, other) for t in group if t != term)
            ):
                return True
    return False


def _says(term: str, text: str) -> bool:
    """Whether ``text`` has ``term`` as whole words; initials only in capitals."""
    flags = 0 if _is_acronym(term) else re.IGNORECASE
    return re.search(rf"(?<![\w.]){re.escape(term)}(?![\w])", text, flags) is not None


def _initials_of(name: Name, text: str) -> bool:
    return any(spells_out(acronym, name.words) for acronym in re.findall(r"\b[A-Z]{2,6}\b", text))


def _inside_initials_written_out(name: Name, own: str, other: str) -> bool:
    """Whether ``name`` is part of the words by which ``own`` writes out initials that
    ``other`` has and does not write out itself: a body's name with "and" inside is read as
    two names ("the US Securities and Exchange Commission": "US Securities", "Exchange
    Commission"), each a part of "the SEC". A country before the body ("US", "German") is
    the body's own: "the SEC" is the United States' one."""
    words_own, words_other = _spelling_words(own), _spelling_words(other)
    for initials in _without_initials(_initials_in(other), _initials_in(own)):
        at = _named_at(initials, words_own)
        if at is None or spells_out(initials, words_other):
            continue
        spelling = {part for w in words_own[at[0] : at[1]] for part in (w, *w.split("-"))}
        rest = [w for w in name.words if w not in spelling]
        if len(rest) < len(name.words) and all(_names_country(w) for w in rest):
            return True
    return False


def _names_country(word: str) -> bool:
    """A word that names a country or its people ("US", "Germany", "German")."""
    folded = _fold(word)
    return bool(_country_of(folded) or _country_of(_fold(_canonical(word, ()).strip())))


def _spelled_out(word: str, other: str) -> bool:
    """Whether ``other`` writes the initials ``word`` out: "WHO" / "World Health
    Organization", "CFO" / "chief financial officer", or a title in its usual short form,
    "CEO" / "chief executive", without its "officer"."""
    words = _spelling_words(other)
    if spells_out(word, words):
        return True
    return word.lower() in TITLES and word.endswith("O") and spells_out(word[:-1], words)


def _missing(
    words: list[str], tokens: list[str], equivalences: tuple[tuple[str, ...], ...]
) -> list[str]:
    """The words of a name the other side lacks. Words written together there count as
    present: "D K Arya" / "D.K. Arya", "Jong Un" / "Jongun"."""
    present = [_present(_canonical(_singular_initials(w), equivalences), tokens) for w in words]
    for i in range(len(words)):
        for j in range(i + 2, min(i + 4, len(words)) + 1):
            if not all(present[i:j]) and _written_together(words[i:j], tokens):
                present[i:j] = [True] * (j - i)
    return [w for w, found in zip(words, present, strict=True) if not found]


def _find_variant(name: str, other: str, equivalences: tuple[tuple[str, ...], ...]) -> str:
    """The stretch of ``other`` that spells ``name`` differently, for the finding's B side."""
    target = _fold(_canonical(name, equivalences))
    for candidate in extract_names(other):
        folded = _fold(_canonical(candidate.text, equivalences))
        if folded == target or (target and target in folded):
            return candidate.text
    pattern = _alias_table(equivalences)[0]
    for match in pattern.finditer(other):
        if _fold(_canonical(match.group(0), equivalences)) == target:
            return match.group(0)
    for candidate in extract_names(other):  # a transliteration: "Kharkiv" / "Kharkov"
        if _present(name, _tokens(candidate.text)):
            return candidate.text
    return ""


# Letters that spell one sound in one transliteration and another in the next ("Kyiv" /
# "Kiev", "Netanjahu" / "Netanyahu", "Erdoğan" / "Erdugan"): folded before names compare.
_SOUNDS = (
    ("sch", "s"),
    ("kh", "h"),
    ("ph", "f"),
    ("ck", "k"),
    ("sh", "s"),
    ("zh", "z"),
    ("dj", "j"),
    ("j", "y"),
    ("w", "v"),
    ("q", "k"),
    ("c", "k"),
    ("x", "ks"),
)


def _unaccented(name: str) -> str:
    """The name in lower case without its diacritics ("Erdoğan" → "erdogan")."""
    folded = unicodedata.normalize("NFKD", name.lower())
    return "".join(c for c in folded if not unicodedata.combining(c))


def _skeleton(name: str) -> str:
    """The name's first letter and its consonants, diacritics and doubled letters gone: what
    survives a transliteration."""
    letters = "".join(c for c in _unaccented(name) if c.isascii() and c.isalpha())
    for spelled, sound in _SOUNDS:
        letters = letters.replace(spelled, sound)
    if not letters:
        return ""
    return letters[0] + re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouyh]", "", letters[1:]))


def transliterated(left: str, right: str) -> bool:
    """One name spelled by two transliterations, or with a letter slipped ("Kyiv" / "Kiev",
    "Erdoğan" / "Erdugan", "Catry" / "Catri"): the same first letter and the same consonants
    in the same order. Two names of four letters or more only: short ones share too much."""
    if left.lower() == right.lower():
        return False
    # One name with its diacritics and without ("São" / "Sao", "Zürich" / "Zurich"), however
    # short: the letters are the same.
    if _unaccented(left) == _unaccented(right):
        return True
    if min(len(left), len(right)) < 4:
        return False
    skeleton = _skeleton(left)
    if len(skeleton) >= 2 and skeleton == _skeleton(right):
        return True
    # The Arabic "qaf" written "q" or "g" ("Qaddafi" / "Gaddafi", "Qamar" / "Gamar"): the
    # skeleton reads "q" as "k", so the "q" is read as "g" once more.
    return any(
        "q" in x.lower()
        and len(_skeleton(_q_as_g(x))) >= 2
        and _skeleton(_q_as_g(x)) == _skeleton(y)
        for x, y in ((left, right), (right, left))
    )


def _q_as_g(name: str) -> str:
    return name.replace("q", "g").replace("Q", "G")


def consonants_alike(left: str, right: str) -> float:
    """How alike two names' consonants run, in order (0-1, as ``difflib`` rates two strings),
    after the same first sound; 0.0 when they start with different sounds. Two renderings of
    one foreign name by ear keep most of them ("Qeqertarsuaq" / "Kekertsuatsiak" 0.71)."""
    x, y = _skeleton(left), _skeleton(right)
    if not x or not y or x[0] != y[0]:
        return 0.0
    return difflib.SequenceMatcher(None, x, y, autojunk=False).ratio()


# Letters that transliterations of one sound swap: "Catry" / "Catri", "Erdoğan" / "Erdugan".
_SOUND_SPELLINGS = str.maketrans("yu", "io")


def sounds_alike(left: str, right: str) -> bool:
    """Two spellings of a name that say the same sounds: no diacritics, "y" as "i", "u" as
    "o", no doubled letters, any vowel in an unstressed last syllable before "n", "l" or "r"
    ("Catry" / "Catri", "Erdoğan" / "Erdugan", "Snowden" / "Snowdon"). Another vowel
    elsewhere ("Jones" / "Jonas") or one more letter ("Daniel" / "Daniela") is another name,
    though :func:`transliterated` reads both as one."""

    def key(name: str) -> str:
        folded = re.sub(r"(.)\1+", r"\1", _unaccented(name).translate(_SOUND_SPELLINGS))
        return re.sub(r"(?<=\w[^aeiou\W])[aeiou]+(?=[nlr]$)", "e", folded)

    return key(left) == key(right)


def another_name(left: str, right: str) -> bool:
    """Two names one vowel apart that do not sound alike: another vowel ("Jones" / "Jonas",
    "Mario" / "Maria") or one more at the end ("Daniel" / "Daniela", "Paul" / "Paula") makes
    the name of another person. A transliteration respells a consonant ("Netanjahu" /
    "Netanyahu"), several letters ("Kyiv" / "Kiev") or keeps the sounds ("Catry" / "Catri").
    Names of seven letters at most: in a longer word one vowel is as often a typo
    ("Indipendence", "Europians") or a demonym's ending ("Bangladeshi")."""
    x, y = _unaccented(left), _unaccented(right)
    if x == y or min(len(x), len(y)) > _SHORT_NAME or sounds_alike(left, right):
        return False
    if len(x) == len(y):
        at = [i for i, (p, q) in enumerate(zip(x, y, strict=True)) if p != q]
        if len(at) != 1 or not (x[at[0]] in _VOWELS and y[at[0]] in _VOWELS):
            return False
        # The second vowel of a pair respelled ("Qaeda" / "Qaida", "Daniel" / "Danial") is one
        # sound written two ways; a vowel of its own ("Jones" / "Jonas") or the last letter
        # ("Mario" / "Maria") makes another name.
        i = at[0]
        return not (0 < i < len(x) - 1 and x[i - 1] in _VOWELS)
    shorter, longer = sorted((x, y), key=len)
    return len(longer) == len(shorter) + 1 and longer.startswith(shorter) and longer[-1] in _VOWELS


_VOWELS = frozenset("aeiou")
_SHORT_NAME = 7
