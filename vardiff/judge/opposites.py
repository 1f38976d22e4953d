"""Opposites and reversed directions: "rose" / "fell", "guilty" / "innocent", "lend" / "borrow".

A sentence embedding puts a word next to its opposite (they share every context), so this check
reads the words: a word replaced by its antonym (WordNet's, extended through adjective
clusters, derivation and negative prefixes: "likely" / "unlikely"), by a verb of the other
direction ("climbed" / "slumped") or by its converse ("lend" / "borrow", "above" / "below").

Two rewordings stay quiet:
- the other side negates too: "did not rise" / "fell", "not guilty" / "innocent". The polarity
  check then stays quiet as well (:func:`negation_balance`);
- a converse with its participants swapped: "the bank lent the city" / "the city borrowed from
  the bank".

A negative word that is itself one of the opposites ("likely" / "unlikely", "passed" /
"failed") is this check's finding; the polarity check does not count it again.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import _cues as cues
from .._report import Finding
from .._words import FUNCTION_WORDS, content_words
from ._context import PairContext
from ._edits import Edit, Hit, as_findings, edits, vocabulary, words
from ._lexicon import lexicon
from ._sources import current

__all__ = [
    "QUANTIFIERS",
    "Opposed",
    "check_opposites",
    "find_opposites",
    "local_balance",
    "negation_balance",
    "negation_explained",
    "opposed_words",
]

# Priors: the share of findings that were meaning changes on the development data (the dev
# split of benchmarks/data/contrast_semantics.jsonl; the correct translations of DEMETR's dev
# set as false alarms), smoothed; "indirect" antonyms are looser and were seldom seen.
_PRIOR = {"antonym": 0.95, "direction": 0.93, "converse": 0.9, "indirect": 0.7}
_WHY = {
    "antonym": "antonyms",
    "direction": "a change in the opposite direction",
    "converse": "the converse relation",
    "indirect": "near-antonyms",
}
# Determiners WordNet also files as opposed adjectives ("any" / "all", "some" / "all"): the
# scales check reads them.
QUANTIFIERS = frozenset({"any", "all", "some", "every", "each", "both", "either"})
_MAX_WORDS = 6  # an edit longer than this on either side is a rebuilt clause, not a word swap
_NEAR = 4  # words before an opposite where a negation still turns it back ("not been a success")


@dataclass(frozen=True)
class Opposed:
    a: str
    b: str
    relation: str
    edit: Edit


def opposed_words(a: str, b: str) -> list[Opposed]:
    """The words replaced by their opposites between ``a`` and ``b``."""
    lex = lexicon()
    found: list[Opposed] = []
    # A word that is still on the other side was moved, not replaced: "the teacher reported the
    # student" / "the student was reported by the teacher" is the role check's business.
    words_a = vocabulary(a)
    words_b = vocabulary(b)
    for edit in edits(a, b):
        if edit.kind != "replace":
            continue
        left, right = words(edit.a), words(edit.b)
        if len(left) > _MAX_WORDS or len(right) > _MAX_WORDS:
            continue
        best: Opposed | None = None
        for x in left:
            for y in right:
                if x.lower() in words_b or y.lower() in words_a:
                    continue
                relation = lex.opposition(x, y)
                if {x.lower(), y.lower()} <= QUANTIFIERS:
                    continue  # "any risk" / "all risks": the adjectives' antonymy, not theirs
                if x.lower() in FUNCTION_WORDS and _next_word(edit.a, x, edit.after_a) != (
                    _next_word(edit.b, y, edit.after_b)
                ):
                    # "to Moscow" / "from Moscow" is reversed; "wants Modi to respond" /
                    # "an answer from Modi" only reworded.
                    continue
                if relation and (best is None or _PRIOR[relation] > _PRIOR[best.relation]):
                    best = Opposed(x, y, relation, edit)
        if best is not None:
            found.append(best)
    return found


def negation_balance(a: str, b: str, opposed: list[Opposed]) -> int:
    """Negations in ``a`` minus negations in ``b``, not counting the opposed words themselves
    ("unlikely", "failed" are negative words and opposites at once)."""
    own = {w.lower() for o in opposed for w in (o.a, o.b)}
    left = [w for w in cues.negations(a) if w.lower() not in own]
    right = [w for w in cues.negations(b) if w.lower() not in own]
    return len(left) - len(right)


def local_balance(item: Opposed) -> int:
    """Negations next to the opposed words (in their edit, or just before it) on A minus those
    on B: "did not rise" / "fell" gives 1, "rose" / "fell" 0."""
    own = {item.a.lower(), item.b.lower()}
    edit = item.edit
    near_a = " ".join(words(edit.before_a)[-_NEAR:]) + " " + edit.a
    near_b = " ".join(words(edit.before_b)[-_NEAR:]) + " " + edit.b
    left = [w for w in cues.negations(near_a) if w.lower() not in own]
    right = [w for w in cues.negations(near_b) if w.lower() not in own]
    return len(left) - len(right)


def negation_explained(a: str, b: str) -> bool:
    """The polarity check's question: is every difference in negation between ``a`` and ``b``
    a negation that an opposite turns back ("did not rise" / "fell", "not guilty" /
    "innocent")? Then it is a rewording, not a flipped polarity. An opposite that is a
    negative word itself ("likely" / "unlikely") stays the polarity check's finding."""
    a, b = cues.strip_quotes(a), cues.strip_quotes(b)
    opposed = opposed_words(a, b)
    compensated = [local_balance(o) for o in opposed if local_balance(o) % 2]
    if not compensated:
        return False
    return negation_balance(a, b, opposed) - sum(compensated) == 0


def find_opposites(a: str, b: str) -> list[Hit]:
    """Hits for each word replaced by its opposite, unless a negation on the other side or a
    swap of participants makes it a rewording."""
    a, b = cues.strip_quotes(a), cues.strip_quotes(b)
    opposed = opposed_words(a, b)
    if not opposed:
        return []
    hits: list[Hit] = []
    for item in opposed:
        balance = local_balance(item)
        if not balance % 2 and _negative(item):
            continue  # "likely" / "unlikely", "passed" / "failed": the polarity check's finding
        evidence: dict[str, float | str] = {
            "relation": item.relation,
            "negation_balance": float(balance),
        }
        if balance % 2:
            # "did not rise" / "fell": one more negation on one side turns the opposite back.
            # The verdict quotes the whole reworded stretch ("did not win a single" / "lost
            # every"), so that it explains a wording finding on the same words away.
            hits.append(
                Hit(
                    "opposite.negated",
                    "opposite",
                    _stretch(item.edit.before_a, item.edit.a),
                    _stretch(item.edit.before_b, item.edit.b),
                    f"{item.a!r} → {item.b!r}: an opposite with a negation on the other side, "
                    "the same statement reworded",
                    0.05,
                    evidence,
                )
            )
            continue
        if item.relation == "converse" and _subject_changed(item.edit):
            continue  # "the bank lent the city" / "the city borrowed from the bank"
        if _participants_swapped(item):
            continue  # "France lost to Germany" / "Germany beat France": one event, two ends
        hits.append(
            Hit(
                f"opposite.{item.relation}",
                "opposite",
                item.a,
                item.b,
                f"{item.a!r} → {item.b!r}: {_WHY[item.relation]}, the statement is reversed",
                _PRIOR[item.relation],
                evidence,
            )
        )
    return hits


def _next_word(edited: str, word: str, after: str) -> str:
    """The word that follows ``word`` in the edit and what comes after it."""
    rest = words(edited.split(word, 1)[1] + " " + after) if word in edited else []
    return rest[0].lower() if rest else ""


def _stretch(before: str, edited: str) -> str:
    """The edited words, from a negation just before them if there is one ("not" + "win")."""
    tail = before.split()[-_NEAR:]
    for index, word in enumerate(tail):
        if cues.negations(word):
            return " ".join([*tail[index:], edited.strip()])
    return edited.strip()


def _negative(item: Opposed) -> bool:
    """One of the opposed words is itself a negative ("unlikely", "failed", "denied")."""
    return bool(cues.negations(item.a) or cues.negations(item.b))


def _subject_changed(edit: Edit) -> bool:
    """Different content words lead up to the edit on each side: another participant comes
    first, so a converse verb may describe the same event from the other end."""
    before_a = {w.lower() for w in content_words(edit.before_a)[-3:]}
    before_b = {w.lower() for w in content_words(edit.before_b)[-3:]}
    return before_a != before_b


def _participants_swapped(item: Opposed) -> bool:
    """What leads up to the opposite on each side follows it on the other: the same two
    participants, each at the other end of the opposite ("France lost to Germany" /
    "Germany beat France")."""
    edit = item.edit

    def around(before: str, edited: str, after: str, word: str) -> tuple[set[str], set[str]]:
        head, _, tail = edited.partition(word)
        left = content_words(before + head)[-3:]
        right = content_words(tail + after)[:4]
        return {w.lower() for w in left}, {w.lower() for w in right}

    left_a, right_a = around(edit.before_a, edit.a, edit.after_a, item.a)
    left_b, right_b = around(edit.before_b, edit.b, edit.after_b, item.b)
    return left_a != left_b and bool(left_a & right_b) and bool(left_b & right_a)


def check_opposites(ctx: PairContext) -> list[Finding]:
    if not current().lexicon:
        return []
    return as_findings(ctx, find_opposites(ctx.a, ctx.b))
