"""A word put into a sentence wherever the diff places it (removal check's ``addition.inserted``,
issue 7: DEMETR's `addition`): between two words the other version has side by side, at the
sentence's start where the other has its article, after a changed article, inside a replaced
stretch; and the twins that stay quiet: the same pair read the other way, a modifier the other
version says with a synonym or in another form, a name at the start. Our own sentences, without
the model."""

from __future__ import annotations

import pytest

from vardiff import Pair, word_diff
from vardiff.judge import Judge, build_context
from vardiff.judge._calibration import DEFAULT_CUTOFFS, Calibration
from vardiff.judge.removal import find_removals


def inserted(a: str, b: str) -> list[str]:
    """The words the removal check says only B has, put between words A keeps together."""
    return [h.b for h in find_removals(a, b) if h.check == "addition.inserted"]


def findings(a: str, b: str) -> list[tuple[str, str]]:
    """Every finding of the judge without the model or a calibration: (check, B's words)."""
    pair = Pair(
        a=(0,), b=(0,), similarity=0.95, status="changed", a_text=a, b_text=b, ops=word_diff(a, b)
    )
    judge = Judge(
        embedder=None, calibration=Calibration(version="none", cutoffs=DEFAULT_CUTOFFS, rules={})
    )
    return [(f.check, f.b) for f in judge.findings(build_context(pair, [a], [b]))]


PUT_IN = [
    # At the start, where A has its article: no removal rule read it (an adjective, and the
    # diff pairs it with "The").
    (
        "The inspector said that the hotel is near the village and close to the district.",
        "Sanitary inspector said that the hotel is near the village and close to the district.",
        "Sanitary",
    ),
    # Inside a replaced stretch ("The other" / "Other unusual").
    (
        "The other nominations include best picture, best director and best film editing.",
        "Other unusual nominations include best picture, best director and best film editing.",
        "unusual",
    ),
    # After a changed article.
    (
        "The council approved the plan to rebuild the harbour on Monday, officials said.",
        "The council approved a secret plan to rebuild the harbour on Monday, officials said.",
        "secret",
    ),
]


@pytest.mark.parametrize(("a", "b", "word"), PUT_IN)
def test_a_word_put_between_words_a_keeps_together_is_only_in_b(a: str, b: str, word: str) -> None:
    assert inserted(a, b) == [word]
    # Read the other way, B keeps the words together and A has one more: nothing only in B.
    assert inserted(b, a) == []


QUIET = [
    # The translator's own modifier in the slot of A's, a synonym of it.
    (
        "The striker showed a decent skill in the final minutes of the match.",
        "The striker showed an excellent skill in the final minutes of the match.",
    ),
    # A word A says in another form elsewhere: the translation repeats what A says.
    (
        "The economy grew quickly as the plan took effect, the minister said.",
        "The economy grew quickly as the economic plan took effect, the minister said.",
    ),
    # A name at the start is the names check's, not a word of the lexicon.
    (
        "The minister met the press on Monday and answered questions about the budget.",
        "Kowalczyk met the press on Monday and answered questions about the budget.",
    ),
    # A word spelt out as A has it ("the KO round" / "the knockout round").
    (
        "Real Madrid would then be waiting in the next KO round.",
        "Real Madrid would then be waiting in the next knockout round.",
    ),
]


@pytest.mark.parametrize(("a", "b"), QUIET)
def test_a_word_a_says_otherwise_is_not_put_in(a: str, b: str) -> None:
    assert inserted(a, b) == []


def test_the_evidence_tells_a_colouring_word_from_a_head_and_a_free_word() -> None:
    a = "Police said the suspects were arrested near the border on Monday."

    def added(b: str) -> dict[str, dict[str, float | str]]:
        return {h.b: h.evidence for h in find_removals(a, b) if h.check.startswith("addition.")}

    # The removal rules read "armed" as a verb and "town" as a head; only the first reads as
    # an adjective as well.
    assert added(a.replace("the suspects", "the armed suspects"))["armed"]["modifier_reading"] == 1
    assert added(a.replace("border", "border town"))["town"]["modifier_reading"] == 0
    quietly = added(a.replace("were arrested", "were quietly arrested"))["quietly"]
    already = added(a.replace("on Monday", "already on Monday"))["already"]
    assert quietly["before_content"] == 1 and quietly["freely_added"] == 0
    assert already["freely_added"] == 1


def test_one_finding_per_word_the_modifier_check_reads() -> None:
    # "quietly" is only in B, between words A keeps together, and an adverb the modifier
    # check reads where it stands: the editor reads it once, as the modifier check says it.
    a = "Police said the suspects were arrested near the border on Monday."
    b = "Police said the suspects were quietly arrested near the border on Monday."
    assert inserted(a, b) == ["quietly"]
    said = [check for check, words in findings(a, b) if "quietly" in words]
    assert said == ["modifier.added"]
