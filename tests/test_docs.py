"""The README and docs/ hold together: relative links resolve, and the commands shown run.

Model-free and fast: links are read from the markdown, and each `vardiff ...` command line of
the README's ```bash blocks is parsed by the command line itself (no comparison is run).
"""

from __future__ import annotations

import re
import shlex
from functools import cache
from pathlib import Path

import click
import pytest
from typer.main import get_command
from typer.testing import CliRunner

from vardiff import cli

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
DOCS = sorted((ROOT / "docs").glob("*.md"))
PAGES = [README, *DOCS, ROOT / "benchmarks" / "README.md"]

FENCE = re.compile(r"^```.*?^```[ \t]*$", re.M | re.S)
INLINE_CODE = re.compile(r"`[^`\n]*`")
LINK = re.compile(r"\]\(([^()\s]+)\)")
HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$", re.M)


def _prose(text: str) -> str:
    """The markdown without its fenced blocks (their lines keep their places)."""
    return FENCE.sub(lambda m: "\n" * m.group(0).count("\n"), text)


def _links(path: Path) -> list[str]:
    return LINK.findall(INLINE_CODE.sub("", _prose(path.read_text(encoding="utf-8"))))


def _slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation but hyphens dropped, spaces to
    hyphens (markdown marks first: code, emphasis and link targets)."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading)
    text = text.replace("`", "").replace("*", "")
    text = re.sub(r"[^\w\- ]", "", text.lower())
    return text.replace(" ", "-")


@cache
def _anchors(path: Path) -> frozenset[str]:
    seen: dict[str, int] = {}
    anchors = set()
    for match in HEADING.finditer(_prose(path.read_text(encoding="utf-8"))):
        slug = _slug(match.group(2))
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        anchors.add(slug if count == 0 else f"{slug}-{count}")
    return frozenset(anchors)


def test_the_slug_is_githubs() -> None:
    assert _slug("JSON contract (`--format json`, `Report.to_dict()`)") == (
        "json-contract---format-json-reportto_dict"
    )
    assert _slug("5. Judge") == "5-judge"
    assert _slug("Meaning checks: a contrast set, and DEMETR's removals") == (
        "meaning-checks-a-contrast-set-and-demetrs-removals"
    )


def test_the_docs_exist() -> None:
    names = {path.name for path in DOCS}
    assert {"checks.md", "benchmarks.md", "json.md", "accepts.md"} <= names


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_relative_links_resolve(page: Path) -> None:
    broken = []
    for target in _links(page):
        if re.match(r"[a-z][a-z0-9+.-]*:", target):  # https:, mailto:
            continue
        file, _, fragment = target.partition("#")
        path = (page.parent / file).resolve() if file else page
        if not path.exists():
            broken.append(f"{target}: no such file")
        elif fragment and path.suffix == ".md" and fragment not in _anchors(path):
            broken.append(f"{target}: no heading #{fragment} in {path.name}")
    assert not broken, f"{page.name}: {broken}"


def test_the_readme_links_every_doc() -> None:
    linked = {(README.parent / t.partition("#")[0]).resolve() for t in _links(README)}
    assert {path.resolve() for path in DOCS} <= linked


def _bash_commands(path: Path) -> list[list[str]]:
    """Each `vardiff ...` command of the page's ```bash blocks, as argv (comments dropped,
    commands joined by && or ; split apart)."""
    commands = []
    text = path.read_text(encoding="utf-8")
    for block in re.findall(r"^```bash\n(.*?)^```", text, re.M | re.S):
        for line in block.splitlines():
            words = shlex.split(line, comments=True)
            command: list[str] = []
            for word in [*words, "&&"]:
                if word in ("&&", "||", ";", "|"):
                    if command[:1] == ["vardiff"]:
                        commands.append(command[1:])
                    command = []
                else:
                    command.append(word)
    return commands


COMMANDS = _bash_commands(README)


@cache
def _help_options(name: str) -> frozenset[str]:
    result = CliRunner().invoke(
        cli.app, [name, "--help"], env={"COLUMNS": "250", "NO_COLOR": "1", "TERM": "dumb"}
    )
    assert result.exit_code == 0, result.output
    return frozenset(re.findall(r"(?<![\w-])--?[a-z][a-z0-9-]*", result.output))


def test_the_readme_shows_both_subcommands() -> None:
    assert {argv[0] for argv in COMMANDS} == {"diff", "batch"}


@pytest.mark.parametrize("argv", COMMANDS, ids=" ".join)
def test_readme_commands_parse(argv: list[str]) -> None:
    group = get_command(cli.app)
    name, args = argv[0], argv[1:]
    assert name in group.commands, f"no subcommand {name!r}"  # type: ignore[attr-defined]
    options = [a.split("=", 1)[0] for a in args if a.startswith("-") and a != "-"]
    unknown = [option for option in options if option not in _help_options(name)]
    assert not unknown, f"vardiff {name} --help names no {unknown}"
    command = group.commands[name]  # type: ignore[attr-defined]
    try:
        command.make_context(name, list(args))
    except click.ClickException as error:  # pragma: no cover - the message is the point
        pytest.fail(f"vardiff {' '.join(argv)}: {error.format_message()}")


def test_ci_runs_the_readmes_test_command() -> None:
    first_block = re.search(r"^```bash\n(.*?)^```", README.read_text(encoding="utf-8"), re.M | re.S)
    assert first_block is not None
    setup = first_block.group(1).splitlines()
    assert len(setup) == 2 and "pytest" in setup[1]
    assert setup[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
