"""Not versions of each other: loose pairs, unrelated texts and web-page furniture.

The furniture patterns are tested on general examples, not on the seeds' own lines; the end-to-end
tests run the real model on the seeds (000 against another outlet's article on the story)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from conftest import SEEDS
from test_invariants import check_report

import vardiff
from vardiff import Report, Severity
from vardiff._document import Document, Sentence
from vardiff._furniture import furniture_kind
from vardiff._relation import LOOSE_SIMILARITY, UNRELATED_KEEP, is_loose, relate
from vardiff._render import render_text

FURNITURE = [
    ("4 min read", "reading time"),
    ("12-minute read", "reading time"),
    ("Photo: Jane Doe/Reuters", "photo credit"),
    ("(Photo by John Smith/AFP via Getty Images)", "photo credit"),
    ("Image courtesy of the European Space Agency", "photo credit"),
    ("Credit: Associated Press", "photo credit"),
    ("By Maria Gonzalez and Tom O’Brien", "byline"),
    ("Share this story", "share buttons"),
    ("Facebook | Twitter | Email", "share buttons"),
    ("ADVERTISEMENT", "advertisement"),
    ("Story continues below advertisement", "advertisement"),
    ("Read more: How the ceasefire talks collapsed", "link"),
    ("Related articles", "link"),
    ("Sign up for our morning newsletter", "link"),
    ("Updated: March 3, 2021 at 9:15 a.m. EST", "timestamp"),
    ("14 February 2022 08:05", "timestamp"),
    ("Published 5 hours ago", "timestamp"),
    ("We use cookies to personalise content. By using this site you accept our policy.", None),
    ("© 2023 Example News Ltd. All rights reserved.", "copyright"),
    # Pieces of furniture set on one line.
    ("By Maria Gonzalez | 6 min read", "byline, reading time"),
    ("Published 5 hours ago · 3 min read", "timestamp, reading time"),
]
TEXT = [
    "By March, the army had sent 7,000 containers of weapons to the front, officials said.",
    "The photo was taken by a Reuters photographer in Kyiv on Monday.",
    "Share prices fell by 3 per cent after the announcement.",
    "Read the statement carefully, the minister told reporters.",
    "She was born on 29 November 1970 in Lagos.",
    "It will take two minutes to read the report.",
    "By the end of the day, the talks had failed.",
    "The cookies were baked by volunteers.",
    "Print media were banned for a week.",
    # A line with a separator whose parts are not all furniture is text.
    "By Maria Gonzalez | Russia says the arms trade is legal",
    "Shells | rockets | mortars",
]


@pytest.mark.parametrize(("line", "kind"), FURNITURE)
def test_furniture_is_recognised(line: str, kind: str | None) -> None:
    assert furniture_kind(line) == (kind or "cookie notice")


@pytest.mark.parametrize("sentence", TEXT)
def test_article_text_is_not_furniture(sentence: str) -> None:
    assert furniture_kind(sentence) is None


def _doc(name: str, count: int) -> Document:
    sentences, text = [], ""
    for k in range(count):
        line = f"Sentence number {k} of {name} says something of its own."
        sentences.append(Sentence(line, len(text), len(text) + len(line)))
        text += line + " "
    return Document(name, text.rstrip(), tuple(sentences))


def _pair(a: tuple[int, ...], b: tuple[int, ...], similarity: float | None) -> SimpleNamespace:
    return SimpleNamespace(a=a, b=b, similarity=similarity)


def test_relation_follows_the_matched_shares() -> None:
    a, b = _doc("a", 5), _doc("b", 5)
    versions = [_pair((i,), (i,), 0.8) for i in range(5)]
    assert relate(versions, a, b).kind == "versions"
    # One pair aligned by topic, the rest on one side only: not versions of each other.
    stray = [_pair((0,), (0,), 0.7)]
    stray += [_pair((i,), (), None) for i in range(1, 5)]
    stray += [_pair((), (j,), None) for j in range(1, 5)]
    relation = relate(stray, a, b)
    assert relation.kind == "unrelated" and relation.loose_pairs == 1
    assert is_loose(stray[0], relation) and not is_loose(stray[0])
    # All of B is in A (an excerpt), but most of A is not in B: related.
    short = _doc("b", 2)
    excerpt = [_pair((0,), (0,), 0.9), _pair((1,), (1,), 0.9)]
    excerpt += [_pair((i,), (), None) for i in range(2, 5)]
    assert relate(excerpt, a, short).kind == "related"
    # A pair below the loose bar matches nothing, even among versions.
    low = [_pair((i,), (i,), LOOSE_SIMILARITY - 0.01 if i == 0 else 0.9) for i in range(5)]
    assert relate(low, a, b).loose_pairs == 1
    assert UNRELATED_KEEP > LOOSE_SIMILARITY


@pytest.fixture(scope="module")
def other(seed_texts: tuple[str, str]) -> Report:
    a, _ = seed_texts
    return vardiff.compare(a, (SEEDS / "002_3d0c711ca5587e25.txt").read_text(encoding="utf-8"))


def test_another_outlets_article_is_said_once_and_judged_quietly(other: Report) -> None:
    check_report(other, other.a.text, other.b.text)
    assert other.relation.kind == "unrelated"
    assert other.summary.findings["high"] == 0 and other.summary.findings["medium"] == 0
    assert other.failed  # a gate must not pass an unrelated text
    data = other.to_dict()["summary"]
    assert data["relation"] == "unrelated"
    assert data["relation_basis"]["matched"]["a"] < 0.6
    view = render_text(other, width=100)
    # The statement once, before the first pair; the verdict names the reason as well.
    assert view.count("A and B are not versions of each other:") == 1
    assert view.index("A and B are not versions of each other:") < view.index(" # ")
    credits = [f for p in other.pairs for f in p.findings if f.category == "furniture"]
    assert credits and all(f.severity is Severity.INFO for f in credits)


@pytest.mark.parametrize("name", ["003_713bdade27b75fcc.txt", "004_4877359fe68b2962.txt"])
def test_other_outlets_are_unrelated_too(seed_texts: tuple[str, str], name: str) -> None:
    a, _ = seed_texts
    report = vardiff.compare(a, (SEEDS / name).read_text(encoding="utf-8"))
    assert report.relation.kind == "unrelated"
    assert report.summary.findings["high"] == 0
    furniture = [f for p in report.pairs for f in p.findings if f.category == "furniture"]
    assert furniture  # reading time, photo credit, "Read more", a time stamp


def test_versions_say_nothing_about_relation(seed_texts: tuple[str, str]) -> None:
    a, b = seed_texts
    report = vardiff.compare(a, b, name_a="000", name_b="001")
    assert report.relation.kind == "versions"
    assert "versions of each other" not in render_text(report, width=100)


def test_a_loose_pair_among_versions_is_one_finding() -> None:
    a = (
        "The council approved the new budget on Tuesday. Schools will get more money. "
        "The vote was unanimous."
    )
    b = (
        "The council approved the new budget on Tuesday. The river flooded three villages "
        "near the border last spring. The vote was unanimous."
    )
    report = vardiff.compare(a, b)
    check_report(report, a, b)
    for pair in report.pairs:
        if pair.a and pair.b and pair.similarity is not None and pair.similarity < 0.45:
            assert [f.category for f in pair.findings] == ["loose"]
            assert pair.findings[0].severity is Severity.MEDIUM
