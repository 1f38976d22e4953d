"""Honest rewording of probe_rewording (issue 7: trust): the variation a good translator or
editor makes, which changes nothing, beside changes of the same surface shapes, which do. The
probe's format is tested here; the rules written against it are tested below with their loud
twins, on sentences that are not the probe's."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_model_fails_both_ways,
    assert_model_quiet_both_ways,
    assert_quiet_both_ways,
)

# --- A body's initials written out, or its name shortened to them: one body.

INITIALS_WRITTEN_OUT = [
    (
        "The WHO warned on Monday that measles cases had risen sharply across Europe.",
        "The World Health Organization warned on Monday that measles cases had risen sharply "
        "across Europe.",
    ),
    # A name with "and" inside, read as two names, and the country the body belongs to.
    (
        "Shares in the bank fell after the US Federal Trade Commission opened an inquiry.",
        "Shares in the bank fell after the FTC opened an inquiry.",
    ),
    # The source of a claim, its last word read as the speaker.
    (
        "The UNHCR said more than a million people had fled the fighting since April.",
        "The United Nations High Commissioner for Refugees said more than a million people had "
        "fled the fighting since April.",
    ),
    # Initials before their noun, the name after it.
    (
        "EU farm ministers agreed on Tuesday to extend the ban on imports of Ukrainian grain.",
        "Farm ministers of the European Union agreed on Tuesday to extend the ban on imports of "
        "Ukrainian grain.",
    ),
    # A hyphenated word gives one initial.
    (
        "The OECD cut its forecast for growth in Germany to 0.3 percent for next year.",
        "The Organisation for Economic Co-operation and Development cut its forecast for growth "
        "in Germany to 0.3 percent for next year.",
    ),
    # A body named by what it is, whose initials that name does not spell.
    (
        "NATO defence ministers met in Brussels on Thursday to discuss supplies of ammunition.",
        "Defence ministers of the North Atlantic alliance met in Brussels on Thursday to discuss "
        "supplies of ammunition.",
    ),
]

INITIALS_OF_ANOTHER_BODY = [
    (
        "The WHO warned on Monday that measles cases had risen sharply across Europe.",
        "The World Trade Organization warned on Monday that measles cases had risen sharply "
        "across Europe.",
    ),
    (
        "Shares in the bank fell after the US Federal Trade Commission opened an inquiry.",
        "Shares in the bank fell after the FCC opened an inquiry.",
    ),
    (
        "The UNHCR said more than a million people had fled the fighting since April.",
        "The United Nations Children's Fund said more than a million people had fled the "
        "fighting since April.",
    ),
    (
        "EU farm ministers agreed on Tuesday to extend the ban on imports of Ukrainian grain.",
        "Farm ministers of the African Union agreed on Tuesday to extend the ban on imports of "
        "Ukrainian grain.",
    ),
    (
        "The OECD cut its forecast for growth in Germany to 0.3 percent for next year.",
        "The Organization of the Petroleum Exporting Countries cut its forecast for growth in "
        "Germany to 0.3 percent for next year.",
    ),
    (
        "NATO defence ministers met in Brussels on Thursday to discuss supplies of ammunition.",
        "Defence ministers of the Arab League met in Brussels on Thursday to discuss supplies "
        "of ammunition.",
    ),
]


@pytest.mark.parametrize(("a", "b"), INITIALS_WRITTEN_OUT)
def test_initials_written_out_name_the_same_body(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), INITIALS_OF_ANOTHER_BODY)
def test_another_body_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


def test_with_the_model_initials_written_out_stay_quiet_and_another_body_fails() -> None:
    assert_model_quiet_both_ways(*INITIALS_WRITTEN_OUT[0])
    assert_model_quiet_both_ways(*INITIALS_WRITTEN_OUT[1])
    assert_model_fails_both_ways(*INITIALS_OF_ANOTHER_BODY[0])
    assert_model_fails_both_ways(*INITIALS_OF_ANOTHER_BODY[1])


# --- An amount given again in other units, in brackets: a conversion for the readers.

CONVERSION_GIVEN_OR_LEFT_OUT = [
    (
        "The river rose by 2 metres (6.6 feet) overnight, flooding hundreds of homes.",
        "The river rose by 2 metres overnight, flooding hundreds of homes.",
    ),
    # The amount kept is the one in brackets.
    (
        "The glacier has retreated 3 miles (4.8 km) since 1950, scientists said.",
        "The glacier has retreated 4.8 km since 1950, scientists said.",
    ),
    (
        "Temperatures fell to -10C (14F) in Moscow on Sunday night.",
        "Temperatures fell to -10C in Moscow on Sunday night.",
    ),
    # A sum in another currency, at a rate no table holds.
    (
        "The club sold the striker for 60 million euros (£52m) to a team in Saudi Arabia.",
        "The club sold the striker for 60 million euros to a team in Saudi Arabia.",
    ),
    # A rounding hedged, and a conversion between commas.
    (
        "The fire destroyed 4,000 hectares (about 9,900 acres) of forest near the border.",
        "The fire destroyed about 9,900 acres of forest near the border.",
    ),
    (
        "The new tunnel is 57 kilometres, or 35 miles, long and took 17 years to build.",
        "The new tunnel is 57 kilometres long and took 17 years to build.",
    ),
]

CONVERSION_CHANGED = [
    # The converted figure read in the first unit.
    (
        "The river rose by 2 metres (6.6 feet) overnight, flooding hundreds of homes.",
        "The river rose by 6.6 metres overnight, flooding hundreds of homes.",
    ),
    (
        "The glacier has retreated 3 miles (4.8 km) since 1950, scientists said.",
        "The glacier has retreated 3 km since 1950, scientists said.",
    ),
    (
        "The club sold the striker for 60 million euros (£52m) to a team in Saudi Arabia.",
        "The club sold the striker for 52 million euros to a team in Saudi Arabia.",
    ),
    # The amount changed beside its conversion, or the conversion changed.
    (
        "The river rose by 2 metres (6.6 feet) overnight, flooding hundreds of homes.",
        "The river rose by 3 metres (6.6 feet) overnight, flooding hundreds of homes.",
    ),
    (
        "The fire destroyed 4,000 hectares (about 9,900 acres) of forest near the border.",
        "The fire destroyed 4,000 hectares (about 19,900 acres) of forest near the border.",
    ),
    # A part of the amount in brackets is no conversion of it.
    (
        "The fire killed 30 people (12 children) in the village, the governor said.",
        "The fire killed 30 people in the village, the governor said.",
    ),
]


@pytest.mark.parametrize(("a", "b"), CONVERSION_GIVEN_OR_LEFT_OUT)
def test_a_conversion_given_or_left_out_stays_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), CONVERSION_CHANGED)
def test_a_conversion_read_as_another_amount_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


def test_with_the_model_a_conversion_left_out_stays_quiet_and_a_changed_one_fails() -> None:
    assert_model_quiet_both_ways(*CONVERSION_GIVEN_OR_LEFT_OUT[0])
    assert_model_quiet_both_ways(*CONVERSION_GIVEN_OR_LEFT_OUT[3])
    assert_model_fails_both_ways(*CONVERSION_CHANGED[0])
    assert_model_fails_both_ways(*CONVERSION_CHANGED[3])


# --- One thing named the British or the American way, which the lexicon files apart.

ONE_THING_TWO_ENGLISHES = [
    (
        "The fire broke out in a flat on the fourth floor, and twelve families were evacuated.",
        "The fire broke out in an apartment on the fourth floor, and twelve families were "
        "evacuated.",
    ),
    (
        "Police said the man had been living in a rented flat in the east of the city.",
        "Police said the man had been living in a rented apartment in the east of the city.",
    ),
    (
        "Schools will ban mobile phones from classrooms from next autumn, the minister said.",
        "Schools will ban cell phones from classrooms from next autumn, the minister said.",
    ),
]

ANOTHER_THING_OF_THE_FIELD = [
    (
        "The fire broke out in a flat on the fourth floor, and twelve families were evacuated.",
        "The fire broke out in a house on the fourth floor, and twelve families were evacuated.",
    ),
    (
        "Police said the man had been living in a rented flat in the east of the city.",
        "Police said the man had been living in a rented bungalow in the east of the city.",
    ),
    (
        "Schools will ban mobile phones from classrooms from next autumn, the minister said.",
        "Schools will ban landline phones from classrooms from next autumn, the minister said.",
    ),
    (
        "Schools will ban mobile phones from classrooms from next autumn, the minister said.",
        "Schools will ban tablets from classrooms from next autumn, the minister said.",
    ),
]


@pytest.mark.parametrize(("a", "b"), ONE_THING_TWO_ENGLISHES)
def test_one_thing_named_the_british_or_the_american_way_stays_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), ANOTHER_THING_OF_THE_FIELD)
def test_another_kind_of_home_or_telephone_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


def test_with_the_model_a_flat_is_an_apartment_and_no_house() -> None:
    assert_model_quiet_both_ways(*ONE_THING_TWO_ENGLISHES[0])
    assert_model_quiet_both_ways(*ONE_THING_TWO_ENGLISHES[2])
    assert_model_fails_both_ways(*ANOTHER_THING_OF_THE_FIELD[0])
    assert_model_fails_both_ways(*ANOTHER_THING_OF_THE_FIELD[2])


# --- A figure of speech whose word of time says no time.

FIGURES_OF_SPEECH = [
    (
        "After ten hours of talks, the negotiators called it a day and agreed to meet again "
        "on Friday.",
        "After ten hours of talks, the negotiators stopped for the night and agreed to meet "
        "again on Friday.",
    ),
    (
        "Rescue teams worked day and night to reach the miners trapped underground.",
        "Rescue teams worked around the clock to reach the miners trapped underground.",
    ),
]

TIMES_OF_DAY_CHANGED = [
    (
        "After ten hours of talks, the negotiators met again during the day and agreed to a "
        "deal on Friday.",
        "After ten hours of talks, the negotiators met again during the night and agreed to a "
        "deal on Friday.",
    ),
    (
        "Rescue teams worked through the day to reach the miners trapped underground.",
        "Rescue teams worked through the night to reach the miners trapped underground.",
    ),
]


@pytest.mark.parametrize(("a", "b"), FIGURES_OF_SPEECH)
def test_a_figure_of_speech_says_no_time_of_day(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), TIMES_OF_DAY_CHANGED)
def test_another_time_of_day_said_plainly_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


# --- A government named by its seat or by its country: one government.

ONE_GOVERNMENT = [
    (
        "The Kremlin said on Monday that it would not take part in the talks in Geneva next month.",
        "The Russian government said on Monday that it would not take part in the talks in "
        "Geneva next month.",
    ),
    (
        "Washington imposed new sanctions on two shipping companies on Thursday.",
        "The US government imposed new sanctions on two shipping companies on Thursday.",
    ),
]

ANOTHER_GOVERNMENT = [
    (
        "The Kremlin said on Monday that it would not take part in the talks in Geneva next month.",
        "The Ukrainian government said on Monday that it would not take part in the talks in "
        "Geneva next month.",
    ),
    (
        "Washington imposed new sanctions on two shipping companies on Thursday.",
        "The EU imposed new sanctions on two shipping companies on Thursday.",
    ),
]


@pytest.mark.parametrize(("a", "b"), ONE_GOVERNMENT)
def test_a_government_by_its_seat_or_its_country_stays_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), ANOTHER_GOVERNMENT)
def test_another_government_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


def test_with_the_model_the_kremlin_is_the_russian_government() -> None:
    # The model reads "Kremlin" / "Russian government" as unlike words (was wording.replaced,
    # high): the edit names one government two ways.
    assert_model_quiet_both_ways(*ONE_GOVERNMENT[0])
    assert_model_fails_both_ways(*ANOTHER_GOVERNMENT[0])
