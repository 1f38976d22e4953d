"""The ``vardiff`` command. Exit status: 0 no finding at ``--fail-on``, 1 there is one, 2 error.

Only light modules are imported at start-up; the model (and torch) load when a sentence has to
be embedded, so ``--help`` and fully cached runs stay fast.
"""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import io
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, cast

import typer
from rich.console import Console
from typer.core import TyperCommand, TyperGroup

from . import _cli_options as shared
from ._batch_cli import batch_command
from ._embed import DEFAULT_MODEL, SentenceEmbedder
from ._errors import InputError, VardiffError
from ._options import DEFAULTS, Options

if TYPE_CHECKING:
    from ._cache import ReportCache
    from ._report import Report

__all__ = ["app", "main"]


class Format(str, enum.Enum):
    text = "text"
    json = "json"
    markdown = "markdown"
    html = "html"


class ColorMode(str, enum.Enum):
    auto = "auto"
    always = "always"
    never = "never"


class _Group(TyperGroup):
    def get_help_option(self, ctx: Any) -> Any:
        return _bare_help_option(super().get_help_option(ctx))

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        _plain_values(self, ctx)
        return super().parse_args(ctx, args)


app = typer.Typer(
    name="vardiff",
    cls=_Group,
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
            metavar="",
            callback=_version_callback,
            is_eager=True,
            help="Print the version and exit.",
        ),
    ] = False,
) -> None:
    """See where two versions of the same text differ in meaning."""


def _bare_help_option(option: Any) -> Any:
    if option is not None:
        option.metavar = ""  # a flag takes no value: no "<bool>" beside it
    return option


class _PlainValues:
    """Converts a plain option value as typer's pydantic adapter does (a ``str`` as it is, an
    ``int`` within the option's bounds from an int or ASCII digits, an enum member or one of its
    values), without importing pydantic: building the adapters costs 0.1-0.15 s, a tenth of a
    warm run. Anything else (an invalid value, another type) goes to typer's own conversion, so
    the accepted values and the error messages stay typer's."""

    def coerce(self, value: Any, param: Any, ctx: Any) -> Any:
        multiple = param.multiple or param.nargs == -1
        if not multiple:
            if value is None:
                return None
            kind = param.type_descriptor.annotation
            if kind is str and type(value) is str:
                return value
            if kind is int and type(value) in (int, str):
                number = _plain_int(value)
                info = param.type_descriptor.parameter_info
                if (
                    number is not None
                    and (info.min is None or number >= info.min)
                    and (info.max is None or number <= info.max)
                ):
                    return number
            if isinstance(kind, enum.EnumMeta):
                if isinstance(value, kind):
                    return value
                if type(value) is str and value in kind._value2member_map_:
                    return kind(value)
        param._runtime_param = None  # typer builds its own, pydantic and all
        return param.get_runtime_param().coerce(value, param=param, ctx=ctx)


def _plain_int(value: int | str) -> int | None:
    if isinstance(value, int):
        return value
    if value.isascii() and value.isdigit() and len(value) < 100:
        return int(value)
    return None


def _plain_values(command: Any, ctx: Any) -> None:
    """Gives the command's parameters the pydantic-free conversion, where this typer has the
    hook (typer 0.29's lazily built ``_runtime_param``); elsewhere typer converts as usual."""
    for param in command.get_params(ctx):
        if (
            getattr(param, "_runtime_param", False) is None
            and hasattr(param, "get_runtime_param")
            and hasattr(param, "type_descriptor")
        ):
            param._runtime_param = _PlainValues()


class _DiffCommand(TyperCommand):
    """Names the arguments in the usage line as the help does (typer writes "{a} {b}")."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return ["[OPTIONS]", "A", "B"]

    def get_help_option(self, ctx: Any) -> Any:
        return _bare_help_option(super().get_help_option(ctx))

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        _plain_values(self, ctx)
        return super().parse_args(ctx, args)


@app.command("diff", cls=_DiffCommand)
def diff_command(
    ctx: typer.Context,
    a: Annotated[str, typer.Argument(metavar="A", help="Version A: a file, or - for stdin.")],
    b: Annotated[str, typer.Argument(metavar="B", help="Version B: a file, or - for stdin.")],
    output_format: Annotated[
        Format,
        typer.Option(
            "--format",
            "-f",
            help="text: side-by-side view; json: vardiff/1; markdown: a table for a pull-request"
            " comment; html: one self-contained page.",
        ),
    ] = Format.text,
    output: Annotated[
        str | None,
        typer.Option(
            "--output", "-o", metavar="FILE", help="Write the report here (never an input)."
        ),
    ] = None,
    model: shared.ModelOption = DEFAULTS.model,
    max_group: shared.MaxGroupOption = DEFAULTS.max_group,
    context: Annotated[
        int, typer.Option(min=0, metavar="N", help="Equal pairs shown around each change.")
    ] = 1,
    show_all: Annotated[
        bool, typer.Option("--all", metavar="", help="Show every pair, none folded.")
    ] = False,
    fold_quiet: Annotated[
        bool,
        typer.Option(
            "--fold-quiet",
            metavar="",
            help="Also fold changed pairs without a finding (show only drift).",
        ),
    ] = False,
    color: Annotated[ColorMode, typer.Option(help="Colour the text view.")] = ColorMode.auto,
    fail_on: shared.FailOnOption = DEFAULTS.fail_on,
    min_severity: shared.MinSeverityOption = DEFAULTS.min_severity,
    glossary: shared.GlossaryOption = None,
    calibration: shared.CalibrationOption = DEFAULTS.calibration,
    encoding: shared.EncodingOption = None,
    input_format: shared.InputFormatOption = shared.InputFormatChoice.auto,
    max_sentence_chars: shared.MaxSentenceCharsOption = DEFAULTS.max_sentence_chars,
    cache: shared.CacheOption = True,
    cache_dir: shared.CacheDirOption = None,
    max_sentences: shared.MaxSentencesOption = DEFAULTS.max_sentences,
    progress: shared.ProgressOption = True,
    verbose: Annotated[
        bool,
        typer.Option(
            "--verbose", "-v", metavar="", help="Show the settings signature under the header."
        ),
    ] = False,
    legend: Annotated[
        bool,
        typer.Option("--legend/--no-legend", metavar="", help="The one-line legend of the marks."),
    ] = True,
    pager: Annotated[
        str | None,
        typer.Option(
            metavar="CMD",
            help="Page a view taller than the terminal through CMD.",
            show_default="$PAGER or 'less -FRX'",
        ),
    ] = None,
    no_pager: Annotated[
        bool, typer.Option("--no-pager", metavar="", help="Never page the text view.")
    ] = False,
) -> None:
    """Compare version A with version B, sentence by sentence, and judge every change."""
    try:
        from ._source import check_writable, read_source, write_atomic

        if a == "-" and b == "-":
            raise InputError("only one of A and B can be read from stdin (-)")
        if output is not None:
            # Before reading or embedding anything: a bad --output must not cost the user a run.
            _refuse_to_overwrite_inputs(output, (a, b))
            check_writable(output)
        source_a = read_source(a, encoding=encoding, input_format=input_format.value)
        source_b = read_source(b, encoding=encoding, input_format=input_format.value)
        for note in (*source_a.warnings, *source_b.warnings):
            _warn(note)

        options = shared.comparison_options(ctx.params)
        name_a, name_b = _printable(source_a.name), _printable(source_b.name)
        reports, key = _report_cache(options, (name_a, source_a.text), (name_b, source_b.text))
        report = _cached_report(reports, key)
        if report is None:
            report, by_model = _compare(
                options, (name_a, source_a.text), (name_b, source_b.text), progress=progress
            )
            if reports is not None and key is not None and by_model:
                reports.put(key, report)
        if output_format is Format.text:
            _print_text(
                report,
                output=output,
                color=color,
                view=_ViewChoice(
                    context=None if show_all else context,
                    fold_quiet=fold_quiet,
                    verbose=verbose,
                    legend=legend,
                ),
                pager=None if no_pager else pager,
                paging=not no_pager,
            )
        else:
            rendered = _render_document(
                report, output_format, context=None if show_all else context, fold_quiet=fold_quiet
            )
            if output is None:
                _write_stdout_utf8(rendered)
            else:
                write_atomic(output, rendered)
        code = 1 if report.failed else 0
    except KeyboardInterrupt:
        raise _Interrupted from None
    raise typer.Exit(code)


def _compare(
    options: Options, a: tuple[str, str], b: tuple[str, str], *, progress: bool
) -> tuple[Report, bool]:
    """The report on the named texts ``a`` and ``b``, and whether the model that the options
    name made it (rather than an embedder an application or a test put in its place)."""
    from ._compare import Comparer

    comparer = Comparer(options)
    # Only a real terminal gets the bar: rich also treats FORCE_COLOR / TTY_COMPATIBLE as "a
    # terminal", and then a piped or logged stderr would fill with cursor-control codes.
    bar = (
        _ProgressBar(Console(stderr=True), comparer.embedder.name)
        if progress and _stderr_is_terminal()
        else None
    )
    if isinstance(comparer.embedder, SentenceEmbedder):
        # The bar says when the model loads; --no-progress means no word on stderr at all.
        comparer.embedder.loading = bar.loading if bar else _quiet
    try:
        report = comparer.compare(
            a[1], b[1], name_a=a[0], name_b=b[0], progress=bar.start if bar else None
        )
    finally:
        if bar:
            bar.stop()  # also on Ctrl-C: a live bar hides the cursor until it is stopped
    return report, type(comparer.embedder) is SentenceEmbedder


def _report_cache(
    options: Options, a: tuple[str, str], b: tuple[str, str]
) -> tuple[ReportCache | None, str | None]:
    """Where finished reports are kept, and the key of this one: None, None with ``--no-cache``
    or ``VARDIFF_NO_REPORT_CACHE`` set, when the model's folder is too large to stamp, or when
    a file the key needs cannot be read (the run then says what is wrong, as without a cache)."""
    if options.cache is False or os.environ.get("VARDIFF_NO_REPORT_CACHE"):
        return None, None
    from ._cache import ReportCache, file_digest, report_key, text_key

    embedder = SentenceEmbedder(options.model)
    glossary, calibration = options.glossary, options.calibration
    try:
        model_files = embedder.files_stamp()
        if model_files is None:
            return None, None
        inputs = {
            "a": [a[0], text_key(a[1]).hex()],
            "b": [b[0], text_key(b[1]).hex()],
            # Every option but the cache folder, not only those known to change the report.
            "options": {
                name: _key_value(getattr(options, name))
                for name in Options.names()
                if name != "cache"
            },
            "glossary": file_digest(glossary) if isinstance(glossary, (str, Path)) else None,
            "calibration": None
            if calibration in ("fitted", "priors")  # shipped: in the package's digest
            else file_digest(calibration),
            "model": embedder.identity,
            "model_files": model_files,
            "max_model_tokens": embedder.max_tokens,
        }
        key = report_key(inputs)
    except (OSError, VardiffError):
        return None, None
    directory = None if options.cache is True else options.cache
    return ReportCache(directory), key


def _key_value(value: object) -> object:
    """An option's value as the key's JSON can hold it: an enum member by its value."""
    return value.value if isinstance(value, enum.Enum) else value


def _cached_report(reports: ReportCache | None, key: str | None) -> Report | None:
    if reports is None or key is None:
        return None
    from ._report import Report

    found = reports.get(key)
    return found if isinstance(found, Report) else None


def _quiet(_: bool) -> None:
    """A model-loading hook that says nothing."""


def _warn(message: str) -> None:
    line = " ".join(_printable(message).split())
    sys.stderr.write(f"vardiff: warning: {line}\n")


# Narrower than this, a side-by-side view has no room for words; rich would render nothing.
_MIN_COLUMNS = 40


def _columns() -> int:
    """Width of a text report written to a file: $COLUMNS if it is a usable number, else 100."""
    try:
        width = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        return 100
    return width if width >= _MIN_COLUMNS else 100


def _stderr_is_terminal() -> bool:
    try:
        return sys.stderr is not None and sys.stderr.isatty()
    except (AttributeError, ValueError):  # replaced by an object without isatty, or closed
        return False


def _printable(name: str) -> str:
    """A path as text that can be written anywhere.

    A file name that is not valid in the file-system encoding reaches Python with lone
    surrogates ("caf\udce9.txt"), which no UTF-8 output can hold; show such bytes as U+FFFD.
    """
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _write_stdout_utf8(text: str) -> None:
    """JSON is UTF-8 (RFC 8259) whatever the locale: write bytes, not through sys.stdout's codec,
    which under a legacy locale (or PYTHONIOENCODING) cannot encode most of the world's text."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # replaced by a text-only stream (tests, embedding applications)
        sys.stdout.write(text)
        return
    buffer.write(text.encode("utf-8"))
    buffer.flush()


def _refuse_to_overwrite_inputs(output: str, inputs: tuple[str, str]) -> None:
    for given in inputs:
        if given != "-" and _same_file(given, output):
            raise InputError(f"{output}: --output would overwrite the input {given}")


def _same_file(first: str, second: str) -> bool:
    """Whether two paths name one file: resolve() sees through symbolic links, samefile also
    catches a hard link. A path that cannot be resolved (a NUL in it) is left to the checks
    that report it properly."""
    try:
        if Path(first).resolve() == Path(second).resolve():
            return True
        return os.path.samefile(first, second)
    except (OSError, ValueError):  # one of them does not exist (yet), or is no valid path
        return False


@dataclasses.dataclass(frozen=True)
class _ViewChoice:
    context: int | None
    fold_quiet: bool
    verbose: bool
    legend: bool


def _render_document(
    report: Report, output_format: Format, *, context: int | None, fold_quiet: bool
) -> str:
    if output_format is Format.json:
        return report.to_json() + "\n"
    if output_format is Format.markdown:
        from ._markdown import render_markdown

        return render_markdown(report, context=context, fold_quiet=fold_quiet)
    from ._html_report import render_html

    return render_html(report)


def _print_text(
    report: Report,
    *,
    output: str | None,
    color: ColorMode,
    view: _ViewChoice,
    pager: str | None = None,
    paging: bool = True,
) -> None:
    from ._pager import page, pager_command
    from ._render import ReportView, render_text, strip_trailing_spaces
    from ._source import write_atomic

    if output is not None:
        width = _columns()
        rendered = render_text(
            report,
            width=width,
            color=False,
            context=view.context,
            fold_quiet=view.fold_quiet,
            verbose=view.verbose,
            legend=view.legend,
        )
        write_atomic(output, rendered + "\n")
        return
    _replace_unencodable_on_stdout()
    if color is ColorMode.always:
        console = Console(force_terminal=True, no_color=False)
    elif color is ColorMode.never:
        console = Console(no_color=True, color_system=None)
    else:
        console = Console()
    plain = console.no_color or console.color_system is None or not console.is_terminal
    if color is ColorMode.always:
        plain = False
    # Rendered into a buffer first: the pager needs the whole text and its height, and rich's
    # cell padding is stripped from every line before anything is written.
    buffer = io.StringIO()
    capture = Console(
        file=buffer,
        width=console.width,
        force_terminal=not plain,
        color_system=None if plain else cast(Any, console.color_system),
        no_color=plain,
        highlight=False,
        legacy_windows=False,
    )
    capture.print(
        ReportView(
            report,
            context=view.context,
            plain=plain,
            fold_quiet=view.fold_quiet,
            verbose=view.verbose,
            legend=view.legend,
        )
    )
    rendered = strip_trailing_spaces(buffer.getvalue())
    argv = pager_command(
        chosen=pager,
        disabled=not paging,
        is_terminal=_stdout_is_terminal(),
        lines=rendered.count("\n"),
        height=console.height,
        environ=os.environ,
    )
    if argv is not None and page(rendered, argv, encoding=sys.stdout.encoding or "utf-8"):
        return
    sys.stdout.write(rendered)
    sys.stdout.flush()


def _stdout_is_terminal() -> bool:
    try:
        return sys.stdout is not None and sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def _replace_unencodable_on_stdout() -> None:
    """Under a legacy locale the text view shows "?" for what the terminal cannot encode, rather
    than dying with UnicodeEncodeError halfway through the report."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None and getattr(sys.stdout, "errors", "strict") == "strict":
        with contextlib.suppress(Exception):
            reconfigure(errors="replace")


# What each stage of Comparer.compare is doing, as the bar says it.
_STAGES = {
    "segment": "segmenting {total:,} documents",
    "embed": "embedding {total:,} sentences",
    "align": "aligning {total:,} sentences",
    "diff": "comparing the words of {total:,} pairs",
    "judge-embed": "judging: embedding {total:,} words and phrases",
    "judge": "judging {total:,} pairs",
}


class _ProgressBar:
    """What a run is doing, on a terminal's stderr: one transient bar per stage (segmenting,
    loading the model, embedding, aligning, comparing words, judging).

    ``start`` is the factory :meth:`Comparer.compare` takes (given a stage and its number of
    units, a callback that advances the bar); ``loading`` is the embedder's model-loading hook.
    ``stop`` must be called in any case, since a started bar hides the cursor and runs a
    refresh thread until it is stopped.
    """

    def __init__(self, console: Console, model: str = DEFAULT_MODEL) -> None:
        self._console = console
        self._model = model
        self._bar: Any = None
        self._task: Any = None
        self._running = ""
        self._stage = ""
        self._loading = False

    def start(self, stage: str, total: int) -> Callable[[int, int], None]:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self.stop()
        self._stage = stage
        self._running = _STAGES.get(stage, stage).format(total=total)
        bar = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=self._console,
            transient=True,
        )
        task = bar.add_task(self._description(), total=total)
        bar.start()
        self._bar, self._task = bar, task

        def advance(done: int, _total: int) -> None:
            if self._bar is bar:
                bar.update(task, completed=done)
                if done >= _total:
                    self.stop()

        return advance

    def loading(self, started: bool) -> None:
        """The embedder's hook: the model loads (seconds, on a first run) inside a stage."""
        self._loading = started
        if not started and self._stage == "load":
            self.stop()
        elif self._bar is not None:
            self._bar.update(self._task, description=self._description())
        elif started:
            # Loaded outside any stage's bar (the judge's appears once it has embedded some).
            self.start("load", 0)

    def _description(self) -> str:
        if self._loading:
            return f"loading the model {self._model} (torch; first use only)…"
        return self._running

    def stop(self) -> None:
        bar, self._bar = self._bar, None
        self._stage = ""
        if bar is not None:
            bar.stop()


def _fail(message: str) -> NoReturn:
    # One line, whatever the message holds (an exception text can span several).
    line = " ".join(message.split())
    sys.stderr.write(f"vardiff: error: {line}\n")
    sys.exit(2)


# typer may vendor its own copy of click: find its exception base through a public class.
_ClickException: type[Exception] = next(
    c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException"
)


class _Interrupted(Exception):
    """Ctrl-C inside the command. Versions of typer/click differ in what they make of a
    KeyboardInterrupt (an ``Abort`` after a blank line on stderr, or a silent exit 130), so the
    command turns it into this, which they all pass through untouched."""


def main(argv: list[str] | None = None) -> None:
    """Entry point: every error is one line on stderr and exit status 2, never a traceback."""
    args = sys.argv[1:] if argv is None else argv
    if not args:
        # Nothing asked for is a usage error, as in git: the help goes to stderr, status 2.
        with contextlib.redirect_stdout(sys.stderr), contextlib.suppress(typer.Exit, SystemExit):
            app(args=["--help"], standalone_mode=False, prog_name="vardiff")
        sys.exit(2)
    try:
        code = app(args=args, standalone_mode=False, prog_name="vardiff")
    except typer.Exit as done:
        code = done.exit_code
    except (_Interrupted, typer.Abort, KeyboardInterrupt):
        _interrupted()
    except VardiffError as exc:
        _fail(str(exc))
    except _ClickException as exc:
        message = exc.format_message()  # type: ignore[attr-defined]
        _fail(f"{message} (see 'vardiff diff --help')")
    except BrokenPipeError:
        # The reader went away (| head): nothing more to say, and not an error of ours.
        _silence_stdout()
        sys.exit(1)
    except MemoryError:
        _fail("out of memory: the inputs are too large for this machine")
    except OSError as exc:
        # Writing the report to a full disk or a closed stdout, and the like.
        where = f"{exc.filename}: " if exc.filename else ""
        _fail(f"{where}{exc.strerror or exc}")
    except Exception as exc:
        # A bug of ours. The contract is still one line and exit 2; VARDIFF_DEBUG=1 shows where.
        if os.environ.get("VARDIFF_DEBUG"):
            raise
        _fail(
            f"internal error: {type(exc).__name__}: {exc} (set VARDIFF_DEBUG=1 for a traceback"
            " and please report it)"
        )
    if code == 130:
        # Some typer versions turn KeyboardInterrupt into a silent Exit(130) themselves.
        _interrupted()
    sys.exit(code if isinstance(code, int) else 0)


def _interrupted() -> NoReturn:
    sys.stderr.write("vardiff: interrupted\n")
    sys.exit(130)


def _silence_stdout() -> None:
    # Python flushes stdout again at exit, which would raise BrokenPipeError a second time.
    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


class _BatchCommand(TyperCommand):
    """Usage and help flag as for ``diff``."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return ["[OPTIONS]", "MANIFEST"]

    def get_help_option(self, ctx: Any) -> Any:
        return _bare_help_option(super().get_help_option(ctx))

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        _plain_values(self, ctx)
        return super().parse_args(ctx, args)


# `vardiff batch` lives in its own module (vardiff/_batch_cli.py).
app.command("batch", cls=_BatchCommand)(batch_command)


if __name__ == "__main__":  # pragma: no cover
    main()
