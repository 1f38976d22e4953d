"""Breaks a removed noun leaves in B's own grammar (issue 8 item 5, second pass): a
preposition meeting "of" ("in of the Navy Day"), a determiner meeting a subject pronoun ("the
he had set up"), "the only" meeting a verb or a relative ("the only that are"), a conjunction
meeting a finite verb after a stretch with no verb ("all players and were tested"); and the
evidence ``determiner_placed``: whether a determiner that opens the gap stands where a noun
phrase starts (after a preposition, a verb, at the sentence's start), as a lost noun leaves
it (A worded otherwise, as a translation is), or after a content word, as two words swapped
leave it ("results the of the recipes"); a plural noun dropped after an amount, a
preposition or an adjective is read as a noun, not as a verb's -s form.
Against the English that looks alike and must stay quiet ("out of", "because of", "the only
one that", "prices rose and are expected", "Tom and Jerry are").

The sentences are written for these tests, in the style of news copy; none comes from the dev
sets. Without the model; the severities are under the shipped calibration.
"""

from __future__ import annotations

import pytest
from _hits import checks_judged

from vardiff import Severity
from vardiff.judge.removal import broken_marks, find_removals


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The parade in of the navy was held on Sunday.", "in of"),
        ("The country leads the world in of the number of cases.", "in of"),
        ("Nothing was heard from the he had opened in the town.", "the he"),
        ("Of all the birds here, the only that cannot fly are penguins.", "the only that"),
        ("The bridge was gone; the only was to wait for the boats.", "the only was"),
        ("On Sunday, strong winds and are expected in the north, the office said.", "and are"),
    ],
)
def test_a_noun_lost_leaves_a_break_in_b(text: str, key: str) -> None:
    marks = {m.key: m for m in broken_marks(text)}
    assert key in marks, marks


@pytest.mark.parametrize(
    "text",
    [
        "She walked out of the house before dawn.",
        "Because of the rain, the match was put off.",
        "He was the only one that stayed behind.",
        "It was the only way to cross the river.",
        "Prices rose sharply and are expected to rise again.",
        "Tom and Jerry are friends again.",
        "Rain and snow are expected in the north.",
        "The men who came and are staying here paid in cash.",
    ],
)
def test_english_that_looks_alike_shows_no_break(text: str) -> None:
    assert broken_marks(text) == []


def _gap(a: str, b: str) -> dict[str, object]:
    hits = [h for h in find_removals(a, b) if h.check in ("removal.gap", "removal.broken")]
    assert hits, find_removals(a, b)
    return dict(hits[0].evidence)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Flights were cancelled because the airline went bankrupt, the radio said.",
            "Flights were cut due to the of the airline, the radio said.",
        ),
        (
            "Norwegians enjoy some of the best living standards.",
            "The of Norway enjoy one of the highest living standards.",
        ),
        (
            "On Friday the minister announced it.",
            "The minister made the on Friday.",
        ),
    ],
)
def test_a_determiner_where_a_noun_phrase_starts_is_placed(a: str, b: str) -> None:
    evidence = _gap(a, b)
    assert evidence["closed_junction"] == 1.0
    assert evidence["determiner_placed"] == 1.0


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Come today and look at what the new recipes achieve.",
            "Go and see results the of the new recipes today.",
        ),
        (
            "The town's roads were largely covered by lava.",
            "Lava buried most the of streets of the town.",
        ),
    ],
)
def test_a_determiner_after_a_content_word_is_not_placed(a: str, b: str) -> None:
    evidence = _gap(a, b)
    assert evidence["determiner_placed"] == 0.0


@pytest.mark.parametrize(
    ("a", "b", "dropped"),
    [
        # After an amount, a preposition or an adjective no subject stands for a verb.
        (
            "The storm destroyed thirteen homes in the valley.",
            "The storm destroyed thirteen in the valley.",
            "homes",
        ),
        (
            "The soldier died with wounds to his chest.",
            "The soldier died with to his chest.",
            "wounds",
        ),
        ("Heavy rains are expected in the north.", "Heavy are expected in the north.", "rains"),
    ],
)
def test_a_plural_noun_dropped_is_a_noun_not_a_verb(a: str, b: str, dropped: str) -> None:
    hits = [h for h in find_removals(a, b) if h.a == dropped]
    assert hits and hits[0].evidence["core"] == "noun" and hits[0].evidence["verb"] == 0.0


def test_a_verb_after_its_subject_stays_a_verb() -> None:
    a, b = "Each year the company issues new shares.", "Each year the company new shares."
    hits = [h for h in find_removals(a, b) if h.a == "issues"]
    assert hits and hits[0].evidence["core"] == "verb"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Pilots flew over the harbour to mark Navy Day.",
            "The pilots flew over the harbour in of Navy Day.",
        ),
        (
            "Of all the birds here, the only ones that cannot fly are penguins.",
            "Of all the birds here, the only that cannot fly are penguins.",
        ),
        (
            "Every player and member of staff was tested once more on Monday.",
            "On Monday, all players and were tested again.",
        ),
    ],
)
def test_a_noun_lost_with_a_break_in_b_fails_the_gate(a: str, b: str) -> None:
    removal = [s for check, s in checks_judged(a, b) if check == "removal.gap"]
    assert removal and max(removal) >= Severity.MEDIUM


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "She walked out of the house before dawn.",
            "She walked out of the building before dawn.",
        ),
        (
            "Prices rose sharply and are expected to rise again.",
            "Prices went up sharply and are expected to rise again.",
        ),
    ],
)
def test_english_reworded_stays_under_the_gate(a: str, b: str) -> None:
    judged = checks_judged(a, b)
    assert not [c for c, s in judged if c.startswith("removal") and s >= Severity.MEDIUM]


def test_a_determiner_and_a_past_verb_at_the_end_of_a_text_are_read() -> None:
    # Found by the invariants' property test: nothing follows the verb to look at.
    assert broken_marks("They met the said") == []


@pytest.mark.parametrize(
    ("a", "b", "noun", "junction"),
    [
        (
            "On Monday, all players and staff were tested for the virus.",
            "On Monday, all players and were tested for the virus.",
            "staff",
            "and were",
        ),
        (
            "In the village, the farmers and shepherds were angry about the new tax.",
            "In the village, the farmers and were angry about the new tax.",
            "shepherds",
            "and were",
        ),
        # A name is no noun cut out (lower-case nouns only): its neighbours meet at the mark.
        (
            "The match between Inter Milan and Juventus is the 3,000th of the league.",
            "The match between Inter Milan and is the 3,000th of the league.",
            "Juventus",
            "and is",
        ),
    ],
)
def test_a_noun_cut_out_where_a_mark_reads_the_gap_is_told_once(
    a: str, b: str, noun: str, junction: str
) -> None:
    """The gap's mark and the word dropped are one change: one finding, naming the noun."""
    told = [h for h in find_removals(a, b) if h.check.startswith("removal.")]
    assert [(h.check, h.a, h.b) for h in told] == [("removal.gap", noun, junction)], told
    assert told[0].message.startswith(f"{noun!r} left out of B"), told[0].message
