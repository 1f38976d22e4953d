"""Amounts a translator states another way (issue 7 trust), beside their changed twins (issue 8):
a change by a factor in one word ("doubled" / "rose 100 percent", "tripled" / "threefold",
"halved" / "fell by 50 percent"), a share of one unit ("half a percent" / "0.5 percent", "a
quarter of a point" / "25 basis points"), a sum ("150 passengers and six crew" / "156 people")
and a scale named after a person ("6.1 on the Richter scale" / "a magnitude of 6.1"); a metric
prefix ("1 km" / "1,000 metres"), a bound after its amount ("80 pounds or more" / "at least 80
pounds"), bare degrees converted ("40 degrees" / "104 degrees Fahrenheit") and a share of a span
("a quarter of a century" / "25 years", where "20 years" is the amount changed)."""

from __future__ import annotations

import pytest
from _hits import (
    _findings,
    assert_fails_both_ways,
    assert_model_tells_apart,
    assert_quiet_both_ways,
)

from vardiff._numbers import compare_quantities, extract_amounts

SAID_ANOTHER_WAY = [
    ("Sales doubled last year.", "Sales rose 100 percent last year."),
    ("Sales doubled last year.", "Sales rose by 100% last year."),
    ("Sales doubled last year.", "Sales increased two times last year."),
    ("Sales doubled last year.", "Sales were twice as high last year."),
    ("The number of cases tripled in a month.", "The number of cases rose threefold in a month."),
    ("The company's revenue tripled to $3 billion.", "Its revenue rose 200 percent to $3 billion."),
    ("The population has doubled.", "The population has grown twofold."),
    ("Prices have halved since March.", "Prices have fallen by 50 percent since March."),
    ("Emissions were cut by half by 2020.", "Emissions were halved by 2020."),
    ("The bank raised rates by half a percent.", "The bank raised rates by 0.5 percent."),
    ("Rates rose by half a percentage point.", "Rates rose by 0.5 percentage points."),
    ("Rates rose by a quarter of a percentage point.", "Rates rose by 25 basis points."),
    ("Inflation fell to a quarter of a percent.", "Inflation fell to 0.25 percent."),
    ("Rates rose by a quarter point.", "Rates rose by 0.25 points."),
    ("The Fed cut rates by a half point.", "The Fed cut rates by 50 basis points."),
    ("The party gained half a point in the poll.", "The party gained 0.5 points in the poll."),
    ("The plane carried 150 passengers and six crew.", "The plane carried 156 people."),
    ("The bus carried 12 adults, 4 children and 2 drivers.", "The bus carried 18 people."),
    ("The quake measured 6.1 on the Richter scale.", "The quake had a magnitude of 6.1."),
    ("The quake measured 6.1 on the Richter scale.", "The 6.1-magnitude quake struck at dawn."),
]

CHANGED = [
    ("Sales doubled last year.", "Sales rose 50 percent last year."),
    ("Sales doubled last year.", "Sales tripled last year."),
    ("Sales doubled last year.", "Sales rose last year."),
    ("Sales doubled last year.", "Sales fell 100 percent last year."),
    ("The number of cases tripled in a month.", "The number of cases rose twofold in a month."),
    ("Prices have halved since March.", "Prices have fallen by 25 percent since March."),
    ("Prices have halved since March.", "Prices have risen by 50 percent since March."),
    ("The bank raised rates by half a percent.", "The bank raised rates by 5 percent."),
    ("Rates rose by a quarter of a percentage point.", "Rates rose by 0.5 percentage points."),
    ("The party gained half a point in the poll.", "The party gained five points in the poll."),
    ("The plane carried 150 passengers and six crew.", "The plane carried 150 people."),
    ("The plane carried 150 passengers and six crew.", "The plane carried 157 people."),
    ("The quake measured 6.1 on the Richter scale.", "The quake had a magnitude of 7.1."),
]


@pytest.mark.parametrize(("a", "b"), SAID_ANOTHER_WAY)
def test_an_amount_said_another_way_stays_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), CHANGED)
def test_another_amount_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Sales doubled.", [(100.0, "%")]),
        ("Sales tripled.", [(200.0, "%")]),
        ("Prices halved.", [(50.0, "%")]),
        ("Cases rose fourfold.", [(300.0, "%")]),
        ("a 10-fold increase", [(900.0, "%")]),
        ("rates rose half a percent", [(0.5, "%")]),
        ("a quarter of a percentage point", [(0.25, "pt")]),
        ("half of the voters", [(50.0, "%")]),  # a share of a whole, as before
        ("25 basis points", [(25.0, "bp")]),
        # No factor: a verb with another sense, a fold that counts parts, a fold beside a fall
        # (as often a third as three times).
        ("The gym doubled as a hospital.", []),
        ("The party doubled down on its pledge.", []),
        ("The aim is twofold.", []),
        ("Exports fell threefold.", []),
    ],
)
def test_the_amount_each_says(text: str, read: list[tuple[float, str]]) -> None:
    assert [(q.value, q.unit) for q in extract_amounts(text)] == read


def test_a_sum_is_its_parts_reworded_and_the_parts_must_stand_together() -> None:
    summed = compare_quantities("150 passengers and six crew died.", "156 people died.")
    assert not (summed.only_a or summed.only_b)
    assert {(a.text, b.text) for a, b in summed.reworded} == {("150", "156"), ("six", "156")}
    # Two amounts apart in the sentence are no sum: "6 in 2019" is no part of "156".
    apart = compare_quantities("150 died in 2019; six more died later.", "156 died in 2019.")
    assert [q.text for q in apart.only_b] == ["156"]


def test_a_named_scale_is_no_name_dropped() -> None:
    found = _findings(
        "The quake measured 6.1 on the Richter scale.", "The quake was magnitude 6.1."
    )
    assert not [f for f in found if f.check.startswith("entity.")], found


def test_with_the_model_a_factor_is_its_percentage() -> None:
    assert_model_tells_apart(
        "The number of people seeking asylum in the country doubled in the first half of the year.",
        "The number of people seeking asylum in the country rose by 100 percent in the first half "
        "of the year.",
        "The number of people seeking asylum in the country rose by 50 percent in the first half "
        "of the year.",
        check="number.",
    )


PREFIXES_AND_SPANS = [
    ("The bridge is 1 km long.", "The bridge is 1,000 metres long."),
    ("The ship weighs 5,000 tonnes.", "The ship weighs 5 million kilograms."),
    ("The pipe is 2.5 cm wide.", "The pipe is 25 mm wide."),
    ("He ruled for a quarter of a century.", "He ruled for 25 years."),
    ("The temperature hit 40 degrees.", "The temperature hit 104 degrees Fahrenheit."),
]

CHANGED_PREFIXES_AND_SPANS = [
    ("The bridge is 1 km long.", "The bridge is 100 metres long."),
    ("The ship weighs 5,000 tonnes.", "The ship weighs 5,000 kilograms."),
    ("The temperature hit 40 degrees.", "The temperature hit 90 degrees Fahrenheit."),
    # A span in words against another count of time is that count changed, not one amount
    # dropped and another added (one of which the fit scores low).
    ("He ruled for a quarter of a century.", "He ruled for 20 years."),
    ("The talks lasted an hour and a half.", "The talks lasted 80 minutes."),
    ("The firm has worked there for a decade.", "The firm has worked there for eight years."),
    ("The bridge reopened a day later.", "The bridge reopened two days later."),
]


def test_a_span_in_words_against_another_count_is_that_count_changed() -> None:
    for a, b in (
        ("He ruled for a quarter of a century.", "He ruled for 20 years."),
        ("The talks lasted an hour and a half.", "The talks lasted 80 minutes."),
    ):
        for x, y in ((a, b), (b, a)):
            assert [f.check for f in _findings(x, y) if f.category == "number"] == [
                "number.changed"
            ]


@pytest.mark.parametrize(("a", "b"), PREFIXES_AND_SPANS)
def test_another_prefix_or_a_share_of_a_span_stays_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), CHANGED_PREFIXES_AND_SPANS)
def test_another_amount_in_another_prefix_or_span_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


BOUND_SAID_AFTER = [
    ("Tickets cost at least 80 pounds.", "Tickets cost 80 pounds or more."),
    ("Customers must be at least 18 to open an account.", "Customers must be 18 or older."),
    ("Groups of at most 10 may enter.", "Groups of 10 or fewer may enter."),
]

BOUND_TURNED = [
    ("Tickets cost at most 80 pounds.", "Tickets cost 80 pounds or more."),
    ("Customers must be under 18 to open an account.", "Customers must be 18 or older."),
    ("Groups of more than 10 may enter.", "Groups of 10 or fewer may enter."),
]


@pytest.mark.parametrize(("a", "b"), BOUND_SAID_AFTER)
def test_a_bound_said_after_its_amount_stays_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), BOUND_TURNED)
def test_a_bound_after_its_amount_at_the_other_end_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)
