"""Lexical and world-knowledge kinds of drift of probe_drift10 (issue 7: trust; issue 8: meaning
changes the embedding cannot see): the role in an institution ("editor" / "reporter"), a medical
state ("admitted to" / "discharged from hospital"), the outcome of a case ("acquitted" /
"convicted"), the direction of an economy ("appreciated" / "depreciated"), the kind of natural
event ("drought" / "floods"), a group of people ("Shia" / "Sunni"), the part of a whole ("the
engine" / "the wing"), a material or physical property ("wooden" / "metal"), a sense or a
feeling ("heard" / "saw", "angered" / "amused"), a sporting outcome ("conceded" / "scored"), an
act on data ("encrypted" / "deleted"), a diplomatic or military act ("summoned" / "expelled"),
an animal or a crop ("wolves" / "dogs"). The probe was written before the judge's rules for
these kinds were read; its first run on main d4a8590 is the out-of-sample figure
(benchmarks/data/README.md).

Rules written against it, each with its loud and quiet twins (sentences not the probe's): words
of one field that name things a reader tells apart (``kind.field``: events of nature, feelings,
penalty kicks, level or ahead, how ill, an appeal granted or turned away, bail, clemency, a
slump or a recovery, workers or managers, age groups, a judge or a jury, parts of a song or a
book, materials, raw or treated food) and verbs of another outcome (``event.outcome``: which
sense, a goal scored or let in, promoted or relegated, a title kept, lost or won, a record
matched or bettered, acts towards an envoy, ties restored or broken, surrendered or retreated,
annexed, acts on data, infected, vaccinated, diagnosed or cured, into or out of hospital, a
ruling kept or undone, a plea or a verdict, into a state or out of it); two words of one set
quiet ("twister" / "tornado", "drew level" / "equalised", "quashed" / "overturned");
"dismissed" / "rejected" the same refusal; a faith transliterated two ways one name ("Shia" /
"Shiite"); a source the lexicon knows only as a compound written apart ("headteacher": "head
teacher", a "principal") one source."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_model_tells_apart,
    assert_quiet_both_ways,
    both_ways,
    judged,
)

CHANGES = [
    # events of nature
    (
        "Farmers in the south said the floods had ruined most of the potato crop.",
        "Farmers in the south said the drought had ruined most of the potato crop.",
    ),
    (
        "A hurricane cut power to half a million homes along the coast on Friday.",
        "A tornado cut power to half a million homes along the coast on Friday.",
    ),
    (
        "Hail damaged hundreds of cars parked at the airport on Sunday afternoon.",
        "Snow damaged hundreds of cars parked at the airport on Sunday afternoon.",
    ),
    # senses and feelings
    (
        "A neighbour said she heard the two men fighting in the car park.",
        "A neighbour said she saw the two men fighting in the car park.",
    ),
    (
        "Customers complained that the bread tasted of petrol.",
        "Customers complained that the bread smelled of petrol.",
    ),
    (
        "The coach said he was angry about the way his players had been treated.",
        "The coach said he was surprised by the way his players had been treated.",
    ),
    # sport
    (
        "Leeds conceded three times in the second half and lost 3-1 at home.",
        "Leeds scored three times in the second half and lost 3-1 at home.",
    ),
    (
        "The goalkeeper saved a penalty in the final minute of the derby.",
        "The goalkeeper conceded a penalty in the final minute of the derby.",
    ),
    (
        "The club was relegated after losing its last match of the season.",
        "The club was promoted after losing its last match of the season.",
    ),
    (
        "The boxer retained his title after a split decision in Las Vegas.",
        "The boxer lost his title after a split decision in Las Vegas.",
    ),
    (
        "Napoli equalised ten minutes from time through their substitute.",
        "Napoli took the lead ten minutes from time through their substitute.",
    ),
    (
        "The Norwegian equalled the world record in the 400 metres on Thursday.",
        "The Norwegian broke the world record in the 400 metres on Thursday.",
    ),
    # diplomacy and war
    (
        "The government summoned the Russian ambassador after the drone strike.",
        "The government expelled the Russian ambassador after the drone strike.",
    ),
    (
        "The two neighbours severed diplomatic relations in 2017 over the border.",
        "The two neighbours restored diplomatic relations in 2017 over the border.",
    ),
    (
        "The army besieged the northern city for four months last year.",
        "The army captured the northern city for four months last year.",
    ),
    (
        "The rebels retreated from the town after two days of heavy fighting.",
        "The rebels surrendered the town after two days of heavy fighting.",
    ),
    # data and devices
    (
        "The attackers stole the files of about 40,000 patients, the clinic said.",
        "The attackers encrypted the files of about 40,000 patients, the clinic said.",
    ),
    (
        "The bank said the flaw had been patched before anyone could use it.",
        "The bank said the flaw had been disclosed before anyone could use it.",
    ),
    # health
    (
        "About 3,000 nurses have been vaccinated against measles in the region.",
        "About 3,000 nurses have been infected with measles in the region.",
    ),
    (
        "The singer was discharged from hospital in Paris on Monday.",
        "The singer was admitted to hospital in Paris on Monday.",
    ),
    (
        "Two of the climbers are in a stable condition, the rescue service said.",
        "Two of the climbers are in a critical condition, the rescue service said.",
    ),
    # courts
    (
        "The former mayor was acquitted of bribery by a court in Naples.",
        "The former mayor was convicted of bribery by a court in Naples.",
    ),
    (
        "The businessman pleaded guilty to tax fraud at a court in Madrid.",
        "The businessman was found guilty of tax fraud at a court in Madrid.",
    ),
    (
        "The court upheld the appeal of the two journalists on Tuesday.",
        "The court dismissed the appeal of the two journalists on Tuesday.",
    ),
    (
        "The high court quashed the ban on the newspaper last week.",
        "The high court upheld the ban on the newspaper last week.",
    ),
    (
        "The magistrate granted bail to the three men accused of the robbery.",
        "The magistrate refused bail to the three men accused of the robbery.",
    ),
    (
        "The general was pardoned in 2019, eight years after his conviction.",
        "The general was paroled in 2019, eight years after his conviction.",
    ),
    # the economy
    (
        "Italy slipped into recession at the end of last year, figures showed.",
        "Italy emerged from recession at the end of last year, figures showed.",
    ),
    # people
    (
        "The union said the factory's workers had voted to accept the offer.",
        "The union said the factory's managers had voted to accept the offer.",
    ),
    (
        "The free bus passes will be offered to pensioners from January.",
        "The free bus passes will be offered to teenagers from January.",
    ),
    (
        "The jury said it could not agree on a verdict after two days.",
        "The judge said it could not agree on a verdict after two days.",
    ),
    # the armed service, the source of energy, the kind of case, what a carrier carries,
    # who owns a firm
    (
        "Police fired tear gas at the crowd outside the parliament building.",
        "Soldiers fired tear gas at the crowd outside the parliament building.",
    ),
    (
        "The country will build two new nuclear power stations by 2035.",
        "The country will build two new solar power stations by 2035.",
    ),
    (
        "The family has filed a civil case against the hospital over the death.",
        "The family has filed a criminal case against the hospital over the death.",
    ),
    (
        "A cargo plane skidded off the runway in heavy rain on Monday.",
        "A passenger plane skidded off the runway in heavy rain on Monday.",
    ),
    (
        "The railway was nationalised in 1948, the museum's guide explained.",
        "The railway was privatised in 1948, the museum's guide explained.",
    ),
    # parts, materials, food
    (
        "The choir sang the last verse of the anthem in Welsh.",
        "The choir sang the last chorus of the anthem in Welsh.",
    ),
    (
        "The author added a preface to the new edition of the novel.",
        "The author added an epilogue to the new edition of the novel.",
    ),
    (
        "The new footbridge over the canal is made of wood and will open in May.",
        "The new footbridge over the canal is made of metal and will open in May.",
    ),
    (
        "The outbreak was traced to cheese made from raw milk at a dairy in the Alps.",
        "The outbreak was traced to cheese made from pasteurised milk at a dairy in the Alps.",
    ),
]

REWORDINGS = [
    # one thing named two ways
    (
        "A tornado destroyed the church and several farms near the town.",
        "A twister destroyed the church and several farms near the town.",
    ),
    (
        "A landslide blocked the railway line after the heavy rain.",
        "A landslip blocked the railway line after the heavy rain.",
    ),
    (
        "Rangers equalised in the 88th minute with a free kick.",
        "Rangers drew level in the 88th minute with a free kick.",
    ),
    (
        "The goalkeeper saved a penalty in the first half of the final.",
        "The goalkeeper stopped a penalty in the first half of the final.",
    ),
    (
        "The appeals court quashed his conviction for fraud on Monday.",
        "The appeals court overturned his conviction for fraud on Monday.",
    ),
    (
        "The ministry summoned the Iranian ambassador on Tuesday.",
        "The ministry called in the Iranian ambassador on Tuesday.",
    ),
    (
        "The two countries resumed diplomatic relations in March.",
        "The two countries restored diplomatic relations in March.",
    ),
    (
        "The former minister was acquitted of fraud by a court in Lyon.",
        "The former minister was cleared of fraud by a court in Lyon.",
    ),
    (
        "The actor was hospitalised in Rome with pneumonia on Sunday.",
        "The actor was taken to hospital in Rome with pneumonia on Sunday.",
    ),
    (
        "The new bus passes will be offered to pensioners from January.",
        "The new bus passes will be offered to retirees from January.",
    ),
    (
        "The old timber bridge will be rebuilt next year, the council said.",
        "The old wooden bridge will be rebuilt next year, the council said.",
    ),
    (
        "The outbreak was traced to raw milk sold at a market in the town.",
        "The outbreak was traced to unpasteurised milk sold at a market in the town.",
    ),
    (
        "Troops were sent to guard the border crossing after the attack.",
        "Soldiers were sent to guard the border crossing after the attack.",
    ),
    # a sound felt as much as heard
    (
        "Residents said they heard the explosion ten miles away.",
        "Residents said they felt the explosion ten miles away.",
    ),
    # a figure of speech is no event of nature
    (
        "The ministry received a flood of complaints about the new rules.",
        "The ministry received an avalanche of complaints about the new rules.",
    ),
    # the same refusal by another verb
    (
        "The Supreme Court dismissed the appeal brought by the former senator.",
        "The Supreme Court rejected the appeal brought by the former senator.",
    ),
    # a faith's name transliterated two ways
    (
        "Most of the pilgrims killed in the attack were Shia Muslims, police said.",
        "Most of the pilgrims killed in the attack were Shiite Muslims, police said.",
    ),
    # a source the lexicon knows as a compound written apart
    (
        "The school's headteacher told parents that classes would resume on Monday.",
        "The school's principal told parents that classes would resume on Monday.",
    ),
]


@pytest.mark.parametrize(("a", "b"), CHANGES)
def test_the_change_fails_the_gate_both_ways(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), REWORDINGS)
def test_the_rewording_stays_quiet_both_ways(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


def test_the_field_and_the_outcome_are_named_and_a_denial_is_left_to_polarity() -> None:
    for left, right in both_ways(
        "The floods ruined the harvest in the east.", "The drought ruined the harvest in the east."
    ):
        assert judged(left, right, "kind.field"), (left, right)
    for left, right in both_ways(
        "The striker scored twice against Porto.", "The striker conceded twice against Porto."
    ):
        assert judged(left, right, "event.outcome"), (left, right)
    # "was not acquitted" / "was convicted": one side denies, the polarity check reads it.
    for left, right in both_ways(
        "The nurse was not acquitted of the charges.", "The nurse was convicted of the charges."
    ):
        assert not judged(left, right, "kind.field"), (left, right)
        assert not judged(left, right, "event.outcome"), (left, right)
    # "a lack of rain" denies rain as "no rain" does: no other event of nature than a drought.
    for left, right in both_ways(
        "The drought has cut the wheat harvest by a third, the ministry said.",
        "The lack of rain has cut the wheat harvest by a third, the ministry said.",
    ):
        assert not judged(left, right, "kind.field"), (left, right)


def test_another_faith_and_another_source_stay_loud() -> None:
    assert_fails_both_ways(
        "Most of the pilgrims killed in the attack were Shia Muslims, police said.",
        "Most of the pilgrims killed in the attack were Sunni Muslims, police said.",
    )
    assert_fails_both_ways(
        "The school's headteacher told parents that classes would resume on Monday.",
        "The school's caretaker told parents that classes would resume on Monday.",
    )
    assert_fails_both_ways(
        "The Supreme Court dismissed the appeal brought by the former senator.",
        "The Supreme Court allowed the appeal brought by the former senator.",
    )


def test_with_the_model_the_change_is_loud_and_the_rewording_quiet() -> None:
    assert_model_tells_apart(
        "Neighbours said they heard the gunmen shouting outside the bank.",
        "Neighbours said they overheard the gunmen shouting outside the bank.",
        "Neighbours said they saw the gunmen shouting outside the bank.",
        check="event.",
    )
    assert_model_tells_apart(
        "Lyon conceded twice in the last five minutes of the match in Nice.",
        "Lyon let in two goals in the last five minutes of the match in Nice.",
        "Lyon scored twice in the last five minutes of the match in Nice.",
        check="event.",
    )
    assert_model_tells_apart(
        "The foreign ministry summoned the Italian ambassador on Friday.",
        "The foreign ministry called in the Italian ambassador on Friday.",
        "The foreign ministry expelled the Italian ambassador on Friday.",
        check="event.",
    )
    assert_model_tells_apart(
        "The floods destroyed most of the rice crop in the delta this year.",
        "The flooding destroyed most of the rice crop in the delta this year.",
        "The drought destroyed most of the rice crop in the delta this year.",
        check="kind.",
    )
