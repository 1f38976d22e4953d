"""Distil the names WordNet gives one thing by ("World War II" / "the Second World War", "the
Federal Reserve" / "the Fed", "the Olympic Games" / "the Olympics", "9/11" / "September 11",
"Ping-Pong" / "table tennis") from WordNet 3.0.

Development-time only: vardiff reads the result (``vardiff/judge/data/names_alike.json``) with
the standard library. Run as ``tools/build_lexicon.py`` is run (WordNet 3.0 in
/usr/share/wordnet, nltk installed): ``python tools/build_names_alike.py``.

What goes in: each noun sense (a synset) with a name among its lemmas (a lemma written with a
capital or a figure), and its forms that can only be names or fixed phrases: those with a
capital or a figure, and those of two words or more ("table tennis", "final solution"). A
single lower-case word ("world" beside "Earth") has other senses in other texts and stays out;
a name of several senses goes only in the set of its commonest (WordNet's order: "Vietnam" the
country, not the war); a sense left with fewer than two forms is no set, and plants, animals
and parts of the body (their genus and Latin names), places and people (the names check's)
and times and amounts (the number check's: "Monday" / "Mon", "100000" / "hundred thousand")
stay out. The reader
(:mod:`vardiff.judge._alike`) reads B's form as A's where A names the thing in one form of a
set and B in another.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_lexicon import tool_arguments, write_json

OUT = Path(__file__).resolve().parent.parent / "vardiff" / "judge" / "data" / "names_alike.json"


# Plants, animals and parts of the body: their Latin and trade names are no news's names.
# Places and people: WordNet gives a place one sense for names news keeps apart ("China" /
# "Mainland China", "Quebec" / "Quebec City", "Great Britain" / "the United Kingdom") and a
# person the names of a family ("George Bush"); the names check reads their forms. Times
# ("Monday" / "Mon", "Christmas Day" / "Dec 25") and amounts ("100000" / "hundred thousand"):
# the number check reads days, dates and figures.
_LEFT_OUT = frozenset(
    {
        "noun.plant",
        "noun.animal",
        "noun.body",
        "noun.location",
        "noun.person",
        "noun.time",
        "noun.quantity",
    }
)


def _named(form: str) -> bool:
    return any(c.isupper() or c.isdigit() for c in form)


def _first(wn: Any, lemma: Any, synset: Any) -> bool:
    """Whether ``synset`` is the commonest noun sense of ``lemma``'s name as written: a name of
    two things ("Vietnam": the country and the war; "Gulf War": 1991's and the Iran-Iraq
    war) names only the first in a set."""
    senses = [s for s in wn.synsets(lemma.name(), "n") if lemma.name() in s.lemma_names()]
    return bool(senses) and senses[0] == synset


def build(wn: Any) -> dict[str, list[list[str]]]:
    sets: set[tuple[str, ...]] = set()
    for synset in wn.all_synsets("n"):
        if synset.lexname() in _LEFT_OUT:
            continue
        forms = [lemma.name().replace("_", " ") for lemma in synset.lemmas()]
        if not any(_named(f) for f in forms):
            continue
        kept = sorted(
            {
                f.removeprefix("The ")
                for f, lemma in zip(forms, synset.lemmas(), strict=True)
                if len(f) > 1 and (_named(f) or " " in f or "-" in f) and _first(wn, lemma, synset)
            }
        )
        if len({k.lower() for k in kept}) >= 2:
            sets.add(tuple(kept))
    return {"sets": [list(s) for s in sorted(sets)]}


def main() -> None:
    wordnet, output = tool_arguments(__doc__, OUT)
    data = build(wordnet)
    write_json(output, data)
    print(f"{output}: {len(data['sets'])} sets of names", file=sys.stderr)


if __name__ == "__main__":
    main()
