"""Word lists and word readings the removal check's parts share: determiners, prepositions,
auxiliaries and pronouns, and whether a word can be a verb, a modifier or an adverb."""

from __future__ import annotations

import re
from functools import lru_cache

from ..._words import FUNCTION_WORDS, one_slip_apart
from .._lexicon import lexicon

_MAX_WORDS = 3


_DETERMINERS = set(
    "a an the this that these those its his her their our my your whose each every".split()
)


_PREPOSITIONS = set(
    "of to in on at by for with from into onto about over under after before during since "
    "between among against without within through across towards toward".split()
)


_AUXILIARIES = set("will would shall should can could may might must to".split())


# What cannot follow a determiner, or a preposition that needs its object.
_NOT_AFTER_DETERMINER = (
    _PREPOSITIONS
    | _DETERMINERS
    | set("who which that and or but is are was were has have had would . , ; :".split())
)


_NOT_AFTER_PREPOSITION = (_PREPOSITIONS - {"of"}) | set(
    "who which is are was were has have had will would . , ; :".split()
)


# "But" and "So" open sentences in news; "And" and "Or" rarely do, but a dropped subject
# leaves them there ("Cyanuric acid and melamine were" / "And melamine were").
_OPENERS = set("and or nor".split())


_CONJUNCTION_OPENINGS = {f"^{word}" for word in _OPENERS}


_CONJUNCTIONS = set("and or nor".split())


_RELATIVES = set("that who which whom".split())


_CLOSERS = set(". , ; : )".split())


# Prepositions that do not end a phrase as particles do ("came in.", "catch on,", "handed
# over."), nor stand before another preposition ("from under", "of about", "at least").
_PURE_PREPOSITIONS = set("of from into onto during between among towards toward upon via".split())


# "of at least", "from to Paris" ("called upon to act" is English).
_NOT_AFTER_PURE = set("of from into onto by in on with for during to".split())


_SUBJECTS = set("i he she we they".split())


_CLAUSE_OPENERS = set("if whether because although unless while whereas though when".split())


_HAVE = set("has have had".split())


_PARTICLES = set("to on over about through across after before since under off".split())


_ADVERBS = set("not never also still just only even soon then now again".split())


# Determiners that cannot stand alone ("this", "those", "her" can: "this is", "those who").
_BOUND_DETERMINERS = set("a an the its their our my your whose every".split())


# Subject pronouns: no determiner stands before one ("the he had set up"; "I" may be a
# numeral, "it" a noun: "the It girl").
_SUBJECT_PRONOUNS_AFTER = set("he she we they".split())


# What no noun phrase goes on with after a determiner ("the of", "a or", "the the", "the .").
_NO_NOUN_AFTER = (
    _CLOSERS | _PREPOSITIONS | _CONJUNCTIONS | _SUBJECT_PRONOUNS_AFTER | set("a an the".split())
)


# Marks that a slip of the keys puts after a determiner ("the, baby's"), unlike a full stop.
_STRAY_MARKS = set(", ; : ( )".split())


# Nouns an amount of people may leave unsaid ("12 people died" / "12 died").
_PEOPLE = {"people", "persons", "individuals"}


_MODALS = set("will would can could should may might must".split())


# Modals that are nouns too ("the will of the people", "a can of beans").
_NOUN_MODALS = set("will can must might may".split())


_FINITE = set("is are was were has have had will would can could should may might must".split())


# Adverbs that open a statement before its subject ("Also, ...", "Usually they"), never before a
# bare verb ("Also attacked anything", "Here overlooked the").
_OPENING_ADVERBS = set(
    "also often usually already here then later still just never always sometimes soon now "
    "again finally recently initially mostly".split()
)


# What cannot follow an adjective at the end of a noun phrase: the phrase's noun is missing.
_AFTER_HEAD = (_PREPOSITIONS - {"to"}) | _FINITE | set("as so who which whom whose . ; : )".split())


_PRONOUN_SUBJECTS = _SUBJECTS | {"I"}


_OTHER_VERBS = set("do does did be been being am get gets got going".split())


# Adverbs the lexicon files with the adjectives; they end no noun phrase ("from the outside.").
_ADVERB_WORDS = (
    _ADVERBS
    | _OPENING_ADVERBS
    | set(
        "very too so more less therefore however outside inside instead otherwise together "
        "away back home abroad ahead afterwards anyway indeed yet ago earlier else enough "
        "almost always once twice there today tonight tomorrow yesterday forward forth apart "
        "aside alone little seldom sometimes".split()
    )
)


@lru_cache(maxsize=8192)
def _modifier(word: str) -> bool:
    """A word the lexicon knows as an adjective or adverb far more than as a noun, and as a
    verb only in a participle ("severe", "religious" (4 senses, 1 as a noun), "exposed")."""
    lex = lexicon()
    if word != word.lower() or word in FUNCTION_WORDS or not lex.is_adjective(word):
        return False
    nouns = max((lex.readings(n, "n") for n in lex.lemmas(word, "n")), default=0)
    if nouns and 3 * nouns > lex.readings(word, "a"):
        return False
    return not (lex.is_verb(word) and word in lex.lemmas(word, "v"))


_OBJECT_PRONOUNS = set("me you him her us them it".split())


# Conjunctions that join two clauses after a comma (", but there are"): each needs a verb.
_CLAUSE_CONJUNCTIONS = set("and but yet while whereas".split())


# Words that open a subordinate clause, whose subject must follow them ("if accepts").
_SUBORDINATORS = _CLAUSE_OPENERS | set("after before since until once".split())


# Words that end the clause a verb must be found in ("will only by a few feet, but").
_CLAUSE_ENDS = _CLOSERS | _CLAUSE_CONJUNCTIONS | _RELATIVES | _CLAUSE_OPENERS | {"or", "than", "as"}


def _past_adverbs(tokens: list[str], index: int) -> int:
    """The index of the first word from ``index`` on that is no adverb nor "not"."""
    while index < len(tokens) - 1 and (_adverb_or_word(tokens[index]) or tokens[index] == "not"):
        index += 1
    return index


def _after_subject(tokens: list[str], index: int) -> bool:
    """Whether the word before ``tokens[index]`` may be its subject: a pronoun or a noun
    ("it may", "the Center Party will"; "Only then will" puts the modal first)."""
    previous = tokens[index - 1]
    return previous in _PRONOUN_SUBJECTS | {"it", "you", "this", "that", "which", "who"} or (
        previous not in FUNCTION_WORDS and lexicon().is_noun(previous.lower())
    )


def _adverb_or_word(word: str) -> bool:
    """An adverb, by its ending or as one of the adverbs the lexicon files as adjectives."""
    return word in _ADVERB_WORDS or _adverb(word)


def _possessive(word: str) -> bool:
    lowered = word.lower().replace("’", "'")
    return (
        lowered.endswith(("'s", "s'"))
        and len(lowered) > 2
        and not lowered.startswith("'")
        and lowered not in FUNCTION_WORDS
        and lowered not in {"he's", "she's", "it's", "that's", "there's", "let's"}
    )


def _phrase_modifier(word: str) -> bool:
    """A word that may stand between a determiner and its noun ("very", "increasingly",
    "first", "2020", "well-known")."""
    return (
        word in {"very", "too", "more", "most", "less", "least", "so"}
        or word.isdigit()
        or ("-" in word and word == word.lower())
        or (
            word == word.lower()
            and word not in FUNCTION_WORDS
            and word not in _ADVERB_WORDS
            and lexicon().is_adjective(word)
        )
    )


def _ends_phrase(tokens: list[str], index: int) -> bool:
    """Whether ``tokens[index]`` cannot continue a noun phrase: a preposition, a finite verb,
    a relative, a closing mark, a past verb ("the vast laid by"), or a comma not between two
    adjectives ("a large, old house")."""
    word = tokens[index]
    if word in _AFTER_HEAD:
        return True
    if word == ",":
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        return not (following in _CONJUNCTIONS or lexicon().is_adjective(following))
    return _past_verb(word)


@lru_cache(maxsize=8192)
def _past_verb(word: str) -> bool:
    """A verb's past form the lexicon knows as nothing else ("laid", "occurred", "fled")."""
    lex = lexicon()
    return (
        word == word.lower()
        and word not in FUNCTION_WORDS
        and not word.endswith(("ing", "s"))
        and lex.is_verb(word)
        and word not in lex.lemmas(word, "v")
        # "added" is no plural of "ad": only a noun spelt so ("seed", "hundred") is one
        and not (lex.readings(word, "n") if word.endswith("ed") else lex.is_noun(word))
    )


def _without_verb(tokens: list[str]) -> bool:
    """A full sentence (a capital, six words or more, a full stop) with no word that could be
    its verb ("The person to South Korea three years ago."); a headline or a caption has no
    full stop."""
    if len(tokens) < 6 or tokens[-1] != ".":
        return False
    return not any(_could_be_verb(tokens, i, lenient=True) for i in range(len(tokens)))


_OBJECT_PRONOUNS = set("it them him us me".split())


def _could_be_verb(tokens: list[str], index: int, *, lenient: bool) -> bool:
    """Whether ``tokens[index]`` may be a verb; ``lenient``: also a word that is a noun as
    well after what could be its subject ("The company plans")."""
    lex = lexicon()
    word = tokens[index]
    lowered = word.lower().replace("’", "'")
    if word != lowered and index > 0:
        return False  # a name ("May")
    if lowered in _FINITE or lowered in _OTHER_VERBS:
        return True
    if "'" in lowered and lowered in FUNCTION_WORDS:
        return True  # "it's", "don't"
    if lowered in FUNCTION_WORDS or not lex.is_verb(lowered):
        return False
    before = index - 1
    while before > 0 and (tokens[before] in _ADVERB_WORDS or tokens[before].endswith("ly")):
        before -= 1  # "members often function as"
    previous = tokens[before] if before >= 0 else ""
    return (
        not lex.is_noun(lowered)
        or lowered.endswith("ed")
        # an irregular past ("rose", "held"), not a plural ("prices")
        or (lowered not in lex.lemmas(lowered, "v") and not lowered.endswith(("s", "ing")))
        or previous in _PRONOUN_SUBJECTS
        or previous in {"who", "which", "that", "to"}
        or _verb_before_infinitive(tokens, index, previous)
        or (
            lenient
            and (
                lowered.endswith("ing")
                # "before you set off": "you" is a subject as often as an object
                or previous in {"it", "there", "you"}
                # "only one remains", "if one wants to win": "one" counts no plural noun, so
                # the word in -s after it is its verb
                or (
                    previous.lower() == "one"
                    and lowered.endswith("s")
                    and not lowered.endswith("ss")
                )
                or (previous.lower() not in FUNCTION_WORDS and not _modifier(previous.lower()))
            )
        )
    )


def _verb_before_infinitive(tokens: list[str], index: int, previous: str) -> bool:
    """A word in -s, a plural noun and a verb, between a noun and "to" + a verb's bare form:
    the noun's verb that the infinitive hangs on ("The company plans to cut", "the union aims
    to block"), not a plural noun ("their plans to cut", "the company's plans to cut": a
    determiner or a possessive owns a noun)."""
    lex = lexicon()
    word = tokens[index].lower()
    if index + 2 >= len(tokens) or not word.endswith("s") or word.endswith("ss"):
        return False
    infinitive = tokens[index + 2]
    return (
        tokens[index + 1] == "to"
        and infinitive.isalpha()
        and infinitive == infinitive.lower()
        and infinitive not in FUNCTION_WORDS
        and infinitive in lex.lemmas(infinitive, "v")
        and previous.isalpha()
        and previous.lower() not in FUNCTION_WORDS
        and lex.is_noun(previous.lower())
        # "the main letters to watch": after a word read as an adjective more than as a
        # noun, the word in -s is its noun
        and lex.readings(previous.lower(), "a") <= lex.readings(previous.lower(), "n")
    )


def _after_adverbs(tokens: list[str], index: int) -> str:
    """The first word from ``index`` on that is not an adverb ("can also advice": "advice")."""
    while index < len(tokens) - 1 and (_adverb(tokens[index]) or tokens[index] == "not"):
        index += 1
    return tokens[index] if index < len(tokens) else ""


def _adverb(word: str) -> bool:
    return word in _OPENING_ADVERBS or (word.endswith("ly") and _modifier(word))


@lru_cache(maxsize=8192)
def _verb_only(word: str) -> bool:
    """A word the lexicon knows only as a verb ("verified", "announces")."""
    lex = lexicon()
    lowered = word.lower()
    return (
        word == lowered
        and lowered not in FUNCTION_WORDS
        and lex.is_verb(lowered)
        and not lex.is_noun(lowered)
        and not lex.is_adjective(lowered)
    )


# Decimals stay whole ("3.8 euros": no full stop after "3").
# "a.m.", "U.S.", "e.g." are one word: their stops end no sentence ("at 3 a.m. local time").
_TOKEN = re.compile(r"\d+(?:[.,]\d+)+|(?:[A-Za-z]\.){2,}|[\w’'-]+|[.,;:()]|[–—]")


def _tokens(text: str) -> list[str]:
    """The words and marks of ``text``; a dash (en or em) reads as the comma it stands for:
    "The factory – the town's largest employer – closed" sets its aside off as commas do, and
    the words on either side of a dash never meet."""
    return ["," if t in "–—" else t for t in _TOKEN.findall(text)]


# A noun's phrase left waiting: the part of the sentence a noun cut out of B took.
_Cut = tuple[list[str], str, str, tuple[int, int]]


# Words after which a clause starts with its subject (not "and" nor "but": "she came and
# saw", "he tried but failed" share the subject; "that" may be a relative: B must match A).
_SUBJECT_FOLLOWS = _SUBORDINATORS | set(", ; so yet that which where why as".split())


# The pronouns a clause's subject may be ("it" and "you" too, unlike ``_PRONOUN_SUBJECTS``).
_SUBJECT_PRONOUNS = set("i he she it we they you".split())


# What follows a noun phrase and never its determiner or adjective: a noun cut out leaves
# them meeting ("the main are", "with heavy ,"); a translation that leaves a noun implicit
# takes its modifiers too.
_PHRASE_ENDS = _AFTER_HEAD | _CONJUNCTIONS | _CLOSERS


def _said_otherwise(verb: str, words_b: list[str]) -> bool:
    """Whether B has ``verb`` by another of its forms or a verb synonym ("fled" / "flee",
    "quit" / "resign"), a word derived from it ("announced" / "announcement": the first five
    letters shared) or a typo of it ("acheiving"); its converse or opposite ("Argentina lost
    to Brazil" / "Brazil beat Argentina") :meth:`_SaidInB.lost` reads for every word lost."""
    lex = lexicon()
    lemmas = set(lex.lemmas(verb, "v"))
    for word in words_b:
        if not word.isalpha() or word in FUNCTION_WORDS:
            continue
        if (len(verb) > 4 and len(word) > 4 and verb[:5] == word[:5]) or one_slip_apart(verb, word):
            return True
        if lemmas & set(lex.lemmas(word, "v")):
            return True
        kin = lex.kinship(verb, word, pos="v")
        if kin is not None and kin.synonymous:
            return True
    return False


def _clause_around(tokens: list[str], at: int) -> range:
    """The indices of the clause of ``tokens`` that holds ``tokens[at]``: from the mark before
    it to the mark after it."""
    start = at
    while start > 0 and tokens[start - 1] not in _CLOSERS:
        start -= 1
    end = at + 1
    while end < len(tokens) and tokens[end] not in _CLOSERS:
        end += 1
    return range(start, end)
