"""A country named in full on one side and by its people's word joined to a participle on the
other ("the coalition led by Saudi Arabia" / "the Saudi-led coalition", "backed by the United
States" / "American-backed") is one referent; another country's word stays another."""

from __future__ import annotations

from _hits import assert_fails_both_ways, assert_quiet_both_ways


def test_a_country_and_its_word_before_a_participle_are_one() -> None:
    assert_quiet_both_ways(
        "The alliance led by Saudi Arabia said its jets had struck a weapons depot overnight.",
        "The Saudi-led alliance said its jets had struck a weapons depot overnight.",
    )
    assert_quiet_both_ways(
        "Militias backed by the United States withdrew from the border town on Friday.",
        "American-backed militias withdrew from the border town on Friday.",
    )


def test_another_countrys_word_is_another_referent() -> None:
    assert_fails_both_ways(
        "The alliance led by Saudi Arabia said its jets had struck a weapons depot overnight.",
        "The Egyptian-led alliance said its jets had struck a weapons depot overnight.",
    )
