"""Four digits after a weekday, or before "local time", are a 24-hour clock's time ("Sun 0600",
"Saturday at 1500", "0330 local time"); after a weekday, four digits that may be a year stay
a number ("Sunday 1945")."""

from __future__ import annotations

from _hits import assert_fails_both_ways, assert_quiet_both_ways

from vardiff._numbers import extract_quantities


def _times(text: str) -> list[str]:
    return [str(q.value) for q in extract_quantities(text) if q.unit == "time"]


def test_four_digits_after_a_weekday_are_a_time() -> None:
    assert _times("Departures resume Tue 0645, the operator said.") == ["06:45"]
    assert _times("The final whistle is due Friday at 2115.") == ["21:15"]
    assert _times("Shelling resumed at 0410 local time, residents said.") == ["04:10"]
    assert _times("It was Sunday 1945 and the war in Europe was over.") == []
    assert _times("The firm sold 1430 vans in March.") == []


def test_the_same_time_written_otherwise_is_quiet() -> None:
    assert_quiet_both_ways(
        "The evacuation order takes effect Thu 0800, the governor's office said.",
        "The evacuation order takes effect at 08:00 on Thursday, the governor's office said.",
    )


def test_another_time_is_loud() -> None:
    assert_fails_both_ways(
        "The evacuation order takes effect Thu 0800, the governor's office said.",
        "The evacuation order takes effect Thu 1800, the governor's office said.",
    )
