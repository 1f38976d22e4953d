"""Focus words: "only", "just", "merely" restrict a statement to what they stand before, "also"
and "even" extend it to something more.

"Only three people survived" says that few did, and no more; "Three people survived" states
the figure plainly, with none of that. Every other word is the same, so a sentence embedding
and the word diff see one small word dropped (a low modifier finding at most), while a reader
learns something else. Two focus words of opposite kinds in one place turn the claim round:
"Only the president can veto the bill" (no one else) / "Even the president can veto the bill"
(others too, and this one as well).

Findings:
- ``focus.dropped`` / ``focus.added``: a restrictive focus word ("only", "just", "merely", "a
  mere") before an amount on one side ("only three", "just 5%"), the same amount on the other
  side with no restriction or bound before it;
- ``focus.changed``: a restrictive focus word replaced by an additive one ("only" / "also",
  "only" / "even"), or the other way round, in one edit.

Quiet: one restriction for another ("only three" / "just three" / "a mere three"); the amount
told with a bound ("only three" / "no more than three", "fewer than ten": the scales check's); a
restriction of a vague amount ("only a few" / "a few": on the quantity scale already); "not
only ... but also" (affirms both); "just" where it means "a moment ago" ("has just left") or
"exactly" ("just after noon"), which comes before no amount.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from .._numbers import is_amount_word
from .._report import Finding
from ._context import PairContext
from ._edits import Hit, as_findings, replacements, words
from ._lexicon import lexicon

__all__ = ["check_focus", "find_focus"]

# Restrictive focus words: the statement holds of what follows and of nothing more.
_EXCLUSIVE = frozenset({"only", "just", "merely", "solely", "mere", "exclusively", "alone"})
# Additive focus words: it holds of what follows as well as of something else ("too", after
# what it adds, is read where it closes its clause: see ``_focus_words``).
_ADDITIVE = frozenset({"also", "even"})
# The restrictive words read in a swap with an additive one: "just" there means "a moment ago"
# as often ("has just announced" / "has also announced").
_TURNED_EXCLUSIVE = frozenset({"only", "merely", "solely"})
# Words that bound an amount on the other side, so that the restriction is said otherwise:
# "no more than three", "as few as three", "fewer than three", "at most three", "a mere three".
_BOUNDED = (
    frozenset("than as most mere nearly almost barely scarcely hardly under below up".split())
    | _EXCLUSIVE
)
# An amount word that opens a vague amount ("a few", "a handful") or an article ("a", "an")
# is the scales check's, or no amount.
_NOT_COUNTS = frozenset({"a", "an", "the"})
# "not only X but also Y", "if only", "only just" (barely): no restriction of an amount.
_NOT_FOCUS = re.compile(r"\b(?:not|if)\s+$", re.IGNORECASE)
_PRIOR = 0.8
_SLIP = 0.75  # spelling likeness of a slip of the keys: "jsut" / "just", "onyl" / "only"
_MOST_WORDS = 3  # a longer edit rebuilds the phrase around the focus word


def _count(word: str) -> bool:
    """A figure or a number word that counts something ("three", "12", "5%", "$3")."""
    lowered = word.lower()
    if lowered in _NOT_COUNTS:
        return False
    return lowered[:1].isdigit() or lowered[:1] in "$€£¥" or is_amount_word(lowered)


def _restricted_amounts(text: str) -> list[tuple[str, str]]:
    """The amounts of ``text`` that a restrictive focus word stands right before: (the focus
    phrase with the amount, as written; the amount, lower-cased)."""
    tokens = [(m.group(0), m.start()) for m in re.finditer(r"[$€£¥]?[\w’'%.,-]*\w%?|\S", text)]
    found = []
    for index, (token, start) in enumerate(tokens[:-1]):
        if token.lower() not in _EXCLUSIVE or _NOT_FOCUS.search(text[:start]):
            continue
        amount, amount_start = tokens[index + 1]
        # "just one of the signs": one among many, played down, not the only one.
        one_of = amount.lower() == "one" and text[amount_start + 3 :].lstrip().startswith("of ")
        if _count(amount) and not one_of:
            found.append((text[start : amount_start + len(amount)], amount.lower()))
    return found


def _unrestricted(text: str, amount: str) -> bool:
    """``text`` has ``amount`` and says it with no restriction or bound in the two words before
    any of its occurrences."""
    tokens = [t.lower() for t in re.findall(r"[$€£¥]?[\w’'%.,-]*\w%?|\S", text)]
    places = [i for i, token in enumerate(tokens) if token == amount]
    return bool(places) and not any(
        _BOUNDED.intersection(tokens[max(0, i - 2) : i]) or _misspelt_focus(tokens[i - 1 : i])
        for i in places
    )


def _misspelt_focus(before: list[str]) -> bool:
    """The word before the amount is a focus word with a slip of the keys ("jsut", "onyl"):
    the restriction is still there."""
    return any(
        SequenceMatcher(None, word, focus).ratio() >= _SLIP
        for word in before
        for focus in _EXCLUSIVE
    )


def _restriction_lost(a: str, b: str) -> list[tuple[str, str]]:
    """The restricted amounts of ``a`` that ``b`` states without the restriction: (A's words,
    the amount)."""
    return [(shown, amount) for shown, amount in _restricted_amounts(a) if _unrestricted(b, amount)]


# "too" closing its clause adds ("open to residents too"); before a word it is a degree ("too
# late").
_CLOSING = re.compile(r"\s*(?:[,.;:!?)]|$)")


def _focus_words(edited: str, after: str) -> list[str]:
    """The focus words of an edit that a swap turns round: "only", "also", "even", and "too"
    where it closes the clause."""
    found = [w for w in words(edited) if w.lower() in _TURNED_EXCLUSIVE | _ADDITIVE]
    if re.search(r"(?<![\w’'-])too\s*$", edited, re.IGNORECASE) and _CLOSING.match(after):
        found.append(words(edited)[-1])
    return found


def _turned(a: str, b: str) -> list[tuple[str, str]]:
    """Focus words of the two kinds replacing each other in one edit: (A's word, B's word)."""
    found = []
    for edit in replacements(a, b, most_words=_MOST_WORDS):
        if _NOT_FOCUS.search(edit.before_a) or _NOT_FOCUS.search(edit.before_b):
            continue
        left = _focus_words(edit.a, edit.after_a)
        right = _focus_words(edit.b, edit.after_b)
        if len(left) == 1 and len(right) == 1:
            exclusive_a = left[0].lower() in _TURNED_EXCLUSIVE
            exclusive_b = right[0].lower() in _TURNED_EXCLUSIVE
            if exclusive_a != exclusive_b:
                found.append((left[0], right[0]))
    return found


# An emphatic reflexive after its subject ("the minister herself signed"): that one did it, and
# maybe others too; "alone" there restricts ("the minister alone signed": no one else did).
_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "ourselves", "myself"})
_DETERMINERS = frozenset("the a an his her its their our my your this that these those".split())


def _subject_focus(a: str, b: str) -> list[tuple[str, str]]:
    """An emphatic reflexive against "alone", each right after the same subject and before its
    verb, in one edit ("the minister herself signed" / "the minister alone signed"): (A's word,
    B's word). Not after the verb, where both say "without help" ("wrote the songs herself" /
    "wrote the songs alone")."""
    lex = lexicon()
    found = []
    for edit in replacements(a, b, most_words=1):
        pair = (edit.a.strip().lower(), edit.b.strip().lower())
        if not ({pair[0], pair[1]} & _REFLEXIVES and "alone" in pair):
            continue
        before, after = words(edit.before_a), words(edit.after_a)
        if not before or not after or not edit.after_a[:1].isspace():
            continue
        subject, verb = before[-1], after[0].lower()
        # A noun after its determiner ("the coach"), a name, or a word that is no verb.
        opened = len(before) > 1 and before[-2].lower() in _DETERMINERS
        plain = lex.is_noun(subject.lower()) and (opened or not lex.is_verb(subject.lower()))
        if (subject[:1].isupper() or plain) and lex.is_verb(verb):
            found.append((edit.a.strip(), edit.b.strip()))
    return found


# "Even" before a noun phrase that opens with one of these words or a name ("Even the
# president's allies", "even his own party"): the phrase is the least expected of those the
# statement holds of. Before a verb, an amount or a comparative ("can't even hear", "or even
# billions", "even higher") it stresses a degree, which a translator says otherwise freely.
_PHRASE_OPENERS = _DETERMINERS | frozenset({"some", "many", "most", "those"})
_EVEN = re.compile(r"(?<![\w’'-])even\s+([^\W\d_][\w’'-]*)", re.IGNORECASE)
_EVEN_OR_ADDED = re.compile(
    r"(?<![\w’'-])(?:even|also|too|as\s+well|only|just|merely|solely|alone)(?![\w’'-])", re.I
)
_EVEN_KEPT = 3  # words after "even" the other side must say in the same order, without it


def _even_lost(a: str, b: str) -> list[str]:
    """The phrases "even" marks as the least expected in ``a`` ("Even the president's
    allies") that ``b`` says word for word with no "even" anywhere: (A's words)."""
    if _EVEN_OR_ADDED.search(b):
        # "even" there too, the phrase added otherwise ("the experts too") or restricted ("only
        # the experts": focus.changed)
        return []
    said_b = " ".join(w.lower() for w in words(b))
    found = []
    for match in _EVEN.finditer(a):
        opener = match.group(1)
        name = opener[:1].isupper() and not lexicon().is_adjective(opener.lower())
        if opener.lower() not in _PHRASE_OPENERS and not name:
            continue
        following = [w.lower() for w in words(a[match.start(1) :])][:_EVEN_KEPT]
        if len(following) == _EVEN_KEPT and " ".join(following) in said_b:
            found.append(a[match.start() : match.end()])
    return found


def find_focus(a: str, b: str) -> list[Hit]:
    hits = []
    for own, other, dropped in ((a, b, True), (b, a, False)):
        for shown in _even_lost(own, other):
            marked = "marks what follows as the least expected of those it holds of"
            message = (
                f"{shown!r}: A {marked} (others too, and even this one); B states it plainly"
                if dropped
                else f"{shown!r}: B {marked} (others too, and even this one), which A states "
                "plainly"
            )
            hits.append(
                Hit(
                    "focus.dropped" if dropped else "focus.added",
                    "focus",
                    shown if dropped else "",
                    "" if dropped else shown,
                    message,
                    _PRIOR,
                    {"amount": 0.0},
                )
            )
    for shown, amount in _restriction_lost(a, b):
        hits.append(
            Hit(
                "focus.dropped",
                "focus",
                shown,
                "",
                f"{shown!r} → {amount!r}: A restricts the amount ({shown}: no more than that, "
                "fewer than one might expect); B states it plainly, without the restriction",
                _PRIOR,
                {"amount": 1.0},
            )
        )
    for shown, amount in _restriction_lost(b, a):
        hits.append(
            Hit(
                "focus.added",
                "focus",
                "",
                shown,
                f"{amount!r} → {shown!r}: B restricts the amount ({shown}: no more than that, "
                "fewer than one might expect), which A states plainly",
                _PRIOR,
                {"amount": 1.0},
            )
        )
    for left, right in [*_turned(a, b), *_subject_focus(a, b)]:
        hits.append(
            Hit(
                "focus.changed",
                "focus",
                left,
                right,
                f"{left!r} → {right!r}: a restriction (nothing else) and an addition (this as "
                "well as others) turned into each other: the claim is reversed",
                _PRIOR,
                {"amount": 0.0},
            )
        )
    return hits


def check_focus(ctx: PairContext) -> list[Finding]:
    return as_findings(ctx, find_focus(ctx.a, ctx.b))
