"""Helpers the tests of single checks share (a plain module beside them: pytest puts this
folder on the import path)."""

from __future__ import annotations

from vardiff import Severity
from vardiff.judge._calibration import severity_of
from vardiff.judge._edits import Hit


def loud(hits: list[Hit]) -> list[Hit]:
    """Hits whose prior makes a finding of medium or above on the checks' own scale."""
    return [h for h in hits if severity_of(h.prior) >= Severity.MEDIUM]


def both_ways(a: str, b: str) -> list[tuple[str, str]]:
    return [(a, b), (b, a)]
