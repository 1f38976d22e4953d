"""The second document probe (``benchmarks/data/probe_documents2.jsonl``): three news articles
edited as a QA editor sees them on a news site (furniture, key-facts boxes, spelling passes,
Unicode variants, line-end hyphens; numbers, captions, corrections, timelines, quotations
changed), layout that must pass the gate and edits that must fail it. The probe was written
before the pipeline's code was read; its first run on main is the out-of-sample figure
(``benchmarks/data/README.md``). Here: its form, that its builder still writes it byte for
byte, and a few of its items end to end with the model, both ways."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest
from _hits import assert_probe_own_kinds

import vardiff

ROOT = Path(__file__).resolve().parent.parent
PROBE = ROOT / "benchmarks" / "data" / "probe_documents2.jsonl"
FIRST = ROOT / "benchmarks" / "data" / "probe_documents.jsonl"
DOCS = ROOT / "benchmarks" / "data" / "documents"


def items(path: Path = PROBE) -> list[dict[str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line]


def test_the_probe_has_both_kinds_over_many_new_classes() -> None:
    found = items()
    assert len(found) >= 100
    assert len({i["id"] for i in found}) == len(found)
    kinds = Counter(i["kind"] for i in found)
    assert kinds["control"] >= 55 and kinds["change"] >= 40
    classes = {i["class"]: i["kind"] for i in found}
    assert len(classes) >= 24
    for cls, n in Counter(i["class"] for i in found).items():
        assert n >= 2, cls  # each class has its items
    for item in found:
        assert set(item) == {"id", "kind", "class", "base", "b"}, item["id"]
        assert classes[item["class"]] == item["kind"], item["id"]  # a class is of one kind
        assert item["id"].startswith(item["class"] + "-")
        base = (DOCS / item["base"]).read_text(encoding="utf-8")  # every base exists
        assert item["b"] != base, item["id"]
        assert len(item["b"].split()) >= 250, item["id"]  # a document, not a sentence
    assert not set(classes) & {i["class"] for i in items(FIRST)}  # none of the first probe's
    assert_probe_own_kinds(PROBE)


def test_the_bases_are_three_news_articles_of_their_own() -> None:
    bases = {i["base"] for i in items()}
    assert bases == {"council_budget.txt", "river_flood.txt", "tree_study.txt"}
    assert not bases & {i["base"] for i in items(FIRST)}
    for name in bases:
        text = (DOCS / name).read_text(encoding="utf-8")
        assert text.count('"') >= 4  # quotations, with names and numbers
        assert 12 <= text.count(". ") + text.count('." ') + text.count(".\n") <= 40


def test_the_builder_writes_the_probe_as_it_is(tmp_path: Path, monkeypatch) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import doc_probe_make2
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    out = tmp_path / "probe.jsonl"
    monkeypatch.setattr(doc_probe_make2, "OUT", out)
    monkeypatch.setattr(doc_probe_make2, "ITEMS", [])
    doc_probe_make2.main()
    assert out.read_text(encoding="utf-8") == PROBE.read_text(encoding="utf-8")


# A few items end to end, both ways, with the model.
PASSING = ["timestamp-001", "spelling_pass-003"]
FAILING = ["list_figure-001", "quote_cut_short-001"]


def _both_ways(item_id: str) -> list[vardiff.Report]:
    item = {i["id"]: i for i in items()}[item_id]
    base = (DOCS / item["base"]).read_text(encoding="utf-8")
    return [vardiff.compare(base, item["b"]), vardiff.compare(item["b"], base)]


@pytest.mark.parametrize("item_id", PASSING)
def test_news_site_layout_passes_the_gate(item_id: str) -> None:
    for report in _both_ways(item_id):
        assert not report.failed, [
            f for f in report.findings() if f.severity >= vardiff.Severity.MEDIUM
        ]


@pytest.mark.parametrize("item_id", FAILING)
def test_a_changed_fact_in_a_news_article_fails_the_gate(item_id: str) -> None:
    for report in _both_ways(item_id):
        assert report.failed, list(report.findings())
