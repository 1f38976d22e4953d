"""The sentence probes of ``benchmarks/data`` are whole and in the loader's format, each in
the shape its authors promised (benchmarks/data/README.md): harmless twins for every kind of
change, kinds no other probe holds, texts of a news sentence's length. A drift probe sets one
twin beside each change, most of them restating the change's first text; a probe of honest
variation (quiet15 on) sets eight controls beside four changes a kind.

One table, so a new probe is one line here and its own test file holds the rules written
against it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from _hits import (
    assert_probe_file,
    assert_probe_twin_per_change,
    assert_quiet_probe_shape,
    assert_twins_restate_first_text,
    probe_items,
)

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"


@dataclass(frozen=True)
class Shape:
    least: int
    kinds: int
    words: tuple[int, int]
    # a drift probe: as many twins as changes of each kind
    twin_per_change: bool = False
    # ... and each twin restating its change's first text
    twins_restate: bool = False
    # a probe of honest variation: eight controls beside four changes a kind
    quiet: bool = False


PROBES = {
    "probe_drift7.jsonl": Shape(150, 12, (14, 36)),
    "probe_drift8.jsonl": Shape(150, 12, (14, 36)),
    "probe_drift9.jsonl": Shape(150, 12, (12, 45), twin_per_change=True),
    "probe_drift10.jsonl": Shape(160, 12, (14, 36)),
    "probe_drift11.jsonl": Shape(150, 12, (15, 45), twin_per_change=True, twins_restate=True),
    "probe_drift12.jsonl": Shape(160, 14, (15, 35), twin_per_change=True),
    "probe_drift13.jsonl": Shape(160, 12, (18, 45), twin_per_change=True, twins_restate=True),
    "probe_drift14.jsonl": Shape(160, 14, (15, 40), twin_per_change=True, twins_restate=True),
    "probe_drift15.jsonl": Shape(160, 14, (15, 40), twin_per_change=True, twins_restate=True),
    "probe_drift16.jsonl": Shape(160, 14, (15, 40), twin_per_change=True, twins_restate=True),
    "probe_drift17.jsonl": Shape(160, 14, (15, 40), twin_per_change=True, twins_restate=True),
    "probe_drift18.jsonl": Shape(160, 14, (15, 40), twin_per_change=True, twins_restate=True),
    "probe_drift19.jsonl": Shape(160, 14, (15, 40), twin_per_change=True, twins_restate=True),
    "probe_drift20.jsonl": Shape(160, 14, (15, 40), twin_per_change=True, twins_restate=True),
    "probe_drift21.jsonl": Shape(160, 14, (15, 40), twin_per_change=True, twins_restate=True),
    "probe_drift22.jsonl": Shape(160, 14, (15, 40), twin_per_change=True, twins_restate=True),
    "probe_drift23.jsonl": Shape(160, 14, (15, 40), twin_per_change=True, twins_restate=True),
    "probe_drift24.jsonl": Shape(160, 14, (15, 40), twin_per_change=True, twins_restate=True),
    "probe_drift25.jsonl": Shape(160, 14, (15, 40), twin_per_change=True, twins_restate=True),
    "probe_drift26.jsonl": Shape(160, 14, (15, 40), twin_per_change=True, twins_restate=True),
    "probe_drift27.jsonl": Shape(160, 14, (15, 40), twin_per_change=True, twins_restate=True),
    "probe_quiet10.jsonl": Shape(150, 12, (14, 40)),
    "probe_quiet11.jsonl": Shape(160, 12, (15, 40)),
    "probe_quiet12.jsonl": Shape(160, 13, (15, 40)),
    "probe_quiet15.jsonl": Shape(160, 14, (15, 40), quiet=True),
    "probe_quiet16.jsonl": Shape(160, 14, (15, 40), quiet=True),
    "probe_quiet17.jsonl": Shape(160, 14, (15, 40), quiet=True),
    "probe_quiet18.jsonl": Shape(160, 14, (15, 40), quiet=True),
    "probe_quiet19.jsonl": Shape(160, 14, (15, 40), quiet=True),
    "probe_quiet20.jsonl": Shape(160, 14, (15, 40), quiet=True),
    "probe_quiet21.jsonl": Shape(160, 14, (15, 40), quiet=True),
    "probe_quiet22.jsonl": Shape(160, 14, (15, 40), quiet=True),
    "probe_quiet23.jsonl": Shape(160, 14, (15, 40), quiet=True),
    "probe_quiet24.jsonl": Shape(160, 14, (15, 40), quiet=True),
    "probe_quiet25.jsonl": Shape(160, 14, (15, 40), quiet=True),
    "probe_quiet26.jsonl": Shape(160, 14, (15, 40), quiet=True),
    "probe_quiet27.jsonl": Shape(160, 14, (15, 40), quiet=True),
    "probe_rewording.jsonl": Shape(150, 12, (14, 40)),
}


@pytest.mark.parametrize("name", sorted(PROBES))
def test_the_probe_holds_twins_and_kinds_of_its_own_in_the_loaders_format(name: str) -> None:
    shape = PROBES[name]
    assert_probe_file(DATA / name, least=shape.least, kinds=shape.kinds, words=shape.words)
    items = probe_items(DATA / name)
    if shape.twin_per_change:
        assert_probe_twin_per_change(items, kinds=shape.kinds)
    if shape.twins_restate:
        assert_twins_restate_first_text(items)
    if shape.quiet:
        assert_quiet_probe_shape(DATA / name)


def test_every_sentence_probe_has_its_shape_here() -> None:
    # the structure, news and drift2 to drift6 probes keep the older forms their own tests read
    older = {f"probe_drift{n}.jsonl" for n in range(2, 7)} | {
        "probe_structure.jsonl",
        "probe_news.jsonl",
        "probe_lexical.jsonl",
        "probe_names.jsonl",
    }
    on_disk = {p.name for p in DATA.glob("probe_*.jsonl") if "documents" not in p.name}
    assert on_disk - older == set(PROBES)
