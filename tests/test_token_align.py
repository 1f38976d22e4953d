"""The token alignment of ``benchmarks/token_align.py`` (issues 7 and 8): word pieces merged
into words, each content word's best match on the other side, and the pair features read off
them, on vectors small enough to work out by hand."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from token_align import (
    best_matches,
    fit_logistic,
    is_content,
    pair_features,
    with_coverage,
    word_vectors,
    words_of,
)


def test_words_keep_inner_apostrophes_and_hyphens() -> None:
    assert [w for _, _, w in words_of("The cat-owner's dog, quietly.")] == [
        "the",
        "cat-owner's",
        "dog",
        "quietly",
    ]
    assert words_of("Hi there")[1][:2] == (3, 8)


def test_function_words_and_digits_are_not_content() -> None:
    assert not is_content("the")
    assert not is_content("1999")
    assert is_content("treaty")


def test_a_word_is_the_mean_of_its_pieces() -> None:
    # "cat-owner" is three pieces: cat, -, owner; [CLS] at (0, 0) belongs to no word.
    spans = words_of("cat-owner sat")
    offsets = [(0, 0), (0, 3), (3, 4), (4, 9), (10, 13)]
    tokens = np.array(
        [[9, 9, 0], [1, 0, 0], [0, 1, 0], [1, 0, 0], [0, 0, 1]],
        dtype=np.float32,
    )
    vectors = word_vectors(spans, offsets, tokens)
    # (2, 1, 0) normalised: the [CLS] row is left out.
    assert vectors[0] == pytest.approx(np.array([2, 1, 0]) / np.sqrt(5))
    assert vectors[1] == pytest.approx([0, 0, 1])


def test_a_word_cut_off_by_truncation_has_no_vector() -> None:
    spans = words_of("kept lost")
    vectors = word_vectors(spans, [(0, 4)], np.array([[1, 0]], dtype=np.float32))
    assert vectors[1] == pytest.approx([0, 0])


def test_best_match_is_the_closest_word_on_the_other_side() -> None:
    left = np.array([[1, 0], [0, 1]], dtype=np.float32)
    right = np.array([[0.6, 0.8], [1, 0]], dtype=np.float32)
    assert best_matches(left, right) == pytest.approx([1.0, 0.8])
    assert best_matches(left, right[:0]) == pytest.approx([0, 0])


def test_a_dropped_word_shows_on_the_recall_side_only() -> None:
    # A: "treaty Paris", B: "treaty" (the same vector): Paris has no counterpart in B.
    treaty, paris = np.array([1, 0], dtype=np.float32), np.array([0, 1], dtype=np.float32)
    a = (words_of("treaty Paris"), np.stack([treaty, paris]))
    b = (words_of("treaty"), np.stack([treaty]))
    listed: list[dict[str, object]] = []
    features = pair_features(a, b, {"treaty": 1.0, "paris": 3.0}, 2.0, listed)
    assert features["r_min"] == pytest.approx(1.0)
    assert features["r_lt0.5"] == 1
    # IDF-weighted: Paris (3) unmatched, treaty (1) matched.
    assert features["r_idf"] == pytest.approx(3 / 4)
    assert features["r_mass"] == pytest.approx(3.0)
    assert features["p_min"] == pytest.approx(0.0)
    assert features["rp_min"] == pytest.approx(1.0)
    paris_row = next(w for w in listed if w["word"] == "paris")
    assert paris_row["side"] == "a" and paris_row["match"] == "treaty"
    assert paris_row["best"] == pytest.approx(0.0)


def test_the_logistic_fit_recovers_a_known_slope() -> None:
    # Labels drawn with p = sigmoid(2x - 1): the fit (lightly penalised, 20,000 draws) lands
    # near bias -1 and weight 2.
    rng = np.random.default_rng(0)
    x = rng.normal(size=(20_000, 1))
    y = (rng.random(20_000) < 1 / (1 + np.exp(-(2 * x[:, 0] - 1)))).astype(np.int64)
    bias, weight = fit_logistic(x, y)
    assert bias == pytest.approx(-1.0, abs=0.1)
    assert weight == pytest.approx(2.0, abs=0.15)


def test_coverage_findings_skip_words_a_finding_already_names() -> None:
    record = {
        "id": "x",
        "pair": {"pair.similarity": 0.9},
        "findings": [{"check": "removal.head", "a": "in Paris", "b": "", "b_span": [20, 25]}],
    }
    words = {
        "x": [
            {"side": "a", "span": [30, 35], "word": "paris", "best": 0.1, "idf": 3.0},
            {"side": "a", "span": [4, 10], "word": "treaty", "best": 0.2, "idf": 2.0},
            {"side": "a", "span": [0, 3], "word": "signed", "best": 0.9, "idf": 2.0},
            {"side": "b", "span": [22, 27], "word": "rome", "best": 0.1, "idf": 3.0},
            {"side": "b", "span": [40, 45], "word": "grand", "best": 0.3, "idf": 2.5},
        ]
    }
    (out,) = with_coverage([record], words, threshold=0.5)
    added = [(f["check"], f["a"] or f["b"]) for f in out["findings"][1:]]
    # Paris is named by the removal, Rome lies on its B span, "signed" is matched.
    assert added == [("coverage.missing", "treaty"), ("coverage.added", "grand")]
    assert out["findings"][2]["evidence"]["similarity"] == 0.3
