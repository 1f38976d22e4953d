"""Terminal rendering of a report: layout, wdiff markers, folding, findings, summary, colour.

Reports are built by hand from sentences of seeds 000 (A) and 001 (B); the folding case also
borrows two from seed 002, and its B side changes one word by hand. The exact expected
renderings below were written from the intended layout (column arithmetic at width 80: a gutter
of 3, then two sides of 35 and 34 columns), not copied from output.
"""

from __future__ import annotations

import io
import re

import pytest
from rich.cells import cell_len
from rich.console import Console
from rich.segment import Segment
from rich.style import Style

from vardiff._document import Document, Sentence
from vardiff._render import ReportView, render_text
from vardiff._render import _break_signature as break_signature
from vardiff._report import Finding, Op, Pair, Report, Settings
from vardiff._severity import Severity

NAME_A = "000_8e0ae4692c9434e6.txt"
NAME_B = "001_cc5935cab9c0f7a2.txt"
SETTINGS = Settings(version="0.1.0", min_severity=Severity.INFO)

SHIPMENTS_A = "What do we know about previous arms shipments?"
SHIPMENTS_B = "What do we know about previous weapons shipments?"
WEAPONS = "How important are these weapons?"
BACKGROUND = "Here's some background on what's happened so far and why it matters."
HWASONG_B = (
    "The Hwasong-11A series missiles, in particular, have a high degree of accuracy and are "
    "difficult to shoot down, experts said."
)
DESPERATE = (
    "As the war dragged on, Russia found itself in desperate need of conventional weapons, "
    "including artillery shells, which North Korea could supply."
)
DIRE = (
    "As the war dragged on, Russia found itself in dire need of conventional weapons, "
    "including artillery shells, that North Korea could supply."
)
ACCUSED_A = (
    "The United States first accused North Korea of selling artillery to Russia in September "
    "2022, seven months after the start of the war, an accusation that North Korea denied at "
    "the time."
)
ACCUSED_B1 = (
    "The United States first accused North Korea of selling artillery to Russia in September "
    "2022, seven months after the war began."
)
ACCUSED_B2 = "At the time, North Korea denied the allegations."
SHELLS_A = (
    "South Korea's defense minister said the containers could hold as many as 3 million 152mm "
    "artillery shells."
)
BULLETS_B = (
    "South Korea’s defense minister said the containers could carry up to three million bullets."
)
DENY_A = (
    "Both Moscow and Pyongyang deny any arms trade, which is prohibited by U.N. sanctions "
    "imposed on North Korea."
)
MILITARY_A = "But North Korean military shipments to Russia are not new."
ARMS_B = "But North Korean arms shipments to Russia are not new."
SKEPTICAL = "I’m skeptical of that."
EXPERTS_A = (
    "Experts point out that the Hwasong-11A series of missiles in particular are highly "
    "accurate and difficult to shoot down."
)


def document(name: str, sentences: list[str]) -> Document:
    text, cut = "", []
    for sentence in sentences:
        if text:
            text += " "
        cut.append(Sentence(sentence, len(text), len(text) + len(sentence)))
        text += sentence
    return Document(name, text, tuple(cut))


def equal(i: int, j: int, text: str) -> Pair:
    return Pair((i,), (j,), 1.0, "equal", text, text, (Op("equal", text, text),))


def diff(*parts: str | tuple[str, str]) -> tuple[Op, ...]:
    """A plain string is an equal span; ``(a, b)`` a replace, delete (b empty) or insert."""
    ops = []
    for part in parts:
        if isinstance(part, str):
            ops.append(Op("equal", part, part))
        elif not part[1]:
            ops.append(Op("delete", part[0], ""))
        elif not part[0]:
            ops.append(Op("insert", "", part[1]))
        else:
            ops.append(Op("replace", *part))
    return tuple(ops)


def changed(
    a: tuple[int, ...], b: tuple[int, ...], ops: tuple[Op, ...], *findings: Finding
) -> Pair:
    a_text = "".join(op.a for op in ops)
    b_text = "".join(op.b for op in ops)
    return Pair(a, b, 0.9, "changed", a_text, b_text, ops, findings)


def small_report() -> Report:
    """One pair of each status, one finding; short enough to check character by character."""
    a = document(NAME_A, [SHIPMENTS_A, WEAPONS, BACKGROUND])
    b = document(NAME_B, [SHIPMENTS_B, WEAPONS, HWASONG_B])
    arms = Finding("lexical", Severity.LOW, "arms", "weapons", "broader term")
    pairs = (
        changed(
            (0,),
            (0,),
            diff("What do we know about previous ", ("arms", "weapons"), " shipments?"),
            arms,
        ),
        equal(1, 1, WEAPONS),
        Pair((2,), (), None, "omitted", BACKGROUND, ""),
        Pair((), (2,), None, "added", "", HWASONG_B),
    )
    return Report(SETTINGS, a, b, pairs)


RICH_A = [DESPERATE, ACCUSED_A, SHELLS_A, DENY_A, WEAPONS]
RICH_B = [DIRE, ACCUSED_B1, ACCUSED_B2, BULLETS_B, WEAPONS, HWASONG_B]


def rich_report(settings: Settings = SETTINGS) -> Report:
    """Every feature at once: a 1:2 bead, drift of every severity, an omission, an addition."""
    a, b = document(NAME_A, RICH_A), document(NAME_B, RICH_B)
    accused_prefix = ACCUSED_B1[: ACCUSED_B1.index("war began")]
    pairs = (
        changed(
            (0,),
            (0,),
            diff(
                "As the war dragged on, Russia found itself in ",
                ("desperate", "dire"),
                " need of conventional weapons, including artillery shells, ",
                ("which", "that"),
                " North Korea could supply.",
            ),
            Finding("lexical", Severity.INFO, "desperate", "dire", "near-synonym"),
        ),
        changed(
            (1,),
            (1, 2),
            diff(
                accused_prefix,
                (
                    "start of the war, an accusation that North Korea denied at the time",
                    "war began. At the time, North Korea denied the allegations",
                ),
                ".",
            ),
            Finding("structure", Severity.LOW, "", "", "one sentence split in two"),
        ),
        changed(
            (2,),
            (3,),
            diff(
                "South ",
                ("Korea's", "Korea’s"),
                " defense minister said the containers could ",
                (
                    "hold as many as 3 million 152mm artillery shells",
                    "carry up to three million bullets",
                ),
                ".",
            ),
            # Deliberately not in severity order: the view must sort them.
            Finding("orthography", Severity.INFO, "Korea's", "Korea’s", "apostrophe style"),
            Finding(
                "lexical",
                Severity.HIGH,
                "artillery shells",
                "bullets",
                "a different munition: shells are not bullets",
            ),
            Finding("number", Severity.MEDIUM, "152mm", "", "calibre dropped"),
        ),
        Pair((3,), (), None, "omitted", DENY_A, ""),
        equal(4, 4, WEAPONS),
        Pair((), (5,), None, "added", "", HWASONG_B),
    )
    return Report(settings, a, b, pairs)


def fold_report() -> Report:
    """Seven pairs, one change in the middle: two equal pairs fold away on each side."""
    sentences = [SHIPMENTS_A, EXPERTS_A, WEAPONS, MILITARY_A, SKEPTICAL, DENY_A, BACKGROUND]
    a = document(NAME_A, sentences)
    b = document(NAME_B, [*sentences[:3], ARMS_B, *sentences[4:]])
    pairs = tuple(equal(i, i, s) for i, s in enumerate(sentences))
    military = changed(
        (3,),
        (3,),
        diff("But North Korean ", ("military", "arms"), " shipments to Russia are not new."),
    )
    return Report(SETTINGS, a, b, (*pairs[:3], military, *pairs[4:]))


def equal_run(statuses: str) -> Report:
    """A report from a status string, ``=`` equal and ``~`` changed, one pair per character."""
    return drift_run(statuses)


RULE = "-----+" + "-" * 74
LEGEND = """\
legend    = equal   ~ changed   - omitted in B   + added in B
          1:3 sentences of A:B   @7:12 line:column   [-A only-]   {+B only+}
"""


def row(text: str, gutter: str) -> tuple[str, str]:
    """The A and B cells of the first line of the pair whose gutter reads ``gutter``, without
    the ``@line:column`` each side opens with."""
    line = next(line for line in text.split("\n") if line.startswith(f" {gutter} |"))
    left, right = line.split(" | ")[1:]
    return re.sub(r"^@\d+:\d+ ", "", left).rstrip(), re.sub(r"^@\d+:\d+ ", "", right).rstrip()


def test_folded_report_plain_at_80_columns() -> None:
    expected = f"""\
000_8e0ae4692c9434e6.txt → 001_cc5935cab9c0f7a2.txt: passes: no finding at or
above medium

   # | A                                   | B
{RULE}
     | … 2 equal pairs …
{RULE}
 3 = | @1:169 How important are these      | @1:169 How important are these
     | weapons?                            | weapons?
{RULE}
 4 ~ | @1:202 But North Korean             | @1:202 But North Korean {{+arms+}}
     | [-military-] shipments to Russia    | shipments to Russia are not new.
     | are not new.                        |
{RULE}
 5 = | @1:261 I’m skeptical of that.       | @1:257 I’m skeptical of that.
{RULE}
     | … 2 equal pairs …

pairs     7   changed 1   omitted 0   added 0
findings  high 0   medium 0   low 0   info 0
coverage  A 100.0%   B 100.0%
{LEGEND}passes: no finding at or above medium
"""
    assert render_text(fold_report(), width=80) == expected


def test_all_equal_report_is_one_line() -> None:
    doc = document(NAME_A, [WEAPONS, SKEPTICAL])
    report = Report(SETTINGS, doc, doc, (equal(0, 0, WEAPONS), equal(1, 1, SKEPTICAL)))
    expected = """\
000_8e0ae4692c9434e6.txt → 000_8e0ae4692c9434e6.txt: passes: no finding at or
above medium

All 2 pairs are equal.

pairs     2   changed 0   omitted 0   added 0
findings  high 0   medium 0   low 0   info 0
coverage  A 100.0%   B 100.0%
passes: no finding at or above medium
"""
    assert render_text(report, width=80) == expected
    # --all is a request to see every pair, even when none differs.
    shown = render_text(report, width=80, context=None)
    assert "pairs are equal" not in shown
    assert row(shown, "1 =")[0].startswith("How important are")
    assert row(shown, "2 =")[0].startswith("I’m skeptical of that.")


def test_empty_report_says_so() -> None:
    doc = document(NAME_A, [])
    text = render_text(Report(SETTINGS, doc, doc, ()), width=80)
    assert "No sentences on either side." in text
    assert "passes: no finding at or above medium" in text


@pytest.mark.parametrize(
    ("statuses", "context", "folds"),
    [
        ("=======~", 1, ["… 6 equal pairs …"]),
        ("========~", 1, ["… 7 equal pairs …"]),
        ("=====~=====", 0, ["… 5 equal pairs …", "… 5 equal pairs …"]),
        ("=====~=====", 2, ["… 3 equal pairs …", "… 3 equal pairs …"]),
        ("=~===~=", 1, ["… 1 equal pair …"]),
        ("==~==", 1, ["… 1 equal pair …", "… 1 equal pair …"]),
        ("=~=~=", 1, []),
        ("=====~=====", 5, []),
        ("=====~=====", 1000, []),
        ("=====~=====", None, []),
    ],
)
def test_folding(statuses: str, context: int | None, folds: list[str]) -> None:
    text = render_text(equal_run(statuses), width=80, context=context)
    assert re.findall(r"… \d+ equal pairs? …", text) == folds
    shown = re.findall(r"^ +(\d+) [=~] \|", text, flags=re.MULTILINE)
    hidden = sum(int(fold.split()[1]) for fold in folds)
    assert len(shown) + hidden == len(statuses)


def test_folding_keeps_pair_numbers_of_the_whole_report() -> None:
    text = render_text(equal_run("=====~====="), width=80, context=1)
    assert re.findall(r"^ +(\d+) [=~] \|", text, flags=re.MULTILINE) == ["5", "6", "7"]


def test_wdiff_markers_surround_exactly_the_changed_words() -> None:
    # Wide enough that no marked span wraps, so each span is found on one line.
    text = render_text(rich_report(), width=500, legend=False)
    assert re.findall(r"\[-(.*?)-\]", text) == [
        "desperate",
        "which",
        "start of the war, an accusation that North Korea denied at the time",
        "Korea's",
        "hold as many as 3 million 152mm artillery shells",
        DENY_A,
    ]
    assert re.findall(r"\{\+(.*?)\+\}", text) == [
        "dire",
        "that",
        "war began. At the time, North Korea denied the allegations",
        "Korea’s",
        "carry up to three million bullets",
        HWASONG_B,
    ]
    left, right = row(text, "1 ~")
    assert left == DESPERATE.replace("desperate", "[-desperate-]").replace("which", "[-which-]")
    assert right == DIRE.replace("dire", "{+dire+}").replace("that", "{+that+}")


def test_markers_leave_edge_spaces_outside_and_keep_whitespace_edits() -> None:
    ops = diff("defense", (" minister", ""), " said", ("", " last week "), "it", (" ", "  "), "x")
    a = document(NAME_A, ["".join(op.a for op in ops)])
    b = document(NAME_B, ["".join(op.b for op in ops)])
    report = Report(SETTINGS, a, b, (changed((0,), (0,), ops),))
    left, right = row(render_text(report, width=200), "1 ~")
    assert left == "defense [-minister-] saidit[- -]x"
    assert right == "defense said {+last week+} it{+  +}x"


def test_gutter_shows_bead_shape_only_when_not_one_to_one() -> None:
    lines = render_text(rich_report(), width=80).split("\n")
    row = next(i for i, line in enumerate(lines) if line.startswith(" 2 ~ |"))
    assert lines[row + 1].startswith(" 1:2 |")
    assert not any(re.match(r" *[01]:[01] \|", line) for line in lines)


def test_findings_sit_under_their_pair_in_severity_order() -> None:
    lines = render_text(rich_report(), width=80).split("\n")

    def row(prefix: str) -> int:
        return next(i for i, line in enumerate(lines) if line.startswith(prefix))

    high, medium = row("     | [HIGH]    lexical "), row("     | [MEDIUM]  number ")
    info = row("     | [INFO]    orthography ")
    assert row(" 3 ~ |") < high < medium < info < row(" 4 - |")
    assert lines[high] == (
        '     | [HIGH]    lexical  "artillery shells" → "bullets": a different munition:'
    )
    assert lines[high + 1] == "     |           shells are not bullets"
    assert lines[medium] == '     | [MEDIUM]  number  "152mm" → —: calibre dropped'
    assert row(" 1 ~ |") < row("     | [INFO]    lexical ") < row(" 2 ~ |")
    assert row(" 2 ~ |") < row("     | [LOW]     structure  one sentence") < high


@pytest.mark.parametrize("width", [80, 120])
@pytest.mark.parametrize("color", [False, True])
def test_no_line_is_wider_than_the_terminal(width: int, color: bool) -> None:
    # A token longer than a column cannot wrap at a space; it must still be cut to fit.
    url = "https://example.com/" + "very-long-path-segment-" * 8 + "end"
    a = document(NAME_A, [*RICH_A, url])
    b = document(NAME_B, [*RICH_B, url + "?x=1"])
    long_pair = changed((5,), (6,), diff(url, ("", "?x=1")))
    report = Report(SETTINGS, a, b, (*rich_report().pairs, long_pair))
    text = render_text(report, width=width, color=color)
    plain = re.sub(r"\x1b\[[0-9;]*m", "", text)
    assert max(cell_len(line) for line in plain.split("\n")) <= width
    assert "very-long-path" in plain


def test_plain_mode_has_no_escape_codes_and_no_box_drawing() -> None:
    text = render_text(rich_report(), width=80)
    assert "\x1b" not in text
    assert not [c for c in text if 0x2500 <= ord(c) <= 0x257F]


def test_colour_mode_emits_ansi_and_drops_the_markers() -> None:
    text = render_text(rich_report(), width=80, color=True)
    assert "\x1b[" in text
    assert "[-" not in text and "{+" not in text and "[HIGH]" not in text


def segments(view: ReportView) -> list[Segment]:
    console = Console(file=io.StringIO(), width=80, force_terminal=True, color_system="standard")
    return list(console.render(view))


def style_of(segs: list[Segment], text: str) -> Style:
    (style,) = {s.style or Style() for s in segs if s.text == text}
    return style


def test_colour_mode_styles_edits_badges_and_drifting_gutters() -> None:
    segs = segments(ReportView(rich_report()))
    assert style_of(segs, "desperate") == Style.parse("red strike")
    assert style_of(segs, "dire") == Style.parse("bold green")
    assert style_of(segs, " HIGH ") == Style.parse("bold white on red")
    assert style_of(segs, " MEDIUM ") == Style.parse("bold black on yellow")
    assert style_of(segs, " LOW ") == Style.parse("cyan")
    assert style_of(segs, "3 ~") == Style.parse("bold white on red")  # worst finding is high
    assert style_of(segs, "1 ~") == Style()  # only an info finding: no alarm
    assert style_of(segs, "2 ~") == Style()  # low is not drift worth colouring the gutter


def test_plain_view_on_a_colour_console_keeps_markers() -> None:
    segs = segments(ReportView(rich_report(), plain=True))
    text = "".join(s.text for s in segs)
    assert "[-desperate-]" in text and "[HIGH]" in text
    assert style_of(segs, "[-desperate-]") == Style.parse("red strike")


def test_header_names_both_sides_and_the_verdict() -> None:
    text = render_text(rich_report(), width=120)
    lines = text.split("\n")
    assert lines[0] == f"{NAME_A} → {NAME_B}: fails: 2 findings at or above medium"
    assert SETTINGS.signature not in text
    # With --verbose the signature follows the header, broken only after a field.
    broken = break_signature(SETTINGS.signature, 120).split("\n")
    verbose = render_text(rich_report(), width=120, verbose=True).split("\n")
    assert verbose[1 : 1 + len(broken)] == broken


@pytest.mark.parametrize("width", [20, 40, 68, 80, 94, 120])
def test_signature_breaks_only_after_a_field(width: int) -> None:
    lines = break_signature(SETTINGS.signature, width).split("\n")
    assert "".join(lines) == SETTINGS.signature
    assert all(line.endswith("|") for line in lines[:-1])
    # Only a field too long for the width on its own may overrun it (rich then cuts it).
    assert all(len(line) <= width or line.count("|") <= 1 for line in lines)
    assert len(lines) == 1 or width < len(SETTINGS.signature)


def test_summary_counts_and_coverage() -> None:
    text = render_text(rich_report(), width=80)
    # A: the omitted sentence (108 characters) is the only unaligned one, of 576 in all.
    # B: the added sentence (125 characters) likewise, of 562.
    assert "\npairs     6   changed 3   omitted 1   added 1\n" in text
    assert "\nfindings  high 1   medium 1   low 1   info 2\n" in text
    assert "\ncoverage  A 81.2%   B 77.8%\n" in text


@pytest.mark.parametrize(
    ("fail_on", "verdict"),
    [
        (Severity.MEDIUM, "fails: 2 findings at or above medium (--fail-on)"),
        (Severity.HIGH, "fails: 1 finding at or above high (--fail-on)"),
        (Severity.INFO, "fails: 5 findings at or above info (--fail-on)"),
    ],
)
def test_verdict_line(fail_on: Severity, verdict: str) -> None:
    report = rich_report(Settings(version="0.1.0", fail_on=fail_on))
    assert report.failed
    assert render_text(report, width=80).rstrip("\n").split("\n")[-1] == verdict


def test_verdict_line_when_passing() -> None:
    report = small_report()
    assert not report.failed
    last = render_text(report, width=80).rstrip("\n").split("\n")[-1]
    assert last == "passes: no finding at or above medium"


def test_report_view_renders_on_any_console() -> None:
    buffer = io.StringIO()
    console = Console(file=buffer, width=80, color_system=None)
    console.print(ReportView(small_report(), plain=True))
    assert "[-arms-]" in buffer.getvalue()
    assert row(buffer.getvalue(), "1 ~") == (
        "What do we know about previous",
        "What do we know about",
    )


def test_text_is_never_read_as_markup() -> None:
    # Sentences are data: rich markup, emoji codes and wdiff-like brackets must print verbatim.
    odd = "See [bold]this[/bold] :smile: and [-that-] {+too+}."
    a = document(NAME_A, [odd])
    b = document(NAME_B, [odd + " Yes."])
    pair = changed((0,), (0,), diff(odd, ("", " Yes.")))
    text = render_text(Report(SETTINGS, a, b, (pair,)), width=200)
    assert row(text, "1 ~") == (odd, odd + " {+Yes.+}")


def drift_run(statuses: str) -> Report:
    """``=`` equal, ``~`` changed without a finding, ``!`` changed with a medium finding."""
    pairs = []
    for i, status in enumerate(statuses):
        if status == "=":
            pairs.append(equal(i, i, WEAPONS))
        else:
            findings = (
                (Finding("lexical", Severity.MEDIUM, "arms", "weapons", "wording shifts"),)
                if status == "!"
                else ()
            )
            pairs.append(changed((i,), (i,), diff(("arms", "weapons")), *findings))
    doc = document(NAME_A, [WEAPONS] * len(statuses))
    return Report(SETTINGS, doc, doc, tuple(pairs))


def test_fold_quiet_shows_only_pairs_with_findings() -> None:
    report = drift_run("=~~!~==!")
    text = render_text(report, width=80, context=0, fold_quiet=True)
    assert re.findall(r"^ +(\d+) [=~] \|", text, flags=re.MULTILINE) == ["4", "8"]
    assert re.findall(r"… (\d+ [^…]*) …", text) == [
        "3 pairs without findings",
        "3 pairs without findings",
    ]
    # Without the option, quiet changes stay visible and only the equal pairs fold.
    default = render_text(report, width=80, context=0)
    shown = re.findall(r"^ +(\d+) [=~] \|", default, flags=re.MULTILINE)
    assert shown == ["2", "3", "4", "5", "8"]
    assert re.findall(r"… (\d+ [^…]*) …", default) == ["1 equal pair", "2 equal pairs"]


def test_fold_quiet_keeps_the_equal_wording_for_runs_of_equal_pairs() -> None:
    text = render_text(drift_run("!===!"), width=80, context=0, fold_quiet=True)
    assert re.findall(r"… (\d+ [^…]*) …", text) == ["3 equal pairs"]
