"""The user's glossary: a rendering it forbids ("shells != bullets")."""

from __future__ import annotations

from .._report import Finding
from ._context import PairContext
from ._draft import draft

__all__ = ["check_glossary"]


def check_glossary(ctx: PairContext) -> list[Finding]:
    if not ctx.glossary:
        return []
    return [
        draft(
            ctx,
            check="glossary.forbidden",
            category="lexical",
            a=source,
            b=rendering,
            message=f"the glossary forbids rendering {source!r} as {rendering!r}",
            prior=1.0,
        )
        for source, rendering in ctx.glossary.forbidden_hits(ctx.a, ctx.b)
    ]
