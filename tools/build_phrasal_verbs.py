"""Distil the phrasal verbs WordNet lists ("go out", "give up", "go up") with the single-word
verbs of their commonest senses ("exit", "discontinue", "rise") from WordNet 3.0.

Development-time only: vardiff reads the result (``vardiff/judge/data/phrasal_verbs.json``)
with the standard library. Run as ``tools/build_lexicon.py`` is run (WordNet 3.0 in
/usr/share/wordnet, nltk installed): ``python tools/build_phrasal_verbs.py``.

What goes in: each verb lemma of two words, a verb and a particle of place or direction ("up",
"down", "in", "out", "off", "on", "over", "away", "back"), with the single-word lower-case
verbs that share one of its first four senses (WordNet orders them by frequency), commonest
sense first, the phrase's own verb left out ("come up": "arise", "surface", not "come").
The lexicon keeps single words only, so without this table "went out of the town" says
nothing against "entered the town"; read as "exit", it is the antonym WordNet gives "enter".
The opposites check reads a verb and the particle right after it in an edit through this
table.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_lexicon import tool_arguments, write_json

OUT = Path(__file__).resolve().parent.parent / "vardiff" / "judge" / "data" / "phrasal_verbs.json"
PARTICLES = frozenset("up down in out off on over away back".split())
SENSES = 4


def build(wn: Any) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for name in sorted(wn.all_lemma_names("v")):
        parts = name.split("_")
        if len(parts) != 2 or parts[1] not in PARTICLES or not parts[0].isalpha():
            continue
        words: list[str] = []
        for synset in wn.synsets(name, "v")[:SENSES]:
            for lemma in synset.lemma_names():
                # The verb alone is not what the phrase means: "set up" is no "set".
                own = lemma == parts[0]
                if lemma.isalpha() and lemma.islower() and not own and lemma not in words:
                    words.append(lemma)
        if words:
            found[" ".join(parts)] = words
    return found


def main() -> None:
    wordnet, output = tool_arguments(__doc__, OUT)
    data = build(wordnet)
    write_json(output, data)
    print(f"{output}: {len(data)} phrasal verbs", file=sys.stderr)


if __name__ == "__main__":
    main()
