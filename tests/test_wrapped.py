"""Hard-wrapped text (paragraphs filled to a width, as editors, e-mail and ``fmt`` leave them):
a break that wrapping made is no sentence boundary, so a wrapped and an unwrapped copy of one
article are the same text. End to end on the seeds with the real model."""

from __future__ import annotations

import textwrap

import pytest
from test_invariants import check_report

import vardiff
from vardiff import Report, Severity
from vardiff._segment import segment

PARAGRAPH = (
    "The United States first accused North Korea of selling artillery to Russia in September "
    "2022, seven months after the start of the war, an accusation that North Korea denied at "
    "the time. Then, last August, the White House warned that Putin and North Korean leader "
    "Kim Jong Un were holding arms negotiations, and in September Kim visited Putin in eastern "
    "Russia."
)


def _wrap(text: str, width: int = 72) -> str:
    return "\n".join(textwrap.fill(line, width) for line in text.split("\n"))


def _readings(text: str) -> list[str]:
    return [s.reading for s in segment(text)]


@pytest.mark.parametrize("width", [40, 60, 72, 80, 100])
def test_a_wrapped_paragraph_has_the_sentences_of_the_unwrapped_one(width: int) -> None:
    wrapped = _wrap(PARAGRAPH, width)
    assert wrapped.count("\n") >= 3
    assert _readings(wrapped) == _readings(PARAGRAPH)
    assert len(segment(wrapped)) == 2
    for sentence in segment(wrapped):
        assert wrapped[sentence.start : sentence.end] == sentence.text


def test_paragraphs_apart_by_a_blank_line_stay_apart() -> None:
    second = "Both Moscow and Pyongyang deny any arms trade, which U.N. sanctions prohibit."
    text = _wrap(PARAGRAPH, 60) + "\n\n" + _wrap(second, 60)
    assert _readings(text) == [*_readings(PARAGRAPH), second]


def test_lines_that_are_units_of_their_own_stay_apart() -> None:
    # Markup read as text: long lines that end in tags are no prose filled to a width.
    page = "<html><head><title>Arms talks</title><style>p { color: red }</style>\n"
    page += "<script>var tracking = 1;</script></head><body><nav><a href='/'>Home</a></nav>\n"
    page += "<article><h1>Arms talks</h1><p>Putin will visit North Korea.</p></article>\n"
    assert len(segment(page)) >= 3
    # Headlines, list items and table rows without a full stop, in a wrapped text or not.
    headlines = "Putin to visit North Korea\nSeoul says arms shipments continue\nKim meets Putin"
    assert _readings(headlines) == headlines.split("\n")
    items = _wrap(PARAGRAPH, 60) + "\n- rifles and rocket launchers\n- artillery shells"
    assert _readings(items)[-2:] == ["- rifles and rocket launchers", "- artillery shells"]
    table = "| weapon | number\n| shells | 3 million\n| rockets | 500,000"
    assert _readings(table) == table.split("\n")


def test_one_segment_a_line_is_read_as_it_was() -> None:
    # Machine translation output, one segment a line, cut mid-sentence by the segmenter of the
    # system: the lines are of all lengths, not filled to a width.
    lines = [
        "I want you to take a moment to consider the very simple fact that so far,",
        "most of what we know about the universe comes from light",
        "We can stand on the Earth",
        "and look up at the night sky and see stars with our bare eyes.",
    ]
    assert _readings("\n".join(lines)) == lines


@pytest.fixture(scope="module")
def seeds(seed_texts: tuple[str, str]) -> tuple[str, str]:
    return seed_texts


def _loud(report: Report) -> list[tuple[str, Severity]]:
    return sorted((f.check, f.severity) for f in report.findings() if f.severity >= Severity.MEDIUM)


def test_an_article_wrapped_is_the_same_article(seeds: tuple[str, str]) -> None:
    original = seeds[0]
    report = vardiff.compare(original, _wrap(original))
    check_report(report, original, _wrap(original))
    assert not report.failed
    assert all(pair.status == "equal" for pair in report.pairs)


def test_drift_in_a_wrapped_copy_is_found_as_in_the_unwrapped_one(seeds: tuple[str, str]) -> None:
    original, drifted = seeds
    plain = vardiff.compare(original, drifted)
    assert plain.failed and _loud(plain)
    assert _loud(vardiff.compare(original, _wrap(drifted))) == _loud(plain)
    assert _loud(vardiff.compare(_wrap(original, 80), _wrap(drifted, 60))) == _loud(plain)
