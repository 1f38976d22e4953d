"""Paging a long text view, as git and delta do: only on a terminal, and only when the view is
taller than the screen; ``$PAGER`` or ``less -FRX`` (-R keeps the colours, -X leaves the text on
screen after quitting, -F quits at once if it fits after all)."""

from __future__ import annotations

import contextlib
import os
import shlex
import subprocess
from collections.abc import Mapping

__all__ = ["DEFAULT_PAGER", "page", "pager_command"]

DEFAULT_PAGER = "less -FRX"


def pager_command(
    *,
    chosen: str | None,
    disabled: bool,
    is_terminal: bool,
    lines: int,
    height: int,
    environ: Mapping[str, str],
) -> list[str] | None:
    """The pager to run, or None to write straight to stdout.

    ``chosen`` is ``--pager CMD``; an empty command (``--pager ''`` or ``PAGER=``) or ``cat``
    means no pager, as in git.
    """
    if disabled or not is_terminal or lines <= height:
        return None
    command = chosen if chosen is not None else environ.get("PAGER", DEFAULT_PAGER)
    try:
        argv = shlex.split(command)
    except ValueError:  # unbalanced quotes: not a command we can run
        return None
    if not argv or argv == ["cat"]:
        return None
    return argv


def page(text: str, argv: list[str], *, encoding: str = "utf-8") -> bool:
    """Show ``text`` through the pager; False when the pager cannot be started (the caller then
    writes the text itself). Quitting the pager early is not an error."""
    environ = dict(os.environ)
    # less without -R would show colour codes as "ESC[31m": give it what git gives it.
    environ.setdefault("LESS", "FRX")
    try:
        process = subprocess.Popen(argv, stdin=subprocess.PIPE, env=environ)
    except OSError:
        return False
    assert process.stdin is not None
    with contextlib.suppress(BrokenPipeError):  # the reader quit before the end
        process.stdin.write(text.encode(encoding, "replace"))
    with contextlib.suppress(BrokenPipeError):
        process.stdin.close()
    while True:
        try:
            process.wait()
            break
        except KeyboardInterrupt:  # Ctrl-C belongs to the pager while it runs, as in git
            continue
    return True
