"""Scales (issue 8): a quantity, frequency or degree word replaced by another point of its
scale ("some" / "all", "often" / "occasionally", "slightly" / "sharply"), which a sentence
embedding barely sees. Each change is tried both ways round, against synonyms of the same
band, negations that move a point back ("not all" / "some") and words merely added.

The sentences are not those of the contrast set in benchmarks/data.
"""

from __future__ import annotations

import pytest
from _hits import assert_fails_both_ways, assert_quiet_both_ways, checks_judged
from test_semantics import both_ways, loud, worst

import vardiff
from vardiff import Severity
from vardiff.judge.removal import find_removals
from vardiff.judge.scales import SCALES, find_scales, negation_explained, scale_points


def test_the_bands_of_a_scale_do_not_overlap() -> None:
    for scale in SCALES:
        seen: set[str] = set()
        for band in scale.bands:
            assert not seen & set(band), scale.name
            seen |= set(band)


@pytest.mark.parametrize(
    ("a", "b", "check"),
    [
        ("Some teachers joined the strike.", "All teachers joined the strike.", "scale.quantifier"),
        ("Most tenants paid the rent.", "Few tenants paid the rent.", "scale.quantifier"),
        ("Several banks raised fees.", "Many banks raised fees.", "scale.quantifier"),
        ("Few farmers sold their land.", "A few farmers sold their land.", "scale.quantifier"),
        ("All the roads were closed.", "Nearly all the roads were closed.", "scale.quantifier"),
        ("The ferry sometimes runs late.", "The ferry always runs late.", "scale.frequency"),
        ("The board usually meets.", "The board occasionally meets.", "scale.frequency"),
        ("Rents rose slightly last year.", "Rents rose sharply last year.", "scale.degree"),
        ("It found a modest drop in sales.", "It found a steep drop in sales.", "scale.degree"),
        ("Costs were marginally higher.", "Costs were much higher.", "scale.degree"),
        ("Nearly 500 people were evacuated.", "Over 500 people were evacuated.", "scale.bound"),
        ("The firm has fewer than 50 staff.", "The firm has at least 50 staff.", "scale.bound"),
        (
            "The deal is worth up to $3 billion.",
            "The deal is worth over $3 billion.",
            "scale.bound",
        ),
    ],
)
def test_another_point_of_a_scale_is_loud_both_ways(a: str, b: str, check: str) -> None:
    for left, right in both_ways(a, b):
        assert [h.check for h in loud(find_scales(left, right))] == [check], (left, right)


def test_the_further_apart_the_louder() -> None:
    near = find_scales("Several banks raised fees.", "Many banks raised fees.")
    far = find_scales("Some banks raised fees.", "All banks raised fees.")
    assert [h.evidence["distance"] for h in near] == [1.0]
    assert [h.evidence["distance"] for h in far] == [4.0]  # some < many < half < most < all
    assert near[0].prior < far[0].prior
    assert far[0].evidence["anchored"] == 1.0  # "banks" on both sides


def test_a_scale_word_bearing_on_another_word_is_quieter() -> None:
    # "many forms of life" / "everything": the phrase was rebuilt around another word.
    hits = find_scales("The water nourishes many forms of life.", "The water nourishes everything.")
    assert [(h.check, h.evidence["anchored"]) for h in hits] == [("scale.loose", 0.0)]
    assert not loud(hits)


def test_the_message_says_which_way() -> None:
    (hit,) = find_scales("Some teachers joined.", "All teachers joined.")
    assert "claims more" in hit.message and "'Some' → 'All'" in hit.message
    (hit,) = find_scales("Rents rose sharply.", "Rents rose slightly.")
    assert "weaker" in hit.message


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Many residents objected to the plan.", "Numerous residents objected to the plan."),
        ("The mayor often cycles to work.", "The mayor frequently cycles to work."),
        ("Shares fell sharply on Friday.", "Shares fell steeply on Friday."),
        ("All members signed the letter.", "Every member signed the letter."),
        ("Prices rose a little in May.", "Prices rose slightly in May."),
        ("Over 500 people were evacuated.", "More than 500 people were evacuated."),
        ("About 40 flights were cancelled.", "Roughly 40 flights were cancelled."),
    ],
)
def test_a_word_of_the_same_band_is_a_quiet_verdict(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        hits = find_scales(left, right)
        assert [h.check for h in hits] == ["scale.same"], (left, right)
        assert not loud(hits)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Not all flights were cancelled.", "Some flights were cancelled."),
        ("The talks did not always go well.", "The talks sometimes went well."),
    ],
)
def test_a_negation_that_moves_the_point_back_is_a_rewording(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        hits = find_scales(left, right)
        assert [(h.check, h.evidence["negated"]) for h in hits] == [("scale.same", 1.0)]
        assert negation_explained(left, right)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The river seldom floods in May.", "The river rarely floods in May."),
        ("Few of the migrants had papers.", "Hardly any of the migrants had papers."),
    ],
)
def test_a_negative_word_of_the_same_band_is_no_flipped_polarity(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        assert [h.check for h in find_scales(left, right)] == ["scale.same"]
        assert negation_explained(left, right)
    assert not negation_explained("The ferry often runs late.", "The ferry rarely runs late.")


def test_a_negated_point_is_not_the_end_of_the_scale() -> None:
    # "not all" is some to most: neither none nor few.
    for left, right in both_ways("Not all flights were cancelled.", "No flights were cancelled."):
        assert [h.check for h in loud(find_scales(left, right))] == ["scale.quantifier"]
    hits = find_scales("Not all flights were cancelled.", "Few flights were cancelled.")
    assert [h.check for h in loud(hits)] == ["scale.quantifier"]
    assert not negation_explained("Not all flights were cancelled.", "No flights were cancelled.")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Prices rose in March.", "Prices rose sharply in March."),
        ("Residents were evacuated.", "All residents were evacuated."),
        ("The minister visits the region.", "The minister often visits the region."),
        ("Most voters backed the plan.", "Most of the voters backed the plan."),
    ],
)
def test_a_scale_word_merely_added_or_dropped_is_not_judged(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        assert find_scales(left, right) == [], (left, right)


def test_opposites_the_lexicon_knows_are_left_to_the_opposites_check() -> None:
    assert find_scales("Many banks raised fees.", "Few banks raised fees.") == []
    # A negative word ("rarely", "no") the opposites check leaves to the polarity check, which
    # says only that a negation appeared: this check says what changed.
    hits = find_scales("The ferry often runs late.", "The ferry rarely runs late.")
    assert [h.check for h in hits] == ["scale.frequency"]


@pytest.mark.parametrize(
    "text",
    [
        "She no longer works there.",
        "They did not help each other.",
        "It was the most important vote.",
        "Some 300 people came.",
        "He did not speak at all.",
        "Many more people came.",
        "As many as 40 were hurt.",
        "They spin several hundred times a second.",
        "After all, the vote was close.",
        "No, the minister said.",
    ],
)
def test_idioms_and_other_uses_are_no_points(text: str) -> None:
    quantities = [p for p in scale_points(text) if p.band("quantifier") is not None]
    assert quantities == [], text


def test_an_idiom_s_words_still_quantify_elsewhere() -> None:
    for text in ("Classes stopped in all schools.", "After all the votes were counted, he left."):
        assert [p.phrase for p in scale_points(text)] == ["all"], text


def test_reordered_scale_words_are_not_a_replacement() -> None:
    assert find_scales("Most came and some left.", "Some came and most left.") == []


# -- end to end, with the real model --------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Some residents were evacuated before the storm.",
            "All residents were evacuated before the storm.",
        ),
        ("Most voters supported the plan.", "Few voters supported the plan."),
        ("Prices rose slightly in March.", "Prices rose sharply in March."),
    ],
)
def test_scale_changes_are_medium_or_above_end_to_end(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        severity = worst(left, right)
        assert severity is not None and severity >= Severity.MEDIUM, (left, right, severity)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Many residents complained about the noise.",
            "Numerous residents complained about the noise.",
        ),
        # The polarity check asks this one whether "Not" is a flipped polarity: it is not.
        (
            "Not all residents were evacuated before the storm.",
            "Some residents were evacuated before the storm.",
        ),
    ],
)
def test_a_rewording_on_the_scale_stays_low_end_to_end(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        severity = worst(left, right)
        assert severity is None or severity <= Severity.LOW, (left, right, severity)


def test_a_negative_scale_word_moved_is_one_finding_the_scales() -> None:
    for a, b in both_ways(
        "The minister often visits the region.", "The minister rarely visits the region."
    ):
        found = [f for p in vardiff.compare(a, b).pairs for f in p.findings]
        assert [f.check for f in found if f.severity >= Severity.LOW] == ["scale.frequency"], found


def test_a_frequency_adverb_is_no_adjective_of_kind() -> None:
    added = find_removals("The minister visits the region.", "The minister rarely visits it.")
    assert not [h for h in added if h.check.endswith(".adjective")]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Nearly all schools reopened.", "Some schools reopened."),
        (
            "Every house in the village was searched.",
            "Several houses in the village were searched.",
        ),
        ("The bridge is usually closed at night.", "The bridge is occasionally closed at night."),
    ],
)
def test_a_scale_word_moved_in_an_edit_fails_the_gate_both_ways(a: str, b: str) -> None:
    # Under the shipped calibration: its floor for a scale word moved in an edit.
    for left, right in both_ways(a, b):
        found = [f for p in vardiff.compare(left, right).pairs for f in p.findings]
        assert any(f.check.startswith("scale.") and f.severity >= Severity.MEDIUM for f in found), (
            left,
            right,
            found,
        )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The mayor never wins in the city centre.", "The mayor always loses in the city centre."),
        ("The team never loses at home.", "The team always wins at home."),
        ("He is never present at the meetings.", "He is always absent from the meetings."),
    ],
)  # fmt: skip
def test_the_ends_of_a_scale_with_an_antonym_in_the_same_edit_are_a_rewording(
    a: str, b: str
) -> None:
    """ "never wins" / "always loses": the other end of the scale and the verb's antonym say
    the same, even where the word diff puts both words in one edit."""
    for left, right in both_ways(a, b):
        assert not loud(find_scales(left, right)), (left, right)


def test_the_ends_of_a_scale_without_an_antonym_stay_loud() -> None:
    for left, right in both_ways("The team never wins at home.", "The team always wins at home."):
        assert [h.check for h in loud(find_scales(left, right))] == ["scale.frequency"]


def test_a_round_figure_told_as_a_bound_is_quiet() -> None:
    # "about 500" / "nearly 500": the next band, which translations vary in.
    for left, right in both_ways("About 500 people came.", "Nearly 500 people came."):
        hits = find_scales(left, right)
        assert [h.check for h in hits] == ["scale.bound"] and not loud(hits), (left, right)


@pytest.mark.parametrize(
    "text",
    ["Talks went on over the weekend.", "They talked about it.", "He is under pressure."],
)
def test_a_bound_word_is_a_bound_only_before_an_amount(text: str) -> None:
    assert [p for p in scale_points(text) if p.band("bound") is not None] == [], text


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Far apart in the sentence: the diff does not put the two in one short edit.
        (
            "I do not know if you realise it, but most of the goods from Central America came "
            "into this country duty-free.",
            "I do not know if you realise that some of the goods imported into this country "
            "from Central America are duty free.",
        ),
        # "as" opens a clause here, it makes no bound ("as many as 300").
        (
            "Pronunciation is easy in Italian since most words are pronounced as they are written.",
            "Pronunciation is easy in Italian, as some words are pronounced as they are spelled.",
        ),
        (
            "Virtually all computers in use today are based on binary numbers.",
            "Binary numbers are the basis of some computers in use today.",
        ),
    ],
)
def test_a_quantity_of_the_same_thing_read_across_the_pair(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        hits = [h for h in find_scales(left, right) if h.check == "scale.quantifier"]
        assert loud(hits) and hits[0].evidence["distance"] >= 2, (left, right, hits)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # The next band across the pair: "virtually" left out, a phrase shrunk.
        (
            "Virtually all computers in use today are based on binary numbers.",
            "Binary numbers are the basis of all computers in use today.",
        ),
        # "as many as" is a bound on an amount.
        ("As many as 300 people were evacuated.", "Some 300 people were evacuated."),
    ],
)
def test_no_quantity_of_the_same_thing_changed_across_the_pair(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        hits = [h for h in find_scales(left, right) if h.check == "scale.quantifier"]
        assert not loud(hits), (left, right, hits)


# One of several against the only one: a superlative claim made stronger or weaker.
ONE_OF_SEVERAL = [
    ("It is one of the largest banks in Europe.", "It is the largest bank in Europe."),
    ("She is among the most important writers of her time.",
     "She is the most important writer of her time."),
    ("It is one of the world's busiest airports.", "It is the world's busiest airport."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), ONE_OF_SEVERAL)
def test_one_of_several_told_as_the_only_one_is_loud_both_ways(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        hits = [h for h in find_scales(left, right) if h.check == "scale.superlative"]
        assert len(hits) == 1, (left, right)
        assert "one of several" in hits[0].message and "only one" in hits[0].message


def test_one_of_several_told_as_the_only_one_fails_the_gate() -> None:
    a, b = ONE_OF_SEVERAL[0]
    assert worst(a, b) is not None and worst(a, b) >= Severity.MEDIUM
    assert worst(b, a) is not None and worst(b, a) >= Severity.MEDIUM


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # The same superlative said of several on both sides, in other words.
        ("It is one of the largest banks in Europe.", "It is among the largest banks in Europe."),
        # Another superlative: the kinds and wording checks' to judge.
        ("It is one of the largest banks in Europe.", "It is the oldest bank in Europe."),
        # A side that says both readings of the word is not read.
        ("Fortis is one of the largest banks and the largest insurer.",
         "Fortis is the largest bank and the largest insurer."),
        # "one" still before the superlative, the words between garbled.
        ("Critics named Green one of the best guitarists.",
         "Critics named Green one as of the best guitarists."),
        # A noun ending in -est is no superlative.
        ("He is one of the guests of honour.", "He is the guest of honour."),
    ],
)  # fmt: skip
def test_a_superlative_said_alike_or_not_at_all_is_no_superlative_shift(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        assert [h for h in find_scales(left, right) if h.check == "scale.superlative"] == []


LIKENESS_CHANGED = [
    ("The two flights are identical in price.", "The two flights are similar in price."),
    ("The results were the same as last year.", "The results were similar to last year."),
    ("The two accounts of the crash are similar.", "The two accounts of the crash are different."),
]

LIKENESS_SAID_OTHERWISE = [
    ("The two cases are similar.", "The two cases are alike."),
    ("The two cases are very similar.", "The two cases are comparable."),
    # A negation after the word denies the verb after it, not the likeness.
    (
        "What makes a culture distinct may be its language.",
        "What makes a culture different may be its language.",
    ),
]


@pytest.mark.parametrize(("a", "b"), LIKENESS_CHANGED)
def test_another_degree_of_likeness_fails_both_ways(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), LIKENESS_SAID_OTHERWISE)
def test_the_same_likeness_said_otherwise_stays_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


def test_a_negation_after_a_likeness_word_is_still_a_flipped_polarity() -> None:
    found = checks_judged(
        "What makes a culture distinct may be its language.",
        "What makes a culture different can't be its language.",
    )
    assert ("negation.flipped", Severity.HIGH) in found, found
