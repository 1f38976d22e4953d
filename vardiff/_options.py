"""The options of a comparison, with their defaults written once.

The command line, :class:`~vardiff.Comparer`, :func:`~vardiff.compare` and the report's
:class:`~vardiff.Settings` all take their defaults from ``DEFAULTS``: when they were written out
in each place, they drifted apart (the CLI showed findings from ``low``, the library from
``info``).
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from ._glossary import Glossary
from ._severity import Severity

__all__ = ["DEFAULTS", "Options"]


@dataclass(frozen=True, kw_only=True)
class Options:
    """What a user may choose about a comparison. Severities may be given as strings."""

    model: str | None = None  # a sentence-transformers name or path; None: the packaged MiniLM
    cache: bool | str | Path = True  # True: the default folder, False: none, else a folder
    max_group: int = 3
    # What is *shown*: every finding stays in the report, and only ``fail_on`` sets the status.
    min_severity: Severity = Severity.LOW
    fail_on: Severity = Severity.MEDIUM
    glossary: Glossary | str | Path | None = None
    max_sentence_chars: int = 1000
    max_sentences: int = 200_000
    # How findings are scored: "fitted" (the default: probabilities fitted on the dev sets,
    # apart for edits and rewrites; see the README), "priors" (each check's own estimate, as
    # before a calibration was fitted), or the path of a calibration file.
    calibration: str = "fitted"

    def __post_init__(self) -> None:
        # Frozen: parse through object.__setattr__ so "high" and Severity.HIGH are one option.
        object.__setattr__(self, "min_severity", Severity.parse(self.min_severity))
        object.__setattr__(self, "fail_on", Severity.parse(self.fail_on))
        if self.max_group < 1:
            raise ValueError("max_group must be at least 1")
        if self.max_sentence_chars < 20:
            raise ValueError("max_sentence_chars must be at least 20")
        if self.max_sentences < 1:
            raise ValueError("max_sentences must be at least 1")

    def but(self, **changes: Any) -> Options:
        """A copy with some options changed (validated like a new one)."""
        return replace(self, **changes)

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))


DEFAULTS = Options()
