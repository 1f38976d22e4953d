"""Honest variation of probe_quiet20 (issue 7: trust): the variation a good translator or editor
makes beyond the kinds of the earlier probes: a negation raised over a verb of thinking ("did
not think it would" / "thought it would not"), a day or a month cut short ("Sat." /
"Saturday"), a common noun's initials ("PhD" / "doctorate"), a Roman numeral outside a
monarch's name ("stage IV" / "stage 4"), a whole told by its parts ("comprises" / "is made up
of"), a count with its group noun ("a fleet of 40 buses" / "40 buses"), a present perfect and
a past, weather told by "it" or a noun ("It snowed" / "Snow fell"), a company's legal form
("Apple Inc." / "Apple"), a value ("worth" / "'s worth of"), a place's people ("Londoners" /
"people in London"), a list in another order, a measure told by its verb ("holds 60,000" / "has
a capacity of 60,000") and a symbol for its word ("&" / "and"), beside changes of the same
surface shapes, which do shift the meaning. The probe was written before the judge's rules for
these kinds were read; its first run on main 338269e is the out-of-sample figure
(benchmarks/data/README.md).

Rules written against it, each with its loud and quiet twins (sentences not the probe's), all
in ``vardiff/judge/_written.py`` and read by ``_alike.read_alike`` before any check: a number
in Roman numerals or in figures after the same word, the same numbers in the same order; a day
or a month by its name or its short form, the same days and months in the same order; a company
both sides name with the same capitalised words, with its legal form on one side only; the
people of a place by their name or by "people", "residents", "inhabitants" or "locals" "in",
"of", "from" or "living in" the place."""

from __future__ import annotations

import pytest
from _hits import assert_fails_both_ways, assert_quiet_both_ways

from vardiff.judge._alike import read_alike

QUIET = [
    # a Roman numeral against its figure after the same word
    (
        "Patients with stage III lung cancer lived longer on the new drug, researchers told a "
        "conference in Chicago on Sunday.",
        "Patients with stage 3 lung cancer lived longer on the new drug, researchers told a "
        "conference in Chicago on Sunday.",
    ),
    (
        "The church, a Grade I listed building, needs urgent repairs to its roof, the diocese "
        "said in an appeal for donations.",
        "The church, a Grade 1 listed building, needs urgent repairs to its roof, the diocese "
        "said in an appeal for donations.",
    ),
    (
        "The council adopted the resolution under Chapter VII of the charter, which allows it "
        "to authorise the use of force.",
        "The council adopted the resolution under Chapter 7 of the charter, which allows it "
        "to authorise the use of force.",
    ),
    # a day or a month cut short
    (
        "The ferry will not run on Thurs. 12 June because of the strike, the operator said on "
        "its website.",
        "The ferry will not run on Thursday 12 June because of the strike, the operator said on "
        "its website.",
    ),
    (
        "Tickets go on sale on Dec. 1, and the band will play the arena on Jan. 20 as the last "
        "date of the tour.",
        "Tickets go on sale on December 1, and the band will play the arena on January 20 as the "
        "last date of the tour.",
    ),
    # a company's legal form
    (
        "Unilever PLC said it would cut 7,500 jobs as part of a plan to save 800 million euros "
        "over three years.",
        "Unilever said it would cut 7,500 jobs as part of a plan to save 800 million euros over "
        "three years.",
    ),
    (
        "Shares in Sony Corp. fell 3 percent in Tokyo after the electronics group cut its profit "
        "forecast for the year.",
        "Shares in Sony fell 3 percent in Tokyo after the electronics group cut its profit "
        "forecast for the year.",
    ),
    (
        "BASF SE will close one of its two ammonia plants in Ludwigshafen because of the high "
        "price of gas.",
        "BASF will close one of its two ammonia plants in Ludwigshafen because of the high price "
        "of gas.",
    ),
    # a count with the group its things form or without
    (
        "The airline has bought a fleet of 25 long-range jets to fly new routes to Asia and "
        "South America from next spring.",
        "The airline has bought 25 long-range jets to fly new routes to Asia and South America "
        "from next spring.",
    ),
    (
        "A pack of about 30 wolves has been seen near the village, and farmers have been told "
        "to bring their sheep indoors.",
        "About 30 wolves have been seen near the village, and farmers have been told to bring "
        "their sheep indoors.",
    ),
    # a thing's initials after a country's possessive both sides give
    (
        "Japan's GDP shrank by 0.5 percent in the second quarter as exports fell sharply, "
        "the government said on Monday.",
        "Japan's gross domestic product shrank by 0.5 percent in the second quarter as exports "
        "fell sharply, the government said on Monday.",
    ),
    # initials joined by "&" and their words joined by "and"
    (
        "The drug maker will cut its spending on R&D by a fifth next year and close two of its "
        "laboratories in Switzerland.",
        "The drug maker will cut its spending on research and development by a fifth next year "
        "and close two of its laboratories in Switzerland.",
    ),
    # phrases listed with the same preposition each, in another order
    (
        "Supplies reach the research station by ship, by plane or on a sledge pulled across the "
        "ice by a tractor.",
        "Supplies reach the research station by plane, by ship or on a sledge pulled across the "
        "ice by a tractor.",
    ),
    # a name's rank in Roman numerals after it or as an ordinal in figures before it
    (
        "Philadelphia beat New England in Super Bowl LII in Minneapolis, the first title in the "
        "history of the club.",
        "Philadelphia beat New England in the 52nd Super Bowl in Minneapolis, the first title in "
        "the history of the club.",
    ),
    # the sides of a room measured by "x" or by "by" between the figures
    (
        "Each of the new classrooms measures 8 x 9 metres and has room for thirty pupils and two "
        "teachers, the school said.",
        "Each of the new classrooms measures 8 by 9 metres and has room for thirty pupils and two "
        "teachers, the school said.",
    ),
    # a place's people by their name or by a phrase
    (
        "Parisians pay the highest rents of any residents in France, according to a study "
        "published by the housing ministry.",
        "People in Paris pay the highest rents of any residents in France, according to a study "
        "published by the housing ministry.",
    ),
    (
        "Mancunians will be able to ride the city's trams free of charge on New Year's Eve, the "
        "council announced.",
        "People in Manchester will be able to ride the city's trams free of charge on New Year's "
        "Eve, the council announced.",
    ),
    (
        "Tens of thousands of Liverpudlians lined the streets to welcome the team home after the "
        "cup final.",
        "Tens of thousands of residents of Liverpool lined the streets to welcome the team home "
        "after the cup final.",
    ),
]

LOUD = [
    # another number, day, month, company or people
    (
        "Patients with stage III lung cancer lived longer on the new drug, researchers told a "
        "conference in Chicago on Sunday.",
        "Patients with stage 2 lung cancer lived longer on the new drug, researchers told a "
        "conference in Chicago on Sunday.",
    ),
    (
        "The council adopted the resolution under Chapter VII of the charter, which allows it "
        "to authorise the use of force.",
        "The council adopted the resolution under Chapter 6 of the charter, which allows it "
        "to authorise the use of force.",
    ),
    (
        "The ferry will not run on Thurs. 12 June because of the strike, the operator said on "
        "its website.",
        "The ferry will not run on Tuesday 12 June because of the strike, the operator said on "
        "its website.",
    ),
    (
        "Tickets go on sale on Dec. 1, and the band will play the arena on Jan. 20 as the last "
        "date of the tour.",
        "Tickets go on sale on November 1, and the band will play the arena on January 20 as the "
        "last date of the tour.",
    ),
    (
        "Unilever PLC said it would cut 7,500 jobs as part of a plan to save 800 million euros "
        "over three years.",
        "Reckitt PLC said it would cut 7,500 jobs as part of a plan to save 800 million euros "
        "over three years.",
    ),
    (
        "The airline has bought a fleet of 25 long-range jets to fly new routes to Asia and "
        "South America from next spring.",
        "The airline has bought a fleet of 35 long-range jets to fly new routes to Asia and "
        "South America from next spring.",
    ),
    (
        "Japan's GDP shrank by 0.5 percent in the second quarter as exports fell sharply, "
        "the government said on Monday.",
        "China's gross domestic product shrank by 0.5 percent in the second quarter as exports "
        "fell sharply, the government said on Monday.",
    ),
    (
        "The ferry sails from Dover to Calais every two hours and takes about ninety minutes in "
        "calm weather.",
        "The ferry sails from Calais to Dover every two hours and takes about ninety minutes in "
        "calm weather.",
    ),
    (
        "Philadelphia beat New England in Super Bowl LII in Minneapolis, the first title in the "
        "history of the club.",
        "Philadelphia beat New England in the 53rd Super Bowl in Minneapolis, the first title in "
        "the history of the club.",
    ),
    (
        "Each of the new classrooms measures 8 x 9 metres and has room for thirty pupils and two "
        "teachers, the school said.",
        "Each of the new classrooms measures 8 by 19 metres and has room for thirty pupils and "
        "two teachers, the school said.",
    ),
    (
        "Mancunians will be able to ride the city's trams free of charge on New Year's Eve, the "
        "council announced.",
        "People in Liverpool will be able to ride the city's trams free of charge on New Year's "
        "Eve, the council announced.",
    ),
]


@pytest.mark.parametrize(("a", "b"), QUIET)
def test_one_thing_in_two_conventional_forms_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), LOUD)
def test_another_thing_in_the_same_forms_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


def test_the_reads_keep_other_names_and_figures_apart() -> None:
    # a longer name is another company; a figure against a figure is no numeral's form
    assert (
        read_alike("Barclays PLC said profits rose.", "Barclays Bank said profits rose.")[1] == ()
    )
    assert read_alike("Stage 3 trials begin.", "Stage 4 trials begin.")[1] == ()
    # the verb "sat" and the month "mar" are no short forms; another group is no people's name
    assert read_alike("They sat on Saturday.", "They sat on Sunday.")[1] == ()
    assert read_alike("Londoners voted.", "Visitors to London voted.")[1] == ()
    # initials joined by "&" spell only their own words
    assert read_alike("It spends on R&D.", "It spends on marketing and sales.")[1] == ()
    # a bound is no group its things form
    assert read_alike("It bought a maximum of 25 jets.", "It bought 25 jets.")[1] == ()
    # the read is B's words as A's, in the case of the sentence
    text, _, _ = read_alike("Berliners back the plan.", "People in Berlin back the plan.")
    assert text == "Berliners back the plan."
    text, _, _ = read_alike("Most people in Berlin back it.", "Most Berliners back it.")
    assert text == "Most people in Berlin back it."
    text, _, _ = read_alike("Open the first Sun. of a month.", "Open the first Sunday of a month.")
    assert text == "Open the first Sun. of a month."
