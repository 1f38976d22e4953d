"""``--format markdown``: a GitHub-flavoured report for a pull-request comment.

The exact text of a small report is pinned, and the output is parsed with markdown-it's GFM-like
preset (what rich already depends on) to check that it is a real table with the right cells,
whatever the sentences hold.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from test_cli import run_main
from test_invariants import FakeEmbedder
from test_render import NAME_A, NAME_B, SETTINGS, changed, diff, document, rich_report, small_report

import vardiff._compare
from vardiff._markdown import render_markdown
from vardiff._report import Report

SMALL = """\
### vardiff: 000\\_8e0ae4692c9434e6.txt → 001\\_cc5935cab9c0f7a2.txt: passes: no finding at or above medium

4 pairs: 1 changed, 1 omitted, 1 added · findings: high 0, medium 0, low 1, info 0 · coverage A 53.4%, B 39.3%

| pair | where (A → B) | severity | category | A | B | why |
| ---: | --- | --- | --- | --- | --- | --- |
| 1 | 1:1 → 1:1 | **low** | lexical | arms | weapons | broader term |

<details><summary>The pairs (4 of 4 shown; <del>deleted</del> in A, <b>inserted</b> in B)</summary>

| # | A | B |
| ---: | --- | --- |
| 1 \\~ | `1:1` What do we know about previous ~~arms~~ shipments? | `1:1` What do we know about previous **weapons** shipments? |
| 2 = | `1:48` How important are these weapons? | `1:51` How important are these weapons? |
| 3 \\- | `1:81` ~~Here's some background on what's happened so far and why it matters.~~ | *(omitted)* |
| 4 \\+ | *(added)* | `1:84` **The Hwasong-11A series missiles, in particular, have a high degree of accuracy and are difficult to shoot down, experts said.** |

</details>
"""


def parse(text: str) -> str:
    return MarkdownIt("gfm-like").disable("linkify").render(text)


def test_small_report_exactly() -> None:
    assert render_markdown(small_report()) == SMALL


def test_it_renders_as_tables_with_struck_and_bold_edits() -> None:
    page = parse(render_markdown(rich_report()))
    assert page.count("<table>") == 2
    findings, pairs = page.split("<table>")[1:]
    assert findings.count("<tr>") == 1 + 5  # header and one row a finding
    assert all(row.count("<td") == 7 for row in findings.split("<tr>")[2:])
    assert pairs.count("<tr>") == 1 + 6
    assert "<s>desperate</s>" in pairs and "<strong>dire</strong>" in pairs
    # The worst finding heads the table.
    assert re.search(r"<td[^>]*>3</td>\s*<td>1:333 → 1:318</td>\s*<td><strong>high", findings)


def test_sentences_cannot_break_the_table_or_become_markup() -> None:
    odd = "A | pipe, *stars*, _under_, `tick`, <b>tag</b>, [link](x), ~~no~~ @someone\nnext"
    pair = changed((0,), (0,), diff(odd, ("", " Yes.")))
    report = Report(SETTINGS, document(NAME_A, [odd]), document(NAME_B, [odd + " Yes."]), (pair,))
    page = parse(render_markdown(report))
    row = page.split("<tbody>")[-1].split("<tr>")[1]
    assert row.count("<td") == 3  # the "|" did not split the cell
    for markup in ("<em>", "<b>", "<a ", "<s>no", "<code>tick"):
        assert markup not in row
    assert "A | pipe, *stars*, _under_, `tick`, &lt;b&gt;tag&lt;/b&gt;" in row
    assert "[link](x), ~~no~~ @" in row and "someone next" in row
    assert "<strong>Yes.</strong>" in row


def test_folding_follows_the_terminal_view() -> None:
    text = render_markdown(rich_report(), context=0, fold_quiet=True)
    # Pairs 4 to 6 (an omission, an equal pair, an addition) carry no finding.
    assert text.endswith("| | … 3 pairs without findings … | |\n\n</details>\n")
    assert "The pairs (3 of 6 shown" in text


@pytest.mark.parametrize("kind", ["markdown", "html"])
def test_the_cli_writes_each_format(
    kind: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake = FakeEmbedder()
    monkeypatch.setattr(vardiff._compare, "SentenceEmbedder", lambda *a, **k: fake)
    root = Path(__file__).resolve().parent.parent / "seeds"
    a, b = root / "000_8e0ae4692c9434e6.txt", root / "001_cc5935cab9c0f7a2.txt"
    done = run_main(capsys, "diff", str(a), str(b), "--format", kind)
    assert done.code == 1 and done.err == ""
    target = tmp_path / f"report.{kind}"
    again = run_main(capsys, "diff", str(a), str(b), "-f", kind, "-o", str(target))
    assert again.code == 1 and again.out == ""
    assert target.read_text(encoding="utf-8") == done.out
    if kind == "markdown":
        assert done.out.startswith("### vardiff: ") and "**fails**" in done.out
    else:
        assert done.out.startswith("<!DOCTYPE html>") and "fails:" in done.out
        settings = re.search(r'id="vardiff-settings">(.*?)</script>', done.out)
        assert settings and json.loads(settings.group(1))["signature"].startswith("vardiff:")
