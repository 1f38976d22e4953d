"""Negations read with the word they govern, and paired across two translations (no model)."""

from __future__ import annotations

import pytest

from vardiff import Pair, word_diff
from vardiff.judge import PairContext, build_context
from vardiff.judge.polarity import check_negation, negators, pair_negators


def context(a: str, b: str) -> PairContext:
    pair = Pair(
        a=(0,), b=(0,), similarity=0.9, status="changed", a_text=a, b_text=b, ops=word_diff(a, b)
    )
    return build_context(pair, [a], [b])


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        ("He did not even really want it.", ["want"]),
        ("The homes are without water and have no power.", ["water", "power"]),
        ("None of the students came.", ["students"]),
        ("It failed to reach the shore.", ["reach"]),
        ("The sound was too quiet for us to hear.", ["hear"]),
        # The clause ends before anything is governed.
        ("Maybe some don't, maybe some do.", [""]),
    ],
)
def test_a_negation_governs_the_next_content_word_of_its_clause(
    text: str, heads: list[str]
) -> None:
    assert [n.head for n in negators(text)] == heads


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Some homes are without water.", "Some homes have no water."),
        ("None of the students believed it.", "No student believed it."),
        ("He has never lied to us.", "He has not ever lied to us."),
        ("The doctor did not reply.", "The doctor didn't answer."),  # a synonym governed
    ],
)
def test_negations_of_the_same_word_pair_up(a: str, b: str) -> None:
    pairing = pair_negators(a, b)
    assert not pairing.unpaired_a and not pairing.unpaired_b


def test_a_negation_of_a_clause_the_other_side_keeps_is_kept() -> None:
    a = "It is reported that some 9400 homes are without water."
    b = "It is not reported that approximately 9,400 homes have no water."
    pairing = pair_negators(a, b)
    assert [(n.cue, n.head) for n in pairing.kept_b] == [("not", "reported")]
    [finding] = check_negation(context(a, b))
    assert finding.check == "negation.count"
    assert dict(finding.evidence)["kept"] == 1.0


def test_a_negation_said_another_way_is_not_kept() -> None:
    # "wasn't audible" / "couldn't be heard": both sides deny, each its own word.
    a = "His doorbell wasn't audible from his shop, he said."
    b = "He said that his doorbell couldn't be heard from the store."
    pairing = pair_negators(a, b)
    assert not pairing.kept_a and not pairing.kept_b
    assert check_negation(context(a, b)) == []


def test_the_same_word_far_away_in_the_sentence_is_another_use() -> None:
    a = "She was saying that the girls must marry at 14 with no choice."
    b = "What she said was that the girls must marry at 14 without having a say."
    assert not pair_negators(a, b).kept_b


def test_a_denial_inside_a_quote_is_a_flipped_polarity() -> None:
    a = '"We are happy that we keep making progress," said the boss.'
    b = '"We are not happy that we keep making progress," said the boss.'
    [finding] = check_negation(context(a, b))
    assert finding.check == "negation.flipped" and finding.b == "not"
    assert dict(finding.evidence)["kept"] == 1.0


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Doctors said his life was no longer in danger.",
            "Doctors said he was now out of danger.",
        ),
        ("Many residents have no access to water.", "Water is out of reach for many residents."),
        (
            "They had no corn, nor tomatoes, nor cocoa.",
            "They did not have corn, tomatoes or cocoa.",
        ),
        ("It was not until 1990 that the law passed.", "The law passed only in 1990."),
        ("He declined to comment.", "He did not comment."),
        ("The party lost its majority.", "The party no longer has a majority."),
        ("The plant stopped making shells.", "The plant no longer makes shells."),
    ],
)
def test_negations_said_another_way_keep_the_polarity(a: str, b: str) -> None:
    assert check_negation(context(a, b)) == []


def test_an_inverted_nor_denies_a_clause_of_its_own() -> None:
    found = check_negation(
        context("It is no death; it is not an end.", "It is no death; nor is it an end.")
    )
    assert found == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The senate rejected the bill.", "The senate blocked the bill."),
        ("The council refused the request.", "The council vetoed the request."),
    ],
)
def test_a_refusal_said_by_another_verb_of_refusal_is_the_same_denial(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert check_negation(context(x, y)) == []


def test_a_refusal_against_an_approval_is_still_a_flipped_polarity() -> None:
    found = check_negation(
        context("The senate approved the bill.", "The senate rejected the bill.")
    )
    assert [f.check for f in found] == ["negation.flipped"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Hardly anyone came to the meeting.", "Few people came to the meeting."),
        ("It rarely rains here in summer.", "It seldom rains here in summer."),
        ("There was hardly any food left.", "There was little food left."),
    ],
)
def test_hardly_said_by_a_word_of_few_is_the_same_denial(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert check_negation(context(x, y)) == [], (x, y)


@pytest.mark.parametrize(
    "b",
    ["Many people came to the meeting.", "A few people came to the meeting."],
)
def test_hardly_against_many_or_a_few_is_still_a_flipped_polarity(b: str) -> None:
    a = "Hardly anyone came to the meeting."
    for x, y in ((a, b), (b, a)):
        assert [f.check for f in check_negation(context(x, y))] == ["negation.flipped"], (x, y)
