"""Honest variation of probe_quiet10 (issue 7: trust): the variation a good translator or editor
makes beyond the kinds of probe_rewording (a noun for a verb, the 's form for "of", a pronoun
resolved to its name, a title spelt out, an apposition given or turned round, a holiday for its
date, a backshift in reported speech, a cleft or existential sentence, a negation said
positively, an idiomatic quantity, an adverb moved, a discourse marker of the same force, a
figure in another format, quotation style), beside changes of the same surface shapes, which do
shift the meaning. The probe was written before the judge's rules for these kinds were read; its
first run on main d4a8590 is the out-of-sample figure (benchmarks/data/README.md). The probe's
format is tested here; the rules written against it are tested below with their loud twins, on
sentences that are not the probe's: words read alike before any check (a holiday for its date,
a title for its initials, a negation said positively, a link of the same force:
``vardiff/judge/_alike.py``), "1.2m" for the figure in full, a quote split otherwise around
its verb of saying and scare quotes after "so-called", a clause of time or condition inside a
reported clause backshifted, the kind of place before its name ("the city of Dresden")."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_model_fails_both_ways,
    assert_model_quiet_both_ways,
    assert_quiet_both_ways,
    both_ways,
    checks_judged,
    judged,
)

# --- Words that say the same in another form, read alike (vardiff/judge/_alike.py): a holiday
# for its date, a title for its initials, a negation said positively. Another day, another
# title, the negation gone stay loud.

SAID_ALIKE = [
    # A holiday for its date, either way round of the day and month, "St" written out.
    (
        "The new minimum wage takes effect on New Year's Day, the labour ministry said.",
        "The new minimum wage takes effect on January 1, the labour ministry said.",
    ),
    (
        "Crowds gathered in Sydney for the Anzac Day dawn service despite the rain.",
        "Crowds gathered in Sydney for the 25th of April dawn service despite the rain.",
    ),
    (
        "The strike will begin on Saint Andrew's Day and last for a week, the union said.",
        "The strike will begin on 30 November and last for a week, the union said.",
    ),
    (
        "Fireworks were banned in the city on Bonfire Night because of the drought.",
        "Fireworks were banned in the city on November 5th because of the drought.",
    ),
    # A title for its initials, one or many.
    (
        "The bank's CFO resigned on Friday after an audit found errors in the accounts.",
        "The bank's chief financial officer resigned on Friday after an audit found errors "
        "in the accounts.",
    ),
    (
        "Dozens of MEPs signed a letter calling for sanctions on the regime.",
        "Dozens of members of the European Parliament signed a letter calling for sanctions "
        "on the regime.",
    ),
    (
        "The vice president will lead the delegation to the summit in Jakarta next week.",
        "The VP will lead the delegation to the summit in Jakarta next week.",
    ),
    (
        "Two Tory councillors defected to Reform on Monday, the party confirmed.",
        "Two Conservative councillors defected to Reform on Monday, the party confirmed.",
    ),
    # A negation said positively.
    (
        "Witnesses said the protester was unarmed when he was shot by a soldier.",
        "Witnesses said the protester was not carrying a gun when he was shot by a soldier.",
    ),
    (
        "The school closed early because too few teachers came to work during the storm.",
        "The school closed early because not enough teachers came to work during the storm.",
    ),
    (
        "The senator remained silent when reporters asked about the donations.",
        "The senator said nothing when reporters asked about the donations.",
    ),
    (
        "The border crossing stayed closed on Sunday despite the agreement.",
        "The border crossing did not reopen on Sunday despite the agreement.",
    ),
    # A link of the same force, in its place or moved.
    (
        "Exports to China fell sharply. By contrast, exports to India doubled, the data showed.",
        "Exports to China fell sharply. Exports to India, on the other hand, doubled, the data "
        "showed.",
    ),
    (
        "The storm closed the port. Nevertheless, the ferries kept running to the islands.",
        "The storm closed the port. Even so, the ferries kept running to the islands.",
    ),
]

SAID_OTHERWISE = [
    # Another day than the holiday's.
    (
        "The new minimum wage takes effect on New Year's Day, the labour ministry said.",
        "The new minimum wage takes effect on December 31, the labour ministry said.",
    ),
    (
        "Fireworks were banned in the city on Bonfire Night because of the drought.",
        "Fireworks were banned in the city on November 4th because of the drought.",
    ),
    (
        "The strike will begin on Saint Andrew's Day and last for a week, the union said.",
        "The strike will begin on Saint Patrick's Day and last for a week, the union said.",
    ),
    # Another title, or another parliament.
    (
        "The bank's CFO resigned on Friday after an audit found errors in the accounts.",
        "The bank's chief operating officer resigned on Friday after an audit found errors "
        "in the accounts.",
    ),
    (
        "Dozens of MEPs signed a letter calling for sanctions on the regime.",
        "Dozens of MPs signed a letter calling for sanctions on the regime.",
    ),
    (
        "Two Tory councillors defected to Reform on Monday, the party confirmed.",
        "Two Labour councillors defected to Reform on Monday, the party confirmed.",
    ),
    # The negation gone.
    (
        "The school closed early because too few teachers came to work during the storm.",
        "The school closed early because too many teachers came to work during the storm.",
    ),
    # Said positively in other words than the plain word: read as it, or as A's words negated.
    (
        "Witnesses said the protester was unarmed when he was shot by a soldier.",
        "Witnesses said the protester was carrying a gun when he was shot by a soldier.",
    ),
    (
        "The border crossing stayed closed on Sunday despite the agreement.",
        "The border crossing reopened on Sunday despite the agreement.",
    ),
    # A link of another force.
    (
        "The storm closed the port. Nevertheless, the ferries kept running to the islands.",
        "The storm closed the port. As a result, the ferries kept running to the islands.",
    ),
]


@pytest.mark.parametrize(("a", "b"), SAID_ALIKE)
def test_the_same_said_in_another_form_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), SAID_OTHERWISE)
def test_another_day_title_or_polarity_is_still_found(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


def test_with_the_model_a_holiday_for_its_date_is_quiet_and_another_day_loud() -> None:
    a = "Police will close the bridge to traffic on Christmas Eve for the carol service."
    assert_model_quiet_both_ways(
        a, "Police will close the bridge to traffic on 24 December for the carol service."
    )
    assert_model_fails_both_ways(
        a, "Police will close the bridge to traffic on 25 December for the carol service."
    )


def test_with_the_model_a_title_written_out_is_quiet_and_another_title_loud() -> None:
    a = "The club's CEO said the stadium would be sold to pay off its debts."
    assert_model_quiet_both_ways(
        a, "The club's chief executive said the stadium would be sold to pay off its debts."
    )
    assert_model_fails_both_ways(
        a, "The club's CFO said the stadium would be sold to pay off its debts."
    )
    # Members of another parliament: no form of the set of "MEPs".
    assert_model_fails_both_ways(
        "Dozens of MEPs signed a letter calling for sanctions on the regime.",
        "Dozens of members of parliament signed a letter calling for sanctions on the regime.",
    )


def test_with_the_model_a_negation_said_positively_is_quiet_and_its_opposite_loud() -> None:
    a = "The guard was unarmed when the gang broke into the bank in the night."
    assert_model_quiet_both_ways(
        a, "The guard was not carrying a weapon when the gang broke into the bank in the night."
    )
    assert_model_fails_both_ways(
        a, "The guard was carrying a weapon when the gang broke into the bank in the night."
    )


def test_an_hour_of_the_afternoon_is_no_prime_minister() -> None:
    """ "3 PM" is the hour: read alike only a "PM" that stands as a title."""
    from vardiff.judge._alike import read_alike

    a = "The prime minister will speak at 3 PM, his office said."
    assert read_alike(a, "The PM will speak at 3 PM, his office said.")[0] == a
    assert read_alike(a, "The minister will speak at 3 PM, his office said.")[1] == ()
    assert read_alike("The talks end at 3 PM.", "The talks end at prime minister.")[1] == ()


def test_a_finding_after_words_read_alike_points_into_the_text_as_written() -> None:
    """B's words read as A's ("25 December" as "Christmas Day") change their length: a finding
    after them still quotes and places B's words as B wrote them."""
    a = "On Christmas Day the prime minister said 500 troops would leave the border."
    b = "On 25 December the PM said 800 troops would leave the border."
    for left, right in both_ways(a, b):
        assert [check for check, _ in checks_judged(left, right)] == ["number.changed"]
        (finding,) = judged(left, right, "number.changed")
        assert finding.a_span and left[finding.a_span[0] : finding.a_span[1]] == finding.a
        assert finding.b_span and right[finding.b_span[0] : finding.b_span[1]] == finding.b


# --- A figure in millions written "m" ("1.2m people") is no length in metres.


def test_a_figure_in_millions_written_m_is_the_figure_in_full() -> None:
    a = "The census found that 2.4m people in the region were born abroad."
    assert_quiet_both_ways(
        a, "The census found that 2,400,000 people in the region were born abroad."
    )
    assert_fails_both_ways(
        a, "The census found that 240,000 people in the region were born abroad."
    )
    # A length in metres against a bare figure is still a unit dropped.
    assert_fails_both_ways(
        "The wall is 4m high along the border.", "The wall is 4 high along the border."
    )


# --- A quote split around the verb of saying, or joined; scare quotes after "so-called".

QUOTED_ALIKE = [
    (
        '"The ward is full," the nurse said, "and we cannot take anyone else tonight."',
        '"The ward is full and we cannot take anyone else tonight," the nurse said.',
    ),
    (
        'Critics dismissed the so-called "rescue package" as a gift to the banks.',
        "Critics dismissed the so-called rescue package as a gift to the banks.",
    ),
]

QUOTED_OTHERWISE = [
    (
        '"The ward is full," the nurse said, "and we cannot take anyone else tonight."',
        '"The ward is full and we can take anyone else tonight," the nurse said.',
    ),
    (
        'Critics dismissed the so-called "rescue package" as a gift to the banks.',
        'Critics dismissed the so-called "bailout" as a gift to the banks.',
    ),
    # Quote marks with no "so-called" before them set words apart as someone's.
    (
        'Critics dismissed the "rescue package" as a gift to the banks.',
        "Critics dismissed the rescue package as a gift to the banks.",
    ),
]


@pytest.mark.parametrize(("a", "b"), QUOTED_ALIKE)
def test_one_quotation_split_otherwise_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), QUOTED_OTHERWISE)
def test_a_quote_worded_otherwise_or_set_apart_is_still_found(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


# --- Tense: a clause of time or condition inside a reported clause backshifts with it.

BACKSHIFTED = [
    (
        "The union said it will stay on strike until the company makes a better offer.",
        "The union said it would stay on strike until the company made a better offer.",
    ),
    (
        "Officials warned that the dam may burst if the rain does not stop by Friday.",
        "Officials warned that the dam might burst if the rain did not stop by Friday.",
    ),
]

TIME_CHANGED = [
    # Told as done against told to come, the verb of saying kept.
    (
        "The union said it will stay on strike until the company makes a better offer.",
        "The union said it stayed on strike until the company made a better offer.",
    ),
    # No verb of saying before the clause: its time is its own.
    (
        "The union will stay on strike until the company makes a better offer.",
        "The union stayed on strike until the company made a better offer.",
    ),
]


@pytest.mark.parametrize(("a", "b"), BACKSHIFTED)
def test_a_backshift_in_reported_speech_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), TIME_CHANGED)
def test_another_time_outside_a_backshift_is_still_found(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


# --- The kind of place before its name ("the city of Dresden", "the river Thames"): the name
# says it. A region or a port of the same name is another place.

PLACE_NAMED_ALIKE = [
    (
        "Floods cut off the town of Passau on Sunday after days of heavy rain.",
        "Floods cut off Passau on Sunday after days of heavy rain.",
    ),
    (
        "Tourists were evacuated from the island of Rhodes as the fires spread.",
        "Tourists were evacuated from Rhodes as the fires spread.",
    ),
    (
        "A barge ran aground on the river Danube near Budapest on Tuesday.",
        "A barge ran aground on the Danube near Budapest on Tuesday.",
    ),
]

PLACE_NAMED_OTHERWISE = [
    (
        "Drones struck the city of Odesa overnight, the governor said.",
        "Drones struck the Odesa region overnight, the governor said.",
    ),
    (
        "Floods cut off the town of Passau on Sunday after days of heavy rain.",
        "Floods cut off the town of Linz on Sunday after days of heavy rain.",
    ),
]


@pytest.mark.parametrize(("a", "b"), PLACE_NAMED_ALIKE)
def test_the_kind_of_place_before_its_name_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), PLACE_NAMED_OTHERWISE)
def test_another_place_of_the_name_is_still_found(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)
