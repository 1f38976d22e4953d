"""The document-level probe (``benchmarks/data/probe_documents.jsonl``): whole articles edited
as a QA editor sees them, layout that must pass the gate and edits that must fail it. The probe
was written before the pipeline's code was read; its first run on main is the out-of-sample
figure (``benchmarks/data/README.md``). Here: its format, that its generator still writes it
byte for byte, and a few of its items end to end with the model."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest
from _hits import assert_probe_own_kinds

import vardiff

ROOT = Path(__file__).resolve().parent.parent
PROBE = ROOT / "benchmarks" / "data" / "probe_documents.jsonl"
DOCS = ROOT / "benchmarks" / "data" / "documents"


def items() -> list[dict[str, str]]:
    lines = PROBE.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line]


def test_the_probe_has_both_rates_over_many_classes() -> None:
    found = items()
    assert len(found) >= 120
    assert len({i["id"] for i in found}) == len(found)
    kinds = Counter(i["kind"] for i in found)
    assert set(kinds) == {"change", "control"}
    assert min(kinds.values()) >= 40
    classes = {i["class"]: i["kind"] for i in found}
    assert len(classes) >= 20
    for item in found:
        assert set(item) == {"id", "kind", "class", "base", "b"}, item["id"]
        assert classes[item["class"]] == item["kind"], item["id"]  # a class is of one kind
        assert item["id"].startswith(item["class"] + "-")
        base = (DOCS / item["base"]).read_text(encoding="utf-8")
        assert item["b"] != base, item["id"]
        assert len(item["b"].split()) >= 200, item["id"]  # a document, not a sentence
    assert_probe_own_kinds(PROBE)  # no other probe's class


def test_the_bases_are_at_least_three_real_articles_and_the_seed() -> None:
    bases = {i["base"] for i in items()}
    assert len(bases) >= 3
    seed = (ROOT / "seeds" / "000_8e0ae4692c9434e6.txt").read_text(encoding="utf-8")
    assert (DOCS / "seed_000.txt").read_text(encoding="utf-8") == seed


def test_the_generator_writes_the_probe_as_it_is(tmp_path: Path, monkeypatch) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import doc_probe_make
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    out = tmp_path / "probe.jsonl"
    monkeypatch.setattr(doc_probe_make, "OUT", out)
    monkeypatch.setattr(doc_probe_make, "ITEMS", [])
    doc_probe_make.main()
    assert out.read_text(encoding="utf-8") == PROBE.read_text(encoding="utf-8")


# A few items end to end, both ways, with the model (the shorter DEMETR article mostly).
PASSING = [
    "rewrap-006",
    "paragraph_move-003",
    "paragraph_merge-001",
    "blank_whitespace-007",
]
FAILING = [
    "number_in_moved_sentence-004",
    "negation_in_wrapped-005",
    "paragraph_dropped-004",
    "quotes_exchanged-002",
]


def _both_ways(item_id: str) -> list[vardiff.Report]:
    item = {i["id"]: i for i in items()}[item_id]
    base = (DOCS / item["base"]).read_text(encoding="utf-8")
    return [vardiff.compare(base, item["b"]), vardiff.compare(item["b"], base)]


@pytest.mark.parametrize("item_id", PASSING)
def test_layout_of_a_whole_article_passes_the_gate(item_id: str) -> None:
    for report in _both_ways(item_id):
        assert not report.failed, [
            f for f in report.findings() if f.severity >= vardiff.Severity.MEDIUM
        ]


@pytest.mark.parametrize("item_id", FAILING)
def test_an_edit_of_what_the_article_says_fails_the_gate(item_id: str) -> None:
    for report in _both_ways(item_id):
        assert report.failed, list(report.findings())
