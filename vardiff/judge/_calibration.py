"""Calibrated severity: a finding's score is the estimated probability that a careful checker
would call the change a meaning error, fitted on development data from the checks' evidence.

The fitted model is a small logistic regression per rule (``calibration.json`` beside this
file, written by ``benchmarks/calibrate.py``): ``p = sigmoid(bias + sum(weight * evidence))``.
A rule without a fitted entry (too few examples in the dev data) keeps its check's prior.
Severity follows from the probability through the documented cut-offs in the same file.

Two regimes are fitted apart, because the same change means different things in each: an
*edit* (the pair is kept word for word but for a few words: a revision, a corrected
translation) and a *rewrite* (an independent translation or a paraphrase, where half the words
may differ). A name or a modifier swapped in an otherwise identical sentence is deliberate; in
an independent translation it is most often the translator's choice. A pair is an edit when
fewer than ``edit_below`` words changed (counted on both sides: one word replaced is two); a
rule's entry ``check@edit`` or ``check@rewrite`` wins over a plain ``check``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from .._errors import InputError
from .._report import Finding, Pair
from .._severity import Severity

__all__ = [
    "Calibration",
    "calibration_named",
    "load_calibration",
    "pair_evidence",
    "severity_of",
]

_FILE = Path(__file__).with_name("calibration.json")
_PRIORS = Path(__file__).with_name("calibration_priors.json")

# Used until a calibration file says otherwise, and for priors: a finding is medium once a
# meaning error is more likely than not.
DEFAULT_CUTOFFS: Mapping[str, float] = {"high": 0.8, "medium": 0.5, "low": 0.2}
# A finding's evidence, its pair's (``pair.*``) included: measures, and a few named verdicts.
Evidence = Mapping[str, float | str]

# Standard deviations from the fitted mean beyond which a feature counts as at the edge.
EDGE = 2.5


@dataclass(frozen=True)
class Rule:
    bias: float
    weights: Mapping[str, float] = field(default_factory=dict)
    # Feature scaling fitted with the weights: x' = (x - mean) / scale.
    means: Mapping[str, float] = field(default_factory=dict)
    scales: Mapping[str, float] = field(default_factory=dict)

    def probability(self, evidence: Evidence) -> float:
        z = self.bias
        for name, weight in self.weights.items():
            value = evidence.get(name, self.means.get(name, 0.0))
            number = float(value) if isinstance(value, (int, float)) else 0.0
            standard = (number - self.means.get(name, 0.0)) / (self.scales.get(name) or 1.0)
            # Evidence far outside what the fit saw (a seven-word sentence where the dev data
            # has thirty) is held at the edge of that range, not extrapolated.
            z += weight * max(-EDGE, min(EDGE, standard))
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
    # The contract's other bound: a verdict shown to the editor that never fails the gate on
    # its own (an aspect told otherwise, "has raised" / "raised"), however a fit on its few
    # dev pairs scores it.
    ceilings: Mapping[str, Severity] = field(default_factory=dict)
    # Changed words (both sides) below which a pair is an edit (``None``: one regime).
    edit_below: float | None = None
    # An edit's own cut-offs: each regime's bands are set where its quiet pairs fail at the
    # same rates, so "high" promises the same to an editor in both (``None``: ``cutoffs``).
    edit_cutoffs: Mapping[str, float] | None = None

    def regime(self, pair: Evidence | None) -> str | None:
        """``"edit"`` or ``"rewrite"`` for a pair's :func:`pair_evidence`; ``None``: no regimes."""
        if self.edit_below is None or pair is None:
            return None
        changed = pair.get("pair.changed_words")
        edit = isinstance(changed, (int, float)) and changed < self.edit_below
        return "edit" if edit else "rewrite"

    def rule_for(self, check: str, pair: Evidence | None = None) -> Rule | None:
        regime = self.regime(pair)
        return self.rules.get(f"{check}@{regime}") or self.rules.get(check)

    def floor(self, check: str, pair: Evidence | None = None) -> Severity:
        regime = self.regime(pair)
        return self.floors.get(f"{check}@{regime}") or self.floors.get(check, Severity.INFO)

    def ceiling(self, check: str, pair: Evidence | None = None) -> Severity:
        regime = self.regime(pair)
        return self.ceilings.get(f"{check}@{regime}") or self.ceilings.get(check, Severity.HIGH)

    def severity(self, score: float, pair: Evidence | None = None) -> Severity:
        if self.edit_cutoffs is not None and self.regime(pair) == "edit":
            return _severity(score, self.edit_cutoffs)
        return _severity(score, self.cutoffs)

    def judged(self, check: str, evidence: Evidence, prior: float) -> tuple[float, Severity]:
        """The score and severity of one finding of rule ``check``: ``evidence`` holds its
        pair's :func:`pair_evidence` too, ``prior`` is its check's own estimate."""
        rule = self.rule_for(check, evidence)
        if rule is None:
            # The data cannot speak for this rule: its check's prior keeps the severity it has
            # on the checks' own scale, whatever cut-offs the fitted rules needed.
            score, severity = prior, _severity(prior, DEFAULT_CUTOFFS)
        else:
            score = rule.probability(evidence)
            severity = self.severity(score, evidence)
        return score, min(max(severity, self.floor(check, evidence)), self.ceiling(check, evidence))

    def apply(self, finding: Finding, pair: Mapping[str, float] | None = None) -> Finding:
        """``pair``: the :func:`pair_evidence` of the finding's pair, which a rule may weigh."""
        evidence = {**(pair or {}), **dict(finding.evidence)}
        score, severity = self.judged(finding.check, evidence, finding.score)
        return replace(finding, score=score, severity=severity)

    def constants(self) -> dict[str, float]:
        constants = {f"judge.cutoff.{name}": value for name, value in self.cutoffs.items()}
        for name, value in (self.edit_cutoffs or {}).items():
            constants[f"judge.edit_cutoff.{name}"] = value
        if self.edit_below is not None:
            constants["judge.edit_below"] = self.edit_below
        return constants


def pair_evidence(pair: Pair) -> dict[str, float]:
    """What the whole pair says about any one change in it. The same word swapped in an
    otherwise identical sentence is a deliberate edit; in an independent translation, where
    half the words differ, it is usually the translator's choice. Every rule may weigh this."""
    words = len(pair.a_text.split()) + len(pair.b_text.split())
    # A moved phrase is kept, only elsewhere: it changes no word.
    changed = sum(
        len(op.a.split()) + len(op.b.split())
        for op in pair.ops
        if op.op != "equal" and not op.is_moved
    )
    evidence = {
        "pair.changed": round(changed / max(1, words), 4),
        "pair.changed_words": float(changed),
    }
    # Without a model the similarity is unknown, not zero: left out, a rule reads it at its
    # mean. Read as 0.0 (two unrelated sentences) it was held at the fit's edge and pushed every
    # rule by its weight's sign, so a refit could turn a model-free verdict either way.
    if pair.similarity is not None:
        evidence["pair.similarity"] = pair.similarity
    return evidence


def _severity(score: float, cutoffs: Mapping[str, float]) -> Severity:
    if score >= cutoffs["high"]:
        return Severity.HIGH
    if score >= cutoffs["medium"]:
        return Severity.MEDIUM
    if score >= cutoffs["low"]:
        return Severity.LOW
    return Severity.INFO


def severity_of(score: float) -> Severity:
    """Severity of a check's own estimate, on the checks' scale (0.8 / 0.5 / 0.2): what a
    finding says before the calibration scores it."""
    return _severity(score, DEFAULT_CUTOFFS)


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
    ceilings_data = data.get("ceilings", {})
    assert isinstance(ceilings_data, dict)
    ceilings = {name: Severity.parse(str(value)) for name, value in ceilings_data.items()}
    edit_below = data.get("edit_below")
    edit_cutoffs = data.get("edit_cutoffs")
    assert edit_cutoffs is None or isinstance(edit_cutoffs, dict)
    return Calibration(
        version=str(data.get("version", "none")),
        cutoffs=cutoffs,
        rules=rules,
        floors=floors,
        ceilings=ceilings,
        edit_below=None if edit_below is None else float(str(edit_below)),
        edit_cutoffs=edit_cutoffs,
    )


@lru_cache(maxsize=1)
def load_calibration(path: str | None = None) -> Calibration:
    file = Path(path) if path else _FILE
    if not file.exists():
        return Calibration(version="none", cutoffs=DEFAULT_CUTOFFS, rules={})
    return parse_calibration(json.loads(file.read_text(encoding="utf-8")))


def calibration_named(name: str) -> Calibration:
    """``"fitted"`` (the shipped default), ``"priors"`` (the checks' own estimates), or a
    calibration file's path."""
    if name == "fitted":
        return load_calibration()
    path = _PRIORS if name == "priors" else Path(name)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise InputError(f"cannot read calibration {name!r}: {error}") from None
    try:
        return parse_calibration(data)
    except (AssertionError, KeyError, TypeError, ValueError, AttributeError):
        raise InputError(f"{name}: not a vardiff calibration file") from None
