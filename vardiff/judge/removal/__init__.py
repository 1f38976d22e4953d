"""Removed core content: a subject, verb or noun left out, so that the sentence says less or
something else ("urine samples of pets who died" / "urine samples of who died", "were found in"
/ "were in"), against a dropped intensifier or filler ("rose sharply" / "rose") that does not.

Three signs, from strongest:
- the gap is ungrammatical: what is left on each side of it cannot stand together ("of who",
  "its from", "will its"), or the sentence now opens with a bare verb or a conjunction ("Signed
  the budget", "And melamine were");
- the dropped word is a head: a noun or verb with no other content word of its phrase left
  ("pets", "found");
- otherwise a dropped noun or verb that only modified another ("bank collapse" / "collapse").
Adjectives and adverbs dropped alone are left to the wording check: a translation drops and adds
them freely. So are adverbs that look like nouns: the noun of a fixed adverbial ("in fact", "of
course") and a particle after its verb ("reflected back from"), read from WordNet's adverbs.

The parts, from the words up: ``_grammar`` (shared word lists and readings), ``_phrases``,
``_verbless``, ``_verbless_b`` and ``_verbless_c`` (marks of a gap in one sentence's words,
gathered by ``_marks``), ``_gaps`` (one edit's reading), ``_subjects`` and ``_verbs`` (a
subject or a verb dropped), ``_found`` (a pair's removals and additions, each told once),
``_closer`` (how much closer B comes to A without a word only B has, read by the model) and
``_check``.
"""

from ._check import check_removal, removal_texts
from ._found import find_removals
from ._gaps import said_in
from ._marks import Mark, broken_junctions, broken_marks

__all__ = [
    "Mark",
    "broken_junctions",
    "broken_marks",
    "check_removal",
    "find_removals",
    "removal_texts",
    "said_in",
]
