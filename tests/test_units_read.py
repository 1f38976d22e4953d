"""The unit of an amount as a reader reads it (issue 7 trust, issue 8 drift): a unit said once
after a list or a range belongs to each amount ("60 million and 200 million yuan"), a currency
code before the number is its unit ("RMB 5,000" is 5,000 yuan), "mi" is miles, "25 degrees" is
the scale the other side names, and points are no percent ("34 percent" / "34 points" is
another amount, while percentage points against percent is the measures check's)."""

from __future__ import annotations

import pytest
from _hits import both_ways, checks_judged

import vardiff
from vardiff import Severity
from vardiff._numbers import extract_quantities


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("released 60 million and 200 million yuan", [(6e7, "CNY"), (2e8, "CNY")]),
        ("at least 100 to 250 meters wide", [(100.0, "m"), (250.0, "m")]),
        ("rates of 5, 10 or 15 percent", [(5.0, "%"), (10.0, "%"), (15.0, "%")]),
        ("a salary of RMB 5,000 a month", [(5000.0, "CNY")]),
        ("a loan of US$5 million", [(5e6, "USD")]),
        ("80 km (50 mi) inland", [(80.0, "km"), (50.0, "mi")]),
        ("the index fell 34 points", [(34.0, "pt")]),
        ("up three percentage points", [(3.0, "pt")]),
        # A year before an amount with a unit is no amount of that unit; a plain count keeps
        # none ("between 18 and 25 years": years are what is counted, not a unit).
        ("in 2019 and 2020 dollars", [(2019.0, None), (2020.0, "USD")]),
        ("aged between 18 and 25 years", [(18.0, None), (25.0, None)]),
        ("3 soldiers and 5 tanks", [(3.0, None), (5.0, None)]),
    ],
)
def test_the_unit_each_amount_is_read_in(text: str, read: list[tuple[float, str | None]]) -> None:
    assert [(q.value, q.unit) for q in extract_quantities(text)] == read


QUIET = [
    ("They released 60 million and 200 million yuan of relief funds.",
     "They issued 60 million yuan and 200 million yuan of relief funds."),
    ("The entrances are 100 to 250 meters wide.", "The entrances are 100 m to 250 m wide."),
    ("She earns more than RMB 5,000 a month.", "She earns more than 5,000 yuan a month."),
    ("Temperatures will reach 25 degrees on Sunday.",
     "Up to 25 degrees Celsius are expected on Sunday."),
    ("The belt stretches 80 km (50 mi) inland.", "The belt stretches 80 km (50 miles) inland."),
    ("Support rose three percentage points.", "Support rose three points."),
]  # fmt: skip

CHANGED = [
    ("They released 60 million and 200 million yuan of relief funds.",
     "They issued 60 million dollars and 200 million yuan of relief funds."),
    ("She earns more than RMB 5,000 a month.", "She earns more than 5,000 dollars a month."),
    ("The belt stretches 80 km (50 mi) inland.", "The belt stretches 80 km (50 km) inland."),
    ("The index rose 34 percent last year.", "The index rose 34 points last year."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), QUIET)
def test_the_same_amount_in_the_same_unit_is_no_finding(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        loud = [(c, s) for c, s in checks_judged(left, right) if c.startswith("number.")]
        assert all(severity <= Severity.INFO for _, severity in loud), (left, right, loud)


@pytest.mark.parametrize(("a", "b"), CHANGED)
def test_the_same_number_in_another_unit_is_high(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        assert ("number.other_unit", Severity.HIGH) in checks_judged(left, right), (left, right)


def test_percent_against_percentage_points_is_said_once() -> None:
    a = "Wind power is 19 percent of the total, four percent more than a year ago."
    b = "Wind power is 19 percent of the total, four percentage points more than a year ago."
    for left, right in both_ways(a, b):
        found = [c for c, _ in checks_judged(left, right) if c.startswith("number.")]
        assert found == ["number.points"], (left, right, found)


def test_an_amount_said_the_same_way_is_matched_before_a_conversion() -> None:
    # The 100 m must not be read as the other side's 328 ft: the unit dropped is what changed.
    a = "The entrances are at least 100 m to 250 m (328 to 820 ft) wide."
    b = "The entrances are at least 100 to 250 (328 to 820 ft) wide."
    for left, right in both_ways(a, b):
        found = {c for c, _ in checks_judged(left, right) if c.startswith("number.")}
        assert found == {"number.unit"}, (left, right, found)


def test_a_unit_a_word_away_from_its_number_is_no_unit_dropped() -> None:
    a = "The Brumbies took the lead with 14 points after three wins."
    b = "The Brumbies took the lead 14 with points after three wins."
    for left, right in both_ways(a, b):
        assert not [c for c, _ in checks_judged(left, right) if c.startswith("number.")]
    # A unit gone for good still is: "14 points" / "14".
    dropped = "The Brumbies took the lead with 14 after three wins."
    assert ("number.unit", Severity.HIGH) in checks_judged(a, dropped)


def test_units_that_are_nouns_too_stay_words_away_from_a_number() -> None:
    # "point" and "degree" name no amount here: the wording check still sees them changed.
    found = checks_judged(
        "From our vantage point, we can always see the Earth.",
        "From our angle of view, we can always see the Earth.",
    )
    assert not [c for c, _ in found if c.startswith("number.")]
    assert any(c.startswith("wording.") for c, _ in found), found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("On July 17 and 22, the ministry released the funds.",
         "On July 17 and October 22, the ministry released the funds."),
        ("The talks were held on 3 and 4 March.", "The talks were held on 3 March and 4 May."),
    ],
)  # fmt: skip
def test_a_month_said_once_for_two_days_is_each_days(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        assert ("number.changed", Severity.HIGH) in checks_judged(left, right), (left, right)
    # Said again for the second day, the month is the same date.
    again = a.replace("17 and 22", "17 and July 22").replace("3 and 4 March", "3 March and 4 March")
    for left, right in both_ways(a, again):
        loud = [(c, s) for c, s in checks_judged(left, right) if c.startswith("number.")]
        assert all(severity <= Severity.INFO for _, severity in loud), (left, right, loud)


def test_a_count_after_a_date_is_no_day() -> None:
    assert [(q.value, q.unit) for q in extract_quantities("On July 4 and 5 people died.")] == [
        ("july", "date"),
        (4.0, None),
        (5.0, None),
    ]


def test_with_the_model_a_currency_code_is_its_unit() -> None:
    quiet = vardiff.compare(
        "The fund paid RMB 8,000 to each family.", "The fund paid 8,000 yuan to each family."
    )
    changed = vardiff.compare(
        "The fund paid RMB 8,000 to each family.", "The fund paid 8,000 euros to each family."
    )
    assert max((f.severity for f in quiet.findings()), default=Severity.INFO) <= Severity.LOW
    assert any(
        f.check == "number.other_unit" and f.severity is Severity.HIGH for f in changed.findings()
    ), changed.findings()
