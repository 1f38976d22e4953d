"""A document: its original text and the sentences cut from it, with character offsets."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["Document", "Sentence"]


@dataclass(frozen=True)
class Sentence:
    """One segment of a document; ``document.text[start:end] == text`` always holds."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Document:
    name: str
    text: str
    sentences: tuple[Sentence, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "sentences": [s.to_dict() for s in self.sentences]}
