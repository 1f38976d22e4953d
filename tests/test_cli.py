"""The ``vardiff`` command on bad, odd and interrupted input.

Exit status 0 (no finding at --fail-on), 1 (a finding), 2 (an error: exactly one line
``vardiff: error: ...`` on stderr, never a traceback or a usage box), 130 (Ctrl-C).

Most tests call ``vardiff.cli.main`` in process (fast); the ones about the process itself
(stdin, signals, which modules got imported, a terminal on stderr, the locale) run
``python -m vardiff.cli`` in a subprocess. Where a comparison needs vectors, the in-process tests
swap the model for ``FakeEmbedder``; the encoding and HTML tests compare a file with a
differently encoded or formatted copy of the same text, which must come out identical, and
identical inputs need no model at all.
"""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from _terminal import drained
from test_invariants import FakeEmbedder, check_vardiff1

import vardiff._compare
from vardiff import cli

TESTS = Path(__file__).resolve().parent
SEEDS = TESTS.parent / "seeds"
SEED_A = SEEDS / "000_8e0ae4692c9434e6.txt"
SEED_B = SEEDS / "001_cc5935cab9c0f7a2.txt"
POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX only")

TEXT = "Café society met at 10:30. “It’s naïve,” she said – and left.\nThe end: 5 €.\n"
SENTENCES = ["Café society met at 10:30.", "“It’s naïve,” she said – and left.", "The end: 5 €."]


# -- helpers -----------------------------------------------------------------------------------


class Result:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def json(self) -> dict[str, Any]:
        doc: dict[str, Any] = json.loads(self.out)
        check_vardiff1(doc)
        return doc

    def one_error_line(self, *fragments: str) -> str:
        """Assert exit 2 and one line ``vardiff: error: ...`` holding each fragment."""
        assert self.code == 2, (self.code, self.err)
        assert self.err.endswith("\n") and self.err.count("\n") == 1, repr(self.err)
        assert self.err.startswith("vardiff: error: "), self.err
        for bad in ("Traceback", "Usage:", "╭", "│"):
            assert bad not in self.err
        for fragment in fragments:
            assert fragment in self.err, (fragment, self.err)
        assert self.out == ""
        return self.err


def run_main(capsys: pytest.CaptureFixture[str], *args: str) -> Result:
    """``vardiff.cli.main(args)`` in this process."""
    with pytest.raises(SystemExit) as done:
        cli.main(list(args))
    captured = capsys.readouterr()
    code = done.value.code
    return Result(code if isinstance(code, int) else 0, captured.out, captured.err)


def run_process(
    args: Sequence[str],
    *,
    input: bytes | None = None,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
) -> Result:
    """``python -m vardiff.cli args`` in a subprocess."""
    done = subprocess.run(
        [sys.executable, "-m", "vardiff.cli", *args],
        input=input,
        capture_output=True,
        env={**os.environ, **(env or {})},
        cwd=cwd,
        timeout=300,
    )
    return Result(done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8"))


# Runs main() and then reports, on the last line of stdout, the exit status and whether the model
# stack was imported. The report itself must go to a file (-o) so stdout stays parseable.
_PROBE = """
import json, sys
from vardiff.cli import main
try:
    main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
print(json.dumps({"code": code, "torch": "torch" in sys.modules,
                  "st": "sentence_transformers" in sys.modules}))
"""


def probe(args: Sequence[str], cache: Path) -> dict[str, Any]:
    """Run the CLI in a fresh process with an empty cache: anything to embed loads the model."""
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *args],
        capture_output=True,
        text=True,
        env={**os.environ, "VARDIFF_CACHE_DIR": str(cache)},
        timeout=300,
    )
    assert "Traceback" not in done.stderr, done.stderr
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    result["stderr"] = done.stderr
    return result


@pytest.fixture
def fake_model(monkeypatch: pytest.MonkeyPatch) -> FakeEmbedder:
    """The CLI's Comparer gets a FakeEmbedder instead of loading sentence-transformers."""
    fake = FakeEmbedder()
    monkeypatch.setattr(vardiff._compare, "SentenceEmbedder", lambda *a, **k: fake)
    return fake


def write(path: Path, data: bytes | str) -> str:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return str(path)


def texts(doc: dict[str, Any], side: str) -> list[str]:
    return [s["text"] for s in doc[side]["sentences"]]


# -- encodings and line ends -------------------------------------------------------------------

ENCODED = {
    "utf-8": TEXT.encode("utf-8"),
    "utf-8-bom": b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
    "utf-16-le-bom": b"\xff\xfe" + TEXT.encode("utf-16-le"),
    "utf-16-be-bom": b"\xfe\xff" + TEXT.encode("utf-16-be"),
    "cp1252": TEXT.encode("cp1252"),
    "crlf": TEXT.replace("\n", "\r\n").encode("utf-8"),
    "cr": TEXT.replace("\n", "\r").encode("utf-8"),
    "cp1252-crlf": TEXT.replace("\n", "\r\n").encode("cp1252"),
}


@pytest.mark.parametrize("kind", sorted(ENCODED))
def test_encodings_and_line_ends_are_detected(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = write(tmp_path / "a.txt", ENCODED[kind])
    reference = write(tmp_path / "b.txt", TEXT)
    result = run_main(capsys, "diff", other, reference, "--format", "json")
    doc = result.json()
    assert texts(doc, "a") == SENTENCES == texts(doc, "b")
    assert result.code == 0 and doc["summary"]["changed"] == 0
    assert result.err == ""


def test_latin1_is_detected_where_cp1252_has_no_character(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fake_model: FakeEmbedder
) -> None:
    # 0x81 is undefined in cp1252; Latin-1 maps it (to a C1 control), so the file still reads.
    latin = "Ærø, Malmö and Zürich. Price: 5 ¢.\n"
    a = write(tmp_path / "a.txt", latin.encode("latin-1"))
    b = write(tmp_path / "b.txt", latin.encode("latin-1") + b"Odd \x81 byte.\n")
    doc = run_main(capsys, "diff", a, b, "-f", "json").json()
    assert texts(doc, "a") == ["Ærø, Malmö and Zürich.", "Price: 5 ¢."]
    assert texts(doc, "b")[-1] == "Odd \x81 byte."


_TO_LATIN1 = str.maketrans({"“": '"', "”": '"', "’": "'", "–": "-", "€": "EUR"})


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "utf-16-le", "utf-8"])
def test_explicit_encoding_applies_to_both_inputs(
    encoding: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = _TO_LATIN1 if encoding == "latin-1" else {}
    data = TEXT.translate(table)
    a = write(tmp_path / "a.txt", data.encode(encoding))
    b = write(tmp_path / "b.txt", data.replace("\n", "\r\n").encode(encoding))
    result = run_main(capsys, "diff", a, b, "--encoding", encoding, "-f", "json")
    doc = result.json()
    assert result.code == 0
    assert texts(doc, "a") == [s.translate(table) for s in SENTENCES] == texts(doc, "b")


def test_wrong_or_unknown_encoding_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = write(tmp_path / "a.txt", "naïve".encode("latin-1"))
    run_main(capsys, "diff", a, a, "--encoding", "utf-8").one_error_line(a, "utf-8")
    run_main(capsys, "diff", a, a, "--encoding", "klingon").one_error_line("klingon")


@pytest.mark.parametrize(
    "data",
    [
        b"Plain words\x00 with a NUL.\n",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",
        bytes(range(256)) * 4,
    ],
    # UTF-16 without a mark is read now (issue 13; test_source, test_hostile).
    ids=["nul", "png", "all-bytes"],
)
@pytest.mark.parametrize("side", ["a", "b"])
def test_binary_input_is_one_line_naming_the_file(
    data: bytes, side: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    binary = write(tmp_path / "blob.bin", data)
    text = write(tmp_path / "ok.txt", TEXT)
    args = (binary, text) if side == "a" else (text, binary)
    run_main(capsys, "diff", *args).one_error_line(f"{binary}: binary content")


# -- empty, whitespace-only and identical inputs ---------------------------------------------


def test_two_empty_files_pass_with_an_empty_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = write(tmp_path / "a.txt", b"")
    b = write(tmp_path / "b.txt", b"  \r\n\t\n")
    result = run_main(capsys, "diff", a, b, "--format", "json")
    assert result.code == 0 and result.err == ""
    doc = result.json()
    assert doc["pairs"] == [] and doc["summary"]["pairs"] == 0
    assert doc["a"]["sentences"] == [] == doc["b"]["sentences"]
    # The text view of nothing is fine, too.
    assert run_main(capsys, "diff", a, b).code == 0


@pytest.mark.parametrize("blank", [b"", b"\n \n\t  \r\n", b"\xef\xbb\xbf\n"])
def test_against_an_empty_file_every_sentence_is_omitted_or_added(
    blank: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = write(tmp_path / "empty.txt", blank)
    seed = str(SEED_A)
    result = run_main(capsys, "diff", seed, empty, "-f", "json", "--min-severity", "info")
    doc = result.json()
    count = len(doc["a"]["sentences"])
    assert count >= 10
    assert [p["status"] for p in doc["pairs"]] == ["omitted"] * count
    assert [p["a"] for p in doc["pairs"]] == [[i] for i in range(count)]
    failing = any(f["severity"] in ("medium", "high") for p in doc["pairs"] for f in p["findings"])
    assert result.code == (1 if failing else 0) == 1
    doc = run_main(capsys, "diff", empty, seed, "-f", "json").json()
    assert [p["status"] for p in doc["pairs"]] == ["added"] * count
    assert doc["summary"]["added"] == count


def test_identical_files_never_load_the_model(tmp_path: Path) -> None:
    copy = write(tmp_path / "copy.txt", SEED_A.read_bytes().replace(b"\n", b"\r\n"))
    out = tmp_path / "report.json"
    result = probe(["diff", str(SEED_A), copy, "-f", "json", "-o", str(out)], tmp_path / "cache")
    assert result == {"code": 0, "torch": False, "st": False, "stderr": ""}
    doc = json.loads(out.read_text(encoding="utf-8"))
    check_vardiff1(doc)
    assert {p["status"] for p in doc["pairs"]} == {"equal"}
    assert doc["settings"]["max_model_tokens"] == 256  # read from the model's config only


def test_the_library_fast_path_uses_no_embedder() -> None:
    from test_invariants import NoEmbedder

    text = SEED_B.read_text(encoding="utf-8")
    report = vardiff.Comparer(embedder=NoEmbedder()).compare(text, text)
    assert report.pairs and not report.failed


# -- odd text ------------------------------------------------------------------------------


def test_one_enormous_line_is_cut_under_the_cap(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fake_model: FakeEmbedder
) -> None:
    words = " ".join(f"word{i % 997} item{i % 13}" for i in range(5_000))[:50_000]
    a = write(tmp_path / "a.txt", words)
    b = write(tmp_path / "b.txt", words.replace("item7 ", "item7 extra ", 3))
    for cap in ("1000", "300"):
        result = run_main(capsys, "diff", a, b, "-f", "json", "--max-sentence-chars", cap)
        doc = result.json()
        assert doc["settings"]["max_sentence_chars"] == int(cap)
        assert doc["settings"]["max_model_tokens"] == FakeEmbedder.max_tokens
        for side, text in (("a", words), ("b", Path(b).read_text(encoding="utf-8"))):
            sentences = doc[side]["sentences"]
            assert len(sentences) >= 50_000 // int(cap)
            assert all(len(s["text"]) <= int(cap) for s in sentences)
            assert all(text[s["start"] : s["end"]] == s["text"] for s in sentences)
    assert fake_model.calls > 0


def test_markdown_lists_and_tables(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fake_model: FakeEmbedder
) -> None:
    markdown = (
        "# Title\n\n## Section\n\n- first point\n- second point. With two sentences.\n"
        "1. numbered\n\n| Year | Shells |\n|---|---|\n| 2022 | 1,000.5 |\n| 2023 | 3.5 |\n"
    )
    a = write(tmp_path / "a.md", markdown)
    b = write(tmp_path / "b.md", markdown.replace("3.5", "35"))
    result = run_main(capsys, "diff", a, b, "-f", "json")
    doc = result.json()
    assert texts(doc, "a") == [
        "# Title",
        "## Section",
        "- first point",
        "- second point.",
        "With two sentences.",
        "1. numbered",
        "| Year | Shells |",
        "|---|---|",
        "| 2022 | 1,000.5 |",
        "| 2023 | 3.5 |",
    ]
    changed = [p for p in doc["pairs"] if p["status"] == "changed"]
    assert len(changed) == 1 and changed[0]["findings"]
    assert result.code == 1


# -- HTML ------------------------------------------------------------------------------------

PAGE = """<!doctype html>
<html><head><title>Page title</title><style>p { color: red }</style>
<script>var tracking = "Do not show this.";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Arms talks</h1><p>Putin will visit North Korea.</p>
<p>Officials said &ldquo;shipments&rdquo; continue.</p></article>
<footer>Copyright 2024</footer></body></html>
"""
PAGE_TEXT = "Arms talks\nPutin will visit North Korea.\nOfficials said “shipments” continue.\n"


@pytest.mark.parametrize("how", ["suffix", "option", "content"])
def test_html_is_reduced_to_its_text(
    how: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = "page.html" if how == "suffix" else "page.txt"
    page = write(tmp_path / name, PAGE)
    plain = write(tmp_path / "plain.txt", PAGE_TEXT)
    extra = []
    if how == "option":
        # --input-format applies to both inputs: compare with the same article in other chrome.
        extra = ["--input-format", "html"]
        other = PAGE.replace("World", "Sport").replace("2024", "2025").replace("tracking", "t")
        plain = write(tmp_path / "other.txt", other.replace("<!doctype html>", ""))
    result = run_main(capsys, "diff", page, plain, "-f", "json", *extra)
    doc = result.json()
    assert texts(doc, "a") == [
        "Arms talks",
        "Putin will visit North Korea.",
        "Officials said “shipments” continue.",
    ]
    assert result.code == 0
    for dropped in ("tracking", "color", "Home", "Copyright", "Page title", "<"):
        assert dropped not in " ".join(texts(doc, "a"))


def test_plain_text_stays_plain(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "Use the <p> tag for paragraphs. A <script> tag runs code.\n"
    a = write(tmp_path / "a.txt", text)
    doc = run_main(capsys, "diff", a, a, "-f", "json").json()
    assert texts(doc, "a") == ["Use the <p> tag for paragraphs.", "A <script> tag runs code."]
    # And markup read as text when asked to.
    page = write(tmp_path / "page.html", PAGE)
    doc = run_main(capsys, "diff", page, page, "-f", "json", "--input-format", "text").json()
    assert any("<script>" in t for t in texts(doc, "a"))


# -- limits and progress ---------------------------------------------------------------------


def test_max_sentences_is_a_clear_error_before_the_model_loads(tmp_path: Path) -> None:
    args = ["diff", str(SEED_A), str(SEED_B), "--max-sentences", "5", "-o", str(tmp_path / "o")]
    result = probe(args, tmp_path / "cache")
    assert result["code"] == 2 and not result["torch"] and not result["st"]
    assert result["stderr"].count("\n") == 1
    assert result["stderr"].startswith(f"vardiff: error: {SEED_A}: ")
    assert "limit of 5 sentences (raise it with --max-sentences)" in result["stderr"]
    assert not (tmp_path / "o").exists()


def test_max_sentences_option(capsys: pytest.CaptureFixture[str], fake_model: FakeEmbedder) -> None:
    most = max(len(vardiff.segment(p.read_text(encoding="utf-8"))) for p in (SEED_A, SEED_B))
    seeds = (str(SEED_A), str(SEED_B))
    ok = run_main(capsys, "diff", *seeds, "--max-sentences", str(most), "-f", "json")
    assert ok.code in (0, 1)
    ok.json()
    over = run_main(capsys, "diff", *seeds, "--max-sentences", str(most - 1))
    over.one_error_line(f"more than the limit of {most - 1:,}")
    run_main(capsys, "diff", *seeds, "--max-sentences", "0").one_error_line("--max-sentences")


def test_no_progress_bar_unless_stderr_is_a_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, fake_model: FakeEmbedder
) -> None:
    # rich would call a piped stderr a terminal under FORCE_COLOR or TTY_COMPATIBLE.
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("TTY_COMPATIBLE", "1")

    def no_bar(*_: object) -> None:
        raise AssertionError("a progress bar on a stderr that is not a terminal")

    monkeypatch.setattr(cli, "_ProgressBar", no_bar)
    result = run_main(capsys, "diff", str(SEED_A), str(SEED_B), "-f", "json")
    assert result.err == ""
    result.json()
    assert fake_model.calls > 0


def test_progress_bar_is_stopped_when_interrupted(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    bars: list[Any] = []

    class Recording(cli._ProgressBar):
        def __init__(self, console: Any, model: str) -> None:
            super().__init__(console, model)
            self.stopped = False
            bars.append(self)

        def stop(self) -> None:
            super().stop()
            self.stopped = True

    class Interrupting(FakeEmbedder):
        def embed(self, texts: Sequence[str], *, progress: Any = None) -> Any:
            assert progress is not None
            progress(1, len(texts))  # the bar is live now
            raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_stderr_is_terminal", lambda: True)
    monkeypatch.setattr(cli, "_ProgressBar", Recording)
    monkeypatch.setattr(vardiff._compare, "SentenceEmbedder", lambda *a, **k: Interrupting())
    result = run_main(capsys, "diff", str(SEED_A), str(SEED_B))
    assert result.code == 130 and result.err.endswith("vardiff: interrupted\n")
    assert len(bars) == 1 and bars[0].stopped and bars[0]._bar is None


@POSIX
def test_progress_bar_goes_to_a_terminal_and_stdout_stays_clean(tmp_path: Path) -> None:
    import pty

    code = (
        "import sys; sys.path.insert(0, sys.argv[1])\n"
        "import vardiff._compare\n"
        "from _embedders import FakeEmbedder\n"
        "vardiff._compare.SentenceEmbedder = lambda *a, **k: FakeEmbedder()\n"
        "from vardiff.cli import main\n"
        "main(sys.argv[2:])\n"
    )
    primary, secondary = pty.openpty()
    reader, received = drained(primary)
    try:
        args = ["diff", str(SEED_A), str(SEED_B), "-f", "json"]
        process = subprocess.Popen(
            [sys.executable, "-c", code, str(TESTS), *args],
            stdout=subprocess.PIPE,
            stderr=secondary,
            env={**os.environ, "COLUMNS": "80"},
        )
        os.close(secondary)
        out, _ = process.communicate(timeout=120)
        reader.join(timeout=10)
    finally:
        os.close(primary)
    terminal = b"".join(received)
    assert process.returncode in (0, 1)
    check_vardiff1(json.loads(out))
    assert b"\x1b[" in terminal  # the bar drew (and cleared itself) on the terminal
    assert b"vardiff: error" not in terminal and b"Traceback" not in terminal
    # It says what it is doing, stage by stage.
    for stage in (b"segmenting", b"embedding", b"aligning", b"comparing the words", b"judging"):
        assert stage in terminal, stage


def test_every_stage_has_a_bar_on_a_terminal() -> None:
    import io

    from rich.console import Console

    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=120, color_system=None)
    bar = cli._ProgressBar(console, "the-model")
    comparer = vardiff.Comparer(embedder=FakeEmbedder(), cache=False)
    stages: list[str] = []

    def start(stage: str, total: int) -> Any:
        stages.append(stage)
        return bar.start(stage, total)

    try:
        report = comparer.compare(
            SEED_A.read_text(encoding="utf-8"), SEED_B.read_text(encoding="utf-8"), progress=start
        )
        bar.loading(True)  # as the embedder's hook does while the model loads
        bar.loading(False)
    finally:
        bar.stop()
    assert report.pairs
    assert stages[:4] == ["segment", "embed", "align", "diff"] and "judge" in stages
    drawn = screen.getvalue()
    for words in ("segmenting 2 documents", "embedding", "aligning", "comparing the words"):
        assert words in drawn, words
    assert "judging" in drawn and "loading the model the-model" in drawn


def test_the_model_loading_hook_replaces_the_terminal_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from vardiff import _embed

    calls: list[bool] = []
    monkeypatch.setattr(_embed, "_stderr_is_terminal", lambda: True)
    with _embed._loading_notice("m", calls.append):
        assert calls == [True]
    assert calls == [True, False] and capsys.readouterr().err == ""
    with _embed._loading_notice("m"):
        pass
    assert "loading the model m" in capsys.readouterr().err


# -- stdin, directories, missing files ---------------------------------------------------------


def test_stdin_as_either_side(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = SEED_A.read_bytes()
    result = run_process(["diff", "-", str(SEED_A), "-f", "json"], input=data)
    doc = result.json()
    assert result.code == 0 and doc["a"]["name"] == "<stdin>"
    assert texts(doc, "a") == texts(doc, "b")

    def given(data: bytes) -> None:  # the rest in this process: stdin is read the same way
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))

    given(data.decode().encode("utf-16"))
    result = run_main(capsys, "diff", str(SEED_A), "-", "-f", "json")
    assert result.code == 0 and result.json()["b"]["name"] == "<stdin>"
    given(data)
    run_main(capsys, "diff", "-", "-").one_error_line("stdin")
    given(b"\x00\x01binary")
    run_main(capsys, "diff", "-", str(SEED_A)).one_error_line("<stdin>: binary content")


def test_directory_and_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed = str(SEED_A)
    run_main(capsys, "diff", str(tmp_path), seed).one_error_line(f"{tmp_path}: is a directory")
    missing = str(tmp_path / "missing.txt")
    run_main(capsys, "diff", seed, missing).one_error_line(f"{missing}: no such file")


def test_invalid_paths_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed = str(SEED_A)
    run_main(capsys, "diff", "bad\x00name", seed).one_error_line("invalid path")
    run_main(capsys, "diff", seed, seed, "-o", "bad\x00name").one_error_line("invalid path")
    run_main(capsys, "diff", seed, seed, "-o", "").one_error_line("output path is empty")


# -- --output ------------------------------------------------------------------------------


def test_unwritable_output_fails_before_any_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import vardiff._source

    def no_reading(*_: object, **__: object) -> None:
        raise AssertionError("inputs were read before --output was checked")

    monkeypatch.setattr(vardiff._source, "read_source", no_reading)
    target = str(tmp_path / "no" / "such" / "dir" / "report.json")
    run_main(capsys, "diff", str(SEED_A), str(SEED_B), "-o", target).one_error_line(
        target, "does not exist"
    )
    run_main(capsys, "diff", str(SEED_A), str(SEED_B), "-o", str(tmp_path)).one_error_line(
        "is a directory"
    )


def test_unwritable_output_does_not_load_the_model(tmp_path: Path) -> None:
    target = str(tmp_path / "missing-dir" / "report.json")
    result = probe(["diff", str(SEED_A), str(SEED_B), "-o", target], tmp_path / "cache")
    assert result["code"] == 2 and not result["torch"] and not result["st"]
    assert result["stderr"] == (
        f"vardiff: error: {target}: directory {os.path.dirname(target)} does not exist;"
        " create it first\n"
    )
    assert not (tmp_path / "cache").exists()  # the cache was not even opened


def _links(tmp_path: Path, original: Path) -> list[str]:
    links = [str(original), os.path.relpath(original), str(tmp_path / "." / original.name)]
    if sys.platform != "win32":
        symlink = tmp_path / "symlink.txt"
        symlink.symlink_to(original)
        hardlink = tmp_path / "hardlink.txt"
        os.link(original, hardlink)
        links += [str(symlink), str(hardlink)]
    return links


@pytest.mark.parametrize("side", ["a", "b"])
def test_output_equal_to_an_input_is_refused_and_the_input_untouched(
    side: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = tmp_path / "input.txt"
    data = SEED_A.read_bytes()
    original.write_bytes(data)
    for target in _links(tmp_path, original):
        args = (str(original), str(SEED_B)) if side == "a" else (str(SEED_B), str(original))
        for fmt in ("json", "text"):
            result = run_main(capsys, "diff", *args, "-o", target, "-f", fmt)
            result.one_error_line("--output would overwrite the input")
            assert original.read_bytes() == data


def test_output_file_is_complete_and_no_temporary_file_is_left(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out" / "report.json"
    out.parent.mkdir()
    out.write_text("old report", encoding="utf-8")
    result = run_main(capsys, "diff", str(SEED_A), str(SEED_A), "-f", "json", "-o", str(out))
    assert result.code == 0 and result.out == "" and result.err == ""
    check_vardiff1(json.loads(out.read_text(encoding="utf-8")))
    assert os.listdir(out.parent) == ["report.json"]
    text_out = tmp_path / "out" / "report.txt"
    assert run_main(capsys, "diff", str(SEED_A), str(SEED_A), "-o", str(text_out)).code == 0
    view = text_out.read_text(encoding="utf-8")
    assert str(SEED_A) in view and "\x1b[" not in view  # no colour codes in a file


# -- interruptions -----------------------------------------------------------------------------


def test_ctrl_c_exits_130_with_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*_: object, **__: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(vardiff._compare.Comparer, "compare", interrupted)
    result = run_main(capsys, "diff", str(SEED_A), str(SEED_B))
    assert (result.code, result.err, result.out) == (130, "vardiff: interrupted\n", "")


def test_ctrl_c_while_writing_the_output_keeps_the_old_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "report.json"
    out.write_bytes(b"previous report\n")

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt  # after the data went to the temporary file, before the rename

    monkeypatch.setattr(os, "fsync", interrupted)
    result = run_main(capsys, "diff", str(SEED_A), str(SEED_A), "-f", "json", "-o", str(out))
    assert (result.code, result.err) == (130, "vardiff: interrupted\n")
    assert out.read_bytes() == b"previous report\n"
    assert os.listdir(tmp_path) == ["report.json"]


@POSIX
def _wait_until_idle(pid: int) -> None:
    """Until the process has used no CPU for half a second (it waits on its input), at most
    30 s: a fixed pause loses the race on a loaded machine, where the command may still be
    starting when the signal comes. Without /proc, a pause of a second."""
    stat = Path(f"/proc/{pid}/stat")
    if not stat.exists():
        time.sleep(1.0)
        return
    used, still, deadline = -1, 0, time.monotonic() + 30
    while still < 5 and time.monotonic() < deadline:
        # utime and stime: fields 14 and 15, counted after the command name's closing bracket.
        fields = stat.read_text().rsplit(")", 1)[1].split()
        now = int(fields[11]) + int(fields[12])
        still = still + 1 if now == used else 0
        used = now
        time.sleep(0.1)


def test_sigint_exits_130_with_one_line() -> None:
    code = (
        "import signal, sys, vardiff.cli\n"
        # Python's own handler, as a shell in the foreground gives it: a job a shell starts in
        # the background (`pytest &`) inherits SIGINT ignored, and so would this command.
        "signal.signal(signal.SIGINT, signal.default_int_handler)\n"
        "print('ready', flush=True)\n"
        "vardiff.cli.main(['diff', '-', sys.argv[1]])\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code, str(SEED_A)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stdin is not None
    assert process.stdout.readline() == b"ready\n"
    process.stdin.write(b"A sentence that is never finished")  # stdin stays open: it waits
    process.stdin.flush()
    _wait_until_idle(process.pid)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=30)
    assert (process.returncode, err, out) == (130, b"vardiff: interrupted\n", b"")


# -- bad options -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["diff", "a", "b", "--bogus"], "No such option: --bogus"),
        (["diff", "a", "b", "--fail-on", "severe"], "--fail-on"),
        (["diff", "a", "b", "--format", "xml"], "--format"),
        (["diff", "a", "b", "--max-group", "9"], "--max-group"),
        (["diff", "a", "b", "--max-sentence-chars", "lots"], "--max-sentence-chars"),
        (["diff", "a"], "Missing argument"),
        (["diff"], "Missing argument"),
        (["diff", "a", "b", "--format"], "requires an argument"),
        (["diff", "a", "b", "c"], "unexpected extra argument"),
        (["compare", "a", "b"], "No such command"),
        (["--bogus"], "No such option"),
    ],
)
def test_bad_options_are_one_line(
    args: list[str], fragment: str, capsys: pytest.CaptureFixture[str]
) -> None:
    run_main(capsys, *args).one_error_line(fragment, "vardiff diff --help")


def test_bad_option_in_a_real_process() -> None:
    result = run_process(["diff", str(SEED_A), str(SEED_B), "--fail-on", "sometimes"])
    result.one_error_line("--fail-on", "sometimes")


def test_an_internal_error_is_still_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("something\nunexpected")

    monkeypatch.setattr(vardiff._compare.Comparer, "compare", broken)
    monkeypatch.delenv("VARDIFF_DEBUG", raising=False)
    result = run_main(capsys, "diff", str(SEED_A), str(SEED_B))
    result.one_error_line("internal error: RuntimeError: something unexpected", "VARDIFF_DEBUG")
    monkeypatch.setenv("VARDIFF_DEBUG", "1")
    with pytest.raises(RuntimeError):
        cli.main(["diff", str(SEED_A), str(SEED_B)])


# -- where the report goes -----------------------------------------------------------------------


def test_json_is_utf8_whatever_the_locale() -> None:
    for encoding in ("latin-1", "ascii"):
        result = run_process(
            ["diff", str(SEED_B), str(SEED_B), "-f", "json"], env={"PYTHONIOENCODING": encoding}
        )
        assert result.code == 0, result.err
        assert any("’" in t for t in texts(result.json(), "a"))
        text_view = run_process(
            ["diff", str(SEED_B), str(SEED_B), "--all"], env={"PYTHONIOENCODING": encoding}
        )
        assert text_view.code == 0 and text_view.err == ""


@POSIX
@pytest.mark.skipif(sys.platform == "darwin", reason="file names must be valid UTF-8")
def test_a_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    odd = os.fsencode(str(tmp_path)) + b"/caf\xe9.txt"
    with open(odd, "wb") as stream:
        stream.write(TEXT.encode("utf-8"))
    result = run_process(
        ["diff", os.fsdecode(odd), str(write(tmp_path / "b.txt", TEXT)), "-f", "json"]
    )
    assert result.code == 0, result.err
    assert result.json()["a"]["name"].endswith("caf\ufffd.txt")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_disk_is_one_line() -> None:
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "vardiff.cli", "diff", str(SEED_A), str(SEED_A), "-f", "json"],
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=120,
        )
    assert done.returncode == 2
    assert done.stderr.decode().count("\n") == 1 and b"Traceback" not in done.stderr


@POSIX
def test_a_closed_pipe_is_not_a_traceback() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "vardiff.cli", "diff", str(SEED_A), str(SEED_A), "-f", "json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # like `| head -c0`: the reader is gone before the report is written
    err = process.stderr.read()
    process.wait(timeout=120)
    assert b"Traceback" not in err and b"Exception ignored" not in err
    assert process.returncode in (0, 1)


# -- help and usage (issue 10, bug 4) ----------------------------------------------------------


def test_help_names_the_arguments_and_shows_no_types_on_flags() -> None:
    done = run_process(["diff", "--help"], env={"COLUMNS": "100", "NO_COLOR": "1"})
    assert done.code == 0
    assert "Usage: vardiff diff [OPTIONS] A B" in done.out
    assert "{a}" not in done.out and "<bool>" not in done.out
    # Rich used to eat "[default: detected]" as markup and leave "inputs ." behind.
    assert " ." not in done.out
    assert "Encoding of both inputs." in done.out
    root = run_process(["--help"], env={"COLUMNS": "100"})
    assert root.code == 0 and "<bool>" not in root.out


def test_python_dash_m_vardiff_is_the_command(tmp_path: Path) -> None:
    # For an environment whose scripts folder is not on PATH.
    missing = tmp_path / "missing.txt"
    done = subprocess.run(
        [sys.executable, "-m", "vardiff", "diff", str(missing), str(missing)],
        capture_output=True,
        timeout=120,
    )
    err = done.stderr.decode("utf-8")
    assert done.returncode == 2 and done.stdout == b""
    assert len(err.strip().splitlines()) == 1 and "missing.txt" in err


def test_no_arguments_is_a_usage_error() -> None:
    done = run_process([])
    assert done.code == 2
    assert done.out == ""
    assert "Usage: vardiff" in done.err
