"""Honest renderings the judge failed HIGH, each beside the loud twin of the same shape: a
perception told with "could" ("could hear" / "heard"). Our own sentences, none of the dev sets
or the probes in benchmarks/data; judged under the shipped calibration, with the model too."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_model_fails_both_ways,
    assert_model_quiet_both_ways,
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
