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


_QUOTED = st.text(alphabet="ab '\"‘’“”„.", max_size=60)


@settings(max_examples=200, deadline=None)
@given(_QUOTED, _QUOTED)
def test_ops_rebuild_both_texts_exactly_whatever_their_quote_marks(a: str, b: str) -> None:
    assert _sides(word_diff(a, b)) == (a, b)


def test_typographic_and_straight_quotes_are_no_edit() -> None:
    a = 'He called it "a major step" in Korea\'s talks.'
    b = "He called it “a major step” in Korea’s talks."
    assert word_diff(a, b) == (Op("equal", a, b),)
    ops = word_diff('He said "no" to Korea\'s plan.', "He said “yes” to Korea’s plan.")
    assert [(op.a, op.b) for op in ops if op.op != "equal"] == [("no", "yes")]


# -- moves -------------------------------------------------------------------------------------


def _moves(ops: tuple[Op, ...]) -> dict[int, tuple[str, str]]:
    """Each move id with its A half and its B half."""
    halves: dict[int, list[str]] = {}
    for op in ops:
        if op.moved is not None:
            halves.setdefault(op.moved, ["", ""])[0 if op.op == "delete" else 1] = op.a or op.b
    return {n: (a, b) for n, (a, b) in halves.items()}


def test_clause_moved_to_the_front_is_one_move() -> None:
    a = "The number of foreign students at British universities grew by 8 per cent since 2008."
    b = "Since 2008, among foreign students at British universities there was an 8% growth."
    ops = word_diff(a, b)
    assert _sides(ops) == (a, b)
    assert _moves(ops) == {1: ("since 2008", "Since 2008")}
    # What is left of the edit stays one replaced span: a rewording, not a drop plus an add.
    assert Op("replace", "grew by 8 per cent ", "there was an 8% growth") in ops
    assert all(op.op in ("delete", "insert") for op in ops if op.is_moved)


def test_attribution_moved_to_the_front() -> None:
    a = "The museum will reopen in March, the city council announced on Monday."
    b = "The city council announced on Monday that the museum will reopen in March."
    # Both phrases are five words long, so either may be the one that stayed in place.
    (moved,) = _moves(word_diff(a, b)).values()
    assert moved[0] == moved[1]
    assert moved[0] in ("city council announced on Monday", "museum will reopen in March")
    a = "The museum will reopen in March after a two-year renovation, the council said."
    b = "The council said that the museum will reopen in March after a two-year renovation."
    assert list(_moves(word_diff(a, b)).values()) == [("council said", "council said")]


def test_moved_words_are_folded_for_case_numbers_and_per_cent() -> None:
    a = "Officials in the province said on Tuesday that 1,400 firms grew by three per cent."
    b = "1400 Firms grew by 3%, officials in the province said on Tuesday."
    moves = _moves(word_diff(a, b))
    assert list(moves.values()) == [("1,400 firms grew by three per cent", "1400 Firms grew by 3%")]


def test_a_swapped_word_or_a_rewording_in_place_is_no_move() -> None:
    # One word that changed places may be a swapped role: it stays an edit for the judge.
    assert not _moves(word_diff("Russia attacked Ukraine.", "Ukraine attacked Russia."))
    # The same words in the same order inside a replaced span are a rewording in place.
    a = "the containers could hold as many as 3 million 152mm artillery shells"
    b = "the containers could carry up to three million bullets"
    assert not _moves(word_diff(a, b))
    # Function words alone never make a move.
    assert not _moves(word_diff("and of the cat sat", "the cat sat and of"))


def test_moves_can_be_left_in_their_edits() -> None:
    a = "Exports grew by 8 per cent since 2008."
    b = "Since 2008, exports grew by 8 per cent."
    assert _moves(word_diff(a, b))
    assert not any(op.is_moved for op in word_diff(a, b, moves=False))


def test_moved_key_only_on_moved_ops() -> None:
    ops = word_diff("Exports grew since 2008.", "Since 2008, exports grew.")
    dicts = [op.to_dict() for op in ops]
    plain = [d for d, op in zip(dicts, ops, strict=True) if not op.is_moved]
    assert plain and all(set(d) == {"op", "a", "b"} for d in plain)
    assert sorted(d["op"] for d in dicts if "moved" in d) == ["delete", "insert"]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from("since 2008 the minister said exports grew 8 % per cent , .".split()),
        max_size=25,
    ),
    st.randoms(use_true_random=False),
)
def test_moves_rebuild_both_texts_and_pair_up(words: list[str], rng: object) -> None:
    a = " ".join(words)
    shuffled = list(words)
    rng.shuffle(shuffled)  # type: ignore[attr-defined]
    b = " ".join(shuffled)
    ops = word_diff(a, b)
    assert _sides(ops) == (a, b)
    kinds: dict[int, list[str]] = {}
    for op in ops:
        if op.moved is not None:
            kinds.setdefault(op.moved, []).append(op.op)
    assert all(sorted(k) == ["delete", "insert"] for k in kinds.values())
