"""A question that opens on "And" or "Or" before its auxiliary or its question word goes on
from what was said before ("And will the talks resume?"): no word is missing. A statement
or a question that opens on "And" before anything else keeps its mark.

Each pair is tried both ways round; the sentences are our own, not items of the benchmark
sets.
"""

from __future__ import annotations

import pytest
from _hits import both_ways, checks_judged

from vardiff.judge.removal import broken_junctions


@pytest.mark.parametrize(
    "question",
    [
        "And will the talks resume?",
        "Or is it already too late?",
        "And why did the minister resign?",
        "And did anyone see the driver?",
    ],
)
def test_a_question_may_open_on_a_conjunction(question: str) -> None:
    assert not {j for j in broken_junctions(question) if j.startswith("^")}, question


@pytest.mark.parametrize(
    "text", ["And melamine were found in the samples.", "And the will resume?"]
)
def test_other_openings_on_a_conjunction_keep_their_mark(text: str) -> None:
    assert "^and" in broken_junctions(text), text


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Will the talks resume next week?", "And will the talks resume next week?"),
        ("Why did the minister resign?", "And why did the minister resign?"),
    ],
)
def test_and_before_a_question_is_quiet(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert not [c for c, _ in checks_judged(x, y) if c.endswith(".broken")], (x, y)
