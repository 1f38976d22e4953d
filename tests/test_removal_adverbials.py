"""Adverbs that look like nouns: a fixed adverbial phrase ("in fact", "of course") or a
particle after its verb ("reflected back") left out or added is no lost noun (removal check,
without the model), while a word that says where or when stays content ("returning home",
"as it stands today").

The sentences are written for these tests, in the style of news copy and talks; none comes
from the dev sets.
"""

from __future__ import annotations

import pytest

from vardiff.judge.removal import find_removals


def _checks(a: str, b: str) -> set[str]:
    return {h.check for h in find_removals(a, b)}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The tax looked small, but in fact it cost families a great deal.",
            "The tax looked small, but it cost families a great deal.",
        ),
        (
            "Of course, the minister denied every charge on Tuesday.",
            "The minister denied every charge on Tuesday.",
        ),
        (
            "Some towns, for example, kept their schools open all winter.",
            "Some towns kept their schools open all winter.",
        ),
        (
            "The signal bounced back from the surface of the lake.",
            "The signal bounced from the surface of the lake.",
        ),
        (
            "The beetles cannot fold back their wings when they land.",
            "The beetles cannot fold their wings when they land.",
        ),
    ],
)
def test_an_adverb_that_looks_like_a_noun_is_no_lost_noun(a: str, b: str) -> None:
    # Both ways: left out of B, or added to it.
    assert not _checks(a, b) & {"removal.head", "removal.modifier"}
    assert not _checks(b, a) & {"addition.head", "addition.modifier"}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Thousands of travellers were stranded while returning home after the storm.",
            "Thousands of travellers were stranded while returning after the storm.",
        ),
        (
            "The team lost the game at home on Sunday.",
            "The team lost the game on Sunday.",
        ),
        (
            "The law as it stands today protects tenants from sudden rent rises.",
            "The law as it stands protects tenants from sudden rent rises.",
        ),
        (
            "The court ruled that the fact of the payment was proven.",
            "The court ruled that the of the payment was proven.",
        ),
    ],
)
def test_a_word_of_place_or_time_or_a_noun_of_content_is_still_lost(a: str, b: str) -> None:
    assert any(check.startswith("removal.") for check in _checks(a, b))
