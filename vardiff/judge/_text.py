"""Text folding shared by the checks."""

from __future__ import annotations

import re

__all__ = ["fold_typography", "tidy"]

_TYPOGRAPHY = str.maketrans("’‘“”„«»–—", '\'\'"""""--')


def fold_typography(text: str) -> str:
    return tidy(text.translate(_TYPOGRAPHY))


def tidy(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
