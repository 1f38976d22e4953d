"""A word denied by "un-" or "non-" that WordNet does not pair with it ("staffed" /
"unstaffed"): the prefix says its opposite, as in the pairs WordNet has ("armed" /
"unarmed"), so one put for the other reverses the statement (``opposites._prefixed_opposite``).
Two prefixed words of one meaning, or a prefixed word and its plain synonym, stay quiet. The
sentences are ours, not any probe's."""

from __future__ import annotations

from _hits import assert_fails_both_ways, assert_quiet_both_ways

from vardiff.judge.opposites import _prefixed_opposite


def test_a_word_against_itself_denied_by_its_prefix_is_its_opposite() -> None:
    assert_fails_both_ways(
        "The border post was staffed throughout the night, a spokesman for the ministry said.",
        "The border post was unstaffed throughout the night, a spokesman for the ministry said.",
    )
    assert_fails_both_ways(
        "Parliament will hold a binding vote on the new fishing quotas next month.",
        "Parliament will hold a non-binding vote on the new fishing quotas next month.",
    )


def test_a_denied_word_said_another_way_stays_quiet() -> None:
    assert_quiet_both_ways(
        "The agency plans to send an uncrewed probe to the outer planets by 2032.",
        "The agency plans to send an unmanned probe to the outer planets by 2032.",
    )


def test_only_a_known_word_denied_by_the_prefix_counts() -> None:
    assert _prefixed_opposite("staffed", "unstaffed") == "antonym"
    assert _prefixed_opposite("non-binding", "binding") == "antonym"
    # WordNet gives the two one sense: no denial
    assert _prefixed_opposite("ravel", "unravel") is None
    # a function word after the letters is no word denied
    assert _prefixed_opposite("unless", "less") is None
    # the letters after the prefix are no word the lexicon knows
    assert _prefixed_opposite("uniform", "iform") is None
