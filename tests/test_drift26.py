"""Kinds of drift of probe_drift26, taken from texts beyond news that a translation QA editor
also checks (issue 8: meaning changes the embedding cannot see): energy tariffs, phone plans,
visas, parking, fire evacuation notices, airline baggage, library rules, nurseries, waste
collection, vaccination notices, hospital letters, streaming plans, fitness programmes and
conference programmes. The probe was written before the judge's rules for these kinds were
read; its first run on main 1ca5bda is the out-of-sample figure (benchmarks/data/README.md).

Knowledge written against it, each with its loud and quiet twins (sentences not the probe's):
a negation whose denied word the other side names after "rather than" or "instead of"
(``vardiff/judge/polarity.py``); a one said by "single" or "sole" (``vardiff/_numbers.py``);
fields of ``kind.field`` (``vardiff/judge/_fields.py``): the luggage of a flight, the type of
a vaccine, a patient admitted or not, the level of hospital care, a conference session's
format, a household waste stream, and a thing done in person or by video."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_judged_both_ways,
    assert_not_judged_both_ways,
    assert_quiet_both_ways,
)

# -- negation.flipped: the alternative not taken, after "rather than" or "instead of" --

PASSED_OVER = [
    (
        "Pay by card at the kiosk and do not use cash.",
        "Pay by card at the kiosk instead of using cash.",
    ),
    (
        "Members should email the secretary and not phone the club office.",
        "Members should email the secretary rather than phone the club office.",
    ),
]

# The alternative names other words: the denial stays a flip.
OTHER_ALTERNATIVE = [
    (
        "Please do not wash the jacket; have it dry-cleaned.",
        "Please wash the jacket rather than have it dry-cleaned.",
    ),
    (
        "Pay by card at the kiosk and do not use cash.",
        "Pay by card at the kiosk and use cash rather than vouchers.",
    ),
]


@pytest.mark.parametrize(("a", "b"), PASSED_OVER)
def test_a_denial_said_as_the_alternative_not_taken_is_no_flip(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "negation.flipped")
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), OTHER_ALTERNATIVE)
def test_a_denial_against_another_alternative_stays_a_flip(a: str, b: str) -> None:
    assert_judged_both_ways(a, b, "negation.flipped")
    assert_fails_both_ways(a, b)


# -- numbers: a one said by "single" or "sole" --

SINGLE = [
    (
        "The cottage is on one floor, with no stairs.",
        "The cottage is single-storey, with no stairs.",
    ),
    (
        "These gloves may be used only one time.",
        "These gloves are for single use only.",
    ),
]


@pytest.mark.parametrize(("a", "b"), SINGLE)
def test_a_one_said_by_single_is_no_number_dropped(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "number.dropped")
    assert_not_judged_both_ways(a, b, "number.added")


def test_another_count_beside_single_is_still_read() -> None:
    a = "The permit allows one visit to the reserve."
    b = "The permit allows three visits to the single reserve."
    assert_fails_both_ways(a, b)


# -- kind.field: luggage, vaccine type, admission, care level, session, waste, in person --

ANOTHER_THING = [
    (
        "Liquids over 100ml must be packed in your hold baggage.",
        "Liquids over 100ml must be packed in your cabin baggage.",
    ),
    (
        "The basic fare includes a personal item only.",
        "The basic fare includes a carry-on bag only.",
    ),
    (
        "The yellow fever jab is a live attenuated vaccine.",
        "The yellow fever jab is an inactivated vaccine.",
    ),
    (
        "The hernia repair is done as an outpatient procedure.",
        "The hernia repair is done as an inpatient procedure.",
    ),
    (
        "After the operation he was moved to intensive care.",
        "After the operation he was moved to a general ward.",
    ),
    (
        "The minister will give the keynote on Friday morning.",
        "The minister will give a workshop on Friday morning.",
    ),
    (
        "Results from the trial will be shown in a poster session.",
        "Results from the trial will be shown in a breakout session.",
    ),
    (
        "Nappies should be put in the general waste.",
        "Nappies should be put in the food waste.",
    ),
    (
        "The interview will be held in person at our Leeds office.",
        "The interview will be held by video call from our Leeds office.",
    ),
]

SAME_THING = [
    (
        "Liquids over 100ml must be packed in your hold baggage.",
        "Liquids over 100ml must be packed in your checked baggage.",
    ),
    (
        "The cataract operation is usually done as day surgery.",
        "The cataract operation is usually done as a day case.",
    ),
    (
        "She spent two nights in intensive care after the crash.",
        "She spent two nights in critical care after the crash.",
    ),
    (
        "The second day opens with a round table on research funding.",
        "The second day opens with a panel discussion on research funding.",
    ),
    (
        "Nappies should be put in the general waste.",
        "Nappies should be put in the residual waste.",
    ),
    (
        "Interviews are held in person at our Leeds office.",
        "Interviews are held face to face at our Leeds office.",
    ),
]


@pytest.mark.parametrize(("a", "b"), ANOTHER_THING)
def test_another_thing_of_a_field_fails(a: str, b: str) -> None:
    assert_judged_both_ways(a, b, "kind.field")
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), SAME_THING)
def test_one_thing_of_a_field_in_other_words_is_quiet(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "kind.field")
    assert_quiet_both_ways(a, b)
