"""A condition clause that says what the other side says, as a condition ("If filled with
122mm rockets, the trucks could carry ..." / "the trucks could carry ... 122mm rockets"),
sets no new condition; one that names something the other side does not ("unless a
swimming gala has been booked") does."""

from __future__ import annotations

from _hits import assert_not_judged_both_ways, judged

PLAIN = "The trucks could carry as many as 4,000 122mm rockets, the ministry said."
RESTATED = (
    "If loaded with 122 millimeter rockets, the trucks could carry as many as 4,000, the "
    "ministry said."
)


def test_a_condition_that_restates_the_other_side_is_none() -> None:
    for check in ("wording.condition_added", "wording.condition_dropped"):
        assert_not_judged_both_ways(PLAIN, RESTATED, check)


def test_a_condition_that_names_something_new_is_set() -> None:
    plain = "Members may bring two guests to the pool on weekdays."
    set_ = plain[:-1] + ", unless a swimming gala has been booked."
    assert judged(set_, plain, "wording.condition_dropped")
    assert judged(plain, set_, "wording.condition_added")
