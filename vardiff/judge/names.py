"""Names of people, places and bodies: another referent is a changed fact; the same name spelled
or abbreviated another way ("Kim Jong Un" / "Kim Jong-un", "U.N." / "United Nations") is not."""

from __future__ import annotations

import re
from typing import cast

from .._entities import NameDiff, compare_names
from .._report import Finding
from ._context import PairContext
from ._draft import draft
from ._evidence import content_terms, spelling, support, support_texts

__all__ = ["check_names", "names_texts"]


def _names_diff(ctx: PairContext) -> NameDiff:
    diff = ctx.memo.get("names.diff")
    if diff is None:
        diff = ctx.memo["names.diff"] = compare_names(ctx.a, ctx.b, equivalences=ctx.equivalences)
    return cast(NameDiff, diff)


def names_texts(ctx: PairContext) -> list[str]:
    """The texts :func:`check_names` asks the model about, to embed them with the report's."""
    if ctx.pair.status != "changed":
        return []
    diff = _names_diff(ctx)
    only_a, only_b = list(diff.only_a), list(diff.only_b)
    texts: list[str] = []
    paired = min(len(only_a), len(only_b))
    for left, right in zip(only_a[:paired], only_b[:paired], strict=True):
        if re.sub(r"\W", "", left.lower()) != re.sub(r"\W", "", right.lower()):
            texts += [left, right]
    terms_a, terms_b = content_terms(ctx.a), content_terms(ctx.b)
    texts += [t for name in only_a[paired:] for t in support_texts(name, terms_b)]
    texts += [t for name in only_b[paired:] for t in support_texts(name, terms_a)]
    return texts


def check_names(ctx: PairContext) -> list[Finding]:
    diff = _names_diff(ctx)
    terms_a, terms_b = content_terms(ctx.a), content_terms(ctx.b)
    found: list[Finding] = []
    only_a, only_b = list(diff.only_a), list(diff.only_b)
    while only_a and only_b:
        left, right = only_a.pop(0), only_b.pop(0)
        if re.sub(r"\W", "", left.lower()) == re.sub(r"\W", "", right.lower()):
            continue  # one name cut differently on each side is no new referent
        alike = ctx.similarity(left, right)
        # A typo keeps most letters ("Belgium" / "Beligum"); a designation that differs in its
        # code ("Hwasong-11A" / "11B") is another thing however alike it is spelled.
        typed = 0.0 if re.search(r"\d", left + right) else spelling(left, right)
        found.append(
            draft(
                ctx,
                check="entity.different",
                category="entity",
                a=left,
                b=right,
                message=f"another name: {left} in A is {right} in B",
                prior=0.85,
                evidence={"name_similarity": alike, "spelling": typed},
            )
        )
    for name in only_a:
        # A name rendered another way (lower case, a description, a transliteration) is still
        # there: support and spelling say how well B accounts for it.
        found.append(
            draft(
                ctx,
                check="entity.dropped",
                category="entity",
                a=name,
                b="",
                message=f"the name {name} is missing in B",
                prior=0.6,
                evidence=_presence(name, ctx.b, terms_b, ctx),
            )
        )
    for name in only_b:
        found.append(
            draft(
                ctx,
                check="entity.added",
                category="entity",
                a="",
                b=name,
                message=f"B names {name}, who or which A does not name",
                prior=0.5,
                evidence=_presence(name, ctx.a, terms_a, ctx),
            )
        )
    for title in diff.titles_dropped:
        found.append(
            draft(
                ctx,
                check="entity.title_dropped",
                category="entity",
                a=title,
                b="",
                message=f"the title {title!r} is missing in B",
                prior=0.5,
            )
        )
    for left, right in diff.variants:
        found.append(
            draft(
                ctx,
                check="entity.variant",
                category="entity",
                a=left,
                b=right,
                message="same name, spelled or abbreviated another way",
                prior=0.05,
            )
        )
    return found


def _presence(name: str, other: str, terms: list[str], ctx: PairContext) -> dict[str, float | str]:
    """How far the other side accounts for a name it does not carry as a name."""
    words = other.split()
    closest = max(
        (spelling(name, " ".join(words[i : i + len(name.split())])) for i in range(len(words))),
        default=0.0,
    )
    return {"support": support(ctx, name, terms), "spelling": closest}
