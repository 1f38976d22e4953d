"""Removals and additions the judge missed on DEMETR (issues 7 and 8), each as the construction
it is: a head noun of a thing put after a noun ("a wall" / "a wall cabinet": another thing), a
subject pronoun lost after "because" or before a finite verb whatever verb the translation
chose ("because she was accused" / "because faced accusations"), and a verb in -ing after a
form of "be" that the lexicon also knows as a noun ("will be meeting in" / "will be in").
Against the honest variation that looks alike: a head that only spells out what its first noun
says ("an oak tree", "terrain conditions"), a subject kept, a progressive said by the simple
form.

The sentences are written for these tests, in the style of news copy; none comes from the dev
sets. Without the model; the severities are under the shipped calibration.
"""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_not_judged_both_ways,
    assert_quiet_both_ways,
    checks_judged,
    judged,
    most_severe,
)

from vardiff import Severity

# --- a head noun of a thing put after a noun both sides have ------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The car skidded on the ice and crashed into a wall, police said.",
            "The car skidded on the ice and crashed into a wall cabinet, police said.",
        ),
        (
            "Investigators found cracks in the fuel tank, the agency said on Monday.",
            "Investigators found cracks in the fuel tank truck, the agency said on Monday.",
        ),
        (
            "A curry is a dish of meat or vegetables cooked in a spiced sauce.",
            "Curry soup is a dish of meat or vegetables cooked in a spiced sauce.",
        ),
    ],
)
def test_a_head_noun_put_after_a_noun_names_another_thing(a: str, b: str) -> None:
    found = judged(a, b, "addition.head_noun")
    assert found and found[0].severity >= Severity.MEDIUM, checks_judged(a, b)


def test_a_wall_and_a_wall_cabinet_are_two_things_either_way_round() -> None:
    assert_fails_both_ways(
        "The car skidded on the ice and crashed into a wall, police said.",
        "The car skidded on the ice and crashed into a wall cabinet, police said.",
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # The head says what its first noun is: a kind of tree, the field's other word.
        (
            "The old oak fell onto the road during the night.",
            "The old oak tree fell onto the road during the night.",
        ),
        # A head of a state or an act spells out what the noun meant.
        (
            "Rescue work was slowed by bad weather and difficult terrain.",
            "Rescue work was slowed by bad weather and difficult terrain conditions.",
        ),
        # A name before its kind.
        (
            "The jets will be built by Lockheed Martin, the ministry said.",
            "The jets will be built by Lockheed Martin corporation, the ministry said.",
        ),
        # A's verb said as the agent it makes: the same life, told by a noun.
        (
            "The former minister studied law in Paris.",
            "The former minister was a law student in Paris.",
        ),
        # A group counted by its members.
        (
            "The whole crew was rescued by a passing tanker, the coastguard said.",
            "Every crew member was rescued by a passing tanker, the coastguard said.",
        ),
        # One word of A spelt out in two, and a count given its unit.
        (
            "A team of geologists at the university mapped the fault line.",
            "A team of geology experts at the university mapped the fault line.",
        ),
        (
            "The spinner finished the day taking four for 31, the club said.",
            "The spinner finished the day taking four wickets for 31, the club said.",
        ),
        # The words around it reworded: a translator naming the thing more fully.
        (
            "The storm tore the roof off the school, officials said.",
            "The storm tore off the roof of the school building, officials said.",
        ),
    ],
)
def test_a_head_that_names_nothing_new_is_no_other_thing(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "addition.head_noun")
    if "wickets" not in b:  # the count's unit is another rule's (addition.head, noticed)
        assert_quiet_both_ways(a, b)


def test_a_verb_that_is_a_noun_too_is_no_head() -> None:
    assert not judged(
        "The films let the audience into the world of the sea.",
        "The films let the audience come into the world of the sea.",
        "addition.head_noun",
    )


def test_a_head_only_a_has_is_left_to_the_removal_rules() -> None:
    # A translation drops a head its first noun implies ("union members" / "unions").
    assert not judged(
        "Union members should be aware of the situation, the president said.",
        "Unions should be aware of the situation, the president said.",
        "addition.head_noun",
    )


# --- a subject pronoun lost after a subordinator ------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The minister resigned last week because she was accused of lying to parliament.",
            "The minister resigned last week because faced accusations of lying to parliament.",
        ),
        (
            "The season was unusual for him because he was absent for four months.",
            "The season was unusual for him because missed four months.",
        ),
        (
            "Rescuers said the boat sank before they were able to reach it.",
            "Rescuers said the boat sank before could reach it.",
        ),
    ],
)
def test_a_subject_lost_after_a_subordinator_whatever_the_verb_fails(a: str, b: str) -> None:
    found = checks_judged(a, b)
    assert most_severe(found) >= Severity.MEDIUM, found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # The subject kept, the verb reworded.
        (
            "The minister resigned last week because she was accused of lying to parliament.",
            "The minister resigned last week because she faced accusations of lying to parliament.",
        ),
        # A reduced clause after "when" or "after" has no subject of its own.
        (
            "When he was asked about the deal, the minister declined to comment.",
            "When asked about the deal, the minister declined to comment.",
        ),
        (
            "After they left the stadium, the fans marched to the city centre.",
            "After leaving the stadium, the fans marched to the city centre.",
        ),
    ],
)
def test_a_subject_kept_or_a_reduced_clause_stays_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


# --- a progressive verb that the lexicon knows as a noun too ------------------------------


def test_a_verb_in_ing_dropped_after_be_is_a_verb_lost() -> None:
    a = "The two leaders will be meeting in Geneva next week, diplomats said."
    b = "The two leaders will be in Geneva next week, diplomats said."
    assert judged(a, b, "removal.verb"), checks_judged(a, b)
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # The progressive said by the simple form.
        (
            "The two leaders will be meeting in Geneva next week, diplomats said.",
            "The two leaders will meet in Geneva next week, diplomats said.",
        ),
        # A word of state after the verb: "be" says it alone.
        (
            "The prices are not standing still, and traders expect more rises.",
            "The prices are not still, and traders expect more rises.",
        ),
        # "funding" a noun after "is": the predicate, kept on both sides.
        (
            "The main problem for the schools is funding, the report said.",
            "The main problem for the schools is money, the report said.",
        ),
    ],
)
def test_a_progressive_said_otherwise_stays_quiet(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "removal.verb")
