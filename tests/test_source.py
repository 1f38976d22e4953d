"""Tests of the input-reading stage: files and stdin to decoded text, HTML to text, output paths."""

from __future__ import annotations

import io
import os
import stat
import sys
import threading
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vardiff._errors import DecodeError, InputError, LimitError, SourceError
from vardiff._html import html_to_text
from vardiff._source import Source, check_writable, decode_bytes, read_source, write_atomic

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
needs_posix_permissions = pytest.mark.skipif(
    IS_ROOT or sys.platform == "win32", reason="permission bits are not enforced for root/Windows"
)

PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06"


def write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


# -- encodings -------------------------------------------------------------------------------


def test_utf8_without_bom(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "Café – naïve “quotes” 東京\n".encode())
    source = read_source(path)
    assert source == Source(path, "Café – naïve “quotes” 東京\n", "utf-8", "text")


def test_utf8_with_bom_drops_the_mark(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", b"\xef\xbb\xbf" + "café\n".encode())
    source = read_source(path)
    assert source.text == "café\n"
    assert source.encoding == "utf-8-sig"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path: Path, codec: str) -> None:
    data = "\ufeffLine one: café\r\nLine two: 東京\r\n".encode(codec)
    assert b"\x00" in data  # the NUL bytes must not be taken for binary content
    source = read_source(write(tmp_path, "u16.txt", data))
    assert source.text == "Line one: café\nLine two: 東京\n"
    assert source.encoding == "utf-16"


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be"])
def test_utf32_with_bom(tmp_path: Path, codec: str) -> None:
    source = read_source(write(tmp_path, "u32.txt", "\ufeffcafé\n".encode(codec)))
    assert (source.text, source.encoding) == ("café\n", "utf-32")


def test_cp1252_curly_quotes_and_accents(tmp_path: Path) -> None:
    text = "He said “café” — it’s “naïve”… €5\n"
    source = read_source(write(tmp_path, "win.txt", text.encode("cp1252")))
    assert source.text == text
    assert source.encoding == "cp1252"


def test_latin1_text_decodes_exactly(tmp_path: Path) -> None:
    # Latin-1 letters have the same bytes in cp1252, so the text is exact either way.
    text = "Señor Müller aß crème brûlée à Genève.\n"
    source = read_source(write(tmp_path, "l1.txt", text.encode("latin-1")))
    assert source.text == text
    assert source.encoding == "cp1252"


def test_latin1_fallback_for_bytes_cp1252_leaves_undefined() -> None:
    text, codec = decode_bytes(b"caf\xe9 \x81", name="x.txt")
    assert (text, codec) == ("café \x81", "latin-1")


def test_empty_file(tmp_path: Path) -> None:
    source = read_source(write(tmp_path, "empty.txt", b""))
    assert (source.text, source.encoding, source.format) == ("", "utf-8", "text")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"one\r\ntwo\r\n", "one\ntwo\n"),
        (b"one\rtwo\r", "one\ntwo\n"),
        (b"one\r\ntwo\rthree\nfour", "one\ntwo\nthree\nfour"),
        (b"blank\r\n\r\nline", "blank\n\nline"),
    ],
)
def test_line_ends_are_normalised(tmp_path: Path, data: bytes, expected: str) -> None:
    assert read_source(write(tmp_path, "crlf.txt", data)).text == expected


def test_a_few_control_characters_are_still_text(tmp_path: Path) -> None:
    data = b"Page one.\x0cPage two.\tTabbed.\x1a\n" + b"More ordinary text here. " * 4
    assert read_source(write(tmp_path, "ff.txt", data)).encoding == "utf-8"


# -- binary content --------------------------------------------------------------------------


def test_png_is_binary(tmp_path: Path) -> None:
    path = write(tmp_path, "photo.png", PNG_HEADER + bytes(range(256)))
    with pytest.raises(DecodeError, match="binary content") as info:
        read_source(path)
    assert str(info.value).startswith(f"{path}: ")


def test_nul_bytes_are_binary_even_when_the_rest_is_text(tmp_path: Path) -> None:
    path = write(tmp_path, "nul.txt", b"plain text\x00with one NUL")
    with pytest.raises(DecodeError, match=r"NUL bytes"):
        read_source(path)


def test_utf16_without_bom_is_detected_and_said(tmp_path: Path) -> None:
    # Issue 13: charset-normalizer recognises UTF-16 without a mark; the warning says so.
    path = write(tmp_path, "nobom.txt", "hello world".encode("utf-16-le"))
    source = read_source(path)
    assert (source.text, source.encoding) == ("hello world", "utf-16-le")
    assert source.warnings and path in source.warnings[0] and "utf-16-le" in source.warnings[0]


def test_nul_bytes_that_are_not_utf16_are_binary_and_the_message_says_what_to_do(
    tmp_path: Path,
) -> None:
    path = write(tmp_path, "blob.bin", PNG_HEADER * 4)
    with pytest.raises(DecodeError, match=r"--encoding utf-16-le") as info:
        read_source(path)
    assert path in str(info.value)


def test_many_control_characters_are_binary() -> None:
    data = bytes(range(1, 32)) * 10 + b"some text"
    with pytest.raises(DecodeError, match=r"^blob\.bin: binary content \(\d+% control"):
        decode_bytes(data, name="blob.bin")


def test_broken_utf16_after_a_bom() -> None:
    with pytest.raises(DecodeError, match=r"^u\.txt: .*byte-order mark.*--encoding"):
        decode_bytes(b"\xff\xfeA\x00B", name="u.txt")  # odd length: truncated


def test_error_messages_are_one_line(tmp_path: Path) -> None:
    path = write(tmp_path, "b.bin", PNG_HEADER)
    with pytest.raises(DecodeError) as info:
        read_source(path)
    assert "\n" not in str(info.value)


# -- explicit --encoding ---------------------------------------------------------------------


def test_explicit_encoding_wins(tmp_path: Path) -> None:
    # These bytes are valid UTF-8 ("Ã©"), but the user says they are cp1252.
    path = write(tmp_path, "a.txt", "café".encode())
    source = read_source(path, encoding="cp1252")
    assert (source.text, source.encoding) == ("cafÃ©", "cp1252")


def test_explicit_wrong_encoding(tmp_path: Path) -> None:
    path = write(tmp_path, "old.txt", "“café”".encode("cp1252"))
    with pytest.raises(DecodeError) as info:
        read_source(path, encoding="utf-8")
    message = str(info.value)
    assert message.startswith(f"{path}: cannot decode as utf-8")
    assert "0x93" in message


@pytest.mark.parametrize("name", ["klingon", "base64", ""])
def test_explicit_unknown_encoding(tmp_path: Path, name: str) -> None:
    path = write(tmp_path, "a.txt", b"hello")
    with pytest.raises(DecodeError, match="unknown text encoding") as info:
        read_source(path, encoding=name)
    assert str(info.value).startswith(f"{path}: ")
    assert repr(name) in str(info.value)


def test_explicit_utf16_without_bom(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "hello\r\nworld".encode("utf-16-le"))
    source = read_source(path, encoding="utf-16-le")
    assert (source.text, source.encoding) == ("hello\nworld", "utf-16-le")


def test_explicit_encoding_drops_a_bom(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", b"\xef\xbb\xbfhello")
    source = read_source(path, encoding="UTF8")
    assert (source.text, source.encoding) == ("hello", "utf-8-sig")


def test_explicit_encoding_still_rejects_binary(tmp_path: Path) -> None:
    path = write(tmp_path, "p.png", PNG_HEADER)
    with pytest.raises(DecodeError, match="binary content"):
        read_source(path, encoding="latin-1")


# -- paths, stdin, limits --------------------------------------------------------------------


def test_directory(tmp_path: Path) -> None:
    (tmp_path / "dir").mkdir()
    path = str(tmp_path / "dir") + "/"
    with pytest.raises(SourceError) as info:
        read_source(path)
    assert str(info.value) == f"{path}: is a directory, not a file"


def test_missing_file(tmp_path: Path) -> None:
    path = str(tmp_path / "seeds" / "x.txt")
    with pytest.raises(SourceError) as info:
        read_source(path)
    assert str(info.value) == f"{path}: no such file"


def test_parent_is_a_file(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", b"x") + "/b.txt"
    with pytest.raises(SourceError, match="no such file"):
        read_source(path)


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_broken_symlink(tmp_path: Path) -> None:
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "gone.txt")
    with pytest.raises(SourceError, match="broken symbolic link"):
        read_source(str(link))


@needs_posix_permissions
def test_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path, "secret.txt", b"x")
    os.chmod(path, 0)
    try:
        with pytest.raises(SourceError, match="permission denied") as info:
            read_source(path)
        assert str(info.value).startswith(f"{path}: ")
    finally:
        os.chmod(path, 0o600)


def test_invalid_path_is_a_source_error() -> None:
    with pytest.raises(SourceError):
        read_source("bad\x00name.txt")


def test_stdin() -> None:
    stdin = io.BytesIO("“café”\r\nline two".encode("cp1252"))
    source = read_source("-", stdin=stdin)
    assert source == Source("<stdin>", "“café”\nline two", "cp1252", "text")


def test_stdin_html_is_detected_by_content() -> None:
    markup = b"<!doctype html><html><body><p>One.</p><p>Two.</p></body></html>"
    source = read_source("-", stdin=io.BytesIO(markup))
    assert (source.format, source.text) == ("html", "One.\nTwo.")


def test_size_limit_for_a_file(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", b"x" * 1001)
    with pytest.raises(LimitError) as info:
        read_source(path, max_bytes=1000)
    assert str(info.value) == f"{path}: 1,001 bytes is more than the limit of 1,000 bytes"
    assert read_source(path, max_bytes=1001).text == "x" * 1001


def test_size_limit_for_stdin() -> None:
    with pytest.raises(LimitError, match=r"^<stdin>: .*1,000 bytes"):
        read_source("-", stdin=io.BytesIO(b"x" * 5000), max_bytes=1000)
    assert read_source("-", stdin=io.BytesIO(b"x" * 1000), max_bytes=1000).text == "x" * 1000


def test_unknown_input_format_is_an_input_error(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", b"x")
    with pytest.raises(InputError, match="unknown input format"):
        read_source(path, input_format="pdf")  # type: ignore[arg-type]


def test_reading_does_not_modify_the_file(tmp_path: Path) -> None:
    data = "“café”\r\nline\r".encode("cp1252")
    path = write(tmp_path, "a.txt", data)
    before = os.stat(path)
    read_source(path)
    after = os.stat(path)
    assert Path(path).read_bytes() == data
    assert (after.st_mtime_ns, after.st_size) == (before.st_mtime_ns, before.st_size)


# -- HTML ------------------------------------------------------------------------------------

NEWS_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Budget deal | The Daily Example</title>
  <style>body { font-family: serif } .ad::after { content: "STYLE TEXT" }</style>
  <script>window.dataLayer = ["SCRIPT TEXT"];</script>
</head>
<body>
  <header class="masthead">
    <a href="/">The Daily Example</a>
    <nav><ul>
      <li><a href="/world">World NAV</a></li><li><a href="/sport">Sport NAV</a></li>
    </ul></nav>
  </header>
  <div role="navigation" class="breadcrumbs">Home &gt; Politics BREADCRUMB</div>
  <main>
    <article>
      <header><h1>Council &amp; mayor agree on budget</h1></header>
      <p>The city council   approved the
         budget on Tuesday, after a long debate.</p>
      <p>It includes &ldquo;new&rdquo; money for <a href="/s">schools</a> and parks.</p>
      <ul>
        <li>Schools: $2m</li>
        <li>Parks: $1m</li>
      </ul>
      <script>trackRead("INLINE SCRIPT")</script>
    </article>
    <aside>Most read: ASIDE TEXT</aside>
  </main>
  <noscript>Please enable JavaScript NOSCRIPT</noscript>
  <footer>© 2024 The Daily Example FOOTER
    <form><input name="email"><button>Subscribe BUTTON</button></form>
  </footer>
</body>
</html>
"""


def test_news_page(tmp_path: Path) -> None:
    path = write(tmp_path, "page.html", NEWS_PAGE.encode())
    source = read_source(path)
    assert source.format == "html"
    assert source.encoding == "utf-8"
    assert source.text == (
        "Council & mayor agree on budget\n"
        "The city council approved the budget on Tuesday, after a long debate.\n"
        "It includes “new” money for schools and parks.\n"
        "Schools: $2m\n"
        "Parks: $1m"
    )
    for chrome in ("NAV", "SCRIPT", "STYLE", "FOOTER", "BUTTON", "ASIDE", "BREADCRUMB",
                   "NOSCRIPT", "Daily Example"):  # fmt: skip
        assert chrome not in source.text


def test_html_detected_by_content_in_a_txt_file(tmp_path: Path) -> None:
    markup = "<div class='story'>\n<p>First paragraph.</p>\n<p>Second paragraph.</p>\n</div>\n"
    source = read_source(write(tmp_path, "saved.txt", markup.encode()))
    assert (source.format, source.text) == ("html", "First paragraph.\nSecond paragraph.")


@pytest.mark.parametrize(
    "text",
    [
        "Use <b>bold</b> sparingly in headlines.\nThat is all.\n",
        "The <p> tag starts a paragraph and a <div> groups blocks; <br> breaks a line.\n",
        "Compare 3 < 4 and 5 > 2.\n",
        "html is a markup language. <html> is its root element.\n",
    ],
)
def test_plain_text_that_mentions_tags_stays_text(tmp_path: Path, text: str) -> None:
    source = read_source(write(tmp_path, "article.txt", text.encode()))
    assert (source.format, source.text) == ("text", text)


def test_forced_formats(tmp_path: Path) -> None:
    path = write(tmp_path, "page.html", b"<p>Hello <b>there</b></p>")
    assert read_source(path, input_format="text").text == "<p>Hello <b>there</b></p>"
    fragment = write(tmp_path, "frag.txt", b"<b>Hello</b> there")
    source = read_source(fragment, input_format="html")
    assert (source.format, source.text) == ("html", "Hello there")


def test_html_meta_charset_is_used_when_not_utf8(tmp_path: Path) -> None:
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        "</head><body><p>Привет, мир</p></body></html>"
    )
    source = read_source(write(tmp_path, "ru.htm", markup.encode("cp1251")))
    assert (source.text, source.encoding) == ("Привет, мир", "cp1251")


def test_html_meta_charset_that_lies_falls_back(tmp_path: Path) -> None:
    markup = '<meta charset="utf-8"><p>“café”</p>'
    source = read_source(write(tmp_path, "a.html", markup.encode("cp1252")))
    assert (source.text, source.encoding) == ("“café”", "cp1252")


def test_xhtml_with_xml_declaration(tmp_path: Path) -> None:
    markup = '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><p>Hi</p></html>'
    source = read_source(write(tmp_path, "page", markup.encode()))
    assert (source.format, source.text) == ("html", "Hi")


def test_html_to_text_blocks_and_whitespace() -> None:
    markup = (
        "<h2>Title</h2><p>one<br>two<br/>three</p><blockquote>quoted  \n text</blockquote>"
        "<table><tr><td>a</td><td>b</td></tr></table><p>&nbsp;</p><p>x&shy;y\u200bz</p>"
        "<pre>  keep   this\n  too</pre>"
    )
    assert html_to_text(markup) == (
        "Title\none\ntwo\nthree\nquoted text\na\nb\nxyz\n  keep   this\n  too"
    )


def test_html_to_text_inline_elements_join_words() -> None:
    assert html_to_text("<p>a<b>b</b><i>c</i> <a href=x>d</a></p>") == "abc d"


def test_html_to_text_drops_hidden_and_role_chrome() -> None:
    markup = (
        "<div role='banner'>BANNER</div><p hidden>HIDDEN</p>"
        "<div role='contentinfo'>INFO</div><p>Kept.</p><template><p>TEMPLATE</p></template>"
        "<svg><text>SVG</text></svg>"
    )
    assert html_to_text(markup) == "Kept."


def test_html_to_text_unclosed_head_and_paragraphs() -> None:
    markup = "<html><head><title>T</title><body><p>one<p>two<div>three</div>"
    assert html_to_text(markup) == "one\ntwo\nthree"


def test_html_to_text_self_closed_script_does_not_eat_the_page() -> None:
    assert html_to_text('<script src="x.js"/><p>Still here.</p>') == "Still here."


def test_html_to_text_survives_odd_markup() -> None:
    assert html_to_text("<p>a</p><![foo[ x ]]><p>b</p><![ c") == "a\nb"
    assert html_to_text("</div></p>text & more &bogus; <") == "text & more &bogus; <"


def test_html_to_text_drops_an_unterminated_tag_at_the_end_quickly() -> None:
    # Many "<a " with no ">" after them made the stdlib parser quadratic (minutes here).
    assert html_to_text("<p>ok</p>tail <a href=x" + "<a " * 50_000) == "ok\ntail"


@given(st.text(alphabet=st.sampled_from(list("<>/!-[]&;=\"' \nabpdivscrt#x0")), max_size=200))
def test_html_to_text_never_fails_and_has_no_blank_lines(markup: str) -> None:
    text = html_to_text(markup)
    assert all(line.strip() for line in text.split("\n")) or text == ""


@given(
    st.text(
        st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff"),
        max_size=200,
    )
)
def test_utf8_text_round_trips(text: str) -> None:
    assert decode_bytes(text.encode(), name="t") == (text, "utf-8")


# -- output paths ----------------------------------------------------------------------------


def test_check_writable_missing_directory(tmp_path: Path) -> None:
    path = str(tmp_path / "nope" / "out.json")
    with pytest.raises(SourceError, match="does not exist") as info:
        check_writable(path)
    assert str(info.value).startswith(f"{path}: ")
    assert not (tmp_path / "nope").exists()


def test_check_writable_directory(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="is a directory"):
        check_writable(str(tmp_path))
    with pytest.raises(SourceError, match="directory"):
        check_writable(str(tmp_path / "sub") + "/")


def test_check_writable_parent_is_a_file(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", b"x") + "/out.txt"
    with pytest.raises(SourceError, match="not a directory"):
        check_writable(path)


def test_check_writable_good_path_creates_nothing(tmp_path: Path) -> None:
    check_writable(str(tmp_path / "out.txt"))
    assert list(tmp_path.iterdir()) == []
    existing = write(tmp_path, "old.txt", b"keep")
    before = os.stat(existing)
    check_writable(existing)
    assert Path(existing).read_bytes() == b"keep"
    assert os.stat(existing).st_mtime_ns == before.st_mtime_ns


def test_check_writable_relative_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    check_writable("out.txt")
    assert not (tmp_path / "out.txt").exists()


@needs_posix_permissions
def test_check_writable_without_permission(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    os.chmod(locked, 0o500)
    readonly = write(tmp_path, "ro.txt", b"x")
    os.chmod(readonly, 0o400)
    try:
        with pytest.raises(SourceError, match="permission denied"):
            check_writable(str(locked / "out.txt"))
        with pytest.raises(SourceError, match="permission denied"):
            check_writable(readonly)
    finally:
        os.chmod(locked, 0o700)


def test_write_atomic_creates_and_replaces(tmp_path: Path) -> None:
    path = str(tmp_path / "out.txt")
    write_atomic(path, "first “version”\n")
    assert Path(path).read_text(encoding="utf-8") == "first “version”\n"
    write_atomic(path, "second\n")
    assert Path(path).read_bytes() == b"second\n"
    assert os.listdir(tmp_path) == ["out.txt"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_write_atomic_keeps_permissions(tmp_path: Path) -> None:
    path = write(tmp_path, "out.txt", b"old")
    os.chmod(path, 0o640)
    write_atomic(path, "new")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o640


def test_write_atomic_interrupted_leaves_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "out.txt", b"old content")

    def interrupted(src: str, dst: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(path, "new content")
    assert Path(path).read_bytes() == b"old content"
    assert os.listdir(tmp_path) == ["out.txt"]


def test_write_atomic_missing_directory(tmp_path: Path) -> None:
    path = str(tmp_path / "nope" / "out.txt")
    with pytest.raises(SourceError) as info:
        write_atomic(path, "x")
    assert str(info.value).startswith(f"{path}: ")


def test_write_atomic_to_a_directory(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="is a directory"):
        write_atomic(str(tmp_path), "x")


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_write_atomic_writes_where_a_symlink_points(tmp_path: Path) -> None:
    # As a shell's ">" does (issue 11.2). An output that resolves to an input is refused by the
    # CLI before this is reached (test_cli: "--output would overwrite the input").
    target = write(tmp_path, "report.txt", b"old report")
    link = tmp_path / "out.txt"
    link.symlink_to(target)
    write_atomic(str(link), "report")
    assert link.is_symlink()
    assert Path(target).read_text(encoding="utf-8") == "report"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_write_atomic_writes_into_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    check_writable(str(fifo))
    write_atomic(str(fifo), "through the pipe")
    reader.join(timeout=10)
    assert received == [b"through the pipe"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
