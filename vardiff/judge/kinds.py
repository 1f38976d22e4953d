"""Another kind of thing, a broader word, or the same thing: how a replaced noun relates.

"shells" → "bullets", "rifles" → "pistols", "Tuesday" → "Thursday", "brother" → "cousin" name
another thing of the same sort (co-hyponyms: a close common parent, neither above the other),
and a reader is told something false. "shells" → "projectiles", "rifles" → "weapons" name the
same thing more broadly (or more narrowly): a loss of detail at most. A synonym ("talks" /
"negotiations") changes nothing.

The shipped lexicon decides where it knows both words. Where it does not (a rare word, a
sense it lacks), the model's similarity of the two words alone decides: related words that are
not near-synonyms are taken for another thing of the same field.
"""

from __future__ import annotations

from collections.abc import Callable

from .._words import content_words
from ._edits import Hit, edits, words
from ._lexicon import Kinship, lexicon

__all__ = ["KIND_PRIORS", "find_kinds", "kinds_texts"]

KIND_PRIORS = {"cohyponym": 0.85, "related": 0.6, "broader": 0.3, "synonym": 0.05}
# The model's similarity of two nouns alone: at or above NEAR they are near-synonyms, between
# RELATED and NEAR another thing of the same field, below RELATED unrelated (the wording check's).
NEAR = 0.7
RELATED = 0.35
_MAX_WORDS = 3

Similarity = Callable[[str, str], float]


def _nouns(text: str, others: set[str]) -> list[str]:
    """Nouns of an edit that the other side lacks, in order."""
    lex = lexicon()
    return [
        w for w in content_words(text) if w.lower() not in others and w.isalpha() and lex.is_noun(w)
    ]


def _pairs_of(a: str, b: str) -> list[tuple[list[str], list[str]]]:
    words_a = {w.lower() for w in words(a)}
    words_b = {w.lower() for w in words(b)}
    found = []
    for edit in edits(a, b):
        if edit.kind != "replace":
            continue
        if len(words(edit.a)) > _MAX_WORDS or len(words(edit.b)) > _MAX_WORDS:
            continue
        left, right = _nouns(edit.a, words_b), _nouns(edit.b, words_a)
        if left and right:
            found.append((left, right))
    return found


def kinds_texts(a: str, b: str) -> list[str]:
    """The words this check may ask the model about, to embed them in one batch."""
    return [w for left, right in _pairs_of(a, b) for w in (left[-1], right[-1])]


def find_kinds(
    a: str, b: str, *, similarity: Similarity | None = None, use_lexicon: bool = True
) -> list[Hit]:
    lex = lexicon()
    hits: list[Hit] = []
    for left, right in _pairs_of(a, b):
        head_a, head_b = left[-1], right[-1]
        if lex.opposition(head_a, head_b):
            continue  # "success" / "failure": the opposites check's
        kin: Kinship | None = None
        if use_lexicon:
            relations = [lex.kinship(x, y) for x in left for y in right]
            known = [k for k in relations if k is not None]
            # Any reading that makes the words the same thing, or one broader, wins: the
            # lexicon's many senses must not turn a synonym into another thing.
            kin = next((k for k in known if k.relation in ("same", "synonym")), None)
            kin = kin or next((k for k in known if k.relation in ("broader", "narrower")), None)
            kin = kin or lex.kinship(head_a, head_b)
        score = None
        if kin is None and similarity is not None:
            score = similarity(head_a, head_b)
        evidence: dict[str, float | str] = {"relation": kin.relation if kin else "unknown"}
        if score is not None:
            evidence["word_similarity"] = round(score, 4)
        if kin is not None and kin.relation in ("same", "synonym"):
            hits.append(
                Hit(
                    "kind.synonym",
                    "kind",
                    head_a,
                    head_b,
                    f"{head_a!r} → {head_b!r}: the same thing named another way",
                    KIND_PRIORS["synonym"],
                    evidence,
                )
            )
        elif kin is not None and kin.relation in ("broader", "narrower"):
            evidence["steps"] = float(kin.steps_a or kin.steps_b)
            hits.append(
                Hit(
                    f"kind.{'hypernym' if kin.relation == 'broader' else 'hyponym'}",
                    "kind",
                    head_a,
                    head_b,
                    f"{head_a!r} → {head_b!r}: a {kin.relation} word for the same thing, "
                    "some detail lost or added",
                    KIND_PRIORS["broader"],
                    evidence,
                )
            )
        elif kin is not None and kin.relation == "cohyponym":
            evidence["steps"] = float(kin.steps_a + kin.steps_b)
            hits.append(
                Hit(
                    "kind.cohyponym",
                    "kind",
                    head_a,
                    head_b,
                    f"{head_a!r} → {head_b!r}: another thing of the same kind, not the same thing",
                    KIND_PRIORS["cohyponym"],
                    evidence,
                )
            )
        elif score is not None and RELATED <= score < NEAR:
            hits.append(
                Hit(
                    "kind.related",
                    "kind",
                    head_a,
                    head_b,
                    f"{head_a!r} → {head_b!r}: a related but different thing",
                    KIND_PRIORS["related"],
                    evidence,
                )
            )
    return hits
