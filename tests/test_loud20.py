"""Leftovers of the loud side (changes earlier probes left quiet), each with its loud and quiet
twins (sentences not the probes'): a verb that is, in its first senses, a synonym of the other
verb's antonym ("ceased production" / "began producing": to cease is to end), and a noun of
an act read through its verb ("the closure of the ward" / "the reopening of the ward":
``opposite.inherited``), a verb and its synonym or a noun of a thing quiet; "if" after a word
that takes a question, read as "whether" ("would not say if" / "would not say why":
``link.question``), "if" / "whether" quiet; a past tense spelt as its base ("cut", "put")
read as the verb a time adverbial tells the time of (``order.time_moved``); "even" before a
noun phrase dropped or added ("Even his own ministers" / "His own ministers": ``focus``),
"even" before a verb or an amount quiet; a feature that shares a country's name against the
bare name, the country ("on the Niger River" / "in Niger", "Lake Chad" / "Chad":
``entity.namesake``), the feature named short ("the Niger") quiet."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_judged_both_ways,
    assert_not_judged_both_ways,
    assert_quiet_both_ways,
)

# A synonym of the other's antonym, or a noun of an act against the other's.
STATE_TURNED = [
    (
        "The carmaker ceased production of the model in 2015 after sales collapsed in Europe.",
        "The carmaker began producing the model in 2015 after sales collapsed in Europe.",
    ),
    (
        "The broadcaster ceased transmission of the channel last spring, citing falling audiences.",
        "The broadcaster started transmitting the channel last spring, citing falling audiences.",
    ),
    (
        "Health officials announced the closure of the maternity ward at the town's hospital "
        "on Wednesday.",
        "Health officials announced the reopening of the maternity ward at the town's hospital "
        "on Wednesday.",
    ),
]
STATE_QUIET = [
    (
        "The carmaker ceased production of the model in 2015 after sales collapsed in Europe.",
        "The carmaker stopped producing the model in 2015 after sales collapsed in Europe.",
    ),
    (
        "Health officials announced the closure of the maternity ward at the town's hospital "
        "on Wednesday.",
        "Health officials announced the closing of the maternity ward at the town's hospital "
        "on Wednesday.",
    ),
    (
        "The armoured division crossed the river at dawn, the army said in a statement.",
        "The armoured unit crossed the river at dawn, the army said in a statement.",
    ),
]

# A question word after a word that takes a question: "if" asks as "whether" does.
QUESTION = [
    (
        "The club would not say why the coach had been dismissed after only four matches.",
        "The club would not say if the coach had been dismissed after only four matches.",
    ),
    (
        "Investigators are trying to establish if the pilot radioed for help before the crash.",
        "Investigators are trying to establish when the pilot radioed for help before the crash.",
    ),
]
QUESTION_QUIET = [
    (
        "The club would not say if the coach had been dismissed after only four matches.",
        "The club would not say whether the coach had been dismissed after only four matches.",
    ),
    (
        "Investigators are trying to establish if the pilot radioed for help before the crash.",
        "Investigators are trying to establish whether the pilot radioed for help before the "
        "crash.",
    ),
]

# A past tense spelt as its base, read as the verb a moved time adverbial tells the time of.
BASE_PAST = [
    (
        "On Thursday the regulator said the airline put its expansion plans on hold.",
        "The regulator said the airline put its expansion plans on hold on Thursday.",
    ),
    (
        "Last week the union said the firm cut their overtime pay without warning.",
        "The union said the firm cut their overtime pay without warning last week.",
    ),
]
BASE_PAST_QUIET = [
    (
        "On Thursday the regulator said the airline put its expansion plans on hold.",
        "The regulator said on Thursday the airline put its expansion plans on hold.",
    ),
]

# "Even" before a noun phrase: the least expected of those the statement holds of.
EVEN = [
    (
        "Even his own ministers doubted that the reform would pass before the summer recess.",
        "His own ministers doubted that the reform would pass before the summer recess.",
    ),
    (
        "Even the club's most loyal supporters booed the team off the pitch at half-time.",
        "The club's most loyal supporters booed the team off the pitch at half-time.",
    ),
]
EVEN_QUIET = [
    (
        "The signal was so weak that the receivers could not even detect it at night.",
        "The signal was so weak that the receivers could not detect it at all at night.",
    ),
    (
        "Thousands or even millions of birds pass over the lake on their way south.",
        "Thousands or millions of birds pass over the lake on their way south.",
    ),
    (
        "Even the club's most loyal supporters booed the team off the pitch at half-time.",
        "The club's most loyal supporters too booed the team off the pitch at half-time.",
    ),
]


@pytest.mark.parametrize(("a", "b"), STATE_TURNED)
def test_state_turned_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)
    assert_judged_both_ways(a, b, "opposite.inherited")


@pytest.mark.parametrize(("a", "b"), STATE_QUIET)
def test_state_said_otherwise_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)
    assert_not_judged_both_ways(a, b, "opposite.inherited")


@pytest.mark.parametrize(("a", "b"), QUESTION)
def test_if_against_another_question_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)
    assert_judged_both_ways(a, b, "link.question")


@pytest.mark.parametrize(("a", "b"), QUESTION_QUIET)
def test_if_against_whether_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)
    assert_not_judged_both_ways(a, b, "link.question")


@pytest.mark.parametrize(("a", "b"), BASE_PAST)
def test_time_moved_to_a_past_spelt_as_its_base_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)
    assert_judged_both_ways(a, b, "order.time_moved")


@pytest.mark.parametrize(("a", "b"), BASE_PAST_QUIET)
def test_time_moved_inside_its_clause_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)
    assert_not_judged_both_ways(a, b, "order.time_moved")


@pytest.mark.parametrize(("a", "b"), EVEN)
def test_even_before_a_noun_phrase_dropped_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), EVEN_QUIET)
def test_even_before_a_verb_or_an_amount_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)
    assert_not_judged_both_ways(a, b, "focus.dropped")


# A feature named like a country against the bare name: the country.
NAMESAKE = [
    (
        "A ferry carrying 80 passengers capsized on the Niger River near Mopti on Sunday, "
        "officials said.",
        "A ferry carrying 80 passengers capsized in Niger near Mopti on Sunday, officials said.",
    ),
    (
        "Scientists warn that Lake Chad has shrunk by 90 percent since the 1960s because of "
        "drought and irrigation.",
        "Scientists warn that Chad has shrunk by 90 percent since the 1960s because of drought "
        "and irrigation.",
    ),
]
NAMESAKE_QUIET = [
    (
        "A ferry carrying 80 passengers capsized on the Niger River near Mopti on Sunday, "
        "officials said.",
        "A ferry carrying 80 passengers capsized on the Niger near Mopti on Sunday, officials "
        "said.",
    ),
    (
        "A ferry carrying 80 passengers capsized on the Niger River near Mopti on Sunday, "
        "officials said.",
        "A ferry carrying 80 passengers capsized on the river Niger near Mopti on Sunday, "
        "officials said.",
    ),
]


@pytest.mark.parametrize(("a", "b"), NAMESAKE)
def test_feature_against_the_country_of_its_name_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)
    assert_judged_both_ways(a, b, "entity.namesake")


@pytest.mark.parametrize(("a", "b"), NAMESAKE_QUIET)
def test_feature_named_short_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)
    assert_not_judged_both_ways(a, b, "entity.namesake")
