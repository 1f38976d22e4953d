"""One thing said in two forms, read alike before any check (``vardiff/judge/_alike.py``): a
thing named by its initials or by the words they stand for ("VAT" / "value-added tax", "EVs"
/ "electric vehicles"), a place's or a body's whole extent by any "-wide" word or by "across"
and the noun the word is made of ("a company-wide freeze" / "a freeze throughout the
company"), the time a past statement held by "then" or "at the time", and a month written in
lower case after a word of time ("since last sept"); beside the same shapes with another
meaning, which stay loud. The sentences are ours, not any probe's."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_model_fails_both_ways,
    assert_model_quiet_both_ways,
    assert_quiet_both_ways,
)

import vardiff
from vardiff.judge._alike import long_names, read_alike

INITIALS = [
    (
        "The economy's gross domestic product grew by 2 percent in the third quarter.",
        "The economy's GDP grew by 2 percent in the third quarter.",
    ),
    (
        "Sales of electric vehicles doubled in Norway last year, the trade body said.",
        "Sales of EVs doubled in Norway last year, the trade body said.",
    ),
    (
        "Police found an improvised explosive device under a car near the station.",
        "Police found an IED under a car near the station.",
    ),
    (
        "The government will cut value-added tax on household energy bills from April.",
        "The government will cut VAT on household energy bills from April.",
    ),
    (
        "The International Atomic Energy Agency sent two inspectors to the plant.",
        "The IAEA sent two inspectors to the plant.",
    ),
]

OTHER_INITIALS = [
    (
        "The government will cut value-added tax on household energy bills from April.",
        "The government will cut GST on household energy bills from April.",
    ),
    (
        "The International Atomic Energy Agency sent two inspectors to the plant.",
        "The IMF sent two inspectors to the plant.",
    ),
]


@pytest.mark.parametrize(("a", "b"), INITIALS)
def test_initials_and_the_words_they_stand_for_are_one_thing(a: str, b: str) -> None:
    assert_model_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), OTHER_INITIALS)
def test_initials_of_other_words_name_another_thing(a: str, b: str) -> None:
    assert_model_fails_both_ways(a, b)


def test_initials_spell_only_a_run_of_content_words_ending_in_a_noun() -> None:
    # "under strong" has the initials of "US", but a preposition names nothing
    a = "The US army, under strong pressure, withdrew."
    b = "The army, under strong pressure, withdrew."
    assert read_alike(a, b)[1] == ()
    # a name with "of" inside, the initials with or without its letter
    assert read_alike("The Department of Justice said.", "The DOJ said.")[0] == (
        "The Department of Justice said."
    )


def test_any_wide_word_is_read_as_the_extent_across_its_noun() -> None:
    assert_quiet_both_ways(
        "A citywide curfew was imposed after the riots on Saturday.",
        "A curfew across the whole city was imposed after the riots on Saturday.",
    )
    assert_quiet_both_ways(
        "The company-wide hiring freeze will last until the end of the year, managers were told.",
        "The hiring freeze throughout the company will last until the end of the year, "
        "managers were told.",
    )
    # another extent stays another place
    assert_fails_both_ways(
        "A citywide curfew was imposed after the riots on Saturday.",
        "A curfew across the whole state was imposed after the riots on Saturday.",
    )


def test_then_is_the_time_a_past_statement_held() -> None:
    assert_quiet_both_ways(
        "The report was written by Ana Lopez, who was health minister at the time.",
        "The report was written by Ana Lopez, who was then health minister.",
    )
    assert_fails_both_ways(
        "The report was written by Ana Lopez, who was health minister at the time.",
        "The report was written by Ana Lopez, who is now health minister.",
    )


def test_a_month_in_lower_case_after_a_word_of_time_is_the_month() -> None:
    assert_quiet_both_ways(
        "Prices have risen every month since last sept, the statistics office said.",
        "Prices have risen every month since last September, the statistics office said.",
    )
    assert_fails_both_ways(
        "Prices have risen every month since last sept, the statistics office said.",
        "Prices have risen every month since last October, the statistics office said.",
    )


FIRST = "The International Monetary Fund cut its forecast for global growth on Tuesday."


@pytest.mark.parametrize(
    ("said_a", "said_b"),
    [
        (
            "The Fund said inflation would stay high until next year.",
            "The IMF said inflation would stay high until next year.",
        ),
        (
            "Inflation will stay high until next year, the Fund said.",
            "Inflation will stay high until next year, the IMF said.",
        ),
    ],
)
def test_a_body_both_documents_named_before_is_one_body_by_its_initials_or_its_last_word(
    said_a: str, said_b: str
) -> None:
    a, b = f"{FIRST} {said_a}", f"{FIRST} {said_b}"
    for left, right in ((a, b), (b, a)):
        report = vardiff.compare(left, right)
        assert not report.failed, list(report.findings())


def test_another_body_or_one_named_before_on_one_side_only_stays_another() -> None:
    a = f"{FIRST} The Fund said inflation would stay high until next year."
    other = f"{FIRST} The World Bank said inflation would stay high until next year."
    for left, right in ((a, other), (other, a)):
        assert vardiff.compare(left, right).failed
    # named in full before on one side only, A's "the Fund" may be any fund: only a name
    # both documents gave is read again
    assert long_names(FIRST) == frozenset({"International Monetary Fund"})
    assert read_alike("The Fund said so.", "The IMF said so.")[1] == ()
    assert read_alike(
        "The Fund said so.", "The IMF said so.", named=("International Monetary Fund",)
    )[0] == ("The Fund said so.")


def test_a_name_may_leave_two_small_words_out_of_its_initials_but_never_open_with_one() -> None:
    a = "OPEC and its allies agreed on Sunday to cut oil output."
    b = "The Organization of the Petroleum Exporting Countries and its allies agreed on Sunday."
    # the whole name, not "of the Petroleum Exporting Countries" after its first word
    assert read_alike(a, b)[2] == [("Organization of the Petroleum Exporting Countries", "OPEC")]
    assert read_alike(b, a)[2] == [("OPEC", "Organization of the Petroleum Exporting Countries")]
