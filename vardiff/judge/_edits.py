"""The finest word edits of a pair, with their surroundings, for the checks that read words.

The readable diff merges nearby edits into one span ("hold as many as 3 million 152mm artillery
shells" / "carry up to three million bullets"); the checks of word relations need the finest
edits instead ("artillery shells" / "bullets"), each with the text before and after it on both
sides, which says whether the words around it stayed the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .._diff import word_diff
from .._report import Finding
from ._context import PairContext
from ._draft import draft

__all__ = ["Edit", "Hit", "as_findings", "edits", "replacements_either_way", "vocabulary", "words"]

_WORD = re.compile(r"[A-Za-z][\w’'-]*")


@dataclass(frozen=True)
class Hit:
    """What a check found, before it becomes a finding: the rule that fired (``check``), the
    words on each side, the author's prior probability that it is a meaning error, and the
    evidence it rests on."""

    check: str
    category: str
    a: str
    b: str
    message: str
    prior: float
    evidence: dict[str, float | str] = field(default_factory=dict)


@dataclass(frozen=True)
class Edit:
    """One edit: ``a`` replaced by ``b`` (one of them may be empty), with what precedes and
    follows it on each side."""

    a: str
    b: str
    before_a: str
    before_b: str
    after_a: str
    after_b: str

    @property
    def kind(self) -> str:
        if self.a.strip() and self.b.strip():
            return "replace"
        return "delete" if self.a.strip() else "insert"


def words(text: str) -> list[str]:
    """The words of a text, in order (no numbers, no punctuation)."""
    return _WORD.findall(text)


def vocabulary(text: str) -> set[str]:
    """The lower-cased words of a text, hyphenated ones also by their parts: "Jong-un" holds
    "un", so "Kim Jong Un" / "Kim Jong-un" drops no word."""
    found = set()
    for word in words(text):
        found.add(word.lower())
        found.update(part.lower() for part in word.split("-") if part)
    return found


@lru_cache(maxsize=4096)
def edits(a: str, b: str) -> tuple[Edit, ...]:
    """The finest word edits turning ``a`` into ``b``."""
    ops = word_diff(a, b, semantic_cleanup=False)
    found: list[Edit] = []
    done_a = done_b = ""
    for index, op in enumerate(ops):
        # The two halves of a move are words in another place, not words lost or added.
        if op.op != "equal" and not op.is_moved and (op.a.strip() or op.b.strip()):
            found.append(
                Edit(
                    a=op.a,
                    b=op.b,
                    before_a=done_a,
                    before_b=done_b,
                    after_a="".join(o.a for o in ops[index + 1 :]),
                    after_b="".join(o.b for o in ops[index + 1 :]),
                )
            )
        done_a += op.a
        done_b += op.b
    return tuple(found)


def as_findings(ctx: PairContext, hits: list[Hit]) -> list[Finding]:
    """The hits as findings of the pair, their words located in its texts."""
    return [
        draft(
            ctx,
            check=hit.check,
            category=hit.category,
            a=hit.a,
            b=hit.b,
            message=hit.message,
            prior=hit.prior,
            evidence=hit.evidence,
        )
        for hit in hits
    ]


def replacements(a: str, b: str, *, most_words: int) -> list[Edit]:
    """The spans the word diff replaces with at most ``most_words`` words on each side: the
    word-for-word swaps the lexical checks read (a longer span is a rewording)."""
    return [
        edit
        for edit in edits(a, b)
        if edit.kind == "replace"
        and len(words(edit.a)) <= most_words
        and len(words(edit.b)) <= most_words
    ]


def replacements_either_way(a: str, b: str, *, most_words: int) -> list[Edit]:
    """:func:`replacements`, with those the diff finds read from B to A where A to B finds
    none on the same words. The finest diff is not symmetric: "a minority government" /
    "a government without a majority" is a deletion and an insertion around "government" one
    way and one replaced span the other, so a check of word swaps would judge the pair
    differently each way round."""
    found = replacements(a, b, most_words=most_words)
    taken = [(len(e.before_a), len(e.before_a) + len(e.a)) for e in found]
    for edit in replacements(b, a, most_words=most_words):
        start = len(edit.before_b)
        end = start + len(edit.b)
        if any(start < done_end and done_start < end for done_start, done_end in taken):
            continue
        found.append(
            Edit(
                a=edit.b,
                b=edit.a,
                before_a=edit.before_b,
                before_b=edit.before_a,
                after_a=edit.after_b,
                after_b=edit.after_a,
            )
        )
    return found
