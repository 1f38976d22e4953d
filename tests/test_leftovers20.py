"""Honest variation the judge still failed in the earlier probes' controls, read as kinds and
tested with sentences of their own (never the probes'), each beside a change of the same shape:

- a verb, an adjective or an adverb said by one of WordNet's multiword lemmas or by another
  form of the same sense ("pulled out" / "withdrew", "little by little" / "gradually"), or a
  verb said by a light verb and the noun of its act ("staged a walkout" / "walked out",
  "made a decision" / "decided"): read alike (``_multiword``); another sense ("pulled out" /
  "pulled over", "took a decision" / "took a break") stays what it is;
- a change of state by a verb of becoming and an adjective ("grew weary" / "became tired",
  "went bankrupt" / "became insolvent"): read alike where the two adjectives are one,
  synonyms or similar by WordNet; another state ("went bankrupt" / "went public", "fell
  silent" / "fell ill") is not read alike."""

from __future__ import annotations

import pytest
from _hits import assert_model_quiet_both_ways, assert_quiet_both_ways

from vardiff.judge._multiword import multiword_reads


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Hundreds of teachers walked out on Wednesday in a dispute over pensions, closing "
            "schools across the region.",
            "Hundreds of teachers went on strike on Wednesday in a dispute over pensions, "
            "closing schools across the region.",
        ),
        (
            "The council said the old bridge would be replaced bit by bit over the next decade.",
            "The council said the old bridge would be replaced gradually over the next decade.",
        ),
        (
            "The ferry operator called off all sailings to the islands on Sunday because of the "
            "storm.",
            "The ferry operator cancelled all sailings to the islands on Sunday because of the "
            "storm.",
        ),
        (
            "The family said the singer passed away peacefully at home on Monday, aged 81.",
            "The family said the singer died peacefully at home on Monday, aged 81.",
        ),
        (
            "The committee made a decision on the new stadium after a four-hour meeting.",
            "The committee decided on the new stadium after a four-hour meeting.",
        ),
    ],
)
def test_a_multiword_form_of_one_sense_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The regional airline became insolvent last spring, leaving 900 staff without pay.",
            "The regional airline went bankrupt last spring, leaving 900 staff without pay.",
        ),
        (
            "The stadium fell silent when the referee pointed to the penalty spot.",
            "The stadium went quiet when the referee pointed to the penalty spot.",
        ),
    ],
)
def test_a_change_of_state_to_a_similar_adjective_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The regional airline went bankrupt last spring, leaving 900 staff without pay.",
            "The regional airline went public last spring, leaving 900 staff without pay.",
        ),
        (
            "The stadium fell silent when the referee pointed to the penalty spot.",
            "The stadium fell ill when the referee pointed to the penalty spot.",
        ),
    ],
)
def test_a_change_to_another_state_is_not_read_alike(a: str, b: str) -> None:
    # Two states WordNet neither calls one nor similar: nothing reads them alike, and the
    # other checks weigh "bankrupt" against "public" as before.
    assert multiword_reads(a, b) == []
    assert multiword_reads(b, a) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Hundreds of teachers walked out on Wednesday in a dispute over pensions.",
            "Hundreds of teachers went on strike on Wednesday in a dispute over pensions.",
        ),
        (
            "The stadium fell silent when the referee pointed to the penalty spot.",
            "The stadium went quiet when the referee pointed to the penalty spot.",
        ),
    ],
)
def test_with_the_model_a_multiword_form_is_quiet(a: str, b: str) -> None:
    assert_model_quiet_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # another sense of the same verb, another verb with the same particle
        (
            "Hundreds of teachers walked out on Wednesday.",
            "Hundreds of teachers went on holiday on Wednesday.",
        ),
        (
            "The ferry operator called off all sailings.",
            "The ferry operator called back all sailings.",
        ),
        # a tense changed with the form
        ("The loan was due in March.", "The loan is due in March."),
        # a form inside another idiom: "went down well" is no "fell"
        (
            "The plan fell flat with the voters.",
            "The plan went down well with the voters.",
        ),
        # the noun, not the verb
        ("The strike ended on Monday.", "The walk out ended on Monday."),
    ],
)
def test_another_sense_is_not_read_alike(a: str, b: str) -> None:
    assert multiword_reads(a, b) == []
    assert multiword_reads(b, a) == []


def test_the_reading_takes_the_other_sides_words() -> None:
    a = "Hundreds of teachers went on strike on Wednesday."
    b = "Hundreds of teachers walked out on Wednesday."
    assert multiword_reads(a, b) == [(21, 31, "went on strike")]
    assert multiword_reads(b, a) == [(21, 35, "walked out")]
