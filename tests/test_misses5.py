"""misses5: meaning changes the probes and the drift kinds missed, by class, each rule tested
both ways (a change caught, a harmless twin quiet), with sentences of our own, without the model.

- a claim A states as a fact that B attributes to a source, and the mirror, a source dropped
  (``attribution.sourced`` / ``attribution.unsourced``);
- a condition against "since" before a clause, a fact that has happened (``link.opposed``);
- advice told as a forecast where a side keeps another duty, or tells a condition by an
  inverted "Should" (``modality.obligation``);
- a person of a body or beside someone against the body or the person it belongs to ("the
  airline's chief pilot" / "the airline": ``person.possessor``);
- a capacity told as the output ("can generate" / "generates": ``modality.ability``);
- a body of one branch in the place of a body of another ("the senate" / "the government",
  "a company" / "the ministry": ``referent.body``), an office of another portfolio ("the
  health minister" / "the education minister": ``referent.office``);
- a condition supposed against a time expected ("would hire if demand recovered" / "will
  hire when demand recovers": ``link.opposed``);
- who did it named on one side only ("were detained" / "were detained by soldiers":
  ``referent.agent_added``).
"""

from __future__ import annotations

import pytest
from _hits import assert_quiet_both_ways, both_ways, checks_judged, most_severe

from vardiff import Severity

CHANGES = [
    # A fact against a claim someone vouches for: "sourced" one way, "unsourced" the other.
    (
        "attribution.",
        "The bridge will stay closed until March.",
        "The bridge will stay closed until March, the transport ministry said.",
    ),
    (
        "attribution.",
        "Two climbers were rescued from the glacier.",
        "According to mountain guides, two climbers were rescued from the glacier.",
    ),
    (
        "attribution.",
        "The mine has been flooded for a week.",
        "Local newspapers reported that the mine has been flooded for a week.",
    ),
    ("attribution.", '"The vote was rigged."', '"The vote was rigged," she said.'),
    (
        "attribution.",
        "The museum lost most of its collection in the fire.",
        "Curators said the museum lost most of its collection in the fire.",
    ),
    # Advice told as a forecast where the other side keeps another duty, and a condition told
    # by an inverted "Should" on one side, by "if" on the other.
    (
        "modality.obligation",
        "Residents should boil their water, and visitors should avoid the area.",
        "Residents will boil their water, and visitors should avoid the area.",
    ),
    (
        "modality.obligation",
        "Should the storm worsen, the council says, families must leave their homes.",
        "If the storm worsens, the council says, families will leave their homes.",
    ),
    # A person of a body or beside someone against the body or the person it belongs to.
    (
        "person.possessor",
        "The airline's chief pilot defended the decision.",
        "The airline defended the decision.",
    ),
    (
        "person.possessor",
        "The governor's press secretary Ms Lane rejected the claim.",
        "The governor rejected the claim.",
    ),
    # Once a quiet twin of test_misses4 (the same count of people), but another person: the
    # deputy was dismissed, not the commander.
    (
        "person.possessor",
        "The commander's deputy was dismissed.",
        "The commander was dismissed.",
    ),
    # A body of one branch in the place of one of another.
    (
        "referent.body",
        "The senate rejected the new tax.",
        "The government rejected the new tax.",
    ),
    (
        "referent.body",
        "The museum is owned by a private company.",
        "The museum is owned by the ministry.",
    ),
    (
        "referent.body",
        "Lawmakers blocked the merger.",
        "The courts blocked the merger.",
    ),
    # An office of another portfolio.
    (
        "referent.office",
        "The health minister visited the flooded town.",
        "The education minister visited the flooded town.",
    ),
    (
        "referent.office",
        "A finance ministry official denied the report.",
        "A justice ministry official denied the report.",
    ),
    # A condition supposed against a time expected.
    (
        "link.opposed",
        "The airline would hire 300 pilots if demand recovered.",
        "The airline will hire 300 pilots when demand recovers.",
    ),
    # Who did it, named on one side only (added: referent.agent_added; dropped: words left
    # out).
    (
        "",
        "The warehouse was set on fire overnight.",
        "The warehouse was set on fire by protesters overnight.",
    ),
    (
        "",
        "Two journalists were detained at the border.",
        "Two journalists were detained by soldiers at the border.",
    ),
    # A capacity told as the output, in the present.
    (
        "modality.ability",
        "The new reactor can generate 900 megawatts.",
        "The new reactor generates 900 megawatts.",
    ),
    (
        "modality.ability",
        "The pipeline is able to deliver 20,000 barrels a day.",
        "The pipeline delivers 20,000 barrels a day.",
    ),
    # A condition against a fact granted by "since" and a clause.
    (
        "link.opposed",
        "If the strike goes ahead, schools will close.",
        "Since the strike has gone ahead, schools will close.",
    ),
    (
        "link.opposed",
        "The bank will cut its rates if inflation falls.",
        "The bank will cut its rates since inflation has fallen.",
    ),
]

TWINS = [
    # A source A gives with another verb, or the text's own voice: no source added.
    (
        "Police reported that the road was blocked.",
        "The road was blocked, police said.",
    ),
    (
        "The figures show that exports fell.",
        "According to the figures, exports fell.",
    ),
    (
        "Prices vary with the season.",
        "Prices vary according to the season.",
    ),
    # Each duty kept, and an inverted "Should" that is a condition, not a duty.
    (
        "Residents should boil their water, and visitors should avoid the area.",
        "Residents must boil their water, and visitors should stay away from the area.",
    ),
    (
        "Should the storm worsen, families must leave their homes.",
        "If the storm worsens, families must leave their homes.",
    ),
    # The same person told by a phrase with "of", and a role named the same way on both sides.
    (
        "Most of the island's residents left before the storm.",
        "Most of the residents of the island left before the storm.",
    ),
    (
        "The airline's chief pilot defended the decision.",
        "The chief pilot of the airline defended the decision.",
    ),
    # One branch named two ways.
    ("The government rejected the new tax.", "The cabinet rejected the new tax."),
    ("Lawmakers blocked the merger.", "Parliament blocked the merger."),
    # One office named two ways, and a reported "would".
    ("The home minister resigned on Friday.", "The interior minister resigned on Friday."),
    (
        "The treasury secretary warned of a slowdown.",
        "The finance secretary warned of a slowdown.",
    ),
    (
        "The airline said it would hire 300 pilots if demand recovered.",
        "The airline said it will hire 300 pilots if demand recovers.",
    ),
    # The agent turned into the subject, or said inside a compound.
    ("The airport is state-run.", "The airport is run by the state."),
    (
        "Soldiers detained two journalists at the border.",
        "Two journalists were detained by soldiers at the border.",
    ),
    # A capacity in other words, and the output kept.
    (
        "The new reactor can generate 900 megawatts.",
        "The new reactor is capable of generating 900 megawatts.",
    ),
    (
        "The pipeline is able to deliver 20,000 barrels a day.",
        "The pipeline can deliver 20,000 barrels a day.",
    ),
    # "since" of a time, and a condition kept.
    (
        "Prices have doubled since the war.",
        "Since the war, prices have doubled.",
    ),
    (
        "If the talks fail, the union will strike.",
        "The union will strike if the talks fail.",
    ),
    (
        "Since the plant closed, the town has shrunk.",
        "The town has shrunk since the plant closed.",
    ),
]


@pytest.mark.parametrize(("rule", "a", "b"), CHANGES)
def test_change_caught_both_ways(rule: str, a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        found = checks_judged(left, right)
        assert any(
            check.startswith(rule) and severity >= Severity.MEDIUM for check, severity in found
        ), (left, right, found)


def test_an_agent_added_is_its_own_rule() -> None:
    found = checks_judged(
        "Two journalists were detained at the border.",
        "Two journalists were detained by soldiers at the border.",
    )
    assert ("referent.agent_added", Severity.MEDIUM) in found, found


def test_source_added_to_a_fact_is_its_own_rule() -> None:
    found = checks_judged(
        "Four ferries were cancelled.", "Four ferries were cancelled, the port authority said."
    )
    assert ("attribution.sourced", Severity.MEDIUM) in found, found
    # A named speaker with another verb in A is the reworded source, the low verdict.
    found = checks_judged(
        "Four ferries were cancelled, the port authority announced.",
        "Four ferries were cancelled, the port authority said.",
    )
    assert all(check != "attribution.sourced" for check, _ in found), found
    # The text's own voice vouches for nothing more: at most the low verdict.
    found = checks_judged("The deal is a good one.", "I would say the deal is a good one.")
    assert most_severe(found) <= Severity.LOW, found


@pytest.mark.parametrize(("a", "b"), TWINS)
def test_twin_quiet_both_ways(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)
