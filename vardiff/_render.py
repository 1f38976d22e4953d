"""Terminal view of a :class:`Report`: the two versions side by side, edits marked, drift judged.

Layout
------
A header names both sides and the settings signature, so a pasted rendering says what produced
it. The table has a narrow gutter (pair number, bead shape, status glyph) and one body column.
A pair's body is itself a two-column table (A left, B right); a finding's body is one line under
its pair. The nesting is there because rich tables have no column span: a finding must be able
to use the width of both sides, and the A|B split must line up on every row, which holds because
every inner table gets the same body width and splits it by equal ratios.

With colour off (``plain=True``) nothing may depend on style, so edits carry wdiff markers
(``[-deleted-]``, ``{+inserted+}``; a phrase that moved reads ``[<moved from<]`` in A and
``{>moved to>}`` in B), badges read ``[HIGH]``, and box lines are ASCII: a rendering
piped to a file or to grep keeps all of its information.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Literal

from rich import box
from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.panel import Panel
from rich.style import StyleType
from rich.table import Table
from rich.text import Text

from ._report import Finding, Op, Pair, Report
from ._severity import Severity
from ._visible import visible

__all__ = ["ReportView", "render_text"]

_GLYPH = {"equal": "=", "changed": "~", "omitted": "-", "added": "+"}
_SEVERITY_STYLE: dict[Severity, str] = {
    Severity.HIGH: "bold white on red",
    Severity.MEDIUM: "bold black on yellow",
    Severity.LOW: "cyan",
    Severity.INFO: "dim",
}
# Only these are drift a reader must not miss; low and info would colour half the gutter.
_GUTTER_ALERT = (Severity.HIGH, Severity.MEDIUM)
_DELETED = "red strike"
_INSERTED = "bold green"
_MARKERS = {"delete": ("[-", "-]"), "insert": ("{+", "+}")}
# A phrase that moved inside the pair, as git diff --color-moved shows it: neither red nor green,
# since nothing was lost or added. Plain markers point the way the words went.
_MOVED = ("magenta", "cyan")  # alternating by move id, so two neighbouring moves stay apart
_MOVED_MARKERS = {"delete": ("[<", "<]"), "insert": ("{>", ">}")}
# "[MEDIUM]" and " MEDIUM " are the widest badges; a fixed width keeps categories in one column.
_BADGE_WIDTH = 8
_GAP = "   "  # between the counts of one summary line

Edit = Literal["delete", "insert"]


@dataclass(frozen=True)
class _Fold:
    """A run of pairs hidden because they are far from any change (or any finding)."""

    count: int
    quiet: int = 0  # how many of them changed, but carry no finding shown


@dataclass(frozen=True)
class ReportView:
    """Renders a report for a terminal; ``context=None`` shows every pair (``--all``)."""

    report: Report
    context: int | None = 1
    plain: bool = False
    fold_quiet: bool = False  # fold changed pairs without findings too, like equal ones

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self._header(options.max_width)
        yield Text()
        statement = self.report.relation.statement()
        if statement:
            # Said once, before any pair: every pair below reads differently in its light.
            yield Text(statement, style="bold yellow")
            yield Text()
        yield self._body()
        yield Text()
        yield self._summary()
        yield self._verdict()

    @property
    def _box(self) -> box.Box:
        return box.ASCII if self.plain else box.SQUARE

    def _header(self, width: int) -> Text:
        text = Text()
        text.append("A: ", style="bold")
        text.append(visible(self.report.a.name) + "\n")
        text.append("B: ", style="bold")
        text.append(visible(self.report.b.name) + "\n")
        text.append(_break_signature(self.report.settings.signature, width), style="dim")
        return text

    def _body(self) -> RenderableType:
        pairs = self.report.pairs
        if not pairs:
            return Text("No sentences on either side.")
        if self.context is not None and all(p.status == "equal" for p in pairs):
            count = len(pairs)
            return Text(f"All {count} pairs are equal." if count > 1 else "The one pair is equal.")
        drifted = [bool(self.report.shown(p)) for p in pairs]
        return self._table(
            _layout(pairs, self.context, fold_quiet=self.fold_quiet, drifted=drifted)
        )

    def _table(self, rows: list[int | _Fold]) -> Table:
        pairs = self.report.pairs
        gutters = {
            i: _gutter(i, pairs[i], self.report.shown(pairs[i])) for i in rows if isinstance(i, int)
        }
        width = max([1, *(g.cell_len for gutter in gutters.values() for g in gutter.split())])
        table = Table(box=self._box, show_edge=False, expand=True, padding=(0, 1))
        table.add_column(Text("#"), width=width, no_wrap=True, justify="right")
        table.add_column(self._sides(Text("A", style="bold"), Text("B", style="bold")), ratio=1)
        for row in rows:
            if isinstance(row, _Fold):
                noun = "pair" if row.count == 1 else "pairs"
                kind = "equal" if not row.quiet else "without findings"
                what = f"{noun} {kind}" if row.quiet else f"{kind} {noun}"
                fold = Text(f"… {row.count} {what} …", style="dim")
                table.add_row(Text(), fold, end_section=True)
                continue
            self._add_pair(table, pairs[row], gutters[row])
        return table

    def _add_pair(self, table: Table, pair: Pair, gutter: Text) -> None:
        findings = self.report.shown(pair)
        table.add_row(gutter, self._sides(*self._texts(pair)), end_section=not findings)
        for n, finding in enumerate(findings, 1):
            table.add_row(Text(), self._finding(finding), end_section=n == len(findings))

    def _sides(self, left: RenderableType, right: RenderableType) -> Table:
        sides = Table(
            box=self._box,
            show_edge=False,
            show_header=False,
            expand=True,
            padding=(0, 1),
            pad_edge=False,
        )
        sides.add_column(ratio=1)
        sides.add_column(ratio=1)
        sides.add_row(left, right)
        return sides

    def _texts(self, pair: Pair) -> tuple[Text, Text]:
        if pair.status == "omitted":
            return self._edit(pair.a_text, "delete"), Text("(omitted)", style="dim")
        if pair.status == "added":
            return Text("(added)", style="dim"), self._edit(pair.b_text, "insert")
        if not pair.ops:
            return Text(visible(pair.a_text)), Text(visible(pair.b_text))
        return self._side(pair.ops, "delete"), self._side(pair.ops, "insert")

    def _side(self, ops: tuple[Op, ...], edit: Edit) -> Text:
        """One side of a word diff: A shows what was deleted, B what was inserted."""
        text = Text()
        for op in ops:
            part = op.a if edit == "delete" else op.b
            if op.op == "equal":
                text.append(visible(part))
            elif op.op in ("replace", edit):
                text.append_text(self._edit(part, edit, moved=op.moved))
        return text

    def _edit(self, part: str, edit: Edit, *, moved: int | None = None) -> Text:
        # Markers and strike-through hug the words: spaces at the edges of a span stay outside,
        # so "[-artillery shells-]" reads as wdiff prints it, not "[- artillery shells -]".
        part = visible(part)
        core = part.strip()
        if not core:
            # A whitespace-only edit would vanish if stripped; keep it inside the markers.
            lead, core, trail = "", part, ""
        else:
            start = part.index(core)
            lead, trail = part[:start], part[start + len(core) :]
        markers = _MARKERS if moved is None else _MOVED_MARKERS
        opening, closing = markers[edit] if self.plain else ("", "")
        style = _DELETED if edit == "delete" else _INSERTED
        if moved is not None:
            style = _MOVED[moved % 2]
        text = Text(lead)
        text.append(opening + core + closing, style=style)
        text.append(trail)
        return text

    def _finding(self, finding: Finding) -> Table:
        label = finding.severity.value.upper()
        if self.plain:
            badge = Text(f"[{label}]")
        else:
            # Styled as a span, not as the Text's base style, which would colour the padding too.
            badge = Text().append(f" {label} ", style=_SEVERITY_STYLE[finding.severity])
        line = Text()
        line.append(finding.category, style="bold")
        line.append("  ")
        change = _change(finding)
        if change is not None:
            line.append_text(change)
            line.append(": ")
        line.append(visible(finding.message))
        grid = Table.grid(padding=(0, 2, 0, 0), expand=True)
        grid.add_column(width=_BADGE_WIDTH, no_wrap=True)
        grid.add_column(ratio=1)
        grid.add_row(badge, line)
        return grid

    def _summary(self) -> Panel:
        summary = self.report.summary
        grid = Table.grid(padding=(0, 2, 0, 0))
        grid.add_column(style="bold", no_wrap=True)
        grid.add_column()
        pairs = [str(summary.pairs)] + [
            f"{label} {count}"
            for label, count in [
                ("changed", summary.changed),
                ("omitted", summary.omitted),
                ("added", summary.added),
            ]
        ]
        coverage = [f"A {summary.coverage_a:.1%}", f"B {summary.coverage_b:.1%}"]
        grid.add_row(Text("pairs"), Text(_GAP.join(pairs)))
        grid.add_row(Text("findings"), self._finding_counts(summary.findings))
        grid.add_row(Text("coverage"), Text(_GAP.join(coverage)))
        return Panel(
            grid,
            title=Text("Summary"),
            title_align="left",
            box=self._box,
            expand=False,
        )

    def _finding_counts(self, counts: dict[str, int]) -> Text:
        text = Text()
        for severity in sorted(Severity, reverse=True):
            if text:
                text.append(_GAP)
            count = counts.get(severity.value, 0)
            text.append(f"{severity.value} ")
            style: StyleType = _SEVERITY_STYLE[severity] if count else "dim"
            text.append(str(count), style=style)
        hidden = self.report.hidden
        if hidden:
            floor = self.report.settings.min_severity.value
            text.append(f"{_GAP}({hidden} hidden below {floor})", style="dim")
        return text

    def _verdict(self) -> Text:
        floor = self.report.settings.fail_on
        if self.report.relation.kind == "unrelated":
            return Text("fails: A and B are not versions of each other", style="bold red")
        if not self.report.failed:
            return Text(f"passes: no finding at or above {floor.value}", style="bold green")
        count = sum(1 for _ in self.report.findings(min_severity=floor))
        noun = "finding" if count == 1 else "findings"
        return Text(
            f"fails: {count} {noun} at or above {floor.value} (--fail-on)", style="bold red"
        )


def _layout(
    pairs: tuple[Pair, ...],
    context: int | None,
    *,
    fold_quiet: bool = False,
    drifted: list[bool] | None = None,
) -> list[int | _Fold]:
    """Indices of the pairs to show, in order, with runs of hidden pairs as folds.

    A change is shown, with ``context`` equal pairs around it. With ``fold_quiet`` only the
    pairs in ``drifted`` (those with a finding shown) are changes worth showing: a changed pair
    without one is folded even next to a finding, since context means the unchanged text
    around a change, not more changes.
    """
    if context is None:
        return list(range(len(pairs)))
    wanted = drifted if fold_quiet and drifted is not None else [p.status != "equal" for p in pairs]
    distance = _distance_to(wanted)
    rows: list[int | _Fold] = []
    hidden = quiet = 0
    for i, d in enumerate(distance):
        shown = d == 0 or (d <= max(context, 0) and pairs[i].status == "equal")
        if not shown:
            hidden += 1
            quiet += pairs[i].status != "equal"
            continue
        if hidden:
            rows.append(_Fold(hidden, quiet))
            hidden = quiet = 0
        rows.append(i)
    if hidden:
        rows.append(_Fold(hidden, quiet))
    return rows


def _distance_to(wanted: list[bool]) -> list[int]:
    """For each pair, how many pairs away the nearest wanted one is (0 for itself)."""
    far = len(wanted) + 1
    distance = [0 if w else far for w in wanted]
    # Two sweeps, forward then backward, so the cost stays linear whatever the context.
    for i in range(1, len(distance)):
        distance[i] = min(distance[i], distance[i - 1] + 1)
    for i in range(len(distance) - 2, -1, -1):
        distance[i] = min(distance[i], distance[i + 1] + 1)
    return distance


def _break_signature(signature: str, width: int) -> str:
    """Lines of at most ``width`` that break only after a ``|``: rich would break mid-field,
    since the signature has no spaces, and a reader copying it back must see where fields end."""
    fields = signature.split("|")
    tokens = [field + "|" for field in fields[:-1]] + fields[-1:]
    lines = [""]
    for token in tokens:
        if lines[-1] and len(lines[-1]) + len(token) > width:
            lines.append("")
        lines[-1] += token
    return "\n".join(lines)


def _gutter(index: int, pair: Pair, shown: tuple[Finding, ...]) -> Text:
    worst = max((f.severity for f in shown), default=None)
    style = _SEVERITY_STYLE[worst] if worst is not None and worst in _GUTTER_ALERT else ""
    text = Text(f"{index + 1} {_GLYPH[pair.status]}", style=style)
    shape = (len(pair.a), len(pair.b))
    # A lone omitted or added sentence is 1:0 or 0:1, which the glyph already says.
    if shape not in ((1, 1), (1, 0), (0, 1)):
        text.append(f"\n{shape[0]}:{shape[1]}")
    return text


def _change(finding: Finding) -> Text | None:
    if not finding.a and not finding.b:
        return None
    text = Text()
    text.append(f'"{visible(finding.a)}"' if finding.a else "—", style="red")
    text.append(" → ")
    text.append(f'"{visible(finding.b)}"' if finding.b else "—", style="green")
    return text


def render_text(
    report: Report,
    *,
    width: int = 80,
    color: bool = False,
    context: int | None = 1,
    fold_quiet: bool = False,
) -> str:
    """The report as a terminal would show it; with ``color=False`` it holds no escape codes."""
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        force_terminal=color,
        color_system="standard" if color else None,
        no_color=not color,
        legacy_windows=False,
        highlight=False,
    )
    console.print(ReportView(report, context=context, plain=not color, fold_quiet=fold_quiet))
    # Rich pads every cell to its column width; the padding carries nothing, and trailing spaces
    # make a saved rendering awkward to diff or to compare in a test.
    return "\n".join(line.rstrip(" ") for line in buffer.getvalue().split("\n"))
