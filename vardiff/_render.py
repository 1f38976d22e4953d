"""Terminal view of a :class:`Report`: the two versions side by side, edits marked, drift judged.

Layout
------
One header line says what was compared and the verdict; the settings signature follows only
with ``verbose`` (it is for reproducibility, and the JSON always has it). A findings index,
worst first, gives each finding's pair number, so a reader can jump to pair 13 without reading
pairs 1 to 12. The table has a narrow gutter (pair number, status glyph, bead shape) and one body
column. A pair's body is itself a two-column table (A left, B right), each side opening with its
``line:column`` in its file; a finding's body is one line under its pair. The nesting is there
because rich tables have no column span: a finding must be able to use the width of both sides,
and the A|B split must line up on every row, which holds because every inner table gets the
same body width and splits it by equal ratios. A summary, a short legend and the verdict close
the view (the verdict last, where a CI log is read).

With colour off (``plain=True``) nothing may depend on style, so edits carry wdiff markers
(``[-deleted-]``, ``{+inserted+}``; a phrase that moved reads ``[<moved from<]`` in A and
``{>moved to>}`` in B), badges read ``[HIGH]``, and box lines are ASCII: a rendering
piped to a file or to grep keeps all of its information.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from typing import Literal

from rich import box
from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.style import StyleType
from rich.table import Table
from rich.text import Text

from ._diff import word_diff
from ._places import Places, clip, findings_index, spans
from ._report import Finding, Op, Pair, Report
from ._severity import Severity
from ._visible import visible

__all__ = ["ReportView", "render_text", "strip_trailing_spaces"]

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
_PLACE = "dim"
_MARKERS = {"delete": ("[-", "-]"), "insert": ("{+", "+}")}
# A phrase that moved inside the pair, as git diff --color-moved shows it: neither red nor green,
# since nothing was lost or added. Plain markers point the way the words went.
_MOVED = ("magenta", "cyan")  # alternating by move id, so two neighbouring moves stay apart
_MOVED_MARKERS = {"delete": ("[<", "<]"), "insert": ("{>", ">}")}
# "[MEDIUM]" and " MEDIUM " are the widest badges; a fixed width keeps categories in one column.
_BADGE_WIDTH = 8
_GAP = "   "  # between the items of one summary or legend line

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
    verbose: bool = False  # the settings signature under the header
    legend: bool = True
    _places: Places = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_places", Places(self.report))

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        yield self._header()
        if self.verbose:
            yield Text(_break_signature(self.report.settings.signature, width), style="dim")
        index = self._index(width)
        if index is not None:
            yield Text()
            yield index
        yield Text()
        statement = self.report.relation.statement()
        if statement:
            # Said once, before any pair: every pair below reads differently in its light.
            yield Text(statement, style="bold yellow")
            yield Text()
        body = self._body()
        yield body
        yield Text()
        yield from self._summary(width)
        if self.legend and isinstance(body, Table):  # nothing to explain without the table
            yield self._legend(width)
        yield self._verdict()

    @property
    def _box(self) -> box.Box:
        return box.ASCII if self.plain else box.SQUARE

    # -- header and index ------------------------------------------------------------------

    def _header(self) -> Text:
        text = Text()
        text.append(visible(self.report.a.name), style="bold")
        text.append(" → ")
        text.append(visible(self.report.b.name), style="bold")
        text.append(": ")
        text.append_text(self._verdict(short=True))
        return text

    def _index(self, width: int) -> Table | None:
        rows = findings_index(self.report)
        if not rows:
            return None
        number_width = max(len("pair"), *(len(str(n)) for n, _, _ in rows))
        table = Table(box=None, show_edge=False, padding=(0, 1, 0, 0), expand=True)
        table.add_column(Text("pair"), width=number_width, justify="right", no_wrap=True)
        table.add_column(Text("severity"), width=_BADGE_WIDTH, no_wrap=True)
        table.add_column(Text("finding (worst first)"), ratio=1)
        # Each span gets about a third of the line: the index is a map, the pairs hold the text.
        limit = max(12, (width - number_width - _BADGE_WIDTH) // 3)
        for number, pair, finding in rows:
            line = Text()
            line.append(finding.category, style="bold")
            change = spans(pair, finding)
            if change is not None:
                line.append("  ")
                line.append_text(_change(clip(change[0], limit), clip(change[1], limit)))
            elif pair.status in ("omitted", "added"):
                line.append(f"  sentence {pair.status} in B", style="dim")
            table.add_row(Text(str(number)), self._badge(finding), line)
        return table

    # -- the pairs ---------------------------------------------------------------------------

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
            table.add_row(Text(), self._finding(pair, finding), end_section=n == len(findings))

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
            empty = Text(self._places.unpaired(pair), style="dim")
            left, right = self._edit(pair.a_text, "delete"), empty
        elif pair.status == "added" and pair.moved:
            # A sentence that moved here: its words against where it stood in A, so a change
            # made on the way shows as in any changed pair, under where it came from.
            ops = word_diff(self.report.a.joined(pair.moved), pair.b_text)
            left = Text(self._places.unpaired(pair), style="dim")
            left.append(" ").append_text(self._side(ops, "delete"))
            right = self._side(ops, "insert")
        elif pair.status == "added":
            empty = Text(self._places.unpaired(pair), style="dim")
            left, right = empty, self._edit(pair.b_text, "insert")
        elif not pair.ops:
            left, right = Text(visible(pair.a_text)), Text(visible(pair.b_text))
        else:
            left, right = self._side(pair.ops, "delete"), self._side(pair.ops, "insert")
        return self._placed(self._places.a(pair), left), self._placed(self._places.b(pair), right)

    @staticmethod
    def _placed(place: str, text: Text) -> Text:
        """The side's text after its ``line:column``, which an editor can jump to."""
        if not place:
            return text
        # The place as a styled span: a base style would dim the whole side.
        placed = Text().append(f"@{place}", style=_PLACE)
        placed.append(" ")
        placed.append_text(text)
        return placed

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

    def _badge(self, finding: Finding) -> Text:
        label = finding.severity.value.upper()
        if self.plain:
            return Text(f"[{label}]")
        # Styled as a span, not as the Text's base style, which would colour the padding too.
        return Text().append(f" {label} ", style=_SEVERITY_STYLE[finding.severity])

    def _finding(self, pair: Pair, finding: Finding) -> Table:
        line = Text()
        line.append(finding.category, style="bold")
        line.append("  ")
        change = spans(pair, finding)
        if change is not None:
            line.append_text(_change(*change))
            line.append(": ")
        line.append(visible(finding.message))
        grid = Table.grid(padding=(0, 2, 0, 0), expand=True)
        grid.add_column(width=_BADGE_WIDTH, no_wrap=True)
        grid.add_column(ratio=1)
        grid.add_row(self._badge(finding), line)
        return grid

    # -- summary, legend, verdict ------------------------------------------------------------

    def _summary(self, width: int) -> list[Text]:
        summary = self.report.summary
        counts = [Text(str(summary.pairs))] + [
            Text(f"{label} {count}")
            for label, count in [
                ("changed", summary.changed),
                ("omitted", summary.omitted),
                ("added", summary.added),
            ]
        ]
        findings = []
        for severity in sorted(Severity, reverse=True):
            count = summary.findings.get(severity.value, 0)
            item = Text(f"{severity.value} ")
            style: StyleType = _SEVERITY_STYLE[severity] if count else "dim"
            item.append(str(count), style=style)
            findings.append(item)
        hidden = self.report.hidden
        if hidden:
            floor = self.report.settings.min_severity.value
            findings.append(Text(f"({hidden} hidden below {floor})", style="dim"))
        coverage = [
            Text(f"A {summary.coverage_a:.1%}"),
            Text(f"B {summary.coverage_b:.1%}"),
        ]
        return [
            _flow("pairs", counts[1:], width, first=counts[0]),
            _flow("findings", findings, width),
            _flow("coverage", coverage, width),
        ]

    def _legend(self, width: int) -> Text:
        deleted, inserted = Text(), Text()
        if self.plain:
            deleted.append("[-A only-]", style=_DELETED)
            inserted.append("{+B only+}", style=_INSERTED)
        else:
            deleted.append("A only", style=_DELETED)
            inserted.append("B only", style=_INSERTED)
        items = [
            Text("= equal"),
            Text("~ changed"),
            Text("- omitted in B"),
            Text("+ added in B"),
            Text("1:3 sentences of A:B"),
            Text("@7:12 line:column"),
            deleted,
            inserted,
        ]
        if any(op.moved is not None for pair in self.report.pairs for op in pair.ops):
            a_mark, b_mark = _MOVED_MARKERS["delete"], _MOVED_MARKERS["insert"]
            label = (
                f"{a_mark[0]}moved{a_mark[1]} {b_mark[0]}moved{b_mark[1]}"
                if self.plain
                else "moved"
            )
            items.append(Text(label, style=_MOVED[0]))
        flowed = _flow("legend", items, width)
        flowed.stylize("dim")
        return flowed

    def _verdict(self, *, short: bool = False) -> Text:
        floor = self.report.settings.fail_on
        if self.report.relation.kind == "unrelated":
            return Text("fails: A and B are not versions of each other", style="bold red")
        if not self.report.failed:
            return Text(f"passes: no finding at or above {floor.value}", style="bold green")
        count = sum(1 for _ in self.report.findings(min_severity=floor))
        noun = "finding" if count == 1 else "findings"
        where = "" if short else " (--fail-on)"
        return Text(f"fails: {count} {noun} at or above {floor.value}{where}", style="bold red")


def _flow(label: str, items: list[Text], width: int, *, first: Text | None = None) -> Text:
    """``label`` and its items on lines of at most ``width`` cells, never breaking inside an
    item: rich would wrap "omitted 0" into "omitted" and "0" at a narrow width. Continuation
    lines are indented under the first item."""
    indent = len("coverage") + 2
    text = Text(label.ljust(indent), style="bold")
    column = indent
    if first is not None:
        text.append_text(first)
        column += first.cell_len
    for n, item in enumerate(items):
        gap = _GAP if (n or first is not None) else ""
        if column > indent and column + len(gap) + item.cell_len > width:
            text.append("\n" + " " * indent)
            column = indent
            gap = ""
        text.append(gap)
        text.append_text(item)
        column += len(gap) + item.cell_len
    return text


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


def _change(a: str, b: str) -> Text:
    text = Text()
    text.append(f'"{visible(a)}"' if a else "—", style="red")
    text.append(" → ")
    text.append(f'"{visible(b)}"' if b else "—", style="green")
    return text


def render_text(
    report: Report,
    *,
    width: int = 80,
    color: bool = False,
    context: int | None = 1,
    fold_quiet: bool = False,
    verbose: bool = False,
    legend: bool = True,
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
    view = ReportView(
        report,
        context=context,
        plain=not color,
        fold_quiet=fold_quiet,
        verbose=verbose,
        legend=legend,
    )
    console.print(view)
    return strip_trailing_spaces(buffer.getvalue())


_TRAILING = re.compile(r" +((?:\x1b\[[0-9;]*m)*)$", re.MULTILINE)


def strip_trailing_spaces(rendered: str) -> str:
    """Rich pads every cell to its column width; the padding carries nothing, and trailing
    spaces make a saved or piped rendering awkward to diff. Spaces before closing colour codes
    at a line end go too."""
    return _TRAILING.sub(r"\1", rendered)
