"""Word-level diff of two texts with diff-match-patch.

Each distinct token (a word, a run of spaces, one punctuation mark) is mapped to one private
character, diff-match-patch diffs those strings, and the result is mapped back: edits then fall
on word boundaries. ``diff_cleanupSemantic`` merges tiny equalities between edits so that a
reworded clause reads as one replaced span rather than a scatter of single words. The joined A
side of the ops is exactly text A, and the joined B side exactly text B.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._report import Op

__all__ = ["tokenize", "word_diff"]

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


def word_diff(a: str, b: str, *, semantic_cleanup: bool = True) -> tuple[Op, ...]:
    """Ops turning ``a`` into ``b``. ``semantic_cleanup=False`` keeps the finest word edits."""
    if a == b:
        return (Op("equal", a, b),) if a else ()
    tokens_a, tokens_b = tokenize(a), tokenize(b)
    codes: dict[str, str] = {}

    def encode(tokens: list[str]) -> str:
        out = []
        for token in tokens:
            code = codes.get(token)
            if code is None:
                code = chr(_FIRST_PRIVATE + len(codes))
                codes[token] = code
            out.append(code)
        return "".join(out)

    encoded_a, encoded_b = encode(tokens_a), encode(tokens_b)
    decode = {code: token for token, code in codes.items()}
    engine = _engine()
    diffs = engine.diff_main(encoded_a, encoded_b, False)  # type: ignore[attr-defined]
    if semantic_cleanup:
        engine.diff_cleanupSemantic(diffs)  # type: ignore[attr-defined]
    return _to_ops((kind, "".join(decode[c] for c in chunk)) for kind, chunk in diffs)


def _to_ops(diffs: object) -> tuple[Op, ...]:
    """Adjacent deletes and inserts become one ``replace``; whitespace-only equalities between
    two edits are folded in, so "artillery shells" → "bullets" reads as one span."""
    ops: list[Op] = []
    for kind, text in diffs:  # type: ignore[attr-defined]
        if not text:
            continue
        if kind == 0:
            ops.append(Op("equal", text, text))
        elif kind == -1:
            ops.append(Op("delete", text, ""))
        else:
            ops.append(Op("insert", "", text))
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
