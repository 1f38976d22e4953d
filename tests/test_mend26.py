"""One saying of a fact in two forms, and the change beside it: an ordinal century against its
decade form, a weather's spread said before its noun or by a phrase after it."""

from __future__ import annotations

from _hits import (
    assert_fails_both_ways,
    assert_judged_both_ways,
    assert_not_judged_both_ways,
    assert_quiet_both_ways,
)

# An ordinal century and the hundreds that write it ("the sixteenth century" / "the 1500s"):
# the numbers check pairs the two, so the ordinal is no modifier lost.
_CENTURY = "Printing presses spread across Europe during the sixteenth century."


def test_an_ordinal_century_against_its_hundreds_is_quiet() -> None:
    assert_quiet_both_ways(_CENTURY, _CENTURY.replace("the sixteenth century", "the 1500s"))
    built = "Most of the terraces were built in the early nineteenth century for mill workers."
    assert_quiet_both_ways(built, built.replace("nineteenth century", "1800s"))
    assert_not_judged_both_ways(
        built, built.replace("nineteenth century", "1800s"), "modifier.dropped"
    )


def test_another_century_still_fails() -> None:
    assert_fails_both_ways(_CENTURY, _CENTURY.replace("the sixteenth century", "the 1600s"))
    built = "Most of the terraces were built in the early nineteenth century for mill workers."
    assert_fails_both_ways(built, built.replace("nineteenth century", "1700s"))


# A weather's spread said before its noun or by a phrase after it ("scattered flurries" /
# "flurries in places", "patchy mist" / "mist in patches"): one set of the spread field.
_FLURRIES = "Scattered snow flurries are likely over the hills this evening."
_MIST = "Patchy mist will linger along the coast until noon."


def test_a_spread_said_after_its_noun_is_quiet() -> None:
    assert_quiet_both_ways(
        _FLURRIES, "Snow flurries are likely in places over the hills this evening."
    )
    assert_quiet_both_ways(_MIST, "Mist will linger in patches along the coast until noon.")
    assert_quiet_both_ways(
        "Expect scattered hail across the plains tonight.",
        "Expect hail here and there across the plains tonight.",
    )


def test_another_spread_or_a_word_lost_beside_it_still_fails() -> None:
    assert_fails_both_ways(_FLURRIES, _FLURRIES.replace("Scattered", "Widespread"))
    assert_fails_both_ways(
        "Mist will linger in patches along the coast until noon.",
        "Widespread mist will linger along the coast until noon.",
    )
    # "thundery" is lost beside the spread said otherwise.
    assert_fails_both_ways(
        "Scattered thundery showers are likely over the hills this evening.",
        "Showers are likely in places over the hills this evening.",
    )


# The amount zero said in a word as the whole value of a field or a table cell ("Booking fee:
# nil", "| None |") is "£0" said another way; another sum in its place is a changed amount.
def test_a_zero_in_words_as_a_value_is_quiet() -> None:
    assert_quiet_both_ways("Booking fee: £0", "Booking fee: nil")
    assert_quiet_both_ways("Booking fee: $0", "Booking fee: None")
    assert_quiet_both_ways("| Late return | $0 |", "| Late return | Nil |")
    assert_quiet_both_ways("The deposit is zero.", "The deposit is £0.")


def test_a_sum_against_a_zero_in_words_still_fails() -> None:
    assert_fails_both_ways("Booking fee: £15", "Booking fee: nil")
    assert_fails_both_ways("| Late return | $20 |", "| Late return | None |")
    # "none" before more words is no value: still a denial.
    assert_fails_both_ways(
        "Buses: none between Leeds and York.", "Buses: two an hour between Leeds and York."
    )


# "one-off" and "one-time" say a thing is done once: against a period's word, another rate.
def test_once_against_a_period_fails() -> None:
    fee = "Members pay a one-time fee of $40 to join the club."
    assert_fails_both_ways(fee, fee.replace("one-time", "yearly"))
    gift = "A weekly donation of $3 keeps a shelter dog fed."
    assert_fails_both_ways(gift, gift.replace("weekly", "one-off"))
    assert_quiet_both_ways(fee.replace("one-time", "yearly"), fee.replace("one-time", "annual"))


# A window of the same length counted from another event ("within 10 days of ordering" /
# "within 10 days of dispatch"): the deadline falls elsewhere. The same event said another way
# (a synonym, a derivation, the same words spaced otherwise) is no change.
def test_a_window_from_another_event_fails() -> None:
    assert_fails_both_ways(
        "You may return the boots within 21 days of ordering them.",
        "You may return the boots up to 21 days after wearing them.",
    )
    assert_fails_both_ways(
        "Claims must be made within 10 days of the accident.",
        "Claims must be made within 10 days of the diagnosis.",
    )
    assert_judged_both_ways(
        "Lessons can be moved up to 48 hours before booking.",
        "Lessons can be moved up to 48 hours before the lesson.",
        "number.anchor",
    )


def test_a_window_from_the_same_event_said_otherwise_is_quiet() -> None:
    assert_not_judged_both_ways(
        "Returns are accepted within 60 days of purchase.",
        "Returns are accepted up to 60 days after buying the item.",
        "number.anchor",
    )
    assert_not_judged_both_ways(
        "Pay within 28 days of the invoice date.",
        "Pay within 28 days of the date of the invoice.",
        "number.anchor",
    )
    # a clause after "before" is worded freely: no event read
    assert_not_judged_both_ways(
        "the last 20 minutes before they fall asleep",
        "the last 20 minutes before they drop off",
        "number.anchor",
    )


# The empty "it" of an impersonal judgement ("It is advised that", "It is possible to") points
# to no one: a person who judges or may act ("We advise", "You can") is no other person. A
# referring "it" ("It was expected to arrive") and two persons ("We" / "They") stay read.
def test_an_impersonal_it_against_a_person_is_no_other_person() -> None:
    assert_not_judged_both_ways(
        "It is advised that guests check out by noon.",
        "We advise guests to check out by noon.",
        "person.pronoun_person",
    )
    assert_quiet_both_ways(
        "It is possible to renew your library card online.",
        "You can renew your library card online.",
    )


def test_a_person_changed_still_fails() -> None:
    assert_fails_both_ways(
        "We recommend that you keep the receipt.", "They recommend that you keep the receipt."
    )
    assert_judged_both_ways(
        "It was expected to arrive on Monday.",
        "He was expected to arrive on Monday.",
        "person.pronoun_animacy",
    )
