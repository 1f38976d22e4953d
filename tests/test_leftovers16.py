"""Leftovers of probe_drift14, probe_quiet12, probe_quiet15 and probe_drift15, each with its
loud and quiet twins (sentences not the probes'): a bound said by a denied comparative and by
"at the" and its superlative ("no later than Friday" / "by Friday at the latest":
``negation.meant``); a score in words ("two-nil" / "2-0", "three-one" / "3-1": two numbers);
"every one of" as "each of" on the quantity scale; a source named by a word and by a phrase
that says what the word means ("Economists said" / "Experts in economics said"), the phrase's
head the word right above the definition's ("experts" of "a specialist in geology"); a
negation inside a phrase that says what a word whose definition holds a negation means
("insolvent" / "no longer able to pay its debts": "unable to meet ... obligations";
"anonymous" / "did not wish to be named": "having no known name"); a word written with hyphens
explained by the relations its definition names ("father-in-law" / "wife's father"); two
branches of knowledge by their commonest senses ("astronomy" / "archaeology": another field, the
kinds check's ``kind.sibling``), a field and a branch of it ("physics" / "science") no
other."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_judged_both_ways,
    assert_not_judged_both_ways,
    assert_quiet_both_ways,
)

from vardiff._numbers import extract_quantities

QUIET = [
    # A bound by a denied comparative and by a superlative.
    (
        "Tenants must leave the flat by the end of June at the latest, the court ruled.",
        "Tenants must leave the flat no later than the end of June, the court ruled.",
    ),
    (
        "The new line will open in 2031 at the earliest, the rail operator said.",
        "The new line will open no earlier than 2031, the rail operator said.",
    ),
    # A score in words and in figures.
    (
        "The hosts won three-one after extra time in front of a full stadium.",
        "The hosts won 3-1 after extra time in front of a full stadium.",
    ),
    (
        "The champions went two-nil up within ten minutes of the kick-off.",
        "The champions went 2-0 up within ten minutes of the kick-off.",
    ),
    # "every one of" is "each of", "all of".
    (
        "Every one of the 30 miners was brought to the surface by Friday evening.",
        "All of the 30 miners were brought to the surface by Friday evening.",
    ),
    # A source named by a word and by the phrase that says what it means.
    (
        "Historians say the letter was written in the winter of 1820.",
        "Experts in history say the letter was written in the winter of 1820.",
    ),
    (
        "Geologists warned that the slope above the road could give way after more rain.",
        "Experts in geology warned that the slope above the road could give way after more rain.",
    ),
    # A negation inside a phrase that says what a word holding a negation means.
    (
        "The bakery chain said it had become insolvent after its bank withdrew a credit line.",
        "The bakery chain said it was no longer able to pay its debts after its bank withdrew "
        "a credit line.",
    ),
    (
        "An anonymous collector bought the painting for four million pounds at the auction.",
        "A collector who did not wish to be named bought the painting for four million pounds "
        "at the auction.",
    ),
]

QUIET += [
    # A word with hyphens and the relations its definition names.
    (
        "The mayor hired his father-in-law as an adviser, the newspaper reported.",
        "The mayor hired his wife's father as an adviser, the newspaper reported.",
    ),
    # A field of study and its synonym or a broader field.
    (
        "She studied maths at a college in Leeds before joining the bank.",
        "She studied mathematics at a college in Leeds before joining the bank.",
    ),
]

LOUD = [
    # The other side of the point in time, or the bound dropped.
    (
        "Tenants must leave the flat no later than the end of June, the court ruled.",
        "Tenants must leave the flat later than the end of June, the court ruled.",
    ),
    (
        "The new line will open no earlier than 2031, the rail operator said.",
        "The new line will open no later than 2031, the rail operator said.",
    ),
    # Another score.
    (
        "The hosts won three-one after extra time in front of a full stadium.",
        "The hosts won 3-2 after extra time in front of a full stadium.",
    ),
    (
        "The hosts won three-one after extra time in front of a full stadium.",
        "The hosts won four-one after extra time in front of a full stadium.",
    ),
    # Each of them against some of them.
    (
        "Every one of the 30 miners was brought to the surface by Friday evening.",
        "Several of the 30 miners were brought to the surface by Friday evening.",
    ),
    # Experts in another field, another profession.
    (
        "Economists said the rise in prices would slow down next year.",
        "Experts in law said the rise in prices would slow down next year.",
    ),
    # The denial turned back, or the word's opposite told at length.
    (
        "The bakery chain said it was insolvent, its lawyers confirmed on Monday.",
        "The bakery chain said it was not insolvent, its lawyers confirmed on Monday.",
    ),
    (
        "The bakery chain said it was solvent after its bank extended a credit line.",
        "The bakery chain said it was no longer able to pay its debts after its bank extended "
        "a credit line.",
    ),
    # The word that holds the denial on both sides renders none of it.
    (
        "The bakery chain, insolvent since March, was not able to pay its staff in April.",
        "The bakery chain, insolvent since March, was able to pay its staff in April.",
    ),
    # Another relative by marriage.
    (
        "The mayor hired his father-in-law as an adviser, the newspaper reported.",
        "The mayor hired his mother-in-law as an adviser, the newspaper reported.",
    ),
    # Another branch of knowledge.
    (
        "The new gallery of the museum is given over to astronomy and its instruments.",
        "The new gallery of the museum is given over to archaeology and its instruments.",
    ),
    (
        "She studied economics at a college in Leeds before joining the bank.",
        "She studied psychology at a college in Leeds before joining the bank.",
    ),
]


@pytest.mark.parametrize(("a", "b"), QUIET)
def test_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), LOUD)
def test_loud(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


def test_bound_is_one_denial_said_otherwise() -> None:
    assert_judged_both_ways(
        "Bids must reach the council by noon on Friday at the latest.",
        "Bids must reach the council no later than noon on Friday.",
        "negation.meant",
    )
    # "at the earliest" is no "no later than": another bound.
    assert_not_judged_both_ways(
        "Bids must reach the council by noon on Friday at the earliest.",
        "Bids must reach the council no later than noon on Friday.",
        "negation.meant",
    )


def test_defined_denial_is_a_verdict() -> None:
    assert_judged_both_ways(
        "The bakery chain said it had become insolvent after its bank withdrew a credit line.",
        "The bakery chain said it was no longer able to pay its debts after its bank withdrew "
        "a credit line.",
        "negation.meant",
    )


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("won three-one at home", [3.0, 1.0]),
        ("went two-nil up", [2.0, 0.0]),
        ("twenty-one people", [21.0]),  # a tens word and a unit: one number
        ("forty-two days", [42.0]),
    ],
)
def test_scores_in_words(text: str, values: list[float]) -> None:
    assert [q.value for q in extract_quantities(text)] == values


def test_nil_is_nought_only_in_a_score() -> None:
    assert extract_quantities("the risk is nil") == []


def test_a_branch_of_a_field_is_no_other_field() -> None:
    assert_not_judged_both_ways(
        "She studied physics at a college in Leeds before joining the bank.",
        "She studied science at a college in Leeds before joining the bank.",
        "kind.sibling",
    )
