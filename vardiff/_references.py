"""References between numbered paragraphs ("see paragraph 7", "paras 6–9", "¶ 7", "see [7]").

A judgment, a report or a contract numbers its paragraphs and cites them by number; an
article cites its notes by their markers. What such a
reference says is the paragraph it points at, not its figure: when the paragraphs are numbered
otherwise (a note at the top numbered first, the summary's numbers taken from 100) and each
reference is renumbered with them, it points at the same paragraph and says the same; when the
paragraphs are renumbered and a reference keeps its old number, it points at another paragraph
though its words are unchanged. Each reference is resolved in its own document (the paragraph
that opens on its number, on a line of its own) and the two paragraphs compared through the
alignment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._document import Document
from ._layout_findings import told_in_b
from ._repeats import counterparts
from ._report import Finding, Pair

__all__ = ["paragraph_references"]

_GAP = r"[^\S\n\r]*"
# A paragraph's number at the start of its line: "7. ", "7) ", "[7] ", "¶ 7 ", "§7. ",
# "Para 7: ", "Paragraph 7. ".
_NUMBERED = re.compile(
    rf"(?:(\d{{1,3}})[.)]|\[(\d{{1,3}})\]|([¹²³⁴⁵⁶⁷⁸⁹⁰]{{1,3}})|[¶§]{_GAP}(\d{{1,3}})\.?"
    rf"|Para(?:graph)?\.?{_GAP}(\d{{1,3}})[.:])[^\S\n\r]+(?=\S)"
)
_SUPERSCRIPTS = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")
# A reference to a paragraph by its number within a sentence, or to a run of them; a note's
# marker ("[2]", "²") is a reference to the note that opens on its number.
_REFERENCE = re.compile(
    rf"\b(?:[Pp]aragraphs?|[Pp]aras?\.?){_GAP}(\d{{1,3}})"
    rf"(?:{_GAP}(?:to|-|–|and){_GAP}(\d{{1,3}}))?\b"
    rf"|[¶§]{_GAP}(\d{{1,3}})\b"
    rf"|\[(\d{{1,3}})\](?:{_GAP}[-–]{_GAP}\[(\d{{1,3}})\])?"
    rf"|(?<=[^\s\d¹²³⁴⁵⁶⁷⁸⁹⁰])([¹²³⁴⁵⁶⁷⁸⁹⁰]{{1,3}})"
)


# A number set in brackets or as a superscript ("[2]", "²") numbers a note, or a paragraph
# where no note has it; one set otherwise ("2.", "¶ 2", "paragraph 2") a paragraph, or a note
# where no paragraph has it. The two kinds are counted apart: an article's numbered findings
# and its notes both count from 1.
_NOTE_GROUPS = {2, 3}  # of _NUMBERED
_NOTE_REFERENCES = {4, 5, 6}  # of _REFERENCE


def _numbered(doc: Document) -> dict[tuple[bool, int], int]:
    """The document's numbered paragraphs and notes: each number that opens a line, with
    whether it numbers a note, to the sentence that opens on it (a number that opens two
    lines, two lists numbered from 1, left out)."""
    starts = {sentence.start: index for index, sentence in enumerate(doc.sentences)}
    found: dict[tuple[bool, int], int | None] = {}
    offset = 0
    for line in doc.text.split("\n"):
        match = _NUMBERED.match(line)
        if match is not None:
            group = next(g for g in range(1, 6) if match.group(g) is not None)
            key = (group in _NOTE_GROUPS, int(match.group(group).translate(_SUPERSCRIPTS)))
            found[key] = None if key in found else starts.get(offset)
        offset += len(line) + 1
    return {key: i for key, i in found.items() if i is not None}


def _references(text: str) -> list[tuple[bool, int]]:
    """The paragraph or note numbers ``text`` cites, in order (a run by its two ends), each
    with whether it is written as a note's ("[2]", "²")."""
    return [
        (g in _NOTE_REFERENCES, int(m.group(g).translate(_SUPERSCRIPTS)))
        for m in _REFERENCE.finditer(text)
        for g in range(1, 7)
        if m.group(g) is not None
    ]


def _resolved(numbered: dict[tuple[bool, int], int], cited: tuple[bool, int]) -> int | None:
    """The sentence that opens the paragraph or note ``cited`` points at: of its own kind,
    else of the other."""
    note, number = cited
    found = numbered.get((note, number))
    return found if found is not None else numbered.get((not note, number))


def _cited(doc: Document, indices: tuple[int, ...]) -> list[tuple[bool, int]]:
    """The paragraph numbers these sentences cite, read from their text (a note's marker,
    "[2]" after a word, is no word of the reading), each less the number that opens it."""
    texts = []
    for index in indices:
        text = doc.sentences[index].text
        opening = _NUMBERED.match(text)
        texts.append(text[opening.end() :] if opening else text)
    return _references(" ".join(texts))


@dataclass(frozen=True)
class _Resolved:
    same: frozenset[tuple[int, int]]  # (number in A, number in B) pointing at one paragraph
    elsewhere: tuple[int, ...]  # numbers written alike on both sides that point elsewhere
    whole: bool  # every reference of the pair points at the same paragraph on both sides


# The words a reference is written with besides its numbers ("see paras 6–9").
_REFERENCE_WORDS = frozenset({"see", "paragraph", "paragraphs", "para", "paras"})
_TOKENS = re.compile(r"[^\W_]+")


def paragraph_references(
    pairs: list[Pair], doc_a: Document, doc_b: Document
) -> dict[int, tuple[Finding, ...]]:
    """For the pairs (by index) whose sentences cite numbered paragraphs, their findings as
    the references decide them: a figure changed only as the paragraphs it cites were
    renumbered (each reference pointing at the same paragraph in both documents) is no change,
    and a reference written alike that now points at another paragraph is one (medium)."""
    if _REFERENCE.search(doc_a.text) is None and _REFERENCE.search(doc_b.text) is None:
        return {}
    numbered_a, numbered_b = _numbered(doc_a), _numbered(doc_b)
    if not numbered_a or not numbered_b:
        return {}
    in_b, _ = counterparts(pairs)
    out: dict[int, tuple[Finding, ...]] = {}
    for n, pair in enumerate(pairs):
        if not (pair.a and pair.b):
            continue
        cited_a, cited_b = _cited(doc_a, pair.a), _cited(doc_b, pair.b)
        if not cited_a or len(cited_a) != len(cited_b):
            continue
        same: set[tuple[int, int]] = set()
        elsewhere: list[int] = []
        for ref_a, ref_b in zip(cited_a, cited_b, strict=True):
            (_, number_a), (_, number_b) = ref_a, ref_b
            i, j = _resolved(numbered_a, ref_a), _resolved(numbered_b, ref_b)
            if i is None or j is None:
                continue
            if j in in_b.get(i, frozenset()):
                same.add((number_a, number_b))
            elif number_a == number_b:
                elsewhere.append(number_a)
        whole = all((a, b) in same for (_, a), (_, b) in zip(cited_a, cited_b, strict=True))
        resolved = _Resolved(frozenset(same), tuple(elsewhere), whole)
        findings = _decided(pair, resolved)
        if findings != pair.findings:
            out[n] = findings
    return out


def _decided(pair: Pair, resolved: _Resolved) -> tuple[Finding, ...]:
    renumbered = {(str(a), str(b)) for a, b in resolved.same if a != b}
    quiet_a = {a for a, _ in renumbered}
    quiet_b = {b for _, b in renumbered}
    if resolved.whole:  # the references written otherwise ("see [6]–[9]" / "paras 6–9")
        quiet_a |= {str(a) for a, _ in resolved.same} | _REFERENCE_WORDS
        quiet_b |= {str(b) for _, b in resolved.same} | _REFERENCE_WORDS
    kept = tuple(
        f
        for f in pair.findings
        if not (
            (resolved.whole or (renumbered and f.category == "number"))
            and (f.a or f.b)
            and set(_TOKENS.findall(f.a.lower())) <= quiet_a
            and set(_TOKENS.findall(f.b.lower())) <= quiet_b
        )
    )
    if not resolved.elsewhere:
        return kept
    cited = ", ".join(str(n) for n in dict.fromkeys(resolved.elsewhere))
    finding = told_in_b(
        check="structure.reference",
        category="structure",
        message=(
            f"a reference to paragraph {cited} is written alike, but the paragraphs were "
            "numbered otherwise: it points at another paragraph than in A"
        ),
        text=pair.b_text,
    )
    return tuple(sorted((finding, *kept), key=lambda f: f.drift, reverse=True))
