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


def _ci_gate(*args: Path, home: Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(ROOT / "examples" / "ci_gate.sh"), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        cwd=cwd,
        env={
            "PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin",
            "HOME": str(home),
            "TMPDIR": str(home),
            "VARDIFF_CACHE_DIR": str(home / "cache"),
        },
    )


def test_ci_gate_fails_on_high_drift_and_keeps_the_report(tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    done = _ci_gate(SEED_A, SEED_B, report, home=tmp_path)
    assert done.returncode == 1, done.stderr
    assert "high-severity drift" in done.stderr
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["summary"]["findings"]["high"] >= 2
    same = _ci_gate(SEED_A, SEED_A, report, home=tmp_path)
    assert same.returncode == 0, same.stderr


def test_ci_gate_without_arguments_is_a_usage_error(tmp_path: Path) -> None:
    # Issue 10, bug 5: it died on "$1: unbound variable" with its own "drift" status, 1.
    done = _ci_gate(home=tmp_path, cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.startswith("usage: ") and "unbound" not in done.stderr


def test_ci_gate_tells_a_vardiff_that_cannot_start_from_drift(tmp_path: Path) -> None:
    # A Python that cannot import vardiff exits 1, the status of drift: no report, no verdict.
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    broken = bin_dir / "vardiff"
    broken.write_text("#!/bin/sh\necho 'ModuleNotFoundError: vardiff' >&2\nexit 1\n")
    broken.chmod(0o755)
    done = subprocess.run(
        ["bash", str(ROOT / "examples" / "ci_gate.sh"), str(SEED_A), str(SEED_B)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={"PATH": f"{bin_dir}:/usr/bin:/bin", "HOME": str(tmp_path), "TMPDIR": str(tmp_path)},
    )
    assert done.returncode == 2, done.stderr
    assert "could not compare" in done.stderr and "drift" not in done.stderr.split(":", 1)[1]


def test_ci_gate_keeps_its_report_out_of_the_working_directory(tmp_path: Path) -> None:
    work = tmp_path / "checkout"
    work.mkdir()
    done = _ci_gate(SEED_A, SEED_A, home=tmp_path, cwd=work)
    assert done.returncode == 0, done.stderr
    assert list(work.iterdir()) == []
    report = Path(done.stdout.strip().rsplit("(", 1)[1].rstrip(")"))
    assert report.is_file() and report.parent.parent == tmp_path
    assert json.loads(report.read_text(encoding="utf-8"))["schema"] == "vardiff/1"
