"""How certain a claim is (issue 8): a "will" made "may" is another claim, whether the
"will" is written as a "would" of reported speech, stands in a direct quote on both sides or in
the consequence of the same condition; advice told as a forecast ("should" / "will") is another
claim too. Judged without the model, under the shipped calibration, both ways round.

The sentences are our own, not those of the dev sets or the contrast set in benchmarks/data.
"""

from __future__ import annotations

import pytest
from _hits import both_ways, judged

from vardiff import Severity

CERTAINTY = "modality.certainty"
OBLIGATION = "modality.obligation"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # The future of a past report: what the ministry announced as what will be.
        (
            "The ministry announced that the troops would leave the border region by March.",
            "The ministry announced that the troops might leave the border region by March.",
        ),
        # A claim about what is so, stated or hedged.
        (
            "It would be pointless to reopen the case without new evidence.",
            "It could be pointless to reopen the case without new evidence.",
        ),
        # A speaker's own words, quoted on both sides.
        (
            '"It will take years to rebuild the bridge," the mayor said.',
            '"It may take years to rebuild the bridge," the mayor said.',
        ),
        # The same condition on both sides: its consequence is certain on one, possible on
        # the other.
        (
            "If the union accepts the offer, the strike will end on Monday.",
            "If the union accepts the offer, the strike may end on Monday.",
        ),
    ],
)
def test_certain_against_possible_fails_the_gate(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        found = judged(left, right, CERTAINTY)
        assert found and found[0].severity >= Severity.MEDIUM, (left, right, found)


def test_one_of_two_modals_turned_is_read_where_the_other_stays() -> None:
    a = "Moderate rain will fall across Moscow, and storms could follow in the evening."
    b = "Moderate rain may fall across Moscow, and storms could follow in the evening."
    for left, right in both_ways(a, b):
        [found] = judged(left, right, CERTAINTY)
        assert found.severity >= Severity.MEDIUM and dict(found.evidence)["mixed"] == 1.0
        assert found.a == ("will" if left == a else "may"), found


def test_the_message_says_which_way_the_claim_moved() -> None:
    a = "Officials said the airport would reopen on Friday."
    b = "Officials said the airport might reopen on Friday."
    [weaker] = judged(a, b, CERTAINTY)
    [stronger] = judged(b, a, CERTAINTY)
    assert "weakened" in weaker.message and "'would'" in weaker.message
    assert "stronger" in stronger.message and "'might'" in stronger.message


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Drivers crossing the mountain pass should carry snow chains.",
            "Drivers crossing the mountain pass will carry snow chains.",
        ),
        (
            "Under the deal, the company must repay the loans by December.",
            "Under the deal, the company will repay the loans by December.",
        ),
    ],
)
def test_advice_or_duty_told_as_a_forecast_fails_the_gate(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        found = judged(left, right, OBLIGATION)
        assert found and found[0].severity >= Severity.MEDIUM, (left, right, found)
        assert dict(found[0].evidence)["duty_in_a"] == float(left == a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A duty in other words.
        (
            "Travellers must show a passport at the border.",
            "Travellers have to show a passport at the border.",
        ),
        # "would" that wishes, and "would-be", tell nothing of what will be.
        (
            "Many would-be buyers may wait for the next model.",
            "Many potential buyers may wait for the next model.",
        ),
        ("The mayor would like the bridge to reopen.", "The mayor may want the bridge reopened."),
        # "may" in lower case after "in" is the month.
        (
            "In May, Havlicek said that the price of electricity would rise.",
            "havlicek said in may that he expects the price of electricity to rise.",
        ),
        # "could n't" (tokenized) denies an ability, as "couldn't" does.
        (
            "Even a giant dinosaur such as T-Rex would be no match for it.",
            "Even a giant dinosaur like the T-Rex could n't compete with it.",
        ),
        # A forecast beside the advice: "should" tells what is expected.
        (
            "The bridge should reopen next week, and traffic will return to normal.",
            "The bridge will reopen next week, and traffic will return to normal.",
        ),
    ],
)
def test_the_same_certainty_in_other_words_is_quiet(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        found = judged(left, right, CERTAINTY) + judged(left, right, OBLIGATION)
        assert not found, (left, right, found)
