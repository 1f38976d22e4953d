"""Sentences an editor moved: one sentence in another place, not one left out and one added.

End to end on seed 000 with the real model: the article with sentences moved (word for word,
and with a change made on the way), against a sentence that is really left out or added."""

from __future__ import annotations

import json

import pytest
from test_invariants import check_report

import vardiff
from vardiff import Report, Severity
from vardiff._html_report import render_html
from vardiff._markdown import render_markdown
from vardiff._render import render_text
from vardiff._report import Pair
from vardiff._sentence_moves import find_moves, shared_share

EXPERTS = (
    "Experts point out that the Hwasong-11A series of missiles in particular are highly "
    "accurate and difficult to shoot down.\n"
)
MINISTER = (
    "South Korea's defense minister said the containers could hold as many as 3 million 152mm "
    "artillery shells, or more than 500,000 122mm rockets, and could carry a mix of both "
    "weapons, he said. "
)
DENIAL = (
    "Both Moscow and Pyongyang deny any arms trade, which is prohibited by U.N. sanctions "
    "imposed on North Korea.\n"
)


def _moved_far(text: str) -> str:
    """The experts' sentence moved from the last section to the first."""
    heading = "What do we know about previous arms shipments?\n"
    assert EXPERTS in text and heading in text
    return text.replace(EXPERTS, "").replace(heading, heading + EXPERTS)


def _moved_and_changed(text: str) -> str:
    """The minister's sentence moved to the end, its shells turned to bullets on the way."""
    assert MINISTER in text
    changed = MINISTER.replace("artillery shells", "bullets").strip()
    return text.replace(MINISTER, "").rstrip("\n") + "\n" + changed + "\n"


@pytest.fixture(scope="module")
def original(seed_texts: tuple[str, str]) -> str:
    return seed_texts[0]


@pytest.fixture(scope="module")
def moved(original: str) -> Report:
    return vardiff.compare(original, _moved_far(original))


def _findings(report: Report, check: str) -> list[tuple[Pair, vardiff.Finding]]:
    return [(p, f) for p in report.pairs for f in p.findings if f.check == check]


def test_a_sentence_moved_word_for_word_is_one_low_finding_and_passes(
    original: str, moved: Report
) -> None:
    check_report(moved, original, _moved_far(original))
    assert not moved.failed
    worst = max((f.severity for p in moved.pairs for f in p.findings), default=None)
    assert worst == Severity.LOW
    assert not _findings(moved, "omission.sentence")
    assert not _findings(moved, "addition.sentence")
    found = _findings(moved, "order.sentence_moved")
    assert sorted((p.status, f.severity) for p, f in found) == [
        ("added", Severity.LOW),
        ("omitted", Severity.INFO),
    ]


def test_the_two_halves_of_a_move_point_at_each_other(moved: Report) -> None:
    gone = next(p for p in moved.pairs if p.status == "omitted")
    come = next(p for p in moved.pairs if p.status == "added")
    assert gone.moved == come.b and come.moved == gone.a
    assert moved.a.sentences[gone.a[0]].text == moved.b.sentences[come.b[0]].text
    pairs = json.loads(json.dumps(moved.to_dict()))["pairs"]
    # Moved up: B's new place comes first in the document, pointing back at A's sentence.
    assert [p["moved"] for p in pairs if "moved" in p] == [list(gone.a), list(come.b)]
    assert all("moved" not in p for p in pairs if p["status"] in ("equal", "changed"))


def test_the_view_says_where_the_sentence_went(moved: Report) -> None:
    shown = render_text(moved, width=120)
    assert "(moved to @5:1)" in shown
    assert "(moved from @12:1)" in shown
    assert "(omitted)" not in shown and "(added)" not in shown
    # The pull-request comment and the page say it the same way.
    for other in (render_markdown(moved), render_html(moved)):
        assert "(moved to @5:1)" in other and "(moved from @12:1)" in other


def test_a_change_made_on_the_way_is_judged_as_in_place(original: str) -> None:
    report = vardiff.compare(original, _moved_and_changed(original))
    assert report.failed
    come = next(p for p in report.pairs if p.status == "added")
    assert come.moved
    checks = {f.check: f for f in come.findings}
    assert checks["number.other_kind"].severity == Severity.HIGH
    assert "bullets" in checks["number.other_kind"].b
    assert checks["order.sentence_moved"].severity == Severity.LOW
    # The pair's A text is empty where the sentence now stands: no span may point into it.
    assert all(f.a_span is None for f in come.findings)
    # The view shows the change against where the sentence came from, word by word.
    shown = render_text(report, width=200)
    row = shown[shown.index("(moved from @7:1)") :]
    assert "[-artillery shells-]" in row[:400] and "{+bullets+}" in row[:400]


def test_a_sentence_left_out_or_added_is_still_loud(original: str) -> None:
    dropped = vardiff.compare(original, original.replace(DENIAL, ""))
    assert [f.severity for _, f in _findings(dropped, "omission.sentence")] == [Severity.HIGH]
    assert not _findings(dropped, "order.sentence_moved")
    # The same sentence twice in B: the second is added, nothing of A moved to it.
    doubled = vardiff.compare(original, original.replace(DENIAL, DENIAL + DENIAL))
    assert _findings(doubled, "addition.sentence")
    assert not _findings(doubled, "order.sentence_moved")


def _pair(status: str, a: str, b: str, index: int) -> Pair:
    return Pair(
        a=(index,) if a else (),
        b=(index,) if b else (),
        similarity=None,
        status=status,  # type: ignore[arg-type]
        a_text=a,
        b_text=b,
    )


def test_moves_match_the_closest_sentence_once() -> None:
    kept = "The central bank raised its main interest rate to 5.25 percent on Thursday."
    reworded = "On Thursday the central bank raised its main interest rate to 5.25 percent."
    other = "The finance ministry cut its growth forecast for next year to 1.1 percent."
    pairs = [
        _pair("omitted", kept, "", 0),
        _pair("omitted", other, "", 1),
        _pair("added", "", reworded, 2),
        _pair("added", "", kept, 3),
    ]
    assert shared_share(kept, reworded) == 1.0
    assert shared_share(kept, other) < 0.5
    # Both added sentences share every content word with the first omitted one: it moves
    # once, to the one word for word; the finance sentence matches neither.
    assert find_moves(pairs) == [(0, 3)]
    assert find_moves(pairs[:3]) == [(0, 2)]


def test_short_sentences_never_move() -> None:
    pairs = [_pair("omitted", "He agreed.", "", 0), _pair("added", "", "He agreed.", 1)]
    assert find_moves(pairs) == []
