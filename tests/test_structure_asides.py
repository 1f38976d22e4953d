"""An aside in brackets or between dashes moved to another noun (``role.attached``): it now
tells of that noun. The same aside set off by commas instead, or a letter code or a figure in
brackets, is no such move. Sentences of our own, each pair both ways round."""

from __future__ import annotations

import pytest
from _hits import assert_judged_both_ways, assert_not_judged_both_ways

MOVED = [
    (
        "The old ferry (built in Norway in 1978) will be replaced by a catamaran next spring.",
        "The old ferry will be replaced by a catamaran (built in Norway in 1978) next spring.",
    ),
    (
        "The mayor – a former police chief – met the governor on Tuesday to discuss the budget.",
        "The mayor met the governor – a former police chief – on Tuesday to discuss the budget.",
    ),
]
KEPT = [
    # A source closing the sentence on both sides follows whatever word ends it.
    (
        "Reading aloud is cited as a reason for early literacy (Smith et al., 2019).",
        "Reading aloud is given as a reason for literacy early (Smith et al., 2019).",
    ),
    (
        "The old ferry (built in Norway in 1978) will be replaced next spring.",
        "The old ferry, built in Norway in 1978, will be replaced next spring.",
    ),
    (
        "The European Central Bank (ECB) raised rates, and the Bank of England followed.",
        "The Bank of England followed the European Central Bank (ECB) in raising rates.",
    ),
    (
        "The fine of $10 million (£8 million) was paid by the bank; the regulator closed the case.",
        "The regulator closed the case, and the bank paid the fine of $10 million (£8 million).",
    ),
]


@pytest.mark.parametrize(("a", "b"), MOVED)
def test_an_aside_moved_to_another_noun_now_describes_it(a: str, b: str) -> None:
    assert_judged_both_ways(a, b, "role.attached")


@pytest.mark.parametrize(("a", "b"), KEPT)
def test_an_aside_on_the_same_noun_or_a_code_is_no_move(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "role.attached")
