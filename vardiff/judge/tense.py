"""Tense: the same verb moved in time. Past against future moves an event across "now";
other shifts are aspect, and translations vary in them."""

from __future__ import annotations

import re

from .._report import Finding
from .._words import stem
from ._context import PairContext
from ._draft import draft
from ._lexicon import lexicon
from ._text import expand_contractions, fold_typography

__all__ = ["check_tense"]

_AUXILIARIES = set(
    "will would shall should has have had is are was were am be been being do does did "
    "'ll ’ll 's ’s 've ’ve 'd ’d".split()
)
_PAST_MARKERS = {"was", "were", "had", "did"}
_FUTURE_MARKERS = {"will", "shall", "'ll", "’ll"}
# The future seen from a past speech verb and from now: the same time, told another way.
_BACKSHIFTS = {frozenset({"would", "will"}), frozenset({"'d", "'ll"}), frozenset({"’d", "’ll"})}
# "If this were ...", "as though it were", "I wish he were": the subjunctive "were" is a
# mood, not the past ("if this were a war" / "if this is a war" says when nothing).
_SUBJUNCTIVE_BEFORE = re.compile(
    r"\b(?:if|though|unless|wish|wishes|wished|suppose|supposing)\s+(?:[\w’']+\s+){0,3}$",
    re.IGNORECASE,
)
# A clause reported after a verb of saying or thinking in the past ("he believed that black
# holes were" / "are", "she said the plant is" / "was"): English moves its tense back or not,
# as the writer likes; it says nothing of when. Up to eight words may stand between.
_REPORTED_BEFORE = re.compile(
    r"\b(?:said|told|believed|thought|knew|reali[sz]ed|found|felt|assumed|claimed|argued|"
    r"insisted|announced|reported|explained|noted|warned|added|wrote|admitted|denied|learned|"
    r"discovered|understood|hoped|feared|expected|suspected|doubted|concluded|recalled|"
    r"(?:did|didn[’']t|did\s+not)\s+(?:\w+\s+)?(?:say|think|believe|know|realize|realise|expect))"
    r"\s+(?:that\s+)?(?:[\w’',-]+\s+){0,8}$",
    re.IGNORECASE,
)


def _past(words: list[str], auxiliaries: set[str], before: str) -> bool:
    if any(w.endswith("ed") or _irregular_past(w) for w in words):
        return True
    markers = auxiliaries & _PAST_MARKERS
    if markers == {"were"} and _SUBJUNCTIVE_BEFORE.search(before):
        return False
    return bool(markers)


def _irregular_past(word: str) -> bool:
    """ "rose", "took", "left": a form the lexicon knows only as another verb's, and no "-s" or
    "-ing" form of it ("found" is also a verb of its own, so it stays undecided)."""
    if word.endswith(("s", "ing")) or word in _AUXILIARIES:
        return False
    lemmas = lexicon().lemmas(word, "v")
    return bool(lemmas) and word not in lemmas


def _same_verbs(left: list[str], right: list[str]) -> bool:
    """Whether the words are the same verbs in other forms: "visit" / "visited", and the
    irregular ones the lexicon knows ("rise" / "rose", "close" / "closed", "take" / "took")."""
    return len(left) == len(right) and all(
        stem(x) == stem(y) or bool(set(lexicon().lemmas(x, "v")) & set(lexicon().lemmas(y, "v")))
        for x, y in zip(left, right, strict=True)
    )


def _words(text: str) -> list[str]:
    """The words that may tell a verb's time, contractions spelt out ("doesn't" / "did not"
    is a shift of "do"); "not" tells none, and a negation is the polarity check's."""
    spelt = expand_contractions(fold_typography(text)).lower()
    return [w for w in re.findall(r"[\w']+", spelt) if w != "not"]


def check_tense(ctx: PairContext) -> list[Finding]:
    found: list[Finding] = []
    # A's and B's text before the op: the words that may make its "were" a subjunctive.
    before_a, before_b = "", ""
    for op in ctx.ops:
        preceding_a, preceding_b = before_a, before_b
        before_a, before_b = before_a + op.a, before_b + op.b
        if op.op != "replace" or "-" in op.a + op.b:
            continue  # "-sized" / "size": a compound's part, no verb's time
        words_a, words_b = _words(op.a), _words(op.b)
        aux_a = {w for w in words_a if w in _AUXILIARIES}
        aux_b = {w for w in words_b if w in _AUXILIARIES}
        main_a = [w for w in words_a if w not in _AUXILIARIES]
        main_b = [w for w in words_b if w not in _AUXILIARIES]
        if (
            not _same_verbs(main_a, main_b)
            or words_a == words_b
            or not (main_a or (aux_a and aux_b))
        ):
            continue  # another verb is the wording check's; "is" → "was" alone is tense
        if frozenset(aux_a ^ aux_b) in _BACKSHIFTS:
            continue  # "said it would reopen" / "will reopen, officials said": reported speech
        past_a = _past(words_a, aux_a, preceding_a)
        past_b = _past(words_b, aux_b, preceding_b)
        future_a, future_b = bool(aux_a & _FUTURE_MARKERS), bool(aux_b & _FUTURE_MARKERS)
        if future_a == future_b and past_a == past_b:
            continue
        across = (future_a and past_b) or (past_a and future_b)
        if not across and (
            _REPORTED_BEFORE.search(preceding_a) or _REPORTED_BEFORE.search(preceding_b)
        ):
            continue
        when_a = "future" if future_a else "past" if past_a else "present"
        when_b = "future" if future_b else "past" if past_b else "present"
        found.append(
            draft(
                ctx,
                check="tense.across_now" if across else "tense.shifted",
                category="tense",
                a=op.a,
                b=op.b,
                message=f"when it happens changed: {when_a} in A, {when_b} in B",
                prior=0.55 if across else 0.3,
            )
        )
    return found
