"""Moves: a phrase that changed places inside a pair is shown as moved and never judged as
words left out plus words added. The end-to-end tests run the real model on real sentences."""

from __future__ import annotations

import json

import pytest
from test_invariants import check_report

import vardiff
from vardiff import Op, Report
from vardiff._document import Document, Sentence
from vardiff._render import render_text
from vardiff._report import Pair, Settings

# A clause moved to the front, as in issue 7, and other moves an editor meets in real copy.
MOVED = [
    (
        "The number of foreign students at British universities grew by 8 per cent since 2008.",
        "Since 2008, there was an 8% growth in the number of foreign students at British "
        "universities.",
        "since 2008",
    ),
    (
        "The museum will reopen in March after a two-year renovation, the city council "
        "announced on Monday.",
        "The city council announced on Monday that the museum will reopen in March after a "
        "two-year renovation.",
        "city council announced on Monday",
    ),
    (
        "Prices for wheat and maize rose sharply in the first half of the year, according to "
        "the World Bank, because of the drought in southern Africa.",
        "According to the World Bank, prices for wheat and maize rose sharply in the first "
        "half of the year because of the drought in southern Africa.",
        "according to the World Bank",
    ),
    (
        "Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome in September 2023.",
        "In September 2023, Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome.",
        "in September 2023",
    ),
]


def _one_pair(a: str, b: str) -> tuple[Report, Pair]:
    report = vardiff.compare(a, b)
    check_report(report, a, b)
    (pair,) = report.pairs
    return report, pair


@pytest.mark.parametrize(("a", "b", "phrase"), MOVED)
def test_moved_phrase_is_a_move_and_no_omission_or_addition(a: str, b: str, phrase: str) -> None:
    report, pair = _one_pair(a, b)
    halves = [op for op in pair.ops if op.is_moved]
    assert {op.op for op in halves} == {"delete", "insert"}
    assert any(op.a.lower().strip(" ,") == phrase.lower() for op in halves)
    for finding in pair.findings:
        # Whatever else the judge says of the pair, the moved words are neither lost nor new.
        assert phrase.lower() not in (finding.a + " " + finding.b).lower(), finding
        if finding.category in ("omission", "addition"):
            moved_words = set(phrase.lower().split())
            assert not moved_words & set((finding.a + " " + finding.b).lower().split()), finding
    assert not any(f.severity >= vardiff.Severity.MEDIUM for f in pair.findings), pair.findings
    data = json.loads(report.to_json())
    moved_ops = [op for op in data["pairs"][0]["ops"] if "moved" in op]
    assert sorted(op["op"] for op in moved_ops) == ["delete", "insert"]
    assert len({op["moved"] for op in moved_ops}) == 1


def test_a_real_drop_next_to_a_move_is_still_found() -> None:
    a = "Since 2008, exports to China grew by 8 per cent, and 1,200 workers lost their jobs."
    b = "Exports to China grew by 8 per cent since 2008."
    _, pair = _one_pair(a, b)
    assert any(op.is_moved for op in pair.ops)
    dropped = [f for f in pair.findings if f.severity >= vardiff.Severity.MEDIUM]
    assert any("1,200" in f.a for f in dropped)


def test_plain_view_marks_moves_apart_from_edits() -> None:
    ops = (
        Op("delete", "The number of", ""),
        Op("insert", "", "Since 2008", moved=1),
        Op("insert", "", ", among"),
        Op("equal", " students ", " students "),
        Op("replace", "grew by 8 per cent ", "there was an 8% growth"),
        Op("delete", "since 2008", "", moved=1),
        Op("equal", ".", "."),
    )
    a_text, b_text = "".join(op.a for op in ops), "".join(op.b for op in ops)
    docs = [
        Document(name, text, (Sentence(text, 0, len(text)),))
        for name, text in (("a", a_text), ("b", b_text))
    ]
    pair = Pair((0,), (0,), 0.9, "changed", a_text, b_text, ops)
    text = render_text(Report(Settings(), docs[0], docs[1], (pair,)), width=200)
    assert "[<since 2008<]" in text and "{>Since 2008>}" in text
    assert "[-grew by 8 per cent-]" in text and "{+there was an 8% growth+}" in text
    coloured = render_text(Report(Settings(), docs[0], docs[1], (pair,)), width=200, color=True)
    assert "[<" not in coloured and "{>" not in coloured
