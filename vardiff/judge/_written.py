"""One thing written in two conventional forms, read alike before any check.

A number in Roman numerals or in figures after the same word ("stage IV" / "stage 4", "type II
diabetes" / "type 2 diabetes", "Article V" / "Article 5"); a day or a month cut short or
written out ("Sat. 14 March" / "Saturday 14 March", "Sept. 30" / "September 30"); a company
named with its legal form or without ("Apple Inc." / "Apple", "Siemens AG" / "Siemens"); and
the people of a city or a region by their name or by a phrase ("Londoners" / "people in
London", "Muscovites" / "residents of Moscow"); a place's state or province written out or cut
short ("Cambridge, Mass." / "Cambridge, Massachusetts"); and a species' genus by its initial
("E. coli" / "Escherichia coli"); and a country's money by its currency's name or by a phrase
("the rouble" / "the Russian currency"). Read letter by letter, every check finds
something in them (a number added, a head or an entity dropped, a word replaced); where both
sides say the same thing in the same order, B's form is read as A's (``_alike.read_alike``
makes the swap) and no check sees them differ. Another number, another day or month, another
company ("Porsche AG" / "Volkswagen AG", "Tesco Bank" / "Tesco PLC") or another group of people
("visitors to London" / "Londoners") stays what it is.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from functools import cache

from .._entities import country_of, people_of_place
from .._numbers import NUMBER_WORDS, ORDINAL_WORDS, extract_quantities, roman_value
from ._glosses import definition
from ._lexicon import lexicon

__all__ = ["written_reads"]

# A number after a word: a Roman numeral in capitals or a figure of one to three digits, no
# part of a longer figure ("4.5", "4,000") nor of a word.
_NUMBERED = re.compile(
    r"(?<![\w'’-])(?P<word>[A-Za-z]+)\s+(?P<num>[IVXL]+|\d{1,3})(?![\w'’-]|[.,]\d)"
)


def _numbered(text: str) -> dict[str, list[tuple[int, bool, re.Match[str]]]]:
    """Each word of ``text`` (in lower case) followed by a number: the numbers after it in
    order, each (its value, whether in Roman numerals, the words)."""
    found: dict[str, list[tuple[int, bool, re.Match[str]]]] = defaultdict(list)
    for m in _NUMBERED.finditer(text):
        num = m.group("num")
        roman = not num.isdigit()
        value = roman_value(num) if roman else int(num)
        if value is None:
            continue
        found[m.group("word").lower()].append((value, roman, m))
    return found


def _numeral_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """B's numbers after a word written in figures where A writes them in Roman numerals, or
    the other way round ("stage 4" / "stage IV"), read as A's where both give the same numbers
    after that word in the same order. Only a word that stands before a Roman numeral on one
    side is read: a figure against a figure is no form of another."""
    in_a, in_b = _numbered(a), _numbered(b)
    words = {w for side in (in_a, in_b) for w, nums in side.items() if any(r for _, r, _ in nums)}
    reads: list[tuple[int, int, str]] = []
    for word in sorted(words):
        left, right = in_a.get(word, []), in_b.get(word, [])
        if (
            not left
            or len(left) != len(right)
            or [v for v, _, _ in left] != [v for v, _, _ in right]
        ):
            continue
        reads.extend(
            (mb.start("num"), mb.end("num"), ma.group("num"))
            for (_, ra, ma), (_, rb, mb) in zip(left, right, strict=True)
            if ra != rb
        )
    return reads


# The days and the months by their names and the short forms news and listings give them,
# each in its capital ("Sat" the day, never "sat" the verb; "Mar", never "mar"). May has none.
_CALENDAR: tuple[tuple[str, str], ...] = (
    ("Monday", "Mon"),
    ("Tuesday", "Tues|Tue"),
    ("Wednesday", "Weds|Wed"),
    ("Thursday", "Thurs|Thur|Thu"),
    ("Friday", "Fri"),
    ("Saturday", "Sat"),
    ("Sunday", "Sun"),
    ("January", "Jan"),
    ("February", "Feb"),
    ("March", "Mar"),
    ("April", "Apr"),
    ("June", "Jun"),
    ("July", "Jul"),
    ("August", "Aug"),
    ("September", "Sept|Sep"),
    ("October", "Oct"),
    ("November", "Nov"),
    ("December", "Dec"),
)
# A short form's stop is taken with it where the sentence runs on after it ("Sat. 14 March",
# "Wed., Jan. 15", "the first Sun. of"), never where it may end the sentence.
_RUNS_ON = r"(?:\.(?=\s*[,;\d]|\s+[a-z]))?"
_CALENDAR_WORD = re.compile(
    r"(?<![\w'’.-])(?:"
    + "|".join(
        rf"(?P<full{i}>{full})|(?P<short{i}>(?:{short}){_RUNS_ON})"
        for i, (full, short) in enumerate(_CALENDAR)
    )
    + r")(?![\w'’-])"
)


def _calendar(text: str) -> list[tuple[int, bool, re.Match[str]]]:
    """Each day or month ``text`` names, in order: (which, whether cut short, the words)."""
    found: list[tuple[int, bool, re.Match[str]]] = []
    for m in _CALENDAR_WORD.finditer(text):
        for i in range(len(_CALENDAR)):
            if m.group(f"full{i}"):
                found.append((i, False, m))
            elif m.group(f"short{i}"):
                found.append((i, True, m))
    return found


def _calendar_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """B's days and months cut short where A writes them out, or the other way round, read as
    A's where both name the same days and months in the same order ("Tues to Thurs" / "Tuesday
    to Thursday"). Another day or month ("Sat" / "Sunday") stays what it is."""
    in_a, in_b = _calendar(a), _calendar(b)
    if not in_a or len(in_a) != len(in_b) or [i for i, _, _ in in_a] != [i for i, _, _ in in_b]:
        return []
    # A short form the numbers already read as its day or month ("the 28th (Tue)", "Sept.
    # 30") is left to them: read in B's words, it would lose the context that makes it a date.
    dated = {q.start for q in extract_quantities(a) if q.unit == "date"}
    return [
        (mb.start(), mb.end(), ma.group())
        for (_, sa, ma), (_, sb, mb) in zip(in_a, in_b, strict=True)
        if sa != sb and not (sa and ma.start() in dated)
    ]


# A company's legal form after its name: a corporation, a public or private limited company,
# a joint-stock company, as companies of English-, German-, French-, Dutch-, Italian-, Nordic-
# and East Asian-speaking countries write them in English news. The closed class of legal forms.
_LEGAL = (
    r"Co\.,?\s+Ltd\.?|Pty\.?\s+Ltd\.?|Inc\.?|Incorporated|Corp\.?|Corporation|plc|PLC|Plc"
    r"|Ltd\.?|Limited|LLC|L\.L\.C\.|LLP|AG|GmbH|KGaA|SA|S\.A\.|SE|NV|N\.V\.|BV|B\.V\."
    r"|S\.p\.A\.|SpA|AB|ASA|Oyj|K\.K\."
)
_FIRM = re.compile(rf",?\s+(?P<legal>{_LEGAL})(?![\w-])")
# The name before a legal form: one to four capitalised words.
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w&'’-]*\s+){0,3}[A-Z][\w&'’-]*$")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w&'’-]*\s+$")


def _firms(text: str) -> list[tuple[str, int, int]]:
    """Each company ``text`` names with its legal form: (its name, where the name starts,
    where the legal form ends). "The" opening a sentence is no part of a name."""
    firms: list[tuple[str, int, int]] = []
    for m in _FIRM.finditer(text):
        name = _NAME_BEFORE.search(text[: m.start()])
        if name is None:
            continue
        start, words = name.start(), name.group()
        if words.startswith("The "):
            start, words = start + 4, words[4:]
        firms.append((words, start, m.end()))
    return firms


def _bare(name: str, text: str) -> list[re.Match[str]]:
    """Each place ``text`` names ``name`` whole and without a legal form: no capitalised word
    before it or after it (a longer name: "Tesco Bank"), no legal form after it."""
    found = []
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", text):
        after = text[m.end() :]
        if re.match(r"\s+[A-Z]", after) or _FIRM.match(after):
            continue
        if _CAPITALISED_BEFORE.search(text[: m.start()]) and not re.search(
            r"(?:^|[.!?]\s+)(?:The\s+)?$", text[: m.start()]
        ):
            continue
        found.append(m)
    return found


def _firm_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """A company both sides name, one with its legal form and the other without ("Siemens AG
    said" / "Siemens said"), B's words read as A's: each (start in B, end in B, A's words). Only
    a name each side gives once, the same capitalised words: "Porsche AG" / "Volkswagen AG" and
    "Tesco Bank" / "Tesco PLC" stay apart."""
    reads: list[tuple[int, int, str]] = []
    firms_a, firms_b = _firms(a), _firms(b)
    for firms, others, text, flip in ((firms_a, firms_b, b, False), (firms_b, firms_a, a, True)):
        for name, start, end in firms:
            bare = _bare(name, text)
            once = sum(n == name for n, _, _ in firms) == 1
            if len(bare) != 1 or not once or any(n == name for n, _, _ in others):
                continue
            if flip:
                reads.append((start, end, bare[0].group()))
            else:
                reads.append((bare[0].start(), bare[0].end(), a[start:end]))
    return reads


# The people of a place told by a phrase: those who live there, by a noun of people and "in",
# "of", "from" or "living in" the place. Not "voters", "visitors", "commuters": some of them,
# or others.
_PEOPLE_OF = re.compile(
    r"(?<![\w'’-])(?:[Pp]eople|[Rr]esidents|[Ii]nhabitants|[Ll]ocals)\s+"
    r"(?:living\s+in|who\s+live\s+in|in|of|from)\s+"
    r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})(?![\w'’-])"
)
# A word for a place's people in the plural ("Londoners", "New Yorkers").
_PEOPLE_WORD = re.compile(r"(?<![\w'’-])(?:(?:New|Los|San|Hong)\s+)?[A-Z][\w'’-]*s(?![\w'’-])")


def _inhabitant_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """The people of one place said by their name on one side and by a phrase on the other
    ("Londoners" / "people in London"), B's words read as A's: each (start in B, end in B, A's
    words). One such phrase a side that the other does not write too ("residents in Britain"
    on both sides is read as it stands), and one such name; another place or another group
    stays what it is."""

    def people_named(text: str, phrase: re.Match[str]) -> list[re.Match[str]]:
        place = phrase.group("place")
        return [m for m in _PEOPLE_WORD.finditer(text) if people_of_place(m.group(), place)]

    return _name_for_phrase(a, b, _PEOPLE_OF, people_named)


def _name_for_phrase(
    a: str,
    b: str,
    phrases: re.Pattern[str],
    names: Callable[[str, re.Match[str]], list[re.Match[str]]],
) -> list[tuple[int, int, str]]:
    """One thing named by a word on one side and told by a phrase (``phrases``) on the other,
    B's words read as A's: each (start in B, end in B, A's words). One such phrase on one side
    that the other does not write too, and on the other side exactly one of the ``names`` the
    phrase allows (the text, the phrase), which the phrase's own side does not say."""
    for first, second, flip in ((a, b, False), (b, a, True)):
        said = {_spaced(m.group()) for m in phrases.finditer(first)}
        told = [m for m in phrases.finditer(second) if _spaced(m.group()) not in said]
        if len(told) != 1:
            continue
        phrase = told[0]
        named = names(first, phrase)
        if len(named) != 1 or names(second, phrase):
            continue
        name = named[0]
        if not flip:
            return [(phrase.start(), phrase.end(), _cased(name.group(), second, phrase.start()))]
        return [(name.start(), name.end(), _cased(phrase.group(), first, name.start()))]
    return []


def _spaced(text: str) -> str:
    return " ".join(text.lower().split())


_HEADS = frozenset({"people", "residents", "inhabitants", "locals"})


def _cased(said: str, text: str, start: int) -> str:
    """``said`` read at ``start`` of ``text``: a phrase of people opens with a capital where it
    opens the sentence and without one elsewhere; a name keeps its own."""
    if said.split()[0].lower() not in _HEADS:
        return said
    opens = not text[:start].strip() or text[:start].rstrip()[-1] in ".!?"
    return (said[:1].upper() if opens else said[:1].lower()) + said[1:]


# A count of things given with the group they form ("a fleet of 40 electric buses", "a panel of
# five judges", "a crowd of about 5,000 people") or without it ("40 electric buses"): the
# things counted are the same. The group is a noun whose commonest senses name a group
# (WordNet's noun.group: "fleet", "herd", "team", "convoy", "delegation"), never a bound or a
# share ("a maximum of", "a majority of", "a total of" are quantities, and say another thing).
_COUNT = (
    r"(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|at\s+least)\s+)?"
    r"(?:\d[\d,]*|"
    + "|".join(w for w in sorted(NUMBER_WORDS, key=len, reverse=True) if len(w) > 2)
    + r")\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?"
)
_GROUP_OF = re.compile(
    rf"(?<![\w'’-])(?:[Aa]n?)\s+(?P<group>[a-z]+)\s+of\s+(?P<count>{_COUNT})(?![\w'’-])"
)


def _is_group(noun: str) -> bool:
    return "noun.group" in lexicon().domains(noun)[:2]


def _group_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """A count one side gives with the group its things form and the other without ("a fleet
    of 40 electric buses" / "40 electric buses"), B's words read as A's: each (start in B, end
    in B, A's words). Only one such count a side, the same words after the number, and no
    word of the group on the other side ("in a convoy" said elsewhere is read as it stands)."""
    for first, second, flip in ((a, b, False), (b, a, True)):
        groups = [m for m in _GROUP_OF.finditer(first) if _is_group(m.group("group"))]
        if len(groups) != 1 or _GROUP_OF.search(second):
            continue
        group = groups[0]
        if re.search(rf"(?<![\w-]){group.group('group')}s?(?![\w-])", second, re.IGNORECASE):
            continue
        count = re.escape(group.group("count")).replace(r"\ ", r"\s+")
        bare = list(re.finditer(rf"(?<![\w'’-])(?i:{count[:1]}){count[1:]}(?![\w'’-])", second))
        if len(bare) != 1:
            continue
        if not flip:
            return [(bare[0].start(), bare[0].end(), group.group())]
        return [(group.start(), group.end(), bare[0].group())]
    return []


# A place named with the state or province it lies in after a comma, that one written out
# ("Cambridge, Massachusetts") or in the short forms news gives it: its abbreviation with full
# stops ("Cambridge, Mass.", "Portland, Ore.", "London, Ont.") or its postal code ("Austin, TX").
# The closed class of the United States' and Canada's states and provinces that have such
# forms (Alaska, Hawaii, Idaho, Iowa, Maine, Ohio and Utah are written out in news).
_STATES: tuple[tuple[str, str], ...] = (
    ("Alabama", r"Ala\.|AL"), ("Arizona", r"Ariz\.|AZ"), ("Arkansas", r"Ark\.|AR"),
    ("California", r"Calif\.|Cal\.|CA"), ("Colorado", r"Colo\.|CO"),
    ("Connecticut", r"Conn\.|CT"), ("Delaware", r"Del\.|DE"), ("Florida", r"Fla\.|FL"),
    ("Georgia", r"Ga\.|GA"), ("Illinois", r"Ill\.|IL"), ("Indiana", r"Ind\.|IN"),
    ("Kansas", r"Kan\.|Kans\.|KS"), ("Kentucky", r"Ky\.|KY"), ("Louisiana", r"La\.|LA"),
    ("Maryland", r"Md\.|MD"), ("Massachusetts", r"Mass\.|MA"), ("Michigan", r"Mich\.|MI"),
    ("Minnesota", r"Minn\.|MN"), ("Mississippi", r"Miss\.|MS"), ("Missouri", r"Mo\.|MO"),
    ("Montana", r"Mont\.|MT"), ("Nebraska", r"Neb\.|Nebr\.|NE"), ("Nevada", r"Nev\.|NV"),
    ("New Hampshire", r"N\.H\.|NH"), ("New Jersey", r"N\.J\.|NJ"),
    ("New Mexico", r"N\.M\.|N\.Mex\.|NM"), ("New York", r"N\.Y\.|NY"),
    ("North Carolina", r"N\.C\.|NC"), ("North Dakota", r"N\.D\.|N\.Dak\.|ND"),
    ("Oklahoma", r"Okla\.|OK"), ("Oregon", r"Ore\.|Oreg\.|OR"),
    ("Pennsylvania", r"Pa\.|Penn\.|PA"), ("Rhode Island", r"R\.I\.|RI"),
    ("South Carolina", r"S\.C\.|SC"), ("South Dakota", r"S\.D\.|S\.Dak\.|SD"),
    ("Tennessee", r"Tenn\.|TN"), ("Texas", r"Tex\.|TX"), ("Vermont", r"Vt\.|VT"),
    ("Virginia", r"Va\.|VA"), ("Washington", r"Wash\.|WA"), ("West Virginia", r"W\.Va\.|WV"),
    ("Wisconsin", r"Wis\.|Wisc\.|WI"), ("Wyoming", r"Wyo\.|WY"),
    ("Alberta", r"Alta\.|AB"), ("British Columbia", r"B\.C\.|BC"), ("Manitoba", r"Man\.|MB"),
    ("New Brunswick", r"N\.B\.|NB"), ("Newfoundland", r"Nfld\.|NL"),
    ("Nova Scotia", r"N\.S\.|NS"), ("Ontario", r"Ont\.|ON"),
    ("Prince Edward Island", r"P\.E\.I\.|PEI"), ("Quebec", r"Que\.|QC"),
    ("Saskatchewan", r"Sask\.|SK"),
)  # fmt: skip
_PLACE_BEFORE = r"(?P<place>(?<![\w'’-])[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),\s+"


def _state_pattern(full: str, short: str) -> re.Pattern[str]:
    """A place and its state or province, written out or in a short form; the short form no
    part of a longer word, the full name none of a longer name ("New York City")."""
    return re.compile(
        rf"{_PLACE_BEFORE}(?:(?P<full>{re.escape(full)})(?![\w'’-]|\s+[A-Z])"
        rf"|(?P<short>(?-i:{short}))(?![\w'’-]))"
    )


_STATE_PATTERNS = tuple(_state_pattern(full, short) for full, short in _STATES)


def _qualifier_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """A place both sides name with its state or province, written out on one side and in a
    short form on the other ("Cambridge, Mass." / "Cambridge, Massachusetts", "Austin, TX" /
    "Austin, Texas"), B's form read as A's: each (start in B, end in B, A's words). Another
    state ("Portland, Maine" / "Portland, Ore."), another country ("Cambridge, England") or
    another place stays what it is."""
    reads: list[tuple[int, int, str]] = []
    for pattern in _STATE_PATTERNS:
        in_a = {m.group("place"): m for m in pattern.finditer(a)}
        for mb in pattern.finditer(b):
            ma = in_a.get(mb.group("place"))
            if ma is None or bool(ma.group("full")) == bool(mb.group("full")):
                continue
            said = ma.group("full") or ma.group("short")
            form = "full" if mb.group("full") else "short"
            reads.append((mb.start(form), mb.end(form), said))
    return reads


# A species by its genus and its epithet, the genus written out ("Escherichia coli",
# "Tyrannosaurus rex") or cut to its initial and a full stop ("E. coli", "T. rex"), as
# biology writes a species named again. The epithet in lower case after the genus in capitals.
_SPECIES = re.compile(
    r"(?<![\w'’.-])(?P<genus>[A-Z](?:[a-z]{2,}|\.))\s+(?P<epithet>[a-z]{3,})(?![\w'’-])"
)


def _species_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """A species both sides name by the same epithet, its genus written out on one side and by
    its initial on the other ("E. coli" / "Escherichia coli"), B's genus read as A's: each
    (start in B, end in B, A's words). Another epithet ("T. rex" / "Tyrannosaurus bataar") or
    another genus's initial stays what it is."""
    reads: list[tuple[int, int, str]] = []
    left = list(_SPECIES.finditer(a))
    for mb in _SPECIES.finditer(b):
        for ma in left:
            if ma.group("epithet") != mb.group("epithet"):
                continue
            genus_a, genus_b = ma.group("genus"), mb.group("genus")
            initial_a, initial_b = genus_a.endswith("."), genus_b.endswith(".")
            if initial_a != initial_b and genus_a[0] == genus_b[0]:
                reads.append((mb.start("genus"), mb.end("genus"), genus_a))
    return reads


# A country's currency told by a phrase: "the Russian currency", "Japan's currency", "the
# currency of Turkey".
_CURRENCY_PHRASE = re.compile(
    r"(?<![\w'’-])(?:[Tt]he\s+(?P<adjective>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+currency"
    r"|(?P<owner>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)['’]s\s+currency"
    r"|[Tt]he\s+currency\s+of\s+(?P<of>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?))(?![\w'’-])"
)
# WordNet's definition of a currency: "the basic unit of money in Russia", "the basic monetary
# unit of most members of ...", "British money; especially the pound sterling ...".
_MONEY_OF = re.compile(r"basic (?:unit of money|monetary unit) (?:in|of|on) (?:the )?([a-z ]+)")
_MONEY_SENSES = 4


# A word with the article before it, read together: "the rouble" stands where "the Russian
# currency" or "Russia's currency" does.
_MONEY_WORD = re.compile(r"(?<![\w'’-])(?:[Tt]he\s+)?(?P<word>[A-Za-z]+)(?![\w'’-])")


def _country_said(words: str) -> str:
    """The country a run of words names, or the first country its leading words name ("great
    britain and northern ireland": Britain)."""
    found = country_of(words)
    parts = words.split()
    for end in range(len(parts), 0, -1):
        if found:
            break
        found = country_of(" ".join(parts[:end]))
    return found


@cache
def _currencies_of(word: str) -> frozenset[str]:
    """The countries whose money ``word`` is, by its first few senses ("rouble": Russia,
    "lira": Malta, Turkey and Italy, "sterling": Britain); none for another word."""
    lex = lexicon()
    found: set[str] = set()
    for lemma in lex.lemmas(word.lower(), "n")[:1]:
        for sense in lex.senses(lemma, "n")[:_MONEY_SENSES]:
            text = definition(sense)
            money = _MONEY_OF.search(text)
            country = _country_said(money.group(1)) if money else ""
            if not country and text.startswith("british money"):
                country = _country_said("britain")  # "... the basic monetary unit of the uk"
            found.add(country)
    return frozenset(found - {""})


def _currency_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """A country's money named by its currency's name on one side and by a phrase on the
    other ("the rouble" / "the Russian currency"), B's words read as A's: each (start in B,
    end in B, A's words). One such phrase on one side, which the other does not write, and
    one word for that country's money on the other; another country's money ("the rouble" /
    "the Ukrainian currency") stays what it is."""

    def money_named(text: str, phrase: re.Match[str]) -> list[re.Match[str]]:
        country = country_of(phrase.group("adjective") or phrase.group("owner") or phrase["of"])
        if not country:
            return []
        return [m for m in _MONEY_WORD.finditer(text) if country in _currencies_of(m["word"])]

    return _name_for_phrase(a, b, _CURRENCY_PHRASE, money_named)


def _money_word_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """A country's money named by one of its currency's words on one side and by another on
    the other ("Sterling" / "the pound", "the pound" / "the quid"), B's words read as A's:
    each (start in B, end in B, A's words). One money word on each side that the other does
    not write, whose countries meet; another country's money ("the pound" / "the yen") stays
    what it is."""

    def money(text: str) -> list[re.Match[str]]:
        return [m for m in _MONEY_WORD.finditer(text) if _currencies_of(m["word"])]

    in_a, in_b = money(a), money(b)
    words_a, words_b = {m["word"].lower() for m in in_a}, {m["word"].lower() for m in in_b}
    only_a = [m for m in in_a if m["word"].lower() not in words_b]
    only_b = [m for m in in_b if m["word"].lower() not in words_a]
    if len(only_a) != 1 or len(only_b) != 1:
        return []
    ma, mb = only_a[0], only_b[0]
    if not _currencies_of(ma["word"]) & _currencies_of(mb["word"]):
        return []
    return [(mb.start(), mb.end(), ma.group())]


# The numbered parts of a course, a contest or a text that notices name by their rank before
# them or by their number after them ("the first semester" / "semester one", "the sixth week" /
# "week 6", "the second round" / "round two"). Not "year": "Year 2" names a class of a school
# system, no second year.
_NUMBERED_PARTS = (
    "week|semester|term|day|phase|stage|round|part|chapter|section|module|lesson|session"
    "|season|episode|level|leg"
)
_CARDINAL_WORDS = {w: v for w, v in NUMBER_WORDS.items() if w not in ("a", "an", "zero")}
_RANKED_PART = re.compile(
    r"(?<![\w'’-])(?:the\s+)?(?P<rank>"
    + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
    + r"|\d{1,2}(?:st|nd|rd|th))\s+(?P<part>"
    + _NUMBERED_PARTS
    + r")(?![\w'’-])",
    re.IGNORECASE,
)
_PART_NUMBERED = re.compile(
    r"(?<![\w'’-])(?P<part>"
    + _NUMBERED_PARTS
    + r")\s+(?P<num>"
    + "|".join(sorted(_CARDINAL_WORDS, key=len, reverse=True))
    + r"|\d{1,2})(?![\w'’-]|[.,:]\d)",
    re.IGNORECASE,
)


def _parts(text: str) -> list[tuple[str, int, bool, re.Match[str]]]:
    """Each numbered part ``text`` names, in order: (the part, its number, whether by rank
    before it, the words)."""
    found: list[tuple[str, int, bool, re.Match[str]]] = []
    for m in _RANKED_PART.finditer(text):
        rank = m.group("rank").lower()
        value = int(rank[:-2]) if rank[0].isdigit() else ORDINAL_WORDS[rank]
        found.append((m.group("part").lower(), value, True, m))
    for m in _PART_NUMBERED.finditer(text):
        num = m.group("num").lower()
        value = int(num) if num.isdigit() else _CARDINAL_WORDS[num]
        found.append((m.group("part").lower(), value, False, m))
    found.sort(key=lambda f: f[3].start())
    return found


def _ranked_part_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """B's numbered part by its number after it where A gives its rank before it, or the other
    way round, read as A's where both name the same parts with the same numbers in the same
    order ("the first semester ... the second semester" / "semester one ... semester two").
    Another number ("week six" / "the seventh week") stays what it is."""
    in_a, in_b = _parts(a), _parts(b)
    if not in_a or len(in_a) != len(in_b):
        return []
    if [(p, v) for p, v, _, _ in in_a] != [(p, v) for p, v, _, _ in in_b]:
        return []
    return [
        (mb.start(), mb.end(), ma.group())
        for (_, _, ra, ma), (_, _, rb, mb) in zip(in_a, in_b, strict=True)
        if ra != rb
    ]


def written_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """B's words that write what A writes in another conventional form, read as A's: a number
    in Roman numerals or figures, a day or a month cut short, a company's legal form, a place's
    people by name or phrase, a count with its group, a state or a province cut short, a
    genus by its initial, a numbered part by its rank or its number. Each (start in B, end in B,
    A's words)."""
    return [
        *_numeral_reads(a, b),
        *_calendar_reads(a, b),
        *_firm_reads(a, b),
        *_inhabitant_reads(a, b),
        *_group_reads(a, b),
        *_qualifier_reads(a, b),
        *_species_reads(a, b),
        *_currency_reads(a, b),
        *_money_word_reads(a, b),
        *_ranked_part_reads(a, b),
    ]
