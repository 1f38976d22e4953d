"""Harmless variation that is no meaning change (issue 7: trust), against the twins that do
change the meaning: a rank written "No. four" (no "no"); a name set in quotes ("the "Challenge
Award"", cased or spaced otherwise on the other side) and a quote whose opening mark the other
side lost (no quote added or missing); a
clause cut short against its open compound ("men connected to the gang" / "gang connected
men": no roles swapped); a word written twice ("the the goal": no word cut out). Our own
sentences, both directions where the variation goes both ways, without the model."""

from __future__ import annotations

import pytest
from _hits import context

from vardiff.judge.polarity import check_negation
from vardiff.judge.quotes import check_quotes
from vardiff.judge.removal import find_removals
from vardiff.judge.roles import find_roles


def negations(a: str, b: str) -> list[str]:
    return [f.check for f in check_negation(context(a, b))]


@pytest.mark.parametrize("rank", ["No. four", "No. 4", "no. two"])
def test_a_rank_written_with_no_is_no_denial(rank: str) -> None:
    a = "It was the second-year number four player who scored the winning goal."
    b = f"It was the second-year {rank} player who scored the winning goal."
    assert negations(a, b) == []
    assert negations(b, a) == []


def test_a_no_before_a_noun_is_still_a_denial() -> None:
    a = "The forecast said there was one chance of rain on Sunday."
    b = "The forecast said there was no chance of rain on Sunday."
    assert negations(a, b) == ["negation.flipped"]


def quote_checks(a: str, b: str) -> list[str]:
    return [f.check for f in check_quotes(context(a, b))]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Canned Kakioko by Asahi Tex was selected for the Challenger Award for new products.",
         'Asahi Tex\'s "Canned Kakioko" was selected for the "Challenge Award" for new products.'),
        ("The film Man of the Year opened in Berlin on Friday.",
         "The film “Man of the Year” opened in Berlin on Friday."),
    ],
)  # fmt: skip
def test_a_name_set_in_quotes_is_no_quotation(a: str, b: str) -> None:
    assert quote_checks(a, b) == []
    assert quote_checks(b, a) == []


def test_a_title_cased_or_spaced_otherwise_is_the_same_title() -> None:
    a = 'Overnight 200 copies were made, now known as "Dunlap broadsides".'
    b = 'Overnight 200 copies were made, now known as " Dunlap Broadsides ".'
    assert quote_checks(a, b) == []
    assert quote_checks(b, a) == []


def test_a_quote_whose_opening_mark_the_other_side_lost_is_no_quote_added() -> None:
    a = 'I hope that the talks will end the strike soon", he summed up.'
    b = '"I hope that the talks will end the strike soon," he concluded.'
    assert quote_checks(a, b) == []
    assert quote_checks(b, a) == []


def test_words_put_in_quotes_are_still_a_quote_added() -> None:
    a = "The minister said the plan was a failure from the start."
    b = 'The minister said "the plan was a failure from the start".'
    assert quote_checks(a, b) == ["quote.added"]
    assert quote_checks(b, a) == ["quote.missing"]


def roles(a: str, b: str) -> list[str]:
    return [h.check for h in find_roles(a, b)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Police arrested two young men connected to the gang.",
         "Police arrested two gang connected young men."),
        ("Xinjiang has 330 photovoltaic plants connected to the grid, with a capacity of 10 GW.",
         "Xinjiang has 330 grid connected photovoltaic power plants with a capacity of 10 GW."),
    ],
)  # fmt: skip
def test_a_clause_cut_short_and_its_open_compound_swap_no_roles(a: str, b: str) -> None:
    assert roles(a, b) == []
    assert roles(b, a) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Weber defeated Keller in the final on Sunday.",
         "On Sunday, Keller defeated Weber in the final."),
        # The same verb before a preposition on both sides is read as before.
        ("Residents complained to the council about the noise on Monday.",
         "On Monday, the council complained to the residents about the noise."),
    ],
)  # fmt: skip
def test_participants_that_changed_places_are_still_swapped(a: str, b: str) -> None:
    assert roles(a, b) == ["role.swapped"]


def removals(a: str, b: str) -> list[str]:
    return [h.check for h in find_removals(a, b) if h.check.startswith("removal.")]


def test_a_word_written_twice_is_no_word_cut_out() -> None:
    a = "Long before Turkey sought to join the European Union, it traded with Europe."
    b = "Long before Turkey attempted to enter the the European Union, it traded with Europe."
    assert removals(a, b) == []


def test_a_word_cut_out_between_two_alike_is_still_a_removal() -> None:
    a = "The company reported its results at the end of the year in London."
    b = "The company reported its results at the the year in London."
    assert removals(a, b) != []
