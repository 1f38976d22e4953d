"""Prefixes: the same word after another bound prefix, or after one on one side only: "pre-season"
/ "off-season", "pre-war" / "post-war", "on-site" / "off-site", "off-peak fares" / "peak
fares", "the co-founder" / "the founder", "his half-brother" / "his brother".

A hyphenated prefix is no word of its own: the word diff replaces "pre" with "off" before the
same "-season", or leaves "off-" out before a "peak" both sides keep, and the checks that read
words see a pair of short function-like pieces ("off" is a particle, "pre" no word at all) and
call it a rewording. But such a prefix says when ("pre-", "post-", "mid-"), where ("on-",
"off-", "in-", "out-", "inter-", "intra-", "cross-"), how much or how many ("half-", "semi-",
"bi-", "multi-", "mini-", "mega-"), with whom ("co-") or against what ("anti-", "pro-",
"counter-") the word it stands before holds: another prefix before the same word is another
thing, period or person (``prefix.changed``), unless the two say alike ("super-rich" /
"ultra-rich", "cross-border" / "trans-border", "mid-way" / "half-way").

A prefix on one side only (``prefix.dropped``, ``prefix.added``) is read for the prefixes
whose word without them names something else, a translator's rendering none of them leaves
out: "off-" ("off-peak" / "peak"), "pre-" and "post-" ("pre-war" / "war"), "co-" ("co-pilot"
/ "pilot"), "half-" and "step-" (a relative), "semi-" ("semi-final" / "final"), "counter-",
"inter-" and "intra-", "out-" ("out-patient" / "patient") and "vice-". A prefix that only
strengthens ("super-fast", "ultra-"), repeats ("re-elected" / "elected ... again") or dates
loosely ("mid-March" / "March") is left to the other checks, and so is a prefix that the
other side spells as one word with its stem ("pre-season" / "preseason": the same word).

Only one word against one word is read: the prefixed word of one side and, in the same place
of the other, the same word after another prefix or bare. A rewording ("the post-war years" /
"the years after the war") is no such pair.
"""

from __future__ import annotations

import re

from .._report import Finding
from ._context import PairContext
from ._edits import Hit, as_findings, edits

__all__ = ["check_prefixes"]

# Prefixes written with a hyphen that say something of the word after them.
_PREFIXES = frozenset(
    """pre post mid off on in out inter intra sub super over under semi bi tri multi mono uni
    co non anti pro ex half mini micro mega hyper hypo counter cross trans extra ultra up down
    self re vice step""".split()
)
# Prefixes that say alike before the same word: "super-rich" / "ultra-rich", "cross-border" /
# "trans-border", "non-armed" / "un-armed", "mid-way" / "half-way".
_ALIKE = (
    frozenset({"super", "ultra", "mega", "hyper"}),
    frozenset({"cross", "trans"}),
    frozenset({"non", "un"}),
    frozenset({"mid", "half"}),
)
# Those whose word without them names something else (see the module's docstring).
_DROPPED = frozenset("off pre post co half step semi counter inter intra out vice".split())
_PRIOR_CHANGED = 0.75
_PRIOR_ALONE = 0.6
_PREFIXED = re.compile(r"([a-z]+)-([a-z][a-z’']{2,})")
_WORD_END = re.compile(r"[\w’'-]*\Z")
_WORD_START = re.compile(r"\A[\w’'-]*")


def _whole_word(before: str, edited: str, after: str) -> str | None:
    """The word an edit lies in, with what of it the diff kept before and after; None where
    the edit spans more than one word."""
    if edited != edited.strip() or " " in edited:
        return None
    head = _WORD_END.search(before)
    tail = _WORD_START.match(after)
    word = (head.group() if head else "") + edited + (tail.group() if tail else "")
    return word or None


def _split(word: str) -> tuple[str, str] | None:
    """A word's prefix and the word it stands before, or None for a word without one."""
    found = _PREFIXED.fullmatch(word.lower())
    if found is None or found.group(1) not in _PREFIXES:
        return None
    return found.group(1), found.group(2)


def check_prefixes(ctx: PairContext) -> list[Finding]:
    hits: list[Hit] = []
    seen: set[tuple[str, str]] = set()
    # B as typed: a bare prefix is no slip of the keys ("pre-season" is not "per-season").
    for edit in edits(ctx.a, ctx.b_typed):
        word_a = _whole_word(edit.before_a, edit.a, edit.after_a)
        word_b = _whole_word(edit.before_b, edit.b, edit.after_b)
        if word_a is None or word_b is None or (word_a, word_b) in seen:
            continue
        seen.add((word_a, word_b))
        hit = _prefix_hit(word_a, word_b)
        if hit is not None:
            hits.append(hit)
    return as_findings(ctx, hits)


def _prefix_hit(word_a: str, word_b: str) -> Hit | None:
    split_a, split_b = _split(word_a), _split(word_b)
    if split_a and split_b:
        (prefix_a, stem_a), (prefix_b, stem_b) = split_a, split_b
        # The same prefix cased otherwise ("Pre-existing" / "PRE-EXISTING", a heading set in
        # capitals) is the same word.
        if (
            stem_a != stem_b
            or prefix_a == prefix_b
            or any({prefix_a, prefix_b} <= alike for alike in _ALIKE)
        ):
            return None
        message = (
            f"'{word_a}' becomes '{word_b}' in B: another prefix ('{prefix_a}-' / "
            f"'{prefix_b}-') before the same '{stem_a}'"
        )
        evidence: dict[str, float | str] = {"prefix_a": prefix_a, "prefix_b": prefix_b}
        return Hit("prefix.changed", "meaning", word_a, word_b, message, _PRIOR_CHANGED, evidence)
    if split_a and not split_b and split_a[1] == word_b.lower() and split_a[0] in _DROPPED:
        message = f"'{word_a}' is '{word_b}' in B: the prefix '{split_a[0]}-' is left out"
        evidence = {"prefix": split_a[0]}
        return Hit("prefix.dropped", "meaning", word_a, word_b, message, _PRIOR_ALONE, evidence)
    if split_b and not split_a and split_b[1] == word_a.lower() and split_b[0] in _DROPPED:
        message = f"'{word_a}' is '{word_b}' in B: the prefix '{split_b[0]}-' is added"
        evidence = {"prefix": split_b[0]}
        return Hit("prefix.added", "meaning", word_a, word_b, message, _PRIOR_ALONE, evidence)
    return None
