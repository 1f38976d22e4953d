"""Drift that must fail the gate, against the harmless twin that must not: a compared or ranked
adjective cut, an adjective cut beside a modifier of the other side's elsewhere, a past event
told in progress or done earlier. Our own news-style sentences, both ways, without the model,
under the shipped calibration."""

from __future__ import annotations

import pytest
from _hits import both_ways, checks_judged, context, most_severe

from vardiff import Severity
from vardiff.judge.modifiers import find_modifiers, graded
from vardiff.judge.tense import check_tense


def _cut(a: str, b: str) -> list[str]:
    """The words ``find_modifiers`` reads as cut out of a phrase B keeps."""
    return [h.a for h in find_modifiers(a, b) if h.check == "modifier.cut"]


# -- a compared or ranked adjective of size or degree ------------------------------------------


@pytest.mark.parametrize(
    ("word", "expected"),
    [("larger", True), ("highest", True), ("worse", True), ("greatest", True),
     ("large", False), ("high", False), ("weather", False), ("interest", False),
     ("clever", False), ("forest", False)],
)  # fmt: skip
def test_a_graded_form_is_one_of_an_adjective_of_its_own(word: str, expected: bool) -> None:
    assert graded(word) is expected


RANKED_CUT = [
    ("Fortis is one of the ten largest insurers in Europe.",
     "Fortis is one of the ten insurers in Europe.", "largest"),
    ("Norway enjoys one of the highest standards of living in the world.",
     "Norway enjoys one of the standards of living in the world.", "highest"),
    ("The new phones come with larger screens and a faster chip.",
     "The new phones come with screens and a faster chip.", "larger"),
    ("The saddles give the rider greater stability on rough ground.",
     "The saddles give the rider stability on rough ground.", "greater"),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "word"), RANKED_CUT)
def test_a_compared_or_ranked_adjective_cut_fails_the_gate(a: str, b: str, word: str) -> None:
    assert _cut(a, b) == [word]
    assert most_severe(checks_judged(a, b)) >= Severity.MEDIUM, checks_judged(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # The comparison said in other words.
        ("The saddles give the rider greater stability.",
         "The saddles give the rider more stability."),
        ("Prices rose at the highest rate in a decade.",
         "Prices rose at the fastest rate in a decade."),
        # The plain adjective of size stays an intensifier ("a wide variety" / "a variety").
        ("Children enter foster care for a wide variety of reasons.",
         "Children enter foster care for a variety of reasons."),
        ("The storm caused huge damage to the harbour.", "The storm caused damage to the harbour."),
    ],
)  # fmt: skip
def test_a_comparison_reworded_or_a_plain_degree_word_is_no_cut(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert not _cut(x, y), (x, y)


# -- a modifier of the other side's elsewhere does not render an adjective cut here ----------


def test_an_adjective_cut_is_not_rendered_by_a_modifier_far_from_its_place() -> None:
    a = "After a trek through the hills, Walker reached Hurston's wooden house."
    b = "After a difficult trek through the hills, Walker reached Hurston's house."
    assert _cut(a, b) == ["wooden"]


def test_an_adjective_rendered_near_its_place_is_no_cut() -> None:
    a = "Walker reached Hurston's wooden house on the hill."
    b = "Walker reached the rural Hurston's house on the hill."
    assert not _cut(a, b)
    # An adverb moves about its clause: one of the other side's anywhere may render it.
    a = "Your head would be squeezed and stretched unhelpfully, so you might not understand."
    b = "You would helplessly find your head squeezed and stretched, so you might not understand."
    assert not _cut(a, b)


def test_a_derived_word_both_sides_share_does_not_say_a_modifier_cut() -> None:
    a = "Students are often the most critical audience, and the writer fears their criticism."
    b = "Students are often the most audience, and the writer fears their criticism."
    assert _cut(a, b) == ["critical"]
    # Said by a word of its stem only the other side has, it stays quiet.
    a = "The most critical voices came from the students."
    b = "The voices of most criticism came from the students."
    assert not _cut(a, b)


def test_an_adverb_between_a_negation_and_its_verb_can_be_cut() -> None:
    a = "The crocodile does not actively hunt in the open ocean."
    b = "The crocodile does not hunt in the open ocean."
    assert _cut(a, b) == ["actively"]
    # A negated adjective reworded with its negation is the polarity check's.
    assert not _cut("He pleaded not guilty to the charges.", "He denied the charges.")


# -- a past event told in progress or done earlier -------------------------------------------

PAST_ASPECT = [
    ("Police were questioning two suspects on Monday.",
     "Police questioned two suspects on Monday."),
    ("Thousands of residents were leaving the city that night.",
     "Thousands of residents left the city that night."),
    ("By Friday the company had finished the repairs.",
     "By Friday the company finished the repairs."),
    ("In 2011, dozens of lawmakers signed a petition against the plan.",
     "In 2011, dozens of lawmakers had signed a petition against the plan."),
    # In progress against done, in a relative clause as anywhere.
    ("Traces of the drug were found in horses that were racing that day.",
     "Traces of the drug were found in horses that had raced that day."),
    # "that" as a determiner opens no relative clause.
    ("For that time he preferred to play for the national team.",
     "For that time he had preferred to play for the national team."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), PAST_ASPECT)
def test_a_past_event_told_in_progress_or_done_earlier_fails_the_gate(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert [f.check for f in check_tense(context(x, y))] == ["tense.aspect_past"], (x, y)
        assert most_severe(checks_judged(x, y)) >= Severity.MEDIUM, checks_judged(x, y)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # After a verb of saying, the past perfect is the writer's choice.
        ("Officials said the talks had stalled.", "Officials said the talks stalled."),
        ("The chief executive remarked that the company had started in a garage.",
         "The chief executive remarked that the company started in a garage."),
        # In a clause of time, the conjunction orders the events; a relative clause tells what
        # went before its main clause's past either way, and so does a sentence of its own
        # after one that says "after".
        ("After the troops had left, the looting began.",
         "After the troops left, the looting began."),
        ("Traces of the drug were found in samples from horses that died in the race.",
         "Traces of the drug were found in samples from horses that had died in the race."),
        ("The villagers, who refused to leave, were trapped by the flood.",
         "The villagers, all of whom had refused to leave, were trapped by the flood."),
        ("The minister resigned on Friday after a newspaper published photographs of her.",
         "The minister resigned on Friday. A newspaper had published photographs of her."),
        # Done by now either way; the present told in progress or not.
        ("The central bank has raised interest rates.", "The central bank raised interest rates."),
        ("The army is building a new base.", "The army builds a new base."),
        # A mark typed into the auxiliary is no other verb group.
        ("Argentina had failed to pay its creditors.",
         "Argentina had_ failed to pay its creditors."),
    ],
)  # fmt: skip
def test_a_past_perfect_the_writer_may_choose_does_not_fail(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert "tense.aspect_past" not in [f.check for f in check_tense(context(x, y))], (x, y)
        assert most_severe(checks_judged(x, y)) < Severity.MEDIUM, checks_judged(x, y)


# -- the other side of a point in time ------------------------------------------------------

TIME_SIDES = [
    ("The border will stay closed until June.", "The border will stay closed from June."),
    ("The report must be submitted by Friday.", "The report must be submitted after Friday."),
    ("The shop is open until noon on weekdays.", "The shop is open from noon on weekdays."),
    ("The ban will be lifted after the end of the month.",
     "The ban will be lifted by the end of the month."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), TIME_SIDES)
def test_the_other_side_of_a_point_in_time_fails_the_gate(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        found = checks_judged(x, y)
        assert any(c == "opposite.placed" and s >= Severity.MEDIUM for c, s in found), found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # The same side of it.
        ("The ban has been in force since 2008.", "The ban has been in force from 2008."),
        ("The report must be submitted by Friday.", "The report must be submitted before Friday."),
        ("Talks resumed after the holiday in May.", "Talks resumed following the holiday in May."),
        # No point in time after the preposition: an agent, a cause.
        ("He was arrested by the police after the match.",
         "He was arrested by police following the match."),
        ("Deaths from Ebola fell until the end of the year.",
         "Deaths by Ebola fell until the end of the year."),
    ],
)  # fmt: skip
def test_the_same_side_of_a_point_in_time_or_no_point_is_quiet(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        found = checks_judged(x, y)
        assert "opposite.placed" not in [c for c, _ in found], found


# -- inside a place against near it ---------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The attack took place in Kabul on Monday.",
         "The attack took place near Kabul on Monday."),
        ("The plane crashed in the village.", "The plane crashed near the village."),
        ("Clashes broke out inside the city walls.", "Clashes broke out outside the city walls."),
    ],
)  # fmt: skip
def test_inside_a_place_against_near_it_fails_the_gate(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        found = checks_judged(x, y)
        assert any(c == "opposite.placed" and s >= Severity.MEDIUM for c, s in found), found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # The same side of the place.
        ("The attack took place near Kabul.", "The attack took place outside Kabul."),
        ("Fighting continued in the region.", "Fighting continued within the region."),
        # No place after the preposition.
        ("The bank is near collapse.", "The bank is in collapse."),
        ("The minister arrived in time for the vote.", "The minister arrived near the vote."),
    ],
)  # fmt: skip
def test_the_same_side_of_a_place_or_no_place_is_quiet(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert "opposite.placed" not in [c for c, _ in checks_judged(x, y)]


def test_a_present_perfect_over_a_stretch_up_to_now_told_as_ended_fails_the_gate() -> None:
    a, b = "I have lived in Dublin for 14 years.", "I lived in Dublin for 14 years."
    for x, y in both_ways(a, b):
        assert [f.check for f in check_tense(context(x, y))] == ["tense.aspect_past"]
        assert most_severe(checks_judged(x, y)) >= Severity.MEDIUM
    # Without such a stretch, done by now either way.
    a, b = "I have lived in Dublin.", "I lived in Dublin."
    for x, y in both_ways(a, b):
        assert "tense.aspect_past" not in [f.check for f in check_tense(context(x, y))]


def test_a_quoted_past_reported_as_a_past_perfect_is_no_other_event() -> None:
    # The quote's own past, reported after "said that", moves back as the writer likes.
    quoted = '"The bridge was closed for repairs," the mayor said on Friday.'
    reported = "The mayor said on Friday that the bridge had been closed for repairs."
    for x, y in both_ways(quoted, reported):
        assert "tense.aspect_past" not in dict(checks_judged(x, y))


def test_a_past_told_in_progress_inside_a_quote_is_still_a_quote_changed() -> None:
    a = "\u201cThe guards were searching every car,\u201d the officer said."
    b = "\u201cThe guards searched every car,\u201d the officer said."
    for x, y in both_ways(a, b):
        found = dict(checks_judged(x, y))
        assert max(found.values()) >= Severity.MEDIUM, found
