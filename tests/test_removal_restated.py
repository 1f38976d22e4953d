"""A word of A that B restates in another part of speech or another construction is not lost
(issue 7: quiet on honest rewording): a noun of an act said by its verb ("protected the answers
with encryption" / "encrypted the answers", the mirror of a verb said by its noun), and a
participle between two nouns that B folds into a compound, the second noun set before the
first ("a ship carrying grain" / "a grain ship", "lorries loaded with fuel" / "fuel lorries"),
and a compound's head that the compound's short name leaves out ("a microwave oven" / "a
microwave", "the documentary film" / "the documentary": synonyms in the lexicon). Dropped
outright, the same words still fail the gate, and so does a compound B gets backwards ("a ship
grain") or a head the first noun only qualifies ("the bank account" / "the bank").

The sentences are written for these tests, in the style of news copy; none comes from the dev
sets or a probe. Without the model; the severities are under the shipped calibration."""

from __future__ import annotations

import pytest
from _hits import assert_fails_both_ways, assert_quiet_both_ways

RESTATED = [
    (
        "The university said its researchers had protected the survey's answers with "
        "encryption before sending them to the ministry.",
        "The university said its researchers had encrypted the survey's answers before sending "
        "them to the ministry.",
    ),
    (
        "A ship carrying grain ran aground off the coast of Turkey on Monday, the coastguard said.",
        "A grain ship ran aground off the coast of Turkey on Monday, the coastguard said.",
    ),
    (
        "Lorries loaded with fuel were stuck at the border for three days, the drivers' union "
        "said.",
        "Fuel lorries were stuck at the border for three days, the drivers' union said.",
    ),
    (
        "The recall covers a microwave oven sold in supermarkets since March whose door can "
        "open while it is running, the regulator said.",
        "The recall covers a microwave sold in supermarkets since March whose door can open "
        "while it is running, the regulator said.",
    ),
    (
        "Her documentary film on the collapse of the cod fisheries will be shown on public "
        "television next spring.",
        "Her documentary on the collapse of the cod fisheries will be shown on public television "
        "next spring.",
    ),
]

LOST = [
    (
        "The university said its researchers had protected the survey's answers with "
        "encryption before sending them to the ministry.",
        "The university said its researchers had protected the survey's answers before sending "
        "them to the ministry.",
    ),
    (
        "A ship carrying grain ran aground off the coast of Turkey on Monday, the coastguard said.",
        "A ship ran aground off the coast of Turkey on Monday, the coastguard said.",
    ),
    (
        "A ship carrying grain ran aground off the coast of Turkey on Monday, the coastguard said.",
        "A ship grain ran aground off the coast of Turkey on Monday, the coastguard said.",
    ),
    (
        "Lorries loaded with fuel were stuck at the border for three days, the drivers' union "
        "said.",
        "Lorries were stuck at the border for three days, the drivers' union said.",
    ),
    (
        "The bank account of the charity was frozen by the court on Monday after a complaint "
        "from its donors.",
        "The bank of the charity was frozen by the court on Monday after a complaint from its "
        "donors.",
    ),
]


@pytest.mark.parametrize(("a", "b"), RESTATED)
def test_a_word_restated_in_another_form_is_not_lost(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), LOST)
def test_the_same_words_dropped_still_fail(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)
