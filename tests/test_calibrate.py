"""The calibration's fitting procedure (``benchmarks/calibrate.py``): how items are split and
how cut-offs follow from the quiet pairs' scores. The fit itself runs on the dev dumps, by
hand; these check the parts a wrong edit would silently bend."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from calibrate import FALSE_ALARMS, FOLDS, cutoffs, fold_of, item_of, with_pair_evidence


def record(group: str) -> dict[str, str]:
    return {"group": group}


def test_a_demetr_item_and_its_revisions_fall_in_one_fold() -> None:
    # The reference-against-translation pairs and the revisions share sentences: a fold that
    # held one and not the other would score pairs with rules fitted on their own words.
    for number in range(1, 200):
        translation, revision = record(f"demetr:{number}"), record(f"revision:{number}")
        assert item_of(translation) == item_of(revision)
        assert fold_of(translation) == fold_of(revision)
        assert fold_of(translation, salt="x") == fold_of(revision, salt="x")
    assert item_of(record("mqm:talk.2:84")) != item_of(record("mqm_systems:talk.2:84"))


def test_folds_are_balanced_and_a_salt_draws_another_split() -> None:
    items = [record(f"demetr:{n}") for n in range(1000)]
    sizes = np.bincount([fold_of(r) for r in items], minlength=FOLDS)
    assert sizes.min() > 1000 / FOLDS * 0.8
    # Cut-offs are chosen inside a cross-fit's training folds: the inner split must cut
    # through an outer fold, not reproduce it.
    inner = [fold_of(r, salt="cutoffs:") for r in items if fold_of(r) == 0]
    assert len(set(inner)) == FOLDS


def test_cutoffs_are_the_lowest_that_keep_every_quiet_set_within_its_rate() -> None:
    # 100 quiet pairs per set, scores 0.00 .. 0.99: a cut-off at c fails 1 - c of them.
    spread = [i / 100 for i in range(100)]
    maxima = {
        (regime, name): spread for regime in ("edit", "rewrite") for name in FALSE_ALARMS["medium"]
    }
    chosen = cutoffs(maxima)
    # DEMETR's share in a rewrite is 9 %, beside the edits' floors; an edit's own rates would
    # give 0.90, but an edit fails the gate no more easily than a rewrite.
    rewrite_rate = min(*FALSE_ALARMS["medium"].values(), 0.09)
    for regime in ("edit", "rewrite"):
        assert chosen[regime]["medium"] == round(1 - rewrite_rate, 2)
        assert chosen[regime]["high"] == round(1 - min(FALSE_ALARMS["high"].values()), 2)
    # A set with fewer than MIN_QUIET pairs does not set the cut-offs.
    few = {("edit", "demetr"): [0.99] * 5, ("edit", "revision"): spread}
    assert cutoffs(few)["edit"]["medium"] == round(1 - FALSE_ALARMS["medium"]["revision"], 2)


def test_an_edit_fails_the_gate_no_more_easily_than_a_rewrite() -> None:
    # The edit regime's quiet pairs all score low (a gap above 0.3): alone, its cut-offs
    # would fall to the bottom; the rewrite regime's honest rewordings set them.
    low = [i / 1000 for i in range(300)]
    spread = [i / 100 for i in range(100)]
    maxima = {("edit", "revision"): low, ("rewrite", "demetr"): spread}
    chosen = cutoffs(maxima)
    assert chosen["edit"]["medium"] == chosen["rewrite"]["medium"] == 0.91
    assert chosen["edit"]["high"] == chosen["rewrite"]["high"]
    # What is only shown (``low``) keeps the edit regime's own cut-off.
    assert chosen["edit"]["low"] < chosen["rewrite"]["low"]


def _rows(n: int = 200, seed: int = 0) -> list[tuple[dict[str, Any], int, float]]:
    generator = np.random.default_rng(seed)
    rows = []
    for _ in range(n):
        a, b = generator.normal(size=2)
        label = int(generator.random() < 1 / (1 + np.exp(-(1.5 * a - b))))
        rows.append(({"evidence": {"x": 3 * a + 1, "y": b}}, label, 1.0))
    return rows


def _probabilities(rule: dict[str, Any], rows: list[Any]) -> np.ndarray:
    """The rule's probabilities, unclipped (the judge holds evidence at EDGE standard deviations
    of each rule's own scale, which differ between a rule and its parent)."""
    z = np.full(len(rows), rule["bias"])
    for name, weight in rule["weights"].items():
        values = np.array([f["evidence"][name] for f, _, _ in rows])
        z += weight * (values - rule["means"][name]) / rule["scales"][name]
    return 1 / (1 + np.exp(-z))


def test_a_pooled_rule_stays_at_its_parent_when_its_prior_is_narrow(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A regime's rule drawn towards the rule of both regimes: on its own standardisation (its
    # rows' means and scales differ from the parent's) it must say what the parent says.
    import calibrate

    parent = calibrate.fit_rule(_rows(400, seed=1), 0.5)
    rows = [(f, label, w) for f, label, w in _rows(400, seed=2) if f["evidence"]["x"] > 1]
    monkeypatch.setattr(calibrate, "POOL_SD", 1e-4)
    pooled = calibrate.fit_rule(rows, 0.5, parent=parent)
    assert pooled["means"] != parent["means"]
    assert np.allclose(_probabilities(pooled, rows), _probabilities(parent, rows), atol=2e-3)
    # Wide, it fits its own rows as a rule of its own does.
    monkeypatch.setattr(calibrate, "POOL_SD", 1e3)
    loose = calibrate.fit_rule(rows, 0.5, parent=parent)
    monkeypatch.setattr(calibrate, "WEIGHT_SD", 1e3)
    monkeypatch.setattr(calibrate, "BIAS_SD", 1e3)
    alone = calibrate.fit_rule(rows, 0.5)
    assert np.allclose(_probabilities(loose, rows), _probabilities(alone, rows), atol=2e-3)


def test_set_weights_scale_each_sets_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    import calibrate

    records = [
        {"set": "contrast", "label": 1, "findings": [{"check": "c", "evidence": {}}]},
        {"set": "revision", "label": 0, "findings": [{"check": "c", "evidence": {}}]},
    ]
    monkeypatch.setattr(calibrate, "_demetr_texts", lambda: ({}, {}))
    monkeypatch.setattr(calibrate, "major_categories", lambda: {})
    monkeypatch.setattr(calibrate, "SET_WEIGHTS", {"contrast": 0.5})
    assert [w for _, _, w in calibrate.labelled(records)] == [0.5, 1.0]


def test_a_pair_with_typos_is_fitted_as_the_judge_weighs_it() -> None:
    # The judge weighs a pair with typos by its cosine as read and writes it on its findings:
    # the fit must see the same value for every finding of the pair.
    written = {"pair.changed": 0.1, "pair.changed_words": 4.0, "pair.similarity": 0.7}
    record = {
        "words": 40,
        "word_change": 0.1,
        "pair": dict(written),
        "findings": [
            {"check": "number.changed", "evidence": {"digits": 1.0, "pair.similarity": 0.9}},
            {"check": "wording.replaced", "evidence": {"spelling": 0.9, "pair.similarity": 0.9}},
        ],
    }
    fitted = with_pair_evidence(record)
    assert fitted["pair"] == {**written, "pair.similarity": 0.9}
    assert [f["evidence"]["pair.similarity"] for f in fitted["findings"]] == [0.9, 0.9]
    assert [f["evidence"]["pair.changed_words"] for f in fitted["findings"]] == [4.0, 4.0]
    plain = with_pair_evidence(
        {**record, "pair": dict(written), "findings": [{"evidence": {"x": 1.0}}]}
    )
    assert plain["pair"] == written
    assert plain["findings"][0]["evidence"] == {**written, "x": 1.0}


def test_a_verdict_that_a_change_is_harmless_is_never_fitted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import calibrate

    pair = {"pair.changed": 0.3, "pair.changed_words": 10.0, "pair.similarity": 0.8}
    rows = [
        ({"check": check, "evidence": {**pair, "x": float(i % 3)}, "prior": 0.1}, i % 2, 1.0)
        for check in ("attribution.reworded", "negation.meant", "wording.replaced")
        for i in range(2 * calibrate.MIN_EXAMPLES)
    ]
    monkeypatch.setattr(calibrate, "labelled", lambda records: rows)
    fitted = calibrate.fit([])
    assert any(key.startswith("wording.replaced") for key in fitted)
    assert not any(key.startswith(("attribution.reworded", "negation.meant")) for key in fitted)


def test_a_rule_with_few_errors_keeps_its_weights_near_zero(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import calibrate

    # Three errors in twenty pairs, each at the far end of its feature: a fit that trusts them
    # fully weighs the feature heavily; narrowed by its few errors, it hardly does.
    rows = [
        ({"check": "c", "evidence": {"x": float(i)}, "prior": 0.3}, int(i >= 17), 1.0)
        for i in range(20)
    ]
    monkeypatch.setattr(calibrate, "WEIGHT_SD_EVENTS", None)
    free = calibrate.fit_rule(rows, 0.3)["weights"]["x"]
    monkeypatch.setattr(calibrate, "WEIGHT_SD_EVENTS", 50.0)
    narrowed = calibrate.fit_rule(rows, 0.3)["weights"]["x"]
    assert free > 1.0 and 0 < narrowed < free / 4
    # A rule with as many errors as the setting asks for is fitted as before.
    many = [(f, label, 60.0) for f, label, _ in rows]
    monkeypatch.setattr(calibrate, "WEIGHT_SD_EVENTS", None)
    weighted_free = calibrate.fit_rule(many, 0.3)["weights"]["x"]
    monkeypatch.setattr(calibrate, "WEIGHT_SD_EVENTS", 50.0)
    assert calibrate.fit_rule(many, 0.3)["weights"]["x"] == pytest.approx(weighted_free)


def test_a_reference_word_the_perturbation_took_out_of_b_labels_its_finding(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import calibrate

    # The translation says the reference's "car" by a synonym; the perturbation removes that
    # synonym. A finding about "car" names no word the perturbation removed, and yet the
    # correct translation never gets it: the perturbation caused it. A word both translations
    # say ("border") or neither says ("stolen": "missing") is no word the perturbation took.
    reference = "Police found the stolen car near the border."
    mt = "Police found the missing automobile near the border."
    perturbed = "Police found the missing near the border."
    monkeypatch.setattr(
        calibrate,
        "_demetr_texts",
        lambda: ({"demetr:1": mt}, {"demetr:1:noun_removed": perturbed}),
    )
    monkeypatch.setattr(calibrate, "_demetr_references", lambda: {"demetr:1": reference})
    monkeypatch.setattr(calibrate, "major_categories", lambda: {})

    def finding(a: str) -> dict[str, Any]:
        return {"check": "removal.head", "a": a, "b": "", "b_span": None, "evidence": {}}

    records = [
        {"set": "demetr", "group": "demetr:1", "id": "demetr:1:mt", "kind": "correct"},
        {"set": "demetr", "group": "demetr:1", "id": "demetr:1:noun_removed", "kind": "x"},
    ]
    records[0] |= {"label": 0, "findings": []}
    records[1] |= {"label": 1, "findings": [finding("car"), finding("border"), finding("stolen")]}
    labels = {f["a"]: label for f, label, _ in calibrate.labelled(records)}
    assert labels == {"car": 1, "border": 0, "stolen": 0}
