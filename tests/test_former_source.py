"""A source said with "ex-" and with "former" ("his ex-wife" / "his former wife"), or by a
word and its definition ("her ex" / "her former husband"), is one source; "former" before
another word, or the word without "ex-", names another."""

from __future__ import annotations

from _hits import assert_judged_both_ways, assert_not_judged_both_ways, assert_quiet_both_ways

from vardiff.judge._glosses import explanation
from vardiff.judge._lexicon import lexicon


def test_an_adverb_in_a_definition_reads_as_its_adjective() -> None:
    found = explanation("ex", "former husband")  # "formerly a certain woman's husband"
    assert found is not None and found.reading == "same"
    assert explanation("ex", "former employer") is None


def test_ex_and_former_before_one_word_are_one_source() -> None:
    assert_not_judged_both_ways(
        "The mayor's ex-adviser told investigators that the contract had been promised early.",
        "The mayor's former adviser told investigators that the contract had been promised early.",
        "attribution.changed",
    )


def test_a_word_and_its_definition_are_one_source() -> None:
    # "ex" names a former husband or a former wife: no gender to contradict either.
    assert_quiet_both_ways(
        "His ex told the court that the children had lived with their grandparents since 2021.",
        "His former wife told the court that the children had lived with their grandparents "
        "since 2021.",
    )
    assert lexicon().gender("ex") is None
    assert lexicon().gender("ex-wife") == "f"


def test_former_before_another_word_is_another_source() -> None:
    assert_judged_both_ways(
        "The mayor's ex-adviser told investigators that the contract had been promised early.",
        "The mayor's former driver told investigators that the contract had been promised early.",
        "attribution.changed",
    )
    assert_judged_both_ways(
        "His ex told the court that the children had lived with their grandparents since 2021.",
        "His former accountant told the court that the children had lived with their "
        "grandparents since 2021.",
        "attribution.changed",
    )


def test_ex_dropped_is_another_source() -> None:
    assert_judged_both_ways(
        "The mayor's ex-adviser told investigators that the contract had been promised early.",
        "The mayor's adviser told investigators that the contract had been promised early.",
        "attribution.changed",
    )
