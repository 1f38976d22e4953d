"""Control characters made visible, for every view a person reads (text, markdown, HTML).

Input text may carry terminal escape sequences (``ESC]52;…`` writes the clipboard in terminals
that allow it, ``ESC[8m`` hides everything after it), other C0/C1 control characters, or bidi
controls that reorder what a reader sees (``U+202E`` can make "5" and "3" trade places on the
screen). A diff that shows such text raw can hide drift from the person it is for, so every
human-facing renderer passes user text through :func:`visible` (or :func:`visible_parts`, to
style the escapes) before it lays it out. The JSON report keeps the exact text: a program reads
it, and JSON escapes C0 controls itself.

Each such character becomes a backslash escape that reads as what it is, in the notation Python
and most documentation use: ``\\x1b`` for ESC, ``\\x85`` for a C1 control, ``\\u202e`` for a
bidi control. Tab and line feed stay as they are (harmless, and meaningful in ``pre`` text).

Renderers: call :func:`visible` on every string that came from the inputs (sentence text, op
text, finding spans and messages, file names) *before* escaping for the output format (HTML
escaping, markdown escaping); the result holds only printable characters plus tab and LF.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["INVISIBLE", "has_invisible", "visible", "visible_parts"]

# C0 controls but tab and LF, DEL, C1 controls; the bidi embedding, override and isolate
# controls and the marks (ALM, LRM, RLM); the line and paragraph separators, which some
# terminals draw as nothing at all.
INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]"
)


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """``text`` with each control or bidi character replaced by its escape (``\\x1b``)."""
    if INVISIBLE.search(text) is None:  # the common case: no copy
        return text
    return INVISIBLE.sub(lambda m: _escape(m.group()), text)


def visible_parts(text: str) -> Iterator[tuple[str, bool]]:
    """``text`` in order as (piece, is_escape) parts, so a renderer can style the escapes
    (dim, reversed) apart from literal text that happens to read ``\\x1b``."""
    at = 0
    for match in INVISIBLE.finditer(text):
        if match.start() > at:
            yield text[at : match.start()], False
        yield _escape(match.group()), True
        at = match.end()
    if at < len(text):
        yield text[at:], False


def has_invisible(text: str) -> bool:
    """Whether :func:`visible` would change ``text``."""
    return INVISIBLE.search(text) is not None
