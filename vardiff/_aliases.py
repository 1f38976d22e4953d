"""A person or a party named by an alias the document defines for them, read as them.

Minutes list those present with their initials and then give each action to its owner by them
("Tom Keswick (TK, treasurer)" then "TK to write to Severn Water"); a judgment names a party
once in full with its role ("The claimant, Ms Rosa Vance, runs ..." or "Rosa Vance, the
claimant, runs ...") and then by either ("Ms Vance says" / "The claimant says"). Another
version may name them the other way. The judge sees one sentence at a time and reads the
alias as a name left out, added or changed; the document has said whom it stands for. A
finding of a name or a wording whose words are one side's alias, where the pair's other side
names the same person, is dropped; an alias of another person stays a change."""

from __future__ import annotations

import re

from ._document import Document
from ._report import Finding, Pair
from ._words import HONORIFICS

__all__ = ["aliases_named"]

_NAME = r"[A-Z][a-z’'-]+(?:[^\S\n]+[A-Z][a-z’'-]+){1,3}"
_TITLE = (
    rf"(?:(?:{'|'.join(sorted({w.rstrip('.').capitalize() for w in HONORIFICS}))})\.?[^\S\n]+)?"
)
# A name and, in brackets after it, its initials (perhaps with more after a comma: "(TK,
# treasurer)").
_INITIALS = re.compile(rf"(?<![\w’'-])({_NAME})[^\S\n]*\(([A-Z]{{2,4}})(?=[),])")
# A party's role and name set beside each other ("The claimant, Ms Rosa Vance,", "Rosa Vance,
# the claimant,"): a role of one word, set off by commas on both sides.
_ROLE = r"[Tt]he[^\S\n]+([a-z]{4,20})"
_ROLE_FIRST = re.compile(rf"(?<![\w-]){_ROLE},[^\S\n]+{_TITLE}({_NAME}),")
_NAME_FIRST = re.compile(rf"(?<![\w’'-]){_TITLE}({_NAME}),[^\S\n]+{_ROLE}[,.]")
_CHECKS = frozenset(
    {
        "entity.dropped",
        "entity.added",
        "entity.different",
        "wording.replaced",
        "wording.dropped",
        "wording.added",
        "modifier.dropped",
        "modifier.added",
        "attribution.changed",
    }
)
# Words a finding may hold beside a name: a title, and the verb of a source's words.
_BESIDE = frozenset({"ms", "mr", "mrs", "miss", "dr", "says", "said", "argues", "argued"})
_WORD = re.compile(r"[\w’'-]+")
_POSSESSIVE = re.compile(r"[’']s\Z")


def _defined(doc: Document) -> list[tuple[str, frozenset[str]]]:
    """The aliases ``doc`` defines, each with the words that name its person (the full name,
    its last word)."""
    out: list[tuple[str, frozenset[str]]] = []
    for match in _INITIALS.finditer(doc.text):
        name, short = match.group(1), match.group(2)
        if "".join(word[0] for word in name.split()) == short:
            out.append((short, frozenset({name, name.split()[-1]})))
    for pattern, role_at, name_at in ((_ROLE_FIRST, 1, 2), (_NAME_FIRST, 2, 1)):
        for match in pattern.finditer(doc.text):
            name = match.group(name_at)
            out.append((f"the {match.group(role_at)}", frozenset({name, name.split()[-1]})))
    return out


def aliases_named(
    pairs: list[Pair], doc_a: Document, doc_b: Document
) -> dict[int, tuple[Finding, ...]]:
    """The pairs (by index) that lose a finding of an alias one document defines read as a
    name left out, added or changed, where the pair's other side names the alias's person
    ("TK to write ..." / "Tom Keswick to write ...", "Ms Vance says" / "The claimant says"),
    each with the findings left."""
    defined = [*_defined(doc_a), *_defined(doc_b)]
    if not defined:
        return {}
    out: dict[int, tuple[Finding, ...]] = {}
    for n, pair in enumerate(pairs):
        if not pair.findings:
            continue
        kept = tuple(f for f in pair.findings if not _named_otherwise(f, pair, defined))
        if len(kept) != len(pair.findings):
            out[n] = kept
    return out


def _named_otherwise(
    finding: Finding, pair: Pair, defined: list[tuple[str, frozenset[str]]]
) -> bool:
    """Whether ``finding`` is of words that are an alias on one side and its person on the
    other (in the finding's words or, for a word left out or added, in the other side's
    text)."""
    if finding.check not in _CHECKS:
        return False
    for alias, names in defined:
        for own, other, other_text in (
            (finding.a, finding.b, pair.b_text),
            (finding.b, finding.a, pair.a_text),
        ):
            if not own:
                continue
            for here, there in (({alias}, names), (names, {alias})):
                if _only(own, here) and (
                    _only(other, there) if other else _says(other_text, there)
                ):
                    return True
    return False


def _only(text: str, words: frozenset[str] | set[str]) -> bool:
    """Whether ``text`` names one of ``words`` and nothing else (but a title, a possessive,
    "says")."""
    said = [_POSSESSIVE.sub("", w) for w in _WORD.findall(text)]
    said = [w for w in said if w.lower() not in _BESIDE]
    if not said:
        return False
    joined = " ".join(said)
    return any(
        joined == w or (not w.isupper() and joined.lower() == w.lower()) or joined in w.split()
        for w in words
    )


def _says(text: str, words: set[str] | frozenset[str]) -> bool:
    """Whether ``text`` holds one of ``words`` as words of its own (any case for a role)."""
    return any(
        re.search(rf"(?<![\w’'-]){re.escape(w)}(?![\w’'-])", text, 0 if w.isupper() else re.I)
        for w in words
    )
