"""The one exception hierarchy of vardiff.

::

    VardiffError                 every error vardiff raises on purpose
    ├── InputError               the user's input cannot be used (CLI exit status 2)
    │   ├── SourceError          missing file, directory, unreadable path, unwritable output
    │   ├── DecodeError          binary content or text in an encoding that cannot be read
    │   ├── GlossaryError        a glossary file that does not follow the documented format
    │   └── LimitError           input beyond a documented size limit
    └── ModelError               the sentence-embedding model cannot be loaded or run

The CLI turns any ``VardiffError`` into one line on stderr and exit status 2.
"""

from __future__ import annotations

__all__ = [
    "DecodeError",
    "GlossaryError",
    "InputError",
    "LimitError",
    "ModelError",
    "SourceError",
    "VardiffError",
]


class VardiffError(Exception):
    """Base class of every error vardiff raises on purpose."""


class InputError(VardiffError):
    """The user's input cannot be used."""


class SourceError(InputError):
    """A path that cannot be read from, or written to."""


class DecodeError(InputError):
    """Bytes that are not text, or not text in a readable encoding."""


class GlossaryError(InputError):
    """A glossary file that does not follow the documented format."""


class LimitError(InputError):
    """Input beyond a documented size limit."""


class ModelError(VardiffError):
    """The sentence-embedding model cannot be loaded or run."""
