"""Harmless slips stay below the gate, the drift beside them does not: a sentence written all
in lower case, a word or phrase typed again, a name or a date word with a letter dropped. Short
news-style pairs, both directions, without the model, under the shipped calibration."""

from __future__ import annotations

import pytest

from vardiff import Pair, Severity, word_diff
from vardiff._words import mistyped, one_slip_apart, slips_apart
from vardiff.judge import Judge


def _judged(a: str, b: str) -> list[tuple[str, Severity]]:
    pair = Pair(
        a=(0,), b=(0,), similarity=0.9, status="changed", a_text=a, b_text=b,
        ops=word_diff(a, b),
    )  # fmt: skip
    return [(f.check, f.severity) for f in Judge(embedder=None).judge(pair)]


def _loudest(a: str, b: str) -> Severity:
    return max((severity for _, severity in _judged(a, b)), default=Severity.INFO)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # The whole sentence in lower case: its names and months are no other names or dates.
        (
            "Angela Merkel met Emmanuel Macron in Berlin on February 3.",
            "angela merkel met emmanuel macron in berlin on february 3.",
        ),
        ("The U.S. Navy said on Tuesday that 60 million was spent.",
         "the u.s. navy said on tuesday that 60 million was spent."),
        # A word typed twice.
        ("Seven people died in the fire.", "Seven seven people died in the fire."),
        ("The samples were found in the lab.", "The samples were found in the the lab."),
        ("The talks did not end.", "The talks did not not end."),
        ("He found a dog.", "He found a a dog."),
        # A word or a short phrase typed again and again.
        ("Rescuers reached the village on Monday.",
         "Rescuers reached reached reached reached the village on Monday."),
        ("He scored in the last round of the league.",
         "He scored in the last round of the the the the league."),
        ("The drought will take its toll on farmers.",
         "The drought will take its toll its toll its toll its toll on farmers."),
        ("Prices rose after the vote in May.",
         "Prices rose after the vote after the vote after the vote in May."),
        # A name or a date word with one letter dropped or two swapped.
        ("Talks with American officials ended.", "Talks with Amrican officials ended."),
        ("Ullman said the plan failed.", "Ulman said the plan failed."),
        ("They met in August.", "They met in Augst."),
        ("The vote is on Wednesday.", "The vote is on Wendesday."),
        # A scale or unit word mistyped is the same amount.
        ("The bill costs 10 million dollars.", "The bill costs 10 milion dollars."),
        ("Prices rose four percent.", "Prices rose four percnt."),
    ],
)  # fmt: skip
def test_a_harmless_slip_stays_below_the_gate(a: str, b: str) -> None:
    assert _loudest(a, b) < Severity.MEDIUM, _judged(a, b)
    assert _loudest(b, a) < Severity.MEDIUM, _judged(b, a)


def test_a_slip_is_still_shown() -> None:
    assert ("artifact.repeated_word", Severity.LOW) in _judged(
        "The urine samples were found.", "The urine urine samples were found."
    )
    assert ("artifact.repeated_word", Severity.LOW) in _judged(
        "Prices rose after the vote in May.", "Prices rose after the vote after the vote in May."
    )
    assert ("entity.misspelled", Severity.LOW) in _judged(
        "Talks with American officials ended.", "Talks with Amrican officials ended."
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A word left out between two of the same is a gap, not a word typed twice.
        ("He stayed in Paris in June.", "He stayed in in June."),
        # In lower case an amount still changes.
        ("Angela Merkel said 60 people died.", "angela merkel said 70 people died."),
        # Another name, another date, one letter apart at the end or in a short word.
        ("Mr Daniel said the plan failed.", "Mr Daniela said the plan failed."),
        ("Jones said the plan failed.", "Jonas said the plan failed."),
        ("They met in August.", "They met in July."),
        ("The bill costs 10 million dollars.", "The bill costs 10 billion dollars."),
    ],
)
def test_drift_beside_a_slip_still_fails_the_gate(a: str, b: str) -> None:
    assert _loudest(a, b) >= Severity.MEDIUM, _judged(a, b)


def test_one_slip_apart() -> None:
    assert one_slip_apart("Amrican", "American") and one_slip_apart("foudn", "found")
    assert not one_slip_apart("Jones", "Jonas") and not one_slip_apart("Austria", "Australia")
    assert mistyped("Tayyip Erdgan", "Tayyip Erdogan")
    assert not mistyped("Daniel", "Daniela") and not mistyped("Iran", "Iraq")


@pytest.mark.parametrize(
    ("left", "right", "slips"),
    [
        ("foudn", "found", 1),  # two neighbours swapped
        ("kolor", "color", 1),  # a letter struck for another
        ("acident", "accident", 1),  # a letter left out
        ("sistema", "system", 2),
        ("werden", "weren't", 3),
        ("same", "same", 0),
    ],
)
def test_slips_apart_counts_each_slip_of_the_keys_once(left: str, right: str, slips: int) -> None:
    assert slips_apart(left, right) == slips == slips_apart(right, left)
