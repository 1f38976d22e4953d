"""Honest variation of probe_quiet22 (issue 7: trust): "whether or not" after a word that takes
a question ("trying to establish whether or not" / "if"), a first time since a time told by a
denial since then ("Not since 1966 has", ", something they had not done since") or by the last
time it happened (", something that last happened in 1963"), a duty with "no longer" inside
it ("are no longer required to" / "are not required to ... any longer"), a relative "whose"
after a noun and a headline in title case (no verb lost before them), a noun after "amid" with
its "that" clause ("amid reports that" / "as reports emerged that": no source, no verb lost),
"the crew of which had warned" / "whose crew had warned" (one source) and "face to face" (no
verb for a time to tell), beside changes of the same surface shapes, which do shift the
meaning. The probe was written before the judge's rules for these kinds were read; its first
run on main baae6e7 is the out-of-sample figure (benchmarks/data/README.md).

Rules written against it, each with its loud and quiet twins (sentences not the probe's):
``links`` (``_asks``: a word whose lemma takes a question before "whether or not";
``_first_since``, ``first_since_denied``, ``first_since_as_last``), read by ``polarity``,
``opposites`` and ``wording``; ``vardiff/_cues.py`` (necessity with an adverb between the copula
and "required to"; a preposition before a verb of saying names no source; "the N of which"
speaks as N); ``removal`` (``_title_case``, "whose" after a subject, ``noun_and_its_clause``);
``order`` ("X to X" is no infinitive); ``tense`` (a lone word after a preposition that takes a
noun phrase is a noun, no verb told at another time)."""

from __future__ import annotations

import pytest
from _hits import assert_fails_both_ways, assert_quiet_both_ways

from vardiff import _cues as cues
from vardiff.judge.removal._marks import broken_marks
from vardiff.judge.tense import _noun_after_preposition

QUIET = [
    # "whether or not" after a word that takes a question: "if" asks the same
    (
        "Engineers will investigate whether or not the crack in the wing was caused by metal "
        "fatigue, the airline said on Friday.",
        "Engineers will investigate if the crack in the wing was caused by metal fatigue, the "
        "airline said on Friday.",
    ),
    (
        "The inquiry must establish whether or not the hospital ignored warnings about the "
        "faulty heart monitors, the minister said.",
        "The inquiry must establish if the hospital ignored warnings about the faulty heart "
        "monitors, the minister said.",
    ),
    # a first time since a time, told by a denial since then
    (
        "Not since 1958 has Wales qualified for the World Cup, and thousands of fans celebrated "
        "in the streets of Cardiff overnight.",
        "Wales qualified for the World Cup for the first time since 1958, and thousands of fans "
        "celebrated in the streets of Cardiff overnight.",
    ),
    (
        "The two foreign ministers spoke by telephone on Sunday for the first time since the "
        "embassy was closed, officials said.",
        "The two foreign ministers spoke by telephone on Sunday, something they had not done "
        "since the embassy was closed, officials said.",
    ),
    # ... or by the last time it happened, in a clause set off after it
    (
        "The lake froze over this winter for the first time since 1985, and skaters came from "
        "across the region to use it.",
        "The lake froze over this winter, something that last happened in 1985, and skaters "
        "came from across the region to use it.",
    ),
    # a duty with "no longer" inside it
    (
        "Travellers from the region are no longer obliged to show a negative test at the "
        "border, the interior ministry said on Monday.",
        "Travellers from the region are not obliged to show a negative test at the border any "
        "longer, the interior ministry said on Monday.",
    ),
    # a noun after "amid" with its "that" clause: no source, no verb lost
    (
        "Oil prices rose on Thursday amid reports that two tankers had been attacked near the "
        "Strait of Hormuz, traders said.",
        "Oil prices rose on Thursday as reports emerged that two tankers had been attacked near "
        "the Strait of Hormuz, traders said.",
    ),
    # a noun after "amid" against the verb it comes from: no time of its own
    (
        "Bond yields climbed on Friday as traders worried about the size of the government's "
        "budget deficit, analysts said.",
        "Bond yields climbed on Friday amid worries about the size of the government's budget "
        "deficit, analysts said.",
    ),
    # "the N of which" speaks as "whose N" does
    (
        "Police arrested the manager of the warehouse, whose staff had complained for months "
        "that the fire exits were locked.",
        "Police arrested the manager of the warehouse, the staff of which had complained for "
        "months that the fire exits were locked.",
    ),
    # a relative "whose" after a noun at a clause's start: no verb lost
    (
        "A hospital, the surgeons of which performed the country's first heart transplant, "
        "will close its doors next spring.",
        "A hospital whose surgeons performed the country's first heart transplant will close its "
        "doors next spring.",
    ),
    # "face to face": no verb for the time to tell
    (
        "The two chess champions met face to face on Saturday for the first time since their "
        "bitter final in 2019.",
        "On Saturday the two chess champions met face to face for the first time since their "
        "bitter final in 2019.",
    ),
]

LOUD = [
    # "whether or not" as a concession against a condition
    (
        "The strike will go ahead whether or not the union accepts the new offer, its general "
        "secretary said.",
        "The strike will go ahead if the union accepts the new offer, its general secretary said.",
    ),
    # a main clause denied since the time: it did not happen
    (
        "The club won the league for the first time since 1990, beating its rivals on the final "
        "day of the season.",
        "The club has not won the league since 1990, beating its rivals on the final day of the "
        "season.",
    ),
    # the last time it happened, said as the main clause: not since then
    (
        "The river froze over completely this week for the first time since 1963, the "
        "authorities said.",
        "The river last froze over completely in 1963, the authorities said.",
    ),
    # a duty against none, "no longer" inside it
    (
        "Travellers from the region are still required to show a negative test at the border, "
        "the interior ministry said on Monday.",
        "Travellers from the region are no longer required to show a negative test at the "
        "border, the interior ministry said on Monday.",
    ),
]


@pytest.mark.parametrize(("a", "b"), QUIET)
def test_honest_variation_stays_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), LOUD)
def test_changes_of_the_same_shape_fail(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


def test_a_preposition_before_a_verb_of_saying_names_no_source() -> None:
    said = cues.attributions("Shares fell amid reports that the bank would cut 500 jobs.")
    assert said == []
    said = cues.attributions("Shares fell after the bank reported that it would cut jobs.")
    assert [a.source for a in said] == ["bank"]


def test_a_headline_in_title_case_and_a_relative_whose_lose_no_verb() -> None:
    assert (
        broken_marks("Flood Leaves Hundreds Homeless Across the Valley as Rivers Burst Banks") == []
    )
    assert broken_marks("Voters whose names were missing from the register were turned away.") == []
    assert broken_marks("The park an area of forest.")  # the subject and its object still meet


def test_a_lone_word_after_a_preposition_is_a_noun_with_no_tense() -> None:
    assert _noun_after_preposition(["fears"], "shares fell on monday amid ")
    assert not _noun_after_preposition(["fears"], "the company ")
    assert not _noun_after_preposition(["has", "feared"], "the company amid ")
