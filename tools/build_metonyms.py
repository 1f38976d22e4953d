"""Distil the place names that news uses for the body or the trade found there ("Wall Street"
for the securities industry of the United States, "Hollywood" for its film industry, "the
Pentagon" for its military establishment, "Whitehall" for the British civil service) from
WordNet 3.0.

Development-time only: vardiff reads the result (``vardiff/judge/data/metonyms.json``) with the
standard library. Run as ``tools/build_lexicon.py`` is run (WordNet 3.0 in /usr/share/wordnet,
nltk installed): ``python tools/build_metonyms.py``.

What goes in: each name written with capitals that WordNet holds both as a place (an instance
of a location, a structure or a street: "Wall Street" the street, "the Pentagon" the building)
and as a body or a trade (a sense that is no instance, under an organization, an industry, a
market, journalism, a government, a bureaucracy or the police: "Wall Street" the securities
industry), with the words its senses are told in: the glosses of all its noun senses and the
names of the body's kind ("market", "securities industry"). The name check reads the other
side's words in the name's place against them (:mod:`vardiff.judge._alike`).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_lexicon import tool_arguments, write_json

OUT = Path(__file__).resolve().parent.parent / "vardiff" / "judge" / "data" / "metonyms.json"
_BODIES = (
    "organization.n.01",
    "industry.n.01",
    "market.n.04",
    "journalism.n.01",
    "press.n.02",
    "government.n.01",
    "bureaucracy.n.01",
    "police.n.01",
    "civil_service.n.01",
)
_PLACES = ("location.n.01", "structure.n.01", "street.n.01")


def _under(synset: Any, roots: set[Any], *, instance: bool) -> bool:
    above = synset.instance_hypernyms() if instance else [synset]
    closure = {k for s in above for k in [s, *s.closure(lambda x: x.hypernyms())]}
    return bool(closure & roots)


def build(wn: Any) -> dict[str, str]:
    bodies = {wn.synset(name) for name in _BODIES}
    places = {wn.synset(name) for name in _PLACES}
    found: dict[str, str] = {}
    for synset in wn.all_synsets("n"):
        if synset.instance_hypernyms() or not _under(synset, bodies, instance=False):
            continue
        for lemma in synset.lemmas():
            name = lemma.name()
            if not name[:1].isupper() or name.isupper():
                continue
            senses = wn.synsets(name, "n")
            if not any(s.instance_hypernyms() and _under(s, places, instance=True) for s in senses):
                continue
            kinds = [k.replace("_", " ") for h in synset.hypernyms() for k in h.lemma_names()]
            told = [s.definition() for s in senses] + kinds
            found[name.replace("_", " ")] = "; ".join(told)
    return dict(sorted(found.items()))


def main() -> None:
    wordnet, output = tool_arguments(__doc__, OUT)
    data = build(wordnet)
    write_json(output, data)
    print(f"{output}: {len(data)} place names for bodies", file=sys.stderr)


if __name__ == "__main__":
    main()
