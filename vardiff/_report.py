"""The results of a comparison: frozen dataclasses with a stable JSON form (``vardiff/1``)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from functools import cached_property
from typing import Any, Literal

from ._document import Document
from ._embed import DEFAULT_MODEL
from ._options import DEFAULTS, Options
from ._relation import Relation, relate
from ._severity import Severity

__all__ = [
    "SCHEMA",
    "Finding",
    "Op",
    "OpKind",
    "Pair",
    "PairStatus",
    "Report",
    "Settings",
    "Summary",
]

SCHEMA = "vardiff/1"

OpKind = Literal["equal", "delete", "insert", "replace"]
PairStatus = Literal["equal", "changed", "omitted", "added"]


@dataclass(frozen=True)
class Op:
    """One span of a word diff. ``a`` is the text on side A (empty for an insert), ``b`` on B.

    ``moved`` links the two halves of a phrase that moved inside the pair: a ``delete`` and an
    ``insert`` with the same id are the same words in another place, not words dropped and
    words added. It is None for every other op."""

    op: OpKind
    a: str
    b: str
    moved: int | None = None

    @property
    def is_moved(self) -> bool:
        """Half of a move: words that stand elsewhere on the other side, not words dropped or
        added. A judge must not read such an op as an omission or an addition."""
        return self.moved is not None

    def to_dict(self) -> dict[str, Any]:
        # The key is there only on moved ops, so a vardiff/1 reader that predates moves sees
        # exactly the ops it knows: a delete and an insert.
        out: dict[str, Any] = {"op": self.op, "a": self.a, "b": self.b}
        if self.moved is not None:
            out["moved"] = self.moved
        return out


Evidence = tuple[tuple[str, "float | str"], ...]
Span = tuple[int, int]


@dataclass(frozen=True)
class Finding:
    """A judged change: what kind of drift, how bad, where, and why.

    ``score`` is the estimated probability that a careful checker would call this change a
    meaning error; ``severity`` follows from it through the judge's documented cut-offs.
    ``check`` names the rule that fired (``"number.changed"``), ``evidence`` what it measured,
    and ``a_span`` / ``b_span`` where the change sits in the pair's texts (character offsets
    into ``Pair.a_text`` / ``Pair.b_text``; ``None`` where the change has no place on a side).
    """

    category: str
    severity: Severity
    a: str
    b: str
    message: str
    score: float = 1.0
    check: str = ""
    evidence: Evidence = ()
    a_span: Span | None = None
    b_span: Span | None = None

    @property
    def drift(self) -> float:
        """One number to rank by: the severity band, refined by the score inside it."""
        return _SEVERITY_FLOOR[self.severity] + 0.25 * max(0.0, min(1.0, self.score))

    def to_dict(self) -> dict[str, Any]:
        return {
            "category": self.category,
            "severity": self.severity.value,
            "a": self.a,
            "b": self.b,
            "message": self.message,
            "score": round(self.score, 4),
            "check": self.check,
            "evidence": {
                name: round(value, 4) if isinstance(value, float) else value
                for name, value in self.evidence
            },
            "a_span": list(self.a_span) if self.a_span else None,
            "b_span": list(self.b_span) if self.b_span else None,
        }


@dataclass(frozen=True)
class Pair:
    """An aligned group (a bead): sentence indices of A and of B, one side may be empty.

    ``moved``, on an omitted or an added pair only: the other side's sentence indices where
    the same sentence stands, moved (``vardiff._sentence_moves``); empty for every other pair."""

    a: tuple[int, ...]
    b: tuple[int, ...]
    similarity: float | None
    status: PairStatus
    a_text: str
    b_text: str
    ops: tuple[Op, ...] = ()
    findings: tuple[Finding, ...] = ()
    drift: float = 0.0
    moved: tuple[int, ...] = ()

    @property
    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), default=None)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "a": list(self.a),
            "b": list(self.b),
            "similarity": None if self.similarity is None else round(self.similarity, 4),
            "status": self.status,
            "ops": [op.to_dict() for op in self.ops],
            "findings": [f.to_dict() for f in self.findings],
            "drift": round(self.drift, 4),
        }
        # Only on a moved pair, so a vardiff/1 reader that predates moves sees what it knows.
        if self.moved:
            out["moved"] = list(self.moved)
        return out


_SEVERITY_FLOOR = {
    Severity.INFO: 0.0,
    Severity.LOW: 0.25,
    Severity.MEDIUM: 0.5,
    Severity.HIGH: 0.75,
}


@dataclass(frozen=True)
class Settings:
    """Everything that shaped a result, derived from :class:`Options` (see :meth:`of`).

    ``signature`` names it in one line, like sacrebleu, and ends with a digest of every field,
    so an option or threshold added later is covered without anyone remembering to add it.
    """

    model: str = DEFAULT_MODEL
    max_group: int = DEFAULTS.max_group
    min_severity: Severity = DEFAULTS.min_severity
    fail_on: Severity = DEFAULTS.fail_on
    glossary: str | None = None  # the glossary's digest
    max_sentence_chars: int = DEFAULTS.max_sentence_chars
    max_sentences: int = DEFAULTS.max_sentences
    max_model_tokens: int | None = None
    version: str = ""
    # The aligner's and the judge's own constants: part of "how it was made" as much as the
    # options are, so a change of any of them changes the signature.
    thresholds: tuple[tuple[str, float], ...] = ()
    # The version of the judge's fitted calibration (``vardiff/judge/calibration.json``).
    calibration: str = "none"

    @classmethod
    def of(
        cls,
        options: Options,
        *,
        model: str,
        glossary: str | None,
        max_model_tokens: int | None,
        version: str,
        thresholds: tuple[tuple[str, float], ...],
        calibration: str = "none",
    ) -> Settings:
        """The settings of a run with ``options``; the rest is what the run resolved (the
        model's name, the glossary's digest, the package version, the constants)."""
        return cls(
            model=model,
            max_group=options.max_group,
            min_severity=options.min_severity,
            fail_on=options.fail_on,
            glossary=glossary,
            max_sentence_chars=options.max_sentence_chars,
            max_sentences=options.max_sentences,
            max_model_tokens=max_model_tokens,
            version=version,
            thresholds=tuple(sorted(thresholds)),
            calibration=calibration,
        )

    @property
    def thresholds_digest(self) -> str:
        canonical = ",".join(f"{name}={value:g}" for name, value in sorted(self.thresholds))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:8]

    @property
    def digest(self) -> str:
        """A digest of every field, whatever fields there are."""
        values = {f.name: _canonical(getattr(self, f.name)) for f in fields(self)}
        canonical = json.dumps(values, sort_keys=True, ensure_ascii=True)
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:8]

    @property
    def signature(self) -> str:
        parts = [
            f"vardiff:{self.version}",
            f"model:{self.model}",
            f"group:{self.max_group}",
            f"show:{self.min_severity.value}",
            f"fail:{self.fail_on.value}",
            f"glossary:{self.glossary or 'none'}",
            f"maxchars:{self.max_sentence_chars}",
        ]
        if self.max_model_tokens is not None:
            parts.append(f"maxtokens:{self.max_model_tokens}")
        parts.append(f"calibration:{self.calibration}")
        if self.thresholds:
            parts.append(f"thresholds:{self.thresholds_digest}")
        parts.append(f"all:{self.digest}")
        return "|".join(parts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "max_group": self.max_group,
            "min_severity": self.min_severity.value,
            "fail_on": self.fail_on.value,
            "glossary": self.glossary,
            "max_sentence_chars": self.max_sentence_chars,
            "max_sentences": self.max_sentences,
            "max_model_tokens": self.max_model_tokens,
            "version": self.version,
            "thresholds": dict(sorted(self.thresholds)),
            "calibration": self.calibration,
            "signature": self.signature,
        }


def _canonical(value: Any) -> Any:
    if isinstance(value, Severity):
        return value.value
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, tuple):
        return [_canonical(v) for v in value]
    return value


@dataclass(frozen=True)
class Summary:
    pairs: int
    changed: int
    omitted: int
    added: int
    findings: dict[str, int]
    coverage_a: float
    coverage_b: float
    relation: Relation | None = None

    @classmethod
    def of(
        cls,
        pairs: tuple[Pair, ...],
        a: Document,
        b: Document,
        *,
        relation: Relation | None = None,
    ) -> Summary:
        counts = {s.value: 0 for s in sorted(Severity, reverse=True)}
        for pair in pairs:
            for finding in pair.findings:
                counts[finding.severity.value] += 1
        return cls(
            pairs=len(pairs),
            changed=sum(p.status == "changed" for p in pairs),
            omitted=sum(p.status == "omitted" for p in pairs),
            added=sum(p.status == "added" for p in pairs),
            findings=counts,
            coverage_a=_coverage(a, pairs, side="a"),
            coverage_b=_coverage(b, pairs, side="b"),
            relation=relation or relate(pairs, a, b),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "pairs": self.pairs,
            "changed": self.changed,
            "omitted": self.omitted,
            "added": self.added,
            "findings": dict(self.findings),
            "coverage": {"a": round(self.coverage_a, 4), "b": round(self.coverage_b, 4)},
            **(
                {"relation": self.relation.kind, "relation_basis": self.relation.to_dict()}
                if self.relation is not None
                else {}
            ),
        }


def _coverage(doc: Document, pairs: tuple[Pair, ...], *, side: Literal["a", "b"]) -> float:
    """Share of a side's characters that sit in aligned pairs (1.0 for an empty side)."""
    total = sum(len(s.text) for s in doc.sentences)
    if total == 0:
        return 1.0
    aligned = 0
    for pair in pairs:
        if pair.a and pair.b:
            indices = pair.a if side == "a" else pair.b
            aligned += sum(len(doc.sentences[i].text) for i in indices)
    return aligned / total


@dataclass(frozen=True)
class Report:
    """The outcome of comparing document A with document B."""

    settings: Settings
    a: Document
    b: Document
    pairs: tuple[Pair, ...]
    alignment: dict[str, Any] = field(default_factory=dict)

    @property
    def summary(self) -> Summary:
        return Summary.of(self.pairs, self.a, self.b, relation=self.relation)

    @cached_property
    def relation(self) -> Relation:
        """Whether A and B are versions of each other at all (see ``vardiff._relation``)."""
        return relate(self.pairs, self.a, self.b)

    def findings(self, *, min_severity: Severity | str = Severity.INFO) -> Iterator[Finding]:
        floor = Severity.parse(min_severity)
        for pair in self.pairs:
            for finding in pair.findings:
                if finding.severity >= floor:
                    yield finding

    @property
    def failed(self) -> bool:
        """True when a finding reaches ``settings.fail_on``, or when A and B are not versions
        of each other at all (a gate must not pass an unrelated text): the CLI then exits 1.
        Every finding counts, whatever ``min_severity`` hides from view."""
        if self.relation.kind == "unrelated":
            return True
        return any(True for _ in self.findings(min_severity=self.settings.fail_on))

    def shown(self, pair: Pair) -> tuple[Finding, ...]:
        """The pair's findings at or above ``settings.min_severity``, worst first."""
        floor = self.settings.min_severity
        kept = [f for f in pair.findings if f.severity >= floor]
        return tuple(sorted(kept, key=lambda f: f.severity, reverse=True))

    @property
    def hidden(self) -> int:
        """How many findings are below ``settings.min_severity`` (kept, but not shown)."""
        floor = self.settings.min_severity
        return sum(1 for p in self.pairs for f in p.findings if f.severity < floor)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "settings": self.settings.to_dict(),
            "a": self.a.to_dict(),
            "b": self.b.to_dict(),
            "alignment": dict(self.alignment),
            "pairs": [p.to_dict() for p in self.pairs],
            "summary": self.summary.to_dict(),
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
