"""Many comparisons in one job: a manifest of pairs in, one JSON line per pair out.

How it works
------------
:func:`read_manifest` turns a JSON Lines or CSV manifest (``id``, ``a``, ``b``) into
:class:`BatchItem` objects. Paths are read relative to the manifest's folder, while reports and
error messages name each file as the manifest writes it, so results do not depend on where the
job ran (a laptop, a process pool, a Ray actor on another node).

:class:`BatchJob` reads what the results file already holds (those ids are skipped: the job is
resumable), runs the rest on an engine and appends one line per pair as each completes. Only the
driving process writes the file, with one ``write`` per line on a file opened for appending, and
syncs it: an interrupted job loses at most the pairs in flight. A kill can still tear the last
line (a short write, a full disk); the next run finds a last line without its newline, drops it,
and runs that pair again.

Engines: ``local`` runs in this process (``workers=1``) or in a pool of worker processes, each
building one :class:`~vardiff.Comparer` (so one model load per worker; embeddings are shared
through the on-disk cache); ``ray`` (:mod:`vardiff._ray`) runs the same function in Ray actors.
Both engines return :class:`~vardiff.Report` objects and this module writes them, so the lines
are the same whatever ran them.

A pair that cannot be compared (a missing, binary or oversized file) is an error record with
the message ``vardiff diff`` gives; a model that cannot be loaded stops the job instead, since
every pair would fail the same way.
"""

from __future__ import annotations

import csv
import io
import json
import os
import signal
from collections.abc import Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ._errors import InputError, ModelError, SourceError, VardiffError
from ._glossary import Glossary
from ._options import DEFAULTS, Options

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

    from ._compare import Comparer
    from ._report import Report

__all__ = [
    "RECORD_SCHEMA",
    "BatchItem",
    "BatchJob",
    "BatchOptions",
    "BatchResult",
    "BatchSummary",
    "batch",
    "read_manifest",
]

RECORD_SCHEMA = "vardiff-batch/1"
Engine = Literal["local", "ray"]

_MANIFEST_KEYS = ("id", "a", "b")


# -- the manifest ------------------------------------------------------------------------------


@dataclass(frozen=True)
class BatchItem:
    """One pair to compare. ``a`` and ``b`` are the paths as the manifest gives them (they name
    the files in the report); ``path_a`` and ``path_b`` are where they are read from."""

    id: str
    a: str
    b: str
    path_a: str
    path_b: str


def read_manifest(path: str | Path) -> list[BatchItem]:
    """The pairs of a manifest: JSON Lines (one ``{"id", "a", "b"}`` object a line) or CSV with
    a header holding the columns ``id``, ``a`` and ``b``. Other keys or columns are ignored.

    Relative paths are taken from the manifest's folder. Raises InputError, naming the line, for
    a manifest that cannot be used: it is checked whole before anything runs.
    """
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise SourceError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise SourceError(f"{name}: is a directory, not a file") from None
    except OSError as exc:
        raise SourceError(f"{name}: cannot read ({exc.strerror or exc})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: the manifest is not UTF-8 (byte {exc.start})") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    rows = _csv_rows(name, text) if _is_csv(name, text) else _jsonl_rows(name, text)
    base = os.path.dirname(os.path.abspath(name))
    items: list[BatchItem] = []
    seen: dict[str, int] = {}
    for line, row in rows:
        item_id, a, b = (_field(name, line, row, key) for key in _MANIFEST_KEYS)
        if item_id in seen:
            raise InputError(
                f"{name}:{line}: id {item_id!r} appears twice (first on line {seen[item_id]})"
            )
        seen[item_id] = line
        items.append(
            BatchItem(
                id=item_id,
                a=a,
                b=b,
                path_a=os.path.join(base, os.path.expanduser(a)),
                path_b=os.path.join(base, os.path.expanduser(b)),
            )
        )
    return items


def _is_csv(name: str, text: str) -> bool:
    if name.lower().endswith((".csv", ".tsv")):
        return True
    if name.lower().endswith((".jsonl", ".ndjson", ".json")):
        return False
    return not text.lstrip().startswith("{") and bool(text.strip())


def _jsonl_rows(name: str, text: str) -> Iterator[tuple[int, Mapping[str, Any]]]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as exc:
            raise InputError(f"{name}:{number}: not a JSON object ({exc})") from None
        if not isinstance(row, dict):
            raise InputError(f"{name}:{number}: not a JSON object with id, a and b")
        yield number, row


def _csv_rows(name: str, text: str) -> Iterator[tuple[int, Mapping[str, Any]]]:
    delimiter = "\t" if name.lower().endswith(".tsv") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    header = [h.strip() for h in reader.fieldnames or []]
    missing = [k for k in _MANIFEST_KEYS if k not in header]
    if missing:
        raise InputError(
            f"{name}:1: the CSV header needs the columns id, a and b "
            f"(missing: {', '.join(missing)})"
        )
    reader.fieldnames = header
    try:
        for row in reader:
            if not any((v or "").strip() for k, v in row.items() if isinstance(k, str)):
                continue
            yield reader.line_num, row
    except csv.Error as exc:
        raise InputError(f"{name}:{reader.line_num}: {exc}") from None


def _field(name: str, line: int, row: Mapping[str, Any], key: str) -> str:
    value = row.get(key)
    if isinstance(value, int) and not isinstance(value, bool) and key == "id":
        value = str(value)
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"{name}:{line}: {key!r} must be a non-empty string")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InputError(f"{name}:{line}: {key!r} is not valid Unicode") from None
    if "\0" in value:
        raise InputError(f"{name}:{line}: {key!r} holds a NUL character")
    return value.strip() if key == "id" else value


# -- options and one comparison ----------------------------------------------------------------


@dataclass(frozen=True)
class BatchOptions:
    """What each worker needs to build its Comparer and read its inputs (picklable)."""

    options: Options = DEFAULTS
    encoding: str | None = None
    input_format: Literal["auto", "text", "html"] = "auto"

    def comparer(self) -> Comparer:
        from ._compare import Comparer
        from ._embed import SentenceEmbedder

        comparer = Comparer(self.options)
        if isinstance(comparer.embedder, SentenceEmbedder):
            # Every worker would write its own "loading the model" line across the pairs bar
            # (workers share the terminal); the bar's count tells the user the job has begun.
            comparer.embedder.loading = _no_notice
        return comparer


def _no_notice(_loading: bool) -> None:
    pass


def _portable(options: BatchOptions, comparer: Comparer) -> BatchOptions:
    """The options as workers elsewhere can use them: a worker may run in another folder (a Ray
    actor) or on a node without the glossary file, so it gets the glossary already loaded and
    the calibration file's absolute path."""
    chosen = options.options
    changes: dict[str, Any] = {}
    if comparer.glossary is not None and not isinstance(chosen.glossary, Glossary):
        changes["glossary"] = comparer.glossary
    # A name ("priors", "fitted") is no file; a file here is one the driver just read.
    if chosen.calibration not in ("priors", "fitted") and os.path.isfile(chosen.calibration):
        changes["calibration"] = os.path.abspath(chosen.calibration)
    if not changes:
        return options
    return replace(options, options=chosen.but(**changes))


def compare_item(
    comparer: Comparer, item: BatchItem, options: BatchOptions
) -> tuple[Report | None, str | None]:
    """The report for one pair, or the one-line message ``vardiff diff`` would give.

    ModelError is raised, not recorded: it is no fault of the pair.
    """
    from ._source import read_source

    try:
        source_a = read_source(
            item.path_a, encoding=options.encoding, input_format=options.input_format
        )
        source_b = read_source(
            item.path_b, encoding=options.encoding, input_format=options.input_format
        )
        report = comparer.compare(source_a.text, source_b.text, name_a=item.a, name_b=item.b)
    except ModelError:
        raise
    except VardiffError as exc:
        return None, _one_line(_as_given(str(exc), item))
    except MemoryError:
        return None, "out of memory: the inputs are too large for this machine"
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        return None, _one_line(_as_given(f"{where}{exc.strerror or exc}", item))
    except Exception as exc:  # a bug of ours: the pair's record says so, the job goes on
        return None, _one_line(
            f"internal error: {type(exc).__name__}: {exc} (set VARDIFF_DEBUG=1 for a traceback"
            " and please report it)"
        )
    return report, None


def _as_given(message: str, item: BatchItem) -> str:
    """Name a file as the manifest does: input errors start with the path that was read."""
    for read, given in ((item.path_a, item.a), (item.path_b, item.b)):
        if message.startswith(read):
            return given + message[len(read) :]
    return message


def _one_line(message: str) -> str:
    return " ".join(message.split())


# -- results -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class BatchResult:
    """The outcome of one pair: a report, or the error that kept it from being compared."""

    item: BatchItem
    report: Report | None = None
    error: str | None = None

    @property
    def id(self) -> str:
        return self.item.id

    @property
    def failed(self) -> bool:
        """A finding at or above the gate (``fail_on``); False for an error."""
        return self.report is not None and self.report.failed

    def to_dict(self) -> dict[str, Any]:
        record: dict[str, Any] = {
            "schema": RECORD_SCHEMA,
            "id": self.item.id,
            "a": self.item.a,
            "b": self.item.b,
        }
        if self.report is None:
            record["error"] = self.error
        else:
            record["failed"] = self.report.failed
            record["report"] = self.report.to_dict()
        return record

    def to_line(self) -> str:
        """The record as the results file holds it: one line of JSON."""
        return _line(self.to_dict())


def _line(record: Mapping[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"


@dataclass(frozen=True)
class _Entry:
    """What the summary needs of one result line."""

    id: str
    error: str | None
    failed: bool
    findings: tuple[int, int, int, int]  # high, medium, low, info
    drift: float
    signature: str | None
    relation: str = "versions"  # "related" or "unrelated": not versions of each other

    @classmethod
    def of(cls, record: Mapping[str, Any]) -> _Entry:
        report = record.get("report")
        if not isinstance(report, dict):
            return cls(str(record["id"]), str(record.get("error")), False, (0, 0, 0, 0), 0.0, None)
        counts = report["summary"]["findings"]
        drift = max((float(p.get("drift", 0.0)) for p in report["pairs"]), default=0.0)
        return cls(
            id=str(record["id"]),
            error=None,
            failed=bool(record.get("failed")),
            findings=(counts["high"], counts["medium"], counts["low"], counts["info"]),
            drift=drift,
            signature=report["settings"]["signature"],
            relation=str(report["summary"].get("relation", "versions")),
        )


class ResultsFile:
    """The results JSON Lines file: read back for resuming, appended to one line at a time."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._fd: int | None = None

    def load(self) -> dict[str, _Entry]:
        """The entries already there, the last record of an id winning. A torn last line (no
        newline: the writer was killed mid-line) is cut off the file so appending goes on after
        the last whole line. Any other line that is not a result record is an error: the file
        was written by something else, and appending to it would hide that."""
        try:
            with open(self.path, "rb") as stream:
                data = stream.read()
        except FileNotFoundError:
            return {}
        except IsADirectoryError:
            raise SourceError(f"{self.path}: is a directory, not a file") from None
        except OSError as exc:
            raise SourceError(f"{self.path}: cannot read ({exc.strerror or exc})") from None
        whole = data.rfind(b"\n") + 1
        if whole < len(data):
            try:
                with open(self.path, "r+b") as stream:
                    stream.truncate(whole)
            except OSError as exc:
                raise SourceError(
                    f"{self.path}: cannot drop the torn last line ({exc.strerror or exc})"
                ) from None
        entries: dict[str, _Entry] = {}
        for number, line in enumerate(data[:whole].split(b"\n")[:-1], start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if record.get("schema") != RECORD_SCHEMA:
                    raise ValueError("no vardiff-batch/1 record")
                entry = _Entry.of(record)
            except (ValueError, KeyError, TypeError, AttributeError):
                raise InputError(
                    f"{self.path}:{number}: not a vardiff batch result; give another -o file"
                ) from None
            entries[entry.id] = entry
        return entries

    def append(self, line: str) -> None:
        data = line.encode("utf-8")
        try:
            if self._fd is None:
                self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o666)
            view = memoryview(data)
            while view:  # a regular file takes it in one write; a short write is not lost
                written = os.write(self._fd, view)
                view = view[written:]
            os.fsync(self._fd)
        except OSError as exc:
            raise SourceError(f"{self.path}: cannot write ({exc.strerror or exc})") from None

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


# -- the summary -------------------------------------------------------------------------------


# Said after a pair of the worst ten whose texts are not versions of each other.
_RELATION_NOTE = {"unrelated": "  not versions of each other", "related": "  related texts"}


@dataclass(frozen=True)
class BatchSummary:
    """Every pair of the manifest that has a result, this run's and earlier runs' together."""

    pairs: int
    done: int
    passed: int
    failed: int
    errors: int
    by_worst: dict[str, int]  # pairs by their worst finding: high, medium, low, info, none
    findings: dict[str, int]  # findings by severity, all pairs together
    # (id, counts, drift, relation): a pair that failed because A and B are not versions of
    # each other has few findings to rank it by, so the line says why it is there.
    worst: tuple[tuple[str, tuple[int, int, int, int], float, str], ...]
    error_ids: tuple[str, ...]

    @classmethod
    def of(cls, items: list[BatchItem], entries: Mapping[str, _Entry]) -> BatchSummary:
        present = [entries[i.id] for i in items if i.id in entries]
        reports = [e for e in present if e.error is None]
        names = ("high", "medium", "low", "info")
        by_worst = dict.fromkeys((*names, "none"), 0)
        for entry in reports:
            worst = next((n for n, c in zip(names, entry.findings, strict=True) if c), "none")
            by_worst[worst] += 1
        findings = {n: sum(e.findings[k] for e in reports) for k, n in enumerate(names)}
        ranked = sorted(
            (e for e in reports if any(e.findings) or e.failed),
            key=lambda e: (e.findings, e.drift),
            reverse=True,
        )
        return cls(
            pairs=len(items),
            done=len(present),
            passed=sum(not e.failed for e in reports),
            failed=sum(e.failed for e in reports),
            errors=len(present) - len(reports),
            by_worst=by_worst,
            findings=findings,
            worst=tuple((e.id, e.findings, e.drift, e.relation) for e in ranked[:10]),
            error_ids=tuple(e.id for e in present if e.error is not None),
        )

    @property
    def exit_code(self) -> int:
        """2 if a pair could not be compared, else 1 if one failed the gate, else 0."""
        return 2 if self.errors else 1 if self.failed else 0

    def render(self) -> str:
        lines = [
            f"pairs     {self.pairs}   done {self.done}   passed {self.passed}   "
            f"failed {self.failed}   errors {self.errors}",
            "worst     " + "   ".join(f"{k} {v}" for k, v in self.by_worst.items()),
            "findings  " + "   ".join(f"{k} {v}" for k, v in self.findings.items()),
        ]
        if self.worst:
            width = max(len(w[0]) for w in self.worst)
            lines.append("worst ten:")
            for item_id, (high, medium, low, info), drift, relation in self.worst:
                lines.append(
                    f"  {item_id:<{width}}  high {high}  medium {medium}  low {low}  "
                    f"info {info}  drift {drift:.2f}{_RELATION_NOTE.get(relation, '')}"
                )
        if self.error_ids:
            shown = ", ".join(self.error_ids[:10])
            more = f" and {len(self.error_ids) - 10} more" if len(self.error_ids) > 10 else ""
            lines.append(f"errors:   {shown}{more}")
        return "\n".join(lines) + "\n"


# -- the job -----------------------------------------------------------------------------------


class BatchJob:
    """A manifest, the results file and the options: what is left to do, and doing it.

    Construction reads the manifest and the results file and checks both, so that every input
    problem shows before any model is loaded.
    """

    def __init__(
        self,
        manifest: str | Path | Iterable[BatchItem],
        results: str | Path | None = None,
        *,
        options: BatchOptions | None = None,
        workers: int | None = None,
        engine: Engine = "local",
        ray_address: str | None = None,
        ray_timeout: float = 30.0,
        retry_errors: bool = False,
    ) -> None:
        if engine not in ("local", "ray"):
            raise InputError(f"unknown engine {engine!r}; use local or ray")
        if workers is not None and workers < 1:
            raise ValueError("workers must be at least 1")
        if not ray_timeout > 0:
            raise ValueError("ray_timeout must be positive")
        if isinstance(manifest, (str, Path)):
            self.items = read_manifest(manifest)
        else:
            self.items = list(manifest)
        self.options = options or BatchOptions()
        self.workers = workers
        self.engine = engine
        self.ray_address = ray_address
        self.ray_timeout = ray_timeout
        self.results = ResultsFile(results) if results is not None else None
        if self.results is not None:
            self._check_output(manifest)
        # Building it loads the glossary and reads the model's config, not the model: a bad
        # glossary stops the job here, and the signature tells whether old results still fit.
        comparer = self.options.comparer()
        self.signature = comparer.settings.signature
        self.options = _portable(self.options, comparer)
        self.entries: dict[str, _Entry] = self.results.load() if self.results else {}
        self._check_settings()
        self.pending = [
            i
            for i in self.items
            if i.id not in self.entries or (retry_errors and self.entries[i.id].error is not None)
        ]

    def _check_output(self, manifest: object) -> None:
        from ._source import check_writable

        assert self.results is not None
        path = self.results.path
        check_writable(path)
        inputs = [str(manifest)] if isinstance(manifest, (str, Path)) else []
        inputs += [p for item in self.items for p in (item.path_a, item.path_b)]
        target = os.path.realpath(path)
        for given in inputs:
            if os.path.realpath(given) == target:
                raise InputError(f"{path}: the results file would overwrite the input {given}")

    def _check_settings(self) -> None:
        for entry in self.entries.values():
            if entry.signature is not None and entry.signature != self.signature:
                raise InputError(
                    f"{self.results.path if self.results else 'results'}: made with other "
                    f"settings ({entry.signature}), not {self.signature}; write to another file"
                )

    def run(self) -> Generator[BatchResult, None, None]:
        """Compare the pending pairs, appending each result to the results file (if any) as it
        completes, and yield it."""
        try:
            for result in self._engine():
                record = result.to_dict()
                if self.results is not None:
                    self.results.append(_line(record))
                self.entries[result.id] = _Entry.of(record)
                yield result
        finally:
            if self.results is not None:
                self.results.close()

    def summary(self) -> BatchSummary:
        return BatchSummary.of(self.items, self.entries)

    def _engine(self) -> Iterator[BatchResult]:
        if not self.pending:
            return iter(())
        if self.engine == "ray":
            from ._ray import run_ray

            return run_ray(
                self.pending,
                self.options,
                workers=self.workers,
                address=self.ray_address,
                timeout=self.ray_timeout,
            )
        workers = min(self.workers or 1, len(self.pending))
        if workers == 1:
            return _run_here(self.pending, self.options)
        return _run_pool(self.pending, self.options, workers)


def batch(
    manifest: str | Path | Iterable[BatchItem],
    results: str | Path | None = None,
    *,
    options: Options | None = None,
    workers: int | None = None,
    engine: Engine = "local",
    ray_address: str | None = None,
    ray_timeout: float = 30.0,
    retry_errors: bool = False,
    encoding: str | None = None,
    input_format: Literal["auto", "text", "html"] = "auto",
    **chosen: Any,
) -> Generator[BatchResult, None, None]:
    """Compare every pair of a manifest and yield each result as it completes.

    With ``results``, each result is also appended to that JSON Lines file, and the ids already
    there are skipped (``retry_errors``: except those recorded as errors). Comparison options
    as for :func:`vardiff.compare`: ``options=`` and/or keywords (``fail_on="high"``). The
    manifest and the results file are checked when this is called; the comparisons run as the
    iterator is read. ``ray_timeout``: seconds to wait for the cluster at ``ray_address``.
    """
    job = BatchJob(
        manifest,
        results,
        options=BatchOptions(
            options=(options or DEFAULTS).but(**chosen),
            encoding=encoding,
            input_format=input_format,
        ),
        workers=workers,
        engine=engine,
        ray_address=ray_address,
        ray_timeout=ray_timeout,
        retry_errors=retry_errors,
    )
    return job.run()


# -- the local engine --------------------------------------------------------------------------


def _run_here(items: list[BatchItem], options: BatchOptions) -> Iterator[BatchResult]:
    comparer = options.comparer()
    for item in items:
        report, error = compare_item(comparer, item, options)
        yield BatchResult(item=item, report=report, error=error)


_THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
_worker_comparer: Comparer | None = None
_worker_options: BatchOptions | None = None


def _init_worker(options: BatchOptions) -> None:
    global _worker_comparer, _worker_options
    # The parent handles Ctrl-C and ends the workers; a worker's own KeyboardInterrupt would
    # only print a traceback from its idle loop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_options = options
    _worker_comparer = options.comparer()


def _work(item: BatchItem) -> tuple[Report | None, str | None]:
    assert _worker_comparer is not None and _worker_options is not None
    return compare_item(_worker_comparer, item, _worker_options)


def _run_pool(items: list[BatchItem], options: BatchOptions, workers: int) -> Iterator[BatchResult]:
    # numpy's BLAS (at import) and torch (at its first use) each start one thread per core in
    # every worker, so N workers on N cores would fight over them: the workers inherit a
    # limit from this environment, which is restored when the pool is gone.
    threads = str(max(1, (os.cpu_count() or 1) // workers))
    limits = [v for v in _THREAD_VARIABLES if v not in os.environ]
    os.environ.update(dict.fromkeys(limits, threads))
    try:
        yield from _pooled(items, options, workers)
    finally:
        for variable in limits:
            os.environ.pop(variable, None)


def _pooled(items: list[BatchItem], options: BatchOptions, workers: int) -> Iterator[BatchResult]:
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    # spawn, not fork: a forked child of a process with threads (rich's, SQLite's) can hang.
    pool = ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_init_worker,
        initargs=(options,),
    )
    queue = iter(items)
    # A small window rather than everything at once: on a stop, little is queued to cancel.
    running: dict[Future[tuple[Report | None, str | None]], BatchItem] = {}
    try:
        for item in queue:
            running[pool.submit(_work, item)] = item
            if len(running) >= 2 * workers:
                break
        while running:
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                item = running.pop(future)
                try:
                    report, error = future.result()
                except BrokenProcessPool:
                    lost = ", ".join(sorted([item.id, *(i.id for i in running.values())]))
                    raise VardiffError(
                        f"a worker process died (killed, or out of memory) while comparing: "
                        f"{lost}; run the batch again to resume"
                    ) from None
                yield BatchResult(item=item, report=report, error=error)
                following = next(queue, None)
                if following is not None:
                    running[pool.submit(_work, following)] = following
    finally:
        _stop_pool(pool)


def _stop_pool(pool: ProcessPoolExecutor) -> None:
    """End the workers now: after an interruption or an error, the pairs they hold are not
    wanted, and waiting for them could take minutes."""
    pool.shutdown(wait=False, cancel_futures=True)
    processes = getattr(pool, "_processes", None) or {}
    for process in list(processes.values()):
        if process.is_alive():
            process.terminate()
    for process in list(processes.values()):
        process.join(timeout=5)
