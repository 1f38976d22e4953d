"""A ``--model`` folder that does not exist is the same one-line error as before, without the
seconds of importing sentence-transformers first (about 10 s of CPU on a 2-core machine): no
name in the Hugging Face cache starts at the file system's root. A bare name still goes to
sentence-transformers, which looks in that cache. Both without the model: an import of
sentence-transformers here raises ImportError, so its cause tells which road was taken."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import vardiff

REASON = (
    "not a model folder, nor a model in the local Hugging Face cache"
    " (vardiff never downloads models)"
)


def _failure(model: str, monkeypatch: pytest.MonkeyPatch) -> vardiff.ModelError:
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)  # importing it raises
    embedder = vardiff.SentenceEmbedder(model, cache=None)
    with pytest.raises(vardiff.ModelError) as caught:
        embedder.embed(["The council approved the plan."])
    return caught.value


def test_a_folder_that_does_not_exist_fails_before_sentence_transformers_is_imported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = str(tmp_path / "no-such-model")
    error = _failure(path, monkeypatch)
    assert str(error) == f"cannot load model {path!r}: {REASON}"
    assert isinstance(error.__cause__, FileNotFoundError)


def test_a_name_is_still_looked_up_by_sentence_transformers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    error = _failure("no-such-model-anywhere", monkeypatch)
    assert str(error) == f"cannot load model 'no-such-model-anywhere': {REASON}"
    assert isinstance(error.__cause__, ImportError)  # it went to sentence-transformers


def test_a_folder_that_exists_but_is_no_model_still_goes_to_sentence_transformers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "notes.txt").write_text("not a model", encoding="utf-8")
    error = _failure(str(tmp_path), monkeypatch)
    assert isinstance(error.__cause__, ImportError)
