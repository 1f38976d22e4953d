"""Word-level diff of two texts with diff-match-patch.

Each distinct token (a word, a run of spaces, one punctuation mark) is mapped to one private
character, diff-match-patch diffs those strings, and the result is mapped back: edits then fall
on word boundaries. ``diff_cleanupSemantic`` merges tiny equalities between edits so that a
reworded clause reads as one replaced span rather than a scatter of single words. The joined A
side of the ops is exactly text A, and the joined B side exactly text B.

Moves, as ``git diff --color-moved`` shows them: a run of words deleted in one place and
inserted in another ("… grew by 8 per cent since 2008" → "Since 2008, … there was an 8%
growth") is split out of its edits into a ``delete`` and an ``insert`` that share a ``moved``
id. Words are compared folded (case, apostrophes, "per cent" / "%", "1,400" / "1400", "three" /
"3"), so a moved phrase whose form changed a little still counts. Words that the diff already
matched in place, or that a replaced span keeps in the same order (a rewording, not a move),
never count. A run must have at least two words, one of them a content word or a number, and
``MIN_MOVED_CHARS`` letters or digits: a single word that changed places ("Russia attacked
Ukraine" → "Ukraine attacked Russia") may be a swapped role, and stays an edit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ._report import Op

__all__ = ["MIN_MOVED_CHARS", "mark_moves", "tokenize", "word_diff"]

MIN_MOVED_CHARS = 8  # "since 2008" moves; "8%" or "in it" alone do not
# Above this many changed words on both sides multiplied, looking for moves costs more than it
# is worth (a pair that is all edits is rebuilt, not moved); the ops are then left as they are.
_MAX_MOVE_CELLS = 60_000

_TOKEN = re.compile(r"\w+(?:['’]\w+)*|\s+|[^\w\s]", re.UNICODE)
_FIRST_PRIVATE = 0xF0000  # Supplementary Private Use Area A: never found in real text


def tokenize(text: str) -> list[str]:
    """Words, runs of whitespace and single other characters; joined they give ``text`` back."""
    return _TOKEN.findall(text)


@lru_cache(maxsize=1)
def _engine() -> object:
    import diff_match_patch

    engine = diff_match_patch.diff_match_patch()
    engine.Diff_Timeout = 2.0  # a pathological pair degrades to a coarser diff, never hangs
    return engine


@lru_cache(maxsize=256)
def _raw_diff(encoded_a: str, encoded_b: str) -> tuple[tuple[int, str], ...]:
    """diff-match-patch's diff before any clean-up. The pair's view and the judge's finest
    edits diff the same two texts: this is computed once for both."""
    return tuple(_engine().diff_main(encoded_a, encoded_b, False))  # type: ignore[attr-defined]


def word_diff(
    a: str, b: str, *, semantic_cleanup: bool = True, moves: bool = True
) -> tuple[Op, ...]:
    """Ops turning ``a`` into ``b``. ``semantic_cleanup=False`` keeps the finest word edits;
    ``moves=False`` leaves moved phrases inside their edits."""
    if a == b:
        return (Op("equal", a, b),) if a else ()
    tokens_a, tokens_b = tokenize(a), tokenize(b)
    codes: dict[str, str] = {}

    def encode(tokens: list[str]) -> str:
        out = []
        for token in tokens:
            # Typographic and straight quotes are one mark ("Korea’s" / "Korea's", “ / "): the
            # writer's keyboard, not an edit. Each side keeps its own characters below.
            key = token.translate(_QUOTES_FOLDED)
            code = codes.get(key)
            if code is None:
                code = chr(_FIRST_PRIVATE + len(codes))
                codes[key] = code
            out.append(code)
        return "".join(out)

    encoded_a, encoded_b = encode(tokens_a), encode(tokens_b)
    diffs = list(_raw_diff(encoded_a, encoded_b))  # a copy: the clean-up edits it in place
    if semantic_cleanup:
        _engine().diff_cleanupSemantic(diffs)  # type: ignore[attr-defined]
    ops = _to_ops(_sides(diffs, tokens_a, tokens_b))
    return mark_moves(ops) if moves else ops


# Quote marks and apostrophes in their typographic forms, folded to the straight ones.
_QUOTES_FOLDED = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‚": "'"})


def _sides(
    diffs: list[tuple[int, str]], tokens_a: list[str], tokens_b: list[str]
) -> list[tuple[int, str, str]]:
    """Each diff chunk with its text on side A and on side B, read from each side's own
    tokens: an equal chunk may differ in its quote marks."""
    sided = []
    at_a = at_b = 0
    for kind, chunk in diffs:
        size = len(chunk)
        text_a = "".join(tokens_a[at_a : at_a + size]) if kind <= 0 else ""
        text_b = "".join(tokens_b[at_b : at_b + size]) if kind >= 0 else ""
        at_a += size if kind <= 0 else 0
        at_b += size if kind >= 0 else 0
        sided.append((kind, text_a, text_b))
    return sided


def _to_ops(diffs: list[tuple[int, str, str]]) -> tuple[Op, ...]:
    """Adjacent deletes and inserts become one ``replace``; whitespace-only equalities between
    two edits are folded in, so "artillery shells" → "bullets" reads as one span."""
    ops: list[Op] = []
    for kind, text_a, text_b in diffs:
        if not (text_a or text_b):
            continue
        if kind == 0:
            ops.append(Op("equal", text_a, text_b))
        elif kind == -1:
            ops.append(Op("delete", text_a, ""))
        else:
            ops.append(Op("insert", "", text_b))
    merged: list[Op] = []
    for op in ops:
        if merged and op.op != "equal" and merged[-1].op != "equal":
            last = merged.pop()
            op = Op("replace", last.a + op.a, last.b + op.b)
        elif (
            len(merged) >= 2
            and op.op != "equal"
            and merged[-1].op == "equal"
            and not merged[-1].a.strip()
            and merged[-2].op != "equal"
        ):
            space = merged.pop()
            last = merged.pop()
            op = Op("replace", last.a + space.a + op.a, last.b + space.b + op.b)
        merged.append(op)
    return tuple(_classify(op) for op in merged)


def _classify(op: Op) -> Op:
    if op.op == "replace" and not op.a:
        return Op("insert", "", op.b)
    if op.op == "replace" and not op.b:
        return Op("delete", op.a, "")
    return op


# -- moves -----------------------------------------------------------------------------------

# A word for move detection: a number with its separators ("1,400", "2.5"), a word with inner
# apostrophes, or a per-cent sign (so that "8%" and "8 per cent" fold alike).
_MOVE_WORD = re.compile(r"\d+(?:[.,]\d+)*(?!\w)|\w+(?:['’]\w+)*|%", re.UNICODE)
_NUMBER_WORDS = {
    w: str(n)
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve".split()
    )
}
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass(frozen=True)
class _Word:
    folded: str
    start: int  # offsets in the pair's text on this side
    end: int
    op: int  # index of the op this word lies in; -1 when it straddles two ops
    weighty: bool  # a content word or a number


def _words(ops: tuple[Op, ...], side: str) -> list[_Word]:
    from ._words import FUNCTION_WORDS  # _words imports this module

    text = "".join(getattr(op, side) for op in ops)
    bounds: list[int] = []  # end offset of each op on this side
    at = 0
    for op in ops:
        at += len(getattr(op, side))
        bounds.append(at)
    words: list[_Word] = []
    matches = list(_MOVE_WORD.finditer(text))
    index = 0
    skip = False
    for k, match in enumerate(matches):
        if skip:
            skip = False
            continue
        raw = match.group().lower().translate(_QUOTES_FOLDED)
        end = match.end()
        if raw == "per" and k + 1 < len(matches) and matches[k + 1].group().lower() == "cent":
            raw, end, skip = "%", matches[k + 1].end(), True
        elif raw == "percent":
            raw = "%"
        elif _NUMBER.fullmatch(raw):
            raw = raw.replace(",", "")
        raw = _NUMBER_WORDS.get(raw, raw)
        while index < len(bounds) and bounds[index] <= match.start():
            index += 1
        where = index if index < len(bounds) and end <= bounds[index] else -1
        weighty = raw[0].isdigit() or (raw != "%" and raw not in FUNCTION_WORDS)
        words.append(_Word(raw, match.start(), end, where, weighty))
    return words


def mark_moves(ops: tuple[Op, ...]) -> tuple[Op, ...]:
    """``ops`` with every moved run of words split out into a ``delete`` and an ``insert``
    that share a ``moved`` id (1, 2, … within the pair); the texts they rebuild are unchanged."""
    if not any(op.op == "replace" for op in ops) and not (
        any(op.op == "delete" for op in ops) and any(op.op == "insert" for op in ops)
    ):
        return ops
    words_a, words_b = _words(ops, "a"), _words(ops, "b")
    loose_a, loose_b = _unplaced(ops, words_a, words_b)
    if not loose_a or not loose_b or len(loose_a) * len(loose_b) > _MAX_MOVE_CELLS:
        return ops
    moves: list[tuple[tuple[int, int], tuple[int, int]]] = []  # char spans in A and in B
    while True:
        run = _longest_run(words_a, words_b, loose_a, loose_b)
        if run is None:
            break
        i, j, size = run
        for k in range(size):
            loose_a.discard(i + k)
            loose_b.discard(j + k)
        span_a = (words_a[i].start, words_a[i + size - 1].end)
        span_b = (words_b[j].start, words_b[j + size - 1].end)
        moves.append((span_a, span_b))
    if not moves:
        return ops
    # Ids follow the order of the A side, so a reader meets move 1 first.
    moves.sort()
    ids_a = {span_a: n for n, (span_a, _) in enumerate(moves, 1)}
    ids_b = {span_b: n for n, (_, span_b) in enumerate(moves, 1)}
    return _split(ops, ids_a, ids_b)


def _unplaced(
    ops: tuple[Op, ...], words_a: list[_Word], words_b: list[_Word]
) -> tuple[set[int], set[int]]:
    """Indices of the words deleted from A and inserted in B that are not kept in place:
    inside a replaced span, words that both sides have in the same order are a rewording in
    place ("as many as 3 million" → "up to three million"), not a move."""
    loose_a = {k for k, w in enumerate(words_a) if w.op >= 0 and ops[w.op].op != "equal"}
    loose_b = {k for k, w in enumerate(words_b) if w.op >= 0 and ops[w.op].op != "equal"}
    in_a: dict[int, list[int]] = {}
    in_b: dict[int, list[int]] = {}
    for k in sorted(loose_a):
        if ops[words_a[k].op].op == "replace":
            in_a.setdefault(words_a[k].op, []).append(k)
    for k in sorted(loose_b):
        if ops[words_b[k].op].op == "replace":
            in_b.setdefault(words_b[k].op, []).append(k)
    for index, here in in_a.items():
        there = in_b.get(index, [])
        kept = _common_subsequence(
            [words_a[k].folded for k in here], [words_b[k].folded for k in there]
        )
        for i, j in kept:
            loose_a.discard(here[i])
            loose_b.discard(there[j])
    return loose_a, loose_b


def _common_subsequence(x: list[str], y: list[str]) -> list[tuple[int, int]]:
    """Index pairs of a longest common subsequence of ``x`` and ``y``: the most words a
    replaced span can keep in place (a longest block first, as difflib finds, would call a
    reworded number moved only because a longer phrase crossed it)."""
    if len(x) * len(y) > _MAX_MOVE_CELLS:
        return []
    table = [[0] * (len(y) + 1) for _ in range(len(x) + 1)]
    for i in range(len(x) - 1, -1, -1):
        row, below = table[i], table[i + 1]
        for j in range(len(y) - 1, -1, -1):
            row[j] = below[j + 1] + 1 if x[i] == y[j] else max(below[j], row[j + 1])
    kept: list[tuple[int, int]] = []
    i = j = 0
    while i < len(x) and j < len(y):
        if x[i] == y[j]:
            kept.append((i, j))
            i, j = i + 1, j + 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return kept


def _longest_run(
    words_a: list[_Word], words_b: list[_Word], loose_a: set[int], loose_b: set[int]
) -> tuple[int, int, int] | None:
    """The longest run of consecutive loose words that reads the same on both sides and is
    worth calling a move, as (first word in A, first word in B, length)."""
    best: tuple[int, int, int] | None = None
    best_size = 0
    order_b = sorted(loose_b)
    previous: dict[int, int] = {}  # run length ending at (i - 1, j) for each j
    for i in sorted(loose_a):
        current: dict[int, int] = {}
        for j in order_b:
            if words_a[i].folded != words_b[j].folded:
                continue
            # A run stays inside one edit on each side: an op is the unit that gets split.
            same_a = i - 1 in loose_a and words_a[i - 1].op == words_a[i].op
            same_b = j - 1 in loose_b and words_b[j - 1].op == words_b[j].op
            size = current[j] = previous.get(j - 1, 0) + 1 if same_a and same_b else 1
            if size > best_size or (size == best_size and best is None):
                start_a, start_b = i - size + 1, j - size + 1
                if _worth_a_move(words_a[start_a : i + 1]):
                    best, best_size = (start_a, start_b, size), size
        previous = current if current else {}
        if not current:
            previous = {}
    return best


def _worth_a_move(run: list[_Word]) -> bool:
    if len(run) < 2 or not any(w.weighty for w in run):
        return False
    return sum(c.isalnum() for w in run for c in w.folded) >= MIN_MOVED_CHARS


def _split(
    ops: tuple[Op, ...], ids_a: dict[tuple[int, int], int], ids_b: dict[tuple[int, int], int]
) -> tuple[Op, ...]:
    out: list[Op] = []
    at_a = at_b = 0
    for op in ops:
        end_a, end_b = at_a + len(op.a), at_b + len(op.b)
        if op.op == "equal":
            out.append(op)
        else:
            pieces_a = _pieces(op.a, at_a, ids_a)
            pieces_b = _pieces(op.b, at_b, ids_b)
            if (
                len(pieces_a) <= 1
                and len(pieces_b) <= 1
                and not any(n for _, n in pieces_a + pieces_b)
            ):
                out.append(op)
            else:
                out.extend(_interleave(pieces_a, pieces_b))
        at_a, at_b = end_a, end_b
    return tuple(out)


def _pieces(
    text: str, offset: int, ids: dict[tuple[int, int], int]
) -> list[tuple[str, int | None]]:
    """``text`` cut at the moved spans inside it, each piece with its move id or None. A piece
    without a letter or digit beside a moved one joins it: ", the council said" moves whole,
    rather than leaving a stray deleted comma behind."""
    spans = sorted(
        (start - offset, end - offset, n)
        for (start, end), n in ids.items()
        if offset <= start and end <= offset + len(text)
    )
    if not spans:
        return [(text, None)] if text else []
    pieces: list[tuple[str, int | None]] = []
    at = 0
    for start, end, n in spans:
        if start > at:
            pieces.append((text[at:start], None))
        pieces.append((text[start:end], n))
        at = end
    if at < len(text):
        pieces.append((text[at:], None))
    merged: list[tuple[str, int | None]] = []
    for k, (piece, move) in enumerate(pieces):
        if move is None and not any(c.isalnum() for c in piece):
            if merged and merged[-1][1] is not None:
                merged[-1] = (merged[-1][0] + piece, merged[-1][1])
                continue
            if k + 1 < len(pieces) and pieces[k + 1][1] is not None:
                following, m = pieces[k + 1]
                pieces[k + 1] = (piece + following, m)
                continue
        merged.append((piece, move))
    return merged


def _interleave(
    pieces_a: list[tuple[str, int | None]], pieces_b: list[tuple[str, int | None]]
) -> list[Op]:
    """The pieces of one edit as ops. Each side keeps its order, and what is left of the edit
    once its moved words are out stays one ``replace``: "grew by 8 per cent" / "there was an
    8% growth" is still a rewording, not words dropped plus words added."""
    out: list[Op] = []
    a, b = list(pieces_a), list(pieces_b)
    while a or b:
        if a and a[0][1] is not None:
            text, n = a.pop(0)
            out.append(Op("delete", text, "", moved=n))
        elif b and b[0][1] is not None:
            text, n = b.pop(0)
            out.append(Op("insert", "", text, moved=n))
        elif a and b:
            out.append(Op("replace", a.pop(0)[0], b.pop(0)[0]))
        elif a:
            out.append(Op("delete", a.pop(0)[0], ""))
        else:
            out.append(Op("insert", "", b.pop(0)[0]))
    return out
