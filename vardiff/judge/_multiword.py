"""A verb, an adjective or an adverb said by one of WordNet's multiword lemmas or by another
form of the same sense: "walked out" / "went on strike", "step by step" / "gradually", "became
insolvent" / "went bankrupt", "fell silent" / "went quiet".

The lexicon keeps single words, so a multiword verb or adverb reads as words unlike the other
side's. ``data/multiword.json`` (distilled by ``tools/build_multiword.py``) gives each sense a
multiword lemma has among its first four with its forms ("bit by bit", "step by step",
"gradually"), the nouns whose commonest sense names such a verb's act ("strike" for "walk out":
a verb said by a light verb and its noun, "went on strike", "made a decision"), and the
adjectives WordNet calls similar ("bankrupt" / "insolvent"). Where A says a sense in one form,
with a multiword form on one side at least, and B in another, once each and in the same tense,
B's words are read as A's before any check (see ``_alike``). A change of state by a verb of
becoming and an adjective ("became insolvent", "went bankrupt", "fell silent") reads alike
where the two adjectives are one, synonyms or similar by WordNet. Another sense ("walked out"
/ "went on holiday", "fell silent" / "fell ill", "went bankrupt" / "went public") stays what it
is.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .._words import FUNCTION_WORDS
from ._lexicon import lexicon

__all__ = ["multiword_reads"]

_TOKEN = re.compile(r"(?<![\w’'-])[A-Za-z]+(?![\w-])")
_POSSESSIVES = frozenset("my your his her its our their".split())
_DETERMINERS = frozenset("a an the this that these those".split()) | _POSSESSIVES
# Verbs that say little of their own before a noun of an act: "went on strike", "made a
# decision", "took a decision", "gave a warning".
_LIGHT = frozenset("go make take give have hold launch stage".split())
_LIGHT_PREPOSITIONS = frozenset("on into".split())
# Verbs of becoming before an adjective: "became insolvent", "went bankrupt", "fell silent".
_BECOMING = frozenset("become go fall turn grow get".split())


# The forms of "be", "have" and "do" by what they say of the time ("was due" / "is due" is no
# one form).
_AUXILIARY_FORMS = {
    "am": "base",
    "are": "base",
    "is": "s",
    "was": "ed",
    "were": "ed",
    "been": "ed",
    "being": "ing",
    "has": "s",
    "had": "ed",
    "does": "s",
    "did": "ed",
    "done": "ed",
}


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    sets: frozenset[int]
    many: bool  # several words: a multiword lemma or a light verb and its noun
    tense: frozenset[str]  # the forms its verb may be ("ing", "s", "ed", "base"); none: no verb
    adjective: str = ""  # after a verb of becoming
    form: str = ""  # the set's form or the noun found: one form on both sides is no rewording


@cache
def _data() -> tuple[
    tuple[tuple[str, tuple[str, ...]], ...],
    dict[str, tuple[int, ...]],
    dict[str, tuple[int, ...]],
    frozenset[tuple[str, str]],
]:
    path = Path(__file__).with_name("data") / "multiword.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    sets = tuple((forms[0], tuple(forms[1:])) for forms in raw["sets"])
    opening: dict[str, list[int]] = {}
    for number, (_, forms) in enumerate(sets):
        for form in forms:
            opening.setdefault(form.split()[0], []).append(number)
    nominal = {noun: tuple(found) for noun, found in raw["nominal"].items()}
    similar = frozenset((x, y) for x, y in raw["similar"])
    return (
        sets,
        {word: tuple(dict.fromkeys(found)) for word, found in opening.items()},
        nominal,
        similar,
    )


def _tenses(token: str, bases: list[str]) -> frozenset[str]:
    """The forms a verb may be, one for each base it may have: "ing", "s", "ed" (past or
    participle: "went", "gone") or "base" ("fell": the past of "fall", or "fell" itself)."""
    if token in _AUXILIARY_FORMS:
        return frozenset({_AUXILIARY_FORMS[token]})
    found = set()
    for base in bases:
        if token == base:
            found.add("base")
        elif token.endswith("ing"):
            found.add("ing")
        elif token in (base + "s", base + "es", base[:-1] + "ies"):
            found.add("s")
        else:
            found.add("ed")
    return frozenset(found)


def _found(text: str) -> list[_Found]:
    sets, opening, nominal, _ = _data()
    lex = lexicon()
    tokens = [(m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(text)]
    words = [t[2] for t in tokens]
    found: list[_Found] = []
    for i, (start, _, word) in enumerate(tokens):
        bases = lex.lemmas(word, "v")
        after_determiner = i > 0 and words[i - 1] in _DETERMINERS
        for first in dict.fromkeys([*bases, word]):
            for number in opening.get(first, ()):
                pos, forms = sets[number]
                if (pos == "v" and first not in bases) or (pos != "v" and first != word):
                    continue
                for form in forms:
                    parts = form.split()
                    told = _tenses(word, [first]) if pos == "v" else frozenset()
                    if parts[0] != first:
                        continue
                    if len(parts) == 1:
                        if pos == "v" and after_determiner:
                            continue  # "the strike": the noun, not the verb
                        one = _Found(
                            start, tokens[i][1], frozenset({number}), False, told, form=form
                        )
                        found.append(one)
                        continue
                    rest = words[i + 1 : i + len(parts)]
                    if (
                        len(rest) == len(parts) - 1
                        and _spaced(text, tokens, i, len(parts))
                        and all(
                            w == p or (p == "one's" and w in _POSSESSIVES)
                            for w, p in zip(rest, parts[1:], strict=True)
                        )
                    ):
                        end = tokens[i + len(parts) - 1][1]
                        found.append(_Found(start, end, frozenset({number}), True, told, form=form))
        if not bases or after_determiner:
            continue
        # A light verb and the noun of an act: "went on strike", "made a decision".
        light = [b for b in bases if b in _LIGHT]
        if light:
            at = i + 1
            if at < len(words) and words[at] in _LIGHT_PREPOSITIONS:
                at += 1
            if at < len(words) and words[at] in _DETERMINERS:
                at += 1
            if at < len(words) and _spaced(text, tokens, i, at - i + 1):
                acts = {n for noun in lex.lemmas(words[at], "n") for n in nominal.get(noun, ())}
                if acts:
                    found.append(
                        _Found(
                            start,
                            tokens[at][1],
                            frozenset(acts),
                            True,
                            _tenses(word, light[:1]),
                            form=words[at],
                        )
                    )
        # A verb of becoming and an adjective: "became insolvent", "fell silent"; not one
        # before its noun ("became chief executive").
        becoming = [b for b in bases if b in _BECOMING]
        if becoming and _spaced(text, tokens, i, 2):
            adjective = words[i + 1]
            following = words[i + 2] if i + 2 < len(words) else ""
            ends = tokens[i + 1][1]
            closed = (
                following == "" or following in FUNCTION_WORDS or text[ends : ends + 1] in ",.;:"
            )
            # An adjective WordNet clusters ("sharply" is an adverb: "fell sharply" no state).
            if adjective in _adjectives() and closed:
                told = _tenses(word, becoming[:1])  # "fell": the past of "fall", not "fell"
                found.append(_Found(start, ends, frozenset(), True, told, adjective=adjective))
    return found


@cache
def _adjectives() -> frozenset[str]:
    """The adjectives of WordNet's clusters (a head or a satellite of one)."""
    return frozenset(word for pair in _data()[3] for word in pair)


def _spaced(text: str, tokens: list[tuple[int, int, str]], first: int, count: int) -> bool:
    """Whether ``count`` tokens from ``first`` on are there, with only spaces between them: a
    mark inside ("watch, out", "live; in") breaks the phrase."""
    if first + count > len(tokens):
        return False
    return all(
        not text[tokens[k][1] : tokens[k + 1][0]].strip() for k in range(first, first + count - 1)
    )


def _content(said: str) -> tuple[str, ...]:
    """A form's words less its articles and possessives ("make an profit": "make profit")."""
    return tuple(w for w in re.findall(r"[a-z]+", said) if w not in _DETERMINERS)


def _alike(x: str, y: str) -> bool:
    """Two adjectives of one state: the same, synonyms, or similar by WordNet."""
    if x == y:
        return True
    _, _, _, similar = _data()
    return (min(x, y), max(x, y)) in similar or lexicon().modifier_synonyms(x, y)


def multiword_reads(a: str, b: str) -> list[tuple[int, int, str]]:
    """B's form of a sense read as A's form of it, where one of the two is a multiword lemma
    or a light verb and its noun, each side says the sense once, in the same tense, and
    neither uses the other's words; B's change of state read as A's where the two adjectives
    say one state. Each read: (start in B, end in B, A's words)."""
    found_a, found_b = _found(a), _found(b)
    if not found_a or not found_b:
        return []
    lower_a, lower_b = a.lower(), b.lower()
    reads: dict[tuple[int, int], str] = {}
    numbers = {n for f in found_a for n in f.sets} & {n for f in found_b for n in f.sets}
    for number in sorted(numbers):
        in_a = [f for f in found_a if number in f.sets]
        in_b = [f for f in found_b if number in f.sets]
        if len(in_a) != 1 or len(in_b) != 1:
            continue
        x, y = in_a[0], in_b[0]
        said_a, said_b = lower_a[x.start : x.end], lower_b[y.start : y.end]
        if not (x.many or y.many) or x.form == y.form or _content(said_a) == _content(said_b):
            continue
        if not _same_tense(x, y):
            continue
        if _said_in(said_a, lower_b) or _said_in(said_b, lower_a):
            continue
        if _beside(lower_a, x) != _beside(lower_b, y):
            continue
        reads.setdefault((y.start, y.end), a[x.start : x.end])
    states_a = [f for f in found_a if f.adjective]
    states_b = [f for f in found_b if f.adjective]
    if len(states_a) == 1 and len(states_b) == 1:
        x, y = states_a[0], states_b[0]
        said_a, said_b = lower_a[x.start : x.end], lower_b[y.start : y.end]
        if (
            _content(said_a) != _content(said_b)
            and _same_tense(x, y)
            and _alike(x.adjective, y.adjective)
            and not _said_in(said_a, lower_b)
            and not _said_in(said_b, lower_a)
            and _beside(lower_a, x) == _beside(lower_b, y)
        ):
            reads.setdefault((y.start, y.end), a[x.start : x.end])
    return [(start, end, said) for (start, end), said in sorted(reads.items())]


def _beside(text: str, found: _Found) -> tuple[str, str]:
    """The word or mark right before and right after a form: the two forms of a sense stand in
    one place of the same sentence ("nurses walked out on Monday" / "nurses went on strike on
    Monday"); a form inside another idiom does not ("fell flat" / "went down well")."""
    before = re.search(r"([\w’'-]+|[^\w\s])\s*\Z", text[: found.start])
    after = re.match(r"\s*([\w’'-]+|[^\w\s])", text[found.end :])
    return (before.group(1) if before else "", after.group(1) if after else "")


def _same_tense(x: _Found, y: _Found) -> bool:
    """The same form of the verb, each read by the base its form was read by."""
    return x.tense == y.tense


def _said_in(words: str, text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(words)}(?![\w-])", text) is not None
