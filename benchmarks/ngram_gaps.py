"""Would an n-gram language model catch the removals the judge misses? (a measured no)

A word cut out of a sentence often leaves a junction no English has ("samples of who died").
The judge reads such gaps by rule; this asks whether a statistical model of English word
sequences finds more. The model is CMU Sphinx's general English 3-gram model, which the
``pocketsphinx`` wheel on PyPI carries (``pip install pocketsphinx``, not a dependency of
vardiff). For each DEMETR dev item, the reference is diffed against B by words; at every place
where B lost words of A, the junction's fit is the sum, over B's two words after the gap, of
log P(word | two words before) - log P(word): how much less likely the words are where they
stand than on their own. A pair's fit is its worst junction.

Reported: the removal pairs the judge misses under the shipped calibration (no finding of their
own at ``medium``) that the fit would add, with its threshold set so that a given share of the
correct translations the judge passes would newly fail.

Run from the repository root, after ``judge_data.py --sets demetr``:
``python benchmarks/ngram_gaps.py``.
"""

from __future__ import annotations

import difflib
import json
import re
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from calibrate import load
from judge_data import DATA, OUT
from removal_misses import _key

from vardiff import Severity
from vardiff.judge._calibration import load_calibration

Shared = frozenset[tuple[str, str, str]]
KINDS = ("noun_removed", "verb_removed", "subj_removed")
NEW_FAILURES = (0.01, 0.02, 0.04)
# pocketsphinx scores in units of log base 1.0001.
LOG_UNIT = 1e-4


def _model() -> Any:
    try:
        import pocketsphinx  # type: ignore[import-not-found]
    except ImportError:
        sys.exit("ngram_gaps.py needs the n-gram model of `pip install pocketsphinx`")
    path = Path(pocketsphinx.__file__).parent / "model" / "en-us" / "en-us.lm.bin"
    return pocketsphinx.NGramModel.readfile(str(path))


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+(?:'[a-z]+)?", text.lower().replace("\u2019", "'"))


class Fit:
    def __init__(self) -> None:
        self.model = _model()

    def _logp(self, history_then_word: list[str]) -> float:
        return float(self.model.prob(list(reversed(history_then_word)))) * LOG_UNIT

    def per_word(self, words: list[str]) -> list[float]:
        padded = ["<s>", *words, "</s>"]
        return [
            self._logp(padded[max(0, i - 2) : i + 1]) - self._logp([padded[i]])
            for i in range(1, len(padded))
        ]

    def worst_gap(self, a: str, b: str) -> float:
        words_a, words_b = _words(a), _words(b)
        fit = self.per_word(words_b)
        matcher = difflib.SequenceMatcher(a=words_a, b=words_b, autojunk=False)
        gaps = [
            sum(fit[j1 : j1 + 2]) for op, _, _, j1, _ in matcher.get_opcodes() if op == "delete"
        ]
        return min(gaps, default=float("inf"))


def _texts() -> dict[str, tuple[str, str]]:
    texts = {}
    with (DATA / "demetr_dev.jsonl").open(encoding="utf-8") as handle:
        for item in map(json.loads, handle):
            texts[f"demetr:{item['id']}:mt"] = (item["reference"], item["mt"])
            for perturbed in item["perturbed"]:
                kind = perturbed["kind"].split("_", 2)[2]
                texts[f"demetr:{item['id']}:{kind}"] = (item["reference"], perturbed["text"])
    return texts


def main() -> int:
    fit = Fit()
    calibration = load_calibration()
    records = load((OUT / "dump_demetr.jsonl",))
    by_id = {record["id"]: record for record in records}
    texts = _texts()

    def fails(
        record: dict[str, Any], shared: frozenset[tuple[str, str, str]] = frozenset()
    ) -> bool:
        return any(
            calibration.judged(f["check"], f["evidence"], f["prior"])[1] >= Severity.MEDIUM
            for f in record["findings"]
            if _key(f) not in shared
        )

    correct = [r for r in records if r["kind"] == "correct"]
    passing = np.array([fit.worst_gap(*texts[r["id"]]) for r in correct if not fails(r)])
    print(f"correct translations: {len(correct)}, passing the gate: {len(passing)}")
    print(
        "kind | pairs | missed | caught in addition at 1 / 2 / 4 % of passing correct newly failing"
    )
    for kind in KINDS:
        pairs = [r for r in records if r["kind"] == kind]
        missed = np.array(
            [
                fit.worst_gap(*texts[r["id"]])
                for r in pairs
                if not fails(r, frozenset(map(_key, by_id[r["group"] + ":mt"]["findings"])))
            ]
        )
        gains = [int(np.sum(missed < np.quantile(passing, share))) for share in NEW_FAILURES]
        shown = " / ".join(f"+{g} ({100 * g / len(pairs):.1f} pt)" for g in gains)
        print(f"{kind} | {len(pairs)} | {len(missed)} | {shown}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
