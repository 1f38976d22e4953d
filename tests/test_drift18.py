"""Lexical, world-knowledge, scope, quantity, time and reference kinds of drift of
probe_drift18 (issue 7: trust; issue 8: meaning changes the embedding cannot see): another act
on the same object ("inspected" / "repaired" a bridge), an academic degree ("doctoral" /
"master's thesis"), an act on a company's shares or structure ("buy back" / "issue new
shares"), a kind of news outlet ("tabloid" / "broadsheet"), the quantity a figure measures
("blood pressure" / "blood sugar"), an act of discovery or making ("discovered" /
"photographed"), the order of birth ("elder" / "younger brother"); an anniversary by its name
("centenary" / "bicentenary"), the opening against the close of an event ("opening" /
"closing ceremony"), both against one of the two ("Both engines" / "One of the two engines"),
a forecast or a target told as an outcome ("is forecast to grow" / "grew"), one period's
figure told as a recurring rate ("in 2023" / "a year"), a city against the state or country
of its name ("Quebec City" / "Quebec") and the day of an event against the day before or
after ("on the eve of" / "on the day of the election"). The probe was written before the
judge's rules for these kinds were read; its first run on main fb4f5a5 is the out-of-sample
figure (benchmarks/data/README.md)."""

from __future__ import annotations

from pathlib import Path

from _hits import (
    assert_probe_file,
    assert_probe_twin_per_change,
    assert_twins_restate_first_text,
    probe_items,
)

PROBE = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "probe_drift18.jsonl"


def test_the_probe_is_a_probe_of_its_own_kinds_with_a_twin_for_every_change() -> None:
    assert_probe_file(PROBE, least=160, kinds=14, words=(15, 40))
    assert_probe_twin_per_change(probe_items(PROBE), kinds=14)


def test_each_twin_starts_from_its_changes_first_text() -> None:
    assert_twins_restate_first_text(probe_items(PROBE))
