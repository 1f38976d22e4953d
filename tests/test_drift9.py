"""Structural and discourse kinds of drift of probe_drift9 (issue 7: trust; issue 8: meaning
changes the embedding cannot see): a single edit that moves meaning between the clauses or the
entities of a sentence. The probe was written before the judge's rules for these kinds were
read; its first run on main fb40c5f is the out-of-sample figure (benchmarks/data/README.md)."""

from __future__ import annotations

import json
from pathlib import Path

PROBE = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "probe_drift9.jsonl"


def _probe() -> list[dict[str, str]]:
    return [json.loads(line) for line in PROBE.read_text(encoding="utf-8").splitlines() if line]


def test_the_probe_holds_a_twin_for_every_kind() -> None:
    items = _probe()
    assert len(items) >= 150
    changes = {i["class"] for i in items if i["kind"] == "change"}
    controls = {i["class"] for i in items if i["kind"] == "control"}
    assert len(changes) >= 12
    assert controls == {f"{c}_twin" for c in changes}
    for kind in changes:
        loud = sum(i["class"] == kind for i in items)
        quiet = sum(i["class"] == f"{kind}_twin" for i in items)
        assert loud == quiet, kind
    assert len({i["id"] for i in items}) == len(items)
    assert len({(i["a"], i["b"]) for i in items}) == len(items)


def test_the_probe_items_are_news_sentences_in_the_loaders_format() -> None:
    for item in _probe():
        assert set(item) == {"id", "kind", "class", "split", "a", "b"}, item
        assert item["kind"] in ("change", "control") and item["split"] == "dev", item
        assert item["id"].startswith(item["class"] + "-"), item
        assert item["a"] != item["b"], item
        for text in (item["a"], item["b"]):
            assert 12 <= len(text.split()) <= 45, text


def test_the_probe_kinds_are_in_no_other_probe() -> None:
    here = {i["class"] for i in _probe()}
    for other in PROBE.parent.glob("probe_*.jsonl"):
        if other == PROBE:
            continue
        for line in other.read_text(encoding="utf-8").splitlines():
            if line:
                assert json.loads(line)["class"] not in here, (other.name, line[:80])
