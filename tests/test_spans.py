"""A finding's span is where its words stand in the pair's text as whole words: an editor's
highlight on "lose" must fall on "lose", not inside "closes" (issue 7: findings an editor can
read). Pairs of our own, judged without the model."""

from __future__ import annotations

import pytest

from vardiff import Judge, Pair, word_diff
from vardiff.judge._context import build_context

# (A, B, a word of B that also stands inside an earlier word of B)
INSIDE_ANOTHER = [
    ("The plant closed in March and workers lost their jobs.",
     "The plant closes in March and workers will lose their jobs.", "lose"),
    ("The court listened to the case and will rule on appeals.",
     "The court heard the case and will hear appeals.", "hear"),
]  # fmt: skip


def _pair(a: str, b: str) -> Pair:
    return Pair(
        a=(0,), b=(0,), similarity=0.9, status="changed", a_text=a, b_text=b,
        ops=word_diff(a, b),
    )  # fmt: skip


@pytest.mark.parametrize(("a", "b", "word"), INSIDE_ANOTHER)
def test_a_word_is_located_as_a_whole_word(a: str, b: str, word: str) -> None:
    start = b.index(f" {word} ") + 1
    assert build_context(_pair(a, b), [a], [b]).locate(word, side="b") == (
        start,
        start + len(word),
    )


def test_a_piece_of_a_word_is_still_found_where_no_whole_word_stands() -> None:
    ctx = build_context(_pair("a well-known fact", "a known fact"), ["a"], ["b"])
    assert ctx.locate("known", side="a") == (7, 12)
    assert ctx.locate("KNOWN FACT", side="b") == (2, 12)


@pytest.mark.parametrize(("a", "b", "_word"), INSIDE_ANOTHER)
def test_every_finding_shows_its_own_words(a: str, b: str, _word: str) -> None:
    for finding in Judge(embedder=None).judge(_pair(a, b)):
        for span, words, text in ((finding.a_span, finding.a, a), (finding.b_span, finding.b, b)):
            if span is not None and words:
                start, end = span
                assert text[start:end].lower() == words.lower(), finding
                # Whole words: no letter runs on either side of the highlight.
                assert start == 0 or not text[start - 1].isalnum(), finding
                assert end == len(text) or not text[end].isalnum(), finding
