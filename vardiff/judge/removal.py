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

from .._numbers import is_amount_word
from .._report import Finding
from .._words import FUNCTION_WORDS, content_words
from ._context import PairContext
from ._edits import Edit, Hit, as_findings, edits, vocabulary, words
from ._lexicon import lexicon
from ._sources import current

__all__ = ["check_removal", "find_removals"]

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
# "But" and "So" open sentences in news; "And" and "Or" rarely do, but a dropped subject
# leaves them there ("Cyanuric acid and melamine were" / "And melamine were").
_OPENERS = set("and or nor".split())
_CONJUNCTIONS = set("and or nor".split())
_RELATIVES = set("that who which whom".split())
_CLOSERS = set(". , ; : )".split())
# Prepositions that do not end a phrase as particles do ("came in.", "catch on,", "handed
# over."), nor stand before another preposition ("from under", "of about", "at least").
_PURE_PREPOSITIONS = set("of from into onto during between among towards toward upon via".split())
_NOT_AFTER_PURE = set("of from into onto by in on with for during".split())  # "of at least"
_SUBJECTS = set("i he she we they".split())
_CLAUSE_OPENERS = set("if whether because although unless".split())
_HAVE = set("has have had".split())
_PARTICLES = set("to on over about through across after before since under off".split())
_ADVERBS = set("not never also still just only even soon then now again".split())
# Determiners that cannot stand alone ("this", "those", "her" can: "this is", "those who").
_BOUND_DETERMINERS = set("a an the its their our my your whose every".split())
_MODALS = set("will would can could should may might must".split())
_FINITE = set("is are was were has have had will would can could should may might must".split())


def broken_junctions(text: str) -> set[str]:
    """Pairs of neighbouring words that cannot stand together in a sentence ("the of", "of
    who", "from is", "will its", "they the"), and openings no sentence has ("And melamine
    were", "Were found in", "Signed the budget"): the marks a dropped word leaves."""
    # A capitalised word after the first is a name ("AT&T", "May"), never a function word.
    tokens = [t.lower() if i == 0 or t == t.lower() else t for i, t in enumerate(_tokens(text))]
    found: set[str] = set()
    question = re.search(r"\?[\"”’')\s]*$", text) is not None
    if len(tokens) > 1 and _bad_opening(tokens[0], tokens[1], question=question):
        found.add(f"^{tokens[0]}")
    for index, (left, right) in enumerate(pairwise(tokens)):
        if _cannot_meet(left, right):
            found.add(f"{left} {right}")
        elif (
            left == ","
            and right in _HAVE
            and index + 2 < len(tokens)
            and "," not in tokens[:index]  # "Kim, a former minister, has been" is apposition
        ):
            # "In May, has been": a verb phrase with its subject gone.
            after = tokens[index + 2]
            if after == "been" or (_verb_only(after) and after.endswith("ed")):
                found.add(f"{left} {right}")
    return found


def _cannot_meet(left: str, right: str) -> bool:
    """``left`` directly followed by ``right`` is no English (lower-cased function words;
    names keep their capital)."""
    if left in _BOUND_DETERMINERS:
        # "the of", "the .", "their is", "the and", "the that", "the verified": a determiner
        # wants its noun.
        return (
            right in _NOT_AFTER_DETERMINER
            or right in _FINITE
            or right in _CONJUNCTIONS
            or right in _RELATIVES
            or (_verb_only(right) and not right.endswith(("ing", "ed", "en")))
        )
    if left in _PREPOSITIONS - {"to"} and (right in _FINITE or right == "who"):
        return True
    if left in _PREPOSITIONS - _PARTICLES and right in {",", ";"}:
        # "born in , the", "from ;": a preposition without its object ("catch on," is a verb's
        # particle).
        return True
    if left in _PURE_PREPOSITIONS:
        # "from .", "of and", "from in": these do not end a phrase ("came in." does).
        return right in _CLOSERS or right in _CONJUNCTIONS or right in _NOT_AFTER_PURE
    if left == "of" and right in ("who", "and", "or", "but"):
        return True
    if left in _MODALS and right in _BOUND_DETERMINERS:
        return True
    if left in _SUBJECTS or left == "I":
        # "they the", "I that", "He Carter": a subject pronoun wants its verb ("we
        # Europeans" is no subject of these).
        return (
            right in _BOUND_DETERMINERS
            or right in {"that", "a", "an"}
            or (left != "we" and right[:1].isupper() and right != "I")
        )
    if left.replace("’", "'") in {"don't", "doesn't", "didn't"}:
        # "I don't if you realise", "they didn't the work": the auxiliary lost its verb.
        return right in _BOUND_DETERMINERS or right in {"if", "whether", "a", "an", "that"}
    if left in _CLAUSE_OPENERS and right in _FINITE - _MODALS and right != "had":
        # "if is", "because were": the clause lost its subject ("if had" opens a condition).
        return True
    # "and .", "or )"; not "and, more to the point,".
    return left in _CONJUNCTIONS and right in _CLOSERS and right != ","


def _bad_opening(first: str, second: str, *, question: bool) -> bool:
    if first in _OPENERS:
        return True
    if question:
        return False
    if first in _FINITE and first not in {"had", "should", "may", "will"}:
        # "Were found in urine samples": a statement does not open with its verb ("Had he
        # known", "Should it fail" open conditions; "May" and "Will" are a month and a name).
        return second not in {"it", "there", "he", "she", "they", "we", "i", "you"}
    # "Signed the budget": a bare past verb followed by its object, no subject before it
    # ("Founded in 1990, the company" is a participle clause: a preposition follows).
    return (
        _verb_only(first)
        and first.endswith("ed")
        and (second in _BOUND_DETERMINERS or second in {"a", "an", "the"})
    )


def _verb_only(word: str) -> bool:
    """A word the lexicon knows only as a verb ("verified", "announces")."""
    lex = lexicon()
    lowered = word.lower()
    return (
        word == lowered
        and lowered not in FUNCTION_WORDS
        and lex.is_verb(lowered)
        and not lex.is_noun(lowered)
        and not lex.is_adjective(lowered)
    )


def _tokens(text: str) -> list[str]:
    return re.findall(r"[\w’'-]+|[.,;:]", text)


def _broken_gap(edit: Edit, kinds: set[str]) -> str | None:
    """Why what is left around the gap cannot stand together, if it cannot (``kinds``: what
    the dropped words were, "noun" and "verb")."""
    before = _tokens(edit.before_b)
    after = _tokens(edit.after_b)
    if before and after:
        lost = _lost_part(before, after[0], kinds, edit.a)
        if lost:
            return lost
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
    left, right = (t if t != t.lower() else t.lower() for t in (before[-1], after[0]))
    if left in _DETERMINERS and right in _NOT_AFTER_DETERMINER:
        return f"{before[-1]!r} is left without its noun"
    if left in _PREPOSITIONS and right in _NOT_AFTER_PREPOSITION:
        return f"{before[-1]!r} is left without its object"
    if left == "of" and right in ("who", "which", "that", "is", "are", "was", "were"):
        return f"{before[-1]!r} is left without its object"
    if left in _AUXILIARIES and right in _DETERMINERS and _verb_wanted(before):
        return f"{before[-1]!r} is left without its verb"
    return None


def _verb_wanted(before: list[str]) -> bool:
    """The last word before the gap wants a verb next: a modal, or "to" after a verb that
    takes an infinitive and no preposition "to" ("promised to", not "went to" or "to the")."""
    last = before[-1].lower()
    if last in _MODALS or last == "shall":
        return True
    return last == "to" and len(before) > 1 and lexicon().takes_infinitive(before[-2])


def _lost_part(before: list[str], right: str, kinds: set[str], dropped: str) -> str | None:
    """The part of the sentence a gap took, read from the words left on each side of it."""
    lex = lexicon()
    left = before[-1]
    lowered = right.lower()
    first = (_tokens(dropped) or [""])[0]
    if (
        "noun" in kinds
        and (
            first.lower() in _DETERMINERS
            or first.lower() in {"a", "an"}
            or _core(first, left) == "noun"
        )
        and left == left.lower()
        and lex.needs_object(left)
        # "appalling", "place": an adjective or a noun as often as a verb.
        and not left.endswith("ing")
        and (left.endswith("ed") or not lex.is_noun(left))
        and (lowered in _PREPOSITIONS or lowered in _CLOSERS or lowered == "to")
    ):
        # "sentenced the former banker to" / "sentenced to": the verb needs its object.
        return f"{left!r} is left without its object"
    if "verb" not in kinds:
        return None
    if _verb_wanted(before) and not lex.is_verb(lowered) and lowered not in _ADVERBS:
        # "promised to build new hospitals" / "promised to new hospitals".
        return f"{left!r} is left without its verb"
    subject = left != left.lower() or (
        lex.is_noun(left) and not lex.is_verb(left) and not lex.is_adjective(left)
    )
    noun_only = lex.is_noun(lowered) and not lex.is_verb(lowered) and not lex.is_adjective(lowered)
    if subject and (
        lowered in _BOUND_DETERMINERS
        or lowered in {"a", "an", "that"}
        or is_amount_word(lowered)
        or right.isdigit()
        # "Investors government bonds": a plural subject does not run on into a noun.
        or (left.endswith("s") and noun_only and right == lowered)
    ):
        # "Firefighters rescued three children" / "Firefighters three children": a subject
        # followed by an object, no verb between.
        return "the clause is left without its verb"
    return None


def _kind_adjective(edit: Edit, dropped: list[str]) -> str | None:
    """A lone adjective that said which kind of thing ("elderly people", "suspicious
    payments", "the former banker"), dropped before its noun; not one of degree ("huge",
    "serious": an intensifier) nor one that is mostly a verb or an adverb."""
    if len(dropped) != 1 or len(words(edit.a)) != 1:
        return None
    word = dropped[0]
    lowered = word.lower()
    lex = lexicon()
    after_a, after_b = words(edit.after_a), words(edit.after_b)
    if (
        word != lowered
        or not lex.is_adjective(lowered)
        or lex.is_degree_adjective(lowered)
        or lowered.endswith(("ing", "ed"))
        or is_amount_word(lowered)  # "3 million" / "3,000,000": the number check's
        or lex.is_verb(lowered)
        or not after_a
        or not after_b
        or after_a[0] != after_b[0]
        # Before a noun that is nothing else, an "-ly" word is an adjective ("elderly
        # people"), not an adverb ("sharply higher", "recently elected").
        or not lex.is_noun(after_a[0])
        or lex.is_adjective(after_a[0])
        or after_a[0].lower().endswith(("ed", "ing"))
        or after_a[0].lower() in FUNCTION_WORDS
    ):
        return None
    return word


def _verb_group(dropped: str) -> bool:
    """The dropped words are a verb with its auxiliary, particle or preposition, or the end
    of a compound ("was made", "coded in", "-based")."""
    tokens = [t.lower() for t in _tokens(dropped)]
    if dropped.strip().startswith("-") or not tokens:
        return True
    last = tokens[-1] if tokens[-1] not in _CLOSERS else (tokens[-2] if len(tokens) > 1 else "")
    return (
        any(t in _FINITE or t in {"be", "been", "being"} for t in tokens)
        or last in _PREPOSITIONS
        or last in {"out", "up", "off", "down"}
    )


def _core(word: str, before: str) -> str | None:
    """ "noun" or "verb" for a word that carries content of its own (``before``: the text
    before it, which tells "to build" or "they sold" from "the build")."""
    lex = lexicon()
    lowered = word.lower()
    if lowered in FUNCTION_WORDS or not word.isalpha() or is_amount_word(lowered):
        return None  # an amount ("three million") is the number check's
    if word[0].isupper():
        return "noun"  # a name: the name check's too, but a removal all the same
    if lex.is_verb(lowered):
        previous = (_tokens(before) or [""])[-1].lower()
        inflected = lowered.endswith(("ed", "ing")) or lowered not in lex.lemmas(lowered, "v")
        # "destroyed crops", "the crops": a plural noun, not a verb that agrees with a subject.
        plural = (
            lex.is_noun(lowered)
            and not lowered.endswith(("ed", "ing"))
            and (
                previous in _DETERMINERS
                or previous in {"a", "an"}
                or (lex.is_verb(previous) and not lex.is_noun(previous))
            )
        )
        if not plural and (inflected or previous in _AUXILIARIES or not lex.is_noun(lowered)):
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
        # An adjective of kind only B has is as telling: on DEMETR's dev set it is found on
        # 43 of 500 translations with a word added and 1 of 500 correct ones.
        telling = hit.check in ("removal.broken", "removal.adjective")
        found.append(
            Hit(
                hit.check.replace("removal.", "addition."),
                hit.category,
                "",
                hit.a,
                hit.message.replace("left out of B", "only in B")
                .replace("the sentence lost", "A lacks")
                .replace("B reads", "A reads"),
                hit.prior if telling else min(hit.prior, 0.3),
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
                0.9,
                {"junction": new[0]},
            )
        )
    return hits


def _edit_removals(a: str, b: str) -> list[Hit]:
    words_b = vocabulary(b)
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
        adjective = _kind_adjective(edit, dropped)
        if adjective:
            hits.append(
                Hit(
                    "removal.adjective",
                    "removal",
                    adjective,
                    "",
                    f"{adjective!r} left out of B: it said which {words(edit.after_a)[0]!r}",
                    0.5,
                    {"dropped": adjective},
                )
            )
            continue
        kinds = {k for w in dropped if (k := _core(w, edit.before_a + edit.a.split(w)[0]))}
        if not kinds:
            continue
        gap = _broken_gap(edit, kinds)
        what = " and ".join(sorted(kinds))
        text = edit.a.strip()
        if gap:
            rule, prior, message = (
                "removal.broken",
                0.9,
                f"{text!r} left out of B: {gap}; the sentence lost a {what}",
            )
        elif _head(edit, kinds):
            # A dropped verb takes the event with it; a dropped head noun is often only a
            # detail a translation leaves implicit ("in Florida" said once already). On the
            # correct translations of DEMETR's dev set a dropped verb is found in 6 % of pairs,
            # a dropped head noun in 5 %; on the perturbed ones in 21 % together.
            # A whole verb group ("was made", "are based on", "-based") goes when a translation
            # rebuilds the clause; a lone finite verb goes when the event is lost. On DEMETR's
            # dev set the first is found on 14 correct translations and 21 with the verb
            # removed, the second on 20 and 177.
            group = _verb_group(edit.a)
            rule, prior, message = (
                "removal.head",
                0.55 if "verb" in kinds and not group else 0.45,
                f"{text!r} left out of B: a {what} the sentence rests on",
            )
        else:
            rule, prior, message = (
                "removal.modifier",
                0.3,
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
                    "verb_group": float(_verb_group(edit.a)),
                    "broken": gap or "",
                },
            )
        )
    return hits


def check_removal(ctx: PairContext) -> list[Finding]:
    if not current().lexicon:
        return []
    return as_findings(ctx, find_removals(ctx.a, ctx.b))
