"""A pronoun whose sentence follows one that names no one means the person named a sentence
or two before ("Maria Lopez took office. The council wants lists cut. '...,' she said"), so
"she said" and "Lopez said" are one speaker; where the sentence between names someone else,
the pronoun may mean them, and the change of speaker stays loud."""

from __future__ import annotations

import vardiff

OPENING = "Dr Priya Nair, the hospital's new medical director, started work on Monday."
NO_ONE = "The trust has asked her team to halve waiting times for hip operations by next spring."
SOMEONE = (
    "The trust's chair, Helen Moss, has asked her team to halve waiting times for hip "
    "operations by next spring."
)
SPEECH = '"We can do it without cutting corners," {} told staff at a meeting on Tuesday.'


def _gates(between: str, a_speaker: str, b_speaker: str) -> tuple[bool, bool]:
    a = " ".join([OPENING, between, SPEECH.format(a_speaker)])
    b = " ".join([OPENING, between, SPEECH.format(b_speaker)])
    return vardiff.compare(a, b).failed, vardiff.compare(b, a).failed


def test_a_pronoun_reaches_past_a_sentence_that_names_no_one() -> None:
    assert _gates(NO_ONE, "she", "Nair") == (False, False)


def test_a_pronoun_after_another_person_stays_another_speaker() -> None:
    assert _gates(SOMEONE, "she", "Nair") == (True, True)


def test_another_name_is_another_speaker_however_far_back() -> None:
    assert _gates(NO_ONE, "she", "Moss") == (True, True)
