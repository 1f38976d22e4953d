"""Structural and discourse kinds of drift of probe_drift11 (issue 7: trust; issue 8: meaning
changes the embedding cannot see): a single edit that moves meaning between the clauses, the
conjuncts or the entities of a sentence or of two adjacent sentences. The probe was written
before the judge's rules for these kinds were read; its first run on main d4a8590 is the
out-of-sample figure (benchmarks/data/README.md)."""

from __future__ import annotations

from pathlib import Path

from _hits import (
    assert_probe_format,
    assert_probe_own_kinds,
    assert_probe_twins,
    probe_items,
)

PROBE = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "probe_drift11.jsonl"


def test_the_probe_holds_a_twin_for_every_change() -> None:
    items = probe_items(PROBE)
    assert_probe_twins(items, least=150)
    changes = {i["class"] for i in items if i["kind"] == "change"}
    assert len(changes) >= 12
    for kind in changes:
        loud = sum(i["class"] == kind for i in items)
        quiet = sum(i["class"] == f"{kind}_twin" for i in items)
        assert loud == quiet, kind


def test_each_twin_starts_from_its_changes_first_text() -> None:
    # a twin restates the same first text another way; the change edits that same text
    items = {i["id"]: i for i in probe_items(PROBE)}
    for key, item in items.items():
        if item["kind"] == "control":
            change = items[key.replace("_twin-", "-")]
            assert change["a"] == item["a"], key


def test_the_probe_items_are_news_sentences_in_the_loaders_format() -> None:
    assert_probe_format(probe_items(PROBE), words=(15, 45))


def test_the_probe_kinds_are_in_no_other_probe() -> None:
    assert_probe_own_kinds(PROBE)
