"""The removal check: :func:`find_removals` as findings, beside the modifier check's readings of
the same words."""

from __future__ import annotations

from dataclasses import replace
from typing import cast

from ..._report import Finding
from ..._words import FUNCTION_WORDS
from .._context import PairContext
from .._edits import Hit, as_findings, words
from .._sources import current
from ..links import links
from ..modifiers import find_modifiers
from ._closer import closer_texts, with_closer
from ._found import find_removals
from ._heads import head_nouns


def check_removal(ctx: PairContext) -> list[Finding]:
    if not current().lexicon:
        return []
    return as_findings(ctx, with_closer(ctx, removal_hits(ctx)))


def removal_texts(ctx: PairContext) -> list[str]:
    """The sentences to embed ahead: A, B, B less each word only B has and A less the words of
    each removal (``_closer``)."""
    if not (current().lexicon and ctx.similarity.available) or ctx.pair.status != "changed":
        return []
    return closer_texts(ctx, removal_hits(ctx))


def removal_hits(ctx: PairContext) -> list[Hit]:
    """The check's hits, found once per pair (the texts to embed ahead are read from them)."""
    found = ctx.memo.get("removal.hits")
    if found is None:
        found = ctx.memo["removal.hits"] = _hits(ctx)
    return cast(list[Hit], found)


# Participles read as prepositions, each with the link it says ("forty people, including
# twelve children": a part of the total; "excluding" leaves one out).
_LINKING_PARTICIPLES = {"including": "inclusion", "excluding": "exception"}


def _link_kept(hit: Hit, a: str, b: str) -> bool:
    """Whether ``hit`` reads a participle that says a link ("including") as a word dropped or
    added where the other side says the same link in other words ("twelve of them", "among
    them"): "Forty people, including twelve children, were injured" / "Forty people were
    injured, twelve of them children". Where the other side says no such link ("Forty people,
    twelve children,") the word is dropped."""
    removed = hit.check.startswith("removal.")
    said = [w.lower() for w in words(hit.a if removed else hit.b)]
    content = [w for w in said if w not in FUNCTION_WORDS]
    if len(content) != 1 or content[0] not in _LINKING_PARTICIPLES:
        return False
    relation = _LINKING_PARTICIPLES[content[0]]
    own, other = (a, b) if removed else (b, a)
    return links(other)[relation] >= links(own)[relation]


def _named_region(hit: Hit, region: frozenset[str]) -> bool:
    """Whether ``hit`` reads a word of a region or of the list of its countries as dropped or
    added where the other side names the same place the other way ("Belgium, the Netherlands
    and Luxembourg" / "the Benelux countries"): the name check's."""
    said = [w.lower() for w in words(f"{hit.a} {hit.b}") if w.lower() not in FUNCTION_WORDS]
    return bool(said) and all(w in region for w in said)


# The addition rules that read one word B adds as a noun or a verb: a head, or a noun
# before one.
_ADDED_ALONE = frozenset({"addition.head", "addition.modifier"})


def _hits(ctx: PairContext) -> list[Hit]:
    from ..names import region_words  # the name check reads removals: imported late

    region = region_words(ctx)
    hits = [
        hit
        for hit in find_removals(ctx.a, ctx.b)
        if not _link_kept(hit, ctx.a, ctx.b) and not (region and _named_region(hit, region))
    ]
    hits += head_nouns(ctx.a, ctx.b)
    # A modifier this check already reports as left out or added is not reported twice; a word
    # only put between (``addition.inserted``) that the modifier check reads is its.
    between = [hit for hit in hits if hit.check == "addition.inserted"]
    hits = [hit for hit in hits if hit.check != "addition.inserted"]
    # One word B adds that the modifier check reads as put inside a phrase A keeps ("the
    # walls of" / "the inner walls of") is its too: where the word stands is that check's
    # evidence, which the addition rules do not weigh.
    alone = [
        hit
        for hit in hits
        if hit.check in _ADDED_ALONE and len(hit.b.split()) == 1 and not hit.a.strip()
    ]
    added = {hit.b.strip().lower() for hit in alone}
    reported = {w.lower() for hit in hits if hit not in alone for w in words(f"{hit.a} {hit.b}")}
    put = {hit.b.lower() for hit in between}
    # The modifier check's reading of a word only put between says so in its evidence.
    modifiers = [
        replace(hit, evidence={**hit.evidence, "between": float(hit.b.lower() in put)})
        if hit.check == "modifier.added"
        else hit
        for hit in find_modifiers(ctx.a, ctx.b, reported=reported)
    ]
    inside = {
        hit.b.lower()
        for hit in modifiers
        if hit.check == "modifier.added" and hit.evidence.get("inside") == 1.0
    }
    modifiers = [
        hit
        for hit in modifiers
        if not ({w.lower() for w in words(f"{hit.a} {hit.b}")} & (added - inside))
    ]
    hits = [hit for hit in hits if not (hit in alone and hit.b.strip().lower() in inside)]
    read = {w.lower() for hit in modifiers for w in words(hit.b)}
    between = [hit for hit in between if hit.b.lower() not in read]
    return hits + between + modifiers
