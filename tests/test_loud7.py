"""loud7: drift the judge missed, by class, each rule tested with a quiet twin, with sentences
of our own, without the model.

- an adjective of degree or importance that is no intensifier ("serious", "important",
  "weak") cut out of a phrase B keeps word for word (``modifier.cut``); an intensifier
  ("huge", "vast"), an amount said in words ("a wide range of") and a rewording stay quiet;
- an adverb of doubt ("probably", "reportedly") cut out the same way: the claim told as known;
- an adjective in "-ed" spelt on no verb ("unmarked", "untapped") cut out, where a participle
  ("the planned visit") is still left to the removal check;
- a role named with a nation's adjective or after a verb in "-ing" ("the last Australian
  chancellor", "showing swimmers") is one noun, no compound the lexicon may not know;
- a ministry's portfolio after the office word ("the Ministry of Defence",
  ``referent.office``), a source put in by "quoting" (``attribution.sourced``), and fields
  of ``kind.field``: most against all, homes against villages, where one grew up against
  where one works, a record since an event against one in so many years.
"""

from __future__ import annotations

import pytest
from _hits import checks_judged, most_severe

from vardiff import Severity
from vardiff.judge.modifiers import find_modifiers

CUT = [
    # Adjectives of degree or importance, no points of a scale.
    (
        "The storm caused serious damage to the harbour walls.",
        "The storm caused damage to the harbour walls.",
    ),
    (
        "Tourism and fishing are listed as important sources of income for the island.",
        "Tourism and fishing are named as sources of income for the island.",
    ),
    (
        "The treaty created a weak federal council with few powers.",
        "The treaty created a federal council with few powers.",
    ),
    (
        "Police broke up a violent protest outside the embassy.",
        "Police broke up a protest outside the embassy.",
    ),
    # Adverbs of doubt.
    (
        "The blaze was probably started by a discarded cigarette.",
        "The blaze was started by a discarded cigarette.",
    ),
    (
        "The minister reportedly offered his resignation on Monday.",
        "The minister offered his resignation on Monday.",
    ),
    (
        "The delay was likely caused by a software fault.",
        "The delay was caused by a software fault.",
    ),
    # Adjectives in "-ed" spelt on no verb.
    (
        "The poet was buried in an unmarked grave near the river.",
        "The poet was buried in a grave near the river.",
    ),
    (
        "The region holds untapped reserves of copper.",
        "The region holds reserves of copper.",
    ),
]


def _fails_on(a: str, b: str, checks: tuple[str, ...]) -> None:
    """One of ``checks`` fails the gate for A against B."""
    found = checks_judged(a, b)
    assert any(check in checks and severity >= Severity.MEDIUM for check, severity in found), found


@pytest.mark.parametrize(("a", "b"), CUT)
def test_a_cut_word_fails_the_gate(a: str, b: str) -> None:
    _fails_on(a, b, ("modifier.cut",))


QUIET = [
    # Intensifiers: points of a scale of degree, which a translator adds and drops freely.
    ("The flood caused huge damage to the town.", "The flood caused damage to the town."),
    ("They crossed a vast stretch of desert.", "They crossed a stretch of desert."),
    ("The results were very encouraging.", "The results were encouraging."),
    # An amount said in words: the adjective only grades it.
    (
        "Children enter care for a wide variety of reasons.",
        "Children enter care for a variety of reasons.",
    ),
    ("The plan drew a great deal of criticism.", "The plan drew a deal of criticism."),
    # A rewording around the adjective: no phrase kept word for word.
    ("The storm caused serious damage to the harbour.", "The storm badly damaged the harbour."),
    (
        "The fire was probably started by a cigarette.",
        "The fire was most likely started by a cigarette.",
    ),
    # An adjective that pertains to a noun, read as of that noun, not as a degree.
    (
        "The observatory ordered two new astronomical telescopes.",
        "The observatory ordered two new telescopes.",
    ),
    # A participle is a verb's form: the removal check's, not a modifier cut.
    ("The planned visit was called off.", "The visit was called off."),
]


@pytest.mark.parametrize(("a", "b"), QUIET)
def test_no_cut_in_honest_variation(a: str, b: str) -> None:
    found = checks_judged(a, b)
    assert all(check != "modifier.cut" for check, _ in found), found


def test_a_word_of_degree_is_read_only_where_cut() -> None:
    # Added, or dropped with its phrase reworded, an adjective of degree is no modifier the
    # calibration has to weigh: no finding at all.
    for a, b in (
        ("The storm caused damage to the harbour.", "The storm caused serious damage to it."),
        ("It was an important step for the town.", "For the town, this step mattered."),
    ):
        hits = find_modifiers(a, b)
        assert not [h for h in hits if "serious" in (h.a, h.b) or "important" in (h.a, h.b)]


ROLES = [
    (
        "Voters want the queen to be Australia's last monarch.",
        "Voters want the queen to be the last Australian chancellor.",
    ),
    (
        "Old cave paintings depicting skiers were found in the valley.",
        "Old cave paintings showing swimmers were found in the valley.",
    ),
]


@pytest.mark.parametrize(("a", "b"), ROLES)
def test_another_role_beside_an_adjective_or_a_verb(a: str, b: str) -> None:
    _fails_on(a, b, ("kind.cohyponym", "kind.sibling"))


def test_a_compound_read_as_one_role_stays_quiet() -> None:
    found = checks_judged(
        "The shopkeeper said sales had fallen.", "The shop owner said sales had fallen."
    )
    assert most_severe(found) <= Severity.LOW, found


OTHER = [
    # A ministry's portfolio after the office word.
    (
        "referent.office",
        "The Ministry of Defence confirmed the contract.",
        "The Ministry of Foreign Affairs confirmed the contract.",
    ),
    (
        "referent.office",
        "The Minister for Health visited the clinic.",
        "The Minister of Education visited the clinic.",
    ),
    # A source put in by "quoting", its head a noun that is an adjective too.
    (
        "attribution.sourced",
        "Profits fell by a third last year.",
        "Profits fell by a third last year, quoting the chief executive.",
    ),
    # Most of a group against all of it.
    (
        "kind.field",
        "The dead were mostly elderly residents.",
        "The dead were all elderly residents.",
    ),
    # What a count counts: homes or the villages they stand in.
    (
        "kind.field",
        "The landslides buried more than 60 houses in the valley.",
        "The landslides buried more than 60 villages in the valley.",
    ),
    # Which part of a life: where one grew up, or where one plays.
    ("kind.field", "The singer grew up in Naples.", "The singer works in Naples."),
    # Over which span a record holds: one opened by an event, or a count of years.
    (
        "kind.field",
        "Exports saw their sharpest drop since the war.",
        "Exports saw their sharpest drop in ten years.",
    ),
]


@pytest.mark.parametrize(("rule", "a", "b"), OTHER)
def test_other_drift_caught(rule: str, a: str, b: str) -> None:
    _fails_on(a, b, (rule,))


OTHER_QUIET = [
    # One ministry named two ways.
    (
        "referent.",
        "The Ministry of Defence confirmed the contract.",
        "The Defence Ministry confirmed it.",
    ),
    (
        "referent.",
        "The Minister for Foreign Affairs flew to Rome.",
        "The Foreign Minister flew to Rome.",
    ),
    # "quoting" a price, "citing" a reason: no one cited.
    ("attribution.", "Dealers were quoting high prices.", "Dealers were asking high prices."),
    (
        "attribution.",
        "The firm raised its fees, quoting higher costs.",
        "The firm raised its fees, citing higher costs.",
    ),
    # Most said two ways.
    (
        "kind.",
        "The dead were mostly elderly residents.",
        "Most of the dead were elderly residents.",
    ),
    # One thing counted, named two ways; one part of a life, named two ways.
    ("kind.", "The floods destroyed 200 homes.", "The floods destroyed 200 houses."),
    ("kind.", "The singer grew up in Naples.", "The singer was brought up in Naples."),
    (
        "kind.",
        "Exports saw their sharpest drop since the war.",
        "Exports saw their sharpest drop since the end of the war.",
    ),
]


@pytest.mark.parametrize(("rule", "a", "b"), OTHER_QUIET)
def test_other_twins_quiet(rule: str, a: str, b: str) -> None:
    found = checks_judged(a, b)
    assert not [c for c, severity in found if c.startswith(rule) and severity > Severity.LOW]
