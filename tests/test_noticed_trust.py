"""False alarms the team noticed, each a class of English: the generic "you", an adjective
joined to another after a linking verb, a sentence-initial "And" added to a statement, and a
place named without the word for its kind ("the River Trent" / "the Trent"). Each is tested
both ways: the harmless rewording stays quiet, the change beside it is still found."""

from __future__ import annotations

import pytest
from _hits import both_ways, checks_judged, most_severe

from vardiff import Severity
from vardiff._entities import shortened_place

# --- The generic "you": anyone at all, not the reader nor another person.


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("If you want to win, you have to train.", "If people want to win, they have to train."),
        ("The card lets you pay with your phone.", "The card lets customers pay with their phone."),
        ("If you want to pass, you study daily.", "If one wants to pass, one studies daily."),
        ("Once you retire, your pension is taxed.", "Once one retires, one's pension is taxed."),
    ],
)  # fmt: skip
def test_a_generic_you_said_of_anyone_is_no_other_person(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        found = checks_judged(x, y)
        assert not any(c.startswith("person.") for c, _ in found), (x, y, found)
        assert most_severe(found) <= Severity.LOW, (x, y, found)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # "you" said to someone against certain people: the article points at them.
        ("The card lets you pay by phone.", "The card lets the buyers pay by phone."),
        # No word for anyone at all on the other side: "they" are certain people.
        ("You told me that you would come.", "They told me that they would come."),
    ],
)  # fmt: skip
def test_you_against_certain_people_is_still_another_person(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        found = checks_judged(x, y)
        assert any(c.startswith("person.") and s >= Severity.MEDIUM for c, s in found), (x, y)


def test_the_impersonal_one_is_no_amount_but_a_count_before_its_verb_is() -> None:
    quiet = checks_judged("If you want to pass, you study.", "If one wants to pass, one studies.")
    assert not any(c.startswith(("number.", "removal.")) for c, _ in quiet), quiet
    # "only one remains": a count all the same, and "remains" its verb, no noun.
    for x, y in both_ways("Only two remain in the race.", "Only one remains in the race."):
        found = checks_judged(x, y)
        assert ("number.changed", Severity.HIGH) in found, found
        assert not any(c.startswith("removal.") for c, _ in found), found


# --- An adjective joined to another: "calm" and "quiet" are nouns too, but not here.


@pytest.mark.parametrize(
    ("a", "b", "dropped"),
    [
        ("He was sober and calm.", "He was sober.", "calm"),
        ("The crowd remained peaceful and quiet.", "The crowd remained peaceful.", "quiet"),
        ("The water was cold and clear.", "The water was cold.", "clear"),
    ],
)
def test_an_adjective_joined_to_another_is_a_modifier_dropped_not_a_noun(
    a: str, b: str, dropped: str
) -> None:
    found = checks_judged(a, b)
    assert not any(c.startswith("removal.") for c, _ in found), found
    # Still a change that fails the gate: the claim lost a quality (high with the model's
    # evidence, medium without it, as here).
    assert any(c == "modifier.dropped" and s >= Severity.MEDIUM for c, s in found), found
    added = checks_judged(b, a)
    assert not any(c.startswith("addition.") for c, _ in added), added


def test_a_word_joined_to_a_noun_is_still_a_noun_dropped() -> None:
    found = checks_judged("The farmers sold milk and cheese.", "The farmers sold milk.")
    assert any(c.startswith("removal.") for c, _ in found), found
    assert not any(c.startswith("modifier.") for c, _ in found), found


# --- "And" before a whole statement: a discourse word, not a gap.


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The talks resumed on Monday.", "And the talks resumed on Monday."),
        ("Nobody knows why the bridge fell.", "And nobody knows why the bridge fell."),
    ],
)
def test_and_added_before_a_whole_statement_is_no_gap(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        found = checks_judged(x, y)
        assert not any(c.startswith(("removal.", "addition.")) for c, _ in found), (x, y)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A's own "and" now opens B: what stood before it, the subject, is gone.
        ("Smith and his aides left the building.", "And his aides left the building."),
        ("Smith left, and his aides stayed behind.", "And his aides stayed behind."),
    ],
)
def test_and_left_opening_after_its_subject_went_is_a_gap(a: str, b: str) -> None:
    found = checks_judged(a, b)
    assert any(c.startswith("removal.") and s >= Severity.MEDIUM for c, s in found), found


# --- A place named without the word for its kind.


@pytest.mark.parametrize(
    ("whole", "rest", "same"),
    [
        # The word for the kind of place dropped: the same river, lake or mountain, even where
        # the rest is first a person ("Whitney"), or, for a river, also a town ("Trent").
        ("River Trent", "Trent", True),
        ("Mount Whitney", "Whitney", True),
        ("Mount McKinley", "McKinley", True),
        # Unless the rest is a land with a government, or a capital, or, beside a lake or a
        # mountain, a town (the town on its shore or another).
        ("Lake Superior", "Superior", False),
        ("Lake Chad", "Chad", False),
        ("Lake Michigan", "Michigan", False),
        ("Lake Winnipeg", "Winnipeg", False),
        ("Port Sudan", "Sudan", False),
        # No word for a kind of place: another name.
        ("New Jersey", "Jersey", False),
        ("South Korea", "Korea", False),
    ],
)
def test_a_place_named_without_its_kind_is_the_same_place(
    whole: str, rest: str, same: bool
) -> None:
    assert shortened_place(whole, rest) is same


@pytest.mark.parametrize(
    ("a", "b", "quiet"),
    [
        ("The boat sank in the River Trent.", "The boat sank in the Trent.", 1),
        ("Climbers reached the top of Mount Whitney.", "Climbers reached the top of Whitney.", 1),
        ("Fishermen on Lake Chad lost their nets.", "Fishermen in Chad lost their nets.", 0),
        ("He moved to New Jersey last year.", "He moved to Jersey last year.", 0),
    ],
)  # fmt: skip
def test_a_shortened_place_is_judged_by_its_kind(a: str, b: str, quiet: int) -> None:
    for x, y in both_ways(a, b):
        different = [s for c, s in checks_judged(x, y) if c == "entity.different"]
        assert (not different) is bool(quiet), (x, y, different)


# --- "fell", "found", "saw": a verb of its own too, and the past of the verb beside it.


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Those who fell ill are at home.", "Those who have fallen ill are at home."),
        ("Prices fell sharply.", "Prices have fallen sharply."),
    ],
)
def test_a_past_that_is_a_verb_of_its_own_against_its_perfect_is_no_shift_in_time(
    a: str, b: str
) -> None:
    for x, y in both_ways(a, b):
        found = checks_judged(x, y)
        assert not any(c.startswith("tense.") and s >= Severity.MEDIUM for c, s in found), found
        assert ("tense.aspect", Severity.LOW) in found, found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Prices fell sharply.", "Prices fall sharply."),
        ("Investigators found traces of the drug.", "Investigators find traces of the drug."),
        ("The reporter saw the damage.", "The reporter sees the damage."),
    ],
)
def test_a_past_that_is_a_verb_of_its_own_against_the_present_is_a_shift(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert any(c == "tense.shifted" for c, _ in checks_judged(x, y)), (x, y)


def test_a_verb_of_its_own_beside_no_other_verb_keeps_its_reading() -> None:
    # "fell" the trees, "found" a company: no form of "fall" or "find" on the other side.
    found = checks_judged("Loggers fell the old trees.", "Loggers cut the old trees.")
    assert not any(c.startswith("tense.") for c, _ in found), found
