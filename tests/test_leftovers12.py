"""Honest renderings the judge failed HIGH, each beside the loud twin of the same shape: a
perception told with "could" ("could hear" / "heard"). Our own sentences, none of the dev sets
or the probes in benchmarks/data; judged under the shipped calibration, with the model too."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_model_fails_both_ways,
    assert_model_quiet_both_ways,
    assert_not_judged_both_ways,
    assert_quiet_both_ways,
)

# "could" before a verb of perceiving that the other side tells as perceived: what was
# perceived, not what might be. Verbs of WordNet's perception class, not only these.
PERCEIVED = [
    (
        "Neighbours said they heard gunfire shortly after midnight.",
        "Neighbours said they could hear gunfire shortly after midnight.",
    ),
    (
        "From the bridge the divers saw the wreck lying on its side.",
        "From the bridge the divers could see the wreck lying on its side.",
    ),
    (
        "Firefighters smelled gas as soon as they entered the building.",
        "Firefighters could smell gas as soon as they entered the building.",
    ),
    (
        "The pilots did not notice the warning light until the descent began.",
        "The pilots could not notice the warning light until the descent began.",
    ),
    (
        "Patients tasted the difference between the two syrups, the study found.",
        "Patients could taste the difference between the two syrups, the study found.",
    ),
]

# The same shapes that do change meaning: a forecast, another perception, a real hedge.
HEDGED = [
    (
        "Forecasters said the north will see heavy snow over the weekend.",
        "Forecasters said the north could see heavy snow over the weekend.",
    ),
    (
        "Neighbours said they heard gunfire shortly after midnight.",
        "Neighbours said they might hear gunfire shortly after midnight.",
    ),
    (
        "Neighbours said they heard gunfire shortly after midnight.",
        "Neighbours said they could see gunfire shortly after midnight.",
    ),
]


@pytest.mark.parametrize(("a", "b"), PERCEIVED)
def test_could_before_a_verb_of_perceiving_is_what_was_perceived(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), HEDGED)
def test_a_forecast_another_sense_or_a_hedge_stays_loud(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


def test_with_the_model_perceived_is_quiet_and_hedged_is_loud() -> None:
    assert_model_quiet_both_ways(*PERCEIVED[0])
    assert_model_fails_both_ways(*HEDGED[0])
    assert_model_fails_both_ways(*HEDGED[1])


# A government by its seat and by a plain noun of governing: one executive, named both ways.
ONE_GOVERNMENT = [
    (
        "The White House said on Friday that the sanctions would stay in place.",
        "The administration said on Friday that the sanctions would stay in place.",
    ),
    (
        "Whitehall said the new visa rules would take effect in April.",
        "The government said the new visa rules would take effect in April.",
    ),
    (
        "The White House rejected the report, the Kremlin said later.",
        "The administration rejected the report, the Kremlin said later.",
    ),
]
# A seat against another country's government, or the regulator against the police: two.
TWO_SOURCES = [
    (
        "The Kremlin said the prisoner exchange would take place next week.",
        "The Ukrainian government said the prisoner exchange would take place next week.",
    ),
    (
        "The regulator said the airline had broken the rules on refunds.",
        "Police said the airline had broken the rules on refunds.",
    ),
]


@pytest.mark.parametrize(("a", "b"), ONE_GOVERNMENT)
def test_a_government_by_its_seat_or_by_a_noun_of_governing_is_one_source(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


def test_the_regulator_and_the_watchdog_are_one_source() -> None:
    assert_quiet_both_ways(
        "The watchdog said the airline had broken the rules on refunds.",
        "The regulator said the airline had broken the rules on refunds.",
    )


@pytest.mark.parametrize(("a", "b"), TWO_SOURCES)
def test_another_government_or_another_body_stays_another_source(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


def test_with_the_model_the_seat_is_quiet_and_another_country_loud() -> None:
    assert_model_quiet_both_ways(*ONE_GOVERNMENT[0])
    assert_model_fails_both_ways(*TWO_SOURCES[0])


def test_excluded_from_is_kept_out_and_excluded_alone_is_ruled_out() -> None:
    # "excluded ... from" keeps someone out, as "expelled" does: no denial to flip.
    assert_not_judged_both_ways(
        "The boy was expelled from the academy after the fight in the canteen.",
        "The boy was excluded from the academy after the fight in the canteen.",
        "negation.flipped",
    )
    # "excluded" alone says there will be none, as "ruled out" does.
    assert_quiet_both_ways(
        "The finance minister ruled out a rise in fuel duty before the election.",
        "The finance minister excluded a rise in fuel duty before the election.",
    )
    assert_fails_both_ways(
        "The finance minister excluded a rise in fuel duty before the election.",
        "The finance minister proposed a rise in fuel duty before the election.",
    )


def test_a_country_adjective_on_an_inward_flow_is_where_it_goes() -> None:
    # "German imports" are Germany's purchases abroad: "from Germany" is the other flow.
    assert_fails_both_ways(
        "German imports of coal rose by a fifth last year, the statistics office said.",
        "Imports of coal from Germany rose by a fifth last year, the statistics office said.",
    )
    assert_quiet_both_ways(
        "German exports of coal rose by a fifth last year, the statistics office said.",
        "Exports of coal from Germany rose by a fifth last year, the statistics office said.",
    )
