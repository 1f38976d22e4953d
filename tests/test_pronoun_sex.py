"""A pronoun speaks of the person named before it only where their sex agrees, as a name or a
title tells it ("Rachel Reeves ... she", "Mr Cleverly ... he"); and a sentence that opens on a
description with the person's name after it ("The finance minister, Rachel Reeves, ...")
opens on that person."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_model_fails_both_ways,
    assert_model_quiet_both_ways,
    assert_quiet_both_ways,
)

from vardiff.judge._antecedents import opening_person, stands_for
from vardiff.judge._given_names import sex_of_person


@pytest.mark.parametrize(
    ("name", "text", "sex"),
    [
        (["Maria", "Lopez"], "Maria Lopez won the seat.", "f"),
        (["Thomas", "Berg"], "Thomas Berg won the seat.", "m"),
        (["Vance"], "Ms Vance told the court.", "f"),
        (["Okafor"], "Mr Okafor told the court.", "m"),
        (["Okafor"], "Okafor told the court.", None),  # a surname alone tells nothing
        (["Jordan", "Okafor"], "Jordan Okafor told the court.", None),  # borne by both
        (["Maria", "Lopez"], "Mr Maria Lopez told the court.", None),  # title against name
    ],
)
def test_a_name_or_a_title_tells_the_sex_where_it_can(
    name: list[str], text: str, sex: str | None
) -> None:
    assert sex_of_person(name, text) == sex


@pytest.mark.parametrize(
    "text",
    [
        "The health secretary, Maria Lopez, opened the ward on Friday.",
        "Former health secretary Maria Lopez opened the ward on Friday.",
        "Spain's health secretary Maria Lopez opened the ward on Friday.",
    ],
)
def test_a_description_then_the_name_opens_on_that_person(text: str) -> None:
    assert opening_person(text) == ["Maria", "Lopez"]


def test_a_name_after_a_description_further_in_opens_on_no_one() -> None:
    said = "Officials said on Friday that the secretary, Maria Lopez, had resigned."
    assert "Lopez" not in opening_person(said)


def test_a_pronoun_of_the_other_sex_stands_for_someone_else() -> None:
    previous = "Maria Lopez opened the new children's ward on Friday."
    assert stands_for("She said it had cost far less.", 0, previous, ["Lopez"])
    assert not stands_for("He said it had cost far less.", 0, previous, ["Lopez"])
    unknown = "Jordan Okafor opened the new children's ward on Friday."
    assert stands_for("He said it had cost far less.", 0, unknown, ["Okafor"])


def test_with_the_model_a_pronoun_of_the_other_sex_fails_the_gate() -> None:
    before = "Health secretary Maria Lopez opened the new children's ward on Friday. "
    assert_model_fails_both_ways(
        before + "Lopez said it had cost less than planned.",
        before + "He said it had cost less than planned.",
    )
    assert_model_quiet_both_ways(
        before + "Lopez said it had cost less than planned.",
        before + "She said it had cost less than planned.",
    )


def test_with_the_model_a_pronoun_after_a_description_and_name_stays_quiet() -> None:
    before = "The health secretary, Maria Lopez, opened the new children's ward on Friday. "
    assert_model_quiet_both_ways(
        before + "Lopez said it had cost less than planned.",
        before + "She said it had cost less than planned.",
    )


def test_a_speaker_taken_up_by_a_pronoun_of_the_other_sex_is_another_source() -> None:
    named = "Maria Lopez opened the new library on Friday, and Lopez said it had cost less."
    assert_fails_both_ways(
        named, "Maria Lopez opened the new library on Friday, and he said it had cost less."
    )
    assert_quiet_both_ways(
        named, "Maria Lopez opened the new library on Friday, and she said it had cost less."
    )
