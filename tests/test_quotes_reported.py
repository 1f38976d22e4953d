"""A direct quote said again as reported speech, after a verb of saying, with its persons and
tenses shifted ("“We will not negotiate,” the minister said" / "the minister said they would
not negotiate"), is the same words (``quote.reported``, low); a quote set in single marks
("“learning”" / "'learning'") is the same quotation. A report that leaves out or changes a
word that carries the claim stays a quote missing.

Each pair is tried both ways round; the sentences are our own, not items of the benchmark
sets.
"""

from __future__ import annotations

import pytest
from _hits import both_ways, checks_judged, most_severe

from vardiff import Severity


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "“We will not raise taxes,” the finance minister said.",
            "The finance minister said they would not raise taxes.",
        ),
        (
            '"I can finish the race," the runner told reporters.',
            "The runner told reporters that he could finish the race.",
        ),
    ],
)
def test_a_quote_reported_as_speech_is_the_same_words(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        found = checks_judged(x, y)
        assert ("quote.reported", Severity.LOW) in found or any(
            c == "quote.reported" for c, _ in found
        ), (x, y, found)
        assert most_severe(found) <= Severity.LOW, (x, y, found)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "“We will not raise taxes,” the finance minister said.",
            "The finance minister said they would raise taxes.",
        ),
        (
            "“We will not raise taxes,” the finance minister said.",
            "The finance minister said they would not cut taxes.",
        ),
    ],
)
def test_a_report_with_a_word_of_the_claim_changed_stays_loud(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        found = checks_judged(x, y)
        assert not [c for c, _ in found if c == "quote.reported"], (x, y, found)
        assert most_severe(found) >= Severity.MEDIUM, (x, y, found)


def test_a_quote_in_single_marks_is_the_same_quotation() -> None:
    a = "Officials called the plan “reckless” and “premature” at the meeting."
    b = "Officials called the plan 'reckless' and 'premature' at the meeting."
    for x, y in both_ways(a, b):
        found = checks_judged(x, y)
        assert not [c for c, _ in found if c.startswith("quote.")], (x, y, found)


def test_an_apostrophe_is_no_single_mark() -> None:
    # The workers' union and the 'nineties: no quote of "strike" on the other side.
    a = "The union said the “strike” would go ahead."
    b = "The workers' union said the strike would go ahead."
    found = checks_judged(a, b)
    assert any(c == "quote.missing" for c, _ in found), found
