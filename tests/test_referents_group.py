"""A group that is "we" in one version and "they" in the other, where the diff does not pair the
pronouns (they stand in differently worded stretches): the referents check reads the whole
pair (``person.group_swapped``). Our own news-style probes, both ways round.
"""

from __future__ import annotations

import pytest

from vardiff.judge.referents import find_referents

SWAPPED = [
    (
        "Brumbies easily won 24-0, taking the lead with 14 points after winning their first "
        "three games.",
        "Brumbies easily won 24-0, taking the lead with 14 points after our three consecutive "
        "wins in the season opening.",
    ),
    (
        "By checking the number against the database, they were able to link the car to the "
        "robbery.",
        "Matching the VIN to a database of stolen cars, we could tie this Ferrari to the theft.",
    ),
]


GROUP_RULES = {"person.group_swapped", "person.pronoun_person"}


@pytest.mark.parametrize(("a", "b"), SWAPPED)
def test_we_become_they_is_loud_both_ways(a: str, b: str) -> None:
    for left, right in [(a, b), (b, a)]:
        hits = [h for h in find_referents(left, right) if h.check.startswith("person.")]
        # One finding, whichever rule: where the diff pairs two pronouns, theirs.
        assert len(hits) == 1 and hits[0].check in GROUP_RULES, (left, right, hits)
        assert hits[0].prior >= 0.8


def test_the_message_names_both_sides_words() -> None:
    [hit] = find_referents(*SWAPPED[0])
    assert hit.check == "person.group_swapped"
    assert hit.message.startswith("A says 'their', B says 'our'")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Both on a side: the people may only have changed places.
        ("We told them the plan would fail.", "They were told by us that the plan would fail."),
        # No group pronoun on one side: nothing to compare.
        ("The ministers left on Friday.", "They left the ministry on Friday."),
        # Direct speech reported: its "we" is "they".
        ('"We will not negotiate," the minister said.', "The minister said they would not talk."),
        # The same group in other words.
        ("We will win the next game, the coach said.", "Our team will win the next game, he said."),
    ],
)
def test_no_group_changed_is_quiet(a: str, b: str) -> None:
    for left, right in [(a, b), (b, a)]:
        hits = [h for h in find_referents(left, right) if h.check == "person.group_swapped"]
        assert not hits, (left, right, hits)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Both sides quote the speaker: the quote's "we" became "they", one "we" left beside it.
        (
            '"We are happy that, in finalising our plans for 2020, we keep making progress," '
            "said Carey.",
            '"They are pleased that we continue to make progress in finalising our plans for '
            'the 2020 season," said Carey.',
        ),
        # A "we" became "they" where other "we"s and "our"s stay.
        (
            "This gives us the data to build models that help us understand the processes in "
            "our minds.",
            "This gives us the data to build models that help them understand the processes in "
            "our minds.",
        ),
    ],
)
def test_one_we_of_several_become_they_is_loud_both_ways(a: str, b: str) -> None:
    for left, right in [(a, b), (b, a)]:
        hits = [h for h in find_referents(left, right) if h.check in GROUP_RULES]
        assert len(hits) == 1 and hits[0].prior >= 0.8, (left, right, hits)


def test_a_pronoun_said_again_elsewhere_is_still_replaced() -> None:
    # "their" stays before "advice": the other "their" became "our".
    a = "Their advice is written for their citizens."
    b = "Their advice is written for our citizens."
    for left, right in [(a, b), (b, a)]:
        [hit] = [h for h in find_referents(left, right) if h.check.startswith("person.")]
        assert hit.check == "person.pronoun_person" and {hit.a, hit.b} == {"their", "our"}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A clause turned passive: "we" said once less, "it" is no person.
        (
            "We might one day see such a shadow, but we have not seen it yet.",
            "One day we might see such a shadow, but it has not been observed yet.",
        ),
        # "our" said once less, "my" one more time: a number, not another group.
        (
            "Our team and our coach thank our fans.",
            "Our team and my coach thank our fans.",
        ),
    ],
)
def test_a_pronoun_said_fewer_times_for_a_thing_or_a_number_is_no_other_group(
    a: str, b: str
) -> None:
    for left, right in [(a, b), (b, a)]:
        hits = [h for h in find_referents(left, right) if h.check in GROUP_RULES]
        assert not hits, (left, right, hits)
