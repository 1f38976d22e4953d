"""Lexical kinds of drift of probe_drift22 (issue 7: trust; issue 8: meaning changes the
embedding cannot see): the route a medicine is given by ("orally" / "intravenously",
"inhaled" / "injected"), how it is sold ("over the counter" / "on prescription", "generic" /
"branded"), the body of a company that acts ("the board" / "the shareholders"), a watch
against a warning and the colour of a warning, how a member voted ("abstained" / "voted
against"), the terms of a loan ("fixed-rate" / "variable-rate", "senior" / "subordinated"),
which insurance ("life" / "health insurance"), the class of a ticket ("business" / "economy
class", "one-way" / "return"), the form, stage and purpose of an exam ("theory" / "practical
test", "mock" / "final exams"), a doping test in or out of competition, the surface a sport is
played on or a road is paved with, and the shift of a working day. The probe was written before
the judge's rules for these kinds were read; its first run on main baae6e7 is the
out-of-sample figure (benchmarks/data/README.md).

Knowledge written against it, each with its loud and quiet twins (sentences not the probe's):
fields of ``kind.field`` (``vardiff/judge/_fields.py``), a set that holds others of its field
no verdict against them (``_BROADER``: an injection may be into a vein, home insurance covers
the contents); and forms read alike before any check (``vardiff/judge/_alike.py``): "voted
no" / "voted against", "abstained from voting" / "abstained", "over the counter" / "without a
prescription", "unsecured" / "with no collateral"."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_judged_both_ways,
    assert_not_judged_both_ways,
    assert_quiet_both_ways,
)

# -- kind.field: another route, supply, body, alert, vote, loan, insurance, class, exam ----------

ANOTHER = [
    (
        "The elderly woman was given fluids intravenously after she was found dehydrated in her "
        "flat, the ambulance service said.",
        "The elderly woman was given fluids orally after she was found dehydrated in her flat, "
        "the ambulance service said.",
    ),
    (
        "The steroid is inhaled twice a day by most asthma patients in the study, the authors "
        "wrote.",
        "The steroid is injected twice a day by most asthma patients in the study, the authors "
        "wrote.",
    ),
    (
        "The hormone is given subcutaneously once a week to children with growth problems.",
        "The hormone is given intramuscularly once a week to children with growth problems.",
    ),
    (
        "Codeine cough syrups will be sold over the counter again after the regulator reversed "
        "its decision.",
        "Codeine cough syrups will be sold on prescription again after the regulator reversed "
        "its decision.",
    ),
    (
        "Hospitals must buy the generic form of the cancer drug under the new procurement rules.",
        "Hospitals must buy the branded form of the cancer drug under the new procurement rules.",
    ),
    (
        "The board rejected the takeover offer from the American private equity firm on Monday.",
        "The shareholders rejected the takeover offer from the American private equity firm on "
        "Monday.",
    ),
    (
        "The works council will be consulted before any job cuts are announced at the plant.",
        "The creditors will be consulted before any job cuts are announced at the plant.",
    ),
    (
        "Forecasters issued a flood watch for three counties as the river continued to rise "
        "overnight.",
        "Forecasters issued a flood warning for three counties as the river continued to rise "
        "overnight.",
    ),
    (
        "A yellow warning for ice is in place across the north of the country until Friday "
        "morning.",
        "A red warning for ice is in place across the north of the country until Friday morning.",
    ),
    (
        "Two Labour members abstained in the vote on the welfare bill, which passed by a wide "
        "margin.",
        "Two Labour members voted against in the vote on the welfare bill, which passed by a wide "
        "margin.",
    ),
    (
        "Three senators voted in favour of the nomination despite their party's opposition.",
        "Three senators abstained on the nomination despite their party's opposition.",
    ),
    (
        "Most first-time buyers now choose a fixed-rate mortgage to protect themselves from "
        "rising costs.",
        "Most first-time buyers now choose a variable-rate mortgage to protect themselves from "
        "rising costs.",
    ),
    (
        "Holders of the bank's senior bonds will be repaid in full under the rescue plan.",
        "Holders of the bank's subordinated bonds will be repaid in full under the rescue plan.",
    ),
    (
        "The development bank lent the country 2 billion dollars on concessional terms to "
        "rebuild its ports.",
        "The development bank lent the country 2 billion dollars on commercial terms to rebuild "
        "its ports.",
    ),
    (
        "Nearly a third of young families have no life insurance, the consumer group found.",
        "Nearly a third of young families have no health insurance, the consumer group found.",
    ),
    (
        "The insurer will stop selling flood insurance in the river valley from next year.",
        "The insurer will stop selling travel insurance in the river valley from next year.",
    ),
    (
        "The prime minister's aides flew business class to the summit in Tokyo, the report said.",
        "The prime minister's aides flew economy class to the summit in Tokyo, the report said.",
    ),
    (
        "She booked a return ticket to Buenos Aires for her father, the court heard.",
        "She booked a one-way ticket to Buenos Aires for her father, the court heard.",
    ),
    (
        "Almost half of the applicants failed the theory test on their first attempt last year.",
        "Almost half of the applicants failed the practical test on their first attempt last year.",
    ),
    (
        "The school cancelled its mock exams after a burst pipe flooded the sports hall.",
        "The school cancelled its final exams after a burst pipe flooded the sports hall.",
    ),
    (
        "The cyclist tested positive in an out-of-competition test carried out in January.",
        "The cyclist tested positive in an in-competition test carried out in January.",
    ),
    (
        "She has never lost a match on clay since she turned professional seven years ago.",
        "She has never lost a match on grass since she turned professional seven years ago.",
    ),
    (
        "The old towpath will be covered with asphalt so that wheelchair users can reach the lock.",
        "The old towpath will be covered with gravel so that wheelchair users can reach the lock.",
    ),
    (
        "The security guard on the night shift raised the alarm when he saw smoke from the "
        "loading bay.",
        "The security guard on the day shift raised the alarm when he saw smoke from the loading "
        "bay.",
    ),
]


@pytest.mark.parametrize(("a", "b"), ANOTHER)
def test_another_thing_of_the_field_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)
    assert_judged_both_ways(a, b, "kind.field")


# -- the same thing in other words of one set, or a set and one it holds ---------------------------

SAME = [
    (
        "The elderly woman was given fluids intravenously after she was found dehydrated in her "
        "flat, the ambulance service said.",
        "The elderly woman was given fluids into a vein after she was found dehydrated in her "
        "flat, the ambulance service said.",
    ),
    (
        "The shareholders rejected the takeover offer from the American private equity firm on "
        "Monday.",
        "The stockholders rejected the takeover offer from the American private equity firm on "
        "Monday.",
    ),
    (
        "Most first-time buyers now choose a variable-rate mortgage to protect themselves from "
        "rising costs.",
        "Most first-time buyers now choose an adjustable-rate mortgage to protect themselves "
        "from rising costs.",
    ),
    (
        "The insurer will stop selling travel insurance in the river valley from next year.",
        "The insurer will stop selling holiday insurance in the river valley from next year.",
    ),
    (
        "The school cancelled its mock exams after a burst pipe flooded the sports hall.",
        "The school cancelled its practice exams after a burst pipe flooded the sports hall.",
    ),
    (
        "The old towpath will be covered with asphalt so that wheelchair users can reach the lock.",
        "The old towpath will be covered with tarmac so that wheelchair users can reach the lock.",
    ),
    (
        "The security guard on the night shift raised the alarm when he saw smoke from the "
        "loading bay.",
        "The security guard on the graveyard shift raised the alarm when he saw smoke from the "
        "loading bay.",
    ),
    # read alike before any check
    (
        "Two Labour members voted against the welfare bill, which passed by a wide margin.",
        "Two Labour members voted no on the welfare bill, which passed by a wide margin.",
    ),
    (
        "Two Labour members abstained on the welfare bill, which passed by a wide margin.",
        "Two Labour members abstained from voting on the welfare bill, which passed by a wide "
        "margin.",
    ),
    (
        "Codeine cough syrups will be sold over the counter again after the regulator reversed "
        "its decision.",
        "Codeine cough syrups will be sold without a prescription again after the regulator "
        "reversed its decision.",
    ),
    (
        "The start-up borrowed 40 million euros in unsecured loans from three banks last year.",
        "The start-up borrowed 40 million euros in loans with no collateral from three banks last "
        "year.",
    ),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_the_same_thing_in_other_words_stays_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)
    assert_not_judged_both_ways(a, b, "kind.field")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # an injection may be into a vein; home insurance covers the contents; a medicine over
        # the counter may be on pharmacy sale: no verdict of the field
        (
            "The vaccine is given by injection in two doses, four weeks apart.",
            "The vaccine is given intravenously in two doses, four weeks apart.",
        ),
        (
            "Many tenants wrongly believe that their landlord's home insurance protects their "
            "belongings.",
            "Many tenants wrongly believe that their landlord's contents insurance protects their "
            "belongings.",
        ),
        (
            "The painkiller can be bought over the counter in most European countries.",
            "The painkiller can be bought behind the counter in most European countries.",
        ),
    ],
)
def test_a_set_and_one_it_holds_are_no_field_verdict(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "kind.field")
