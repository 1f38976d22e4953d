"""Words whose meaning holds a negation ("unaware", "exempt", "absent", "abstained"): they
answer a "not" on the other side, and against the word they deny they are a flip (no model)."""

from __future__ import annotations

import pytest
from _hits import both_ways, checks_judged

from vardiff import Pair, Severity, word_diff
from vardiff.judge import PairContext, build_context
from vardiff.judge.polarity import _defined_as_denial, check_negation


def context(a: str, b: str) -> PairContext:
    pair = Pair(
        a=(0,), b=(0,), similarity=0.9, status="changed", a_text=a, b_text=b, ops=word_diff(a, b)
    )
    return build_context(pair, [a], [b])


def flipped(a: str, b: str) -> list[str]:
    # ``negation.meant`` is the verdict that the two say one denial: no flip.
    return [f.check for f in check_negation(context(a, b)) if f.check != "negation.meant"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The governor was unaware of the report.", "The governor did not know of the report."),
        ("Pensioners are exempt from the levy.", "The levy does not apply to pensioners."),
        ("The chairman was absent from the hearing.", "The chairman did not attend the hearing."),
        ("Two members abstained.", "Two members did not vote."),
        ("Reporters are barred from the trial.", "Reporters are not allowed at the trial."),
        ("The coach was oblivious to the danger.", "The coach did not notice the danger."),
        (
            "Many voters were uninformed about the change.",
            "Many voters did not know about the change.",
        ),
        ("She failed to pay the fine.", "She did not pay the fine."),
        # A quality denied is its opposite said, through a synonym too.
        ("The witness said the pilot was not sober.", "The witness said the pilot was drunk."),
        ("The hall was not large.", "The hall was small."),
        ("Many schools lack heating.", "Many schools do not have heating."),
    ],
)
def test_a_word_whose_meaning_holds_a_negation_answers_a_not(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert flipped(x, y) == [], (x, y)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # The positive word denies nothing: the "not" on the other side is a flip.
        ("The governor was aware of the report.", "The governor did not know of the report."),
        ("Pensioners are liable for the levy.", "The levy does not apply to pensioners."),
        ("The chairman was present at the hearing.", "The chairman did not attend the hearing."),
        # A negative word that denies another thing than the "not" does.
        ("The chairman was absent from the hearing.", "The chairman did not speak at the hearing."),
        # A quality denied against itself, or against a quality of another scale.
        ("The witness said the pilot was not sober.", "The witness said the pilot was sober."),
        ("The witness said the pilot was not sober.", "The witness said the pilot was tired."),
    ],
)
def test_a_not_against_a_word_that_denies_something_else_is_a_flip(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert flipped(x, y) == ["negation.flipped"], (x, y)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Pensioners are exempt from the levy.", "The levy applies to pensioners."),
        ("The governor was unaware of the report.", "The governor knew of the report."),
        ("The chairman was absent from the hearing.", "The chairman attended the hearing."),
        ("Two members abstained.", "Two members voted."),
    ],
)
def test_a_negative_word_against_the_word_it_denies_is_a_flip(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert flipped(x, y) == ["negation.flipped"], (x, y)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Both sides say the negative word, or the denied word stands on both sides.
        ("Pensioners are exempt from the levy.", "Pensioners are exempt from the new levy."),
        ("Two members abstained in the vote.", "Two members voted on the bill."),
        # A prefix that is no denial ("invaluable" is not "not valuable").
        ("The archive is invaluable to historians.", "The archive is valuable to historians."),
        ("They discussed the information.", "They discussed the formation."),
        # The denied word negated on the other side: the same claim.
        ("Pensioners are exempt from the levy.", "The levy does not apply to pensioners."),
    ],
)
def test_no_flip_where_nothing_is_denied_on_one_side_only(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert flipped(x, y) == [], (x, y)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The governor was unaware of the report.", "The governor was aware of the report."),
        ("The striker missed the final.", "The striker attended the final."),
    ],
)
def test_an_opposite_the_lexicon_knows_is_said_once_by_the_opposites_check(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert flipped(x, y) == [], (x, y)
        found = checks_judged(x, y)
        assert any(c.startswith("opposite.") and s >= Severity.MEDIUM for c, s in found), found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A prefix's rest made on a noun by its adjective suffix denies that noun.
        (
            "The new guidelines were of no help to small clinics.",
            "The new guidelines were unhelpful to small clinics.",
        ),
        (
            "The second rescue attempt was without success.",
            "The second rescue attempt was unsuccessful.",
        ),
        # "-free" is "no" before its noun, as "-less" is.
        (
            "The club has no debt after the sale of its stadium.",
            "The club is debt-free after the sale of its stadium.",
        ),
        # A noun defined as a lack ("a shortage of rainfall", "an inability to sleep") or as a
        # state denied ("the state of being unemployed") says the "no" it is defined by.
        (
            "The province has had no rainfall since March.",
            "The province has had a drought since March.",
        ),
        (
            "Many nurses said they could not sleep during the crisis.",
            "Many nurses said they suffered insomnia during the crisis.",
        ),
        (
            "Half of the town's miners have no job since the pit closed.",
            "Half of the town's miners face unemployment since the pit closed.",
        ),
    ],
)
def test_a_word_made_or_defined_as_a_denial_answers_a_no(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert flipped(x, y) == [], (x, y)
        found = checks_judged(x, y)
        assert all(s <= Severity.LOW for _, s in found), (x, y, found)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # The noun the prefixed adjective denies, said plainly: the opposite claim.
        (
            "The new guidelines were of great help to small clinics.",
            "The new guidelines were unhelpful to small clinics.",
        ),
        ("The second rescue attempt was a success.", "The second rescue attempt was unsuccessful."),
    ],
)
def test_a_prefixed_adjective_against_the_noun_it_denies_fails(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        found = checks_judged(x, y)
        assert any(s >= Severity.MEDIUM for _, s in found), (x, y, found)


def test_a_noun_defined_by_a_lack_denies_what_follows_the_lack() -> None:
    # The defined nouns' first senses: the lacking thing, and nothing for a noun of another
    # definition or a lack further into its definition.
    assert "rainfall" in _defined_as_denial("drought")
    assert "sleep" in _defined_as_denial("insomnia")
    assert "memory" in _defined_as_denial("amnesia")
    assert "employed" in _defined_as_denial("unemployment")
    assert not _defined_as_denial("harvest")
    assert not _defined_as_denial("starvation")  # "... resulting from lack of ..."
