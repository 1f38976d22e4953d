"""misses4: meaning changes the probes missed, by class, each rule tested both ways (a change
caught, a harmless twin quiet), with sentences of our own, without the model.

- each one's amount against all of theirs together (``number.shared``);
- a rate counted in another unit (``number.per``);
- a bound on a verb that multiplies an amount ("more than doubled" / "almost doubled") and an
  exact amount against a rounded or bounded one (``scale.bound``, ``scale.exact``);
- done with ease against only just (``scale.degree``: "easily" / "narrowly");
- one person or several, with the auxiliary that agrees past a phrase that qualifies the
  noun ("The leader of the gang was" / "The leaders of the gang were": ``person.noun_number``);
  one thing or several that an event befell ("A school was flooded" / "Schools were flooded":
  ``referent.thing_number``);
- a cause against a time before which, and a thing done again against done for the first time
  (``link.opposed``);
- someone asked to do a thing against someone made to (``event.outcome``), where the lexicon
  joins the verbs by other senses ("asked" / "required"); an inquiry against a later step of
  the case ("is under investigation" / "was convicted");
- in a place or a state against out of it ("in prison" / "out of prison": ``opposite.*``), not
  a share ("two out of three") nor a motive ("out of fear").
"""

from __future__ import annotations

import pytest
from _hits import both_ways, checks_judged, most_severe

from vardiff import Severity

CHANGES = [
    # each / in total
    (
        "number.shared",
        "The two winners will each get $5,000.",
        "The two winners will get $5,000 in total.",
    ),
    (
        "number.shared",
        "Each of the four clubs paid a fine of 1 million pounds.",
        "The four clubs paid fines of 1 million pounds altogether.",
    ),
    (
        "number.shared",
        "The brothers were jailed for six years each.",
        "The brothers were jailed for six years between them.",
    ),
    (
        "number.shared",
        "The three firms will invest $40 million apiece.",
        "The three firms will invest a total of $40 million.",
    ),
    # per unit
    (
        "number.per",
        "Diesel sells for 1.9 dollars per litre.",
        "Diesel sells for 1.9 dollars per gallon.",
    ),
    (
        "number.per",
        "The storm moved at 30 kilometres per hour.",
        "The storm moved at 30 kilometres per day.",
    ),
    ("number.per", "Rice costs 4 euros a kilo.", "Rice costs 4 euros a pound."),
    # bounds on a multiplying verb, exact amounts
    (
        "scale.bound",
        "Rents more than tripled over the decade.",
        "Rents almost tripled over the decade.",
    ),
    ("scale.bound", "The price of bread nearly doubled.", "The price of bread more than doubled."),
    ("scale.exact", "Around 150 flights were cancelled.", "Exactly 150 flights were cancelled."),
    (
        "scale.exact",
        "The bridge is precisely 40 metres long.",
        "The bridge is over 40 metres long.",
    ),
    # degree
    (
        "scale.degree",
        "The incumbent narrowly held on to her seat.",
        "The incumbent comfortably held on to her seat.",
    ),
    (
        "scale.degree",
        "The team barely qualified for the final.",
        "The team easily qualified for the final.",
    ),
    # the count of things, with its verb
    (
        "person.noun_number",
        "The commander of the unit was dismissed.",
        "The commanders of the unit were dismissed.",
    ),
    (
        "person.noun_number",
        "The leader of the protest has been arrested.",
        "The leaders of the protest have been arrested.",
    ),
    # one thing or several that an event befell: "a" against a bare plural, a passive verb
    (
        "referent.thing_number",
        "A school in the valley was flooded.",
        "Schools in the valley were flooded.",
    ),
    (
        "referent.thing_number",
        "A tanker off the coast has been seized.",
        "Tankers off the coast have been seized.",
    ),
    # links
    (
        "link.opposed",
        "The match was called off because the pitch had flooded.",
        "The match was called off before the pitch had flooded.",
    ),
    (
        "link.opposed",
        "Investors sold their shares because of the announcement.",
        "Investors sold their shares ahead of the announcement.",
    ),
    (
        "link.opposed",
        "The river burst its banks again last week.",
        "The river burst its banks for the first time last week.",
    ),
    (
        "link.opposed",
        "The party won the province once more.",
        "The party won the province for the first time.",
    ),
    # asked or made to: the lexicon's other senses of the verbs do not join them here
    (
        "event.outcome",
        "The regulator asked the bank to repay its customers.",
        "The regulator required the bank to repay its customers.",
    ),
    (
        "event.outcome",
        "The coach asked his players to train on Sunday.",
        "The coach ordered his players to train on Sunday.",
    ),
    # in a place or a state, or out of it
    (
        "opposite.",
        "The former governor is still in prison.",
        "The former governor is already out of prison.",
    ),
    (
        "opposite.",
        "The ruling coalition is in power again.",
        "The ruling coalition is out of power again.",
    ),
    # the inquiry, a step of a case before the charge, the verdict and the sentence
    (
        "event.",
        "The senator is under investigation for bribery.",
        "The senator was convicted of bribery.",
    ),
    (
        "event.outcome",
        "Prosecutors investigated the former minister.",
        "Prosecutors indicted the former minister.",
    ),
    (
        "event.outcome",
        "Officials requested them to stay indoors.",
        "Officials required them to stay indoors.",
    ),
]

TWINS = [
    # the same sharing said otherwise
    ("The two winners will each get $5,000.", "Each of the two winners will get $5,000."),
    ("The two winners will get $5,000 in total.", "The two winners will get a total of $5,000."),
    (
        "The brothers were jailed for six years each.",
        "Each of the brothers was jailed for six years.",
    ),
    ("The fund pays out $2 million in all.", "The fund pays out $2 million altogether."),
    ("Each of them has their own office.", "They work in all the offices."),
    # one unit in other words; no rate
    ("Diesel sells for 1.9 dollars per litre.", "Diesel sells for 1.9 dollars per liter."),
    ("Rice costs 4 euros a kilo.", "Rice costs 4 euros per kilogram."),
    ("The prisoner spent a week in a cell.", "The prisoner spent one week in a cell."),
    # bounds and exact amounts in other words
    ("Rents more than tripled over the decade.", "Rents have more than tripled over the decade."),
    ("The price of bread nearly doubled.", "The price of bread almost doubled."),
    ("Around 150 flights were cancelled.", "About 150 flights were cancelled."),
    ("Exactly 150 flights were cancelled.", "Precisely 150 flights were cancelled."),
    (
        "He knew exactly what to do with about 20 staff.",
        "He knew exactly what to do with around 20 staff.",
    ),
    # degree in other words
    ("The team easily qualified for the final.", "The team comfortably qualified for the final."),
    # the same count
    ("The commander of the unit was dismissed.", "One commander of the unit was dismissed."),
    ("The government has promised new schools.", "The government have promised new schools."),
    # a thing in the other number: how translations from languages without plural marking vary
    # ("a black hole is" / "black holes are", "the trial was" / "the trials were"), left quiet
    ("A comet was once a mystery.", "Comets were once a mystery."),
    ("The school in the valley was flooded.", "The schools in the valley were flooded."),
    # links in other words, or a time that is no reason
    (
        "The match was called off because the pitch had flooded.",
        "The match was called off as the pitch had flooded.",
    ),
    (
        "The match was called off before the pitch flooded.",
        "The match was called off ahead of the flooding.",
    ),
    (
        "The river burst its banks again last week.",
        "The river burst its banks once more last week.",
    ),
    (
        "It was the first time the river burst its banks.",
        "The river burst its banks for the first time.",
    ),
    # a request in other words; "require" of a thing needed, not of someone told
    (
        "The regulator asked the bank to repay its customers.",
        "The regulator requested the bank to repay its customers.",
    ),
    (
        "The repairs will require a lot of money to complete.",
        "The repairs will ask a lot of money to complete.",
    ),
    ("The post requires patience.", "The post asks for patience."),
    # "out of" as a share or a motive, and a state left said with a negation
    ("Two in three nurses voted for the strike.", "Two out of three nurses voted for the strike."),
    ("The families left their homes in fear.", "The families left their homes out of fear."),
    ("The injured climber is no longer in danger.", "The injured climber is now out of danger."),
    (
        "The senator is under investigation for bribery.",
        "The senator is being investigated for bribery.",
    ),
]


@pytest.mark.parametrize(("rule", "a", "b"), CHANGES)
def test_change_caught_both_ways(rule: str, a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        found = checks_judged(left, right)
        # A rule, or a family of them ("event.": the pair or the placed reading).
        assert any(
            check.startswith(rule) and severity >= Severity.MEDIUM for check, severity in found
        ), found


@pytest.mark.parametrize(("a", "b"), TWINS)
def test_twin_quiet_both_ways(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        found = checks_judged(left, right)
        assert most_severe(found) <= Severity.LOW, found
