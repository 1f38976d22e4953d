"""Fuzz the whole input path: random bytes, random Unicode and random markup go through
``read_source`` -> ``Comparer.compare`` (with the tests' FakeEmbedder) -> the JSON report and
the text view.

Invariants checked on every case (issue 11):

* the only exceptions are ``VardiffError`` (an input refused with a message); anything else is
  a bug and stops the run with the failing input;
* a report keeps the vardiff/1 contract (``tests/test_invariants.check_report``): every
  sentence in exactly one pair, offsets into the text as read, ops that rebuild each side;
* the text view holds no raw control character (no escape code reaches a terminal), and the
  JSON keeps the exact text;
* a source read as text keeps the decoded bytes (``--input-format text``), and HTML extraction
  never leaves a blank line.

Usage (from the repository root; about 10 minutes for 10,000 cases on the 2-core machine):

    nice -n 10 python benchmarks/fuzz_inputs.py [--cases 10000] [--seed 0]

Prints the number of cases by kind, how many were refused (and why, by error class), and the
time per case. Exit status 1 on a broken invariant. Scheduled runs use the default 10,000.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import time
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from test_invariants import FakeEmbedder, check_report  # noqa: E402

from vardiff import Comparer, VardiffError  # noqa: E402
from vardiff._render import render_text  # noqa: E402
from vardiff._source import read_source  # noqa: E402

# Raw control characters that must never reach a terminal (tab and LF are layout).
_RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

_TAGS = [
    "p", "div", "span", "b", "i", "a", "br", "script", "style", "body", "html", "head",
    "title", "nav", "header", "footer", "article", "section", "pre", "li", "ul", "table",
    "tr", "td", "h1", "template", "svg", "noscript", "iframe", "form", "x-custom",
]  # fmt: skip
_WORDS = [
    "The", "army", "sent", "three", "million", "shells", "3 000 000", "3,000,000", "not",
    "said", "Kim Jong Un", "U.S.", "Mr.", "。", "他说", "Путин", "&amp;", "&nbsp;", "&#x1b;",
    "&bogus;", "\x1b[8m", "\x1b]52;c;eA==\x07", "\u202e", "\u200b", "\ufeff", "\r\n", "\n",
    ".", "?", "!", "…", "<", ">", "<!--", "-->", "<![CDATA[", "]]>", "<?xml?>", "<!doctype html>",
]  # fmt: skip


@st.composite
def markup(draw: st.DrawFn) -> str:
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 40))):
        kind = draw(st.integers(0, 5))
        tag = draw(st.sampled_from(_TAGS))
        if kind == 0:
            attrs = draw(
                st.sampled_from(["", " hidden", ' role="navigation"', " class='x'", " a=<"])
            )
            parts.append(f"<{tag}{attrs}>")
        elif kind == 1:
            parts.append(f"</{tag}>")
        elif kind == 2:
            parts.append(f"<{tag}/>")
        else:
            parts.append(draw(st.sampled_from(_WORDS)))
            parts.append(draw(st.sampled_from([" ", "", "\n", " "])))
    return "".join(parts)


def _encode(text: str, how: str) -> bytes:
    if how == "utf-8":
        return text.encode("utf-8", "surrogatepass")
    if how == "utf-8-sig":
        return b"\xef\xbb\xbf" + text.encode("utf-8", "surrogatepass")
    if how == "utf-16":
        return text.encode("utf-16", "surrogatepass")
    return text.encode("cp1252", "replace")


_TEXT = st.one_of(st.text(max_size=400), markup())
_BYTES = st.one_of(
    st.binary(max_size=600),
    st.builds(_encode, _TEXT, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"])),
    # UTF-8 with bytes flipped: the one-bad-byte path.
    st.builds(
        lambda text, at, byte: (
            lambda d: d[: at % (len(d) + 1)] + bytes([byte]) + d[at % (len(d) + 1) :]
        )(text.encode("utf-8", "surrogatepass")),
        _TEXT,
        st.integers(0, 10_000),
        st.integers(0x80, 0xFF),
    ),
)


class Fuzz:
    def __init__(self) -> None:
        self.comparer = Comparer(embedder=FakeEmbedder(), cache=False, max_sentences=2_000)
        self.cases = 0
        self.refused: Counter[str] = Counter()
        self.kinds: Counter[str] = Counter()

    def read(self, data: bytes, name: str, fmt: str) -> str | None:
        try:
            source = read_source("-", stdin=io.BytesIO(data), input_format=fmt)  # type: ignore[arg-type]
        except VardiffError as exc:
            self.refused[type(exc).__name__] += 1
            return None
        if source.format == "html":
            assert "\n\n" not in source.text and not source.text.startswith("\n")
        assert all(isinstance(w, str) and "\n" not in w for w in source.warnings)
        return source.text

    def one(self, data_a: bytes, data_b: bytes, fmt: str) -> None:
        self.cases += 1
        self.kinds[fmt] += 1
        text_a = self.read(data_a, "a", fmt)
        text_b = self.read(data_b, "b", fmt)
        if text_a is None or text_b is None:
            return
        try:
            report = self.comparer.compare(text_a, text_b)
        except VardiffError as exc:
            self.refused[type(exc).__name__] += 1
            return
        check_report(report, text_a, text_b)
        rendered = render_text(report, width=90, context=None)
        bad = _RAW_CONTROL.search(rendered)
        assert bad is None, f"raw control character {bad.group()!r} in the text view"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    fuzz = Fuzz()

    @settings(
        max_examples=args.cases,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
        derandomize=False,
    )
    @given(
        data_a=_BYTES,
        edit=st.one_of(st.none(), _BYTES, st.tuples(st.integers(0, 600), st.binary(max_size=8))),
        fmt=st.sampled_from(["auto", "auto", "text", "html"]),
    )
    def case(data_a: bytes, edit: object, fmt: str) -> None:
        if edit is None:
            data_b = data_a
        elif isinstance(edit, bytes):
            data_b = edit
        else:
            at, insert = edit  # type: ignore[misc]
            at %= len(data_a) + 1
            data_b = data_a[:at] + insert + data_a[at:]
        fuzz.one(data_a, data_b, fmt)

    import random

    random.seed(args.seed)
    started = time.perf_counter()
    try:
        case()
    except Exception as exc:  # hypothesis has already printed the falsifying example
        print(f"FAILED after {fuzz.cases} cases: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    elapsed = time.perf_counter() - started
    refused = ", ".join(f"{k} {v}" for k, v in sorted(fuzz.refused.items())) or "none"
    print(f"cases: {fuzz.cases} ({dict(fuzz.kinds)}); refused inputs: {refused}")
    print(f"time: {elapsed:.1f} s, {1000 * elapsed / max(1, fuzz.cases):.1f} ms a case")
    print("invariants held; no exception outside VardiffError")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
