"""A noun with a participle and its agent before a verb of saying ("The coalition led by Saudi
Arabia said", "A man detained by police said"): the noun speaks, not the agent."""

from __future__ import annotations

import pytest
from _hits import assert_quiet_both_ways, checks_judged, most_severe

from vardiff import Severity
from vardiff._cues import attributions


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The alliance led by Kenya said the mission would begin in May.", "alliance"),
        ("A woman arrested by border guards said she had paid smugglers.", "woman"),
        ("The nurse, employed by an agency, said that staff were exhausted.", "nurse"),
        ("The museum was opened by the mayor, officials said.", "officials"),
    ],
)
def test_the_noun_before_a_participle_and_its_agent_speaks(text: str, source: str) -> None:
    assert [a.source for a in attributions(text)] == [source]


def test_the_same_speaker_named_by_a_compound_or_a_participle_stays_quiet() -> None:
    assert_quiet_both_ways(
        "The alliance led by Kenya said the mission would begin in May.",
        "The Kenyan-led alliance said the mission would begin in May.",
    )


def test_the_agent_as_the_speaker_fails_the_gate() -> None:
    # One way only: read the other way, B still names Kenya, as the one who leads.
    found = checks_judged(
        "The alliance led by Kenya said the mission would begin in May.",
        "Kenya said the mission would begin in May.",
    )
    assert most_severe(found) >= Severity.MEDIUM, found
