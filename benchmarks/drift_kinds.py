"""Kinds of drift the dev file lacks, made by our own rules from its items, judged end to end.

DEMETR's dev file holds 18 kinds of perturbation; the rest of DEMETR's kinds are held out. This
benchmark makes perturbations of kinds the dev file lacks, by simple rules of our own, from the
dev items' correct machine translations (``mt``), and judges the human ``reference`` against each
of them under the shipped calibration, beside the reference against the correct ``mt`` in the
same run: both rates, every time.

Drift (label 1): ``gender`` (every gendered pronoun and noun to the other gender), ``antonym``
(one word to its opposite, from a short list of our own), ``adj_adv_removed`` (an adjective
before its noun, or an adverb in -ly, removed), ``untranslated`` (a content word replaced by a
word of the source sentence), ``shuffled`` (the words in random order), ``question`` (the
statement turned into a question by its first auxiliary). Harmless (label 0): ``repeated`` (a
word written twice), ``char_removed`` (one letter dropped from a long word), ``lower_cased``
(the whole sentence in lower case), ``conjunction_removed`` (one "and", "but" or "or" left
out).

The rules are crude on purpose (a question may come out ungrammatical, an antonym may not fit
its sense): these are probes of what the checks generalise to, not a gold set. They are dev
data: never fit the calibration on them, and report their figures as development figures.

    python benchmarks/drift_kinds.py [--out benchmarks/out/drift_kinds.jsonl] [--kinds a,b]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from judge_data import OUT, run  # noqa: E402

from vardiff._words import FUNCTION_WORDS  # noqa: E402
from vardiff.judge._calibration import calibration_named  # noqa: E402
from vardiff.judge._lexicon import lexicon  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "demetr_dev.jsonl"
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
_GENDER = {
    "he": "she", "she": "he", "his": "her", "her": "his", "him": "her", "himself": "herself",
    "herself": "himself", "man": "woman", "woman": "man", "men": "women", "women": "men",
    "boy": "girl", "girl": "boy", "boys": "girls", "girls": "boys", "father": "mother",
    "mother": "father", "son": "daughter", "daughter": "son", "brother": "sister",
    "sister": "brother", "husband": "wife", "wife": "husband", "king": "queen", "queen": "king",
}  # fmt: skip
_OPPOSITES = """increase decrease, increased decreased, rise fall, rose fell, high low,
higher lower, large small, larger smaller, big small, more less, before after, first last,
early late,
open closed, win lose, won lost, strong weak, good bad, easy difficult, new old, long short,
cheap expensive, rich poor, accepted rejected, allow forbid, include exclude, positive negative,
success failure, successful unsuccessful, public private, possible impossible, most least,
best worst, major minor, internal external, domestic foreign, start end, began ended,
same different, inside outside, north south, east west, heavy light, hot cold, fast slow,
safe dangerous, legal illegal, full empty, always never, agree disagree, love hate,
remember forget, buy sell, above below, maximum minimum, majority minority, import export,
modern ancient, wet dry, top bottom, many few, often rarely, important unimportant, true false,
common rare, near far, increasing decreasing, growth decline, friend enemy, day night,
summer winter, arrived left, lowest highest, largest smallest, biggest smallest, easier harder,
better worse, western eastern, northern southern, rural urban, happy sad, wide narrow,
deep shallow, thick thin, quickly slowly"""
_OPPOSITE: dict[str, str] = {}
for _pair in _OPPOSITES.replace("\n", " ").split(","):
    _x, _y = _pair.split()
    _OPPOSITE.setdefault(_x, _y)
    _OPPOSITE.setdefault(_y, _x)
_AUXILIARIES = "is are was were will can could would has have had should may must".split()

Rule = Callable[[dict[str, Any], random.Random], str | None]


def _cased(model: str, word: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def gender(item: dict[str, Any], rng: random.Random) -> str | None:
    text = item["mt"]
    return _WORD.sub(lambda m: _cased(m.group(), _GENDER.get(m.group().lower(), m.group())), text)


def antonym(item: dict[str, Any], rng: random.Random) -> str | None:
    text = item["mt"]
    found = [m for m in _WORD.finditer(text) if m.group().lower() in _OPPOSITE]
    if not found:
        return None
    m = rng.choice(found)
    return text[: m.start()] + _cased(m.group(), _OPPOSITE[m.group().lower()]) + text[m.end() :]


def adj_adv_removed(item: dict[str, Any], rng: random.Random) -> str | None:
    text, lex = item["mt"], lexicon()
    tokens = list(_WORD.finditer(text))
    found = []
    for m, following in pairwise(tokens):
        word = m.group()
        if word[:1].isupper() or word.lower() in FUNCTION_WORDS:
            continue
        bare_adjective = not lex.is_noun(word) and not lex.is_verb(word)
        before_noun = text[m.end() : following.start()] == " " and lex.is_noun(following.group())
        adverb = word.endswith("ly") and len(word) > 4 and lex.is_adjective(word)
        if (lex.is_adjective(word) and bare_adjective and before_noun) or adverb:
            found.append(m)
    if not found:
        return None
    m = rng.choice(found)
    return (text[: m.start()] + text[m.end() :]).replace("  ", " ")


def untranslated(item: dict[str, Any], rng: random.Random) -> str | None:
    text, source = item["mt"], item["source"]
    targets = [
        m
        for m in _WORD.finditer(text)
        if len(m.group()) > 3 and m.group().lower() not in FUNCTION_WORDS and m.group().islower()
    ]
    if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", source):
        runs = re.findall(r"[\u3040-\u30ff\u4e00-\u9fff]{2,}", source)
        if not runs:
            return None
        chosen = rng.choice(runs)
        start = rng.randrange(0, max(1, len(chosen) - 1))
        foreign = chosen[start : start + 2]
    else:
        words = [
            w
            for w in re.findall(r"\w+", source)
            if len(w) > 4 and w.islower() and w.lower() not in text.lower()
        ]
        if not words:
            return None
        foreign = rng.choice(words)
    if not targets:
        return None
    m = rng.choice(targets)
    return text[: m.start()] + foreign + text[m.end() :]


def shuffled(item: dict[str, Any], rng: random.Random) -> str | None:
    words = item["mt"].rstrip(".").split()
    if len(words) < 5:
        return None
    mixed = words[:]
    while mixed == words:
        rng.shuffle(mixed)
    return " ".join(mixed) + "."


def question(item: dict[str, Any], rng: random.Random) -> str | None:
    text = item["mt"].rstrip()
    m = re.search(r"\b(" + "|".join(_AUXILIARIES) + r")\b", text)
    if not m or not text.endswith(".") or '"' in text:
        return None
    subject = text[: m.start()].strip().rstrip(",")
    if not subject or len(subject.split()) > 6:
        return None
    first = subject.split()[0]
    if first.lower() in FUNCTION_WORDS and first != "I":
        subject = subject[0].lower() + subject[1:]
    return f"{m.group().capitalize()} {subject}{text[m.end() : -1]}?"


def repeated(item: dict[str, Any], rng: random.Random) -> str | None:
    text = item["mt"]
    tokens = list(_WORD.finditer(text))[1:]
    if len(tokens) < 2:
        return None
    m = rng.choice(tokens)
    return text[: m.end()] + " " + m.group() + text[m.end() :]


def char_removed(item: dict[str, Any], rng: random.Random) -> str | None:
    text = item["mt"]
    tokens = [m for m in _WORD.finditer(text) if len(m.group()) > 5]
    if not tokens:
        return None
    m = rng.choice(tokens)
    word = m.group()
    cut = rng.randrange(1, len(word) - 1)
    return text[: m.start()] + word[:cut] + word[cut + 1 :] + text[m.end() :]


def lower_cased(item: dict[str, Any], rng: random.Random) -> str | None:
    return str(item["mt"]).lower()


def conjunction_removed(item: dict[str, Any], rng: random.Random) -> str | None:
    found = list(re.finditer(r"\b(and|but|or) ", item["mt"]))
    if not found:
        return None
    m = rng.choice(found)
    return str(item["mt"][: m.start()] + item["mt"][m.end() :])


KINDS: dict[str, tuple[Rule, int]] = {
    "gender": (gender, 1),
    "antonym": (antonym, 1),
    "adj_adv_removed": (adj_adv_removed, 1),
    "untranslated": (untranslated, 1),
    "shuffled": (shuffled, 1),
    "question": (question, 1),
    "repeated": (repeated, 0),
    "char_removed": (char_removed, 0),
    "lower_cased": (lower_cased, 0),
    "conjunction_removed": (conjunction_removed, 0),
}


def drift_items(kinds: list[str] | None = None) -> Iterator[dict[str, Any]]:
    """The reference against the correct ``mt`` (kind ``correct``) and against each made
    perturbation; one seeded generator, so every run makes the same items."""
    rng = random.Random(7)
    chosen = kinds or list(KINDS)
    with DATA.open(encoding="utf-8") as handle:
        for line in handle:
            item = json.loads(line)
            base = {"set": "drift", "group": f"drift:{item['id']}", "a": item["reference"]}
            yield {
                **base,
                **{"id": f"drift:{item['id']}:mt", "kind": "correct", "severity_class": "correct"},
                **{"label": 0, "b": item["mt"], "b_errors": []},
            }
            for kind in chosen:
                rule, label = KINDS[kind]
                made = rule(item, rng)
                if not made or made == item["mt"]:
                    continue
                yield {
                    **base,
                    **{"id": f"drift:{item['id']}:{kind}", "kind": kind, "label": label},
                    **{"severity_class": "drift" if label else "harmless", "b": made},
                    "b_errors": [],
                }


def report(records: list[dict[str, Any]]) -> str:
    """Per kind: how many pairs fail the gate (a finding ``medium`` or above) and which checks
    make them fail."""
    loud_levels = {"medium", "high"}
    count: Counter[str] = Counter()
    failing: Counter[str] = Counter()
    by_check: dict[str, Counter[str]] = {}
    for record in records:
        kind = record["kind"]
        count[kind] += 1
        loud = [f for f in record["findings"] if f["severity"] in loud_levels]
        failing[kind] += bool(loud)
        by_check.setdefault(kind, Counter()).update({f["check"] for f in loud})
    lines = ["| kind | label | n | fails gate | checks that fail it (pairs) |", "|---" * 5 + "|"]
    labels = {r["kind"]: r["label"] for r in records}
    for kind in sorted(count, key=lambda k: (labels[k], k != "correct", k)):
        checks = ", ".join(f"{c} {n}" for c, n in by_check[kind].most_common(3))
        share = 100 * failing[kind] / count[kind]
        lines.append(f"| {kind} | {labels[kind]} | {count[kind]} | {share:.1f}% | {checks} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT / "drift_kinds.jsonl")
    parser.add_argument("--kinds", default="", help="comma-separated; default: all")
    parser.add_argument("--calibration", default="fitted")
    parser.add_argument("--report-only", action="store_true", help="score an existing --out")
    args = parser.parse_args()
    if not args.report_only:
        items = list(drift_items(args.kinds.split(",") if args.kinds else None))
        OUT.mkdir(exist_ok=True)
        run(items, args.out, OUT / "cache", calibration=calibration_named(args.calibration))
    with args.out.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    print(report(records))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
