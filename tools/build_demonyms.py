"""Distil the words WordNet gives for a place's people or for what pertains to a place ("Briton":
Britain, "Parisian": Paris, "Muscovite": Moscow, "Martian": Mars) from WordNet 3.0.

Development-time only: vardiff reads the result (``vardiff/judge/data/demonyms.json``) with the
standard library. Run as ``tools/build_lexicon.py`` is run (WordNet 3.0 in /usr/share/wordnet,
nltk installed): ``python tools/build_demonyms.py``.

What goes in: each capitalised adjective whose pertainym is a capitalised noun of a place or a
heavenly body ("Parisian": Paris, "Martian": Mars), and each capitalised noun of a person whose
definition opens "a native or inhabitant of", "a resident of" or "a citizen of" a name
("Briton": "a native or inhabitant of Great Britain", "Kiwi": "... of New Zealand"), with every
name of the place's first two senses ("Great Britain" is also "Britain", "the United Kingdom").
Keys and names are folded (lower case, letters and digits only), as ``capitals.json``'s are.
The names check reads a demonym on one side and its place on the other as one referent
("Britons" / "people in Britain", "a Martian crater" / "a crater on Mars"); the national
demonyms of ``capitals.json`` ("French": France) stay the country checks'.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_lexicon import tool_arguments, write_json

OUT = Path(__file__).resolve().parent.parent / "vardiff" / "judge" / "data" / "demonyms.json"

# "a native or inhabitant of Great Britain", "a resident of Moscow", "an inhabitant of the
# planet Mars": the name that follows is the place the person noun is of.
_PEOPLE_OF = re.compile(
    r"^(?:a |an )?(?:native or (?:inhabitant|resident)|inhabitant|resident|native|citizen)s?"
    r" of (?:the )?(?:planet |city of |state of )?(?P<place>[A-Z][\w-]*(?: [A-Z][\w-]*)*)"
)
# Places and heavenly bodies: what a demonym's pertainym or definition must name.
_PLACES = frozenset({"noun.location", "noun.object"})
_SENSES = 2  # a place name's first senses whose names all count ("Great Britain": the UK too)


def _fold(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.lower())


def _capitalised(name: str) -> bool:
    return all(word[:1].isupper() for word in name.split("_"))


def _names_of(wn: Any, name: str) -> list[str]:
    """Every name of the first senses of the place ``name`` (folded), or none where its first
    sense is no place."""
    senses = wn.synsets(name.replace(" ", "_"), "n")[:_SENSES]
    if not senses or senses[0].lexname() not in _PLACES:
        return []
    found = [_fold(name)]
    for sense in senses:
        if sense.lexname() in _PLACES:
            found += [_fold(lemma.name()) for lemma in sense.lemmas() if _capitalised(lemma.name())]
    return list(dict.fromkeys(found))


def build(wn: Any) -> dict[str, Any]:
    demonyms: dict[str, list[str]] = {}

    def add(word: str, places: list[str]) -> None:
        key = _fold(word)
        if key and places:
            demonyms[key] = list(dict.fromkeys(demonyms.get(key, []) + places))

    for synset in wn.all_synsets("a"):
        for lemma in synset.lemmas():
            if not _capitalised(lemma.name()):
                continue
            for target in lemma.pertainyms():
                if _capitalised(target.name()):
                    add(lemma.name(), _names_of(wn, target.name()))
    for synset in wn.all_synsets("n"):
        if synset.lexname() != "noun.person":
            continue
        found = _PEOPLE_OF.match(synset.definition())
        if found is None:
            continue
        places = _names_of(wn, found.group("place"))
        for lemma in synset.lemmas():
            if _capitalised(lemma.name()):
                add(lemma.name(), places)
    return {
        "source": "WordNet 3.0 (Princeton University; licence in LICENSE.wordnet.txt)",
        "demonyms": dict(sorted(demonyms.items())),
    }


def main() -> None:
    wordnet, output = tool_arguments(__doc__, OUT)
    data = build(wordnet)
    write_json(output, data)
    print(f"{output}: {len(data['demonyms'])} demonyms", file=sys.stderr)


if __name__ == "__main__":
    main()
