"""Word diff: edits fall on word boundaries and lose or invent nothing."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vardiff import Op, word_diff


def _sides(ops: tuple[Op, ...]) -> tuple[str, str]:
    return "".join(op.a for op in ops), "".join(op.b for op in ops)


def test_replaced_word_is_one_span_on_word_boundaries() -> None:
    a = "Russia found itself in desperate need of conventional weapons."
    b = "Russia found itself in dire need of conventional weapons."
    ops = word_diff(a, b)
    assert [op for op in ops if op.op != "equal"] == [Op("replace", "desperate", "dire")]


def test_several_word_replacement_reads_as_one_span() -> None:
    a = "the containers could hold as many as 3 million 152mm artillery shells"
    b = "the containers could carry up to three million bullets"
    changed = [op for op in word_diff(a, b) if op.op != "equal"]
    assert all(op.op == "replace" for op in changed)
    assert any("artillery shells" in op.a and "bullets" in op.b for op in changed)


def test_insert_and_delete_are_classified() -> None:
    ops = word_diff("officials said.", "officials said, he told reporters.")
    assert any(op.op == "insert" for op in ops) or any(op.op == "replace" for op in ops)
    ops = word_diff("a b c d", "a d")
    assert [op.op for op in ops if op.op != "equal"] == ["delete"]


def test_identical_and_empty() -> None:
    assert word_diff("same text", "same text") == (Op("equal", "same text", "same text"),)
    assert word_diff("", "") == ()
    assert word_diff("", "new") == (Op("insert", "", "new"),)


def test_finest_diff_keeps_single_word_edits() -> None:
    ops = word_diff("one two three four", "one 2 three 4", semantic_cleanup=False)
    assert [(op.a, op.b) for op in ops if op.op != "equal"] == [("two", "2"), ("four", "4")]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.text(max_size=200))
def test_ops_rebuild_both_texts_exactly(a: str, b: str) -> None:
    for cleanup in (True, False):
        assert _sides(word_diff(a, b, semantic_cleanup=cleanup)) == (a, b)
