"""The report as one self-contained HTML page: no network, no external file.

Side-by-side rows (pair, A, B) with the findings of each pair under it, a findings index, a
severity filter and keyboard navigation between findings (``n``/``j`` next, ``p``/``k``
previous). The style and the script are inline; every piece of text is escaped.
"""

from __future__ import annotations

import html
import json

from ._diff import word_diff
from ._places import Places, clip, findings_index, spans
from ._report import Finding, Op, Pair, Report
from ._severity import Severity
from ._visible import visible

__all__ = ["render_html"]

_GLYPH = {"equal": "=", "changed": "~", "omitted": "-", "added": "+"}

_STYLE = """
:root { color-scheme: light; --del: #ffd7d5; --ins: #d2f5d6; --line: #d0d7de; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0;
       color: #1f2328; background: #fff; }
header { position: sticky; top: 0; z-index: 2; background: #f6f8fa; padding: 8px 16px;
         border-bottom: 1px solid var(--line); }
h1 { font-size: 16px; margin: 0 0 4px; overflow-wrap: anywhere; }
.verdict.fails { color: #b42318; } .verdict.passes { color: #1a7f37; }
.counts, .controls { font-size: 13px; color: #57606a; }
.controls { margin-top: 4px; display: flex; flex-wrap: wrap; gap: 4px 16px; align-items: center; }
main { padding: 8px 16px 48px; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
td, th { border-top: 1px solid var(--line); padding: 4px 8px; vertical-align: top;
         overflow-wrap: anywhere; text-align: left; }
th { font-size: 12px; color: #57606a; font-weight: 600; }
col.gutter { width: 5.5em; } col.side { width: calc(50% - 2.75em); }
td.gutter { font: 12px/1.6 ui-monospace, monospace; color: #57606a; white-space: nowrap; }
.place { font: 11px ui-monospace, monospace; color: #6e7781; margin-right: 6px; }
del { background: var(--del); text-decoration: line-through; }
ins { background: var(--ins); text-decoration: none; font-weight: 600; }
tr.pair.equal td.side { color: #57606a; }
tr.finding td { border-top: none; padding-top: 0; }
.badge { display: inline-block; min-width: 5.2em; text-align: center; font-size: 11px;
         font-weight: 700; border-radius: 3px; padding: 0 4px; margin-right: 6px; }
.sev-high .badge { background: #cf222e; color: #fff; }
.sev-medium .badge { background: #d4a72c; color: #1f2328; }
.sev-low .badge { background: #ddf4ff; color: #0969da; }
.sev-info .badge { background: #eaeef2; color: #57606a; }
.category { font-weight: 600; margin-right: 6px; }
.spans { margin-right: 6px; } .spans .a { color: #b42318; } .spans .b { color: #1a7f37; }
.current, .current td { background: #fff8c5 !important; }
#index { margin: 8px 0 16px; }
#index li { margin: 2px 0; overflow-wrap: anywhere; }
#index a { color: inherit; text-decoration: none; } #index a:hover { text-decoration: underline; }
.hidden-by-filter, body.hide-equal tr.pair.equal { display: none; }
kbd { font: 11px ui-monospace, monospace; border: 1px solid var(--line); border-radius: 3px;
      padding: 0 3px; background: #fff; }
"""

_SCRIPT = """
(function () {
  const rank = {info: 0, low: 1, medium: 2, high: 3};
  const filter = document.getElementById('severity');
  const equal = document.getElementById('show-equal');
  let current = -1;
  function visible() {
    return Array.from(document.querySelectorAll('.finding')).filter(
      (el) => !el.classList.contains('hidden-by-filter'));
  }
  function apply() {
    const floor = rank[filter.value];
    document.querySelectorAll('[data-severity]').forEach((el) => {
      el.classList.toggle('hidden-by-filter', rank[el.dataset.severity] < floor);
    });
    document.body.classList.toggle('hide-equal', !equal.checked);
    const shown = visible().filter((el) => el.tagName === 'TR').length;
    document.getElementById('shown').textContent = String(shown);
  }
  function go(step) {
    const rows = visible().filter((el) => el.tagName === 'TR');
    if (!rows.length) return;
    const at = rows.findIndex((el) => el.classList.contains('current'));
    rows.forEach((el) => el.classList.remove('current'));
    current = at < 0 ? (step > 0 ? 0 : rows.length - 1)
                     : (at + step + rows.length) % rows.length;
    const row = rows[current];
    row.classList.add('current');
    row.scrollIntoView({block: 'center'});
    document.body.dataset.current = row.id;
  }
  filter.addEventListener('change', apply);
  equal.addEventListener('change', apply);
  document.addEventListener('keydown', (event) => {
    if (event.target.tagName === 'SELECT' || event.target.tagName === 'INPUT') return;
    if (event.metaKey || event.ctrlKey || event.altKey) return;
    if (event.key === 'n' || event.key === 'j') { go(1); event.preventDefault(); }
    if (event.key === 'p' || event.key === 'k') { go(-1); event.preventDefault(); }
  });
  apply();
})();
"""


def _e(text: str) -> str:
    # Control and bidi characters as escapes, as in the terminal: a page must not hide text.
    return html.escape(visible(text), quote=True)


def _side(ops: tuple[Op, ...], side: str) -> str:
    parts = []
    for op in ops:
        text = op.a if side == "a" else op.b
        if op.op == "equal":
            parts.append(_e(text))
        elif op.op == "replace" or (op.op == "delete") == (side == "a"):
            tag = "del" if side == "a" else "ins"
            parts.append(f"<{tag}>{_e(text)}</{tag}>")
    return "".join(parts)


def _texts(pair: Pair, places: Places, report: Report) -> tuple[str, str]:
    if pair.status == "omitted":
        return f"<del>{_e(pair.a_text)}</del>", f"<em>{_e(places.unpaired(pair))}</em>"
    if pair.status == "added" and pair.moved:
        # A sentence that moved here: its words against where it stood in A, as the terminal
        # shows it, so a change made on the way shows as in any changed pair.
        ops = word_diff(report.a.joined(pair.moved), pair.b_text)
        return f"<em>{_e(places.unpaired(pair))}</em> {_side(ops, 'a')}", _side(ops, "b")
    if pair.status == "added":
        return f"<em>{_e(places.unpaired(pair))}</em>", f"<ins>{_e(pair.b_text)}</ins>"
    if not pair.ops:
        return _e(pair.a_text), _e(pair.b_text)
    return _side(pair.ops, "a"), _side(pair.ops, "b")


def _finding_html(pair: Pair, finding: Finding, *, limit: int | None = None) -> str:
    parts = [
        f'<span class="badge">{finding.severity.value.upper()}</span>',
        f'<span class="category">{_e(finding.category)}</span>',
    ]
    change = spans(pair, finding)
    if change is not None:
        a, b = change
        if limit is not None:
            a, b = clip(a, limit), clip(b, limit)
        left = f"“{_e(a)}”" if a else "—"
        right = f"“{_e(b)}”" if b else "—"
        parts.append(
            f'<span class="spans"><span class="a">{left}</span> → '
            f'<span class="b">{right}</span></span>'
        )
    parts.append(f'<span class="why">{_e(finding.message)}</span>')
    return "".join(parts)


def render_html(report: Report) -> str:
    places = Places(report)
    summary = report.summary
    floor = report.settings.fail_on
    if report.failed:
        count = sum(1 for _ in report.findings(min_severity=floor))
        noun = "finding" if count == 1 else "findings"
        verdict = f'<span class="verdict fails">fails: {count} {noun} at or above {floor.value}'
    else:
        verdict = f'<span class="verdict passes">passes: no finding at or above {floor.value}'
    verdict += "</span>"
    counts = ", ".join(f"{name} {n}" for name, n in summary.findings.items())
    options = "".join(
        f'<option value="{s.value}"{" selected" if s == report.settings.min_severity else ""}>'
        f"{s.value} and above</option>"
        for s in sorted(Severity)
    )
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>vardiff: {_e(report.a.name)} → {_e(report.b.name)}</title>",
        f"<style>{_STYLE}</style></head>",
        '<body class="hide-equal">',
        "<header>",
        f"<h1>{_e(report.a.name)} → {_e(report.b.name)}: {verdict}</h1>",
        f'<div class="counts">{summary.pairs} pairs: {summary.changed} changed, '
        f"{summary.omitted} omitted, {summary.added} added · findings: {counts} · "
        f"coverage A {summary.coverage_a:.1%}, B {summary.coverage_b:.1%}</div>",
        '<div class="controls"><label>show findings '
        f'<select id="severity">{options}</select></label>'
        '<label><input type="checkbox" id="show-equal"> show equal pairs</label>'
        '<span><span id="shown">0</span> findings shown · <kbd>n</kbd>/<kbd>j</kbd> next, '
        "<kbd>p</kbd>/<kbd>k</kbd> previous finding</span></div>",
        "</header><main>",
    ]
    rows = findings_index(report)
    hidden_rows = [
        (n, p, f)
        for n, p in enumerate(report.pairs, 1)
        for f in p.findings
        if f.severity < report.settings.min_severity
    ]
    every = sorted([*rows, *hidden_rows], key=lambda r: (-r[2].severity.rank, r[0]))
    if every:
        out.append('<ol id="index">')
        for number, pair, finding in every:
            out.append(
                f'<li class="sev-{finding.severity.value}" '
                f'data-severity="{finding.severity.value}"><a href="#pair-{number}">pair '
                f"{number}</a>: {_finding_html(pair, finding, limit=60)}</li>"
            )
        out.append("</ol>")
    out += [
        '<table id="pairs"><colgroup><col class="gutter"><col class="side"><col class="side">'
        "</colgroup>",
        "<thead><tr><th>#</th><th>A</th><th>B</th></tr></thead><tbody>",
    ]
    serial = 0
    for number, pair in enumerate(report.pairs, 1):
        a, b = _texts(pair, places, report)
        place_a, place_b = places.a(pair), places.b(pair)
        shape = f"<br>{len(pair.a)}:{len(pair.b)}" if len(pair.a) > 1 or len(pair.b) > 1 else ""
        a_cell = (f'<span class="place">{place_a}</span>' if place_a else "") + a
        b_cell = (f'<span class="place">{place_b}</span>' if place_b else "") + b
        out.append(
            f'<tr class="pair {pair.status}" id="pair-{number}">'
            f'<td class="gutter">{number} {_GLYPH[pair.status]}{shape}</td>'
            f'<td class="side a">{a_cell}</td><td class="side b">{b_cell}</td></tr>'
        )
        for finding in sorted(pair.findings, key=lambda f: f.severity, reverse=True):
            serial += 1
            out.append(
                f'<tr class="finding sev-{finding.severity.value}" id="finding-{serial}" '
                f'data-severity="{finding.severity.value}" data-pair="{number}">'
                f'<td class="gutter"></td><td colspan="2">{_finding_html(pair, finding)}</td></tr>'
            )
    out += ["</tbody></table>", "</main>"]
    # The settings travel with the page, for whoever needs to reproduce it.
    settings = json.dumps(report.settings.to_dict(), ensure_ascii=True).replace("</", "<\\/")
    out.append(f'<script type="application/json" id="vardiff-settings">{settings}</script>')
    out.append(f"<script>{_SCRIPT}</script>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"
