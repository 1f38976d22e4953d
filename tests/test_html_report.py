"""``--format html``: one self-contained page, checked in a real headless Chromium.

The browser test renders a report built by hand (the same one as the terminal tests, plus an
unbreakable URL to stress the layout) and loads it twice at 1280x900: once for a screenshot,
once with a measuring script appended that writes what it measured into the DOM, which
``--dump-dom`` then prints. It measures the two text columns, horizontal overflow, whether
findings are on screen, and what the severity filter and the ``n``/``p`` keys do.
Where no Chromium is installed, the browser test is skipped with the reason.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from test_render import RICH_A, RICH_B, changed, diff, document, rich_report

from vardiff._html_report import render_html
from vardiff._report import Report

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
BROWSER = next((found for name in BROWSERS if (found := shutil.which(name))), None)
WIDTH, HEIGHT = 1280, 900
URL = "https://example.com/" + "very-long-path-segment-" * 12 + "end"


def wide_report() -> Report:
    base = rich_report()
    a = document(base.a.name, [*RICH_A, URL])
    b = document(base.b.name, [*RICH_B, URL + "?x=1"])
    long_pair = changed((5,), (6,), diff(URL, ("", "?x=1")))
    return Report(base.settings, a, b, (*base.pairs, long_pair))


def test_the_page_is_self_contained_and_escaped() -> None:
    page = render_html(wide_report())
    assert page.startswith("<!DOCTYPE html>")
    # Nothing is fetched: no external stylesheet, script, image or font.
    assert not re.search(r"<(link|img|iframe|object|embed)\b", page)
    assert not re.search(r"\bsrc\s*=", page)
    assert "@import" not in page and "url(" not in page
    assert all(href.startswith("#") for href in re.findall(r'href="([^"]*)"', page))
    # Text is data: markup inside a sentence is escaped.
    odd = "See <script>alert(1)</script> & [this]."
    pair = changed((0,), (0,), diff(odd, ("", " Yes.")))
    doc_a, doc_b = document("a<b>.txt", [odd]), document("b.txt", [odd + " Yes."])
    escaped = render_html(Report(rich_report().settings, doc_a, doc_b, (pair,)))
    assert "<script>alert" not in escaped and html.escape(odd) in escaped
    assert "a&lt;b&gt;.txt" in escaped


def test_every_finding_is_in_the_page_with_its_reason() -> None:
    page = render_html(rich_report())
    for pair in rich_report().pairs:
        for finding in pair.findings:
            assert html.escape(finding.message) in page
    assert page.count('class="finding ') == 5
    assert 'id="pair-3"' in page and 'href="#pair-3"' in page


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


_MEASURE = """
<script>
window.addEventListener('load', () => {
  const box = (el) => { const r = el.getBoundingClientRect();
    return {left: r.left, right: r.right, width: r.width, top: r.top, height: r.height}; };
  const shown = (selector) => Array.from(document.querySelectorAll(selector))
    .filter((el) => el.offsetParent !== null);
  const m = {};
  const root = document.documentElement;
  m.clientWidth = root.clientWidth;
  m.scrollWidth = root.scrollWidth;
  const row = document.querySelector('tr.pair.changed');
  m.a = box(row.querySelector('td.side.a'));
  m.b = box(row.querySelector('td.side.b'));
  m.widest = Math.max(...Array.from(document.querySelectorAll('td, li, h1'))
    .map((el) => el.getBoundingClientRect().right));
  const findings = shown('tr.finding');
  m.findings = findings.length;
  m.findingsOnScreen = findings.filter((el) => box(el).top < window.innerHeight).length;
  m.firstFinding = box(findings[0]);
  m.firstFindingText = findings[0].textContent;
  const key = (k) => document.dispatchEvent(new KeyboardEvent('keydown', {key: k, bubbles: true}));
  key('n'); m.afterN = document.body.dataset.current;
  key('n'); m.afterNN = document.body.dataset.current;
  key('p'); m.afterP = document.body.dataset.current;
  m.currentMarked = document.querySelectorAll('.current').length;
  const select = document.getElementById('severity');
  select.value = 'high'; select.dispatchEvent(new Event('change'));
  m.findingsAtHigh = shown('tr.finding').length;
  m.indexAtHigh = shown('#index li').length;
  m.counterAtHigh = document.getElementById('shown').textContent;
  m.equalRows = shown('tr.pair.equal').length;
  const out = document.createElement('pre');
  out.id = 'measurements';
  out.textContent = JSON.stringify(m);
  document.body.appendChild(out);
});
</script>
"""


def _chromium(*args: str) -> subprocess.CompletedProcess[str]:
    assert BROWSER is not None
    return subprocess.run(
        [
            BROWSER,
            "--headless",
            "--no-sandbox",  # root in CI containers
            "--disable-gpu",
            "--hide-scrollbars",
            "--no-first-run",
            "--disable-extensions",
            f"--window-size={WIDTH},{HEIGHT}",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "HOME": os.environ.get("HOME", "/tmp")},
    )


@pytest.mark.slow
@pytest.mark.skipif(BROWSER is None, reason="no Chromium installed (apt-get install chromium)")
def test_layout_in_a_real_browser(tmp_path: Path) -> None:
    page = render_html(wide_report())
    target = tmp_path / "report.html"
    target.write_text(page, encoding="utf-8")
    shot = tmp_path / "report.png"
    done = _chromium(f"--screenshot={shot}", target.as_uri())
    assert shot.exists(), done.stderr[-2000:]
    assert _png_size(shot) == (WIDTH, HEIGHT)
    assert shot.stat().st_size > 20_000  # a blank page compresses to a few kB
    keep = os.environ.get("VARDIFF_KEEP_SCREENSHOT")
    if keep:
        shutil.copyfile(shot, keep)

    measured_page = tmp_path / "measured.html"
    measured_page.write_text(page.replace("</body>", _MEASURE + "</body>"), encoding="utf-8")
    dumped = _chromium("--dump-dom", "--virtual-time-budget=5000", measured_page.as_uri())
    found = re.search(r'<pre id="measurements">(.*?)</pre>', dumped.stdout, re.DOTALL)
    assert found, dumped.stderr[-2000:]
    m = json.loads(html.unescape(found.group(1)))

    # No horizontal overflow at 1280 px, even with a 300-character URL in a cell.
    assert m["clientWidth"] == WIDTH
    assert m["scrollWidth"] <= m["clientWidth"], m
    assert m["widest"] <= WIDTH, m
    # Both columns on screen, side by side, of equal width.
    assert 0 <= m["a"]["left"] < m["a"]["right"] <= m["b"]["left"] < m["b"]["right"] <= WIDTH
    assert m["a"]["width"] > 450 and abs(m["a"]["width"] - m["b"]["width"]) < 2, m
    # Findings are visible, and the first of them is on the first screen.
    assert m["findings"] == 5 and m["findingsOnScreen"] >= 1, m
    assert 0 < m["firstFinding"]["top"] < HEIGHT and m["firstFinding"]["height"] > 0
    assert "near-synonym" in m["firstFindingText"]
    # Keyboard: n, n, p walks finding 1, 2, back to 1, and marks one row.
    assert (m["afterN"], m["afterNN"], m["afterP"]) == ("finding-1", "finding-2", "finding-1")
    assert m["currentMarked"] == 1
    # The severity filter leaves the one high finding, in the table and in the index.
    assert (m["findingsAtHigh"], m["indexAtHigh"], m["counterAtHigh"]) == (1, 1, "1")
    assert m["equalRows"] == 0  # equal pairs are folded until asked for
