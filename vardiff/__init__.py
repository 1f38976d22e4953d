"""vardiff: see where two versions of the same text differ in meaning.

    >>> import vardiff
    >>> report = vardiff.compare(text_a, text_b)
    >>> for pair in report.pairs: ...

The pipeline reads top to bottom, and each stage is usable alone: ``segment`` (sentences with
offsets), ``SentenceEmbedder`` (vectors, cached), ``align`` (beads), ``word_diff`` (ops),
``Judge`` (findings), ``ReportView`` (the terminal view).
"""

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._align import Alignment, Bead, align
    from ._batch import BatchItem, BatchResult, batch, read_manifest
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

__version__ = "0.1.0"

# Each public name is imported on first use (PEP 562): `vardiff diff` starts with this package,
# and a run whose report is in the cache needs neither numpy nor the judge.
_HOMES = {
    "._align": ("Alignment", "Bead", "align"),
    "._batch": ("BatchItem", "BatchResult", "batch", "read_manifest"),
    "._cache": ("EmbeddingCache",),
    "._compare": ("Comparer", "compare"),
    "._diff": ("word_diff",),
    "._document": ("Document", "Sentence"),
    "._embed": ("DEFAULT_MODEL", "Embedder", "SentenceEmbedder"),
    "._errors": (
        "DecodeError",
        "GlossaryError",
        "InputError",
        "LimitError",
        "ModelError",
        "SourceError",
        "VardiffError",
    ),
    "._glossary": ("Glossary",),
    "._options": ("DEFAULTS", "Options"),
    "._report": ("SCHEMA", "Finding", "Op", "Pair", "Report", "Settings", "Summary"),
    "._segment": ("segment",),
    "._severity": ("Severity",),
    "._source": ("Source", "read_source"),
    ".judge": ("Judge",),
}
_HOME = {name: module for module, names in _HOMES.items() for name in names}


def __getattr__(name: str) -> object:
    module = _HOME.get(name)
    if module is not None:
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value
    try:
        # A submodule (vardiff._compare) not imported yet: import it, as the eager package did.
        return importlib.import_module(f".{name}", __name__)
    except ModuleNotFoundError as missing:
        if missing.name != f"{__name__}.{name}":
            raise
    raise AttributeError(f"module 'vardiff' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOME})


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
