"""Slips of the keys that say nothing new (issue 7: trust), against the twins that do change
the meaning: a word typed twice where the other side has it once ("due to the the rains": no
words left out between the copies); a slip on the word that opens a sentence ("Nevrtheless")
or on a day or a month ("Tuesay"); an office with a letter left out ("Prime Minster", "Price
William": no title dropped). Our own sentences, without the model."""

from __future__ import annotations

import pytest
from _hits import checks_judged, most_severe

from vardiff import Severity
from vardiff._artifacts import artifacts
from vardiff.judge._typos import typos
from vardiff.judge.removal import find_removals


def damage(a: str, b: str) -> list[str]:
    return [found.kind for found in artifacts(b, a, sentences=[b])]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # The word before the copies is the one A has before its own copy.
        ("Two people died in the region due to the heavy rains.",
         "Two people died in the region due to the the heavy rains."),
        ("The Alps are the largest range of the continent.",
         "The Alps are the the largest range on the continent."),
        # The word after the copies is the one A has after its own copy.
        ("Police sealed off the road near the bridge.",
         "Police closed the the road near the bridge."),
    ],
)  # fmt: skip
def test_a_word_typed_twice_where_the_other_side_has_it_once_is_a_slip(a: str, b: str) -> None:
    assert damage(a, b) == ["repeated word"]
    assert most_severe(checks_judged(a, b)) < Severity.MEDIUM


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("They stayed in Paris in June and left in July.",
         "They stayed in in June and left in July."),
        ("The firm reported its results at the end of the year.",
         "The firm reported its results at the the year."),
    ],
)  # fmt: skip
def test_words_left_out_between_two_copies_are_still_a_gap(a: str, b: str) -> None:
    assert damage(a, b) == ["doubled word"]
    assert most_severe(checks_judged(a, b)) >= Severity.MEDIUM


@pytest.mark.parametrize(
    ("b", "typed"),
    [
        ("Nevrtheless, the bridge stayed open.", "Nevrtheless"),
        ("The rain stopped. Nevrtheless, the bridge stayed open.", "Nevrtheless"),
        ('"Fortunatly the bridge stayed open," he said.', "Fortunatly"),
    ],
)
def test_a_slip_on_the_word_that_opens_a_sentence_is_read(b: str, typed: str) -> None:
    a = "Even so, the bridge remained open."
    meant = {"Nevrtheless": "Nevertheless", "Fortunatly": "Fortunately"}[typed]
    assert [(t.written, t.meant) for t in typos(a, b)] == [(typed, meant)]


def test_a_capitalised_slip_inside_a_sentence_is_no_common_word() -> None:
    # Inside a sentence a capital makes a name, and a name's slip is another name.
    assert (
        typos("Even so, the bridge remained open.", "The bridge of Nevrtheless stayed open.") == ()
    )


@pytest.mark.parametrize(
    "b", ["Jialing officials closed the bridge.", "Ministre Dupont closed it."]
)
def test_a_name_that_opens_a_sentence_is_no_slip_on_a_noun_or_a_verb(b: str) -> None:
    # "Jialing" is one swap from "jailing", "Ministre" from "minister": names, not slips.
    assert typos("The Yangtze officials closed the bridge.", b) == ()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The talks may end as early as the 28th (Tue).",
         "The talks may end as early as Tuesay, the 28th."),
        ("The vote is set for Wednesday.", "The vote is set for Wednsday."),
        ("The plant reopened in November.", "The plant reopened in Novmber."),
    ],
)  # fmt: skip
def test_a_slip_on_a_day_or_a_month_is_that_day(a: str, b: str) -> None:
    assert most_severe(checks_judged(a, b)) < Severity.MEDIUM


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The vote is set for Tuesday.", "The vote is set for Thursday."),
        ("The plant reopened in June.", "The plant reopened in July."),
    ],
)
def test_another_day_or_month_still_fails(a: str, b: str) -> None:
    assert most_severe(checks_judged(a, b)) >= Severity.MEDIUM
    assert most_severe(checks_judged(b, a)) >= Severity.MEDIUM


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Manmohan Singh is the Prime Minister and leads the government.",
         "Manmohan Singh is the Prime Minster and leads the government."),
        ("The jacket matched Prince William's white shirt.",
         "The jacket matched Price William's white shirt."),
        ("Governor Hochul signed the bill on Monday.", "Govenor Hochul signed the bill on Monday."),
    ],
)  # fmt: skip
def test_an_office_with_a_letter_left_out_is_no_title_dropped(a: str, b: str) -> None:
    found = checks_judged(a, b)
    assert "entity.title_dropped" not in [check for check, _ in found]
    assert most_severe(found) < Severity.MEDIUM


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Another office, a letter struck for another: another person.
        ("Mayor Smith opened the bridge on Monday.", "Major Smith opened the bridge on Monday."),
        # The office left out.
        ("The jacket matched Prince William's white shirt.",
         "The jacket matched William's white shirt."),
    ],
)  # fmt: skip
def test_another_office_or_none_still_fails(a: str, b: str) -> None:
    assert most_severe(checks_judged(a, b)) >= Severity.MEDIUM


# Twins: the same stretch of time or the same verdict said two ways, against another one.
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sales rose by 5 percent in the first half of the year.",
         "Sales rose by 5 percent in the first six months of the year."),
        ("Profits fell in the first quarter.",
         "Profits fell in the first three months of the year."),
        ("The meeting lasted half an hour.", "The meeting lasted 30 minutes."),
        ("The plant will close at the end of the year.", "The plant will close late in the year."),
        ("Talks resumed at the start of May.", "Talks resumed early in May."),
        ("He was found guilty of fraud in March.", "He was convicted of fraud in March."),
        ("A court found him guilty of murder.", "A court convicted him of murder."),
        ("The bridge reopened the next day.", "The bridge reopened a day later."),
        ("She had resigned the previous week.", "She had resigned a week earlier."),
    ],
)  # fmt: skip
def test_the_same_stretch_or_verdict_said_otherwise_stays_below_the_gate(a: str, b: str) -> None:
    assert most_severe(checks_judged(a, b)) < Severity.MEDIUM
    assert most_severe(checks_judged(b, a)) < Severity.MEDIUM


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sales rose by 5 percent in the first half of the year.",
         "Sales rose by 5 percent in the first three months of the year."),
        ("The meeting lasted half an hour.", "The meeting lasted 20 minutes."),
        ("He was found guilty of fraud in March.", "He was acquitted of fraud in March."),
    ],
)  # fmt: skip
def test_another_stretch_or_verdict_still_fails(a: str, b: str) -> None:
    assert most_severe(checks_judged(a, b)) >= Severity.MEDIUM
    assert most_severe(checks_judged(b, a)) >= Severity.MEDIUM


def test_the_other_side_of_a_period_still_fails_from_the_adverb() -> None:
    # Read from the side with the adverb the period's place is an opposite; from the other
    # side the modifier alone is weighed, which the fit scores low (left for a later rule).
    for a, b in (
        ("She had resigned a week later.", "She had resigned the previous week."),
        ("The bridge reopened the next day.", "The bridge reopened a day earlier."),
    ):
        assert most_severe(checks_judged(a, b)) >= Severity.MEDIUM


def test_found_innocent_against_convicted_still_fails() -> None:
    found = checks_judged(
        "He was found innocent of fraud in March.", "He was convicted of fraud in March."
    )
    assert most_severe(found) >= Severity.MEDIUM


def test_late_against_the_start_is_still_a_modifier() -> None:
    found = checks_judged("The plant will close at the start of the year.",
                          "The plant will close late in the year.")  # fmt: skip
    assert "modifier.added" in [check for check, _ in found]


def test_two_words_swapped_into_a_pair_are_no_word_typed_twice() -> None:
    # Read once, "session session to" would lose a word: the swap stays what it was.
    a = "We made progress from session to session at the track."
    b = "We made progress from session session to at the track."
    assert damage(a, b) == ["doubled word"]


@pytest.mark.parametrize(
    ("a", "b", "meant"),
    [
        ("Vials have also been promised by the government, which will help.",
         "Vials have also been pledged by the govern, which will help.", "government"),
        ("Check the destination you will visit.", "Check the destine you visit.", "destination"),
    ],
)  # fmt: skip
def test_a_noun_written_as_its_verb_after_an_article_is_that_noun(
    a: str, b: str, meant: str
) -> None:
    assert [t.meant for t in typos(a, b)] == [meant]
    assert most_severe(checks_judged(a, b)) < Severity.MEDIUM


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Another noun of the same stem is another word, not a slip of form.
        ("The statement of the minister was read.", "The state of the minister was read."),
        ("The government will decide.", "The governor will decide."),
        # A verb where a verb may stand is no noun.
        ("The government acts.", "They govern the region."),
    ],
)
def test_a_word_of_the_same_stem_that_may_stand_there_is_no_slip(a: str, b: str) -> None:
    assert typos(a, b) == ()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The sample shows adult feathers, not the down of a chick.",
         "The sample shows adult feathers, nto the down of a chick."),
        ("So far it has not been shown that any drug works.",
         "So far it has nto been shown that any drug works."),
        ("He went to the market.", "He went to teh market."),
    ],
)  # fmt: skip
def test_a_short_function_word_with_two_letters_swapped_is_that_word(a: str, b: str) -> None:
    assert len(typos(a, b)) == 1
    assert most_severe(checks_judged(a, b)) < Severity.MEDIUM


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Another function word, another reading.
        ("The shop is on the corner.", "The shop is no the corner."),
        # A negation B adds, mistyped or not, is no slip on a word of A.
        ("The talks resumed on Monday.", "The talks did not resume on Monday."),
    ],
)
def test_another_short_word_is_no_swap(a: str, b: str) -> None:
    assert typos(a, b) == ()


def removals(a: str, b: str) -> list[str]:
    return [h.check for h in find_removals(a, b) if h.check in ("removal.gap", "removal.broken")]


@pytest.mark.parametrize(
    "b",
    [
        "Herding is an important. livelihood among the Sami.",
        "Herding is an important, livelihood among the Sami.",
    ],
)
def test_a_mark_slipped_in_between_two_words_a_writes_together_is_no_gap(b: str) -> None:
    assert removals("Reindeer husbandry is an important livelihood among the Sami.", b) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # The noun between the two words is gone.
        ("Herding is an important livelihood among the Sami.",
         "Herding is an important. among the Sami."),
        # Function words meet anywhere: the name between them is gone.
        ("According to data from the Czech Statistical Office, the average wage rose.",
         "According to data from, the average wage rose."),
        # An apostrophe may be a possessive's: the subject before it is gone.
        ("The willingness of governments to issue passports varies.",
         "Governments' to issue passports varies."),
    ],
)  # fmt: skip
def test_a_mark_where_words_were_left_out_is_still_a_gap(a: str, b: str) -> None:
    assert removals(a, b) != [] or most_severe(checks_judged(a, b)) >= Severity.MEDIUM
