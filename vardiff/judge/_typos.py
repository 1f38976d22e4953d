"""Slips of the keys in B, read as the word of A they slip from.

"thosand" for "thousand", "Presdent" for "President", "uable" for "unable": a typo says the
word it slips from, so every check must read it as that word; a check that reads the letters
("thosand" is no amount, "uable" has no "un") otherwise finds a number dropped, a title dropped
or a negation gone. The typo itself is the wording check's to report ("a typo?"), once.

A word of B is read as a word of A where B's word is not in A, the two are one slip of the keys
apart (:func:`vardiff._words.slips_apart`; two of a typing hand in lower case,
:func:`vardiff._words.slips_typed`), no other word of A is, and B's word is no English as
it is written. Real changes that look like slips stay changes: another name ("Hans"
/ "Hana": a name's slip is :func:`vardiff._words.mistyped`), a digit (no
word with a digit is read), a negation prefix added ("legal" / "ilegal"), short words, and a
word of another language (the foreign check's untranslated words are never read as typos).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .._numbers import is_amount_word
from .._words import FUNCTION_WORDS, mistyped, slips_apart, slips_typed, without_possessive
from ._lexicon import lexicon

__all__ = ["Typo", "as_typed", "is_slip", "read_typos", "typos"]

# Words as the diff reads them, a contraction whole ("doesn't" is no "doesn" beside "does"); of
# these, only words of letters (a possessive aside) are read: a word with a digit in it is an
# amount or a code, never a typo.
_TOKEN = re.compile(r"\w+(?:['’]\w+)*")
# Shorter words are one slip from too many others ("form" / "from" aside, "sat" / "set").
_SHORTEST = 4
# A word A lacks is read against the whole lexicon: shorter words reach many ("fom": "form",
# "from", "foam").
_SHORTEST_REWORDED = 5
# Prefixes that turn a word to its opposite: B's word opening with one that A's word lacks is a
# negation added, mistyped ("legal" / "ilegal" for "illegal"), not a slip on A's word.
_NEGATING = ("un", "in", "im", "il", "ir", "dis", "non")


@dataclass(frozen=True)
class Typo:
    """B's word as typed (``written``) and the word of A it slips from (``meant``)."""

    written: str
    meant: str


def typos(a: str, b: str) -> tuple[Typo, ...]:
    """The words of ``b`` that are slips of the keys on a word of ``a``, each once. The word
    may stand anywhere in ``a``: a rewording moves it ("in which he played last season" /
    "last seasn"), and the diff then pairs it with other words."""
    from .foreign import foreign_words  # the foreign check reads contexts: imported late

    words_a = list(dict.fromkeys(_words(a)))
    seen_a = {w.lower() for w in words_a}
    foreign = set(foreign_words(b, a))
    found: dict[str, str] = {}
    for word in _words(b):
        if word in found or word.lower() in seen_a or word in foreign:
            continue
        # Two words of A the typo may be ("Presdent": "President" or "Present") are no reading.
        meant = [w for w in words_a if is_slip(w, word, twice=False)]
        # Every reading of one slip, of a word of A or of English, comes before two slips of a
        # word of A ("thne": "then", not "they").
        twice = [w for w in words_a if is_slip(w, word)] if not meant else []
        if len(meant) == 1:
            found[word] = meant[0]
        elif reading := _reworded_slip(word, words_a, b):
            found[word] = reading
        elif form := _form_slip(word, words_a, b):
            found[word] = form
        elif swapped := _swapped_function_word(word, words_a, b):
            found[word] = swapped
        elif len(twice) == 1:
            found[word] = twice[0]
    return tuple(Typo(written, meant) for written, meant in found.items())


# Words that stand before a noun and never before a verb's bare form.
_DETERMINERS = frozenset("the a an this these those its their his her our my your".split())


def _form_slip(word: str, words_a: list[str], b: str) -> str:
    """The noun of A that ``word`` (a word of B that A lacks) writes in its verb's form, where
    only a noun may stand, after an article or a possessive ("by the govern" / "by the
    government", "for the destine you visit" / "the destination"): the same noun, its form
    slipped, as a typo is the same word. Only a verb that is no noun is read ("the state of"
    is another noun), and only where one noun A says, and B does not, is derived from it."""
    lower = word.lower()
    if not word.islower() or len(word) < 4:
        return ""
    lex = lexicon()
    # The bare verb, no participle: "the insulating foam", "the surrounding hills" are verbs'
    # forms that stand before a noun.
    if lex.is_noun(lower) or lower not in lex.lemmas(lower, "v") or lower.endswith(("ing", "ed")):
        return ""
    after_determiner = re.search(
        rf"(?<![\w'’])(?:{'|'.join(_DETERMINERS)})\s+{re.escape(word)}(?![\w'’])", b, re.IGNORECASE
    )
    if after_determiner is None:
        return ""
    said_b = {w.lower() for w in _words(b)}
    derived = set(lex.derived(lower))
    nouns = [
        w for w in words_a if w.islower() and w in derived and w not in said_b and lex.is_noun(w)
    ]
    return nouns[0] if len(nouns) == 1 else ""


def _swapped_function_word(word: str, words_a: list[str], b: str) -> str:
    """The one function word that ``word`` (a word of B in lower case that A lacks, no word of
    English) writes with two neighbouring letters swapped ("onyl" for "only", "nto" for
    "not"), or "": A words it another way ("feared nothing but" / "onyl feared"), and the
    swap that keeps every letter of so short a word reaches no other. A word of A one slip
    away is A's word (:func:`is_slip`), and B's own copy of the function word would read
    two ways."""
    from .foreign import written_english

    if not (word.isascii() and word.isalpha() and word.islower()) or written_english(word):
        return ""
    # A prefix joined to its word ("pre-season", "pre-market") is no function word slipped.
    if not re.search(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", b):
        return ""
    if any(slips_apart(w.lower(), word) <= 1 for w in words_a):
        return ""
    reached = {
        word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        for i in range(len(word) - 1)
        if word[i] != word[i + 1]
    } & FUNCTION_WORDS
    if len(reached) != 1:
        return ""
    (meant,) = reached
    return "" if _whole(meant).search(b) else meant


def _reworded_slip(word: str, words_a: list[str], b: str) -> str:
    """The English word ``word`` (a word of B that A lacks) is a slip of, where A words it
    another way ("informed" / "reprted", "researchers" / "scintists", "Britain" / "the
    Brtish"), or "". Only the sure slips count (a letter left out inside the word, two letters
    swapped: the slips a word of another language rarely is, see :func:`foreign.one_slip_away`),
    and only one word of the lexicon may be reached ("accient": "accent" or "ancient" is no
    reading); a capitalised word reaches only a people's word the lexicon lists, by the name
    rule (:func:`vardiff._words.mistyped`). A word of A one slip away is A's word and its
    rules ("legal" / "ilegal" stays a negation added), and B's own copy of the word reached
    would read two ways."""
    from .foreign import one_slip_away

    lower = word.lower()
    if (
        len(word) < _SHORTEST_REWORDED
        or not word.isascii()
        or _english_itself(lower)
        or _known_name(word)
        or any(slips_apart(w.lower(), lower) <= 1 for w in words_a)
    ):
        return ""
    # B's word is no slip on a word it ends after: an ending the lexicon does not list
    # ("others": "other" + "s") is no slip.
    sure, other = one_slip_away(lower)
    sure = {v for v in sure if not lower.startswith(v)}
    if word.islower():
        reached = _known_reached(sure, other)
    elif word[1:].islower():
        reached = []
        if _opens_sentence(word, b):
            # A word that opens a sentence is capitalised as any word there is
            # ("Nevrtheless, ...", "Becuase ..."); read in lower case, it is a slip on a
            # function word or an adverb, the words no name is spelt like ("Jialing" is no
            # "jailing", "Ministre" no "minister").
            reached = [v.capitalize() for v in _known_reached(sure, other) if _no_name_word(v)]
        if not reached:
            named = (v.capitalize() for v in sure)
            reached = [v for v in named if (_people_of(v) or _named_time(v)) and mistyped(v, word)]
    else:
        return ""
    if len(reached) != 1 or _whole(reached[0]).search(b):
        return ""
    return reached[0]


def _english_itself(word: str) -> bool:
    """Whether ``word`` is English as it is written, other than as two words run together
    ("everyting": "every" + "ting", a slip on "everything"; :func:`_english_as_written`)."""
    from .foreign import derived_word, known_word, written_english

    return written_english(word) and (
        known_word(word) or derived_word(word) or is_amount_word(word)
    )


def _known_reached(sure: set[str], other: set[str]) -> list[str]:
    """The words of English the sure slips reach, or none where a common word is one other
    slip away (a letter too many or struck for another: "olther" / "other"), as likely meant
    as the sure slip ("lother")."""
    from .foreign import common_word, known_word

    if any(known_word(v) and common_word(v) for v in other):
        return []
    return [v for v in sure if known_word(v)]


def _words(text: str) -> list[str]:
    """The words of ``text`` a typo may be, without their possessive "'s"."""
    found = (without_possessive(token) for token in _TOKEN.findall(text))
    return [word for word in found if word.isalpha()]


def is_slip(meant: str, written: str, *, twice: bool = True) -> bool:
    """Whether ``written`` is ``meant`` with one slip of the keys, and no word of its own;
    ``twice``: or two of a typing hand on a word in lower case."""
    lower_meant, lower_written = meant.lower(), written.lower()
    if min(len(meant), len(written)) < _SHORTEST:
        return _short_swap(meant, written)
    # Two slips of a typing hand on a word in lower case ("rythyms" / "rhythms", "nkwo" /
    # "know"); not on a name, whose other spellings are other names.
    typed_twice = (
        twice
        and meant.islower()
        and written.islower()
        and slips_apart(lower_meant, lower_written) == 2
        and slips_typed(lower_written, lower_meant) <= 2
    )
    if (
        abs(len(meant) - len(written)) > 1  # more slips than one, without counting them
        or _accent_added(lower_meant, lower_written)
        or (slips_apart(lower_meant, lower_written) != 1 and not typed_twice)
        or _english_as_written(lower_meant, lower_written)
        or _negates(lower_meant, lower_written)
        or _known_name(written)
    ):
        return False
    if meant[:1].isupper() or written[:1].isupper():
        # A name, or a word that may be one ("Maria" is in the lexicon too): the name check's
        # rule for a mistyped name, as another ending or another letter is as often another
        # name ("Daniel" / "Daniela", "Jones" / "Jonas", "Hans" / "Hana"). A common word
        # capitalised in a title is no name ("Culture Secretary" / "Secretery", "Naval Parade"
        # / "perade").
        return _titled_word(meant) or mistyped(lower_meant, lower_written)
    return True


# A capitalised word shorter than this may be a name that is also a word ("Young" / "Yong").
_SHORTEST_TITLED = 6


def _titled_word(word: str) -> bool:
    """A common word of English written with a capital, as in a title or an office
    ("Secretary", "Protection", "Parade"): the lexicon has no name of its spelling ("Green",
    "Young" and "Maria" are names too), and it is long enough that a name one letter away is
    unlikely."""
    from .foreign import known_word

    return (
        len(word) >= _SHORTEST_TITLED
        and word[1:].islower()
        and known_word(word.lower())
        and not lexicon().name_senses(word)
    )


def _short_swap(meant: str, written: str) -> bool:
    """A short function word with two neighbouring letters swapped, in lower case, into no
    word of English ("nto" for "not", "teh" for "the", "adn" for "and"): the short words are
    one slip from too many others to read any other slip ("form" / "from", "sat" / "set"),
    but a swap that keeps the letters of a function word A says and makes no word of B's
    own says that word. Another function word ("on" / "no", "form" / "from") stays."""
    from .foreign import known_word

    if _amount_letter_added(meant, written):
        return True
    return (
        meant.islower()
        and written.islower()
        and len(meant) == len(written) >= 2
        and meant in FUNCTION_WORDS
        and written not in FUNCTION_WORDS
        and sorted(meant) == sorted(written)
        and slips_apart(meant, written) == 1
        and not known_word(written)
    )


def _amount_letter_added(meant: str, written: str) -> bool:
    """A short number word of A with a letter put in after its first, into no word of English
    ("twpo" / "Twpo" for "two" / "Two"): A's amount, mistyped, where a letter struck for
    another or two swapped often make another word ("tow", "ton") that stays a change."""
    from .foreign import known_word

    lower_meant, lower_written = meant.lower(), written.lower()
    return (
        is_amount_word(lower_meant)
        and len(written) == len(meant) + 1
        and meant[:1] == written[:1]
        and meant[1:].islower()
        and written[1:].islower()
        and slips_apart(lower_meant, lower_written) == 1
        and not known_word(lower_written)
    )


def _english_as_written(meant: str, written: str) -> bool:
    """Whether ``written`` is English as it is written, and so no slip on ``meant``: but two
    words run together that a slip made of ``meant`` ("themelves": "them" + "elves" for
    "themselves") are the slip, where the compound does not hold ``meant`` whole
    ("smartphones" is the plural of "smartphone")."""
    from .foreign import written_english

    if not written_english(written):
        return False
    return _english_itself(written) or meant in written or written in meant


def _people_of(word: str) -> bool:
    """A word the lexicon lists in capitals as an adjective ("British", "German"): a people's
    or a place's word, where a name of a person or a place the lexicon lists may be any
    name's slip ("Zhuang" for "Zhang")."""
    return word in lexicon().lemmas(word, "a")


def _named_time(word: str) -> bool:
    """A day or a month the lexicon names in capitals ("Tuesday", "November", "Easter"): a
    slip on it is that day ("Tuesay"), as a slip on a people's word is that people: no two
    such names are one sure slip apart."""
    return word in lexicon().lemmas(word, "n") and lexicon().domain(word, "n") == "noun.time"


def _no_name_word(word: str) -> bool:
    """A function word or an adverb ("because", "nevertheless"): no name is spelt like one."""
    return word in FUNCTION_WORDS or lexicon().is_adverb(word)


def _opens_sentence(word: str, text: str) -> bool:
    """Whether ``word`` stands first in a sentence of ``text``, after its opening quote or
    bracket, where a common word is written with a capital too."""
    return any(
        not text[: found.start()].strip(" \"'“‘([")
        or re.search(r"[.!?][\"'”’)]*\s+[\"'“‘(]*$", text[: found.start()])
        for found in _whole(word).finditer(text)
    )


def _accent_added(meant: str, written: str) -> bool:
    """``written`` has a letter English does not write that ``meant`` lacks: no slip of the
    keys adds an accent, but a name keeps its own ("Kunfehértó" / "Kunfhértó")."""
    return any(not c.isascii() and c not in meant for c in written)


def _known_name(word: str) -> bool:
    """A name the lexicon lists ("Bangladesh", "American"): B spells it right, whatever A has."""
    return word[:1].isupper() and any(lexicon().lemmas(word, pos) for pos in "na")


def _negates(meant: str, written: str) -> bool:
    return any(written.startswith(p) and not meant.startswith(p) for p in _NEGATING)


def read_typos(text: str, found: tuple[Typo, ...]) -> str:
    """``text`` with each typo read as the word it slips from."""
    for typo in found:
        text = _whole(typo.written).sub(typo.meant, text)
    return text


def as_typed(text: str, found: tuple[Typo, ...]) -> str:
    """``text`` (read with :func:`read_typos`) with the typos put back as B typed them."""
    for typo in found:
        text = _whole(typo.meant).sub(typo.written, text)
    return text


def _whole(word: str) -> re.Pattern[str]:
    """``word`` as a whole word, a possessive after it allowed, no contraction's part."""
    return re.compile(rf"(?<![\w'’]){re.escape(word)}(?!\w|['’](?!s\b)\w)")
