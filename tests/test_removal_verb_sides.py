"""A verb left out where the rest of the sentence is worded otherwise (issues 7 and 8: DEMETR's
removed verbs), so that only one side of the verb meets in B: the subject said by a word of its
own and the rest of the clause after it ("Rebel fighters moved into the town" / "Hundreds of rebels
into the town"), an auxiliary left before a preposition or an object ("will be held in Lagos
from" / "will be from"), an opening verb cut ("According to the police," / "To the police,").
Against the English that looks alike and must stay quiet: B's own verb in the verb's place, a
misspelt verb, a copula ("have been the result"), "have to", an imperative "be", an opening
that is no verb.

The sentences are written for these tests, in the style of news copy; none comes from the dev
sets. Without the model; the severities are under the shipped calibration.
"""

from __future__ import annotations

import pytest
from _hits import checks_judged

from vardiff import Severity
from vardiff.judge.removal import broken_marks, find_removals


def _verbs_lost(a: str, b: str) -> set[str]:
    return {hit.a for hit in find_removals(a, b) if hit.check == "removal.verb"}


@pytest.mark.parametrize(
    ("a", "b", "verb"),
    [
        # The subject said otherwise, the rest of the clause after it, no verb before.
        (
            "Rebel fighters moved into the town to seize the bridge.",
            "Hundreds of rebels into the town to seize the bridge.",
            "moved",
        ),
        (
            "The minister admitted on radio that the figures were wrong.",
            "Health Minister Okafor on radio that the figures were wrong.",
            "admitted",
        ),
        # The auxiliary kept, what follows it no verb.
        (
            "The summit will be held in Lagos from 3 May.",
            "The summit will be from 3 May in Lagos.",
            "held",
        ),
        (
            "She has just been promoted to head of the sales team.",
            "She has just been on the board of the sales team.",
            "promoted",
        ),
        (
            "The mayor has announced a plan to close the bridge, and the council has agreed.",
            "The mayor has his plan to close the bridge, and the council has agreed to it.",
            "announced",
        ),
        # The opening verb cut.
        (
            "According to the police, the driver fled before dawn.",
            "To the police, the driver fled before dawn.",
            "according",
        ),
        # The subject kept, then no verb to the clause's end.
        (
            "The festival began in about 400 AD and lasted until 1100.",
            "The festival around 400 AD and continued until 1100.",
            "began",
        ),
    ],
)
def test_a_verb_gone_on_one_side_fails_the_gate(a: str, b: str, verb: str) -> None:
    assert verb in _verbs_lost(a, b)
    judged = checks_judged(a, b)
    assert ("removal.verb", Severity.MEDIUM) in judged or (
        "removal.verb",
        Severity.HIGH,
    ) in judged, judged


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # B's own verb in the verb's place (a word that may be a verb, or a misspelt one).
        (
            "South Africa defeated the All Blacks in Wellington.",
            "South Africa beat the All Blacks in Wellington.",
        ),
        (
            "Researchers divide by twelve to get the monthly rate.",
            "Analysts devide by twelve to get the monthly rate.",
        ),
        # A copula after "been", "have to", an imperative "be".
        (
            "The delays have been caused by a strike at the port.",
            "The delays have been the result of a strike at the port.",
        ),
        (
            "Officials have decided on Monday to close the road.",
            "Officials have to close the road on Monday.",
        ),
        (
            "Drivers should be warned about ice on the roads tonight.",
            "So be on the lookout for ice on the roads tonight.",
        ),
        # A clause after another's verb may leave it unsaid.
        (
            "Ambala's team came first and Jhajjar's team came second.",
            "Ambala's team came first, Jhajjar's team second.",
        ),
        # An opening that is no verb.
        (
            "Late on Sunday, the storm reached the coast.",
            "On Sunday night, the storm reached the coast.",
        ),
    ],
)
def test_a_verb_said_otherwise_is_not_lost(a: str, b: str) -> None:
    assert not _verbs_lost(a, b)


def test_a_sentence_left_without_any_verb_is_a_sure_gap() -> None:
    a = "Before the war, the town had no problem with floods."
    b = "Before the war, the town no problem with floods."
    assert {m.key: m.sure for m in broken_marks(b)}.get("no verb") is True
    judged = checks_judged(a, b)
    assert any(c.startswith("removal.") and s >= Severity.MEDIUM for c, s in judged), judged


def test_a_verb_misspelt_beyond_reading_leaves_no_sure_gap() -> None:
    # "hda": the verb is there, misspelt; the sentence only looks verbless.
    marks = {
        m.key: m.sure for m in broken_marks("Before the war, the town hda no problem with floods.")
    }
    assert marks.get("no verb") is False
