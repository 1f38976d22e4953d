"""The default model's fast path: plain torch and ``tokenizers``, the same vectors as
sentence-transformers up to float rounding, and neither transformers nor sentence-transformers
imported."""

from __future__ import annotations

import json
import subprocess
import sys
import warnings
from pathlib import Path

import numpy as np
import pytest

import vardiff
from vardiff._embed import default_model_path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def _texts() -> list[str]:
    texts = [
        s.text
        for path in sorted(SEEDS.glob("00[0-2]_*.txt"))
        for s in vardiff.segment(path.read_text(encoding="utf-8"))
    ]
    words = sorted({w for t in texts[:40] for w in t.split()})[:80]
    # Padding, truncation past the model's window, one character, blank, another script.
    edge = ["a", " ", "x" * 3000, "word " * 400, "国务院发言人说", "Ünïcödé — “quotes”"]
    # One chunk of SentenceEmbedder (256 texts), so that both sides batch alike (below).
    return list(dict.fromkeys(texts[:150] + words + edge))[:256]


@pytest.mark.slow
def test_the_default_model_gives_sentence_transformers_vectors_to_float_rounding() -> None:
    from sentence_transformers import SentenceTransformer

    # Given longest first, both make the same batches (ties among equal lengths are ordered
    # by each one's own sort otherwise, and padding differs with the batch).
    texts = sorted(_texts(), key=len, reverse=True)
    ours = vardiff.SentenceEmbedder(cache=None).embed(texts)
    reference = SentenceTransformer(str(default_model_path()), device="cpu").encode(
        texts, batch_size=32, convert_to_numpy=True, normalize_embeddings=True
    )
    assert ours.shape == reference.shape == (len(texts), 384)
    # Not bit for bit: the order of a matrix product's sums follows the threads torch runs it
    # on (our small batches run on one) and the library's kernels, so the last bits of a
    # float32 differ on a loaded machine or another release (seen: 5e-8). A wrong weight, token
    # or pooling step moves a vector by orders of magnitude more.
    assert np.abs(ours - reference).max() < 1e-6


@pytest.mark.slow
def test_a_cold_embedding_imports_neither_transformers_nor_sentence_transformers() -> None:
    code = (
        "import json, sys\n"
        "import vardiff\n"
        "vectors = vardiff.SentenceEmbedder(cache=None).embed(['Two words.', 'x'])\n"
        "print(json.dumps({'shape': list(vectors.shape), 'loaded': sorted(m for m in"
        " ('transformers', 'sentence_transformers', 'torch') if m in sys.modules)}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    result = json.loads(done.stdout)
    assert result == {"shape": [2, 384], "loaded": ["torch"]}


@pytest.mark.slow
def test_the_int8_model_is_close_to_the_default_and_cached_apart(tmp_path: Path) -> None:
    from vardiff._embed import INT8_MODEL

    texts = _texts()[:60]
    cache = vardiff.EmbeddingCache(tmp_path)
    default = vardiff.SentenceEmbedder(cache=cache)
    int8 = vardiff.SentenceEmbedder(INT8_MODEL, cache=cache)
    assert int8.identity != default.identity and "int8" in int8.identity
    assert int8.max_tokens == default.max_tokens
    exact = default.embed(texts)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # nothing from torch's quantisation on the user's stderr
        fast = int8.embed(texts)
    assert np.allclose(np.linalg.norm(fast, axis=1), 1.0, atol=1e-5)
    cosines = (exact * fast).sum(axis=1)
    assert not np.array_equal(exact, fast)
    assert float(np.median(cosines)) > 0.95 and float(cosines.min()) > 0.85
    # Each is served its own rows from the shared cache.
    assert np.array_equal(vardiff.SentenceEmbedder(INT8_MODEL, cache=cache).embed(texts), fast)
    assert np.array_equal(vardiff.SentenceEmbedder(cache=cache).embed(texts), exact)
