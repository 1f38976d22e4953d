"""doc23's rules, each on texts written here (none of the ninth document probe's): code in
backticks changed ("`--verbose`" / "`--debug`") a change, and code set in quotation marks
rather than backticks no quotation; a web address's scheme and "www." no words of it; a
telephone number grouped otherwise or written the international way the same number; a figure
of three or more parts ("2.4.1") read whole, and a version's "v" no part of it; and "avoid"
before what a denied act is done to ("Do not eat shellfish" / "Avoid shellfish") the denial
said otherwise."""

# ruff: noqa: E501 (the texts' paragraphs are kept whole to be read)
from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_judged_both_ways,
    assert_not_judged_both_ways,
    assert_quiet_both_ways,
)

import vardiff
from vardiff._numbers import compare_quantities, extract_quantities
from vardiff._segment import segment

# ---- code in backticks -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Run the installer with `--verbose` to see every file it copies.",
            "Run the installer with `--debug` to see every file it copies.",
        ),
        (
            "The `max_retries` setting controls how often a failed request is sent again.",
            "The `max_workers` setting controls how often a failed request is sent again.",
        ),
        # a word of the code said elsewhere in the sentence hides nothing
        (
            "To fetch the changes without merging them, use `git fetch` in the fetch step.",
            "To fetch the changes without merging them, use `git pull` in the fetch step.",
        ),
    ],
)
def test_code_in_backticks_changed_fails(a: str, b: str) -> None:
    assert_judged_both_ways(a, b, "wording.code_changed")
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the backticks dropped
        (
            "Run the installer with `--verbose` to see every file it copies.",
            "Run the installer with --verbose to see every file it copies.",
        ),
        # the same code in another order of the sentence
        (
            "Use `make test` before `make release`, never the other way round.",
            "Never the other way round: use `make test` before `make release`.",
        ),
    ],
)
def test_code_kept_is_no_code_change(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "wording.code_changed")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Then type `npm install` in the project folder.",
            'Then type "npm install" in the project folder.',
        ),
        (
            "Set `timeout` to 30 before you start the job.",
            'Set "timeout" to 30 before you start the job.',
        ),
    ],
)
def test_code_in_quotation_marks_is_no_quotation(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


def test_words_quoted_that_no_backticks_hold_are_still_a_quotation() -> None:
    a = "Then type `npm install` in the project folder, the guide says."
    b = 'Then type "npm install and wait" in the project folder, the guide says.'
    assert_fails_both_ways(a, b)


# ---- web addresses ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "https://www.harbourtrust.org/permits",
        "http://harbourtrust.org/permits",
        "www.harbourtrust.org/permits",
    ],
)
def test_a_web_address_with_its_scheme_or_www_is_the_same_address(address: str) -> None:
    a = "Permits can be bought at harbourtrust.org/permits or at the harbour office."
    assert_quiet_both_ways(a, a.replace("harbourtrust.org/permits", address))


def test_a_web_address_changed_is_still_judged() -> None:
    a = "Permits can be bought at https://www.harbourtrust.org/permits or at the harbour office."
    b = "Permits can be bought at https://www.harbourclub.com/permits or at the harbour office."
    assert_judged_both_ways(a, b, "wording.replaced")


# ---- telephone numbers -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    ["0161 496 0730", "0161-496-0730", "+44 161 496 0730", "+44 (0)161 496 0730", "01614960730"],
)
def test_a_telephone_number_written_otherwise_is_the_same_number(written: str) -> None:
    a = "To book a place, call the box office on 0161 496 0731 before noon."
    a = a.replace("0731", "0730")
    assert_quiet_both_ways(a, a.replace("0161 496 0730", written))
    diff = compare_quantities(a, a.replace("0161 496 0730", written))
    assert not diff.only_a and not diff.only_b


@pytest.mark.parametrize("written", ["0161 496 0370", "0161 469 0730", "+44 161 496 0731"])
def test_a_telephone_number_changed_fails(written: str) -> None:
    a = "To book a place, call the box office on 0161 496 0730 before noon."
    assert_fails_both_ways(a, a.replace("0161 496 0730", written))


def test_figures_that_are_no_telephone_number_are_read_as_before() -> None:
    # a year and a count, a decimal: not one number
    found = extract_quantities("In 2019 0.5 per cent of 3 000 000 voters moved.")
    assert all(q.unit != "telephone" for q in found)


# ---- figures of three parts and versions -----------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The bug is fixed in release 2.4.1 of the app.",
            "The bug is fixed in release 2.4.2 of the app.",
        ),
        ("Rule 7.3.2 sets the deadline for appeals.", "Rule 7.3.5 sets the deadline for appeals."),
    ],
)
def test_a_figure_of_three_parts_changed_in_its_last_part_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The 5.12.0 release of the browser adds dark mode.",
            "The v5.12.0 release of the browser adds dark mode.",
        ),
        ("The v1.8 update adds dark mode.", "The 1.8 update adds dark mode."),
    ],
)
def test_a_version_with_its_v_is_the_same_version(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


def test_thousands_set_apart_by_dots_are_still_one_amount() -> None:
    found = extract_quantities("The depot held 4.500.000 litres of fuel.")
    assert [q.value for q in found] == [4500000.0]


def test_a_date_written_with_dots_is_still_a_date() -> None:
    found = extract_quantities("The court sat on 14.10.2026 in Bonn.")
    assert any(q.unit == "date" for q in found)


# ---- "avoid" before the thing ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Pregnant women should not eat raw shellfish, the food agency said.",
            "Pregnant women should avoid raw shellfish, the food agency said.",
        ),
        (
            "Drivers should not use the bridge until Friday, the council said.",
            "Drivers should avoid the bridge until Friday, the council said.",
        ),
    ],
)
def test_avoiding_the_thing_is_the_act_denied(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "negation.flipped")
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Drivers should not use the bridge until Friday, the council said.",
            "Drivers should use the bridge until Friday, the council said.",
        ),
        (
            "Pregnant women should not eat raw shellfish, the food agency said.",
            "Pregnant women should eat raw shellfish, the food agency said.",
        ),
    ],
)
def test_the_denial_dropped_still_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


# ---- documents: lists, headings, sections ----------------------------------------------------

NOTES = """Larchmont Calendar 5.2 release notes

Larchmont 5.2 comes out on 3 March. "This release is mostly about speed," said the lead developer, Ines Caro. "The sync engine was rewritten from scratch."

## Breaking changes

- Calendars shared by link now need a password.
- The old export format is no longer written.

## New features

- Events can repeat on the last weekday of a month.
- Reminders can be snoozed from the lock screen.

## Fixes

- Week numbers are shown correctly in January.
- Deleted events no longer come back after a sync.

## Known issues

- Printing a month with more than 200 events is slow.

Thanks to everyone who tested the beta. "We read every report," Caro said.
"""


def _fails(a: str, b: str) -> list[bool]:
    return [vardiff.compare(a, b).failed, vardiff.compare(b, a).failed]


def _moved(text: str, item: str, under: str) -> str:
    text = text.replace(f"- {item}\n", "")
    return text.replace(f"## {under}\n\n", f"## {under}\n\n- {item}\n")


@pytest.mark.parametrize(
    ("item", "under"),
    [
        ("Calendars shared by link now need a password.", "New features"),
        ("Printing a month with more than 200 events is slow.", "Fixes"),
    ],
)
def test_an_item_moved_under_another_heading_fails(item: str, under: str) -> None:
    moved = _moved(NOTES, item, under)
    assert moved != NOTES
    assert _fails(NOTES, moved) == [True, True]
    assert "order.item_resectioned" in {f.check for f in vardiff.compare(NOTES, moved).findings()}


def test_sections_moved_whole_or_an_item_moved_within_its_section_pass() -> None:
    fixes = "## Fixes\n\n- Week numbers are shown correctly in January.\n- Deleted events no longer come back after a sync.\n\n"
    assert fixes in NOTES
    whole = NOTES.replace(fixes, "").replace("## Breaking changes", fixes + "## Breaking changes")
    assert whole != NOTES
    within = NOTES.replace(
        "- Events can repeat on the last weekday of a month.\n- Reminders can be snoozed from the lock screen.",
        "- Reminders can be snoozed from the lock screen.\n- Events can repeat on the last weekday of a month.",
    )
    assert within != NOTES
    for text in (whole, within):
        found = vardiff.compare(NOTES, text).findings()
        assert "order.item_resectioned" not in {f.check for f in found}
    assert _fails(NOTES, within) == [False, False]


@pytest.mark.parametrize("head", ["{H}", "### {T}"])
def test_headings_in_capitals_or_title_case_pass(head: str) -> None:
    text = NOTES
    for h in ("Breaking changes", "New features", "Fixes", "Known issues"):
        text = text.replace(f"## {h}\n", head.format(H=h.upper(), T=h.title()) + "\n")
    assert text != NOTES
    assert _fails(NOTES, text) == [False, False]


def _readings(text: str) -> list[str]:
    return [s.reading for s in vardiff.Comparer().segment(text, name="a").sentences]


def test_a_numbered_heading_after_a_list_is_no_item_of_it() -> None:
    text = "Rare (up to 1 in 1,000 people):\n- hair loss\n- nosebleeds\n\n5. How to keep the tablets\n\nKeep them dry and away from heat. Do not freeze them."
    assert _readings(text)[:2] == [
        "Rare (up to 1 in 1,000 people): hair loss and nosebleeds",
        "How to keep the tablets",
    ]
    # an item with the list's own mark after a blank line is still an item of it
    loose = text.replace("- nosebleeds\n\n5. How to keep the tablets", "- nosebleeds\n\n- headache")
    assert (
        _readings(loose)[0] == "Rare (up to 1 in 1,000 people): hair loss, nosebleeds and headache"
    )


def test_a_section_number_after_a_heading_mark_opens_the_heading() -> None:
    text = "Read this first.\n\n## 4. Possible side effects\n\nSome people feel sick."
    assert [s.text for s in segment(text)] == [
        "Read this first.",
        "## 4. Possible side effects",
        "Some people feel sick.",
    ]
    # its number marks its place, as on a plain line; a year opening a heading stays a word
    assert _readings(text)[1] == "## Possible side effects"
    assert _readings("Read this first.\n\n## 2026 in review\n\nSome people moved.")[1] == (
        "## 2026 in review"
    )


# ---- times and rhythms -----------------------------------------------------------------------


def test_a_24_hour_time_without_its_colon_is_the_time() -> None:
    a = "The ferry leaves Oban at 07:45 and returns at 22:15."
    assert_quiet_both_ways(a, "The ferry leaves Oban at 0745 and returns at 2215.")
    assert_fails_both_ways(a, "The ferry leaves Oban at 0845 and returns at 2215.")
    # a figure that reads as a year is no time written otherwise
    assert_fails_both_ways(
        "The ferry left Oban at 20:15 on the first day.",
        "The ferry left Oban in 2015 on the first day.",
    )


@pytest.mark.parametrize(
    "b",
    [
        "Buses run four times an hour between the station and the hospital.",
        "There are four buses an hour between the station and the hospital.",
    ],
)
def test_an_interval_told_as_a_count_in_the_hour_is_the_same_rhythm(b: str) -> None:
    a = "Buses run every 15 minutes between the station and the hospital."
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(
    "b",
    [
        "Buses run three times an hour between the station and the hospital.",
        "Buses run four times a day between the station and the hospital.",
    ],
)
def test_another_count_or_period_stays_a_change(b: str) -> None:
    a = "Buses run every 15 minutes between the station and the hospital."
    assert_fails_both_ways(a, b)
