"""A subject left out (issue 8): B's clause lost its subject and shows it by two words that
cannot meet ("The was first read", "although is the tail", "announced that was canceling",
"Long before attempted to"), an opening on a bare verb ("Usually offer food") or a people's
adjective left without its noun ("The East African are"); against the English that looks alike
and must stay quiet (a relative "that" after its noun, a participle clause, a pronoun "that",
adjectives that stand for their people, imperatives, headlines and lists).

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
        ("The was first read aloud by the mayor on July 8.", "the was"),
        ("The took place high up in the mountains near the border.", "the took"),
        ("Built in the third century, the is one of the oldest bridges.", "the is"),
        ("A is usually between two and five days long.", "a is"),
        ("Officials said that the will be in place until August.", "the will"),
        ("Experts believe that although is small, the quake was felt.", "although is"),
        ("Looting continued overnight while were absent from the streets.", "while were"),
        ("He explained that will be held for 48 hours from midnight.", "that will"),
        ("Mr. Chen admitted that had taken bribes from the company.", "that had"),
        ("The airline announced that was cancelling 105 flights in October.", "that was"),
        ("Long before attempted to join the union, the country was poor.", "before attempted"),
        ("Since joined the club in 2019, he has scored 40 goals.", "since joined"),
    ],
)
def test_a_clause_that_lost_its_subject_is_a_sure_gap(text: str, key: str) -> None:
    marks = {m.key: m for m in broken_marks(text)}
    assert key in marks, marks
    assert marks[key].sure and marks[key].kind == "subject"


@pytest.mark.parametrize(
    ("text", "key", "kind"),
    [
        (
            "Usually offer food and drink to keep guests on the premises.",
            "^usually offer",
            "opening",
        ),
        (
            "Often disappear without leaving any trace in the records.",
            "^often disappear",
            "opening",
        ),
        ("The East African are located in the Indian Ocean.", "the East African are", "head"),
        ("Was greeted at the airport by the deputy prime minister.", "^was", "opening"),
        ("Said that most new cases last week were under the age of 60.", "^said", "opening"),
        ("Here overlooked the cyclist coming from the left.", "^here overlooked", "opening"),
    ],
)
def test_an_opening_or_a_people_without_its_subject_noun_is_a_sure_gap(
    text: str, key: str, kind: str
) -> None:
    marks = {m.key: m for m in broken_marks(text)}
    assert key in marks, marks
    assert marks[key].sure and marks[key].kind == kind


@pytest.mark.parametrize(
    "text",
    [
        # A relative "that" after its noun is the clause's subject.
        "The report that was published on Monday shows a rise in prices.",
        "Despite the fact that had been known for years, nothing changed.",
        "Police said the man that was arrested had a knife.",
        "It is the city that has the most parks in Europe.",
        "Those that were left behind waited for news.",
        # A pronoun "that" with a noun or an adjective after "be", and a cleft.
        "He said that was a mistake and apologised.",
        "The minister said that would be unfair to farmers.",
        "He noted that is not what happened.",
        "What he said was that had been the plan all along.",
        # A participle clause after its subordinator; "since" as an adverb.
        "When asked the question, the minister declined to answer.",
        "If given the chance, she would run again.",
        "Once completed, the tower will be the tallest in Africa.",
        "After winning the title, the team went home.",
        "Scientists have since found a second crater nearby.",
        "Built in 1990, the bridge carries 40,000 cars a day.",
        # Adjectives that stand for their people or their noun.
        "The rich are getting richer, the report says.",
        "The accused was released on bail on Friday.",
        "The injured were taken to the city hospital.",
        "The French are proud of their cuisine.",
        "The Americans were the first to land on the moon.",
        # A noun before its verb, an adverb with a comma, an order, a quote, a list, a headline.
        "Usually the trains run on time.",
        "Usually, the market opens at nine.",
        "Sometimes people say the city never sleeps.",
        "Always check the weather before you set off.",
        '"Stay at home," the mayor told residents on Sunday.',
        "Bread, milk, eggs and fuel are now more expensive.",
        "Storm damage: the coast braces for more rain",
        # A question, a name, a condition and a participle clause open on a verb's form.
        "Were the talks a success?",
        "Will Smith won the award on Sunday.",
        "Had he known, he would have stayed.",
        "Founded in 1990, the firm employs 300 people.",
        # "will" and "its" as what they also are.
        "The will of the people must be respected, he said.",
        "Its water is cleaner than it was a decade ago.",
    ],
)
def test_english_with_its_subjects_in_place_shows_no_gap(text: str) -> None:
    assert broken_marks(text) == []


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # A noun turned into its verb by a slip, not a subject lost: the bare form.
        ("The agree between the two parties was signed in May.", "the agree"),
        ("They took an inter - city train to the capital.", "an inter"),
        # "it's", "they're", "I" misspelt as a possessive.
        ("Since Japan is a chain of islands, its is often called an archipelago.", "its is"),
        ("Tourists are advised to say their are married.", "their are"),
        # A talk's or a story's next sentence may open on "And".
        ("And melamine was found in the samples.", "^and"),
    ],
)
def test_a_slip_that_looks_like_a_lost_subject_is_no_sure_gap(text: str, key: str) -> None:
    marks = {m.key: m for m in broken_marks(text)}
    assert key in marks, marks
    assert not marks[key].sure


def test_a_possessive_meeting_a_verb_is_kept_apart_as_a_slip() -> None:
    # "its is" is "it's" misspelt as often as a noun lost: not a sure gap, and its own key.
    a = "Since Japan is a chain of islands, it is often called an archipelago."
    b = "Since Japan is a chain of islands, its is often called an archipelago."
    marks = {m.key: m for m in broken_marks(b)}
    assert marks["its is"].kind == "pair" and not marks["its is"].sure
    hits = [h for h in find_removals(a, b) if "junction" in h.evidence]
    assert [(h.check, h.evidence["possessive_verb"]) for h in hits] == [("removal.broken", 1.0)]


def test_an_article_meeting_a_verb_after_two_swapped_words_is_read_as_a_swap() -> None:
    a = "The city was rebuilt by order of the sultan."
    b = "The was city rebuilt by order of the sultan."
    hits = [h for h in find_removals(a, b) if "junction" in h.evidence]
    assert [(h.check, h.evidence["reordered"]) for h in hits] == [("removal.broken", 1.0)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The first public reading of the treaty was held in the main square on July 8.",
            "The was first read in public in the main square on July 8.",
        ),
        (
            "Mr. Chen admitted that the company had paid bribes to officials.",
            "Mr. Chen admitted that had paid bribes to officials.",
        ),
        (
            "The storm took down power lines, and the region was cut off for days.",
            "The took down power lines, and the region was cut off for days.",
        ),
    ],
)
def test_a_lost_subject_fails_the_gate(a: str, b: str) -> None:
    judged = checks_judged(a, b)
    assert any(c.startswith("removal.") and s >= Severity.MEDIUM for c, s in judged), judged
    # The other way round, the words only B has close A's gap.
    assert any(check.startswith("addition.") for check, _ in checks_judged(b, a))
