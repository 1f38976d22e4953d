"""The agent of a participle before a verb of saying does not speak: "The alliance led by
Kenya said" is the alliance, so "Kenya said" is another source either way round; the same
body said as "the Kenyan-led alliance" stays one."""

from __future__ import annotations

from _hits import assert_judged_both_ways, assert_not_judged_both_ways

LED = "The mission led by Rwanda said its troops would stay in the province until the vote."
LEADER = "Rwanda said its troops would stay in the province until the vote."
SAME = "The Rwandan-led mission said its troops would stay in the province until the vote."


def test_the_agent_is_another_source_than_its_body() -> None:
    assert_judged_both_ways(LED, LEADER, "attribution.changed")


def test_the_body_named_by_its_leaders_adjective_is_one_source() -> None:
    assert_not_judged_both_ways(LED, SAME, "attribution.changed")


# The participles the speaker's phrase may hold are the ones a reduced passive before a verb of
# saying takes (one list in ``_cues``): "paid by", "sold by" as well as "led by".
PAID = "The lobbyist paid by Qatar told reporters the contract had been signed in March."
PAYER = "Qatar told reporters the contract had been signed in March."


def test_the_agent_of_any_participle_the_cues_read_is_another_source() -> None:
    assert_judged_both_ways(PAID, PAYER, "attribution.changed")
