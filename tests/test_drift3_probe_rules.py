"""Rules written for the classes of ``benchmarks/data/probe_drift3.jsonl`` that the judge
missed: a request told as an order, a measure debated told as adopted, another step of a court
case, a belief told as a known fact, another count of times ("once" / "twice"), how long a thing
lasted told as when it happened, a thing done by mistake told as done on purpose, "barely" told
as "radically", "only" told as "too", and a quote reported as speech after when and where it
was said. Each change fails the gate both ways; each harmless twin stays at ``low`` or below.

The sentences are our own, not the probe file's nor items of the benchmark sets; the judge runs
without the model, under the shipped calibration.
"""

from __future__ import annotations

import pytest
from _hits import both_ways, checks_judged, worst

from vardiff import Severity
from vardiff._numbers import extract_quantities

CHANGES = [
    # asked or advised (free to refuse) / ordered or made to
    (
        "The mayor urged shop owners to close early.",
        "The mayor ordered shop owners to close early.",
    ),
    (
        "Officials advised farmers to move their cattle.",
        "Officials forced farmers to move their cattle.",
    ),
    # a measure put before a body / adopted by it
    ("The council debated the new parking fees.", "The council approved the new parking fees."),
    (
        "The ministry has proposed a tax on sugary drinks.",
        "The ministry has imposed a tax on sugary drinks.",
    ),
    # a step of a court case for another
    ("The banker was charged with embezzlement.", "The banker was jailed for embezzlement."),
    ("Two officers were convicted of assault.", "Two officers were sentenced for assault."),
    # "charges" stands on both sides: it tells no step the edit moved
    (
        "The coach was indicted on doping charges last week.",
        "The coach was sentenced on doping charges last week.",
    ),
    # a belief or a claim / a fact known or shown
    ("The inspectors believed the dam was leaking.", "The inspectors knew the dam was leaking."),
    (
        "The emails alleged that the mayor took cash.",
        "The emails revealed that the mayor took cash.",
    ),
    # another count of times
    ("The plant was inspected twice last year.", "The plant was inspected once last year."),
    (
        "The singer has performed in Vienna three times.",
        "The singer has performed in Vienna twice.",
    ),
    # how long it lasted / when it happened
    ("The road was closed for six months.", "The road was closed six months ago."),
    ("The strike lasted two weeks.", "The strike started two weeks ago."),
    # done by mistake / on purpose
    ("The files were shared by accident.", "The files were shared on purpose."),
    # only just done / done thoroughly: two ends of the degree scale
    ("The new law barely changed the rules.", "The new law radically changed the rules."),
    # restricted to what it follows / extended to it ("too" closing its clause)
    ("The ferry is open to cyclists only.", "The ferry is open to cyclists too."),
]

TWINS = [
    (
        "The mayor ordered shop owners to close early.",
        "The mayor instructed shop owners to close early.",
    ),
    (
        "The mayor urged shop owners to close early.",
        "The mayor called on shop owners to close early.",
    ),
    ("The council approved the new parking fees.", "The council adopted the new parking fees."),
    ("The banker was jailed for embezzlement.", "The banker was imprisoned for embezzlement."),
    ("The inspectors believed the dam was leaking.", "The inspectors thought the dam was leaking."),
    ("The plant was inspected twice last year.", "The plant was inspected two times last year."),
    ("The tower is twice as tall as the church.", "The tower is double the height of the church."),
    ("The road was closed for six months.", "The road was closed for 6 months."),
    ("The files were shared by accident.", "The files were shared accidentally."),
    ("The lorry barely cleared the bridge.", "The lorry only just cleared the bridge."),
    ("The offer is open to pensioners too.", "The offer is open to pensioners as well."),
    # a quote reported as speech: the pointing word, the tense and what stands between the
    # verb of saying and the report ("said on Monday that") shift, the words stay
    (
        '"This budget is a disgrace," the senator said.',
        "The senator said the budget was a disgrace.",
    ),
    (
        '"The repairs were finished on time," the engineer said on Monday.',
        "The engineer said on Monday that the repairs had been finished on time.",
    ),
]


@pytest.mark.parametrize(("a", "b"), CHANGES)
def test_the_change_fails_the_gate_both_ways(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert worst(x, y) >= Severity.MEDIUM, (x, y, checks_judged(x, y))


@pytest.mark.parametrize(("a", "b"), TWINS)
def test_the_harmless_twin_stays_quiet_both_ways(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert worst(x, y) <= Severity.LOW, (x, y, checks_judged(x, y))


def test_show_and_suggest_are_one_reading_of_evidence_for_the_events_check() -> None:
    """ "show" / "suggest" is no other outcome (the modality check weighs the hedge); "proved" /
    "suggested" is."""
    quiet = (
        "The scans show that the tumour has shrunk.",
        "The scans suggest that the tumour has shrunk.",
    )
    loud = (
        "The scans proved that the tumour had shrunk.",
        "The scans suggested that the tumour had shrunk.",
    )
    for x, y in both_ways(*quiet):
        assert not [c for c, _ in checks_judged(x, y) if c.startswith("event.")], (x, y)
    for x, y in both_ways(*loud):
        assert ("event.outcome", Severity.HIGH) in checks_judged(x, y), (x, y)


def test_a_report_that_changes_a_word_of_the_quote_is_still_a_quote_missing() -> None:
    a = '"The repairs were finished on time," the engineer said on Monday.'
    b = "The engineer said on Monday that the repairs had been finished late."
    for x, y in both_ways(a, b):
        assert worst(x, y) >= Severity.MEDIUM, (x, y, checks_judged(x, y))


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("The committee met twice in May.", [2.0]),
        ("He has been fined once before.", [1.0]),
        ("They meet once a year.", [1.0]),
        ("It happened once or twice.", [1.0, 2.0]),
        # "once" as a conjunction, as "formerly", in an idiom: no count
        ("Once the votes are counted, the result will be announced.", []),
        ("The port was once a fishing village.", []),
        ("The once mighty party collapsed.", []),
        ("Police arrived at once.", []),
        ("The price rose once again.", []),
        # a multiplier, not a count of times
        ("The tower is twice as tall as the church.", []),
        ("The flat costs twice the average rent.", []),
    ],
)
def test_counts_of_times_in_words(text: str, counts: list[float]) -> None:
    found = [q.value for q in extract_quantities(text) if q.counted == "times"]
    assert found == counts
