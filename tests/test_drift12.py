"""Lexical and world-knowledge kinds of drift of probe_drift12 (issue 7: trust; issue 8: meaning
changes the embedding cannot see): an act of employment ("hired" / "fired", "furloughed" /
"laid off"), a step of schooling ("enrolled" / "graduated", "expelled" / "suspended"), an
election ("primary" / "general election", "turnout" / "vote share", "conceded" / "claimed
victory"), lawmaking ("vetoed" / "signed", "repeal" / "amend", "upper" / "lower house"), a
vehicle or its mishap ("tram" / "bus", "derailed" / "broke down"), a weapon ("rifle" / "pistol",
"stabbed" / "shot"), a building ("consulate" / "embassy", "museum" / "library"), a thing of
science ("virus" / "bacterium", "asteroid" / "comet"), a work of art ("novel" / "memoir",
"album" / "single"), a change of physical state ("capsized" / "ran aground", "froze" / "dried
up"), a financial instrument ("shares" / "bonds", "dividend" / "bonuses"), a document
("warrant" / "subpoena", "visa" / "passport"), a direction ("upstream" / "downstream",
"northbound" / "southbound") and a period of the calendar ("fiscal" / "calendar year",
"weekdays" / "weekends", "Ramadan" / "Lent"). The probe was written before the judge's rules
for these kinds were read; its first run on main 58b99e5 is the out-of-sample figure
(benchmarks/data/README.md).

Rules written against it, each with its loud and quiet twins (sentences not the probe's, words
the probe does not hold where the rule knows more): verbs of another outcome for
``event.outcome`` (a vessel turned over, aground, sunk, crashed or derailed; a train broken
down; a plane held on the ground, late or sent elsewhere; a step of schooling; put out for good
or for a while; the means of an attack; a change of the state of matter; how a tank, a dam or a
building failed; an election conceded or claimed, boycotted or contested; a law drafted,
amended or repealed; a veto overridden; retired, suspended or reinstated; furloughed) and
fields of things a reader tells apart for ``kind.field`` (the genres of written, stage and
screen works, recordings and artworks; travel papers; rights to an idea or a name; the papers
of a sale; a letter of intent or a contract; an embassy or a consulate; places of care; term
time or the holidays; an election or a referendum; shares or bonds; a dividend, a bonus, pay or
a pension; a fiscal, calendar or academic year; a wide or a narrow win)."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_judged_both_ways,
    assert_model_fails_both_ways,
    assert_model_quiet_both_ways,
    assert_quiet_both_ways,
)

# Verbs of another outcome (``event.outcome``), both ways.
OUTCOMES = [
    # a voyage or a journey
    (
        "The fishing boat keeled over in a storm off the Faroe Islands on Monday night.",
        "The fishing boat ran aground in a storm off the Faroe Islands on Monday night.",
    ),
    (
        "The trawler foundered in heavy seas, and the crew were picked up by a tanker.",
        "The trawler capsized in heavy seas, and the crew were picked up by a tanker.",
    ),
    (
        "A freight train derailed outside the station early on Thursday, blocking both lines.",
        "A freight train stalled outside the station early on Thursday, blocking both lines.",
    ),
    (
        "The jet was delayed at Shannon after a warning light came on in the cockpit.",
        "The jet was grounded at Shannon after a warning light came on in the cockpit.",
    ),
    (
        "The ferry set sail from Dover at noon despite the strong winds in the Channel.",
        "The ferry docked at Dover at noon despite the strong winds in the Channel.",
    ),
    # schooling and discipline
    (
        "He matriculated at the University of Leipzig in 1961 and studied chemistry.",
        "He graduated from the University of Leipzig in 1961 and studied chemistry.",
    ),
    (
        "Nearly a third of the students who enrolled on the course later dropped out.",
        "Nearly a third of the students who graduated from the course later dropped out.",
    ),
    (
        "The club expelled two of its members for racist abuse of a referee.",
        "The club suspended two of its members for racist abuse of a referee.",
    ),
    # an attack
    (
        "The shopkeeper was strangled in his flat above the shop, police said.",
        "The shopkeeper was poisoned in his flat above the shop, police said.",
    ),
    (
        "The activist was gunned down outside her home in the capital on Sunday.",
        "The activist was stabbed outside her home in the capital on Sunday.",
    ),
    # matter and failure
    (
        "The river thawed early this year, weeks before the ferries were due to run.",
        "The river froze early this year, weeks before the ferries were due to run.",
    ),
    (
        "A water main ruptured under the high street on Tuesday morning.",
        "A water main leaked under the high street on Tuesday morning.",
    ),
    (
        "The roof of the old cinema caved in during the storm on Friday night.",
        "The roof of the old cinema caught fire during the storm on Friday night.",
    ),
    (
        "A gas cylinder blew up in the kitchen of the restaurant on Saturday.",
        "A gas cylinder leaked in the kitchen of the restaurant on Saturday.",
    ),
    # elections
    (
        "The opposition candidate declared victory shortly after midnight on Sunday.",
        "The opposition candidate admitted defeat shortly after midnight on Sunday.",
    ),
    (
        "Three of the five parties will boycott the regional elections in March.",
        "Three of the five parties will contest the regional elections in March.",
    ),
    # laws and offices
    (
        "The assembly voted to rescind the decree on the state of emergency.",
        "The assembly voted to revise the decree on the state of emergency.",
    ),
    (
        "The two governments negotiated the trade agreement over eighteen months.",
        "The two governments ratified the trade agreement over eighteen months.",
    ),
    (
        "Congress overrode the veto of the defence bill by a wide margin.",
        "Congress upheld the veto of the defence bill by a wide margin.",
    ),
    (
        "The police chief was reinstated after an inquiry cleared him of misconduct.",
        "The police chief retired after an inquiry cleared him of misconduct.",
    ),
    (
        "The hotel group furloughed most of its cleaners during the winter closure.",
        "The hotel group sacked most of its cleaners during the winter closure.",
    ),
]

# The same outcome in other words: one set of a field, or a verb the field does not hold.
SAME_OUTCOMES = [
    (
        "The fishing boat capsized in a storm off the Faroe Islands on Monday night.",
        "The fishing boat overturned in a storm off the Faroe Islands on Monday night.",
    ),
    (
        "The activist was stabbed outside her home in the capital on Sunday.",
        "The activist was knifed outside her home in the capital on Sunday.",
    ),
    (
        "The activist was shot outside her home in the capital on Sunday.",
        "The activist was gunned down outside her home in the capital on Sunday.",
    ),
    (
        "The river thawed early this year, weeks before the ferries were due to run.",
        "The river melted early this year, weeks before the ferries were due to run.",
    ),
    (
        "A water main burst under the high street on Tuesday morning.",
        "A water main ruptured under the high street on Tuesday morning.",
    ),
    (
        "A gas cylinder exploded in the kitchen of the restaurant on Saturday.",
        "A gas cylinder blew up in the kitchen of the restaurant on Saturday.",
    ),
    (
        "The player was suspended for three matches for a late tackle on the goalkeeper.",
        "The player was banned for three matches for a late tackle on the goalkeeper.",
    ),
    (
        "The assembly voted to rescind the decree on the state of emergency.",
        "The assembly voted to revoke the decree on the state of emergency.",
    ),
    (
        "He enrolled at the University of Leipzig in 1961 and studied chemistry.",
        "He enroled at the University of Leipzig in 1961 and studied chemistry.",
    ),
    (
        "The opposition candidate conceded shortly after midnight on Sunday.",
        "The opposition candidate admitted defeat shortly after midnight on Sunday.",
    ),
    (
        "The jet was diverted to Shannon after a warning light came on over the ocean.",
        "The jet was rerouted to Shannon after a warning light came on over the ocean.",
    ),
]


@pytest.mark.parametrize(("a", "b"), OUTCOMES)
def test_a_verb_of_another_outcome_fails_both_ways(a: str, b: str) -> None:
    assert_judged_both_ways(a, b, "event.outcome")
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), SAME_OUTCOMES)
def test_the_same_outcome_in_other_words_stays_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


def test_a_verb_in_another_sense_is_no_outcome() -> None:
    # "froze" wages, "shot" a film, an idea that "collapsed": no change of matter, no attack
    # and no failure of a thing; the fields of these verbs read only verbs the diff pairs in
    # one place, and other senses stay out of them where the lexicon relates them.
    assert_quiet_both_ways(
        "The company froze the salaries of its managers for a second year.",
        "The company cut the salaries of its managers for a second year.",
    )


# Things of one field a reader tells apart (``kind.field``), both ways.
FIELD_CHANGES = [
    (
        "Her second novella, about a lighthouse keeper in Norway, was shortlisted for the prize.",
        "Her second biography, about a lighthouse keeper in Norway, was shortlisted for the prize.",
    ),
    (
        "The essays were written during his years in exile in Paris, his publisher said.",
        "The poems were written during his years in exile in Paris, his publisher said.",
    ),
    (
        "The opera was first staged in Milan in 1926, two years after the composer's death.",
        "The ballet was first staged in Milan in 1926, two years after the composer's death.",
    ),
    (
        "The animated film about a lost penguin earned 40 million dollars in its first week.",
        "The short film about a lost penguin earned 40 million dollars in its first week.",
    ),
    (
        "The group sold more singles than any other band in Britain that year.",
        "The group sold more albums than any other band in Britain that year.",
    ),
    (
        "A sculpture of the poet was unveiled in the town square on Saturday.",
        "A mural of the poet was unveiled in the town square on Saturday.",
    ),
    (
        "Officers found a forged identity card in the suspect's car.",
        "Officers found a forged driving licence in the suspect's car.",
    ),
    (
        "The publisher holds the copyright for the character, the court ruled.",
        "The publisher holds the trademark for the character, the court ruled.",
    ),
    (
        "The two airlines signed a memorandum of understanding on a joint venture.",
        "The two airlines signed a contract on a joint venture.",
    ),
    (
        "Protesters threw eggs at the French embassy in Niamey on Saturday.",
        "Protesters threw eggs at the French consulate in Niamey on Saturday.",
    ),
    (
        "The actor spent his last weeks in a hospice near his home in Kent.",
        "The actor spent his last weeks in a nursing home near his home in Kent.",
    ),
    (
        "The country will hold a referendum on the new constitution in October.",
        "The country will hold a general election on the new constitution in October.",
    ),
    (
        "The carmaker issued debentures worth two billion yen to pay for a new plant.",
        "The carmaker issued equities worth two billion yen to pay for a new plant.",
    ),
    (
        "The airline froze the salaries of its pilots for two years to avoid job cuts.",
        "The airline froze the pensions of its pilots for two years to avoid job cuts.",
    ),
    (
        "Applications for the course rose by a fifth in the academic year to July.",
        "Applications for the course rose by a fifth in the calendar year to July.",
    ),
    (
        "The former mayor won the seat comfortably after a campaign about housing.",
        "The former mayor won the seat narrowly after a campaign about housing.",
    ),
]

FIELD_SAME = [
    (
        "His memoir, published last spring, describes his childhood in Glasgow.",
        "His autobiography, published last spring, describes his childhood in Glasgow.",
    ),
    (
        "A statue of the poet was unveiled in the town square on Saturday.",
        "A sculpture of the poet was unveiled in the town square on Saturday.",
    ),
    (
        "Thieves took three canvases by Monet from the gallery on Sunday night.",
        "Thieves took three paintings by Monet from the gallery on Sunday night.",
    ),
    (
        "Officers found several photographs of the building in the suspect's car.",
        "Officers found several photos of the building in the suspect's car.",
    ),
    (
        "The firm registered a trademark for the name of its new drink.",
        "The firm registered a trade mark for the name of its new drink.",
    ),
    (
        "The patient was moved from the clinic to a health centre in the next town.",
        "The patient was moved from the clinic to a health center in the next town.",
    ),
    (
        "Investors moved money out of equities and into cash after the election.",
        "Investors moved money out of stocks and into cash after the election.",
    ),
    (
        "The airline froze the wages of its pilots for two years to avoid job cuts.",
        "The airline froze the salaries of its pilots for two years to avoid job cuts.",
    ),
    (
        "The former mayor won the seat narrowly after a campaign about housing.",
        "The former mayor won the seat by a slim margin after a campaign about housing.",
    ),
]


@pytest.mark.parametrize(("a", "b"), FIELD_CHANGES)
def test_another_thing_of_the_field_fails_both_ways(a: str, b: str) -> None:
    assert_judged_both_ways(a, b, "kind.field")
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), FIELD_SAME)
def test_one_thing_of_the_field_named_two_ways_stays_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


def test_a_single_thing_is_no_recording() -> None:
    # "single" as an adjective on both sides is no record; "a single" only against "an album".
    assert_quiet_both_ways(
        "A single hospital serves the whole island of about 80,000 people.",
        "Only one hospital serves the whole island of about 80,000 people.",
    )


def test_the_model_tells_the_kinds_apart_end_to_end() -> None:
    assert_model_fails_both_ways(
        "The trawler foundered in heavy seas, and the crew were picked up by a tanker.",
        "The trawler ran aground in heavy seas, and the crew were picked up by a tanker.",
    )
    assert_model_fails_both_ways(
        "The opera was first staged in Milan in 1926, two years after the composer's death.",
        "The ballet was first staged in Milan in 1926, two years after the composer's death.",
    )
    assert_model_quiet_both_ways(
        "His memoir, published last spring, describes his childhood in Glasgow.",
        "His autobiography, published last spring, describes his childhood in Glasgow.",
    )
