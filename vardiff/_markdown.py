"""The report as GitHub-flavoured markdown, for a pull-request comment.

A heading line with what was compared and the verdict, the counts, a findings table worst first
(pair, where, severity, category, the two spans, the reason), then the pairs as a table inside
a ``<details>`` block, folded as in the terminal. Deleted words are ``~~struck~~`` and inserted
ones **bold**; every piece of text is escaped, so a sentence can never break the table or turn
into markup, a link or a mention.
"""

from __future__ import annotations

import html
import re

from ._diff import word_diff
from ._places import Places, clip, findings_index, spans
from ._render import _Fold, _layout
from ._report import Op, Pair, Report
from ._visible import visible

__all__ = ["render_markdown"]

_GLYPH = {"equal": "=", "changed": "~", "omitted": "-", "added": "+"}
# Characters with an inline meaning in GFM; "|" would end the table cell. Block syntax ("#",
# "-", "1.") means nothing inside a cell, so it is left alone.
_SPECIAL = re.compile(r"([\\`*_{}\[\]|~])")
_SPAN_LIMIT = 80


def _escape(text: str) -> str:
    """``text`` as literal GFM on one line; inner runs of white space become one space, and a
    space at either edge is kept (it separates the text from a marked neighbour)."""
    flat = visible(re.sub(r"\s+", " ", text))
    # "<" and "&" as entities: GitHub would otherwise read raw HTML; "@" would be a mention.
    escaped = html.escape(flat, quote=False)
    return _SPECIAL.sub(r"\\\1", escaped).replace("@", "@\u2060")


def _marked(text: str, mark: str) -> str:
    core = text.strip()
    if not core:
        return ""
    lead = " " if text[:1].isspace() else ""
    trail = " " if text[-1:].isspace() else ""
    return f"{lead}{mark}{_escape(core)}{mark}{trail}"


def _side(ops: tuple[Op, ...], side: str) -> str:
    parts = []
    for op in ops:
        text = op.a if side == "a" else op.b
        if op.op == "equal":
            parts.append(_escape(text))
        elif op.op == "replace" or (op.op == "delete") == (side == "a"):
            parts.append(_marked(text, "~~" if side == "a" else "**"))
    return "".join(parts).strip()


def _texts(pair: Pair, places: Places, report: Report) -> tuple[str, str]:
    if pair.status == "omitted":
        return _marked(pair.a_text, "~~"), f"*{places.unpaired(pair)}*"
    if pair.status == "added" and pair.moved:
        # A sentence that moved here: its words against where it stood in A, as the terminal
        # shows it, so a change made on the way shows as in any changed pair.
        ops = word_diff(report.a.joined(pair.moved), pair.b_text)
        return f"*{places.unpaired(pair)}* {_side(ops, 'a')}", _side(ops, "b")
    if pair.status == "added":
        return f"*{places.unpaired(pair)}*", _marked(pair.b_text, "**")
    if not pair.ops:
        return _escape(pair.a_text), _escape(pair.b_text)
    return _side(pair.ops, "a"), _side(pair.ops, "b")


def _verdict(report: Report) -> str:
    floor = report.settings.fail_on.value
    if not report.failed:
        return f"passes: no finding at or above {floor}"
    count = sum(1 for _ in report.findings(min_severity=report.settings.fail_on))
    noun = "finding" if count == 1 else "findings"
    return f"**fails**: {count} {noun} at or above {floor}"


def render_markdown(report: Report, *, context: int | None = 1, fold_quiet: bool = False) -> str:
    places = Places(report)
    summary = report.summary
    name_a, name_b = _escape(report.a.name), _escape(report.b.name)
    lines = [
        f"### vardiff: {name_a} → {name_b}: {_verdict(report)}",
        "",
        f"{summary.pairs} pairs: {summary.changed} changed, {summary.omitted} omitted, "
        f"{summary.added} added · findings: "
        + ", ".join(f"{name} {count}" for name, count in summary.findings.items())
        + f" · coverage A {summary.coverage_a:.1%}, B {summary.coverage_b:.1%}",
    ]
    if report.hidden:
        floor = report.settings.min_severity.value
        lines[-1] += f" · {report.hidden} below {floor} not listed"
    rows = findings_index(report)
    if rows:
        lines += [
            "",
            "| pair | where (A → B) | severity | category | A | B | why |",
            "| ---: | --- | --- | --- | --- | --- | --- |",
        ]
        for number, pair, finding in rows:
            change = spans(pair, finding)
            if change is None and pair.status in ("omitted", "added"):
                # The table is read without the pairs below it: name the sentence, clipped.
                a, b = pair.a_text, pair.b_text
            else:
                a, b = change or ("", "")
            where = f"{places.a(pair) or '—'} → {places.b(pair) or '—'}"
            cells = [
                str(number),
                where,
                f"**{finding.severity.value}**",
                _escape(finding.category),
                _escape(clip(a, _SPAN_LIMIT)) or "—",
                _escape(clip(b, _SPAN_LIMIT)) or "—",
                _escape(finding.message),
            ]
            lines.append("| " + " | ".join(cells) + " |")
    layout = _layout(
        report.pairs,
        context,
        fold_quiet=fold_quiet,
        drifted=[bool(report.shown(p)) for p in report.pairs],
    )
    shown = [row for row in layout if isinstance(row, int)]
    if shown:
        lines += [
            "",
            f"<details><summary>The pairs ({len(shown)} of {len(report.pairs)} shown; "
            "<del>deleted</del> in A, <b>inserted</b> in B)</summary>",
            "",
            "| # | A | B |",
            "| ---: | --- | --- |",
        ]
        for row in layout:
            if isinstance(row, _Fold):
                noun = "pair" if row.count == 1 else "pairs"
                what = "without findings" if row.quiet else "equal"
                lines.append(f"| | … {row.count} {noun} {what} … | |")
                continue
            pair = report.pairs[row]
            a, b = _texts(pair, places, report)
            gutter = f"{row + 1} {_GLYPH[pair.status]}".replace("~", "\\~").replace("+", "\\+")
            place_a, place_b = places.a(pair), places.b(pair)
            a = f"`{place_a}` {a}" if place_a else a
            b = f"`{place_b}` {b}" if place_b else b
            lines.append(f"| {gutter.replace('-', chr(92) + '-')} | {a} | {b} |")
        lines += ["", "</details>"]
    lines.append("")
    return "\n".join(lines)
