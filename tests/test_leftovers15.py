"""Kinds of drift probe_drift15 still found missed after its own rules (issue 7: trust; issue
8: meaning changes the embedding cannot see), each with its loud and quiet twins (sentences not
the probe's): a military unit by its size ("platoon" / "battalion", "regiment" / "division":
``kind.field``, field ``military_unit``); what a sum of money pays for ("fine" / "fee",
"ransom" / "reward", "bribes" / "donations", "royalties" / "advances": field
``payment_kind``); a sum after inflation or before it ("in real terms" / "in cash terms":
field ``price_basis``), the same basis in other words ("in real terms" / "after inflation")
quiet; adjectives that differ only in a counting prefix ("bilateral" / "multilateral",
"unicameral" / "bicameral": field ``count_prefix``), nouns whose prefix lost its count
("universe" / "multiverse") quiet; a number that is part of a stage's name ("the last eight"
/ "the quarter-finals") no amount added; a firm named by what it makes joined to "maker" and
by the product before a word for a firm ("steelmaker" / "steel company", "drugmaker" /
"pharmaceutical manufacturer") one source, its product no modifier dropped, another product
("steelmaker" / "chemical company") another source."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_judged_both_ways,
    assert_not_judged_both_ways,
    assert_quiet_both_ways,
)

LOUD_FIELDS = [
    (
        "Two platoons of engineers were sent to repair the bridge before the floods.",
        "Two battalions of engineers were sent to repair the bridge before the floods.",
    ),
    (
        "A regiment of cavalry crossed the river at night and took the village.",
        "A division of cavalry crossed the river at night and took the village.",
    ),
    (
        "The colonel led a brigade of mountain troops in the last campaign.",
        "The colonel led a company of mountain troops in the last campaign.",
    ),
    (
        "The clinic charges a fee of 20 dollars for each visit after six in the evening.",
        "The clinic charges a fine of 20 dollars for each visit after six in the evening.",
    ),
    (
        "Kidnappers demanded a ransom of one million dollars for the engineer's release.",
        "Kidnappers demanded a reward of one million dollars for the engineer's release.",
    ),
    (
        "The senator denied taking bribes from the oil industry during the campaign.",
        "The senator denied taking donations from the oil industry during the campaign.",
    ),
    (
        "The writer lives on the royalties from her first two novels.",
        "The writer lives on the advances from her first two novels.",
    ),
    (
        "Pensions rose by 3 percent in real terms in 2019, the ministry said.",
        "Pensions rose by 3 percent in cash terms in 2019, the ministry said.",
    ),
    (
        "The two ministers agreed to hold bilateral meetings on energy every spring.",
        "The two ministers agreed to hold multilateral meetings on energy every spring.",
    ),
    (
        "The island has a unicameral parliament elected every four years.",
        "The island has a bicameral parliament elected every four years.",
    ),
    (
        "Most children in the valley grow up bilingual, the survey found.",
        "Most children in the valley grow up monolingual, the survey found.",
    ),
]


@pytest.mark.parametrize(("a", "b"), LOUD_FIELDS)
def test_another_thing_of_the_field_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)
    assert_judged_both_ways(a, b, "kind.field")


QUIET_TWINS = [
    # One kind of payment in other words.
    (
        "He was ordered to pay a fine of 500 euros for parking on the pavement.",
        "He was ordered to pay a penalty of 500 euros for parking on the pavement.",
    ),
    (
        "The police offered a reward for information about the stolen paintings.",
        "The police offered a bounty for information about the stolen paintings.",
    ),
    # One basis in other words.
    (
        "Pensions rose by 3 percent in real terms in 2019, the ministry said.",
        "Pensions rose by 3 percent after inflation in 2019, the ministry said.",
    ),
    (
        "Spending on roads fell by a fifth in real terms over the decade.",
        "Spending on roads fell by a fifth adjusted for inflation over the decade.",
    ),
    # A noun whose prefix no longer counts.
    ("This is life in our multiverse.", "This is life in our multifaceted universe."),
    # A stage named by its count.
    (
        "The club reached the quarter-finals of the cup for the first time in its history.",
        "The club reached the last eight of the cup for the first time in its history.",
    ),
]


@pytest.mark.parametrize(("a", "b"), QUIET_TWINS)
def test_one_thing_in_other_words_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)
    assert_not_judged_both_ways(a, b, "kind.field")


def test_a_stage_named_by_its_count_adds_no_number() -> None:
    a = "The club reached the quarter-finals of the cup for the first time in its history."
    b = "The club reached the last eight of the cup for the first time in its history."
    assert_not_judged_both_ways(a, b, "number.added")
    assert_not_judged_both_ways(a, b, "number.dropped")


def test_another_stage_named_by_its_count_stays_loud() -> None:
    assert_fails_both_ways(
        "The club reached the semi-finals of the cup for the first time in its history.",
        "The club reached the last eight of the cup for the first time in its history.",
    )


MAKERS = [
    (
        "The steelmaker said it would close two of its plants in Wales next year.",
        "The steel company said it would close two of its plants in Wales next year.",
    ),
    (
        "The drugmaker said it would cut 2,000 jobs in Germany next year.",
        "The pharmaceutical manufacturer said it would cut 2,000 jobs in Germany next year.",
    ),
    (
        "The carmaker said on Monday that sales in China had fallen by a tenth.",
        "The car firm said on Monday that sales in China had fallen by a tenth.",
    ),
]


@pytest.mark.parametrize(("a", "b"), MAKERS)
def test_a_maker_named_by_its_product_is_one_source(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)
    assert_not_judged_both_ways(a, b, "attribution.changed")


def test_a_maker_of_another_product_is_another_source() -> None:
    a = "The steelmaker said it would close two of its plants in Wales next year."
    b = "The chemical company said it would close two of its plants in Wales next year."
    assert_fails_both_ways(a, b)
    assert_judged_both_ways(a, b, "attribution.changed")
