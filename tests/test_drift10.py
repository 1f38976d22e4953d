"""Lexical and world-knowledge kinds of drift of probe_drift10 (issue 7: trust; issue 8: meaning
changes the embedding cannot see): the role in an institution ("editor" / "reporter"), a medical
state ("admitted to" / "discharged from hospital"), the outcome of a case ("acquitted" /
"convicted"), the direction of an economy ("appreciated" / "depreciated"), the kind of natural
event ("drought" / "floods"), a group of people ("Shia" / "Sunni"), the part of a whole ("the
engine" / "the wing"), a material or physical property ("wooden" / "metal"), a sense or a
feeling ("heard" / "saw", "angered" / "amused"), a sporting outcome ("conceded" / "scored"), an
act on data ("encrypted" / "deleted"), a diplomatic or military act ("summoned" / "expelled"),
an animal or a crop ("wolves" / "dogs"). The probe was written before the judge's rules for
these kinds were read; its first run on main d4a8590 is the out-of-sample figure
(benchmarks/data/README.md)."""

from __future__ import annotations

from pathlib import Path

from _hits import (
    assert_probe_format,
    assert_probe_own_kinds,
    assert_probe_twins,
    probe_items,
)

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"
PROBE = DATA / "probe_drift10.jsonl"


def test_the_probe_holds_a_twin_for_every_kind() -> None:
    items = probe_items(PROBE)
    assert_probe_twins(items, least=160)
    assert len({i["class"] for i in items if i["kind"] == "change"}) >= 12


def test_the_probe_measures_kinds_no_other_probe_holds() -> None:
    assert_probe_own_kinds(PROBE)


def test_the_probe_items_are_news_sentences_in_the_loaders_format() -> None:
    assert_probe_format(probe_items(PROBE), words=(14, 36))
