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

from . import _cli_options as shared
from ._options import DEFAULTS

__all__ = ["batch_command"]


class EngineChoice(str, enum.Enum):
    local = "local"
    ray = "ray"


def batch_command(
    ctx: typer.Context,
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
    ray_timeout: Annotated[
        float,
        typer.Option(
            min=0.1,
            metavar="SECONDS",
            help="How long to wait for the Ray cluster at --ray-address before giving up.",
        ),
    ] = 30.0,
    retry_errors: Annotated[
        bool,
        typer.Option("--retry-errors", metavar="", help="Run the pairs recorded as errors again."),
    ] = False,
    model: shared.ModelOption = DEFAULTS.model,
    max_group: shared.MaxGroupOption = DEFAULTS.max_group,
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
) -> None:
    """Compare every pair of a manifest; one JSON line per pair, a summary on stderr.

    Each pair is compared as 'vardiff diff A B' would; a pair it would refuse is an error record.
    """
    from ._batch import BatchJob, BatchOptions

    job = BatchJob(
        manifest,
        output,
        options=BatchOptions(
            options=shared.comparison_options(ctx.params),
            encoding=encoding,
            input_format=input_format.value,
        ),
        workers=workers,
        engine=engine.value,
        ray_address=ray_address,
        ray_timeout=ray_timeout,
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
