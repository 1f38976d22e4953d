"""Honest variation of probe_quiet23 (software manuals, medicine leaflets, contracts): a bound
on a whole count that keeps its number in or leaves it out ("under 12" / "11 and under"), a
contract's "shall" said as "must" or "will", a deadline's "no later than" said as "by", going
past an amount denied said as a ceiling ("do not take more than eight" / "the maximum dose is
eight"), a control of a screen named with its label in quotes or not and with its noun or not
('click Save' / 'click the "Save" button'), a keyboard shortcut spelt another way ("Ctrl+C" /
"Control-C") and a version by "v" or by the word ("v2.1" / "version 2.1"), beside changes of
the same surface shapes, which do shift the meaning. The probe was written before the judge's
rules for these kinds were read; its first run on main f8ae45a is the out-of-sample figure
(benchmarks/data/README.md).

Rules written against it, each with its loud and quiet twins (sentences not the probe's):
``vardiff/judge/_bounds.py`` (read by ``_alike.read_alike``); ``_alike`` (``_shall_reads``,
``_control_reads``, ``_shortcut_reads``, ``_version_reads``); ``polarity`` (``_deadline_by``,
``_ceiling_spans``); ``quotes`` (``_control_label``)."""

from __future__ import annotations

import pytest
from _hits import assert_fails_both_ways, assert_quiet_both_ways

from vardiff.judge._bounds import bound_reads

QUIET = [
    # a bound on a whole count, its number kept in or left out
    (
        "Pupils under 16 may not use the climbing wall without a teacher present, the leisure "
        "centre says on its website.",
        "Pupils aged 15 and under may not use the climbing wall without a teacher present, the "
        "leisure centre says on its website.",
    ),
    (
        "Households with more than three cars pay a higher parking charge in the old town "
        "under the council's new scheme.",
        "Households with four or more cars pay a higher parking charge in the old town under "
        "the council's new scheme.",
    ),
    (
        "Classes of fewer than eight students will be merged with another group at the start "
        "of the spring term.",
        "Classes of seven students or fewer will be merged with another group at the start of "
        "the spring term.",
    ),
    (
        "Members must be at least 21 to join the shooting club, and applicants over 70 need a "
        "medical certificate.",
        "Members must be over 20 to join the shooting club, and applicants aged 71 or older "
        "need a medical certificate.",
    ),
    # a contract's "shall" as "must" or "will"
    (
        "The Contractor shall complete the works before the end of March and shall remove all "
        "waste from the site.",
        "The Contractor must complete the works before the end of March and will remove all "
        "waste from the site.",
    ),
    (
        "Each member of the board shall hold office for three years and shall be eligible for "
        "re-election once.",
        "Each member of the board will hold office for three years and will be eligible for "
        "re-election once.",
    ),
    # a deadline's "no later than" as "by"
    (
        "Applicants shall submit their documents no later than the closing date stated in the "
        "call for proposals.",
        "Applicants shall submit their documents by the closing date stated in the call for "
        "proposals.",
    ),
    # going past an amount denied, told as a ceiling on it
    (
        "Patients should not take more than six capsules in a day, and should leave four hours "
        "between doses.",
        "Patients should take a maximum of six capsules in a day, and should leave four hours "
        "between doses.",
    ),
    (
        "The old lift in the town hall does not carry more than eight people at a time, so "
        "visitors often take the stairs.",
        "The old lift in the town hall carries eight people at most at a time, so visitors "
        "often take the stairs.",
    ),
    # a control of a screen by its label, quoted or not, with its noun or not
    (
        'To print the report, click the "Print preview" button and then choose Print at the '
        "top of the page.",
        "To print the report, click Print preview and then choose Print at the top of the page.",
    ),
    (
        "If you want a copy of every message, select the Send me a copy check box before "
        "you submit the form.",
        'If you want a copy of every message, tick "Send me a copy" before you submit the form.',
    ),
    # a keyboard shortcut spelt another way
    (
        "To paste the text without its formatting, press Ctrl+Shift+V instead of the usual "
        "shortcut in the editor.",
        "To paste the text without its formatting, press Control-Shift-V instead of the usual "
        "shortcut in the editor.",
    ),
    (
        "On a Mac, you can close the current tab with Command+W and reopen it with "
        "Command+Shift+T.",
        "On a Mac, you can close the current tab with Cmd-W and reopen it with Cmd-Shift-T.",
    ),
    # a version by "v" or by the word
    (
        "The plug-in works with version 3.4 of the editor, and older releases will no longer "
        "receive security fixes.",
        "The plug-in works with v3.4 of the editor, and older releases will no longer receive "
        "security fixes.",
    ),
]

LOUD = [
    # the bound moved by one, its number kept
    (
        "Pupils under 16 may not use the climbing wall without a teacher present, the leisure "
        "centre says on its website.",
        "Pupils aged 16 and under may not use the climbing wall without a teacher present, the "
        "leisure centre says on its website.",
    ),
    (
        "Households with more than three cars pay a higher parking charge in the old town "
        "under the council's new scheme.",
        "Households with three or more cars pay a higher parking charge in the old town under "
        "the council's new scheme.",
    ),
    (
        "Members must be at least 21 to join the shooting club, and applicants over 70 need a "
        "medical certificate.",
        "Members must be over 21 to join the shooting club, and applicants over 70 need a "
        "medical certificate.",
    ),
    # "shall" for "may": a duty made a permission
    (
        "The Contractor shall complete the works before the end of March and shall remove all "
        "waste from the site.",
        "The Contractor may complete the works before the end of March and shall remove all "
        "waste from the site.",
    ),
    # a deadline turned round
    (
        "Applicants shall submit their documents no later than the closing date stated in the "
        "call for proposals.",
        "Applicants shall submit their documents after the closing date stated in the call "
        "for proposals.",
    ),
    # a ceiling on another amount, or a floor
    (
        "Patients should not take more than six capsules in a day, and should leave four hours "
        "between doses.",
        "Patients should take at least six capsules in a day, and should leave four hours "
        "between doses.",
    ),
    (
        "The old lift in the town hall does not carry more than eight people at a time, so "
        "visitors often take the stairs.",
        "The old lift in the town hall carries nine people at most at a time, so visitors "
        "often take the stairs.",
    ),
    # another key, another version
    (
        "To paste the text without its formatting, press Ctrl+Shift+V instead of the usual "
        "shortcut in the editor.",
        "To paste the text without its formatting, press Ctrl+Alt+V instead of the usual "
        "shortcut in the editor.",
    ),
    (
        "The plug-in works with version 3.4 of the editor, and older releases will no longer "
        "receive security fixes.",
        "The plug-in works with v4.3 of the editor, and older releases will no longer receive "
        "security fixes.",
    ),
]


@pytest.mark.parametrize(("a", "b"), QUIET)
def test_honest_variation_of_manuals_leaflets_and_contracts_stays_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), LOUD)
def test_the_same_shapes_with_another_meaning_fail(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


def test_a_continuous_amount_keeps_its_bound_as_written() -> None:
    # "more than two years" is not "three years or more", nor is "over 40 percent" "41
    # percent or more": neither counts whole things, so neither bound is read in the other's
    # form; nor is a second bound after "and" ("over 1,000 and over 50").
    assert bound_reads("It lasted more than two years.", "It lasted three years or more.") == []
    assert bound_reads("Over 40 percent voted.", "41 percent or more voted.") == []
    assert bound_reads("over 1,000 and over 50 shells", "over 1,000 rounds and over 50") == []
    assert bound_reads("fewer than ten people", "nine people or fewer") == [
        (0, 20, "fewer than ten people")
    ]
