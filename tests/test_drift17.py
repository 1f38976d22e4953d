"""Lexical, world-knowledge, scope, quantity, time and reference kinds of drift of
probe_drift17 (issue 7: trust; issue 8: meaning changes the embedding cannot see): a household
appliance ("dishwashers" / "washing machines"), a garment ("balaclava" / "baseball cap"), a
food or a drink ("prawns" / "mussels"), a structure of transport or supply ("flyover" /
"underpass"), the way someone travelled ("walked" / "cycled"), the kind of occasion
("christening" / "wedding"), what befell the people counted ("killed" / "injured"); the
numeral or suffix that tells two people of one name apart ("Henry VIII" / "Henry VII", "Jr." /
"Sr."), a description that names another place ("the Turkish capital" / "Turkey's largest
city"), a margin told as an amount ("won by 312 votes" / "won 312 votes"), what a sum of money
is ("sold for" / "was valued at", "offered" / "paid"), the era of a date ("50 BC" / "AD 50"),
the last there will be against the most recent so far ("final film" / "latest film") and a sum
told by its count of figures or digits ("a five-figure fine" / "a four-figure fine"). The probe
was written before the judge's rules for these kinds were read; its first run on main ae6ac7b
is the out-of-sample figure (benchmarks/data/README.md)."""

from __future__ import annotations

from pathlib import Path

from _hits import (
    assert_probe_file,
    assert_probe_twin_per_change,
    assert_twins_restate_first_text,
    probe_items,
)

PROBE = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "probe_drift17.jsonl"


def test_the_probe_is_a_probe_of_its_own_kinds_with_a_twin_for_every_change() -> None:
    assert_probe_file(PROBE, least=160, kinds=14, words=(15, 40))
    assert_probe_twin_per_change(probe_items(PROBE), kinds=14)


def test_each_twin_starts_from_its_changes_first_text() -> None:
    assert_twins_restate_first_text(probe_items(PROBE))
