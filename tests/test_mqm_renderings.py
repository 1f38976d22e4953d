"""Honest renderings that translators of one text produce and the checks misread, each beside
a twin that does change the meaning (issue 7: quiet on honest variation, loud on drift). Our
own sentences; no model (see ``_hits``)."""

from __future__ import annotations

import pytest
from _hits import checks_judged

from vardiff import Severity
from vardiff.judge.referents import find_referents
from vardiff.judge.removal import broken_marks
from vardiff.judge.roles import find_roles


def _loud(a: str, b: str, prefix: str) -> list[str]:
    return [c for c, s in checks_judged(a, b) if c.startswith(prefix) and s >= Severity.MEDIUM]


def _checks(a: str, b: str, prefix: str) -> list[str]:
    return [c for c, _ in checks_judged(a, b) if c.startswith(prefix)]


# --- A name said inside a compound of the other side ("the Sun" / "sunlight").


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The Sun burned the crops in the valley.", "The strong sunlight burned the crops."),
        ("The Moon lit the harbour all night.", "Bright moonlight lit the harbour all night."),
    ],
)
def test_a_name_inside_a_compound_is_still_said(a: str, b: str) -> None:
    assert _checks(a, b, "entity.dropped") == []
    assert _checks(b, a, "entity.added") == []
    assert "entity.variant" in _checks(a, b, "entity")


def test_a_name_cut_out_is_still_dropped() -> None:
    assert _loud("The Sun burned the crops.", "The strong light burned the crops.", "entity")


def test_a_word_that_only_begins_with_the_name_says_no_name() -> None:
    # "bush" is no president: the name's own common noun must carry the name's sense.
    found = _checks("President Bush toured the area.", "The bushfire reached the area.", "entity")
    assert "entity.dropped" in found


# --- One long foreign name written down by ear twice ("Qeqertarsuaq" / "Kekertsuatsiak").


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "We photographed the glacier in Qeqertarsuaq, Greenland.",
            "We photographed the glacier on Kekertsuatsiak in Greenland.",
        ),
        ("The shrine stands in Asanokawa.", "The shrine stands in Asanogawa."),
    ],
)
def test_a_foreign_name_spelled_by_ear_is_one_name(a: str, b: str) -> None:
    assert _checks(a, b, "entity.different") == []
    assert "entity.variant" in _checks(a, b, "entity")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The delegation flew to Switzerland.", "The delegation flew to Swaziland."),
        ("The delegation flew to Kazakhstan.", "The delegation flew to Kyrgyzstan."),
        ("The minister met Kowalski.", "The minister met Nowakowski."),
    ],
)
def test_two_names_alike_that_the_lexicon_knows_apart_stay_two(a: str, b: str) -> None:
    assert _loud(a, b, "entity.different")


def test_names_the_lexicon_knows_as_one_are_one() -> None:
    assert _checks("We stayed in Naples.", "We stayed in Napoli.", "entity.different") == []


# --- A prefix that makes a word of its own ("non-stop"), not a denial.


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The band played constantly through the night.",
            "The band played non-stop through the night.",
        ),
        (
            "They protested peacefully and non-violently.",
            "They protested peacefully and nonviolently.",
        ),
        (
            "The group runs a charity for old sailors.",
            "The group runs a non-profit for old sailors.",
        ),
    ],
)
def test_a_prefixed_word_of_its_own_denies_nothing(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert _checks(x, y, "negation") == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("They signed a binding agreement.", "They signed a non-binding agreement."),
        ("The protest was violent.", "The protest was non-violent."),
    ],
)
def test_a_prefix_against_its_bare_word_is_a_flip(a: str, b: str) -> None:
    assert _loud(a, b, "negation")
    assert _loud(b, a, "negation")


# --- "without X" and "except for X" leave the same thing out.


def test_without_and_an_exception_leave_the_same_thing_out() -> None:
    a = "The map would look like this one, except for maybe without the grid drawn on it."
    b = "The map would look like this one, except for the lines drawn on it."
    assert _checks(a, b, "negation") == []
    assert _loud(a, b, "wording") == []  # "maybe" dropped is the modality check's
    assert (
        _checks(
            "The map looks like this one without the grid.",
            "The map looks like this one apart from the grid.",
            "negation",
        )
        == []
    )


def test_without_against_with_is_a_flip() -> None:
    assert _loud(
        "He came to the party without his wife.", "He came to the party with his wife.", "negation"
    )
    assert _loud(
        "He drove to work without a licence.", "He drove to work with a licence.", "negation"
    )


# --- A pronoun with its verb contracted onto it ("I'd", "you're") is that pronoun.


def test_a_contracted_pronoun_is_the_same_person() -> None:
    a = "And I'd like you to look at the shape of the iceberg."
    b = "I want to draw your attention to the shape of the iceberg."
    assert find_referents(a, b) == []
    assert find_referents(b, a) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("She'd like you to look at the iceberg.", "I'd like you to look at the iceberg."),
        ("They said we'd look at the iceberg.", "They said they'd look at the iceberg."),
        ("I'd like you to look at the iceberg.", "I'd like them to look at the iceberg."),
    ],
)
def test_a_contracted_pronoun_of_another_person_is_another_person(a: str, b: str) -> None:
    assert [h.check for h in find_referents(a, b)] == ["person.pronoun_person"]


def test_an_empty_it_contracted_is_no_person() -> None:
    a = "We might see a shadow one day, but we haven't yet."
    b = "It's possible that one day we'll see a shadow, but it hasn't been observed yet."
    assert [h for h in find_referents(a, b) if h.check == "person.pronoun_person"] == []


# --- A question's modal before its subject is word order, no gap.


@pytest.mark.parametrize(
    "text",
    [
        "Could the government act sooner?",
        "We have to ask: could our universe be a plume off some greater history?",
        "Why would the minister resign now?",
        "When will the talks resume?",
    ],
)
def test_a_question_opens_on_its_modal(text: str) -> None:
    assert broken_marks(text) == []


@pytest.mark.parametrize(
    "text", ["The Center Party will its debts.", "Officials said the storm will its path?"]
)
def test_a_modal_that_lost_its_verb_is_still_a_gap(text: str) -> None:
    assert broken_marks(text)


# --- A word before a number bounds the amount; it names no kind of thing.


def test_an_approximator_before_a_number_is_no_kind_adjective() -> None:
    a = "I first went to Antarctica almost 10 years ago, where I saw my first icebergs."
    b = "I saw an iceberg for the first time about 10 years ago, when I went to Antarctica."
    assert _checks(a, b, "removal.adjective") == []
    # Cut from the number, it still changes the amount: the modifier check says so.
    assert _loud("She waited almost 10 years.", "She waited 10 years.", "")
    assert _checks("The elderly people were moved.", "The people were moved.", "removal.adjective")


# --- A word that is a noun and a verb is a noun after a determiner or a preposition.


def test_a_noun_after_a_determiner_or_preposition_is_no_verb() -> None:
    a = "In this Hubble image, we see two galaxies."
    b = "We see these two galaxies in images from the Hubble Space Telescope."
    assert find_roles(a, b) == []
    assert find_roles(b, a) == []


def test_participants_that_change_places_are_still_a_swap() -> None:
    assert find_roles(
        "Apple sued Samsung over the patents.", "Samsung sued Apple over the patents."
    )
    assert find_roles(
        "The images show the army shelling the town.", "The images show the town shelling the army."
    )


# --- A state after "be": the time is the "be"'s.


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Humans are not separate from nature.", "Human beings are not separated from nature."),
        ("They aren't separate from nature.", "They aren't separated from nature."),
        ("The shops are open today.", "The shops are opened today."),
    ],
)
def test_an_adjective_or_participle_after_the_same_be_is_no_tense(a: str, b: str) -> None:
    assert _checks(a, b, "tense.shifted") == []


def test_the_be_itself_moved_in_time_is_a_tense() -> None:
    assert _loud("The road was closed on Monday.", "The road is closed on Monday.", "tense")
    assert _checks("The committee approves the plan.", "The committee approved the plan.", "tense")
    # "a human being are" / "were": the verb after a noun that looks like a "be".
    a = "Animals that can kill a human being are not usually considered pests."
    b = "Animals that can kill a human being were not usually considered pests."
    assert _checks(a, b, "tense.shifted")


# --- "you guys", "you folks": "you" made plural, no one new.


@pytest.mark.parametrize("plural", ["guys", "folks", "all"])
def test_you_made_plural_adds_no_one(plural: str) -> None:
    a = "They show you different sides of their personality."
    b = f"They show you {plural} different sides of their personality."
    assert _checks(a, b, "addition") == []
    assert _checks(b, a, "removal") == []


def test_someone_named_after_you_is_still_added() -> None:
    a = "They show you different sides of their personality."
    b = "They show you soldiers different sides of their personality."
    assert _loud(a, b, "addition")


def test_two_words_of_a_title_alike_are_two_words() -> None:
    a = "Associate Professor Barry Vacker is giving the course."
    b = "Adjunct Professor Barry Vacker is giving the course."
    assert _loud(a, b, "entity.different")
    assert (
        _checks(
            "The World Health Organisation said so.",
            "The World Health Organization said so.",
            "entity.different",
        )
        == []
    )
