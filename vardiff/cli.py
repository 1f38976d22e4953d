"""The ``vardiff`` command. Exit status: 0 no finding at ``--fail-on``, 1 there is one, 2 error.

Only light modules are imported at start-up; the model (and torch) load when a sentence has to
be embedded, so ``--help`` and fully cached runs stay fast.
"""

from __future__ import annotations

import enum
import os
import sys
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console

from ._errors import InputError, VardiffError
from ._severity import Severity

__all__ = ["app", "main"]


class Format(str, enum.Enum):
    text = "text"
    json = "json"


class ColorMode(str, enum.Enum):
    auto = "auto"
    always = "always"
    never = "never"


class InputFormatChoice(str, enum.Enum):
    auto = "auto"
    text = "text"
    html = "html"


class SeverityChoice(str, enum.Enum):
    info = "info"
    low = "low"
    medium = "medium"
    high = "high"


app = typer.Typer(
    name="vardiff",
    help="See where two versions of the same text differ in meaning.",
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version_callback(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"vardiff {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_version_callback,
            is_eager=True,
            help="Print the version and exit.",
        ),
    ] = False,
) -> None:
    """See where two versions of the same text differ in meaning."""


@app.command("diff")
def diff_command(
    a: Annotated[str, typer.Argument(help="Version A: a file, or - for stdin.")],
    b: Annotated[str, typer.Argument(help="Version B: a file, or - for stdin.")],
    output_format: Annotated[
        Format, typer.Option("--format", "-f", help="text: side-by-side view; json: vardiff/1.")
    ] = Format.text,
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="Write the report here (never an input).")
    ] = None,
    model: Annotated[
        str | None,
        typer.Option(help="sentence-transformers model name or path [default: all-MiniLM-L6-v2]"),
    ] = None,
    max_group: Annotated[
        int, typer.Option(min=1, max=6, help="Most sentences on one side of an aligned group.")
    ] = 3,
    context: Annotated[int, typer.Option(min=0, help="Equal pairs shown around each change.")] = 1,
    show_all: Annotated[bool, typer.Option("--all", help="Show every pair, none folded.")] = False,
    color: Annotated[ColorMode, typer.Option(help="Colour the text view.")] = ColorMode.auto,
    fail_on: Annotated[
        SeverityChoice, typer.Option(help="Exit 1 when a finding reaches this severity.")
    ] = SeverityChoice.medium,
    min_severity: Annotated[
        SeverityChoice, typer.Option(help="Report findings of this severity and above.")
    ] = SeverityChoice.low,
    glossary: Annotated[
        str | None, typer.Option(help="Glossary file: 'A = B' equivalences, 'A != B' bans.")
    ] = None,
    encoding: Annotated[
        str | None, typer.Option(help="Encoding of both inputs [default: detected].")
    ] = None,
    input_format: Annotated[
        InputFormatChoice, typer.Option(help="Input format [default: detected].")
    ] = InputFormatChoice.auto,
    max_sentence_chars: Annotated[
        int, typer.Option(min=20, help="Longest sentence; longer units are split.")
    ] = 1000,
    cache: Annotated[
        bool, typer.Option("--cache/--no-cache", help="Reuse embeddings across runs.")
    ] = True,
    cache_dir: Annotated[
        str | None, typer.Option(help="Embedding cache folder [default: ~/.cache/vardiff].")
    ] = None,
    progress: Annotated[
        bool, typer.Option("--progress/--no-progress", help="Progress bar on stderr (a TTY).")
    ] = True,
) -> None:
    """Compare version A with version B, sentence by sentence, and judge every change."""
    from ._source import check_writable, read_source, write_atomic

    if a == "-" and b == "-":
        raise InputError("only one of A and B can be read from stdin (-)")
    if output is not None:
        _refuse_to_overwrite_inputs(output, (a, b))
        check_writable(output)
    source_a = read_source(a, encoding=encoding, input_format=input_format.value)
    source_b = read_source(b, encoding=encoding, input_format=input_format.value)

    from ._compare import Comparer

    comparer = Comparer(
        model=model,
        cache=(cache_dir or True) if cache else False,
        max_group=max_group,
        min_severity=Severity(min_severity.value),
        fail_on=Severity(fail_on.value),
        glossary=glossary,
        max_sentence_chars=max_sentence_chars,
    )
    err = Console(stderr=True)
    show_progress = progress and err.is_terminal
    report = comparer.compare(
        source_a.text,
        source_b.text,
        name_a=source_a.name,
        name_b=source_b.name,
        progress=_progress_bar(err) if show_progress else None,
    )
    if output_format is Format.json:
        rendered = report.to_json() + "\n"
        if output is None:
            sys.stdout.write(rendered)
        else:
            write_atomic(output, rendered)
    else:
        _print_text(report, output=output, color=color, context=None if show_all else context)
    raise typer.Exit(1 if report.failed else 0)


def _refuse_to_overwrite_inputs(output: str, inputs: tuple[str, str]) -> None:
    target = Path(output).resolve()
    for given in inputs:
        if given != "-" and Path(given).resolve() == target:
            raise InputError(f"{output}: --output would overwrite the input {given}")


def _print_text(
    report: object, *, output: str | None, color: ColorMode, context: int | None
) -> None:
    from ._render import ReportView, render_text
    from ._report import Report
    from ._source import write_atomic

    assert isinstance(report, Report)
    if output is not None:
        width = int(os.environ.get("COLUMNS", "100") or 100)
        write_atomic(output, render_text(report, width=width, color=False, context=context) + "\n")
        return
    if color is ColorMode.always:
        console = Console(force_terminal=True, no_color=False)
    elif color is ColorMode.never:
        console = Console(no_color=True, color_system=None)
    else:
        console = Console()
    plain = console.no_color or console.color_system is None or not console.is_terminal
    if color is ColorMode.always:
        plain = False
    console.print(ReportView(report, context=context, plain=plain))


def _progress_bar(console: Console):  # type: ignore[no-untyped-def]
    """A factory: given the number of texts to embed, a callback that advances a bar."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    def start(total: int):  # type: ignore[no-untyped-def]
        bar = Progress(
            TextColumn("embedding"),
            BarColumn(),
            MofNCompleteColumn(),
            console=console,
            transient=True,
        )
        task = bar.add_task("embedding", total=total)
        started = False

        def advance(done: int, _total: int) -> None:
            nonlocal started
            if not started:
                bar.start()
                started = True
            bar.update(task, completed=done)
            if done >= _total:
                bar.stop()

        return advance

    return start


def _fail(message: str) -> NoReturn:
    sys.stderr.write(f"vardiff: error: {message}\n")
    sys.exit(2)


# typer may vendor its own copy of click: find its exception base through a public class.
_ClickException: type[Exception] = next(
    c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException"
)


def main(argv: list[str] | None = None) -> None:
    """Entry point: every error is one line on stderr and exit status 2, never a traceback."""
    args = sys.argv[1:] if argv is None else argv
    if not args:
        args = ["--help"]
    try:
        code = app(args=args, standalone_mode=False, prog_name="vardiff")
    except typer.Exit as done:
        code = done.exit_code
    except (typer.Abort, KeyboardInterrupt):
        sys.stderr.write("vardiff: interrupted\n")
        sys.exit(130)
    except VardiffError as exc:
        _fail(str(exc))
    except _ClickException as exc:
        message = exc.format_message().replace("\n", " ")  # type: ignore[attr-defined]
        _fail(f"{message} (see 'vardiff diff --help')")
    except BrokenPipeError:
        # The reader went away (| head): nothing more to say, and not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
    except MemoryError:
        _fail("out of memory: the inputs are too large for this machine")
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":  # pragma: no cover
    main()
