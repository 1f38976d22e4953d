"""The batch job on Ray Data (``pip install 'vardiff[ray]'``).

The pending pairs become a dataset of one row each; ``map_batches`` with a class runs them in a
fixed pool of actors, each of which builds one Comparer (one model load per actor) and calls the
same :func:`vardiff._batch.compare_item` as the local engine. Actors send back the pickled
Report, and the driver writes the line, so the results file is written exactly as the local
engine writes it. Every node must read the manifest's paths (a shared file system) and run the
same vardiff: a report made with other settings stops the job.
"""

from __future__ import annotations

import logging
import math
import os
import pickle
import socket
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ._batch import BatchItem, BatchOptions, BatchResult, compare_item
from ._errors import ModelError, VardiffError

__all__ = ["run_ray"]

_FIELDS = ("id", "a", "b", "path_a", "path_b")


# Ray's own wait for a cluster that does not answer: its C++ side reads these when ray is
# imported, its Python side when connecting. Left alone, ray.init retries without end.
_CONNECT_SETTINGS = ("RAY_py_gcs_connect_timeout_s", "RAY_gcs_server_port_wait_time_s")


def _import_ray(timeout: float | None = None) -> Any:
    """``ray``, imported; with ``timeout`` (joining a cluster) and unless the user set them,
    Ray's connection settings are bounded by it for as long as the import lasts."""
    bounded = {}
    if timeout is not None and "ray" not in sys.modules:
        bounded = {k: str(max(1, math.ceil(timeout))) for k in _CONNECT_SETTINGS}
        bounded = {k: v for k, v in bounded.items() if k not in os.environ}
    os.environ.update(bounded)
    try:
        import ray
        import ray.data
    except ImportError:
        raise VardiffError(
            "--engine ray needs Ray, which is not installed: pip install 'vardiff[ray]'"
        ) from None
    finally:
        for name in bounded:
            os.environ.pop(name, None)
    return ray


class _Worker:
    """One Ray actor: the model is loaded once, on its first pair, and kept."""

    def __init__(self, options: BatchOptions) -> None:
        self.options = options
        self.comparer = options.comparer()

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        import numpy as np

        reports: list[bytes] = []
        errors: list[str] = []
        fatal: list[str] = []
        for row in range(len(batch["id"])):
            item = BatchItem(**{key: str(batch[key][row]) for key in _FIELDS})
            try:
                report, error = compare_item(self.comparer, item, self.options)
            except ModelError as exc:
                # Every pair would fail alike: the driver stops the job with this message.
                report, error = None, None
                fatal.append(str(exc))
            else:
                fatal.append("")
            reports.append(pickle.dumps(report) if report is not None else b"")
            errors.append(error or "")
        return {
            "id": np.asarray(batch["id"], dtype=object),
            "report": np.asarray(reports, dtype=object),
            "error": np.asarray(errors, dtype=object),
            "fatal": np.asarray(fatal, dtype=object),
        }


def run_ray(
    items: list[BatchItem],
    options: BatchOptions,
    *,
    workers: int | None,
    address: str | None,
    timeout: float = 30.0,
) -> Iterator[BatchResult]:
    """Run ``items`` on Ray (the cluster at ``address``, one already initialised in this
    process, or a new local one) and yield each result as it completes. ``timeout``: how long
    to wait for the cluster at ``address`` (or $RAY_ADDRESS)."""
    joining = address or os.environ.get("RAY_ADDRESS")
    ray = _import_ray(timeout if joining else None)
    started = False
    if not ray.is_initialized():
        if joining:
            _check_reachable(ray, joining, timeout)
        _init(ray, address, timeout)
        started = True
    try:
        yield from _run(ray, items, options, workers)
    finally:
        if started:
            ray.shutdown()


def _check_reachable(ray: Any, address: str, timeout: float) -> None:
    """Fail in at most ``timeout`` seconds, in one line, when nothing answers at the address.

    Ray itself logs a warning every few seconds and retries for minutes (without end, in the
    versions tried); a wrong address is the likeliest cause, so it is tried here first.
    """
    target = _bootstrap_address(ray, address)
    if target is None:
        return  # nothing to try here ("auto" without a cluster): ray.init says so at once
    host, _, port = target.rpartition(":")
    try:
        with socket.create_connection((host.strip("[]"), int(port)), timeout=timeout):
            pass
    except TimeoutError:
        reason = f"no answer in {timeout:g} s (--ray-timeout)"
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    else:
        return
    where = address if target == address else f"{address} ({target})"
    raise VardiffError(f"cannot reach the Ray cluster at {where}: {reason}")


def _bootstrap_address(ray: Any, address: str) -> str | None:
    """``host:port`` that ``ray.init(address)`` will connect to, or None when it is unknown."""
    if address.startswith("ray://"):  # Ray Client: its server's port
        return address[len("ray://") :].split("/")[0] or None
    try:
        # Resolves "auto" and $RAY_ADDRESS, and turns a loopback host into the node's own
        # address as ray.init does (the cluster may listen on that address only).
        from ray._private.services import canonicalize_bootstrap_address

        resolved = canonicalize_bootstrap_address(address)
    except ImportError:  # another Ray than the one tried: take the address as given
        resolved = address if address not in ("auto", "local") else None
    except Exception:  # a malformed address: ray.init gives its own message for it
        return None
    return str(resolved) if resolved and ":" in str(resolved) else None


def _init(ray: Any, address: str | None, timeout: float) -> None:
    kwargs: dict[str, Any] = {
        "include_dashboard": False,
        "log_to_driver": False,
        # Ray's own notices (token set-up, deprecations) are not the user's business here.
        "logging_level": logging.ERROR,
    }
    if address is None:
        # A local cluster runs this very vardiff, even from a source tree that is not installed.
        root = str(Path(__file__).resolve().parent.parent)
        path = os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH")) if p)
        kwargs["runtime_env"] = {"env_vars": {"PYTHONPATH": path}}
    bounded = {}
    if address or os.environ.get("RAY_ADDRESS"):
        # ray.init reads this one while connecting: one attempt of py_gcs_connect_timeout_s.
        name = _CONNECT_SETTINGS[1]
        bounded = {name: "1"} if name not in os.environ else {}
    os.environ.update(bounded)
    try:
        ray.init(address=address, **kwargs)
    except Exception as exc:  # ConnectionError, RuntimeError, ValueError, ray's own types
        where = f" at {address}" if address else ""
        reason = _first_line(exc)
        reason += _auth_hint(reason)
        raise VardiffError(f"cannot start or reach Ray{where}: {reason}") from None
    finally:
        for name in bounded:
            os.environ.pop(name, None)


def _run(
    ray: Any, items: list[BatchItem], options: BatchOptions, workers: int | None
) -> Iterator[BatchResult]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # Ray's notices about its own deprecated settings
        context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False  # the CLI shows its own, in pairs
    context.execution_options.preserve_order = False  # results as they complete
    for name in ("ray", "ray.data"):
        logging.getLogger(name).setLevel(logging.ERROR)
    if workers is None:
        workers = max(1, int(ray.cluster_resources().get("CPU", 1)))
    workers = min(workers, len(items))
    by_id = {item.id: item for item in items}
    expected = options.comparer().settings.signature
    dataset = ray.data.from_items(
        [{key: getattr(item, key) for key in _FIELDS} for item in items],
        override_num_blocks=len(items),
    )
    arguments: dict[str, Any] = {
        "fn_constructor_kwargs": {"options": options},
        "batch_size": 1,
        "batch_format": "numpy",
        "compute": ray.data.ActorPoolStrategy(size=workers),
        "num_cpus": 1,
    }
    try:
        with warnings.catch_warnings():
            # Ray plans to drop free-form remote arguments; then the default restarts apply.
            warnings.simplefilter("ignore")
            # A dead actor stops the job (as a dead worker process does locally) rather than
            # being restarted with its arguments possibly gone; the job resumes where it stopped.
            results = dataset.map_batches(_Worker, max_restarts=0, **arguments)
    except TypeError:
        results = dataset.map_batches(_Worker, **arguments)
    try:
        for row in results.iter_rows():
            if row["fatal"]:
                raise VardiffError(str(row["fatal"]))
            item = by_id[str(row["id"])]
            if row["report"]:
                report = pickle.loads(row["report"])
                if report.settings.signature != expected:
                    raise VardiffError(
                        f"the Ray workers run another vardiff or other settings "
                        f"({report.settings.signature}, here {expected})"
                    )
                yield BatchResult(item=item, report=report)
            else:
                yield BatchResult(item=item, error=str(row["error"]))
    except VardiffError:
        raise
    except Exception as exc:
        if type(exc).__module__.startswith("ray"):
            raise VardiffError(f"the Ray job failed: {_first_line(exc)}") from None
        raise


def _auth_hint(reason: str) -> str:
    """What to do when the cluster wants a token: Ray 2.60's ``ray start`` turns token
    authentication on, and Ray's own message does not say how a client joins."""
    if "auth" not in reason.lower():
        return ""
    return " (the cluster wants a token: set RAY_AUTH_MODE=token, the token in ~/.ray/auth_token)"


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
