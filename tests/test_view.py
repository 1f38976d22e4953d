"""The terminal view of issue 10, rendered into ``rich`` consoles of 60, 100 and 200 columns and
compared exactly: the one-line header with the verdict, the findings index, each side's
``line:column``, the summary that never breaks a label from its count, the legend, and the
signature only behind ``verbose``.

The expected renderings were produced by the view and then checked by eye, line by line,
against the intended layout (the gutter of 3, the equal split of the body, the index worst
first); they pin that layout down so that a change to it is a decision, not an accident.
"""

from __future__ import annotations

import io
import re

import pytest
from rich.console import Console
from test_render import (
    DENY_A,
    NAME_A,
    NAME_B,
    SETTINGS,
    WEAPONS,
    document,
    equal,
    rich_report,
    small_report,
)

from vardiff._document import Document, Sentence
from vardiff._places import Places
from vardiff._render import ReportView, render_text
from vardiff._report import Finding, Op, Pair, Report, Settings
from vardiff._severity import Severity

WIDTHS = (60, 100, 200)


def on_console(view: ReportView, width: int) -> str:
    """What a plain console of ``width`` columns shows, as the issue asks: rich's own Console
    writing into a StringIO, trailing padding removed line by line."""
    buffer = io.StringIO()
    Console(file=buffer, width=width, color_system=None, highlight=False).print(view)
    return "\n".join(line.rstrip() for line in buffer.getvalue().split("\n"))


SMALL_60 = """\
000_8e0ae4692c9434e6.txt → 001_cc5935cab9c0f7a2.txt: passes:
no finding at or above medium

pair severity finding (worst first)
   1 [LOW]    lexical  "arms" → "weapons"

   # | A                         | B
-----+------------------------------------------------------
 1 ~ | @1:1 What do we know      | @1:1 What do we know
     | about previous [-arms-]   | about previous
     | shipments?                | {+weapons+} shipments?
     | [LOW]     lexical  "arms" → "weapons": broader term
-----+------------------------------------------------------
 2 = | @1:48 How important are   | @1:51 How important are
     | these weapons?            | these weapons?
-----+------------------------------------------------------
 3 - | @1:81 [-Here's some       | (omitted)
     | background on what's      |
     | happened so far and why   |
     | it matters.-]             |
-----+------------------------------------------------------
 4 + | (added)                   | @1:84 {+The Hwasong-11A
     |                           | series missiles, in
     |                           | particular, have a high
     |                           | degree of accuracy and
     |                           | are difficult to shoot
     |                           | down, experts said.+}

pairs     4   changed 1   omitted 1   added 1
findings  high 0   medium 0   low 1   info 0
coverage  A 53.4%   B 39.3%
legend    = equal   ~ changed   - omitted in B
          + added in B   1:3 sentences of A:B
          @7:12 line:column   [-A only-]   {+B only+}
passes: no finding at or above medium
"""


SMALL_100 = """\
000_8e0ae4692c9434e6.txt → 001_cc5935cab9c0f7a2.txt: passes: no finding at or above medium

pair severity finding (worst first)
   1 [LOW]    lexical  "arms" → "weapons"

   # | A                                             | B
-----+----------------------------------------------------------------------------------------------
 1 ~ | @1:1 What do we know about previous [-arms-]  | @1:1 What do we know about previous
     | shipments?                                    | {+weapons+} shipments?
     | [LOW]     lexical  "arms" → "weapons": broader term
-----+----------------------------------------------------------------------------------------------
 2 = | @1:48 How important are these weapons?        | @1:51 How important are these weapons?
-----+----------------------------------------------------------------------------------------------
 3 - | @1:81 [-Here's some background on what's      | (omitted)
     | happened so far and why it matters.-]         |
-----+----------------------------------------------------------------------------------------------
 4 + | (added)                                       | @1:84 {+The Hwasong-11A series missiles, in
     |                                               | particular, have a high degree of accuracy
     |                                               | and are difficult to shoot down, experts
     |                                               | said.+}

pairs     4   changed 1   omitted 1   added 1
findings  high 0   medium 0   low 1   info 0
coverage  A 53.4%   B 39.3%
legend    = equal   ~ changed   - omitted in B   + added in B   1:3 sentences of A:B
          @7:12 line:column   [-A only-]   {+B only+}
passes: no finding at or above medium
"""


SMALL_200 = """\
000_8e0ae4692c9434e6.txt → 001_cc5935cab9c0f7a2.txt: passes: no finding at or above medium

pair severity finding (worst first)
   1 [LOW]    lexical  "arms" → "weapons"

   # | A                                                                                               | B
-----+--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
 1 ~ | @1:1 What do we know about previous [-arms-] shipments?                                         | @1:1 What do we know about previous {+weapons+} shipments?
     | [LOW]     lexical  "arms" → "weapons": broader term
-----+--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
 2 = | @1:48 How important are these weapons?                                                          | @1:51 How important are these weapons?
-----+--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
 3 - | @1:81 [-Here's some background on what's happened so far and why it matters.-]                  | (omitted)
-----+--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
 4 + | (added)                                                                                         | @1:84 {+The Hwasong-11A series missiles, in particular, have a high degree of accuracy and are
     |                                                                                                 | difficult to shoot down, experts said.+}

pairs     4   changed 1   omitted 1   added 1
findings  high 0   medium 0   low 1   info 0
coverage  A 53.4%   B 39.3%
legend    = equal   ~ changed   - omitted in B   + added in B   1:3 sentences of A:B   @7:12 line:column   [-A only-]   {+B only+}
passes: no finding at or above medium
"""


RICH_60 = """\
000_8e0ae4692c9434e6.txt → 001_cc5935cab9c0f7a2.txt: fails:
2 findings at or above medium

pair severity finding (worst first)
   3 [HIGH]   lexical  "artillery shells" → "bullets"
   3 [MEDIUM] number  "152mm" → —
   2 [LOW]    structure
   1 [INFO]   lexical  "desperate" → "dire"
   3 [INFO]   orthography  "Korea's" → "Korea’s"

   # | A                         | B
-----+------------------------------------------------------
 1 ~ | @1:1 As the war dragged   | @1:1 As the war dragged
     | on, Russia found itself   | on, Russia found itself
     | in [-desperate-] need of  | in {+dire+} need of
     | conventional weapons,     | conventional weapons,
     | including artillery       | including artillery
     | shells, [-which-] North   | shells, {+that+} North
     | Korea could supply.       | Korea could supply.
     | [INFO]    lexical  "desperate" → "dire":
     |           near-synonym
-----+------------------------------------------------------
 2 ~ | @1:147 The United States  | @1:141 The United States
 1:2 | first accused North Korea | first accused North
     | of selling artillery to   | Korea of selling
     | Russia in September 2022, | artillery to Russia in
     | seven months after the    | September 2022, seven
     | [-start of the war, an    | months after the {+war
     | accusation that North     | began. At the time,
     | Korea denied at the       | North Korea denied the
     | time-].                   | allegations+}.
     | [LOW]     structure  one sentence split in two
-----+------------------------------------------------------
 3 ~ | @1:333 South [-Korea's-]  | @1:318 South {+Korea’s+}
     | defense minister said the | defense minister said
     | containers could [-hold   | the containers could
     | as many as 3 million      | {+carry up to three
     | 152mm artillery shells-]. | million bullets+}.
     | [HIGH]    lexical  "artillery shells" → "bullets": a
     |           different munition: shells are not bullets
     | [MEDIUM]  number  "152mm" → —: calibre dropped
     | [INFO]    orthography  "Korea's" → "Korea’s":
     |           apostrophe style
-----+------------------------------------------------------
 4 - | @1:440 [-Both Moscow and  | (omitted)
     | Pyongyang deny any arms   |
     | trade, which is           |
     | prohibited by U.N.        |
     | sanctions imposed on      |
     | North Korea.-]            |
-----+------------------------------------------------------
 5 = | @1:549 How important are  | @1:410 How important are
     | these weapons?            | these weapons?
-----+------------------------------------------------------
 6 + | (added)                   | @1:443 {+The Hwasong-11A
     |                           | series missiles, in
     |                           | particular, have a high
     |                           | degree of accuracy and
     |                           | are difficult to shoot
     |                           | down, experts said.+}

pairs     6   changed 3   omitted 1   added 1
findings  high 1   medium 1   low 1   info 2
coverage  A 81.2%   B 77.8%
legend    = equal   ~ changed   - omitted in B
          + added in B   1:3 sentences of A:B
          @7:12 line:column   [-A only-]   {+B only+}
fails: 2 findings at or above medium (--fail-on)
"""


RICH_100 = """\
000_8e0ae4692c9434e6.txt → 001_cc5935cab9c0f7a2.txt: fails: 2 findings at or above medium

pair severity finding (worst first)
   3 [HIGH]   lexical  "artillery shells" → "bullets"
   3 [MEDIUM] number  "152mm" → —
   2 [LOW]    structure
   1 [INFO]   lexical  "desperate" → "dire"
   3 [INFO]   orthography  "Korea's" → "Korea’s"

   # | A                                             | B
-----+----------------------------------------------------------------------------------------------
 1 ~ | @1:1 As the war dragged on, Russia found      | @1:1 As the war dragged on, Russia found
     | itself in [-desperate-] need of conventional  | itself in {+dire+} need of conventional
     | weapons, including artillery shells,          | weapons, including artillery shells,
     | [-which-] North Korea could supply.           | {+that+} North Korea could supply.
     | [INFO]    lexical  "desperate" → "dire": near-synonym
-----+----------------------------------------------------------------------------------------------
 2 ~ | @1:147 The United States first accused North  | @1:141 The United States first accused North
 1:2 | Korea of selling artillery to Russia in       | Korea of selling artillery to Russia in
     | September 2022, seven months after the        | September 2022, seven months after the {+war
     | [-start of the war, an accusation that North  | began. At the time, North Korea denied the
     | Korea denied at the time-].                   | allegations+}.
     | [LOW]     structure  one sentence split in two
-----+----------------------------------------------------------------------------------------------
 3 ~ | @1:333 South [-Korea's-] defense minister     | @1:318 South {+Korea’s+} defense minister
     | said the containers could [-hold as many as 3 | said the containers could {+carry up to
     | million 152mm artillery shells-].             | three million bullets+}.
     | [HIGH]    lexical  "artillery shells" → "bullets": a different munition: shells are not
     |           bullets
     | [MEDIUM]  number  "152mm" → —: calibre dropped
     | [INFO]    orthography  "Korea's" → "Korea’s": apostrophe style
-----+----------------------------------------------------------------------------------------------
 4 - | @1:440 [-Both Moscow and Pyongyang deny any   | (omitted)
     | arms trade, which is prohibited by U.N.       |
     | sanctions imposed on North Korea.-]           |
-----+----------------------------------------------------------------------------------------------
 5 = | @1:549 How important are these weapons?       | @1:410 How important are these weapons?
-----+----------------------------------------------------------------------------------------------
 6 + | (added)                                       | @1:443 {+The Hwasong-11A series missiles, in
     |                                               | particular, have a high degree of accuracy
     |                                               | and are difficult to shoot down, experts
     |                                               | said.+}

pairs     6   changed 3   omitted 1   added 1
findings  high 1   medium 1   low 1   info 2
coverage  A 81.2%   B 77.8%
legend    = equal   ~ changed   - omitted in B   + added in B   1:3 sentences of A:B
          @7:12 line:column   [-A only-]   {+B only+}
fails: 2 findings at or above medium (--fail-on)
"""


RICH_200 = """\
000_8e0ae4692c9434e6.txt → 001_cc5935cab9c0f7a2.txt: fails: 2 findings at or above medium

pair severity finding (worst first)
   3 [HIGH]   lexical  "artillery shells" → "bullets"
   3 [MEDIUM] number  "152mm" → —
   2 [LOW]    structure
   1 [INFO]   lexical  "desperate" → "dire"
   3 [INFO]   orthography  "Korea's" → "Korea’s"

   # | A                                                                                               | B
-----+--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
 1 ~ | @1:1 As the war dragged on, Russia found itself in [-desperate-] need of conventional weapons,  | @1:1 As the war dragged on, Russia found itself in {+dire+} need of conventional weapons,
     | including artillery shells, [-which-] North Korea could supply.                                 | including artillery shells, {+that+} North Korea could supply.
     | [INFO]    lexical  "desperate" → "dire": near-synonym
-----+--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
 2 ~ | @1:147 The United States first accused North Korea of selling artillery to Russia in September  | @1:141 The United States first accused North Korea of selling artillery to Russia in September
 1:2 | 2022, seven months after the [-start of the war, an accusation that North Korea denied at the   | 2022, seven months after the {+war began. At the time, North Korea denied the allegations+}.
     | time-].                                                                                         |
     | [LOW]     structure  one sentence split in two
-----+--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
 3 ~ | @1:333 South [-Korea's-] defense minister said the containers could [-hold as many as 3 million | @1:318 South {+Korea’s+} defense minister said the containers could {+carry up to three
     | 152mm artillery shells-].                                                                       | million bullets+}.
     | [HIGH]    lexical  "artillery shells" → "bullets": a different munition: shells are not bullets
     | [MEDIUM]  number  "152mm" → —: calibre dropped
     | [INFO]    orthography  "Korea's" → "Korea’s": apostrophe style
-----+--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
 4 - | @1:440 [-Both Moscow and Pyongyang deny any arms trade, which is prohibited by U.N. sanctions   | (omitted)
     | imposed on North Korea.-]                                                                       |
-----+--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
 5 = | @1:549 How important are these weapons?                                                         | @1:410 How important are these weapons?
-----+--------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
 6 + | (added)                                                                                         | @1:443 {+The Hwasong-11A series missiles, in particular, have a high degree of accuracy and
     |                                                                                                 | are difficult to shoot down, experts said.+}

pairs     6   changed 3   omitted 1   added 1
findings  high 1   medium 1   low 1   info 2
coverage  A 81.2%   B 77.8%
legend    = equal   ~ changed   - omitted in B   + added in B   1:3 sentences of A:B   @7:12 line:column   [-A only-]   {+B only+}
fails: 2 findings at or above medium (--fail-on)
"""


@pytest.mark.parametrize("width", WIDTHS)
def test_small_report_exactly(width: int) -> None:
    expected = {60: SMALL_60, 100: SMALL_100, 200: SMALL_200}[width]
    assert on_console(ReportView(small_report(), plain=True), width) == expected
    assert render_text(small_report(), width=width) == expected


@pytest.mark.parametrize("width", WIDTHS)
def test_rich_report_exactly(width: int) -> None:
    expected = {60: RICH_60, 100: RICH_100, 200: RICH_200}[width]
    assert on_console(ReportView(rich_report(), plain=True), width) == expected


@pytest.mark.parametrize("width", WIDTHS)
def test_header_is_one_line_of_names_and_verdict_without_the_signature(width: int) -> None:
    text = on_console(ReportView(rich_report(), plain=True), width)
    header = text.split("\n\n")[0].replace("\n", " ")
    assert header == f"{NAME_A} → {NAME_B}: fails: 2 findings at or above medium"
    assert "vardiff:" not in text and "|model:" not in text
    # One line wherever it fits.
    assert text.split("\n")[1] == "" or width < len(header)


@pytest.mark.parametrize("width", WIDTHS)
def test_verbose_adds_the_signature_under_the_header(width: int) -> None:
    text = on_console(ReportView(rich_report(), plain=True, verbose=True), width)
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("vardiff:"))
    signature = ""
    for line in lines[start:]:
        if not line:
            break
        signature += line
    assert signature == SETTINGS.signature
    assert all(len(line) <= width for line in lines[start : start + 3])


@pytest.mark.parametrize("width", WIDTHS)
def test_findings_index_lists_worst_first_with_pair_numbers(width: int) -> None:
    text = on_console(ReportView(rich_report(), plain=True), width)
    index = text.split("\n\n")[1].split("\n")
    assert index[0].split() == ["pair", "severity", "finding", "(worst", "first)"]
    rows = [re.match(r" *(\d+) (\[\w+\])", line) for line in index[1:]]
    assert [(m.group(1), m.group(2)) for m in rows if m] == [
        ("3", "[HIGH]"),
        ("3", "[MEDIUM]"),
        ("2", "[LOW]"),
        ("1", "[INFO]"),
        ("3", "[INFO]"),
    ]


def omission_report() -> Report:
    a = document(NAME_A, [WEAPONS, DENY_A])
    b = document(NAME_B, [WEAPONS])
    dropped = Finding("omission", Severity.MEDIUM, DENY_A, "", "sentence left out of B")
    pairs = (equal(0, 0, WEAPONS), Pair((1,), (), None, "omitted", DENY_A, "", (), (dropped,)))
    return Report(SETTINGS, a, b, pairs)


OMISSION_60 = """\
000_8e0ae4692c9434e6.txt → 001_cc5935cab9c0f7a2.txt: fails:
1 finding at or above medium

pair severity finding (worst first)
   2 [MEDIUM] omission  sentence omitted in B

   # | A                         | B
-----+------------------------------------------------------
 1 = | @1:1 How important are    | @1:1 How important are
     | these weapons?            | these weapons?
-----+------------------------------------------------------
 2 - | @1:34 [-Both Moscow and   | (omitted)
     | Pyongyang deny any arms   |
     | trade, which is           |
     | prohibited by U.N.        |
     | sanctions imposed on      |
     | North Korea.-]            |
     | [MEDIUM]  omission  sentence left out of B

pairs     2   changed 0   omitted 1   added 0
findings  high 0   medium 1   low 0   info 0
coverage  A 22.9%   B 100.0%
legend    = equal   ~ changed   - omitted in B
          + added in B   1:3 sentences of A:B
          @7:12 line:column   [-A only-]   {+B only+}
fails: 1 finding at or above medium (--fail-on)
"""


@pytest.mark.parametrize("width", WIDTHS)
def test_an_omitted_sentence_is_not_repeated_in_its_finding(width: int) -> None:
    text = on_console(ReportView(omission_report(), plain=True), width)
    if width == 60:
        assert text == OMISSION_60
    # The sentence appears once, in its column (wrapped there), never in the finding or index.
    assert text.count("Both Moscow") == 1
    assert "omission  sentence left out of B" in text
    assert "omission  sentence omitted in B" in text


def test_places_are_line_and_column_from_one() -> None:
    text = "First line. Second sentence.\nThird one.\n\nFourth, after a blank line."
    cuts = [("First line.", 0), ("Second sentence.", 12), ("Third one.", 29), ("Fourth", 41)]
    sentences = tuple(Sentence(t, s, s + len(t)) for t, s in cuts)
    doc = Document("a.txt", text, sentences)
    report = Report(Settings(), doc, doc, ())
    places = Places(report)
    pairs = [Pair((i,), (i,), 1.0, "equal", "", "") for i in range(4)]
    assert [places.a(p) for p in pairs] == ["1:1", "1:13", "2:1", "4:1"]
    assert places.a(Pair((), (0,), None, "added", "", "")) == ""


@pytest.mark.parametrize("width", WIDTHS)
def test_each_side_opens_with_its_place(width: int) -> None:
    text = on_console(ReportView(rich_report(), plain=True), width)
    rows = re.findall(r"^ +(\d) [~=+-] \| (@\S+)? ?.*?\| (@\S+)?", text, flags=re.MULTILINE)
    assert rows == [
        ("1", "@1:1", "@1:1"),
        ("2", "@1:147", "@1:141"),
        ("3", "@1:333", "@1:318"),
        ("4", "@1:440", ""),
        ("5", "@1:549", "@1:410"),
        ("6", "", "@1:443"),
    ]


@pytest.mark.parametrize("width", [40, *WIDTHS])
def test_summary_never_breaks_a_label_from_its_count(width: int) -> None:
    # Issue 10, bug 6: at 40 columns the summary box wrapped "omitted" and its "0" apart.
    text = on_console(ReportView(small_report(), plain=True), width)
    summary = text[text.index("\npairs ") + 1 : text.index("\nlegend")].split("\n")
    labels = ("pairs", "changed", "omitted", "added", "high", "medium", "low", "info", "A", "B")
    for line in summary:
        assert not line.endswith(labels), (width, line)
        assert not re.match(r" *[\d(]", line), (width, line)
    assert "omitted 1" in text and "added 1" in text and "info 0" in text
    assert max(len(line) for line in text.split("\n")) <= width


@pytest.mark.parametrize("width", WIDTHS)
def test_no_trailing_spaces_in_the_plain_text(width: int) -> None:
    text = render_text(rich_report(), width=width)
    assert not [line for line in text.split("\n") if line.endswith(" ")]


def test_legend_once_and_only_with_the_table() -> None:
    text = render_text(rich_report(), width=100)
    assert text.count("legend    = equal") == 1
    assert "legend" not in render_text(rich_report(), width=100, legend=False)
    doc = document(NAME_A, [WEAPONS])
    same = Report(SETTINGS, doc, doc, (equal(0, 0, WEAPONS),))
    assert "legend" not in render_text(same, width=100)


def test_legend_names_the_move_markers_only_when_a_phrase_moved() -> None:
    ops = (
        Op("delete", "Since 2008, ", "", moved=0),
        Op("equal", "prices grew", "prices grew"),
        Op("insert", "", " since 2008", moved=0),
        Op("equal", ".", "."),
    )
    a_text, b_text = "".join(o.a for o in ops), "".join(o.b for o in ops)
    pair = Pair((0,), (0,), 0.9, "changed", a_text, b_text, ops)
    report = Report(SETTINGS, document(NAME_A, [a_text]), document(NAME_B, [b_text]), (pair,))
    text = render_text(report, width=100)
    assert "[<Since 2008,<]" in text and "{>since 2008>}" in text
    assert "[<moved<] {>moved>}" in text.split("legend")[1]
    assert "moved" not in render_text(small_report(), width=100)
