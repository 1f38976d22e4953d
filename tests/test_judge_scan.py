"""The model-free scan (``benchmarks/judge_scan.py``): a scan of our own checkout finds what
the judge finds, and the diff of two scans names the pairs whose findings differ, by label.
In process: the script's functions, and its command line for the one-line error."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import judge_scan  # noqa: E402


def test_a_scan_keeps_the_pairs_asked_for_with_their_findings(tmp_path: Path) -> None:
    out = tmp_path / "scan.jsonl"
    assert judge_scan.scan(out, code=ROOT, sets=["contrast"], grep=r"\brose\b", limit=0) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records and all("rose" in f"{r['a']} {r['b']}".lower() for r in records)
    # The contrast set's "rose" / "fell" pair: the opposite is read without the model.
    assert any(
        finding[0].startswith("opposite.") and {finding[2], finding[3]} == {"rose", "fell"}
        for r in records
        for finding in r["findings"]
    )


def test_a_diff_counts_the_changed_pairs_by_label(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def write(path: Path, quiet_findings: list[list[object]]) -> None:
        rows = [
            {
                "key": "demetr|1:mt|correct|0",
                "a": "A one.",
                "b": "B one.",
                "findings": quiet_findings,
            },
            {"key": "demetr|1:x|negation|1", "a": "A two.", "b": "B two.", "findings": []},
        ]
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")

    base, new = tmp_path / "base.jsonl", tmp_path / "new.jsonl"
    write(base, [["removal.head", 0.6, "word", ""]])
    write(new, [])
    assert judge_scan.diff(base, new, show=0) == 0
    printed = capsys.readouterr().out
    assert "2 pairs in both scans, 1 with other findings" in printed
    assert "'quiet pairs (label 0)': 1" in printed
    assert "-removal.head 1" in printed


def test_an_unknown_set_is_refused_in_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["judge_scan.py", "scan", "/dev/null", "--sets", "x,demetr"])
    with pytest.raises(SystemExit) as stopped:
        judge_scan.main()
    assert stopped.value.code == 2
    assert "unknown sets: x" in capsys.readouterr().err
