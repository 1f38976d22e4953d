"""Reading the two inputs: bytes from a file or stdin, decoded to text, HTML reduced to its text.

How it works
------------
:func:`read_source` opens the path read-only (``-`` means standard input), checks it is a file
within ``max_bytes``, reads all of it in binary, decodes it with :func:`decode_bytes`, turns CRLF
and lone CR into LF, decides whether it is HTML, and for HTML keeps only the text that
:func:`vardiff._html.html_to_text` extracts. Everything that can go wrong with the user's input
is raised as :class:`~vardiff._errors.SourceError` (the path), :class:`~vardiff._errors.LimitError`
(the size) or :class:`~vardiff._errors.DecodeError` (the bytes), with a one-line message that
starts with the name as the user gave it.

Decoding, without ``--encoding``, is a sequence of rules; only step 6 asks a statistical
detector, and only for what the fixed rules cannot read:

1. a byte-order mark decides: UTF-8 (``utf-8-sig``), UTF-32 LE/BE (``utf-32``), UTF-16 LE/BE
   (``utf-16``); the mark is not part of the text;
2. otherwise NUL bytes mean binary (text in 8-bit encodings and UTF-8 never contains them),
   unless charset-normalizer names UTF-16/32 and that decodes to text (step 6's rules); a
   high share of other control bytes (more than 5 %, not counting tab, LF, CR and FF) means
   binary too: random binary data has about 11 %;
3. strict UTF-8, which almost never decodes text that is really in another encoding;
4. UTF-8 with a few invalid bytes (at least as many valid multi-byte characters as bad bytes):
   the bad bytes become U+FFFD and a warning names the offset of the first;
5. for HTML only, the ``<meta charset>`` the page declares, if Python knows it and it decodes;
6. charset-normalizer, trusted only when it names a CJK multi-byte encoding (Shift-JIS,
   GB18030, Big5, EUC-KR, ...), the non-ASCII bytes come in runs as such text's do, and the
   codec decodes the whole file; a warning names the codec. Measured, it misreads cp1252,
   Latin-1 and UTF-8 with a bad byte, so it comes after the rules that read those;
7. cp1252, the Windows superset of Latin-1 that most non-UTF-8 Western text is in (it gives
   curly quotes and dashes where Latin-1 would give invisible C1 control characters);
8. Latin-1, which decodes any byte, for the rare text that uses one of the five bytes cp1252
   leaves undefined.

An explicit encoding wins over all of that; the decoded text is still checked for NUL and control
characters, and a leading byte-order mark is dropped.

Output paths: :func:`check_writable` validates an ``--output`` path up front without touching it;
:func:`write_atomic` writes to a temporary file next to the target and renames it over the target,
so the target holds either its old content or the complete new one.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import re
import secrets
import stat
import sys
from dataclasses import dataclass
from typing import BinaryIO, Literal

from vardiff._errors import DecodeError, InputError, LimitError, SourceError

__all__ = [
    "InputFormat",
    "Source",
    "check_writable",
    "decode_bytes",
    "read_source",
    "write_atomic",
]

InputFormat = Literal["auto", "text", "html"]

_STDIN_NAME = "<stdin>"
_CHUNK = 1 << 20

# Byte-order marks, longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters that plain text does not contain (tab, LF, CR and FF are fine; NUL is
# checked on its own because one is already enough).
_CONTROL_CODES = bytes([*range(0x01, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
_CONTROL_CHARS = _CONTROL_CODES.decode("ascii")
_MAX_CONTROL_SHARE = 0.05

_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
# How much of the start of a document the HTML heuristics look at: enough for any real page's
# opening markup, and it keeps detection fast on a 200 MB text file.
_SNIFF_CHARS = 65_536
_HTML_START = re.compile(
    r"\A(?:\s|\ufeff|<\?xml[^>]*>|<!--.*?-->)*<(?:!doctype\s+html|html)[\s>/]",
    re.IGNORECASE | re.DOTALL,
)
_BLOCK_NAMES = (
    r"(?:p|div|body|head|article|section|main|header|footer|nav|aside|h[1-6]|ul|ol|li|dl|dt|dd"
    r"|table|thead|tbody|tr|td|th|blockquote|pre|figure|form|span|a|b|i|em|strong|script"
    r"|style|meta|link|title|br|hr|img)"
)
# A saved fragment: a start tag of an HTML element first, an end tag last.
_FRAGMENT_START = re.compile(
    rf"\A(?:\s|\ufeff|<!--.*?-->)*<{_BLOCK_NAMES}(?:\s[^<>]*)?/?>", re.IGNORECASE | re.DOTALL
)
_FRAGMENT_END = re.compile(rf"</{_BLOCK_NAMES}\s*>\s*\Z", re.IGNORECASE)
# A tag worth a warning when the file is read as text.
_MARKUP_TAG = re.compile(rf"</?{_BLOCK_NAMES}(?:\s[^<>]*)?/?>", re.IGNORECASE)
# The HTML spec has browsers look for <meta charset> in the first 1024 bytes; be more lenient.
_META_CHARSET = re.compile(rb"""<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_META_SCAN_BYTES = 4096


@dataclass(frozen=True)
class Source:
    """One input, ready to compare.

    ``text`` is the decoded text with line ends normalised to ``"\\n"``; for ``format ==
    "html"`` it is the text extracted from the markup (one block per line), not the markup.
    """

    name: str
    text: str
    encoding: str
    format: Literal["text", "html"]
    # One-line notes on how the input was read that a user should see (the CLI prints each
    # as "vardiff: warning: ..."): a bad byte replaced, markup left as text.
    warnings: tuple[str, ...] = ()


def read_source(
    path: str,
    *,
    encoding: str | None = None,
    input_format: InputFormat = "auto",
    stdin: BinaryIO | None = None,
    max_bytes: int = 200_000_000,
) -> Source:
    """Read, decode and (for HTML) extract one input.

    ``path`` ``"-"`` reads ``stdin`` (default ``sys.stdin.buffer``) and names the source
    ``"<stdin>"``. ``input_format`` ``"auto"`` picks HTML for ``.html``/``.htm``/``.xhtml``
    names and for a document that *is* markup: one that starts with ``<!doctype html>`` or
    ``<html>``, or that starts with a start tag and ends with an end tag. Anything else is text,
    however many tags it mentions: extracting text from something that is not a page can drop
    real content (a ``<script>`` mentioned in prose would swallow the rest of the file), and a
    QA gate must not pass because of how a file was sniffed. Text that carries block-level tags
    gets a warning that says so. Raises SourceError, LimitError or DecodeError (all InputError)
    for unusable input.
    """
    if input_format not in ("auto", "text", "html"):
        # Normally the CLI restricts the choice; an InputError keeps the exit status right if not.
        raise InputError(f"unknown input format {input_format!r}; use auto, text or html")
    if max_bytes < 0:
        raise ValueError(f"max_bytes must be >= 0, not {max_bytes}")

    if path == "-":
        name = _STDIN_NAME
        data = _read_stdin(stdin, max_bytes)
    else:
        name = path
        data = _read_file(path, max_bytes)

    declared = None
    if encoding is None and input_format != "text" and _may_be_html(name, data, input_format):
        declared = _declared_charset(data)
    notes: list[str] = []
    text, codec = _decode(data, name=name, encoding=encoding, declared=declared, notes=notes)
    del data  # the bytes are not needed any more; a 200 MB input should not be held twice
    text = text.replace("\r\n", "\n").replace("\r", "\n")

    if input_format == "html" or (input_format == "auto" and _is_html(name, text)):
        from vardiff._html import html_to_text  # html.parser: only for HTML input

        return Source(name, html_to_text(text), codec, "html", tuple(notes))
    if input_format == "auto" and _mentions_markup(text):
        notes.append(
            f"{name}: contains HTML tags but is not an HTML document; compared as text (pass"
            " --input-format html to extract the text of the markup)"
        )
    return Source(name, text, codec, "text", tuple(notes))


def decode_bytes(
    data: bytes, *, name: str, encoding: str | None = None, warnings: list[str] | None = None
) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, codec)``; ``name`` is only used in error messages.

    With ``encoding``, that codec is used strictly (an unknown name or undecodable bytes raise
    DecodeError). Without it, the rules are, in order: a byte-order mark (UTF-8, UTF-32, UTF-16)
    decides; NUL bytes or more than 5 % control bytes mean binary content (DecodeError); strict
    UTF-8; UTF-8 with a few invalid bytes replaced by U+FFFD (a note naming the offset is
    appended to ``warnings``); cp1252; Latin-1. The result depends on the bytes alone, never on
    a guess, and Latin-1 decodes anything, so only binary content or a broken UTF-16/32 file
    fail.

    Line ends are returned as they are; :func:`read_source` normalises them.
    """
    notes = warnings if warnings is not None else []
    return _decode(data, name=name, encoding=encoding, declared=None, notes=notes)


def check_writable(path: str) -> None:
    """Raise SourceError unless :func:`write_atomic` can write ``path``; create nothing.

    Checks that the directory exists and is writable, that ``path`` is not a directory, and that
    an existing file at ``path`` is writable (a read-only output file is the user's "do not
    overwrite", even though replacing it by rename would work).
    """
    if not path:
        raise SourceError("output path is empty")
    if path.endswith(("/", os.sep)):
        raise SourceError(f"{path}: names a directory, not a file")
    try:
        if os.path.isdir(path):
            raise SourceError(f"{path}: is a directory, not a file")
        if _names_a_descriptor(path) or not _is_regular_or_missing(path):
            # A device or FIFO (/dev/null, /dev/stdout) is written in place, not replaced.
            if not os.access(path, os.W_OK):
                raise SourceError(f"{path}: permission denied (not writable)")
            return
        target = _target(path)
        parent = os.path.dirname(target) or os.curdir
        if not os.path.exists(parent):
            where = "" if target == path else f" (where the link {path} points)"
            raise SourceError(f"{path}: directory {parent}{where} does not exist; create it first")
        if not os.path.isdir(parent):
            raise SourceError(f"{path}: {parent} is not a directory")
        if os.path.exists(target) and not os.access(target, os.W_OK):
            raise SourceError(f"{path}: permission denied (the file is not writable)")
        if not os.access(parent, os.W_OK | os.X_OK):
            raise SourceError(f"{path}: permission denied (cannot create files in {parent})")
    except ValueError as exc:  # a NUL character in the path
        raise SourceError(f"{path!r}: invalid path ({exc})") from None


def write_atomic(path: str, text: str) -> None:
    """Write ``text`` as UTF-8 to ``path`` so that the file is never seen half-written.

    The text goes to a new temporary file in the same directory (same file system, so the
    rename is atomic), is flushed to disk, gets the old file's permission bits, and then
    ``os.replace`` puts it in place. On any error or interruption the temporary file is removed
    and the old file is untouched. A symbolic link at ``path`` is followed, as a shell's ``>``
    follows it: the file it points to is replaced (or created, for a dangling link) and the
    link stays. A device, FIFO or socket at ``path`` or behind the link (``/dev/null``,
    ``/dev/stdout``, ``/proc/self/fd/1`` on a pipe) is written directly, since it cannot be
    replaced meaningfully. The CLI refuses an output that resolves to one of its inputs before
    this is called.
    """
    # Encode first: a text that cannot be encoded must fail before any file exists.
    data = text.encode("utf-8")
    try:
        if os.path.isdir(path):
            raise SourceError(f"{path}: is a directory, not a file")
        if _names_a_descriptor(path):
            # Appending is what writing to the caller's own descriptor does: "-o /dev/stdout
            # >>log" keeps the log, as the shell's own handling of /dev/stdout would.
            with open(path, "ab") as stream:
                stream.write(data)
            return
        if not _is_regular_or_missing(path):
            with open(path, "wb") as stream:
                stream.write(data)
            return
        _replace_with(_target(path), data)
    except OSError as exc:
        raise SourceError(f"{path}: cannot write ({_reason(exc)})") from None
    except ValueError as exc:  # a NUL character in the path
        raise SourceError(f"{path!r}: invalid path ({exc})") from None


# -- reading ---------------------------------------------------------------------------------


def _read_file(path: str, max_bytes: int) -> bytes:
    try:
        # Opening first and checking the open descriptor avoids a race between check and read.
        with open(path, "rb") as stream:
            info = os.fstat(stream.fileno())
            if stat.S_ISDIR(info.st_mode):
                raise SourceError(f"{path}: is a directory, not a file")
            if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
                raise LimitError(
                    f"{path}: {info.st_size:,} bytes is more than the limit of {max_bytes:,} bytes"
                )
            # Not S_ISREG: a FIFO or device (e.g. from "<(command)"); its size is unknown until
            # read, so the bounded read below enforces the limit.
            data = _read_bounded(stream, max_bytes)
    except FileNotFoundError:
        if os.path.islink(path):
            raise SourceError(f"{path}: no such file (broken symbolic link)") from None
        raise SourceError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise SourceError(f"{path}: is a directory, not a file") from None
    except NotADirectoryError:
        raise SourceError(f"{path}: no such file (a parent is not a directory)") from None
    except PermissionError:
        # Windows reports opening a directory as a permission error.
        if os.path.isdir(path):
            raise SourceError(f"{path}: is a directory, not a file") from None
        raise SourceError(f"{path}: permission denied; check the file's permissions") from None
    except OSError as exc:
        raise SourceError(f"{path}: cannot read ({_reason(exc)})") from None
    except ValueError as exc:  # a NUL character in the path
        raise SourceError(f"{path!r}: invalid path ({exc})") from None
    if len(data) > max_bytes:
        raise LimitError(f"{path}: more than the limit of {max_bytes:,} bytes")
    return data


def _read_stdin(stdin: BinaryIO | None, max_bytes: int) -> bytes:
    if stdin is None:
        if sys.stdin is None:
            raise SourceError(f"{_STDIN_NAME}: no standard input to read from")
        stdin = sys.stdin.buffer
    try:
        data = _read_bounded(stdin, max_bytes)
    except OSError as exc:
        raise SourceError(f"{_STDIN_NAME}: cannot read ({_reason(exc)})") from None
    if len(data) > max_bytes:
        raise LimitError(f"{_STDIN_NAME}: more than the limit of {max_bytes:,} bytes")
    return data


def _read_bounded(stream: BinaryIO, max_bytes: int) -> bytes:
    """Read to EOF, but stop after ``max_bytes + 1`` bytes so endless input cannot exhaust memory.

    More than ``max_bytes`` in the result means the input is over the limit.
    """
    chunks: list[bytes] = []
    total = 0
    while total <= max_bytes:
        chunk = stream.read(min(_CHUNK, max_bytes + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


# -- decoding --------------------------------------------------------------------------------


def _decode(
    data: bytes, *, name: str, encoding: str | None, declared: str | None, notes: list[str]
) -> tuple[str, str]:
    if encoding is not None:
        return _decode_explicit(data, name=name, encoding=encoding)

    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_bom(data, name=name, codec=codec)

    if b"\x00" in data:
        wide = _detected(data, _WIDE_CODECS, name=name, notes=notes)
        if wide is not None:
            return wide
        raise DecodeError(
            f"{name}: binary content (NUL bytes), not text; if it is UTF-16 or UTF-32 without"
            " a byte-order mark, pass --encoding (e.g. --encoding utf-16-le)"
        )
    controls = len(data) - len(data.translate(None, _CONTROL_CODES))
    _check_control_share(controls, len(data), name=name)

    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = exc
    mostly_utf8 = _mostly_utf8(data, first_bad, name=name, notes=notes)
    if mostly_utf8 is not None:
        return mostly_utf8, "utf-8"
    if declared is not None:
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError:
            pass  # the page lies about its encoding; fall through to the generic rules
    cjk = _detected(data, _CJK_CODECS, name=name, notes=notes)
    if cjk is not None:
        return cjk
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # One of 0x81, 0x8D, 0x8F, 0x90, 0x9D, which cp1252 leaves undefined; Latin-1 maps
        # every byte, so this cannot fail.
        return data.decode("latin-1"), "latin-1"


def _decode_explicit(data: bytes, *, name: str, encoding: str) -> tuple[str, str]:
    try:
        codec = codecs.lookup(encoding).name
        if codec == "utf-8" and data.startswith(codecs.BOM_UTF8):
            codec = "utf-8-sig"  # so the mark does not end up as the first character
        text = data.decode(codec)
    except LookupError:
        # Also what bytes.decode raises for codecs that are not text encodings ("base64").
        raise DecodeError(
            f"{name}: unknown text encoding {encoding!r}; use a name such as utf-8, cp1252,"
            " latin-1 or utf-16"
        ) from None
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"{name}: cannot decode as {encoding}: {_where(exc)}; check --encoding, or leave it"
            " out to detect the encoding automatically"
        ) from None
    # A byte-order mark is never content, even under an explicit codec such as utf-16-le.
    text = text.removeprefix("\ufeff")
    _check_decoded(text, name=name, codec=codec)
    return text, codec


def _decode_bom(data: bytes, *, name: str, codec: str) -> tuple[str, str]:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        if codec == "utf-32":
            # FF FE 00 00 is also a UTF-16 LE mark followed by U+0000; give UTF-16 a chance.
            with contextlib.suppress(DecodeError):
                return _decode_bom(data, name=name, codec="utf-16")
        raise DecodeError(
            f"{name}: starts with a {codec.upper()} byte-order mark but is not valid"
            f" {codec.upper()} ({_where(exc)}); pass --encoding if it is in another encoding"
        ) from None
    _check_decoded(text, name=name, codec=codec)
    return text, codec


def _check_decoded(text: str, *, name: str, codec: str) -> None:
    if "\x00" in text:
        raise DecodeError(f"{name}: binary content (NUL characters as {codec}), not text")
    surrogate = _SURROGATE.search(text)
    if surrogate is not None:
        # UTF-7 and the escape codecs can decode to half of a UTF-16 pair, which is no
        # character: nothing downstream (the tokenizer, UTF-8 output) can hold it.
        raise DecodeError(
            f"{name}: decodes as {codec} to a lone surrogate (U+{ord(surrogate.group()):04X}"
            f" at character {surrogate.start():,}), which is not text; check --encoding"
        )
    # str.count is a fast C scan; 28 of them are still cheap next to decoding itself.
    controls = sum(text.count(char) for char in _CONTROL_CHARS)
    _check_control_share(controls, len(text), name=name)


def _check_control_share(controls: int, total: int, *, name: str) -> None:
    if total and controls / total > _MAX_CONTROL_SHARE:
        raise DecodeError(
            f"{name}: binary content ({controls / total:.0%} control characters), not text"
        )


_SURROGATE = re.compile("[\ud800-\udfff]")


# What charset-normalizer is trusted with: the multi-byte legacy encodings of Chinese, Japanese
# and Korean, and UTF-16/32 without a byte-order mark. Measured (benchmarks/libraries_bench.py)
# it decodes Shift-JIS, GB18030 and BOM-less UTF-16 exactly, where the fixed rules give
# mojibake or refuse the file, but it calls cp1252 text "cp1257", Latin-1 "cp1250" and UTF-8
# with one bad byte "mac_iceland"; the fixed rules get those three right, so they go first.
_CJK_CODECS = frozenset(
    "shift_jis cp932 euc_jp euc_jis_2004 euc_jisx0213 shift_jis_2004 shift_jisx0213 iso2022_jp"
    " gb2312 gbk gb18030 hz big5 big5hkscs cp950 euc_kr cp949 johab iso2022_kr".split()
)
_WIDE_CODECS = frozenset("utf_16 utf_16_le utf_16_be utf_32 utf_32_le utf_32_be".split())
# charset-normalizer reads a sample; the chosen codec then decodes the whole file strictly.
_DETECT_BYTES = 1 << 20


_HIGH_RUN = re.compile(rb"[\x80-\xff]+")


def _multibyte_runs(sample: bytes) -> bool:
    """Whether the non-ASCII bytes come in runs, as every character of a CJK multi-byte
    encoding does, and there are enough of them to judge (ten characters or so). Western text
    in cp1252 has mostly lone high bytes between ASCII letters ("café"), and on a short one
    charset-normalizer can name Shift-JIS ("“café”" read as "田af髞")."""
    runs = _HIGH_RUN.findall(sample)
    total = sum(map(len, runs))
    paired = sum(len(run) for run in runs if len(run) >= 2)
    return total >= 20 and paired >= 0.9 * total


def _detected(
    data: bytes, allowed: frozenset[str], *, name: str, notes: list[str]
) -> tuple[str, str] | None:
    """Text and codec when charset-normalizer names one of ``allowed`` codecs for ``data`` and
    that codec decodes all of it; None otherwise (also when the library is missing)."""
    if allowed is _CJK_CODECS and not _multibyte_runs(data[:_DETECT_BYTES]):
        return None
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a dependency, but the rules work without it
        return None
    best = from_bytes(data[:_DETECT_BYTES]).best()
    if best is None or best.encoding not in allowed:
        return None
    codec = codecs.lookup(best.encoding).name
    if codec in ("utf-16", "utf-32"):
        # Without a mark Python's utf-16 assumes the machine's byte order; take the file's.
        codec += "-le" if data[1:2] == b"\x00" or data[:1] != b"\x00" else "-be"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    if allowed is _WIDE_CODECS:
        # Random binary with a NUL or two also "decodes" as UTF-16; text without a mark that
        # reaches here is almost always mostly ASCII (it has NULs because it has ASCII).
        sample = text[:_DETECT_BYTES]
        if len(sample) < 8 or len(sample.encode("ascii", "ignore")) * 2 < len(sample):
            return None
    if allowed is _CJK_CODECS:
        wide = sum(1 for char in text[:_DETECT_BYTES] if char >= "\u3000")
        other = sum(1 for char in text[:_DETECT_BYTES] if "\x80" <= char < "\u3000")
        if wide <= other:
            return None  # not CJK text after all: leave it to cp1252
    try:
        _check_decoded(text, name=name, codec=codec)
    except DecodeError:
        return None  # binary after all; the caller's own message says so
    notes.append(
        f"{name}: not UTF-8; read as {codec} (detected by charset-normalizer; pass --encoding"
        " to choose another)"
    )
    return text, codec


def _mostly_utf8(
    data: bytes, first: UnicodeDecodeError, *, name: str, notes: list[str]
) -> str | None:
    """UTF-8 with a few invalid bytes, as text with U+FFFD in their place; None otherwise.

    One stray byte (a cp1252 quote pasted into a UTF-8 file, a truncated download) must not
    turn every other non-ASCII character into mojibake, which would make every sentence differ.
    The file counts as UTF-8 when it has at least as many valid multi-byte UTF-8 characters as
    invalid bytes: text in cp1252 or Latin-1 almost never forms a valid UTF-8 sequence (that
    takes a lead byte such as "Ã" followed by a continuation byte such as "©"), so it has next
    to none, and falls through to cp1252.
    """
    # Both counts by C-speed passes over the data: decoding with "ignore" drops each bad byte.
    valid = data.decode("utf-8", "ignore")
    bad = len(data) - len(valid.encode("utf-8"))
    good = len(valid) - len(valid.encode("ascii", "ignore"))
    del valid
    if good == 0 or bad > good:
        return None
    more = f" and {bad - 1:,} more" if bad > 1 else ""
    notes.append(
        f"{name}: invalid UTF-8, {_where(first)}{more}; read as UTF-8 with U+FFFD in place of"
        " the bad bytes (pass --encoding to read it in another encoding)"
    )
    return data.decode("utf-8", "replace")


def _where(exc: UnicodeDecodeError) -> str:
    bad = exc.object[exc.start : exc.start + 1]
    return f"byte 0x{bad.hex()} at offset {exc.start:,} ({exc.reason})"


# -- format detection ------------------------------------------------------------------------


def _has_html_suffix(name: str) -> bool:
    return name.lower().endswith(_HTML_SUFFIXES)


def _is_html(name: str, text: str) -> bool:
    """An HTML name, or a document that *is* markup from its first character to its last.

    That is one that starts like an HTML document (``<!doctype html>``, ``<html>``, after an
    optional XML declaration or comments), or one that starts with a start tag of an HTML
    element and ends with an end tag: a saved fragment such as ``<div><p>…</p></div>``. Prose
    that mentions tags, however many, does not start and end that way and stays text.
    """
    if _has_html_suffix(name):
        return True
    head = text[:_SNIFF_CHARS]
    if _HTML_START.match(head):
        return True
    tail = text[-4096:]
    return _FRAGMENT_START.match(head) is not None and _FRAGMENT_END.search(tail) is not None


def _mentions_markup(text: str) -> bool:
    """Whether text read as text carries tags a user may have meant as markup (to warn)."""
    return _MARKUP_TAG.search(text, 0, _SNIFF_CHARS) is not None


def _may_be_html(name: str, data: bytes, input_format: InputFormat) -> bool:
    # Before decoding, look at the bytes as Latin-1: the markup that matters is ASCII, and
    # Latin-1 maps every byte, so this cannot fail. Only the start is checked: this decides
    # whether a <meta charset> may be honoured, which only matters when UTF-8 fails.
    if input_format == "html" or _has_html_suffix(name):
        return True
    head = data[:_SNIFF_CHARS].decode("latin-1")
    return _HTML_START.match(head) is not None or _FRAGMENT_START.match(head) is not None


def _declared_charset(data: bytes) -> str | None:
    """The Python codec of a page's ``<meta charset>``, if it adds anything to the rules.

    UTF-8, ASCII and Latin-1 declarations are ignored: the generic rules already try UTF-8 and
    then cp1252 (which is what browsers use for a Latin-1 declaration, too). UTF-16/32
    declarations cannot be right in an ASCII-compatible prescan and are ignored as well.
    """
    match = _META_CHARSET.search(data[:_META_SCAN_BYTES])
    if match is None:
        return None
    try:
        codec = codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None
    if codec in {"utf-8", "ascii", "iso8859-1", "cp1252"} or codec.startswith(("utf-16", "utf-32")):
        return None
    try:
        # Only text encodings: lookup() also knows "base64" and "rot13".
        b"".decode(codec)
    except LookupError:
        return None
    return codec


# -- writing ---------------------------------------------------------------------------------


def _is_regular_or_missing(path: str) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)  # follows symbolic links
    except (FileNotFoundError, NotADirectoryError):
        # Missing, or a dangling symlink (_target says where to create it); a parent that is
        # no directory is reported by the caller's own checks.
        return True


# /dev/stdout, /dev/fd/3, /proc/self/fd/1: names of a descriptor the caller already opened.
_DESCRIPTOR_DIRS = ("/dev/", "/proc/")


def _names_a_descriptor(path: str) -> bool:
    """Whether ``path`` is, or links straight to, a name under /dev or /proc.

    Such a name stands for a stream the caller set up (``-o /dev/stdout >>log``): it is written
    through, even when it resolves to a regular file, because replacing that file by rename
    would cut it loose from the caller's descriptor.
    """
    if os.path.abspath(path).startswith(_DESCRIPTOR_DIRS):
        return True
    try:
        return os.path.islink(path) and os.readlink(path).startswith(_DESCRIPTOR_DIRS)
    except OSError:
        return False


def _target(path: str) -> str:
    """Where a write to ``path`` lands: the end of its chain of symbolic links, if any.

    Only for regular or missing targets: a link to a pipe (``/proc/self/fd/1``) resolves to a
    name such as ``pipe:[123]`` that is no path, and is written through ``open`` instead.
    """
    return os.path.realpath(path) if os.path.islink(path) else path


def _replace_with(path: str, data: bytes) -> None:
    directory = os.path.dirname(path) or os.curdir
    base = os.path.basename(path)
    try:
        mode: int | None = stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        mode = None
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        # A dot-file with a random part: hidden, recognisable, and never an existing file.
        temp = os.path.join(directory, f".{base}.{secrets.token_hex(6)}.tmp")
        try:
            # 0o666 lets the umask decide the permissions of a new output file, as open() would.
            fd = os.open(temp, flags, 0o666)
            break
        except FileExistsError:
            continue
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            if mode is not None:
                os.chmod(temp, mode)
            # Without fsync a crash right after the rename can leave an empty file behind.
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    _fsync_directory(directory)


def _fsync_directory(directory: str) -> None:
    # Makes the rename itself durable on POSIX; not possible (nor needed) everywhere.
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)
