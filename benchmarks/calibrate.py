"""Fit the judge's calibration: per rule, the probability that a finding is a meaning error.

Input: the raw findings of ``judge_data.py`` (``out/dump_demetr.jsonl``, ``out/dump_mqm.jsonl``;
every finding with its rule, its check's prior and its evidence). Output:
``vardiff/judge/calibration.json``.

Finding labels, from the whole development sets (never single items):

* DEMETR: every finding of ``reference`` against the *correct* ``mt`` is a false alarm (0).
  A finding of ``reference`` against a perturbed ``mt`` that the correct ``mt`` does not also
  get (same rule, same words) is caused by the perturbation: 1 for a critical or major kind,
  0 for a minor one. Findings shared with the correct ``mt`` are counted once, as 0.
* MQM: every finding in a segment that all raters called error-free is 0; a finding in a
  segment with a Major accuracy error whose B span overlaps a marked error span is 1, and so
  is a finding with no B span (something of A that B lacks) in a segment with a Major
  omission, which is marked on the source only; other findings of such segments (elsewhere
  in the segment, or on A only) are left out.

Model, per rule: logistic regression on the rule's numeric evidence, standardised, fitted by
Newton's method as a MAP estimate: the weights have a Gaussian prior at 0 and the bias one at
the logit of the check's own prior, so a rule seen a few times stays near what its check says,
and a rule never seen keeps its prior (no entry).

Run from the repository root: ``python benchmarks/calibrate.py``.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import zlib
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from judge_data import DATA, OUT, by_group, major_categories, mqm_segment

from vardiff import Severity, word_diff
from vardiff._words import content_words, stem
from vardiff.judge._calibration import DEFAULT_CUTOFFS, Calibration, parse_calibration
from vardiff.judge.removal import said_in

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "vardiff" / "judge" / "calibration.json"
SETS = ("demetr", "revision", "contrast", "mqm", "mqm_systems")
DUMPS = tuple(OUT / f"dump_{name}.jsonl" for name in SETS)

# PERTURBED_WEIGHT, CLIP, WINSOR, SET_WEIGHTS and POOL_SD change nothing at these values: they
# stay because calfit_sweep.py overrides them to measure other settings of the fit.
PERTURBED_WEIGHT = 1.0
# Gaussian priors (standard deviations, in logits per standard deviation of a feature): a rule
# seen a few times stays near its check's prior, and no weight runs off on a separable set.
BIAS_SD = 2.0
WEIGHT_SD = 1.0
# A rule's weights drawn closer to 0 the fewer examples of its rarer label it has: WEIGHT_SD
# times min(1, events / WEIGHT_SD_EVENTS); None: every rule's weights WEIGHT_SD wide. A rule
# fitted on 3 errors in 19 pairs (tense.aspect in an edit) turned the sign of its similarity
# weight between two fits of nearly the same data. On the dumps of 5f040f0, five fits each on
# all items but one fold: 128 weights of 54 rules reach |w| > 0.3 in one fit and change sign
# in another unnarrowed, 63 at 25, 34 (20 rules) at 50, 21 at 100. Out of fold
# (calfit_sweep.py), J 115.81 -> 116.41 at 50 on one split, 115.22 -> 115.60 on another (correct
# DEMETR 7.8 -> 7.0 % and 9.4 -> 9.0 %, honest edits 6.2 -> 5.9 % and 6.5 -> 5.9 %); at 100,
# 115.28 on the second. Off on 4 December, day: its refit then caught 4 fewer of the 23 units
# changed of drift_kinds.py (a unit read as dropped, "34 percent" / "34 points", fitted on few
# dev errors). On since 4 December, evening, once the numbers check read those as another unit
# (number.other_unit, floored): on the dumps of 1ec1b22, out of fold, J 115.72 -> 116.37 and
# 115.13 -> 115.71 (two splits), correct DEMETR 8.2 -> 7.0 % and 9.2 -> 8.8 %, honest edits
# 6.9 -> 6.1 % and 6.9 -> 6.3 %, caught as before; units changed 23/23.
WEIGHT_SD_EVENTS: float | None = 50.0
# Which rules weigh the pair's evidence (``pair.*``): "all", "rewrite" (every rule but an edit
# regime's: until 3 December evening) or "none". Out of fold (calfit_sweep.py, main's dumps of
# 3 December 19:09, five folds by item, two splits), "all" raised MQM's AUC .702 -> .708 and
# .705 -> .711 and the sweep's score by 0.1 and 0.3 points; "none" lost 0.4 (MQM error-free
# failing 4.2 -> 7.0 %). Every other setting below moved the score by less than the two splits
# differ (prior widths, MIN_EXAMPLES 5-15, regimes pooled or not split, clipping, winsorising,
# set weights, ten folds for the cut-offs); see calfit_sweep.py.
PAIR_FEATURES = "all"
# Whether a rule gets an entry per regime (``check@edit``, ``check@rewrite``) where each
# regime has the examples, or one entry for both.
SPLIT_REGIMES = True
# The fit sees each standardised feature held at +-CLIP, as the judge holds it (``EDGE`` in
# _calibration.py); None: unclipped.
CLIP: float | None = None
# Raw evidence winsorised at these quantiles (both tails) before the mean and scale are taken,
# so a few far values do not set a feature's scale; None: not winsorised.
WINSOR: float | None = None
# A multiplier of each data set's rows' weights (DEMETR's 8,393 pairs dominate MQM's).
SET_WEIGHTS: dict[str, float] = {}
# A regime's rule drawn towards the rule fitted on both regimes (its prior centred there, this
# wide) rather than towards 0 and the check's prior; None: fitted on its own.
POOL_SD: float | None = None


def load(paths: tuple[Path, ...] = DUMPS) -> list[dict[str, Any]]:
    records = []
    for path in paths:
        if not path.exists():
            print(f"missing {path}: run benchmarks/judge_data.py first", file=sys.stderr)
            continue
        with path.open(encoding="utf-8") as handle:
            records += [with_pair_evidence(json.loads(line)) for line in handle]
    return records


def with_pair_evidence(record: dict[str, Any]) -> dict[str, Any]:
    """Every finding's evidence gains its pair's (``pair.*``), as the judge scores it."""
    pair = record.get("pair") or {
        "pair.changed": round(record["word_change"], 4),
        "pair.similarity": record["min_similarity"],
    }
    pair.setdefault("pair.changed_words", float(round(record["word_change"] * record["words"])))
    # A pair with typos is weighed as read (judge/_judge.py): its findings carry those values,
    # and the pair's regime follows them.
    for finding in record["findings"][:1]:
        pair.update({k: v for k, v in finding["evidence"].items() if k.startswith("pair.")})
    record["pair"] = pair
    for finding in record["findings"]:
        finding["evidence"] = {**pair, **finding["evidence"]}
    return record


def _key(finding: dict[str, Any]) -> tuple[str, str, str]:
    if finding["check"] == "wording.rebuilt":
        return ("wording.rebuilt", "", "")
    return (finding["check"], finding["a"], finding["b"])


def _overlaps(span: list[int] | None, spans: list[list[int]]) -> bool:
    return span is not None and any(span[0] < end and start < span[1] for start, end in spans)


def _perturbation(mt: str, perturbed: str) -> tuple[list[tuple[int, int]], set[str]]:
    """Where the perturbation put new text into ``perturbed`` or took text out of it (character
    spans; an empty one for a gap), and the stems of the words it took out of ``mt`` or
    replaced."""
    spans: list[tuple[int, int]] = []
    removed: set[str] = set()
    at_b = 0
    for op in word_diff(mt, perturbed, semantic_cleanup=False):
        if op.op in ("insert", "replace") and op.b.strip():
            spans.append((at_b, at_b + len(op.b)))
        elif op.op == "delete":
            # The gap itself: a finding that points at the words around it (a removal's
            # "of who") is about the perturbation.
            spans.append((at_b, at_b))
        if op.op in ("delete", "replace"):
            removed |= {stem(w) for w in re.findall(r"\w+", op.a)}
        at_b += len(op.b)
    return spans, removed


def _about(finding: dict[str, Any], spans: list[tuple[int, int]], removed: set[str]) -> bool:
    """Whether a finding points at the perturbation: its B span touches the new text, or its
    words name what was taken out."""
    span = finding["b_span"]
    if span is not None and any(span[0] <= end and start <= span[1] for start, end in spans):
        return True
    words = {stem(w) for w in re.findall(r"\w+", finding["a"] + " " + finding["b"])}
    return bool(words & removed)


Row = tuple[dict[str, Any], int, float]


def labelled(records: list[dict[str, Any]]) -> list[Row]:
    """(finding, label, weight) for every finding whose label the data decides.

    DEMETR has one correct translation per item against about ten perturbed ones. Each
    perturbed pair weighs ``PERTURBED_WEIGHT`` (1.0: as much as its item's correct one), each
    row of a set times its ``SET_WEIGHTS`` entry (none: 1.0).
    """
    out: list[Row] = []
    mts, perturbed = _demetr_texts()
    references = _demetr_references()
    for group in by_group([r for r in records if r["set"] == "demetr"]).values():
        correct = next((r for r in group if r["kind"] == "correct"), None)
        if correct is None:
            continue
        seen = {_key(f) for f in correct["findings"]}
        # A rebuilt sentence is a finding about the whole pair: if the correct translation is
        # rebuilt too, the perturbed one's is the same variation.
        seen |= (
            {("wording.rebuilt", "", "")}
            if any(f["check"] == "wording.rebuilt" for f in correct["findings"])
            else set()
        )
        out += [(f, 0, SET_WEIGHTS.get("demetr", 1.0)) for f in correct["findings"]]
        mt = mts[group[0]["group"]]
        reference = references[group[0]["group"]]
        weight = PERTURBED_WEIGHT * SET_WEIGHTS.get("demetr", 1.0)
        for record in group:
            if record is correct:
                continue
            spans, removed = _perturbation(mt, perturbed[record["id"]])
            lost = _lost_by(reference, mt, perturbed[record["id"]])
            for finding in record["findings"]:
                if _key(finding) in seen:
                    continue  # the correct translation has it too: counted once, as 0
                # A finding the perturbation did not cause is the variation the correct
                # translation has too, reshuffled by the diff: a false alarm. A finding about
                # the whole sentence (a rebuilt one) is about the perturbation too.
                about = _about(finding, spans, removed) or (
                    record["label"] == 1 and bool(lost(finding["a"]))
                )
                out.append((finding, record["label"] if about else 0, weight))
    # A single-edit revision or a contrast pair has one change: each finding is about it.
    for record in (r for r in records if r["set"] in ("revision", "contrast")):
        each = SET_WEIGHTS.get(record["set"], 1.0)
        out += [(f, record["label"], each) for f in record["findings"]]
    # An omission is marked on the source only, so no finding's B span can touch it; what B
    # lacks is said by a finding with no B span (something of A that B does not say).
    categories = major_categories()
    for record in (r for r in records if r["set"] in ("mqm", "mqm_systems")):
        omits = "Omission" in categories.get(mqm_segment(record), set())
        each = SET_WEIGHTS.get(record["set"], 1.0)
        for finding in record["findings"]:
            if record["label"] == 0:
                out.append((finding, 0, each))
            elif _overlaps(finding["b_span"], record["b_errors"]) or (
                omits and finding["b_span"] is None
            ):
                out.append((finding, 1, each))
    return out


def _demetr_texts() -> tuple[dict[str, str], dict[str, str]]:
    """Each DEMETR item's correct ``mt`` by group, and each perturbed text by record id."""
    mts: dict[str, str] = {}
    perturbed: dict[str, str] = {}
    with (DATA / "demetr_dev.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            item = json.loads(line)
            mts[f"demetr:{item['id']}"] = item["mt"]
            for variant in item["perturbed"]:
                kind = re.sub(r"^(critical|major|minor)_id\d+_", "", variant["kind"])
                perturbed[f"demetr:{item['id']}:{kind}"] = variant["text"]
    return mts, perturbed


def _demetr_references() -> dict[str, str]:
    """Each DEMETR item's human reference (the pairs' A) by group."""
    with (DATA / "demetr_dev.jsonl").open(encoding="utf-8") as handle:
        items = [json.loads(line) for line in handle]
    return {f"demetr:{item['id']}": item["reference"] for item in items}


def _lost_by(reference: str, mt: str, perturbed: str) -> Callable[[str], list[str]]:
    """The content words of a finding's A text that the perturbed translation says in no form
    and the correct one does (``said_in``): a word of the reference the perturbation took out
    of B. The reference words a rendering for a removed word of the translation ("hope" for
    the "want" that was removed), so the finding names no word the perturbation removed, yet
    the correct translation of the same item never gets it."""

    def lost(text: str) -> list[str]:
        # Read only for a finding its spans and words do not tie to the perturbation: each
        # reading is a pass of the lexicon over two sentences.
        said_mt, said_perturbed = said_in(reference, mt), said_in(reference, perturbed)
        return [w for w in content_words(text) if not said_perturbed(w) and said_mt(w)]

    return lost


def _logit(p: float) -> float:
    p = min(max(p, 1e-3), 1 - 1e-3)
    return math.log(p / (1 - p))


def fit_rule(
    rows: list[Row],
    prior: float,
    *,
    pair_features: bool = True,
    parent: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """``parent``: a fitted rule (on its own standardisation) the fit's prior is centred on,
    ``POOL_SD`` wide, instead of the check's prior."""
    names = sorted(
        {
            k
            for f, _, _ in rows
            for k, v in f["evidence"].items()
            if isinstance(v, (int, float)) and (pair_features or not k.startswith("pair"))
        }
    )
    x = np.array(
        [[float(f["evidence"].get(n, 0.0)) for n in names] for f, _, _ in rows], dtype=np.float64
    ).reshape(len(rows), len(names))
    y = np.array([label for _, label, _ in rows], dtype=np.float64)
    w = np.array([weight for _, _, weight in rows], dtype=np.float64)
    if WINSOR and names:
        x = np.clip(x, np.quantile(x, WINSOR, axis=0), np.quantile(x, 1 - WINSOR, axis=0))
    means = np.average(x, axis=0, weights=w) if names else np.zeros(0)
    scales = np.sqrt(np.average((x - means) ** 2, axis=0, weights=w)) if names else np.zeros(0)
    keep = scales > 1e-9
    names = [n for n, k in zip(names, keep, strict=True) if k]
    x = (x[:, keep] - means[keep]) / scales[keep]
    if CLIP is not None:
        x = np.clip(x, -CLIP, CLIP)
    means, scales = means[keep], scales[keep]
    design = np.hstack([np.ones((len(rows), 1)), x])
    centre = np.zeros(design.shape[1])
    centre[0] = _logit(prior)
    width = WEIGHT_SD
    if WEIGHT_SD_EVENTS is not None:
        events = min(float(w[y == 1].sum()), float(w[y == 0].sum()))
        width *= min(1.0, max(events, 0.5) / WEIGHT_SD_EVENTS)
    precision = np.full(design.shape[1], 1.0 / width**2)
    precision[0] = 1.0 / BIAS_SD**2
    if parent is not None and POOL_SD is not None:
        # The parent's term w (x - m) / s in this fit's standardisation x = mean + scale x'.
        centre[0] = parent["bias"]
        for i, (name, mean, scale) in enumerate(zip(names, means, scales, strict=True)):
            if name in parent["weights"]:
                weight = parent["weights"][name] / parent["scales"][name]
                centre[1 + i] = weight * scale
                centre[0] += weight * (mean - parent["means"][name])
        for name in set(parent["weights"]) - set(names):
            # A feature this fit leaves out is held at this fit's mean.
            values = np.array([float(f["evidence"].get(name, 0.0)) for f, _, _ in rows])
            weight = parent["weights"][name] / parent["scales"][name]
            centre[0] += weight * (float(np.average(values, weights=w)) - parent["means"][name])
        precision[:] = 1.0 / POOL_SD**2
    penalty = np.diag(precision)

    def objective(t: np.ndarray) -> float:
        z = design @ t
        # -log posterior: logistic loss plus the Gaussian priors.
        loss = w @ np.logaddexp(0.0, z) - (w * y) @ z
        return float(loss + 0.5 * (t - centre) @ penalty @ (t - centre))

    theta = centre.copy()
    current = objective(theta)
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-np.clip(design @ theta, -30, 30)))
        gradient = design.T @ (w * (p - y)) + penalty @ (theta - centre)
        hessian = design.T @ (design * (w * p * (1 - p))[:, None]) + penalty
        step = np.linalg.solve(hessian, gradient)
        # Damped Newton: halve the step until the objective falls, so a start far from the
        # optimum cannot overshoot into divergence.
        scale = 1.0
        while scale > 1e-6 and objective(theta - scale * step) > current:
            scale /= 2
        theta = theta - scale * step
        previous, current = current, objective(theta)
        if previous - current < 1e-10:
            break
    return {
        "bias": round(float(theta[0]), 4),
        "weights": {n: round(float(w), 4) for n, w in zip(names, theta[1:], strict=True)},
        "means": {n: round(float(m), 4) for n, m in zip(names, means, strict=True)},
        "scales": {n: round(float(s), 4) for n, s in zip(names, scales, strict=True)},
        "examples": len(rows),
        "positives": int(y.sum()),
        "weighted_rate": round(float((w * y).sum() / w.sum()), 4),
    }


# A pair is an edit when fewer than this many words changed, counted on both sides (see
# _calibration.py). A share of the words would make a short sentence's one swapped word a
# rewrite. On the dev data, 91-96 % of the single-edit revisions (at most 4 words) and 93 % of
# the correct translations (at least 5) fall on their side of it.
EDIT_BELOW = 6


# The split alone, as the judge makes it.
_SPLIT = Calibration(version="split", cutoffs=DEFAULT_CUTOFFS, rules={}, edit_below=EDIT_BELOW)


def regime(evidence: dict[str, Any]) -> str:
    return str(_SPLIT.regime(evidence))


def fit(records: list[dict[str, Any]]) -> dict[str, Any]:
    """A rule per check and regime where the regime has the examples; otherwise one rule for
    both; otherwise (too few examples anywhere) none: the check's prior stands."""
    rows: dict[str, list[Row]] = defaultdict(list)
    priors: dict[str, list[float]] = defaultdict(list)
    for finding, label, weight in labelled(records):
        keys = [finding["check"]]
        if SPLIT_REGIMES:
            keys.append(f"{finding['check']}@{regime(finding['evidence'])}")
        for key in keys:
            rows[key].append((finding, label, weight))
        priors[finding["check"]].append(finding["prior"])
    rules = {}
    parents: dict[str, dict[str, Any]] = {}
    # Sorted, a check's plain rule comes before its regimes' ("x" < "x@edit").
    for key, data in sorted(rows.items()):
        check, _, in_regime = key.partition("@")
        if len(data) < MIN_EXAMPLES:
            continue
        if POOL_SD is not None and not in_regime and check not in VERDICTS:
            parents[check] = fit_rule(
                data, float(np.median(priors[check])), pair_features=PAIR_FEATURES != "none"
            )
        if in_regime and len(data) == len(rows[check]):
            continue  # the regime holds all of the rule's examples: the plain rule says it
        if not in_regime and all(
            len(rows.get(f"{check}@{r}", ())) >= MIN_EXAMPLES for r in REGIMES
        ):
            continue  # both regimes have their own
        if check in VERDICTS:
            continue
        prior = float(np.median(priors[check]))
        # Inside an edit, how much of the pair changed mostly measures the sentence's length
        # (the regime is the main signal), but out of fold the pair's evidence still helps.
        pair = PAIR_FEATURES == "all" or (PAIR_FEATURES == "rewrite" and in_regime != "edit")
        rules[key] = fit_rule(
            data, prior, pair_features=pair, parent=parents.get(check) if in_regime else None
        )
    return rules


# Verdicts that a change is harmless (the same word inflected, a broader word, a spelling of
# the same name, the same amount written another way, an opposite a negation turns back):
# they explain words away and are never fitted. In a revision they sit beside the edit that
# carries the error ("does not sign" / "signs"), so the pair's label says nothing about them.
VERDICTS = {
    "kind.synonym",
    "kind.hypernym",
    "kind.hyponym",
    "opposite.negated",
    "number.reworded",
    "number.same_thing",
    "entity.variant",
    # A claim B attributes that A states: B vouches for no more than A (issue 7).
    "attribution.added",
    # The same speaker with another verb of saying ("announced" / "said"), and a negation one
    # side says by a word that holds it ("found not guilty" / "acquitted"): the same
    # statement reworded. Fitted on the dumps of 4 December, day, the first came out at 0.29
    # from its 0.1: the pairs it stands in carry the perturbation elsewhere.
    "attribution.reworded",
    "negation.meant",
}


REGIMES = ("edit", "rewrite")


# Rules left at their check's prior, and why: the dev data cannot calibrate them.
# A rule seen fewer times than this in the dev data keeps its check's prior.
MIN_EXAMPLES = 15

# Severity floors from the product's contract, for rules the dev sets cannot speak for: no
# dev set edits a word inside a quote kept verbatim otherwise, garbles an attribution or swaps
# what an amount counts for another kind of thing, so the data measures these rules' false
# alarms (they count in the bench's figures) but not what they catch.
FLOORS = {
    "attribution.garbled": "medium",
    # A direct quote must stay the speaker's words. A quoted term ("definitive" / "decisive")
    # stands out anywhere; in an edit, so does any quote changed, reworded or turned into
    # reported speech. In a rewrite the whole quote is rendered anew by each translator (6-7 %
    # of the correct DEMETR translations change a quote's words): it is always shown, and fails
    # the gate when its fitted score says so.
    "quote.term": "medium",
    "quote.edited": "low",
    "quote.altered": "low",
    "quote.missing": "low",
    "quote.edited@edit": "medium",
    "quote.altered@edit": "medium",
    "quote.missing@edit": "medium",
    # In an edit, a source changed or dropped ("officials said" / "experts said").
    "attribution.changed@edit": "medium",
    "attribution.dropped@edit": "medium",
    # A claim turned into a fact, or a quote into no one's words: B keeps no trace of A's
    # source ("According to the police, three people died" / "Three people died"), in any
    # regime (issue 7). On the dev dumps of 2 December a source lost with no trace came on
    # 21 pairs: 17 perturbed DEMETR and revision pairs, and four MQM segments of one "let's
    # say" (one error-free; read as no source since); drift_kinds measures what it catches.
    "attribution.unsourced": "medium",
    # Its mirror: a claim A states as a fact that B attributes to a source ("Three people died"
    # / "According to the police, three people died"): B hedges what A asserts. No dev set holds
    # one (the rule fires on none of the 20,100 dev pairs of 4 December); the probes do.
    "attribution.sourced": "medium",
    # A figure in digits B adds that A has in no form ("About 600 workers will lose their
    # jobs" in B only): a fact of B's own. On the dev dumps of 4 December night it came on 38
    # rewrites, none of them a correct translation or an error-free segment once "Russia 1" /
    # "Russia-1" and "10th-11th" were read; too few, and all beside other perturbations, to fit.
    "number.figure_added": "medium",
    # The lexicon's verdict that an amount counts another kind of thing ("3 million shells" /
    # "three million bullets"): the seeds' founding example, in no dev set.
    "number.other_kind": "high",
    # In an edit, the contract of the product: a changed, added or dropped number or unit, a
    # flipped negation and a changed certainty ("may" / "will") stand out. The revisions
    # perturb numbers only by replacing them, negation only with "not" and certainty not at
    # all, so their few examples cannot speak for the rest.
    "number.unit@edit": "high",
    "negation.flipped@edit": "high",
    "number.changed@edit": "high",
    "number.added@edit": "high",
    "number.figure_added@edit": "high",
    "number.dropped@edit": "high",
    "modality.changed@edit": "medium",
    # In an edit, another name in a name's place ("Kim Jong Un" / "Xi Jinping"): the revisions
    # fail on it 95 % of the time either way, and it fires on 29 of 4,689 quiet edits; the
    # floor keeps it at the top with a changed number rather than at the cut-off's mercy.
    "entity.different@edit": "high",
    # In an edit, B supplies the word whose absence left A broken ("the blood of who" / "the
    # blood of workers who"): B now says something A did not. The dev sets hold 10 such
    # edits, too few to fit; the rule for both regimes learns from MQM rewrites, where a
    # broken reference segment is common and harmless.
    "addition.broken@edit": "medium",
    # In an edit, a word moved along its scale, bearing on the same word ("some" / "all
    # residents", "rose slightly" / "rose sharply", "often" / "rarely"): an amount changed in
    # words, as a changed number is in digits. The dev sets hold a few dozen such edits (the
    # contrast set's), too few to fit: fitted, "nearly all" / "some" scored 0.70 against the
    # edit's 0.80.
    "scale.quantifier@edit": "medium",
    "scale.frequency@edit": "medium",
    "scale.degree@edit": "medium",
    # In an edit, another concrete thing of the same kind ("rifles" / "pistols", "artillery
    # shells" / "bullets"), on the lexicon's verdict: issue 8 asks for `high`. The dev sets
    # hold a few dozen such edits, too few to fit, and fewer since `kind.sibling` took the
    # plain siblings (15 examples left, fitted at 0.84 for the seeds' "shells" / "bullets").
    "kind.cohyponym@edit": "high",
    # The same, where the two words' commonest senses are close siblings, or kin, or named
    # days (kinds.py): in an edit, the contract as above; in a rewrite no dev set swaps a noun
    # for its sibling, so the fit sees its false alarms and the contrast set's edits.
    "kind.sibling@edit": "medium",
    # An opposite where A has its counterpart, among the same words ("rose sharply" / "fell
    # sharply"), found whether or not the diff pairs the two: on the dev sets it fires on no
    # correct DEMETR translation and no error-free MQM segment, and nearly all its examples are
    # the contrast set's edits, so its fit cannot speak for rewrites (fitted, it let 20 points of
    # the drift_kinds antonyms through).
    "opposite.placed": "medium",
    # The same number in two units ("20 km" / "20 miles", "3.8 euros" / "3.8 dollars"): no
    # honest dev translation does it (two word_swap edits of the revision set do).
    "number.other_unit": "high",
    # A modifier cut out of a phrase B keeps word for word ("a lifelong resident" / "a
    # resident"): DEMETR counts a removed adjective or adverb critical, and its dev kinds never
    # drop one (three examples in the dev sets).
    "modifier.cut": "medium",
    # No dev set turns "will" into "may": the data measures this rule's false alarms only.
    "modality.certainty": "medium",
    # A word of another language left in the text: the dev sets hold none (the few dozen
    # examples are one Latin term, "borealis", across one item's perturbations, and typos), so
    # its fit would be noise; the drift_kinds benchmark measures what it catches.
    "artifact.untranslated": "medium",
    # Damage is something to fix, not a change of meaning: always shown, never failing alone.
    "artifact.broken_sentence": "low",
    "artifact.run_together_words": "low",
    "artifact.stray_metadata": "low",
    "artifact.other_script": "low",
    "artifact.doubled_word": "low",
    "artifact.repeated_word": "low",
    # A name with a letter slipped ("Amrican") is the same name, but a typo the editor fixes.
    "entity.misspelled": "low",
    # Two participants in each other's roles with the verb's form changed ("the government owes
    # the contractors" / "the contractors owe the government"; an exact exchange is
    # role.exchanged): issue 8's class, with one real example in the dev sets (a rewrite: four
    # words change places); its other examples are one DEMETR item's reordering, repeated
    # across its perturbations, and MQM's "Space squeezes" / "Black holes squeeze". The floor
    # costs that one correct DEMETR translation and four MQM error-free segments.
    "role.swapped": "medium",
    # A verb's aspect told otherwise ("is building" / "builds"): between honest translations
    # mostly a translator's choice (fitted, it falls to info: 10 errors in 69 dev pairs), but
    # DEMETR counts it a major error: shown to the editor, never failing alone (CEILINGS).
    "tense.aspect": "low",
}

# Severity ceilings from the same contract: a rule the editor sees but that never fails the
# gate on its own. An aspect told otherwise is fitted on a few dozen dev pairs (19 in an edit,
# 3 of them errors), and between two fits of nearly the same data its weight on the pair's
# similarity changed sign: "had left" / "left" failed under one, "has raised" / "raised" under
# the other (4 December). The past told in progress or done before is ``tense.aspect_past``.
CEILINGS = {
    "tense.aspect": "low",
}

# Cut-offs are set where the pairs the judge must stay quiet on fail at most at these rates:
# the gate's promise to an editor. Those pairs: DEMETR's correct translations against the
# reference, MQM's error-free segments, the revisions' minor edits (punctuation, case, a typo,
# a function word) and the contrast set's harmless rewordings. The targets of issues 7 and 8:
# 10 % (DEMETR, contrast) and 20 % (MQM) at medium, before the severity floors.
FALSE_ALARMS = {
    "high": {"demetr": 0.05, "mqm": 0.05, "revision": 0.05, "contrast": 0.05, "mqm_systems": 0.05},
    "medium": {
        "demetr": 0.10,
        "mqm": 0.20,
        "revision": 0.10,
        "contrast": 0.10,
        "mqm_systems": 0.10,
    },
    "low": {"demetr": 0.30, "mqm": 0.40, "revision": 0.30, "contrast": 0.30, "mqm_systems": 0.30},
}


# In a rewrite, DEMETR's correct translations get 9 %: the promise of 10 % is for the whole
# set, and the few correct translations that are edits (about 7 % of them) fail under the
# edit regime's floors as well.
REWRITE_RATES = {"medium": {"demetr": 0.09}}


def quiet(record: dict[str, Any]) -> bool:
    """A pair the gate must pass: no meaning error in it."""
    return record["label"] == 0 and (
        record["set"] in ("revision", "contrast", "mqm_systems")
        or record["kind"] in ("correct", "no-error")
    )


def pair_maxima(
    records: list[dict[str, Any]], rules: dict[str, Any]
) -> dict[tuple[str, str], list[float]]:
    """Each quiet pair's highest calibrated finding score, by regime and data set."""
    calibration = parse_calibration(
        {"rules": rules, "edit_below": EDIT_BELOW, "floors": FLOORS, "ceilings": CEILINGS}
    )
    out: dict[tuple[str, str], list[float]] = defaultdict(list)
    for record in records:
        if not quiet(record):
            continue
        in_regime = regime(record["pair"])
        # In a rewrite, a pair that a floor or an unfitted rule (on the checks' own scale)
        # fails whatever the cut-offs counts as 1.0: the cut-offs leave room for it, so the
        # gate keeps its promise to a translator. In an edit the floors are the contract
        # (a number, a negation, a source changed), and the minor edits they catch are few
        # but would leave no room at all: there the fitted rules alone set the cut-offs.
        rewrite = in_regime == "rewrite"
        scores = [
            0.0
            if calibration.ceiling(f["check"], f["evidence"]) < Severity.MEDIUM
            else 1.0
            if rewrite and calibration.floor(f["check"], f["evidence"]) >= Severity.MEDIUM
            else rule.probability(f["evidence"])
            if (rule := calibration.rule_for(f["check"], f["evidence"]))
            else float(rewrite and f["prior"] >= DEFAULT_CUTOFFS["medium"])
            for f in record["findings"]
        ]
        out[(in_regime, record["set"])].append(max(scores, default=0.0))
    return out


# A set with fewer quiet pairs than this in a regime does not set that regime's cut-offs.
MIN_QUIET = 30


# Cut-offs are chosen on scores of pairs the rules were not fitted on: each fold of the items
# is scored by rules fitted on the other folds. Chosen on the rules' own training pairs, they
# promised 9.4 % of correct DEMETR translations failing and gave 11.0 % on items left out of
# the fit (crossfit.py --in-sample-cutoffs, five folds, the checks of 16:40 UTC 1 December);
# held-out data behaves like the items left out.
FOLDS = 5
# Folds of the split inside the training items on which the cut-offs are read.
CUTOFF_FOLDS = 5


def item_of(record: dict[str, Any]) -> str:
    """What must stay on one side of a split: a DEMETR item's reference, translations and
    revisions share their sentences, an MQM segment's systems share its reference."""
    name, _, rest = str(record["group"]).partition(":")
    return f"demetr:{rest}" if name in ("demetr", "revision") else f"{name}:{rest}"


def fold_of(record: dict[str, Any], *, salt: str = "", folds: int = FOLDS) -> int:
    """The record's fold; another ``salt`` draws another split (a split inside a fold)."""
    return zlib.crc32(f"{salt}{item_of(record)}".encode()) % folds


def held_out_maxima(records: list[dict[str, Any]]) -> dict[tuple[str, str], list[float]]:
    """``pair_maxima`` with each pair scored by rules fitted on the other folds."""
    maxima: dict[tuple[str, str], list[float]] = defaultdict(list)
    # Salted: ``crossfit.py`` fits whole calibrations on the unsalted folds, and this split
    # must cut through each of them.
    fold = {id(r): fold_of(r, salt="cutoffs:", folds=CUTOFF_FOLDS) for r in records}
    for k in range(CUTOFF_FOLDS):
        rules = fit([r for r in records if fold[id(r)] != k])
        for key, values in pair_maxima([r for r in records if fold[id(r)] == k], rules).items():
            maxima[key].extend(values)
    return maxima


def cutoffs(maxima: dict[tuple[str, str], list[float]]) -> dict[str, dict[str, float]]:
    """Per regime, the lowest cut-offs (to 0.01) at which no quiet set of that regime fails
    more than its rate, given each quiet pair's highest finding score."""
    chosen: dict[str, dict[str, float]] = {}
    for regime in REGIMES:
        sets = {s: np.array(v) for (r, s), v in maxima.items() if r == regime}
        sets = {s: v for s, v in sets.items() if len(v) >= MIN_QUIET}
        chosen[regime] = {}
        for name, rates in FALSE_ALARMS.items():
            special = REWRITE_RATES.get(name, {}) if regime == "rewrite" else {}

            def limit(
                s: str, rates: dict[str, float] = rates, special: dict[str, float] = special
            ) -> float:
                return special.get(s, rates[s])

            # Whole hundredths, so the cut-off written is the one tested (an np.arange step
            # is 0.8900000000000006, which lets a score of 0.89 pass the test and fail in use).
            for hundredths in range(5, 100):
                cut = hundredths / 100
                if all(float(np.mean(v >= cut)) <= limit(s) for s, v in sets.items()):
                    chosen[regime][name] = cut
                    break
            else:
                chosen[regime][name] = 0.99
    # An edit fails the gate no more easily than a rewrite: the edit regime's quiet pairs are
    # mostly punctuation, case and typo edits that no lexical check reads, so a gap in their
    # scores lets its failing cut-offs fall far below where harmless one-word rewordings
    # ("implant" / "insert") score; the rewrite regime's are set on honest rewordings. Its
    # ``low`` (shown, never failing) stays its own.
    if "edit" in chosen and "rewrite" in chosen:
        for name in ("medium", "high"):
            chosen["edit"][name] = max(chosen["edit"][name], chosen["rewrite"][name])
    return chosen


def calibration_document(
    records: list[dict[str, Any]],
    *,
    version: str,
    sets: str,
    cuts: tuple[float, ...] | None = None,
    in_sample_cutoffs: bool = False,
) -> dict[str, Any]:
    """The calibration file fitted on ``records``; ``cuts``: the rewrite regime's high,
    medium and low cut-offs instead of fitted ones; ``in_sample_cutoffs``: cut-offs chosen on
    the rules' own training pairs (before 2026-12-01 evening; kept to measure the difference)."""
    rules = fit(records)
    maxima = pair_maxima(records, rules) if in_sample_cutoffs else held_out_maxima(records)
    fitted = cutoffs(maxima)
    if cuts:
        high, medium, low = cuts
        fitted["rewrite"] = {"high": high, "medium": medium, "low": low}
    return {
        "version": version,
        "about": f"Written by benchmarks/calibrate.py from the dev sets {sets}: per rule, "
        "p = sigmoid(bias + sum(weight * (evidence - mean) / scale)); severity from cutoffs, "
        f"set where error-free dev pairs fail at these rates: {FALSE_ALARMS}.",
        "cutoffs": fitted["rewrite"],
        "edit_cutoffs": fitted["edit"],
        "floors": FLOORS,
        "ceilings": CEILINGS,
        "edit_below": EDIT_BELOW,
        "min_examples": MIN_EXAMPLES,
        "rules": rules,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=TARGET)
    parser.add_argument("--version", default=f"{date.today().isoformat()}")
    parser.add_argument("--cutoffs", default="", help="high,medium,low (default: fitted)")
    parser.add_argument("--sets", default=",".join(SETS), help="the dumps to fit on")
    args = parser.parse_args()
    records = load(tuple(OUT / f"dump_{name}.jsonl" for name in args.sets.split(",")))
    cuts = tuple(float(v) for v in args.cutoffs.split(",")) if args.cutoffs else None
    document = calibration_document(records, version=args.version, sets=args.sets, cuts=cuts)
    rules = document["rules"]
    args.out.write_text(json.dumps(document, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    for check, rule in rules.items():
        print(
            f"{check:28} n={rule['examples']:5} pos={rule['positives']:5} bias={rule['bias']:+.2f} "
            + " ".join(f"{k}={v:+.2f}" for k, v in rule["weights"].items())
        )
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
