"""Swapped roles: the same participants, in each other's place.

"Weber defeated Keller" / "Keller defeated Weber", "Apple sued Samsung" / "Samsung sued
Apple", "from Kherson to Mykolaiv" / "from Mykolaiv to Kherson". Every word is still there, so
neither the word diff nor a sentence embedding sees much; the meaning is reversed.

A light parse around each verb that both sides share: the participant just before it (its
subject) and just after it (its object), a participant being a noun or a name. The roles are
swapped when the subject of one side is the object of the other and the reverse, in the same
voice. Across voices ("Police arrested the suspect" / "The suspect was arrested by police") the
passive side's subject must be the active side's object and its agent ("by police") the active
side's subject; a passive whose agent is the active subject's object is a swap. A clause moved
elsewhere in the sentence keeps its verb's participants, so it stays quiet.

Whatever the grammar between them, two participants that changed places in an otherwise
identical sentence reverse it (``role.exchanged``): "Inflation in Spain is higher than in
Italy" / "... in Italy is higher than in Spain", "prefer Smith to Jones" / "Jones to Smith",
"Russia supplies the gas that Hungary uses" / "Hungary supplies the gas that Russia uses".
Unless what joins them is symmetric: a list or an apposition ("Smith and Jones", "the
president, Joe Biden,"), or a relation that holds both ways ("met", "as large as", "between
1990 and 2000"). Two figures joined by a dash are ordered, not listed: a score names the
winner's goals first ("won 3-1" / "won 1-3"), a vote the ayes ("passed 60-40").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .._entities import country_of, is_capital
from .._numbers import NUMBER_WORDS, is_amount_word
from .._report import Finding
from .._words import FUNCTION_WORDS, PREPOSITIONS
from ._context import PairContext
from ._edits import Hit, as_findings, edits, words
from ._lexicon import lexicon
from ._sources import current
from .measures import ratio_turned
from .opposites import opposed_words

__all__ = ["check_roles", "find_roles"]

# A figure ends on a digit: "48." closes a sentence, it is no part of the number.
_TOKEN = re.compile(r"[A-Za-z][\w’'-]*|\d(?:[\d.,]*\d)?|[^\w\s]")
_BE = {"is", "are", "was", "were", "be", "been", "being", "get", "got", "gets"}
_REACH = 6  # tokens between a verb and its participant at most
# Words that end the search for a participant: a clause boundary.
_BOUNDARY = {",", ";", ":", ".", "!", "?", "that", "which", "who", "whom", "and", "but", "or"}
# Two participants joined by one of these, right after the first or right before the second,
# are listed or set side by side ("Smith and Jones", "Smith, Jones", "met with Jones"): their
# order says nothing about who did what.
_SIDE_BY_SIDE = {"and", "or", "nor", ",", "&", "/", "with", "versus", "vs", "plus", "-", "–"}
# Words that join two clauses or predicates without ordering them.
_CLAUSE_JOINERS = frozenset({"and", "but", "while", "whereas", "yet", "or", ",", ";"})
# Verbs whose active subject may be what goes through: "the bill passed the Senate" is "the
# bill was passed by the Senate".
_GOT_THROUGH = {"pass", "clear"}
# Tokens of a participant that changed places across "and" or a comma, at most.
_MOST_PARTICIPANT = 3
# Tokens from the first exchanged participant to the second, at most: a clause or two.
_MOST_EXCHANGED = 40
# Relations that hold both ways: the two participants may change places ("Smith met Jones",
# "as large as", "similar to", "between").
_SYMMETRIC = frozenset(
    "meet marry play face draw tie talk negotiate compete clash merge border resemble "
    "equal match same similar alike like unlike different differ as between versus".split()
)


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _participant(token: str, index: int) -> bool:
    lex = lexicon()
    if token[0].isdigit():
        return True
    if not token[0].isalpha() or token.lower() in FUNCTION_WORDS:
        return False
    if token[0].isupper() and index > 0:
        return True  # a name
    if token[0].isupper():
        # Opening the sentence, a capital says nothing: a name, or a word that can be a noun
        # ("Brown", "Police"), but not a bare verb ("Signed the budget").
        word = token.lower()
        adverb = word.endswith("ly") and lex.is_adjective(word)
        return not adverb and (lex.is_noun(word) or not lex.is_verb(word))
    return lex.is_noun(token) and not lex.is_adjective(token.lower())


# "as did", "and so did", "as have": what the clause says is said of the party after it too.
_SHARED_BY = frozenset({"did", "do", "does", "have", "has", "had", "was", "were", "is", "are"})


def _shared_with(tokens: list[str], party: set[str]) -> bool:
    """Whether ``party`` (keyed words) stands after "as" or "so" and an auxiliary ("as did
    the mayor", "and so did four councillors"): the clause's act is that party's too."""
    keys = [_key(t) for t in tokens]
    return bool(party) and any(
        keys[index] in {"as", "so"}
        and keys[index + 1] in _SHARED_BY
        and party <= set(keys[index + 2 :])
        for index in range(len(keys) - 2)
    )


def _key(token: str) -> str:
    return re.sub(r"[’']s$", "", token.lower())


def _reach(tokens: list[str], start: int, step: int) -> int:
    """Index of the far end of the participant nearest to ``start`` in ``step`` direction."""
    index, last = start, start
    seen = False
    for _ in range(_REACH):
        index += step
        if index < 0 or index >= len(tokens):
            break
        if _participant(tokens[index], index):
            last, seen = index, True
        elif seen or tokens[index].lower() in _BOUNDARY:
            break
    return last


def _excerpt(text: str, tokens: list[str], verb: int) -> str:
    """The words of ``text`` from the verb's subject to its object: "Weber defeated Keller"."""
    spans = [m.span() for m in _TOKEN.finditer(text)]
    first, last = _reach(tokens, verb, -1), _reach(tokens, verb, 1)
    return text[spans[first][0] : spans[last][1]]


def _phrase(tokens: list[str], start: int, step: int) -> set[str]:
    """The participant nearest to ``start`` going in ``step`` direction, as its words. Going
    back, a relative pronoun is stepped over: in "the protester who had attacked", the
    protester attacked."""
    found: list[str] = []
    index = start
    relative = step < 0
    for _ in range(_REACH):
        index += step
        if index < 0 or index >= len(tokens):
            break
        token = tokens[index]
        if _participant(token, index):
            found.append(_key(token))
        elif not found and relative and token.lower() in ("who", "that", "which"):
            relative = False
        elif found or token.lower() in _BOUNDARY:
            break
    return set(found)


def _after(tokens: list[str], verb: int) -> set[str]:
    """Every participant after the verb in its clause: object, indirect object, complements."""
    found: set[str] = set()
    for index in range(verb + 1, min(len(tokens), verb + 3 * _REACH)):
        token = tokens[index]
        if token in {".", ";", "!", "?"} or token.lower() in ("that", "which", "who"):
            break
        if _participant(token, index):
            found.add(_key(token))
    return found


def _has_object(tokens: list[str], verb: int) -> bool:
    """Whether a participant follows the verb directly: past adverbs, articles and a verb
    joined to it ("squeeze and stretch space"), but not past a preposition ("emanates from
    the holes") or a clause's start ("squeezes as it")."""
    index = verb + 1
    while index < len(tokens):
        token = tokens[index].lower()
        if (
            token in {"and", "or"}
            and index + 1 < len(tokens)
            and lexicon().is_verb(tokens[index + 1].lower())
        ):
            index += 2
        elif token in {"the", "a", "an", "its", "their", "his", "her"} or token.endswith("ly"):
            index += 1
        else:
            return _participant(tokens[index], index)
    return False


def _verbs(tokens: list[str]) -> dict[str, int]:
    """Verb lemma → position of its first occurrence (verbs of the sentence only: a word the
    lexicon knows only as a noun or an adjective is none)."""
    lex = lexicon()
    found: dict[str, int] = {}
    for index, token in enumerate(tokens):
        if not token[0].isalpha() or token.lower() in FUNCTION_WORDS or token.lower() in _BE:
            continue
        if token[0].isupper() and index > 0:
            continue
        lemmas = lex.lemmas(token.lower(), "v")
        if lemmas and lemmas[0] not in found and not _compound_noun(tokens, index):
            found[lemmas[0]] = index
    return found


# Words after which a word that is a noun and a verb is a noun: determiners ("this image") and
# prepositions other than "to" ("in images from Hubble").
_NOUN_OPENERS = frozenset(
    "the a an its their his her our my your this these those that every each some any no "
    "of in on at by for with from into onto about over under after before during between "
    "among against without within through across".split()
)


def _compound_noun(tokens: list[str], index: int) -> bool:
    """A word that is a noun as well as a verb, in its bare form, before a noun ("film
    studio") or after a determiner ("the film"): a noun here. So is any form of it that opens
    after a determiner or a preposition, names between ("in images from", "this Hubble
    image", "the Apple claims"): no verb stands there."""
    lex = lexicon()
    word = tokens[index].lower()
    if not lex.is_noun(word) or word.endswith("ing"):
        return False
    if index > 0 and _counts(tokens[index - 1]) and not word.endswith("ed"):
        return True  # a counted noun: "7 people", "45 homes", "212 seats"
    start = index
    while start > 1 and tokens[start - 1][:1].isupper():
        start -= 1  # "this Hubble image": a name before the noun
    if start > 0 and tokens[start - 1].lower() in _NOUN_OPENERS:
        return True
    if word not in lex.lemmas(word, "v"):
        return False
    before = tokens[index - 1].lower() if index > 0 else ""
    after = tokens[index + 1] if index + 1 < len(tokens) else ""
    noun_after = (
        after == after.lower()
        and lex.is_noun(after)
        and not lex.is_verb(after)
        and after.lower() not in FUNCTION_WORDS
    )
    return noun_after or before in {"the", "a", "an", "its", "their", "his", "her", "our"}


def _counts(token: str) -> bool:
    """A figure in digits or a number word of two or more ("42", "1,300", "seven"): what
    follows it is the thing counted."""
    word = token.lower()
    return word[0].isdigit() or (word in NUMBER_WORDS and NUMBER_WORDS[word] > 1)


# Words that open a conjunct whose verb may be left out ("212 seats, and the opposition 98").
_CONJUNCT_OPENERS = frozenset({"and", "but", "while", "whereas", ","})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})


def _in_own_conjunct(tokens: list[str], verb: int, subject: set[str], thing: set[str]) -> bool:
    """Whether the other side's subject stands after this side's verb only as the subject of a
    conjunct with its own thing, the one the other side's verb takes ("won 212 seats and the
    opposition 98" / "The opposition won 98 seats and the ruling party 212", "1,900 received
    the drug and 1,300 a placebo"): the two conjuncts changed places, each with its pair, and
    no one took the other's role."""
    for index in range(verb + 1, min(len(tokens), verb + 3 * _REACH)):
        if tokens[index] in {".", ";", "!", "?"}:
            return False
        if _key(tokens[index]) not in subject or not _participant(tokens[index], index):
            continue
        # Past its article and the words that qualify it ("and the ruling party 212").
        opener = index - 1
        while opener > max(verb, index - 4) and (
            tokens[opener].lower() in _DETERMINERS
            or (tokens[opener].isalpha() and tokens[opener].lower() not in FUNCTION_WORDS)
        ):
            opener -= 1
        if tokens[opener].lower() not in _CONJUNCT_OPENERS:
            return False
        last = index
        while last + 1 < len(tokens) and _key(tokens[last + 1]) in subject:
            last += 1
        return bool(_phrase(tokens, last, 1) & thing)
    return False


# Prepositions after a participle that ends a clause cut short ("connected to the grid").
_CUT_SHORT = frozenset("to in into on onto at from with under near across".split())


def _passive(tokens: list[str], verb: int) -> bool:
    """A participle after a form of "be" (or "get"), adverbs between ("was not arrested"), or
    straight before its agent ("shade provided by trees"). "will be able to control" is
    active: "control" is no participle."""
    word = tokens[verb].lower()
    lex = lexicon()
    bare = word in lex.lemmas(word, "v") and not word.endswith(("ed", "en"))
    if word.endswith("ing") or bare or (word.endswith("s") and not word.endswith("ss")):
        return False  # a bare form ("control"), "-ing", "-s" ("41 balls by"): no participle
    for index in range(verb - 1, max(-1, verb - 4), -1):
        token = tokens[index].lower()
        if token in _BE:
            return True
        if not (token in {"not", "never", "also", "already", "just"} or token.endswith("ly")):
            break
    return (
        verb + 1 < len(tokens)
        and tokens[verb + 1].lower() == "by"
        and not (lex.direction(word) and _amount_at(tokens, verb + 2))
        and not _by_a_time(tokens, verb + 1)
    )


# Words after "by" that open a point in time, not an agent ("by noon", "by the end of May").
_TIME_WORDS = frozenset("noon midnight today tomorrow tonight now then dawn".split())
_TIME_ENDS = frozenset("end close start beginning middle".split())


def _by_a_time(tokens: list[str], by: int) -> bool:
    """Whether the "by" at ``by`` bounds a time: a day, a month, a date or an hour after it,
    "noon", "the end of"."""
    after = [t.lower() for t in tokens[by + 1 : by + 3]]
    if not after:
        return False
    first = after[0]
    if _CALENDAR.fullmatch(first) or first[:1].isdigit() or first in _TIME_WORDS:
        return True
    return first == "the" and len(after) > 1 and after[1] in _TIME_ENDS


# Words before an amount that bound or round it ("by about 6 percent", "by up to a third").
_BEFORE_AMOUNT = frozenset(
    "about around roughly nearly almost up to some over just more less than as much at "
    "least".split()
)


def _amount_at(tokens: list[str], index: int) -> bool:
    """An amount starts at ``index``: after a verb of rising or falling, "by" before it says
    how much, not who ("rose by 6 percent", "cut by a third", "fell by about half"); "a town
    hit by two earthquakes" names its agent."""
    # An adverb of degree rounds it too ("by slightly more than 12 percent", "by roughly").
    while index < len(tokens) and (
        tokens[index].lower() in _BEFORE_AMOUNT or tokens[index].lower().endswith("ly")
    ):
        index += 1
    if index >= len(tokens):
        return False
    word = tokens[index].lower()
    if word in ("a", "an"):
        return index + 1 < len(tokens) and is_amount_word(tokens[index + 1].lower())
    return word[0].isdigit() or is_amount_word(word)


def _cut_short(tokens: list[str], verb: int) -> bool:
    """A participle right after its noun and before a preposition ("plants connected to the
    grid", "troops stationed in the north"): a clause cut short, whose noun is what the verb
    was done to, as the open compound "grid connected plants" says it ("Smith complained to
    Jones" reads so too: a verb cut short on both sides is read as before)."""
    word = tokens[verb].lower()
    after = tokens[verb + 1].lower() if verb + 1 < len(tokens) else ""
    return (
        word.endswith("ed")
        and verb > 0
        and _participant(tokens[verb - 1], verb - 1)
        and tokens[verb - 1].lower() not in _BE
        and after in _CUT_SHORT
    )


def _agent(tokens: list[str], verb: int) -> set[str]:
    """The participant after "by" that follows a passive verb; none where "by" bounds a time
    ("filed by Friday", "paid by 30 June": no later than it)."""
    for index in range(verb + 1, min(len(tokens), verb + 12)):
        if tokens[index].lower() == "by":
            return set() if _by_a_time(tokens, index) else _phrase(tokens, index, 1)
        if tokens[index] in {".", ";"}:
            break
    return set()


@dataclass(frozen=True)
class _Ends:
    """Two prepositions that mark the two ends of one event, in this order."""

    check: str
    pattern: str
    first: str
    seconds: tuple[str, ...]
    message: str


# Where it went from and to ("from Kherson to Mykolaiv"); who gave and who received ("granted
# by the bank to Kenya").
_ENDS = (
    _Ends(
        "role.reversed_route",
        "from-to",
        "from",
        ("to", "into", "towards"),
        "the start and the end swapped places: the direction is reversed",
    ),
    _Ends(
        "role.reversed_parties",
        "by-to",
        "by",
        ("to", "for"),
        "who gave and who received swapped places",
    ),
)


def _ends(tokens: list[str], ends: _Ends) -> tuple[set[str], set[str]] | None:
    lowered = [t.lower() for t in tokens]
    for index, token in enumerate(lowered):
        if token != ends.first:
            continue
        origin = _phrase(tokens, index, 1)
        for later in range(index + 1, min(len(tokens), index + 8)):
            if lowered[later] in ends.seconds:
                return origin, _phrase(tokens, later, 1)
    return None


_AGREEING = {"were": "was", "are": "is", "have": "has"}


def _exchanged(tokens_a: list[str], tokens_b: list[str]) -> tuple[int, int, int] | None:
    """Where B is A with two participants in each other's place and every other word the same
    (A = x P y Q z, B = x Q y P z): the tokens from P to Q (the same range on both sides) and
    the number of tokens of y between them; None otherwise."""
    # The verb agrees with whichever participant is its subject ("The strike was a result of
    # the pay cuts" / "The pay cuts were a result of the strike"): its forms count as one.
    lower_a = [_AGREEING.get(t.lower(), t.lower()) for t in tokens_a]
    lower_b = [_AGREEING.get(t.lower(), t.lower()) for t in tokens_b]
    if len(lower_a) != len(lower_b) or lower_a == lower_b:
        return None
    start = 0
    while lower_a[start] == lower_b[start]:
        start += 1
    end = len(lower_a)
    while lower_a[end - 1] == lower_b[end - 1]:
        end -= 1
    middle_a, middle_b = lower_a[start:end], lower_b[start:end]
    size = len(middle_a)
    if size > _MOST_EXCHANGED:
        return None
    for first in range(1, size):
        for second in range(1, size - first):
            between = middle_a[first : size - second]
            if (
                middle_b[:second] == middle_a[size - second :]
                and middle_b[second : size - first] == between
                and middle_b[size - first :] == middle_a[:first]
                and _exchange_matters(
                    middle_a[:first],
                    middle_a[size - second :],
                    tokens_a[start + first : end - second],
                    lower_a[start - 1] if start else "",
                )
                and not _inverted(
                    tokens_a[start : start + first],
                    tokens_a[end - second : end],
                    between,
                )
            ):
                return start, end, len(between)
    return None


def _exchange_matters(
    first: list[str], second: list[str], written: list[str], before: str = ""
) -> bool:
    """Two different phrases (lower-cased) with a content word or a figure each, joined by
    words (``written`` as the text writes them) that order them: not merely listed side by side
    ("Smith and Jones", "aged 10 and 11", "by ferry, by helicopter": ``before`` is the word
    before the first), but in two places of the sentence ("born in Lyon and moved to Paris",
    "52 votes to 48")."""
    between = [w.lower() for w in written]
    if [_figure(w) for w in first] == [_figure(w) for w in second] or not (
        _has_content(first, figures=True) and _has_content(second, figures=True)
    ):
        return False
    if not between:
        return False
    if _digits_only(first) != _digits_only(second) and not (
        _has_digits(first) and _has_digits(second)
    ):
        # A figure alone (a year, an amount) and a thing named without one are of two sorts:
        # neither can stand in the other's role, so they only changed their order ("born in
        # Lyon in 1952" / "born in 1952 in Lyon").
        return False
    if _score(first, second, between):
        return True
    if _adverbials_reordered(first, second, between):
        return False
    if all(w in _CLAUSE_JOINERS for w in between) and _has_verb(first) and _has_verb(second):
        # Two predicates or clauses joined, each with its own verb, changed places: "won at
        # home but lost away" / "lost away but won at home" says the same.
        return False
    if between[0] in _SIDE_BY_SIDE or between[-1] in _SIDE_BY_SIDE:
        # Joined by "and" or a comma, two participants stand in two places of the sentence
        # only with words of their own between ("and moved to"); two longer phrases there are
        # clauses that changed places ("Prices rose, the bank said" / "The bank said prices
        # rose"), which says the same.
        short = len(first) <= _MOST_PARTICIPANT and len(second) <= _MOST_PARTICIPANT
        if not short or _listed(written, before):
            return False
    lex = lexicon()
    return not any(w in _SYMMETRIC or _SYMMETRIC.intersection(lex.lemmas(w)) for w in between)


def _adverbials_reordered(first: list[str], second: list[str], between: list[str]) -> bool:
    """Two phrases (lower-cased) each opened by its own preposition that changed places with
    their prepositions, with only another such phrase between them ("sank in heavy seas off
    Sicily on Saturday night" / "sank on Saturday night off Sicily in heavy seas"): each keeps
    its role in one chain of adverbials, a manner, a time, a place, and only the order changed.
    Nouns that changed places between the same prepositions ("from Lisbon to Rome" / "from Rome
    to Lisbon"), and phrases on two sides of a verb ("the party most popular among young voters
    won the most seats in the capital"), which qualify two things, are no such phrases."""
    lex = lexicon()
    return (
        len(first) > 1
        and len(second) > 1
        and first[0] in PREPOSITIONS
        and second[0] in PREPOSITIONS
        and first[0] != second[0]
        and between[0] in PREPOSITIONS
        and not any(
            w in _CLAUSE_JOINERS
            or w in _SIDE_BY_SIDE
            or (w not in FUNCTION_WORDS and lex.is_verb(w) and not lex.is_noun(w))
            for w in between
        )
    )


def _inverted(first: list[str], second: list[str], between: list[str]) -> bool:
    """A sentence inverted around its verb: a phrase that is no participant (a phrase opened
    by a preposition, or words with no noun: "Outside the court", "Among the dead", "Also
    arrested", "Never before") changed places with a noun phrase across a verb alone ("Outside
    the court stood hundreds of protesters" / "Hundreds of protesters stood outside the court",
    "Among the dead were two children" / "Two children were among the dead", "Never before had
    the agency" / "The agency had never before"). The noun phrase is the subject either way;
    two noun phrases ("Behind the police stood the protesters" / "Behind the protesters stood
    the police") stay a swap. ``first`` and ``second`` as written (a capital tells a name),
    ``between`` lower-cased."""
    if not 1 <= len(between) <= _MOST_VERB_GROUP or not all(_is_verb(w) for w in between):
        return False  # "the open market and the closed market": no verb alone between them
    return _adverbial(first) != _adverbial(second)


# Words of a verb group between two inverted phrases, at most ("will be", "has been").
_MOST_VERB_GROUP = 3


def _is_verb(word: str) -> bool:
    """A word of a verb group: a form of "be" or "have", a modal, or a verb (no function
    word: "and", "the")."""
    if word in _BE or word in _VERB_GROUP_WORDS:
        return True
    return word not in FUNCTION_WORDS and lexicon().is_verb(word)


_VERB_GROUP_WORDS = frozenset(
    "has have had will would shall should can could may might must".split()
)


def _adverbial(phrase: list[str]) -> bool:
    """A phrase (as written) that can be no participant: opened by a preposition, or with no
    noun, no name and no figure in it."""
    if phrase[0].lower() in PREPOSITIONS:
        return True
    return not any(_nominal(w) for w in phrase)


def _nominal(word: str) -> bool:
    """A figure, a word the lexicon reads as a noun, or a name: a capitalised word the
    lexicon does not know in lower case ("Keller"; "Never" and "Also" opening a sentence are
    words it knows)."""
    lex = lexicon()
    lowered = word.lower()
    if word[0].isdigit():
        return True
    if not word[0].isalpha() or lowered in FUNCTION_WORDS:
        return False
    return lex.is_noun(lowered) or (word[0].isupper() and not lex.lemmas(lowered))


def _digits_only(phrase: list[str]) -> bool:
    """A phrase of figures alone, in digits or words ("1952", "40,000", "five")."""
    return all(_figure(w)[0].isdigit() for w in phrase)


def _has_digits(phrase: list[str]) -> bool:
    return any(_figure(w)[0].isdigit() for w in phrase)


def _figure(word: str) -> str:
    """A lower-cased token with a number in words or digits read as its value ("two" and
    "2" are one figure, "1,000" and "1000" too): an amount written two ways in two places
    ("for two years, until 2 years ago" / "for 2 years, until two years ago") changed no
    places."""
    if word in NUMBER_WORDS and word not in ("a", "an"):
        return str(NUMBER_WORDS[word])
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", word):
        return str(int(word.replace(",", "")))
    return word


def _score(first: list[str], second: list[str], between: list[str]) -> bool:
    """Two figures joined by a dash are ordered: a score names the winner's goals first ("won
    3-1"), a vote the ayes ("passed 52-48"), a span where it starts ("the 1990-2000 boom").
    "Germany won 3-1" / "Germany won 1-3" is no list read either way."""
    figures = len(first) == len(second) == 1 and first[0][0].isdigit() and second[0][0].isdigit()
    return figures and between in (["-"], ["–"])


def _has_verb(phrase: list[str]) -> bool:
    lex = lexicon()
    return any(w.isalpha() and w not in FUNCTION_WORDS and lex.is_verb(w) for w in phrase)


def _listed(between: list[str], before: str = "") -> bool:
    """Whether the words between two participants only list more of them ("Chile, Peru and
    Bolivia"): nothing there but names, nouns, figures, articles and what joins a list, and
    the preposition ``before`` the first opening each of the phrases listed ("by ferry, by
    helicopter or by plane")."""
    return all(
        w in _SIDE_BY_SIDE
        or w in _OPENERS
        or _participant(w, 1)
        or (w.lower() == before and before in PREPOSITIONS)
        for w in between
    )


# Words that open a listed noun phrase: an article or a possessive ("the chief executive and
# its finance director").
_OPENERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "your", "my"})


def _has_content(phrase: list[str], *, figures: bool = False) -> bool:
    return any(
        (w[0].isalpha() and w not in FUNCTION_WORDS) or (figures and w[0].isdigit()) for w in phrase
    )


def _voice_turned(tokens_a: list[str], tokens_b: list[str]) -> tuple[int, int, int] | None:
    """Where B is A with its verb turned passive, or the other way round, and every other
    word kept in its place ("Germany beat France" / "Germany was beaten by France"): the
    subject is now the one the verb happens to, and the object the agent. The tokens that
    differ, from the end of the common start, and where they end on each side."""
    lower_a, lower_b = [t.lower() for t in tokens_a], [t.lower() for t in tokens_b]
    start = 0
    while start < min(len(lower_a), len(lower_b)) and lower_a[start] == lower_b[start]:
        start += 1
    tail = 0
    while tail < min(len(lower_a), len(lower_b)) - start and (
        lower_a[-1 - tail] == lower_b[-1 - tail]
    ):
        tail += 1
    end_a, end_b = len(lower_a) - tail, len(lower_b) - tail
    group_a, group_b = lower_a[start:end_a], lower_b[start:end_b]
    if not (start > 0 and tail and group_a and group_b):
        return None
    if not (_has_content(lower_a[:start]) and _has_content(lower_a[end_a:])):
        return None
    if _passive_group(group_b) and _active_group(group_a, group_b):
        return start, end_a, end_b
    if _passive_group(group_a) and _active_group(group_b, group_a):
        return start, end_a, end_b
    return None


def _passive_group(group: list[str]) -> bool:
    """A verb group in the passive with its agent's "by": "was beaten by", "has been sued by"."""
    return len(group) <= 5 and group[-1] == "by" and bool(_BE.intersection(group))


def _active_group(group: list[str], passive: list[str]) -> bool:
    """An active verb group of the passive's verb: "beat" for "was beaten by"."""
    if len(group) > 3 or "by" in group or _BE.intersection(group):
        return False
    lex = lexicon()
    verbs = {v for w in passive[:-1] for v in lex.lemmas(w, "v")} - _BE - _GOT_THROUGH
    return any(verbs.intersection(lex.lemmas(w, "v")) for w in group)


def _next_content(tokens: list[str], index: int) -> int:
    """The first token from ``index`` on that is a content word (``index`` if none is)."""
    found = (i for i in range(index, len(tokens)) if _has_content([tokens[i].lower()]))
    return next(found, index)


def _exchange_hit(a: str, b: str, tokens_a: list[str], tokens_b: list[str]) -> Hit | None:
    spans_a = [m.span() for m in _TOKEN.finditer(a)]
    spans_b = [m.span() for m in _TOKEN.finditer(b)]
    found = _exchanged(tokens_a, tokens_b)
    if found is not None:
        # B's words stand where A's do: only the two participants changed places.
        start, end, between = found
        shown_a = a[spans_a[start][0] : spans_a[end - 1][1]]
        shown_b = b[spans_b[start][0] : spans_b[end - 1][1]]
        reversed_what = (
            "the two figures changed places: a score or a vote now goes the other way"
            if _score(
                tokens_a[start : start + 1], tokens_a[end - 1 : end], tokens_a[start + 1 : end - 1]
            )
            else "two participants changed places, every other word kept: who did what to "
            "whom, or which is which, is reversed"
        )
        return Hit(
            "role.exchanged",
            "role",
            shown_a,
            shown_b,
            f"{shown_a!r} → {shown_b!r}: {reversed_what}",
            0.9,
            {"words_between": float(between), "voice_changed": 0.0},
        )
    turned = _voice_turned(tokens_a, tokens_b)
    if turned is None:
        return None
    # From the participant word before the verb group to the first one after it.
    start, end_a, end_b = turned
    first = max(i for i in range(start) if _has_content([tokens_a[i].lower()]))
    last_a, last_b = _next_content(tokens_a, end_a), _next_content(tokens_b, end_b)
    shown_a = a[spans_a[first][0] : spans_a[last_a][1]]
    shown_b = b[spans_b[first][0] : spans_b[last_b][1]]
    return Hit(
        "role.exchanged",
        "role",
        shown_a,
        shown_b,
        f"{shown_a!r} → {shown_b!r}: the verb turned passive (or active) with every other word "
        "kept: the one who did it is now the one it was done to",
        0.9,
        {"words_between": float(max(end_a, end_b) - start), "voice_changed": 1.0},
    )


def _opening_moved(a: str, b: str) -> tuple[str, str] | None:
    """Both texts without the phrase that opens one of them before a comma and stands
    elsewhere in the other ("Under the deal, workers get 6 percent this year and 4 percent next
    year" / "Workers get 4 percent this year and 6 percent next year under the deal"): a moved
    adverbial, which hides an exchange of the rest. None where no such phrase is."""
    for first, second, turned in ((a, b, False), (b, a, True)):
        opening = _OPENING_PHRASE.match(first)
        if opening is None:
            continue
        phrase = opening.group(1)
        elsewhere = re.search(rf"\s+{re.escape(phrase)}\b", second, re.IGNORECASE)
        if elsewhere is None or len(_TOKEN.findall(phrase)) < 2:
            continue
        rest = first[opening.end() :]
        rest = rest[:1].upper() + rest[1:]
        other = second[: elsewhere.start()] + second[elsewhere.end() :]
        return (other, rest) if turned else (rest, other)
    return None


# A phrase of two to six words that opens a sentence before a comma ("Under the agreement,").
_OPENING_PHRASE = re.compile(r"([A-Za-z][\w’'-]*(?:\s+[\w’'-]+){1,5}),\s+")


def find_roles(a: str, b: str) -> list[Hit]:
    tokens_a, tokens_b = _tokens(a), _tokens(b)
    exchange = _exchange_hit(a, b, tokens_a, tokens_b)
    hits: list[Hit] = []
    verbs_a, verbs_b = _verbs(tokens_a), _verbs(tokens_b)
    for lemma, at_a in verbs_a.items():
        at_b = verbs_b.get(lemma)
        if at_b is None or _cut_short(tokens_a, at_a) != _cut_short(tokens_b, at_b):
            # A clause cut short on one side only ("plants connected to the grid" / "grid
            # connected plants", "protesters arrested in the square" / "police arrested
            # protesters"): the noun before it is no doer, and the two sides' roles do not line up.
            continue
        subject_a, after_a = _phrase(tokens_a, at_a, -1), _after(tokens_a, at_a)
        subject_b, after_b = _phrase(tokens_b, at_b, -1), _after(tokens_b, at_b)
        passive_a, passive_b = _passive(tokens_a, at_a), _passive(tokens_b, at_b)
        if passive_a == passive_b:
            # The subject of each side stands after the verb on the other.
            # Words both subjects share ("Kenya's runners" / "Ethiopia's runners") do not count.
            own_a, own_b = subject_a - subject_b, subject_b - subject_a
            swapped = bool(own_a and own_b and own_a & after_b and own_b & after_a)
            # "Space squeezes as it leaves the black holes" / "Black holes squeeze space": a
            # verb used without an object on one side only says the same of its subject as the
            # other side's object (an ergative verb: "the door opened" / "she opened the door").
            swapped = swapped and _has_object(tokens_a, at_a) == _has_object(tokens_b, at_b)
            swapped = swapped and not (
                _in_own_conjunct(tokens_a, at_a, subject_b, _phrase(tokens_b, at_b, 1))
                and _in_own_conjunct(tokens_b, at_b, subject_a, _phrase(tokens_a, at_a, 1))
            )
        else:
            # The passive's subject should be the active's object, and its agent the active's
            # subject; the same subject on both sides, with the agent the active's object, is
            # a swap ("A defeated B" / "A was defeated by B").
            active_subject, active_after = (
                (subject_b, after_b)
                if passive_a
                else (
                    subject_a,
                    after_a,
                )
            )
            passive_subject = subject_a if passive_a else subject_b
            agent = _agent(tokens_a, at_a) if passive_a else _agent(tokens_b, at_b)
            swapped = bool(
                agent
                and passive_subject & active_subject
                and agent & active_after
                and not agent & active_subject
            )
        # "the bus left before the train" / "the train left after the bus": the converse word
        # turns the swap back; "Smith met Jones" is "Jones met Smith".
        # "The mayor voted against it, as did four councillors" / "Four councillors voted
        # against it, as did the mayor": both did it; the one named after "as did" changed
        # places with the subject, no role.
        swapped = swapped and not (
            _shared_with(tokens_a, subject_b - subject_a)
            and _shared_with(tokens_b, subject_a - subject_b)
        )
        if swapped and lemma not in _SYMMETRIC and not opposed_words(a, b) and not _turned(a, b):
            verb = tokens_a[at_a]
            hits.append(
                Hit(
                    "role.swapped",
                    "role",
                    _excerpt(a, tokens_a, at_a),
                    _excerpt(b, tokens_b, at_b),
                    f"who did what to whom changed around {verb!r}: the participants swapped roles",
                    0.92,
                    {"verb": lemma, "voice_changed": float(passive_a != passive_b)},
                )
            )
    for ends in _ENDS:
        route_a, route_b = _ends(tokens_a, ends), _ends(tokens_b, ends)
        if not (route_a and route_b):
            continue
        # "from 3 dollars to 5 dollars": the unit is on both ends; the ends are what differs.
        start_a, end_a = route_a[0] - route_a[1], route_a[1] - route_a[0]
        start_b, end_b = route_b[0] - route_b[1], route_b[1] - route_b[0]
        if start_a and end_a and start_a & end_b and end_a & start_b:
            hits.append(
                Hit(
                    ends.check,
                    "role",
                    _shown(ends, route_a),
                    _shown(ends, route_b),
                    ends.message,
                    0.92,
                    {"pattern": ends.pattern},
                )
            )
    hits.extend(_made_for(a, b))
    hits.extend(_party_role(a, b))
    if exchange is None and not hits:
        # Nothing else read: an exchange may stand behind an opening phrase moved to the end.
        moved = _opening_moved(a, b)
        exchange = moved and _exchange_hit(*moved, _tokens(moved[0]), _tokens(moved[1]))
    if exchange is None:
        return hits
    # A route or the parties of a gift reversed say more precisely what the exchange is; a
    # verb's participants swapped is the same finding, on less evidence than the whole
    # sentence kept.
    specific = [hit for hit in hits if hit.check != "role.swapped"]
    return specific or [exchange]


# Words that open a party after "by" or "for": a determiner or a possessive ("by the mayor",
# "for her cousin"); a name needs none ("by Dolly Parton").
_PARTY_OPENERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your"})
# Names of days and months, capitalised but no party ("set by Friday" / "set for Friday").
_CALENDAR = re.compile(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|"
    r"august|september|october|november|december",
    re.IGNORECASE,
)
# Lexicographer files of the nouns that name a party, in one of their first two senses: a
# person or a group ("the charity", "the ministry's lawyers", "a foundation").
_PARTY_FILES = frozenset({"noun.person", "noun.group"})


def _made_for(a: str, b: str) -> list[Hit]:
    """``role.beneficiary``: a thing done or made by someone told as done or made for them
    ("written by Dolly Parton" / "written for Dolly Parton", "a reception held by the mayor" /
    "held for the mayor"): the agent of a participle and the one it was meant for are other
    parties. Only "by" against "for" in one edit, straight after a participle, before the same
    party (a name, or a determiner and a noun of a person or a group); not a time ("set by
    Friday" / "for Friday", "by 2030")."""
    lex = lexicon()
    hits: list[Hit] = []
    for edit in edits(a, b):
        pair = (edit.a.strip().lower(), edit.b.strip().lower())
        if pair not in {("by", "for"), ("for", "by")}:
            continue
        before, after = words(edit.before_a), words(edit.after_a)
        if not before or not after or edit.after_a[:1] not in {" ", ""}:
            continue
        verb = before[-1].lower()
        lemmas = lex.lemmas(verb, "v")
        if not lemmas or verb in lemmas or verb.endswith(("ing", "s")):
            continue  # no participle ("voted for", "paid by", "pays for")
        if any(c.isdigit() for c in edit.after_a.split()[0]) or not _party(after):
            continue  # "by 2030", "claimed by Covid-19": a time, a code
        party = " ".join(after[:3])
        hits.append(
            Hit(
                "role.beneficiary",
                "role",
                f"{before[-1]} {edit.a.strip()} {party}",
                f"{before[-1]} {edit.b.strip()} {party}",
                f"{before[-1]!r} {pair[0]!r} / {pair[1]!r} {after[0]!r}: who did it against "
                "whom it was done for, another party in the role",
                0.85,
                {"pattern": "by-for"},
            )
        )
    return hits


def _party(after: list[str]) -> bool:
    """Whether the words after "by" or "for" open a party: a full name, a single name the
    lexicon does not know as a thing (not "Covid": "lives claimed by Covid-19" / "for Covid-19"
    is a revision's slip), not a day or a month; or a determiner or a possessive and a noun of a
    person or a group within two words."""
    lex = lexicon()
    first = after[0]
    if first[0].isupper():
        if _CALENDAR.fullmatch(first):
            return False
        if len(after) > 1 and after[1][0].isupper():
            return True  # a full name ("Dolly Parton")
        # One capitalised word: a name, unless the lexicon knows it as a thing ("Covid").
        bare = first.lower().removesuffix("'s").removesuffix("’s")
        return not (lex.is_noun(bare) and not _PARTY_FILES.intersection(lex.domains(bare)[:2]))
    if first.lower() not in _PARTY_OPENERS:
        return False
    for word in after[1:3]:
        noun = word.lower().removesuffix("'s").removesuffix("’s")
        if lex.is_noun(noun) and _PARTY_FILES.intersection(lex.domains(noun)[:2]):
            return True
    return False


# The role a preposition gives the party after a noun or a verb ("talks with the rebels",
# "a documentary by the reporter", "a friendly against Japan"): one who takes part beside or
# against the doer, one who made or sent the thing, one it is aimed at, one it is about, the
# place it happens. A preposition with two readings holds both ("with": a partner, or an
# opponent in "fought with", or where one works, "a job with the bank"; "on": a topic, "a
# report on Iran", a target, "sanctions on Iran", or a place). Two prepositions sharing no
# role before the same party tell another relation; "from" and "by" both name the maker ("a
# letter from" / "by the families"), "about" and "on" both a topic.
_PARTY_ROLES: dict[str, frozenset[str]] = {
    "with": frozenset({"partner", "opponent", "place"}),
    "against": frozenset({"opponent"}),
    "by": frozenset({"maker"}),
    "from": frozenset({"maker", "place"}),
    "about": frozenset({"topic"}),
    "concerning": frozenset({"topic"}),
    "regarding": frozenset({"topic"}),
    "on": frozenset({"topic", "opponent", "place"}),
    "in": frozenset({"place"}),
    "at": frozenset({"place"}),
    # What the doer is, or the post it holds ("served as finance minister", "trades as
    # Northern Fresh"), against one it serves ("served under the finance minister").
    "as": frozenset({"identity"}),
    "under": frozenset({"superior"}),
}
# Heads after which "with" names an opponent ("fought with the rebels", "a war with Russia"):
# nouns of a fight, a contest or a quarrel, and verbs of competing. After any other head
# "with" names a partner only, and "on" a target or a topic: "sanctions on Belarus" /
# "sanctions with Belarus", "talks on Iran" / "talks with Iran".
_STRIFE = ("conflict", "fight", "contest", "disagreement", "competition")
# Words before "as" that make it no preposition of identity: "such as", "as well as", "just as"
# (a comparison or an example).
_NOT_IDENTITY = frozenset({"such", "well", "just", "so", "as", "same", "much", "many", "far"})
_ROLE_SAID = {
    "partner": "a party beside the doer",
    "opponent": "a party it is aimed at",
    "maker": "the party that made or sent it",
    "topic": "what it is about",
    "place": "where it happens",
    "identity": "what the doer is or serves as",
    "superior": "a party the doer serves under",
}


def _party_role(a: str, b: str) -> list[Hit]:
    """``role.party``: the preposition before the same party replaced by one that gives it
    another role ("talks with the rebel leaders" / "talks about the rebel leaders", "a film by
    the director" / "a film about the director", "a friendly against Japan" / "a friendly in
    Japan", "evidence from the accountant" / "evidence against the accountant"). One
    preposition for another in one edit, after a content word, before a party (a name, a
    country, or a determiner and a noun of a person or a group); prepositions that share a
    reading ("with" / "against" an opponent, "by" / "from" a maker, "about" / "on" a topic, "in"
    / "at" a place) stay quiet."""
    hits: list[Hit] = []
    for edit in edits(a, b):
        left, right, opener = _prepositions(edit.a, edit.b)
        roles_a, roles_b = _PARTY_ROLES.get(left), _PARTY_ROLES.get(right)
        if roles_a is None or roles_b is None:
            continue
        before, after = words(edit.before_a), [*opener, *words(edit.after_a)]
        if not before or not after or edit.after_a[:1] not in {" ", ""}:
            continue
        head = before[-1]
        if {left, right} == {"on", "with"} and not _strife(head):
            roles_a, roles_b = _on_or_with(left), _on_or_with(right)
        if roles_a & roles_b:
            continue
        identity = "as" in (left, right)
        if identity and head.lower() in _NOT_IDENTITY:
            continue
        if head.lower() in FUNCTION_WORDS or head.lower() in PREPOSITIONS:
            continue
        if not (_party(after) or _named_place(after) or (identity and _post(after))):
            continue
        party = " ".join(words(edit.after_a)[:3])
        said_a = " or ".join(_ROLE_SAID[r] for r in sorted(roles_a - {"place"} or roles_a))
        said_b = " or ".join(_ROLE_SAID[r] for r in sorted(roles_b - {"place"} or roles_b))
        hits.append(
            Hit(
                "role.party",
                "role",
                f"{head} {edit.a.strip()} {party}",
                f"{head} {edit.b.strip()} {party}",
                f"{head!r} {left!r} / {right!r} {words(edit.after_a)[0]!r}: the same party in "
                "another role, "
                f"{said_a} in A, {said_b} in B",
                0.85,
                {"pattern": f"{left}-{right}"},
            )
        )
    return hits


def _prepositions(a: str, b: str) -> tuple[str, str, list[str]]:
    """The prepositions of an edit's two sides, and the determiner after one of them where
    only that side has it ("served as" / "served under the finance minister": "as", "under",
    ["the"])."""
    left, right = words(a.lower()), words(b.lower())
    opener: list[str] = []
    for side, other in ((left, right), (right, left)):
        if len(side) == 2 and len(other) == 1 and side[1] in _PARTY_OPENERS:
            opener = [side.pop()]
            break
    if len(left) != 1 or len(right) != 1:
        return "", "", []
    return left[0], right[0], opener


def _strife(head: str) -> bool:
    """A head after which "with" names an opponent: a noun of a fight, a contest or a quarrel
    ("war", "clash", "dispute"), or a verb of competing ("fought", "played")."""
    lex = lexicon()
    if "verb.competition" in lex.domains(head, "v")[:2]:
        return True
    for kind in _STRIFE:
        kin = lex.kinship(head, kind)
        if kin is not None and kin.relation in ("same", "synonym", "broader"):
            return True
    return False


def _on_or_with(preposition: str) -> frozenset[str]:
    """The roles "on" and "with" give a party after a head of no strife: a target or a topic,
    a partner."""
    return frozenset({"topic", "opponent"}) if preposition == "on" else frozenset({"partner"})


def _post(after: list[str]) -> bool:
    """Whether the words after "as" name a post or a person's part without a determiner
    ("finance minister", "chief curator", "coach"): a noun of a person within two words."""
    lex = lexicon()
    for word in after[:2]:
        noun = word.lower()
        if lex.is_noun(noun) and "noun.person" in lex.domains(noun)[:2]:
            return True
    return False


def _named_place(after: list[str]) -> bool:
    """Whether the words after a preposition open a country or a capital named as a party
    ("sanctions on Belarus", "a friendly against Japan", "talks with Moscow"), which the
    lexicon may know as a thing ("japan" is lacquerware)."""
    first = after[0]
    if not first[:1].isupper() or _CALENDAR.fullmatch(first):
        return False
    return bool(country_of(first) or is_capital(first))


# A comparison: "faster than", "more slowly than", "less sharply than".
_COMPARED = re.compile(r"\b(?:(more|less)\s+)?([a-z]+)\s+than\b", re.IGNORECASE)


def _compared_as(text: str) -> list[tuple[str, str]]:
    """Each comparison of ``text`` as its direction ("more", "less") and the adjective it
    compares by ("faster" is "more" "fast", "more slowly" "more" "slow")."""
    lex = lexicon()
    found = []
    for match in _COMPARED.finditer(text):
        degree, word = (match.group(1) or "more").lower(), match.group(2).lower()
        if word.endswith("ly") and lex.is_adjective(word[:-2]):
            word = word[:-2]  # "slowly" compares by "slow"
        elif not match.group(1):
            bases = [lemma for lemma in lex.lemmas(word, "a") if lemma != word]
            if not bases:
                continue  # no comparative ("rather than", "other than")
            word = bases[0]  # "faster" compares by "fast"
        found.append((degree, word))
    return found


def _turned(a: str, b: str) -> bool:
    """Whether a comparison is told from its other side: "exports grew faster than imports" /
    "imports grew more slowly than exports", "rose more sharply than" / "rose less sharply
    than", "twice as much as" / "half as much as". The converse turns the swap of its two terms
    back."""
    if ratio_turned(a, b):
        return True
    lex = lexicon()
    for degree_a, word_a in _compared_as(a):
        for degree_b, word_b in _compared_as(b):
            if word_a == word_b and degree_a != degree_b:
                return True
            if degree_a == degree_b and lex.opposition(word_a, word_b) == "antonym":
                return True
    return False


def _shown(ends: _Ends, route: tuple[set[str], set[str]]) -> str:
    start, end = (" ".join(sorted(words)) for words in route)
    return f"{ends.first} {start} {ends.seconds[0]} {end}"


def check_roles(ctx: PairContext) -> list[Finding]:
    if not current().lexicon:
        return []
    return as_findings(ctx, find_roles(ctx.a, ctx.b))
