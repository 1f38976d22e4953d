"""The embedding cache: a second run on the same files embeds nothing and never imports torch."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np

from vardiff import EmbeddingCache

SEED_DIR = Path(__file__).resolve().parent.parent / "seeds"
SEED_A = SEED_DIR / "000_8e0ae4692c9434e6.txt"
SEED_B = SEED_DIR / "001_cc5935cab9c0f7a2.txt"

_RUN = """
import json, sys
import vardiff
report = vardiff.compare(open(sys.argv[1]).read(), open(sys.argv[2]).read())
print(json.dumps({"torch": "torch" in sys.modules, "pairs": len(report.pairs),
                  "findings": report.summary.findings}))
"""


def _run(cache: Path) -> dict[str, object]:
    env = dict(os.environ, VARDIFF_CACHE_DIR=str(cache))
    done = subprocess.run(
        [sys.executable, "-c", _RUN, str(SEED_A), str(SEED_B)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_second_run_does_not_import_torch(tmp_path: Path) -> None:
    first = _run(tmp_path)
    second = _run(tmp_path)
    assert first["torch"] is True
    assert second["torch"] is False
    assert second["pairs"] == first["pairs"]
    assert second["findings"] == first["findings"]


def test_help_does_not_import_the_model() -> None:
    code = (
        "import sys\n"
        "from vardiff.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "print('torch' in sys.modules, 'sentence_transformers' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip().splitlines()[-1] == "False False"


def test_cache_round_trip_is_keyed_by_model_and_text(tmp_path: Path) -> None:
    cache = EmbeddingCache(tmp_path)
    vector = np.arange(4, dtype=np.float32)
    cache.put_many("model-a", [("hello", vector)])
    assert np.array_equal(cache.get_many("model-a", ["hello"])["hello"], vector)
    assert cache.get_many("model-b", ["hello"]) == {}
    assert cache.get_many("model-a", ["other"]) == {}


def test_unusable_cache_directory_degrades_to_no_cache(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    cache = EmbeddingCache(blocker / "sub")
    cache.put_many("m", [("x", np.ones(2, dtype=np.float32))])
    assert cache.get_many("m", ["x"]) == {}
