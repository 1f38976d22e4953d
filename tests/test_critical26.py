"""critical26: a modifier put inside a phrase whose words the other side has side by side in
another form, and a word the addition rules read as a head that the modifier check reads as
a modifier put inside such a phrase."""

from __future__ import annotations

from _hits import (
    assert_fails_both_ways,
    assert_quiet_both_ways,
    checks_judged,
    context,
    judged,
)

from vardiff._severity import Severity
from vardiff.judge.modifiers import modifiers_of
from vardiff.judge.removal._check import removal_hits


def _inside(a: str, b: str) -> dict[str, bool]:
    """Each modifier only B has, and whether it stands inside a phrase A keeps."""
    return {found.word: found.inside for found in modifiers_of(b, a)}


def test_neighbours_in_another_form_keep_the_phrase() -> None:
    # "small" / "smaller", "witness" / "witnesses": the same place in the phrase
    assert _inside(
        "The farmer repaired several small barns near the river.",
        "The farmer repaired several smaller wooden barns near the river.",
    ) == {"wooden": True}
    assert _inside(
        "The officers questioned the witness near the station.",
        "The officers questioned the elderly witnesses near the station.",
    ) == {"elderly": True}
    # Another article is no same place: the new thing is said in its place ("the roof was
    # replaced" / "a new roof")
    assert _inside(
        "The farmer replaced the roof of the barn last year.",
        "The farmer put a new roof on the barn last year.",
    ) == {"new": False}
    # Not where A's words stand apart: "the loaf" is no "their loaves", a rewording around it
    assert _inside(
        "Local bakers sold the loaf at the market.",
        "Local bakers sold their fresh loaves at the markets.",
    ) == {"fresh": False}


def test_modifier_put_into_a_phrase_kept_in_another_form_fails() -> None:
    # Loud: a word put between two words A has side by side, one of them in another form.
    assert_fails_both_ways(
        "The farmer repaired several small barns near the river.",
        "The farmer repaired several smaller wooden barns near the river.",
    )
    assert_fails_both_ways(
        "The officers questioned the witness near the station.",
        "The officers questioned the elderly witnesses near the station.",
    )


def test_modifier_said_elsewhere_stays_quiet() -> None:
    # Quiet: B puts the word inside the phrase, A says it in a clause of its own.
    assert_quiet_both_ways(
        "Bakers sold loaves that were still fresh at the market.",
        "Bakers sold fresh loaves at the market.",
    )
    assert_quiet_both_ways(
        "The plan, which was secret, to widen the harbour was approved.",
        "The secret plan to widen the harbour was approved.",
    )
    # A new thing said in another article's place stays the calibration's low reading.
    found = checks_judged(
        "The farmer replaced the roof of the barn last year.",
        "The farmer put a new roof on the barn last year.",
    )
    assert max(severity for _, severity in found) <= Severity.LOW, found


def test_a_modifier_read_as_a_head_is_the_modifier_checks() -> None:
    # "manual" reads as a noun to the addition rules; put between "hardest" and "climbing",
    # which A keeps together, it is a modifier put inside the phrase.
    a = "She described the hardest climbing routes in the park."
    b = "She described the hardest manual climbing routes in the park."
    hits = removal_hits(context(a, b))
    assert [(hit.check, hit.b, hit.evidence.get("inside")) for hit in hits] == [
        ("modifier.added", "manual", 1.0)
    ]
    assert judged(a, b, "modifier.added")
    assert not judged(a, b, "addition.head")
    assert max(severity for _, severity in checks_judged(a, b)) >= Severity.MEDIUM


def test_a_head_the_modifier_check_does_not_read_stays_the_addition_rules() -> None:
    # "rock" is a noun: no modifier, a head put before "climbing"; a modifier at the phrase's
    # edge, with nothing A keeps after it, stays the addition rule's reading too.
    a = "She described the hardest climbing routes in the park."
    b = "She described the hardest rock climbing routes in the park."
    assert [hit.check for hit in removal_hits(context(a, b))] == ["addition.head"]
    assert judged(a, b, "addition.head")
    assert not judged(a, b, "modifier.added")
