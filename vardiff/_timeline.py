"""A timeline's entries in the historic present.

A timeline under a history heading tells each year's event in the present tense ("1998: Two
friends start making oat milk in Otley."), as a caption does: the year says when. Told as
prose, the same event is in the past ("In 1998, two friends started making oat milk"), and the
tense is no news. An entry opens its line on a year, alone or set off ("1998:", "1998 –",
"**1998**", "- 1998:"). A shift to the future ("will open") stays a change of time.
"""

from __future__ import annotations

import re

from ._document import Document
from ._report import Finding, Pair

__all__ = ["historic_present"]

# A line that opens on a year set off as a timeline sets it: "1998: ", "1998 – ", "**1998** ",
# "- 1998: ", "[1998] ".
_ENTRY = re.compile(
    r"[^\S\n]*(?:[-*•][^\S\n]+)?(?:\*\*|\[)?(?:1[5-9]|20)\d\d(?:\*\*|\])?"
    r"(?:[^\S\n]*[:–—-]|(?<=\*\*)|(?<=\]))[^\S\n]+(?=\S)"
)
_FUTURE = re.compile(r"\b(?:will|shall|won't|going to)\b|'ll\b", re.IGNORECASE)


def _entry(doc: Document, indices: tuple[int, ...]) -> bool:
    """Whether the first of these sentences opens a line on a timeline's year."""
    if not indices:
        return False
    sentence = doc.sentences[indices[0]]
    line = doc.text.rfind("\n", 0, sentence.start) + 1
    return line == sentence.start and _ENTRY.match(doc.text, line) is not None


def historic_present(
    pairs: list[Pair], doc_a: Document, doc_b: Document
) -> dict[int, tuple[Finding, ...]]:
    """The pairs (by index) of a timeline's entry on either side with their findings less a
    shift between the present and the past."""
    out: dict[int, tuple[Finding, ...]] = {}
    for n, pair in enumerate(pairs):
        if not any(f.check.startswith("tense.") for f in pair.findings):
            continue
        if not (_entry(doc_a, pair.a) or _entry(doc_b, pair.b)):
            continue
        kept = tuple(
            f
            for f in pair.findings
            if not (
                f.check.startswith("tense.")
                and _FUTURE.search(f.a) is None
                and _FUTURE.search(f.b) is None
            )
        )
        if kept != pair.findings:
            out[n] = kept
    return out
