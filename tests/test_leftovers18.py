"""Honest variation the judge still failed in the earlier probes' controls, read as kinds and
tested with sentences of their own (never the probes'), each beside a change of the same shape:

- a million written "m" before a unit ("250m litres" / "250 million litres"): the unit after
  the "m" is what the million counts, no metres (``vardiff/_numbers.py``);
- an amount inside a quotation written in figures or in words ("Forty thousand households" /
  "40,000 households"): the speaker's same words (``quotes._verbatim``);
- a hyphenated game WordNet writes with capitals ("Ping-Pong") is a noun of the lexicon in
  the lower case text writes it in ("ping-pong" / "table tennis": one sport;
  ``tools/build_lexicon.py``);
- a superlative that is an adjective of its own ("latest": the most recent) is no looser
  opposite of "newest" through its base "late", whose cluster WordNet opposes to a rare sense
  of "new" (``Lexicon.opposition``); "latest" / "earliest" stay opposed;
- a name with its rank as an ordinal before it and as a numeral after it ("the First World War"
  / "World War One"): one name, read alike (``_alike._ranked_name_reads``); another rank stays
  another;
- "without" or "no" before a noun said by the noun's adjective of "-less" ("without a home" /
  "homeless", "without power" / "powerless"): the same denial, ``negation.meant``
  (``polarity._lacking``)."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_judged_both_ways,
    assert_not_judged_both_ways,
    assert_quiet_both_ways,
)

from vardiff._numbers import extract_amounts
from vardiff.judge._lexicon import lexicon


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("can move 250m litres of water an hour", 250e6, "l"),
        ("exported 12m tonnes of grain", 12e6, "t"),
        ("a 3m wall around the garden", 3.0, "m"),  # metres, nothing after the "m"
        ("raised £4m for the hospital", 4e6, "GBP"),
    ],
)
def test_an_m_before_a_unit_is_a_million_of_that_unit(text: str, value: float, unit: str) -> None:
    (amount,) = extract_amounts(text)
    assert (amount.value, amount.unit) == (value, unit)


def test_a_million_written_m_before_a_unit_is_the_same_amount() -> None:
    a = "The pumping station can move 250m litres of water an hour, the council said."
    assert_quiet_both_ways(
        a, "The pumping station can move 250 million litres of water an hour, the council said."
    )
    assert_fails_both_ways(
        a, "The pumping station can move 25 million litres of water an hour, the council said."
    )


def test_an_amount_in_a_quotation_in_figures_or_words_is_the_speakers_same_words() -> None:
    a = '"Forty thousand households are still waiting for repairs," the housing minister said.'
    assert_quiet_both_ways(
        a, '"40,000 households are still waiting for repairs," the housing minister said.'
    )
    assert_fails_both_ways(
        a, '"14,000 households are still waiting for repairs," the housing minister said.'
    )


def test_latest_is_no_opposite_of_newest_through_late() -> None:
    a = "The carmaker showed its latest electric van at the trade fair in Geneva."
    assert_quiet_both_ways(
        a, "The carmaker showed its newest electric van at the trade fair in Geneva."
    )
    assert_judged_both_ways(
        a, "The carmaker showed its earliest electric van at the trade fair in Geneva.",
        "opposite.placed",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The earthquake left more than 12,000 villagers homeless in the mountains.",
            "The earthquake left more than 12,000 villagers without a home in the mountains.",
        ),
        (
            "Many of the region's miners have been jobless since the pits closed.",
            "Many of the region's miners have been without jobs since the pits closed.",
        ),
        (
            "The flood left the village without power for three days.",
            "The flood left the village powerless for three days.",
        ),
    ],
)
def test_without_a_noun_is_its_adjective_of_less(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)
    assert_judged_both_ways(a, b, "negation.meant")
    assert_not_judged_both_ways(a, b, "negation.flipped")


def test_without_another_noun_than_the_adjectives_stays_a_denial() -> None:
    assert_fails_both_ways(
        "The earthquake left more than 12,000 villagers homeless in the mountains.",
        "The earthquake left more than 12,000 villagers without water in the mountains.",
    )


def test_a_hyphenated_game_written_with_capitals_in_wordnet_is_its_other_name() -> None:
    # WordNet writes "Ping-Pong": the lexicon keeps it in the lower case of running text.
    kin = lexicon().kinship("ping-pong", "table tennis")
    assert kin is not None and kin.synonymous
    a = "Ping-pong is played in almost every school in the province, the ministry said."
    assert_quiet_both_ways(
        a, "Table tennis is played in almost every school in the province, the ministry said."
    )
    other = lexicon().kinship("ping-pong", "badminton")
    assert other is None or not other.synonymous


@pytest.mark.parametrize("b", ["World War One", "World War I", "World War 1"])
def test_a_name_with_its_rank_before_or_after_it_is_one_name(b: str) -> None:
    a = "Her grandmother worked as a nurse in a field hospital during the First World War."
    assert_quiet_both_ways(a, a.replace("the First World War", b))


def test_a_name_with_another_rank_after_it_is_another() -> None:
    a = "Her grandmother worked as a nurse in a field hospital during the First World War."
    assert_fails_both_ways(a, a.replace("the First World War", "World War II"))
