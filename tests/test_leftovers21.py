"""Honest variation the judge still failed in the earlier probes' controls, read as kinds and
tested with sentences of their own (never the probes'), each beside a change of the same shape:

- an amount told against its base by the same arithmetic otherwise (``measures.base_restated``):
  a difference as the part it leaves ("70 percent less gas than" / "30 percent of the gas"),
  as a multiple ("25 percent more than" / "1.25 times as much as", "100 percent higher than" /
  "twice"), or in other words of the same direction ("a quarter above" / "a quarter higher
  than"); the same figure read against the base otherwise ("70 percent less" / "70 percent
  of"), another multiple ("25 percent more" / "2.5 times") and the other direction stay loud;
- a value said after its noun or before it ("a plan worth 40 million euros" / "a
  40-million-euro plan": a scale word after a hyphen is read with its figure), and a weekday
  cut short before a date of two digits ("Sat. 21 June"); another value or day stays loud;
- a negation passed down from a verb of thinking onto "could" ("did not believe the strike
  could end" / "believed the strike could not end"); the negation lost stays loud;
- an adjective whose noun, read as an adjective, says nothing else ("unpaid volunteers" /
  "volunteers": ``modifiers.named_by_its_noun``); the opposite adjective or one the noun does
  not say ("paid volunteers", "unpaid interns") stays loud;
- a participle of making a work between a noun and "by" ("the novel written by" / "the novel
  by": ``removal._gaps.maker_by``); a participle of another act ("the film banned by") stays
  loud;
- an English prefix written apart with its hyphen ("multi-year", "semi-final") is no word of
  another language (``foreign._prefix_written_apart``);
- an initialism written with a small letter for a function word ("MoU", "PoW") against the
  lower-case words it stands for ("memorandum of understanding"): the same thing
  (``names.initialism_spelled``); against other words it stays a name dropped."""

from __future__ import annotations

import pytest
from _hits import assert_fails_both_ways, assert_quiet_both_ways

from vardiff._numbers import extract_quantities
from vardiff.judge.foreign import foreign_words
from vardiff.judge.measures import base_restated
from vardiff.judge.modifiers import named_by_its_noun
from vardiff.judge.names import initialism_spelled


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The new heat pumps burn 70 percent less gas than an ordinary boiler, the engineers "
            "who tested them said on Tuesday.",
            "The new heat pumps burn 30 percent of the gas of an ordinary boiler, the engineers "
            "who tested them said on Tuesday.",
        ),
        (
            "Insuring an electric car costs about 25 percent more than insuring a petrol car, a "
            "survey of brokers found.",
            "Insuring an electric car costs about 1.25 times as much as insuring a petrol car, a "
            "survey of brokers found.",
        ),
        (
            "Wheat exports from the port were 100 percent higher than a decade ago, the "
            "harbour authority said.",
            "Wheat exports from the port were twice those of a decade ago, the harbour "
            "authority said.",
        ),
        (
            "Ticket sales for the festival were a quarter above those of last summer, the "
            "organisers said on Sunday.",
            "Ticket sales for the festival were a quarter higher than last summer, the "
            "organisers said on Sunday.",
        ),
        (
            "Part-time staff at the chain earn a fifth less than full-time staff doing the same "
            "job, the union said.",
            "Part-time staff at the chain earn four fifths of what full-time staff doing the "
            "same job earn, the union said.",
        ),
    ],
)
def test_an_amount_told_against_its_base_by_the_same_arithmetic_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The new heat pumps burn 70 percent less gas than an ordinary boiler, the engineers "
            "who tested them said on Tuesday.",
            "The new heat pumps burn 70 percent of the gas of an ordinary boiler, the engineers "
            "who tested them said on Tuesday.",
        ),
        (
            "Insuring an electric car costs about 25 percent more than insuring a petrol car, a "
            "survey of brokers found.",
            "Insuring an electric car costs about 2.5 times as much as insuring a petrol car, a "
            "survey of brokers found.",
        ),
        (
            "Part-time staff at the chain earn a fifth less than full-time staff doing the same "
            "job, the union said.",
            "Part-time staff at the chain earn a fifth of what full-time staff doing the same "
            "job earn, the union said.",
        ),
        (
            "Part-time staff at the chain earn a fifth less than full-time staff doing the same "
            "job, the union said.",
            "Part-time staff at the chain earn 30 percent less than full-time staff doing the "
            "same job, the union said.",
        ),
    ],
)
def test_another_amount_against_the_base_stays_loud(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


def test_base_restated_reads_the_arithmetic() -> None:
    assert base_restated("uses 60 percent less power than", "uses 40 percent of the power of")
    assert base_restated("rents 30 percent higher than", "rents 1.3 times those")
    assert base_restated("half as much as", "50 percent less than")
    assert not base_restated("uses 60 percent less power than", "uses 60 percent of the power")
    assert not base_restated("rents 30 percent higher than", "rents 1.5 times those")
    assert not base_restated("a third above", "a third below")
    # "three times a week" counts how often, no multiple of a base.
    assert not base_restated("200 percent more than", "trains three times a week")


# -- a value said after its noun or before it; a weekday cut short before its date ----------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The city council approved a plan worth 40 million euros to rebuild the old "
            "football stadium by 2030.",
            "The city council approved a 40-million-euro plan to rebuild the old football "
            "stadium by 2030.",
        ),
        (
            "The ministry signed a contract worth 2 billion dollars for new trains with a "
            "Spanish firm on Monday.",
            "The ministry signed a 2-billion-dollar contract for new trains with a Spanish firm "
            "on Monday.",
        ),
        (
            "The final will be played on Sat. 21 June in the national stadium, the federation "
            "said.",
            "The final will be played on Saturday 21 June in the national stadium, the "
            "federation said.",
        ),
    ],
)
def test_a_value_or_a_date_written_another_way_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The city council approved a plan worth 40 million euros to rebuild the old "
            "football stadium by 2030.",
            "The city council approved a 45-million-euro plan to rebuild the old football "
            "stadium by 2030.",
        ),
        (
            "The final will be played on Sat. 21 June in the national stadium, the federation "
            "said.",
            "The final will be played on Sunday 21 June in the national stadium, the "
            "federation said.",
        ),
    ],
)
def test_another_value_or_day_stays_loud(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


def test_a_scale_word_after_a_hyphen_is_read_with_its_figure() -> None:
    (amount,) = extract_quantities("a 2-billion-dollar contract")
    assert (amount.value, amount.unit) == (2e9, "USD")
    (day, date, _month) = extract_quantities("on Sat. 21 June")
    assert (day.value, day.unit, date.value) == ("saturday", "date", 21.0)


# -- a negation passed down from a verb of thinking onto "could" ----------------------------


def test_a_raised_negation_onto_could_is_quiet() -> None:
    assert_quiet_both_ways(
        "The union leader said she did not believe the strike could end before Christmas, "
        "as talks had stalled again.",
        "The union leader said she believed the strike could not end before Christmas, as "
        "talks had stalled again.",
    )


def test_a_negation_lost_before_could_stays_loud() -> None:
    assert_fails_both_ways(
        "The union leader said she did not believe the strike could end before Christmas, "
        "as talks had stalled again.",
        "The union leader said she believed the strike could end before Christmas, as talks "
        "had stalled again.",
    )


# -- an adjective the noun already says ---------------------------------------------------


def test_an_adjective_its_noun_says_already_is_quiet() -> None:
    assert_quiet_both_ways(
        "The food bank is run by unpaid volunteers, who collect donations from supermarkets "
        "twice a week.",
        "The food bank is run by volunteers, who collect donations from supermarkets twice a week.",
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The food bank is run by unpaid interns, who collect donations from supermarkets "
            "twice a week.",
            "The food bank is run by interns, who collect donations from supermarkets twice a "
            "week.",
        ),
        (
            "The food bank is run by paid volunteers, who collect donations from supermarkets "
            "twice a week.",
            "The food bank is run by volunteers, who collect donations from supermarkets twice "
            "a week.",
        ),
    ],
)
def test_an_adjective_its_noun_does_not_say_stays_loud(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


def test_named_by_its_noun_reads_the_noun_as_an_adjective() -> None:
    assert named_by_its_noun("unpaid", "volunteers")
    assert not named_by_its_noun("paid", "volunteers")
    assert not named_by_its_noun("best", "sound")  # "sound" is more than "good"
    assert not named_by_its_noun("unpaid", "unpaid")


# -- "by" after a work names its maker ----------------------------------------------------


@pytest.mark.parametrize(
    "made",
    ["written", "composed", "produced"],
)
def test_a_participle_of_making_before_by_is_quiet(made: str) -> None:
    assert_quiet_both_ways(
        "The opera by the young Finnish artist, first staged in Helsinki last spring, will "
        "tour six cities in Germany.",
        f"The opera {made} by the young Finnish artist, first staged in Helsinki last spring, "
        "will tour six cities in Germany.",
    )


def test_a_participle_of_another_act_before_by_stays_loud() -> None:
    assert_fails_both_ways(
        "The opera by the young Finnish artist, first staged in Helsinki last spring, will "
        "tour six cities in Germany.",
        "The opera banned by the young Finnish artist, first staged in Helsinki last spring, "
        "will tour six cities in Germany.",
    )


# -- a prefix written apart ---------------------------------------------------------------


def test_a_prefix_written_with_its_hyphen_is_english() -> None:
    assert_quiet_both_ways(
        "The club handed its young goalkeeper a contract lasting several years on Friday, "
        "after weeks of talks with his agent.",
        "The club handed its young goalkeeper a multi-year contract on Friday, after weeks of "
        "talks with his agent.",
    )
    assert not foreign_words("The semi-final and the multi-year deal", "the deal")


def test_a_word_of_another_language_after_a_hyphen_is_still_read() -> None:
    # The prefix goes with a word English knows: before another language's word it is read.
    assert foreign_words("The multi-vertrag deal was signed", "The deal was signed") == [
        "multi",
        "vertrag",
    ]


# -- an initialism against the words it stands for ----------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The two ports signed an MoU on sharing customs data, which officials stressed was "
            "not legally binding on either side.",
            "The two ports signed a memorandum of understanding on sharing customs data, which "
            "officials stressed was not legally binding on either side.",
        ),
        (
            "The pilot was held as a PoW for two years before being freed in an exchange of "
            "prisoners in 1973.",
            "The pilot was held as a prisoner of war for two years before being freed in an "
            "exchange of prisoners in 1973.",
        ),
    ],
)
def test_an_initialism_against_its_words_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


def test_initialism_spelled_reads_its_letters() -> None:
    assert initialism_spelled("MoU", "signed a memorandum of understanding on") == (
        "memorandum of understanding"
    )
    assert not initialism_spelled("MoU", "signed a treaty on")
    assert not initialism_spelled("MoU", "signed a memorandum under understanding")
    assert not initialism_spelled("IMF", "the international monetary fund")  # capitals only
