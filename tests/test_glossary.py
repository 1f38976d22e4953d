"""User glossaries: equivalences quiet a swap, forbidden renderings are flagged, and a malformed
file is refused with the line at fault. Comparisons run the real model."""

from __future__ import annotations

from pathlib import Path

import pytest

import vardiff
from vardiff import Finding, Glossary, GlossaryError, Severity

GLOSSARY = """\
# house terms for the Korea desk
DPRK = North Korea              # the same country
shells != bullets               # artillery shells are not small-arms ammunition
Kyiv = Kiev
"""


@pytest.fixture(scope="module")
def glossary(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("glossary") / "terms.txt"
    path.write_text(GLOSSARY, encoding="utf-8")
    return path


def findings(a: str, b: str, glossary: Path | None) -> list[Finding]:
    report = vardiff.compare(a, b, glossary=glossary)
    assert not [p for p in report.pairs if p.status in ("omitted", "added")]
    return [f for pair in report.pairs for f in pair.findings]


def test_parse_rules_and_comments() -> None:
    parsed = Glossary.parse(GLOSSARY)
    assert parsed.equivalences == (("DPRK", "North Korea"), ("Kyiv", "Kiev"))
    assert parsed.forbidden == (("shells", "bullets"),)
    assert Glossary.parse("shells ≠ bullets").forbidden == (("shells", "bullets"),)
    assert Glossary.parse("U.N. = United Nations = UN").equivalences == (
        ("U.N.", "United Nations", "UN"),
    )


def test_digest_ignores_order_case_and_comments() -> None:
    one = Glossary.parse("DPRK = North Korea\nshells != bullets\n")
    two = Glossary.parse("# terms\nshells != BULLETS\nnorth korea = dprk  # same\n")
    assert one.digest == two.digest
    assert one.digest != Glossary.parse("DPRK = North Korea\n").digest


def test_equivalent_swap_is_info(glossary: Path) -> None:
    found = findings(
        "The DPRK sent artillery shells to Russia.",
        "North Korea sent artillery shells to Russia.",
        glossary,
    )
    assert found, "the swap should still be visible at info level"
    assert all(f.severity is Severity.INFO for f in found), [
        (f.category, f.severity.value, f.a, f.b) for f in found
    ]


def test_equivalent_swap_from_the_glossary_only_is_info(glossary: Path) -> None:
    # Not in the built-in alias table: only the glossary says the two are one city.
    found = findings(
        "The missiles hit Kyiv in February.", "The missiles hit Kiev in February.", glossary
    )
    assert all(f.severity is Severity.INFO for f in found), [
        (f.category, f.severity.value, f.a, f.b) for f in found
    ]


def test_forbidden_rendering_is_high(glossary: Path) -> None:
    found = findings(
        "The army fired artillery shells at the village.",
        "The army fired bullets at the village.",
        glossary,
    )
    banned = [f for f in found if "glossary" in f.message]
    assert [(f.a, f.b, f.severity) for f in banned] == [("shells", "bullets", Severity.HIGH)]


def test_forbidden_rendering_not_flagged_when_the_term_was_kept(glossary: Path) -> None:
    found = findings(
        "The army fired artillery shells at the village.",
        "The army fired artillery shells at the small village.",
        glossary,
    )
    assert not [f for f in found if "glossary" in f.message]


def test_without_a_glossary_no_rule_applies() -> None:
    found = findings(
        "The army fired artillery shells at the village.",
        "The army fired bullets at the village.",
        None,
    )
    assert not [f for f in found if "glossary" in f.message]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("DPRK = North Korea\nshells bullets\n", 2),
        ("# comment\n\nshells != \n", 3),
        ("= North Korea\n", 1),
        ("DPRK = North Korea\nKyiv == Kiev\n", 2),
        ("a != b != c\n", 1),
        ("a != b = c\n", 1),
    ],
)
def test_malformed_glossary_names_the_line(tmp_path: Path, text: str, line: int) -> None:
    path = tmp_path / "bad.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GlossaryError, match=rf"bad\.txt:{line}\b"):
        vardiff.compare("The DPRK sent shells.", "North Korea sent shells.", glossary=path)


def test_glossary_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Kyiv = Kiëv\n".encode("latin-1"))
    with pytest.raises(GlossaryError, match="UTF-8"):
        Glossary.load(path)


def test_missing_glossary_is_a_source_error(tmp_path: Path) -> None:
    with pytest.raises(vardiff.SourceError, match="no such glossary"):
        Glossary.load(tmp_path / "absent.txt")
