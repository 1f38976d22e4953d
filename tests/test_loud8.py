"""loud8: opposites the placed reading missed, each with a quiet twin, with sentences of our own,
without the model.

- the other end of a stretch of time ("late 2025" / "the start of 2025", "early March" / "the
  end of March"), where the same end said another way ("early March" / "the beginning of
  March") and "late" before no stretch of time ("the late mayor") stay quiet;
- "prior to" read as "before" ("Prior to the vote" / "After the vote");
- a "no" that denies the noun after it ("no comment until at most the trial") does not turn
  back an opposite further on ("at least" / "at most");
- a word of another language is no slip of the keys on an English word that has two of its
  letters swapped across the word ("worden" / "wonder", "warten" / "wanter"): a slip swaps
  two letters side by side or one apart ("foudn", "munbers"), which stay typos;
- a condition told by an inverted "should" after a conjunction ("..., and should you want
  one, you should book early") is the "if" it is, so the duty after it told as a forecast
  ("you will book early") is ``modality.obligation``.
"""

from __future__ import annotations

import pytest
from _hits import assert_fails_both_ways, assert_quiet_both_ways, context, judged

from vardiff.judge.foreign import is_english
from vardiff.judge.modality import _inverted_if, check_modality
from vardiff.judge.opposites import placed_opposites

OTHER_END = [
    (
        "The plant will reopen in early March, the company said.",
        "The plant will reopen at the end of March, the company said.",
    ),
    ("The election is expected in late 2025.", "The election is expected at the start of 2025."),
    (
        "Work on the bridge began at the beginning of the summer.",
        "Work on the bridge began in late summer.",
    ),
    (
        "Prior to the vote, the senator met the governor.",
        "After the vote, the senator met the governor.",
    ),
    (
        "Officials said no further comment would be made at least until the trial.",
        "Officials said there would be no comment until at most the trial.",
    ),
]

SAME_END = [
    (
        "The plant will reopen in early March, the company said.",
        "The plant will reopen at the beginning of March, the company said.",
    ),
    ("The election is expected in late 2025.", "The election is expected at the end of 2025."),
    (
        "Prior to the vote, the senator met the governor.",
        "Before the vote, the senator met the governor.",
    ),
    (
        "The museum, founded by the late mayor, reopened at the start of the year.",
        "The museum, founded by the late mayor, reopened early in the year.",
    ),
    (
        "Officials said no further comment would be made at least until the trial.",
        "Officials said there would be no comment until at least the trial.",
    ),
]


@pytest.mark.parametrize(("a", "b"), OTHER_END)
def test_the_other_end_fails_both_ways(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), SAME_END)
def test_the_same_end_said_another_way_stays_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


def test_an_end_of_a_month_is_read_in_its_place() -> None:
    found = placed_opposites(
        "Late July the party posted a statement on its website.",
        "At the start of July, the party posted a statement on its website.",
    )
    assert [(p.a, p.b, p.relation) for p in found] == [("Late", "start", "time")]


def test_late_before_a_person_is_no_end_of_a_stretch() -> None:
    found = placed_opposites(
        "The late president opened the museum at the start of the year.",
        "The president opened the museum at the start of the year.",
    )
    assert found == []
    found = placed_opposites(
        "The museum was opened by the late president.",
        "The museum was opened at the start of the month.",
    )
    assert all(p.relation != "time" for p in found)


def test_prior_to_is_before() -> None:
    found = judged(
        "Prior to the vote, the senator met the governor.",
        "After the vote, the senator met the governor.",
        "opposite.antonym",
    )
    assert [(f.a, f.b) for f in found] == [("Prior to", "After")]


UNTRANSLATED = [
    (
        "All players and team staff were tested again on Monday.",
        "All players and team worden were tested again on Monday.",
    ),
    (
        "Fans would be waiting for the team at the airport.",
        "Fans would be warten for the team at the airport.",
    ),
]

MISTYPED = [
    (
        "The figures show the numbers of visitors rose last year.",
        "The figures show the munbers of visitors rose last year.",
    ),
    ("The committee found the evidence last week.", "The committee foudn the evidence last week."),
]


@pytest.mark.parametrize(("a", "b"), UNTRANSLATED)
def test_a_foreign_word_far_from_a_swap_fails_both_ways(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), MISTYPED)
def test_a_swap_of_near_letters_stays_a_typo(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize("word", ["worden", "warten"])
def test_a_swap_across_the_word_is_no_slip(word: str) -> None:
    assert not is_english(word)


@pytest.mark.parametrize("word", ["foudn", "munbers", "recieved"])
def test_a_swap_side_by_side_or_one_apart_is_a_slip(word: str) -> None:
    assert is_english(word)


JOINED_IF = (
    "Tickets are limited, and should you want one, you should book early.",
    "Tickets are limited, and if you want one, you will book early.",
)


def test_a_duty_after_a_joined_inverted_condition_told_as_a_forecast_fails_both_ways() -> None:
    assert_fails_both_ways(*JOINED_IF)
    found = check_modality(context(*JOINED_IF))
    assert [f.check for f in found] == ["modality.obligation"]


def test_the_same_duty_after_the_condition_said_with_if_stays_quiet() -> None:
    a = "Tickets are limited, and should you want one, you should book early."
    b = "Tickets are limited, and if you want one, you should book early."
    assert_quiet_both_ways(a, b)
    assert check_modality(context(a, b)) == []


def test_should_after_a_conjunction_without_a_pronoun_is_no_condition() -> None:
    duty = "The town agreed, and should be proud of it, the mayor said."
    assert _inverted_if(duty) == duty
    joined = "Prices rose, and should they rise again, the bank will act."
    assert _inverted_if(joined) == "Prices rose, and if they rise again, the bank will act."
