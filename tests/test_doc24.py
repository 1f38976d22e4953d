"""The tenth document probe (``benchmarks/data/probe_documents10.jsonl``: a pressure washer's
manual, a travel insurance policy summary and a school's letter on mock examinations) found
these; each rule here on texts of its own, not the probe's: a page of questions and answers
whose "Q:" and "A:" labels are set apart (and "Problem:" / "Solution:" read as the same
labels), a table's row moved word for word read as a move, a prefix cased otherwise the same
prefix, a hedge that leaves an instruction to the reader ("if you can") a condition, and a
span of time written short ("1h 45m") the same span. Model-free where the rule allows; the
pages end to end with the model, both ways."""

from __future__ import annotations

from _hits import assert_fails_both_ways, assert_quiet_both_ways

import vardiff
from vardiff._numbers import extract_quantities
from vardiff._report import Pair
from vardiff._segment import segment
from vardiff._sentence_moves import find_moves
from vardiff._stamps import speaker

FAQ = """Kettle care

Descale the kettle once a month in a hard water area. "Scale makes the element work \
harder," says the maker's engineer, Ana Ruiz.

Q: The kettle switches off before the water boils.
A: The element is scaled. Fill the kettle with equal parts of water and white vinegar, \
leave it for an hour and rinse it twice.

Q: The lid will not close.
A: The hinge may be bent. Do not force it: send the kettle to the maker for repair.

Q: Water drips from the base.
A: Unplug the kettle at once and stop using it.

Capacity: 1.7 litres
Power: 3,000 W
Cord length: 75 cm
"""


def _texts(text: str) -> list[str]:
    return [s.text for s in segment(text)]


def _fails(a: str, b: str) -> list[bool]:
    return [vardiff.compare(a, b).failed, vardiff.compare(b, a).failed]


def test_a_page_of_questions_and_answers_sets_its_labels_apart_and_no_other() -> None:
    parts = _texts(FAQ)
    assert "Q:" in parts and "A:" in parts
    assert "The lid will not close." in parts
    # a specification set as lines on the same page keeps its labels as words
    assert "Capacity: 1.7 litres" in parts and "Power: 3,000 W" in parts
    # one question and its answer make no such page: the labels stay words
    one = "Q: Is the kettle safe?\nA: Yes, it meets the standard.\n"
    assert _texts(one) == ["Q: Is the kettle safe?", "A: Yes, it meets the standard."]
    # the labels of a page of problems and their solutions say the same as "Q:" and "A:"
    assert speaker("Problem:") == speaker("Q:") == {"?"}
    assert speaker("Solution:") == speaker("A:") == speaker("Answer:") == {"!"}
    assert speaker("Osei:") == {"osei"}


def test_a_troubleshooting_page_relabelled_passes_and_an_answer_changed_fails() -> None:
    relabelled = FAQ.replace("\nQ: ", "\nProblem: ").replace("\nA: ", "\nSolution: ")
    assert _fails(FAQ, relabelled) == [False, False]
    # an answer that says the opposite, and one dropped with its question
    reversed_ = FAQ.replace(
        "Unplug the kettle at once and stop using it.", "You may keep using it."
    )
    assert _fails(FAQ, reversed_) == [True, True]
    dropped = FAQ.replace("Q: The lid will not close.\n", "").replace(
        "A: The hinge may be bent. Do not force it: send the kettle to the maker for repair.\n\n",
        "",
    )
    assert _fails(FAQ, dropped) == [True, True]


def _pair(status: str, a: str, b: str, index: int) -> Pair:
    return Pair(
        a=(index,) if a else (),
        b=(index,) if b else (),
        similarity=None,
        status=status,  # type: ignore[arg-type]
        a_text=a,
        b_text=b,
    )


def test_a_tables_row_moved_word_for_word_is_a_move() -> None:
    row = "| Height | 42 cm |"
    pairs = [_pair("omitted", row, "", 0), _pair("added", "", row, 1)]
    assert find_moves(pairs) == [(0, 1)]
    # a row with a cell changed on the way is no row moved word for word
    other = [_pair("omitted", row, "", 0), _pair("added", "", "| Height | 24 cm |", 1)]
    assert find_moves(other) == []
    # a row of figures alone names nothing, and a short sentence still needs its place
    figures = [_pair("omitted", "| 42 | 17 |", "", 0), _pair("added", "", "| 42 | 17 |", 1)]
    assert find_moves(figures) == []
    short = [_pair("omitted", "Height 42 cm.", "", 0), _pair("added", "", "Height 42 cm.", 1)]
    assert find_moves(short) == []


TABLE = """Bike hire

Hire a bike at the harbour kiosk. "Most riders take the coast path," said Joe Penrose, who runs it.

| Bike | Per hour | Per day |
|---|---|---|
| City bike | £6 | £20 |
| Electric bike | £12 | £45 |
| Child's bike | £4 | £12 |
| Tandem | £10 | £35 |

Helmets are free with every hire. The kiosk opens at 09:00 and closes at 18:00.
"""


def test_a_table_in_another_row_order_passes_and_a_cell_moved_fails() -> None:
    rows = TABLE.split("\n")
    reordered = "\n".join([*rows[:6], rows[8], rows[6], rows[7], *rows[9:]])
    assert _fails(TABLE, reordered) == [False, False]
    moved = TABLE.replace("| £12 | £45 |", "| £12 | £35 |").replace(
        "| £10 | £35 |", "| £10 | £45 |"
    )
    assert _fails(TABLE, moved) == [True, True]


def test_a_prefix_cased_otherwise_is_the_same_prefix() -> None:
    assert_quiet_both_ways("Post-match interviews", "POST-MATCH INTERVIEWS")
    assert_quiet_both_ways("the Co-operative Party", "the co-operative party")
    assert_fails_both_ways("the pre-match interviews", "the post-match interviews")


def test_a_hedge_added_to_an_instruction_is_a_condition() -> None:
    assert_fails_both_ways(
        "Show your ticket at the gate and keep it until you leave.",
        "Show your ticket at the gate and, if you can, keep it until you leave.",
    )
    assert_fails_both_ways(
        "Label every sample with the date.", "Label every sample with the date where possible."
    )
    # a hedge both sides set, said another way or elsewhere in the sentence
    assert_quiet_both_ways(
        "Water the seedlings daily if you can.", "Water the seedlings daily if possible."
    )
    assert_quiet_both_ways(
        "Where possible, book a table in advance.", "Book a table in advance where possible."
    )
    # "can" is no hedge before a negation of its own
    assert_quiet_both_ways(
        "Call the desk if you cannot find your room.", "Call the desk if you can't find your room."
    )


def test_a_span_written_short_is_the_same_span() -> None:
    def read(text: str) -> list[tuple[float | str, str | None]]:
        return [(q.value, q.counted) for q in extract_quantities(text)]

    assert read("The film runs 2h 10m.") == [(130.0, "minutes")]
    assert read("a 3h drive") == [(3.0, "hours")]
    # a clock's time in the French style, and "45m" alone, are no such span
    assert read("The train leaves at 14h30.") == []
    assert [(q.value, q.unit) for q in extract_quantities("a 45m drop")] == [(45.0, "m")]
    assert_quiet_both_ways("The film runs 2h 10m.", "The film runs 130 minutes.")
    assert_quiet_both_ways("The film runs 2h 10m.", "The film runs 2 hours 10 minutes.")
    assert_fails_both_ways("The film runs 2h 10m.", "The film runs 2h 40m.")
    assert_fails_both_ways("The film runs 2h 10m.", "The film runs 100 minutes.")


def test_a_flow_in_litres_per_minute_is_one_unit() -> None:
    assert_quiet_both_ways("The shower uses 9 litres per minute.", "The shower uses 9 l/min.")
    assert_fails_both_ways("The shower uses 9 litres per minute.", "The shower uses 12 l/min.")
    # a flow is no volume
    assert_fails_both_ways("The shower uses 9 litres per minute.", "The shower uses 9 litres.")
