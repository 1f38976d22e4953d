"""Benchmark vardiff's judge against expert MQM error annotations of real translations.

Data: ``mqm_ted_zhen.dev.tsv`` (two TED talks, Chinese → English, 15 English versions: the
human translations ``ref`` and ``refB`` and 13 machine translation systems), one row per error
that one rater marked against the Chinese source.

For each talk and each system S ≠ ``ref``, document A is ``ref``'s segments joined in
``seg_id`` order, one per line, and document B is S's segments likewise. The full pipeline
runs (``Comparer.compare``: segmentation, alignment, diff, judge). Each B sentence is mapped to
its ``seg_id`` through its character offsets (the line it sits on); a segment of S is touched by
every pair that holds one of its sentences, and also by every *omitted* pair that holds a
``ref`` sentence of the same ``seg_id`` (ref content left out of S is drift of that segment).

Segment labels (per talk, seg_id, S):

* ``major``: some rater marked a Major error in Accuracy/Mistranslation, Accuracy/Omission or
  Accuracy/Addition;
* ``no-error``: every row of the segment is ``No-error``;
* anything else is left out of the two-way split (counted).

Methods, all judged on the same segments and the same vardiff alignment (only judging differs):

* ``vardiff``: flagged when a touching pair has a finding of severity ≥ medium; score = the
  largest ``pair.drift`` of the touching pairs.
* ``word-diff``: flagged when a touching pair's word-diff ops change any content word (≥ 3
  letters, not in a small stopword list; no threshold); score = the largest share of changed
  content words in a touching pair (1.0 for an omitted or added pair).
* ``similarity``: score = 1 - the smallest ``pair.similarity`` of the touching pairs (similarity
  0 for an omitted or added pair); flagged when that similarity is below a threshold chosen so
  that its flag rate on ref-vs-refB equals vardiff's false-alarm rate on ref-vs-refB.
* ``word-diff@FA``: the word-diff score with a threshold chosen the same way (an extra row, so
  that both baselines are also seen at vardiff's false-alarm rate).

AUC is the Mann-Whitney statistic (ties count one half), with a 95% bootstrap interval that
resamples (talk, seg_id) clusters, since the systems' translations of one segment are not
independent. Run from the repository root::

    python benchmarks/mqm_bench.py [--out FILE.json] [--systems N]
"""

from __future__ import annotations

import argparse
import bisect
import csv
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import vardiff  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "mqm_ted_zhen.dev.tsv"
DEFAULT_CACHE = Path("/tmp/vardiff-mqm-cache")
REFERENCE = "ref"
SECOND_HUMAN = "refB"
TAG = re.compile(r"</?v>")
MARKED = re.compile(r"<v>(.*?)</v>")
ACCURACY = frozenset({"Accuracy/Mistranslation", "Accuracy/Omission", "Accuracy/Addition"})
NO_ERROR = "No-error"
FLAG_SEVERITY = vardiff.Severity.MEDIUM
BOOTSTRAP_ROUNDS = 1000
EXAMPLES = 5
LENGTH_BINS = 4  # quartiles of segment length for the length-matched AUC

# The plain word-diff baseline's stopwords: deliberately small and generic.
STOPWORDS = frozenset(
    "the and for are but not you all any can had her was one our out has him his how its may "
    "who did get she they them then than that this these those there their what when where "
    "which with from have been were will would could should into also just only very more most "
    "some such about over under after before because while your ours".split()
)
WORD = re.compile(r"[^\W\d_]+")

SegKey = tuple[str, int, str]  # (talk, seg_id, system)


# --------------------------------------------------------------------------- data


@dataclass
class Annotation:
    category: str
    severity: str
    rater: str
    marked: str  # the target with the erroneous span inside <v>…</v>


@dataclass
class Corpus:
    """Plain segment texts per (talk, system) and the raters' rows per segment."""

    texts: dict[tuple[str, str], dict[int, str]]
    rows: dict[SegKey, list[Annotation]]

    @property
    def talks(self) -> list[str]:
        return sorted({talk for talk, _ in self.texts})

    @property
    def systems(self) -> list[str]:
        return sorted({system for _, system in self.texts})

    def label(self, key: SegKey) -> str:
        rows = self.rows.get(key, [])
        if any(r.severity == "Major" and r.category in ACCURACY for r in rows):
            return "major"
        if rows and all(r.category == NO_ERROR for r in rows):
            return "no-error"
        return "other"


def load_corpus(path: Path) -> Corpus:
    csv.field_size_limit(sys.maxsize)
    texts: dict[tuple[str, str], dict[int, str]] = defaultdict(dict)
    rows: dict[SegKey, list[Annotation]] = defaultdict(list)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            talk, system, seg_id = row["doc"], row["system"], int(row["seg_id"])
            plain = TAG.sub("", row["target"]).strip()
            known = texts[(talk, system)].setdefault(seg_id, plain)
            if known != plain:
                raise ValueError(f"{talk} {system} {seg_id}: two different targets")
            rows[(talk, seg_id, system)].append(
                Annotation(row["category"], row["severity"], row["rater"], row["target"])
            )
    return Corpus(texts=dict(texts), rows=dict(rows))


# --------------------------------------------------------------------------- per segment


@dataclass
class SegmentResult:
    talk: str
    seg_id: int
    system: str
    label: str
    ref_label: str
    a_text: str  # ref's segment
    b_text: str  # S's segment
    vardiff_flag: bool
    vardiff_score: float
    word_flag: bool
    word_fraction: float
    word_count: int
    min_similarity: float
    contained: bool  # every touching pair lies inside this seg_id on both sides
    pairs: list[dict[str, Any]] = field(default_factory=list)
    errors: list[dict[str, str]] = field(default_factory=list)

    @property
    def key(self) -> SegKey:
        return (self.talk, self.seg_id, self.system)

    def flagged_findings(self) -> list[dict[str, Any]]:
        return [
            f
            for p in self.pairs
            for f in p["findings"]
            if vardiff.Severity(f["severity"]) >= FLAG_SEVERITY
        ]


def span_in_reference(seg: SegmentResult) -> bool:
    """True when a Major accuracy error's marked span occurs verbatim in ref's segment: ref
    says the same there, so no reference-based comparison can see the error."""
    for error in seg.errors:
        if error["severity"] == "Major" and error["category"] in ACCURACY:
            marked = MARKED.search(error["marked"])
            if marked and marked.group(1).strip().lower() in seg.a_text.lower():
                return True
    return False


def content_tokens(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text) if len(w) >= 3 and w.lower() not in STOPWORDS]


def word_change(pair: vardiff.Pair) -> tuple[int, float]:
    """Changed content words of a pair (both sides, multiset difference inside each op) and
    their share of all content words of the pair. An omitted or added pair is all change."""
    total = len(content_tokens(pair.a_text)) + len(content_tokens(pair.b_text))
    if pair.status in ("omitted", "added"):
        return total, 1.0
    changed = 0
    for op in pair.ops:
        if op.op == "equal":
            continue
        words_a, words_b = Counter(content_tokens(op.a)), Counter(content_tokens(op.b))
        changed += sum((words_a - words_b).values()) + sum((words_b - words_a).values())
    return changed, (changed / total if total else 0.0)


def pair_similarity(pair: vardiff.Pair) -> float:
    if pair.status in ("omitted", "added") or pair.similarity is None:
        return 0.0
    return float(pair.similarity)


def line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer("\n", text)]


def lines_of(sentence: vardiff.Sentence, starts: Sequence[int]) -> range:
    first = bisect.bisect_right(starts, sentence.start) - 1
    last = bisect.bisect_right(starts, max(sentence.start, sentence.end - 1)) - 1
    return range(first, last + 1)


def pair_record(pair: vardiff.Pair) -> dict[str, Any]:
    return {
        "a": pair.a_text,
        "b": pair.b_text,
        "status": pair.status,
        "similarity": None if pair.similarity is None else round(pair.similarity, 4),
        "drift": round(pair.drift, 4),
        "findings": [f.to_dict() for f in pair.findings],
    }


def compare_system(
    comparer: vardiff.Comparer, corpus: Corpus, talk: str, system: str
) -> list[SegmentResult]:
    ref, other = corpus.texts[(talk, REFERENCE)], corpus.texts[(talk, system)]
    seg_ids = sorted(ref)
    if sorted(other) != seg_ids:
        raise ValueError(f"{talk}: {system} and {REFERENCE} have different segments")
    text_a = "\n".join(ref[s] for s in seg_ids)
    text_b = "\n".join(other[s] for s in seg_ids)
    report = comparer.compare(
        text_a, text_b, name_a=f"{talk}/{REFERENCE}", name_b=f"{talk}/{system}"
    )
    starts_a, starts_b = line_starts(text_a), line_starts(text_b)
    lines_a = [lines_of(s, starts_a) for s in report.a.sentences]
    lines_b = [lines_of(s, starts_b) for s in report.b.sentences]
    touching: dict[int, list[int]] = defaultdict(list)
    spans: list[set[int]] = []  # the lines a pair covers on either side
    for index, pair in enumerate(report.pairs):
        lines = {line for j in pair.b for line in lines_b[j]}
        if pair.status == "omitted":
            lines |= {line for i in pair.a for line in lines_a[i]}
        for line in sorted(lines):
            touching[line].append(index)
        spans.append(lines | {line for i in pair.a for line in lines_a[i]})

    results = []
    for line, seg_id in enumerate(seg_ids):
        pairs = [report.pairs[k] for k in touching.get(line, [])]
        key = (talk, seg_id, system)
        changes = [word_change(p) for p in pairs]
        results.append(
            SegmentResult(
                talk=talk,
                seg_id=seg_id,
                system=system,
                label=corpus.label(key),
                ref_label=corpus.label((talk, seg_id, REFERENCE)),
                a_text=ref[seg_id],
                b_text=other[seg_id],
                vardiff_flag=any(f.severity >= FLAG_SEVERITY for p in pairs for f in p.findings),
                vardiff_score=max((p.drift for p in pairs), default=0.0),
                word_flag=any(count > 0 for count, _ in changes),
                word_fraction=max((frac for _, frac in changes), default=0.0),
                word_count=max((count for count, _ in changes), default=0),
                min_similarity=min((pair_similarity(p) for p in pairs), default=1.0),
                contained=all(spans[k] == {line} for k in touching.get(line, [])),
                pairs=[pair_record(p) for p in pairs],
                errors=[
                    {"category": r.category, "severity": r.severity, "marked": r.marked}
                    for r in corpus.rows.get(key, [])
                    if r.category != NO_ERROR
                ],
            )
        )
    return results


# --------------------------------------------------------------------------- statistics


def average_ranks(values: NDArray[np.float64]) -> NDArray[np.float64]:
    """1-based ranks, ties sharing their average rank."""
    _, inverse, counts = np.unique(values, return_inverse=True, return_counts=True)
    upper = np.cumsum(counts)
    mean_rank = upper - (counts - 1) / 2.0
    return np.asarray(mean_rank[inverse], dtype=np.float64)


def auc(scores: NDArray[np.float64], positive: NDArray[np.bool_]) -> float:
    """P(score of a positive > score of a negative) + ½ P(tie): the Mann-Whitney U / (n₁n₀)."""
    n_pos = int(positive.sum())
    n_neg = len(positive) - n_pos
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    ranks = average_ranks(scores)
    u = float(ranks[positive].sum()) - n_pos * (n_pos + 1) / 2.0
    return u / (n_pos * n_neg)


def stratified_auc(
    scores: NDArray[np.float64], positive: NDArray[np.bool_], strata: NDArray[np.int64]
) -> float:
    """AUC counting only positive/negative pairs inside the same stratum: the Mann-Whitney U of
    each stratum, summed, over the sum of its n₁n₀."""
    u_total = pairs_total = 0.0
    for stratum in np.unique(strata):
        inside = strata == stratum
        n_pos = int(positive[inside].sum())
        n_neg = int(inside.sum()) - n_pos
        if n_pos and n_neg:
            u_total += auc(scores[inside], positive[inside]) * n_pos * n_neg
            pairs_total += n_pos * n_neg
    return u_total / pairs_total if pairs_total else float("nan")


def length_strata(segments: Sequence[SegmentResult], bins: int = LENGTH_BINS) -> NDArray[np.int64]:
    """Quantile bins of the length of S's segment (content words)."""
    lengths = np.array([len(content_tokens(s.b_text)) for s in segments], dtype=np.float64)
    edges = np.quantile(lengths, np.linspace(0, 1, bins + 1)[1:-1])
    return np.asarray(np.searchsorted(edges, lengths, side="right"), dtype=np.int64)


def bootstrap_auc(
    scores: NDArray[np.float64],
    positive: NDArray[np.bool_],
    clusters: Sequence[tuple[str, int]],
    *,
    rounds: int = BOOTSTRAP_ROUNDS,
    seed: int = 0,
) -> tuple[float, float]:
    """95% percentile interval of the AUC, resampling whole clusters with replacement."""
    members: dict[tuple[str, int], list[int]] = defaultdict(list)
    for index, cluster in enumerate(clusters):
        members[cluster].append(index)
    groups = [np.array(v) for v in members.values()]
    rng = np.random.default_rng(seed)
    values = []
    for _ in range(rounds):
        picked = rng.integers(0, len(groups), size=len(groups))
        index = np.concatenate([groups[g] for g in picked])
        value = auc(scores[index], positive[index])
        if not np.isnan(value):
            values.append(value)
    if not values:
        return float("nan"), float("nan")
    low, high = np.percentile(values, [2.5, 97.5])
    return float(low), float(high)


def matched_threshold(values: Sequence[float], rate: float, *, below: bool) -> tuple[float, float]:
    """A threshold t so that the share of ``values`` flagged (``v < t`` when ``below``, else
    ``v > t``) is as close as possible to ``rate``; returns t and the share it actually gives
    (ties can make the exact rate impossible). t is the midpoint between neighbouring values."""
    ordered = sorted(values) if below else sorted(values, reverse=True)
    n = len(ordered)
    k = min(n, max(0, round(rate * n)))
    if k == 0:
        t = ordered[0] - 1e-9 if below else ordered[0] + 1e-9
    elif k == n:
        t = ordered[-1] + 1e-9 if below else ordered[-1] - 1e-9
    else:
        t = (ordered[k - 1] + ordered[k]) / 2.0
    flagged = sum((v < t) if below else (v > t) for v in ordered)
    return t, flagged / n


@dataclass
class Method:
    name: str
    rule: str  # how a segment is flagged, and how its threshold was chosen

    def flag(self, seg: SegmentResult, thresholds: dict[str, float]) -> bool:
        if self.name == "vardiff":
            return seg.vardiff_flag
        if self.name == "word-diff":
            return seg.word_flag
        if self.name == "word-diff@FA":
            return seg.word_fraction > thresholds["word-diff@FA"]
        if self.name == "similarity":
            return seg.min_similarity < thresholds["similarity"]
        if self.name == "word-diff count":
            return seg.word_flag
        raise KeyError(self.name)

    def score(self, seg: SegmentResult) -> float:
        if self.name == "vardiff":
            return seg.vardiff_score
        if self.name in ("word-diff", "word-diff@FA"):
            return seg.word_fraction
        if self.name == "word-diff count":
            return float(seg.word_count)
        if self.name == "similarity":
            return 1.0 - seg.min_similarity
        raise KeyError(self.name)


def rate(flags: Iterable[bool]) -> tuple[float, int]:
    values = list(flags)
    return (sum(values) / len(values) if values else float("nan")), len(values)


def evaluate(
    method: Method,
    segments: list[SegmentResult],
    second_human: list[SegmentResult],
    thresholds: dict[str, float],
) -> dict[str, Any]:
    split = [s for s in segments if s.label in ("major", "no-error")]
    scores = np.array([method.score(s) for s in split], dtype=np.float64)
    positive = np.array([s.label == "major" for s in split], dtype=bool)
    clusters = [(s.talk, s.seg_id) for s in split]
    major_rate, n_major = rate(method.flag(s, thresholds) for s in split if s.label == "major")
    clean_rate, n_clean = rate(method.flag(s, thresholds) for s in split if s.label == "no-error")
    fa_all, n_fa_all = rate(method.flag(s, thresholds) for s in second_human)
    fa_clean, n_fa_clean = rate(
        method.flag(s, thresholds) for s in second_human if s.label == "no-error"
    )
    # The same split restricted to segments whose ref translation is itself clean: errors in
    # ref make a correct S differ from it, which no reference-based method can avoid.
    ref_clean = np.array([s.ref_label == "no-error" for s in split], dtype=bool)
    low, high = bootstrap_auc(scores, positive, clusters)
    both_clean, n_both_clean = rate(
        method.flag(s, thresholds)
        for s in split
        if s.label == "no-error" and s.ref_label == "no-error"
    )
    return {
        "method": method.name,
        "rule": method.rule,
        "flag_rate_major": major_rate,
        "n_major": n_major,
        "flag_rate_no_error": clean_rate,
        "n_no_error": n_clean,
        "flag_rate_no_error_ref_clean": both_clean,
        "n_no_error_ref_clean": n_both_clean,
        "auc": auc(scores, positive),
        "auc_ci95": [low, high],
        "auc_length_matched": stratified_auc(scores, positive, length_strata(split)),
        "auc_ref_clean": auc(scores[ref_clean], positive[ref_clean]),
        "n_ref_clean": [int(positive[ref_clean].sum()), int((~positive[ref_clean]).sum())],
        "false_alarm_refB": fa_all,
        "n_refB": n_fa_all,
        "false_alarm_refB_no_error": fa_clean,
        "n_refB_no_error": n_fa_clean,
    }


# --------------------------------------------------------------------------- reporting


def percent(value: float) -> str:
    return "n/a" if value != value else f"{100 * value:.1f}%"


def markdown_table(rows: list[dict[str, Any]]) -> str:
    head = (
        "| Method | Flag rate, major-accuracy | Flag rate, no-error | AUC (95% CI) "
        "| AUC, length-matched | AUC, ref clean "
        "| False alarms ref→refB (all) | False alarms ref→refB (no-error) |\n"
        "|---|---|---|---|---|---|---|---|"
    )
    lines = [head]
    for r in rows:
        low, high = r["auc_ci95"]
        lines.append(
            f"| {r['method']} | {percent(r['flag_rate_major'])} "
            f"| {percent(r['flag_rate_no_error'])} "
            f"| {r['auc']:.3f} ({low:.3f}–{high:.3f}) | {r['auc_length_matched']:.3f} "
            f"| {r['auc_ref_clean']:.3f} "
            f"| {percent(r['false_alarm_refB'])} | {percent(r['false_alarm_refB_no_error'])} |"
        )
    return "\n".join(lines)


def category_counts(segments: Iterable[SegmentResult]) -> dict[str, dict[str, int]]:
    """Findings ≥ medium by category (and severity): how many, and in how many segments."""
    findings: Counter[str] = Counter()
    segs: Counter[str] = Counter()
    for seg in segments:
        seen = set()
        for f in seg.flagged_findings():
            name = f"{f['category']}/{f['severity']}"
            findings[name] += 1
            seen.add(name)
        segs.update(seen)
    return {
        name: {"findings": findings[name], "segments": segs[name]}
        for name in sorted(findings, key=lambda n: (-segs[n], n))
    }


def category_table(
    categories: dict[str, dict[str, dict[str, int]]], n_clean: int, n_major: int, n_refb: int
) -> str:
    """Per category: share of no-error, major and refB segments with such a finding."""
    names = sorted(
        set(categories["no_error"]) | set(categories["major"]),
        key=lambda n: (-categories["no_error"].get(n, {}).get("segments", 0), n),
    )
    lines = [
        "| Finding (>= medium) | no-error segments | major-accuracy segments | refB segments |",
        "|---|---|---|---|",
    ]
    for name in names:
        cells = []
        for key, total in (("no_error", n_clean), ("major", n_major), ("refB_all", n_refb)):
            count = categories[key].get(name, {}).get("segments", 0)
            cells.append(f"{count} ({percent(count / total if total else float('nan'))})")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def pick_examples(segments: list[SegmentResult], n: int, *, seed: int) -> list[SegmentResult]:
    """A deterministic spread: shuffle, then prefer segments whose first finding category (or
    first MQM category, for misses) has not been shown yet."""
    pool = list(segments)
    random.Random(seed).shuffle(pool)

    def kind(seg: SegmentResult) -> str:
        flagged = seg.flagged_findings()
        if flagged:
            return str(flagged[0]["category"])
        return seg.errors[0]["category"] if seg.errors else ""

    chosen: list[SegmentResult] = []
    kinds: set[str] = set()
    systems: set[str] = set()
    for seg in pool:
        if len(chosen) < n and kind(seg) not in kinds and seg.system not in systems:
            chosen.append(seg)
            kinds.add(kind(seg))
            systems.add(seg.system)
    for seg in pool:
        if len(chosen) < n and seg not in chosen:
            chosen.append(seg)
    return chosen


def example_record(seg: SegmentResult) -> dict[str, Any]:
    return {
        "talk": seg.talk,
        "seg_id": seg.seg_id,
        "system": seg.system,
        "label": seg.label,
        "ref_label": seg.ref_label,
        "a": seg.a_text,
        "b": seg.b_text,
        "vardiff_score": round(seg.vardiff_score, 4),
        "word_fraction": round(seg.word_fraction, 4),
        "min_similarity": round(seg.min_similarity, 4),
        "mqm_errors": seg.errors,
        "pairs": seg.pairs,
    }


def print_example(seg: SegmentResult) -> None:
    print(f"- {seg.talk} seg {seg.seg_id}, {seg.system} (ref's own label: {seg.ref_label})")
    print(f"  A (ref): {seg.a_text}")
    print(f"  B:       {seg.b_text}")
    for error in seg.errors:
        print(f"  MQM {error['severity']} {error['category']}: {error['marked']}")
    for pair in seg.pairs:
        if pair["status"] == "equal":
            continue
        print(
            f"  pair {pair['status']} sim={pair['similarity']} drift={pair['drift']}"
            + ("" if pair["a"] == seg.a_text else f" | pair A: {pair['a']}")
            + ("" if pair["b"] == seg.b_text else f" | pair B: {pair['b']}")
        )
        for f in pair["findings"]:
            print(
                f"    [{f['severity']}] {f['category']}: {f['a']!r} → {f['b']!r} "
                f"({f['message']}, score {f['score']})"
            )
    print()


# --------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="write the results as JSON here")
    parser.add_argument(
        "--systems", type=int, help="use only the first N machine systems (sorted by name)"
    )
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    args = parser.parse_args(argv)
    began = time.perf_counter()

    corpus = load_corpus(args.data)
    machines = [s for s in corpus.systems if s not in (REFERENCE, SECOND_HUMAN)]
    if args.systems is not None:
        machines = machines[: args.systems]
    comparer = vardiff.Comparer(cache=str(args.cache))

    segments: list[SegmentResult] = []
    second_human: list[SegmentResult] = []
    for talk in corpus.talks:
        for system in [SECOND_HUMAN, *machines]:
            started = time.perf_counter()
            results = compare_system(comparer, corpus, talk, system)
            (second_human if system == SECOND_HUMAN else segments).extend(results)
            print(
                f"  {talk} {system}: {len(results)} segments, "
                f"{time.perf_counter() - started:.1f}s (total {time.perf_counter() - began:.0f}s)",
                file=sys.stderr,
                flush=True,
            )

    # Thresholds of the matched baselines: their flag rate on ref→refB (all refB segments)
    # equals vardiff's false-alarm rate there. Nothing is fitted to the MQM labels.
    fa_rate, _ = rate(s.vardiff_flag for s in second_human)
    sim_t, sim_rate = matched_threshold(
        [s.min_similarity for s in second_human], fa_rate, below=True
    )
    word_t, word_rate = matched_threshold(
        [s.word_fraction for s in second_human], fa_rate, below=False
    )
    thresholds = {"similarity": sim_t, "word-diff@FA": word_t}
    methods = [
        Method("vardiff", "a finding >= medium in a touching pair (vardiff's own severities)"),
        Method("word-diff", "any changed content word in a touching pair (no threshold)"),
        Method(
            "word-diff@FA",
            f"share of changed content words > {word_t:.4f}, chosen so that the flag rate on "
            f"ref→refB equals vardiff's false-alarm rate ({percent(word_rate)})",
        ),
        Method(
            "similarity",
            f"smallest pair similarity < {sim_t:.4f}, chosen so that the flag rate on "
            f"ref→refB equals vardiff's false-alarm rate ({percent(sim_rate)})",
        ),
    ]
    rows = [evaluate(m, segments, second_human, thresholds) for m in methods]
    count_auc = evaluate(
        Method("word-diff count", "score = changed content words"),
        segments,
        second_human,
        thresholds,
    )["auc"]

    labels = Counter(s.label for s in segments)
    refb_labels = Counter(s.label for s in second_human)
    no_error = [s for s in segments if s.label == "no-error"]
    major = [s for s in segments if s.label == "major"]
    false_alarms = [s for s in no_error if s.vardiff_flag]
    misses = [s for s in major if not s.vardiff_flag]
    refb_alarms = [s for s in second_human if s.vardiff_flag]

    print()
    print(
        f"Systems ({len(machines)}): {', '.join(machines)}; talks: {', '.join(corpus.talks)}; "
        f"A = {REFERENCE}."
    )
    print(
        f"Machine segments: {len(segments)} = {labels['major']} major-accuracy + "
        f"{labels['no-error']} no-error + {labels['other']} other (left out of the split)."
    )
    print(
        f"{SECOND_HUMAN} segments: {len(second_human)} ({refb_labels['major']} major-accuracy, "
        f"{refb_labels['no-error']} no-error, {refb_labels['other']} other)."
    )
    spread = sum(not s.contained for s in [*segments, *second_human])
    print(
        f"Alignment: {spread} of {len(segments) + len(second_human)} segments are touched by a "
        "pair that reaches into another seg_id (their findings are shared by both segments)."
    )
    print()
    print(markdown_table(rows))
    print()
    for r in rows:
        print(f"- {r['method']}: {r['rule']}")
    print(
        f"- AUC of the word-diff *count* of changed content words (instead of the share): "
        f"{count_auc:.3f}"
    )
    n_pos, n_neg = rows[0]["n_ref_clean"]
    split = [s for s in segments if s.label in ("major", "no-error")]
    length_auc = auc(
        np.array([len(content_tokens(s.b_text)) for s in split], dtype=np.float64),
        np.array([s.label == "major" for s in split], dtype=bool),
    )
    print(
        f"- AUC of segment length alone (content words in S's segment, no comparison at all): "
        f"{length_auc:.3f}"
    )
    print(
        f"- 'AUC, length-matched': positives are compared only with negatives of the same "
        f"quartile of S-segment length ({LENGTH_BINS} bins), which removes the length effect."
    )
    print(
        f"- 'AUC, ref clean': the same split restricted to segments whose {REFERENCE} "
        f"translation is itself No-error ({n_pos} major, {n_neg} no-error)."
    )
    print(
        "- Flag rate on no-error segments whose ref is also No-error (no error on either side): "
        + ", ".join(f"{r['method']} {percent(r['flag_rate_no_error_ref_clean'])}" for r in rows)
        + f" (n = {rows[0]['n_no_error_ref_clean']})."
    )
    print()
    print("vardiff findings >= medium by category/severity: findings (segments)")
    categories = {
        "no_error": category_counts(no_error),
        "major": category_counts(major),
        "refB_all": category_counts(second_human),
    }
    for name, counts in categories.items():
        listed = ", ".join(f"{k} {v['findings']} ({v['segments']})" for k, v in counts.items())
        print(f"  on {name} segments: {listed or 'none'}")
    print()
    print(category_table(categories, len(no_error), len(major), len(second_human)))
    print()
    # Prefer false alarms where ref is itself clean: those are the judge's own mistakes.
    both_clean = [s for s in false_alarms if s.ref_label == "no-error"]
    print(
        f"False alarms on no-error segments: {len(false_alarms)} of {len(no_error)} "
        f"({len(both_clean)} with ref also No-error; examples from those):"
    )
    fa_examples = pick_examples(
        both_clean if len(both_clean) >= EXAMPLES else false_alarms, EXAMPLES, seed=1
    )
    for seg in fa_examples:
        print_example(seg)
    hidden = sum(span_in_reference(s) for s in misses)
    worst = Counter(
        max((vardiff.Severity(f["severity"]) for p in s.pairs for f in p["findings"]), default=None)
        for s in misses
    )
    print(
        f"Missed major-accuracy segments: {len(misses)} of {len(major)}; {hidden} of them have "
        f"the marked span verbatim in ref (invisible to a reference-based check); their worst "
        f"finding: "
        + ", ".join(f"{k.value if k else 'none'} {v}" for k, v in worst.most_common())
        + ". Examples:"
    )
    miss_examples = pick_examples(misses, EXAMPLES, seed=2)
    for seg in miss_examples:
        print_example(seg)

    runtime = time.perf_counter() - began
    print(f"Total runtime: {runtime:.1f}s")
    if args.out:
        result = {
            "data": str(args.data),
            "settings": comparer.settings.to_dict(),
            "systems": machines,
            "talks": corpus.talks,
            "reference": REFERENCE,
            "flag_severity": FLAG_SEVERITY.value,
            "labels": dict(labels),
            "refB_labels": dict(refb_labels),
            "thresholds": {
                "similarity": sim_t,
                "similarity_refB_rate": sim_rate,
                "word_diff_fa": word_t,
                "word_diff_fa_refB_rate": word_rate,
                "vardiff_refB_rate": fa_rate,
            },
            "methods": rows,
            "word_diff_count_auc": count_auc,
            "length_auc": length_auc,
            "segments_not_contained": spread,
            "categories": categories,
            "examples": {
                "false_alarms": [example_record(s) for s in fa_examples],
                "misses": [example_record(s) for s in miss_examples],
            },
            "false_alarms": [example_record(s) for s in false_alarms],
            "misses": [example_record(s) for s in misses],
            "refB_alarms": [example_record(s) for s in refb_alarms],
            "runtime_s": round(runtime, 1),
        }
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"Wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
