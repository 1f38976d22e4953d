"""Words a removed noun or subject leaves waiting (issue 8 item 5): "of" meeting a verb, a
relative, a preposition or a comma ("samples of who died"), a determiner whose adjectives meet
what ends a phrase ("the severe in"), an adjective meeting "of" after an article ("a large of
companies"), and a subject A says before the same verb that B drops ("Statistics show that" /
"Show that", ", it is summer" / ", is summer"); against the English that looks alike and must
stay quiet (a word typed twice, "strength of will", "of which", "the general said.", an
imperative both versions have, a subject two verbs share, words swapped).

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
        ("Traces were found in samples of who died after the spill.", "of who"),
        ("The administration of can speed up growth in children.", "of can"),
        ("The amount of is about 600 millimetres a year.", "of is"),
        ("Most of in the region were closed on Monday.", "of in"),
        ("The number of, as the ministry said, rose again.", "of ,"),
        ("Aid went to many people, including, soldiers of the army.", "including ,"),
        ("When a large of companies left, prices fell.", "a large of"),
        ("The severe in the north hit the crops hard.", "the severe in"),
        ("They bought a popular for the children.", "a popular for"),
        ("Critics say the international could not agree on a plan.", "the international could"),
    ],
)
def test_a_word_left_without_its_noun_is_a_sure_gap(text: str, key: str) -> None:
    marks = {m.key: m for m in broken_marks(text)}
    assert key in marks, marks
    assert marks[key].sure and marks[key].kind == "head"


@pytest.mark.parametrize(
    "text",
    [
        "He showed great strength of will.",  # "will" is a noun after "of"
        "The price of of oil rose again.",  # a word typed twice
        "It was the first time the general said.",  # "said" is the general's verb
        "Troops took the capital overnight.",  # "capital" is the noun
        "An increasingly popular, option is to travel.",  # a comma slipped in
    ],
)
def test_english_or_a_slip_that_looks_alike_is_no_sure_gap(text: str) -> None:
    assert not [m for m in broken_marks(text) if m.sure]


@pytest.mark.parametrize(
    "text",
    [
        "The share of which he spoke rose.",
        "A rise of about 30 percent was seen.",
        "The rich in the city pay less.",
    ],
)
def test_english_with_of_or_a_nominal_adjective_shows_no_gap(text: str) -> None:
    assert broken_marks(text) == []


@pytest.mark.parametrize(
    ("a", "b", "junction"),
    [
        (
            "Statistics show that the rate rose last year.",
            "Show that the rate rose last year.",
            "^show",
        ),
        (
            "North of the equator, it is summer in December.",
            "North of the equator, is summer in December.",
            ", is",
        ),
        (
            "He missed four games because he was injured.",
            "He missed four games because was injured.",
            "because was",
        ),
        ("In 2010, Haiti had a strong earthquake.", "In 2010, had a strong earthquake.", ", had"),
    ],
)
def test_a_subject_a_says_before_the_same_verb_is_a_gap_in_b(a: str, b: str, junction: str) -> None:
    gaps = [h for h in find_removals(a, b) if h.check == "removal.gap"]
    assert [h.evidence["junction"] for h in gaps] == [junction]
    # the other way round B's words fill A's gap
    assert junction in {h.evidence.get("junction") for h in find_removals(b, a)}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # an imperative both versions open on
        ("Show that the rate rose.", "Show that the rate rose quickly."),
        # "last" is an adjective here, not a verb
        ("The U.S. Supreme Court last year ruled on the case.", "Last year ruled on the case."),
        # one subject, two verbs: the comma joins them
        (
            "The goalie has won two cups, he has been a firm part of the team.",
            "The goalkeeper has won two cups, has been a fixed part of the team.",
        ),
        ("I worked quickly and I didn't have time.", "I worked quickly and didn't have time."),
        # a talk's next sentence opening on "And" in both
        ("And then the rain came.", "And then the rain came down."),
        # the verb typed again is no subject
        ("Read the few reports on the scheme.", "So read read read the few reports on the scheme."),
    ],
)
def test_a_subject_shared_or_never_said_is_no_gap(a: str, b: str) -> None:
    for first, second in ((a, b), (b, a)):
        assert not [
            h for h in find_removals(first, second) if h.check in ("removal.gap", "addition.gap")
        ]


def test_words_swapped_around_that_keep_their_pronoun() -> None:
    hits = find_removals(
        "It is speculated that he will run for president.",
        "It is speculated he that will run for president.",
    )
    assert "that will" not in {h.evidence.get("junction") for h in hits}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Data show that the plumage was chestnut-brown above.",
            "Show that the plumage was chestnut-brown above.",
        ),
        (
            "Traces were found in urine samples of pets who died after the spill.",
            "Traces were found in urine samples of who died after the spill.",
        ),
    ],
)
def test_a_lost_subject_or_noun_fails_the_gate(a: str, b: str) -> None:
    removal = [s for check, s in checks_judged(a, b) if check == "removal.gap"]
    assert removal and max(removal) >= Severity.MEDIUM


def test_an_imperative_both_versions_have_stays_under_the_gate() -> None:
    judged = checks_judged(
        "Show that the plumage was chestnut-brown above.",
        "Show that the plumage was chestnut brown above.",
    )
    assert not [c for c, s in judged if c.startswith("removal") and s >= Severity.MEDIUM]
