"""Scrambled word order and a changed mood (statement / question), on probe sentences of our
own: drifts that must be loud, rewordings a translation makes that must stay quiet.

The judge runs without the model under the shipped calibration: ``order.scrambled`` and
``mood.question`` are unfitted there until a refit, and keep their checks' priors.
"""

from __future__ import annotations

import pytest
from test_judge_checks import context

from vardiff import Severity
from vardiff.judge import Judge
from vardiff.judge.mood import check_mood
from vardiff.judge.order import check_order

SCRAMBLED = [
    (
        "The central bank raised interest rates by half a point on Thursday to fight inflation.",
        "inflation Thursday the to bank rates half fight interest central raised a on by point "
        "the.",
    ),
    (
        "Police arrested two men after a fire destroyed the old market hall in the town centre.",
        "market two after the hall police fire men in old a destroyed town arrested centre the.",
    ),
    # Few content words: the function words are out of order too.
    (
        "It is not clear when he will return to the club.",
        "club he clear the when not to is will return it.",
    ),
]

REORDERED = [
    # A clause moved to the front.
    (
        "The minister resigned on Monday after weeks of pressure from his own party.",
        "After weeks of pressure from his own party, the minister resigned on Monday.",
    ),
    # The passive.
    (
        "A court in Paris sentenced the former mayor to two years in prison.",
        "The former mayor was sentenced to two years in prison by a court in Paris.",
    ),
    # A list in another order.
    (
        "The fund will support schools, hospitals, roads and bridges in the north.",
        "The fund will support roads, bridges, hospitals and schools in the north.",
    ),
    # A sentence rebuilt around another verb.
    (
        "Prices rose sharply in March, the statistics office said on Friday.",
        "According to the statistics office on Friday, March saw a sharp rise in prices.",
    ),
    # Short sentences with a phrase moved.
    ("In the end, it was not enough for them.", "It was not enough for them in the end."),
    ("What they did was not enough, he said.", "He said that what they did was not enough."),
    # A time phrase put first and the passive, in a short sentence: two block moves among
    # five shared content words.
    (
        "Police said on Friday that they had seized rifles at the northern port.",
        "On Friday the police reported that rifles were seized at the port.",
    ),
    # Two neighbouring words swapped: a slip, not a scramble.
    (
        "His research shows that hormones can accelerate the maturation of the baby's fetal lungs.",
        "His research shows that hormones can accelerate the maturation of the baby's lungs fetal.",
    ),
]

ASKED = [
    ("The government will raise taxes next year.", "Will the government raise taxes next year?"),
    ("Voters rejected the plan.", "Did voters reject the plan?"),
    (
        "The plant, which employs 400 people, will close in May.",
        "Will the plant, which employs 400 people, close in May?",
    ),
    ("the plant will close in may.", "will the plant close in may?"),
    # A request is no question asked indirectly.
    (
        "The lawyer asked the court to delay the trial.",
        "Did the lawyer ask the court to delay the trial?",
    ),
    # The other way: a question answered as a statement.
    ("Did the company know about the leak?", "The company knew about the leak."),
    ("Can the city afford a new stadium?", "The city can afford a new stadium."),
]

SAME_MOOD = [
    # Both ask, in other words.
    ("Is this the end of the euro?", "Is this the end for the euro?"),
    # The mark lost, the question's word order kept.
    ("Why do we keep doing this?", "Why do we keep doing this."),
    # A quoted question reported indirectly; a question's quote marks dropped.
    (
        'The reporter asked: "Will the plant close?"',
        "The reporter asked whether the plant would close.",
    ),
    ('He asked, "Is it safe?"', "He asked: is it safe?"),
    # A tag asks only for agreement.
    ("It was a good year for the club, wasn't it?", "It was a good year for the club."),
    # A question asked indirectly.
    ("I wonder whether the deal will hold.", "Will the deal hold?"),
    ("She asked them why the plant would close.", "Why will the plant close?"),
    # An inverted condition is no question.
    (
        "Had the Allies failed, Germany would have won the war.",
        "If the Allies had failed, Germany would have won the war.",
    ),
    # Two questions joined into one.
    (
        "Are there other beings out there? Are they thinking about us?",
        "Are there other beings out there, and are they thinking about us?",
    ),
]


@pytest.mark.parametrize(("a", "b"), SCRAMBLED)
def test_a_scrambled_sentence_is_loud(a: str, b: str) -> None:
    [finding] = check_order(context(a, b))
    assert finding.check == "order.scrambled"
    assert "word order scrambled" in finding.message
    assert finding.b_span == (0, len(b))
    assert "B has A's words" in finding.message
    # Scrambled on A's side: still loud.
    assert [f.check for f in check_order(context(b, a))] == ["order.scrambled"]
    [judged] = [
        f for f in Judge(embedder=None).judge(context(a, b).pair) if f.check == "order.scrambled"
    ]
    assert judged.severity >= Severity.MEDIUM


def test_the_side_with_broken_junctions_is_named_scrambled() -> None:
    a, b = SCRAMBLED[0]
    [reverse] = check_order(context(b, a))
    assert reverse.a == b and reverse.b == ""
    assert "A has B's words" in reverse.message


@pytest.mark.parametrize(("a", "b"), REORDERED)
def test_moved_clauses_passives_lists_and_swapped_neighbours_are_no_scramble(
    a: str, b: str
) -> None:
    assert check_order(context(a, b)) == []
    assert check_order(context(b, a)) == []


@pytest.mark.parametrize(("a", "b"), ASKED)
def test_a_statement_turned_question_or_back_is_loud(a: str, b: str) -> None:
    [finding] = check_mood(context(a, b))
    assert finding.check == "mood.question"
    asked = b.rstrip().endswith("?")
    assert ("became a question" if asked else "became a statement") in finding.message
    assert finding.b == (b if asked else "")
    [judged] = [
        f for f in Judge(embedder=None).judge(context(a, b).pair) if f.check == "mood.question"
    ]
    assert judged.severity >= Severity.MEDIUM


@pytest.mark.parametrize(("a", "b"), SAME_MOOD)
def test_the_same_mood_in_other_words_is_quiet(a: str, b: str) -> None:
    assert check_mood(context(a, b)) == []
    assert check_mood(context(b, a)) == []


def test_a_question_mark_alone_asks_and_word_order_alone_is_only_shown() -> None:
    # "You think that is easy?" asks by its mark only: still a question.
    [marked] = check_mood(context("You think that is easy.", "You think that is easy?"))
    assert marked.severity == Severity.MEDIUM
    assert dict(marked.evidence)["inverted"] == 0.0
    # An auxiliary first without the mark may be a statement that lost its subject.
    a, b = "A curry is a dish of herbs and spices.", "Is a dish of herbs and spices."
    [inverted] = check_mood(context(a, b))
    assert inverted.severity == Severity.LOW
