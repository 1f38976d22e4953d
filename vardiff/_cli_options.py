"""The comparison options that ``vardiff diff`` and ``vardiff batch`` share, declared once.

Both commands annotate their parameters with these aliases, so a name, a bound or a help text
cannot change in one command and not the other. The defaults stay in each command's signature,
where typer looks for them, and all come from :data:`~vardiff._options.DEFAULTS`, except
``--cache``, ``--progress`` (on) and the ``None`` of the optional ones.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Annotated, Any

import typer

from ._embed import DEFAULT_MODEL
from ._options import Options
from ._severity import Severity

__all__ = [
    "CacheDirOption",
    "CacheOption",
    "CalibrationOption",
    "EncodingOption",
    "FailOnOption",
    "GlossaryOption",
    "InputFormatChoice",
    "InputFormatOption",
    "MaxGroupOption",
    "MaxSentenceCharsOption",
    "MaxSentencesOption",
    "MinSeverityOption",
    "ModelOption",
    "ProgressOption",
    "comparison_options",
]


class InputFormatChoice(str, enum.Enum):
    auto = "auto"
    text = "text"
    html = "html"


ModelOption = Annotated[
    str | None,
    typer.Option(
        metavar="NAME_OR_PATH",
        help="sentence-transformers model name or path; 'default-int8': the default model"
        " in int8, faster and a little less accurate.",
        show_default=DEFAULT_MODEL,
    ),
]
MaxGroupOption = Annotated[
    int,
    typer.Option(min=1, max=6, metavar="N", help="Most sentences on one side of an aligned group."),
]
FailOnOption = Annotated[
    Severity,
    typer.Option(help="Exit 1 when a finding reaches this severity (whatever is shown)."),
]
MinSeverityOption = Annotated[
    Severity,
    typer.Option(help="Show findings of this severity and above (the status is unchanged)."),
]
GlossaryOption = Annotated[
    str | None,
    typer.Option(metavar="FILE", help="Glossary file: 'A = B' equivalences, 'A != B' bans."),
]
CalibrationOption = Annotated[
    str,
    typer.Option(
        metavar="NAME_OR_FILE",
        help="How findings are scored: 'fitted' (probabilities fitted on the dev sets), "
        "'priors' (each check's own estimate) or a calibration file.",
    ),
]
EncodingOption = Annotated[
    str | None,
    typer.Option(metavar="ENC", help="Encoding of both inputs.", show_default="detected"),
]
InputFormatOption = Annotated[
    InputFormatChoice, typer.Option(help="Input format (auto: detected).")
]
MaxSentenceCharsOption = Annotated[
    int,
    typer.Option(min=20, metavar="N", help="Longest sentence; longer units are split."),
]
CacheOption = Annotated[
    bool,
    typer.Option(
        "--cache/--no-cache",
        metavar="",
        help="Reuse embeddings across runs (diff: finished reports too).",
    ),
]
CacheDirOption = Annotated[
    str | None,
    typer.Option(
        metavar="DIR",
        help="Cache folder (embeddings; diff: reports too).",
        show_default="~/.cache/vardiff",
    ),
]
MaxSentencesOption = Annotated[
    int,
    typer.Option(
        min=1,
        metavar="N",
        help="Refuse inputs with more sentences than this, before any embedding.",
    ),
]
ProgressOption = Annotated[
    bool,
    typer.Option(
        "--progress/--no-progress", metavar="", help="Progress on stderr (a terminal only)."
    ),
]


def comparison_options(params: Mapping[str, Any]) -> Options:
    """The :class:`Options` that the shared flags chose: ``params`` is the command's
    ``ctx.params`` (every parameter by name; the command's own ones are left alone)."""
    cache = params["cache"]
    return Options(
        model=params["model"],
        cache=(params["cache_dir"] or True) if cache else False,
        max_group=params["max_group"],
        min_severity=params["min_severity"],
        fail_on=params["fail_on"],
        glossary=params["glossary"],
        max_sentence_chars=params["max_sentence_chars"],
        max_sentences=params["max_sentences"],
        calibration=params["calibration"],
    )
