"""Stand-in embedders the tests share (a plain module beside them, light to import: the
subprocesses that run the CLI with the stand-in import it, not hypothesis)."""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Sequence

import numpy as np
from numpy.typing import NDArray

_WORD = re.compile(r"\w+")


class FakeEmbedder:
    """Unit vectors from a hashed bag of (lower-cased) words: texts that share words are close.

    Deterministic across processes (crc32, not ``hash()``), no model, no cache. ``calls``
    counts the texts it was asked for, so a test can tell whether anything was embedded.
    """

    name = "fake-bag-of-words"
    max_tokens = 128

    def __init__(self, dim: int = 64) -> None:
        self.dim = dim
        self.calls = 0

    def embed(
        self, texts: Sequence[str], *, progress: Callable[[int, int], None] | None = None
    ) -> NDArray[np.float32]:
        self.calls += len(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            words = _WORD.findall(text.lower()) or [text]
            for word in words:
                code = zlib.crc32(word.encode("utf-8", "surrogatepass"))
                out[row, code % self.dim] += 1.0 if code & 0x100 else -1.0
            norm = float(np.linalg.norm(out[row]))
            if norm == 0.0:
                out[row, 0], norm = 1.0, 1.0
            out[row] /= norm
            if progress is not None:
                progress(row + 1, len(texts))
        return out


class NoEmbedder:
    """An embedder that must not be used: proves a path needs no model at all."""

    name = "no-model"

    def embed(self, texts: Sequence[str], *, progress: object = None) -> NDArray[np.float32]:
        raise AssertionError(f"embedding was not expected here (asked for {len(texts)} texts)")
