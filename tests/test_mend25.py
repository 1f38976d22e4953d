"""mend25: a "no" after a verb said by a word that denies the verb ("contains no dyes" /
"free from dyes"), and a compound ending in a denying word ("duty-free" / "not subject to
duty"). Words are not taken from the probes."""

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_judged_both_ways,
    assert_not_judged_both_ways,
    assert_quiet_both_ways,
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The hand cream contains no perfume or dyes and is kind to dry skin.",
            "The hand cream is free from perfume and dyes and is kind to dry skin.",
        ),
        (
            "Our cider includes no added sugar, so it suits people on a strict diet.",
            "Our cider is free of added sugar, so it suits people on a strict diet.",
        ),
    ],
)
def test_no_after_a_verb_said_by_a_word_that_denies_it_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


def test_compound_of_a_denying_word_reads_the_denial() -> None:
    # "duty-free" denies what "not subject to duty" does: no flip of a negation.
    a = "Goods bought at the airport shop are duty-free for travellers leaving."
    b = "Goods bought at the airport shop are not subject to duty for travellers leaving."
    assert_not_judged_both_ways(a, b, "negation.count")
    assert_not_judged_both_ways(a, b, "negation.flipped")
    assert_judged_both_ways(a, b, "negation.meant")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # The denial dropped: a real change, still loud.
        (
            "The hand cream contains no perfume or dyes and is kind to dry skin.",
            "The hand cream contains perfume and dyes and is kind to dry skin.",
        ),
        (
            "The hand cream is free from perfume and dyes and is kind to dry skin.",
            "The hand cream contains perfume and dyes and is kind to dry skin.",
        ),
        # The denying compound against its plain opposite.
        (
            "Goods bought at the airport shop are duty-free for travellers leaving the country.",
            "Goods bought at the airport shop are dutiable for travellers leaving the country.",
        ),
        # A word that denies nothing of the verb leaves the "no" a flip.
        (
            "Our cider includes no added sugar, so it suits people on a strict diet.",
            "Our cider is rich in added sugar, so it suits people on a strict diet.",
        ),
    ],
)
def test_denial_dropped_stays_loud(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "You may cancel the gym membership within 14 days of joining without any fee.",
            "You may cancel the gym membership for 14 days after joining without any fee.",
        ),
        (
            "Claims must be lodged within six months of the accident to be considered.",
            "Claims must be lodged for six months after the accident to be considered.",
        ),
    ],
)
def test_window_for_a_span_after_an_event_is_quiet(a: str, b: str) -> None:
    # "for N units after" an event spans the window "within N units of" it says.
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Another span.
        (
            "You may cancel the gym membership within 14 days of joining without any fee.",
            "You may cancel the gym membership for 10 days after joining without any fee.",
        ),
        # Another unit.
        (
            "Claims must be lodged within six months of the accident to be considered.",
            "Claims must be lodged for six weeks after the accident to be considered.",
        ),
    ],
)
def test_window_changed_stays_loud(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)
