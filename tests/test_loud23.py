"""Leftovers of the loud side (changes probe_quiet22 and probe_drift22 left quiet), each with
its loud and quiet twins (sentences not the probes'): a preposition that puts an event at a
point in time ("on", "in", "at", "during", "as of", "as at") against one that bounds a stretch
on one side of it ("until", "since", "before", "after", "up to": ``opposite.placed``), the
point said with another preposition of a point, or with "by" and "from", quiet; another
question word after a word that takes a question with an object of a person or a phrase
between ("asked the minister whether" / "why", "will be asked in a referendum whether" /
"when": ``link.question``), "whether" said as "if" quiet."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_judged_both_ways,
    assert_not_judged_both_ways,
    assert_quiet_both_ways,
)

# A point in time against the stretch before or after it.
POINT_AGAINST_SIDE = [
    (
        "The bridge will be shut on Saturday while engineers replace the expansion joints, "
        "the highways agency said.",
        "The bridge will be shut until Saturday while engineers replace the expansion joints, "
        "the highways agency said.",
    ),
    (
        "Exports of wheat fell by a fifth in 2019, the farmers' union said, blaming a long "
        "drought in the south.",
        "Exports of wheat fell by a fifth since 2019, the farmers' union said, blaming a long "
        "drought in the south.",
    ),
    (
        "The regulator will allow the sale of the drug during 2027, once the last trials "
        "have been reviewed.",
        "The regulator will allow the sale of the drug after 2027, once the last trials "
        "have been reviewed.",
    ),
    (
        "The ferry is due to dock at 9 a.m. in Calais, the operator said, despite the strong "
        "winds in the Channel.",
        "The ferry is due to dock before 9 a.m. in Calais, the operator said, despite the "
        "strong winds in the Channel.",
    ),
    (
        "As of 30 June, the pension scheme held bonds worth 80 billion euros, its annual "
        "report shows.",
        "Since 30 June, the pension scheme held bonds worth 80 billion euros, its annual "
        "report shows.",
    ),
    (
        "At the start of May the striker was the league's top scorer, with 19 goals in 30 matches.",
        "Until the start of May the striker was the league's top scorer, with 19 goals in 30 "
        "matches.",
    ),
    (
        "Up to Monday morning, about 300 homes had been evacuated along the river, the fire "
        "brigade said.",
        "After Monday morning, about 300 homes had been evacuated along the river, the fire "
        "brigade said.",
    ),
]

# The same point said another way, or "by" / "from" before it where they say the same.
POINT_RESTATED = [
    (
        "The bridge will be shut on Saturday while engineers replace the expansion joints, "
        "the highways agency said.",
        "The bridge will be shut Saturday while engineers replace the expansion joints, the "
        "highways agency said.",
    ),
    (
        "Exports of wheat fell by a fifth in 2019, the farmers' union said, blaming a long "
        "drought in the south.",
        "Exports of wheat fell by a fifth during 2019, the farmers' union said, blaming a "
        "long drought in the south.",
    ),
    (
        "As of 30 June, the pension scheme held bonds worth 80 billion euros, its annual "
        "report shows.",
        "On 30 June, the pension scheme held bonds worth 80 billion euros, its annual report "
        "shows.",
    ),
    (
        "As of Sunday, some 1,200 people had registered for the marathon, the organisers said.",
        "By Sunday, some 1,200 people had registered for the marathon, the organisers said.",
    ),
    (
        "The city will ban diesel buses in 2028, two years before the national deadline.",
        "The city will ban diesel buses from 2028, two years before the national deadline.",
    ),
    (
        "Up to Monday morning, about 300 homes had been evacuated along the river, the fire "
        "brigade said.",
        "By Monday morning, about 300 homes had been evacuated along the river, the fire "
        "brigade said.",
    ),
]

# A preposition before no point in time: a span, an idiom, "now".
NO_POINT = [
    (
        "The results will be published in 10 days, the electoral commission said.",
        "The results will be published after 10 days, the electoral commission said.",
    ),
    (
        "In the end, the jury found the two men guilty of fraud.",
        "After the end, the jury found the two men guilty of fraud.",
    ),
    (
        "As of now, no cases of the disease have been found on the island.",
        "Until now, no cases of the disease have been found on the island.",
    ),
]


@pytest.mark.parametrize(("a", "b"), POINT_AGAINST_SIDE)
def test_point_against_one_side_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)
    assert_judged_both_ways(a, b, "opposite.placed")


@pytest.mark.parametrize(("a", "b"), POINT_RESTATED)
def test_point_restated_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), NO_POINT)
def test_no_point_in_time_is_not_a_side(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "opposite.placed")


# Another question after the same word that takes it, an object or a phrase between.
QUESTION_FAR = [
    (
        "Lawyers asked the inspector whether the locks had been changed before the break-in, "
        "the court heard.",
        "Lawyers asked the inspector why the locks had been changed before the break-in, the "
        "court heard.",
    ),
    (
        "The board will decide at its next meeting whether the school should close its sixth form.",
        "The board will decide at its next meeting when the school should close its sixth form.",
    ),
    (
        "The coach would not tell reporters how the injury happened during training.",
        "The coach would not tell reporters where the injury happened during training.",
    ),
]

# The same question ("if" for "whether"), or a question word of a relative clause.
QUESTION_SAME = [
    (
        "Lawyers asked the inspector whether the locks had been changed before the break-in, "
        "the court heard.",
        "Lawyers asked the inspector if the locks had been changed before the break-in, the "
        "court heard.",
    ),
    (
        "The board will decide at its next meeting whether the school should close its sixth form.",
        "At its next meeting the board will decide whether the school should close its sixth form.",
    ),
]

# After a phrase of no person, a word that may be a relative: no question read.
NOT_A_QUESTION = [
    (
        "She said in the village where she grew up that the mine had been a blessing.",
        "She said in the village when she grew up that the mine had been a blessing.",
    ),
]


@pytest.mark.parametrize(("a", "b"), QUESTION_FAR)
def test_question_after_an_object_or_a_phrase_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)
    assert_judged_both_ways(a, b, "link.question")


@pytest.mark.parametrize(("a", "b"), QUESTION_SAME)
def test_same_question_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), NOT_A_QUESTION)
def test_relative_after_a_phrase_is_no_question(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "link.question")
