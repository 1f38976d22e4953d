"""User glossaries: equivalences to accept and renderings to forbid.

The format is plain text, one rule a line::

    # comments and blank lines are ignored
    DPRK = North Korea                 # equivalent terms: a swap between them is info
    U.N. = United Nations = UN         # several at once
    shells != bullets                  # forbidden: "shells" in A rendered as "bullets" in B
    shells ≠ bullets                   # the same, with the mathematical sign

Terms match case-insensitively on word boundaries; a term may hold several words, and any run
of whitespace in the text matches the space between two of them. Terms are literal text: no
character in a term or a replacement has a special meaning (``AT\\T`` is those four
characters).

All the terms of a glossary are matched together by one pattern shaped as a trie (terms that
share a prefix share its branch), so matching costs time in proportion to the text and the
length of the longest term, not to the number of terms: a 10,000-line glossary costs about what
a 10-line one does.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from ._errors import GlossaryError, SourceError

__all__ = ["Glossary", "trie_regex"]

_FORBID = re.compile(r"\s*(?:!=|≠)\s*")
_EQUAL = re.compile(r"\s*=\s*")


def _key(term: str) -> str:
    """How a term or a matched stretch of text is looked up: lower case, single spaces."""
    return " ".join(term.lower().split())


_Trie = dict[str, "_Trie"]


def trie_regex(keys: Iterable[str]) -> str | None:
    """Regex source (no flags, no boundaries) matching any of ``keys``, longest first.

    Built as a trie so that the regex engine follows one branch per character instead of
    trying every term at every position: matching costs time in proportion to the text, not to
    the number of keys. A space in a key stands for ``\\s+``. None for no keys.
    """
    trie: _Trie = {}
    for key in keys:
        if not key:
            continue
        node = trie
        for char in key:
            node = node.setdefault(char, {})
        node[""] = {}  # the end of a term

    def build(node: _Trie) -> str:
        ends = "" in node
        branches = [
            (r"\s+" if char == " " else re.escape(char)) + build(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # Greedy: a longer term is tried first; the optional group backtracks to this end.
        return f"(?:{body})?" if ends else body

    return build(trie) if trie else None


def _trie_pattern(terms: Iterable[str]) -> re.Pattern[str] | None:
    """One regex matching any of ``terms`` as whole words, case-insensitively."""
    body = trie_regex(_key(term) for term in terms)
    return None if body is None else re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


class _Terms:
    """A set of terms found in text in one pass, each mapped to what it stands for."""

    def __init__(self, meaning: dict[str, str]) -> None:
        self.meaning = meaning  # key of a term -> its value (a canonical term, a group id)
        self.pattern = _trie_pattern(meaning)

    def find(self, text: str) -> set[str]:
        """Keys of the terms that occur in ``text``."""
        if self.pattern is None:
            return set()
        return {_key(m.group()) for m in self.pattern.finditer(text)}

    def replace(self, text: str) -> str:
        """``text`` with each term replaced by its value, taken literally."""
        if self.pattern is None:
            return text
        meaning = self.meaning
        return self.pattern.sub(lambda m: meaning.get(_key(m.group()), m.group()), text)


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
        if not self.forbidden:
            return []
        sources = self._sources.find(a)
        if not sources:
            return []
        in_b = self._renderings.find(b)
        in_a = self._renderings.find(a)
        return [
            (source, rendering)
            for source, rendering in self.forbidden
            if _key(source) in sources and _key(rendering) in in_b and _key(rendering) not in in_a
        ]

    def equivalent(self, a: str, b: str) -> bool:
        """Whether two terms are declared equivalent (directly, or through a shared term)."""
        left = self._components.get(_key(a))
        return left is not None and left == self._components.get(_key(b))

    def canonical(self, text: str) -> str:
        """Text with every equivalent term replaced by the first term of its group (the first
        group that lists it, when several do); one pass, so a replacement is never rewritten."""
        return self._canonical.replace(text)

    # -- matchers, built on first use (the dataclass is frozen; cached_property writes the
    # instance dict directly, which freezing allows) ------------------------------------------

    @cached_property
    def _components(self) -> dict[str, str]:
        """Each term's key -> the term that stands for its group. Groups that share a term are
        one group ("A = B" and "C = A"); the first term of the earliest of them stands for all.
        Union-find, so a long glossary costs linear time."""
        parent: dict[str, str] = {}
        order: dict[str, int] = {}  # root key -> index of the earliest group in its component
        first: list[str] = []  # group index -> its first term

        def root(key: str) -> str:
            while parent[key] != key:
                parent[key] = parent[parent[key]]
                key = parent[key]
            return key

        for index, group in enumerate(self.equivalences):
            first.append(group[0])
            for term in group:
                key = _key(term)
                if key not in parent:
                    parent[key], order[key] = key, index
                head, other = root(_key(group[0])), root(key)
                if head != other:
                    if order[other] < order[head]:
                        head, other = other, head
                    parent[other] = head
        return {key: first[order[root(key)]] for key in parent}

    @cached_property
    def _canonical(self) -> _Terms:
        # A term that already is its group's representative is left as written.
        return _Terms({k: v for k, v in self._components.items() if _key(v) != k})

    @cached_property
    def _sources(self) -> _Terms:
        return _Terms({_key(source): source for source, _ in self.forbidden})

    @cached_property
    def _renderings(self) -> _Terms:
        return _Terms({_key(rendering): rendering for _, rendering in self.forbidden})
