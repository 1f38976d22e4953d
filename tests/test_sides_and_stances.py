"""Three kinds of drift a translator's other wording hid from the judge (issue 8): a time put on
the other side of the story's time in another shape ("the next day" / "a day earlier"), a stance
turned round ("called for early elections" / "ruled out early elections", "backed" / "shelved"
the plan), and the way something was said ("in a tweet" / "in an interview"). Each has its
quiet twin: the same side, stance or channel in other words."""

from __future__ import annotations

import pytest
from _hits import assert_fails_both_ways, assert_model_tells_apart, assert_quiet_both_ways, judged

CHANGED = [
    # A time after the story's against one before it, each in its own shape.
    ("The two sides met again the next day to discuss the ceasefire.",
     "The two sides met again a day earlier to discuss the ceasefire."),
    ("The talks resumed the following week in Geneva, diplomats said.",
     "The talks resumed the week before in Geneva, diplomats said."),
    ("Prices rose a year later, according to the statistics office.",
     "Prices rose the previous year, according to the statistics office."),
    # For a step, and against it.
    ("The opposition leader called for early elections after the budget vote failed.",
     "The opposition leader ruled out early elections after the budget vote failed."),
    ("The mayor advocated a ban on diesel cars in the city centre.",
     "The mayor opposed a ban on diesel cars in the city centre."),
    ("The cabinet backed the plan to build a third runway on Monday.",
     "The cabinet shelved the plan to build a third runway on Monday."),
    # How it was said.
    ("The minister announced her resignation in a tweet on Sunday evening.",
     "The minister announced her resignation in an interview on Sunday evening."),
    ("The president defended the reform in a speech to parliament on Friday.",
     "The president defended the reform at a press conference on Friday."),
]  # fmt: skip

REWORDED = [
    ("He had arrived in the capital two days earlier, officials said.",
     "He had arrived in the capital two days before, officials said."),
    ("The team had lost to the league leaders the previous weekend.",
     "The team had lost to the league leaders the weekend before."),
    ("Prices rose the following year, according to the statistics office.",
     "Prices rose a year later, according to the statistics office."),
    ("He died in hospital three days later, his family said.",
     "He died in hospital three days afterwards, his family said."),
    ("The opposition leader called for early elections after the budget vote failed.",
     "The opposition leader pushed for early elections after the budget vote failed."),
    ("The mayor advocated a ban on diesel cars in the city centre.",
     "The mayor championed a ban on diesel cars in the city centre."),
    ("The opposition leader ruled out early elections after the budget vote failed.",
     "The opposition leader rejected early elections after the budget vote failed."),
    ("Police have not ruled out foul play in the death of the businessman.",
     "Police have not excluded foul play in the death of the businessman."),
    ("The cabinet shelved the plan to build a third runway on Monday.",
     "The cabinet postponed the plan to build a third runway on Monday."),
    ("The president defended the reform at a press conference on Friday.",
     "The president defended the reform at a news conference on Friday."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), CHANGED)
def test_another_side_stance_or_channel_fails_both_ways(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), REWORDED)
def test_the_same_side_stance_or_channel_in_other_words_stays_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


def test_a_time_placed_by_an_event_is_that_events_and_not_a_side_of_the_story() -> None:
    # "a week before the summit" places the week by the summit: the words' own opposites
    # ("before" / "after") tell the change, no second finding of the same words.
    a = "The ministers met a week before the summit in Brussels."
    b = "The ministers met a week after the summit in Brussels."
    assert_fails_both_ways(a, b)
    assert not judged(a, b, "opposite.time_side")


def test_with_the_model_the_next_day_against_a_day_earlier_fails() -> None:
    assert_model_tells_apart(
        "The factory reopened the next day, the company said.",
        "The factory reopened a day later, the company said.",
        "The factory reopened a day earlier, the company said.",
        check="opposite.",
    )


def test_with_the_model_calling_for_against_ruling_out_fails() -> None:
    assert_model_tells_apart(
        "The union called for a national strike over pay on Thursday.",
        "The union pushed for a national strike over pay on Thursday.",
        "The union ruled out a national strike over pay on Thursday.",
        check="",
    )
