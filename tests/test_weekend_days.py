"""The days of every weekend said one by one or as "weekends": "closed on Saturdays and Sundays"
/ "closed at weekends" drops no day, while one day of the two against "weekends" does."""

from __future__ import annotations

from _hits import assert_not_judged_both_ways, checks_judged, most_severe

from vardiff import Severity

A = "The ferry office does not open on Saturdays, Sundays or public holidays from October."


def test_saturdays_and_sundays_are_weekends_both_ways() -> None:
    b = "The ferry office does not open at weekends or on public holidays from October."
    assert_not_judged_both_ways(A, b, "number.dropped")
    assert_not_judged_both_ways(A, b, "number.added")
    one = "The swimming pool is closed on Saturdays and Sundays for the whole of January."
    assert_not_judged_both_ways(
        one, "The swimming pool is closed at weekends for the whole of January.", "number.dropped"
    )


def test_one_day_of_the_two_still_fails() -> None:
    # The other way round ("weekends" / "Saturdays") is read as a day added at info: a gap
    # left as it was.
    found = checks_judged(
        "The ferry office does not open on Saturdays or public holidays from October.",
        "The ferry office does not open at weekends or on public holidays from October.",
    )
    assert most_severe(found) >= Severity.MEDIUM, found
