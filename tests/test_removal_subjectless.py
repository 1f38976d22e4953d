"""A subject or noun left out where the words left still read as English around the gap (issue
8 item 5): an opening "Had" with its participle ("Had sued the city"), a verb's "-s" form or a
past form with its object or "that" clause ("Makes my work easier", "Found that the dam"), "Yet"
or "But" meeting a finite verb ("Yet is still in the race"), a main clause after an opening
clause or phrase whose verb has no subject ("When the minister visited the town, was greeted by",
"In 1998, accepted a post"), ", of which" and a result clause after "so" meeting a verb, and a
determiner left before a comma that a new phrase follows ("in the, with a total of"); against
the English that looks alike and must stay quiet (a condition's "Had he known", a plural noun
before a relative, "Given that", an order after a condition, a question, a place's subject after
its verb, "some of which were", a comma slipped in after an article).

The sentences are written for these tests, in the style of news copy; none comes from the dev
sets. Without the model; the severities are under the shipped calibration.
"""

from __future__ import annotations

import pytest
from _hits import checks_judged

from vardiff import Severity
from vardiff.judge.removal import broken_marks, find_removals

# (A with its subject or noun, B without it, the mark B shows)
_LOST = [
    (
        "The council had sued the city for unpaid fees. The court agreed.",
        "Had sued the city for unpaid fees. The court agreed.",
        "^had sued",
    ),
    (
        "The new law makes my work as a nurse much easier, she said.",
        "Makes my work as a nurse much easier, she said.",
        "^makes",
    ),
    (
        "Engineers found that the dam had cracked during the storm.",
        "Found that the dam had cracked during the storm.",
        "^found",
    ),
    (
        "Yet he is still in the race for the party's leadership.",
        "Yet is still in the race for the party's leadership.",
        "^yet is",
    ),
    (
        "When the minister visited the flooded town, she was greeted by angry residents.",
        "When the minister visited the flooded town, was greeted by angry residents.",
        ", was",
    ),
    (
        "Using records from three hospitals, the researchers were able to trace the outbreak.",
        "Using records from three hospitals, were able to trace the outbreak.",
        ", were",
    ),
    (
        "In 1998, the engineer accepted a post at the port authority.",
        "In 1998, accepted a post at the port authority.",
        ", accepted",
    ),
    (
        "Since her move to Lyon, she has steadily climbed the rankings.",
        "Since her move to Lyon, has steadily climbed the rankings.",
        ", has",
    ),
    (
        "The vote followed years of delayed elections, some of which were due in 2011.",
        "The vote followed years of delayed elections, of which were due in 2011.",
        "of which were",
    ),
    (
        "The two dialects are so similar that speakers do not need an interpreter.",
        "The two dialects are so similar that do not need an interpreter.",
        "that do",
    ),
]


@pytest.mark.parametrize(("a", "b", "key"), _LOST)
def test_a_subject_lost_where_the_rest_reads_as_english_is_a_sure_gap(
    a: str, b: str, key: str
) -> None:
    marks = {m.key: m for m in broken_marks(b)}
    assert key in marks, marks
    assert marks[key].sure
    assert key not in {m.key for m in broken_marks(a)}


@pytest.mark.parametrize(("a", "b", "key"), _LOST)
def test_the_lost_subject_is_a_removal_gap_one_way_only(a: str, b: str, key: str) -> None:
    assert "removal.gap" in {h.check for h in find_removals(a, b)}
    assert not [h for h in find_removals(b, a) if h.check.startswith("removal.")]


@pytest.mark.parametrize(
    "text",
    [
        "Had he known about the leak, he would have resigned.",  # a condition
        "Objects that fall into the lake are never recovered.",  # a plural noun, a relative
        "Given that prices rose, the bank held its rate.",  # a participle that opens a clause
        "If you are stopped by the police, don't argue with them.",  # an order
        "But is the plan really working? Officials are unsure.",  # a question
        "In the middle of the square, is a statue of the founder.",  # a place's subject after
        "Though each region was poor, there were many differences.",  # "there" is the subject
        "The vote followed delayed elections, some of which were due in 2011.",
        "The sounds are so faint that we cannot hear them.",
        "When asked, the minister declined to comment.",  # no verb before the comma
        "In 2010, when prices fell, the firm cut jobs.",
        "The protest was small. but grew later in the day.",  # a full stop slipped in
    ],
)
def test_english_that_looks_alike_shows_no_lost_subject(text: str) -> None:
    assert not [m for m in broken_marks(text) if m.sure and m.kind in ("opening", "subject")]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The outbreak is most severe in the world's poorest regions, with 4,000 cases.",
            "The virus is worst in the, with a total of 4,000 cases.",
        ),
        (
            "When a satellite receives a signal, it sends it back to Earth.",
            "When a satellite receives a, it sends it back to Earth.",
        ),
        (
            "This will not be a farewell; it is only a pause, the coach said.",
            "This will not be a; it is only a pause, the coach said.",
        ),
    ],
)
def test_a_determiner_left_before_a_new_phrase_is_a_gap(a: str, b: str) -> None:
    # A worded otherwise (a translation's reference): the gap is read from B's marks.
    assert "removal.gap" in {h.check for h in find_removals(a, b)}


def test_a_comma_slipped_in_after_an_article_stays_a_loose_mark() -> None:
    hits = find_removals(
        "The baby's father said the hospital had been helpful.",
        "The, baby's father said the hospital had been helpful.",
    )
    assert "removal.gap" not in {h.check for h in hits}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Investigators found that the fire had started in the kitchen.",
            "Found that the fire had started in the kitchen.",
        ),
        (
            "When the minister visited the flooded town, she was greeted by angry residents.",
            "When the minister visited the flooded town, was greeted by angry residents.",
        ),
    ],
)
def test_a_lost_subject_fails_the_gate(a: str, b: str) -> None:
    removal = [s for check, s in checks_judged(a, b) if check == "removal.gap"]
    assert removal and max(removal) >= Severity.MEDIUM


def test_a_subject_said_differently_stays_under_the_gate() -> None:
    judged = checks_judged(
        "When the minister visited the flooded town, she was greeted by angry residents.",
        "When the minister visited the flooded town, angry residents greeted her.",
    )
    assert not [c for c, s in judged if c.startswith("removal") and s >= Severity.MEDIUM]
