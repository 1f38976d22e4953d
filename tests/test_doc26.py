"""The eleventh document probe (``benchmarks/data/probe_documents11.jsonl``: an energy tariff
sheet, a hospital appointment letter and a conference programme) found these; each rule here on
texts of its own, not the probe's: a weekday in the plural is the same day ("on Saturdays" /
"Saturday"), and an adjective of a period is said by its period after "each", "every", "a" or
"per" ("a daily charge" / "a charge each day"), and the day of an event (or a part of it) is
no time before it or after it ("on the morning of the test" / "before the test"). Model-free."""

from __future__ import annotations

from _hits import assert_fails_both_ways, assert_quiet_both_ways

from vardiff._numbers import extract_quantities


def dates(text: str) -> list[str]:
    return [str(q.value) for q in extract_quantities(text) if q.unit == "date"]


def test_a_weekday_in_the_plural_is_read_as_the_weekday() -> None:
    assert dates("The library opens late on Wednesdays.") == ["wednesday"]
    assert dates("Bins are emptied on Mondays and Thursdays.") == ["monday", "thursday"]
    # a month takes no plural "s": "Mays" is no month
    assert dates("The Mays of that decade were wet.") == []


def test_a_weekday_in_the_plural_and_in_the_singular_are_quiet() -> None:
    assert_quiet_both_ways(
        "The pool is open to families on Sunday, 10am to 4pm.",
        "The pool is open to families from 10am to 4pm on Sundays.",
    )
    assert_quiet_both_ways(
        "The recycling centre is closed on Tuesdays.",
        "The recycling centre is closed every Tuesday.",
    )


def test_another_weekday_in_the_plural_or_one_dropped_fails() -> None:
    assert_fails_both_ways(
        "The recycling centre is closed on Tuesdays.",
        "The recycling centre is closed on Wednesdays.",
    )
    assert_fails_both_ways(
        "The pool is open to families from 10am to 4pm on Sundays.",
        "The pool is open to families from 10am to 4pm.",
    )


def test_an_adjective_of_a_period_said_by_its_period_is_quiet() -> None:
    assert_quiet_both_ways(
        "Members pay an annual fee of forty pounds to the club.",
        "Members pay the club a fee of forty pounds every year.",
    )
    assert_quiet_both_ways(
        "The team holds weekly meetings with the suppliers.",
        "The team meets the suppliers every week.",
    )
    assert_quiet_both_ways(
        "Tenants pay a monthly service charge for the lift.",
        "Tenants pay a service charge for the lift each month.",
    )


def test_an_adjective_of_a_period_dropped_or_said_by_another_period_fails() -> None:
    assert_fails_both_ways(
        "Members pay an annual fee of forty pounds to the club.",
        "Members pay the club a fee of forty pounds.",
    )
    assert_fails_both_ways(
        "The team holds weekly meetings with the suppliers.",
        "The team holds meetings with the suppliers every month.",
    )
    # the period is said on both sides already: the adjective dropped is still dropped
    assert_fails_both_ways(
        "The nurse checks the hourly readings each day.",
        "The nurse checks the readings each day.",
    )


def test_the_day_of_an_event_against_a_time_before_or_after_it_fails() -> None:
    assert_fails_both_ways(
        "Do not shave your legs on the morning of the scan.",
        "Do not shave your legs before the scan.",
    )
    assert_fails_both_ways(
        "Stop taking the iron tablets on the day of the test.",
        "Stop taking the iron tablets for a fortnight before the test.",
    )
    assert_fails_both_ways(
        "The shuttle bus runs on the evening of the concert.",
        "The shuttle bus runs after the concert.",
    )


def test_the_day_of_an_event_said_otherwise_or_moved_is_quiet() -> None:
    assert_quiet_both_ways(
        "Do not shave your legs on the morning of the scan.",
        "On the morning of the scan, do not shave your legs.",
    )
    assert_quiet_both_ways(
        "The shuttle bus runs on the evening of the concert.",
        "The shuttle bus runs the evening of the concert.",
    )
    # "before" and "after" kept, the day of the event told on both sides
    assert_quiet_both_ways(
        "Volunteers met before the parade on the night of the carnival.",
        "On the night of the carnival, volunteers met before the parade.",
    )
