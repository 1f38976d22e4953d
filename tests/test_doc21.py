"""doc21's mends, each on texts written here (none of a probe's): an item's letter or number in
brackets and a step's or an item's label with its number ("(b)", "Step 2:", "Item 4:") read as
its place, as "2. " is; a heading renamed over the same section ("Overview" / "Introduction")
read as layout; a step of a numbered list moved to another number read as a change of the
order the list gives; and the seventh document probe's line in the table of document probes."""

# ruff: noqa: E501 (the guide's paragraphs are kept whole to be read)
from __future__ import annotations

import re

import pytest

import vardiff
from vardiff._document import Document
from vardiff._segment import segment

GUIDE = """How to bleed a radiator

Overview

Bleeding a radiator lets out the air trapped in it, so that the whole radiator heats up again. "Most cold spots at the top of a radiator are air, not a fault," said Owen Pritchard, a heating engineer in Cardiff. The job takes about 15 minutes and needs a radiator key, which costs about £2.

What you need

You need a radiator key, an old towel and a small bowl for the drips.

Steps

1. Turn the heating off and let the radiators cool for an hour.
2. Fit the key to the valve at the top corner of the radiator.
3. Turn the key a quarter turn anticlockwise until air hisses out.
4. Close the valve as soon as water appears.

Afterwards

Check the pressure gauge on the boiler, which should read between 1 and 1.5 bar. "If it has fallen below 1 bar, top it up through the filling loop," Pritchard said.
"""

STEPS = [
    "Turn the heating off and let the radiators cool for an hour.",
    "Fit the key to the valve at the top corner of the radiator.",
    "Turn the key a quarter turn anticlockwise until air hisses out.",
    "Close the valve as soon as water appears.",
]


def _steps(order: list[int], form: str) -> str:
    return "\n".join(form.format(n=n, L="abcd"[n - 1]) + STEPS[k] for n, k in enumerate(order, 1))


def _with_steps(order: list[int], form: str = "{n}. ") -> str:
    listed = _steps([0, 1, 2, 3], "{n}. ")
    assert listed in GUIDE
    return GUIDE.replace(listed, _steps(order, form))


def _fails(a: str, b: str) -> list[bool]:
    return [vardiff.compare(a, b).failed, vardiff.compare(b, a).failed]


@pytest.mark.parametrize("form", ["({L}) ", "{L}) ", "({n}) ", "Step {n}: ", "Item {n}: "])
def test_an_items_letter_or_label_is_its_place_not_a_word(form: str) -> None:
    text = _with_steps([0, 1, 2, 3], form)
    doc = Document(name="b", text=text, sentences=segment(text))
    readings = [s.reading for s in doc.sentences]
    for step in STEPS:
        assert step in readings  # the label is left out of the reading, as "1. " is
    assert _fails(GUIDE, text) == [False, False]


def test_a_label_is_read_off_only_before_its_number() -> None:
    for text in ("Step by step, the key turns.", "Item: a radiator key.", "(Bleed it first.)"):
        doc = Document(name="a", text=text, sentences=segment(text))
        assert doc.sentences[0].reading == text


def test_a_heading_renamed_over_the_same_section_is_layout() -> None:
    renamed = GUIDE.replace("\nOverview\n", "\nIntroduction\n").replace(
        "\nAfterwards\n", "\nWhen you have finished\n"
    )
    for a, b in ((GUIDE, renamed), (renamed, GUIDE)):
        report = vardiff.compare(a, b)
        assert not report.failed
        checks = {f.check for f in report.findings()}
        assert "structure.heading_renamed" in checks and "loose" not in {
            f.category for f in report.findings()
        }


@pytest.mark.parametrize("heading", ["## Finishing off", "## Once it is done", "Last of all"])
def test_a_heading_renamed_paired_or_left_apart_is_layout(heading: str) -> None:
    # the aligner may pair the two headings or leave each on its own side, one beside the other
    renamed = GUIDE.replace("\nAfterwards\n", f"\n{heading}\n")
    for a, b in ((GUIDE, renamed), (renamed, GUIDE)):
        report = vardiff.compare(a, b)
        assert not report.failed
        assert "structure.heading_renamed" in {f.check for f in report.findings()}


def test_a_heading_in_bold_on_its_line_is_a_heading() -> None:
    bold = GUIDE.replace("\nWhat you need\n", "\n**Before you start**\n")
    assert _fails(GUIDE, bold) == [False, False]


def test_a_heading_renamed_over_another_section_or_with_a_figure_is_no_rename() -> None:
    # the section under it says something else: what it says is judged
    moved = GUIDE.replace(
        "You need a radiator key, an old towel and a small bowl for the drips.",
        "You need a plumber, who will charge about £80 for the visit.",
    ).replace("\nWhat you need\n", "\nWho to call\n")
    assert _fails(GUIDE, moved) == [True, True]
    numbered = GUIDE.replace("\nAfterwards\n", "\nStep 5 of 5\n")
    report = vardiff.compare(GUIDE, numbered)
    assert "structure.heading_renamed" not in {f.check for f in report.findings()}


@pytest.mark.parametrize("order", [[1, 0, 2, 3], [0, 1, 3, 2], [3, 2, 1, 0]])
def test_steps_put_in_another_order_fail(order: list[int]) -> None:
    changed = _with_steps(order)
    assert _fails(GUIDE, changed) == [True, True]
    checks = {f.check for f in vardiff.compare(GUIDE, changed).findings()}
    assert "order.item_renumbered" in checks


def test_steps_in_their_order_under_other_labels_pass() -> None:
    assert _fails(GUIDE, _with_steps([0, 1, 2, 3], "Step {n}: ")) == [False, False]


def test_a_paragraph_moved_without_numbers_is_no_renumbering() -> None:
    # paragraphs moved in an article are the editor's order: low, as before
    first = "Check the pressure gauge on the boiler, which should read between 1 and 1.5 bar."
    moved = GUIDE.replace(" " + first, "").replace("\nOverview\n\n", f"\nOverview\n\n{first} ")
    report = vardiff.compare(GUIDE, moved)
    assert "order.item_renumbered" not in {f.check for f in report.findings()}


def test_the_seventh_document_probe_has_its_line() -> None:
    from test_document_probes import PROBES

    line = PROBES["probe_documents7.jsonl"]
    assert line.builder == "doc_probe_make7" and re.fullmatch(r"\d+", str(line.least))


SHOW = """Hollin Vale show results: Marsh takes the cup for the third year running

Judging at the Hollin Vale agricultural show ended on Saturday afternoon after a morning of rain that kept the crowd to about 3,000, well down on last year's 5,200.

"The ground was soft, but the animals and the growers turned out in force," said the show secretary, Alan Brough, who has run the event since 2011.

Champion vegetables
Deborah Marsh (Upper Hollin) 94 points (first, cup holder)
Peter Quayle (Brigg End) 88 points (second, up from fourth)
Sanjay Mehra (Hollin Village) 81 points (third, new entrant)

Marsh, who grows her onions in a greenhouse built by her late father, said she would now "take a year off and let someone else have a go" before the next show in August.

The show's committee said the takings of £18,400 would cover the cost of the new marquee, which was bought for £12,000 in the spring, with the rest going to the village hall.
"""

ROWS = [
    "Deborah Marsh (Upper Hollin) 94 points (first, cup holder)",
    "Peter Quayle (Brigg End) 88 points (second, up from fourth)",
    "Sanjay Mehra (Hollin Village) 81 points (third, new entrant)",
]


@pytest.mark.parametrize("order", [[2, 1, 0], [1, 2, 0], [0, 2, 1]])
def test_rows_in_prose_a_line_a_paragraph_are_no_wrapped_text(order: list[int]) -> None:
    # the only breaks inside a paragraph are a list's rows: the text was not filled to a width
    reordered = SHOW.replace("\n".join(ROWS), "\n".join(ROWS[k] for k in order))
    for text in (SHOW, reordered):
        texts = [s.text for s in segment(text)]
        assert all(row in texts for row in ROWS)
    assert _fails(SHOW, reordered) == [False, False]


def test_a_hard_wrapped_article_is_still_read_whole() -> None:
    import textwrap

    prose = [p for p in SHOW.split("\n\n") if not p.startswith("Champion")]
    wrapped = "\n\n".join(textwrap.fill(p, 60) for p in prose)
    texts = [s.reading for s in segment(wrapped)]
    assert any("kept the crowd to about 3,000, well down on last year's 5,200." in t for t in texts)


def test_a_heading_run_on_as_a_label_reads_as_the_heading_on_its_line() -> None:
    about = (
        SHOW + "\nAbout the show\n\nThe Hollin Vale show has been held every August since 1952.\n"
    )
    run_on = (
        SHOW + "\nAbout the show: The Hollin Vale show has been held every August since 1952.\n"
    )
    assert _fails(about, run_on) == [False, False]
    # a label that is not the heading the other side has is read as it stands
    other = SHOW + "\nAbout the fair: The Hollin Vale show has been held every August since 1952.\n"
    texts = {p.b_text for p in vardiff.compare(about, other).pairs}
    assert "About the fair: The Hollin Vale show has been held every August since 1952." in texts
