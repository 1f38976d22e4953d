"""doc22's mends, each on texts written here (none of a probe's): a clause's number ("3.1 ",
"3.1. ", "Clause 3.1 –", "Section 3:") and an action's ("A2. ") read as its place, as "2. " is;
an answer set under another question of a page of questions read as a change; a heading that
one side names with a word more read as layout; names a line each under a label ("Present:")
read as the line that lists them; initials a document defines, and a party's role set beside
its name ("The applicant, Mr Tomas Reyes,"), read as the person; "250g" / "250 g", "10:30" /
"10.30" and "1.2-1.8" / "1.2 to 1.8" the same figures; a condition left out of a clause a change;
and the eighth document probe's line in the table of document probes."""

# ruff: noqa: E501 (the texts' paragraphs are kept whole to be read)
from __future__ import annotations

import pytest

import vardiff
from vardiff._numbers import compare_quantities
from vardiff._segment import segment

RULES = """Millbrook Sailing Club: rules for members

These rules apply from 1 April 2026. "We want the club to stay safe and friendly," said the commodore, Harriet Ode.

1. Boats

1.1 Members may take out a club dinghy only after passing the club's safety test.
1.2 A member under 16 may sail only when an adult member is on the water.
1.3 Every boat must be signed out in the log before it leaves the slipway.

2. Fees

2.1 The yearly fee is £180, due on 1 April.
2.2 A member who joins after 1 October pays half the fee.
2.3 Berths cost £12 a week, unless the boat is on the club's own mooring.

3. Safety

3.1 Buoyancy aids must be worn on the water at all times.
3.2 The rescue boat is crewed on Saturdays and Sundays from 10:00 to 16:00.

Questions go to the secretary, Paul Anand, on 01632 960 222. "Most of these rules are common sense," he said.
"""

CLAUSES = {
    (1, 1): "Members may take out a club dinghy only after passing the club's safety test.",
    (1, 2): "A member under 16 may sail only when an adult member is on the water.",
    (1, 3): "Every boat must be signed out in the log before it leaves the slipway.",
    (2, 1): "The yearly fee is £180, due on 1 April.",
    (2, 2): "A member who joins after 1 October pays half the fee.",
    (2, 3): "Berths cost £12 a week, unless the boat is on the club's own mooring.",
    (3, 1): "Buoyancy aids must be worn on the water at all times.",
    (3, 2): "The rescue boat is crewed on Saturdays and Sundays from 10:00 to 16:00.",
}


def _fails(a: str, b: str) -> list[bool]:
    return [vardiff.compare(a, b).failed, vardiff.compare(b, a).failed]


def _numbered(form: str) -> str:
    text = RULES
    for (n, m), clause in CLAUSES.items():
        text = text.replace(f"{n}.{m} {clause}", form.format(n=n, m=m, L="abc"[m - 1], c=clause))
    return text


@pytest.mark.parametrize("form", ["{n}.{m}. {c}", "({L}) {c}", "Clause {n}.{m} – {c}"])
def test_a_clauses_number_is_its_place_not_a_figure(form: str) -> None:
    text = _numbered(form)
    assert text != RULES
    readings = [s.reading for s in segment(text)]
    for clause in CLAUSES.values():
        assert clause in readings
    assert _fails(RULES, text) == [False, False]


def test_clauses_told_as_prose_and_headings_set_otherwise_pass() -> None:
    prose = RULES.replace(
        "\n".join(f"1.{m} {CLAUSES[(1, m)]}" for m in (1, 2, 3)),
        " ".join(CLAUSES[(1, m)] for m in (1, 2, 3)),
    )
    assert prose != RULES
    assert _fails(RULES, prose) == [False, False]
    headed = RULES
    for n, head in ((1, "Boats"), (2, "Fees"), (3, "Safety")):
        headed = headed.replace(f"\n{n}. {head}\n", f"\n**{n}. {head}**\n")
    assert _fails(RULES, headed) == [False, False]
    sections = RULES
    for n, head in ((1, "Boats"), (2, "Fees"), (3, "Safety")):
        sections = sections.replace(f"\n{n}. {head}\n", f"\nSection {n}: {head}\n")
    assert _fails(RULES, sections) == [False, False]


def test_a_clause_number_is_read_off_only_before_a_word() -> None:
    for text in ("2.5 GW of capacity was added.", "1.5 Million people came.", "3.2 per cent."):
        assert segment(text)[0].reading == text
    assert (
        segment("A2. Paul Anand: order the flares.")[0].reading == "Paul Anand: order the flares."
    )
    assert [s.reading for s in segment("He drove up the A1. Then he stopped.")] == [
        "He drove up the A1.",
        "Then he stopped.",
    ]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (", unless the boat is on the club's own mooring.", "."),
        (" only when an adult member is on the water.", "."),
    ],
)
def test_a_condition_left_out_of_a_clause_fails(old: str, new: str) -> None:
    assert _fails(RULES, RULES.replace(old, new)) == [True, True]


def test_a_condition_reworded_is_no_condition_left_out() -> None:
    a = "If the river ever rises above the wall, the flood gates are shut at once."
    b = "If one day the river rises above the wall, the flood gates are shut at once."
    for x, y in ((a, b), (b, a)):
        checks = {f.check for f in vardiff.compare(x, y).findings()}
        assert not any(c.startswith("wording.condition") for c in checks), checks


FAQ = """Harbour Library: questions and answers

The library on Quay Street reopened in March after a £2.4m refit. "We have tried to answer everything people ask at the desk," said the branch manager, Ines Castell.

Do I need a card to use the computers?
Yes. Cards are free and take five minutes to set up at the front desk.

How many books can I borrow?
Adults can borrow up to 12 books at a time, for three weeks.

Is there a charge for late returns?
There are no fines for late returns. Overdue books are renewed once automatically.

Can I print documents?
Printing costs 10p a page in black and white and 50p a page in colour.

The library is open from 9am to 7pm on weekdays and from 10am to 4pm on Saturdays.
"""

ENTRIES = [
    (
        "Do I need a card to use the computers?",
        "Yes. Cards are free and take five minutes to set up at the front desk.",
    ),
    (
        "How many books can I borrow?",
        "Adults can borrow up to 12 books at a time, for three weeks.",
    ),
    (
        "Is there a charge for late returns?",
        "There are no fines for late returns. Overdue books are renewed once automatically.",
    ),
    (
        "Can I print documents?",
        "Printing costs 10p a page in black and white and 50p a page in colour.",
    ),
]
ASKED = "\n\n".join(f"{q}\n{a}" for q, a in ENTRIES)


def test_an_answer_under_another_question_fails() -> None:
    assert ASKED in FAQ
    swapped = list(ENTRIES)
    swapped[1], swapped[3] = (ENTRIES[1][0], ENTRIES[3][1]), (ENTRIES[3][0], ENTRIES[1][1])
    text = FAQ.replace(ASKED, "\n\n".join(f"{q}\n{a}" for q, a in swapped))
    assert _fails(FAQ, text) == [True, True]
    report = vardiff.compare(FAQ, text)
    assert "order.other_question" in {f.check for f in report.findings()}


def test_questions_on_the_lines_of_a_talk_are_no_page_of_questions() -> None:
    from vardiff._document import Document
    from vardiff._questions import _asked

    talk = "Why do we sleep?\nNobody knew for a long time.\nWhat happens in the brain?\nThe cells shrink, and fluid washes through them.\nCan we do without it?\nNot for long.\n"
    assert _asked(Document(name="t", text=talk, sentences=segment(talk))) is None
    assert _asked(Document(name="f", text=FAQ, sentences=segment(FAQ))) is not None


@pytest.mark.parametrize("layout", ["order", "qa", "headings"])
def test_questions_in_another_order_or_layout_pass(layout: str) -> None:
    if layout == "order":
        entries = [ENTRIES[i] for i in (2, 0, 3, 1)]
        new = "\n\n".join(f"{q}\n{a}" for q, a in entries)
    elif layout == "qa":
        new = "\n\n".join(f"Q: {q}\nA: {a}" for q, a in ENTRIES)
    else:
        new = "\n\n".join(f"### {q}\n\n{a}" for q, a in ENTRIES)
    assert _fails(FAQ, FAQ.replace(ASKED, new)) == [False, False]


MINUTES = """Eastgate Book Club – minutes of the meeting

Held on Thursday 5 February 2026 at 7pm in the back room of the Crown

Present: Alice Moreno (chair), Ben Okafor (treasurer), Clara Voss, Dev Sharma
Apologies: Emma Hartley

Main decisions

The club agreed to read The Glass Orchard for March. "It is short enough for a busy month," said Alice Moreno. Ben Okafor reported a balance of £214.

Action points

- Ben Okafor to book the room for March by 20 February.
- Clara Voss to order six copies from the bookshop.
"""


def test_names_a_line_each_under_a_label_read_as_the_list() -> None:
    listed = MINUTES.replace(
        "Present: Alice Moreno (chair), Ben Okafor (treasurer), Clara Voss, Dev Sharma\nApologies: Emma Hartley",
        "Present:\nAlice Moreno (chair)\nBen Okafor (treasurer)\nClara Voss\nDev Sharma\n\nApologies:\nEmma Hartley",
    )
    assert listed != MINUTES
    readings = [s.reading for s in segment(listed)]
    assert (
        "Present: Alice Moreno (chair), Ben Okafor (treasurer), Clara Voss, Dev Sharma" in readings
    )
    assert _fails(MINUTES, listed) == [False, False]


def test_a_heading_with_a_word_more_over_its_section_is_layout() -> None:
    assert _fails(MINUTES, MINUTES.replace("\nMain decisions\n", "\nDecisions\n")) == [False, False]


def _with_initials(first: str, second: str) -> str:
    return MINUTES.replace(
        "Present: Alice Moreno (chair), Ben Okafor (treasurer), Clara Voss, Dev Sharma\nApologies: Emma Hartley",
        "Present: Alice Moreno (AM, chair), Ben Okafor (BO, treasurer), Clara Voss (CV), Dev Sharma (DS)\nApologies: Emma Hartley (EH)",
    ).replace(
        "- Ben Okafor to book the room for March by 20 February.\n- Clara Voss to order six copies from the bookshop.",
        f"- {first} to book the room for March by 20 February.\n- {second} to order six copies from the bookshop.",
    )


def test_owners_named_by_the_initials_the_minutes_define_pass() -> None:
    assert _fails(MINUTES, _with_initials("BO", "CV")) == [False, False]


def test_an_action_given_to_other_initials_fails() -> None:
    assert _fails(MINUTES, _with_initials("DS", "CV")) == [True, True]


RULING = """Reyes v Calder Housing Association

Summary of the tribunal's decision, 12 January 2026

1. The applicant, Mr Tomas Reyes, has rented a flat in Calder Court since 2018. He complained in 2024 that the flat was damp.

2. Mr Reyes says that the landlord ignored four letters about the damp. The respondent, Calder Housing Association, says that it inspected the flat twice.

3. The tribunal found that the repairs were late. It ordered the respondent to pay Mr Reyes £2,400.
"""


def test_a_party_named_by_the_role_the_text_gives_them_passes() -> None:
    by_role = RULING.replace("2. Mr Reyes says", "2. The applicant says").replace(
        "to pay Mr Reyes £2,400", "to pay the applicant £2,400"
    )
    assert by_role != RULING
    assert _fails(RULING, by_role) == [False, False]


def test_a_party_given_another_partys_role_stays_a_change() -> None:
    other = RULING.replace("to pay Mr Reyes £2,400", "to pay the respondent £2,400")
    assert vardiff.compare(RULING, other).failed
    # the other way round the judge reads the name added low, as it does on main; the
    # respondent's role is no alias of Mr Reyes, so its finding stays
    back = vardiff.compare(other, RULING)
    assert any(f.check == "entity.added" and f.b == "Reyes" for f in back.findings())


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Add 250g of flour and 100g of sugar.", "Add 250 g of flour and 100 g of sugar."),
        (
            "The ferry leaves at 10:30 and returns at 16:45.",
            "The ferry leaves at 10.30 and returns at 16.45.",
        ),
        ("The estimate was 1.2 to 1.8 per cent.", "The estimate was 1.2-1.8 per cent."),
    ],
)
def test_the_same_figures_set_otherwise(a: str, b: str) -> None:
    diff = compare_quantities(a, b)
    assert not diff.only_a and not diff.only_b and not diff.uncounted


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Add 250g of flour.", "Add 150g of flour."),
        ("The ferry leaves at 10:30.", "The ferry leaves at 10.40."),
        ("The estimate was 1.2 to 1.8 per cent.", "The estimate was 1.2-1.9 per cent."),
        ("The 5G network covers the town.", "The 5 g network covers the town."),
    ],
)
def test_other_figures_stay_other(a: str, b: str) -> None:
    diff = compare_quantities(a, b)
    assert diff.only_a or diff.only_b


def test_the_eighth_document_probe_has_its_line() -> None:
    from test_document_probes import PROBES

    shape = PROBES["probe_documents8.jsonl"]
    assert shape.builder == "doc_probe_make8"
    assert shape.bases == {"larkin_recipe.txt", "brindle_festival.txt", "haverly_terms.txt"}
