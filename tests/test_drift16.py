"""Lexical, world-knowledge, scope, quantity, time and reference kinds of drift of
probe_drift16 (issue 7: trust; issue 8: meaning changes the embedding cannot see): a faith or
its clergy ("Hindu" / "Sikh temple", "rabbi" / "imam"), a playing position ("fly-half" /
"scrum-half", "pitcher" / "catcher"), a specialist of one profession ("cardiologist" /
"neurologist", "solicitor" / "barrister"), a chemical ("carbon monoxide" / "carbon dioxide",
"chlorine" / "ammonia"), a drug ("paracetamol" / "ibuprofen", "cannabis" / "ecstasy"), a
musical instrument ("violin" / "viola", "trumpeter" / "trombonist"), an emergency service
("firefighters" / "paramedics", "coastguard" / "mountain rescue"); a first time told as a
repetition ("resumed" / "began", "recaptured" / "captured"), a flow told as a stock ("new" /
"active infections", "hired" / "employed", "sales of" / "the number of"), a ratio turned round
("three applicants for every place" / "three places for every applicant"), at once against
one after another ("concurrently" / "consecutively"), a territory for the larger or smaller
one it belongs to ("England" / "the UK", "the eurozone" / "the European Union"), the date a
measure was made against the date it took effect ("approved in 2006" / "came into force in
2006") and the clock a time is told by ("local time" / "GMT"). The probe was written before
the judge's rules for these kinds were read; its first run on main 2b03216 is the
out-of-sample figure (benchmarks/data/README.md).

Rules written against it, each with its loud and quiet twins (sentences not the probe's): at
the same time against one after another ("concurrently" / "consecutively", "simultaneously" /
"one after the other": ``kind.field``, field ``timing``), the same timing in other words
("simultaneously" / "at the same time") quiet; a measure made against a measure in force
("adopted in 2018" / "came into force in 2018", "take effect" / "were approved": field
``enactment``), "take effect" / "come into force" quiet, and a side that tells both when the law
was made and when it took effect left alone; an act done again told as done ("rebuilt" /
"built", "re-elected" / "elected", "remarried" / "married": ``event.repeated``, by the
lexicon's definitions "build again", "marry, not for the first time" or a written "re-"),
"reopened" / "opened again" quiet and "resigned" / "signed" left alone; the two things of a
rate in each other's place ("four buses for every tram" / "four trams for every bus":
``number.ratio_turned``), "for every" / "per" quiet; those new in a period against all there
are ("800 new cases" / "800 active cases", "outstanding loans" / "new loans": field
``stock_flow``), "new" / "newly reported" quiet."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_judged_both_ways,
    assert_not_judged_both_ways,
    assert_quiet_both_ways,
)

# Rules written against the probe, each with loud and quiet twins in sentences not the probe's.
CHANGES = [
    # at the same time / one after another (kind.field, field "timing")
    (
        "The court ruled that the three sentences would be served concurrently, so the driver "
        "could be free within five years.",
        "The court ruled that the three sentences would be served consecutively, so the driver "
        "could be free within five years.",
    ),
    (
        "The two leaders spoke simultaneously at the rally in the main square, and neither could "
        "be heard clearly by the crowd.",
        "The two leaders spoke one after the other at the rally in the main square, and neither "
        "could be heard clearly by the crowd.",
    ),
    # the measure made / in force (kind.field, field "enactment")
    (
        "The ban on single-use plastic bags, which was adopted by the assembly in 2018, has cut "
        "litter on the beaches by half.",
        "The ban on single-use plastic bags, which came into force in 2018, has cut litter on "
        "the beaches by half.",
    ),
    (
        "The new visa rules take effect on 1 July and will affect thousands of students from "
        "outside the bloc.",
        "The new visa rules were approved on 1 July and will affect thousands of students from "
        "outside the bloc.",
    ),
    # an act done again / done (event.repeated)
    (
        "The bridge, destroyed during the war, was rebuilt with money from the European Union "
        "and opened to traffic in 2004.",
        "The bridge, destroyed during the war, was built with money from the European Union "
        "and opened to traffic in 2004.",
    ),
    (
        "The senator was re-elected in November with nearly 60 percent of the vote in her home "
        "state.",
        "The senator was elected in November with nearly 60 percent of the vote in her home state.",
    ),
    (
        "The couple remarried in a small ceremony in Lisbon last weekend, a spokesman for the "
        "singer said.",
        "The couple married in a small ceremony in Lisbon last weekend, a spokesman for the "
        "singer said.",
    ),
    # those new in a period / all there are (kind.field, field "stock_flow")
    (
        "The ministry recorded 800 new cases of dengue fever last week, most of them in the "
        "coastal provinces.",
        "The ministry recorded 800 active cases of dengue fever last week, most of them in the "
        "coastal provinces.",
    ),
    (
        "The bank's outstanding loans to small firms rose to 12 billion pounds in March, the "
        "highest figure in a decade.",
        "The bank's new loans to small firms rose to 12 billion pounds in March, the highest "
        "figure in a decade.",
    ),
    # a rate turned round (number.ratio_turned)
    (
        "The city now has four buses for every tram on its public transport network, the "
        "transport authority said.",
        "The city now has four trams for every bus on its public transport network, the "
        "transport authority said.",
    ),
]

QUIET = [
    (
        "The ministry recorded 800 new cases of dengue fever last week, most of them in the "
        "coastal provinces.",
        "The ministry recorded 800 newly reported cases of dengue fever last week, most of them "
        "in the coastal provinces.",
    ),
    (
        "The two satellites were released simultaneously from the upper stage of the rocket on "
        "Sunday, the agency said.",
        "The two satellites were released at the same time from the upper stage of the rocket "
        "on Sunday, the agency said.",
    ),
    (
        "The new visa rules take effect on 1 July and will affect thousands of students from "
        "outside the bloc.",
        "The new visa rules come into force on 1 July and will affect thousands of students "
        "from outside the bloc.",
    ),
    (
        "The border crossing reopened on Friday morning after a week of protests by lorry "
        "drivers, the police said.",
        "The border crossing opened again on Friday morning after a week of protests by lorry "
        "drivers, the police said.",
    ),
    (
        "The city now has four buses for every tram on its public transport network, the "
        "transport authority said.",
        "The city now has four buses per tram on its public transport network, the transport "
        "authority said.",
    ),
]


@pytest.mark.parametrize(("a", "b"), CHANGES)
def test_the_rules_written_against_the_probe_fail_their_changes(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), QUIET)
def test_the_rules_written_against_the_probe_stay_quiet_on_their_twins(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b", "check"),
    [
        (CHANGES[0][0], CHANGES[0][1], "kind.field"),
        (CHANGES[2][0], CHANGES[2][1], "kind.field"),
        (CHANGES[4][0], CHANGES[4][1], "event.repeated"),
        (CHANGES[5][0], CHANGES[5][1], "event.repeated"),
        (CHANGES[7][0], CHANGES[7][1], "kind.field"),
        (CHANGES[9][0], CHANGES[9][1], "number.ratio_turned"),
    ],
)
def test_each_rule_is_the_one_that_fires(a: str, b: str, check: str) -> None:
    assert_judged_both_ways(a, b, check)


@pytest.mark.parametrize(
    ("a", "b", "check"),
    [
        # both sides tell when the law was made and when it took effect
        (
            "The law was passed in 2010 and took effect two years later, after a long dispute "
            "in the courts.",
            "The law was approved in 2010 and came into force two years later, after a long "
            "dispute in the courts.",
            "kind.field",
        ),
        # "resign" is no "sign" done again, whatever its letters
        (
            "The club captain resigned on Friday after a long dispute with the board over his pay.",
            "The club captain signed on Friday after a long dispute with the board over his pay.",
            "event.repeated",
        ),
        # the same word spaced otherwise
        (
            "The president has been reelected by a large margin, the electoral commission said.",
            "The president has been re - elected by a large margin, the electoral commission said.",
            "event.repeated",
        ),
        # a rate told per its base in other words
        (
            "The school has two teachers for every class in its first year, the head teacher said.",
            "The school has two teachers per class in its first year, the head teacher said.",
            "number.ratio_turned",
        ),
    ],
)
def test_the_rules_leave_alone_what_they_should(a: str, b: str, check: str) -> None:
    assert_not_judged_both_ways(a, b, check)
