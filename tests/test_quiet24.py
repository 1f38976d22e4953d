"""Honest variation of probe_quiet24 (job adverts, HR letters, school notices, shop and
delivery terms, tenancy listings, forecasts, food labels, booking conditions): the working week
by its days or by its name ("Monday to Friday" / "on weekdays"), a numbered part of a course by
its rank or its number ("the first semester" / "semester one"), how long before an event a
thing is done at the least ("at least four weeks before" / "no later than four weeks before"),
overtime's rate by its trade name ("time and a half" / "one and a half times the normal rate"),
a temperature near freezing ("around freezing" / "about zero"), a thing added ("plus
commission" / "and commission on top"), a wage received or paid ("will receive" / "will be
paid") and a thing free of charge or not charged for, beside changes of the same
surface shapes, which do shift the meaning: a qualification required or desirable, the weather
easing or building, a food's date mark, a delivery's speed and the place it is left, a salary
negotiable or fixed, goods in stock or not, a job in term time or all year, and half of a thing
for the whole of it ("half your deposit" / "your deposit"). The probe was written before the
judge's rules for these kinds were read; its first run on main 1ecf230 is the out-of-sample
figure (benchmarks/data/README.md).

Rules written against it, each with its loud and quiet twins (sentences not the probe's):
``_alike`` (``_WORK_WEEK``, ``_LEAD_TIME``, ``_OVERTIME``, ``_on_top_reads``, "out of
stock" / "sold out" among ``_NEGATED``); ``_written``
(``_ranked_part_reads``); ``_degrees`` (``_FREEZING``); ``_fields`` (``requirement_level``,
``weather_trend``, ``date_mark``, ``delivery_speed``, ``delivery_point``, ``negotiability``,
``working_year``, ``stock_state``; overtime's rate is drift24's ``overtime_pay``);
``measures`` (``_PARTITIVE``: "half" before a determiner); ``events`` (``_verb_sets``: "be
paid" a wage is to receive it); ``polarity`` (``_DENYING``: "free" of a charge or of an
ingredient)."""

from __future__ import annotations

import pytest
from _hits import assert_fails_both_ways, assert_judged_both_ways, assert_quiet_both_ways

from vardiff.judge._written import written_reads

QUIET = [
    # the working week by its days or its name
    (
        "The library's study rooms can be booked Monday to Friday, and staff answer questions "
        "by phone during the same hours.",
        "The library's study rooms can be booked on weekdays, and staff answer questions by "
        "phone during the same hours.",
    ),
    (
        "The canteen serves hot meals from noon to 2pm every weekday and is closed during the "
        "school holidays.",
        "The canteen serves hot meals from noon to 2pm Mon-Fri and is closed during the school "
        "holidays.",
    ),
    # a numbered part by its rank before it or its number after it
    (
        "Coursework for the module is due in the tenth week of the spring term, and late work "
        "loses five marks a day.",
        "Coursework for the module is due in week ten of the spring term, and late work loses "
        "five marks a day.",
    ),
    (
        "Round two of the interviews will take place in March, and candidates will be told the "
        "result by email.",
        "The second round of the interviews will take place in March, and candidates will be "
        "told the result by email.",
    ),
    # at least a length of time before an event, or no later than it
    (
        "Parents must book the minibus at least three days before the trip, using the form on "
        "the school website.",
        "Parents must book the minibus no later than three days before the trip, using the "
        "form on the school website.",
    ),
    # overtime's rate by its name or by its multiple of the usual pay
    (
        "Drivers who work on a bank holiday are paid double time and are given a day off in "
        "lieu the following month.",
        "Drivers who work on a bank holiday are paid twice the usual rate and are given a day "
        "off in lieu the following month.",
    ),
    # near freezing, or near zero
    (
        "Temperatures will hover around freezing overnight in the valleys, so take care on "
        "untreated roads in the morning.",
        "Temperatures will hover about zero overnight in the valleys, so take care on "
        "untreated roads in the morning.",
    ),
    # one set of a field named two ways
    (
        "Experience of bookkeeping software is desirable, and all new staff receive two weeks "
        "of training at the head office.",
        "Experience of bookkeeping software would be an advantage, and all new staff receive "
        "two weeks of training at the head office.",
    ),
    (
        "Winds will ease during the evening, and the ferries to the islands are expected to "
        "run normally tomorrow.",
        "Winds will die down during the evening, and the ferries to the islands are expected "
        "to run normally tomorrow.",
    ),
    # a thing added by "plus" before it or "on top" after it
    (
        "Seasonal pickers earn £11 an hour plus a harvest bonus, and accommodation on the farm "
        "is provided.",
        "Seasonal pickers earn £11 an hour with a harvest bonus on top, and accommodation on "
        "the farm is provided.",
    ),
    # a wage received, or paid to its earner
    (
        "Apprentices will receive £9 an hour in their first year of training at the plant.",
        "Apprentices will be paid £9 an hour in their first year of training at the plant.",
    ),
    # free of charge, or not charged for
    (
        "Entry to the museum is free of charge for children under five and for carers.",
        "Children under five and carers are not charged for entry to the museum.",
    ),
    # "half" before its determiner or with "of"
    (
        "The charity will cover half your travel costs if you volunteer for at least two days "
        "a week.",
        "The charity will cover half of your travel costs if you volunteer for at least two "
        "days a week.",
    ),
]

LOUD = [
    # another working week, another day of it
    (
        "The library's study rooms can be booked on weekdays, and staff answer questions by "
        "phone during the same hours.",
        "The library's study rooms can be booked Monday to Saturday, and staff answer "
        "questions by phone during the same hours.",
    ),
    # another part
    (
        "Coursework for the module is due in the tenth week of the spring term, and late work "
        "loses five marks a day.",
        "Coursework for the module is due in week nine of the spring term, and late work loses "
        "five marks a day.",
    ),
    # the other side of the event
    (
        "Parents must book the minibus at least three days before the trip, using the form on "
        "the school website.",
        "Parents must book the minibus no later than three days after the trip, using the "
        "form on the school website.",
    ),
    # another rate
    (
        "Drivers who work on a bank holiday are paid time and a half and are given a day off "
        "in lieu the following month.",
        "Drivers who work on a bank holiday are paid double time and are given a day off in "
        "lieu the following month.",
    ),
    # a qualification required or only desirable
    (
        "A food hygiene certificate is essential for this post, and the shifts include some "
        "early mornings.",
        "A food hygiene certificate is desirable for this post, and the shifts include some "
        "early mornings.",
    ),
    (
        "Knowledge of German is preferred, and the successful applicant will travel to Munich "
        "twice a year.",
        "Knowledge of German is mandatory, and the successful applicant will travel to Munich "
        "twice a year.",
    ),
    # the weather easing or building
    (
        "The rain will clear from the north during Tuesday afternoon, with a dry and cold "
        "night to follow.",
        "The rain will spread from the north during Tuesday afternoon, with a dry and cold "
        "night to follow.",
    ),
    (
        "Mist and low cloud will break up through the morning over the hills of Wales and "
        "the west of England.",
        "Mist and low cloud will thicken through the morning over the hills of Wales and the "
        "west of England.",
    ),
    # a food's date mark
    (
        "The yoghurt is best before the date on the side of the pot and should be kept in the "
        "fridge.",
        "The yoghurt is use by the date on the side of the pot and should be kept in the fridge.",
    ),
    # a delivery's speed and where it is left
    (
        "Same-day delivery costs £7 for orders placed before 11am, and you can track the "
        "driver on a map.",
        "Next-day delivery costs £7 for orders placed before 11am, and you can track the "
        "driver on a map.",
    ),
    (
        "Wardrobes and beds are delivered to the kerbside, and customers must arrange their "
        "own help to carry them in.",
        "Wardrobes and beds are delivered to the front door, and customers must arrange their "
        "own help to carry them in.",
    ),
    # a salary open to bargaining or set
    (
        "The rent for the shop unit is negotiable, and the landlord will consider a lease of "
        "three or five years.",
        "The rent for the shop unit is fixed, and the landlord will consider a lease of three "
        "or five years.",
    ),
    # goods in stock, sold out or selling fast
    (
        "The red and green versions of the raincoat are sold out, but the blue one can still "
        "be ordered online.",
        "The red and green versions of the raincoat are selling fast, but the blue one can "
        "still be ordered online.",
    ),
    (
        "The new edition of the atlas is in stock and can be posted to you the next working day.",
        "The new edition of the atlas is available to pre-order and can be posted to you the "
        "next working day.",
    ),
    # a job in term time or all year
    (
        "The caretaker's post is term-time only, with four extra weeks in the summer for "
        "repairs to the buildings.",
        "The caretaker's post is year-round, with four extra weeks in the summer for repairs "
        "to the buildings.",
    ),
    # another thing added, a wage paid out, a charge made
    (
        "Seasonal pickers earn £11 an hour plus a £500 harvest bonus, and accommodation on the "
        "farm is provided.",
        "Seasonal pickers earn £11 an hour with a £300 harvest bonus on top, and accommodation "
        "on the farm is provided.",
    ),
    (
        "Apprentices will receive £9 an hour in their first year of training at the plant.",
        "Apprentices will pay £9 an hour in their first year of training at the plant.",
    ),
    (
        "Entry to the museum is free for children under five and for carers.",
        "Entry to the museum is charged for children under five and for carers.",
    ),
    # half of a thing for the whole of it
    (
        "The charity will cover your travel costs if you volunteer for at least two days a week.",
        "The charity will cover half your travel costs if you volunteer for at least two days "
        "a week.",
    ),
]


@pytest.mark.parametrize(("a", "b"), QUIET)
def test_honest_variation_of_notices_adverts_and_terms_stays_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), LOUD)
def test_the_same_shapes_with_another_meaning_fail(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


def test_a_field_of_notices_names_what_changed() -> None:
    # the finding is the field's, not a chance one of another check
    assert_judged_both_ways(
        "Best before the end of May; once opened, keep in the fridge and eat within two days.",
        "Use by the end of May; once opened, keep in the fridge and eat within two days.",
        "kind.field",
    )
    assert_judged_both_ways(
        "The trainers are out of stock in every size, so we will email you when they arrive.",
        "The trainers are made to order in every size, so we will email you when they arrive.",
        "kind.field",
    )


def test_goods_back_in_stock_are_no_state_of_the_stock_now() -> None:
    # "back in stock" says when the goods return, so it stands against no "out of stock"
    assert_quiet_both_ways(
        "The lamp is currently out of stock, but you can ask us to email you when it is "
        "available again.",
        "The lamp is currently sold out, but you can ask us to email you when it is back in stock.",
    )


def test_a_numbered_part_is_read_only_with_the_same_number_and_noun() -> None:
    a = "Teaching ends in the sixth week of the second semester."
    assert written_reads(a, "Teaching ends in week six of semester two.") == [
        (17, 25, "the sixth week"),
        (29, 41, "the second semester"),
    ]
    # another number, another part, or "Year 2" of a school system: nothing read
    assert written_reads(a, "Teaching ends in week seven of semester two.") == []
    assert written_reads(a, "Teaching ends in term six of semester two.") == []
    assert written_reads("Pupils in the second year", "Pupils in Year 2") == []
