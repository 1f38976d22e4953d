"""Evidence on a finding about words of B: how many of its span's content words nothing in A
answers, and how far the model says such a word takes B from A (issue 7: DEMETR's additions
put into a correct translation a word that nothing in the reference supports: "the *first*
military parade", "a *penalty* goal").

A word of B is answered by A when some word of A has its stem, a shared commonest sense (a
synonym), a derivational link ("newly" / "new"), or a sense one or two steps above or below
one of its senses in the lexicon ("vehicle" / "car"). A translator's own rewording is mostly
answered this way or by nothing at all (a rebuilt stretch, none of whose words A says); a word
put into an otherwise faithful stretch is the one word the rest of its stretch does not share.
The lexicon alone cannot tell the two apart (a translator's synonym it does not know is as
unanswered as an added adjective), so the model weighs each unanswered word: B without a word
A supports in meaning moves away from A, B without a word A never said comes nearer to it.
The judge adds this evidence to the findings that may hold such a word (the wording check's,
the modifiers check's added modifier, the removal check's additions), for the calibration to
weigh; under a calibration without weights for it, nothing changes.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .._report import Finding, Span
from .._words import FUNCTION_WORDS, content_words, stem
from ._context import PairContext
from ._lexicon import lexicon
from ._morphology import related_forms

__all__ = ["ANSWERED_CHECKS", "answered", "answered_texts", "with_answered"]

# The rules whose B span may hold a word B adds: the wording check's findings on B's words,
# the modifiers check's added modifier, and the removal check's additions (addition.head ...).
ANSWERED_CHECKS = (
    "wording.replaced",
    "wording.rebuilt",
    "wording.added",
    "modifier.added",
    "addition.",
)

# Hypernym steps that still answer a word: "car" answers "vehicle" and "sedan"; further up
# the lexicon joins everything ("entity").
_STEPS = 2

# Unanswered words of a span the model weighs, at most (each costs one embedding of B): a
# stretch with more is a rewording, not a word put into a faithful one, and says so by their
# count. On the dev sets, weighing every such word (six at most) fits no better.
_MOST = 2

# The lift a word can weigh, at most: beyond it (a short sentence, a word that is half of
# it) the model's cosine says nothing more about support.
_MOST_LIFT = 0.08
# B's distance from A below which the share of it is not read finer (B all but A).
_LEAST_DISTANCE = 0.01

# A word of letters only: digits and names with digits are the number check's.
_WORD = re.compile(r"(?<![\w'’-])[^\W\d_]+(?![\w'’-])")


def with_answered(finding: Finding, ctx: PairContext) -> Finding:
    """``finding`` with its evidence on the words of its B span that nothing in A answers,
    when its rule is one of :data:`ANSWERED_CHECKS`: ``unanswered_b`` (how many),
    ``unanswered_lift`` (how much nearer to A, in the model's cosine, B comes when the one of
    them that pulls it furthest away is taken out; 0 when none does, when there are more than
    :data:`_MOST`, and without a model) and
    ``unanswered_share`` (that lift as a share of B's whole distance from A: near 1 when the
    word is all that B says beyond A)."""
    if not _weighed(finding, ctx):
        return finding
    a_text, b_text = ctx.pair.a_text, ctx.pair.b_text
    words = _span_words(b_text, finding.b_span)
    if words is None:
        return finding
    unanswered = _unanswered(a_text, b_text, words)
    lift = share = 0.0
    if 0 < len(unanswered) <= _MOST and ctx.similarity.available:
        base = ctx.similarity(a_text, b_text)
        best = max(ctx.similarity(a_text, text) - base for text in unanswered)
        # A word whose removal takes B further from A is one A supports in meaning: no lift.
        lift = min(max(best, 0.0), _MOST_LIFT)
        share = min(lift / max(1.0 - base, _LEAST_DISTANCE), 1.0)
    evidence = (
        *finding.evidence,
        ("unanswered_b", float(len(unanswered))),
        ("unanswered_lift", round(lift, 4)),
        ("unanswered_share", round(share, 4)),
    )
    return replace(finding, evidence=evidence)


def answered_texts(ctx: PairContext, findings: list[Finding]) -> list[str]:
    """The texts :func:`with_answered` will ask the model about for these findings, so that a
    report's are embedded ahead in one batch."""
    a_text, b_text = ctx.pair.a_text, ctx.pair.b_text
    texts: list[str] = []
    for finding in findings:
        if not _weighed(finding, ctx):
            continue
        words = _span_words(b_text, finding.b_span)
        unanswered = _unanswered(a_text, b_text, words or [])
        texts += unanswered if len(unanswered) <= _MOST else []
    return [a_text, b_text, *texts] if texts else []


def _weighed(finding: Finding, ctx: PairContext) -> bool:
    # Only a changed pair has words of A to answer B's: a sentence B adds whole
    # (addition.sentence) is the unaligned check's, and A says nothing of it.
    return (
        ctx.pair.status == "changed"
        and finding.check.startswith(ANSWERED_CHECKS)
        and finding.b_span is not None
    )


def _span_words(b_text: str, span: Span | None) -> list[tuple[int, int]] | None:
    """Where the content words of B's ``span`` stand in ``b_text`` (None: no such span)."""
    if span is None:
        return None
    start, end = span
    if not 0 <= start < end <= len(b_text):
        return None
    return [
        (start + m.start(), start + m.end())
        for m in _WORD.finditer(b_text[start:end])
        if m.group().lower() not in FUNCTION_WORDS
    ]


def _unanswered(a_text: str, b_text: str, words: list[tuple[int, int]]) -> list[str]:
    """B without each word of ``words`` that nothing in A answers, one text per word."""
    others = _others(a_text)
    texts = []
    for start, end in words:
        if not answered(b_text[start:end].lower(), others):
            # The word and the space before it go (the space after it, at B's start).
            cut_start = start - 1 if start > 0 and b_text[start - 1] == " " else start
            cut_end = end + 1 if cut_start == start and b_text[end : end + 1] == " " else end
            texts.append(b_text[:cut_start] + b_text[cut_end:])
    return texts


@lru_cache(maxsize=1024)
def _others(a_text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(w.lower() for w in content_words(a_text) if w.isalpha()))


def answered(word: str, others: tuple[str, ...]) -> bool:
    """Whether some word of ``others`` (lower case) answers ``word`` (lower case)."""
    if stem(word) in {stem(o) for o in others}:
        return True
    return any(_related(word, other) for other in others)


@lru_cache(maxsize=65536)
def _related(word: str, other: str) -> bool:
    # Asked for every content word of A against each word of a finding's span: the same pairs
    # come back across a report's sentences.
    if len(word) > 4 and len(other) > 4 and word[:5] == other[:5]:
        return True  # "previously" / "previous", "production" / "producer"
    forms_w, forms_o = set(related_forms(word)), set(related_forms(other))
    if forms_w & forms_o:
        return True
    lex = lexicon()
    if lex.modifier_synonyms(word, other):
        return True
    for pos in ("n", "v"):
        kin = lex.kinship(word, other, pos=pos)
        if kin is None:
            continue
        if kin.synonymous:
            return True
        if kin.relation in ("broader", "narrower") and max(kin.steps_a, kin.steps_b) <= _STEPS:
            return True
    return False
