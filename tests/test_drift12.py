"""Lexical and world-knowledge kinds of drift of probe_drift12 (issue 7: trust; issue 8: meaning
changes the embedding cannot see): an act of employment ("hired" / "fired", "furloughed" /
"laid off"), a step of schooling ("enrolled" / "graduated", "expelled" / "suspended"), an
election ("primary" / "general election", "turnout" / "vote share", "conceded" / "claimed
victory"), lawmaking ("vetoed" / "signed", "repeal" / "amend", "upper" / "lower house"), a
vehicle or its mishap ("tram" / "bus", "derailed" / "broke down"), a weapon ("rifle" / "pistol",
"stabbed" / "shot"), a building ("consulate" / "embassy", "museum" / "library"), a thing of
science ("virus" / "bacterium", "asteroid" / "comet"), a work of art ("novel" / "memoir",
"album" / "single"), a change of physical state ("capsized" / "ran aground", "froze" / "dried
up"), a financial instrument ("shares" / "bonds", "dividend" / "bonuses"), a document
("warrant" / "subpoena", "visa" / "passport"), a direction ("upstream" / "downstream",
"northbound" / "southbound") and a period of the calendar ("fiscal" / "calendar year",
"weekdays" / "weekends", "Ramadan" / "Lent"). The probe was written before the judge's rules
for these kinds were read; its first run on main 58b99e5 is the out-of-sample figure
(benchmarks/data/README.md)."""

from __future__ import annotations

from pathlib import Path

from _hits import assert_probe_file, assert_probe_twin_per_change, probe_items

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"
PROBE = DATA / "probe_drift12.jsonl"


def test_the_probe_holds_twins_and_kinds_of_its_own_in_the_loaders_format() -> None:
    assert_probe_file(PROBE, least=160, kinds=14, words=(15, 35))
    assert_probe_twin_per_change(probe_items(PROBE), kinds=14)
