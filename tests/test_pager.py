"""The pager: only for a text view on a terminal that is taller than the screen; ``$PAGER`` or
``less -FRX``, ``--pager CMD`` and ``--no-pager``; colours survive. The end-to-end tests give
the CLI a real pseudo-terminal as stdout and a "pager" that saves what it was sent."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from _embedders import FakeEmbedder
from _terminal import drained

import vardiff._compare
from vardiff import cli
from vardiff._pager import DEFAULT_PAGER, pager_command

TESTS = Path(__file__).resolve().parent
SEEDS = TESTS.parent / "seeds"
SEED_A = SEEDS / "000_8e0ae4692c9434e6.txt"
SEED_B = SEEDS / "001_cc5935cab9c0f7a2.txt"
POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX only")


def decide(**changes: object) -> list[str] | None:
    given: dict[str, object] = {
        "chosen": None,
        "disabled": False,
        "is_terminal": True,
        "lines": 100,
        "height": 40,
        "environ": {},
    }
    given.update(changes)
    return pager_command(**given)  # type: ignore[arg-type]


def test_when_to_page() -> None:
    assert decide() == DEFAULT_PAGER.split() == ["less", "-FRX"]
    assert decide(is_terminal=False) is None  # a pipe or a file: never
    assert decide(lines=40) is None  # it fits on the screen
    assert decide(disabled=True) is None  # --no-pager
    assert decide(environ={"PAGER": "most -s"}) == ["most", "-s"]
    assert decide(chosen="bat --paging=always", environ={"PAGER": "most"}) == [
        "bat",
        "--paging=always",
    ]
    # As in git, an empty pager or cat means none.
    assert decide(environ={"PAGER": ""}) is None
    assert decide(chosen="cat") is None
    assert decide(chosen="'unbalanced") is None


_RUN = (
    "import sys; sys.path.insert(0, sys.argv[1])\n"
    "import vardiff._compare\n"
    "from _embedders import FakeEmbedder\n"
    "vardiff._compare.SentenceEmbedder = lambda *a, **k: FakeEmbedder()\n"
    "from vardiff.cli import main\n"
    "main(sys.argv[2:])\n"
)


def on_a_terminal(args: list[str], env: dict[str, str]) -> tuple[int, bytes]:
    """Run the CLI with stdout on a pseudo-terminal; what reached the terminal comes back."""
    import pty

    primary, secondary = pty.openpty()
    reader, received = drained(primary)
    try:
        process = subprocess.Popen(
            [sys.executable, "-c", _RUN, str(TESTS), *args],
            stdin=subprocess.DEVNULL,
            stdout=secondary,
            stderr=subprocess.PIPE,
            env={**os.environ, "COLUMNS": "100", "LINES": "20", **env},
        )
        os.close(secondary)
        _, err = process.communicate(timeout=300)
        reader.join(timeout=10)
    finally:
        os.close(primary)
    assert b"Traceback" not in err, err
    return process.returncode, b"".join(received)


def here_on(
    stdout: str,
    args: list[str],
    env: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> tuple[int, bytes]:
    """``on_a_terminal`` in this process: ``cli.main`` with the stand-in embedder and
    ``sys.stdout`` on a real pseudo-terminal (``stdout="terminal"``) or a real pipe
    (``"pipe"``); what reached it comes back. The same checks, without a cold Python."""
    if stdout == "terminal":
        import pty

        primary, secondary = pty.openpty()
        env = {"COLUMNS": "100", "LINES": "20", **env}  # as on_a_terminal gives its process
    else:
        primary, secondary = os.pipe()
    reader, received = drained(primary)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(vardiff._compare, "SentenceEmbedder", lambda *a, **k: FakeEmbedder())
    stream = io.TextIOWrapper(io.FileIO(secondary, "w"), encoding="utf-8")
    try:
        with monkeypatch.context() as here, pytest.raises(SystemExit) as done:
            here.setattr(sys, "stdout", stream)
            cli.main(args)
        stream.flush()
    finally:
        stream.close()  # the secondary end: the reader sees the end of what was written
        reader.join(timeout=10)
        os.close(primary)
    err = capsys.readouterr().err
    assert "Traceback" not in err, err
    code = done.value.code
    return (code if isinstance(code, int) else 0), b"".join(received)


def saving_pager(path: Path) -> str:
    """A pager command that saves what it is sent into ``path``."""
    script = f"import sys; open({str(path)!r}, 'wb').write(sys.stdin.buffer.read())"
    return f'{sys.executable} -c "{script}"'


@POSIX
def test_a_long_view_on_a_terminal_goes_through_the_pager(tmp_path: Path) -> None:
    saved = tmp_path / "paged.txt"
    code, terminal = on_a_terminal(
        ["diff", str(SEED_A), str(SEED_B)], {"PAGER": saving_pager(saved)}
    )
    assert code == 1
    paged = saved.read_text(encoding="utf-8")
    # The header says the verdict first; a long path may wrap it onto a second line.
    header = " ".join(paged.splitlines()[:3])
    assert "fails:" in header and "(--fail-on)" in paged
    assert "\x1b[" in paged  # colours survive the pager
    assert b"(--fail-on)" not in terminal  # the pager, not vardiff, showed it


# The test above runs the real command on a terminal; these choose among pagers in this process
# (``here_on``), with stdout still a real terminal or pipe.


@POSIX
def test_pager_option_and_no_pager(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    chosen = tmp_path / "chosen.txt"
    ignored = tmp_path / "ignored.txt"
    code, _ = here_on(
        "terminal",
        ["diff", str(SEED_A), str(SEED_B), "--pager", saving_pager(chosen)],
        {"PAGER": saving_pager(ignored)},
        monkeypatch,
        capsys,
    )
    assert code == 1 and chosen.exists() and not ignored.exists()
    code, terminal = here_on(
        "terminal",
        ["diff", str(SEED_A), str(SEED_B), "--no-pager"],
        {"PAGER": saving_pager(ignored)},
        monkeypatch,
        capsys,
    )
    assert code == 1 and not ignored.exists()
    assert b"(--fail-on)" in terminal


@POSIX
def test_a_missing_pager_falls_back_to_plain_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, terminal = here_on(
        "terminal",
        ["diff", str(SEED_A), str(SEED_B)],
        {"PAGER": str(tmp_path / "no-such-pager")},
        monkeypatch,
        capsys,
    )
    assert code == 1 and b"(--fail-on)" in terminal


def test_a_pipe_is_never_paged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = tmp_path / "paged.txt"
    code, piped = here_on(
        "pipe",
        ["diff", str(SEED_A), str(SEED_B)],
        {"PAGER": saving_pager(saved), "LINES": "5"},
        monkeypatch,
        capsys,
    )
    assert code == 1 and not saved.exists()
    text = piped.decode("utf-8")
    assert "pair severity" in text and "\x1b[" not in text
    # Issue 10, bug 6: piped lines carried rich's padding to the full width.
    assert not [line for line in text.split("\n") if line.endswith(" ")]
