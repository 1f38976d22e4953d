"""Meaning changes in news sentences that every word of the sentence but one or two survives:
a restriction dropped ("Only three people survived" / "Three people survived"), a want told as
plenty ("short of doctors" / "plenty of doctors"), a proportion moved ("half" / "most"), an
event's outcome ("the ceasefire held" / "was violated", "sank" / "docked", "postponed" /
"brought forward"), a score reversed ("won 3-1" / "won 1-3"); and the rewordings of the same
sentences that keep the meaning ("only" / "just", "lacks" / "short of", "postponed" /
"delayed", "between 1990 and 2000" / "between 2000 and 1990").

The sentences are our own news-style probes (``benchmarks/data/probe_news.jsonl`` holds them
too), not items of the benchmark sets. Each pair is tried both ways round.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _hits import assert_probe_item, worst

from vardiff import Severity
from vardiff._cues import negations
from vardiff.judge import Judge
from vardiff.judge.events import find_events
from vardiff.judge.focus import find_focus
from vardiff.judge.roles import find_roles
from vardiff.judge.scales import find_scales, negation_explained, scale_points

PROBE = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "probe_news.jsonl"


def both_ways(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [p for a, b in pairs for p in ((a, b), (b, a))]


# -- focus words: a restriction dropped, added, or turned into an addition ----------------------

RESTRICTED = [
    ("Only three people survived the crash.", "Three people survived the crash."),
    ("The bill passed with just 51 votes.", "The bill passed with 51 votes."),
    ("Turnout was only 38 percent, officials said.", "Turnout was 38 percent, officials said."),
    ("The company now employs a mere 300 people.", "The company now employs 300 people."),
    ("The storm killed only one person.", "The storm killed one person."),
]


@pytest.mark.parametrize(("a", "b"), RESTRICTED)
def test_a_restriction_of_an_amount_dropped_or_added_is_found(a: str, b: str) -> None:
    assert [h.check for h in find_focus(a, b)] == ["focus.dropped"]
    assert [h.check for h in find_focus(b, a)] == ["focus.added"]


@pytest.mark.parametrize(
    ("a", "b"),
    both_ways(
        [
            (
                "Only the prime minister can call an early election.",
                "Even the prime minister can call an early election.",
            ),
            (
                "The ministry also approved the vaccine for children.",
                "The ministry only approved the vaccine for children.",
            ),
        ]
    ),
)
def test_a_restriction_turned_into_an_addition_is_found(a: str, b: str) -> None:
    assert [h.check for h in find_focus(a, b)] == ["focus.changed"]


@pytest.mark.parametrize(
    ("a", "b"),
    both_ways(
        [
            # One restriction for another, or the amount bounded otherwise.
            ("Only three people survived the crash.", "Just three people survived the crash."),
            ("The fire destroyed only four homes.", "The fire destroyed no more than four homes."),
            ("The plant employs a mere 200 people.", "The plant employs only 200 people."),
            # A vague amount restricted: the quantity scale's.
            ("Only a few people came.", "A few people came."),
            # "just" as "a moment ago", "exactly"; "not only ... but also" affirms both.
            ("The minister has just returned from Brussels.", "The minister has also returned."),
            ("Just after noon, the plane landed.", "After noon, the plane landed."),
            (
                "Not only teachers but also nurses joined the strike.",
                "Teachers and nurses joined the strike.",
            ),
            # "just one of the signs": one among many, played down.
            ("Ebola is just one of the signs.", "Ebola is one of the signs."),
            # A slip of the keys keeps the restriction.
            ("It will cost only 46 cents more.", "It will cost onyl 46 cents more."),
        ]
    ),
)
def test_the_same_restriction_in_other_words_is_quiet(a: str, b: str) -> None:
    assert find_focus(a, b) == []


# -- privatives: too little or none, one meaning; the other end of the scale is plenty ---------


@pytest.mark.parametrize(
    ("a", "b"),
    both_ways(
        [
            ("The hospital is short of doctors.", "The hospital has plenty of doctors."),
            ("The army is running short of ammunition.", "The army has plenty of ammunition."),
            ("The region lacks clean water.", "The region has an abundance of clean water."),
            ("Schools have no shortage of teachers.", "Schools face a shortage of teachers."),
            (
                "The country is rich in oil but short of cash.",
                "The country is rich in oil and has plenty of cash.",
            ),
        ]
    ),
)
def test_a_want_told_as_plenty_is_another_quantity(a: str, b: str) -> None:
    assert [h.check for h in find_scales(a, b)] == ["scale.quantifier"]


@pytest.mark.parametrize(
    ("a", "b"),
    both_ways(
        [
            ("The hospital lacks doctors.", "The hospital is short of doctors."),
            ("The clinic is short of medicine.", "The clinic lacks medicine."),
            ("Thousands of homes were left without power.", "Thousands of homes had no power."),
            ("The town has no shortage of water.", "The town has plenty of water."),
        ]
    ),
)
def test_privatives_say_one_thing_and_explain_the_negation(a: str, b: str) -> None:
    assert [h.check for h in find_scales(a, b)] == ["scale.same"]
    # Where one side has a negative word more ("lacks", "no shortage"), the scale explains it
    # to the polarity check; "without" / "no" have one each.
    assert negation_explained(a, b) or len(negations(a)) == len(negations(b))


@pytest.mark.parametrize(
    "text",
    [
        "The team fell short of expectations.",
        "The report stopped short of blaming the minister.",
        "It was nothing short of a miracle.",
    ],
)
def test_short_of_that_says_no_want_is_no_point(text: str) -> None:
    assert [p.text for p in scale_points(text)] == []


def test_falling_short_is_a_negation() -> None:
    assert negations("The team fell short of expectations.") == ["fell short of"]
    assert negations("The hospital is short of doctors.") == []


# -- proportions: none < few < some < many < half < most < all ----------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    both_ways(
        [
            ("Half of the residents left.", "Most of the residents left."),
            ("Half the village was flooded.", "All the village was flooded."),
            ("Some of the residents were evacuated.", "Half of the residents were evacuated."),
            ("Few of the refugees had enough food.", "Half of the refugees had enough food."),
        ]
    ),
)
def test_a_proportion_moved_is_another_quantity(a: str, b: str) -> None:
    assert [h.check for h in find_scales(a, b)] == ["scale.quantifier"]


@pytest.mark.parametrize(
    ("a", "b"),
    both_ways(
        [
            ("Half of the voters backed the plan.", "About half of the voters backed the plan."),
            ("Not all of the passengers were rescued.", "Some of the passengers were rescued."),
        ]
    ),
)
def test_the_same_proportion_in_other_words_is_quiet(a: str, b: str) -> None:
    assert [h.check for h in find_scales(a, b)] == ["scale.same"]


@pytest.mark.parametrize(
    ("a", "b"),
    both_ways(
        [
            ("Lava buried most of the town's streets.", "Lava buried some of the streets."),
            ("Officials inspected all the old bridges.", "Officials inspected some bridges."),
        ]
    ),
)
def test_a_quantifier_bears_on_its_noun_phrase_s_head(a: str, b: str) -> None:
    hits = find_scales(a, b)
    assert [(h.check, h.evidence["anchored"]) for h in hits] == [("scale.quantifier", 1.0)]


def test_a_quantifier_after_a_pronoun_bears_on_no_later_word() -> None:
    # "you all": the quantifier ends its phrase; "consider" is no noun of it.
    hits = find_scales(
        "I want to ask you all to consider the fact.", "I hope you take some time to consider it."
    )
    assert [h.check for h in hits] == ["scale.loose"]


@pytest.mark.parametrize(
    "text", ["The talks lasted half an hour.", "He scored in the second half.", "Half a million"]
)
def test_half_of_no_group_is_no_point(text: str) -> None:
    assert scale_points(text) == []


# -- event outcomes: when a plan happens, whether a truce holds, how a voyage ends ---------------


@pytest.mark.parametrize(
    ("a", "b"),
    both_ways(
        [
            ("The vote was postponed until March.", "The vote was brought forward to March."),
            ("The launch has been pushed back to June.", "The launch has been moved up to June."),
            ("The referendum was held as planned.", "The referendum was postponed."),
            ("The ceasefire was violated within hours.", "The ceasefire held for hours."),
            ("The truce was broken on the first night.", "The truce held on the first night."),
            ("Both sides observed the truce.", "Both sides breached the truce."),
            ("The ship sank off the coast of Italy.", "The ship docked off the coast of Italy."),
            ("The plane crashed near the airport.", "The plane landed near the airport."),
            ("The ferry sank near the port.", "The ferry reached the port."),
        ]
    ),
)
def test_another_outcome_of_a_plan_a_truce_or_a_voyage(a: str, b: str) -> None:
    assert [h.check for h in find_events(a, b)] == ["event.outcome"], (a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    both_ways(
        [
            ("The vote was postponed until next month.", "The vote was delayed until next month."),
            ("The launch was delayed by a week.", "The launch was pushed back by a week."),
            ("The election was brought forward to May.", "The election was moved up to May."),
            ("The ceasefire was violated within hours.", "The truce was breached within hours."),
            ("The deal collapsed after two weeks.", "The deal broke down after two weeks."),
            ("The plane landed safely in Madrid.", "The plane touched down safely in Madrid."),
            ("The tanker docked in Rotterdam.", "The tanker berthed in Rotterdam."),
            # A verb with a particle is a verb of its own: "hold on" is no truce kept.
            ("Some hold on to the bitter end.", "Some break up in the heat of the moment."),
        ]
    ),
)
def test_the_same_outcome_in_other_words_is_quiet(a: str, b: str) -> None:
    assert find_events(a, b) == []


# -- scores and spans: two figures joined by a dash are ordered ---------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    both_ways(
        [
            ("Germany won 3-1.", "Germany won 1-3."),
            ("The Senate passed the bill 60-40.", "The Senate passed the bill 40-60."),
            ("Liverpool beat Everton 4–1 on Saturday.", "Liverpool beat Everton 1–4 on Saturday."),
        ]
    ),
)
def test_a_reversed_score_is_a_reversal(a: str, b: str) -> None:
    hits = find_roles(a, b)
    assert [h.check for h in hits] == ["role.exchanged"]
    assert "score" in hits[0].message


@pytest.mark.parametrize(
    ("a", "b"),
    both_ways(
        [
            (
                "The population doubled between 1990 and 2000.",
                "The population doubled between 2000 and 1990.",
            ),
            ("Germany won 3-1.", "Germany beat them 3-1."),
            ("Aged 10-11, they were the youngest.", "Aged 10-11 years, they were the youngest."),
        ]
    ),
)
def test_the_same_range_or_score_is_quiet(a: str, b: str) -> None:
    assert find_roles(a, b) == []


# -- the whole judge, under the shipped calibration, without the model -------------------------

# The probe's pairs of these classes, and the pairs it had wrong before them.
_CLASSES = {f"news-{n:03d}" for n in (39, 74, 79, 88, 89, 97, 98, 99, 100, 101)} | {
    f"news-{n:03d}" for n in range(116, 180)
}
# Pairs still wrong without the model, and why: kept in the probe, so that the benchmark
# counts them.
KNOWN_MISSES = {
    # "Germany won 3-1" / "Germany beat them 3-1": without the model the wording check has no
    # similarity to weigh and scores "beat them" → "won" medium; with it (the probe's
    # end-to-end run) the pair is quiet.
    "news-164",
    # "doubled between 1990 and 2000" / "from 1990 to 2000": without the model "between" is a
    # word dropped at 0.75, over calibration 2026-12-03-evening's medium cut-off (0.68); with
    # the model it is low (the probe's end-to-end run: it is not among the controls failing).
    "news-169",
}
_ITEMS = [
    item
    for item in map(json.loads, PROBE.read_text(encoding="utf-8").splitlines())
    if item["id"] in _CLASSES
]


@pytest.fixture(scope="module")
def judge() -> Judge:
    return Judge(embedder=None)


@pytest.mark.parametrize(
    "item", [i for i in _ITEMS if i["id"] not in KNOWN_MISSES], ids=lambda i: i["id"]
)
def test_probe_changes_fail_the_gate_and_rewordings_stay_quiet(
    judge: Judge, item: dict[str, str]
) -> None:
    assert_probe_item(judge, item)


def test_the_probe_holds_changes_and_controls_of_these_classes() -> None:
    kinds = [i["kind"] for i in _ITEMS]
    assert kinds.count("change") >= 30 and kinds.count("control") >= 30
    assert {i["id"] for i in _ITEMS} >= KNOWN_MISSES


# -- words around a verdict: what the scales check explains is said once -----------------------


@pytest.mark.parametrize(
    ("a", "b"),
    both_ways(
        [
            # A hedge on a proportion the scales check reads as the same point.
            ("Half of the voters backed the plan.", "About half of the voters backed the plan."),
            ("Roughly half of the homes were damaged.", "Half of the homes were damaged."),
            # One negation told by another word, the verb around it reworded.
            ("Many families went without food for days.", "Many families had no food for days."),
            ("The town was left without water.", "The town had no water."),
        ]
    ),
)
def test_words_around_the_same_point_of_a_scale_are_quiet(a: str, b: str) -> None:
    assert worst(a, b) <= Severity.LOW, (a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    both_ways(
        [
            ("The town was left without water.", "The town had water."),
            ("Half of the voters backed the plan.", "Most of the voters backed the plan."),
        ]
    ),
)
def test_a_negation_or_a_proportion_changed_beside_them_still_fails(a: str, b: str) -> None:
    assert worst(a, b) >= Severity.MEDIUM, (a, b)
