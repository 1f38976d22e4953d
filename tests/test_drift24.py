"""Kinds of drift of probe_drift24, taken from texts beyond news that a translation QA editor
also checks (issue 8: meaning changes the embedding cannot see): where a job is done ("remote"
/ "on-site"), a period or a leave of a job ("probation" / "induction", "garden leave" /
"unpaid leave"), the basis of pay ("pro rata" / "per annum", "in arrears" / "in advance",
"plus" / "including"), how a course is assessed ("formative" / "summative", alone or in a
group), what a shop gives back ("refund" / "store credit"), the event a period runs from ("of
delivery" / "of purchase"), what a warranty covers, the terms of a let ("furnished" /
"part-furnished"), how tax treats a thing ("tax-free" / "taxable"), how widely weather occurs
("scattered" / "widespread"), an allergen contained or perhaps there, what a nutrition figure
is given for ("per serving" / "per pack"), a substance's hazard class ("flammable" /
"combustible") and the meals a room's price includes ("half board" / "full board"). The probe
was written before the judge's rules for these kinds were read; its first run on main 1ecf230
is the out-of-sample figure (benchmarks/data/README.md).

Knowledge written against it, each with its loud and quiet twins (sentences not the probe's):
fields of ``kind.field`` (``vardiff/judge/_fields.py``); and a window of time after an event
said by "within" or by a ceiling on the time after it, read alike (``vardiff/judge/_bounds.py``,
``window_reads``)."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_judged_both_ways,
    assert_not_judged_both_ways,
    assert_quiet_both_ways,
    checks_judged,
)

# -- kind.field: another place of work, period, pay, remedy, cover, tax, spread, hazard, board --

ANOTHER = [
    (
        "The first-aid course is taught in person over three evenings.",
        "The first-aid course is taught remotely over three evenings.",
    ),
    (
        "Our editors follow a hybrid pattern, with part of the week in the newsroom.",
        "Our editors follow a remote pattern, with part of the week in the newsroom.",
    ),
    (
        "She took sick leave after the operation on her knee.",
        "She took annual leave after the operation on her knee.",
    ),
    (
        "He spent a year on an apprenticeship with a firm of electricians in Cardiff.",
        "He spent a year on an internship with a firm of electricians in Cardiff.",
    ),
    (
        "Every new nurse completes the induction period before working alone on the ward.",
        "Every new nurse completes the probation period before working alone on the ward.",
    ),
    (
        "The teaching assistant post pays £21,000 pro rata for 25 hours a week.",
        "The teaching assistant post pays £21,000 per annum for 25 hours a week.",
    ),
    (
        "The advert promises on-target earnings of €55,000 in the first year.",
        "The advert promises guaranteed earnings of €55,000 in the first year.",
    ),
    (
        "Cleaners are paid weekly in arrears for the hours they have worked.",
        "Cleaners are paid weekly in advance for the hours they have worked.",
    ),
    (
        "Work on bank holidays is paid at double time for all hourly staff.",
        "Work on bank holidays is paid at time and a half for all hourly staff.",
    ),
    (
        "The concert ticket costs €40, excluding the booking fee.",
        "The concert ticket costs €40, including the booking fee.",
    ),
    (
        "The weekly quizzes are summative and count towards the final mark.",
        "The weekly quizzes are formative and count towards the final mark.",
    ),
    (
        "The lab report is written individually by every student on the course.",
        "The lab report is written in pairs by every student on the course.",
    ),
    (
        "The airline offered a voucher for the cancelled flight to Lisbon.",
        "The airline offered a refund for the cancelled flight to Lisbon.",
    ),
    (
        "Complaints about the order must be made within 14 days of dispatch.",
        "Complaints about the order must be made within 14 days of receipt.",
    ),
    (
        "The boiler plan covers labour only, so any new parts are charged.",
        "The boiler plan covers parts and labour, so any new parts are charged.",
    ),
    (
        "The policy pays for wear and tear on the washing machine.",
        "The policy pays for accidental damage on the washing machine.",
    ),
    (
        "The kettle comes with a limited warranty from the shop.",
        "The kettle comes with a lifetime warranty from the shop.",
    ),
    (
        "Any claim under the guarantee goes to the seller, not to the bank.",
        "Any claim under the guarantee goes to the maker, not to the bank.",
    ),
    (
        "The printer is designed for home use and prints 20 pages a minute.",
        "The printer is designed for business use and prints 20 pages a minute.",
    ),
    (
        "The two-bedroom flat is offered semi-furnished to students.",
        "The two-bedroom flat is offered fully furnished to students.",
    ),
    (
        "Residents have off-street parking behind the block of flats.",
        "Residents have on-street parking behind the block of flats.",
    ),
    (
        "Lottery prizes are tax-free in the country, the tax office says.",
        "Lottery prizes are taxable in the country, the tax office says.",
    ),
    (
        "Small charities are exempt from the new levy on plastic packaging.",
        "Small charities are liable to the new levy on plastic packaging.",
    ),
    (
        "Printed books are zero-rated, so no VAT is charged on them.",
        "Printed books are exempt, so no VAT is charged on them.",
    ),
    (
        "Isolated showers are expected over the hills this evening.",
        "Widespread showers are expected over the hills this evening.",
    ),
    (
        "The drilling noise was intermittent throughout the night.",
        "The drilling noise was continuous throughout the night.",
    ),
    (
        "The vegetable soup is free from celery and mustard.",
        "The vegetable soup contains celery and mustard.",
    ),
    (
        "The label gives the fat content per slice of the cake.",
        "The label gives the fat content per pack of the cake.",
    ),
    (
        "Sugar is listed per serving on the side of the carton.",
        "Sugar is listed per 100 ml on the side of the carton.",
    ),
    (
        "The calorie count on the box is for the porridge oats as sold.",
        "The calorie count on the box is for the porridge oats as prepared.",
    ),
    (
        "The paint thinner is labelled as flammable by its maker.",
        "The paint thinner is labelled as combustible by its maker.",
    ),
    (
        "The hair dye is a known sensitiser, the leaflet warns.",
        "The hair dye is a known corrosive, the leaflet warns.",
    ),
    (
        "The resort sells its rooms all-inclusive in the high season.",
        "The resort sells its rooms half-board in the high season.",
    ),
    (
        "The mountain chalet is self-catering for groups of ten.",
        "The mountain chalet is catered for groups of ten.",
    ),
]


@pytest.mark.parametrize(("a", "b"), ANOTHER)
def test_another_thing_of_a_field_fails_the_gate(a: str, b: str) -> None:
    assert_judged_both_ways(a, b, "kind.field")
    assert_fails_both_ways(a, b)


# -- kind.synonym or no verdict: one set of a field ----------------------------------------------

SAME = [
    (
        "The whole course can be followed remotely by students abroad.",
        "The whole course can be followed from home by students abroad.",
    ),
    (
        "New staff serve a probation period of six months.",
        "New staff serve a trial period of six months.",
    ),
    (
        "Rent for the room is paid upfront for the whole term.",
        "Rent for the room is paid in advance for the whole term.",
    ),
    (
        "Shoppers without a receipt are offered a gift card instead.",
        "Shoppers without a receipt are offered store credit instead.",
    ),
    (
        "Interest on the account is tax-exempt for savers under 25.",
        "Interest on the account is tax-free for savers under 25.",
    ),
    (
        "The rain was persistent all day in the valley.",
        "The rain was continuous all day in the valley.",
    ),
    (
        "Scattered showers will die out by the evening.",
        "Patchy showers will die out by the evening.",
    ),
    (
        "Nutrition values on the tub are given per portion.",
        "Nutrition values on the tub are given per serving.",
    ),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_one_thing_said_two_ways_is_no_other_thing(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "kind.field")


@pytest.mark.parametrize(("a", "b"), SAME[:6])
def test_one_set_of_a_field_stays_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


def test_the_income_a_tax_is_reckoned_on_is_no_treatment() -> None:
    # "taxable income" names what tax is worked out on: the gift is still deductible
    a = "Gifts to the museum are tax-deductible under the new rules."
    b = "Gifts to the museum can be taken off your taxable income under the new rules."
    assert_not_judged_both_ways(a, b, "kind.field")


def test_a_field_word_on_one_side_only_is_no_verdict() -> None:
    # nothing of another set stands in the edit: "isolated" has no counterpart
    assert_not_judged_both_ways(
        "The village was isolated by the floods for three days.",
        "The village was cut off by the floods for three days.",
        "kind.field",
    )


# -- window_reads: "within N days of" and a ceiling on "N days after" are one window -------------

WINDOWS = [
    (
        "Claims must be filed within 60 days of the accident.",
        "Claims must be filed no later than 60 days after the accident.",
    ),
    (
        "Tickets can be exchanged within seven days of the show.",
        "Tickets can be exchanged up to seven days after the show.",
    ),
    (
        "The landlord repays the deposit within ten working days of the move.",
        "The landlord repays the deposit no more than ten working days after the move.",
    ),
]


@pytest.mark.parametrize(("a", "b"), WINDOWS)
def test_a_window_said_by_within_or_by_its_ceiling_stays_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


OTHER_WINDOWS = [
    # a day, no window
    (
        "Claims must be filed within 60 days of the accident.",
        "Claims must be filed 60 days after the accident.",
    ),
    # another length
    (
        "Tickets can be exchanged within seven days of the show.",
        "Tickets can be exchanged up to ten days after the show.",
    ),
    # a floor, no ceiling
    (
        "The landlord repays the deposit within ten days of the move.",
        "The landlord repays the deposit at least ten days after the move.",
    ),
]


@pytest.mark.parametrize(("a", "b"), OTHER_WINDOWS)
def test_a_day_another_length_or_a_floor_is_another_window(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


def test_the_window_read_leaves_no_finding_on_its_words() -> None:
    found = checks_judged(
        "Refunds are paid within 14 days of the return.",
        "Refunds are paid up to 14 days after the return.",
    )
    assert not [check for check, _ in found if check.startswith(("opposite.", "negation."))]


# -- polarity: a negative prefix on a word made on the noun that "without" denies --------------

MADE_ON = [
    (
        "The flat is let unfurnished to students.",
        "The flat is let without furniture to students.",
    ),
    (
        "The cottage is let unfurnished, but the owner will leave the beds and a cooker behind.",
        "The cottage is let without furniture, but the owner will leave the beds and a cooker "
        "behind.",
    ),
]


@pytest.mark.parametrize(("a", "b"), MADE_ON)
def test_a_prefix_on_a_word_made_on_the_noun_denied_stays_quiet(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "negation.flipped")
    assert_quiet_both_ways(a, b)


NOT_MADE_ON = [
    # the prefix's word is made on a person's noun: no employees is not out of work
    (
        "The workshop has been unemployed since the spring.",
        "The workshop has been without employees since the spring.",
    ),
    # no prefix: furnished without furniture is a flip
    (
        "The flat is let furnished to students.",
        "The flat is let without furniture to students.",
    ),
]


@pytest.mark.parametrize(("a", "b"), NOT_MADE_ON)
def test_a_word_not_made_on_the_noun_denied_stays_a_flip(a: str, b: str) -> None:
    assert_judged_both_ways(a, b, "negation.flipped")
    assert_fails_both_ways(a, b)
