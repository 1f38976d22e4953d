"""Dates, times of day and vague amounts: the same one written another way is no change ("3 March
2021" / "3/3/2021", "noon" / "12 pm", "dozens" / "scores of"); another one is ("3/4/2021" /
"3/5/2021", "midnight" / "10 pm", "dozens" / "hundreds"). Each pair is read both ways.

Expected results are what a careful reader of the two sentences would say, written by hand.
"""

from __future__ import annotations

import pytest

import vardiff
from vardiff import Finding, Pair, Severity, word_diff
from vardiff._numbers import compare_quantities, extract_quantities, vague_range
from vardiff.judge import build_context
from vardiff.judge.numbers import check_numbers


def _both_ways(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(a, b) for a, b in pairs] + [(b, a) for a, b in pairs]


def _unmatched(a: str, b: str) -> tuple[list[str], list[str]]:
    diff = compare_quantities(a, b)
    return [q.text for q in diff.only_a], [q.text for q in diff.only_b]


SAME = [
    # A date in digits, in each common order and separator, is the date in words.
    ("The trial opens on 3 March 2021 in Paris.", "The trial opens on 3/3/2021 in Paris."),
    ("The trial opens on 3 March 2021 in Paris.", "The trial opens on 03.03.2021 in Paris."),
    ("The trial opens on 3 March 2021 in Paris.", "The trial opens on 2021-03-03 in Paris."),
    ("The trial opens on 14 March 2021 in Paris.", "The trial opens on 3/14/21 in Paris."),
    # "3/4/2021" is 3 April day first and March 4 month first: either reading may be meant.
    ("The ceasefire began on March 4, 2021.", "The ceasefire began on 3/4/2021."),
    ("The ceasefire began on 3 April 2021.", "The ceasefire began on 3/4/2021."),
    ("The ceasefire began on 4/3/2021.", "The ceasefire began on 3/4/2021."),
    ("The vote was held on 3 March.", "The vote was held on the 3rd of March."),
    ("The law took effect on Mon., Sept. 6.", "The law took effect on Monday, September 6."),
    ("She joined the party in the spring of '98.", "She joined the party in the spring of 1998."),
    # Times of day: 12- and 24-hour clocks, and the words for them.
    ("The summit closes at noon on Friday.", "The summit closes at 12 pm on Friday."),
    ("The summit closes at noon on Friday.", "The summit closes at 12:00 on Friday."),
    ("The curfew begins at midnight.", "The curfew begins at 00:00."),
    ("The last train leaves at 3.30pm.", "The last train leaves at 15:30."),
    ("The last train leaves at half past three.", "The last train leaves at 3:30."),
    (
        "The last train leaves at half past three in the afternoon.",
        "The last train leaves at 15:30.",
    ),
    # Said in words, a time is of either half of the day; in digits, of a 24-hour clock.
    ("The match kicks off at a quarter to eight.", "The match kicks off at 19:45."),
    ("The polls close at 8 pm GMT.", "The polls close at 20:00 GMT."),
    # Vague amounts of the same size, and a figure within a vague amount's range.
    ("The storm killed dozens of people.", "The storm killed scores of people."),
    (
        "Thousands of people marched in the capital.",
        "Several thousand people marched in the capital.",
    ),
    ("Hundreds of people were arrested.", "More than 100 people were arrested."),
    ("Dozens of homes were destroyed.", "About 50 homes were destroyed."),
    ("Several soldiers were wounded.", "A few soldiers were wounded."),
    ("The ice is a couple thousand years old.", "The ice is a couple of thousand years old."),
    # "several" alone says "some": no amount against no amount.
    ("Several soldiers were wounded.", "Some soldiers were wounded."),
    # A date told from the day of writing, said another way, or against a date in another
    # unit or an absolute one, which a translation may say either way.
    ("The minister resigned yesterday.", "The minister resigned the previous day."),
    ("Exports rose over the past week.", "Exports rose last week."),
    ("Prices are higher this year.", "Prices are higher today."),
]

CHANGED = [
    ("The ceasefire began on 5 April 2021.", "The ceasefire began on 3/4/2021."),
    ("The ceasefire began on 3/4/2021.", "The ceasefire began on 3/5/2021."),
    ("The vote was held on 3 March.", "The vote was held on the 4th of March."),
    ("The law took effect on Mon., Sept. 6.", "The law took effect on Tuesday, September 6."),
    ("She joined the party in '98.", "She joined the party in 1999."),
    ("The curfew begins at midnight.", "The curfew begins at 10 pm."),
    ("The last train leaves at half past three.", "The last train leaves at 4:30."),
    ("The last train leaves at 3:30 am.", "The last train leaves at 15:30."),
    ("The last train leaves at 3:30.", "The last train leaves at 15:30."),
    ("The match kicks off at eight o'clock in the morning.", "The match kicks off at 20:00."),
    # A time that lost its "p.m." is read as written, as a 24-hour clock's.
    ("Firefighters put out the fire by 11:35 pm.", "Firefighters put out the fire by 11:35."),
    ("The storm killed dozens.", "The storm killed hundreds."),
    ("Hundreds of people were arrested.", "Thousands of people were arrested."),
    ("A few people were hurt in the blast.", "Dozens of people were hurt in the blast."),
    ("Thousands lost power after the storm.", "Millions lost power after the storm."),
    ("Dozens of homes were destroyed.", "2,000 homes were destroyed."),
    ("Tens of thousands fled the city.", "Thousands fled the city."),
    ("The water will rise a few feet.", "The water will rise a few dozen feet."),
    ("Exports fell sharply last year.", "Exports fell sharply this year."),
    ("The minister resigned yesterday.", "The minister resigned today."),
    ("The talks will resume next week.", "The talks resumed last week."),
]


@pytest.mark.parametrize(("a", "b"), _both_ways(SAME))
def test_the_same_date_time_or_size_written_another_way_is_no_change(a: str, b: str) -> None:
    assert _unmatched(a, b) == ([], [])


@pytest.mark.parametrize(("a", "b"), _both_ways(CHANGED))
def test_another_date_time_or_size_is_a_change(a: str, b: str) -> None:
    only_a, only_b = _unmatched(a, b)
    assert only_a and only_b, (only_a, only_b)


def test_a_date_in_digits_reads_as_its_day_month_and_year() -> None:
    values = [q.value for q in extract_quantities("Talks resume on 03.11.2024.")]
    assert values == [3, "november", 2024]
    # Month first where day first cannot be: "11/23/2024".
    values = [q.value for q in extract_quantities("Talks resume on 11/23/2024.")]
    assert values == ["november", 23, 2024]


@pytest.mark.parametrize(
    "text",
    [
        "The score was 3-3-21 after extra time.",  # only a slash takes a two-digit year
        "He ran 1/2 mile on 24/7 duty.",
        "Version 2.10.33 of the app was released.",
        "Updated: 2024-06-18 The minister spoke.",  # a metadata stamp, the artifact check's
    ],
)
def test_what_only_looks_like_a_date_in_digits_is_none(text: str) -> None:
    assert all(q.unit != "date" for q in extract_quantities(text))


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Dozens of people fled.", 20, 200),
        ("Hundreds of people fled.", 200, 1_000),
        ("Several thousand people fled.", 3_000, 10_000),
        ("Tens of thousands of people fled.", 20_000, 100_000),
        ("Hundreds of millions of people fled.", 200_000_000, 1_000_000_000),
    ],
)
def test_a_vague_amount_spans_a_range(text: str, low: float, high: float) -> None:
    [quantity] = extract_quantities(text)
    assert vague_range(quantity) == (low, high)


def _numbers(a: str, b: str) -> list[Finding]:
    pair = Pair(
        a=(0,), b=(0,), similarity=0.9, status="changed", a_text=a, b_text=b, ops=word_diff(a, b)
    )
    return check_numbers(build_context(pair, [a], [b]))


def test_a_vague_amount_of_another_size_is_no_loose_rendering() -> None:
    [finding] = _numbers("The storm killed dozens.", "The storm killed hundreds.")
    assert (finding.check, finding.a, finding.b) == ("number.changed", "dozens", "hundreds")
    assert dict(finding.evidence)["loose"] == 0.0
    assert "order of magnitude" in finding.message


def test_a_changed_month_in_digits_is_named() -> None:
    [finding] = _numbers("It opens on 3/4/2021.", "It opens on 3/5/2021.")
    assert "date changed" in finding.message
    assert "4 (April)" in finding.message and "5 (May)" in finding.message


def test_a_changed_time_is_said_to_be_a_time() -> None:
    [finding] = _numbers("The curfew begins at midnight.", "The curfew begins at 10 pm.")
    assert finding.message.startswith("the time changed: midnight in A")


# -- end to end, under the shipped calibration --------------------------------------------------


def _numbers_found(a: str, b: str) -> list[Finding]:
    report = vardiff.compare(a, b)
    return [f for p in report.pairs for f in p.findings if f.category == "number"]


@pytest.mark.parametrize(
    ("a", "b"),
    _both_ways(
        [
            ("The trial opens on 3 March 2021 in Paris.", "The trial opens on 3/3/2021 in Paris."),
            ("The summit closes at noon on Friday.", "The summit closes at 12 pm on Friday."),
            ("Hundreds of people were arrested.", "More than 100 people were arrested."),
        ]
    ),
)
def test_the_same_date_time_or_size_is_quiet_end_to_end(a: str, b: str) -> None:
    found = _numbers_found(a, b)
    assert all(f.severity is Severity.INFO for f in found), found


@pytest.mark.parametrize(
    ("a", "b"),
    _both_ways(
        [
            ("The storm killed dozens.", "The storm killed hundreds."),
            ("Dozens of homes were destroyed.", "2,000 homes were destroyed."),
            ("The ceasefire began on 3/4/2021.", "The ceasefire began on 3/5/2021."),
            ("Exports fell sharply last year.", "Exports fell sharply this year."),
        ]
    ),
)
def test_another_date_or_size_is_high_end_to_end(a: str, b: str) -> None:
    found = _numbers_found(a, b)
    assert any(f.severity is Severity.HIGH for f in found), found
