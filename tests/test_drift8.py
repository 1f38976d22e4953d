"""Lexical and world-knowledge kinds of drift of probe_drift8 (issue 7: trust; issue 8: meaning
changes the embedding cannot see). The probe was written before the judge's rules for these
kinds were read; its first run is the out-of-sample figure (README of benchmarks/data)."""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"
PROBE = DATA / "probe_drift8.jsonl"


def _items(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def test_the_probe_holds_a_twin_for_every_kind() -> None:
    items = _items(PROBE)
    assert len(items) >= 150
    changes = {i["class"] for i in items if i["kind"] == "change"}
    controls = {i["class"] for i in items if i["kind"] == "control"}
    assert len(changes) >= 12
    assert controls == {f"{c}_twin" for c in changes}
    assert len({i["id"] for i in items}) == len(items)
    assert len({(i["a"], i["b"]) for i in items}) == len(items)


def test_the_probe_measures_kinds_no_other_probe_holds() -> None:
    ours = {i["class"] for i in _items(PROBE)}
    for other in DATA.glob("probe_*.jsonl"):
        if other != PROBE:
            assert not ours & {i["class"] for i in _items(other)}, other.name


def test_the_probe_items_are_news_sentences_in_the_loaders_format() -> None:
    for item in _items(PROBE):
        assert set(item) == {"id", "kind", "class", "split", "a", "b"}, item
        assert item["kind"] in ("change", "control") and item["split"] == "dev", item
        assert item["id"].startswith(item["class"] + "-"), item
        assert item["a"] != item["b"], item
        for text in (item["a"], item["b"]):
            assert 14 <= len(text.split()) <= 36, text
