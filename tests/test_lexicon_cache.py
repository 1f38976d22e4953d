"""The lexicon's compiled file: the same answers as the shipped JSON, and a missing, damaged or
unwritable file costs time, never a wrong answer or a traceback."""

from __future__ import annotations

import gzip
import json
import random
import re
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

import vardiff
from vardiff.judge import _lexicon
from vardiff.judge._lexicon import Lexicon, compile_tables, lexicon, read_compiled, write_compiled

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def source() -> bytes:
    data = resources.files("vardiff.judge").joinpath("data").joinpath("lexicon.json.gz")
    return data.read_bytes()


@pytest.fixture(scope="module")
def data(source: bytes) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(gzip.decompress(source))
    return loaded


@pytest.fixture(scope="module")
def tables(data: dict[str, Any]) -> dict[str, Any]:
    return compile_tables(data)


@pytest.fixture(scope="module")
def compiled(tables: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A good compiled file's bytes."""
    path = tmp_path_factory.mktemp("compiled") / "lexicon.bin"
    write_compiled(path, tables)
    return path.read_bytes()


@pytest.fixture
def fresh_lexicon(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """``lexicon()`` reads and writes its compiled file in an empty folder of its own."""
    monkeypatch.setenv("VARDIFF_CACHE_DIR", str(tmp_path))
    lexicon.cache_clear()
    yield tmp_path
    lexicon.cache_clear()


def _words(data: dict[str, Any], count: int) -> list[str]:
    known = sorted({*data["lemmas"]["n"], *data["lemmas"]["v"], *data["adjectives"]})
    irregular = sorted({form for table in data["exceptions"].values() for form in table})
    sample = random.Random(9).sample(known, count) + random.Random(9).sample(irregular, 100)
    inflected = [w + ending for w in sample[:100] for ending in ("s", "ed", "ing", "er")]
    return sample + inflected + ["bride's", "Women", "rose", "fell", "", "naïve", "\ud800"]


def _answers(lex: Lexicon, words: list[str], data: dict[str, Any]) -> list[object]:
    """Every public question, on the words and on pairs of them."""
    out: list[object] = []
    for word in words:
        out += [lex.lemmas(word), lex.lemmas(word, "n"), lex.lemmas(word, "v")]
        out += [lex.lemmas(word, "a"), lex.gender(word), lex.domain(word), lex.is_kin(word)]
        out += [lex.is_degree_adjective(word), lex.needs_object(word), lex.takes_infinitive(word)]
    for word in words[:100]:
        out.append(lex.breadth(word))
    for a, b in zip(words[:300], words[300:600], strict=True):
        out += [lex.opposition(a, b), lex.modifier_synonyms(a, b)]
        out += [lex.kinship(a, b), lex.kinship(a, b, loose=True), lex.kinship(a, b, pos="v")]
    pairs = data["antonyms"][:100] + data["indirect_antonyms"][:100] + data["converses"]
    out += [lex.opposition(a, b) for a, b in pairs]
    out += [lex.kinship(a, b) for a, b in data["extra_parents"]]
    out.append(lex.version)
    return out


def test_the_compiled_file_answers_as_the_json_does(
    tmp_path: Path, data: dict[str, Any], tables: dict[str, Any], compiled: bytes
) -> None:
    path = tmp_path / "lexicon.bin"
    path.write_bytes(compiled)
    from_file = read_compiled(path)
    assert from_file is not None
    words = _words(data, 400)
    assert _answers(Lexicon(from_file), words, data) == _answers(Lexicon(tables), words, data)


def test_a_warm_lexicon_reads_the_compiled_file_not_the_json(
    fresh_lexicon: Path, source: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert lexicon().opposition("rose", "fell") == "antonym"  # compiles and writes the file
    assert _lexicon.compiled_path(source).parent == fresh_lexicon
    assert _lexicon.compiled_path(source).is_file()

    def no_json(data: dict[str, Any]) -> dict[str, Any]:
        raise AssertionError("the JSON was read again")

    monkeypatch.setattr(_lexicon, "compile_tables", no_json)
    lexicon.cache_clear()
    assert lexicon().opposition("rose", "fell") == "antonym"
    assert "rise" in lexicon().lemmas("rose", "v")


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],  # a write cut short
        lambda raw: raw[:-1] + bytes([raw[-1] ^ 1]),  # one bit flipped in the payload
        lambda raw: b"vdlex00\n" + raw[8:],  # an older layout
    ],
    ids=["truncated", "bit-flip", "old-layout"],
)
def test_a_damaged_compiled_file_is_compiled_again(
    fresh_lexicon: Path, source: bytes, compiled: bytes, damage: Any
) -> None:
    path = _lexicon.compiled_path(source)
    path.write_bytes(damage(compiled))
    assert read_compiled(path) is None
    lexicon.cache_clear()
    assert lexicon().opposition("rose", "fell") == "antonym"
    assert "woman" in lexicon().lemmas("women", "n")
    assert read_compiled(path) is not None  # written again, whole


def test_a_cache_folder_that_cannot_be_written_still_gives_a_lexicon(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("VARDIFF_CACHE_DIR", str(blocker / "cache"))
    lexicon.cache_clear()
    try:
        assert lexicon().opposition("rose", "fell") == "antonym"
        assert list(tmp_path.iterdir()) == [blocker]  # nothing left behind
    finally:
        lexicon.cache_clear()


def test_the_reported_version_is_the_packages() -> None:
    """Reports carry ``vardiff.__version__`` (importlib.metadata is too slow for a warm run):
    it must be the version pyproject.toml installs."""
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    declared = re.search(r'^version = "([^"]+)"$', pyproject, re.MULTILINE)
    assert declared is not None
    assert vardiff.__version__ == declared.group(1)
