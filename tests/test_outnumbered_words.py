"""A replaced word is no edit when it only moved inside the pair, but a word that A says twice
and B once, where B put a new word in one of its places, was replaced there: "start with
resume enabled" / "start with full enabled" after "you can resume it" is a change of the
option, as it would be in a sentence that says "resume" once."""

from __future__ import annotations

from _hits import checks_judged

LEAD = "If the transfer stops you can restart it later, and "


def _checks(a: str, b: str) -> set[str]:
    return {check for check, _ in checks_judged(a, b)}


def test_a_repeated_word_replaced_in_one_place_is_an_edit_both_ways() -> None:
    a = LEAD + "the next transfer will restart from the last block."
    b = LEAD + "the next transfer will begin from the last block."
    assert "wording.replaced" in _checks(a, b)
    assert "wording.replaced" in _checks(b, a)


def test_a_word_said_as_often_on_both_sides_only_moved() -> None:
    a = LEAD + "the next transfer will restart from the last block."
    b = (
        "The next transfer will restart from the last block if the transfer stops,"
        " and you can restart it later."
    )
    assert "wording.replaced" not in _checks(a, b)
    assert "wording.replaced" not in _checks(b, a)


def test_a_repeated_name_said_again_as_a_pronoun_is_no_new_edit() -> None:
    a = "The minister opened the bridge on Monday, and the minister said it was overdue."
    b = "The minister opened the bridge on Monday, and she said it was overdue."
    assert checks_judged(a, b) == [] and checks_judged(b, a) == []
