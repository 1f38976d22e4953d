"""Alignment math on synthetic vectors: known gold beads, no model needed."""

from __future__ import annotations

import functools

import numpy as np
import pytest

from vardiff import Bead, _align, align
from vardiff._align import bead_shapes

DIM = 64


def _unit(rows: np.ndarray) -> np.ndarray:
    return (rows / np.linalg.norm(rows, axis=-1, keepdims=True)).astype(np.float32)


def _paraphrase(vector: np.ndarray, rng: np.random.Generator, noise: float = 0.35) -> np.ndarray:
    return _unit(vector + noise * rng.standard_normal(vector.shape) / np.sqrt(DIM))


def _document(count: int, rng: np.random.Generator) -> np.ndarray:
    # A shared topic direction makes unrelated sentences mildly similar, as in real documents.
    topic = rng.standard_normal(DIM)
    return _unit(rng.standard_normal((count, DIM)) + 0.6 * topic)


def _links(beads: tuple[Bead, ...]) -> set[tuple[int, int]]:
    return {(i, j) for bead in beads for i in bead.a for j in bead.b}


def _every_sentence_once(beads: tuple[Bead, ...], n: int, m: int) -> None:
    assert [i for bead in beads for i in bead.a] == list(range(n))
    assert [j for bead in beads for j in bead.b] == list(range(m))


def test_bead_shapes_cover_vecalign_set() -> None:
    shapes = set(bead_shapes(3))
    assert {(1, 0), (0, 1), (1, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1)} == shapes
    assert set(bead_shapes(1)) == {(1, 0), (0, 1), (1, 1)}
    with pytest.raises(ValueError):
        bead_shapes(0)


def test_paraphrased_document_aligns_one_to_one() -> None:
    rng = np.random.default_rng(1)
    a = _document(40, rng)
    b = np.stack([_paraphrase(v, rng) for v in a])
    result = align(a, b)
    assert [(bead.a, bead.b) for bead in result.beads] == [((i,), (i,)) for i in range(40)]
    assert all(bead.score is not None and bead.score > 0.8 for bead in result.beads)


def test_split_is_one_bead_and_omission_and_insertion_stay_visible() -> None:
    rng = np.random.default_rng(2)
    a = _document(30, rng)
    halves = (_unit(rng.standard_normal(DIM)), _unit(rng.standard_normal(DIM)))
    a[10] = _unit(halves[0] + halves[1])  # sentence 10 of A is split in two in B
    rows: list[np.ndarray] = []
    weights_b: list[float] = []
    for i, vector in enumerate(a):
        if i == 10:
            rows += [_paraphrase(halves[0], rng, 0.2), _paraphrase(halves[1], rng, 0.2)]
            weights_b += [50.0, 50.0]
        elif i == 20:
            continue  # omitted in B
        else:
            rows.append(_paraphrase(vector, rng))
            weights_b.append(100.0)
        if i == 25:
            rows.append(_document(1, rng)[0])  # inserted in B
            weights_b.append(100.0)
    b = np.stack(rows)
    result = align(a, b, weights_a=[100.0] * len(a), weights_b=weights_b)
    _every_sentence_once(result.beads, len(a), len(b))
    shapes = {(bead.a, bead.b) for bead in result.beads}
    assert ((10,), (10, 11)) in shapes
    assert ((20,), ()) in shapes
    inserted = 25 + 1  # B index of the inserted sentence: one extra from the split, one gone
    assert ((), (inserted,)) in shapes


def test_unrelated_documents_stay_unaligned() -> None:
    rng = np.random.default_rng(3)
    a = _document(25, rng)
    b = _document(30, rng)
    result = align(a, b)
    _every_sentence_once(result.beads, 25, 30)
    aligned = sum(1 for bead in result.beads if bead.a and bead.b)
    assert aligned <= 2


def test_empty_side_gives_only_unaligned_beads() -> None:
    a = _document(3, np.random.default_rng(4))
    result = align(a, np.zeros((0, DIM), np.float32))
    assert [(bead.a, bead.b) for bead in result.beads] == [((0,), ()), ((1,), ()), ((2,), ())]


def test_banded_matches_exact_on_long_document_with_fewer_cells() -> None:
    rng = np.random.default_rng(5)
    a = _document(900, rng)
    keep = [i for i in range(900) if i % 37 != 5]  # scattered omissions
    b = np.stack([_paraphrase(a[i], rng) for i in keep])
    banded = align(a, b)
    exact = align(a, b, exact=True)
    gold = {(i, j) for j, i in enumerate(keep)}
    assert _links(banded.beads) == gold
    assert _links(exact.beads) == gold
    assert banded.cells < exact.cells / 5


def test_alignment_is_deterministic() -> None:
    rng = np.random.default_rng(6)
    a = _document(50, rng)
    b = np.stack([_paraphrase(v, rng) for v in a[::-1][:30]])
    assert align(a, b) == align(a, b)


def test_weights_must_match_sentences() -> None:
    a = _document(3, np.random.default_rng(7))
    with pytest.raises(ValueError):
        align(a, a, weights_a=[1.0, 2.0])


def _reference_path(
    side_a: _align._Side,
    side_b: _align._Side,
    shapes: list[tuple[int, int]],
    scale: _align._Scale,
    lo: np.ndarray,
    hi: np.ndarray,
) -> list[tuple[int, int, int, int]]:
    """The programme as it reads, one cell at a time, with explicit group vectors."""
    n, m = side_a.count, side_b.count
    neg = float(_align._NEG)
    best: dict[tuple[int, int], float] = {}
    choice: dict[tuple[int, int], tuple[int, int]] = {}

    @functools.cache
    def margin(ka: int, kb: int, i: int, j: int) -> float:
        cos = float(side_a.group(ka, np.array([i]))[0] @ side_b.group(kb, np.array([j]))[0])
        return cos - (float(side_a.background[ka][i]) + float(side_b.background[kb][j])) / 2

    def gain(ka: int, kb: int, i: int, j: int) -> float | None:
        own = margin(ka, kb, i, j)
        length_a = side_a.length_prefix[i] - side_a.length_prefix[i - ka]
        length_b = side_b.length_prefix[j] - side_b.length_prefix[j - kb]
        ratio = np.log(length_b / length_a) - scale.log_length_ratio
        members = [margin(ka, 1, i, j - o) for o in range(kb)] if kb > 1 else []
        members += [margin(1, kb, i - o, j) for o in range(ka)] if ka > 1 else []
        for member in members:
            if member < scale.member_threshold or own < member - _align._MEMBER_SLACK:
                return None
        return own - scale.threshold - _align._LENGTH_WEIGHT * abs(float(ratio))

    for i in range(n + 1):
        for j in range(int(lo[i]), int(hi[i]) + 1):
            if i == 0 and j == 0:
                best[(0, 0)] = 0.0
                continue
            options: list[tuple[float, tuple[int, int]]] = []
            # Ties go to the smallest group of A, then of B; a skip in B only when strictly better.
            for ka, kb in sorted(shapes, key=lambda s: (s[0] == 0, s)):
                pi, pj = i - ka, j - kb
                if pi < 0 or pj < 0 or (pi, pj) not in best or best[(pi, pj)] <= neg:
                    continue
                g = 0.0 if ka == 0 or kb == 0 else gain(ka, kb, i, j)
                if g is not None:
                    options.append((best[(pi, pj)] + g, (ka, kb)))
            if options:
                top = max(value for value, _ in options)
                best[(i, j)] = top
                choice[(i, j)] = next(s for value, s in options if value >= top - 1e-5)
            else:
                best[(i, j)] = neg
    path = []
    i, j = n, m
    while i or j:
        ka, kb = choice[(i, j)]
        path.append((i, j, ka, kb))
        i, j = i - ka, j - kb
    return path[::-1]


@pytest.mark.parametrize("seed", range(3))
def test_vectorised_programme_matches_cell_by_cell(seed: int) -> None:
    # Documents with omissions, insertions and uneven lengths, long enough for a corridor.
    rng = np.random.default_rng(100 + seed)
    a = _document(50, rng)
    rows = []
    for vector in a:
        roll = rng.random()
        if roll < 0.1:
            continue
        if roll < 0.2:
            rows.append(_document(1, rng)[0])
        rows.append(_paraphrase(vector, rng))
    b = np.stack(rows)
    weights_a = rng.integers(20, 200, size=len(a)).astype(np.float32)
    weights_b = rng.integers(20, 200, size=len(b)).astype(np.float32)
    shapes = bead_shapes(3)
    stats = _align.measure(a, b, weights_a=list(weights_a), weights_b=list(weights_b))
    side_a = _align._Side(a, weights_a, 3)
    side_b = _align._Side(b, weights_b, 3)
    side_a.set_background(stats.pool_a)
    side_b.set_background(stats.pool_b)
    n, m = len(a), len(b)
    lo = np.maximum(np.arange(n + 1) * m // n - 12 - seed * 3, 0)
    hi = np.minimum(np.arange(n + 1) * m // n + 12 + seed * 3, m)
    lo[0], hi[-1] = 0, m
    fast, cells = _align._solve(side_a, side_b, shapes, stats.scale, lo, hi)
    assert cells == int((hi - lo + 1).sum())
    assert fast == _reference_path(side_a, side_b, shapes, stats.scale, lo, hi)


def test_median_is_numpys_to_the_bit() -> None:
    # _align computes its own median: np.median's NaN check imports numpy.ma on every run.
    rng = np.random.default_rng(3)
    for size in [1, 2, 3, 4, 7, 10, 999, 1000, 40_000]:
        for dtype in (np.float32, np.float64):
            values = rng.normal(size=size).astype(dtype)
            for sample in (values, np.round(values, 1)):  # ties too
                assert _align._median(sample) == float(np.median(sample))
    assert np.isnan(_align._median(np.array([1.0, np.nan, 2.0])))


def test_importing_vardiff_leaves_batch_for_later() -> None:
    import subprocess
    import sys

    code = (
        "import sys, vardiff; assert 'vardiff._batch' not in sys.modules; "
        "vardiff.batch; assert 'vardiff._batch' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
