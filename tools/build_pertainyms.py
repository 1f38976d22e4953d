"""Distil the nouns WordNet says a relational adjective pertains to ("lunar": the Moon,
"dental": a tooth, "marine": the sea, "urban": a city, "coastal": a coast) from WordNet 3.0.

Development-time only: vardiff reads the result (``vardiff/judge/data/pertainyms.json``) with
the standard library. Run as ``tools/build_lexicon.py`` is run (WordNet 3.0 in
/usr/share/wordnet, nltk installed): ``python tools/build_pertainyms.py``.

What goes in: each single-word adjective in lower case with the nouns its senses pertain to
(WordNet's pertainym links, in lower case, single words), commonest sense first. The modifier
and removal checks read an adjective one side drops as said where the other side names its
noun instead ("dental treatment" / "treatment of the teeth", "marine biologists" / "biologists
who study the sea"); the lexicon's ``derived`` table holds the derivational links, which are
another relation ("presidential" / "presidency").
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_lexicon import tool_arguments, write_json

OUT = Path(__file__).resolve().parent.parent / "vardiff" / "judge" / "data" / "pertainyms.json"


def build(wn: Any) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for synset in wn.all_synsets("a"):
        for lemma in synset.lemmas():
            word = lemma.name()
            if not word.isalpha() or not word.islower():
                continue
            nouns = [p.name().lower() for p in lemma.pertainyms() if p.name().isalpha()]
            for noun in nouns:
                if noun != word and noun not in found.setdefault(word, []):
                    found[word].append(noun)
    return {word: nouns for word, nouns in sorted(found.items()) if nouns}


def main() -> None:
    wordnet, output = tool_arguments(__doc__, OUT)
    data = build(wordnet)
    write_json(output, data)
    print(f"{output}: {len(data)} relational adjectives", file=sys.stderr)


if __name__ == "__main__":
    main()
