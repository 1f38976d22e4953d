"""Does a piece of evidence tell a word put into a correct translation from one a translator
adds honestly? An experiment for the ``addition.*`` rules (issue 7).

Positives: DEMETR's ``addition`` perturbations, the inserted word known from the correct MT
against the perturbed one. Negatives: honest insertions, the content words a correct
translation has that its reference says in no form (DEMETR's correct MTs; MQM's error-free
segments). Each word is read in the sentence the judge sees it in (B) against the reference
(A), and each candidate's ROC AUC on its own is printed (0.5: no better than chance; the
direction is the one the evidence was meant to have, so an AUC under 0.5 reads the other way):

- ``shift``: 1 - cos(B, B without the word): how much the word moves B's meaning;
- ``gain``: cos(A, B without the word) - cos(A, B): how much closer to A B is without it;
- ``word_a``: - cos(word, A): the word unlike A's sentence;
- ``word_max``: - max cos(word, a word of A);
- ``word_rest``: - cos(word, B without the word): the word unlike its own sentence;
- ``local``: 1 - cos(the word with its neighbours, the neighbours alone);
- ``unrelated``: the lexicon relates the word to no word of A (synonym, broader, narrower,
  another kind, a derivation, a modifier synonym);
- ``mod_unmod``: an adjective before a noun that A has without a modifier before it.

Subsets: ``between`` (the word stands between two words A has side by side, as
``addition.inserted`` reads it) and ``fired`` (the word is one the model-free scan's
``addition.*`` / ``modifier.added`` findings name, ``--scan``).

    python benchmarks/addition_evidence.py [--scan /work/notes/scan_main.jsonl] [--cache DIR]
    python benchmarks/addition_evidence.py --inject DIR

``--inject DIR`` reads the dumps of ``judge_data.py`` in DIR (made by a judge without the
evidence), gives each ``addition.*`` / ``modifier.added`` finding the judge's ``closer_*``
evidence (``vardiff/judge/removal/_closer.py``) and writes them to benchmarks/out/, for
``calibrate.py`` and ``judge_bench.py`` without a new dump (minutes instead of 15-25).
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))
sys.path.insert(0, str(ROOT))

import judge_data as jd  # noqa: E402

import vardiff  # noqa: E402
from vardiff._numbers import is_amount_word  # noqa: E402
from vardiff._words import (  # noqa: E402
    FUNCTION_WORDS,
    content_words,
    stem,
)
from vardiff.judge._edits import Hit  # noqa: E402
from vardiff.judge._lexicon import lexicon  # noqa: E402
from vardiff.judge.removal._closer import _NEAR, _SHARE, added, dropped, without  # noqa: E402
from vardiff.judge.removal._found import _between, _forms  # noqa: E402

_WORD = re.compile(r"[A-Za-z]+(?:[-'][A-Za-z]+)*")


def _tokens(text: str) -> list[re.Match[str]]:
    return list(_WORD.finditer(text))


def _content(word: str) -> bool:
    return word.isalpha() and word.lower() not in FUNCTION_WORDS and len(word) > 1


def inserted(mt: str, perturbed: str) -> Iterator[int]:
    """Indices of the perturbed sentence's tokens that an insertion added to the MT."""
    left = [t.group().lower() for t in _tokens(mt)]
    right = [t.group().lower() for t in _tokens(perturbed)]
    ops = difflib.SequenceMatcher(a=left, b=right, autojunk=False).get_opcodes()
    for op, _i1, _i2, j1, j2 in ops:
        if op == "insert":
            yield from range(j1, j2)


def unsupported(a: str, b: str) -> Iterator[int]:
    """Indices of B's content tokens that A says in no form."""
    forms_a: set[str] = set()
    for token in _tokens(a):
        forms_a |= _forms(token.group().lower())
    for index, token in enumerate(_tokens(b)):
        word = token.group()
        if word != word.lower() or not _content(word):
            continue
        if _forms(word.lower()) & forms_a:
            continue
        yield index


def _related(word: str, a: str) -> bool:
    lex = lexicon()
    word = word.lower()
    forms = _forms(word) | set(lex.derived(word))
    for token in _tokens(a):
        other = token.group().lower()
        if not _content(other):
            continue
        other_forms = _forms(other) | set(lex.derived(other))
        if forms & other_forms:
            return True
        for pos in "nv":
            kin = lex.kinship(other, word, pos=pos)
            if kin is not None:
                return True
        if lex.modifier_synonyms(word, other):
            return True
    return False


def _mod_unmod(tokens: list[str], index: int, a: str) -> bool:
    lex = lexicon()
    word = tokens[index].lower()
    if index + 1 >= len(tokens) or not lex.is_adjective(word):
        return False
    noun = tokens[index + 1].lower()
    if not lex.is_noun(noun):
        return False
    said = [t.group().lower() for t in _tokens(a)]
    places = [i for i, w in enumerate(said) if _forms(w) & _forms(noun)]
    if not places:
        return False
    return all(
        i == 0 or not lex.is_adjective(said[i - 1]) or said[i - 1] in FUNCTION_WORDS for i in places
    )


def cases(scan: dict[str, set[str]]) -> list[dict[str, Any]]:
    """One row per word: its sentence, its place and its label (1: put in by DEMETR)."""
    rows: list[dict[str, Any]] = []
    for item in jd._demetr():
        ref, mt = item["reference"], item["mt"]
        for perturbed in item["perturbed"]:
            if not perturbed["kind"].endswith("_addition"):
                continue
            text = perturbed["text"]
            for index in inserted(mt, text):
                rows.append(_row("demetr_addition", 1, ref, text, index, item["id"], scan))
        for index in unsupported(ref, mt):
            rows.append(_row("demetr_correct", 0, ref, mt, index, item["id"], scan))
    for item in jd.mqm_items():
        if item["label"] == 0:
            for index in unsupported(item["a"], item["b"]):
                rows.append(
                    _row("mqm_error_free", 0, item["a"], item["b"], index, item["id"], scan)
                )
    return [r for r in rows if r is not None]


def _row(
    group: str, label: int, a: str, b: str, index: int, item: Any, scan: dict[str, set[str]]
) -> dict[str, Any]:
    tokens = _tokens(b)
    token = tokens[index]
    word = token.group()
    left = tokens[index - 1].group() if index else ""
    right = tokens[index + 1].group() if index + 1 < len(tokens) else ""
    without = re.sub(r"\s+", " ", b[: token.start()] + b[token.end() :]).strip()
    words = [t.group() for t in tokens]
    key = f"{a}\t{b}"
    return {
        "group": group,
        "label": label,
        "item": item,
        "a": a,
        "b": b,
        "word": word,
        "without": without,
        "local": f"{left} {word} {right}".strip(),
        "local_without": f"{left} {right}".strip(),
        "a_words": [w for w in (t.group() for t in _tokens(a)) if _content(w)],
        "between": index in _between(a, b, lambda toks, i: _content(toks[i])),
        "fired": word.lower() in scan.get(key, set()),
        "unrelated": not _related(word, a),
        "mod_unmod": _mod_unmod(words, index, a),
    }


def auc(labels: list[int], scores: list[float]) -> float:
    pos = [s for s, y in zip(scores, labels, strict=True) if y]
    neg = [s for s, y in zip(scores, labels, strict=True) if not y]
    if not pos or not neg:
        return float("nan")
    neg_sorted = np.sort(np.asarray(neg))
    p = np.asarray(pos)
    below = np.searchsorted(neg_sorted, p, side="left")
    above = np.searchsorted(neg_sorted, p, side="right")
    return float((below + (above - below) / 2).sum() / (len(pos) * len(neg)))


def _scan(path: str | None) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    if not path:
        return found
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            named = {
                w.lower()
                for check, _score, _a, b in row["f"]
                if check.startswith("addition.") or check == "modifier.added"
                for w in _WORD.findall(b)
            }
            if named:
                found.setdefault(f"{row['a']}\t{row['b']}", set()).update(named)
    return found


SETS = {
    "demetr": jd.demetr_items,
    "revision": jd.revision_items,
    "contrast": jd.contrast_items,
    "mqm": jd.mqm_items,
    "mqm_systems": jd.mqm_system_items,
}


# The wording findings that name words only B has (a word replaced, added, or in a rebuilt
# sentence matched by nothing of A), and how many of a finding's words are read, one sentence
# each: ``--inject DIR --worded RULES`` (an experiment; the judge does not give them this).
WORDED = ("wording.replaced", "wording.added", "wording.unmatched_b")
_MOST_WORDS = 3


def new_words(a: str, words: str) -> list[str]:
    """The content words of ``words`` (a wording finding's B side) whose stem A lacks, amounts
    aside, the first three: what B says that A says in no form."""
    stems = {stem(w) for w in content_words(a)}
    new = [w for w in dict.fromkeys(content_words(words)) if not is_amount_word(w)]
    return [w for w in new if stem(w) not in stems][:_MOST_WORDS]


def worded_rests(a: str, b: str, words: str) -> list[str]:
    """B less each of the new words of ``words``, one at a time (one sentence per word)."""
    return [rest for word in new_words(a, words) if (rest := without(b, word))]


def closer_evidence(
    similarity: Callable[[str, str], float], a: str, b: str, rests: list[str]
) -> dict[str, float]:
    """How much closer B comes to A without the new word whose leaving out brings it closest
    (``closer_without``), and that gain's share of the pair's distance (``closer_share``)."""
    if not rests:
        return {}
    pair = similarity(a, b)
    gain = max(similarity(a, rest) for rest in rests) - pair
    share = max(-_SHARE, min(_SHARE, gain / max(1.0 - pair, _NEAR)))
    return {"closer_without": round(gain, 4), "closer_share": round(share, 4)}


def inject(
    source: Path,
    embedder: vardiff.SentenceEmbedder,
    worded: tuple[str, ...] = (),
    target: Path = jd.OUT,
) -> None:
    """The dumps in ``source`` with the ``closer_*`` evidence, written to ``target``; with
    ``worded``, the wording findings of those rules get it too (``closer_evidence``: the
    best of B less each new word)."""
    dumps: dict[str, tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]] = {}
    texts: dict[str, None] = {}
    for name, generate in SETS.items():
        items = {item["id"]: item for item in generate()}
        with (source / f"dump_{name}.jsonl").open(encoding="utf-8") as handle:
            records = [json.loads(line) for line in handle]
        dumps[name] = (records, items)
        for record in records:
            item = items[record["id"]]
            for finding in record["findings"]:
                compared = _rest(finding, item["a"], item["b"])
                if compared:
                    texts.update(dict.fromkeys((item["a"], item["b"], *compared)))
                if finding["check"] in worded:
                    rests = worded_rests(item["a"], item["b"], finding["b"])
                    if rests:
                        texts.update(dict.fromkeys((item["a"], item["b"], *rests)))
    ordered = list(texts)
    print(f"{len(ordered)} texts to embed", file=sys.stderr, flush=True)
    vectors = dict(zip(ordered, embedder.embed(ordered), strict=True))
    given = 0

    def cos(left: str, right: str) -> float:
        return float(vectors[left] @ vectors[right])

    for name, (records, items) in dumps.items():
        with (target / f"dump_{name}.jsonl").open("w", encoding="utf-8") as handle:
            for record in records:
                item = items[record["id"]]
                for finding in record["findings"]:
                    compared = _rest(finding, item["a"], item["b"])
                    if compared:
                        pair = cos(item["a"], item["b"])
                        gain = cos(*compared) - pair
                        share = max(-_SHARE, min(_SHARE, gain / max(1.0 - pair, _NEAR)))
                        finding["evidence"]["closer_without"] = round(gain, 4)
                        finding["evidence"]["closer_share"] = round(share, 4)
                        given += 1
                    if finding["check"] in worded:
                        rests = worded_rests(item["a"], item["b"], finding["b"])
                        evidence = closer_evidence(cos, item["a"], item["b"], rests)
                        finding["evidence"].update(evidence)
                        given += bool(evidence)
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{given} findings given closer_* evidence", file=sys.stderr)


def _rest(finding: dict[str, Any], a: str, b: str) -> tuple[str, str] | None:
    """The two texts ``closer_without`` compares for a finding that lacks the evidence (dumps
    of a judge that gives it already keep theirs): A and B less its words for words only in B,
    A less its words and B for words B lacks (``removal._closer``)."""
    if "closer_without" in finding["evidence"]:
        return None
    hit = Hit(finding["check"], "", finding["a"], finding["b"], "", 0.0)
    if added(hit):
        rest = without(b, hit.b)
        return None if rest is None else (a, rest)
    if dropped(hit):
        rest = without(a, hit.a)
        return None if rest is None else (rest, b)
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scan", default=None)
    parser.add_argument("--cache", default=str(ROOT / "out" / "cache"))
    parser.add_argument("--out", default=None, help="write the rows with their features")
    parser.add_argument("--inject", type=Path, default=None, help="a folder of dumps")
    parser.add_argument(
        "--worded",
        default="",
        help=f"with --inject, the wording rules that get the evidence too ({','.join(WORDED)})",
    )
    parser.add_argument("--target", type=Path, default=jd.OUT, help="where --inject writes")
    args = parser.parse_args()
    if args.inject:
        inject(
            args.inject,
            vardiff.SentenceEmbedder(None, cache=vardiff.EmbeddingCache(args.cache)),
            worded=tuple(w for w in args.worded.split(",") if w),
            target=args.target,
        )
        return
    rows = cases(_scan(args.scan))
    texts = {t for r in rows for t in (r["a"], r["b"], r["without"], r["word"], r["local"])}
    texts |= {r["local_without"] for r in rows if r["local_without"]}
    texts |= {w for r in rows for w in r["a_words"]}
    ordered = sorted(texts)
    print(f"{len(rows)} words, {len(ordered)} texts to embed", file=sys.stderr, flush=True)
    embedder = vardiff.SentenceEmbedder(None, cache=vardiff.EmbeddingCache(args.cache))
    vectors = dict(zip(ordered, embedder.embed(ordered), strict=True))

    def cos(x: str, y: str) -> float:
        return float(vectors[x] @ vectors[y]) if x and y else 0.0

    for r in rows:
        r["shift"] = 1 - cos(r["b"], r["without"])
        r["gain"] = cos(r["a"], r["without"]) - cos(r["a"], r["b"])
        r["word_a"] = -cos(r["word"], r["a"])
        r["word_max"] = -max((cos(r["word"], w) for w in r["a_words"]), default=0.0)
        r["word_rest"] = -cos(r["word"], r["without"])
        r["local"] = 1 - cos(r["local"], r["local_without"]) if r["local_without"] else 0.0
        r["unrelated"] = float(r["unrelated"])
        r["mod_unmod"] = float(r["mod_unmod"])
    features = ["shift", "gain", "word_a", "word_max", "word_rest", "local", "unrelated"]
    features.append("mod_unmod")
    positives = [r for r in rows if r["label"]]
    splits: dict[str, Callable[[dict[str, Any]], bool]] = {
        "all": lambda r: True,
        "between": lambda r: r["between"],
        "fired": lambda r: r["fired"],
    }
    for negatives in ("demetr_correct", "mqm_error_free"):
        for name, keep in splits.items():
            pos = [r for r in positives if keep(r)]
            neg = [r for r in rows if r["group"] == negatives and keep(r)]
            labels = [1] * len(pos) + [0] * len(neg)
            figures = "  ".join(
                f"{f} {auc(labels, [r[f] for r in pos + neg]):.3f}" for f in features
            )
            print(f"{negatives:15} {name:8} {len(pos):4} vs {len(neg):5}  {figures}")
    if args.out:
        with open(args.out, "w", encoding="utf-8") as handle:
            for r in rows:
                handle.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
