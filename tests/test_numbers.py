"""Quantities read from text: values, units, what they count, and what is not a quantity.

Expected values are what a careful reader takes the words to mean, written by hand.
"""

from __future__ import annotations

import pytest

from vardiff._numbers import Quantity, changed_codes, compare_quantities, extract_quantities


def _one(text: str) -> Quantity:
    found = extract_quantities(text)
    assert len(found) == 1, found
    return found[0]


def _values(text: str) -> list[float | str]:
    return [q.value for q in extract_quantities(text)]


# -- values -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The containers could hold 3 million shells.", 3_000_000),
        ("The containers could hold three million shells.", 3_000_000),
        ("The containers could hold 3,000,000 shells.", 3_000_000),
        ("They could hold more than 500,000 rockets.", 500_000),
        ("They could hold more than half a million rockets.", 500_000),
        ("About a quarter of a million people fled.", 250_000),
        ("Some 2.5 million people fled.", 2_500_000),
        ("Some two and a half million people fled.", 2_500_000),
        ("Some 2 and a half million people fled.", 2_500_000),
        ("Some two million and a half people fled.", 2_500_000),
        ("Some a million and a half people fled.", 1_500_000),
        ("The talks lasted 3 and a half hours.", 3.5),
        ("The budget grew to $5bn.", 5_000_000_000),
        ("It cost £3m.", 3_000_000),
        ("North Korea sent nearly 7,000 containers.", 7_000),
        ("North Korea sent nearly 7000 containers.", 7_000),
        ("Twenty-five soldiers were wounded.", 25),
        ("The army bought a dozen drones.", 12),
        ("The army bought half a dozen drones.", 6),
        ("One hundred and twenty soldiers crossed.", 120),
        ("Three hundred thousand people marched.", 300_000),
    ],
)
def test_amount_values(text: str, value: float) -> None:
    assert _one(text).value == pytest.approx(value)


def test_a_list_of_word_numbers_is_several_amounts() -> None:
    # "and" joins "two and a half", never two items of a list.
    assert _values("Between three and four soldiers were hurt.") == [3, 4]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("the 152mm shells", "mm"),
        ("the 152 millimeter shells", "mm"),
        ("the 152-millimeter shells", "mm"),
        ("prices rose 10% in a year", "%"),
        ("prices rose ten percent in a year", "%"),
        ("prices rose 10 per cent in a year", "%"),
        ("aid worth $5 million", "USD"),
        ("aid worth 5 million dollars", "USD"),
        ("a range of 300 kilometres", "km"),
        ("a range of 300 km", "km"),
        ("an area of 3,850 km²", "km²"),
        ("an area of 3,850 km2", "km²"),
        ("an area of 3,850 sq km", "km²"),
        ("an area of 3,850 square kilometres", "km²"),
        ("a flat of 50 m²", "m²"),
        ("a flat of 50 square metres", "m²"),
        ("a park of 20 square miles", "mi²"),
        ("a fire that burned 200 hectares", "ha"),
        ("a farm of 200 acres", "acre"),
    ],
)
def test_units_are_normalised(text: str, unit: str) -> None:
    assert _one(text).unit == unit


def test_clock_times_are_normalised_to_24_hours() -> None:
    assert _one("The strike came at 3:30 p.m. local time.").value == "15:30"
    assert _one("The strike came at 15:30 local time.").value == "15:30"
    assert _one("The strike came at 5pm.").value == "17:00"


def test_a_score_or_ratio_is_two_numbers_with_a_dash_or_a_colon() -> None:
    assert _values("The team won the match 2-1.") == [2.0, 1.0]
    assert _values("The team won the game 2:1.") == [2.0, 1.0]
    assert _values("Women outnumber men 3:1 here.") == [3.0, 1.0]
    assert _values("The strike came at 2:30 local time.") == ["02:30"]
    same = compare_quantities("They won the match 2-1.", "They won the game 2:1.")
    assert not same.only_a and not same.only_b
    changed = compare_quantities("They won the match 2:1.", "They won the game 3:1.")
    assert [q.text for q in changed.only_a] == ["2"] and [q.text for q in changed.only_b] == ["3"]


def test_both_or_a_pair_is_the_two_on_the_other_side() -> None:
    same = compare_quantities("These two black holes are moving.", "Both black holes are moving.")
    assert not same.only_a and not same.only_b
    pair = compare_quantities("He bought a pair of shoes.", "He bought two shoes.")
    assert not pair.only_a and not pair.only_b
    # Where both sides say "both", a two is a number of its own.
    changed = compare_quantities("Both teams scored two goals.", "Both teams scored three goals.")
    assert [q.text for q in changed.only_a] == ["two"]
    assert [q.text for q in changed.only_b] == ["three"]


def test_decades_and_ordinals_are_quantities() -> None:
    decade = _one("Relations cooled in the 1990s.")
    assert (decade.value, decade.unit) == ("1990s", "decade")
    ordinal = _one("It was the 21st launch this year.")
    assert (ordinal.value, ordinal.unit) == (21, "ordinal")


def test_vague_amounts_count_as_what_they_say() -> None:
    thousands = _one("Russia fires thousands of artillery shells every day.")
    assert thousands.value == "thousands"
    assert thousands.counted == "shells"
    assert _one("Tens of thousands of troops massed.").value == "tens of thousands"


# -- dates --------------------------------------------------------------------------------


def test_month_weekday_and_year_are_read() -> None:
    found = extract_quantities("The trip starts on Tuesday, and talks began in September 2022.")
    assert [(q.value, q.unit) for q in found] == [
        ("tuesday", "date"),
        ("september", "date"),
        (2022, None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The talks ended in May.",
        "The talks ended on May 5.",
        "The talks ended on 5 May.",
        "May 2022 was the coldest month.",
        "Fighting eased between April and May.",
    ],
)
def test_may_is_a_month_where_a_date_is_meant(text: str) -> None:
    assert ("may", "date") in [(q.value, q.unit) for q in extract_quantities(text)]


@pytest.mark.parametrize(
    "text",
    [
        "North Korea may also be supplying rifles.",
        "May God protect them, he said.",
        "Prime Minister Theresa May said the talks failed.",
    ],
)
def test_may_as_a_verb_or_a_name_is_no_date(text: str) -> None:
    assert not [q for q in extract_quantities(text) if q.unit == "date"]


def test_lower_case_month_names_are_verbs() -> None:
    assert extract_quantities("The troops will march on the capital.") == []


def test_month_abbreviations_need_a_dot_or_a_day() -> None:
    assert _values("The deal was signed on Jan. 5.") == ["january", 5]
    assert _values("Jan Kowalski signed the deal.") == []


# -- what is not a quantity ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Putin will meet one of the main arms suppliers.",
        "No one was hurt in the strike.",
        "The leaders praised one another.",
        "Experts said debris from the Hwasong-11A was found.",
        "The F-16 jets have not arrived.",
        "G7 leaders met in Italy.",
        "COVID-19 cases rose.",
        "date 2024-06-18 President Putin will travel.",
        "Updated 2024-06-18T10:30 by the desk.",
    ],
)
def test_not_quantities(text: str) -> None:
    assert extract_quantities(text) == []


def test_one_as_a_count_is_still_read() -> None:
    assert _one("Only one missile hit the city.").value == 1


@pytest.mark.parametrize(
    "text",
    [
        "To judge the deal, one must know what the ministry was promised.",
        "If one were to close the border, trade would stop within days.",
        "The old bridge was replaced by a safer one last year.",
        "The two opposition parties will merge into one.",
        "The council voted as one, the mayor said.",
    ],
)
def test_one_for_a_person_or_a_thing_is_no_amount(text: str) -> None:
    assert "one" not in [q.text.lower() for q in extract_quantities(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The two firms merged into one company.",
        "Two soldiers were wounded and one was killed.",
        "The vote ended two to one.",
    ],
)
def test_one_that_counts_is_still_an_amount(text: str) -> None:
    assert "one" in [q.text.lower() for q in extract_quantities(text)]


def test_one_is_the_article_on_the_other_side() -> None:
    same = compare_quantities(
        "The deal takes the talks one step closer to a ceasefire.",
        "The deal takes the talks a step closer to a ceasefire.",
    )
    assert not same.only_a and not same.only_b
    noun = compare_quantities("An armed drone hit the depot.", "One drone hit the depot.")
    assert not noun.only_a and not noun.only_b
    # Another number where the other side has the article is a change.
    changed = compare_quantities("A drone hit the depot.", "Two drones hit the depot.")
    assert [q.text for q in changed.only_b] == ["Two"]


# -- what is counted --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("as many as 3 million 152mm artillery shells", "shells"),
        ("up to three million bullets, the minister said", "bullets"),
        ("more than 1,000 containers of weapons", "containers"),
        ("more than 1,000 weapons containers", "containers"),
        ("a two-day visit", "day"),
        ("3 Russian soldiers were killed", "soldiers"),
        ("one man died", "man"),
        ("seven months after the start of the war", "months"),
    ],
)
def test_counted_noun(text: str, counted: str) -> None:
    assert extract_quantities(text)[0].counted == counted


@pytest.mark.parametrize(
    "text",
    ["It happened on 18 June.", "In 2022 Russia invaded.", "It rose 10% last year."],
)
def test_nothing_counted(text: str) -> None:
    assert extract_quantities(text)[0].counted is None


def test_spans_quote_the_text_exactly() -> None:
    text = "They could hold more than half a million rockets."
    quantity = _one(text)
    assert quantity.text == "half a million"
    assert text[quantity.start : quantity.start + len(quantity.text)] == quantity.text


# -- comparing ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("hold 3 million shells", "hold three million shells"),
        ("hold 3 million shells", "hold 3,000,000 shells"),
        ("more than 500,000 rockets", "more than half a million rockets"),
        ("the 152mm shells", "the 152 millimeter shells"),
        ("the 152mm shells", "the 152-millimeter shells"),
        ("an area of 3,850 km², of which", "an area of 3,850 square kilometers, of which"),
        ("200 hectares of forest", "200 ha of forest"),
        # A decade with its century left out.
        ("the company was founded in the 1990s", "the company was founded in the nineties"),
        ("the company was founded in the 1990s", "the company was founded in the '90s"),
        # Converted for the reader, and rounded.
        ("temperatures reached 40C", "temperatures hit 104 degrees Fahrenheit"),
        ("a range of 100 km", "a range of 62 miles"),
        ("a summit at 8,848 metres", "a summit at 29,029 feet"),
        ("rose 10%", "rose ten percent"),
        ("at 3:30 p.m.", "at 15:30"),
    ],
)
def test_same_amount_written_another_way_is_reworded(a: str, b: str) -> None:
    diff = compare_quantities(a, b)
    assert not diff.only_a and not diff.only_b and not diff.recounted
    assert len(diff.reworded) == 1


def test_changed_amount() -> None:
    diff = compare_quantities("hold 3 million shells", "hold 4 million shells")
    assert [q.text for q in diff.only_a] == ["3 million"]
    assert [q.text for q in diff.only_b] == ["4 million"]


def test_dropped_and_added_amounts() -> None:
    dropped = compare_quantities("The army sent 5,000 troops.", "The army sent troops.")
    assert [q.text for q in dropped.only_a] == ["5,000"] and not dropped.only_b
    added = compare_quantities("The army sent troops.", "The army sent 5,000 troops.")
    assert [q.text for q in added.only_b] == ["5,000"] and not added.only_a


def test_changed_date() -> None:
    diff = compare_quantities("talks began in March 2022", "talks began in April 2022")
    assert [q.value for q in diff.only_a] == ["march"]
    assert [q.value for q in diff.only_b] == ["april"]


def test_another_decade_is_a_change_with_or_without_its_century() -> None:
    diff = compare_quantities("founded in the 1990s", "founded in the eighties")
    assert [q.text for q in diff.only_a] == ["1990s"] and [q.text for q in diff.only_b] == [
        "eighties"
    ]
    diff = compare_quantities("built in the 1890s", "built in the 1990s")
    assert diff.only_a and diff.only_b


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("a range of 5 km", "a range of 5 miles"),
        ("aid worth $5 million", "aid worth 5 million euros"),
        ("an area of 3,850 km²", "a length of 3,850 km"),
        ("a fire that burned 200 hectares", "a fire that burned 200 acres"),
        ("temperatures reached 40C", "temperatures hit 100 degrees Fahrenheit"),
        ("a range of 100 km", "a range of 100 miles"),
    ],
)
def test_same_number_in_another_unit_is_a_change(a: str, b: str) -> None:
    diff = compare_quantities(a, b)
    assert diff.only_a and diff.only_b


def test_same_amount_of_a_different_thing() -> None:
    diff = compare_quantities(
        "the containers could hold as many as 3 million 152mm artillery shells",
        "the containers could carry up to three million bullets",
    )
    assert [(x.counted, y.counted) for x, y in diff.recounted] == [("shells", "bullets")]


def test_same_thing_counted_in_other_words_is_no_recount() -> None:
    diff = compare_quantities(
        "more than 1,000 containers of weapons", "more than 1,000 weapons containers"
    )
    assert not diff.recounted and not diff.only_a and not diff.only_b
    diff = compare_quantities("one man died in the strike", "one man was killed in the strike")
    assert not diff.recounted


def test_a_repeated_amount_is_no_addition() -> None:
    diff = compare_quantities(
        "They sent 3 million shells.", "They sent 3 million shells, 3 million in all."
    )
    assert not diff.only_a and not diff.only_b


def test_a_repeated_amount_is_no_omission_either() -> None:
    # Issue 10, bug 3: the rule held for B repeating an amount, not for A repeating it.
    forward = compare_quantities(
        "They sent 3 million shells, 3 million in all.", "They sent 3 million shells."
    )
    backward = compare_quantities(
        "They sent 3 million shells.", "They sent 3 million shells, 3 million in all."
    )
    assert not forward.only_a and not forward.only_b
    assert (forward.only_a, forward.only_b) == (backward.only_b, backward.only_a)
    # An amount that appears on one side only is still reported, in either direction.
    dropped = compare_quantities("They sent 3 million shells and 500 guns.", "They sent 3 million.")
    added = compare_quantities("They sent 3 million.", "They sent 3 million shells and 500 guns.")
    assert [q.text for q in dropped.only_a] == ["500"] == [q.text for q in added.only_b]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A clock time written with a dot, as much of Europe writes it.
        ("The report came out at 12.00 GMT today.", "The report came out at 12:00 GMT today."),
        # The continental decimal comma before a scale word or a percent sign.
        ("A deposit of 3,5 million was paid.", "A deposit of 3.5 million was paid."),
        # A decade with an apostrophe.
        ("Apia was founded in the 1850s.", "Apia was founded in the 1850's."),
    ],
)
def test_the_same_amount_in_a_regional_or_older_notation_is_no_change(a: str, b: str) -> None:
    diff = compare_quantities(a, b)
    assert not diff.only_a and not diff.only_b


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Fourteen billion years pass and the song still rings.", "years"),
        ("Three shells exploded near the school.", "shells"),
        ("Four news agencies reported it.", "agencies"),
    ],
)
def test_a_plural_noun_ends_what_is_counted(text: str, counted: str) -> None:
    # The verb after a plural noun ("years pass") is not what the amount counts.
    [quantity] = extract_quantities(text)
    assert quantity.counted == counted


# -- dates in words, ranges, numbered names ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "span"),
    [
        ("Built in the third century BCE, it still stands.", 3, "third"),
        ("Twentieth century research has shown it.", 20, "Twentieth"),
        ("On November first the drivers fight for points.", 1, "first"),
        ("It opened on the twenty-first of May.", 21, "twenty-first"),
    ],
)
def test_an_ordinal_in_words_that_dates_something_is_a_quantity(
    text: str, value: int, span: str
) -> None:
    ordinals = [q for q in extract_quantities(text) if q.unit == "ordinal"]
    assert [(q.value, q.text) for q in ordinals] == [(value, span)]


@pytest.mark.parametrize(
    "text", ["For the first time, he came second.", "The third reason is money.", "a first draft"]
)
def test_an_ordinal_in_words_that_orders_is_no_quantity(text: str) -> None:
    assert extract_quantities(text) == []


def test_both_ends_of_a_range_are_amounts() -> None:
    assert _values("They did it in 3-4 hours.") == [3, 4]
    diff = compare_quantities("They did it in 3-4 hours.", "They did it in 3-5 hours.")
    assert [(q.text, r.text) for q, r in zip(diff.only_a, diff.only_b, strict=True)] == [("4", "5")]
    # An ISO date is a date (its year, month and day), and a span of years stays what it was.
    assert _values("On 2024-06-18 it came.") == [2024, "june", 18]
    assert _values("In 1990-1995 it grew.") == [1990]


def test_a_day_as_an_ordinal_or_a_plain_number_is_the_same_day() -> None:
    diff = compare_quantities("It ends on June 20th.", "It ends on June 20.")
    assert not diff.only_a and not diff.only_b


@pytest.mark.parametrize(
    ("a", "b", "changed"),
    [
        (
            "Compatible with 802.11g radios.",
            "Compatible with 802.22g radios.",
            [("802.11g", "802.22g")],
        ),
        (
            "During the Covid-19 pandemic.",
            "During the covid-93 pandemic.",
            [("Covid-19", "covid-93")],
        ),
        ("The MH17 crash, F-16 jets, an A320.", "The MH-17 crash, F16 jets, an A-320.", []),
        ("In the 1990s at 3pm, 5km away, 2nd.", "In the 1980s at 4pm, 6km away, 3rd.", []),
    ],
)
def test_a_number_in_a_name_that_changed_is_found(
    a: str, b: str, changed: list[tuple[str, str]]
) -> None:
    assert changed_codes(a, b) == changed


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("It is over 2 1/2 million tenge.", "It is more than two and a half million tenge."),
        ("It is over 2 1/2 million tenge.", "It is more than 2 and a half million tenge."),
        ("1.5 million people fled.", "A million and a half people fled."),
        ("Haiti had no cases since the 1800s.", "Haiti had no cases since the early 19th century."),
        ("He became the runner on 2nd base.", "He became a second base runner."),
        ("It is his 10th season.", "It is his tenth season."),
    ],
)
def test_the_same_amount_as_a_fraction_a_century_or_an_ordinal_word_is_no_change(
    a: str, b: str
) -> None:
    diff = compare_quantities(a, b)
    assert not diff.only_a and not diff.only_b, diff


def test_a_slash_between_numbers_is_a_fraction_only_when_it_reads_as_one() -> None:
    # "1/2/2020" is a date (day first, where it reads both ways): its month is a month.
    values = _values("It runs 24/7, about 3½ hours, on 1/2/2020.")
    assert values == [24, 7, 3.5, 1, "february", 2020]


def test_a_repeated_amount_with_a_new_one_across_from_it_changed() -> None:
    diff = compare_quantities(
        "The iPhone 6 and 6 Plus sold well.", "The iPhone 6 and 7 Plus sold well."
    )
    assert [(q.text, r.text) for q, r in zip(diff.only_a, diff.only_b, strict=True)] == [("6", "7")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A man in his fifties was hurt.", "50s"),
        ("It rains as early as the 28th (Tue).", "tuesday"),
    ],
)
def test_a_decade_in_words_and_a_weekday_abbreviated_in_brackets_are_quantities(
    text: str, value: str
) -> None:
    assert value in _values(text)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Nearly half of the voters stayed home.", "Almost 50 percent of the voters stayed home."),
        ("A third of the budget went to defence.", "33% of the budget went to defence."),
        ("Two-thirds of the members voted.", "67 percent of the members voted."),
        ("Three quarters of the town was flooded.", "75% of the town was flooded."),
    ],
)
def test_a_share_in_words_is_its_percentage(a: str, b: str) -> None:
    for left, right in ((a, b), (b, a)):
        diff = compare_quantities(left, right)
        assert not diff.only_a and not diff.only_b, diff
        assert len(diff.reworded) == 1, diff


def test_another_share_is_a_changed_amount() -> None:
    diff = compare_quantities("Half of the voters stayed home.", "40% of the voters stayed home.")
    assert [q.text for q in diff.only_b] == ["40%"]
    diff = compare_quantities("Two-thirds of members voted.", "Three-quarters of members voted.")
    assert diff.only_a and diff.only_b
    # "the third quarter" is a period of the year, not a share.
    diff = compare_quantities("Sales rose in the third quarter.", "Sales rose 25% this year.")
    assert [q.text for q in diff.only_b] == ["25%"]


@pytest.mark.parametrize(
    ("a", "b", "only_a", "only_b"),
    [
        (
            "Rates rose by a quarter point.",
            "Rates rose by half a point.",
            "a quarter point",
            "half a point",
        ),
        ("Two-thirds of members voted.", "A third of members voted.", "Two-thirds", "A third"),
        ("Half of the voters stayed home.", "40% of the voters stayed home.", "Half", "40%"),
    ],
)
def test_a_share_in_words_against_another_share_is_changed(
    a: str, b: str, only_a: str, only_b: str
) -> None:
    diff = compare_quantities(a, b)
    assert [q.text for q in diff.only_a] == [only_a], diff
    assert [q.text for q in diff.only_b] == [only_b], diff
    back = compare_quantities(b, a)
    assert [q.text for q in back.only_a] == [only_b], back
    assert [q.text for q in back.only_b] == [only_a], back


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Half of them stayed.", "Half of them stayed."),
        ("One half of the town was flooded.", "Half of the town was flooded."),
        # A share in words is a round figure: translators round it either way.
        ("By 1976, thirty percent had been restored.", "By 1976, a third had been restored."),
        # Alone, "half" is often no amount: it is left to the wording.
        ("in the first half of the match", "in the first 45 minutes of the match"),
    ],
)
def test_the_same_share_or_a_share_against_no_share_is_no_changed_amount(a: str, b: str) -> None:
    for left, right in ((a, b), (b, a)):
        diff = compare_quantities(left, right)
        assert not any(q.unit == "%" or "half" in q.text.lower() for q in diff.only_a), diff
        assert not any(q.unit == "%" or "half" in q.text.lower() for q in diff.only_b), diff
        assert not any(q.text.lower() == "one" for q in diff.only_a + diff.only_b), diff


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A rate is a share: one of every so many.
        ("Every fifth child lives in poverty.", "One in five children lives in poverty."),
        ("One in five children lives in poverty.", "20 percent of children live in poverty."),
        ("One in three voters backed him.", "A third of voters backed him."),
        ("One out of ten patients relapsed.", "One in 10 patients relapsed."),
    ],
)
def test_a_rate_in_other_words_is_the_same_share(a: str, b: str) -> None:
    for left, right in ((a, b), (b, a)):
        diff = compare_quantities(left, right)
        assert not diff.only_a and not diff.only_b, diff


@pytest.mark.parametrize(
    ("a", "b", "only_a", "only_b"),
    [
        ("Every fifth child lives in poverty.", "One in four children lives in poverty.",
         "Every fifth", "One in four"),
        # Close percentages, yet another rate: a rate is exact.
        ("One in six owns a boat.", "One in seven owns a boat.", "One in six", "One in seven"),
        ("One in five children lives in poverty.", "25 percent of children live in poverty.",
         "One in five", "25 percent"),
    ],
)  # fmt: skip
def test_another_rate_is_a_changed_share(a: str, b: str, only_a: str, only_b: str) -> None:
    diff = compare_quantities(a, b)
    assert [q.text for q in diff.only_a] == [only_a], diff
    assert [q.text for q in diff.only_b] == [only_b], diff


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("the worst flood in a century", "the worst flood in 100 years"),
        ("over the past decade", "over the past ten years"),
        ("over two decades", "over 20 years"),
        ("within a week", "within seven days"),
        ("half a century ago", "50 years ago"),
        ("Temperatures reached 40C.", "Temperatures hit 40 degrees Celsius."),
    ],
)
def test_a_span_or_a_temperature_in_other_units_is_the_same_amount(a: str, b: str) -> None:
    for left, right in ((a, b), (b, a)):
        diff = compare_quantities(left, right)
        assert not diff.only_a and not diff.only_b, diff


def test_another_span_or_a_bare_letter_is_no_unit() -> None:
    assert compare_quantities("within a week", "within ten days").only_b
    assert compare_quantities("for a decade", "for 20 years").only_b
    assert [(q.value, q.unit) for q in extract_quantities("It was 104F.")] == [(104.0, "°F")]
    # A letter after a space, or in lower case, is no temperature.
    assert [q.unit for q in extract_quantities("The F-16 and 40 F-35s")] == [None]
    assert [q.unit for q in extract_quantities("a 40 c drop")] == [None]
