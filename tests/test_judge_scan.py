"""The model-free scan (``benchmarks/judge_scan.py``): a scan of our own checkout finds what
the judge finds, and the diff of two scans names the pairs whose findings differ, by label."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "benchmarks" / "judge_scan.py"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, check=False
    )


def test_a_scan_keeps_the_pairs_asked_for_with_their_findings(tmp_path: Path) -> None:
    out = tmp_path / "scan.jsonl"
    done = _run("scan", str(out), "--sets", "contrast", "--grep", r"\brose\b")
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records and all("rose" in f"{r['a']} {r['b']}".lower() for r in records)
    # The contrast set's "rose" / "fell" pair: the opposite is read without the model.
    assert any(
        finding[0].startswith("opposite.") and {finding[2], finding[3]} == {"rose", "fell"}
        for r in records
        for finding in r["findings"]
    )


def test_a_diff_counts_the_changed_pairs_by_label(tmp_path: Path) -> None:
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
    done = _run("diff", str(base), str(new))
    assert done.returncode == 0, done.stderr
    assert "2 pairs in both scans, 1 with other findings" in done.stdout
    assert "'quiet pairs (label 0)': 1" in done.stdout
    assert "-removal.head 1" in done.stdout


def test_an_unknown_set_is_refused_in_one_line() -> None:
    done = _run("scan", "/dev/null", "--sets", "demetr,nonsense")
    assert done.returncode == 2
    assert "unknown sets: nonsense" in done.stderr
