"""Kinds of drift of probe_drift7 (issue 7: trust; issue 8: meaning changes the embedding cannot
see) that the judge missed, and the harmless twins it flagged. A reflexive is the doer, the
plain pronoun someone else ("blamed himself" / "blamed him"); a negation that moves from a verb
to its complement denies another thing ("was not asked to resign" / "was asked not to resign"),
unless the verb passes it down ("did not think he would" / "thought he would not"); a result or
a reason is no contrast (", so" / ", but", "therefore" / "however", "because" / ", while"); a
claim beyond doubt is not one merely arguable ("undoubtedly" / "arguably"); a measure made
smaller is not one done away with ("cut" / "scrapped", "slowed" / "halted"); one attends in
person or by video link; a past act in progress is not one completed before then ("were
rescuing" / "had rescued"). The same thing said another way stays quiet: "decided against
closing", "refrain from speaking", "a different jail" / "another jail", "by slightly more
than", "just shy of" / "just under", a past perfect beside "before". The sentences are not the
probe's: the probe is in sample for these kinds."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_not_judged_both_ways,
    assert_quiet_both_ways,
    judged,
)

import vardiff
from vardiff import Severity

CHANGES = [
    # reflexive
    (
        "The mayor blamed himself for the delays to the new tram line.",
        "The mayor blamed him for the delays to the new tram line.",
    ),
    (
        "The two rival clubs described themselves as victims of the new rules.",
        "The two rival clubs described them as victims of the new rules.",
    ),
    (
        "The singer said she had written the song for herself after the divorce.",
        "The singer said she had written the song for her after the divorce.",
    ),
    # a negation moved to another word
    (
        "The court did not order the factory to close.",
        "The court ordered the factory not to close.",
    ),
    ("The union was not told to end the strike.", "The union was told not to end the strike."),
    ("Not all of the flights were cancelled.", "All of the flights were not cancelled."),
    # a result or a reason against a contrast
    (
        "Demand for steel collapsed, so the mill closed in March.",
        "Demand for steel collapsed, but the mill closed in March.",
    ),
    (
        "The bridge was repaired last year; therefore, it will reopen in May.",
        "The bridge was repaired last year; however, it will reopen in May.",
    ),
    (
        "The goalkeeper was injured, yet the team kept a clean sheet.",
        "The goalkeeper was injured, so the team kept a clean sheet.",
    ),
    (
        "Farmers protested, while the government raised fuel taxes.",
        "Farmers protested because the government raised fuel taxes.",
    ),
    # certain or arguable
    (
        "It was undoubtedly the hottest summer on record.",
        "It was arguably the hottest summer on record.",
    ),
    (
        "The letter is unquestionably genuine, experts said.",
        "The letter is conceivably genuine, experts said.",
    ),
    # made smaller or done away with
    (
        "The government cut fuel subsidies in January.",
        "The government scrapped fuel subsidies in January.",
    ),
    ("The drought slowed shipping on the river.", "The drought halted shipping on the river."),
    (
        "The city eased parking rules in the centre.",
        "The city lifted parking rules in the centre.",
    ),
    # in person or from afar
    ("The witness gave evidence in person.", "The witness gave evidence by video link."),
    # a bound below or above
    ("Turnout was just shy of 50 percent.", "Turnout was just over 50 percent."),
    # in progress or completed before then
    (
        "Firefighters were rescuing the crew when the ship sank.",
        "Firefighters had rescued the crew when the ship sank.",
    ),
]

REWORDINGS = [
    # an emphatic reflexive moved, "by itself" / "on its own"
    (
        "The mayor himself opened the new tram line on Monday.",
        "The mayor opened the new tram line himself on Monday.",
    ),
    (
        "The town cannot repair the bridge by itself.",
        "The town cannot repair the bridge on its own.",
    ),
    # a negation a verb of thinking passes down; an act held back said without "not"
    (
        "The minister did not believe the plan would work.",
        "The minister believed the plan would not work.",
    ),
    (
        "Voters were urged not to travel on election day.",
        "Voters were urged to refrain from travelling on election day.",
    ),
    (
        "The board decided not to sell the stadium.",
        "The board decided against selling the stadium.",
    ),
    # a negation moved onto a scale's point said another way
    (
        "Not all of the votes were counted on Sunday.",
        "Some of the votes were not counted on Sunday.",
    ),
    ("Fans were told not to leave the stadium.", "Fans were told to stay in the stadium."),
    # one contrast said two ways; "yet" of time
    (
        "The goalkeeper was injured, but the team kept a clean sheet.",
        "The goalkeeper was injured, yet the team kept a clean sheet.",
    ),
    ("The talks have not yet produced a deal.", "The talks have yet to produce a deal."),
    # a measure made smaller said two ways
    (
        "The government cut fuel subsidies in January.",
        "The government reduced fuel subsidies in January.",
    ),
    # "a different" said as "another"
    ("The prisoner was moved to a different jail.", "The prisoner was moved to another jail."),
    # a bound said two ways; an amount after "by" is no agent
    ("Turnout was just shy of 50 percent.", "Turnout was just under 50 percent."),
    (
        "Exports rose by slightly more than 5 percent last year.",
        "Exports rose by just over 5 percent last year.",
    ),
    # a clause of time orders the two events
    (
        "Firefighters had rescued the crew before the ship sank.",
        "Firefighters rescued the crew before the ship sank.",
    ),
]


@pytest.mark.parametrize(("a", "b"), CHANGES)
def test_the_change_fails_the_gate_both_ways(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), REWORDINGS)
def test_the_rewording_stays_quiet_both_ways(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A reflexive put where a subject or a possessive stands: a slip of case a reader mends.
        (
            "If you are crossing the sea in winter, book a cabin.",
            "If yourself are crossing the sea in winter, book a cabin.",
        ),
        (
            "She asked her brother to correct her essay.",
            "She asked her brother to correct herself essay.",
        ),
        # A thing acting on itself: left out ("itself" / "it" is most often the empty subject).
        ("It was announced on Tuesday.", "Itself was announced on Tuesday."),
        # A reflexive of another number than its clause's subject: a slip of case too.
        (
            "The film studio Warner Brothers signed her for seven years.",
            "The film studio Warner Brothers signed herself for seven years.",
        ),
        (
            "Schetyna said that Kaczynski and Morawiecki are afraid to debate with him.",
            "Schetyna said that Kaczynski and Morawiecki are afraid to debate with himself.",
        ),
        (
            "If wages rise, each visit to the store will cost them 46 cents more.",
            "If wages rise, each visit to the store will cost themselves 46 cents more.",
        ),
    ],
)
def test_a_reflexive_out_of_an_object_slot_or_number_is_no_other_person(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "person.pronoun_reflexive")


def test_one_doubt_said_two_ways_is_no_change_of_modality() -> None:
    assert_not_judged_both_ways(
        "The letter is perhaps genuine, experts said.",
        "The letter is conceivably genuine, experts said.",
        "modality.changed",
    )


def test_the_reflexive_and_the_moved_negation_are_named() -> None:
    assert judged(
        "The mayor blamed himself for the delays.",
        "The mayor blamed him for the delays.",
        "person.pronoun_reflexive",
    )
    assert judged(
        "The union was not told to end the strike.",
        "The union was told not to end the strike.",
        "negation.moved",
    )


def test_with_the_model_the_change_is_loud_and_the_rewording_quiet() -> None:
    loud = [
        vardiff.compare(
            "The court did not order the factory to close, the company said on Monday.",
            "The court ordered the factory not to close, the company said on Monday.",
        ),
        vardiff.compare(
            "The mayor blamed himself for the delays to the new tram line in the city centre.",
            "The mayor blamed him for the delays to the new tram line in the city centre.",
        ),
        vardiff.compare(
            "Demand for steel fell last year, so the mill closed in March with 300 jobs lost.",
            "Demand for steel fell last year, but the mill closed in March with 300 jobs lost.",
        ),
    ]
    quiet = [
        vardiff.compare(
            "The minister did not believe the plan would work, her spokesman said on Friday.",
            "The minister believed the plan would not work, her spokesman said on Friday.",
        ),
        vardiff.compare(
            "The board decided not to sell the stadium to the city, the club said on Sunday.",
            "The board decided against selling the stadium to the city, the club said on Sunday.",
        ),
    ]
    for report in loud:
        assert any(f.severity >= Severity.MEDIUM for f in report.findings()), report.findings()
    for report in quiet:
        assert all(f.severity <= Severity.LOW for f in report.findings()), report.findings()
