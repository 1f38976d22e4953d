"""Kinds of drift no earlier probe measured (``benchmarks/data/probe_drift2.jsonl``, news pairs
written by hand, each change beside harmless twins), and the rules that read them, each tested
both ways with sentences of their own:

- what an amount says of a change: "rose to 6 percent" / "rose by 6 percent";
- a rank: "the second-largest" / "the largest", "finished third" / "finished fifth";
- a period: "monthly" / "annually"; percentage points against percent;
- an act tried, threatened or failed against one done: "tried to escape" / "escaped";
- a ban against a freedom: "must not" / "need not";
- prepositions of time and place of another relation: "during" / "after", "until" / "since",
  "in" / "outside";
- a condition against a concession: "if" / "even if".

All without the model, under the shipped calibration: a change fails the gate (``medium`` or
above), a rewording stays ``low`` or below.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _hits import assert_probe_item, checks_judged, most_severe

from vardiff import Severity
from vardiff.judge import Judge
from vardiff.judge.measures import _ranks

PROBE = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "probe_drift2.jsonl"
_ITEMS = [json.loads(line) for line in PROBE.read_text(encoding="utf-8").splitlines() if line]
# The classes whose pairs the checks read from the words alone, model-free.
SLICE = {
    "to_by", "to_by_twin", "rank", "rank_twin", "period", "period_twin", "percent_points",
    "implicative", "time_relation", "time_relation_twin", "scale_word", "scale_word_twin",
    "time_of_day", "time_of_day_twin", "every_no", "every_no_twin", "obligation",
    # misses4's: each / in total, a bound on an amount or a multiplying verb, exact / about, a
    # cause / a time before, again / the first time, still in / out of.
    "distributive", "distributive_twin", "bound", "bound_twin", "degree", "degree_twin",
    "condition", "condition_twin", "phase", "phase_twin",
}  # fmt: skip
# Pairs of the slice the checks still get wrong, and why: kept in the probe, so that the
# benchmark counts them.
# ("by Friday" / "after Friday" and "until June" / "from June" are read since drift3's time
# sides: before a point in time only, where "by" and "from" bound it.)
KNOWN_MISSES: set[str] = set()


@pytest.fixture(scope="module")
def judge() -> Judge:
    return Judge(embedder=None)


@pytest.mark.parametrize(
    "item",
    [i for i in _ITEMS if i["class"] in SLICE and i["id"] not in KNOWN_MISSES],
    ids=lambda i: i["id"],
)
def test_probe_slice(judge: Judge, item: dict[str, str]) -> None:
    assert_probe_item(judge, item)


def test_the_probe_holds_a_twin_for_every_kind() -> None:
    assert len(_ITEMS) >= 120
    changes = {i["class"] for i in _ITEMS if i["kind"] == "change"}
    controls = {i["class"] for i in _ITEMS if i["kind"] == "control"}
    assert controls == {f"{c}_twin" for c in changes}
    assert len({i["id"] for i in _ITEMS}) == len(_ITEMS)


def _loud(a: str, b: str, check: str) -> None:
    for x, y in ((a, b), (b, a)):
        found = checks_judged(x, y)
        assert any(c == check and s >= Severity.MEDIUM for c, s in found), (x, y, found)


def _quiet(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        found = checks_judged(x, y)
        assert most_severe(found) <= Severity.LOW, (x, y, found)


# -- the level reached or the size of the change ------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sales climbed to 12 percent last quarter.", "Sales climbed by 12 percent last quarter."),
        (
            "The airline reduced its fleet to 40 planes.",
            "The airline reduced its fleet by 40 planes.",
        ),
        ("Output fell 3 percent in June.", "Output fell to 3 percent in June."),
        ("The index dropped from 5,200 points.", "The index dropped by 5,200 points."),
    ],
)
def test_to_and_by_after_a_verb_of_change(a: str, b: str) -> None:
    _loud(a, b, "number.level")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Output fell 3 percent in June.", "Output fell by 3 percent in June."),
        ("Rents rose by up to 10 percent.", "Rents rose up to 10 percent."),
        ("Rents rose by as much as 10 percent.", "Rents rose as much as 10 percent."),
        # no verb of change: "to" and "by" say nothing of one
        ("The fare was set to 5 dollars.", "The fare was set by 5 dollars."),
    ],
)
def test_the_same_reading_or_no_change_stays_quiet(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert "number.level" not in [c for c, _ in checks_judged(x, y)]


def test_by_before_an_amount_is_no_agent() -> None:
    _quiet("Exports dropped 8 percent in May.", "Exports dropped by 8 percent in May.")
    _quiet("Imports rose 2 percent.", "Imports rose by 2 percent.")


# -- ranks -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Toyota is the world's second-biggest carmaker.",
            "Toyota is the world's biggest carmaker.",
        ),
        ("It is the fifth most populous state.", "It is the third most populous state."),
        ("She finished third in the marathon.", "She finished fifth in the marathon."),
        ("Oslo is the 3rd most expensive city.", "Oslo is the most expensive city."),
    ],
)
def test_another_rank_fails(a: str, b: str) -> None:
    _loud(a, b, "number.rank")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Toyota is the world's second-biggest carmaker.",
            "Toyota is the world's second biggest carmaker.",
        ),
        ("It is the largest bank in Asia.", "It is the biggest bank in Asia."),
        ("She came third in the marathon.", "She finished third in the marathon."),
    ],
)
def test_the_same_rank_stays_quiet(a: str, b: str) -> None:
    _quiet(a, b)


def test_a_noun_in_est_is_no_superlative() -> None:
    assert _ranks("the second interest payment in the forest") == {}
    assert _ranks("the second-largest bank") == {"largest": 2}
    assert _ranks("the most recent report") == {"most recent": 1}


# -- periods and percentage points --------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The council publishes the figures monthly.",
            "The council publishes the figures annually.",
        ),
        ("Tenants pay a weekly rent of 400 pounds.", "Tenants pay a monthly rent of 400 pounds."),
        ("The board meets daily.", "The board meets weekly."),
    ],
)
def test_another_period_fails(a: str, b: str) -> None:
    _loud(a, b, "number.period")


def test_the_same_period_stays_quiet() -> None:
    _quiet("The firm files an annual report.", "The firm files a yearly report.")
    _quiet("Interest is paid annually.", "Interest is paid yearly.")


def test_percentage_points_are_not_percent() -> None:
    _loud(
        "The party's lead widened by four percentage points.",
        "The party's lead widened by four percent.",
        "number.points",
    )
    _quiet("Prices rose 4 percent in March.", "Prices rose 4 per cent in March.")


# -- acts tried, threatened, failed -------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The rebels vowed to retake the town.", "The rebels retook the town."),
        ("Two inmates tried to escape on Sunday.", "Two inmates escaped on Sunday."),
        ("The union threatened to strike in May.", "The union struck in May."),
        ("The board refused to sign the deal.", "The board signed the deal."),
    ],
)
def test_an_act_tried_is_not_one_done(a: str, b: str) -> None:
    _loud(a, b, "modality.attempt")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Two inmates tried to escape on Sunday.", "Two inmates attempted to escape on Sunday."),
        ("Two inmates tried to escape on Sunday.", "Two inmates attempted an escape on Sunday."),
        ("Police managed to stop the convoy.", "Police stopped the convoy."),
        ("They tried to help and helped a lot.", "They helped a lot."),
    ],
)
def test_an_attempt_reworded_or_an_act_done_both_ways_stays_quiet(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert "modality.attempt" not in [c for c, _ in checks_judged(x, y)]


# -- a ban and a freedom ----------------------------------------------------------------------


def test_must_not_is_not_need_not() -> None:
    _loud(
        "Drivers must not stop on the bridge.",
        "Drivers need not stop on the bridge.",
        "modality.prohibition",
    )
    _loud("Pupils mustn't wear a tie.", "Pupils don't have to wear a tie.", "modality.prohibition")


def test_need_not_is_do_not_have_to() -> None:
    _quiet("Voters need not bring an ID card.", "Voters do not have to bring an ID card.")
    _quiet("Drivers must stop at the border.", "Drivers have to stop at the border.")


# -- prepositions of time and place ------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The office stayed shut until May.", "The office stayed shut since May."),
        ("Two soldiers died during the exercise.", "Two soldiers died after the exercise."),
        ("The vaccine works within days.", "The vaccine works after days."),
        (
            "Most of the parts are made in the country.",
            "Most of the parts are made outside the country.",
        ),
    ],
)
def test_another_relation_in_time_or_place_fails(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert most_severe(checks_judged(x, y)) >= Severity.MEDIUM, (x, y)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The road is closed until Monday.", "The road is closed till Monday."),
        ("The talks broke down prior to the vote.", "The talks broke down before the vote."),
        ("The talks broke down ahead of the vote.", "The talks broke down before the vote."),
        ("He was arrested after the protest.", "He was arrested following the protest."),
    ],
)
def test_the_same_relation_reworded_stays_quiet(a: str, b: str) -> None:
    _quiet(a, b)


# -- a condition and a concession --------------------------------------------------------------


def test_if_is_not_even_if() -> None:
    _loud(
        "The club will sign him if the fee is lowered.",
        "The club will sign him even if the fee is lowered.",
        "link.opposed",
    )
    _quiet(
        "The club will sign him even if the fee is high.",
        "The club will sign him even though the fee is high.",
    )


# -- a part told as the whole -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Some of the villagers were evacuated.", "The villagers were evacuated."),
        ("Much of the harvest was lost.", "The harvest was lost."),
        ("The rest of the squad flew home.", "The squad flew home."),
        ("Half of its branches will close.", "Its branches will close."),
    ],
)
def test_a_part_told_as_the_whole_fails(a: str, b: str) -> None:
    _loud(a, b, "number.part")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("All of the miners were rescued.", "The miners were rescued."),
        ("Some of the villagers were evacuated.", "Some villagers were evacuated."),
        ("Most of the votes were counted.", "The majority of the votes were counted."),
    ],
)
def test_the_whole_or_the_same_part_stays_quiet(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert "number.part" not in [c for c, _ in checks_judged(x, y)]


# -- degree: how many times as much, an equal degree or a greater one ---------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Wind farms made half as much power as coal.",
            "Wind farms made twice as much power as coal.",
        ),
        ("Rents are three times higher than in 2010.", "Rents are twice as high as in 2010."),
        ("The new bridge is as wide as the old one.", "The new bridge is wider than the old one."),
        ("Fuel is as expensive as last year.", "Fuel is more expensive than last year."),
    ],
)
def test_another_degree_fails(a: str, b: str) -> None:
    _loud(a, b, "number.degree")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Wind farms made twice as much power as coal.",
            "Wind farms made double the power of coal.",
        ),
        ("Fuel is as expensive as last year.", "Fuel is as costly as last year."),
        (
            "Police as well as soldiers were deployed.",
            "Police were deployed, better armed than soldiers.",
        ),
    ],
)
def test_the_same_degree_or_no_equative_stays_quiet(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert "number.degree" not in [c for c, _ in checks_judged(x, y)]
