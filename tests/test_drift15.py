"""Lexical, world-knowledge, scope and quantity kinds of drift of probe_drift15 (issue 7:
trust; issue 8: meaning changes the embedding cannot see): a military unit, a field of study,
a creative credit ("directed by" / "produced by"), a collective action ("strike" / "protest"),
a kind of firm ("insurer" / "lender"), a kind of injury ("sprained" / "broke"), a kind of
payment ("fine" / "fee"), a stage of a tournament ("semi-finals" / "quarter-finals"); the
tempo of a change ("gradually" / "suddenly"), the whole of one thing against each of many
("all week" / "every week", "the whole school" / "every school"), together against
separately, the part a party plays in an event ("attended" / "hosted"), a measure's basis
("net" / "gross", "real" / "nominal") and the number of parties ("bilateral" /
"multilateral", "solo" / "duet"). The probe was written before the judge's rules for these
kinds were read; its first run on main f542c34 is the out-of-sample figure
(benchmarks/data/README.md)."""

from __future__ import annotations

from pathlib import Path

from _hits import (
    assert_probe_file,
    assert_probe_twin_per_change,
    assert_twins_restate_first_text,
    probe_items,
)

PROBE = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "probe_drift15.jsonl"


def test_the_probe_is_a_probe_of_its_own_kinds_with_a_twin_for_every_change() -> None:
    assert_probe_file(PROBE, least=160, kinds=14, words=(15, 40))
    assert_probe_twin_per_change(probe_items(PROBE), kinds=14)


def test_each_twin_starts_from_its_changes_first_text() -> None:
    assert_twins_restate_first_text(probe_items(PROBE))
