"""Shared fixtures. Tests run the real model on real text; each session gets its own
embedding cache, so nothing a developer cached by hand can make a test pass."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

_SESSION_CACHE = tempfile.mkdtemp(prefix="vardiff-test-cache-")
os.environ["VARDIFF_CACHE_DIR"] = _SESSION_CACHE
# Nor a report cached by an earlier test (tests/test_report_cache.py turns the cache back on):
# a test that puts a stand-in embedder or an interruption in the pipeline must run it.
os.environ["VARDIFF_NO_REPORT_CACHE"] = "1"
os.environ.setdefault("HF_HUB_OFFLINE", "1")

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_A = SEEDS / "000_8e0ae4692c9434e6.txt"
SEED_B = SEEDS / "001_cc5935cab9c0f7a2.txt"
SEED_OTHER = SEEDS / "002_3d0c711ca5587e25.txt"


@pytest.fixture(scope="session")
def seed_texts() -> tuple[str, str]:
    return SEED_A.read_text(encoding="utf-8"), SEED_B.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def cache_dir() -> str:
    return _SESSION_CACHE
