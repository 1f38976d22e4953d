"""Closed-class cues that carry meaning out of proportion to their size: polarity, modality,
attribution and direct quotes. Each extractor returns what it found with the exact text, so a
finding can quote it."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

__all__ = [
    "Attribution",
    "attributions",
    "modality_classes",
    "negations",
    "quotes",
    "strip_quotes",
]

# Lexical negatives count with "not": "he didn't think" and "he doubted" have the same polarity.
_NEGATION = re.compile(
    r"\b(?:not|never|no|none|nobody|nothing|nowhere|neither|nor|without|cannot|"
    r"no longer|den(?:y|ies|ied|ying|ial)|doubt(?:s|ed|ing|ful)?|refus(?:e|es|ed|ing)|"
    r"reject(?:s|ed|ing)?|fail(?:s|ed|ing)?|lack(?:s|ed|ing)?|unable|unlikely|rarely|hardly)\b"
    r"|n[’']t\b",
    re.IGNORECASE,
)

_MODALITY = {
    "possibility": r"may|might|could|possibly|perhaps|maybe|potentially|can",
    "probability": r"likely|probably|presumably|unlikely",
    "necessity": r"must|should|need(?:s|ed)? to|ha(?:ve|s|d) to|ought to",
    "future": r"will|shall|going to|[’']ll",
    "plan": r"(?:is|are|was|were) (?:scheduled|expected|set|due|planning|slated) to|"
    r"plans? to|intends? to",
    "hedge": r"appears? to|appeared to|seems? to|seemed to|(?:is|are|was|were) believed to|"
    r"reportedly|allegedly|apparently|suggests?",
    "conditional": r"would|[’']d",
}
_MODALITY_PATTERNS = {
    name: re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE)
    for name, pattern in _MODALITY.items()
}

_SPEECH = (
    r"said|says|say|told|tells|tell|announced|announces|warned|warns|stated|states|"
    r"reported|reports|added|adds|noted|notes|claimed|claims|asserted|asserts|insisted|"
    r"estimated|estimates|wrote|writes|explained|confirmed|acknowledged|argued|argues|"
    r"points? out|pointed out|accused|denied|cited"
)
_SPEECH_VERB = re.compile(rf"(?<!\w)(?:{_SPEECH})(?!\w)", re.IGNORECASE)
_ACCORDING = re.compile(r"\baccording to\s+(?:the\s+)?([\w’'.-]+(?:\s+[A-Z][\w’'.-]*)*)", re.I)
_SKIP_BEFORE_VERB = set(
    "also then later earlier recently previously last week month year yesterday today on in at "
    "this that had has have was were is are publicly again however reportedly once first "
    "further privately separately , the a an".split()
)
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}

_QUOTE = re.compile(r"“([^”]{2,}?)”|\"([^\"]{2,}?)\"|«([^»]{2,}?)»")


def negations(text: str) -> list[str]:
    return [m.group(0) for m in _NEGATION.finditer(text)]


def modality_classes(text: str) -> Counter[str]:
    """How often each kind of modality is expressed."""
    return Counter(
        {name: len(p.findall(text)) for name, p in _MODALITY_PATTERNS.items() if p.search(text)}
    )


def modality_words(text: str, kind: str) -> list[str]:
    return [m.group(0) for m in _MODALITY_PATTERNS[kind].finditer(text)]


@dataclass(frozen=True)
class Attribution:
    """Who said it: the source's head word (lower-cased) and the phrase it was read from."""

    source: str
    phrase: str
    fragment: bool = False  # set by the judge: it sits in a sentence broken off ("said. he told")


_WORD = re.compile(r"[\w’'.-]+|,")


def attributions(text: str) -> list[Attribution]:
    found: list[Attribution] = []
    for match in _SPEECH_VERB.finditer(text):
        before = _WORD.findall(text[max(0, match.start() - 80) : match.start()])
        source = None
        for token in reversed(before[-6:]):
            word = token.lower().strip(".")
            if word in _SKIP_BEFORE_VERB or not word:
                continue
            if word in {"”", '"'} or not re.search(r"\w", word):
                break
            source = word
            break
        if source is None:
            after = _WORD.findall(text[match.end() : match.end() + 40])
            source = after[0].lower() if after and after[0] != "," else None
        if source is None:
            continue
        source = re.sub(r"[’']s$", "", source)
        start = max(0, match.start() - len(source) - 24)
        phrase = text[start : match.end()].split("\n")[-1].strip(" ,")
        found.append(Attribution(source=source, phrase=phrase))
    for match in _ACCORDING.finditer(text):
        source = match.group(1).split()[-1].lower().strip(".,")
        found.append(Attribution(source=source, phrase=match.group(0)))
    return found


def is_speech_verb(word: str) -> bool:
    return bool(_SPEECH_VERB.fullmatch(word))


def quotes(text: str) -> list[str]:
    return [next(g for g in m.groups() if g is not None) for m in _QUOTE.finditer(text)]


def strip_quotes(text: str) -> str:
    """The text with direct quotes blanked: their content is judged by the quote check."""
    return _QUOTE.sub(" ", text)


def is_pronoun(word: str) -> bool:
    return word in _PRONOUNS
