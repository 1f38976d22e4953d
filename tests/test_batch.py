"""``vardiff batch`` and ``vardiff.batch``: many pairs in one job, resumable, on processes or Ray.

End to end with the real model on the seed articles: the results file holds, per id, exactly
the report ``vardiff diff --format json`` gives for that pair, or the error line it prints.
"""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import typer
from _terminal import drained
from test_cli import POSIX, Result, run_main, run_process

import vardiff
from vardiff._batch import BatchJob, BatchOptions, read_manifest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
A = "000_8e0ae4692c9434e6.txt"
B = "001_cc5935cab9c0f7a2.txt"
OTHER = "002_3d0c711ca5587e25.txt"


def make_corpus(folder: Path) -> Path:
    """A folder of articles and a manifest with a drifted pair, an unrelated one, an identical
    one, a missing file and a binary file."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in (A, B, OTHER):
        (folder / name).write_bytes((SEEDS / name).read_bytes())
    (folder / "bin.txt").write_bytes(b"a\0b")
    rows = [
        {"id": "drift", "a": A, "b": B},
        {"id": "other", "a": A, "b": OTHER},
        {"id": "same", "a": B, "b": B},
        {"id": "missing", "a": "nope.txt", "b": B},
        {"id": "binary", "a": A, "b": "bin.txt"},
    ]
    manifest = folder / "manifest.jsonl"
    manifest.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return manifest


def records(path: Path) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        assert record["id"] not in found, f"{record['id']} written twice"
        found[record["id"]] = record
    return found


def lines_by_id(path: Path) -> dict[str, str]:
    return {json.loads(line)["id"]: line for line in path.read_text("utf-8").splitlines()}


def run_in(folder: Path, capsys: pytest.CaptureFixture[str], *args: str) -> Result:
    """The CLI in-process with ``folder`` as the working directory."""
    here = os.getcwd()
    os.chdir(folder)
    try:
        return run_main(capsys, *args)
    finally:
        os.chdir(here)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module")
def local_results(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus run once by the local engine in this process (the real model)."""
    out = tmp_path_factory.mktemp("local") / "results.jsonl"
    results = list(vardiff.batch(corpus, out, min_severity="low"))
    assert sorted(r.id for r in results) == ["binary", "drift", "missing", "other", "same"]
    return out


# -- the manifest ------------------------------------------------------------------------------


def test_manifest_jsonl_and_csv_resolve_paths_against_their_folder(tmp_path: Path) -> None:
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "m.jsonl").write_text('{"id": "x", "a": "p/a.txt", "b": "/abs/b.txt", "n": 1}\n\n')
    (sub / "m.csv").write_text("id,a,b,note\nx,p/a.txt,/abs/b.txt,hi\n")
    for name in ("m.jsonl", "m.csv"):
        (item,) = read_manifest(sub / name)
        assert (item.id, item.a, item.b) == ("x", "p/a.txt", "/abs/b.txt")
        assert item.path_a == str(sub / "p" / "a.txt") and item.path_b == "/abs/b.txt"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": "x", "a": "a"}\n', "manifest.jsonl:1: 'b' must be a non-empty string"),
        ('{"id": "x", "a": "a", "b": "b"}\n{"id": "x", "a": "c", "b": "d"}\n', "appears twice"),
        ('{"id": "x", "a": "a", "b": "b"}\n{"id": \n', "manifest.jsonl:2: not a JSON object"),
        ("[1, 2]\n", "manifest.jsonl:1: not a JSON object"),
        ('{"id": "", "a": "a", "b": "b"}\n', "'id' must be a non-empty string"),
    ],
)
def test_a_bad_manifest_is_one_line_before_anything_runs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text(content, encoding="utf-8")
    out = tmp_path / "r.jsonl"
    run_main(capsys, "batch", str(manifest), "-o", str(out)).one_error_line(message)
    assert not out.exists()


def test_csv_without_the_columns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    manifest = tmp_path / "m.csv"
    manifest.write_text("id,left,right\nx,a,b\n", encoding="utf-8")
    result = run_main(capsys, "batch", str(manifest), "-o", str(tmp_path / "r.jsonl"))
    result.one_error_line("m.csv:1: the CSV header needs the columns id, a and b")


def test_results_must_not_overwrite_the_manifest_or_an_input(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for target in (corpus, corpus.parent / B):
        result = run_main(capsys, "batch", str(corpus), "-o", str(target))
        result.one_error_line("would overwrite the input")


# -- end to end, the real model ----------------------------------------------------------------


def test_each_record_is_what_vardiff_diff_gives(
    corpus: Path, local_results: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found = records(local_results)
    for item in read_manifest(corpus):
        record = found[item.id]
        assert record["schema"] == "vardiff-batch/1"
        assert (record["a"], record["b"]) == (item.a, item.b)
        # The same pair through `vardiff diff`, from the manifest's folder with its paths.
        diff = run_in(corpus.parent, capsys, "diff", item.a, item.b, "-f", "json")
        if "error" in record:
            assert diff.code == 2
            assert diff.err == f"vardiff: error: {record['error']}\n"
            assert "report" not in record
        else:
            assert record["report"] == diff.json()
            assert record["failed"] == (diff.code == 1)
    assert found["missing"]["error"] == "nope.txt: no such file"
    assert found["binary"]["error"].startswith("bin.txt: binary content")
    assert found["drift"]["failed"] and not found["same"]["failed"]


def test_cli_summary_exit_status_and_resume(
    corpus: Path, local_results: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "results.jsonl"
    whole = local_results.read_bytes().splitlines(keepends=True)
    # A run killed while writing its third line: two whole lines and a torn one.
    out.write_bytes(whole[0] + whole[1] + whole[2][: len(whole[2]) // 2])
    result = run_main(capsys, "batch", str(corpus), "-o", str(out), "--no-progress")
    assert result.code == 2  # two pairs could not be compared
    assert result.out == ""
    assert "3 compared now, 2 from earlier runs" in result.err
    assert "pairs     5   done 5   passed 1   failed 2   errors 2" in result.err
    assert "worst ten:" in result.err and "errors:   missing, binary" in result.err
    # The worst first. "other" is another outlet's article: it fails as unrelated, with no
    # per-pair findings to rank it by, so the drifted version comes first.
    assert result.err.index("  drift ") < result.err.index("  other ")
    other = next(line for line in result.err.splitlines() if line.startswith("  other "))
    assert other.endswith("not versions of each other")
    assert "Traceback" not in result.err
    assert lines_by_id(out) == lines_by_id(local_results)
    assert out.read_bytes().endswith(b"\n")

    again = run_main(capsys, "batch", str(corpus), "-o", str(out))
    assert again.code == 2 and "0 compared now, 5 from earlier runs" in again.err
    assert lines_by_id(out) == lines_by_id(local_results)


def test_exit_status_follows_the_gate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "c"
    make_corpus(folder)
    (folder / "pass.jsonl").write_text(json.dumps({"id": "s", "a": A, "b": A}) + "\n")
    (folder / "fail.jsonl").write_text(json.dumps({"id": "d", "a": A, "b": B}) + "\n")
    passed = run_main(capsys, "batch", str(folder / "pass.jsonl"), "-o", str(tmp_path / "p"))
    assert passed.code == 0, passed.err
    failed = run_main(capsys, "batch", str(folder / "fail.jsonl"), "-o", str(tmp_path / "f"))
    assert failed.code == 1, failed.err
    relaxed = run_main(
        capsys, "batch", str(folder / "fail.jsonl"), "-o", str(tmp_path / "h"), "--fail-on", "high"
    )
    assert relaxed.code == 1  # seed 001 turns shells into bullets: a high finding


def test_other_settings_cannot_append_to_old_results(
    corpus: Path, local_results: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.jsonl"
    out.write_bytes(local_results.read_bytes())
    result = run_main(capsys, "batch", str(corpus), "-o", str(out), "--max-group", "2")
    result.one_error_line("made with other settings", "write to another file")
    assert out.read_bytes() == local_results.read_bytes()


def test_retry_errors_runs_only_the_errors_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "c"
    manifest = make_corpus(folder)
    out = tmp_path / "r.jsonl"
    rows = [{"id": "one", "a": "later.txt", "b": A}, {"id": "two", "a": A, "b": A}]
    manifest.write_text("".join(json.dumps(r) + "\n" for r in rows))
    first = run_main(capsys, "batch", str(manifest), "-o", str(out))
    assert first.code == 2 and records(out)["one"]["error"] == "later.txt: no such file"
    (folder / "later.txt").write_bytes((SEEDS / A).read_bytes())  # the file turns up
    kept = run_main(capsys, "batch", str(manifest), "-o", str(out))
    assert kept.code == 2 and "0 compared now" in kept.err
    retried = run_main(capsys, "batch", str(manifest), "-o", str(out), "--retry-errors")
    assert retried.code == 0 and "1 compared now" in retried.err
    lines = out.read_text().splitlines()
    assert len(lines) == 3 and json.loads(lines[-1])["report"]["summary"]["pairs"] > 0


def test_workers_elsewhere_get_the_glossary_loaded_and_the_calibration_file_absolute(
    tmp_path: Path, monkeypatch: Any
) -> None:
    # A Ray actor runs in another folder, maybe on a node without the glossary file.
    (tmp_path / "g.txt").write_bytes((ROOT / "examples" / "glossary.txt").read_bytes())
    calibration = ROOT / "vardiff" / "judge" / "calibration.json"
    (tmp_path / "c.json").write_bytes(calibration.read_bytes())
    monkeypatch.chdir(tmp_path)
    chosen = vardiff.Options(glossary="g.txt", calibration="c.json")
    job = BatchJob([], options=BatchOptions(options=chosen))
    sent = job.options.options
    assert isinstance(sent.glossary, vardiff.Glossary)
    assert sent.calibration == str(tmp_path / "c.json")
    named = BatchJob([], options=BatchOptions(options=chosen.but(calibration="fitted")))
    assert named.options.options.calibration == "fitted"
    monkeypatch.chdir(ROOT)
    assert job.options.comparer().settings.signature == job.signature


def test_a_model_that_cannot_load_stops_the_job(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.jsonl"
    args = ["batch", str(corpus), "-o", str(out), "--model", str(tmp_path / "no-model")]
    run_main(capsys, *args, "--no-cache").one_error_line("cannot load model")
    # The first pair needs the model: the job stops before writing anything.
    assert not out.exists()


def test_library_yields_results_as_they_complete(corpus: Path, local_results: Path) -> None:
    expected = lines_by_id(local_results)
    job = BatchJob(corpus, options=BatchOptions())
    seen = {}
    for result in job.run():
        assert isinstance(result, vardiff.BatchResult)
        assert (result.report is None) == (result.error is not None)
        seen[result.id] = result.to_line().rstrip("\n")
    assert seen == expected
    assert job.summary().exit_code == 2


def test_two_worker_processes_give_the_same_lines(
    corpus: Path, local_results: Path, tmp_path: Path
) -> None:
    out = tmp_path / "r.jsonl"
    # The session's cache is warm: this checks the pool's plumbing; the Ctrl-C test below
    # loads the model in two workers.
    results = list(vardiff.batch(corpus, out, workers=2, min_severity="low"))
    assert len(results) == 5
    assert lines_by_id(out) == lines_by_id(local_results)


@POSIX
def test_ctrl_c_keeps_every_finished_pair_and_the_rerun_completes(
    tmp_path: Path, local_results: Path
) -> None:
    folder = tmp_path / "c"
    manifest = make_corpus(folder)
    out = tmp_path / "r.jsonl"
    args = [sys.executable, "-m", "vardiff.cli", "batch", str(manifest), "-o", str(out)]
    process = subprocess.Popen(
        [*args, "--workers", "2", "--cache-dir", str(tmp_path / "cold")],
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        # SIGINT as a shell in the foreground leaves it: a background `pytest &` inherits it
        # ignored, and the command would then always finish before the signal counts.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and process.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= 1:
            break
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    if process.returncode == 130:
        assert err.decode().endswith("vardiff: interrupted\n"), err
    else:  # it finished before the signal came
        assert process.returncode == 2, err
    assert b"Traceback" not in err
    kept = lines_by_id(out)  # whole lines only, each id once
    assert out.read_bytes().endswith(b"\n")
    done = subprocess.run(args, capture_output=True, cwd=ROOT, timeout=300)  # a warm cache
    assert done.returncode == 2, done.stderr
    assert f"{5 - len(kept)} compared now".encode() in done.stderr
    assert lines_by_id(out) == lines_by_id(local_results)


@POSIX
def test_progress_bar_only_on_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import pty

    folder = tmp_path / "c"
    make_corpus(folder)
    manifest = folder / "same.jsonl"
    rows = [{"id": str(k), "a": A, "b": A} for k in range(3)]  # identical: no model needed
    manifest.write_text("".join(json.dumps(r) + "\n" for r in rows))
    # Not a terminal: in this process (stderr captured); a terminal: the real command, below.
    piped = run_main(capsys, "batch", str(manifest), "-o", str(tmp_path / "p"))
    assert piped.code == 0 and "\x1b[" not in piped.err
    assert "pairs     3   done 3   passed 3" in piped.err
    args = [sys.executable, "-m", "vardiff.cli", "batch", str(manifest)]

    primary, secondary = pty.openpty()
    reader, received = drained(primary)
    try:
        process = subprocess.Popen([*args, "-o", str(tmp_path / "t")], stderr=secondary, cwd=ROOT)
        os.close(secondary)
        process.wait(timeout=120)
        reader.join(timeout=10)
    finally:
        os.close(primary)
    terminal = b"".join(received)
    assert process.returncode == 0
    assert b"\x1b[" in terminal and b"pairs" in terminal and b"Traceback" not in terminal


def test_batch_declares_the_options_it_shares_with_diff_alike() -> None:
    from vardiff.cli import app

    commands = typer.main.get_command(app).commands  # type: ignore[attr-defined]
    diff = {p.name: p for p in commands["diff"].params}
    batch = {p.name: p for p in commands["batch"].params}
    shared = set(diff) & set(batch) - {"output"}  # -o: the report there, the results here
    assert {"model", "fail_on", "calibration", "encoding", "cache", "max_sentences"} <= shared
    for name in shared:
        assert _declared(diff[name]) == _declared(batch[name]), name


def _declared(param: Any) -> tuple[str, ...]:
    # typer's own copy of click names the type differently from click's (type_descriptor).
    names = ("opts", "secondary_opts", "help", "default", "metavar", "min", "max", "show_default")
    kind = getattr(param, "type", None) or getattr(param.type_descriptor, "annotation", None)
    return (*(repr(getattr(param, n, None)) for n in names), repr(kind))


# -- Ray ---------------------------------------------------------------------------------------


def test_without_ray_the_engine_is_one_line(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: Any
) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray now raises ImportError
    out = tmp_path / "r.jsonl"
    result = run_main(capsys, "batch", str(corpus), "-o", str(out), "--engine", "ray")
    result.one_error_line("--engine ray needs Ray", "pip install 'vardiff[ray]'")


def test_a_cluster_that_wants_a_token_says_how_to_give_it() -> None:
    from vardiff import VardiffError
    from vardiff._ray import _init

    class TokenCluster:  # what Ray 2.60 raises when the cluster runs with token auth
        def init(self, **kwargs: Any) -> None:
            raise ConnectionError("InvalidAuthToken: the request has no valid token\nmore")

    class Refusing:
        def init(self, **kwargs: Any) -> None:
            raise ConnectionError("connection refused")

    with pytest.raises(VardiffError) as token:
        _init(TokenCluster(), "127.0.0.1:6391", 1.0)
    assert "InvalidAuthToken" in str(token.value) and "RAY_AUTH_MODE=token" in str(token.value)
    assert "\n" not in str(token.value)
    with pytest.raises(VardiffError) as refused:
        _init(Refusing(), "127.0.0.1:6391", 1.0)
    assert "RAY_AUTH_MODE" not in str(refused.value)


_HAS_RAY = importlib.util.find_spec("ray") is not None


@pytest.mark.skipif(
    not _HAS_RAY and not os.environ.get("CI"),
    reason="Ray is not installed (pip install -e '.[ray]'); CI installs it and runs this",
)
def test_a_ray_address_nobody_listens_on_is_one_line(corpus: Path, tmp_path: Path) -> None:
    # Ray alone retries such an address without end; a port just freed has no listener.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    address = f"127.0.0.1:{port}"
    out = tmp_path / "r.jsonl"
    done = run_process(
        [
            "batch",
            str(corpus),
            "-o",
            str(out),
            "--engine",
            "ray",
            "--ray-address",
            address,
            "--ray-timeout",
            "5",
        ]
    )
    done.one_error_line(f"cannot reach the Ray cluster at {address}")
    assert not out.exists()


@pytest.mark.slow
@pytest.mark.skipif(
    not _HAS_RAY and not os.environ.get("CI"),
    reason="Ray is not installed (pip install -e '.[ray]'); CI installs it and runs this",
)
def test_ray_results_equal_local_ones_id_by_id(
    corpus: Path, local_results: Path, tmp_path: Path
) -> None:
    import ray

    ray.init(
        num_cpus=2,
        include_dashboard=False,
        log_to_driver=False,
        # The actors import the vardiff under test, even from a source tree.
        runtime_env={"env_vars": {"PYTHONPATH": str(ROOT)}},
    )
    try:
        out = tmp_path / "ray.jsonl"
        # No cache: each actor loads the model.
        results = list(
            vardiff.batch(corpus, out, engine="ray", workers=2, min_severity="low", cache=False)
        )
        assert len(results) == 5
        assert ray.is_initialized()  # a cluster the caller started is left to the caller
    finally:
        ray.shutdown()
    assert lines_by_id(out) == lines_by_id(local_results)
