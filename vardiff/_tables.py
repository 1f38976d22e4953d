"""A Markdown table set with its columns in another order.

A table's row says what its cells say under their headers: "| Revenue | £412.6m | £377.9m |"
under "| Figure | H1 2026 | H1 2025 |" says the same as "| Revenue | £377.9m | £412.6m |"
under "| Figure | H1 2025 | H1 2026 |". Read cell by cell, the second looks like two figures
exchanged; read by its headers, it is the table laid out otherwise. A table whose every row
(its header and its rule too) gives each header the same cell in both documents is set apart
as layout (low); one row that gives a header another cell, or a header moved over cells that
stayed, and the table is judged row by row as before.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ._document import Document
from ._layout_findings import layout_line
from ._report import Finding, Pair

__all__ = ["columns_reordered"]

_ROW = re.compile(r"[^\S\n]*\|")
# A Markdown table's separator row ("|---|---:|"), which makes the row above it the header.
_RULE = re.compile(r"[^\S\n]*\|?(?:[^\S\n]*:?-{3,}:?[^\S\n]*\|?)+[^\S\n]*\Z")


def _cells(line: str) -> tuple[str, ...]:
    return tuple(cell.strip() for cell in line.strip().strip("|").split("|"))


def _tables(doc: Document) -> dict[int, tuple[int, tuple[str, ...]]]:
    """The start of each line of a Markdown table with a header row, to the table (the start
    of its first line) and its header's cells."""
    out: dict[int, tuple[int, tuple[str, ...]]] = {}
    lines: list[tuple[int, str]] = []
    offset = 0
    for line in [*doc.text.split("\n"), ""]:
        if _ROW.match(line):
            lines.append((offset, line))
        else:
            if len(lines) >= 2 and _RULE.match(lines[1][1]):
                header = _cells(lines[0][1])
                for start, _ in lines:
                    out[start] = (lines[0][0], header)
            lines = []
        offset += len(line) + 1
    return out


def _row(
    doc: Document, tables: dict[int, tuple[int, tuple[str, ...]]], indices: tuple[int, ...]
) -> tuple[int, tuple[str, ...], tuple[str, ...]] | None:
    """The table, its header and the row's cells, where ``indices`` is one sentence that is a
    whole row of a table with a header."""
    if len(indices) != 1:
        return None
    sentence = doc.sentences[indices[0]]
    line = doc.text.rfind("\n", 0, sentence.start) + 1
    found = tables.get(line)
    end = doc.text.find("\n", line)
    if found is None or doc.text[line : end if end >= 0 else len(doc.text)].strip() != (
        sentence.text.strip()
    ):
        return None
    return found[0], found[1], _cells(sentence.text)


def columns_reordered(pairs: list[Pair], doc_a: Document, doc_b: Document) -> dict[int, Finding]:
    """The pairs (by index) of the rows of a table set with its columns in another order,
    each row giving every header the same cell on both sides, each with its finding (low)."""
    if "|" not in doc_a.text or "|" not in doc_b.text:
        return {}
    tables_a, tables_b = _tables(doc_a), _tables(doc_b)
    if not tables_a or not tables_b:
        return {}
    rows: dict[tuple[int, int], list[int]] = defaultdict(list)
    alike: dict[tuple[int, int], bool] = defaultdict(lambda: True)
    touched_a: dict[int, set[tuple[int, int]]] = defaultdict(set)
    touched_b: dict[int, set[tuple[int, int]]] = defaultdict(set)
    for n, pair in enumerate(pairs):
        row_a, row_b = _row(doc_a, tables_a, pair.a), _row(doc_b, tables_b, pair.b)
        if row_a is None and row_b is None:
            continue
        if row_a is None or row_b is None:  # a row one side only, or beside a sentence
            key = (row_a[0] if row_a else -1, row_b[0] if row_b else -1)
            alike[key] = False
            (touched_a[key[0]] if row_a else touched_b[key[1]]).add(key)
            continue
        (table_a, head_a, cells_a), (table_b, head_b, cells_b) = row_a, row_b
        key = (table_a, table_b)
        touched_a[table_a].add(key)
        touched_b[table_b].add(key)
        rows[key].append(n)
        if (
            head_a == head_b
            or sorted(head_a) != sorted(head_b)
            or len(set(head_a)) != len(head_a)
            or len(cells_a) != len(head_a)
            or len(cells_b) != len(head_b)
            or dict(zip(head_a, cells_a, strict=True)) != dict(zip(head_b, cells_b, strict=True))
        ):
            alike[key] = False
    found: dict[int, Finding] = {}
    for key, members in rows.items():
        table_a, table_b = key
        if not alike[key] or touched_a[table_a] != {key} or touched_b[table_b] != {key}:
            continue
        for n in members:
            if pairs[n].status != "equal":
                found[n] = layout_line(
                    pairs[n],
                    "structure.table_columns",
                    "a row of a table set with its columns in another order: each header "
                    "keeps its cell",
                    score=0.1,
                )
    return found
