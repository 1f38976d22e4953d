"""`vardiff diff`'s report cache: a repeated run reads the finished report; anything that can
change the report (the texts, their names, an option, the calibration, the glossary, the package's
own files) misses; a damaged entry is ignored and rewritten; ``--no-cache`` bypasses it.

The real model on short real texts; each test has its own cache folder, so no other test's
reports can make it pass. The folder starts with the embeddings of A and B (a copy): what a
test counts is the comparisons run, and embedding the same sentences again in each test would
only cost time."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import vardiff._compare
from vardiff import Comparer, Options, cli
from vardiff._cache import ReportCache, report_key, tree_digest
from vardiff._report import Report

A_TEXT = (
    "The council approved the budget on Monday. It will fund 12 new schools in the north.\n"
    "Work starts in the spring.\n"
)
B_TEXT = (
    "The council rejected the budget on Monday. It will fund 15 new schools in the north.\n"
    "Work starts in the spring.\n"
)
CALIBRATION = Path(vardiff._compare.__file__).parent / "judge" / "calibration.json"


@pytest.fixture(scope="module")
def embeddings(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache folder that holds what comparing A with B embeds, and no report (the API does
    not cache reports)."""
    folder = tmp_path_factory.mktemp("embeddings")
    Comparer(Options(cache=str(folder))).compare(A_TEXT, B_TEXT)
    return folder


@pytest.fixture()
def files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, embeddings: Path
) -> tuple[Path, Path, Path]:
    """Version A, version B and the run's cache folder, with the report cache on."""
    monkeypatch.delenv("VARDIFF_NO_REPORT_CACHE", raising=False)
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(A_TEXT, encoding="utf-8")
    b.write_text(B_TEXT, encoding="utf-8")
    folder = tmp_path / "cache"
    shutil.copytree(embeddings, folder)
    return a, b, folder


@pytest.fixture()
def comparisons(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of A of every comparison that really runs (a hit runs none)."""
    calls: list[str] = []
    real: Callable[..., Report] = vardiff._compare.Comparer.compare

    def counted(self: Any, a: str, b: str, **kwargs: Any) -> Report:
        calls.append(kwargs.get("name_a", ""))
        return real(self, a, b, **kwargs)

    monkeypatch.setattr(vardiff._compare.Comparer, "compare", counted)
    return calls


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    with pytest.raises(SystemExit) as done:
        cli.main(["diff", *args, "-f", "json"])
    code = done.value.code
    return (code if isinstance(code, int) else 0), capsys.readouterr().out


def _entries(folder: Path) -> list[Path]:
    return sorted((folder / "reports").glob("*.pickle"))


def test_a_second_run_reads_the_same_report(
    files: tuple[Path, Path, Path], comparisons: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    a, b, folder = files
    first = _run(capsys, str(a), str(b), "--cache-dir", str(folder))
    assert len(comparisons) == 1 and len(_entries(folder)) == 1
    second = _run(capsys, str(a), str(b), "--cache-dir", str(folder))
    assert len(comparisons) == 1  # read from the cache, not compared again
    assert second == first
    assert first[0] == 1  # the run found something: the exit status is the report's
    assert json.loads(first[1])["pairs"]
    # Only the report is cached: what is made of it still follows this run's options.
    with pytest.raises(SystemExit):
        cli.main(["diff", str(a), str(b), "--cache-dir", str(folder), "-f", "markdown"])
    assert capsys.readouterr().out.startswith("#") and len(comparisons) == 1


def test_what_changes_the_report_misses(
    files: tuple[Path, Path, Path],
    comparisons: list[str],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    a, b, folder = files
    cached = ("--cache-dir", str(folder))
    _run(capsys, str(a), str(b), *cached)
    calibration = tmp_path / "calibration.json"
    data = json.loads(CALIBRATION.read_text(encoding="utf-8"))
    data["version"] = f"{data['version']}-copy"
    calibration.write_text(json.dumps(data), encoding="utf-8")
    glossary = tmp_path / "glossary.txt"
    glossary.write_text("council = assembly\n", encoding="utf-8")
    variants = [
        ("--max-group", "2"),
        ("--min-severity", "high"),
        ("--fail-on", "low"),
        ("--max-sentence-chars", "60"),
        ("--calibration", "priors"),
        ("--calibration", str(calibration)),
        ("--glossary", str(glossary)),
    ]
    for variant in variants:
        _run(capsys, str(a), str(b), *cached, *variant)
    assert len(comparisons) == 1 + len(variants)
    # The files named by an option are keyed by their content, not their name.
    data["version"] = f"{data['version']}-again"
    calibration.write_text(json.dumps(data), encoding="utf-8")
    glossary.write_text("council = parliament\n", encoding="utf-8")
    _run(capsys, str(a), str(b), *cached, "--calibration", str(calibration))
    _run(capsys, str(a), str(b), *cached, "--glossary", str(glossary))
    assert len(comparisons) == 3 + len(variants)
    # A changed text, and the same texts under other names.
    b.write_text(B_TEXT.replace("spring", "summer"), encoding="utf-8")
    _run(capsys, str(a), str(b), *cached)
    renamed = a.with_name("a2.txt")
    shutil.copy(a, renamed)
    _run(capsys, str(renamed), str(b), *cached)
    assert len(comparisons) == 5 + len(variants)
    # Each is a hit the second time.
    b.write_text(B_TEXT, encoding="utf-8")
    for variant in variants[:2]:
        _run(capsys, str(a), str(b), *cached, *variant)
    assert len(comparisons) == 5 + len(variants)
    assert len(_entries(folder)) == 5 + len(variants)


def test_the_key_covers_the_package_and_the_model(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    inputs = {"a": ["a", "0"], "b": ["b", "1"], "model": "m"}
    key = report_key(inputs)
    assert report_key(dict(inputs)) == key
    assert report_key({**inputs, "model": "other"}) != key
    monkeypatch.setattr("vardiff._cache.package_digest", lambda: "another package")
    assert report_key(inputs) != key
    # The package digest follows every byte of every file, byte code aside.
    (tmp_path / "judge").mkdir()
    (tmp_path / "judge" / "rules.py").write_text("LIMIT = 3\n")
    (tmp_path / "data.json").write_text("{}")
    before = tree_digest(tmp_path)
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "__pycache__" / "rules.cpython-311.pyc").write_bytes(b"\0")
    assert tree_digest(tmp_path) == before
    (tmp_path / "judge" / "rules.py").write_text("LIMIT = 4\n")
    assert tree_digest(tmp_path) != before
    with pytest.raises(OSError):  # a package in a zip file has no digest: no report cache
        tree_digest(tmp_path / "data.json")


@pytest.mark.parametrize("damage", ["truncated", "flipped", "foreign", "not a report"])
def test_a_damaged_entry_is_ignored_and_rewritten(
    damage: str,
    files: tuple[Path, Path, Path],
    comparisons: list[str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    a, b, folder = files
    first = _run(capsys, str(a), str(b), "--cache-dir", str(folder))
    (entry,) = _entries(folder)
    data = entry.read_bytes()
    if damage == "truncated":
        entry.write_bytes(data[: len(data) // 2])
    elif damage == "flipped":
        entry.write_bytes(data[:-10] + bytes([data[-10] ^ 1]) + data[-9:])
    elif damage == "foreign":
        entry.write_bytes(b"something else entirely")
    else:  # a sound entry that holds no report
        ReportCache(folder).put(entry.stem, {"not": "a report"})
    again = _run(capsys, str(a), str(b), "--cache-dir", str(folder))
    assert again == first and len(comparisons) == 2
    assert isinstance(ReportCache(folder).get(entry.stem), Report)  # rewritten
    _run(capsys, str(a), str(b), "--cache-dir", str(folder))
    assert len(comparisons) == 2


def test_no_cache_bypasses_it(
    files: tuple[Path, Path, Path],
    comparisons: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a, b, folder = files
    monkeypatch.setenv("VARDIFF_CACHE_DIR", str(folder))
    first = _run(capsys, str(a), str(b), "--no-cache")
    second = _run(capsys, str(a), str(b), "--no-cache")
    assert first == second and len(comparisons) == 2
    assert not (folder / "reports").exists()
    monkeypatch.setenv("VARDIFF_NO_REPORT_CACHE", "1")
    _run(capsys, str(a), str(b), "--cache-dir", str(folder))
    _run(capsys, str(a), str(b), "--cache-dir", str(folder))
    assert len(comparisons) == 4 and not (folder / "reports").exists()


def test_the_least_recently_used_go_past_the_limit(tmp_path: Path) -> None:
    cache = ReportCache(tmp_path, limit=3)
    for key in ("k1", "k2", "k3"):
        cache.put(key, key)
        # mtimes a second apart: a coarse file system clock orders them all the same
        stamp = {"k1": 1_000, "k2": 2_000, "k3": 3_000}[key]
        os.utime(tmp_path / "reports" / f"{key}.pickle", (stamp, stamp))
    assert cache.get("k1") == "k1"  # now the most recently used
    cache.put("k4", "k4")
    assert sorted(p.stem for p in _entries(tmp_path)) == ["k1", "k3", "k4"]


def test_a_folder_that_cannot_be_written_leaves_the_run_uncached(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    cache = ReportCache(blocked)
    cache.put("key", "value")  # no exception: the run goes on without a cache
    assert cache.get("key") is None
    assert list(tmp_path.iterdir()) == [blocked]
