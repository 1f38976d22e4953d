"""Words of another language left in the text: "the bridge was wurden in 1990" for "the
bridge was built in 1990". A word the translator did not translate carries no meaning for the
reader, so it is a word of A lost, whatever the rest of the sentence says.

Another script is text damage (``artifact.other_script``); a word in Latin script is found by
what English is: a lower-case word that no English lexicon knows, in none of its inflections,
derivations or compounds, that the other side does not have either, and that is no slip of
the keys on an English word or on a word of the other side ("foudn", "includ", "goverment").
Names, titles and loanwords an editor keeps ("per se", "café") are written in capitals, known
to the lexicon or kept on both sides, so they stay quiet.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from string import ascii_lowercase

from .._numbers import is_amount_word
from .._report import Finding
from .._words import FUNCTION_WORDS, slips_apart, slips_typed, without_possessive
from ._context import PairContext
from ._draft import draft
from ._edits import edits, vocabulary
from ._evidence import spelling
from ._lexicon import lexicon
from ._sources import current

__all__ = [
    "check_foreign",
    "foreign_words",
    "in_fixed_phrases",
    "is_english",
    "known_word",
    "written_english",
]

# English words the lexicon has no entry for: WordNet lists nouns, verbs, adjectives and
# adverbs only, and FUNCTION_WORDS leaves out the rarer closed-class words.
_CLOSED_WORDS = FUNCTION_WORDS | frozenset(
    "against amid amidst around across along alongside behind below beneath beside besides "
    "between beyond despite except inside outside through throughout till unlike unless "
    "whereas whereby whether whilst within without cannot etc "
    "anybody anyone anything everybody everyone everything nobody none nothing somebody someone "
    "something whoever whatever whichever whenever wherever whom whose "
    "myself yourself yourselves himself herself itself ourselves themselves oneself "
    "mine yours hers ours theirs albeit".split()
)
# A contraction is often written without its apostrophe ("couldnt", "didnt").
_CLOSED = _CLOSED_WORDS | {w.replace("'", "") for w in _CLOSED_WORDS}
# Derivations a lexicon of lemmas does not list, by their English affixes and the part of
# speech each attaches to: "unsurprisingly", "reassessment", "overcrowding", "cheerfulness".
# A prefix goes before a verb or an adjective ("re-elect", "non-violent").
_PREFIXES = (
    "anti", "co", "counter", "de", "dis", "inter", "mis", "multi", "non", "out", "over",
    "post", "pre", "re", "self", "sub", "super", "un", "under",
)  # fmt: skip
_SUFFIXES = {
    "ly": "a", "ness": "a", "less": "n", "ful": "n", "ment": "v", "ments": "v", "able": "v",
    "ably": "v", "ism": "n", "ist": "n", "ists": "n", "ize": "n", "ise": "n",
}  # fmt: skip
# A verb made with "-ise" or "-ize" from a noun or an adjective, inflected, that WordNet 3.0
# does not list in either spelling ("incentivised", "securitised", "operationalised"): the
# noun may end in "-e" or "-y" that the suffix takes ("incentive", "security").
_VERB_SUFFIXES = tuple(
    f"i{z}{ending}" for z in "sz" for ending in ("e", "es", "ed", "ing", "ation", "ations")
)
# Letters English keeps in the words it borrowed ("café", "naïve", "début", "señor",
# "über"): a word with any other ("stále", "przeszedł") is foreign even where its letters
# without accents spell an English word.
_BORROWED_LETTERS = set("éèêëàâçïîôûüñ")
_LONG = 8
_LONGEST_LOAN = 7
_LONGER = 9
_COMMON = 4
_SHORTEST = 4  # shorter words are too often an abbreviation, a unit or a slip
# A word this close to a word of the other side, or to a closed-class word, is that word
# mistyped ("wiew" / "view", "whlch" / "which"), whatever the lexicon says of the slip.
_LIKE_OTHER = 0.75
# How far apart two letters swapped by a slip of the keys stand at most (next to each other: 1).
_SWAP_REACH = 2
# Web addresses, handles and tags are not words of any language.
_NOT_PROSE = re.compile(r"[/@#]|www\.|\w\.\w")
# The vowels the inflections of the languages English translates from end in (Spanish and
# Italian "-a", "-o", "-e", "-i", French and German "-e").
_INFLECTION_VOWELS = set("aeio")
_INFLECTIONS = {"s", "es", "d", "ed", "ing", "er", "est", "ly"}
# A name whose later parts are written in lower case after a hyphen: "Suk-yeol", "Jae-in".
_NAME_PARTS = re.compile(r"[A-Z][a-z]*(?:-[a-z]+)+\b")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# A contraction's clitic on its host ("who'd", "that'll", "there've"): English where its host is.
_CLITIC = re.compile(r"(?P<host>[a-z]+?)(?:'(?:d|ll|ve|re|s|m)|n't)")


def check_foreign(ctx: PairContext) -> list[Finding]:
    if not current().lexicon:
        return []
    found = []
    # B as typed: a word of another language is never read as a typo (see ``_typos``), but
    # the check reads the words as written all the same.
    typed = ctx.b_typed
    for side, text, other in (("b", typed, ctx.a), ("a", ctx.a, typed)):
        for word in foreign_words(text, other):
            found.append(_finding(ctx, word, side))
    return found


def _finding(ctx: PairContext, word: str, side: str) -> Finding:
    other_side = "a" if side == "b" else "b"
    rendered = _counterpart(ctx, word, side)
    instead = f' where {other_side.upper()} has "{rendered}"' if rendered else ""
    return draft(
        ctx,
        check="artifact.untranslated",
        category="artifact",
        a=word if side == "a" else rendered,
        b=word if side == "b" else rendered,
        message=(
            f'{side.upper()} has "{word}", a word of another language{instead}: left '
            "untranslated, it says nothing to the reader"
        ),
        prior=0.7,
        evidence={"other_letters": float(_has_accents(word))},
    )


def _counterpart(ctx: PairContext, word: str, side: str) -> str:
    """The words of the other side that the foreign word stands in place of, if the word diff
    pairs them up."""
    for edit in edits(ctx.a, ctx.b_typed):
        here, there = (edit.b, edit.a) if side == "b" else (edit.a, edit.b)
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", here) and len(there.split()) <= 3:
            return there.strip(" ,.;:")
    return ""


def foreign_words(text: str, other: str) -> list[str]:
    """The words of ``text`` that are no English and that ``other`` does not have, in order."""
    # A text with no capital at all ("the talks in geneva ended") writes its names in lower
    # case too: a foreign word cannot be told from a name there.
    if not any(c.isupper() for c in text):
        return []
    known = {_fold(without_possessive(w)) for w in vocabulary(other)}
    alike = sorted(w for w in known | _CLOSED_WORDS if len(w) >= 3)
    found: list[str] = []
    fixed = in_fixed_phrases(text)
    for chunk in text.split():
        if _NOT_PROSE.search(chunk) or _NAME_PARTS.match(chunk):
            continue
        for token in _WORD.findall(chunk):
            word = without_possessive(token).replace("’", "'")
            if _prefix_written_apart(word, chunk):
                continue  # "multi-year", "semi-final": an English prefix with its hyphen
            if (
                len(word) >= _SHORTEST
                and word.islower()
                and _latin(word)
                and _fold(word) not in known
                and word not in found
                and word not in fixed
                and not is_english(word)
                and not _slip_of(word, alike)
            ):
                found.append(word)
    return found


def _prefix_written_apart(word: str, chunk: str) -> bool:
    """Whether ``word`` opens the hyphenated ``chunk`` as one of English's prefixes or
    combining forms before a known word ("multi-year", "semi-final", "non-binding"): a prefix
    English writes apart with a hyphen, no word of another language."""
    lowered = chunk.lower()
    if word not in _PREFIXES and word not in _COMBINING_FORMS:
        return False
    if not lowered.startswith(word + "-"):
        return False
    rest = _WORD.match(lowered, len(word) + 1)
    return rest is not None and is_english(rest.group(0))


# Two or three words in a row, in lower case: a fixed phrase is read from them.
_RUN = re.compile(r"(?<![\w'’-])[a-z]+(?:\s+[a-z]+){1,2}(?![\w'’-])")


def in_fixed_phrases(text: str) -> set[str]:
    """The words of ``text`` that stand in a phrase English borrowed whole and WordNet lists
    as one adverb ("tried in absentia", "inter alia", "sits ex officio", "in situ", "ad
    hoc"): English as a phrase, whatever its words are alone ("absentia", "alia")."""
    lex = lexicon()
    words = text.split()
    found: set[str] = set()
    for size in (2, 3):
        for i in range(len(words) - size + 1):
            run = [w.strip(".,;:!?()\"'’") for w in words[i : i + size]]
            phrase = " ".join(run)
            if _RUN.fullmatch(phrase) and lex.is_adverb(phrase):
                found.update(run)
    return found


@lru_cache(maxsize=8192)
def is_english(word: str) -> bool:
    """Whether a lower-case word is English or a slip of the keys on an English word: in the
    lexicon (with its inflections, its accents dropped: "café"), a closed-class word, part of
    an amount, a derivation or a compound of known words, or one edit from a known word
    ("includ", "foudn", "yrea"). A word with letters English does not write ("müssen",
    "przeszedł") is no typo: only the word without its accents can still be English."""
    if word in _CLOSED or is_amount_word(word):
        return True
    clitic = _CLITIC.fullmatch(word)
    if clitic is not None:  # "who'd", "council's", "that'll": an English word and its clitic
        return is_english(clitic.group("host"))
    folded = _fold(word)
    if folded != word:
        # No slip of the keys adds an accent: only a borrowed word can be English, and the
        # words English borrowed with their accents are short ("café", "cliché", "entrée"); a
        # long one is another language's cognate ("évaluations").
        borrowed = set(word) - set(folded) <= _BORROWED_LETTERS
        return borrowed and len(folded) <= _LONGEST_LOAN and known_word(folded)
    if written_english(word):
        return True
    sure, other = one_slip_away(word)
    # A letter left out at the end ("includ") is a slip only on a common word: a word of
    # another language ends one letter short of many rare English ones ("stato" / "stator",
    # "hatte" / "hatter", "vicina" / "vicinal").
    if any(known_word(v) and (not _one_longer(v, word) or common_word(v)) for v in sure):
        return True
    # In a long word, a slip is rarely another word's spelling: any word one slip away will do,
    # and in a longer one two slips ("begginings", "oppononent").
    if any(len(word) >= _LONG or common_word(v) for v in other if known_word(v)):
        return True
    return len(word) >= _LONGER and _two_slips_from_lemma(word, sure | other)


def _one_longer(longer: str, word: str) -> bool:
    """``longer`` is ``word`` with one letter put at its end."""
    return len(longer) == len(word) + 1 and longer.startswith(word)


def _two_slips_from_lemma(word: str, slips: set[str]) -> bool:
    """Whether a slip of one of ``slips`` (the slips of ``word``) is a lemma or a lemma's
    plural that ends as ``word`` does: two slips reach the cognates of another language too,
    but these differ in their endings ("incremento" / "increment", "influencia" /
    "influenza"). Read against the lexicon's whole list of lemmas: the thousands of strings
    are too many to lemmatise."""
    lemmas = _lemma_set()
    for slip in slips:
        for found in set.union(*one_slip_away(slip)):
            if found[-2:] == word[-2:] and (found in lemmas or found.removesuffix("s") in lemmas):
                return True
    return False


@lru_cache(maxsize=1)
def _lemma_set() -> frozenset[str]:
    return frozenset(lexicon().lemma_list())


@lru_cache(maxsize=8192)
def written_english(word: str) -> bool:
    """A lower-case word of English as it is written: known, or a derivation or compound of
    known words; no slip of the keys on one."""
    return is_amount_word(word) or known_word(word) or derived_word(word) or _compound(word)


def known_word(word: str) -> bool:
    """A word of English as it is written, in lower case: in the lexicon or a closed-class
    word ("there", "three"), not merely a slip away from one."""
    return word in _CLOSED or _known_as(word, "nva")


def _known_as(word: str, parts_of_speech: str) -> bool:
    """A lower-case lemma of ``word`` as one of the parts of speech ("n", "v", "a")."""
    lex = lexicon()
    return any(lemma.islower() for pos in parts_of_speech for lemma in lex.lemmas(word, pos))


def common_word(word: str) -> bool:
    """A word with several senses, as the words one mistypes are: the rare words one slip away
    from a foreign word ("kine" from "keine", "warden" from "wurden") do not count."""
    lex = lexicon()
    if word in _CLOSED or is_amount_word(word):
        return True
    senses = sum(
        max((lex.readings(lemma, pos) for lemma in lex.lemmas(word, pos)), default=0)
        for pos in "nva"
    )
    return senses >= _COMMON


# Short words that open an English compound ("onsite", "upgrade", "outlaw", "byproduct") or
# that a writer runs into the next word ("besufficient": the damage check's run-together
# words); "nor" + "male" is no compound.
_PARTICLES = frozenset("on in up out off down by to at for with be".split())
# The Greek and Latin forms English opens its coinages with ("ecozones", "geopolitics",
# "nanoparticles"): no words of their own.
_COMBINING_FORMS = frozenset(
    "eco bio geo agro hydro micro macro mega mini semi auto tele cyber euro neo poly nano "
    "photo petro aero astro electro thermo psycho socio".split()
)

# Prefixes of place and degree that English puts before short verbs too ("outgun", "outrun",
# "overdo", "underpay"); the other languages' words rarely open so.
_SHORT_BASE_PREFIXES = ("out", "over", "under")


def derived_word(word: str) -> bool:
    """An English word made from a known word by a prefix or a suffix ("unaffordable",
    "parasitize", "homeless"): the lexicon lists lemmas and few of their derivations."""
    for prefix in _PREFIXES:
        base = word[len(prefix) :]
        shortest = 3 if prefix in _SHORT_BASE_PREFIXES else _SHORTEST
        if word.startswith(prefix) and len(base) >= shortest and _known_as(base, "va"):
            return True
    for suffix, pos in _SUFFIXES.items():
        base = word[: -len(suffix)]
        # A suffix that opens with a vowel takes the base's final "e" ("parasite" /
        # "parasitize", "excuse" / "excusable").
        bases = (base, base + "e") if suffix[0] in "aeiou" else (base,)
        if (
            word.endswith(suffix)
            and len(base) >= _SHORTEST
            and any(_known_as(b, pos) for b in bases)
        ):
            return True
    for suffix in _VERB_SUFFIXES:
        base = word.removesuffix(suffix)
        if (
            base != word
            and len(base) >= _SHORTEST
            and any(_known_as(b, "na") for b in (base, base + "e", base + "y"))
        ):
            return True
    return False


def _compound(word: str) -> bool:
    """Two known words run together, as English writes many ("smartphone", "lawmaker",
    "onsite"); parts of four letters at least, as short lemmas are everywhere ("pas" +
    "ado"), but for a particle or preposition first."""
    return any(
        (
            (known_word(word[:i]) if i >= 4 else word[:i] in _PARTICLES)
            or word[:i] in _COMBINING_FORMS
        )
        and known_word(word[i:])
        for i in range(2, len(word) - 3)
    )


def one_slip_away(word: str) -> tuple[set[str], set[str]]:
    """The words one slip of the keys away, in two sets. Sure slips: a letter left out inside
    the word ("acident", "includ"), two letters swapped side by side or one apart ("foudn",
    "munbers"), or a last letter too many that no inflection ends in ("quicklyu"); another
    language's cognates rarely lose a letter of the English word or swap two, and add a vowel
    of inflection where they add one ("adulte", "presidente", "visita", "documenti"). Other
    slips: a letter moved ("yrea"), one too many or one wrong inside a longer word ("eearly",
    "capible"); these reach many words of other languages too ("hatte" / "hate", "wurden" /
    "warden"), so the word they reach must be common (see ``common_word``)."""
    sure: set[str] = set()
    other: set[str] = set()
    size = len(word)
    if word[-1] not in _INFLECTION_VOWELS:
        sure.add(word[:-1])
    for i in range(size):
        rest = word[:i] + word[i + 1 :]
        sure.update(word[: i + 1] + c + word[i + 1 :] for c in ascii_lowercase)
        # Two letters swapped stand side by side or one apart ("foudn", "munbers"): a swap
        # across more letters is another word's spelling ("worden" / "wonder", "warten" /
        # "wanter").
        sure.update(
            word[:i] + word[k] + word[i + 1 : k] + word[i] + word[k + 1 :]
            for k in range(i + 1, min(i + _SWAP_REACH + 1, size))
        )
        other.update(rest[:j] + word[i] + rest[j:] for j in range(max(0, i - 2), i + 3))
        inside = 0 < i < size - 1
        if inside and size >= 5:
            other.add(rest)
        if inside and size >= 6:
            other.update(word[:i] + c + word[i + 1 :] for c in ascii_lowercase)
    sure.discard(word)
    return sure, other - sure - {word}


def _slip_of(word: str, others: list[str]) -> bool:
    """A slip of the keys on one of ``others``; a word with accents is no slip (see
    :func:`is_english`)."""
    return word.isascii() and any(
        # A slip adds or drops a letter at most: two more ("werden" / "were", "zentralen" /
        # "central") make another language's word.
        abs(len(word) - len(other)) <= 1
        and not _ending_changed(word, other)
        and (
            (
                spelling(word, other) >= _LIKE_OTHER
                and slips_apart(word, other) <= _slips_allowed(word, other)
            )
            or slips_typed(word, other) <= 2
        )
        for other in others
    )


def _slips_allowed(word: str, other: str) -> int:
    """How many slips of the keys may part a word from the one it mistypes: one, or two in a
    long word ("begginings" / "beginnings"). Two changes in the last five letters are another
    language's ending on a cognate ("statistiky" / "statistics", "destinazione" /
    "destination"), and two anywhere in a shorter word its own spelling ("sistema" / "system",
    "automne" / "autumn", "werden" / "weren't")."""
    if len(word) < _LONGER:
        return 1
    shared = next(
        (i for i, (mine, theirs) in enumerate(zip(word, other, strict=False)) if mine != theirs),
        min(len(word), len(other)),
    )
    return 1 if shared >= len(word) - 5 else 2


def _ending_changed(word: str, other: str) -> bool:
    """``word`` is ``other`` with another ending, as a cognate is ("presidente" / "president",
    "medicina" / "medicine"), not a slip inside it; a slip that drops the last letter
    ("includ") leaves the word shorter, and a short word ("frome" / "from") is too easily
    mistyped at its end."""
    if word.startswith(other) and word[len(other) :] in _INFLECTIONS:
        return False  # "gigawatts" / "gigawatt": English the lexicon lacks
    return len(other) >= 5 and len(word) >= len(other) and word.startswith(other[:-1])


def _fold(word: str) -> str:
    """The word without accents: "café" → "cafe", "łódź" → "lodz"."""
    decomposed = unicodedata.normalize("NFKD", word.lower().replace("ł", "l").replace("ß", "ss"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _has_accents(word: str) -> bool:
    return _fold(word) != word.lower()


def _latin(word: str) -> bool:
    return all(c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in word)
