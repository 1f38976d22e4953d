"""Quantity kinds of drift of probe_drift21 (issue 7: trust; issue 8: meaning changes the
embedding cannot see): amounts in the scales of the Indian numbering system ("5 lakh" /
"500,000", "3 crore" / "30 million") and power or energy in another step of the SI's prefixes
("350 megawatts" / "0.35 gigawatts", "45 terawatt-hours" / "45,000 gigawatt-hours", "300
kilowatts" / "about 400 horsepower"). The probe was written before the judge's rules for these
kinds were read; its first run on main 2702d99 is the out-of-sample figure
(benchmarks/data/README.md).

Knowledge written against it, each with its loud and quiet twins (sentences not the probe's):
the scales "lakh" (100,000) and "crore" (10 million) in ``vardiff/_numbers.py``, after a
figure ("2.5 crore", "5 lakhs"), in words ("one lakh") and vague ("lakhs of"), so that "5
lakh" against "5 crore" is another amount and against "500,000" the same; the units watt and
terawatt, watt-hour and terawatt-hour, and horsepower, and the conversions between the steps
of a thousand of watts and of watt-hours, and between kilowatts and horsepower (a power is
never an energy: "200 megawatts" / "200 megawatt-hours" stays another amount)."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_judged_both_ways,
    assert_not_judged_both_ways,
    assert_quiet_both_ways,
)

from vardiff._numbers import extract_amounts

# -- lakh and crore ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The farmer took a loan of 2.5 lakh rupees from the bank.", 250_000.0),
        ("The new bridge will cost 40 crore rupees, officials said.", 400_000_000.0),
        ("Each winner gets 5 lakhs in prize money.", 500_000.0),
        ("About one lakh pilgrims reached the shrine.", 100_000.0),
    ],
)
def test_lakh_and_crore_are_scales_of_an_amount(text: str, value: float) -> None:
    assert [q.value for q in extract_amounts(text)] == [value]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The district hospital received a grant of 8 lakh rupees to buy oxygen "
            "concentrators, the health officer said.",
            "The district hospital received a grant of 8 crore rupees to buy oxygen "
            "concentrators, the health officer said.",
        ),
        (
            "The airline said about 12 crore passengers flew on domestic routes last year, "
            "a record for the country.",
            "The airline said about 12 million passengers flew on domestic routes last year, "
            "a record for the country.",
        ),
    ],
)
def test_another_indian_scale_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The district hospital received a grant of 8 lakh rupees to buy oxygen "
            "concentrators, the health officer said.",
            "The district hospital received a grant of 800,000 rupees to buy oxygen "
            "concentrators, the health officer said.",
        ),
        (
            "The airline said about 12 crore passengers flew on domestic routes last year, "
            "a record for the country.",
            "The airline said about 120 million passengers flew on domestic routes last year, "
            "a record for the country.",
        ),
    ],
)
def test_the_same_amount_in_the_international_system_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


# -- power and energy in another step of the SI's prefixes ---------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The offshore wind farm, due to open in 2027, will have a capacity of 1,200 "
            "megawatts, the consortium said.",
            "The offshore wind farm, due to open in 2027, will have a capacity of 1.2 "
            "gigawatts, the consortium said.",
        ),
        (
            "The data centre will use about 2 terawatt-hours of electricity a year, as much as "
            "a small city, campaigners said.",
            "The data centre will use about 2,000 gigawatt-hours of electricity a year, as much "
            "as a small city, campaigners said.",
        ),
        (
            "The tractor's new engine produces 150 kilowatts and runs on a blend of diesel and "
            "vegetable oil, the maker said.",
            "The tractor's new engine produces about 200 horsepower and runs on a blend of "
            "diesel and vegetable oil, the maker said.",
        ),
    ],
)
def test_power_or_energy_in_another_step_of_a_thousand_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The offshore wind farm, due to open in 2027, will have a capacity of 1,200 "
            "megawatts, the consortium said.",
            "The offshore wind farm, due to open in 2027, will have a capacity of 1.2 "
            "megawatts, the consortium said.",
        ),
        (
            "The data centre will use about 2 terawatt-hours of electricity a year, as much as "
            "a small city, campaigners said.",
            "The data centre will use about 2 terawatts of electricity a year, as much as a "
            "small city, campaigners said.",
        ),
        (
            "The tractor's new engine produces 150 kilowatts and runs on a blend of diesel and "
            "vegetable oil, the maker said.",
            "The tractor's new engine produces about 150 horsepower and runs on a blend of "
            "diesel and vegetable oil, the maker said.",
        ),
    ],
)
def test_another_power_or_an_energy_for_a_power_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


# -- prefix.*: the same word after another prefix, or after one on one side only ----------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The museum's new gallery shows pottery from the pre-war period, most of it "
            "donated by families in the town.",
            "The museum's new gallery shows pottery from the post-war period, most of it "
            "donated by families in the town.",
        ),
        (
            "Staff at the bank will be able to work off-site for up to two days a week "
            "under the new agreement with the union.",
            "Staff at the bank will be able to work on-site for up to two days a week "
            "under the new agreement with the union.",
        ),
    ],
)
def test_another_prefix_before_the_same_word_fails(a: str, b: str) -> None:
    assert_judged_both_ways(a, b, "prefix.changed")
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Electricity bought at off-peak times will cost a third less under the tariff the "
            "supplier launched on Monday.",
            "Electricity bought at peak times will cost a third less under the tariff the "
            "supplier launched on Monday.",
        ),
        (
            "The airline said the co-pilot had reported a warning light shortly before the "
            "plane turned back to Dublin.",
            "The airline said the pilot had reported a warning light shortly before the plane "
            "turned back to Dublin.",
        ),
        (
            "The singer's half-sister told the court that she had not seen him for more than "
            "ten years.",
            "The singer's sister told the court that she had not seen him for more than ten years.",
        ),
    ],
)
def test_a_prefix_on_one_side_only_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The club lost all four of its pre-season matches, and the manager said the "
            "players needed more time together.",
            "The club lost all four of its preseason matches, and the manager said the "
            "players needed more time together.",
        ),
        (
            "Tax rises for the super-rich were dropped from the budget after objections from "
            "the coalition's smaller party.",
            "Tax rises for the ultra-rich were dropped from the budget after objections from "
            "the coalition's smaller party.",
        ),
        (
            "The charity's co-founder, a retired teacher from Cork, was given an award on "
            "Friday for her work with refugees.",
            "The charity's cofounder, a retired teacher from Cork, was given an award on "
            "Friday for her work with refugees.",
        ),
    ],
)
def test_the_same_prefix_spelt_another_way_is_no_prefix_finding(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "prefix.changed")
    assert_not_judged_both_ways(a, b, "prefix.dropped")
    assert_not_judged_both_ways(a, b, "prefix.added")
    assert_quiet_both_ways(a, b)


# -- kind.field: weight classes, forms of government, sanctions, removals from a country,
# prices, economic indicators, measures of health, courts, trading sessions, a contract's
# periods ---------------------------------------------------------------------------------------

_FIELD_CHANGES = [
    (
        "The judoka, who won bronze at featherweight in Tokyo, will fight at bantamweight at "
        "next month's European championships.",
        "The judoka, who won bronze at featherweight in Tokyo, will fight at lightweight at "
        "next month's European championships.",
    ),
    (
        "After the election the Social Democrats formed a minority government with the "
        "backing of the Greens in parliament.",
        "After the election the Social Democrats formed a coalition government with the "
        "backing of the Greens in parliament.",
    ),
    (
        "The university reprimanded the professor after students complained about his "
        "comments during a lecture in March.",
        "The university expelled the professor after students complained about his comments "
        "during a lecture in March.",
    ),
    (
        "The hacker, a British citizen, will be extradited to Sweden, where prosecutors want "
        "to question him about the attack.",
        "The hacker, a British citizen, will be deported to Sweden, where prosecutors want "
        "to question him about the attack.",
    ),
    (
        "Wholesale electricity prices in the region have doubled since the summer, the "
        "energy regulator said in a report.",
        "Retail electricity prices in the region have doubled since the summer, the energy "
        "regulator said in a report.",
    ),
    (
        "Economists expect core inflation to stay above 3 percent until the spring, "
        "according to a survey published on Monday.",
        "Economists expect headline inflation to stay above 3 percent until the spring, "
        "according to a survey published on Monday.",
    ),
    (
        "The prevalence of asthma among children in the city is twice the national rate, "
        "the study found.",
        "The incidence of asthma among children in the city is twice the national rate, the "
        "study found.",
    ),
    (
        "Her lawyers said they would take the case to the appeals court if the ruling was "
        "not overturned.",
        "Her lawyers said they would take the case to the district court if the ruling was "
        "not overturned.",
    ),
    (
        "Shares in the retailer fell 6 percent in pre-market trading after it cut its sales "
        "forecast for the year.",
        "Shares in the retailer fell 6 percent in after-hours trading after it cut its sales "
        "forecast for the year.",
    ),
    (
        "New staff at the firm have a six-month probation period, during which either side "
        "can end the contract.",
        "New staff at the firm have a six-month notice period, during which either side can "
        "end the contract.",
    ),
]

_FIELD_CHANGES += [
    (
        "The rugby team has lost only once at home in the last two seasons, a record the "
        "coach called remarkable.",
        "The rugby team has lost only once on the road in the last two seasons, a record the "
        "coach called remarkable.",
    ),
    (
        "The Celtics have won their last six away games and sit second in the conference, "
        "two wins behind the leaders.",
        "The Celtics have won their last six home games and sit second in the conference, "
        "two wins behind the leaders.",
    ),
]

_FIELD_SAME = [
    (
        "The judoka, who won bronze at featherweight in Tokyo, will fight at light "
        "middleweight at next month's European championships.",
        "The judoka, who won bronze at featherweight in Tokyo, will fight at super "
        "welterweight at next month's European championships.",
    ),
    (
        "The president asked the finance minister to lead a caretaker government until the "
        "election in October.",
        "The president asked the finance minister to lead an interim government until the "
        "election in October.",
    ),
    (
        "The university reprimanded the professor after students complained about his "
        "comments during a lecture in March.",
        "The university rebuked the professor after students complained about his comments "
        "during a lecture in March.",
    ),
    (
        "Wholesale electricity prices in the region have doubled since the summer, the "
        "energy regulator said in a report.",
        "Wholesale prices of electricity in the region have doubled since the summer, the "
        "energy regulator said in a report.",
    ),
    (
        "Economists expect core inflation to stay above 3 percent until the spring, "
        "according to a survey published on Monday.",
        "Economists expect underlying inflation to stay above 3 percent until the spring, "
        "according to a survey published on Monday.",
    ),
    (
        "Her lawyers said they would take the case to the appeals court if the ruling was "
        "not overturned.",
        "Her lawyers said they would take the case to the court of appeals if the ruling was "
        "not overturned.",
    ),
]


@pytest.mark.parametrize(("a", "b"), _FIELD_CHANGES)
def test_another_thing_of_a_field_fails(a: str, b: str) -> None:
    assert_judged_both_ways(a, b, "kind.field")
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), _FIELD_SAME)
def test_one_thing_of_a_field_named_another_way_is_quiet(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "kind.field")
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Brazil, playing on home soil for the first time since the World Cup, beat Chile "
            "3-0 in Rio on Thursday night.",
            "Brazil, playing at home for the first time since the World Cup, beat Chile 3-0 in "
            "Rio on Thursday night.",
        ),
        (
            "The rugby team has lost only once on the road in the last two seasons, a record "
            "the coach called remarkable.",
            "The rugby team has lost only once away from home in the last two seasons, a "
            "record the coach called remarkable.",
        ),
    ],
)
def test_where_a_team_plays_told_by_an_idiom_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)
