"""User glossaries: equivalences to accept and renderings to forbid.

The format is plain text, one rule a line::

    # comments and blank lines are ignored
    DPRK = North Korea                 # equivalent terms: a swap between them is info
    U.N. = United Nations = UN         # several at once
    shells != bullets                  # forbidden: "shells" in A rendered as "bullets" in B
    shells ≠ bullets                   # the same, with the mathematical sign

Terms match case-insensitively on word boundaries; a term may hold several words.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from ._errors import GlossaryError, SourceError

__all__ = ["Glossary"]

_FORBID = re.compile(r"\s*(?:!=|≠)\s*")
_EQUAL = re.compile(r"\s*=\s*")


def _pattern(term: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in term.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class Glossary:
    equivalences: tuple[tuple[str, ...], ...] = ()
    forbidden: tuple[tuple[str, str], ...] = ()
    digest: str = "empty"

    @classmethod
    def parse(cls, text: str, *, name: str = "<glossary>") -> Glossary:
        equivalences: list[tuple[str, ...]] = []
        forbidden: list[tuple[str, str]] = []
        for number, raw in enumerate(text.splitlines(), start=1):
            line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
            if not line:
                continue
            if _FORBID.search(line):
                parts = _FORBID.split(line)
                # "a != b = c" mixes the two kinds of rule: refuse it rather than guess.
                if len(parts) != 2 or not all(p.strip() and "=" not in p for p in parts):
                    raise GlossaryError(f"{name}:{number}: expected 'SOURCE != RENDERING'")
                forbidden.append((parts[0].strip(), parts[1].strip()))
            elif "=" in line:
                parts = [p.strip() for p in _EQUAL.split(line)]
                if len(parts) < 2 or not all(parts):
                    raise GlossaryError(f"{name}:{number}: expected 'TERM = TERM [= TERM ...]'")
                equivalences.append(tuple(parts))
            else:
                raise GlossaryError(
                    f"{name}:{number}: a rule needs '=' (equivalent) or '!=' (forbidden): {line!r}"
                )
        canonical = "\n".join(
            ["=".join(sorted(t.lower() for t in group)) for group in equivalences]
            + [f"{a.lower()}!={b.lower()}" for a, b in forbidden]
        )
        digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:12]
        return cls(equivalences=tuple(equivalences), forbidden=tuple(forbidden), digest=digest)

    @classmethod
    def load(cls, path: str | Path) -> Glossary:
        location = Path(path)
        try:
            text = location.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise SourceError(f"{path}: no such glossary file") from None
        except IsADirectoryError:
            raise SourceError(f"{path}: is a directory, not a glossary file") from None
        except UnicodeDecodeError:
            raise GlossaryError(f"{path}: a glossary must be UTF-8 text") from None
        except OSError as exc:
            raise SourceError(f"{path}: cannot read glossary: {exc.strerror}") from None
        return cls.parse(text, name=str(path))

    def forbidden_hits(self, a: str, b: str) -> list[tuple[str, str]]:
        """Forbidden renderings present in this pair: the source term in A, its ban in B."""
        return [
            (source, rendering)
            for source, rendering in self.forbidden
            if _pattern(source).search(a)
            and _pattern(rendering).search(b)
            and not _pattern(rendering).search(a)
        ]

    def equivalent(self, a: str, b: str) -> bool:
        """Whether two terms are declared equivalent."""
        left, right = a.strip().lower(), b.strip().lower()
        return any(
            left in lowered and right in lowered
            for lowered in ({t.lower() for t in group} for group in self.equivalences)
        )

    def canonical(self, text: str) -> str:
        """Text with every equivalent term replaced by the first term of its group."""
        for group in self.equivalences:
            for term in group[1:]:
                text = _pattern(term).sub(group[0], text)
        return text
