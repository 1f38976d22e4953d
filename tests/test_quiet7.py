"""Harmless variation the judge read as drift, each a class of English: two things of one kind
only through a rarer sense of a word read first as no thing ("figure", first a diagram in a
text, meets "picture" only as a sculpted form); a surname that is an adjective too, opening the
text ("Li Jiachao met", "Young said"); a preposition and an adjective that are one adverb ("held
in secret for a month"); slips of the keys on a common word capitalised in a title ("Culture
Secretary" / "Secretery") and on a short number word ("two" / "twpo"). Each is tested with the
change beside it, which is still found (no model, shipped calibration)."""

from __future__ import annotations

import pytest
from _hits import assert_quiet_both_ways, both_ways, checks_judged

from vardiff import Severity
from vardiff.judge._typos import Typo, typos


def _loud(a: str, b: str, prefix: str = "") -> list[tuple[str, Severity]]:
    return [(c, s) for c, s in checks_judged(a, b) if c.startswith(prefix) and s >= Severity.MEDIUM]


def _checks(a: str, b: str) -> set[str]:
    return {c for c, _ in checks_judged(a, b)}


# --- Two things of one kind only through a rarer sense of a word first read as no thing.


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("So this is as shown in the figure.", "So this is as shown in the picture."),
        ("The results are shown in the figure below.", "The results are shown in the image below."),
    ],
)  # fmt: skip
def test_a_figure_in_a_text_is_its_picture(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Commonest senses both things, met through other senses: another vehicle.
        ("The bus hit a wall in the town centre.", "The truck hit a wall in the town centre."),
        # A thing among the first two senses of a word first read as a person: another boat.
        ("A tanker sank off the coast on Sunday.", "A trawler sank off the coast on Sunday."),
        ("Police seized two shotguns from the car.", "Police seized two revolvers from the car."),
    ],
)  # fmt: skip
def test_another_thing_of_the_kind_is_still_found(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert _loud(x, y, "kind."), (x, y)


# --- A surname that is an adjective too, opening the text.


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Li Jiachao met the delegation on Monday.",
         "John Lee Ka-chiu met the delegation on Monday."),
        ("Li Jiachao met the delegation on Monday.", "Jiachao met the delegation on Monday."),
        ("Young said the plan would go ahead.", "She said the plan would go ahead."),
    ],
)  # fmt: skip
def test_a_surname_opening_the_text_is_no_modifier(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert not any(c.startswith("modifier.") for c in _checks(x, y)), (x, y)


def test_an_adjective_opening_the_text_before_its_noun_is_still_a_modifier() -> None:
    a, b = (
        "Late Prime Minister Abe was honoured on Friday.",
        "Prime Minister Abe was honoured on Friday.",
    )
    assert _loud(a, b, "modifier."), (a, b)
    assert _loud(b, a, "modifier."), (b, a)


# --- A preposition and an adjective that are one adverb.


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The talks were held in secret for a month.", "The talks were secretly held for a month."),
        ("The talks were held in secret for a month.", "The talks were held secretly for a month."),
        ("The suspect remains at large in the city.", "The suspect is still free in the city."),
    ],
)  # fmt: skip
def test_an_adverb_of_a_preposition_and_an_adjective_is_no_gap(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert not (_checks(x, y) & {"addition.broken", "removal.broken", "removal.gap"}), (x, y)


def test_an_adjective_without_its_noun_after_a_preposition_is_still_a_gap() -> None:
    a = "The talks were held in spacious rooms for a month."
    b = "The talks were held in spacious for a month."
    assert _loud(a, b, "removal."), (a, b)
    assert _loud(b, a, "addition."), (b, a)


# --- Slips of the keys: a common word capitalised in a title, a short number word.


def test_a_slip_on_a_common_word_in_a_title_is_read_as_that_word() -> None:
    a = "Earlier, Culture Secretary Oliver Dowden announced that quarantine would be relaxed."
    b = "That quarantine would be relaxed was announced by the Secretery of Culture, Oliver Dowden."
    assert Typo("Secretery", "Secretary") in typos(a, b)
    assert "attribution.changed" not in _checks(a, b)
    a = "The last inspection was conducted by the Inspectorate of Environmental Protection."
    b = "The last inspection was carried out by the Inspectorate for Environmental Pretection."
    assert Typo("Pretection", "Protection") in typos(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A name that is a word too, short: another letter is as often another name.
        ("Young said the plan would go ahead.", "Yong said the plan would go ahead."),
        # A name the lexicon knows.
        ("Daniel said the plan would go ahead.", "Daniela said the plan would go ahead."),
    ],
)  # fmt: skip
def test_a_name_one_letter_away_is_no_slip(a: str, b: str) -> None:
    assert typos(a, b) == ()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Two million people have lived under the blockade since 2007.",
         "Twpo million people have lived under the blockade since 2007."),
        ("He is a married man with two grown-up children.",
         "He is a married man with twpo grown-up children."),
    ],
)  # fmt: skip
def test_a_letter_put_into_a_number_word_is_that_number(a: str, b: str) -> None:
    assert _loud(a, b, "number.") == [], (a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Another number, and a slip that makes a word of English ("tow"), stay changes.
        ("He is a married man with two grown-up children.",
         "He is a married man with ten grown-up children."),
        ("He is a married man with two grown-up children.",
         "He is a married man with tow grown-up children."),
    ],
)  # fmt: skip
def test_another_number_or_a_word_is_still_found(a: str, b: str) -> None:
    assert _loud(a, b, "number."), (a, b)


# --- A contraction's clitic written apart, as tokenised text writes it.


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ('"It worked quickly and I didn\'t have to get used to the track," he said.',
         '"It worked quickly and I did n\'t have to get used to the track ," he said .'),
        ('"This will not be a farewell; it\'s just the end of a chapter," she said.',
         '"This will not be a farewell ; it \'s just the end of a chapter ," she said .'),
        ("\"We've made enormous progress from session to session,\" he said.",
         "\"We 've made enormous progress from session to session ,\" he said ."),
    ],
)  # fmt: skip
def test_a_quote_in_tokenised_text_is_the_same_quote(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert not any(c.startswith("quote.") for c in _checks(x, y)), (x, y)


def test_a_word_changed_in_a_tokenised_quote_is_still_found() -> None:
    a = '"It worked quickly and I didn\'t have to get used to the track," he said.'
    b = '"It worked quickly and I did n\'t want to get used to the track ," he said .'
    for x, y in both_ways(a, b):
        assert _loud(x, y, "quote."), (x, y)


# --- A stray mark between an amount and its scale or unit.


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The deal is worth 20 billion euros to the company.",
         "The deal is worth 20 billion! euros to the company."),
        ("The tower is more than 100 feet high.", "The tower is more than 100_ feet high."),
        ("Fines of up to a thousand tenge were imposed.",
         "Fines of up to a. thousand tenge were imposed."),
    ],
)  # fmt: skip
def test_a_stray_mark_inside_an_amount_is_no_other_amount(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert _loud(x, y, "number.") == [], (x, y)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # The unit gone, a new sentence after the amount.
        ("The deal is worth 20 billion euros to the company.",
         "The deal is worth 20 billion. Euros are scarce."),
        # Another unit beside the mark.
        ("The tower is more than 100 feet high.", "The tower is more than 100_ metres high."),
    ],
)  # fmt: skip
def test_an_amount_changed_beside_a_mark_is_still_found(a: str, b: str) -> None:
    assert _loud(a, b, "number."), (a, b)


def test_a_slip_that_runs_two_words_together_is_read_where_a_words_it_otherwise() -> None:
    # "everyting" is "every" + "ting" as written, and one letter short of "everything".
    found = typos("I hope that all will be well.", "I hope that everyting will be fine.")
    assert Typo("everyting", "everything") in found
    # Two words run together that are no slip on one word stay as written.
    assert typos("They met at the station.", "They met at the busstop.") == ()
