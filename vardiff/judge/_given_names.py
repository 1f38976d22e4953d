"""A person's sex as their name or title tells it: "Rachel Reeves" and "Ms Reeves" are a
woman, "James Cleverly" and "Mr Cleverly" a man, "Jordan Henderson" or "Reeves" alone
nobody can say. A pronoun of the other sex ("Rachel Reeves ... He said") speaks of someone
else."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from ._lexicon import lexicon

__all__ = ["sex_of_person"]


@cache
def _given_names() -> dict[str, str]:
    """Given name -> "f" or "m", for names one sex bears far more often (distilled by
    tools/build_given_names.py from public-domain census tables)."""
    path = Path(__file__).with_name("data") / "given_names.json"
    table = json.loads(path.read_text(encoding="utf-8"))
    return {
        **{name: "f" for name in table["female"]},
        **{name: "m" for name in table["male"]},
    }


def sex_of_person(name: Sequence[str], text: str) -> str | None:
    """ "f" or "m" for the person ``name`` (their words as ``text`` names them), by a title
    before the name in ``text`` ("Ms Vance", "Sir Keir Starmer"), a noun that is the name's
    own first word ("Queen Camilla"), or a given name that one sex bears ("Rachel Reeves");
    None where nothing tells it, or where the title and the given name disagree."""
    if not name:
        return None
    lex = lexicon()
    titled = re.search(rf"\b([A-Z][a-z]+)\.?\s+{re.escape(name[0])}\b", text)
    by_title = lex.gender(titled.group(1)) if titled else None
    by_name = _given_names().get(name[0]) if len(name) > 1 else None
    if by_title and by_name and by_title != by_name:
        return None
    return by_title or by_name or (lex.gender(name[0]) if len(name) > 1 else None)
