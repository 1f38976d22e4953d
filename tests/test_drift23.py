"""Kinds of drift of probe_drift23, taken from texts beyond news (issue 8: meaning changes the
embedding cannot see): a feature's release stage ("deprecated" / "removed", "experimental" /
"stable"), a setting on by default or chosen ("opt-in" / "opt-out"), how a pointer or a screen
is pressed ("double-click" / "click", "tap" / "long-press"), where a thing is stored ("in the
fridge" / "in the freezer", "from moisture" / "from light"), how a tablet is taken
("swallowed" / "chewed" / "dissolved"), a finding told as a link or as a cause ("associated
with" / "caused"), money into an account or out of it, which amount of an insurance policy
("premium" / "excess"), the type of a fare ("off-peak" / "anytime", "day pass" / "weekly
pass"), what a train does at a station ("calls at" / "terminates at"), which provision prevails
("subject to" / "notwithstanding"), a contract carried on or ended ("renewed" / "expired") and
the arm of a study ("control" / "treatment group"). The probe was written before the judge's
rules for these kinds were read; its first run on main f8ae45a is the out-of-sample figure
(benchmarks/data/README.md).

Knowledge written against it, each with its loud and quiet twins (sentences not the probe's):
fields of ``kind.field`` (``vardiff/judge/_fields.py``), a set that holds another no verdict
against it (``_BROADER``: a control group may be given a placebo, a season ticket may run for a
month); and words whose meaning holds a negation (``vardiff/judge/polarity.py``, ``_DENYING``):
"avoid" is "not use, take, drink", "contraindicated" is "must not be given", "whole" is "not
chewed or broken"."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_judged_both_ways,
    assert_not_judged_both_ways,
    assert_quiet_both_ways,
)

# -- kind.field: another stage, setting, press, storage, handling, claim, amount, fare ----------

ANOTHER = [
    (
        "The plugin interface was deprecated in the spring update, the developers wrote.",
        "The plugin interface was removed in the spring update, the developers wrote.",
    ),
    (
        "The voice assistant is experimental on older tablets, according to the release notes.",
        "The voice assistant is stable on older tablets, according to the release notes.",
    ),
    (
        "Location history is opt-in for new users of the maps service.",
        "Location history is opt-out for new users of the maps service.",
    ),
    (
        "Spell checking runs by default in the mail client on every platform.",
        "Spell checking runs optionally in the mail client on every platform.",
    ),
    (
        "Double-click the folder icon to open it in a new window.",
        "Click the folder icon to open it in a new window.",
    ),
    (
        "Tap the photo to share it with your contacts.",
        "Long-press the photo to share it with your contacts.",
    ),
    (
        "Keep the vaccine vials in the fridge until the nurse is ready to use them.",
        "Keep the vaccine vials in the freezer until the nurse is ready to use them.",
    ),
    (
        "Protect the old photographs from heat when you store them in the attic.",
        "Protect the old photographs from light when you store them in the attic.",
    ),
    (
        "Children may chew the vitamin tablets with a drink of milk.",
        "Children may swallow the vitamin tablets with a drink of milk.",
    ),
    (
        "Heavy drinking was associated with memory loss in the Danish study.",
        "Heavy drinking caused memory loss in the Danish study.",
    ),
    (
        "Air pollution is linked to dementia in older adults, the review found.",
        "Air pollution leads to dementia in older adults, the review found.",
    ),
    (
        "The annual bonus was credited to her account on Friday.",
        "The annual bonus was debited from her account on Friday.",
    ),
    (
        "Her car insurance premium rose by a fifth this year.",
        "Her car insurance excess rose by a fifth this year.",
    ),
    (
        "A day pass for the island ferry costs 12 euros in summer.",
        "A weekly pass for the island ferry costs 12 euros in summer.",
    ),
    (
        "Off-peak tickets are not valid on the early commuter trains.",
        "Anytime tickets are not valid on the early commuter trains.",
    ),
    (
        "The overnight express terminates at Lyon after a ten-hour journey.",
        "The overnight express calls at Lyon after a ten-hour journey.",
    ),
    (
        "Subject to the rules below, members may bring two guests to the club.",
        "Notwithstanding the rules below, members may bring two guests to the club.",
    ),
    (
        "Her work visa was renewed in March, the embassy confirmed.",
        "Her work visa expired in March, the embassy confirmed.",
    ),
    (
        "Patients in the treatment arm reported fewer headaches after a month.",
        "Patients in the control arm reported fewer headaches after a month.",
    ),
]


@pytest.mark.parametrize(("a", "b"), ANOTHER)
def test_another_thing_of_a_field_fails_the_gate(a: str, b: str) -> None:
    assert_judged_both_ways(a, b, "kind.field")
    assert_fails_both_ways(a, b)


# -- kind.synonym or no verdict: one set of a field, a set and one it holds ---------------------

SAME = [
    (
        "The search feature is in public beta for all customers.",
        "The search feature is in open beta for all customers.",
    ),
    (
        "Keep the vaccine vials in the fridge until the nurse is ready to use them.",
        "Keep the vaccine vials in the refrigerator until the nurse is ready to use them.",
    ),
    (
        "Keep the powder away from moisture once the tin has been opened.",
        "Keep the powder away from damp once the tin has been opened.",
    ),
    (
        "Let the tablet dissolve on the tongue before you drink anything.",
        "Let the tablet melt on the tongue before you drink anything.",
    ),
    (
        "Obesity is linked to heart disease in both men and women.",
        "Obesity is associated with heart disease in both men and women.",
    ),
    (
        "The excess on the pet insurance policy is 100 pounds a claim.",
        "The deductible on the pet insurance policy is 100 pounds a claim.",
    ),
    (
        "Passengers for the coast should change at Crewe for the local train.",
        "Passengers for the coast should transfer at Crewe for the local train.",
    ),
    (
        "Regardless of the rules below, staff may park in the visitors' car park.",
        "Irrespective of the rules below, staff may park in the visitors' car park.",
    ),
    (
        "Volunteers in the placebo group were given a saline injection.",
        "Volunteers in the control group were given a saline injection.",
    ),
    (
        "A monthly pass for the city's trams costs 60 euros.",
        "A season ticket for the city's trams costs 60 euros.",
    ),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_one_thing_said_two_ways_is_no_other_thing(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "kind.field")


@pytest.mark.parametrize(("a", "b"), SAME[:6])
def test_one_set_of_a_field_stays_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


def test_a_right_click_told_by_its_mouse_button_is_no_other_press() -> None:
    # the side that says "click" says which button too
    assert_not_judged_both_ways(
        "Right-click the desktop and choose Display settings.",
        "Click the desktop with the right mouse button and choose Display settings.",
        "kind.field",
    )


def test_a_field_word_in_another_sense_is_no_verdict() -> None:
    # a pay freeze is no storage: no other set of the field stands in the edit
    assert_not_judged_both_ways(
        "The government announced a freeze on public sector pay on Monday.",
        "The government announced a pay freeze for public sector workers on Monday.",
        "kind.field",
    )


# -- polarity: a word whose meaning holds a negation ---------------------------------------------

MEANT = [
    (
        "Travellers should avoid tap water in the region during the outbreak.",
        "Travellers should not drink tap water in the region during the outbreak.",
    ),
    (
        "The antibiotic is contraindicated in children under six, the leaflet says.",
        "The antibiotic must not be given to children under six, the leaflet says.",
    ),
]


@pytest.mark.parametrize(("a", "b"), MEANT)
def test_a_negation_said_by_a_word_that_holds_it_stays_quiet(a: str, b: str) -> None:
    assert_judged_both_ways(a, b, "negation.meant")
    assert_quiet_both_ways(a, b)


def test_without_chewing_said_as_whole_is_no_flip() -> None:
    a = "Swallow the capsule whole with some water before breakfast."
    b = "Swallow the capsule without chewing it with some water before breakfast."
    assert_not_judged_both_ways(a, b, "negation.flipped")
    assert_quiet_both_ways(a, b)


FLIPPED = [
    (
        "Travellers should avoid tap water in the region during the outbreak.",
        "Travellers should drink tap water in the region during the outbreak.",
    ),
    (
        "The antibiotic is contraindicated in children under six, the leaflet says.",
        "The antibiotic may be given to children under six, the leaflet says.",
    ),
]


@pytest.mark.parametrize(("a", "b"), FLIPPED)
def test_the_act_a_word_denies_said_plainly_is_a_flip(a: str, b: str) -> None:
    assert_judged_both_ways(a, b, "negation.flipped")
    assert_fails_both_ways(a, b)


# -- event.relation: two verbs of one set of a field are one act ---------------------------------

ONE_ACT = [
    (
        "The cruise ship calls at Valletta on its way to Tunis every Thursday.",
        "The cruise ship stops at Valletta on its way to Tunis every Thursday.",
    ),
    (
        "The lease on the warehouse was renewed for another five years in June.",
        "The lease on the warehouse was extended for another five years in June.",
    ),
]


@pytest.mark.parametrize(("a", "b"), ONE_ACT)
def test_one_act_of_a_field_told_by_another_verb_is_no_other_relation(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "event.relation")
    assert_quiet_both_ways(a, b)


def test_a_ship_that_passes_a_port_instead_of_calling_there_fails() -> None:
    assert_fails_both_ways(
        "The cruise ship calls at Valletta on its way to Tunis every Thursday.",
        "The cruise ship passes through Valletta on its way to Tunis every Thursday.",
    )
