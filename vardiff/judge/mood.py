"""Mood: a statement turned into a question, or a question into a statement ("The plant will
close in May." / "Will the plant close in May?"). The words are nearly all the same, so the
word diff and the embedding see little; but a question asserts nothing. Likewise what did not
happen told as what did (``mood.counterfactual``: "the bank would have collapsed without the
rescue" / "the bank collapsed without the rescue").

A sentence asks by two signs: its final question mark, and its word order (an auxiliary before
its subject, "Will the plant", or a wh-word before an auxiliary, "Why did they"). A question
both sides ask, in words or only by one sign ("Why do we do this." in a system that lost the
mark), is no change. These are not questions of their own: a question inside quotes (the quote
check's), a tag after a statement ("It works, doesn't it?"), a question asked indirectly on the
other side ("I wonder whether it works", "he asked if it would close").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import _cues as cues
from .._report import Finding
from .._words import FUNCTION_WORDS
from ._context import PairContext
from ._draft import draft
from ._lexicon import lexicon

__all__ = ["asked_as_heading", "check_mood", "questions"]

# A counterfactual told as a fact: the words are nearly all kept, the claim turned round.
_PRIOR_COUNTERFACTUAL = 0.75

_AUXILIARY = (
    r"(?:is|are|was|were|am|do|does|did|have|has|had|can|could|will|would|shall|should|may|"
    r"might|must)(?:n[’']t)?|(?:ca|wo|sha|ai)n[’']t"
)
# A name or a number opens a subject too ("Will Apple", "Is 802.11n"), in any case of the rest.
_SUBJECT = (
    r"(?:i|you|he|she|it|we|they|there|this|that|these|those|the|a|an|any|some|his|her|its|"
    r"their|our|your|my|(?-i:[A-Z0-9])[\w.]*)"
)
# An opener that may stand before the question proper: "But why did", "So, is it".
_LEAD = r"(?:(?:and|but|so|or|then|well|now|yet)\b[,]?\s+)?"
_WH = r"(?:what|who|whom|whose|which|why|how|where|when)"
_INVERTED = re.compile(
    rf"^[\"“‘'(]*{_LEAD}(?:{_WH}(?:\s+\w+)?\s+)?(?:{_AUXILIARY})\s+(?:not\s+)?{_SUBJECT}\b",
    re.IGNORECASE,
)
# With its question mark, a sentence that opens with a wh-word or an auxiliary asks: "Who paid
# for it?", "Could, in the end, the season be played?" (no statement opens with its auxiliary
# and ends asking).
_OPENS_ASKING = re.compile(rf"^[\"“‘'(]*{_LEAD}(?:{_WH}|{_AUXILIARY})\b", re.IGNORECASE)
# "..., isn't it?", "..., right?": a statement that asks only for agreement.
_TAG = re.compile(
    rf",\s*(?:(?:{_AUXILIARY})(?:\s+not)?\s+(?:i|you|he|she|it|we|they|there)|right|no|eh|ok|"
    r"okay|correct|yes|true|huh)\s*\?[\"”’')\s]*$",
    re.IGNORECASE,
)
_MARKED = re.compile(r"\?[\"”’')\s]*$")
# A question asked in a statement: "whether", "I wonder", "asked if" / "asked them why" (not
# "asked the court to delay", a request).
_INDIRECT = re.compile(
    r"\b(?:whether|wonder\w*|ask(?:s|ed|ing)?\s+(?:\w+\s+)?(?:if|what|who|why|how|when|where|"
    r"which))\b",
    re.IGNORECASE,
)


def _asks(sentence: str) -> tuple[bool, bool]:
    """``(marked, inverted)``: whether a sentence ends with its question mark (a tag aside) and
    whether its words stand in a question's order."""
    sentence = sentence.strip()
    marked = bool(_MARKED.search(sentence)) and not _TAG.search(sentence)
    if marked:
        return True, bool(_OPENS_ASKING.match(sentence))
    # Unmarked, only a sentence's own opening counts (not "were 135 cases" after a stray full
    # stop), and not one before a comma: "Had he known, he would" is a condition.
    opening = re.search(r"[^\W\d_]", sentence)
    capital = opening is not None and opening.group().isupper()
    # An exclamation asks nothing: "How good is that!".
    plain = "," not in sentence and not sentence.endswith("!")
    return False, bool(_INVERTED.match(sentence)) and capital and plain


def questions(sentences: Sequence[str], *, quoted: bool = False) -> list[tuple[str, bool, bool]]:
    """The sentences that ask, outside quotes (``quoted``: inside too), each with its two
    signs."""
    found = []
    for sentence in sentences:
        marked, inverted = _asks(sentence if quoted else cues.strip_quotes(sentence))
        if marked or inverted:
            found.append((sentence.strip(), marked, inverted))
    return found


def check_mood(ctx: PairContext) -> list[Finding]:
    return _question(ctx) + _counterfactual(ctx)


def _question(ctx: PairContext) -> list[Finding]:
    sentences_a = ctx.sentences_a or (ctx.a,)
    sentences_b = ctx.sentences_b or (ctx.b,)
    asked_a, asked_b = questions(sentences_a), questions(sentences_b)
    # One side asks nothing, the other something. Two questions against one that joins them
    # ("Are there others? Are they" / "Are there others, and are they") ask the same.
    if bool(asked_a) == bool(asked_b):
        return []
    # Questions on both sides once quoted ones count too: the quote marks moved ('He asked:
    # "Is it true?"' / 'He asked: is it true?'), not the mood.
    if questions(sentences_a, quoted=True) and questions(sentences_b, quoted=True):
        return []
    b_asks = bool(asked_b)
    asking, stating = (asked_b, ctx.a) if b_asks else (asked_a, ctx.b)
    if _INDIRECT.search(stating):
        return []  # "he asked whether it would close" / "would it close?"
    if asked_as_heading(asking[-1][0], stating):
        return []  # "What do we know about it?" / "What we know about it": a heading's form
    sentence, marked, inverted = asking[-1]
    if not inverted and len(sentences_a) != len(sentences_b):
        return []  # a stray mark cut a sentence in two ("in? Imola."), asking nothing
    both_signs = marked and inverted
    asks_side, states_side = ("B", "A") if b_asks else ("A", "B")
    return [
        draft(
            ctx,
            check="mood.question",
            category="mood",
            a="" if b_asks else sentence,
            b=sentence if b_asks else "",
            message=(
                f"a statement became a question: {asks_side} asks what {states_side} states "
                "as fact, so it no longer asserts it"
                if b_asks
                else f"a question became a statement: {states_side} states as fact what "
                f"{asks_side} only asks"
            ),
            # Its mark alone asks ("You think that is easy?"): a question all the same, and a
            # translation keeps it; word order alone is weaker ("Is a dish made with herbs"
            # is a statement that lost its subject).
            prior=0.8 if both_signs else 0.6 if marked else 0.35,
            evidence={
                "marked": float(marked),
                "inverted": float(inverted),
                "questions_a": float(len(asked_a)),
                "questions_b": float(len(asked_b)),
            },
        )
    ]


_WORDS = re.compile(r"[\w’'-]+")
_DO = frozenset({"do", "does", "did"})
_OPENS_WH = re.compile(rf"^[\"“‘'(]*{_WH}\b", re.IGNORECASE)


def asked_as_heading(question: str, stating: str) -> bool:
    """The statement is the question's own words in the order of a question asked indirectly,
    as headings and lead-ins put it ("What do we know about the deal?" / "What we know about
    the deal", "How does it work?" / "How it works"): it opens with the same wh-word and says
    the same words but the auxiliary "do" and its subject moved, so it asserts nothing."""
    if not _OPENS_WH.match(stating) or len(stating.split()) > 16:
        return False
    if not _MARKED.search(question.strip()) or _MARKED.search(stating.strip()):
        return False  # a question against a line that asks nothing
    asked = [w.lower() for w in _WORDS.findall(question) if w.lower() not in _DO]
    said = [w.lower() for w in _WORDS.findall(stating) if w.lower() not in _DO]
    if not asked or asked[0] != said[0]:
        return False
    # "does it work" / "it works": the verb takes the ending the auxiliary held
    return sorted(w.removesuffix("s") for w in asked) == sorted(w.removesuffix("s") for w in said)


# What did not happen, told by a modal perfect: "would have collapsed without the rescue",
# "might have survived if", "could have been avoided". Its verb is read after "have" (and
# "been" in the passive).
_UNREAL = re.compile(
    r"\b(?:would|could|might|should)(?:\s+not|n[’']t)?(?:\s+\w+ly)?\s+have\s+(?:been\s+)?"
    r"(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
# Any modal perfect: on the side told as fact, "may have", "must have" or "will have" is a
# guess or a future (the modality and tense checks' business), not the fact told plainly.
_MODAL_PERFECT = re.compile(
    r"\b(?:would|could|might|should|may|must|will|shall|can)(?:\s+not|n[’']t)?(?:\s+\w+ly)?"
    r"\s+have\b|\w[’']d\s+have\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z]+")


def _verb_lemmas(word: str) -> set[str]:
    return {lemma.lower() for lemma in lexicon().lemmas(word.lower(), "v")}


def _told_done(word: str) -> set[str]:
    """The lemmas of ``word`` where it is a verb's past or participle ("collapsed", "won",
    "held"): a form that tells the act as done. A bare form ("to hold", "have black holes")
    tells nothing done, nor does a form in -s or -ing."""
    lowered = word.lower()
    lemmas = _verb_lemmas(lowered)
    if lowered in lemmas or (lowered.endswith(("ing", "s")) and not lowered.endswith("ss")):
        return set()
    return lemmas


def _counterfactual(ctx: PairContext) -> list[Finding]:
    """What did not happen told as what did, or the other way round: "The bank would have
    collapsed without the rescue" / "The bank collapsed without the rescue", "If the dam had
    burst, homes would have been flooded" / "The dam burst, and homes were flooded". The one
    side holds a modal perfect of a verb ("would have collapsed"), the other the same verb with
    no modal perfect anywhere: told as a fact. A counterfactual said another way ("Had it not
    been for the rescue, the bank would have collapsed") keeps a modal perfect and is no
    finding."""
    found = []
    for own, other, side in ((ctx.a, ctx.b, "A"), (ctx.b, ctx.a, "B")):
        if _MODAL_PERFECT.search(other):
            continue
        told = {w.lower() for w in _WORD.findall(other)}
        for match in _UNREAL.finditer(own):
            lemmas = _told_done(match.group("verb"))
            if not lemmas:
                continue  # "might have black holes": "have" the verb, nothing done
            fact = next((w for w in told if lemmas & _told_done(w)), None)
            if fact is None or fact in FUNCTION_WORDS:
                continue
            unreal, real = match.group(), fact
            found.append(
                draft(
                    ctx,
                    check="mood.counterfactual",
                    category="mood",
                    a=unreal if side == "A" else real,
                    b=real if side == "A" else unreal,
                    message=f"{side} tells what did not happen ({unreal!r}), the other side "
                    f"tells it as a fact ({real!r})",
                    # The same verb told as done: a plain error of meaning.
                    prior=_PRIOR_COUNTERFACTUAL,
                    evidence={},
                )
            )
            break
    return found
