"""One options object: the CLI, Comparer, compare() and Settings share its defaults, and the
signature covers every field. ``--min-severity`` only chooses what is shown; ``--fail-on``
alone decides the status."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
import typer
from test_cli import run_main
from test_invariants import FakeEmbedder

import vardiff
import vardiff._compare
from vardiff import DEFAULTS, Comparer, Options, Settings, Severity
from vardiff.cli import app

# One medium finding (an altered quote), nothing higher.
QUOTE_A = (
    "The minister spoke on Monday. “We will defend every village,” she told reporters. "
    "The talks end today."
)
QUOTE_B = QUOTE_A.replace("every", "each")


def test_the_cli_takes_its_defaults_from_the_options_object() -> None:
    command = typer.main.get_command(app).commands["diff"]  # type: ignore[attr-defined]
    defaults = {param.name: param.default for param in command.params}
    for name in ("max_group", "min_severity", "fail_on", "max_sentence_chars", "max_sentences"):
        value = defaults[name]
        assert value == getattr(DEFAULTS, name), name
    assert defaults["model"] is None and DEFAULTS.model is None


def test_library_and_settings_share_the_defaults() -> None:
    comparer = Comparer(embedder=FakeEmbedder())
    assert comparer.options == DEFAULTS
    settings = comparer.settings
    for name in ("max_group", "min_severity", "fail_on", "max_sentence_chars", "max_sentences"):
        assert getattr(settings, name) == getattr(DEFAULTS, name) == getattr(Settings(), name)
    # The CLI used to show from low while the library kept info: one default now.
    assert DEFAULTS.min_severity is Severity.LOW


def test_options_and_keywords_combine_and_validate() -> None:
    chosen = Options(max_group=2, fail_on="high")
    comparer = Comparer(chosen, embedder=FakeEmbedder(), min_severity="info")
    assert comparer.options == Options(max_group=2, fail_on=Severity.HIGH, min_severity="info")
    assert comparer.settings.max_group == 2 and comparer.settings.fail_on is Severity.HIGH
    for bad in ({"max_group": 0}, {"max_sentence_chars": 5}, {"max_sentences": 0}):
        with pytest.raises(ValueError):
            Options(**bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown severity"):
        Options(fail_on="severe")
    with pytest.raises(dataclasses.FrozenInstanceError):
        chosen.max_group = 3  # type: ignore[misc]


def test_signature_changes_with_every_field() -> None:
    base = Settings(version="0.1.0", thresholds=(("align.z", 3.0),))
    changed = {
        "model": "other-model",
        "max_group": 2,
        "min_severity": Severity.HIGH,
        "fail_on": Severity.LOW,
        "glossary": "abcd1234",
        "max_sentence_chars": 500,
        "max_sentences": 10,
        "max_model_tokens": 128,
        "version": "0.2.0",
        "thresholds": (("align.z", 3.5),),
        "calibration": "2026-12-01",
    }
    # A field added to Settings later must be listed here, and is then covered.
    assert set(changed) == {f.name for f in dataclasses.fields(Settings)}
    seen = {base.signature}
    for name, value in changed.items():
        signature = dataclasses.replace(base, **{name: value}).signature
        assert signature not in seen, name
        seen.add(signature)


def test_settings_derive_from_options() -> None:
    options = Options(max_group=2, min_severity="info", fail_on="high", max_sentences=99)
    settings = Settings.of(
        options, model="m", glossary=None, max_model_tokens=None, version="1", thresholds=()
    )
    assert (settings.max_group, settings.min_severity, settings.fail_on) == (
        2,
        Severity.INFO,
        Severity.HIGH,
    )
    assert settings.max_sentences == 99
    assert settings.to_dict()["max_sentences"] == 99


# -- --min-severity shows, --fail-on decides (issue 10, bug 1) ---------------------------------


# These tests are about what the options do, not about scoring: the checks' own estimates
# ("priors") pin the quote change at medium.
PINNED = ("--calibration", "priors")


def test_min_severity_does_not_change_the_library_status() -> None:
    pinned = Options(calibration="priors", min_severity="high")
    hidden = Comparer(pinned, embedder=FakeEmbedder()).compare(QUOTE_A, QUOTE_B)
    assert hidden.failed  # the medium quote change still fails at the default fail_on
    assert [f.severity for f in hidden.findings()] == [Severity.MEDIUM]
    assert hidden.hidden == 1
    assert all(not hidden.shown(p) for p in hidden.pairs)
    # The JSON keeps every finding.
    assert sum(len(p["findings"]) for p in hidden.to_dict()["pairs"]) == 1
    shown = Comparer(
        Options(calibration="priors", min_severity="info", fail_on="high"), embedder=FakeEmbedder()
    )
    report = shown.compare(QUOTE_A, QUOTE_B)
    assert not report.failed and report.hidden == 0


@pytest.fixture
def quote_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    fake = FakeEmbedder()
    monkeypatch.setattr(vardiff._compare, "SentenceEmbedder", lambda *a, **k: fake)
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(QUOTE_A, encoding="utf-8")
    b.write_text(QUOTE_B, encoding="utf-8")
    return str(a), str(b)


def test_min_severity_above_the_finding_keeps_exit_1(
    capsys: pytest.CaptureFixture[str], quote_files: tuple[str, str]
) -> None:
    a, b = quote_files
    assert run_main(capsys, "diff", a, b, "--color", "never", *PINNED).code == 1
    hidden = run_main(capsys, "diff", a, b, "--color", "never", "--min-severity", "high", *PINNED)
    assert hidden.code == 1, hidden.out
    assert "[MEDIUM]" not in hidden.out
    assert "fails: 1 finding at or above medium" in hidden.out
    assert "1 hidden below high" in hidden.out
    as_json = run_main(capsys, "diff", a, b, "--format", "json", "--min-severity", "high", *PINNED)
    assert as_json.code == 1
    doc = json.loads(as_json.out)
    assert [f["severity"] for p in doc["pairs"] for f in p["findings"]] == ["medium"]


def test_fail_on_above_the_finding_exits_0_and_still_shows_it(
    capsys: pytest.CaptureFixture[str], quote_files: tuple[str, str]
) -> None:
    a, b = quote_files
    done = run_main(
        capsys,
        "diff",
        a,
        b,
        "--color",
        "never",
        "--fail-on",
        "high",
        "--min-severity",
        "info",
        *PINNED,
    )
    assert done.code == 0, done.out
    assert "[MEDIUM]" in done.out and "quote" in done.out
    assert "passes: no finding at or above high" in done.out


def test_compare_accepts_an_options_object() -> None:
    report = vardiff.compare("Same text here.", "Same text here.", options=Options(max_group=2))
    assert report.settings.max_group == 2
