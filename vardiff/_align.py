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
from typing import Any

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
    """One document's sentence vectors, and what its groups of sentences need.

    Group vectors are not stored: with three group sizes they would triple the memory of a long
    document. Anything linear in a group vector (its cosine to another group, to the
    background) is computed from its sentences instead, over the length of the group vector;
    only those lengths are kept, one number per group.
    """

    def __init__(self, vectors: FloatArray, weights: FloatArray, max_group: int) -> None:
        self.count = vectors.shape[0]
        self.max_group = max_group
        self.singles = vectors
        self.weights = weights.astype(np.float32)
        self.length_prefix = np.concatenate([[0.0], np.cumsum(weights, dtype=np.float64)])
        self.background: dict[int, FloatArray] = {}
        self.norms: dict[int, NDArray[np.float64]] = {}

    def group(self, k: int, ends: NDArray[np.int64]) -> FloatArray:
        """Normalised vectors of the groups of ``k`` sentences ending before each of ``ends``
        (sentences end-k .. end-1); rows whose group would start before 0 are zero."""
        ends = np.asarray(ends, dtype=np.int64)
        if k == 1:  # a group of one is the sentence itself, already of unit length
            out = self.singles[np.maximum(ends - 1, 0)].copy()
            out[ends < 1] = 0.0
            return out
        weights = self.weights[:, None]
        summed = self.singles[np.maximum(ends - 1, 0)] * weights[np.maximum(ends - 1, 0)]
        for offset in range(2, k + 1):
            summed += (
                self.singles[np.maximum(ends - offset, 0)] * weights[np.maximum(ends - offset, 0)]
            )
        norms = np.linalg.norm(summed, axis=1, keepdims=True)
        out = summed / np.maximum(norms, 1e-12)
        out[ends < k] = 0.0
        return np.asarray(out, dtype=np.float32)

    def set_background(self, sample: FloatArray) -> None:
        """Mean cosine of every group to the background sample, and every group vector's
        length before normalising.

        The mean of the cosines to the sample is the cosine to the sample's mean, and a group
        vector is a weighted sum of sentences: so one matrix-vector product, the dot products
        of neighbouring sentences and running sums give every group size.
        """
        count, weights = self.count, self.weights.astype(np.float64)
        centre = sample.mean(axis=0, dtype=np.float64).astype(np.float32)
        toward = (self.singles @ centre).astype(np.float64)
        self.background[1] = np.concatenate([[0.0], toward]).astype(np.float32)
        self.norms[1] = np.ones(count + 1)
        if self.max_group < 2:
            return
        # Running sums over the sentences: of w·(x·centre), and of w_p·w_(p+d)·(x_p·x_(p+d)).
        toward_sums = np.concatenate([[0.0], np.cumsum(weights * toward)])
        pair_sums = []
        for d in range(self.max_group):
            if d >= count:  # a group larger than the document has no such pair
                pair_sums.append(np.zeros(1))
                continue
            dots = np.einsum("ij,ij->i", self.singles[: count - d], self.singles[d:])
            pair_sums.append(
                np.concatenate([[0.0], np.cumsum(weights[: count - d] * weights[d:count] * dots)])
            )
        ends = np.arange(count + 1)
        for k in range(2, self.max_group + 1):
            start = np.maximum(ends - k, 0)
            squared = pair_sums[0][ends] - pair_sums[0][start]
            for d in range(1, k):
                # pairs (p, p+d) inside the group: p from end-k to end-1-d
                stop = np.clip(ends - d, 0, max(count - d, 0))
                first = np.minimum(start, stop)
                squared += 2 * (pair_sums[d][stop] - pair_sums[d][first])
            norms = np.maximum(np.sqrt(np.maximum(squared, 0.0)), 1e-12)
            means = (toward_sums[ends] - toward_sums[start]) / norms
            means[ends < k] = 0.0
            self.background[k] = means.astype(np.float32)
            self.norms[k] = norms


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


def _median(values: NDArray[Any]) -> float:
    """``np.median`` of a flat array, the same value to the bit (same order statistics, same
    mean of the middle two), without its NaN check: that imports numpy.ma, a tenth of a
    cached run's start-up."""
    if values.size == 0 or bool(np.isnan(values).any()):
        return float("nan")
    half = values.size // 2
    if values.size % 2:
        return float(np.partition(values, half)[half])
    middle = np.partition(values, (half - 1, half))[half - 1 : half + 1]
    return float(np.mean(middle))


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
        # In chunks that stay in cache: gathering all sampled rows at once would dominate peak
        # memory, and large chunks were several times slower.
        cos = np.empty(ia.size, dtype=np.float32)
        for k in range(0, ia.size, 1024):
            np.einsum(
                "ij,ij->i",
                side_a.singles.take(ia[k : k + 1024], axis=0),
                side_b.singles.take(ib[k : k + 1024], axis=0),
                out=cos[k : k + 1024],
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
    median = _median(values)
    spread = max(1.4826 * _median(np.abs(values - median)), 1e-3)
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
    coarse: Sequence[tuple[int, int, int, int]], n: int, m: int, *, n_coarse: int, m_coarse: int
) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Column range [lo, hi] of every fine row 0..n, around the projected coarse path (beads
    given as their end row, end column and shape)."""
    path = np.array(coarse, dtype=np.int64).reshape(-1, 4)
    i1, j1 = path[:, 0], path[:, 1]
    i0, j0 = i1 - path[:, 2], j1 - path[:, 3]
    r0 = 2 * i0
    r1 = np.where(i1 < n_coarse, np.minimum(2 * i1, n), n)
    c0 = 2 * j0
    c1 = np.where(j1 < m_coarse, np.minimum(2 * j1, m), m)
    # Every fine row takes the widest column range of the coarse beads over it.
    spans = r1 - r0 + 1
    rows = np.arange(int(spans.sum())) - np.repeat(np.cumsum(spans) - spans - r0, spans)
    lo = np.full(n + 1, m, dtype=np.int64)
    hi = np.zeros(n + 1, dtype=np.int64)
    np.minimum.at(lo, rows, np.repeat(c0, spans))
    np.maximum.at(hi, rows, np.repeat(c1, spans))
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


_BLOCK_ROWS = 64  # rows whose gains are computed together, with one matrix product
_BLOCK_CELLS = 1 << 15  # and at most this many cells in the block, so memory stays flat

_Choices = tuple[int, int, NDArray[np.int8]]  # first row, first column, choices of a block


def _solve(
    side_a: _Side,
    side_b: _Side,
    shapes: list[tuple[int, int]],
    scale: _Scale,
    lo: NDArray[np.int64],
    hi: NDArray[np.int64],
) -> tuple[list[tuple[int, int, int, int]], int]:
    """Dynamic programme over the band ``lo[i] <= j <= hi[i]``; returns the beads (end row,
    end column, sentences of A, sentences of B) and the cells used.

    Rows are solved a block at a time. Gains do not depend on the programme, so a block's are
    computed at once with one matrix product and whole-array arithmetic, over the rectangle
    that holds the block's part of the band; cells outside the band get no bead. What is left
    for each row is one sum of the previous rows (a strided view, no copy) and the gains, a
    maximum over bead shapes, and the running maximum of 0:1 skips.
    """
    n = side_a.count
    ka_max = max(s[0] for s in shapes)
    kb_max = max(s[1] for s in shapes)
    shape_index = {s: k for k, s in enumerate(shapes)}
    skip_b = shape_index[(0, 1)]
    # Candidates are stacked by (ka - 1, kb). Row-major order is the order in which shapes
    # were always tried (by A's group size, then B's), and the first best one wins a tie.
    code = np.full((ka_max, kb_max + 1), -1, dtype=np.int8)
    for (ka, kb), k in shape_index.items():
        if ka:
            code[ka - 1, kb] = k
    codes = code.ravel()
    stack = codes.size
    # Row 0: only the start cell is reachable, and the rest of the row is reached by skips.
    first = np.full((1, int(hi[0]) + 1), skip_b, dtype=np.int8)
    first[0, 0] = -1
    blocks: list[_Choices] = [(0, 0, first)]
    # Scores of rows table_row.. and columns table_col..; before row 0 nothing is reachable.
    table = np.full((ka_max, int(hi[0]) + 1 + kb_max), _NEG, dtype=np.float32)
    table[-1, kb_max:] = 0.0
    table_row, table_col = 1 - ka_max, -kb_max
    row = 1
    while row <= n:
        count = _BLOCK_ROWS
        while count > 1 and (int(hi[min(row + count, n + 1) - 1]) - int(lo[row]) + 1) * count > (
            _BLOCK_CELLS
        ):
            count //= 2
        end = min(row + count, n + 1)
        rows = end - row
        c0, c1 = int(lo[row]), int(hi[end - 1])
        cols = c1 - c0 + 1
        gains = _gains(side_a, side_b, shapes, scale, lo, hi, row, end, c0, c1)
        width = cols + kb_max
        scores = np.full((ka_max + rows, width), _NEG, dtype=np.float32)
        carried = table[row - ka_max - table_row : row - table_row, c0 - kb_max - table_col :]
        take = min(carried.shape[1], width)
        scores[:ka_max, :take] = carried[:, :take]
        # previous[r, ka - 1, kb, c] is the score at (row + r - ka, c0 + c - kb).
        step = scores.itemsize
        previous = np.lib.stride_tricks.as_strided(
            scores[ka_max - 1 :, kb_max:],
            shape=(rows, ka_max, kb_max + 1, cols),
            strides=(width * step, -width * step, -step, step),
            writeable=False,
        )
        best = np.empty((rows, cols), dtype=np.float32)
        for r in range(rows):
            candidate = previous[r] + gains[r]
            candidate.reshape(stack, cols).max(axis=0, out=best[r])
            # 0:1 beads move along the row; skipping is worth 0, so a running maximum solves it.
            np.maximum.accumulate(best[r], out=scores[ka_max + r, kb_max:])
        np.maximum(best, _NEG, out=best)  # nothing scores below "unreachable"
        # The shape that won: the first one in order whose candidate reaches the best.
        candidates = (previous + gains).reshape(rows, stack, cols)
        winner = np.full((rows, cols), -1, dtype=np.int8)
        for k in range(stack - 1, -1, -1):
            winner[candidates[:, k, :] == best] = codes[k]
        winner[best <= _NEG] = -1
        winner[scores[ka_max:, kb_max:] > best] = skip_b
        blocks.append((row, c0, winner))
        table, table_row, table_col = scores, row - ka_max, c0 - kb_max
        row = end
    cells = int((hi - lo + 1).sum())
    return _backtrack(blocks, shapes, n, side_b.count), cells


def _gains(
    side_a: _Side,
    side_b: _Side,
    shapes: list[tuple[int, int]],
    scale: _Scale,
    lo: NDArray[np.int64],
    hi: NDArray[np.int64],
    row: int,
    end: int,
    c0: int,
    c1: int,
) -> FloatArray:
    """Gain of every bead ending at rows ``row .. end-1`` and columns ``c0 .. c1``, as
    ``[row, ka - 1, kb, column]``; ``_NEG`` where the bead leaves the band or is not allowed.

    A bead's gain is its margin above the threshold, less a penalty for a length ratio unlike
    the documents' own."""
    ka_max = max(s[0] for s in shapes)
    kb_max = max(s[1] for s in shapes)
    rows, cols = end - row, c1 - c0 + 1
    out = np.full((rows, ka_max, kb_max + 1, cols), _NEG, dtype=np.float32)
    i = np.arange(row, end)
    j = np.arange(c0, c1 + 1)
    # Which cells lie in the band, from ka_max rows and kb_max columns before the block on: a
    # bead (ka, kb) ending at a cell is possible when both the cell and the cell it starts
    # from, ka rows up and kb columns left, are in it.
    band_rows = np.arange(row - ka_max, end)
    band_cols = np.arange(c0 - kb_max, c1 + 1)
    safe_rows = np.maximum(band_rows, 0)
    in_band = (
        (band_cols[None, :] >= lo[safe_rows][:, None])
        & (band_cols[None, :] <= hi[safe_rows][:, None])
        & (band_rows >= 0)[:, None]
    )
    here = in_band[ka_max:, kb_max:]
    # Margins reach back far enough that each group's members (smaller groups ending
    # earlier) are in them too; [ka_max - 1:, kb_max - 1:] is the block itself.
    margins = _margins(side_a, side_b, shapes, row - ka_max + 1, end, c0 - kb_max + 1, c1 + 1)
    ra, rb = ka_max - 1, kb_max - 1
    prefix_a, prefix_b = side_a.length_prefix, side_b.length_prefix
    for ka, kb in shapes:
        if ka == 0:
            continue
        safe = np.maximum(i - ka, 0)
        valid = here & in_band[ka_max - ka : ka_max - ka + rows, kb_max - kb : kb_max - kb + cols]
        if kb == 0:
            np.copyto(out[:, ka - 1, 0, :], np.float32(0.0), where=valid)
            continue
        margin = margins[(ka, kb)][ra:, rb:]
        length_a = np.log(np.maximum(prefix_a[i] - prefix_a[safe], 1e-9))
        length_b = np.log(np.maximum(prefix_b[j] - prefix_b[np.maximum(j - kb, 0)], 1e-9))
        ratio = (length_b[None, :] - length_a[:, None]) - scale.log_length_ratio
        gain = (margin - scale.threshold - _LENGTH_WEIGHT * np.abs(ratio)).astype(np.float32)
        # Every sentence of a group must relate to the other side on its own (its margin
        # clears the member bar), and the group must say more than its best member alone:
        # else the extra sentence is absorbed only because lengths fit better, and an omission
        # or insertion is hidden. The members of B's group are the beads (ka, 1) ending at
        # j, j-1, ...; those of A's group the beads (1, kb) ending at i, i-1, ...
        members: list[FloatArray] = []
        if kb > 1:
            members += [margins[(ka, 1)][ra:, rb - o : rb - o + cols] for o in range(kb)]
        if ka > 1:
            members += [margins[(1, kb)][ra - o : ra - o + rows, rb:] for o in range(ka)]
        if members:
            weakest, strongest = members[0].copy(), members[0].copy()
            for member in members[1:]:
                np.minimum(weakest, member, out=weakest)
                np.maximum(strongest, member, out=strongest)
            valid &= ~(weakest < scale.member_threshold)
            valid &= ~(margin < strongest - _MEMBER_SLACK)
        np.copyto(out[:, ka - 1, kb, :], gain, where=valid)
    return out


def _margins(
    side_a: _Side,
    side_b: _Side,
    shapes: list[tuple[int, int]],
    a0: int,
    a1: int,
    b0: int,
    b1: int,
) -> dict[tuple[int, int], FloatArray]:
    """Margins of the groups ending at ``a0 .. a1-1`` (A) and ``b0 .. b1-1`` (B), each shape.

    The cosine of two groups is bilinear in their sentences: the weighted sum of the cosines
    of their members, over the lengths of both group vectors. One matrix product of single
    sentences therefore gives every group shape."""
    ka_max = max(s[0] for s in shapes)
    kb_max = max(s[1] for s in shapes)
    sa0, sb0 = a0 - ka_max, b0 - kb_max  # first sentence of the earliest group
    sa1, sb1 = a1 - 1, b1 - 1
    singles = np.zeros((sa1 - sa0, sb1 - sb0), dtype=np.float32)
    la, lb = max(sa0, 0), max(sb0, 0)
    if sa1 > la and sb1 > lb:
        singles[la - sa0 :, lb - sb0 :] = side_a.singles[la:sa1] @ side_b.singles[lb:sb1].T
    weights_a = np.zeros(sa1 - sa0, dtype=np.float32)
    weights_b = np.zeros(sb1 - sb0, dtype=np.float32)
    weights_a[la - sa0 :] = side_a.weights[la:sa1]
    weights_b[lb - sb0 :] = side_b.weights[lb:sb1]
    ends_a = np.maximum(np.arange(a0, a1), 0)
    ends_b = np.maximum(np.arange(b0, b1), 0)
    rows, cols = a1 - a0, b1 - b0
    # Sums over B's groups first (columns), for each group size of B.
    over_b: dict[int, FloatArray] = {}
    for kb in sorted({kb for _, kb in shapes if kb}):
        source = singles if kb == 1 else singles * weights_b[None, :]
        total = source[:, kb_max - 1 : kb_max - 1 + cols].copy()
        for t in range(2, kb + 1):
            total += source[:, kb_max - t : kb_max - t + cols]
        if kb > 1:
            np.divide(total, side_b.norms[kb][ends_b][None, :].astype(np.float32), out=total)
        over_b[kb] = total
    out: dict[tuple[int, int], FloatArray] = {}
    for ka, kb in shapes:
        if not (ka and kb):
            continue
        source = over_b[kb] if ka == 1 else over_b[kb] * weights_a[:, None]
        cos = source[ka_max - 1 : ka_max - 1 + rows].copy()
        for t in range(2, ka + 1):
            cos += source[ka_max - t : ka_max - t + rows]
        if ka > 1:
            np.divide(cos, side_a.norms[ka][ends_a][:, None].astype(np.float32), out=cos)
        background = (
            side_a.background[ka][ends_a][:, None] + side_b.background[kb][ends_b][None, :]
        ) / 2
        out[(ka, kb)] = np.asarray(cos - background, dtype=np.float32)
    return out


def _backtrack(
    blocks: list[_Choices], shapes: list[tuple[int, int]], n: int, m: int
) -> list[tuple[int, int, int, int]]:
    where = np.repeat(np.arange(len(blocks)), [b[2].shape[0] for b in blocks]).tolist()
    path: list[tuple[int, int, int, int]] = []
    i, j = n, m
    while i > 0 or j > 0:
        first_row, first_col, choices = blocks[where[i]]
        shape = int(choices[i - first_row, j - first_col])
        if shape < 0:  # pragma: no cover - the band always contains a path
            raise RuntimeError("alignment corridor lost the path")
        ka, kb = shapes[shape]
        path.append((i, j, ka, kb))
        i, j = i - ka, j - kb
    path.reverse()
    return path


def _beads(path: list[tuple[int, int, int, int]], side_a: _Side, side_b: _Side) -> list[Bead]:
    # Scores of all beads of one shape at once; each cosine is still one dot product of the
    # two group vectors, so it is the same number however the beads are batched.
    scores: list[float | None] = [None] * len(path)
    by_shape: dict[tuple[int, int], list[int]] = {}
    for k, (_, _, ka, kb) in enumerate(path):
        if ka and kb:
            by_shape.setdefault((ka, kb), []).append(k)
    for (ka, kb), members in by_shape.items():
        group_a = side_a.group(ka, np.array([path[k][0] for k in members]))
        group_b = side_b.group(kb, np.array([path[k][1] for k in members]))
        for index, k in enumerate(members):
            scores[k] = float(group_a[index] @ group_b[index])
    return [
        Bead(a=tuple(range(i - ka, i)), b=tuple(range(j - kb, j)), score=score)
        for (i, j, ka, kb), score in zip(path, scores, strict=True)
    ]


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
    path, threshold, cells, side_a, side_b = _align_path(
        vectors_a,
        vectors_b,
        weights_a,
        weights_b,
        max_group,
        exact,
        rng,
        unrelated,
        coarse_level,
        statistics,
    )
    return Alignment(beads=tuple(_beads(path, side_a, side_b)), threshold=threshold, cells=cells)


def _align_path(
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
) -> tuple[list[tuple[int, int, int, int]], float, int, _Side, _Side]:
    """The programme's beads as (end row, end column, shape), without their scores: coarse
    levels only need to know where the path runs."""
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
        coarse, _, coarse_cells, _, _ = _align_path(
            pooled_a, pooled_b, pooled_wa, pooled_wb, max_group, False, rng, coarse_level=True
        )
        lo, hi = _corridor(coarse, n, m, n_coarse=pooled_a.shape[0], m_coarse=pooled_b.shape[0])
    path, cells = _solve(side_a, side_b, shapes, scale, lo, hi)
    return path, scale.threshold, cells + coarse_cells, side_a, side_b


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
