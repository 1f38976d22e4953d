"""doc19's mends, each on texts written here (none of a probe's): a box of key points under a
label that ends in a colon on a line of its own, read with its first point ("At a glance:" over
"1. ..."); a key point's figure that the article states elsewhere, outside its box (a live
page's time stamp, the headline's "two-year"); a speed converted between miles and kilometres
an hour; a time of day with its minutes after a dot ("2.05pm"); a company named again by its
name less the word that says what kind of company it is; and the document probes' builders
sharing one set of helpers."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import vardiff
from vardiff._diff import word_diff
from vardiff._notes import (
    figures_exchanged,
    figures_told_elsewhere,
    is_key_point,
    point_text,
    summed_sentence,
)
from vardiff._numbers import compare_quantities, extract_quantities
from vardiff._report import Finding, Pair
from vardiff.judge import Judge
from vardiff.judge._alike import long_names, read_alike

ROOT = Path(__file__).resolve().parent.parent

MUSEUM = """Harbour museum reopens after two-year repair

By Tamsin Rowe

The Lowhaven Maritime Museum reopened on Saturday after a repair that cost £4.2 million.

About 3,100 visitors came on the first day, twice as many as the museum had expected.

"People have waited a long time for this," said the museum's director, Isla Penrose.

The roof, which a storm damaged in 2023, was rebuilt with slate from a quarry in Cornwall.

The museum will open six days a week, and entry stays free for children under 16.
"""

FERRY = """Ferry strike: live updates from Portsay

Our reporters follow the first day of the strike by ferry crews on the Portsay crossing.

14:10
Crews at Portsay walked out at noon, the union said. Picket lines formed at both piers.

15:45
The operator cancelled the last three sailings of the day. Passengers were offered refunds.

17:20
Talks between the union and the operator will resume on Thursday, a spokesman said.
"""


def _paras(text: str) -> list[str]:
    return text.strip("\n").split("\n\n")


def _join(ps: list[str]) -> str:
    return "\n\n".join(ps) + "\n"


def _boxed(text: str, box: str, at: int = 2) -> str:
    ps = _paras(text)
    return _join([*ps[:at], box, *ps[at:]])


def _fails(a: str, b: str) -> list[bool]:
    return [vardiff.compare(a, b).failed, vardiff.compare(b, a).failed]


GLANCE = (
    "At a glance:\n"
    "1. Museum reopens after a two-year repair.\n"
    "2. The repair cost £4.2 million.\n"
    "3. About 3,100 visitors on the first day."
)


# ---- a box of key points under a label on a line of its own, ending in a colon ----------------
def test_the_first_point_read_with_its_colon_label_is_a_key_point_less_the_label() -> None:
    doc = vardiff.Comparer().segment(_boxed(MUSEUM, GLANCE), name="b")
    first = next(k for k, s in enumerate(doc.sentences) if s.reading.startswith("At a glance"))
    assert is_key_point(doc, first) and is_key_point(doc, first + 1)
    assert point_text(doc, first) == "Museum reopens after a two-year repair."
    assert point_text(doc, first + 1) == doc.sentences[first + 1].reading
    told = summed_sentence(doc, first + 1)
    assert told is not None and "£4.2 million" in doc.sentences[told].reading
    # a label over prose is no box: "Note:" over a paragraph, and a label over no list
    prose = vardiff.Comparer().segment(
        _boxed(MUSEUM, "At a glance:\nThe museum reopened on Saturday."), name="b"
    )
    assert not any(is_key_point(prose, k) for k in range(len(prose.sentences)))


def test_a_box_under_a_colon_label_that_the_body_tells_passes_and_one_it_contradicts_fails() -> (
    None
):
    assert _fails(MUSEUM, _boxed(MUSEUM, GLANCE)) == [False, False]
    wrong = GLANCE.replace("£4.2 million", "£2.4 million")
    assert _fails(MUSEUM, _boxed(MUSEUM, wrong)) == [True, True]


# ---- a key point's figure that the article states elsewhere ------------------------------------
def test_a_key_point_under_its_entry_time_stamp_passes_and_one_under_another_time_fails() -> None:
    box = "Key events\n\n- 15:45 Last three sailings of the day cancelled"
    assert _fails(FERRY, _boxed(FERRY, box)) == [False, False]
    other = box.replace("15:45", "16:45")
    assert _fails(FERRY, _boxed(FERRY, other)) == [True, True]


def _finding(check: str, a: str, b: str) -> Finding:
    return Finding(
        category="number", severity=vardiff.Severity.HIGH, a=a, b=b, message="", check=check
    )


def test_figures_told_elsewhere_sets_aside_a_figure_of_another_kind_the_article_states() -> None:
    doc = vardiff.Comparer().segment(_boxed(MUSEUM, GLANCE), name="b")
    first = next(k for k, s in enumerate(doc.sentences) if s.reading.startswith("At a glance"))
    told = next(
        k for k, s in enumerate(doc.sentences) if "£4.2 million" in s.reading and k > first + 2
    )
    year = _finding("number.changed", "£4.2 million", "2023")  # the roof's year: no sum of its
    headline = _finding("number.figure_added", "", "two")  # "two-year", as the headline has it
    count = _finding("number.changed", "Saturday", "3,100")  # the visitors, told below
    other_year = _finding("number.changed", "2023", "2022")  # a year for a year: a contradiction
    unknown = _finding("number.figure_added", "", "1,500")  # the article never says it
    found = figures_told_elsewhere((year, headline, count, other_year, unknown), doc, first, told)
    assert found == (other_year, unknown)
    # a figure the summed sentence holds stays: the point put it in another place
    held = _finding("number.figure_added", "", "£4.2 million")
    assert figures_told_elsewhere((held,), doc, first, told) == (held,)


def test_a_key_point_that_gives_two_figures_each_in_the_others_place_is_told_apart() -> None:
    said = "Fares will rise by 3 percent in May and by 5 percent in September, the operator said."
    assert figures_exchanged(said, "Fares rise 5 percent in May and 3 percent in September")
    assert not figures_exchanged(said, "Fares rise 3 percent in May and 5 percent in September")
    assert not figures_exchanged(said, "Fares rise by 5 percent in September, 3 percent in May")
    assert not figures_exchanged(said, "Fares rise in May")


# ---- a speed converted between miles and kilometres an hour -----------------------------------
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("gusts of up to 80mph", "gusts of up to 130km/h"),
        ("winds of 60 to 70mph", "winds of 95 to 115km/h"),
        ("a limit of 30 miles per hour", "a limit of 48 kilometres per hour"),
        ("gusts of up to 80mph", "gusts of up to 130km/h (80mph)"),
    ],
)
def test_a_speed_converted_between_mph_and_km_h_is_the_same_speed(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        diff = compare_quantities(x, y)
        assert not diff.only_a and not diff.only_b, diff


@pytest.mark.parametrize(
    ("a", "b"),
    [("gusts of up to 80mph", "gusts of up to 80km/h"), ("at 40mph", "at 90km/h")],
)
def test_a_speed_left_unconverted_or_converted_wrongly_is_another_speed(a: str, b: str) -> None:
    diff = compare_quantities(a, b)
    assert diff.only_a and diff.only_b


# ---- a time with its minutes after a dot ------------------------------------------------------
def test_the_minutes_of_a_time_after_a_dot_are_no_time_of_their_own() -> None:
    assert [q.value for q in extract_quantities("Updated at 2.05pm with the news")] == ["14:05"]
    assert [q.value for q in extract_quantities("from 9.45am to 5pm")] == ["09:45", "17:00"]
    diff = compare_quantities("Updated at 14:05 with the news", "Updated at 2.05pm with the news")
    assert not diff.only_a and not diff.only_b


# ---- a company named again by its name less its kind ------------------------------------------
NAMED = long_names("Harwell Ferries Limited (HFL) and the Island Crews Union agreed the deal.")


def _judged(a: str, b: str, named: frozenset[str] = NAMED) -> list[str]:
    pair = Pair(
        a=(0,), b=(0,), similarity=0.9, status="changed", a_text=a, b_text=b, ops=word_diff(a, b)
    )
    judge = Judge(embedder=None)
    found = judge.judge_all([pair], sentences=[([a], [b])], named=[named])[0]
    return [f.check for f in found if f.severity >= vardiff.Severity.MEDIUM]


def test_a_company_named_again_less_its_kind_is_the_company_its_initials_name() -> None:
    a = '"The boats sail again on Monday," said Owen Tull, the chief executive of HFL.'
    b = '"The boats sail again on Monday," said Owen Tull, the chief executive of Harwell Ferries.'
    assert read_alike(a, b, named=NAMED)[0] == a
    assert _judged(a, b) == [] and _judged(b, a) == []
    assert _judged("HFL said the deal was fair.", "Harwell Ferries said the deal was fair.") == []
    # named so only with the company named in full before, and another company stays another
    assert _judged(a, b, frozenset())
    assert _judged("HFL said the deal was fair.", "Harwell Ports said the deal was fair.")
    assert _judged("HFL said the deal was fair.", "Harwell Ferries Trust said the deal was fair.")


# ---- the document probes' builders share one set of helpers -----------------------------------
def test_the_later_builders_share_the_third_builders_helpers_each_with_its_own_items() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import doc_probe_make3
        import doc_probe_make4
        import doc_probe_make5
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    for later in (doc_probe_make4, doc_probe_make5):
        for helper in ("control", "change", "subs"):
            assert getattr(later, helper) is getattr(doc_probe_make3, helper)
    items: list[tuple[str, str, str, str]] = []
    doc_probe_make3.control(items, "a_class", "base.txt", "B")
    doc_probe_make3.change(items, "b_class", "base.txt", "C")
    assert items == [
        ("a_class", "base.txt", "control", "B"),
        ("b_class", "base.txt", "change", "C"),
    ]
