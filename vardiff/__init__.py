"""vardiff: see where two versions of the same text differ in meaning.

    >>> import vardiff
    >>> report = vardiff.compare(text_a, text_b)
    >>> for pair in report.pairs: ...

The pipeline reads top to bottom, and each stage is usable alone: ``segment`` (sentences with
offsets), ``SentenceEmbedder`` (vectors, cached), ``align`` (beads), ``word_diff`` (ops),
``Judge`` (findings), ``ReportView`` (the terminal view).
"""

from typing import TYPE_CHECKING

from ._align import Alignment, Bead, align
from ._cache import EmbeddingCache
from ._compare import Comparer, compare
from ._diff import word_diff
from ._document import Document, Sentence
from ._embed import DEFAULT_MODEL, Embedder, SentenceEmbedder
from ._errors import (
    DecodeError,
    GlossaryError,
    InputError,
    LimitError,
    ModelError,
    SourceError,
    VardiffError,
)
from ._glossary import Glossary
from ._options import DEFAULTS, Options
from ._report import SCHEMA, Finding, Op, Pair, Report, Settings, Summary
from ._segment import segment
from ._severity import Severity
from ._source import Source, read_source
from .judge import Judge

if TYPE_CHECKING:
    from ._batch import BatchItem, BatchResult, batch, read_manifest

__version__ = "0.1.0"

# Imported on first use: `vardiff diff`, which starts with this package, never needs them.
_BATCH = ("BatchItem", "BatchResult", "batch", "read_manifest")


def __getattr__(name: str) -> object:
    if name in _BATCH:
        from . import _batch

        return getattr(_batch, name)
    raise AttributeError(f"module 'vardiff' has no attribute {name!r}")


__all__ = [
    "DEFAULTS",
    "DEFAULT_MODEL",
    "SCHEMA",
    "Alignment",
    "BatchItem",
    "BatchResult",
    "Bead",
    "Comparer",
    "DecodeError",
    "Document",
    "Embedder",
    "EmbeddingCache",
    "Finding",
    "Glossary",
    "GlossaryError",
    "InputError",
    "Judge",
    "LimitError",
    "ModelError",
    "Op",
    "Options",
    "Pair",
    "Report",
    "Sentence",
    "SentenceEmbedder",
    "Settings",
    "Severity",
    "Source",
    "SourceError",
    "Summary",
    "VardiffError",
    "__version__",
    "align",
    "batch",
    "compare",
    "read_manifest",
    "read_source",
    "segment",
    "word_diff",
]
