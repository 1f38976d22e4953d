"""A document: its original text and the sentences cut from it, with character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

__all__ = ["Document", "Sentence"]


# A line break inside a sentence, with the spaces around it: only hard-wrapped text has one.
_INNER_BREAK = re.compile(r"\s*[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]\s*")


@dataclass(frozen=True)
class Sentence:
    """One segment of a document; ``document.text[start:end] == text`` always holds."""

    text: str
    start: int
    end: int

    @property
    def reading(self) -> str:
        """The sentence as it is read and compared: a line break inside it (a paragraph
        hard-wrapped to a width) is a space, so a wrapped and an unwrapped copy say the same."""
        return _INNER_BREAK.sub(" ", self.text)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Document:
    name: str
    text: str
    sentences: tuple[Sentence, ...]

    def joined(self, indices: tuple[int, ...]) -> str:
        """The text a pair reads for these sentences: their readings joined by one space."""
        return " ".join(self.sentences[i].reading for i in indices)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "sentences": [s.to_dict() for s in self.sentences]}
