"""The command line's pydantic-free conversion of option values gives what typer's own does."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.main import get_command

from vardiff import cli

ROOT = Path(__file__).resolve().parent.parent

VALUES: list[Any] = [
    None,
    "",
    "0",
    "1",
    "3",
    "007",
    " 3",
    "+3",
    "-1",
    "1.5",
    "3_0",
    "\u0663",  # an Arabic-Indic digit: not ASCII
    "9" * 120,
    "json",
    "JSON",
    "high",
    "never",
    "caf\udce9.txt",  # a file name with a byte that is not UTF-8
    3,
    0,
    -2,
    7,
]


def _conversions(name: str) -> list[tuple[Any, Any]]:
    """Each parameter of the command with each value: (plain conversion, typer's conversion),
    each a value or the message of the error raised."""
    group = get_command(cli.app)
    command = group.commands[name]  # type: ignore[attr-defined]
    ctx = command.make_context(name, ["x", "y"], resilient_parsing=True)
    results = []
    for param in command.get_params(ctx):
        if getattr(param, "type_descriptor", None) is None:
            pytest.skip("this typer converts option values without a runtime parameter")
        for value in VALUES:
            outcomes: list[tuple[Any, Any]] = []
            for converter in (cli._PlainValues(), None):
                param._runtime_param = None
                try:
                    if converter is None:
                        got = param.get_runtime_param().coerce(value, param=param, ctx=ctx)
                    else:
                        got = converter.coerce(value, param, ctx)
                    outcomes.append((type(got), got))
                except typer.BadParameter as exc:
                    outcomes.append(("error", exc.format_message()))
            results.append((outcomes[0], outcomes[1]))
    return results


@pytest.mark.parametrize("name", ["diff", "batch"])
def test_plain_conversion_agrees_with_typer(name: str) -> None:
    for plain, typer_own in _conversions(name):
        assert plain == typer_own


def test_a_run_does_not_import_pydantic(tmp_path: Path) -> None:
    # Every option is converted before the missing input is reported.
    code = (
        "import sys\n"
        "from vardiff import cli\n"
        "try:\n"
        "    cli.main(['diff', '--context', '2', '-f', 'json', '--max-group', '4',"
        " '--fail-on', 'high', 'missing-a', 'missing-b'])\n"
        "except SystemExit as done:\n"
        "    print(done.code, 'pydantic' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["2", "False"]
    assert "missing-a: no such file" in done.stderr
