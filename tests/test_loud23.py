"""Leftovers of the loud side (changes probe_quiet22 and probe_drift22 left quiet), each with
its loud and quiet twins (sentences not the probes'): a preposition that puts an event at a
point in time ("on", "in", "at", "during", "as of", "as at") against one that bounds a stretch
on one side of it ("until", "since", "before", "after", "up to": ``opposite.placed``), the
point said with another preposition of a point, or with "by" and "from", quiet; another
question word after a word that takes a question with an object of a person or a phrase
between ("asked the minister whether" / "why", "will be asked in a referendum whether" /
"when": ``link.question``), "whether" said as "if" quiet; the same amount of another unit of a
sport's score or margin ("by three wickets" / "by three runs", "four laps" / "four places":
``number.other_kind``), its two names ("shots" / "strokes") quiet, a group of something ("three
rounds of talks") not read; "with N ... to spare" or "in hand" the margin, as "by N" is (no
``number.level``); another named level of a threat, a risk, an alert or a patient's state
("raised the threat level to substantial" / "to severe", "a low risk" / "a high risk":
``scale.level``), the same level in other words quiet and a scale word of no level ("high
winds" / "severe winds") not read; a level told without a change ("stood at", "remained steady
at", "amounted to", "totalled", "reached") against the size of a change ("rose by", "grew by":
``number.level``), against the level a change reached ("fell to") quiet; a person's part in
an organisation ("founder" / "treasurer", "patron" / "trustee") and where it is based,
founded, listed or makes things ("headquartered in" / "founded in", "based in" / "listed on":
``kind.field``), the same part or seat in other words quiet."""

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


# The same amount of another unit of a score or a margin.
SCORE_UNIT_CHANGED = [
    (
        "India won the final by three wickets in Mumbai, chasing a target of 310 in the last over.",
        "India won the final by three runs in Mumbai, chasing a target of 310 in the last over.",
    ),
    (
        "The Italian finished the race four laps behind the leader after a puncture early on.",
        "The Italian finished the race four places behind the leader after a puncture early on.",
    ),
    (
        "The champion lost only two sets in the tournament, both of them in the quarter-final.",
        "The champion lost only two games in the tournament, both of them in the quarter-final.",
    ),
]

SCORE_UNIT_SAME = [
    (
        "The Scot finished three shots behind the winner after a final round of 68 at St Andrews.",
        "The Scot finished three strokes behind the winner after a final round of 68 at St "
        "Andrews.",
    ),
]

SCORE_UNIT_NOT_READ = [
    (
        "The two sides will hold three rounds of talks in Geneva this month.",
        "The two sides will hold three sets of talks in Geneva this month.",
    ),
]

# What one side had left when it won is the margin, as "by" says.
MARGIN_LEFT_OVER = [
    (
        "The visitors won the match by four wickets on the final afternoon.",
        "The visitors won the match with four wickets in hand on the final afternoon.",
    ),
    (
        "The favourite won the race by two seconds after leading from the start.",
        "The favourite won the race with two seconds to spare after leading from the start.",
    ),
]

# Another named level of a threat, a risk, an alert or a patient's state.
LEVEL_CHANGED = [
    (
        "The interior ministry raised the national threat level to substantial after the arrests.",
        "The interior ministry raised the national threat level to severe after the arrests.",
    ),
    (
        "Engineers said the cracked dam posed a moderate risk to the villages downstream.",
        "Engineers said the cracked dam posed a high risk to the villages downstream.",
    ),
    (
        "Two of the injured cyclists were in a serious condition in hospital on Sunday.",
        "Two of the injured cyclists were in a critical condition in hospital on Sunday.",
    ),
    (
        "The agency raised the avalanche warning level to high for the western slopes.",
        "The agency raised the avalanche warning level to extreme for the western slopes.",
    ),
]

LEVEL_SAME = [
    (
        "Two of the injured cyclists were in a serious condition in hospital on Sunday.",
        "Two of the injured cyclists were in a severe condition in hospital on Sunday.",
    ),
    (
        "Engineers said the cracked dam posed a low risk to the villages downstream.",
        "Engineers said the cracked dam posed a minimal risk to the villages downstream.",
    ),
]

NO_LEVEL = [
    (
        "Forecasters warned of high winds along the coast on Friday night.",
        "Forecasters warned of severe winds along the coast on Friday night.",
    ),
]


@pytest.mark.parametrize(("a", "b"), SCORE_UNIT_CHANGED)
def test_another_unit_of_a_score_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)
    assert_judged_both_ways(a, b, "number.other_kind")


@pytest.mark.parametrize(("a", "b"), SCORE_UNIT_SAME)
def test_one_unit_of_a_score_named_twice_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), SCORE_UNIT_NOT_READ)
def test_a_group_is_no_unit_of_a_score(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "number.other_kind")


@pytest.mark.parametrize(("a", "b"), MARGIN_LEFT_OVER)
def test_what_was_left_is_the_margin(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "number.level")


@pytest.mark.parametrize(("a", "b"), LEVEL_CHANGED)
def test_another_named_level_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)
    assert_judged_both_ways(a, b, "scale.level")


@pytest.mark.parametrize(("a", "b"), LEVEL_SAME)
def test_one_level_in_other_words_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), NO_LEVEL)
def test_scale_word_of_no_level_is_not_read(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "scale.level")


# A level told without a change against the size of a change, the same figure.
LEVEL_AS_CHANGE = [
    (
        "The trade deficit stood at 3.1 billion pounds in June, the statistics agency said.",
        "The trade deficit widened by 3.1 billion pounds in June, the statistics agency said.",
    ),
    (
        "Home sales remained steady at 48,000 in the second quarter, the agents' body said.",
        "Home sales fell by 48,000 in the second quarter, the agents' body said.",
    ),
    (
        "Donations to the appeal totalled 2.5 million euros by the end of the week.",
        "Donations to the appeal increased by 2.5 million euros by the end of the week.",
    ),
]

LEVEL_AS_LEVEL = [
    (
        "The trade deficit stood at 3.1 billion pounds in June, the statistics agency said.",
        "The trade deficit widened to 3.1 billion pounds in June, the statistics agency said.",
    ),
    (
        "Donations to the appeal totalled 2.5 million euros by the end of the week.",
        "Donations to the appeal amounted to 2.5 million euros by the end of the week.",
    ),
]


@pytest.mark.parametrize(("a", "b"), LEVEL_AS_CHANGE)
def test_level_told_as_a_change_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)
    assert_judged_both_ways(a, b, "number.level")


@pytest.mark.parametrize(("a", "b"), LEVEL_AS_LEVEL)
def test_level_told_as_the_level_reached_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


# Another part in an organisation, another kind of seat.
ORGANISATION_CHANGED = [
    (
        "The museum's founder was questioned by police over the missing paintings.",
        "The museum's treasurer was questioned by police over the missing paintings.",
    ),
    (
        "The hospice's patron, a retired actress, opened the new garden on Saturday.",
        "The hospice's trustee, a retired actress, opened the new garden on Saturday.",
    ),
    (
        "The insurer, headquartered in Zurich, reported a record profit for the year.",
        "The insurer, founded in Zurich, reported a record profit for the year.",
    ),
    (
        "The chipmaker is based in Eindhoven and employs about 6,000 engineers.",
        "The chipmaker is listed in Eindhoven and employs about 6,000 engineers.",
    ),
]

ORGANISATION_SAME = [
    (
        "The insurer, headquartered in Zurich, reported a record profit for the year.",
        "The insurer, based in Zurich, reported a record profit for the year.",
    ),
    (
        "The chipmaker is based in Eindhoven and employs about 6,000 engineers.",
        "The chipmaker has its head office in Eindhoven and employs about 6,000 engineers.",
    ),
]


@pytest.mark.parametrize(("a", "b"), ORGANISATION_CHANGED)
def test_another_part_or_seat_in_an_organisation_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)
    assert_judged_both_ways(a, b, "kind.field")


@pytest.mark.parametrize(("a", "b"), ORGANISATION_SAME)
def test_one_seat_in_other_words_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)
