"""A clause left without its verb (issue 8): B's subject meets what can only open an object,
a name or a clause of its own ("He Carter on foreign policy", "so she a new contract", "The
Netherlands a new law", "Researchers that the vaccine cuts deaths"): the verb between was
dropped, wherever the diff puts the edit. Against the English that looks alike and must stay
quiet: a relative "that" clause before the sentence's own verb, a noun that takes a "that"
clause, a speech verb in place, "we" before a people, a sentence whose first word is a slip of
the keys ("Sicne the dam").

The sentences are written for these tests, in the style of news copy; none comes from the dev
sets. Without the model; the severities are under the shipped calibration.
"""

from __future__ import annotations

import pytest
from _hits import both_ways, checks_judged

from vardiff import Severity
from vardiff.judge.removal import broken_marks


def _sure_verb_gaps(text: str) -> dict[str, bool]:
    return {m.key: m.sure for m in broken_marks(text) if m.kind == "verb"}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # A subject pronoun meeting an object, a name or a "that" clause.
        ("He Carter on trade policy during the 1980 campaign.", "he Carter"),
        ("The coach was sacked in May, so she a contract with Lyon.", "she a"),
        ('"I that the vote will be close," the senator told reporters.', "i that"),
        ("Manmohan Singh leads the party, yet he an answer from the minister.", "he an"),
        ("After the storm they the roof of the school within a week.", "they the"),
        # A name, with its article, meeting its object.
        ("The Netherlands a new law on rent controls last year.", "the Netherlands a"),
        # Who said or found it, then "that" and a clause with its own subject.
        (
            "Researchers that the vaccine cuts deaths by half in older patients.",
            "researchers that the",
        ),
        ("Statistics that the number of tourists fell by a third in 2020.", "statistics that the"),
        ("Reuters that it would cut 500 jobs in its London office.", "reuters that it"),
        ("Firefighters that 85% of the forest had burned by Sunday.", "firefighters that 85"),
    ],
)
def test_a_subject_meeting_its_object_is_a_sure_verb_gap(text: str, key: str) -> None:
    marks = _sure_verb_gaps(text)
    assert key in marks, marks
    assert marks[key]


@pytest.mark.parametrize(
    "text",
    [
        # A relative "that" clause, then the sentence's own verb.
        "People that the police arrested on Monday were released without charge.",
        "Voters that the party courted stayed at home.",
        # A noun whose "that" clause says what, with the verb after it.
        "The idea that the universe can make a sound like a drum comes from Einstein.",
        # The speech verb in place, or a pronoun before a people or its verb.
        "Scientists think that the plumage of the animal was brown.",
        "Police said that the driver had fled the scene.",
        "We Europeans must act together on energy.",
        "He and Carter met in Geneva in 1985.",
        "They usually eat at home.",
        "He said that the plan would fail.",
        # Names with their verbs, and headlines without one.
        "The Netherlands has a new law on rent controls.",
        "Reuters reported that it would cut 500 jobs.",
        # A list of names that lost its "and", a subject written twice, a question.
        "Oxfam, Médecins Sans Frontières the Red Cross called for a ceasefire.",
        "On Monday the number the number of cases rose again.",
        "Has the government the power to do this?",
        # A slip of the keys in the first word, not a name.
        "Sicne the dam was built in 1963, the floods have stopped.",
        "Duting the 1980s he worked on shows such as Taxi.",
        "Whn a person with curly hair cuts it too short, it may stick out.",
        # A conjunction that opens the sentence is neither a name nor a plural noun.
        "Unless the two sides reach a deal by Friday, the government will impose new tariffs.",
        "Whereas the old law banned strikes, the new one allows them.",
    ],
)
def test_english_with_its_verb_in_place_shows_no_sure_verb_gap(text: str) -> None:
    assert not [key for key, sure in _sure_verb_gaps(text).items() if sure]


def test_two_words_swapped_around_that_are_no_verb_gap() -> None:
    # "he that will": the verb follows "that", so the words were swapped, not a verb lost.
    assert not any(_sure_verb_gaps("It is likely he that will run for mayor in 2026.").values())


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # The rest of the sentence reworded, so the diff does not isolate the verb.
        (
            "During the 1980 campaign he advised Carter on trade policy.",
            "He Carter on trade policy during the 1980 campaign.",
        ),
        (
            "Researchers have found that the vaccine halves deaths among older patients.",
            "Researchers that the vaccine cuts deaths by half in older patients.",
        ),
        (
            "The Netherlands passed a new law on rent controls last year.",
            "Last year the Netherlands a new law on rent controls.",
        ),
    ],
)
def test_a_clause_left_without_its_verb_fails_the_gate(a: str, b: str) -> None:
    judged = checks_judged(a, b)
    assert any(c.startswith("removal.") and s >= Severity.MEDIUM for c, s in judged), judged
    # The other way round, B has the verb A's clause lacks: reported as B's, never as lost.
    assert not any(check.startswith("removal.") for check, _ in checks_judged(b, a))


def test_unless_for_if_not_is_no_verb_lost() -> None:
    # A translator's "unless" for "if ... not" drops "do not" and keeps the verb.
    for a, b in both_ways(
        "If the two sides do not reach a deal by Friday, the government will impose new tariffs.",
        "Unless the two sides reach a deal by Friday, the government will impose new tariffs.",
    ):
        assert not [c for c, _ in checks_judged(a, b) if c.startswith(("removal.", "addition."))]
