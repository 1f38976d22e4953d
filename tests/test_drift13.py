"""Structural and discourse kinds of drift of probe_drift13 (issue 7: trust; issue 8: meaning
changes the embedding cannot see): one edit that moves meaning between the clauses, the
entities or the sentences of a snippet. The probe was written before the judge's rules for
these kinds were read; its first run on main 58b99e5 is the out-of-sample figure
(benchmarks/data/README.md)."""

from __future__ import annotations

from pathlib import Path

from _hits import (
    assert_probe_file,
    assert_probe_twin_per_change,
    probe_items,
)

PROBE = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "probe_drift13.jsonl"


def test_the_probe_is_a_probe_of_its_own_kinds_with_a_twin_for_every_change() -> None:
    assert_probe_file(PROBE, least=160, kinds=12, words=(18, 45))
    assert_probe_twin_per_change(probe_items(PROBE), kinds=12)


def test_each_twin_starts_from_its_changes_first_text() -> None:
    # a twin restates the same first text another way; the change edits that same text
    items = {i["id"]: i for i in probe_items(PROBE)}
    for key, item in items.items():
        if item["kind"] == "control":
            change = items[key.replace("_twin-", "-")]
            assert change["a"] == item["a"], key
