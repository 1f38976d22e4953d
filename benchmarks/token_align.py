"""Does a BERTScore-style token alignment add evidence to the judge? (issues 7 and 8)

Each dev pair's two texts go through the default model once more, keeping the last layer's
token vectors (the sentence embedding is their mean). Word pieces are merged into words (runs
of letters and digits, inner apostrophes and hyphens kept); every content word of A gets its
best cosine to any word of B (recall side: what B dropped), and every content word of B its
best cosine to any word of A (precision side: what B added). Per pair, features of those best
matches: the weakest-matched content word of each side, IDF-weighted recall / precision
(document frequencies from the dev texts themselves, no labels read), counts of content words
under a threshold and their IDF-weighted unmatched mass.

Then, per set and kind, the AUC of each feature alone against the set's quiet pairs (as
``judge_bench.py`` pairs them), and the judge's pair score (shipped calibration) combined with
each feature by a logistic regression fitted five-fold by item (``calibrate.fold_of``), each
pair scored by the fit that did not see its item: the AUC beside the judge's own, and the
share caught at the score that fails 5 % of DEMETR's correct translations (both rates).

``--simulate THRESHOLD`` tests the check this would become instead: every content word whose
best match is under the threshold becomes a finding (``coverage.missing`` / ``coverage.added``,
with its best similarity and idf as evidence) unless a finding of the dumps already names it;
the calibration is refitted (as ``calibrate.py`` fits it) on the dumps with and without those
findings, and both go through ``judge_bench.evaluate`` (``--crossfit``: also out of fold).

Run from the repository root, after ``judge_data.py``'s dumps:
``python benchmarks/token_align.py [--features out/token_features.jsonl]`` (a cold run embeds
about 10,000 texts: minutes; the features are kept in ``--features`` and read back).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import judge_bench
import judge_data
from calibrate import FOLDS, fold_of, load

from vardiff._words import FUNCTION_WORDS
from vardiff.judge._calibration import load_calibration

OUT = Path(__file__).resolve().parent / "out"
_WORD = re.compile(r"\w+(?:['’-]\w+)*")
THRESHOLDS = (0.5, 0.6, 0.7)


def words_of(text: str) -> list[tuple[int, int, str]]:
    """Each word's span and lower-cased text."""
    return [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]


def is_content(word: str) -> bool:
    return word.replace("’", "'") not in FUNCTION_WORDS and not word.isdigit()


def word_vectors(
    spans: Sequence[tuple[int, int, str]],
    offsets: Sequence[tuple[int, int]],
    tokens: NDArray[np.float32],
) -> NDArray[np.float32]:
    """Per word, the normalised mean of its word pieces' vectors (pieces inside its span;
    zero where truncation cut the word off)."""
    out = np.zeros((len(spans), tokens.shape[1]), dtype=np.float32)
    for k, (start, end, _) in enumerate(spans):
        pieces = [i for i, (s, e) in enumerate(offsets) if e > s and s >= start and e <= end]
        if pieces:
            mean = tokens[pieces].mean(axis=0)
            out[k] = mean / max(float(np.linalg.norm(mean)), 1e-9)
    return out


def best_matches(left: NDArray[np.float32], right: NDArray[np.float32]) -> NDArray[np.float32]:
    """Per row of ``left``, its best cosine to any row of ``right`` (0 when right is empty)."""
    if len(left) == 0:
        return np.zeros(0, dtype=np.float32)
    if len(right) == 0:
        return np.zeros(len(left), dtype=np.float32)
    return np.asarray((left @ right.T).max(axis=1), dtype=np.float32)


def side_features(best: NDArray[np.float32], idf: Sequence[float], side: str) -> dict[str, float]:
    """Features of one side's content words' best matches; higher means less matched."""
    weights = np.asarray(idf, dtype=np.float64)
    if len(best) == 0:
        return {
            f"{side}_min": 0.0,
            f"{side}_idf": 0.0,
            f"{side}_mass": 0.0,
            **{f"{side}_lt{t}": 0.0 for t in THRESHOLDS},
        }
    gap = 1.0 - best.astype(np.float64)
    return {
        f"{side}_min": float(gap.max()),
        f"{side}_idf": float((weights * gap).sum() / max(weights.sum(), 1e-9)),
        f"{side}_mass": float((weights * gap).sum()),
        **{f"{side}_lt{t}": float((best < t).sum()) for t in THRESHOLDS},
    }


def pair_features(
    a: tuple[list[tuple[int, int, str]], NDArray[np.float32]],
    b: tuple[list[tuple[int, int, str]], NDArray[np.float32]],
    idf: dict[str, float],
    default_idf: float,
    words: list[dict[str, Any]] | None = None,
) -> dict[str, float]:
    """Recall side (A's content words against all of B's words) and precision side.
    ``words``: where to add each content word's span, best match and idf."""
    features: dict[str, float] = {}
    for side, (own, own_vectors), (other, other_vectors) in (("r", a, b), ("p", b, a)):
        content = [k for k, (_, _, w) in enumerate(own) if is_content(w)]
        best = best_matches(own_vectors[content], other_vectors)
        weights = [idf.get(own[k][2], default_idf) for k in content]
        features.update(side_features(best, weights, side))
        if words is not None and len(other):
            matched = (own_vectors[content] @ other_vectors.T).argmax(axis=1) if content else []
            for k, score, weight, m in zip(content, best, weights, matched, strict=True):
                start, end, word = own[k]
                words.append(
                    {
                        "side": "a" if side == "r" else "b",
                        "span": [start, end],
                        "word": word,
                        "best": round(float(score), 4),
                        "match": other[int(m)][2],
                        "idf": round(weight, 3),
                    }
                )
    for name in ("min", "idf", "mass", *(f"lt{t}" for t in THRESHOLDS)):
        features[f"rp_{name}"] = max(features[f"r_{name}"], features[f"p_{name}"])
    return features


class TokenVectors:
    """Words and word vectors of texts, through the default model's BERT encoder."""

    def __init__(self) -> None:
        import torch

        import vardiff

        model = vardiff.SentenceEmbedder(None).model()
        self._bert = model._bert
        if self._bert is None:
            raise SystemExit("the default model is not run by vardiff._bert here")
        self._lower = model._lower
        self._torch = torch

    def __call__(
        self, texts: Sequence[str], batch: int = 32
    ) -> Iterator[tuple[list[tuple[int, int, str]], NDArray[np.float32]]]:
        torch = self._torch
        tokenizer = self._bert._tokenizer
        with torch.inference_mode():
            for first in range(0, len(texts), batch):
                chunk = [t.strip() for t in texts[first : first + batch]]
                fed = [t.lower() for t in chunk] if self._lower else chunk
                encodings = tokenizer.encode_batch(fed)
                ids = torch.tensor([e.ids for e in encodings], dtype=torch.long)
                mask = torch.tensor([e.attention_mask for e in encodings], dtype=torch.long)
                states = self._bert(ids, mask).float().numpy()
                for text, encoding, state in zip(chunk, encodings, states, strict=True):
                    spans = words_of(text)
                    yield spans, word_vectors(spans, encoding.offsets, state)


def compute(
    records: list[dict[str, Any]], words: dict[str, list[dict[str, Any]]] | None = None
) -> dict[str, dict[str, float]]:
    """Per record id, its pair's token-alignment features (and into ``words``, per record
    id, each content word's best match)."""
    texts_of: dict[str, tuple[str, str]] = {}
    for name in sorted({r["set"] for r in records}):
        for item in judge_data.SETS[name]():
            texts_of[item["id"]] = (item["a"], item["b"])
    texts = sorted({t for r in records for t in texts_of[r["id"]]}, key=len, reverse=True)
    # Document frequency over the dev texts (no label read): a rare word matters more.
    df = Counter(w for t in texts for w in {w for _, _, w in words_of(t)})
    idf = {w: math.log((len(texts) + 1) / (n + 1)) + 1.0 for w, n in df.items()}
    default_idf = math.log(len(texts) + 1) + 1.0
    encoder = TokenVectors()
    vectors: dict[str, tuple[list[tuple[int, int, str]], NDArray[np.float32]]] = {}
    for k, (text, value) in enumerate(zip(texts, encoder(texts), strict=True)):
        vectors[text] = (value[0], value[1].astype(np.float16).astype(np.float32))
        if k % 1000 == 0:
            print(f"{k}/{len(texts)} texts", file=sys.stderr, flush=True)
    features = {}
    for r in records:
        listed: list[dict[str, Any]] | None = None if words is None else []
        a, b = texts_of[r["id"]]
        features[r["id"]] = pair_features(vectors[a], vectors[b], idf, default_idf, listed)
        if words is not None and listed is not None:
            words[r["id"]] = listed
    return features


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def crossfit_scores(
    records: list[dict[str, Any]], columns: list[NDArray[np.float64]]
) -> NDArray[np.float64]:
    """Out-of-fold probability of a logistic regression on ``columns``, folds by item."""
    x = np.column_stack(columns)
    x = (x - x.mean(axis=0)) / np.maximum(x.std(axis=0), 1e-9)
    y = np.array([r["label"] for r in records])
    folds = np.array([fold_of(r) for r in records])
    out = np.zeros(len(records))
    for fold in range(FOLDS):
        train = folds != fold
        weights = fit_logistic(x[train], y[train])
        out[~train] = 1.0 / (1.0 + np.exp(-(x[~train] @ weights[1:] + weights[0])))
    return out


def fit_logistic(
    x: NDArray[np.float64], y: NDArray[np.int64], l2: float = 1.0, steps: int = 50
) -> NDArray[np.float64]:
    """Bias and weights of an L2-penalised logistic regression (Newton's method)."""
    design = np.column_stack([np.ones(len(x)), x])
    weights = np.zeros(design.shape[1])
    penalty = np.eye(design.shape[1]) * l2
    penalty[0, 0] = 0.0  # the bias goes free
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(design @ weights)))
        gradient = design.T @ (p - y) + penalty @ weights
        hessian = (design * (p * (1 - p))[:, None]).T @ design + penalty
        step = np.linalg.solve(hessian, gradient)
        weights -= step
        if float(np.abs(step).max()) < 1e-8:
            break
    return weights


def table(records: list[dict[str, Any]], scores: dict[str, NDArray[np.float64]]) -> str:
    """Per set and kind, each scorer's AUC against the set's quiet pairs, and its share caught
    at the score that fails 5 % of DEMETR's correct translations."""
    index = {r["id"]: k for k, r in enumerate(records)}
    correct = [index[r["id"]] for r in records if r["set"] == "demetr" and r["kind"] == "correct"]
    cuts = {name: float(np.quantile(s[correct], 0.95)) for name, s in scores.items()}
    names = list(scores)
    lines = [
        "| set | kind | n | " + " | ".join(f"{n}: AUC / caught" for n in names) + " |",
        "|---|---|---|" + "---|" * len(names),
    ]
    for name, is_negative in judge_bench.NEGATIVES.items():
        negatives = [
            index[r["id"]]
            for r in records
            if r["set"] == name and is_negative(r)  # type: ignore[no-untyped-call]
        ]
        if not negatives:
            continue
        kinds = sorted({r["kind"] for r in records if r["set"] == name})
        for kind in kinds:
            members = [index[r["id"]] for r in records if r["set"] == name and r["kind"] == kind]
            cells = []
            for scorer in names:
                s = scores[scorer]
                caught = float(np.mean(s[members] > cuts[scorer]))
                quiet_kind = set(members) <= set(negatives)
                area = (
                    float("nan")
                    if quiet_kind
                    else judge_bench.auc(list(s[members]), list(s[negatives]))
                )
                cells.append(f"{area:.3f} / {caught:.1%}")
            lines.append(f"| {name} | {kind} | {len(members)} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def covered_a(word: str, findings: list[dict[str, Any]]) -> bool:
    """Whether a finding already names ``word`` of A (a removal's or a rewording's A text)."""
    pattern = re.compile(r"\b" + re.escape(word) + r"\b", re.IGNORECASE)
    return any(f["a"] and pattern.search(f["a"]) for f in findings)


def covered_b(span: list[int], findings: list[dict[str, Any]]) -> bool:
    """Whether a finding's B span overlaps ``span`` of B."""
    return any(
        f["b_span"] and f["b_span"][0] < span[1] and span[0] < f["b_span"][1] for f in findings
    )


def with_coverage(
    records: list[dict[str, Any]],
    words: dict[str, list[dict[str, Any]]],
    threshold: float,
    prior: float = 0.3,
) -> list[dict[str, Any]]:
    """The records with the findings a coverage check would add: each content word whose best
    match on the other side is under ``threshold`` (``coverage.missing``: a word of A,
    ``coverage.added``: a word of B), unless a finding already names it (the duplicates the
    judge drops on character spans). No A span is dumped, so a word of A counts as named when
    a finding's A text holds it."""
    out = []
    for record in records:
        new = []
        for word in words.get(record["id"], []):
            if word["best"] >= threshold:
                continue
            missing = word["side"] == "a"
            if missing and covered_a(word["word"], record["findings"]):
                continue
            if not missing and covered_b(word["span"], record["findings"]):
                continue
            new.append(
                {
                    "check": "coverage.missing" if missing else "coverage.added",
                    "category": "omission" if missing else "addition",
                    "prior": prior,
                    "severity": "low",
                    "evidence": {
                        **record["pair"],
                        "similarity": word["best"],
                        "idf": word["idf"],
                    },
                    "a": word["word"] if missing else "",
                    "b": "" if missing else word["word"],
                    "b_span": None if missing else word["span"],
                }
            )
        out.append({**record, "findings": record["findings"] + new})
    return out


def _scorer(held: dict[str, Any]) -> Callable[[dict[str, Any]], tuple[float, bool]]:
    """Each pair scored by the calibration fitted without its item."""
    return lambda record: judge_bench.scored(record, held[record["id"]])


def simulate(
    records: list[dict[str, Any]],
    words: dict[str, list[dict[str, Any]]],
    threshold: float,
    *,
    out_of_fold: bool,
) -> str:
    """The dev figures of a calibration refit on the dumps as they are, and of one refit on
    the dumps with the coverage findings added (in sample, and with ``out_of_fold`` also as
    ``crossfit.py`` scores them)."""
    import crossfit
    from calibrate import calibration_document

    from vardiff.judge._calibration import parse_calibration

    tables = []
    for name, dumps in (
        ("refit", records),
        ("refit+coverage", with_coverage(records, words, threshold)),
    ):
        document = calibration_document(dumps, version=name, sets="all")
        tables.append(judge_bench.evaluate(dumps, parse_calibration(document)))
        if out_of_fold:
            held = crossfit.crossfit(dumps)
            tables.append(judge_bench.evaluate(dumps, None, scorer=_scorer(held)))
    heads = ["refit", "refit+coverage"]
    if out_of_fold:
        heads = ["refit", "refit: cross-fit", "refit+coverage", "refit+coverage: cross-fit"]
    lines = [
        "| set | kind | n | " + " | ".join(f"{h}: fails / AUC" for h in heads) + " |",
        "|---|---|---|" + "---|" * len(heads),
    ]
    for rows in zip(*tables, strict=True):
        cells = [f"{r['flagged']:.1%} / {r['auc']:.3f}" for r in rows]
        first = rows[0]
        lines.append(
            f"| {first['set']} | {first['kind']} | {first['n']} | " + " | ".join(cells) + " |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--features", type=Path, default=OUT / "token_features.jsonl")
    parser.add_argument(
        "--combine",
        default="r_min,p_min,rp_min,r_idf,p_idf,r_mass,p_mass,r_lt0.6,p_lt0.6",
        help="features to combine with the judge score, one at a time (comma-separated)",
    )
    parser.add_argument(
        "--simulate",
        type=float,
        metavar="THRESHOLD",
        help="instead: add a coverage check's findings (best match under THRESHOLD) to the "
        "dumps and compare a calibration refit with and without them",
    )
    parser.add_argument("--crossfit", action="store_true", help="with --simulate: out of fold too")
    args = parser.parse_args()
    records = load()
    if args.features.exists():
        with args.features.open(encoding="utf-8") as handle:
            features = {row["id"]: row["features"] for row in map(json.loads, handle)}
    else:
        words: dict[str, list[dict[str, Any]]] = {}
        features = compute(records, words)
        with args.features.open("w", encoding="utf-8") as handle:
            for key, value in features.items():
                row = {"id": key, "features": value, "words": words[key]}
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    if args.simulate is not None:
        with args.features.open(encoding="utf-8") as handle:
            words = {row["id"]: row["words"] for row in map(json.loads, handle)}
        print(simulate(records, words, args.simulate, out_of_fold=args.crossfit))
        return 0
    calibration = load_calibration()
    judge = np.array([judge_bench.scored(r, calibration)[0] for r in records])
    chosen = args.combine.split(",")
    alone = {
        "judge": judge,
        **{f: np.array([features[r["id"]][f] for r in records]) for f in chosen},
    }
    print(f"## Each feature alone (judge: {calibration.version}, in sample)\n")
    print(table(records, alone))
    judge_logit = np.array([_logit(p) for p in judge])
    length = np.array([math.log(r["words"]) for r in records])
    combined = {
        "judge": crossfit_scores(records, [judge_logit]),
        "judge+len": crossfit_scores(records, [judge_logit, length]),
    }
    for name in chosen:
        combined[f"+{name}"] = crossfit_scores(records, [judge_logit, alone[name]])
    combined["+all"] = crossfit_scores(records, [judge_logit, *(alone[n] for n in chosen)])
    print("\n## The judge's score with each feature: logistic regression, 5 folds by item\n")
    print(table(records, combined))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
