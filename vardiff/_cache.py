"""On-disk caches, both in one folder (``default_cache_dir()`` or ``--cache-dir``).

- Embeddings: one SQLite file, rows keyed by (model identity, SHA-256 of the text). SQLite gives
  atomic transactions for free: a batch is committed whole or not at all, so a run interrupted
  with Ctrl-C leaves no half-written entry behind. Vectors are stored as float32 bytes.
- Reports (``vardiff diff`` only): one file per finished report under ``reports/``, named by
  :func:`report_key`, a digest of everything the report depends on, the package's own files
  included; see :class:`ReportCache`.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.util
import json
import os
import pickle
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # numpy and sqlite3 are imported where vectors are read or written: a run whose report is
    # cached needs neither.
    import sqlite3

    import numpy as np
    from numpy.typing import NDArray

__all__ = ["EmbeddingCache", "ReportCache", "default_cache_dir", "package_digest", "report_key"]


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
        import sqlite3

        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(self.directory / "embeddings.sqlite3", timeout=30)
            connection.execute(
                "CREATE TABLE IF NOT EXISTS vectors ("
                " model TEXT NOT NULL, key BLOB NOT NULL, vector BLOB NOT NULL,"
                " PRIMARY KEY (model, key))"
            )
            connection.commit()
        except (OSError, _sqlite3_error()):
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
        except _sqlite3_error():
            return {}
        return found

    def put_many(self, model: str, items: Iterable[tuple[str, NDArray[np.float32]]]) -> None:
        """Store a batch of vectors in one transaction: all of them, or (on any error or Ctrl-C,
        even halfway through ``items``) none of them."""
        import numpy as np

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
        except _sqlite3_error():
            self._disabled = True

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


def _vector(blob: object) -> NDArray[np.float32] | None:
    """A stored vector, or None for a row that cannot be one (a damaged or foreign file): such a
    row is re-embedded rather than crashing the run."""
    import numpy as np

    if not isinstance(blob, bytes) or not blob or len(blob) % 4:
        return None
    vector = np.frombuffer(blob, dtype=np.float32)
    return vector if bool(np.isfinite(vector).all()) else None


def _sqlite3_error() -> type[Exception]:
    """``sqlite3.Error``, imported when a handler needs it: a cached report needs no SQLite."""
    import sqlite3

    return sqlite3.Error


# Bumped when what a report file holds changes shape (the pickled classes are covered by the
# package digest).
_REPORT_FORMAT = "vardiff-report-cache/1"
_REPORT_MAGIC = b"vardiff report\n"


@functools.cache
def package_digest() -> str:
    """SHA-256 of every file of the installed ``vardiff`` package (code, calibration, lexicon),
    by path and content: any change to the package, released or not, gives another digest."""
    return tree_digest(Path(__file__).resolve().parent)


def tree_digest(root: Path) -> str:
    """SHA-256 of the files under ``root`` (byte code left out), by relative path and content;
    OSError if ``root`` is no folder (a package imported from a zip file)."""
    if not root.is_dir():
        raise NotADirectoryError(f"{root}: not a folder")
    digest = hashlib.sha256()
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = sorted(d for d in subfolders if d != "__pycache__")
        for name in sorted(files):
            if name.endswith((".pyc", ".pyo")):
                continue
            path = Path(folder, name)
            digest.update(path.relative_to(root).as_posix().encode("utf-8", "surrogatepass"))
            digest.update(b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _library_stamps() -> dict[str, list[object]]:
    """Where the libraries that compute a report are installed, with the size and time of their
    entry file: an upgrade (or a reinstall) misses. Found without importing them."""
    stamps: dict[str, list[object]] = {}
    for name in ("numpy", "diff_match_patch"):
        spec = importlib.util.find_spec(name)
        origin = spec.origin if spec is not None else None
        if origin is None:
            stamps[name] = []
            continue
        stat = os.stat(origin)
        stamps[name] = [origin, stat.st_size, stat.st_mtime_ns]
    return stamps


def report_key(inputs: Mapping[str, object]) -> str:
    """The name of a report in the cache: SHA-256 of ``inputs`` (what the caller knows the
    report depends on: the texts, their names, the options, the model) with the Python version,
    the installed libraries and :func:`package_digest`."""
    material = {
        "format": _REPORT_FORMAT,
        "package": package_digest(),
        "python": sys.version,
        "libraries": _library_stamps(),
        "inputs": inputs,
    }
    canonical = json.dumps(material, sort_keys=True, ensure_ascii=True)
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def file_digest(path: str | Path) -> str:
    """SHA-256 of a file's bytes (OSError if it cannot be read)."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


class ReportCache:
    """Finished reports, one file each under ``<directory>/reports``, named by
    :func:`report_key`. A file holds a header, the SHA-256 of its payload and the pickled
    report; a file that is missing, truncated, altered or unreadable is a miss (and rewritten
    by the run that follows). Files are written whole (a temporary file, then a rename). A read
    marks its file as used; past ``limit`` files, a write removes the least recently used."""

    def __init__(self, directory: str | Path | None = None, *, limit: int = 1000) -> None:
        base = Path(directory) if directory is not None else default_cache_dir()
        self.directory = base / "reports"
        self.limit = limit

    def _path(self, key: str) -> Path:
        return self.directory / f"{key}.pickle"

    def get(self, key: str) -> object | None:
        path = self._path(key)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        start = len(_REPORT_MAGIC)
        digest, payload = data[start : start + 32], data[start + 32 :]
        if not data.startswith(_REPORT_MAGIC) or hashlib.sha256(payload).digest() != digest:
            return None
        try:
            # Unpickling trusts the file as the embedding rows are trusted: the user's own
            # folder.
            value: object = pickle.loads(payload)
        except Exception:  # a file that passed the digest but not unpickling: a miss
            return None
        with contextlib.suppress(OSError):
            os.utime(path)
        return value

    def put(self, key: str, value: object) -> None:
        """Store ``value``; a folder that cannot be written leaves the run uncached."""
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        data = _REPORT_MAGIC + hashlib.sha256(payload).digest() + payload
        temporary = self.directory / f".{key}.{os.getpid()}.tmp"
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(data)
            os.replace(temporary, self._path(key))
        except OSError:
            return
        finally:  # also on Ctrl-C: no half-written file left behind
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)
        self._prune()

    def _prune(self) -> None:
        try:
            entries = [e for e in os.scandir(self.directory) if e.name.endswith(".pickle")]
            if len(entries) <= self.limit:
                return
            entries.sort(key=lambda e: e.stat().st_mtime_ns)
            for entry in entries[: len(entries) - self.limit]:
                os.unlink(entry.path)
        except OSError:  # another run pruning the same folder, or a folder gone read-only
            return
