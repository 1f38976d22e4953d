"""Amounts, units, dates and times: a changed number is a changed fact; the same amount written
another way ("3 million" / "three million", "152mm" / "152 millimeter") is not."""

from __future__ import annotations

from .._numbers import Quantity, compare_quantities
from .._report import Finding
from ._context import PairContext
from ._draft import draft
from ._evidence import spelling
from ._lexicon import lexicon

__all__ = ["check_numbers"]

SAME_THING = 0.8  # cosine of two counted nouns above which they name the same thing


def _plural(word: str | None) -> bool:
    word = (word or "").lower()
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _unit_only(left: Quantity, right: Quantity) -> bool:
    return left.value == right.value and left.unit != right.unit


def check_numbers(ctx: PairContext) -> list[Finding]:
    diff = compare_quantities(ctx.a, ctx.b)
    found: list[Finding] = []
    only_a, only_b = list(diff.only_a), list(diff.only_b)
    while only_a and only_b:
        left, right = only_a.pop(0), only_b.pop(0)
        if _unit_only(left, right):
            what = left.unit or "no unit"
            message = f"same number, another unit: {what} in A, {right.unit or 'no unit'} in B"
            check = "number.unit"
        else:
            message = f"the amount changed: {left.text} in A, {right.text} in B"
            check = "number.changed"
        found.append(
            draft(
                ctx,
                check=check,
                category="number",
                a=left.text,
                b=right.text,
                message=message,
                prior=0.95,
            )
        )
    for quantity in only_a:
        found.append(
            draft(
                ctx,
                check="number.dropped",
                category="number",
                a=quantity.text,
                b="",
                message=f"the amount {quantity.text} is missing in B",
                prior=0.9,
            )
        )
    for quantity in only_b:
        found.append(
            draft(
                ctx,
                check="number.added",
                category="number",
                a="",
                b=quantity.text,
                message=f"B adds an amount not in A: {quantity.text}",
                prior=0.85,
            )
        )
    for left, right in diff.recounted:
        # "5,000 soldiers" / "5,000 troops" counts the same thing; "shells" / "bullets" does not.
        alike = ctx.similarity(left.counted or "", right.counted or "")
        evidence: dict[str, float | str] = {
            "noun_similarity": alike,
            # What an amount counts is a plural noun ("3 million shells"); a word after an
            # amount that is not one ("30 km outside", "a million years ago") is rarely a
            # different thing counted.
            "plural_nouns": float(_plural(left.counted) and _plural(right.counted)),
            "spelling": spelling(left.counted or "", right.counted or ""),
        }
        a_text, b_text = f"{left.text} {left.counted}", f"{right.text} {right.counted}"
        # The lexicon knows "152mm shells" / "152mm projectiles" names the same thing more
        # broadly, which the two words' similarity alone (0.6) cannot tell from "bullets".
        kin = lexicon().kinship(left.counted or "", right.counted or "")
        if kin is not None and kin.relation in ("broader", "narrower"):
            evidence["relation"] = kin.relation
            found.append(
                draft(
                    ctx,
                    check="number.broader",
                    category="number",
                    a=a_text,
                    b=b_text,
                    message=f"same amount, named {kin.relation}: {left.counted} in A, "
                    f"{right.counted} in B",
                    prior=0.25,
                    evidence=evidence,
                    a_span=ctx.locate(left.text, side="a"),
                    b_span=ctx.locate(right.text, side="b"),
                )
            )
            continue
        if alike >= SAME_THING or (kin is not None and kin.relation in ("same", "synonym")):
            found.append(
                draft(
                    ctx,
                    check="number.same_thing",
                    category="number",
                    a=a_text,
                    b=b_text,
                    message=f"same amount of the same thing: {left.counted} is called "
                    f"{right.counted} in B",
                    prior=0.05,
                    evidence=evidence,
                    a_span=ctx.locate(left.text, side="a"),
                    b_span=ctx.locate(right.text, side="b"),
                )
            )
        else:
            found.append(
                draft(
                    ctx,
                    check="number.recounted",
                    category="number",
                    a=a_text,
                    b=b_text,
                    message=f"the same amount counts something else: {left.counted} in A, "
                    f"{right.counted} in B",
                    prior=0.9,
                    evidence=evidence,
                    a_span=ctx.locate(left.text, side="a"),
                    b_span=ctx.locate(right.text, side="b"),
                )
            )
    for left, right in diff.reworded:
        found.append(
            draft(
                ctx,
                check="number.reworded",
                category="number",
                a=left.text,
                b=right.text,
                message="same amount, written another way",
                prior=0.02,
            )
        )
    return found
