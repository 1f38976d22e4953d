"""``vardiff batch``: the command over :mod:`vardiff._batch`. ``cli.py`` registers it.

Exit status over every pair of the manifest (this run's and earlier runs' results alike): 2 if a
pair could not be compared or the job could not run, 1 if a pair failed the gate, else 0; 130 on
Ctrl-C, with every finished pair already in the results file.
"""

from __future__ import annotations

import contextlib
import enum
import sys
import time
from typing import Annotated, Any

import typer

from ._embed import DEFAULT_MODEL
from ._options import DEFAULTS, Options
from ._severity import Severity

__all__ = ["batch_command"]


class EngineChoice(str, enum.Enum):
    local = "local"
    ray = "ray"


class InputFormatChoice(str, enum.Enum):
    auto = "auto"
    text = "text"
    html = "html"


def batch_command(
    manifest: Annotated[
        str,
        typer.Argument(
            metavar="MANIFEST", help="JSON Lines ({id, a, b} a line) or CSV (columns id, a, b)."
        ),
    ],
    output: Annotated[
        str,
        typer.Option(
            "--output",
            "-o",
            metavar="RESULTS",
            help="Results, JSON Lines, appended to; ids already there are skipped.",
        ),
    ],
    workers: Annotated[
        int | None,
        typer.Option(
            min=1,
            metavar="N",
            help="Worker processes (Ray: actors).",
            show_default="1; Ray: the cluster's CPUs",
        ),
    ] = None,
    engine: Annotated[
        EngineChoice, typer.Option(help="local: processes on this machine; ray: Ray Data.")
    ] = EngineChoice.local,
    ray_address: Annotated[
        str | None,
        typer.Option(
            metavar="ADDRESS",
            help="Ray cluster to join (e.g. auto).",
            show_default="start a local one",
        ),
    ] = None,
    retry_errors: Annotated[
        bool,
        typer.Option("--retry-errors", metavar="", help="Run the pairs recorded as errors again."),
    ] = False,
    model: Annotated[
        str | None,
        typer.Option(
            metavar="NAME_OR_PATH",
            help="sentence-transformers model name or path.",
            show_default=DEFAULT_MODEL,
        ),
    ] = DEFAULTS.model,
    max_group: Annotated[
        int,
        typer.Option(
            min=1, max=6, metavar="N", help="Most sentences on one side of an aligned group."
        ),
    ] = DEFAULTS.max_group,
    fail_on: Annotated[
        Severity, typer.Option(help="A pair fails when a finding reaches this severity.")
    ] = DEFAULTS.fail_on,
    min_severity: Annotated[
        Severity,
        typer.Option(help="Show findings of this severity and above (the status is unchanged)."),
    ] = DEFAULTS.min_severity,
    glossary: Annotated[
        str | None,
        typer.Option(metavar="FILE", help="Glossary file: 'A = B' equivalences, 'A != B' bans."),
    ] = None,
    encoding: Annotated[
        str | None,
        typer.Option(metavar="ENC", help="Encoding of every input.", show_default="detected"),
    ] = None,
    input_format: Annotated[
        InputFormatChoice, typer.Option(help="Input format (auto: detected).")
    ] = InputFormatChoice.auto,
    max_sentence_chars: Annotated[
        int,
        typer.Option(min=20, metavar="N", help="Longest sentence; longer units are split."),
    ] = DEFAULTS.max_sentence_chars,
    cache: Annotated[
        bool,
        typer.Option(
            "--cache/--no-cache", metavar="", help="Reuse embeddings across pairs and runs."
        ),
    ] = True,
    cache_dir: Annotated[
        str | None,
        typer.Option(
            metavar="DIR", help="Embedding cache folder.", show_default="~/.cache/vardiff"
        ),
    ] = None,
    max_sentences: Annotated[
        int,
        typer.Option(
            min=1, metavar="N", help="A pair with more sentences a side is an error record."
        ),
    ] = DEFAULTS.max_sentences,
    progress: Annotated[
        bool,
        typer.Option(
            "--progress/--no-progress", metavar="", help="Progress on stderr (a terminal only)."
        ),
    ] = True,
) -> None:
    """Compare every pair of a manifest; one JSON line per pair, a summary on stderr."""
    from ._batch import BatchJob, BatchOptions

    job = BatchJob(
        manifest,
        output,
        options=BatchOptions(
            options=Options(
                model=model,
                cache=(cache_dir or True) if cache else False,
                max_group=max_group,
                min_severity=min_severity,
                fail_on=fail_on,
                glossary=glossary,
                max_sentence_chars=max_sentence_chars,
                max_sentences=max_sentences,
            ),
            encoding=encoding,
            input_format=input_format.value,
        ),
        workers=workers,
        engine=engine.value,
        ray_address=ray_address,
        retry_errors=retry_errors,
    )
    skipped = len(job.items) - len(job.pending)
    bar = _PairsBar(len(job.pending)) if progress and _stderr_is_terminal() else None
    try:
        with contextlib.closing(job.run()) as results:
            if bar:
                bar.start()
            for _ in results:
                if bar:
                    bar.advance()
    except KeyboardInterrupt:
        # The finished pairs are in the results file; main() says "interrupted", exit 130.
        raise typer.Exit(130) from None
    finally:
        if bar:
            bar.stop()
    summary = job.summary()
    earlier = f", {skipped} from earlier runs" if skipped else ""
    sys.stderr.write(f"vardiff batch: {output} ({len(job.pending)} compared now{earlier})\n")
    sys.stderr.write(summary.render())
    raise typer.Exit(summary.exit_code)


def _stderr_is_terminal() -> bool:
    try:
        return sys.stderr is not None and sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


class _PairsBar:
    """Pairs done of the total, pairs per second since the start, and the time left."""

    def __init__(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        self._progress = Progress(
            TextColumn("pairs"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self._task: Any = self._progress.add_task("pairs", total=total, rate="")
        self._done = 0
        self._since = time.monotonic()
        self._running = False

    def start(self) -> None:
        self._since = time.monotonic()
        self._progress.start()
        self._running = True

    def advance(self) -> None:
        self._done += 1
        rate = self._done / max(time.monotonic() - self._since, 1e-9)
        self._progress.update(self._task, completed=self._done, rate=f"{rate:.2f} pairs/s")

    def stop(self) -> None:
        if self._running:
            self._running = False
            self._progress.stop()
