"""Hostile and unusual input (issue 11): each test is one reproduction from the adversarial round.

The CLI tests run the real model on real text; the rendering and reading tests need no model.
Memory and time items (a 200 MB input, 80,000 nested tags, a 10,000-line glossary, 20,000
identical lines) are measured in ``benchmarks/hostile_bench.py``, not timed here.
"""

from __future__ import annotations

import io
import json
import os
import re
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_cli import run_main, write
from test_invariants import FakeEmbedder, check_report

import vardiff
from vardiff import Comparer, Glossary, InputError, LimitError, VardiffError, segment
from vardiff._numbers import compare_quantities, extract_quantities
from vardiff._render import render_text
from vardiff._source import check_writable, read_source, write_atomic
from vardiff._visible import visible

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_000 = SEEDS / "000_8e0ae4692c9434e6.txt"

# -- 1. HTML sniffing must not hide drift ------------------------------------------------------

MENTIONS_TAGS = "Put it in <body>, not a <script> block.\nThe army sent three million shells.\n"


def test_text_that_mentions_body_and_script_is_compared_as_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = write(tmp_path / "a.txt", MENTIONS_TAGS)
    b = write(tmp_path / "b.txt", MENTIONS_TAGS.replace("three", "five"))
    result = run_main(capsys, "diff", a, b, "--format", "json")
    assert result.code == 1, result.err
    doc = result.json()
    assert any(f["category"] == "number" for p in doc["pairs"] for f in p["findings"])
    # ... and says why the markup was left alone.
    assert "contains HTML tags but is not an HTML document" in result.err
    assert result.err.count("vardiff: warning:") == 2


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        (MENTIONS_TAGS, "text"),
        ("<p>One.</p> and then prose that runs on.\n", "text"),
        ("Intro.\n<div><p>Inside.</p></div>\n", "text"),
        ("<div>\n<p>First.</p>\n<p>Second.</p>\n</div>\n", "html"),
        ("<!DOCTYPE html><title>T</title><p>Body.", "html"),
    ],
)
def test_html_only_when_the_document_is_markup(tmp_path: Path, text: str, fmt: str) -> None:
    assert read_source(write(tmp_path / "x.txt", text)).format == fmt


# -- 2. -o through links and onto special files -------------------------------------------------


def test_output_through_a_symlink_writes_where_it_points(tmp_path: Path) -> None:
    target = tmp_path / "report.txt"
    target.write_text("old")
    link = tmp_path / "link"
    link.symlink_to(target)
    check_writable(str(link))
    write_atomic(str(link), "new\n")
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text() == "new\n"


def test_output_through_a_dangling_symlink_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "link"
    link.symlink_to(tmp_path / "made.json")
    check_writable(str(link))  # was "permission denied"
    write_atomic(str(link), "{}\n")
    assert link.is_symlink() and (tmp_path / "made.json").read_text() == "{}\n"


def test_output_through_a_symlink_to_a_pipe_writes_the_pipe(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    link = tmp_path / "out"
    link.symlink_to(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    check_writable(str(link))
    write_atomic(str(link), "through the pipe\n")
    reader.join(timeout=30)
    assert got == [b"through the pipe\n"]
    assert link.is_symlink() and fifo.exists()


def test_output_to_a_descriptor_name_appends_to_what_the_caller_opened(tmp_path: Path) -> None:
    log = tmp_path / "log.txt"
    log.write_text("earlier line\n")
    with open(log, "ab") as stream:
        name = f"/proc/self/fd/{stream.fileno()}"
        if not os.path.exists(name):
            pytest.skip("no /proc on this system")
        link = tmp_path / "so"
        link.symlink_to(name)
        write_atomic(str(link), "report\n")
    assert log.read_text() == "earlier line\nreport\n"
    assert link.is_symlink()


# -- 3. control characters are shown, not obeyed -----------------------------------------------


def test_escape_codes_are_rendered_visibly_and_kept_in_json() -> None:
    a = "The army sent three million shells.\n\x1b]52;c;cm0gLXJm\x07Clipboard.\n\x1b[8mHidden.\n"
    b = a.replace("three", "five")
    report = Comparer(embedder=FakeEmbedder()).compare(a, b, name_a="a\x1b[2J", name_b="b")
    rendered = render_text(report, width=100, context=None)
    assert "\x1b" not in rendered and "\x07" not in rendered
    assert "\\x1b[8mHidden." in rendered and "\\x1b]52;" in rendered
    assert "a\\x1b[2J" in rendered
    texts = [s["text"] for s in json.loads(report.to_json())["a"]["sentences"]]
    assert "\x1b[8mHidden." in texts


def test_visible_escapes_controls_and_bidi_but_not_tab_or_newline() -> None:
    assert visible("a\x1b[0m\tb\nc\x85d\u202ee\x7f") == "a\\x1b[0m\tb\nc\\x85d\\u202ee\\x7f"
    assert visible("plain “text” 東京") == "plain “text” 東京"


# -- 4. limits are checked while segmenting ----------------------------------------------------


def test_sentence_limit_stops_segmenting_early() -> None:
    with pytest.raises(LimitError, match="1,000"):
        segment("Yes.\n" * 100_000, max_sentences=1_000)
    assert len(segment("Yes.\n" * 1_000, max_sentences=1_000)) == 1_000
    comparer = Comparer(embedder=FakeEmbedder(), max_sentences=10)
    with pytest.raises(LimitError, match=r"^big: more than the limit of 10 sentences"):
        comparer.compare("Yes. " * 11, "Yes.", name_a="big")


# -- 5. HTML extraction (time in benchmarks/hostile_bench.py) -----------------------------------


def test_unmatched_nested_tags_keep_their_text_and_chrome_rules_still_hold() -> None:
    from vardiff._html import html_to_text

    markup = "<div><span>" * 3_000 + "The army sent three million shells." + "</i>" * 3_000
    assert html_to_text(markup) == "The army sent three million shells."
    page = "<header>Site</header><article><header>Headline</header><p>Body.</p></article>"
    assert html_to_text(page) == "Headline\nBody."


# -- 6. one bad byte ---------------------------------------------------------------------------


def test_one_invalid_byte_keeps_utf8_and_warns_with_the_offset(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = SEED_000.read_bytes()
    at = data.index("“".encode())  # a seed with curly quotes: cp1252 would garble every one
    broken = write(tmp_path / "broken.txt", data[:at] + b"\xff" + data[at:])
    source = read_source(broken)
    assert source.encoding == "utf-8"
    assert source.text.replace("\ufffd", "", 1) == data.decode("utf-8")
    assert source.warnings == (
        f"{broken}: invalid UTF-8, byte 0xff at offset {at:,} (invalid start byte); read as"
        " UTF-8 with U+FFFD in place of the bad bytes (pass --encoding to read it in another"
        " encoding)",
    )
    result = run_main(capsys, "diff", str(SEED_000), broken, "--format", "json")
    doc = result.json()
    findings = [f for p in doc["pairs"] for f in p["findings"] if f["severity"] == "high"]
    assert findings == [], findings
    assert f"byte 0xff at offset {at:,}" in result.err


def test_a_cp1252_file_is_still_cp1252(tmp_path: Path) -> None:
    text = "“Naïve” café — déjà vu, 5 €.\n" * 20
    assert read_source(write(tmp_path / "w.txt", text.encode("cp1252"))).text == text


# -- 7. glossary terms are literal -------------------------------------------------------------


def test_glossary_terms_are_literal_text() -> None:
    glossary = Glossary.parse("AT\\T = army\nU.N. = United Nations\n$1 = one dollar\n")
    assert glossary.canonical("the army and the United  Nations") == "the AT\\T and the U.N."
    assert glossary.canonical("it cost one dollar") == "it cost $1"
    assert glossary.equivalent("army", "at\\t")
    forbidden = Glossary.parse("a.b != c*d")
    assert forbidden.forbidden_hits("see a.b here", "see c*d here") == [("a.b", "c*d")]
    assert forbidden.forbidden_hits("see axb here", "see ccd here") == []


def test_glossary_groups_sharing_a_term_are_one_group() -> None:
    glossary = Glossary.parse("A = B\nC = A\n")
    assert glossary.canonical("B and C") == "A and A"
    assert glossary.equivalent("B", "C")


def test_glossary_with_special_characters_through_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    terms = write(tmp_path / "g.txt", "AT\\T = army\n")
    a = write(tmp_path / "a.txt", "The army sent three million shells.\n")
    b = write(tmp_path / "b.txt", "The AT\\T sent three million shells.\n")
    result = run_main(capsys, "diff", a, b, "--glossary", terms, "--format", "json")
    assert result.code == 0, result.err


# -- 8. scripts without spaces; units longer than the model's window ---------------------------


def test_cjk_full_stops_end_sentences() -> None:
    text = "俄罗斯总统普京将访问朝鲜。他说：“这很重要！”你同意吗？我们走吧｡最后一句。"
    assert [s.text for s in segment(text)] == [
        "俄罗斯总统普京将访问朝鲜。",
        "他说：“这很重要！”",
        "你同意吗？",
        "我们走吧｡",
        "最后一句。",
    ]


def test_a_dropped_cjk_sentence_is_at_least_medium() -> None:
    a = "俄罗斯总统普京将访问朝鲜。他将会见金正恩。朝鲜向俄罗斯提供了三百万发炮弹。"
    b = "俄罗斯总统普京将访问朝鲜。朝鲜向俄罗斯提供了三百万发炮弹。"
    report = vardiff.compare(a, b)
    omitted = [p for p in report.pairs if p.status == "omitted"]
    assert len(omitted) == 1 and report.a.sentences[omitted[0].a[0]].text == "他将会见金正恩。"
    assert omitted[0].worst is not None and omitted[0].worst >= vardiff.Severity.MEDIUM


def test_a_unit_longer_than_the_model_window_is_split_not_cut() -> None:
    from tokenizers import Tokenizer

    from vardiff._embed import default_model_path

    tokenizer = Tokenizer.from_file(str(Path(default_model_path()) / "tokenizer.json"))
    tokenizer.no_truncation()
    unit = (
        "Президент России Владимир Путин во вторник отправится с двухдневным визитом в "
        "Северную Корею чтобы встретиться с одним из главных поставщиков оружия "
    ) * 6
    assert len(tokenizer.encode(unit).ids) > 256  # the reproduction: far over the window
    report = vardiff.compare(unit, unit.replace("вторник", "среду"))
    assert report.settings.max_model_tokens == 256
    for sentence in report.a.sentences:
        assert len(tokenizer.encode(sentence.text).ids) <= 256, len(sentence.text)
    assert "".join(s.text for s in report.a.sentences).replace(" ", "") == unit.replace(" ", "")


def test_shift_jis_gb18030_and_bomless_utf16_are_read(tmp_path: Path) -> None:
    japanese = "東京都は新しい予算を発表しました。市民は驚いた。" * 5
    chinese = "俄罗斯总统普京将访问朝鲜。他说这很重要。" * 5
    english = SEED_000.read_text(encoding="utf-8")
    for text, codec in (
        (japanese, "shift_jis"),
        (chinese, "gb18030"),
        (english, "utf-16-le"),
        (english, "utf-16-be"),
    ):
        source = read_source(write(tmp_path / f"{codec}.txt", text.encode(codec)))
        assert source.text == text, codec
        assert len(source.warnings) == 1 and "charset-normalizer" in source.warnings[0]


# -- 9. number forms ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    ["3 000 000", "3\u202f000\u202f000", "3\u00a0000\u00a0000", "3.000.000", "three\u200bmillion"],
)
def test_thousands_separators_and_invisible_spaces(written: str) -> None:
    diff = compare_quantities("The army sent 3,000,000 shells.", f"The army sent {written} shells.")
    assert not diff.only_a and not diff.only_b, (written, diff)
    assert [q.value for q in extract_quantities(f"sent {written} shells")] == [3_000_000.0]


def test_one_spaced_group_is_one_number_only_where_it_reconciles_the_sides() -> None:
    assert [q.value for q in extract_quantities("In 2024 120\u202f000 people left.")] == [
        2024.0,
        120_000.0,
    ]
    # A plain space is ambiguous ("on June 3 200 protesters"): one group after it makes one
    # number only where the other side writes that number.
    assert [q.value for q in extract_quantities("On June 3 200 protesters")] == ["june", 3.0, 200.0]
    diff = compare_quantities("They fired 120,000 shells.", "They fired 120 000 shells.")
    assert not diff.only_a and not diff.only_b
    diff = compare_quantities("On June 3 200 people came.", "On June 3 200 people came.")
    assert not diff.only_a and not diff.only_b


# -- 10. repetitive documents ------------------------------------------------------------------


def test_identical_lines_with_one_change_give_one_changed_pair() -> None:
    line = "The army sent three million shells to the front.\n"
    a = line * 500
    b = line * 250 + line.replace("three", "five") + line * 249
    report = vardiff.compare(a, b)
    changed = [p for p in report.pairs if p.status != "equal"]
    assert len(changed) == 1 and changed[0].a == (250,) and changed[0].b == (250,)
    assert [f.category for f in changed[0].findings] == ["number"]


# -- 11. the rest ------------------------------------------------------------------------------


def test_columns_zero_still_writes_a_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    a = write(tmp_path / "a.txt", "The army sent three million shells.\n")
    out = tmp_path / "r.txt"
    for columns in ("0", "abc", "-5"):
        monkeypatch.setenv("COLUMNS", columns)
        result = run_main(capsys, "diff", a, a, "-o", str(out))
        assert result.code == 0, result.err
        assert "All" in out.read_text() or "equal" in out.read_text()


def test_utf7_lone_surrogate_is_a_decode_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = write(tmp_path / "a.txt", b"hello +2D0- there.\n")
    b = write(tmp_path / "b.txt", b"hello +2D0- here.\n")
    result = run_main(capsys, "diff", a, b, "--encoding", "utf-7")
    result.one_error_line("lone surrogate", "a.txt")


@pytest.mark.parametrize("bad", [b"bytes", None, 3, ["a list"], "lone \udcff surrogate"])
def test_library_refuses_non_text_with_a_vardiff_error(bad: object) -> None:
    comparer = Comparer(embedder=FakeEmbedder())
    with pytest.raises(InputError):
        comparer.compare(bad, "text")  # type: ignore[arg-type]
    with pytest.raises(VardiffError):
        segment(bad) if not isinstance(bad, str) else comparer.segment(bad, name="x")  # type: ignore[arg-type]


def test_a_missing_model_never_touches_the_network(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import socket

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    a = write(tmp_path / "a.txt", "One sentence here.\n")
    b = write(tmp_path / "b.txt", "Another sentence there.\n")
    result = run_main(
        capsys, "diff", a, b, "--model", "no-such-model-on-this-machine", "--no-cache"
    )
    result.one_error_line("no-such-model-on-this-machine", "never downloads")


# -- the fuzz target, small (benchmarks/fuzz_inputs.py runs 10,000 cases) ---------------------

_RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    data=st.one_of(
        st.binary(max_size=300),
        st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
        st.lists(
            st.sampled_from(["<p>", "</p>", "<script>", "Yes.", "\x1b[8m", "3 000", "。", " "]),
            max_size=30,
        ).map(lambda parts: "".join(parts).encode()),
    ),
    fmt=st.sampled_from(["auto", "text", "html"]),
)
def test_random_input_is_compared_or_refused_cleanly(data: bytes, fmt: str) -> None:
    try:
        source = read_source("-", stdin=io.BytesIO(data), input_format=fmt)  # type: ignore[arg-type]
    except VardiffError:
        return
    other = (
        source.text[: len(source.text) // 2]
        + " Inserted sentence. "
        + source.text[len(source.text) // 2 :]
    )
    report = Comparer(embedder=FakeEmbedder(), cache=False).compare(source.text, other)
    check_report(report, source.text, other)
    assert _RAW_CONTROL.search(render_text(report, width=80, context=None)) is None


@pytest.mark.parametrize("invisible", ["\u00ad", "\u200b", "\u00ad\u200b \ufeff"])
def test_a_text_a_reader_sees_nothing_of_holds_no_sentence(invisible: str) -> None:
    # Found by the random inputs above: a soft hyphen alone was a sentence read as "".
    other = invisible + " Inserted sentence."
    report = Comparer(embedder=FakeEmbedder(), cache=False).compare(invisible, other)
    check_report(report, invisible, other)
    assert report.to_dict()["a"]["sentences"] == []
    b_read = [s.get("reading", s["text"]).strip() for s in report.to_dict()["b"]["sentences"]]
    assert b_read == ["Inserted sentence."]


def test_a_glossary_term_with_a_mark_inside_explains_its_name_only_beside_its_equivalent() -> None:
    from vardiff._entities import compare_names

    terms = (("AT\\T", "army"), ("AT&T", "the carrier"))
    kept = compare_names("The army sent shells.", "The AT\\T sent shells.", equivalences=terms)
    assert not kept.only_b, kept
    carrier = compare_names("The carrier cut prices.", "AT&T cut prices.", equivalences=terms)
    assert not carrier.only_b, carrier
    # Without the equivalent on the other side, the name is still another one.
    other = compare_names("The navy sent shells.", "The AT\\T sent shells.", equivalences=terms)
    assert other.only_b, other
