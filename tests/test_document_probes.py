"""The document probes of ``benchmarks/data`` from the second on are whole and in their
builder's form: at least so many items of both kinds over classes no earlier probe holds, each
a document against a base text of its own, and each file exactly what its builder writes
(``benchmarks/doc_probe_make2.py`` on). One table, so a new document probe is one line here
and its own test file holds what was built against it."""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from _hits import assert_probe_own_kinds

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data"
DOCS = DATA / "documents"


@dataclass(frozen=True)
class DocumentProbe:
    builder: str
    least: int
    controls: int
    changes: int
    words: int  # the fewest words of an edited document
    bases: frozenset[str]
    per_class: int = 3  # the fewest items of a class


PROBES = {
    "probe_documents2.jsonl": DocumentProbe(
        "doc_probe_make2",
        100,
        55,
        40,
        250,
        frozenset({"council_budget.txt", "river_flood.txt", "tree_study.txt"}),
        per_class=2,
    ),
    "probe_documents3.jsonl": DocumentProbe(
        "doc_probe_make3",
        90,
        55,
        35,
        200,
        frozenset({"port_release.txt", "drought_interview.txt", "count_live.txt"}),
    ),
    "probe_documents4.jsonl": DocumentProbe(
        "doc_probe_make4",
        80,
        50,
        30,
        250,
        frozenset({"keane_obituary.txt", "pike_court.txt", "harrowgate_match.txt"}),
    ),
    "probe_documents5.jsonl": DocumentProbe(
        "doc_probe_make5",
        80,
        45,
        30,
        300,
        frozenset({"halden_review.txt", "ottilie_advisory.txt", "bee_study.txt"}),
    ),
    "probe_documents6.jsonl": DocumentProbe(
        "doc_probe_make6",
        80,
        45,
        30,
        300,
        frozenset({"orrin_results.txt", "ashby_byelection.txt", "vance_judgment.txt"}),
    ),
    "probe_documents7.jsonl": DocumentProbe(
        "doc_probe_make7",
        75,
        45,
        30,
        250,
        frozenset({"kessington_trial.txt", "fenwold_recall.txt", "thornbury_minutes.txt"}),
    ),
    "probe_documents8.jsonl": DocumentProbe(
        "doc_probe_make8",
        90,
        55,
        35,
        250,
        frozenset({"larkin_recipe.txt", "brindle_festival.txt", "haverly_terms.txt"}),
    ),
    "probe_documents9.jsonl": DocumentProbe(
        "doc_probe_make9",
        95,
        50,
        40,
        350,
        frozenset({"tessellate_release.txt", "feverol_leaflet.txt", "kestrel_notice.txt"}),
    ),
    "probe_documents10.jsonl": DocumentProbe(
        "doc_probe_make10",
        95,
        50,
        40,
        400,
        frozenset({"aquila_manual.txt", "wayfarer_policy.txt", "ashcombe_mocks.txt"}),
    ),
    "probe_documents11.jsonl": DocumentProbe(
        "doc_probe_make11",
        95,
        50,
        40,
        350,
        frozenset({"brightwell_tariff.txt", "aldhelm_appointment.txt", "heritage_forum.txt"}),
    ),
}


def items(name: str) -> list[dict[str, str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line]


def earlier(name: str) -> list[str]:
    """The document probes made before ``name`` (the first is ``probe_documents.jsonl``)."""
    order = ["probe_documents.jsonl", *sorted(PROBES)]
    return order[: order.index(name)]


@pytest.mark.parametrize("name", sorted(PROBES))
def test_the_probe_has_both_kinds_over_many_new_classes(name: str) -> None:
    shape, found = PROBES[name], items(name)
    assert len(found) >= shape.least
    assert len({i["id"] for i in found}) == len(found)  # ids unique
    kinds = Counter(i["kind"] for i in found)
    assert kinds["control"] >= shape.controls and kinds["change"] >= shape.changes
    classes = {i["class"]: i["kind"] for i in found}
    assert len(classes) >= 24
    for cls, n in Counter(i["class"] for i in found).items():
        assert n >= shape.per_class, cls  # each class has its items
    for item in found:
        assert set(item) == {"id", "kind", "class", "base", "b"}, item["id"]
        assert classes[item["class"]] == item["kind"], item["id"]  # a class is of one kind
        assert item["id"].startswith(item["class"] + "-")
        base = (DOCS / item["base"]).read_text(encoding="utf-8")  # every base exists
        assert item["b"] != base, item["id"]
        assert len(item["b"].split()) >= shape.words, item["id"]  # a document, not a sentence
    for before in earlier(name):  # none of the earlier probes' classes
        assert not set(classes) & {i["class"] for i in items(before)}, before
    assert_probe_own_kinds(DATA / name)


@pytest.mark.parametrize("name", sorted(PROBES))
def test_the_bases_are_three_texts_of_their_own(name: str) -> None:
    bases = {i["base"] for i in items(name)}
    assert bases == PROBES[name].bases
    for before in earlier(name):
        assert not bases & {i["base"] for i in items(before)}, before
    for base in bases:
        text = (DOCS / base).read_text(encoding="utf-8")
        # quotations (in an interview, its turns), with names and numbers
        assert text.count('"') >= 4 or text.count("\n\nQ: ") >= 4
        assert 12 <= text.count(". ") + text.count('." ') + text.count(".\n") <= 40


@pytest.mark.parametrize("name", sorted(PROBES))
def test_the_builder_writes_the_probe_as_it_is(name: str, tmp_path: Path, monkeypatch) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        builder = __import__(PROBES[name].builder)
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    out = tmp_path / "probe.jsonl"
    monkeypatch.setattr(builder, "OUT", out)
    monkeypatch.setattr(builder, "ITEMS", [])
    builder.main()
    assert out.read_text(encoding="utf-8") == (DATA / name).read_text(encoding="utf-8")


def test_every_document_probe_after_the_first_has_its_line_here() -> None:
    on_disk = {p.name for p in DATA.glob("probe_documents*.jsonl")}
    assert on_disk - {"probe_documents.jsonl"} == set(PROBES)
