"""doc20's mends, each on texts written here (none of a probe's): a paragraph's number set as
a section sign or a label ("¶ 4", "Para 4:") read as its place, as "4. " is; a reference to a
numbered paragraph ("see paragraph 7") read as the paragraph it points at, so that paragraphs
renumbered with their references pass and paragraphs renumbered under references left at the
old numbers fail; and the fifth document probe's builder making its items through one helper."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

import vardiff
from vardiff._notes import summed_sentences
from vardiff._numbers import compare_quantities
from vardiff._references import _numbered, _references

ROOT = Path(__file__).resolve().parent.parent

DECISION = """Okoro v Fenwick Lettings Ltd: decision of the housing tribunal

Summary of reasons

1. The applicant, Mr Daniel Okoro, rented a flat on Quay Street from 2019 to 2024.

2. When he left, the respondent kept £900 of his deposit of £1,200 for cleaning and a broken boiler.

3. Mr Okoro says that the boiler was broken when he moved in, as an email of 2019 shows.

4. The respondent says that the email was about another fault, and the boiler worked.

5. The tribunal prefers the applicant's account (see paragraph 3): the email names the fault.

6. The cleaning charge of £150 is allowed, as the photographs show the oven left dirty.

7. The respondent must repay £750 within 28 days, for the reasons given in paragraphs 5 and 6.
"""


def _renumbered(text: str, shift: int, *, references: bool) -> str:
    text = re.sub(r"(?m)^(\d+)\. ", lambda m: f"{int(m.group(1)) + shift}. ", text)
    if references:
        text = re.sub(
            r"paragraphs? \d+( and \d+)?",
            lambda m: re.sub(r"\d+", lambda d: str(int(d.group()) + shift), m.group()),
            text,
        )
    return text


def _fails(a: str, b: str) -> list[bool]:
    return [vardiff.compare(a, b).failed, vardiff.compare(b, a).failed]


def test_a_paragraph_number_set_as_a_sign_or_a_label_is_its_place_not_a_figure() -> None:
    comparer = vardiff.Comparer()
    for form in ("¶{n} ", "¶ {n} ", "§{n}. ", "Para {n}: ", "Paragraph {n}. "):
        text = re.sub(r"(?m)^(\d+)\. ", lambda m, f=form: f.format(n=m.group(1)), DECISION)
        doc = comparer.segment(text, name="b")
        first = next(s for s in doc.sentences if "rented a flat" in s.reading)
        assert first.reading.startswith("The applicant"), form
    assert _fails(DECISION, re.sub(r"(?m)^(\d+)\. ", r"Para \1: ", DECISION)) == [False, False]
    # a sign inside a sentence stays a word of it
    doc = comparer.segment("The rule in § 4 of the act applies to 12 flats.", name="a")
    assert "§ 4" in doc.sentences[0].reading


def test_the_numbered_paragraphs_and_the_references_are_found() -> None:
    doc = vardiff.Comparer().segment(DECISION, name="a")
    numbered = _numbered(doc)
    assert sorted(numbered) == [(False, n) for n in range(1, 8)]
    assert "rented a flat" in doc.sentences[numbered[False, 1]].reading
    cited = _references("see paragraph 3, and paras 5–6 and ¶ 7, (see [4]), as noted.²")
    assert cited == [(False, 3), (False, 5), (False, 6), (False, 7), (True, 4), (True, 2)]
    assert _references("He paid 3 instalments in 2024.") == []
    # a number that opens two lines (two lists numbered from 1) points nowhere
    two = vardiff.Comparer().segment(
        "Steps:\n\n1. Wash.\n\n2. Dry.\n\nNotes:\n\n1. Cold.\n", name="a"
    )
    assert (False, 1) not in _numbered(two) and (False, 2) in _numbered(two)


def test_paragraphs_renumbered_with_their_references_pass() -> None:
    for shift in (1, 10):
        renumbered = _renumbered(DECISION, shift, references=True)
        assert "(see paragraph 3)" not in renumbered
        assert _fails(DECISION, renumbered) == [False, False], shift


def test_paragraphs_renumbered_under_references_left_at_the_old_numbers_fail() -> None:
    stale = _renumbered(DECISION, 1, references=False)
    assert "(see paragraph 3)" in stale
    assert _fails(DECISION, stale) == [True, True]
    report = vardiff.compare(DECISION, stale)
    checks = {f.check for f in report.findings()}
    assert "structure.reference" in checks


def test_a_reference_that_points_elsewhere_fails_and_an_unresolved_one_is_read_as_before() -> None:
    elsewhere = DECISION.replace("(see paragraph 3)", "(see paragraph 4)")
    assert _fails(DECISION, elsewhere) == [True, True]
    # a paragraph of another document (the full decision) is no paragraph of this one: its
    # number changed is a figure changed
    a = DECISION.replace("(see paragraph 3)", "(see paragraph 41 of the decision)")
    b = DECISION.replace("(see paragraph 3)", "(see paragraph 44 of the decision)")
    assert _fails(a, b) == [True, True]


def test_the_fifth_builder_makes_its_items_through_one_helper() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import doc_probe_make5
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    made: list[tuple[str, str, str, str]] = []
    doc_probe_make5.items(
        lambda items, cls, base, b: made.append((cls, base, "x", b)),
        "a_class",
        "base.txt",
        "one two three",
        "whole",
        ("two", "2"),
        (("one", "1"), ("three", "3")),
    )
    assert [b for *_, b in made] == ["whole", "one 2 three", "1 two 3"]
    source = (ROOT / "benchmarks" / "doc_probe_make5.py").read_text(encoding="utf-8")
    # no run of items built one call at a time
    assert source.count("control(\n        ITEMS,") == 0 and source.count("change(\n") == 0


# ---- a table set with its columns in another order --------------------------------------------
HARVEST = """Apple harvest falls after a wet spring

Growers in the county picked fewer apples this autumn, the growers' association said on Monday.

| Variety | 2025 | 2024 | Change |
|---|---|---|---|
| Bramley | 8,200 t | 9,900 t | −17% |
| Cox | 3,100 t | 3,400 t | −9% |
| Gala | 2,600 t | 2,500 t | +4% |

"The blossom came out in the rain, and the bees stayed at home," said Ruth Abbey, who chairs it.

She said prices would rise by about a tenth before Christmas.
"""

ROWS = [
    ("Bramley", "8,200 t", "9,900 t", "−17%"),
    ("Cox", "3,100 t", "3,400 t", "−9%"),
    ("Gala", "2,600 t", "2,500 t", "+4%"),
]


def _table(head: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in rows])


TABLE = _table(("Variety", "2025", "2024", "Change"), ROWS)


def test_a_table_with_its_columns_in_another_order_passes() -> None:
    assert TABLE in HARVEST
    years = _table(("Variety", "2024", "2025", "Change"), [(v, b, a, c) for v, a, b, c in ROWS])
    change = _table(("Variety", "Change", "2025", "2024"), [(v, c, a, b) for v, a, b, c in ROWS])
    for table in (years, change):
        assert _fails(HARVEST, HARVEST.replace(TABLE, table)) == [False, False]


def test_a_table_whose_header_moved_over_cells_that_stayed_or_whose_cells_moved_fails() -> None:
    header_only = _table(("Variety", "2024", "2025", "Change"), ROWS)
    assert _fails(HARVEST, HARVEST.replace(TABLE, header_only)) == [True, True]
    cells_only = _table(
        ("Variety", "2025", "2024", "Change"), [(v, b, a, c) for v, a, b, c in ROWS]
    )
    assert _fails(HARVEST, HARVEST.replace(TABLE, cells_only)) == [True, True]
    # the columns in another order, and one cell changed besides
    one_changed = [(v, b, a, c) for v, a, b, c in ROWS]
    one_changed[1] = ("Cox", "3,400 t", "3,700 t", "−9%")
    moved = _table(("Variety", "2024", "2025", "Change"), one_changed)
    assert _fails(HARVEST, HARVEST.replace(TABLE, moved)) == [True, True]


# ---- a note's marker points at its note --------------------------------------------------------
SURVEY = """Fewer swifts return to the city, survey finds

The number of swifts nesting in the city fell by a third in ten years, a survey found.[1]

Volunteers counted 412 nests this summer, against 618 in 2015. The authors gave three reasons:

1. Roofs repaired without nest bricks.
2. Fewer insects over the river.
3. Cold springs in 2021 and 2023.

"We are losing them one roof at a time," said Owen Pryce, who led the count.

The council will fit 200 nest boxes to its own buildings by next May.[2]

Notes
[1] City Swift Survey 2025, published by the Wildlife Trust on 2 September.
[2] The council's plan was agreed at its meeting of 18 September.
"""


def test_a_note_set_otherwise_passes_and_notes_exchanged_under_their_markers_fail() -> None:
    note1 = "City Swift Survey 2025, published by the Wildlife Trust on 2 September."
    note2 = "The council's plan was agreed at its meeting of 18 September."
    notes = f"Notes\n[1] {note1}\n[2] {note2}"
    assert notes in SURVEY
    for other in (f"Notes\n¹ {note1}\n² {note2}", f"Notes\n\n1. {note1}\n\n2. {note2}"):
        assert _fails(SURVEY, SURVEY.replace(notes, other)) == [False, False]
    exchanged = SURVEY.replace(notes, f"Notes\n[1] {note2}\n[2] {note1}")
    assert _fails(SURVEY, exchanged) == [True, True]


# ---- figures written as a timetable, a rating or a specification writes them -------------------
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The ferry leaves at 0630 GMT on Sunday.", "The ferry leaves at 06:30 on Sunday."),
        ("Closed from 2200 Friday.", "Closed from 22:00 on Friday."),
        ("| Ayr | 07:15 Mon | 19:40 Mon |", "| Ayr | Monday 07:15 | Monday 19:40 |"),
        ("| Ayr | 0715 Tue |", "| Ayr | 07:15 Tuesday |"),
        ("Score: 7/10", "Score: 7 out of 10"),
        ("It holds 500Wh.", "It holds 500 watt-hours."),
        ("It holds 500Wh.", "It holds 500 Wh."),
        ("Turnout: 61.2% (−4.3)", "Turnout: 61.2% (down 4.3)"),
        ("Exports fell by 2.5% in March.", "Exports: −2.5% in March."),
        ("Charging time: 4.5 hours", "Charging time: 4 hours 30 minutes"),
        ("| Ayr | midnight Fri |", "| Ayr | 00:00 Friday |"),
    ],
)
def test_a_figure_written_another_way_is_the_same_figure(a: str, b: str) -> None:
    diff = compare_quantities(a, b)
    assert not diff.only_a and not diff.only_b, diff


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The ferry leaves at 0630 GMT on Sunday.", "The ferry leaves at 07:30 on Sunday."),
        ("| Ayr | 07:15 Mon |", "| Ayr | Tuesday 07:15 |"),
        ("Score: 7/10", "Score: 8 out of 10"),
        ("It holds 500Wh.", "It holds 500 kWh."),
        ("Turnout: 61.2% (−4.3)", "Turnout: 61.2% (up 4.3)"),
        ("Turnout: 61.2% (−4.3)", "Turnout: 61.2% (down 3.4)"),
        ("Charging time: 4.5 hours", "Charging time: 4 hours 20 minutes"),
        # a year before a weekday stays a year
        ("The 2015 Saturday service was cut.", "The 20:15 Saturday service was cut."),
    ],
)
def test_a_figure_changed_in_another_form_is_another_figure(a: str, b: str) -> None:
    diff = compare_quantities(a, b)
    assert diff.only_a or diff.only_b, diff


# ---- a key point whose fact spans two sentences of the body ------------------------------------
REGATTA = """Coastal rowing: Selsey take the county title

Crews from nine clubs raced off Selsey beach on Saturday in a light westerly wind.

Result: Selsey (1st) 24 min 10 sec; Bognor (2nd) 24 min 31 sec; Emsworth (3rd) 25 min 2 sec.
Selsey's women's crew won the title by 21 seconds.

"We trained on this water all winter, and it showed," said the crew's stroke, Amy Osei.

The men's race was cancelled when the wind rose in the afternoon.
"""


def _boxed(text: str, box: str) -> str:
    head, rest = text.split("\n\n", 1)
    return f"{head}\n\n{box}\n\n{rest}"


def test_a_key_point_told_by_two_sentences_of_a_paragraph_passes_and_a_wrong_one_fails() -> None:
    box = "Key points\n\n- Selsey women's crew win the title by 21 seconds in 24 min 10 sec"
    doc = vardiff.Comparer().segment(_boxed(REGATTA, box), name="b")
    point = next(k for k, s in enumerate(doc.sentences) if "win the title" in s.reading)
    told = summed_sentences(doc, point)
    assert told is not None and len(told) == 2
    assert "24 min 10 sec" in doc.sentences[told[0]].reading
    assert _fails(REGATTA, _boxed(REGATTA, box)) == [False, False]
    wrong = box.replace("21 seconds", "12 seconds")
    assert _fails(REGATTA, _boxed(REGATTA, wrong)) == [True, True]


# ---- a timeline's entries in the historic present, told in the past ----------------------------
MILL = """Harland Mill marks its centenary

The woollen mill at Harland opened its doors to visitors on Sunday to mark 100 years of weaving.

"My grandmother worked these looms, and so did her mother," said the mill's owner, Jo Brennan.

Our history

1926: Arthur Brennan buys the empty mill and installs six looms.
1958: The mill supplies cloth for the uniforms of the county police.
1987: A fire destroys the dye house, and 40 jobs are lost.
2011: Jo Brennan takes over and reopens the shop.

The mill now employs 22 people and sells its blankets in 11 countries.
"""

TIMELINE = MILL.split("Our history\n\n")[1].split("\n\n")[0]


def test_a_timeline_told_in_the_past_passes_and_a_year_changed_fails() -> None:
    prose = (
        "In 1926, Arthur Brennan bought the empty mill and installed six looms.\n\n"
        "In 1958, the mill supplied cloth for the uniforms of the county police.\n\n"
        "In 1987, a fire destroyed the dye house, and 40 jobs were lost.\n\n"
        "In 2011, Jo Brennan took over and reopened the shop."
    )
    assert _fails(MILL, MILL.replace(TIMELINE, prose)) == [False, False]
    year = TIMELINE.replace("1987:", "1978:")
    assert _fails(MILL, MILL.replace(TIMELINE, year)) == [True, True]
    # a shift to the future is still read as one (the judge weighs it as it would anywhere)
    future = TIMELINE.replace("takes over and reopens", "will take over and reopen")
    report = vardiff.compare(MILL, MILL.replace(TIMELINE, future))
    assert any(f.check.startswith("tense.") for f in report.findings())
