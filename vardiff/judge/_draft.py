"""How a check states a finding: the rule that fired, what it measured, and where.

A check gives a *prior* (its author's estimate that the change is a meaning error); the judge
replaces it with the calibrated probability, and the severity follows from that.
"""

from __future__ import annotations

from collections.abc import Mapping

from .._report import Finding, Span
from ._calibration import severity_of
from ._context import PairContext

__all__ = ["draft"]


def draft(
    ctx: PairContext | None,
    *,
    check: str,
    category: str,
    a: str,
    b: str,
    message: str,
    prior: float,
    evidence: Mapping[str, float | str] | None = None,
    a_span: Span | None = None,
    b_span: Span | None = None,
) -> Finding:
    """A finding with spans located in the pair (unless given) and a provisional severity."""
    if ctx is not None:
        if a_span is None and a.strip():
            a_span = ctx.locate(a, side="a")
        if b_span is None and b.strip():
            b_span = ctx.locate(b, side="b")
    prior = max(0.0, min(1.0, prior))
    return Finding(
        category=category,
        severity=severity_of(prior),
        a=a.strip(),
        b=b.strip(),
        message=message,
        score=prior,
        check=check,
        evidence=tuple(sorted((evidence or {}).items())),
        a_span=a_span,
        b_span=b_span,
    )
