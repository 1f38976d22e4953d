"""Text damage: words run together, stray metadata, a sentence broken in two, a word typed
twice, another script. Not a change of meaning by itself, but an editor must fix it."""

from __future__ import annotations

from .._artifacts import Artifact
from .._report import Finding
from ._context import PairContext
from ._draft import draft

__all__ = ["check_damage", "damage_finding"]

_SERIOUS = {"broken sentence", "run-together words", "other script", "stray metadata"}
_EXPLAINED = {
    "broken sentence": "a sentence broken off in the middle",
    "run-together words": "words run together without a space",
    "other script": "text in another writing system",
    "stray metadata": "stray metadata (a date or tag) inside the text",
    "doubled word": (
        "the same word twice where the other side has words between them: those words are missing"
    ),
    "repeated word": (
        "a word or phrase typed again right after itself, a slip that changes nothing but "
        "needs fixing"
    ),
}


def damage_finding(ctx: PairContext | None, artifact: Artifact, *, side: str) -> Finding:
    text = artifact.text
    return draft(
        ctx,
        check=f"artifact.{artifact.kind.replace(' ', '_').replace('-', '_')}",
        category="artifact",
        a=text if side == "a" else "",
        b=text if side == "b" else "",
        message=f"damaged text in {side.upper()}: {_EXPLAINED.get(artifact.kind, artifact.kind)}",
        prior=0.6 if artifact.kind in _SERIOUS else 0.3,
    )


def check_damage(ctx: PairContext) -> list[Finding]:
    return [damage_finding(ctx, artifact, side="b") for artifact in ctx.damage_b] + [
        damage_finding(ctx, artifact, side="a") for artifact in ctx.damage_a
    ]
