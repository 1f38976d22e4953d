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

DEMETR's kinds the dev file holds out, made by rules of our own: ``aspect`` (drift: one verb
group's aspect changed, progressive or perfect to simple and simple past to past perfect: "is
building" / "builds", "has cut" / "cut", "had been" / "was", "they agreed" / "they had
agreed"), ``hypernym`` (one common noun replaced by the first lemma of its commonest sense's
parent in the lexicon, "surgeon" / "doctor": a broader word is ``low`` at most, so it must not
fail the gate, and its share with any finding at ``low`` or above is the one to read),
``pos_shift`` (harmless: a word moved to another part of speech of its stem, "a rapid growth" /
"a rapidly growth", "the agreement" / "the agree"), ``repeat4`` (harmless: a word or two
written four times), and DEMETR's base cases: ``reference`` (B is the human reference itself:
nothing may be found), ``empty`` (B is empty: must fail) and ``shuffle_trans`` (B is the
correct translation of another dev item: must fail).

Kinds no DEMETR file has, by rules of our own. Drift:
``modality`` (one modal to another of another strength, "will" / "may", "must" / "may"),
``quantifier`` ("all" / "some", "many" / "few", "often" / "rarely"), ``date_changed`` (a
weekday or month name to another), ``unit_changed`` (the unit of an amount, the number kept:
"20 kilometres" / "20 miles"), ``person_changed`` ("we" / "they", "our" / "their"),
``attribution_dropped`` ("..., he said.", "According to the police, ...", "The ministry said
that ..." left out), ``cohyponym`` (a common noun to another kind of the same thing, a sibling
under its sense's parent in the lexicon: "surgeon" / "dentist", "road" / "lane"; the sibling is
a word a reader knows, a whole word of the model's vocabulary, and reads as that kind, its own
commonest sense: not "fecula", "kowhai", nor "clinic" for a hospital). The modal, quantifier and
pronoun swapped is one the reference says too: the judge reads the reference against the
perturbed translation, and a word the translation had already left ("might" / "will") swapped
back is no drift (since 2 December afternoon; a quantifier only where it quantifies: not "the
most important", "almost every", "many a"). Harmless:
``contraction`` ("do not" / "don't"), ``number_written`` (a number up to ten in words or
digits, "percent" / "%"), ``curly_quotes`` (straight / typographic quotes and apostrophes),
``spelling_variant`` (US / UK spelling, "color" / "colour", "organize" / "organise"),
``hyphens_dropped`` ("long-term" / "long term"), ``intensifier_removed`` ("very" left out
before an adjective), ``synonym`` (a common word to a synonym of its common sense, from a short
list of our own: "began" / "started", "area" / "region").

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
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from judge_data import OUT, run  # noqa: E402

from vardiff._embed import default_model_path  # noqa: E402
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


# -- DEMETR's held-out kinds -----------------------------------------------------------------


@lru_cache(maxsize=1)
def _irregular_forms() -> dict[str, list[str]]:
    """Verb lemma -> its irregular forms ("eat" -> ["ate", "eaten"]), from the lexicon."""
    forms: dict[str, list[str]] = {}
    for form, lemmas in lexicon()._exceptions["v"].items():
        for lemma in lemmas:
            forms.setdefault(lemma, []).append(form)
    return forms


def _verb_lemma(word: str) -> str | None:
    lemmas = [w for w in lexicon().lemmas(word.lower(), "v") if w.isalpha() and w != "be"]
    return lemmas[0] if lemmas else None


def _past_form(lemma: str) -> str | None:
    """The simple past: an irregular form that is not the participle in -n ("ate", not
    "eaten"), else the regular -ed form; None where a doubled consonant would be guessed."""
    irregular = [f for f in _irregular_forms().get(lemma, []) if not f.endswith(("ing", "s"))]
    if irregular:
        past = [f for f in irregular if not f.endswith("n")]
        return (past or irregular)[0]
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ied"
    if re.search(r"[^aeiou][aeiou][bdgmnpt]$", lemma):
        return None  # "stop" / "stopped", "open" / "opened": not guessed
    return lemma + "ed"


def _third_person(lemma: str) -> str:
    if lemma == "have":
        return "has"
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


def _aspect_changes(text: str) -> list[tuple[int, int, str]]:
    """Each verb group whose aspect a rule can change: (start, end, replacement)."""
    found: list[tuple[int, int, str]] = []
    # Progressive to simple: "is building" / "builds", "were eating" / "ate".
    for m in re.finditer(r"\b(is|are|am|was|were) (\w+ing)\b(?! to\b)", text):
        lemma = _verb_lemma(m.group(2))
        if lemma is None:
            continue
        aux = m.group(1)
        simple = _third_person(lemma) if aux == "is" else lemma if aux in ("are", "am") else None
        simple = simple or _past_form(lemma)
        if simple:
            found.append((m.start(), m.end(), simple))
    # Perfect to simple: "has been working" / "worked", "have cut" / "cut", "has been" / "was".
    for m in re.finditer(r"\b(has|have|had) (been )?(\w+)\b", text):
        aux, been, verb = m.group(1), m.group(2), m.group(3)
        if been and verb.endswith("ing"):
            lemma = _verb_lemma(verb)
            past = _past_form(lemma) if lemma else None
            if past:
                found.append((m.start(), m.end(), past))
        elif been and aux != "had":
            found.append((m.start(), m.start() + len(aux) + 5, "was" if aux == "has" else "were"))
        elif not been and verb.endswith("ed") and _verb_lemma(verb):
            found.append((m.start(), m.end(), verb))
    # Simple past to a perfect: "they agreed" / "they had agreed", "he started" / "he has
    # started"; a past verb after a pronoun, or before its object.
    for m in re.finditer(r"\b(he|she|it|they|we|I|who) (\w+ed)\b", text):
        if _verb_lemma(m.group(2)):
            have = "has" if m.group(1) in ("he", "she", "it") else "have"
            found.append((m.start(2), m.start(2), "had "))
            found.append((m.start(2), m.start(2), f"{have} " if m.group(1) != "who" else "had "))
    for m in re.finditer(r"\b([a-z]+) (\w+ed) (?:the|a|an|his|her|their|its|\d)\b", text):
        if m.group(1) not in FUNCTION_WORDS and _verb_lemma(m.group(2)):
            found.append((m.start(2), m.start(2), "had "))
    return found


def aspect(item: dict[str, Any], rng: random.Random) -> str | None:
    text: str = item["mt"]
    found = _aspect_changes(text)
    if not found:
        return None
    start, end, new = rng.choice(found)
    return text[:start] + new + text[end:]


# Kinds of things whose broader word a translator would write ("surgeon" / "doctor", "rifles" /
# "weapons"); the parents of ideas and acts are as often another sense of the word.
_THINGS = {
    "noun.artifact", "noun.person", "noun.animal", "noun.food", "noun.plant", "noun.substance",
    "noun.body", "noun.object",
}  # fmt: skip


@lru_cache(maxsize=1)
def _noun_lemmas_of_sense() -> dict[int, list[str]]:
    """Noun sense -> the lemmas that have it, first sense first (reads the whole table once)."""
    names: dict[int, list[str]] = {}
    for lemma, senses in lexicon()._senses["n"].items():
        for sense in senses:
            names.setdefault(sense, []).append(lemma)
    return names


def _broader(noun: str) -> str | None:
    """A one-word lemma of the commonest sense's first parent, not too near the root."""
    lex = lexicon()
    for lemma in lex.lemmas(noun, "n"):
        senses = lex._senses["n"].get(lemma, ())
        if not senses or len(senses) > 3 or lex.domain(lemma) not in _THINGS:
            continue
        for parent in lex._parents[senses[0]][:1]:
            if lex.depth(parent) < 5:
                return None  # "entity", "object", "act": no word a translator would use
            words = [w for w in _noun_lemmas_of_sense().get(parent, []) if w.isalpha()]
            words = [w for w in words if w.islower() and w != lemma]
            return words[0] if words else None
    return None


def _common_nouns(text: str) -> list[re.Match[str]]:
    """The words of ``text`` in lower case that are nouns only (no verb, no adjective), of
    four letters or more."""
    lex = lexicon()
    return [
        m
        for m in _WORD.finditer(text)
        if m.group().islower()
        and m.group() not in FUNCTION_WORDS
        and len(m.group()) >= 4
        and lex.is_noun(m.group())
        and not (lex.is_verb(m.group()) or lex.is_adjective(m.group()))
    ]


def hypernym(item: dict[str, Any], rng: random.Random) -> str | None:
    text: str = item["mt"]
    lex = lexicon()
    found = []
    for m in _common_nouns(text):
        word = m.group()
        broader = _broader(word)
        if broader is None:
            continue
        plural = word not in lex.lemmas(word, "n")
        found.append((m, _plural(broader) if plural else broader))
    if not found:
        return None
    m, new = rng.choice(found)
    before = text[: m.start()]
    if re.search(r"\b[Aa] $", before) and new[0] in "aeiou":
        before = before[:-1] + "n "  # "a surgeon" / "an expert"
    elif re.search(r"\b[Aa]n $", before) and new[0] not in "aeiou":
        before = before[:-2] + " "
    return before + new + text[m.end() :]


@lru_cache(maxsize=1)
def _children() -> dict[int, list[int]]:
    """Noun sense -> its narrower senses (the lexicon keeps parents only)."""
    children: dict[int, list[int]] = {}
    for sense, parents in lexicon()._parents.items():
        for parent in parents:
            children.setdefault(parent, []).append(sense)
    return children


# More senses than this below a noun's commonest sense make it a general word ("equipment" 273),
# as the kinds check reads it.
_MAX_BREADTH = 100


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """The whole words of the default model's vocabulary (30,522 WordPiece entries, pieces
    left out): words common enough that a reader knows them ("lane", "clinic"), unlike the
    lexicon's rare lemmas ("fecula", "kowhai", "triumvir")."""
    tokenizer = json.loads((default_model_path() / "tokenizer.json").read_text("utf-8"))
    return frozenset(w for w in tokenizer["model"]["vocab"] if w.isalpha())


def _sibling(noun: str, rng: random.Random) -> str | None:
    """A one-word lemma of another kind under the commonest sense's first parent ("surgeon"
    / "dentist"), one a reader knows and reads as that kind: a whole word of the model's
    vocabulary, a noun only, whose own commonest sense is the sibling ("lane" for a road; not
    "clinic", whose commonest sense is an institution, nor "bombshell", a surprise), with at
    most three senses. The noun itself must be one word of one reading ("ways" is also the
    lemma of a shipway) and specific ("equipment" has no sibling a reader would name)."""
    lex = lexicon()
    if len(lex.lemmas(noun, "n")) > 1 or lex.breadth(noun) > _MAX_BREADTH:
        return None
    for lemma in lex.lemmas(noun, "n"):
        senses = lex._senses["n"].get(lemma, ())
        if not senses or len(senses) > 3 or lex.domain(lemma) not in _THINGS:
            continue
        for parent in lex._parents[senses[0]][:1]:
            if lex.depth(parent) < 5:
                return None
            names = _noun_lemmas_of_sense()
            others = [
                word
                for sibling in _children().get(parent, [])
                if sibling != senses[0]
                for word in names.get(sibling, [])[:1]
                if word.isalpha()
                and word.islower()
                and word != lemma
                and word in _known_words()
                and not (lex.is_verb(word) or lex.is_adjective(word))
                and 0 < len(own := lex._senses["n"].get(word, ())) <= 3
                and own[0] == sibling
            ]
            return rng.choice(sorted(others)) if others else None
    return None


def cohyponym(item: dict[str, Any], rng: random.Random) -> str | None:
    """Drift: one common noun replaced by another kind of the same thing, a sibling under its
    commonest sense's parent in the lexicon ("surgeon" / "dentist", "rifles" / "shotguns")."""
    text: str = item["mt"]
    lex = lexicon()
    # Not a possessive ("men's"): its plural would be garbled.
    found = [m for m in _common_nouns(text) if "'" not in m.group()]
    rng.shuffle(found)
    for m in found:
        other = _sibling(m.group(), rng)
        if other is None:
            continue
        plural = m.group() not in lex.lemmas(m.group(), "n")
        return text[: m.start()] + (_plural(other) if plural else other) + text[m.end() :]
    return None


@lru_cache(maxsize=1)
def _irregular_plurals() -> dict[str, str]:
    """Lemma -> its plural, where the lexicon lists it as an irregular form ("potato" /
    "potatoes", "mouse" / "mice")."""
    found: dict[str, str] = {}
    for form, lemmas in lexicon()._exceptions["n"].items():
        for lemma in lemmas:
            if form != lemma and form.isalpha():
                found.setdefault(lemma, form)
    return found


def _plural(noun: str) -> str:
    if noun in _irregular_plurals():
        return _irregular_plurals()[noun]
    if noun.endswith("man"):
        return noun[:-3] + "men"  # "yachtsman" / "yachtsmen"
    if noun.endswith(("s", "sh", "ch", "x", "z")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def _shifted(word: str) -> str | None:
    """The same stem as another part of speech: an adjective as its adverb ("rapid" /
    "rapidly"), an adverb as its adjective, a noun of action as its verb ("agreement" /
    "agree", "election" / "elect", "information" / "inform"); only forms the lexicon knows."""
    lex = lexicon()
    lowered = word.lower()
    candidates: list[tuple[str, str]] = []
    if lowered.endswith("ly") and len(lowered) > 5:
        base = lowered[:-2]
        candidates += [(base, "a"), (base[:-1] + "y", "a") if base.endswith("i") else (base, "a")]
    elif not lex.is_noun(lowered) and not lex.is_verb(lowered):
        if lowered.endswith("y"):
            candidates.append((lowered[:-1] + "ily", "a"))
        elif lowered.endswith("ic"):
            candidates.append((lowered + "ally", "a"))
        else:
            candidates.append((lowered + "ly", "a"))
    for ending, replacements in (("ment", ("",)), ("ation", ("", "e")), ("tion", ("t",))):
        if lowered.endswith(ending) and len(lowered) > len(ending) + 3:
            stem = lowered[: -len(ending)]
            candidates += [(stem + r, "v") for r in replacements]
    for candidate, pos in candidates:
        if candidate != lowered and candidate in lex.lemmas(candidate, pos):
            return candidate
    return None


def pos_shift(item: dict[str, Any], rng: random.Random) -> str | None:
    text: str = item["mt"]
    lex = lexicon()
    found = []
    for m in _WORD.finditer(text):
        word = m.group()
        if not word.islower() or word in FUNCTION_WORDS:
            continue
        if not (lex.is_adjective(word) or lex.is_noun(word)):
            continue
        shifted = _shifted(word)
        if shifted:
            found.append((m, shifted))
    if not found:
        return None
    m, new = rng.choice(found)
    return text[: m.start()] + new + text[m.end() :]


def repeat4(item: dict[str, Any], rng: random.Random) -> str | None:
    text: str = item["mt"]
    # Words in any letters ("Aktuálně"): a cut inside one would be another slip.
    tokens = list(re.finditer(r"[^\W\d_]+(?:'[a-z]+)?", text))[1:]
    if len(tokens) < 3:
        return None
    first = rng.randrange(len(tokens) - 1)
    last = first + rng.choice((0, 1))
    start, end = tokens[first].start(), tokens[last].end()
    phrase = text[start:end]
    return text[:end] + (" " + phrase) * 3 + text[end:]


def reference(item: dict[str, Any], rng: random.Random) -> str | None:
    return str(item["reference"])


def empty(item: dict[str, Any], rng: random.Random) -> str | None:
    return ""


@lru_cache(maxsize=1)
def _translations() -> list[str]:
    with DATA.open(encoding="utf-8") as handle:
        return [json.loads(line)["mt"] for line in handle]


def shuffle_trans(item: dict[str, Any], rng: random.Random) -> str | None:
    other = rng.choice(_translations())
    return None if other in (item["mt"], item["reference"]) else other


# -- Kinds in no DEMETR file: more drift, and more harmless variation ------------------------

_MODALS = {
    "will": "may", "may": "will", "might": "will", "must": "may", "would": "might",
    "could": "will", "should": "will",
}  # fmt: skip
_QUANTIFIERS = {
    # "a few" is a point of its own ("a many days" is no English); "all the" needs "of".
    "a few": "many", "all the": "some of the",
    "all": "some", "some": "all", "many": "few", "few": "many", "most": "some",
    "always": "sometimes", "sometimes": "always", "often": "rarely", "rarely": "often",
    "every": "some", "none": "some", "everyone": "someone", "everything": "something",
}  # fmt: skip
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_MONTHS = (
    "January February March April June July August September October November December"
).split()  # "May" is left out: a modal at the start of a sentence
_UNITS_SWAPPED = {
    "kilometres": "miles", "kilometers": "miles", "km": "miles", "miles": "kilometres",
    "metres": "feet", "meters": "feet", "feet": "metres", "kilograms": "pounds", "kg": "lb",
    "pounds": "kilograms", "tons": "kilograms", "tonnes": "kilograms", "dollars": "euros",
    "euros": "dollars", "yuan": "dollars", "yen": "dollars", "hours": "minutes",
    "minutes": "hours", "days": "weeks", "weeks": "months", "months": "years", "years": "months",
    "percent": "points",
}  # fmt: skip
_PERSON = {
    "we": "they", "they": "we", "our": "their", "their": "our", "us": "them", "them": "us",
    "ours": "theirs", "theirs": "ours", "ourselves": "themselves", "themselves": "ourselves",
}  # fmt: skip
_CONTRACTIONS = {
    "do not": "don't", "does not": "doesn't", "did not": "didn't", "is not": "isn't",
    "are not": "aren't", "was not": "wasn't", "were not": "weren't", "will not": "won't",
    "cannot": "can't", "can not": "can't", "would not": "wouldn't", "could not": "couldn't",
    "have not": "haven't", "has not": "hasn't", "it is": "it's", "that is": "that's",
    "they are": "they're", "we are": "we're", "there is": "there's", "I am": "I'm",
    "you are": "you're", "he is": "he's", "she is": "she's", "let us": "let's",
}  # fmt: skip
_CONTRACTED = {short: long for long, short in _CONTRACTIONS.items() if long != "can not"}
_NUMBER_WORDS = "zero one two three four five six seven eight nine ten".split()
_SPELLINGS = {
    "color": "colour", "center": "centre", "defense": "defence", "labor": "labour",
    "favor": "favour", "honor": "honour", "neighbor": "neighbour", "behavior": "behaviour",
    "theater": "theatre", "meter": "metre", "liter": "litre", "traveled": "travelled",
    "traveling": "travelling", "canceled": "cancelled", "fiber": "fibre", "gray": "grey",
    "catalog": "catalogue", "analyze": "analyse", "program": "programme", "rumor": "rumour",
}  # fmt: skip
_SPELLINGS |= {uk: us for us, uk in list(_SPELLINGS.items())}
_IZE = re.compile(r"\b([a-z]{4,})iz(e|es|ed|ing|ation|ations)\b")


def _swap_one(
    text: str,
    rng: random.Random,
    table: dict[str, str],
    *,
    lower_only: bool = False,
    keep: Callable[[str, re.Match[str]], bool] | None = None,
) -> str | None:
    """``text`` with one word (or phrase) of ``table``, chosen at random, replaced by its
    value, in the case it was written in; with ``keep``, only a match it keeps."""
    keys = "|".join(sorted(map(re.escape, table), key=len, reverse=True))
    found = list(re.finditer(rf"\b(?:{keys})\b", text, re.IGNORECASE))
    # Not an acronym ("US" is no "us") and, with ``lower_only``, no name ("Labour Party").
    found = [
        m
        for m in found
        if not (m.group().isupper() and len(m.group()) > 1 and m.group() != "I")
        and not (lower_only and not m.group().islower())
        and (keep is None or keep(text, m))
    ]
    if not found:
        return None
    m = rng.choice(found)
    value = {k.lower(): v for k, v in table.items()}[m.group().lower()]
    return text[: m.start()] + _cased(m.group(), value) + text[m.end() :]


def _said_in(reference: str) -> Callable[[str, re.Match[str]], bool]:
    """Keeps a word the reference says too (its negated contraction counts: "couldn't" for
    "could"): the judge reads the reference against the perturbed translation, so a word the
    reference does not say is no drift where the translation had already left it ("I might
    have" / "I will have" made "I may have" agrees with the reference)."""
    said = {w.lower() for w in re.findall(r"[A-Za-z]+", reference.replace("n't", " n't"))}
    said |= {"will"} if "wo" in said else set()  # "won't"

    def keep(text: str, m: re.Match[str]) -> bool:
        return all(w.lower() in said for w in m.group().split())

    return keep


def modality(item: dict[str, Any], rng: random.Random) -> str | None:
    """Drift: one modal verb to another of another strength ("will" / "may", "must" /
    "may"): a certain statement made a possibility, or the reverse; a modal the reference
    says too (:func:`_said_in`)."""
    text, keep = item["mt"], _said_in(item["reference"])
    return _swap_one(text, rng, {k: v for k, v in _MODALS.items() if k != "may"}, keep=keep) or (
        _swap_one(text, rng, {"may": "will"}, keep=keep) if re.search(r"\bmay\b", text) else None
    )


# Where a quantifier is no point of its scale, or its swap no English: "the most important"
# (a superlative), "most likely" (a degree), "almost every house" ("almost some house"),
# "many a", "all year", "the All Blacks" (a name).
_NOT_QUANTITY_BEFORE = re.compile(r"\b(?:the|at|almost|nearly|practically|virtually)\s+$", re.I)
_NOT_QUANTITY_AFTER = re.compile(
    r"\s+(?:a|an|I|year|years|day|days|week|month|night|time|along|but|round)\b"
)


def _quantity(reference: str) -> Callable[[str, re.Match[str]], bool]:
    """Keeps a quantifier the reference says too, where it quantifies ("most people", not
    "the most important")."""
    said = _said_in(reference)

    def keep(text: str, m: re.Match[str]) -> bool:
        before, after = text[: m.start()], text[m.end() :]
        following = re.match(r"\s+([A-Za-z]+)", after)
        degree = (
            m.group().lower() == "most"
            and following is not None
            and lexicon().is_adjective(following.group(1))
            and not lexicon().is_noun(following.group(1))
        )
        name = m.group()[:1].isupper() and bool(re.search(r"\w\s+$", before))
        return (
            said(text, m)
            and not _NOT_QUANTITY_BEFORE.search(before)
            and not _NOT_QUANTITY_AFTER.match(after)
            and not degree
            and not name
        )

    return keep


def quantifier(item: dict[str, Any], rng: random.Random) -> str | None:
    """Drift: one quantifier or frequency word to another ("all" / "some", "often" /
    "rarely"), one the reference says too, where it quantifies (:func:`_quantity`)."""
    return _swap_one(item["mt"], rng, _QUANTIFIERS, keep=_quantity(item["reference"]))


def date_changed(item: dict[str, Any], rng: random.Random) -> str | None:
    """Drift: a weekday or a month name to another one."""
    text = item["mt"]
    found = list(re.finditer(r"\b(?:" + "|".join(_WEEKDAYS + _MONTHS) + r")\b", text))
    if not found:
        return None
    m = rng.choice(found)
    names = _WEEKDAYS if m.group() in _WEEKDAYS else _MONTHS
    other = rng.choice([name for name in names if name != m.group()])
    return text[: m.start()] + other + text[m.end() :]


def unit_changed(item: dict[str, Any], rng: random.Random) -> str | None:
    """Drift: the unit of an amount to another, the number kept ("20 kilometres" / "20
    miles", "3 days" / "3 weeks")."""
    text = item["mt"]
    keys = "|".join(sorted(_UNITS_SWAPPED, key=len, reverse=True))
    found = list(re.finditer(rf"(?<=\d )(?:{keys})\b|(?<=\d)(?:km|kg)\b", text))
    if not found:
        return None
    m = rng.choice(found)
    unit = _UNITS_SWAPPED[m.group()]
    return text[: m.start()] + unit + text[m.end() :]


def person_changed(item: dict[str, Any], rng: random.Random) -> str | None:
    """Drift: the first person plural to the third, or back ("we" / "they", "our" /
    "their"): the words point to other people; a pronoun the reference says too
    (:func:`_said_in`)."""
    return _swap_one(item["mt"], rng, _PERSON, keep=_said_in(item["reference"]))


def contraction(item: dict[str, Any], rng: random.Random) -> str | None:
    """Harmless: one negation or pronoun with its verb contracted, or spelt out ("do not" /
    "don't", "it's" / "it is")."""
    text = item["mt"].replace("\u2019", "'")
    return _swap_one(text, rng, _CONTRACTIONS) or _swap_one(text, rng, _CONTRACTED)


def number_written(item: dict[str, Any], rng: random.Random) -> str | None:
    """Harmless: a number up to ten written in words instead of digits, or the reverse;
    "percent" as "%", or the reverse."""
    text = item["mt"]
    digits = {str(n): word for n, word in enumerate(_NUMBER_WORDS)}
    words = {word: str(n) for n, word in enumerate(_NUMBER_WORDS) if n > 1}
    found = [
        m
        for m in re.finditer(r"(?<![\d.,:/$€£-])\b(\d{1,2}|[a-z]+)\b(?![\d.,:/%-]\d?)", text)
        if m.group() in digits or m.group().lower() in words
    ]
    percent = list(re.finditer(r"(?<=\d)%| percent\b", text))
    if not (found or percent):
        return None
    m = rng.choice(found + percent)
    if m in percent:
        written = " percent" if m.group() == "%" else "%"
    elif m.group() in digits:
        written = digits[m.group()]
    else:
        written = words[m.group().lower()]
    return text[: m.start()] + written + text[m.end() :]


def curly_quotes(item: dict[str, Any], rng: random.Random) -> str | None:
    """Harmless: straight quotes and apostrophes made typographic, or the reverse."""
    text = item["mt"]
    if re.search("[\u2018\u2019\u201c\u201d]", text):
        return re.sub("[\u2018\u2019]", "'", re.sub("[\u201c\u201d]", '"', text))
    if not re.search("['\"]", text):
        return None
    text = re.sub(r'"(?=\w)', "\u201c", text).replace('"', "\u201d")
    return re.sub(r"(?<=\w)'|'(?=\w)", "\u2019", text)


def spelling_variant(item: dict[str, Any], rng: random.Random) -> str | None:
    """Harmless: one word in the other English spelling ("color" / "colour", "organize" /
    "organise")."""
    text = item["mt"]
    swapped = _swap_one(text, rng, _SPELLINGS, lower_only=True)
    if swapped is not None:
        return swapped
    found = [m for m in _IZE.finditer(text) if m.group(1) not in ("s", "pr", "se")]
    if not found:
        return None
    m = rng.choice(found)
    return text[: m.start()] + m.group(1) + "is" + m.group(2) + text[m.end() :]


def hyphens_dropped(item: dict[str, Any], rng: random.Random) -> str | None:
    """Harmless: a hyphenated compound written open ("long-term" / "long term")."""
    text = item["mt"]
    found = list(re.finditer(r"\b[a-z]+-[a-z]+\b", text))
    if not found:
        return None
    m = rng.choice(found)
    return text[: m.start()] + m.group().replace("-", " ") + text[m.end() :]


# "too" says more than the adjective ("too late" is not "late"), and "so" before "far", "long",
# "much" or "many" is a phrase of its own ("so far" is "until now"): neither is an intensifier
# whose loss keeps the meaning.
_INTENSIFIERS = "very really quite extremely highly particularly especially truly so".split()
_SO_PHRASES = frozenset({"far", "long", "much", "many"})
_SYNONYMS = {
    "big": "large", "large": "big", "begin": "start", "began": "started", "buy": "purchase",
    "bought": "purchased", "helped": "assisted", "showed": "demonstrated",
    "shows": "demonstrates", "said": "stated", "says": "states", "told": "informed",
    "about": "around", "around": "about",
    "almost": "nearly", "nearly": "almost", "important": "significant", "quickly": "rapidly",
    "rapidly": "quickly", "often": "frequently", "enough": "sufficient",
    "needed": "required", "used": "employed", "ended": "finished", "tried": "attempted",
    "area": "region", "areas": "regions", "people": "persons", "job": "post", "jobs": "posts",
    "children": "kids", "car": "automobile", "cars": "automobiles", "hard": "difficult",
    "difficult": "hard", "main": "principal", "whole": "entire", "entire": "whole",
    "also": "likewise", "however": "nevertheless", "country": "nation",
    "countries": "nations", "rules": "regulations",
}  # fmt: skip


def intensifier_removed(item: dict[str, Any], rng: random.Random) -> str | None:
    """Harmless: one intensifier left out ("very", "really", "extremely") before an adjective
    or adverb."""
    text, lex = item["mt"], lexicon()
    found = [
        m
        for m in re.finditer(r"\b(" + "|".join(_INTENSIFIERS) + r") (\w+)", text, re.IGNORECASE)
        if lex.is_adjective(m.group(2))
        and not lex.is_noun(m.group(2))
        and not (m.group(1).lower() == "so" and m.group(2).lower() in _SO_PHRASES)
    ]
    if not found:
        return None
    m = rng.choice(found)
    return text[: m.start()] + _cased(m.group(1), m.group(2)) + text[m.end() :]


def synonym(item: dict[str, Any], rng: random.Random) -> str | None:
    """Harmless: one common word replaced by a synonym of its common sense, from a short list
    of our own ("began" / "started", "buy" / "purchase", "area" / "region")."""
    return _swap_one(item["mt"], rng, _SYNONYMS, lower_only=True)


_SPEAKER = r"(?:he|she|they|(?:the\s+)?(?:[A-Z][\w.'-]*\s+){0,3}[\w.'-]+)"
_SAID = r"(?:said|says|stated|added|explained|noted|told\s+\w+(?:\s+\w+)?|reported|wrote)"
_ATTRIBUTIONS = (
    # "..., he said." / "...," the minister told reporters.
    re.compile(rf"(?P<keep>[.!?]?[\"”]?),?\s+{_SPEAKER}\s+{_SAID}\s*\.$"),
    # "According to the police, ..."
    re.compile(r"^According\s+to\s+[^,]{2,60},\s+(?P<rest>\w)"),
    # "The ministry said (that) ..."
    re.compile(rf"^{_SPEAKER}\s+{_SAID}\s+(?:that\s+)?(?P<rest>[\"“]?\w)"),
)


def attribution_dropped(item: dict[str, Any], rng: random.Random) -> str | None:
    """Drift: who said it left out ("..., he said.", "According to the police, ...", "The
    ministry said that ..."): a claim stated as fact that A attributes."""
    text = item["mt"].strip()
    for pattern in _ATTRIBUTIONS:
        m = pattern.search(text)
        if m is None:
            continue
        if "rest" in m.groupdict() and m.group("rest"):
            return m.group("rest").upper() + text[m.end() :]
        quote = m.group("keep")
        ending = "." if not quote or quote[0] not in ".!?" else quote[0]
        return text[: m.start()].rstrip(",") + ending + quote.lstrip(".!?")
    return None


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
    "aspect": (aspect, 1),
    "hypernym": (hypernym, 0),
    "pos_shift": (pos_shift, 0),
    "repeat4": (repeat4, 0),
    "reference": (reference, 0),
    "empty": (empty, 1),
    "shuffle_trans": (shuffle_trans, 1),
    "modality": (modality, 1),
    "quantifier": (quantifier, 1),
    "date_changed": (date_changed, 1),
    "unit_changed": (unit_changed, 1),
    "person_changed": (person_changed, 1),
    "contraction": (contraction, 0),
    "number_written": (number_written, 0),
    "curly_quotes": (curly_quotes, 0),
    "spelling_variant": (spelling_variant, 0),
    "hyphens_dropped": (hyphens_dropped, 0),
    "intensifier_removed": (intensifier_removed, 0),
    "synonym": (synonym, 0),
    "attribution_dropped": (attribution_dropped, 1),
    "cohyponym": (cohyponym, 1),
}


def drift_items(kinds: list[str] | None = None) -> Iterator[dict[str, Any]]:
    """The reference against the correct ``mt`` (kind ``correct``) and against each made
    perturbation; a seeded generator per kind and item, so every run makes the same items,
    whichever kinds it runs."""
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
                made = rule(item, random.Random(f"7:{kind}:{item['id']}"))
                if made is None or (made == item["mt"] and kind != "reference"):
                    continue
                yield {
                    **base,
                    **{"id": f"drift:{item['id']}:{kind}", "kind": kind, "label": label},
                    **{"severity_class": "drift" if label else "harmless", "b": made},
                    "b_errors": [],
                }


def report(records: list[dict[str, Any]]) -> str:
    """Per kind: how many pairs fail the gate (a finding ``medium`` or above), which checks
    make them fail, and how many carry any finding at ``low`` or above (a broader word must
    be seen there without failing)."""
    loud_levels = {"medium", "high"}
    count: Counter[str] = Counter()
    failing: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    by_check: dict[str, Counter[str]] = {}
    for record in records:
        kind = record["kind"]
        count[kind] += 1
        loud = [f for f in record["findings"] if f["severity"] in loud_levels]
        failing[kind] += bool(loud)
        seen[kind] += any(f["severity"] in (*loud_levels, "low") for f in record["findings"])
        by_check.setdefault(kind, Counter()).update({f["check"] for f in loud})
    lines = [
        "| kind | label | n | fails gate | any finding >= low | checks that fail it (pairs) |",
        "|---" * 6 + "|",
    ]
    labels = {r["kind"]: r["label"] for r in records}
    for kind in sorted(count, key=lambda k: (labels[k], k != "correct", k)):
        checks = ", ".join(f"{c} {n}" for c, n in by_check[kind].most_common(3))
        share = 100 * failing[kind] / count[kind]
        low = 100 * seen[kind] / count[kind]
        lines.append(
            f"| {kind} | {labels[kind]} | {count[kind]} | {share:.1f}% | {low:.1f}% | {checks} |"
        )
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
