"""Lexical and world-knowledge kinds of drift of probe_drift8 (issue 7: trust; issue 8: meaning
changes the embedding cannot see). The probe was written before the judge's rules for these
kinds were read; its first run is the out-of-sample figure (README of benchmarks/data).

A word of good judgement put for one of bad reverses the judgement ("a boost" / "a blow",
"hoped" / "feared", "thanked" / "blamed", "promised" / "threatened"); two of one pole are a
rewording ("criticised" / "denounced"). Things of one field a reader tells apart: the offence
("murder" / "manslaughter", "tax evasion" / "tax avoidance"), the medium ("in a letter" / "in
an email"), what a sum was paid in, the side in power or in the fighting, the home side or the
visitors, the floor of a building, the centre of a town or its outskirts, engaged or married,
the chair or a deputy; the same thing said two ways stays quiet ("lender" / "creditor",
"vice-chairman" / "deputy chairman", "cash" / "banknotes", "tax evasion" / "evading taxes").
A place by its old and its new name is one place ("Bombay" / "Mumbai", "Czech Republic" /
"Czechia"); two countries alike in name are two ("Niger" / "Nigeria"). The sentences are not
the probe's: the probe is in sample for these kinds."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_judged_both_ways,
    assert_model_tells_apart,
    assert_not_judged_both_ways,
    assert_quiet_both_ways,
)

CHANGES = [
    # a judgement of good against one of bad
    (
        "The new contract is a boost for the shipyard and its workers.",
        "The new contract is a blow to the shipyard and its workers.",
    ),
    (
        "Teachers hoped the reform would be delayed until the autumn.",
        "Teachers feared the reform would be delayed until the autumn.",
    ),
    (
        "The coach thanked the referee for the way the match was handled.",
        "The coach blamed the referee for the way the match was handled.",
    ),
    (
        "The union promised to hold a ballot on the offer next week.",
        "The union threatened to hold a ballot on the offer next week.",
    ),
    (
        "Farmers said the early rain was an encouraging sign for the harvest.",
        "Farmers said the early rain was a worrying sign for the harvest.",
    ),
    (
        "The director said she was proud of the film's reception.",
        "The director said she was ashamed of the film's reception.",
    ),
    # the offence
    (
        "The driver was convicted of manslaughter after the crash on the bridge.",
        "The driver was convicted of murder after the crash on the bridge.",
    ),
    (
        "The company's founder is accused of tax avoidance in three countries.",
        "The company's founder is accused of tax evasion in three countries.",
    ),
    (
        "Two guards were charged with theft after the gold went missing.",
        "Two guards were charged with robbery after the gold went missing.",
    ),
    # the medium
    (
        "The ambassador was told of the decision in a letter on Monday.",
        "The ambassador was told of the decision in an email on Monday.",
    ),
    (
        "The debate between the candidates will be shown on television.",
        "The debate between the candidates will be broadcast on radio.",
    ),
    # paid in what
    (
        "The smugglers were paid in cash for each crossing.",
        "The smugglers were paid in bitcoin for each crossing.",
    ),
    # the sides of a contest
    (
        "The ruling party lost its majority in the upper house.",
        "The opposition party lost its majority in the upper house.",
    ),
    (
        "The bridge was blown up by rebels as the army approached.",
        "The bridge was blown up by government forces as the army approached.",
    ),
    (
        "The home side equalised in the last minute of the match.",
        "The visitors equalised in the last minute of the match.",
    ),
    # where in a building or a town
    (
        "The gas leak was found on the ground floor of the school.",
        "The gas leak was found on the top floor of the school.",
    ),
    (
        "The new hospital will be built on the outskirts of the town.",
        "The new hospital will be built in the centre of the town.",
    ),
    # engaged or married; the chair or a deputy
    (
        "The singer's fiancé was arrested at the airport on Sunday.",
        "The singer's husband was arrested at the airport on Sunday.",
    ),
    (
        "The vice-chairman of the club resigned on Friday.",
        "The chairman of the club resigned on Friday.",
    ),
    # two countries alike in name are two countries
    (
        "Troops in Niger seized the state broadcaster on Tuesday.",
        "Troops in Nigeria seized the state broadcaster on Tuesday.",
    ),
    # a country by its new name is still one country; another country is not
    (
        "Czechia will buy twelve new fighter jets, the government said.",
        "Slovakia will buy twelve new fighter jets, the government said.",
    ),
]

REWORDINGS = [
    # two words of one pole
    (
        "Rights groups criticised the new law on public protests.",
        "Rights groups denounced the new law on public protests.",
    ),
    (
        "Parents feared the school would close at the end of the year.",
        "Parents worried the school would close at the end of the year.",
    ),
    (
        "The party pledged to cut income tax for young workers.",
        "The party promised to cut income tax for young workers.",
    ),
    # one thing named two ways
    (
        "The airline's largest lender has agreed to delay repayments.",
        "The airline's largest creditor has agreed to delay repayments.",
    ),
    (
        "The vice-chairman of the bank will lead the talks.",
        "The deputy chairman of the bank will lead the talks.",
    ),
    (
        "Police found two million dollars in cash in the boot of the car.",
        "Police found two million dollars in banknotes in the boot of the car.",
    ),
    (
        "The former minister was jailed for tax evasion on Friday.",
        "The former minister was jailed for evading taxes on Friday.",
    ),
    (
        "The senator's husband sold his shares in the company last year.",
        "The senator's spouse sold his shares in the company last year.",
    ),
    # a place by its old and its new name
    (
        "Floods closed the main railway station in Bombay on Monday.",
        "Floods closed the main railway station in Mumbai on Monday.",
    ),
    (
        "The Czech Republic will buy twelve new fighter jets, the government said.",
        "Czechia will buy twelve new fighter jets, the government said.",
    ),
    # a country and its demonym
    (
        "Nigerian troops entered the town on Tuesday morning.",
        "Troops from Nigeria entered the town on Tuesday morning.",
    ),
    (
        "Turkey closed its airspace to military flights on Sunday.",
        "Türkiye closed its airspace to military flights on Sunday.",
    ),
]


@pytest.mark.parametrize(("a", "b"), CHANGES)
def test_the_change_fails_the_gate_both_ways(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), REWORDINGS)
def test_the_rewording_stays_quiet_both_ways(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


def test_the_judgement_and_the_field_are_named() -> None:
    assert_judged_both_ways(
        "Investors were relieved by the ruling.",
        "Investors were disappointed by the ruling.",
        "opposite.valence",
    )
    assert_judged_both_ways(
        "He was charged with bribery in May.", "He was charged with fraud in May.", "kind.field"
    )


def test_a_judgement_denied_on_the_other_side_is_no_reversal() -> None:
    # "not a success" / "a failure": the negation turns the opposite back.
    assert_not_judged_both_ways(
        "The first launch was not a success, the agency said.",
        "The first launch was a failure, the agency said.",
        "opposite.valence",
    )


def test_with_the_model_the_change_is_loud_and_the_rewording_quiet() -> None:
    assert_model_tells_apart(
        "Economists said the weaker currency was a boost for exporters in the north.",
        "Economists said the weaker currency was a lift for exporters in the north.",
        "Economists said the weaker currency was a blow to exporters in the north.",
        check="opposite.",
    )
    assert_model_tells_apart(
        "The mayor's deputy was found guilty of kidnapping by a court in the capital.",
        "The mayor's deputy was found guilty of abduction by a court in the capital.",
        "The mayor's deputy was found guilty of hijacking by a court in the capital.",
        check="kind.",
    )
    assert_model_tells_apart(
        "The Czech Republic will join the project to buy air defence systems, the minister said.",
        "Czechia will join the project to buy air defence systems, the minister said.",
        "Slovakia will join the project to buy air defence systems, the minister said.",
        check="entity.",
    )
    assert_model_tells_apart(
        "Turkey has agreed to open two more border crossings for aid lorries, officials said.",
        "Türkiye has agreed to open two more border crossings for aid lorries, officials said.",
        "Tunisia has agreed to open two more border crossings for aid lorries, officials said.",
        check="entity.",
    )
    assert_model_tells_apart(
        "The election results will be announced on television on Sunday night.",
        "The election results will be announced on TV on Sunday night.",
        "The election results will be announced on radio on Sunday night.",
        check="kind.",
    )
