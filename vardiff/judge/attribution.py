"""Attribution: who said it. A dropped, changed or garbled source ("he told reporters" cut off
from its claim) changes who vouches for a claim; a reworded speech verb does not."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import _cues as cues
from .._artifacts import is_fragment
from .._entities import is_title, same_government
from .._report import Finding
from .._words import mistyped
from ._context import PairContext
from ._draft import draft
from ._edits import words
from ._lexicon import lexicon
from .kinds import one_person_named

__all__ = ["check_attribution"]


def check_attribution(ctx: PairContext) -> list[Finding]:
    a, b = cues.strip_quotes(ctx.a), cues.strip_quotes(ctx.b)
    fragments = tuple(s for s in ctx.sentences_b[1:] if is_fragment(s))
    left = cues.attributions(a)
    # An attribution whose words A has in the same order was not garbled: a stray full stop
    # elsewhere ("to. see if ..., he said") breaks the sentence, not who said it.
    running_a = " ".join(words(a))
    right = [
        replace(
            r,
            fragment=any(r.phrase.split()[-1] in f for f in fragments)
            and f" {' '.join(words(r.phrase))} " not in f" {running_a} ",
        )
        for r in cues.attributions(b)
    ]
    # A source B still names was not dropped: its verb was misspelt or reworded ("Trump wroet
    # on Twitter", "According within Tennet"). A pronoun names no one in particular.
    named_b = {cues.source_key(w) for w in words(b)}
    found: list[Finding] = []
    sources_b = [_named(r) for r in right]
    for garbled in (r for r in right if r.fragment):
        found.append(
            draft(
                ctx,
                check="attribution.garbled",
                category="attribution",
                a="",
                b=garbled.phrase,
                message=f"{garbled.phrase!r} is cut off from the claim it attributes",
                prior=0.85,
            )
        )
    unmatched_b = [r for r in right if not r.fragment]
    missing: list[cues.Attribution] = []
    for attribution in left:
        source = _named(attribution)
        match = next(
            (
                r
                for r in unmatched_b
                if _same_source(_named(r), source)
                or same_government(attribution.phrase, r.phrase)
                or _same_person(attribution.phrase, r.phrase)
            ),
            None,
        )
        if match is not None:
            unmatched_b.remove(match)
        elif not any(_same_source(source, s) for s in sources_b) and (
            cues.is_pronoun(attribution.source) or attribution.source not in named_b
        ):
            missing.append(attribution)
    for attribution in missing:
        replacement = next((r for r in unmatched_b if not cues.is_pronoun(r.source)), None)
        if replacement is None and unmatched_b:
            replacement = unmatched_b[0]
        if replacement is not None:
            unmatched_b.remove(replacement)
            found.append(
                draft(
                    ctx,
                    check="attribution.changed",
                    category="attribution",
                    a=attribution.phrase,
                    b=replacement.phrase,
                    message=f"another source: {attribution.phrase!r} in A, "
                    f"{replacement.phrase!r} in B",
                    prior=0.8,
                    evidence={
                        "pronoun": float(cues.is_pronoun(replacement.source)),
                        **_said_otherwise(attribution, b),
                    },
                )
            )
        else:
            found.append(
                draft(
                    ctx,
                    check="attribution.dropped",
                    category="attribution",
                    a=attribution.phrase,
                    b="",
                    message=f"B drops {attribution.phrase!r}: the claim is no longer attributed",
                    prior=0.8,
                    evidence=_said_otherwise(attribution, b),
                )
            )
    for attribution in unmatched_b:
        if not any(_same_source(_named(attribution), _named(x)) for x in left):
            found.append(
                draft(
                    ctx,
                    check="attribution.added",
                    category="attribution",
                    a="",
                    b=attribution.phrase,
                    message=f"B attributes the claim ({attribution.phrase!r}); A does not",
                    prior=0.5,
                )
            )
    return found


# Verbs by which a text reports what a source says, shows or holds, beyond the speech verbs
# an attribution is read by: a translation that attributes a claim in other words ("the data
# show", "he considers", "they call it") has kept who vouches for it.
_REPORTING = re.compile(
    r"\b(?:show|indicate|reveal|suggest|consider|believe|think|call|describe|specify|justify|"
    r"point|note|mention|claim|argue|report|announce|state|confirm|estimate|find|found|"
    r"say|said|tell|told|explain|add|insist|accord|cite|quote)\w*",
    re.IGNORECASE,
)


def _said_otherwise(attribution: cues.Attribution, b: str) -> dict[str, float]:
    """Evidence that B still says who vouches for the claim, in other words: it names the
    source anywhere (the same word, a kin word, a name mistyped), and it reports with a verb
    of saying, showing or holding anywhere. An attribution B lost with both gone is a claim
    B makes on its own authority."""
    source = _named(attribution)
    named = [cues.source_key(w) for w in words(b) if w[:1].isalpha()]
    kept = not cues.is_pronoun(attribution.source) and any(
        _same_source(source, other) for other in named
    )
    return {
        "source_kept": float(kept),
        "reported_in_b": float(_REPORTING.search(b) is not None),
    }


def _named(attribution: cues.Attribution) -> str:
    """The source as the lexicon may know it: the compound noun its head word ends ("the prime
    minister said": "prime minister", not "minister") or spells as an acronym ("the CEO said":
    "chief executive officer"), else the head word."""
    said = words(attribution.phrase)
    tokens = [w.lower() for w in said]
    if attribution.source in tokens:
        end = tokens.index(attribution.source) + 1
        for size in (3, 2):
            if end >= size and (compound := lexicon().compound(tokens[end - size : end])):
                return compound
        head = said[end - 1]
        # Only a word written in capitals: "it said" is a pronoun, not "IT".
        if head.isupper() and (spelled := lexicon().spelled_apart(head)):
            return spelled
    return attribution.source


def _same_person(left: str, right: str) -> bool:
    """Two sources named by a name they share ("Xi Jinping told" / "Mr Xi told", "Angela
    Merkel said" / "Chancellor Merkel said"): one person, whatever the titles and given names;
    whether the names differ is the name check's to say."""
    names = [{w for w in words(p) if w[:1].isupper() and not is_title(w)} for p in (left, right)]
    return bool(names[0] & names[1])


def _same_source(left: str, right: str) -> bool:
    """One source named alike: the same word, a synonym ("protesters" / "demonstrators"), a
    broader or narrower word for the same people ("researchers" / "scientists", "spokesman" /
    "spokesperson") or a near-synonym under a broad category ("villagers" / "residents"). Names
    and pronouns only match themselves, or a name mistyped."""
    if left == right:
        return True
    if cues.is_pronoun(left) or cues.is_pronoun(right):
        return False
    if mistyped(left, right):
        return True  # "Satos said" / "Santos said": the same source, mistyped
    kin = lexicon().kinship(left, right)
    return kin is not None and (kin.same_thing or one_person_named(kin, left, right))
