"""A time to come told on one side only (issue 7: DEMETR tense errors): "will block" where the
other side's verb, another verb, tells the event as done or as now. The same verb at another
time is the op-level check's; here the translator changed the verb as well, so only the
sentences' times can be compared. Quiet where the other side tells a time to come otherwise
(a modal, "is expected to", "plans to", "is to", "tomorrow"), where the future stands after a
condition or a wish, and where the other side's present is in progress (a plan). News-style
pairs of our own, both directions, without the model."""

from __future__ import annotations

import pytest

from vardiff import Pair, word_diff
from vardiff.judge._context import build_context
from vardiff.judge.tense import check_tense


def _pair(a: str, b: str) -> Pair:
    return Pair(
        a=(0,), b=(0,), similarity=0.9, status="changed", a_text=a, b_text=b,
        ops=word_diff(a, b),
    )  # fmt: skip


def _told(a: str, b: str) -> list[dict[str, object]]:
    found = check_tense(build_context(_pair(a, b), [a], [b]))
    return [
        {"a": f.a, "b": f.b, "message": f.message, **dict(f.evidence)}
        for f in found
        if f.check == "tense.future_one_side"
    ]


# (A, B, A's verb as shown, B's verb as shown, whether the side without the future tells the
# event as done)
MOVED = [
    ("Last year, the Supreme Court stopped the administration's attempts to include the question.",
     "The Supreme Court last year will block the administration from including the question.",
     "stopped", "will block", True),
    ("The islands lie in the Indian Ocean, off the east coast of Africa.",
     "The islands will be located in the Indian Ocean, off the east coast of Africa.",
     "lie", "will be located", False),
    ("On July 17, the finance ministry released 60 million yuan of relief funds.",
     "The finance ministry on July 17 will successively issue 60 million yuan of relief funds.",
     "released", "will successively issue", True),
    ("The air force was eventually equipped with 32 new fighter jets.",
     "The air force will be provided with 32 new fighter jets.",
     "was eventually equipped", "will be provided", True),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "verb_a", "verb_b", "done"), MOVED)
def test_a_future_one_side_tells_against_the_other_sides_time(
    a: str, b: str, verb_a: str, verb_b: str, done: bool
) -> None:
    [told] = _told(a, b)
    assert (told["a"], told["b"]) == (verb_a, verb_b)
    assert told["done_other"] == float(done)
    when = "past" if done else "present"
    assert f"{when} in A ({verb_a!r}), future in B ({verb_b!r})" in str(told["message"])
    # The other way round: the future is A's, and the message says so.
    [back] = _told(b, a)
    assert (back["a"], back["b"]) == (verb_b, verb_a)
    assert f"future in A ({verb_b!r}), {when} in B ({verb_a!r})" in str(back["message"])


QUIET = [
    # The other side tells a time to come otherwise: an expectation, a plan, "is to", a modal.
    ("Heavy rain will lead to a long period of rain in the region.",
     "Heavy rain is expected to fall and the rain is likely to last."),
    ("The company will open a new plant in Ohio.",
     "The company plans to open a new plant in Ohio."),
    ("The team will play a warm-up match against St. Louis.",
     "The team is to play a warm-up match against St. Louis."),
    ("The minister will visit Kyiv.", "The minister may visit Kyiv."),
    # A future after a condition or a wish tells no event's time.
    ("If it gets far away, it is too quiet to hear.",
     "If they are far away, the sound will be very small."),
    ("Officials count on the flood to rebuild the sandbars.",
     "Officials hope it will be enough to rebuild the sandbars."),
    # A present in progress tells a plan.
    ("We are starting the new signs on the A4 motorway.",
     "The new signs will be introduced on the A4 motorway."),
    # Both sides tell the future.
    ("The plant will close in May.", "The factory will shut down in May."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), QUIET)
def test_a_time_to_come_told_otherwise_or_on_both_sides_stays_quiet(a: str, b: str) -> None:
    assert _told(a, b) == []
    assert _told(b, a) == []


def test_the_same_move_told_by_the_op_level_reading_is_not_said_twice() -> None:
    a = "Last year the Supreme Court stopped the government's attempt to add the question."
    b = "The Supreme Court will block the government's attempt to add the question."
    found = check_tense(build_context(_pair(a, b), [a], [b]))
    assert [(f.check, f.a, f.b) for f in found] == [("tense.across_now", "stopped", "will block")]


def test_a_habit_and_a_future_after_a_reporting_passive_stay_quiet() -> None:
    # "is said to make" tells a time to come; a habit is told in the present or the future.
    for a, b in [
        ("He is speculated to make a run for president in 2016.",
         "It is speculated that he will run for president in 2016."),
        ("A course will normally last between two and five days.",
         "A course usually takes between two and five days and includes first aid."),
    ]:  # fmt: skip
        assert _told(a, b) == []
        assert _told(b, a) == []


def test_a_present_in_a_clause_of_time_tells_a_time_to_come() -> None:
    a = "Booking ahead gives travellers peace of mind that they will have a bed once they arrive."
    b = "By booking ahead, the traveller has peace of mind of finding a bed once they arrive."
    assert _told(a, b) == []
    assert _told(b, a) == []


def test_a_contraction_on_the_other_side_does_not_move_the_reading() -> None:
    # The present in progress ("we're starting") tells a plan, spelt out or contracted.
    a = "At first the new signs will be introduced on the A4 motorway, said the minister."
    for b in (
        "We are starting the new signs on the A4 motorway, informed the minister.",
        "We're starting the new signs on the A4 motorway, informed the minister.",
    ):
        assert _told(a, b) == []
        assert _told(b, a) == []


# A contracted future is shown and placed as the text writes it: the editor's highlight falls
# on "won't end" / "they'll open", not on nothing.
CONTRACTED = [
    ("The council lifted the curfew at the end of the month.",
     "The council won't end the curfew at the end of the month.", "won't end"),
    ("In March, the airport launched the new terminal, its director said.",
     "The airport's director said they'll open the new terminal in March.", "they'll open"),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "verb_b"), CONTRACTED)
def test_a_contracted_future_is_shown_where_the_text_writes_it(a: str, b: str, verb_b: str) -> None:
    found = [
        f
        for f in check_tense(build_context(_pair(a, b), [a], [b]))
        if f.check == "tense.future_one_side"
    ]
    [told] = found
    assert told.b == verb_b
    assert told.b_span is not None and b[told.b_span[0] : told.b_span[1]] == verb_b
