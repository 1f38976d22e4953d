"""Structural and discourse kinds of drift of probe_drift13 (issue 7: trust; issue 8: meaning
changes the embedding cannot see): one edit that moves meaning between the clauses, the
entities or the sentences of a snippet. The probe was written before the judge's rules for
these kinds were read; its first run on main 58b99e5 is the out-of-sample figure
(benchmarks/data/README.md).

Rules written against it, each with its loud and quiet twins (sentences not the probe's): a
word that describes one noun of "X of Y" moved to the other ("the former leader of the armed
group" / "the leader of the former armed group": ``role.modifier``), the possessive form and a
term the lexicon knows whole ("the theory of general relativity") quiet; a counterfactual told
as a fact ("would have sunk" / "sank": ``mood.counterfactual``), told with its condition first
quiet; a party that shares what is said told as one that does not ("as did most councillors" /
"unlike most councillors") and a part of a total told as more besides it ("sixty workers,
including nine managers" / "sixty workers and nine managers": ``link.opposed``), "and", "of
them" and "among them" quiet; two clauses that exchange their predicates ("nine were found
alive and the others are missing" / "nine are missing and the others were found alive":
``role.predicates``), the clauses reordered quiet; "the rest" counted ("the other 41" of 50
less 9) and a share counted ("a quarter of them" / "15,000 of them" of 60,000) quiet; words
moved across a quotation mark (``quote.boundary``), a quotation split otherwise quiet;
"neither ... nor" against "not ..., and nor" (two denials on each side) quiet."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_judged_both_ways,
    assert_model_tells_apart,
    assert_not_judged_both_ways,
    assert_quiet_both_ways,
    judged,
)

# Rules written against the probe, each with loud and quiet twins in sentences not the probe's.
CHANGES = [
    # a word that describes one noun of "X of Y" moved to the other
    (
        "The former leader of the armed group surrendered to police in the capital on "
        "Wednesday, officials said.",
        "The leader of the former armed group surrendered to police in the capital on "
        "Wednesday, officials said.",
    ),
    (
        "The new owner of the old paper mill said on Friday that it would be turned into flats "
        "and offices.",
        "The old owner of the new paper mill said on Friday that it would be turned into flats "
        "and offices.",
    ),
    # a counterfactual told as a fact
    (
        "The ferry would have sunk without the help of two fishing boats, the coastguard said on "
        "Monday.",
        "The ferry sank without the help of two fishing boats, the coastguard said on Monday.",
    ),
    (
        "Dozens of lives could have been saved if the warning had been issued earlier, the "
        "inquiry found.",
        "Dozens of lives were saved because the warning was issued earlier, the inquiry found.",
    ),
    # what is said of one party said of another too, or not of it
    (
        "The mayor backed the plan, as did most councillors, after a debate that lasted until "
        "midnight.",
        "The mayor backed the plan, unlike most councillors, after a debate that lasted until "
        "midnight.",
    ),
    (
        "As with the previous budget, the plan raises fuel duty by two pence a litre from April.",
        "In contrast to the previous budget, the plan raises fuel duty by two pence a litre from "
        "April.",
    ),
    # a part of a total told as more besides it
    (
        "Sixty workers, including nine managers, lost their jobs when the mill closed in March.",
        "Sixty workers and nine managers lost their jobs when the mill closed in March.",
    ),
    (
        "The agency counted 500 new cases last week, 70 of them in the north, and expects more.",
        "The agency counted 500 new cases last week, along with 70 in the north, and expects more.",
    ),
]

CHANGES += [
    # two clauses keep their subjects and exchange their predicates
    (
        "Of the 50 climbers caught by the avalanche, nine were found alive and the others are "
        "still missing, the mountain rescue service said.",
        "Of the 50 climbers caught by the avalanche, nine are still missing and the others were "
        "found alive, the mountain rescue service said.",
    ),
    (
        "Most of the grant will pay for new buses, while the remainder will go to repairing "
        "stations, the transport authority said.",
        "Most of the grant will go to repairing stations, while the remainder will pay for new "
        "buses, the transport authority said.",
    ),
    # "the rest" told as a count that is not what is left
    (
        "Of the 50 climbers caught by the avalanche, nine were found alive and the rest are "
        "still missing, the mountain rescue service said.",
        "Of the 50 climbers caught by the avalanche, nine were found alive and the other 31 are "
        "still missing, the mountain rescue service said.",
    ),
]

SAME = [
    # the describing word kept on its noun, told with a possessive
    (
        "The former leader of the armed group surrendered to police in the capital on "
        "Wednesday, officials said.",
        "The armed group's former leader surrendered to police in the capital on Wednesday, "
        "officials said.",
    ),
    # the counterfactual told with its condition first
    (
        "The ferry would have sunk without the help of two fishing boats, the coastguard said on "
        "Monday.",
        "Had two fishing boats not helped, the ferry would have sunk, the coastguard said on "
        "Monday.",
    ),
    # a party that shares the predicate told with "and"
    (
        "The mayor backed the plan, as did most councillors, after a debate that lasted until "
        "midnight.",
        "The mayor and most councillors backed the plan after a debate that lasted until midnight.",
    ),
    # a part told with "of them" for "including"
    (
        "Sixty workers, including nine managers, lost their jobs when the mill closed in March.",
        "Sixty workers, nine of them managers, lost their jobs when the mill closed in March.",
    ),
    # "neither ... nor" told as "not ..., and nor"
    (
        "Neither the mayor nor her deputy answered questions from reporters after the meeting on "
        "Tuesday.",
        "The mayor did not answer questions from reporters after the meeting on Tuesday, and nor "
        "did her deputy.",
    ),
]


SAME += [
    # the clauses told in the other order, each with its own predicate
    (
        "Of the 50 climbers caught by the avalanche, nine were found alive and the others are "
        "still missing, the mountain rescue service said.",
        "Of the 50 climbers caught by the avalanche, the others are still missing and nine were "
        "found alive, the mountain rescue service said.",
    ),
    # "the rest" counted: 50 - 9 = 41, and a share of a total told by its fraction
    (
        "Of the 50 climbers caught by the avalanche, nine were found alive and the rest are "
        "still missing, the mountain rescue service said.",
        "Of the 50 climbers caught by the avalanche, nine were found alive and the other 41 are "
        "still missing, the mountain rescue service said.",
    ),
    (
        "The museum had 60,000 visitors last month, a quarter of them schoolchildren, its "
        "director said on Monday.",
        "The museum had 60,000 visitors last month, 15,000 of them schoolchildren, its director "
        "said on Monday.",
    ),
    # "including" a preposition: told as "of them" no verb is dropped
    (
        "Thirty people, including four firefighters, were treated for smoke inhalation after "
        "the blaze, officials said.",
        "Thirty people, four of them firefighters, were treated for smoke inhalation after the "
        "blaze, officials said.",
    ),
]


CHANGES += [
    # the narrator's fact put inside the quotation, and the speaker's claim told as fact
    (
        'The storm cut power to 40,000 homes overnight. "Crews will work through the weekend," '
        "the utility's spokeswoman said on Saturday.",
        '"The storm cut power to 40,000 homes overnight. Crews will work through the weekend," '
        "the utility's spokeswoman said on Saturday.",
    ),
    (
        'The union said: "Management lied to the workers about the pension fund. We will strike '
        'until it is repaid."',
        'Management lied to the workers about the pension fund. "We will strike until it is '
        'repaid," the union said.',
    ),
]
SAME += [
    # the quotation split otherwise around its verb of saying: no word crosses its marks
    (
        'The union said: "Management lied to the workers about the pension fund. We will strike '
        'until it is repaid."',
        '"Management lied to the workers about the pension fund," the union said. "We will '
        'strike until it is repaid."',
    ),
]


@pytest.mark.parametrize(("a", "b"), SAME[5:])
def test_a_part_and_the_rest_told_otherwise_stay_quiet_both_ways(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


def test_a_term_the_lexicon_knows_whole_is_no_modifier_moved() -> None:
    # "the general theory of relativity" / "the theory of general relativity": one theory
    assert_not_judged_both_ways(
        "The lecture explained the general theory of relativity to first-year students.",
        "The lecture explained the theory of general relativity to first-year students.",
        "role.modifier",
    )


@pytest.mark.parametrize(("a", "b"), CHANGES)
def test_a_structural_change_fails_both_ways(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), [SAME[0], SAME[2], SAME[4]])
def test_the_same_statement_restructured_stays_quiet_both_ways(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b", "check"),
    [
        (*SAME[0], "role.modifier"),
        (*SAME[1], "mood.counterfactual"),
        (*SAME[2], "link.opposed"),
        (*SAME[3], "link.opposed"),
        (*SAME[4], "negation.count"),
        (*SAME[4], "negation.flipped"),
        (*SAME[5], "role.predicates"),
        (*SAME[9], "quote.boundary"),
    ],
)
def test_no_rule_fires_on_the_same_statement_restructured(a: str, b: str, check: str) -> None:
    # the pairs the judge without the model still finds something in (a verb dropped, a word
    # added) keep that; the rule of their kind says nothing
    assert_not_judged_both_ways(a, b, check)


@pytest.mark.parametrize(
    ("a", "b", "check"),
    [
        (CHANGES[0][0], CHANGES[0][1], "role.modifier"),
        (CHANGES[2][0], CHANGES[2][1], "mood.counterfactual"),
        (CHANGES[4][0], CHANGES[4][1], "link.opposed"),
        (CHANGES[6][0], CHANGES[6][1], "link.opposed"),
        (CHANGES[8][0], CHANGES[8][1], "role.predicates"),
        (CHANGES[9][0], CHANGES[9][1], "role.predicates"),
        (CHANGES[11][0], CHANGES[11][1], "quote.boundary"),
        (CHANGES[12][0], CHANGES[12][1], "quote.boundary"),
    ],
)
def test_each_rule_names_what_moved(a: str, b: str, check: str) -> None:
    assert_judged_both_ways(a, b, check)


def test_a_range_and_years_add_no_count() -> None:
    # "between 18 and 25" and "in 2010 and 2011" join two numbers but add nothing to a total
    a = "Forty people aged between 18 and 25, including six students, were questioned."
    assert not judged(a, a.replace("including", "among them"), "link.opposed")
    assert_not_judged_both_ways(
        "Sales rose in 2010 and 2011, including a record month in May.",
        "Sales rose in 2010 and 2011, among them a record month in May.",
        "link.opposed",
    )


def test_the_model_tells_a_modifier_moved_across_of() -> None:
    a, same, changed = SAME[0][0], SAME[0][1], CHANGES[0][1]
    assert_model_tells_apart(a, same, changed, check="role.modifier")


def test_the_model_tells_a_counterfactual_told_as_fact() -> None:
    a = "Had two fishing boats not helped, the ferry would have sunk, the coastguard said."
    same = "If two fishing boats had not helped, the ferry would have sunk, the coastguard said."
    changed = "Two fishing boats did not help, and the ferry sank, the coastguard said."
    assert_model_tells_apart(a, same, changed, check="mood.counterfactual")


def test_the_model_tells_a_part_told_as_more_besides_it() -> None:
    a = CHANGES[6][0]
    same = "Sixty workers, among them nine managers, lost their jobs when the mill closed in March."
    assert_model_tells_apart(a, same, CHANGES[6][1], check="link.opposed")


def test_the_model_tells_unlike_from_as_did() -> None:
    a, same, changed = SAME[2][0], SAME[2][1], CHANGES[4][1]
    assert_model_tells_apart(a, same, changed, check="link.opposed")
