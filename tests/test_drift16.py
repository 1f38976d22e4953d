"""Lexical, world-knowledge, scope, quantity, time and reference kinds of drift of
probe_drift16 (issue 7: trust; issue 8: meaning changes the embedding cannot see): a faith or
its clergy ("Hindu" / "Sikh temple", "rabbi" / "imam"), a playing position ("fly-half" /
"scrum-half", "pitcher" / "catcher"), a specialist of one profession ("cardiologist" /
"neurologist", "solicitor" / "barrister"), a chemical ("carbon monoxide" / "carbon dioxide",
"chlorine" / "ammonia"), a drug ("paracetamol" / "ibuprofen", "cannabis" / "ecstasy"), a
musical instrument ("violin" / "viola", "trumpeter" / "trombonist"), an emergency service
("firefighters" / "paramedics", "coastguard" / "mountain rescue"); a first time told as a
repetition ("resumed" / "began", "recaptured" / "captured"), a flow told as a stock ("new" /
"active infections", "hired" / "employed", "sales of" / "the number of"), a ratio turned round
("three applicants for every place" / "three places for every applicant"), at once against
one after another ("concurrently" / "consecutively"), a territory for the larger or smaller
one it belongs to ("England" / "the UK", "the eurozone" / "the European Union"), the date a
measure was made against the date it took effect ("approved in 2006" / "came into force in
2006") and the clock a time is told by ("local time" / "GMT"). The probe was written before
the judge's rules for these kinds were read; its first run on main 2b03216 is the
out-of-sample figure (benchmarks/data/README.md)."""

from __future__ import annotations

from pathlib import Path

from _hits import (
    assert_probe_file,
    assert_probe_twin_per_change,
    assert_twins_restate_first_text,
    probe_items,
)

PROBE = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "probe_drift16.jsonl"


def test_the_probe_is_a_probe_of_its_own_kinds_with_a_twin_for_every_change() -> None:
    assert_probe_file(PROBE, least=160, kinds=14, words=(15, 40))
    assert_probe_twin_per_change(probe_items(PROBE), kinds=14)


def test_each_twin_starts_from_its_changes_first_text() -> None:
    assert_twins_restate_first_text(probe_items(PROBE))
