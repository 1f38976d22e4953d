"""Monotonic many-to-many sentence alignment, in the spirit of Vecalign and Bertalign.

A *bead* pairs up to ``max_group`` consecutive sentences of A with up to ``max_group`` of B
(1:1, 1:2, 2:1, 2:2, 1:3, 3:1, ...), or leaves one sentence unaligned (1:0, 0:1).

Scoring. The vector of a group is the length-weighted sum of its sentence vectors, normalised:
with mean-pooling models such as MiniLM this is close to embedding the concatenation, at no
extra model cost. Raw cosine favours generic sentences that resemble everything, so each bead is
scored by a *margin*: cosine minus the mean of both groups' average cosine to a background
sample of the other document (as in margin-based bitext mining).

Skipping. A bead is worth ``margin - threshold``; leaving a sentence out is worth 0. The
threshold comes from the documents themselves: the margins of random A×B sentence pairs, which
are overwhelmingly non-matching, give a robust location and spread (median, MAD), and the
threshold sits ``z`` robust deviations above them. Unrelated sentences fall below it and end up
unaligned instead of forced into a pair.

Merging. A group of several sentences is only allowed when every member relates to the other
side of the bead on its own (its margin to the other group clears the threshold), and when it
beats each of its members alone. An omitted or inserted sentence is therefore left visible as
1:0 / 0:1 rather than absorbed by a neighbour, which is what an editor needs to see.

Cost. Long documents are solved coarse-to-fine (as in Vecalign): both sides are pooled in pairs
of sentences, aligned recursively, and the fine solution is searched only inside a corridor
around the projected coarse path. Time and memory are linear in document length.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
from numpy.typing import NDArray

__all__ = ["Alignment", "Bead", "Statistics", "align", "bead_shapes", "measure"]

FloatArray = NDArray[np.float32]

_NEG = np.float32(-1e30)
_FULL_TABLE_CELLS = 40_000  # below this a full table is cheap; above, go coarse-to-fine
_CORRIDOR = 16  # fine cells searched on each side of the projected coarse path
_BACKGROUND = 256  # background sentences sampled from the other side
_MIN_BACKGROUND = 16  # fewer than this and the caller's unrelated sentences fill the pool
_MIN_RANDOM_PAIRS = 400  # likewise for the random pairs the threshold is derived from
_Z = 2.25  # threshold: this many robust deviations above random-pair margins
# Coarse levels only trace where the path runs: skipping there is cheap and leaves long runs of
# skips that say nothing about the path, so they pair up anything better than a random pair.
_COARSE_Z = 0.0
_MEMBER_Z = 0.5  # each member of a group must relate to the other side this much
_MEMBER_SLACK = 0.03  # a group may score this much below its best member alone
_LENGTH_WEIGHT = 0.15  # margin lost per unit of |log length ratio| away from the documents' own


def thresholds() -> dict[str, float]:
    """The aligner's constants, for the report's settings."""
    return {
        "align.z": _Z,
        "align.member_z": _MEMBER_Z,
        "align.member_slack": _MEMBER_SLACK,
        "align.length_weight": _LENGTH_WEIGHT,
        "align.coarse_z": _COARSE_Z,
        "align.corridor": float(_CORRIDOR),
    }


@dataclass(frozen=True)
class Bead:
    """Aligned sentence indices of A and of B (one side may be empty) and their cosine."""

    a: tuple[int, ...]
    b: tuple[int, ...]
    score: float | None


@dataclass(frozen=True)
class Alignment:
    beads: tuple[Bead, ...]
    threshold: float
    cells: int


def bead_shapes(max_group: int) -> list[tuple[int, int]]:
    """Bead shapes (sentences of A, sentences of B) allowed for a given ``max_group``.

    1:k and k:1 up to ``max_group``, and k:l with both sides above one up to 2:2: larger
    many-to-many groups are rare in real edits and mostly glue unrelated sentences together.
    """
    if max_group < 1:
        raise ValueError("max_group must be at least 1")
    shapes = [(1, 0), (0, 1)]
    for ka in range(1, max_group + 1):
        for kb in range(1, max_group + 1):
            if min(ka, kb) == 1 or (ka <= 2 and kb <= 2):
                shapes.append((ka, kb))
    return shapes


class _Side:
    """One document's sentence vectors, and its group vectors computed on demand.

    Group vectors are not stored: with three group sizes they would triple the memory of a long
    document, while any one row of the programme needs only a few of them.
    """

    def __init__(self, vectors: FloatArray, weights: FloatArray, max_group: int) -> None:
        self.count = vectors.shape[0]
        self.max_group = max_group
        self.singles = vectors
        self.weights = weights.astype(np.float32)
        self.weighted = (vectors * self.weights[:, None]).astype(np.float32)
        self.length_prefix = np.concatenate([[0.0], np.cumsum(weights, dtype=np.float64)])
        self.background: dict[int, FloatArray] = {}

    def group(self, k: int, ends: NDArray[np.int64]) -> FloatArray:
        """Normalised vectors of the groups of ``k`` sentences ending before each of ``ends``
        (sentences end-k .. end-1); rows whose group would start before 0 are zero."""
        ends = np.asarray(ends, dtype=np.int64)
        if k == 1:  # a group of one is the sentence itself, already of unit length
            out = self.singles[np.maximum(ends - 1, 0)].copy()
            out[ends < 1] = 0.0
            return out
        summed = self.weighted[np.maximum(ends - 1, 0)].copy()
        for offset in range(2, k + 1):
            summed += self.weighted[np.maximum(ends - offset, 0)]
        norms = np.linalg.norm(summed, axis=1, keepdims=True)
        out = summed / np.maximum(norms, 1e-12)
        out[ends < k] = 0.0
        return np.asarray(out, dtype=np.float32)

    def set_background(self, sample: FloatArray) -> None:
        """Mean cosine of every group to the background sample, in chunks of rows."""
        ends = np.arange(self.count + 1)
        for k in range(1, self.max_group + 1):
            means = np.empty(self.count + 1, dtype=np.float32)
            for start in range(0, ends.size, 8192):
                chunk = ends[start : start + 8192]
                means[start : start + chunk.size] = (self.group(k, chunk) @ sample.T).mean(axis=1)
            self.background[k] = means


def _sample_rows(vectors: FloatArray, count: int, rng: np.random.Generator) -> FloatArray:
    if vectors.shape[0] <= count:
        return vectors
    return vectors[np.sort(rng.choice(vectors.shape[0], size=count, replace=False))]


@dataclass(frozen=True)
class _Scale:
    """Where the margins of unrelated sentence pairs lie, and the bars derived from it."""

    median: float
    spread: float
    log_length_ratio: float
    z: float = _Z

    @property
    def threshold(self) -> float:
        return self.median + self.z * self.spread

    @property
    def member_threshold(self) -> float:
        return self.median + _MEMBER_Z * self.spread


def _derive_scale(
    side_a: _Side,
    side_b: _Side,
    rng: np.random.Generator,
    unrelated: tuple[FloatArray, FloatArray, FloatArray] | None = None,
) -> _Scale:
    """Robust location (median) and spread (MAD) of the margins of random sentence pairs.

    ``unrelated`` (sentences unrelated to both documents, and the pools that A's and B's
    groups are compared against) tops up the pairs when the documents are too small to have
    enough random pairs of their own: one sentence against one sentence has none at all.
    """
    n, m = side_a.count, side_b.count
    if n * m <= 40_000:
        cos = side_a.singles @ side_b.singles.T
        margins = cos - (side_a.background[1][1:, None] + side_b.background[1][None, 1:]) / 2
        values = margins.ravel()
    else:
        ia = rng.integers(0, n, size=40_000)
        ib = rng.integers(0, m, size=40_000)
        # In chunks: gathering all sampled rows at once would dominate peak memory.
        cos = np.concatenate(
            [
                np.einsum(
                    "ij,ij->i", side_a.singles[ia[k : k + 4096]], side_b.singles[ib[k : k + 4096]]
                )
                for k in range(0, ia.size, 4096)
            ]
        )
        values = cos - (side_a.background[1][ia + 1] + side_b.background[1][ib + 1]) / 2
    if unrelated is not None and values.size < _MIN_RANDOM_PAIRS:
        extra, pool_a, pool_b = unrelated
        # An unrelated sentence in B's place is measured against B's background pool, and in
        # A's place against A's, exactly as the documents' own sentences are.
        extra_as_b = (extra @ pool_b.T).mean(axis=1)
        extra_as_a = (extra @ pool_a.T).mean(axis=1)
        with_a = (
            side_a.singles @ extra.T - (side_a.background[1][1:, None] + extra_as_b[None, :]) / 2
        )
        with_b = (
            extra @ side_b.singles.T - (extra_as_a[:, None] + side_b.background[1][None, 1:]) / 2
        )
        filler = np.concatenate([with_a.ravel(), with_b.ravel()])
        filler = filler[rng.permutation(filler.size)[: _MIN_RANDOM_PAIRS - values.size]]
        values = np.concatenate([values, filler])
    median = float(np.median(values))
    spread = max(1.4826 * float(np.median(np.abs(values - median))), 1e-3)
    # Translations into another language run longer or shorter as a whole; only departures
    # from the documents' own ratio say something about a bead.
    ratio = float(np.log(side_b.length_prefix[-1] / side_a.length_prefix[-1]))
    return _Scale(median=median, spread=spread, log_length_ratio=ratio)


def _fill(pool: FloatArray, unrelated: FloatArray | None) -> FloatArray:
    """A background pool topped up with unrelated sentences when it is too small to average."""
    if unrelated is None or pool.shape[0] >= _MIN_BACKGROUND:
        return pool
    return np.vstack([pool, unrelated[: _MIN_BACKGROUND - pool.shape[0]]]).astype(np.float32)


def _pool_pairs(vectors: FloatArray, weights: FloatArray) -> tuple[FloatArray, FloatArray]:
    """Halve a document's resolution by summing neighbouring sentences."""
    count = vectors.shape[0]
    even = count - count % 2
    weighted = vectors * weights[:, None]
    pooled = weighted[0:even:2] + weighted[1:even:2]
    pooled_weights = weights[0:even:2] + weights[1:even:2]
    if count % 2:
        pooled = np.vstack([pooled, weighted[-1:]])
        pooled_weights = np.append(pooled_weights, weights[-1])
    norms = np.linalg.norm(pooled, axis=1, keepdims=True)
    return (pooled / np.maximum(norms, 1e-12)).astype(np.float32), pooled_weights


def _corridor(
    coarse: Sequence[Bead], n: int, m: int, *, n_coarse: int, m_coarse: int
) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Column range [lo, hi] of every fine row 0..n, around the projected coarse path."""
    lo = np.full(n + 1, m, dtype=np.int64)
    hi = np.zeros(n + 1, dtype=np.int64)
    i0 = j0 = 0
    for bead in coarse:
        i1, j1 = i0 + len(bead.a), j0 + len(bead.b)
        r0, r1 = 2 * i0, min(2 * i1, n) if i1 < n_coarse else n
        c0, c1 = 2 * j0, min(2 * j1, m) if j1 < m_coarse else m
        lo[r0 : r1 + 1] = np.minimum(lo[r0 : r1 + 1], c0)
        hi[r0 : r1 + 1] = np.maximum(hi[r0 : r1 + 1], c1)
        i0, j0 = i1, j1
    lo = np.maximum(lo - _CORRIDOR, 0)
    hi = np.minimum(hi + _CORRIDOR, m)
    lo = np.minimum.accumulate(lo[::-1])[::-1]
    hi = np.maximum.accumulate(hi)
    # Widen along the rows too, so the corridor is as wide vertically as horizontally; both
    # bounds are monotone, so the window minimum and maximum are plain shifts.
    rows = np.arange(n + 1)
    lo = lo[np.maximum(rows - _CORRIDOR, 0)]
    hi = hi[np.minimum(rows + _CORRIDOR, n)]
    lo[0] = 0
    hi[-1] = m
    return lo, hi


def _solve(
    side_a: _Side,
    side_b: _Side,
    shapes: list[tuple[int, int]],
    scale: _Scale,
    lo: NDArray[np.int64],
    hi: NDArray[np.int64],
) -> tuple[list[Bead], int]:
    """Dynamic programme over the band ``lo[i] <= j <= hi[i]``; returns beads and cells used."""
    n, m = side_a.count, side_b.count
    largest_a = max(s[0] for s in shapes)
    shape_index = {s: k for k, s in enumerate(shapes)}
    skip_b = shape_index[(0, 1)]
    scores: list[FloatArray] = []
    choices: list[NDArray[np.int8]] = []
    cells = 0
    for i in range(n + 1):
        row_lo, row_hi = int(lo[i]), int(hi[i])
        cols = np.arange(row_lo, row_hi + 1)
        width = cols.size
        cells += width
        best = np.full(width, _NEG, dtype=np.float32)
        groups_b: dict[int, FloatArray] = {}  # B's group vectors over this row's columns
        choice = np.full(width, -1, dtype=np.int8)
        if i == 0:
            best[cols == 0] = 0.0
        else:
            for ka in range(1, largest_a + 1):
                if i - ka < 0:
                    continue
                prev = scores[i - ka]
                prev_lo = int(lo[i - ka])
                group_a = side_a.group(ka, np.array([i]))[0]
                background_a = side_a.background[ka][i]
                for ka_, kb in shapes:
                    if ka_ != ka:
                        continue
                    source = cols - kb
                    valid = (source >= prev_lo) & (source <= int(hi[i - ka]))
                    if not valid.any():
                        continue
                    candidate = np.full(width, _NEG, dtype=np.float32)
                    previous = prev[np.minimum(np.maximum(source - prev_lo, 0), prev.size - 1)]
                    if kb == 0:
                        gain = np.zeros(width, dtype=np.float32)
                    else:
                        if kb not in groups_b:
                            groups_b[kb] = side_b.group(kb, cols)
                        gain = _bead_gain(
                            side_a, side_b, ka, kb, i, cols, group_a, background_a, scale, groups_b
                        )
                    candidate[valid] = previous[valid] + gain[valid]
                    better = candidate > best
                    best[better] = candidate[better]
                    choice[better] = shape_index[(ka, kb)]
        # 0:1 beads move along the row; skipping is worth 0, so a running maximum solves it.
        running = np.maximum.accumulate(best)
        from_left = running > best
        choice[from_left] = skip_b
        scores.append(running)
        choices.append(choice)
    beads = _backtrack(choices, shapes, lo, n, m, side_a, side_b)
    return beads, cells


def _bead_gain(
    side_a: _Side,
    side_b: _Side,
    ka: int,
    kb: int,
    i: int,
    cols: NDArray[np.int64],
    group_a: FloatArray,
    background_a: np.float32,
    scale: _Scale,
    groups_b: dict[int, FloatArray],
) -> FloatArray:
    """Gain of the bead (ka sentences of A ending at i, kb of B ending at j): its margin above
    the threshold, less a penalty for a length ratio unlike the documents' own."""
    safe = cols  # the band lies within 0..m
    group_b = groups_b[kb]
    cos = group_b @ group_a
    margin = cos - (background_a + side_b.background[kb][safe]) / 2
    length_a = side_a.length_prefix[i] - side_a.length_prefix[i - ka]
    length_b = side_b.length_prefix[safe] - side_b.length_prefix[np.maximum(safe - kb, 0)]
    ratio = np.log(np.maximum(length_b, 1e-9) / max(length_a, 1e-9)) - scale.log_length_ratio
    gain = (margin - scale.threshold - _LENGTH_WEIGHT * np.abs(ratio)).astype(np.float32)
    invalid = cols < kb
    if kb > 1:
        # Every sentence of B in the group must relate to A's group on its own, and the group
        # must beat each of its members alone: no absorbing an inserted sentence.
        for offset in range(1, kb + 1):
            member = np.maximum(safe - offset, 0)
            member_cos = side_b.singles[member] @ group_a
            member_margin = member_cos - (background_a + side_b.background[1][member + 1]) / 2
            invalid |= member_margin < scale.member_threshold
            # A group must say more than its best member alone: else the extra sentence is
            # absorbed only because lengths fit better, and an omission or insertion is hidden.
            invalid |= margin < member_margin - _MEMBER_SLACK
    if ka > 1:
        for offset in range(1, ka + 1):
            member_vec = side_a.singles[i - offset]
            member_cos = group_b @ member_vec
            member_margin = (
                member_cos
                - (side_a.background[1][i - offset + 1] + side_b.background[kb][safe]) / 2
            )
            invalid |= member_margin < scale.member_threshold
            invalid |= margin < member_margin - _MEMBER_SLACK
    gain[invalid] = _NEG
    return np.asarray(gain, dtype=np.float32)


def _backtrack(
    choices: list[NDArray[np.int8]],
    shapes: list[tuple[int, int]],
    lo: NDArray[np.int64],
    n: int,
    m: int,
    side_a: _Side,
    side_b: _Side,
) -> list[Bead]:
    beads: list[Bead] = []
    i, j = n, m
    while i > 0 or j > 0:
        shape = int(choices[i][j - int(lo[i])])
        if shape < 0:  # pragma: no cover - the band always contains a path
            raise RuntimeError("alignment corridor lost the path")
        ka, kb = shapes[shape]
        a = tuple(range(i - ka, i))
        b = tuple(range(j - kb, j))
        score = None
        if ka and kb:
            group_a = side_a.group(ka, np.array([i]))[0]
            score = float(group_a @ side_b.group(kb, np.array([j]))[0])
        beads.append(Bead(a=a, b=b, score=score))
        i, j = i - ka, j - kb
    beads.reverse()
    return beads


@dataclass(frozen=True)
class Statistics:
    """What beads are scored against: the background pools of both sides and the scale of
    unrelated pairs (hence the skip threshold). Measured on whole documents with ``measure``,
    they keep the threshold the same in every stretch of them that is aligned on its own."""

    pool_a: FloatArray  # sentences A's groups are compared against (drawn from B)
    pool_b: FloatArray
    scale: _Scale

    @property
    def threshold(self) -> float:
        return self.scale.threshold


def _measure(
    vectors_a: FloatArray,
    vectors_b: FloatArray,
    weights_a: FloatArray,
    weights_b: FloatArray,
    rng: np.random.Generator,
    unrelated: FloatArray | None,
) -> Statistics:
    side_a = _Side(vectors_a, weights_a, 1)
    side_b = _Side(vectors_b, weights_b, 1)
    pool_a = _fill(_sample_rows(vectors_b, _BACKGROUND, rng), unrelated)
    pool_b = _fill(_sample_rows(vectors_a, _BACKGROUND, rng), unrelated)
    side_a.set_background(pool_a)
    side_b.set_background(pool_b)
    extra = None if unrelated is None else (unrelated, pool_a, pool_b)
    return Statistics(pool_a, pool_b, _derive_scale(side_a, side_b, rng, extra))


def measure(
    vectors_a: FloatArray,
    vectors_b: FloatArray,
    *,
    weights_a: Sequence[float] | None = None,
    weights_b: Sequence[float] | None = None,
    unrelated: FloatArray | None = None,
    seed: int = 0,
) -> Statistics:
    """Scoring statistics of two whole documents, for ``align(..., statistics=...)``."""
    vectors_a = np.asarray(vectors_a, dtype=np.float32)
    vectors_b = np.asarray(vectors_b, dtype=np.float32)
    wa = _weights(weights_a, vectors_a.shape[0])
    wb = _weights(weights_b, vectors_b.shape[0])
    extra = None if unrelated is None else np.asarray(unrelated, dtype=np.float32)
    return _measure(vectors_a, vectors_b, wa, wb, np.random.default_rng(seed), extra)


def _weights(weights: Sequence[float] | None, count: int) -> FloatArray:
    if weights is None:
        return np.ones(count, dtype=np.float32)
    out = np.asarray(weights, dtype=np.float32)
    if out.shape != (count,):
        raise ValueError("one weight per sentence is needed")
    return out


def _align(
    vectors_a: FloatArray,
    vectors_b: FloatArray,
    weights_a: FloatArray,
    weights_b: FloatArray,
    max_group: int,
    exact: bool,
    rng: np.random.Generator,
    unrelated: FloatArray | None = None,
    coarse_level: bool = False,
    statistics: Statistics | None = None,
) -> Alignment:
    n, m = vectors_a.shape[0], vectors_b.shape[0]
    shapes = bead_shapes(max_group)
    if statistics is None:
        statistics = _measure(vectors_a, vectors_b, weights_a, weights_b, rng, unrelated)
    side_a = _Side(vectors_a, weights_a, max_group)
    side_b = _Side(vectors_b, weights_b, max_group)
    side_a.set_background(statistics.pool_a)
    side_b.set_background(statistics.pool_b)
    scale = statistics.scale
    if coarse_level:
        scale = replace(scale, z=_COARSE_Z)
    coarse_cells = 0
    if exact or (n + 1) * (m + 1) <= _FULL_TABLE_CELLS or min(n, m) < 4:
        lo = np.zeros(n + 1, dtype=np.int64)
        hi = np.full(n + 1, m, dtype=np.int64)
    else:
        pooled_a, pooled_wa = _pool_pairs(vectors_a, weights_a)
        pooled_b, pooled_wb = _pool_pairs(vectors_b, weights_b)
        coarse = _align(
            pooled_a, pooled_b, pooled_wa, pooled_wb, max_group, False, rng, coarse_level=True
        )
        coarse_cells = coarse.cells
        lo, hi = _corridor(
            coarse.beads, n, m, n_coarse=pooled_a.shape[0], m_coarse=pooled_b.shape[0]
        )
    beads, cells = _solve(side_a, side_b, shapes, scale, lo, hi)
    return Alignment(beads=tuple(beads), threshold=scale.threshold, cells=cells + coarse_cells)


def align(
    vectors_a: FloatArray,
    vectors_b: FloatArray,
    *,
    weights_a: Sequence[float] | None = None,
    weights_b: Sequence[float] | None = None,
    max_group: int = 3,
    exact: bool = False,
    seed: int = 0,
    unrelated: FloatArray | None = None,
    statistics: Statistics | None = None,
) -> Alignment:
    """Align two documents given as unit-length sentence vectors (one row per sentence).

    ``weights_*`` weigh sentences inside a group (their length in tokens or characters; equal
    weights by default). ``exact`` forces the full n×m table, for benchmarks. ``seed`` fixes
    the background sample, so results are deterministic. ``unrelated``: vectors of sentences
    unrelated to both documents, used only to fill the background of very short documents.
    ``statistics`` (from ``measure`` on the whole documents) scores a stretch of two documents
    exactly as the whole would be.
    """
    vectors_a = np.asarray(vectors_a, dtype=np.float32)
    vectors_b = np.asarray(vectors_b, dtype=np.float32)
    n, m = vectors_a.shape[0], vectors_b.shape[0]
    if n == 0 or m == 0:
        beads = [Bead(a=(i,), b=(), score=None) for i in range(n)]
        beads += [Bead(a=(), b=(j,), score=None) for j in range(m)]
        return Alignment(beads=tuple(beads), threshold=float("nan"), cells=0)
    wa, wb = _weights(weights_a, n), _weights(weights_b, m)
    rng = np.random.default_rng(seed)
    extra = None if unrelated is None else np.asarray(unrelated, dtype=np.float32)
    return _align(vectors_a, vectors_b, wa, wb, max_group, exact, rng, extra, False, statistics)
