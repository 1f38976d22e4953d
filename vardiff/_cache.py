"""On-disk embedding cache: one SQLite file, rows keyed by (model identity, SHA-256 of the text).

SQLite gives atomic transactions for free: a batch is committed whole or not at all, so a run
interrupted with Ctrl-C leaves no half-written entry behind. Vectors are stored as float32 bytes.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

__all__ = ["EmbeddingCache", "default_cache_dir"]


def default_cache_dir() -> Path:
    """``$VARDIFF_CACHE_DIR``, else ``$XDG_CACHE_HOME/vardiff``, else ``~/.cache/vardiff``."""
    explicit = os.environ.get("VARDIFF_CACHE_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "vardiff"


def text_key(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class EmbeddingCache:
    """Sentence vectors persisted across runs. Unusable cache locations degrade to no caching."""

    def __init__(self, directory: str | Path | None = None) -> None:
        self.directory = Path(directory) if directory is not None else default_cache_dir()
        self._connection: sqlite3.Connection | None = None
        self._disabled = False

    def _connect(self) -> sqlite3.Connection | None:
        if self._connection is not None or self._disabled:
            return self._connection
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(self.directory / "embeddings.sqlite3", timeout=30)
            connection.execute(
                "CREATE TABLE IF NOT EXISTS vectors ("
                " model TEXT NOT NULL, key BLOB NOT NULL, vector BLOB NOT NULL,"
                " PRIMARY KEY (model, key))"
            )
            connection.commit()
        except (OSError, sqlite3.Error):
            # A read-only home or a full disk must not stop a comparison: run uncached.
            self._disabled = True
            return None
        self._connection = connection
        return connection

    def get_many(self, model: str, texts: Sequence[str]) -> dict[str, NDArray[np.float32]]:
        connection = self._connect()
        if connection is None or not texts:
            return {}
        by_key = {text_key(t): t for t in texts}
        found: dict[str, NDArray[np.float32]] = {}
        keys = list(by_key)
        chunk = 500  # stays under SQLite's limit on bound parameters
        try:
            for start in range(0, len(keys), chunk):
                part = keys[start : start + chunk]
                marks = ",".join("?" * len(part))
                rows = connection.execute(
                    f"SELECT key, vector FROM vectors WHERE model = ? AND key IN ({marks})",
                    [model, *part],
                ).fetchall()
                for key, blob in rows:
                    vector = _vector(blob)
                    if vector is not None:
                        found[by_key[bytes(key)]] = vector
        except sqlite3.Error:
            return {}
        return found

    def put_many(self, model: str, items: Iterable[tuple[str, NDArray[np.float32]]]) -> None:
        """Store a batch of vectors in one transaction: all of them, or (on any error or Ctrl-C,
        even halfway through ``items``) none of them."""
        connection = self._connect()
        if connection is None:
            return
        rows = (
            (model, text_key(t), np.ascontiguousarray(v, dtype=np.float32).tobytes())
            for t, v in items
        )
        try:
            # The rows are produced inside the transaction; ``with connection`` rolls it back
            # on any exception, KeyboardInterrupt included, and commits only a complete batch.
            with connection:
                connection.executemany(
                    "INSERT OR REPLACE INTO vectors (model, key, vector) VALUES (?, ?, ?)", rows
                )
        except sqlite3.Error:
            self._disabled = True

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


def _vector(blob: object) -> NDArray[np.float32] | None:
    """A stored vector, or None for a row that cannot be one (a damaged or foreign file): such a
    row is re-embedded rather than crashing the run."""
    if not isinstance(blob, bytes) or not blob or len(blob) % 4:
        return None
    vector = np.frombuffer(blob, dtype=np.float32)
    return vector if bool(np.isfinite(vector).all()) else None
