"""Lexical, world-knowledge, scope and reference kinds of drift of probe_drift14 (issue 7:
trust; issue 8: meaning changes the embedding cannot see): a body part, a medical act, a
disease, a source of energy, a sporting discipline, a language, a landform, a kind of tax, a
colour, a body of the sky; the maker told as the one a thing was made for ("written by" /
"written for"), a pronoun inside a quotation that points at another party, a time anchor
moved from the event to the time of writing ("then" / "now"), and "few" against "a few". The
probe was written before the judge's rules for these kinds were read; its first run on main
ecc1f14 is the out-of-sample figure (benchmarks/data/README.md)."""

from __future__ import annotations

from pathlib import Path

from _hits import assert_probe_file, assert_probe_twin_per_change, probe_items

PROBE = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "probe_drift14.jsonl"


def test_the_probe_is_a_probe_of_its_own_kinds_with_a_twin_for_every_change() -> None:
    assert_probe_file(PROBE, least=160, kinds=14, words=(15, 40))
    assert_probe_twin_per_change(probe_items(PROBE), kinds=14)


def test_each_twin_starts_from_its_changes_first_text() -> None:
    # a twin restates the same first text another way; the change edits that same text
    items = {i["id"]: i for i in probe_items(PROBE)}
    for key, item in items.items():
        if item["kind"] == "control":
            change = items[key.replace("_twin-", "-")]
            assert change["a"] == item["a"], key
