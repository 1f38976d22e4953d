"""The examples run as documented, on the seeds."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED_A = ROOT / "seeds" / "000_8e0ae4692c9434e6.txt"
SEED_B = ROOT / "seeds" / "001_cc5935cab9c0f7a2.txt"


def test_library_example_lists_the_bullets_first_among_high_drift() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "library.py")],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 1, done.stderr  # 001 drifted
    lines = done.stdout.splitlines()
    assert lines[0].startswith("vardiff:") and "glossary:" in lines[0]
    assert "glossary:none" not in lines[0]
    # Worst first: the glossary ban on "bullets" for "shells" heads the list.
    assert lines[1].split()[1] == "high" and "bullets" in lines[1]
    assert lines[-1].startswith("20 pairs")


def _ci_gate(a: Path, b: Path, report: Path, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(ROOT / "examples" / "ci_gate.sh"), str(a), str(b), str(report)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        env={
            "PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin",
            "HOME": str(home),
            "VARDIFF_CACHE_DIR": str(home / "cache"),
        },
    )


def test_ci_gate_fails_on_high_drift_and_keeps_the_report(tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    done = _ci_gate(SEED_A, SEED_B, report, tmp_path)
    assert done.returncode == 1, done.stderr
    assert "high-severity drift" in done.stderr
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["summary"]["findings"]["high"] >= 2
    same = _ci_gate(SEED_A, SEED_A, report, tmp_path)
    assert same.returncode == 0, same.stderr
