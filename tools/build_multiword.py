"""Distil the multiword verbs, adjectives and adverbs WordNet lists ("walk out", "call off",
"step by step") with the words that share their commonest senses ("cancel", "gradually")
from WordNet 3.0, and the adjectives WordNet calls similar ("bankrupt" /
"insolvent", "silent" / "quiet").

Development-time only: vardiff reads the result (``vardiff/judge/data/multiword.json``) with
the standard library. Run as ``tools/build_lexicon.py`` is run (WordNet 3.0 in
/usr/share/wordnet, nltk installed): ``python tools/build_multiword.py``.

What goes in:
- ``sets``: each verb, adjective or adverb sense (a synset) that is the commonest sense of a
  lemma of two to four lower-case words (WordNet orders senses by frequency; "lay off" is
  "furlough" only in its second, after "discontinue"), with its forms: those multiword
  lemmas, and the single lower-case words of the sense where it is among the word's own first
  four (not "strike" for "walk out": its seventh). Each set is
  ``[part of speech, form, form, ...]``, verbs in their base form, "one's" standing for any
  possessive ("make up one's mind"); a set of one form only where a noun below reads it.
  The lexicon keeps single words only, so without this table "walked out" / "went on
  strike" or "step by step" / "gradually" read as words unlike each other.
- ``nominal``: nouns whose commonest sense WordNet links by derivation to the verb sense of a
  set ("strike", a group's refusal to work, to "strike" stop work; "decision" to "decide"),
  with the sets: a verb said as a light verb and its noun ("went on strike", "made a
  decision") reads as the verb.
- ``similar``: single-word adjectives one of whose first two senses WordNet calls similar to
  one of the other's first two (a satellite and the head of its cluster: "bankrupt" /
  "insolvent", "silent" / "quiet"), as sorted pairs: "became insolvent" / "went bankrupt".
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_lexicon import tool_arguments, write_json

OUT = Path(__file__).resolve().parent.parent / "vardiff" / "judge" / "data" / "multiword.json"
SENSES = 4  # a single word's senses read: rarer ones tie unrelated words
SIMILAR_SENSES = 2  # an adjective's senses read for a similar one: clusters are loose
_MULTIWORD = re.compile(r"[a-z]+(?:'s)?(?:_[a-z]+(?:'s)?){1,3}")
_SINGLE = re.compile(r"[a-z]+")


def _pos(synset: Any) -> str:
    return "a" if synset.pos() == "s" else str(synset.pos())


def _rank(wn: Any, name: str, synset: Any) -> int:
    """The place of ``synset`` among the senses of ``name`` in its part of speech (0: the
    commonest), or a large number where it is none of them."""
    pos = synset.pos() if synset.pos() != "s" else "a"
    senses = [s for s in wn.synsets(name, pos) if name in s.lemma_names()]
    return senses.index(synset) if synset in senses else 99


def build(wn: Any) -> dict[str, Any]:
    found: list[list[str]] = []
    index: dict[str, int] = {}
    for pos in ("v", "a", "r"):
        for synset in sorted(wn.all_synsets(pos), key=lambda s: s.name()):
            names = synset.lemma_names()
            multi = [n for n in names if _MULTIWORD.fullmatch(n) and _rank(wn, n, synset) == 0]
            if not multi or synset.name() in index:
                continue
            single = [n for n in names if _SINGLE.fullmatch(n) and _rank(wn, n, synset) < SENSES]
            index[synset.name()] = len(found)
            found.append(
                [_pos(synset), *dict.fromkeys(n.replace("_", " ") for n in multi + single)]
            )
    linked: dict[str, list[int]] = {}
    for synset in sorted(wn.all_synsets("n"), key=lambda s: s.name()):
        for lemma in synset.lemmas():
            name = lemma.name()
            if not _SINGLE.fullmatch(name) or _rank(wn, name, synset) != 0:
                continue
            for form in lemma.derivationally_related_forms():
                at = index.get(form.synset().name())
                if at is not None and found[at][0] == "v" and at not in linked.get(name, []):
                    linked.setdefault(name, []).append(at)
    # A set of one form is read only through a noun ("walk out": "went on strike").
    used = {at for ats in linked.values() for at in ats}
    renumber: dict[int, int] = {}
    sets: list[list[str]] = []
    for at, forms in enumerate(found):
        if len(forms) > 2 or at in used:
            renumber[at] = len(sets)
            sets.append(forms)
    nominal = {name: sorted(renumber[at] for at in ats) for name, ats in linked.items()}
    similar: set[tuple[str, str]] = set()
    for synset in wn.all_synsets("a"):
        for other in synset.similar_tos():
            for x in synset.lemma_names():
                for y in other.lemma_names():
                    if not (_SINGLE.fullmatch(x) and _SINGLE.fullmatch(y)) or x == y:
                        continue
                    if _rank(wn, x, synset) < SIMILAR_SENSES and _rank(wn, y, other) < (
                        SIMILAR_SENSES
                    ):
                        similar.add((min(x, y), max(x, y)))
    return {
        "source": "WordNet 3.0 (Princeton University; licence in LICENSE.wordnet.txt)",
        "sets": sets,
        "nominal": {k: sorted(v) for k, v in sorted(nominal.items())},
        "similar": sorted(list(p) for p in similar),
    }


def main() -> None:
    wordnet, output = tool_arguments(__doc__, OUT)
    data = build(wordnet)
    write_json(output, data)
    print(
        f"{output}: {len(data['sets'])} sets, {len(data['nominal'])} nouns, "
        f"{len(data['similar'])} similar adjective pairs"
    )


if __name__ == "__main__":
    main()
