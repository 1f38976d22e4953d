"""Calibrated severity: a finding's score is the estimated probability that a careful checker
would call the change a meaning error, fitted on development data from the checks' evidence.

The fitted model is a small logistic regression per rule (``calibration.json`` beside this
file, written by ``benchmarks/calibrate.py``): ``p = sigmoid(bias + sum(weight * evidence))``.
A rule without a fitted entry (too few examples in the dev data) keeps its check's prior.
Severity follows from the probability through the documented cut-offs in the same file.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from .._errors import InputError
from .._report import Finding
from .._severity import Severity

__all__ = ["Calibration", "calibration_named", "load_calibration", "severity_of"]

_FILE = Path(__file__).with_name("calibration.json")
_FITTED = Path(__file__).with_name("calibration_fitted.json")

# Used until a calibration file says otherwise, and for priors: a finding is medium once a
# meaning error is more likely than not.
DEFAULT_CUTOFFS: Mapping[str, float] = {"high": 0.8, "medium": 0.5, "low": 0.2}


@dataclass(frozen=True)
class Rule:
    bias: float
    weights: Mapping[str, float] = field(default_factory=dict)
    # Feature scaling fitted with the weights: x' = (x - mean) / scale.
    means: Mapping[str, float] = field(default_factory=dict)
    scales: Mapping[str, float] = field(default_factory=dict)

    def probability(self, evidence: Mapping[str, float | str]) -> float:
        z = self.bias
        for name, weight in self.weights.items():
            value = evidence.get(name, self.means.get(name, 0.0))
            number = float(value) if isinstance(value, (int, float)) else 0.0
            z += weight * (number - self.means.get(name, 0.0)) / (self.scales.get(name) or 1.0)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True)
class Calibration:
    version: str
    cutoffs: Mapping[str, float]
    rules: Mapping[str, Rule]
    # The product's contract, where the dev data cannot speak for a rule (no dev set perturbs
    # a direct quote or garbles an attribution): a severity the rule never falls below. The
    # score stays the calibrated estimate.
    floors: Mapping[str, Severity] = field(default_factory=dict)

    def score(self, finding: Finding) -> float:
        rule = self.rules.get(finding.check)
        if rule is None:
            return finding.score
        return rule.probability(dict(finding.evidence))

    def severity(self, score: float) -> Severity:
        return _severity(score, self.cutoffs)

    def apply(self, finding: Finding) -> Finding:
        score = self.score(finding)
        severity = max(self.severity(score), self.floors.get(finding.check, Severity.INFO))
        return replace(finding, score=score, severity=severity)

    def constants(self) -> dict[str, float]:
        return {f"judge.cutoff.{name}": value for name, value in self.cutoffs.items()}


def _severity(score: float, cutoffs: Mapping[str, float]) -> Severity:
    if score >= cutoffs["high"]:
        return Severity.HIGH
    if score >= cutoffs["medium"]:
        return Severity.MEDIUM
    if score >= cutoffs["low"]:
        return Severity.LOW
    return Severity.INFO


def severity_of(score: float) -> Severity:
    """Severity of a score under the shipped calibration's cut-offs."""
    return load_calibration().severity(score)


def parse_calibration(data: Mapping[str, object]) -> Calibration:
    rules_data = data.get("rules", {})
    assert isinstance(rules_data, dict)
    rules = {
        name: Rule(
            bias=float(spec["bias"]),
            weights=dict(spec.get("weights", {})),
            means=dict(spec.get("means", {})),
            scales=dict(spec.get("scales", {})),
        )
        for name, spec in rules_data.items()
    }
    cutoffs = data.get("cutoffs", DEFAULT_CUTOFFS)
    assert isinstance(cutoffs, dict)
    floors_data = data.get("floors", {})
    assert isinstance(floors_data, dict)
    floors = {name: Severity.parse(str(value)) for name, value in floors_data.items()}
    return Calibration(
        version=str(data.get("version", "none")), cutoffs=cutoffs, rules=rules, floors=floors
    )


@lru_cache(maxsize=1)
def load_calibration(path: str | None = None) -> Calibration:
    file = Path(path) if path else _FILE
    if not file.exists():
        return Calibration(version="none", cutoffs=DEFAULT_CUTOFFS, rules={})
    return parse_calibration(json.loads(file.read_text(encoding="utf-8")))


def calibration_named(name: str) -> Calibration:
    """``"priors"`` (the shipped default), ``"fitted"``, or a calibration file's path."""
    if name == "priors":
        return load_calibration()
    path = _FITTED if name == "fitted" else Path(name)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise InputError(f"cannot read calibration {name!r}: {error}") from None
    try:
        return parse_calibration(data)
    except (AssertionError, KeyError, TypeError, ValueError, AttributeError):
        raise InputError(f"{name}: not a vardiff calibration file") from None
