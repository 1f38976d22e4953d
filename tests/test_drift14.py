"""Lexical, world-knowledge, scope and reference kinds of drift of probe_drift14 (issue 7:
trust; issue 8: meaning changes the embedding cannot see): a body part, a medical act, a
disease, a source of energy, a sporting discipline, a language, a landform, a kind of tax, a
colour, a body of the sky; the maker told as the one a thing was made for ("written by" /
"written for"), a pronoun inside a quotation that points at another party, a time anchor
moved from the event to the time of writing ("then" / "now"), and "few" against "a few". The
probe was written before the judge's rules for these kinds were read; its first run on main
ecc1f14 is the out-of-sample figure (benchmarks/data/README.md).

Rules written against it, each with its loud and quiet twins (sentences not the probe's): a
thing done or made by a party told as done or made for it ("drafted by the chancellor's
advisers" / "drafted for ...": ``role.beneficiary``), the same maker in other words and "by" /
"for" before a day quiet; the time of the events told against the time of writing ("who was
then" / "who is now", "the then" / "the current", "that year" / "this year": ``kind.field``,
field ``time_anchor``), the same anchor said another way quiet ("then" / "at that time", "that
year" / "the same year", "currently" / "at present"); two natural objects whose commonest
senses meet under a shallow but specific parent of their file ("lake" / "sea" under "body of
water", "island" / "mainland" under "land": ``kind.cohyponym``), words under a broad one
("shore" / "beach" under "geological formation") and a broader word ("river" / "stream")
not."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_judged_both_ways,
    assert_not_judged_both_ways,
    assert_quiet_both_ways,
)

# Rules written against the probe, each with loud and quiet twins in sentences not the probe's.
MADE_FOR = [
    # the agent of a participle told as the one it was done or made for: another party
    (
        "The speech was drafted by the chancellor's advisers in the week before the budget "
        "and read out in parliament on Wednesday.",
        "The speech was drafted for the chancellor's advisers in the week before the budget "
        "and read out in parliament on Wednesday.",
    ),
    (
        "A farewell concert organised by Lena Ortiz drew more than 5,000 people to the old "
        "harbour on Saturday night, the city said.",
        "A farewell concert organised for Lena Ortiz drew more than 5,000 people to the old "
        "harbour on Saturday night, the city said.",
    ),
    (
        "The villa, restored by a Dutch foundation over ten years, opened to visitors on "
        "Monday for the first time since the war.",
        "The villa, restored for a Dutch foundation over ten years, opened to visitors on "
        "Monday for the first time since the war.",
    ),
]
MADE_FOR_QUIET = [
    # the same agent in other words, and "by" / "for" of a time, not a party
    (
        "The speech was drafted by the chancellor's advisers in the week before the budget "
        "and read out in parliament on Wednesday.",
        "The speech was written by the chancellor's advisers in the week before the budget "
        "and read out in parliament on Wednesday.",
    ),
    (
        "More than 2,000 lives were claimed by Covid-19 in the province last winter, the "
        "regional health office said in its annual report.",
        "More than 2,000 lives were claimed for Covid-19 in the province last winter, the "
        "regional health office said in its annual report.",
    ),
    (
        "The new terminal, scheduled for Friday, will handle ten million passengers a year, "
        "the airport operator said on Tuesday.",
        "The new terminal, scheduled by Friday, will handle ten million passengers a year, "
        "the airport operator said on Tuesday.",
    ),
]
TIME_ANCHOR = [
    # the time of the events told against the time of writing
    (
        "The bridge was designed by Omar Haddad, who was then the city's chief engineer, and "
        "opened to traffic in 1988.",
        "The bridge was designed by Omar Haddad, who is now the city's chief engineer, and "
        "opened to traffic in 1988.",
    ),
    (
        "The treaty was signed in 1992 by the then foreign minister, a former diplomat who "
        "had spent years in Moscow.",
        "The treaty was signed in 1992 by the current foreign minister, a former diplomat who "
        "had spent years in Moscow.",
    ),
    (
        "The factory opened in 2009, and that year it employed about 600 people from the "
        "surrounding villages, the company said.",
        "The factory opened in 2009, and this year it employed about 600 people from the "
        "surrounding villages, the company said.",
    ),
]
TIME_ANCHOR_QUIET = [
    # the same anchor said another way
    (
        "The bridge was designed by Omar Haddad, who was then the city's chief engineer, and "
        "opened to traffic in 1988.",
        "The bridge was designed by Omar Haddad, who was at that time the city's chief "
        "engineer, and opened to traffic in 1988.",
    ),
    (
        "The factory opened in 2009, and that year it employed about 600 people from the "
        "surrounding villages, the company said.",
        "The factory opened in 2009, and the same year it employed about 600 people from the "
        "surrounding villages, the company said.",
    ),
    (
        "The museum, which currently holds about 4,000 paintings, will close for repairs in "
        "the spring, its director said.",
        "The museum, which at present holds about 4,000 paintings, will close for repairs in "
        "the spring, its director said.",
    ),
]


@pytest.mark.parametrize(("a", "b"), MADE_FOR)
def test_a_thing_made_by_a_party_is_not_one_made_for_it(a: str, b: str) -> None:
    assert_judged_both_ways(a, b, "role.beneficiary")
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), MADE_FOR_QUIET)
def test_the_same_maker_or_a_time_is_no_beneficiary(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "role.beneficiary")


def test_the_same_maker_in_other_words_stays_quiet() -> None:
    assert_quiet_both_ways(*MADE_FOR_QUIET[0])


@pytest.mark.parametrize(("a", "b"), TIME_ANCHOR)
def test_the_time_told_is_not_the_time_of_writing(a: str, b: str) -> None:
    assert_judged_both_ways(a, b, "kind.field")
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), TIME_ANCHOR_QUIET)
def test_one_time_anchor_said_another_way_stays_quiet(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "kind.field")
    assert_quiet_both_ways(a, b)


NATURAL = [
    # two natural objects under a shallow but specific parent: another place
    (
        "Two teenagers drowned while swimming in the lake near the holiday camp on Sunday "
        "afternoon, local police said.",
        "Two teenagers drowned while swimming in the sea near the holiday camp on Sunday "
        "afternoon, local police said.",
    ),
    (
        "The storm cut power to almost every home on the island overnight, and repairs could "
        "take a week, the utility said.",
        "The storm cut power to almost every home on the mainland overnight, and repairs could "
        "take a week, the utility said.",
    ),
]
NATURAL_QUIET = [
    # words of a broad parent a translator swaps ("shore" / "beach"), and a broader word
    (
        "Hundreds of dead fish washed up on the shore of the bay after the chemical spill, "
        "residents said on Monday.",
        "Hundreds of dead fish washed up on the beach of the bay after the chemical spill, "
        "residents said on Monday.",
    ),
    (
        "Volunteers cleared plastic from the banks of the river over the weekend, filling more "
        "than 300 bags, the council said.",
        "Volunteers cleared plastic from the banks of the stream over the weekend, filling more "
        "than 300 bags, the council said.",
    ),
]


@pytest.mark.parametrize(("a", "b"), NATURAL)
def test_two_natural_places_of_one_kind_are_two_places(a: str, b: str) -> None:
    assert_judged_both_ways(a, b, "kind.cohyponym")
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), NATURAL_QUIET)
def test_a_broad_parent_or_a_broader_word_is_no_other_place(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "kind.cohyponym")
    assert_not_judged_both_ways(a, b, "kind.sibling")
