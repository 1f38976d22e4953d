"""Two speakers' quotes exchanged (issue 8: a garbled attribution; found by the document probe,
benchmarks/data/probe_documents.jsonl): every name kept and every quote verbatim, so no
check saw that each speaker now says what the other said. None of these sentences is a
probe's."""

from __future__ import annotations

from _hits import (
    assert_fails_both_ways,
    assert_judged_both_ways,
    assert_model_fails_both_ways,
    assert_not_judged_both_ways,
)

ENGINEER = (
    '"The bridge is safe," the engineer said. "It needs repairs," the mayor said.',
    '"It needs repairs," the engineer said. "The bridge is safe," the mayor said.',
)
MINISTER = (
    '"We will not raise taxes," said the finance minister, but the opposition leader warned: '
    '"Taxes will rise within a year."',
    '"Taxes will rise within a year," said the finance minister, but the opposition leader '
    'warned: "We will not raise taxes."',
)


def test_quotes_that_change_speakers_fail_the_gate() -> None:
    for pair in (ENGINEER, MINISTER):
        assert_judged_both_ways(*pair, "quote.speaker_exchanged")
        assert_fails_both_ways(*pair)


def test_the_same_speakers_saying_the_same_words_otherwise_laid_out_are_no_exchange() -> None:
    a = ENGINEER[0]
    for b in (
        # the sentences in the other order, a verb of saying before its quote
        'The mayor said: "It needs repairs." "The bridge is safe," the engineer said.',
        # a pronoun for one speaker: who "he" is is not read here
        '"The bridge is safe," he said. "It needs repairs," the mayor said.',
        # another source altogether is the attribution check's
        '"The bridge is safe," the architect said. "It needs repairs," the mayor said.',
    ):
        assert_not_judged_both_ways(a, b, "quote.speaker_exchanged")


def test_with_the_model_two_paragraphs_whose_quotes_changed_speakers_fail() -> None:
    a = (
        'The council met on Monday to discuss the old river bridge.\n\n"The bridge is safe," '
        'the engineer said.\n\n"It needs repairs before the winter," the mayor said.'
    )
    b = (
        'The council met on Monday to discuss the old river bridge.\n\n"It needs repairs before '
        'the winter," the engineer said.\n\n"The bridge is safe," the mayor said.'
    )
    assert_model_fails_both_ways(a, b)
