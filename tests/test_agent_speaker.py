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
