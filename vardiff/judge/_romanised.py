"""One Chinese name written in two romanisations: Hong Kong's or Wade-Giles ("Hui Ching-yu",
"Tsai Ing-wen", often after an English given name: "Christopher Hui Ching-yu") against Hanyu
Pinyin ("Xu Zhengyu", "Cai Yingwen"). A translation from Chinese writes the name in Pinyin
where the English press uses the other form; the person is the same.

The two systems spell one syllable's first sound differently, and Cantonese readings differ
from Mandarin ones, but in regular ways: the initials that one syllable may have on each side
are listed below. Two names are read as one where the Pinyin side parses whole into Pinyin
syllables, the other side writes its given name with a hyphen (the mark of those systems),
and syllable for syllable, in order, each initial may stand for the other."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["as_written", "one_chinese_name"]

_PINYIN_INITIALS = "zh ch sh b p m f d t n l g k h j q x r z c s y w".split()
_PINYIN_FINALS = (
    "iang iong uang ueng ang eng ing ong ian iao uai uan van ai ei ao ou an en er in un vn ua uo"
    " ue ve ia ie iu ui a o e i u v"
).split()
_SYLLABLE = re.compile(
    "(?:" + "|".join(_PINYIN_INITIALS) + ")?(?:" + "|".join(_PINYIN_FINALS) + ")"
)

# The Pinyin initials a syllable written with each initial of the Hong Kong (Cantonese) or
# Wade-Giles romanisation may have: "Hui" / "Xu", "Ching" / "Zheng", "Tsai" / "Cai", "Kwok" /
# "Guo", "Ng" / "Wu", "Hsu" / "Xu", "Jen" / "Ren". "" is a syllable that opens on its vowel.
_AFFRICATES = frozenset({"zh", "ch", "j", "q", "z", "c", "x", "sh", "s"})
_OTHER_INITIALS: dict[str, frozenset[str]] = {
    "ch": _AFFRICATES,
    "ts": _AFFRICATES,
    "tz": _AFFRICATES,
    "hs": frozenset({"x"}),
    "sh": frozenset({"sh", "s", "x", "c", "q", "ch"}),
    "s": frozenset({"s", "x", "sh", "c", "q"}),
    "j": frozenset({"r", "y", "zh", "j"}),
    "y": frozenset({"y", "r", ""}),
    "h": frozenset({"h", "x", "k", "q"}),
    "k": frozenset({"g", "k", "j", "q", "h"}),
    "g": frozenset({"g", "k", "j"}),
    "ng": frozenset({"", "w", "y"}),
    "w": frozenset({"w", "h", ""}),
    "m": frozenset({"m", "w"}),
    "f": frozenset({"f", "h"}),
    "l": frozenset({"l", "n"}),
    "n": frozenset({"n", "l"}),
    "t": frozenset({"t", "d"}),
    "d": frozenset({"d", "t"}),
    "p": frozenset({"p", "b"}),
    "b": frozenset({"b", "p"}),
    "": frozenset({"", "y", "w"}),
}
_OTHER_INITIAL = re.compile(r"^(ch|ts|tz|hs|sh|ng|[b-df-hj-np-tv-z])?", re.IGNORECASE)


def _initial(syllable: str, initials: list[str]) -> str:
    """The initial of ``syllable`` among ``initials`` (longest first), or "" (a vowel)."""
    for initial in sorted(initials, key=len, reverse=True):
        if syllable.startswith(initial) and len(syllable) > len(initial):
            return initial
    return ""


@lru_cache(maxsize=1024)
def _pinyin(word: str) -> tuple[str, ...] | None:
    """``word`` cut into Pinyin syllables ("zhengyu": "zheng", "yu"), or None where it is no
    run of them. An apostrophe marks a cut ("Yue'e")."""
    lowered = word.lower().replace("ü", "v")
    if not re.fullmatch(r"[a-z']+", lowered):
        return None
    cuts: list[str] = []
    for part in lowered.split("'"):
        found = _cut(part)
        if found is None:
            return None
        cuts += found
    return tuple(cuts)


def _cut(text: str) -> list[str] | None:
    if not text:
        return []
    # Longest syllable first, then shorter ones where the rest does not parse ("xian" may be
    # "xi" + "an"; the whole word decides).
    for end in range(min(6, len(text)), 0, -1):
        if _SYLLABLE.fullmatch(text[:end]):
            rest = _cut(text[end:])
            if rest is not None:
                return [text[:end], *rest]
    return None


def _syllables_of_other(name: str) -> list[str] | None:
    """The syllables of a name in the Hong Kong or Wade-Giles romanisation, the given name
    hyphenated ("Hui Ching-yu": "hui", "ching", "yu"), or None where no word of it is
    hyphenated that way (a name in Pinyin or in no Chinese romanisation)."""
    words = name.split()
    if not any(re.fullmatch(r"[A-Z][a-z]+-[A-Za-z][a-z]*", w) for w in words):
        return None
    return [part.lower() for w in words for part in w.split("-") if part]


def _syllables_of_pinyin(name: str) -> list[str] | None:
    """The Pinyin syllables of a name ("Xu Zhengyu": "xu", "zheng", "yu"), or None."""
    if "-" in name:
        return None
    syllables: list[str] = []
    for word in name.split():
        cut = _pinyin(word)
        if cut is None:
            return None
        syllables += cut
    return syllables


def _initials_alike(other: str, pinyin: str) -> bool:
    found = _OTHER_INITIAL.match(other)
    initial = found.group(1).lower() if found and found.group(1) else ""
    if initial not in _OTHER_INITIALS:
        initial = initial[:1]
    allowed = _OTHER_INITIALS.get(initial, frozenset())
    return _initial(pinyin, _PINYIN_INITIALS) in allowed


def as_written(name: str, text: str) -> str:
    """``name`` as ``text`` writes it, hyphens kept (a name's words are read without them:
    "Hui Ching yu" is written "Hui Ching-yu"), or ``name`` where ``text`` does not hold it."""
    pattern = r"[\s-]+".join(re.escape(w) for w in name.split())
    found = re.search(rf"(?<![\w-]){pattern}(?![\w-])", text)
    return found.group() if found else name


def one_chinese_name(left: str, right: str) -> bool:
    """Whether two names are one Chinese name in the Hong Kong or Wade-Giles romanisation and
    in Pinyin ("Christopher Hui Ching-yu" / "Xu Zhengyu", "Tsai Ing-wen" / "Cai Yingwen"). The
    other romanisation's side may lead with an English given name ("Christopher"), which Pinyin
    leaves out: its last syllables are compared, as many as the Pinyin name has (two at
    least, the family name among them)."""
    for other, pinyin in ((left, right), (right, left)):
        syllables = _syllables_of_other(other)
        target = _syllables_of_pinyin(pinyin)
        if syllables is None or target is None or len(target) < 2:
            continue
        if len(syllables) < len(target) or len(syllables) > len(target) + 1:
            continue
        if len(syllables) > len(target) and not other.split()[0].isalpha():
            continue
        tail = syllables[len(syllables) - len(target) :]
        if len(syllables) > len(target) and len(other.split()) < 3:
            continue  # an English given name stands as a word of its own before the rest
        if all(_initials_alike(x, y) for x, y in zip(tail, target, strict=True)):
            return True
    return False
