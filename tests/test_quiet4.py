"""Harmless variation the judge read as drift, each a class of English: a verb in -s that is a
plural noun too, before "to" and a verb ("The union plans to strike": its verb, not a noun
phrase "plans"); a noun of a converse pair with an amount before it ("took out a $5 million
loan": the noun tells no direction, as "took out a loan of" does); "be able to", the verb
phrase of "can", no adjective of a noun; reports no one in particular made, as a source, and
"reportedly"; a name without the common noun that only says its kind ("the Yangtze River" /
"the Yangtze"); an adjective as the object of "in" or "at" ("held in private"); a
negation or a quantifier written twice in a row ("no no"); "points" for "percentage points"
after an amount. Each is tested both ways:
the harmless rewording stays quiet, the change beside it is still found."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_quiet_both_ways,
    both_ways,
    checks_judged,
    most_severe,
)

from vardiff import Severity


def _loud(a: str, b: str, prefix: str) -> list[tuple[str, Severity]]:
    return [(c, s) for c, s in checks_judged(a, b) if c.startswith(prefix) and s >= Severity.MEDIUM]


# --- A verb in -s, a plural noun too, between its subject and "to" + a verb.


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The union plans to strike next week.", "The union intends to strike next week."),
        ("The ministry aims to open two schools.", "The ministry intends to open two schools."),
        ("The council plans to sell the land.", "The council aims to sell the land."),
    ],
)  # fmt: skip
def test_a_verb_in_s_before_an_infinitive_is_a_verb(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert not _loud(x, y, "removal."), (x, y)
        assert not _loud(x, y, "addition."), (x, y)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # The verb left out: nothing stands between the subject and "to".
        ("The union plans to strike next week.", "The union to strike next week."),
        ("The ministry aims to open two schools.", "The ministry to open two schools."),
    ],
)  # fmt: skip
def test_the_verb_before_an_infinitive_left_out_is_still_found(a: str, b: str) -> None:
    assert _loud(a, b, "removal."), (a, b)


def test_a_plural_noun_before_an_infinitive_stays_a_noun() -> None:
    # "their plans": a determiner owns a noun; the verb count of the two sides agrees.
    from vardiff.judge.removal._grammar import _could_be_verb
    from vardiff.judge.removal._phrases import _normalised

    for text, word in [
        ("Their plans to expand were shelved.", "plans"),
        ("The company's plans to cut jobs were shelved.", "plans"),
        ("The main letters to watch are c and g.", "letters"),
    ]:
        tokens = _normalised(text)
        assert not _could_be_verb(tokens, tokens.index(word), lenient=False), text
    tokens = _normalised("The union plans to strike next week.")
    assert _could_be_verb(tokens, tokens.index("plans"), lenient=False)


# --- A noun of a converse pair, an amount between its determiner and it.


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The city borrowed $40 million to repair the bridge.",
         "The city took out a $40 million loan to repair the bridge."),
        ("The club borrowed 3 million euros last year.",
         "The club took out a 3 million loan last year."),
    ],
)  # fmt: skip
def test_a_loan_with_its_amount_is_no_opposite_of_borrowing(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert not [c for c, _ in checks_judged(x, y) if c.startswith("opposite.")], (x, y)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The city borrowed $40 million to repair the bridge.",
         "The city lent $40 million to repair the bridge."),
        ("The club sold a 3 million stake last year.",
         "The club bought a 3 million stake last year."),
    ],
)  # fmt: skip
def test_converse_verbs_beside_an_amount_are_still_opposites(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert _loud(x, y, "opposite."), (x, y)


# --- "be able to" / "be unable to": the verb phrase of "can", no adjective of a noun.


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("We would not even be able to feel the change.", "We would not even feel the change."),
        ("The rescuers were unable to reach the village.",
         "The rescuers could not reach the village."),
        ("Soon the probe will be able to measure the dust.",
         "Soon the probe will measure the dust."),
    ],
)  # fmt: skip
def test_able_to_before_a_verb_is_no_modifier(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert not [c for c, _ in checks_judged(x, y) if c.startswith("modifier.")], (x, y)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The firm hired able engineers.", "The firm hired engineers."),
        ("The rescuers reached the unable pilots.", "The rescuers reached the pilots."),
    ],
)  # fmt: skip
def test_able_before_a_noun_is_still_a_modifier(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert any(s >= Severity.MEDIUM for _, s in checks_judged(x, y)), (x, y)


# --- Reports no one in particular made, as a source, and "reportedly".


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The minister was reportedly arrested at the airport.",
         "The minister was arrested at the airport, according to reports."),
        ("The minister was reportedly arrested at the airport.",
         "The minister was arrested at the airport, according to media reports."),
        ("The minister was reportedly arrested at the airport.",
         "Press reports said the minister was arrested at the airport."),
    ],
)  # fmt: skip
def test_reportedly_is_according_to_reports(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A named source is no "reportedly"; the hedge alone, dropped, is still a change.
        ("The minister was arrested at the airport, police said.",
         "The minister was reportedly arrested at the airport."),
        ("The minister was arrested at the airport, according to reports.",
         "The minister was arrested at the airport."),
    ],
)  # fmt: skip
def test_a_named_source_or_no_source_against_reportedly_is_still_found(a: str, b: str) -> None:
    assert most_severe(checks_judged(a, b)) >= Severity.MEDIUM, (a, b)


# --- A name without the common noun that only says what kind of thing it names.


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The ferry sank in the Yangtze River last week.",
         "The ferry sank in the Yangtze last week."),
        ("The flight landed at Heathrow Airport at noon.",
         "The flight landed at Heathrow at noon."),
        ("These galaxies were seen by the Hubble Telescope.",
         "These galaxies were seen by Hubble."),
    ],
)  # fmt: skip
def test_a_name_without_its_kind_is_the_same_thing(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A body is no place ("Boston University" / "Boston"), a common word no name ("Baker
        # Street" / "Baker"), and an island no territory its name shares.
        ("She studied at Boston University for two years.", "She studied in Boston for two years."),
        ("He lived on Baker Street.", "He lived on Baker."),
        ("Hong Kong Island is a territory of Hong Kong.", "It is a territory of Hong Kong."),
        # Another river is still another river.
        ("The ferry sank in the Yangtze River last week.",
         "The ferry sank in the Mekong River last week."),
    ],
)  # fmt: skip
def test_a_name_cut_to_another_thing_is_still_found(a: str, b: str) -> None:
    assert most_severe(checks_judged(a, b)) >= Severity.MEDIUM, (a, b)


# --- An adjective as the object of "in", "at" or "for": an adverbial, no modifier of a noun.


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The hearing was held in private.", "The hearing was held behind closed doors."),
        ("The suspect is still at large.", "The suspect is still free."),
    ],
)  # fmt: skip
def test_an_adjective_after_in_or_at_is_no_modifier(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert not [c for c, _ in checks_judged(x, y) if c.startswith("modifier.")], (x, y)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # The adverbial left out is still found, and so is an adjective of a noun.
        ("The talks were held in private.", "The talks were held."),
        ("The hearing was held in a private room.", "The hearing was held in a room."),
    ],
)  # fmt: skip
def test_the_adverbial_or_a_noun_s_adjective_left_out_is_still_found(a: str, b: str) -> None:
    assert most_severe(checks_judged(a, b)) >= Severity.MEDIUM, (a, b)


# --- A negation or a quantifier written twice in a row: one word, stuttered.


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Passports with no gender marker are issued.",
         "Passports with no no gender marker are issued."),
        ("Many residents left the town.", "Many many residents left the town."),
        ("The talks did not resume.", "The talks did not not resume."),
    ],
)  # fmt: skip
def test_a_stuttered_negation_or_quantifier_is_one_word(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        found = [c for c, _ in checks_judged(x, y) if c.startswith(("negation.", "scale."))]
        assert not found, (x, y)


def test_stutters_are_counted_once_but_two_negations_apart_stay_two() -> None:
    from vardiff import _cues as cues

    assert cues.negations("with no no gender marker") == ["no"]
    assert len(cues.negations("No, no, I did not go.")) == 3
    # A quantifier of another word, or a negation, is still a change.
    assert (
        most_severe(checks_judged("Many residents left.", "Few residents left.")) >= Severity.MEDIUM
    )
    found = checks_judged("The talks resumed.", "The talks did not not resume.")
    assert most_severe(found) >= Severity.MEDIUM


# --- "percentage points" said short: "points", after an amount.


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Support for the party fell by three percentage points.",
         "Support for the party fell by three points."),
        ("Turnout rose 4 percentage points on the last vote.",
         "Turnout rose 4 points on the last vote."),
    ],
)  # fmt: skip
def test_points_are_percentage_points_said_short(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


def test_percentage_points_against_percent_is_still_another_unit() -> None:
    a, b = "Support fell by three percentage points.", "Support fell by three percent."
    assert_fails_both_ways(a, b)
