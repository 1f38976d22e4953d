"""The judge beyond news, on what probe_quiet23 and probe_drift23 left (forms, manuals,
contracts, leaflets): a necessity denied against a word whose meaning denies it ("do not have
to add a photo" / "adding a photo is optional"), a control of a screen set or cleared ("select
the check box" / "clear the check box"). Each rule with quiet and loud twins in words not the
probes'."""

from __future__ import annotations

import pytest
from _hits import assert_fails_both_ways, assert_judged_both_ways, assert_quiet_both_ways

from vardiff._numbers import frequencies, versions
from vardiff.judge.names import defined_term

# A necessity denied ("do not have to", "need not", "is not required", "does not need to")
# says what "optional" says ("possible but not necessary", WordNet).
OPTIONAL_QUIET = [
    (
        "Registration for the newsletter is optional and takes about a minute.",
        "You do not need to register for the newsletter, and it takes about a minute.",
    ),
    (
        "Guests need not bring their own towels to the spa.",
        "Bringing your own towels to the spa is optional for guests.",
    ),
    (
        "Wearing a tie at the club dinner is optional for members.",
        "Members are not required to wear a tie at the club dinner.",
    ),
    (
        "Wearing a tie at the club dinner is optional for members.",
        "Members do not have to wear a tie at the club dinner.",
    ),
]

# A ban or a duty is no option: "is not allowed", "must not" (a "must" before the negation
# forbids), "is mandatory"; a negation of another verb ("do not want to") stays a flip.
OPTIONAL_LOUD = [
    (
        "Wearing a tie at the club dinner is optional for members.",
        "Members are not allowed to wear a tie at the club dinner.",
    ),
    (
        "Wearing a tie at the club dinner is optional for members.",
        "Members must not wear a tie at the club dinner.",
    ),
    (
        "Wearing a tie at the club dinner is optional for members.",
        "Members do not want to wear a tie at the club dinner.",
    ),
    (
        "Wearing a tie at the club dinner is optional for members.",
        "Wearing a tie at the club dinner is mandatory for members.",
    ),
    ("Members need not wear a tie at the dinner.", "Members must not wear a tie at the dinner."),
]


@pytest.mark.parametrize(("a", "b"), OPTIONAL_QUIET)
def test_a_necessity_denied_is_optional(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)
    assert_judged_both_ways(a, b, "negation.meant")


@pytest.mark.parametrize(("a", "b"), OPTIONAL_LOUD)
def test_a_ban_or_a_duty_is_no_option(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


# A check box or an option ticked against cleared: the control's state is the other one.
CONTROL_LOUD = [
    (
        "In the Print dialog, select the Duplex check box before you print the report.",
        "In the Print dialog, clear the Duplex check box before you print the report.",
    ),
    (
        "Tick the Subscribe box at the bottom of the page to receive our monthly bulletin.",
        "Untick the Subscribe box at the bottom of the page to receive our monthly bulletin.",
    ),
    (
        "Check the Hidden items box on the View tab to see the system folders.",
        "Uncheck the Hidden items box on the View tab to see the system folders.",
    ),
]
CONTROL_QUIET = [
    (
        "In the Print dialog, select the Duplex check box before you print the report.",
        "In the Print dialog, tick the Duplex box before you print the report.",
    ),
    (
        "In the Print dialog, clear the Duplex check box before you print the report.",
        "In the Print dialog, untick the Duplex box before you print the report.",
    ),
    (
        "On the View tab, clear the Hidden items check box to hide the system folders.",
        "On the View tab, deselect the Hidden items check box to hide the system folders.",
    ),
]


@pytest.mark.parametrize(("a", "b"), CONTROL_LOUD)
def test_a_control_set_against_cleared_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)
    assert_judged_both_ways(a, b, "kind.field")


@pytest.mark.parametrize(("a", "b"), CONTROL_QUIET)
def test_a_control_set_in_other_words_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


# A version named by its word, its "v" or both is one release (one reading of the "v", in
# ``vardiff._numbers``, for the figures and for the version's other forms); another figure
# stays a change.
VERSION_QUIET = [
    ("Version v3.4.1 of the driver adds support for USB-C docks.",
     "Version 3.4.1 of the driver adds support for USB-C docks."),
    ("Download version v7.2 from the vendor's site before you upgrade.",
     "Download v7.2 from the vendor's site before you upgrade."),
    ("Download version v7.2 from the vendor's site before you upgrade.",
     "Download version 7.2 from the vendor's site before you upgrade."),
]  # fmt: skip
VERSION_LOUD = [
    ("Version v3.4.1 of the driver adds support for USB-C docks.",
     "Version 3.4.2 of the driver adds support for USB-C docks."),
    ("Download version v7.2 from the vendor's site before you upgrade.",
     "Download v7.3 from the vendor's site before you upgrade."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), VERSION_QUIET)
def test_a_version_by_its_word_or_its_v_is_one_release(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), VERSION_LOUD)
def test_another_version_figure_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)
    assert_judged_both_ways(a, b, "number.changed")


def test_versions_read_the_mark_apart_from_the_figure() -> None:
    found = [(m.group(), m["figure"]) for m in versions("Version v5.12.0, then v6 and 7.0.1.")]
    assert found == [("Version v5.12.0", "5.12.0"), ("v6", "6")]


# A party written as a defined term ("the Buyer", "the Borrower") is a role, no name: said as
# "you" it is the party addressed; another party stays a change (the kinds and opposites
# checks read the two roles).
PARTY_QUIET = [
    ("The Buyer may return the goods within 14 days of delivery.",
     "You may return the goods within 14 days of delivery."),
    ("The Borrower shall repay the loan in monthly instalments.",
     "You must repay the loan in monthly instalments."),
    ("The Member may bring two guests to the gym each month.",
     "You may bring two guests to the gym each month."),
]  # fmt: skip
PARTY_LOUD = [
    ("The Buyer shall pay the invoice within 30 days of delivery.",
     "The Seller shall pay the invoice within 30 days of delivery."),
    ("The Borrower shall repay the loan in monthly instalments.",
     "The Guarantor shall repay the loan in monthly instalments."),
    ("The Employee is entitled to 28 days of annual leave.",
     "The Employer is entitled to 28 days of annual leave."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), PARTY_QUIET)
def test_a_party_as_a_defined_term_is_the_party_addressed(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), PARTY_LOUD)
def test_another_party_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


def test_a_defined_term_is_a_role_of_a_person_after_the() -> None:
    assert defined_term("Borrower", "The Borrower shall repay the loan.")
    assert not defined_term("Borrower", "Borrower Street is closed.")  # no "the"
    assert not defined_term("President", "The President shall sign it.")  # an office
    assert not defined_term("Senate", "The Senate shall sign it.")  # a body's name


# "later than" and "earlier than" a point in time bound the stretch on its side, as "after"
# and "before" do; a deadline's "by" bounds it from the other side, and is no agent.
DEADLINE_LOUD = [
    ("Your tax return must be submitted later than Thursday.",
     "Your tax return must be submitted by Thursday."),
    ("Entries received later than 12 May will be returned.",
     "Entries received by 12 May will be returned."),
    ("Entries received earlier than noon will be judged first.",
     "Entries received after noon will be judged first."),
]  # fmt: skip
DEADLINE_QUIET = [
    ("Entries received later than 12 May will be returned.",
     "Entries received after 12 May will be returned."),
    ("Entries received earlier than noon will be judged first.",
     "Entries received before noon will be judged first."),
    ("Bookings made no later than Thursday are refunded in full.",
     "Bookings made by Thursday are refunded in full."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), DEADLINE_LOUD)
def test_a_bound_on_the_other_side_of_a_time_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)
    assert_judged_both_ways(a, b, "opposite.placed")


@pytest.mark.parametrize(("a", "b"), DEADLINE_QUIET)
def test_a_bound_on_the_same_side_of_a_time_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


# How often, read whole: the same rate said another way is quiet, another rate fails (the
# count moved from the dose to the frequency too); a medicine taken with food against on an
# empty stomach is another instruction.
FREQUENCY_QUIET = [
    ("Use the nasal spray twice a day for a week.",
     "Use the nasal spray two times daily for a week."),
    ("Use the nasal spray every twelve hours for a week.",
     "Use the nasal spray twice a day for a week."),
    ("Water the seedlings every other day in summer.",
     "Water the seedlings on alternate days in summer."),
    ("The newsletter is sent out every month.", "The newsletter is sent out monthly."),
]  # fmt: skip
FREQUENCY_LOUD = [
    ("Water the seedlings every other day in summer.",
     "Water the seedlings every day in summer."),
    ("Give one capsule three times a day with water.",
     "Give three capsules once a day with water."),
    ("The newsletter is sent out every month.", "The newsletter is sent out every week."),
]  # fmt: skip
FOOD_LOUD = [
    ("Swallow the capsules whole with a glass of water, with or after food.",
     "Swallow the capsules whole with a glass of water, on an empty stomach."),
    ("Take the lozenges with a meal to avoid heartburn.",
     "Take the lozenges on an empty stomach to avoid heartburn."),
]  # fmt: skip
FOOD_QUIET = [
    ("Take the lozenges with food to avoid heartburn.",
     "Take the lozenges with a meal to avoid heartburn."),
    ("Take the lozenges before meals, at the same time each day.",
     "Take the lozenges on an empty stomach, at the same time each day."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), FREQUENCY_QUIET + FOOD_QUIET)
def test_the_same_rate_or_meal_timing_said_otherwise_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), FREQUENCY_LOUD)
def test_another_rate_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)
    assert_judged_both_ways(a, b, "number.period")


@pytest.mark.parametrize(("a", "b"), FOOD_LOUD)
def test_with_food_against_an_empty_stomach_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)
    assert_judged_both_ways(a, b, "kind.field")


def test_frequencies_are_rates_an_hour() -> None:
    text = "twice a day, every 12 hours, every other day, every 4-6 hours"
    rates = [round(rate * 48) for _, _, rate in frequencies(text)]
    assert rates == [4, 4, 1]  # the range is none


# A numbered item by "#" or by its noun, a sample's size by "(n = 86)" or as a count: one
# thing said two ways; another number stays a change.
NOTATION_QUIET = [
    ("The memory leak in the exporter is fixed (#2207).",
     "The memory leak in the exporter is fixed (issue 2207)."),
    ("The survey interviewed nurses in rural hospitals (n = 342) over six months.",
     "The survey interviewed 342 nurses in rural hospitals over six months."),
]  # fmt: skip
NOTATION_LOUD = [
    ("The memory leak in the exporter is fixed (#2207).",
     "The memory leak in the exporter is fixed (issue 2270)."),
    ("The survey interviewed nurses in rural hospitals (n = 342) over six months.",
     "The survey interviewed 324 nurses in rural hospitals over six months."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), NOTATION_QUIET)
def test_a_numbered_item_or_a_sample_said_otherwise_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), NOTATION_LOUD)
def test_another_number_in_the_notation_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)
    assert_judged_both_ways(a, b, "number.changed")
