"""Sentences that moved: left out of B in one place and added in another, the same sentence.

The aligner keeps the order of both texts (a monotone path), so an editor who moves a sentence
to another paragraph, or swaps two, leaves a sentence of A without a partner where it stood and
the same sentence of B without one where it stands now. Read as they are, the pair says "a
sentence with facts left out" and "a sentence with facts added", both high: a reordered article
would fail a gate for words it keeps. Here such an omitted and added pair are matched up again.

Two sides are one sentence moved when their content words are mostly the same ones
(:data:`MOVED_SHARED`, a Dice share of stems): a sentence moved *and* reworded is then still
compared word by word, so a change made on the way ("shells" / "bullets") is judged as in any
other pair. A sentence reworded past that share stays an omission and an addition, the loud
reading. A sentence moved word for word is one sentence moved with three content words already
(one with fewer, "He agreed.", says whom and what only where it stands), or with fewer when the
sentence beside it moved with it, to the same side of it: its place came along ("Turnout was 86
percent." after the sentence it follows, an entry of a live page set elsewhere whole). Each
sentence moves at most once, the closest match first.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container, Sequence

from ._report import Pair
from ._words import content_words, stem

__all__ = ["MOVED_SHARED", "find_moves", "shared_share"]

# Dice share of content-word stems two sides must share to be one sentence. A translation of a
# sentence keeps most of its content words (names, figures, nouns), and two different sentences
# of one article on one subject share far fewer: 0.7 leaves room for a few words reworded.
MOVED_SHARED = 0.7
# Fewer content words than this and the share says little ("He agreed." / "She agreed.").
_MIN_WORDS = 4
# A sentence moved word for word needs fewer ("As an artist, connection is important to me.").
_MIN_SAME_WORDS = 3
# A Markdown table's row of two cells or more ("| Power | 1,800 W |").
_TABLE_ROW = re.compile(r"\|[^|\n]*\|[^|\n]*\|.*")


def _stems(text: str) -> Counter[str]:
    return Counter(stem(word.lower()) for word in content_words(text))


def shared_share(a: str, b: str) -> float:
    """Dice share of the content-word stems of ``a`` and ``b`` (with repeats)."""
    return _share(_stems(a), _stems(b))


def _share(stems_a: Counter[str], stems_b: Counter[str]) -> float:
    count_a, count_b = sum(stems_a.values()), sum(stems_b.values())
    if min(count_a, count_b) < _MIN_WORDS:
        return 0.0
    return 2 * sum((stems_a & stems_b).values()) / (count_a + count_b)


def _same(a: str, b: str) -> bool:
    """The same sentence word for word, with content words enough to stand without its place
    ("He agreed." says whom and what only where it stands), or the same row of a table."""
    if a != b:
        return False
    words = len(content_words(a))
    # A table's row names what its figures are in its own cells ("| Power | 1,800 W |"), so it
    # says the same wherever the table sets it: a specification table or a table of limits in
    # another row order is the table laid out otherwise.
    return words >= _MIN_SAME_WORDS or (words >= 1 and _TABLE_ROW.fullmatch(a.strip()) is not None)


def find_moves(pairs: Sequence[Pair], *, skip: Container[int] = ()) -> list[tuple[int, int]]:
    """(index of an omitted pair, index of an added pair) for each sentence that moved,
    closest first, each pair in one move at most; the pairs at ``skip`` never move."""
    # Each side's stems once: a long rewrite may leave hundreds of sentences on each side.
    unpaired = [(i, p) for i, p in enumerate(pairs) if i not in skip]
    omitted = {i: _stems(p.a_text) for i, p in unpaired if p.status == "omitted"}
    added = {j: _stems(p.b_text) for j, p in unpaired if p.status == "added"}
    # Closest first; between two as close, the one word for word, then the first in the text.
    # A sentence moved word for word needs fewer content words to be one sentence moved than
    # two that differ ("He agreed." / "She agreed.").
    scored = sorted(
        (-share, pairs[i].a_text != pairs[j].b_text, i, j)
        for i, stems_a in omitted.items()
        for j, stems_b in added.items()
        if (share := 1.0 if _same(pairs[i].a_text, pairs[j].b_text) else _share(stems_a, stems_b))
        >= MOVED_SHARED
    )
    moves: list[tuple[int, int]] = []
    used: set[int] = set()
    for _closeness, _reworded, i, j in scored:
        if i in used or j in used:
            continue
        used.update((i, j))
        moves.append((i, j))
    moves += _carried(pairs, unpaired, moves, used)
    return sorted(moves)


def _carried(
    pairs: Sequence[Pair],
    unpaired: list[tuple[int, Pair]],
    moves: list[tuple[int, int]],
    used: set[int],
) -> list[tuple[int, int]]:
    """The short sentences moved word for word beside a sentence that moved: a sentence too
    short to stand without its place ("Turnout was 86 percent.") keeps it when the sentence
    next to it moved with it, to the same side of it (an entry of a live page, a paragraph,
    set elsewhere whole)."""
    omitted = {pairs[i].a[0]: i for i, p in unpaired if p.status == "omitted" and len(p.a) == 1}
    added = {pairs[j].b[0]: j for j, p in unpaired if p.status == "added" and len(p.b) == 1}
    # Where each moved sentence stood in A and stands in B, by its sentence's index.
    moved = [(pairs[i].a, pairs[j].b) for i, j in moves]
    found: list[tuple[int, int]] = []
    while True:
        step = None
        for a_side, b_side in moved:
            for offset in (-1, 1):
                ia, jb = (
                    (a_side[0] - 1, b_side[0] - 1)
                    if offset < 0
                    else (a_side[-1] + 1, b_side[-1] + 1)
                )
                i, j = omitted.get(ia), added.get(jb)
                if i is None or j is None or i in used or j in used:
                    continue
                if pairs[i].a_text == pairs[j].b_text and content_words(pairs[i].a_text):
                    step = (i, j)
                    break
            if step is not None:
                break
        if step is None:
            return found
        i, j = step
        used.update(step)
        found.append(step)
        moved.append((pairs[i].a, pairs[j].b))
