"""Honest rewording of probe_rewording (issue 7: trust): the variation a good translator or
editor makes, which changes nothing, beside changes of the same surface shapes, which do. The
probe's format is tested here; the rules written against it are tested below with their loud
twins, on sentences that are not the probe's."""

from __future__ import annotations

import json
from pathlib import Path

PROBE = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "probe_rewording.jsonl"


def _probe() -> list[dict[str, str]]:
    return [json.loads(line) for line in PROBE.read_text(encoding="utf-8").splitlines() if line]


def test_the_probe_holds_a_twin_for_every_kind() -> None:
    items = _probe()
    assert len(items) >= 150
    changes = {i["class"] for i in items if i["kind"] == "change"}
    controls = {i["class"] for i in items if i["kind"] == "control"}
    assert len(changes) >= 12
    assert controls == {f"{c}_twin" for c in changes}
    assert len({i["id"] for i in items}) == len(items)
    assert len({(i["a"], i["b"]) for i in items}) == len(items)


def test_the_probe_items_are_news_sentences_in_the_loaders_format() -> None:
    for item in _probe():
        assert set(item) == {"id", "kind", "class", "split", "a", "b"}, item
        assert item["kind"] in ("change", "control") and item["split"] == "dev", item
        assert item["id"].startswith(item["class"] + "-"), item
        assert item["a"] != item["b"], item
        for text in (item["a"], item["b"]):
            assert 14 <= len(text.split()) <= 40, text
