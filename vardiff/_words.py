"""Word helpers shared by the judge and the alignment repair: content words and crude stems."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ._diff import tokenize

__all__ = [
    "CONNECTIVES",
    "FUNCTION_WORDS",
    "HONORIFICS",
    "PREPOSITIONS",
    "content_words",
    "mistyped",
    "once_again",
    "one_slip_apart",
    "slips_apart",
    "slips_typed",
    "spelled_out_at",
    "spells_out",
    "stem",
]

FUNCTION_WORDS = frozenset(
    "a an the of to in on at by for with from and or but as that this these those it its is are "
    "was were be been being has have had do does did which who whom whose what when where while "
    "there their they them he she his her we our you your i me my so than then also into onto "
    "about over under after before during since until up down out off just only very more most "
    "such some any all both each either neither other another own same too can could may might "
    "will would shall should must not no nor if because though although however thus yet still "
    "even ever per via many much few several now here well like sort kind actually really "
    "going get gets got one ones thing things way lot lots quite rather perhaps maybe "
    "among amongst upon toward towards "
    "i'm it's that's there's here's what's who's let's he's she's they're we're you're "
    "i've we've they've you've i'd we'd they'd you'd he'd she'd i'll we'll they'll you'll "
    "isn't aren't wasn't weren't don't doesn't didn't won't can't couldn't wouldn't "
    "shouldn't haven't hasn't hadn't".split()
)

# The simple prepositions of English (a closed class: the one-word prepositions a grammar of
# English lists, without the archaic and the two-word ones): a phrase that opens with one is
# no noun phrase, whatever it holds.
PREPOSITIONS = frozenset(
    "about above across after against along alongside amid amidst among amongst around as at "
    "atop before behind below beneath beside besides between beyond by despite down during "
    "except for from in inside into like near of off on onto opposite out outside over past "
    "per round since through throughout till to toward towards under underneath unlike until "
    "up upon via with within without".split()
)

# Adverbs that only tie a sentence to the one before it, by the order of the two ("subsequently",
# "thereafter": next in the story, as the order of the sentences already says) or as one more
# point ("additionally", "furthermore", "moreover"): none qualifies the claim itself. "later",
# "afterwards" and "then" say when, where no other word of the sentence does.
CONNECTIVES = frozenset("subsequently thereafter additionally furthermore moreover".split())

# Courtesy titles: "Mr. Putin" and "Putin" name the same man, and say nothing else about him.
# An academic title is worn as one ("Dr Fauci" / "Fauci", "Prof. Reed" / "Alan Reed"), with
# or without its full stop: a translator or an editor drops it on a second mention or for a
# house style, and the person is the same.
HONORIFICS = frozenset(
    "mr mr. mrs mrs. ms ms. mx mx. miss messrs messrs. dr dr. prof prof. sir dame".split()
)


# "once" before "again" or "more" is the adverb "once again" / "once more", which says what
# "again" says: no count ("met them once") and no "formerly" ("the once mighty empire").
ONCE_AGAIN = re.compile(r"(?<![\w’'-])once(?=\s+(?:again|more)\b)", re.IGNORECASE)


def once_again(word: str, following: str) -> bool:
    """Whether ``word`` followed by ``following`` is the "once" of "once again"."""
    return word.lower() == "once" and following.lower() in ("again", "more")


def content_words(text: str) -> list[str]:
    return list(_content_words(text))


@lru_cache(maxsize=4096)
def _content_words(text: str) -> tuple[str, ...]:
    # The checks ask again and again about the same few texts (1,362 calls for 276 texts on
    # seeds 000 / 001).
    return tuple(
        t
        for t in tokenize(text)
        if _WORD_START.match(t)
        and t.lower().replace("’", "'") not in FUNCTION_WORDS
        and not t.isdigit()
    )


_WORD_START = re.compile(r"\w")
_POSSESSIVE_END = re.compile(r"(?<=\w)['’]s?$")


def without_possessive(word: str) -> str:
    """A possessive's word itself: "the airline's chief pilot" says "airline", "the
    ministers' meeting" "ministers"; a name's possessive is the name ("Israel's")."""
    return _POSSESSIVE_END.sub("", word)


def stem(word: str) -> str:
    """A crude English stem, enough to see "Russian" / "Russia" or "trying" / "try" as one.

    An ending ("-ing", "-ed", "-es", "-s") goes first; then a final "n" after a vowel where
    four letters or more stay ("Russians" and "Russia" -> "russia", "proteins" and "protein"
    -> "protei"). A short word keeps its "n" ("plan", "then", "seen"), as one in a consonant
    and "n" does ("town", "turn"): "plan" and "plans" are one stem, "then" and "the" two.
    A consonant doubled before "-ing" or "-ed" goes too ("dropped", "winning"), and a word in
    "-ss" keeps it ("pass" / "passed", "class" / "classes")."""
    # A possessive is its word ("FIFA's rankings" / "the FIFA ranking").
    word = without_possessive(word.lower().replace("’", "'"))
    endings: tuple[str, ...] = ("ing", "ed", "es", "s")
    while endings:
        suffix = next((s for s in endings if _strips(word, s)), None)
        if suffix is None:
            break
        word = word[: -len(suffix)]
        # "dropped", "winning": the consonant doubled before the ending ("fall", "pass",
        # "buzz", "stuff" and a short "add" keep theirs).
        doubled = len(word) >= 4 and word[-1] == word[-2] and word[-1] not in "aeioulszf"
        if suffix in ("ing", "ed") and doubled:
            word = word[:-1]
        # A plural of a word in "-ing" or "-ed" loses that ending too, as its singular does
        # ("rankings" / "ranking", "hundreds" / "hundred"): one stem for both.
        endings = ("ing", "ed") if suffix in ("es", "s") else ()
    if len(word) >= 5 and word[-1] == "n" and word[-2] in "aeiou":
        return word[:-1]
    return word


def _strips(word: str, suffix: str) -> bool:
    return word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss")


def one_slip_apart(left: str, right: str) -> bool:
    """Two spellings one slip of the keys apart, case aside: a letter left out or added, or two
    neighbours swapped ("Amrican" / "American", "Ulman" / "Ullman", "Satnos" / "Santos"). One
    letter changed is left out: it as often makes another name ("Jones" / "Jonas")."""
    x, y = left.lower(), right.lower()
    if x == y or abs(len(x) - len(y)) > 1:
        return False
    start = next((i for i, (p, q) in enumerate(zip(x, y, strict=False)) if p != q), len(x))
    if len(x) != len(y):
        shorter, longer = sorted((x, y), key=len)
        return shorter[start:] == longer[start + 1 :]
    return x[start : start + 2] == y[start : start + 2][::-1] and x[start + 2 :] == y[start + 2 :]


# The keys around each letter on a QWERTY keyboard (each row set off to the right of the one
# above): a finger that strikes the key beside.
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_ROW_OFFSETS = (0.0, 0.25, 0.75)
_NEIGHBOURS: dict[str, frozenset[str]] = {
    key: frozenset(
        other
        for r, other_row in enumerate(_ROWS)
        for c, other in enumerate(other_row)
        if other != key
        and abs(r - row) <= 1
        and abs(c + _ROW_OFFSETS[r] - column - _ROW_OFFSETS[row]) <= (1 if r == row else 0.75)
    )
    for row, keys in enumerate(_ROWS)
    for column, key in enumerate(keys)
}
# What one slip of another kind costs: more than two typed slips together.
_NOT_TYPED = 3


def slips_typed(word: str, other: str) -> int:
    """The fewest slips of a typing hand that make ``word`` of ``other`` (lower case): two
    neighbours swapped, a letter left out, a key struck for the one beside it, or a letter put
    in beside its own key or a key next to it ("rythyms" / "rhythms": an "h" left out, a "y"
    struck beside the "h"; "nkwo" / "know"). Any other change counts as three: two typed slips
    stay apart from another language's spelling of the word, whose letters differ by sound
    ("sistema" / "system", "automne" / "autumn": an "i" for a "y" is no neighbour)."""
    x, y = word.lower(), other.lower()
    rows = [[0] * (len(y) + 1) for _ in range(len(x) + 1)]

    def put_in(letter: str, beside: str) -> int:
        near = beside == letter or beside in _NEIGHBOURS.get(letter, frozenset())
        return 1 if near else _NOT_TYPED

    for i in range(len(x) + 1):
        for j in range(len(y) + 1):
            if i == 0 or j == 0:
                rows[i][j] = (i + j) * _NOT_TYPED if i else j  # leading insertions; drops cost 1
                continue
            near = x[i - 1] in _NEIGHBOURS.get(y[j - 1], frozenset())
            best = min(
                rows[i - 1][j - 1] + (0 if x[i - 1] == y[j - 1] else 1 if near else _NOT_TYPED),
                rows[i][j - 1] + 1,  # a letter of ``other`` left out
                rows[i - 1][j] + put_in(x[i - 1], y[j - 1]),  # a letter put in
            )
            if i > 1 and j > 1 and x[i - 1] == y[j - 2] and x[i - 2] == y[j - 1]:
                best = min(best, rows[i - 2][j - 2] + 1)  # two neighbours swapped
            rows[i][j] = best
    return rows[len(x)][len(y)]


def slips_apart(left: str, right: str) -> int:
    """The fewest slips of the keys (a letter left out, put in, struck for another, or two
    neighbours swapped) that make ``right`` of ``left``: the optimal string alignment
    distance. Unlike :func:`one_slip_apart`, a letter changed counts as one slip."""
    rows = [list(range(len(right) + 1))]
    for i, char in enumerate(left, 1):
        row = [i] + [0] * len(right)
        for j, wanted in enumerate(right, 1):
            row[j] = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (char != wanted))
            if i > 1 and j > 1 and char == right[j - 2] and left[i - 2] == wanted:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


def mistyped(left: str, right: str) -> bool:
    """The same name with one slip of the keys in one of its words ("Amrican" / "American",
    "Tayyip Erdgan" / "Tayyip Erdogan"): a word of five letters or more, its first and last
    letters kept, since another ending often makes another name ("Daniel" / "Daniela")."""
    words_left, words_right = left.split(), right.split()
    if len(words_left) != len(words_right) or re.search(r"\d", left + right):
        return False
    differ = [(x, y) for x, y in zip(words_left, words_right, strict=True) if x != y]
    return len(differ) == 1 and all(
        min(len(x), len(y)) >= 5 and x[0] == y[0] and x[-1] == y[-1] and one_slip_apart(x, y)
        for x, y in differ
    )


def spells_out(acronym: str, words: Sequence[str]) -> bool:
    """Whether ``words`` (a text's words, in order) write ``acronym`` out in full: "EU" /
    "European Union", "WHO" / "World Health Organization" (function words inside are skipped),
    or one common word holding its letters in order ("KO" / "knockout", "TV" / "television").
    A translation expands or shortens such names freely; the thing named stays the same."""
    return spelled_out_at(acronym, words) is not None


def spelled_out_at(acronym: str, words: Sequence[str]) -> tuple[int, int] | None:
    """Where ``words`` write ``acronym`` out (see :func:`spells_out`): the first and one past
    the last of the words that do, or None."""
    letters = acronym.replace(".", "")
    if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
        return None
    target = letters.lower()
    for start, first in enumerate(words):
        if first.lower() in FUNCTION_WORDS:
            continue
        initials = ""
        for end, word in enumerate(words[start:], start + 1):
            if initials and word.lower() in FUNCTION_WORDS:
                continue
            initials += word[0].lower()
            if not target.startswith(initials):
                break
            if initials == target:
                return start, end
    # A capitalised word is a name of its own ("UK" is not "Ukraine").
    return next(
        (
            (at, at + 1)
            for at, word in enumerate(words)
            if word[:1].lower() == target[0]
            and word.islower()
            and word not in FUNCTION_WORDS  # "under" holds the letters of "U.N."
            and len(word) >= 2 * len(target)
            and _in_order(target, word)
        ),
        None,
    )


def _in_order(letters: str, word: str) -> bool:
    rest = iter(word)
    return all(letter in rest for letter in letters)
