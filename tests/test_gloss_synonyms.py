"""A phrase that explains a word may write its definition in another word of the same sense:
"a doctor specialising in obstetrics" explains "obstetrician" ("a physician specializing in
obstetrics"), while another kind of worker in the same place explains nothing."""

from __future__ import annotations

import pytest

from vardiff.judge._glosses import explanation


@pytest.mark.parametrize(
    ("word", "phrase"),
    [
        ("obstetrician", "doctor specialising in obstetrics"),
        ("psychiatrist", "doctor who specializes in psychiatry"),
    ],
)
def test_a_synonym_of_the_definitions_word_explains_the_word(word: str, phrase: str) -> None:
    found = explanation(word, phrase)
    assert found is not None and found.reading == "same", found
    assert explanation(phrase, word) == found


@pytest.mark.parametrize(
    ("word", "phrase"),
    [
        ("obstetrician", "midwife specialising in obstetrics"),
        ("psychiatrist", "nurse who specializes in psychiatry"),
        ("psychiatrist", "doctor who specializes in surgery"),
    ],
)
def test_another_worker_or_field_explains_nothing(word: str, phrase: str) -> None:
    assert explanation(word, phrase) is None
