"""Distil WordNet 3.0's definitions of the lexicon's noun and verb senses, for the check that
reads a word against a phrase that explains it ("drone" / "unmanned aircraft").

Development-time only, like tools/build_lexicon.py (same set-up: ``apt-get install
wordnet-base``, ``python -m pip install nltk``); run it after that script, whose output numbers
the senses:

    python tools/build_glosses.py     # rewrites vardiff/judge/data/glosses.json.gz

What goes in: for every sense that a lower-case noun or verb of one word (hyphens included:
"father-in-law") in ``lexicon.json.gz`` names among its first senses, at the lexicon's sense
number, the
definition in lower case, then the sense's lemmas ("drone", "pilotless aircraft",
"radio-controlled aircraft"), so that a phrase naming the thing by a synonym is read as the
definition is. A definition names the thing's kind first ("an aircraft ..."), so the hypernyms
are not repeated; the examples WordNet gives after a definition are left out: they name other
things. Beside them, for every lower-case adjective of the lexicon, the definitions of its first
senses by word (the lexicon numbers no adjective sense): what a word whose meaning holds a
negation denies ("insolvent": "unable to meet or discharge financial obligations").
"""

from __future__ import annotations

import gzip
import json
from typing import Any

from build_lexicon import OUT as LEXICON
from build_lexicon import SENSES, tool_arguments, write_gzipped_json

OUT = LEXICON.with_name("glosses.json.gz")


def _names(synset: Any) -> list[str]:
    return [name.replace("_", " ").lower() for name in synset.lemma_names()]


def build(wn: Any, lexicon: dict[str, Any]) -> dict[str, Any]:
    glosses: dict[int, str] = {}
    for pos, table in lexicon["lemmas"].items():
        for word, numbers in table.items():
            if not word.replace("-", "").isalpha() or not word.islower():
                # names and compounds written apart: a name is no thing a phrase explains;
                # a word written with hyphens is one word ("father-in-law", "stepfather")
                continue
            senses = [s for s in wn.synsets(word, pos) if word in s.lemma_names()][:SENSES]
            if not senses and "-" in word:
                # A game or an object WordNet writes with capitals ("Ping-Pong"), which the
                # lexicon keeps in lower case.
                spelt = "-".join(part.capitalize() for part in word.split("-"))
                senses = [s for s in wn.synsets(spelt, pos) if spelt in s.lemma_names()][:SENSES]
            if len(senses) != len(numbers):
                raise SystemExit(f"{word}: the lexicon is not of this WordNet; rebuild it first")
            for number, sense in zip(numbers, senses, strict=True):
                # "|" apart: a definition may hold ";" ("eater of fruits ...; someone who ...")
                glosses[number] = "|".join([sense.definition().lower(), *_names(sense)])
    return {
        # Adjectives have no sense numbers in the lexicon: their definitions by word, the first
        # SENSES senses (satellites too), "|" apart, for the words whose meaning holds a
        # negation ("insolvent": "unable to meet or discharge financial obligations").
        "adjectives": _adjectives(wn, lexicon),
        "version": 1,
        "source": "WordNet 3.0 (Princeton University; licence in LICENSE.wordnet.txt)",
        # A list indexed by sense number ("" for a sense no word of ours names first): smaller
        # than a mapping, and read in one step.
        "glosses": [glosses.get(number, "") for number in range(len(lexicon["parents"]))],
    }


def _adjectives(wn: Any, lexicon: dict[str, Any]) -> dict[str, str]:
    found: dict[str, str] = {}
    for word in lexicon["adjectives"]:
        if not word.isalpha() or not word.islower():
            continue
        senses = [s for s in wn.synsets(word, "a") if word in s.lemma_names()][:SENSES]
        if senses:
            found[word] = "|".join(s.definition().lower() for s in senses)
    return found


def main() -> None:
    wordnet, output = tool_arguments(__doc__, OUT)
    with gzip.open(LEXICON, "rt", encoding="utf-8") as handle:
        lexicon = json.load(handle)
    data = build(wordnet, lexicon)
    write_gzipped_json(output, data)
    print(
        f"{output}: {output.stat().st_size / 1e6:.2f} MB; "
        f"{sum(map(bool, data['glosses']))} senses defined"
    )


if __name__ == "__main__":
    main()
