"""Removed core content: a subject, verb or noun left out, so that the sentence says less or
something else ("urine samples of pets who died" / "urine samples of who died", "were found in"
/ "were in"), against a dropped intensifier or filler ("rose sharply" / "rose") that does not.

Three signs, from strongest:
- the gap is ungrammatical: what is left on each side of it cannot stand together ("of who",
  "its from", "will its"), or the sentence now opens with a bare verb or a conjunction ("Signed
  the budget", "And melamine were");
- the dropped word is a head: a noun or verb with no other content word of its phrase left
  ("pets", "found");
- otherwise a dropped noun or verb that only modified another ("bank collapse" / "collapse").
Adjectives and adverbs dropped alone are left to the wording check: a translation drops and adds
them freely.
"""

from __future__ import annotations

import re
from itertools import pairwise

from .._words import FUNCTION_WORDS, content_words
from ._edits import Edit, Hit, edits, words
from ._lexicon import lexicon

__all__ = ["find_removals"]

_MAX_WORDS = 3
_DETERMINERS = set(
    "a an the this that these those its his her their our my your whose each every".split()
)
_PREPOSITIONS = set(
    "of to in on at by for with from into onto about over under after before during since "
    "between among against without within through across towards toward".split()
)
_AUXILIARIES = set("will would shall should can could may might must to".split())
# What cannot follow a determiner, or a preposition that needs its object.
_NOT_AFTER_DETERMINER = (
    _PREPOSITIONS
    | _DETERMINERS
    | set("who which that and or but is are was were has have had will would . , ; :".split())
)
_NOT_AFTER_PREPOSITION = (_PREPOSITIONS - {"of"}) | set(
    "who which is are was were has have had will would . , ; :".split()
)
_OPENERS = set("and or but nor so".split())
# Determiners that cannot stand alone ("this", "those", "her" can: "this is", "those who").
_BOUND_DETERMINERS = set("a an the its their our my your whose every".split())
_MODALS = set("will would can could should may might must".split())
_FINITE = set("is are was were has have had will would can could should may might must".split())


def broken_junctions(text: str) -> set[str]:
    """Pairs of neighbouring words that cannot stand together in a sentence ("the of", "of
    who", "from is", "will its"), and an opening conjunction: the marks a dropped word leaves."""
    tokens = [t.lower() for t in _tokens(text)]
    found: set[str] = set()
    if tokens and tokens[0] in _OPENERS:
        found.add(f"^{tokens[0]}")
    for left, right in pairwise(tokens):
        if (
            (left in _BOUND_DETERMINERS and right in _NOT_AFTER_DETERMINER | _FINITE)
            or (left in _PREPOSITIONS - {"to"} and right in _FINITE | {"who", ",", ";"})
            or (left == "of" and right in ("who", "and", "or", "but"))
            or (left in _MODALS and right in _BOUND_DETERMINERS)
        ):
            found.add(f"{left} {right}")
    return found


def _tokens(text: str) -> list[str]:
    return re.findall(r"[\w’'-]+|[.,;:]", text)


def _broken_gap(edit: Edit) -> str | None:
    """Why what is left around the gap cannot stand together, if it cannot."""
    before = _tokens(edit.before_b)
    after = _tokens(edit.after_b)
    if not before:
        first = after[0] if after else ""
        if first.lower() in _OPENERS:
            return "the sentence opens with a conjunction"
        lex = lexicon()
        if first and lex.is_verb(first) and not lex.is_noun(first) and first.endswith("ed"):
            return "the sentence opens with a bare verb"
        return None
    if not after:
        return None
    left, right = before[-1].lower(), after[0].lower()
    if left in _DETERMINERS and right in _NOT_AFTER_DETERMINER:
        return f"{before[-1]!r} is left without its noun"
    if left in _PREPOSITIONS and right in _NOT_AFTER_PREPOSITION:
        return f"{before[-1]!r} is left without its object"
    if left == "of" and right in ("who", "which", "that", "is", "are", "was", "were"):
        return f"{before[-1]!r} is left without its object"
    if left in _AUXILIARIES and right in _DETERMINERS:
        return f"{before[-1]!r} is left without its verb"
    return None


def _core(word: str, before: str) -> str | None:
    """ "noun" or "verb" for a word that carries content of its own (``before``: the text
    before it, which tells "to build" or "they sold" from "the build")."""
    lex = lexicon()
    lowered = word.lower()
    if lowered in FUNCTION_WORDS or not word.isalpha():
        return None
    if word[0].isupper():
        return "noun"  # a name: the name check's too, but a removal all the same
    if lex.is_verb(lowered):
        previous = (_tokens(before) or [""])[-1].lower()
        inflected = lowered.endswith(("ed", "ing")) or lowered not in lex.lemmas(lowered, "v")
        if inflected or previous in _AUXILIARIES or not lex.is_noun(lowered):
            return "verb"
    if lex.is_noun(lowered) and not (lowered.endswith("ly") and lex.is_adjective(lowered)):
        return "noun"
    return None


def _head(edit: Edit, kinds: set[str]) -> bool:
    """The dropped words carry their phrase: a verb, or a noun with nothing of its phrase left
    after the gap on A."""
    if "verb" in kinds:
        return True
    after = _tokens(edit.after_a)
    if not after or after[0] in ".,;:" or after[0].lower() in FUNCTION_WORDS | _PREPOSITIONS:
        return True
    # "children living near the mine": a participle opens a new phrase after the noun.
    following = after[0].lower()
    return following.endswith(("ing", "ed")) and lexicon().is_verb(following)


def find_removals(a: str, b: str) -> list[Hit]:
    """Core words left out of B, and (as ``addition.*``) core words B has that A lacks."""
    found = _removals(a, b)
    for hit in _removals(b, a):
        # Words only B has: a gap in A is as telling as one in B; a head only B has is often a
        # translator spelling out what A leaves implicit.
        broken = hit.check == "removal.broken"
        found.append(
            Hit(
                hit.check.replace("removal.", "addition."),
                hit.category,
                "",
                hit.a,
                hit.message.replace("left out of B", "only in B")
                .replace("the sentence lost", "A lacks")
                .replace("B reads", "A reads"),
                hit.prior if broken else min(hit.prior, 0.35),
                hit.evidence,
            )
        )
    return found


def _removals(a: str, b: str) -> list[Hit]:
    hits = _edit_removals(a, b)
    if any(h.check == "removal.broken" for h in hits):
        return hits
    # The diff may not isolate the gap (the two versions are worded differently around it),
    # but the gap's marks stay: a junction in B that no sentence could have, and A does not.
    new = sorted(broken_junctions(b) - broken_junctions(a))
    if new:
        hits.append(
            Hit(
                "removal.broken",
                "removal",
                "",
                "",
                f"B reads {new[0]!r} where a word is missing: something was left out",
                0.85,
                {"junction": new[0]},
            )
        )
    return hits


def _edit_removals(a: str, b: str) -> list[Hit]:
    words_b = {w.lower() for w in words(b)}
    hits: list[Hit] = []
    for edit in edits(a, b):
        kept = {w.lower() for w in words(edit.b)}
        if edit.kind == "replace" and kept <= {w.lower() for w in words(edit.a)}:
            # "The governor signed" / "Signed": a deletion that also moved the capital.
            edit = Edit(
                edit.a, "", edit.before_a, edit.before_b, edit.after_a, edit.b + edit.after_b
            )
        dropped = [w for w in content_words(edit.a) if w.lower() not in words_b]
        if edit.kind != "delete" or not dropped or len(words(edit.a)) > _MAX_WORDS:
            continue
        kinds = {k for w in dropped if (k := _core(w, edit.before_a + edit.a.split(w)[0]))}
        if not kinds:
            continue
        gap = _broken_gap(edit)
        what = " and ".join(sorted(kinds))
        text = edit.a.strip()
        if gap:
            rule, prior, message = (
                "removal.broken",
                0.85,
                f"{text!r} left out of B: {gap}; the sentence lost a {what}",
            )
        elif _head(edit, kinds):
            # A dropped verb takes the event with it; a dropped head noun often only a detail
            # a translation may leave implicit ("in Florida" said once already).
            rule, prior, message = (
                "removal.head",
                0.5 if "verb" in kinds else 0.45,
                f"{text!r} left out of B: a {what} the sentence rests on",
            )
        else:
            rule, prior, message = (
                "removal.modifier",
                0.35,
                f"{text!r} left out of B: a {what} that narrowed what follows",
            )
        hits.append(
            Hit(
                rule,
                "removal",
                text,
                "",
                message,
                prior,
                {
                    "dropped": " ".join(dropped),
                    "core": what,
                    "dropped_words": float(len(dropped)),
                    "verb": float("verb" in kinds),
                    "broken": gap or "",
                },
            )
        )
    return hits
