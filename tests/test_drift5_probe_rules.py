"""Rules written for the classes of ``benchmarks/data/probe_drift5.jsonl`` that the judge
missed: two things of one field that exclude each other (``kind.field``: a ceasefire / a peace
deal, a loan / a grant, revenue / profit, debt / a deficit, an average / a minimum,
provisional / final, a poll / a vote, a city / the country, "each other" / "themselves", a
majority / the most, at home / abroad, and translators' false friends: "actual" / "current",
"eventually" / "possibly", "sensible" / "sensitive"); another outcome of an event (called off
/ put off, a match won / drawn / only reached, fined / jailed); a member of a group told as the
whole group; and the harmless twins it flagged: "may" beside "allowed to" (a permission), "not
impossible" / "possible", "received" / "was given", "more than half" / "a majority",
"consecutive" / "in a row", "eventually" / "in the end", "gave a loan" / "lent", "agreed to a
truce".

Each change fails the gate both ways; each harmless twin stays at ``low`` or below. The
sentences are our own, not the probe file's nor items of the benchmark sets; the judge runs
without the model, under the shipped calibration.
"""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_quiet_both_ways,
)

from vardiff.judge._fields import find_fields
from vardiff.judge.removal._marks import broken_marks

CHANGES = [
    # a pause in fighting / the end of a war
    ("Both armies respected the truce.", "Both armies respected the peace treaty."),
    # money lent / money given
    ("The council approved a loan for the museum.", "The council approved a grant for the museum."),
    (
        "The foundation donated $5 million to the university.",
        "The foundation lent $5 million to the university.",
    ),
    # which figure of the accounts, which line of profit, which balance
    ("Quarterly sales beat forecasts.", "Quarterly profits beat forecasts."),
    ("The state's debt has doubled since 2015.", "The state's deficit has doubled since 2015."),
    ("Pre-tax profit rose to 80 million pounds.", "Net profit rose to 80 million pounds."),
    ("The trade deficit narrowed in May.", "The budget deficit narrowed in May."),
    # which statistic
    (
        "The median income in the town is 30,000 dollars.",
        "The maximum income in the town is 30,000 dollars.",
    ),
    # provisional / final
    ("The interim report blamed the pilots.", "The final report blamed the pilots."),
    # a poll / a vote
    (
        "Most residents opposed the bridge in a survey.",
        "Most residents opposed the bridge in a referendum.",
    ),
    # how wide a place
    ("Flooding hit the whole province.", "Flooding hit the whole country."),
    ("The virus spread across the town.", "The virus spread across the world."),
    # each other / themselves
    ("The rival bosses criticised each other.", "The rival bosses criticised themselves."),
    # a majority / only the most
    ("The Greens won a majority of the vote.", "The Greens won the most votes."),
    # at home / abroad
    ("Local buyers snapped up the flats.", "Foreign buyers snapped up the flats."),
    # false friends
    ("The actual cost of the stadium is unclear.", "The current cost of the stadium is unclear."),
    (
        "The dispute could eventually reach the supreme court.",
        "The dispute could possibly reach the supreme court.",
    ),
    ("The minister called it a sensible decision.", "The minister called it a sensitive decision."),
    # called off / put off / suspended for a while
    ("The festival has been postponed.", "The festival has been cancelled."),
    (
        "The rail operator suspended the night trains.",
        "The rail operator scrapped the night trains.",
    ),
    # how a match ended
    ("Ajax drew with Feyenoord in Rotterdam.", "Ajax beat Feyenoord in Rotterdam."),
    ("The young Spaniard reached the semi-final.", "The young Spaniard won the semi-final."),
    # a fine / prison
    ("The landlord was fined over the fire.", "The landlord was jailed over the fire."),
    # another rank, another status
    ("A corporal was wounded in the ambush.", "A sergeant was wounded in the ambush."),
    ("The chief inspector led the raid.", "The superintendent led the raid."),
    ("The scheme is open to citizens only.", "The scheme is open to residents only."),
    ("Most of the injured were tourists.", "Most of the injured were refugees."),
    # a member of a group / the whole group
    ("A member of the choir tested positive.", "The choir tested positive."),
    ("Three members of the crew were arrested.", "The crew were arrested."),
]

TWINS = [
    # one set of a field, said another way
    ("Both armies respected the truce.", "Both armies respected the ceasefire."),
    ("The group's revenue fell by a fifth.", "The group's sales fell by a fifth."),
    ("The interim report blamed the pilots.", "The provisional report blamed the pilots."),
    ("Flooding hit the whole country.", "Flooding hit the whole nation."),
    ("The rival bosses criticised each other.", "The rival bosses criticised one another."),
    (
        "The dispute could eventually reach the supreme court.",
        "The dispute could ultimately reach the supreme court.",
    ),
    # a permission said with "may" or outright
    ("Fans are allowed to bring flags into the stadium.", "Fans may bring flags into the stadium."),
    ("Pupils are permitted to use calculators.", "Pupils may use calculators."),
    # a possibility denied twice
    (
        "It is not impossible that the bridge will reopen.",
        "It is possible that the bridge will reopen.",
    ),
    # a converse told in the passive
    ("The winner received a silver cup.", "The winner was given a silver cup."),
    # more than half is a majority
    (
        "More than half of the members voted for the merger.",
        "A majority of the members voted for the merger.",
    ),
    # a run said by a phrase
    ("The club won its third straight title.", "The club won its third title in a row."),
    ("Prices rose for a fourth consecutive month.", "Prices rose for a fourth month in a row."),
    # in the end
    ("The tenants eventually won their case.", "In the end the tenants won their case."),
    # a loan given is money lent
    (
        "The bank gave the club a loan of 2 million euros.",
        "The bank lent the club 2 million euros.",
    ),
    # agreeing to a thing
    ("The union accepted a pay deal.", "The union agreed to a pay deal."),
    # one status said two ways
    ("Two tourists were hurt in the crash.", "Two holidaymakers were hurt in the crash."),
    ("Residents of the island were evacuated.", "Inhabitants of the island were evacuated."),
    # one member said two ways
    ("A member of the choir tested positive.", "A choir member tested positive."),
    # a match drawn, said another way
    ("Ajax drew with Feyenoord in Rotterdam.", "Ajax and Feyenoord drew in Rotterdam."),
    # a match told from the loser's end
    ("Chelsea knocked out Arsenal in the cup.", "Arsenal lost to Chelsea in the cup."),
    ("Poland defeated Wales on Friday.", "Wales lost to Poland on Friday."),
    # postponed, said another way
    ("The festival has been postponed.", "The festival has been put off."),
]


@pytest.mark.parametrize(("a", "b"), CHANGES)
def test_change_fails_the_gate_both_ways(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), TWINS)
def test_harmless_twin_stays_low_both_ways(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


def test_field_words_read_only_where_they_were_swapped() -> None:
    # Both sides say both sets: nothing was swapped.
    assert not find_fields(
        "The loan and the grant were approved.", "The grant and the loan were approved."
    )
    # A field's word on one side only is no swap ("profit" added to "revenue").
    assert not find_fields("Revenue rose.", "Revenue and profit rose.")
    # Names are no field's words ("World Bank", "United Nations").
    (hit,) = find_fields(
        "The city asked the World Bank for help.", "The country asked the World Bank for help."
    )
    assert (hit.a, hit.b) == ("city", "country")
    assert not find_fields(
        "The United Nations sent aid to the town.", "The town sent aid to the United Nations."
    )
    # A negation on one side only: "not final" is provisional (the polarity check reads it).
    assert not find_fields("The results are not final.", "The results are provisional.")
    # "went to the polls" is the election itself.
    assert not find_fields(
        "Voters went to the polls on Sunday.", "Voters cast ballots in the election on Sunday."
    )


def test_field_hit_names_the_field() -> None:
    (hit,) = find_fields("The two sides signed a truce.", "The two sides signed a peace accord.")
    assert hit.check == "kind.field"
    assert (hit.a, hit.b) == ("truce", "peace accord")
    assert hit.evidence["field"] == "truce"


def test_agree_to_a_noun_is_no_infinitive_without_its_verb() -> None:
    assert broken_marks("The union agreed to a pay deal.") == []
    assert broken_marks("The driver admitted to the offence.") == []
    # A verb that takes only an infinitive still marks the gap.
    assert broken_marks("The union wanted to the deal.")


def test_a_noun_of_an_act_after_a_light_verb_is_said_by_its_verb() -> None:
    from vardiff.judge.removal._gaps import _SaidInB

    said = _SaidInB.of("The bank gave the club a loan.", "The bank lent the club money.")
    assert not said.lost("loan")
    # No light verb before it: the noun is a thing of its own, lost where B lacks it.
    said = _SaidInB.of("The bank approved the loan.", "The bank lent the club money.")
    assert said.lost("loan")
