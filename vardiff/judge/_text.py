"""Text folding shared by the checks."""

from __future__ import annotations

import re

__all__ = ["CODE_SPAN", "code_spans", "expand_contractions", "fold_typography", "same_case", "tidy"]

# Code set in backticks, as release notes and manuals write a command, an option or a name
# of a program ("`tess pull`", "`--resume`", "`Client.upload()`").
CODE_SPAN = re.compile(r"`([^`\n]+)`")


def code_spans(text: str) -> list[str]:
    """The code of ``text``'s backtick spans, in order."""
    return [m.group(1).strip() for m in CODE_SPAN.finditer(text)]


_TYPOGRAPHY = str.maketrans("’‘“”„«»–—", '\'\'"""""--')


def fold_typography(text: str) -> str:
    return tidy(text.translate(_TYPOGRAPHY))


def tidy(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def same_case(a: str, b: str) -> tuple[str, str]:
    """Both texts in lower case where one has no capital letter at all ("police in paris said
    on monday"): a name or a month written in lower case there is no other name and no lost
    date, and a checker that reads capitals must read both sides the same way."""
    if any(c.isupper() for c in a) != any(c.isupper() for c in b):
        return a.lower(), b.lower()
    return a, b


# A past participle after "'d" makes it "had" ("who'd been evacuated", "she'd never seen"):
# "been", the irregular participles that are no base form as well ("gone", "taken", "told"),
# and a regular one in "-ed", not the base forms that end so ("agreed" and "used" but not
# "need", "succeed", "shed"); adverbs that stand between ("never", "already") are passed over.
_PARTICIPLE = (
    r"(?:been|had|gone|done|seen|taken|given|known|made|left|lost|won|got|gotten|told|heard"
    r"|thought|brought|bought|become|written|spoken|broken|chosen|fallen|driven|eaten|flown"
    r"|grown|shown|sent|spent|built|kept|paid|met|said|found|held|felt|begun|forgotten|stolen"
    r"|(?!(?:ne|fe|he|ble|bre|spe|se|we|proce|exce|succe)ed\b|(?:sh|w|b|emb|shr)ed\b)\w{2,}ed)"
)
_BETWEEN = r"(?:\s+(?:never|already|just|not|ever|always|also|only|long|since|recently|once))*"

# "It's" is "it is" as often as "it has", "he'd" "he would" as often as "he had": one reading
# each is enough to see that a quote which spells a contraction out says the same words; "'d"
# before a past participle is "had".
_CONTRACTED = (
    (re.compile(r"\bcan't\b|\bcannot\b", re.IGNORECASE), "can not"),
    (re.compile(r"\bwon't\b", re.IGNORECASE), "will not"),
    (re.compile(r"\bshan't\b", re.IGNORECASE), "shall not"),
    (re.compile(r"\bain't\b", re.IGNORECASE), "is not"),
    (re.compile(r"(?<=\w)n't\b", re.IGNORECASE), " not"),
    (re.compile(r"(?<=\w)'re\b", re.IGNORECASE), " are"),
    (re.compile(r"(?<=\w)'ve\b", re.IGNORECASE), " have"),
    (re.compile(r"(?<=\w)'ll\b", re.IGNORECASE), " will"),
    (re.compile(rf"(?<=\w)'d(?={_BETWEEN}\s+{_PARTICIPLE}\b)", re.IGNORECASE), " had"),
    (re.compile(r"(?<=\w)'d\b", re.IGNORECASE), " would"),
    (re.compile(r"\bI'm\b", re.IGNORECASE), "I am"),
    (re.compile(r"\blet's\b", re.IGNORECASE), "let us"),
    (
        re.compile(r"\b(it|he|she|that|there|here|what|who|where)'s\b", re.IGNORECASE),
        r"\1 is",
    ),
)


# A contraction's clitic split off as a token of its own after its host, as tokenised text
# writes it ("did n't", "we 've", "it 's"): the same word as written whole. Only after the
# words that take it: "and 've made" lost its subject.
_SPLIT_CLITIC = re.compile(
    r"\b(?:(do|does|did|is|are|was|were|has|have|had|could|would|should|must|need|might|ca|wo"
    r"|sha|ai) (n't)|(i|you|we|they|he|she|it|who|that|there|here|what|where|let) "
    r"('(?:re|ve|ll|d|m|s)))\b",
    re.IGNORECASE,
)


def _joined(match: re.Match[str]) -> str:
    return "".join(part for part in match.groups() if part)


def expand_contractions(text: str) -> str:
    """``text`` with its contractions spelt out ("We're" → "We are", "don't" → "do not"), on
    straight apostrophes (fold the typography first); a clitic written apart ("did n't") too."""
    text = _SPLIT_CLITIC.sub(_joined, text)
    for pattern, full in _CONTRACTED:
        text = pattern.sub(full, text)
    return text
