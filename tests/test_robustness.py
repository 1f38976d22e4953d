"""Odd input and interruptions, through the library: what the CLI tests build on.

Segmentation of text that is not prose (one enormous line, lists, tables, Markdown), the paths
that must not need the model (identical or empty inputs, over-limit inputs), and the guarantee
that Ctrl-C leaves neither a half-written output file nor a partial batch in the cache.
"""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from test_invariants import FakeEmbedder, NoEmbedder, check_report

import vardiff
from vardiff import Comparer, EmbeddingCache, LimitError, SentenceEmbedder, segment
from vardiff._source import write_atomic

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# -- text that is not prose ----------------------------------------------------------------------

_VOCABULARY = (
    "shipment artillery shells rockets officials estimate containers border rail port "
    "minister defense supply production factory capacity million rounds monthly reported"
).split()


def _unpunctuated_line(chars: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    words = [f"{rng.choice(_VOCABULARY)}{rng.randrange(100)}" for _ in range(chars // 4)]
    return " ".join(words)[:chars].strip()


MARKDOWN = """# North Korea's arms exports

## What we know

- Shipments began in 2022.
- About 6,700 containers crossed by March.
* Each could hold 300 to 400 shells
1. First estimate: 1 million rounds
2. Second estimate: 3 million rounds

| Month | Containers | Shells (est.) |
|-------|-----------:|--------------:|
| Aug.  | 1,000      | 300,000       |
| Mar.  | 6,700      | 3,000,000     |

> “Will it make a big difference? I'm skeptical,” he said.

```
for x in range(10): print(x)
```

    indented code. with dots. and more
"""

NUMBERS = "\n".join(
    " ".join(f"{(row * 37 + col * 11) % 997 / 7:.2f}" for col in range(12)) for row in range(60)
)


@pytest.mark.parametrize(
    "text",
    [
        _unpunctuated_line(50_000),
        "x" * 50_000,
        "1,2,3,4,5;" * 5_000,
        MARKDOWN,
        NUMBERS,
        "- " + "\n- ".join(f"item {i} of a long list" for i in range(500)),
        "\n".join(["", "   ", "\t", "#", "##", "---", "|", "| |", "*", "1."] * 20),
    ],
    ids=["long-line", "no-spaces", "commas", "markdown", "numbers", "bullets", "marks-only"],
)
@pytest.mark.parametrize("max_chars", [1000, 120, 20])
def test_segmentation_caps_units_and_offsets_slice_the_text(text: str, max_chars: int) -> None:
    sentences = segment(text, max_chars=max_chars)
    assert sentences or not text.strip()
    for sentence in sentences:
        assert 0 < len(sentence.text) <= max_chars
        assert text[sentence.start : sentence.end] == sentence.text
    # In order, and no text but whitespace between two sentences is left out.
    covered = 0
    for sentence in sentences:
        assert sentence.start >= covered
        assert not text[covered : sentence.start].strip()
        covered = sentence.end
    assert not text[covered:].strip()


def test_an_edit_in_a_long_line_moves_only_the_pieces_near_it() -> None:
    """Cuts depend on the text around them, not on where the last cut was: after an inserted
    word the pieces resynchronise, so the rest of the line still pairs one to one."""
    a = _unpunctuated_line(50_000)
    at = a.index(" ", 3_000)
    b = a[:at] + " reportedly" + a[at:]
    pieces_a = [s.text for s in segment(a)]
    pieces_b = [s.text for s in segment(b)]
    assert len(pieces_a) >= 50
    shared = set(pieces_a) & set(pieces_b)
    assert len(shared) >= len(pieces_a) - 2
    # The shared pieces after the edit are the same pieces, in the same order.
    assert [p for p in pieces_a if p in shared] == [p for p in pieces_b if p in shared]


def test_identical_pieces_of_a_repetitive_line_pair_with_each_other() -> None:
    rng = random.Random(1)
    words = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu".split()
    a = " ".join(rng.choice(words) for _ in range(8000))[:50_000]
    b = a[:20_000] + " omega " + a[20_000:]
    report = Comparer(embedder=FakeEmbedder()).compare(a, b)
    pieces = zip(report.a.sentences, report.b.sentences, strict=True)
    same = sum(x.text == y.text for x, y in pieces)
    assert same == len(report.a.sentences) - 1  # the segmentation keeps all but one piece
    assert report.summary.omitted == report.summary.added == 0


def test_the_cuts_are_the_same_in_every_process() -> None:
    # crc32, not hash(): str hashes are salted per process, and the cuts (hence the whole
    # report) would then change from run to run.
    code = (
        "import sys; from vardiff import segment\n"
        "text = sys.stdin.read()\n"
        "print([(s.start, s.end) for s in segment(text, max_chars=300)])"
    )
    text = _unpunctuated_line(5_000, seed=3)
    expected = str([(s.start, s.end) for s in segment(text, max_chars=300)])
    for seed in ("1", "2"):
        done = subprocess.run(
            [sys.executable, "-c", code],
            input=text,
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            check=True,
            timeout=60,
        )
        assert done.stdout.strip() == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (_unpunctuated_line(50_000), _unpunctuated_line(50_000).replace("port", "harbour", 3)),
        (MARKDOWN, MARKDOWN.replace("6,700", "7,600").replace("skeptical", "hopeful")),
        (NUMBERS, NUMBERS.replace("1", "7", 40)),
        ("x" * 50_000, "x" * 49_000 + "y" * 1_000),
    ],
    ids=["long-line", "markdown", "numbers", "no-spaces"],
)
def test_odd_inputs_through_the_whole_pipeline(a: str, b: str) -> None:
    report = Comparer(embedder=FakeEmbedder()).compare(a, b)
    check_report(report, a, b)
    assert report.settings.max_sentence_chars == 1000
    assert report.settings.max_model_tokens == FakeEmbedder.max_tokens


def test_the_models_token_limit_is_recorded_without_loading_it() -> None:
    comparer = Comparer(cache=False)
    assert isinstance(comparer.embedder, SentenceEmbedder)
    assert comparer.embedder._model is None
    assert comparer.settings.max_model_tokens == 256
    assert "maxtokens:256" in comparer.settings.signature
    assert comparer.settings.to_dict()["max_model_tokens"] == 256


# -- paths that need no model ----------------------------------------------------------------


def _seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def test_identical_documents_are_never_embedded() -> None:
    text = _seed("000")
    report = Comparer(embedder=NoEmbedder()).compare(text, text)
    check_report(report, text, text)
    assert report.pairs and all(p.status == "equal" for p in report.pairs)
    # Different line breaks and spacing, same sentences: still no model.
    reflowed = "\n\n".join(s.text for s in report.a.sentences) + "\n"
    again = Comparer(embedder=NoEmbedder()).compare(text, reflowed)
    assert [p.status for p in again.pairs] == ["equal"] * len(report.pairs)


@pytest.mark.parametrize("blank", ["", "   \n\t\n  ", "\n" * 50])
def test_an_empty_side_omits_or_adds_every_sentence(blank: str) -> None:
    text = _seed("001")
    comparer = Comparer(embedder=NoEmbedder())
    omitted = comparer.compare(text, blank)
    check_report(omitted, text, blank)
    assert [p.a for p in omitted.pairs] == [(i,) for i in range(len(omitted.a.sentences))]
    assert {p.status for p in omitted.pairs} == {"omitted"}
    added = comparer.compare(blank, text)
    assert {p.status for p in added.pairs} == {"added"}
    assert added.summary.added == len(added.b.sentences)
    assert added.summary.coverage_b == 0.0 and added.summary.coverage_a == 1.0
    both = comparer.compare(blank, blank)
    check_report(both, blank, blank)
    assert both.pairs == () and not both.failed


def test_sentence_limit_is_checked_before_anything_is_embedded() -> None:
    text = _seed("000")
    comparer = Comparer(embedder=NoEmbedder(), max_sentences=5)
    with pytest.raises(
        LimitError, match=r"more than the limit of 5 sentences \(raise it with --max-sentences\)"
    ):
        comparer.compare(text, _seed("001"), name_a="a.txt")


# -- interruptions: no partial output file ------------------------------------------------------


class _HalfWriter:
    """A file object that writes half of what it is given and then gets Ctrl-C."""

    def __init__(self, real: Any) -> None:
        self.real = real

    def __enter__(self) -> _HalfWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.real.close()

    def write(self, data: bytes) -> int:
        self.real.write(data[: len(data) // 2])
        self.real.flush()
        raise KeyboardInterrupt

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


def test_write_atomic_interrupted_mid_write_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.json"
    target.write_bytes(b'{"old": true}\n')
    real_fdopen = os.fdopen
    monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: _HalfWriter(real_fdopen(fd, *a, **k)))
    with pytest.raises(KeyboardInterrupt):
        write_atomic(str(target), '{"new": "' + "x" * 100_000 + '"}\n')
    assert target.read_bytes() == b'{"old": true}\n'
    assert os.listdir(tmp_path) == ["report.json"]  # no temporary file left behind


def test_write_atomic_interrupted_before_the_rename_creates_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(str(tmp_path / "new.json"), "{}\n")
    assert os.listdir(tmp_path) == []


# -- interruptions: no partial cache batch -------------------------------------------------------


def _rows(path: Path) -> list[tuple[str, int]]:
    with sqlite3.connect(path / "embeddings.sqlite3") as db:
        return [(m, len(v)) for m, v in db.execute("SELECT model, vector FROM vectors")]


def test_cache_batch_interrupted_halfway_stores_none_of_it(tmp_path: Path) -> None:
    cache = EmbeddingCache(tmp_path)
    cache.put_many("m", [("earlier", np.ones(8, dtype=np.float32))])

    def items() -> Iterator[tuple[str, np.ndarray[Any, Any]]]:
        for k in range(100):
            if k == 50:
                raise KeyboardInterrupt  # Ctrl-C while the batch is being written
            yield f"text {k}", np.full(8, k, dtype=np.float32)

    with pytest.raises(KeyboardInterrupt):
        cache.put_many("m", items())
    cache.close()
    assert _rows(tmp_path) == [("m", 32)]  # only the earlier, complete batch
    reopened = EmbeddingCache(tmp_path)
    assert reopened.get_many("m", [f"text {k}" for k in range(100)]) == {}
    # The cache still works after the interruption.
    reopened.put_many("m", [("text 1", np.ones(8, dtype=np.float32))])
    assert set(reopened.get_many("m", ["text 1", "earlier"])) == {"text 1", "earlier"}


class _FakeModel:
    """Stands in for a SentenceTransformer; raises KeyboardInterrupt on a chosen call."""

    def __init__(self, interrupt_on_call: int | None = None, dim: int = 8) -> None:
        self.calls = 0
        self.interrupt_on_call = interrupt_on_call
        self.dim = dim

    def encode(self, texts: list[str], **_: object) -> np.ndarray[Any, Any]:
        self.calls += 1
        if self.calls == self.interrupt_on_call:
            raise KeyboardInterrupt
        out = np.ones((len(texts), self.dim), dtype=np.float32)
        return out / np.linalg.norm(out, axis=1, keepdims=True)


def test_interrupted_embedding_keeps_only_complete_chunks(tmp_path: Path) -> None:
    embedder = SentenceEmbedder("fake-model", cache=EmbeddingCache(tmp_path))
    embedder._model = _FakeModel(interrupt_on_call=2)
    texts = [f"sentence number {k}" for k in range(600)]  # three chunks of at most 256
    with pytest.raises(KeyboardInterrupt):
        embedder.embed(texts)
    assert embedder.cache is not None
    embedder.cache.close()
    rows = _rows(tmp_path)
    assert len(rows) == 256 and all(size == 8 * 4 for _, size in rows)
    # A second run embeds only what is missing and then has everything.
    embedder._model = _FakeModel()
    vectors = embedder.embed(texts)
    assert vectors.shape == (600, 8)
    assert embedder._model.calls == 2  # 344 missing texts: two chunks


def test_damaged_cache_rows_are_embedded_again(tmp_path: Path) -> None:
    embedder = SentenceEmbedder("fake-model", cache=EmbeddingCache(tmp_path))
    embedder._model = _FakeModel(dim=8)
    embedder.embed(["one", "two", "three"])
    assert embedder.cache is not None
    embedder.cache.close()
    with sqlite3.connect(tmp_path / "embeddings.sqlite3") as db:
        db.execute("UPDATE vectors SET vector = ? WHERE rowid = 1", (b"\x00\x01\x02",))
        db.execute("UPDATE vectors SET vector = ? WHERE rowid = 2", (np.ones(3, "f4").tobytes(),))
    vectors = embedder.embed(["one", "two", "three", "four"])
    assert vectors.shape == (4, 8)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0)


def test_a_cache_file_that_is_not_a_database_degrades_to_no_cache(tmp_path: Path) -> None:
    (tmp_path / "embeddings.sqlite3").write_bytes(b"this is not SQLite" * 100)
    cache = EmbeddingCache(tmp_path)
    cache.put_many("m", [("x", np.ones(2, dtype=np.float32))])
    assert cache.get_many("m", ["x"]) == {}
    embedder = SentenceEmbedder("fake-model", cache=cache)
    embedder._model = _FakeModel()
    assert embedder.embed(["a", "b"]).shape == (2, 8)


def test_library_compare_rejects_nothing_odd() -> None:
    """vardiff.compare on text with every kind of line break and no sentence punctuation."""
    a = "one\rtwo\r\nthree\nfour\u2028five\u2029six\x0cseven\x0beight\x85nine"
    b = a.replace("five", "5")
    report = Comparer(embedder=FakeEmbedder()).compare(a, b)
    check_report(report, a, b)
    assert len(report.a.sentences) == 9
    assert vardiff.SCHEMA == "vardiff/1"
