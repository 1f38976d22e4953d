"""An act attempted, threatened or promised on one side, done on the other: "the prisoner tried
to escape" / "the prisoner escaped", "threatened to expel the diplomats" / "expelled the
diplomats", "failed to stop the convoy" / "stopped the convoy".

A verb of trying, threatening, promising or failing before "to" and a verb says the act may
not have happened (or did not); the same verb told as done on the other side, with no such verb
before it, says it did. The modality check reads plans and expectations ("plans to cut" /
"has cut"); "managed to" and "succeeded in" say the act happened, so they are no attempt.
"""

from __future__ import annotations

import re

from .. import _cues as cues
from .._report import Finding
from ._context import PairContext
from ._draft import draft
from ._lexicon import lexicon
from ._text import same_case

__all__ = ["check_attempts"]

_PRIOR = 0.85
# Verbs before "to" + a verb that leave the act undone (or not yet done), by lemma.
_UNDONE = frozenset("try attempt seek threaten vow pledge promise aim fail refuse".split())
_INFINITIVE = re.compile(r"\b([A-Za-z]+)\s+to\s+([a-z]+)\b")
_WORD = re.compile(r"[A-Za-z]+")
# Words after which a verb tells no act done: a modal, or a bare "be" (only a modal or "to"
# stands before it: "would be reopened", "will be expelled").
_NOT_DONE_AFTER = frozenset("will would shall should can could may might must be".split())
_NOT_BEFORE_VERB = frozenset(
    "a an the its his her their our my your this that these those of in on for with by at "
    "from no any every each".split()
)


def _undone(text: str) -> list[tuple[str, str, str]]:
    """Each act ``text`` leaves undone: (the verb of trying as written, the act's lemma, the
    act as written)."""
    lex = lexicon()
    found = []
    for match in _INFINITIVE.finditer(text):
        verb, act = match.group(1), match.group(2)
        if not _UNDONE.intersection(lex.lemmas(verb.lower(), "v")):
            continue
        if act in lex.lemmas(act, "v"):
            found.append((verb, act, act))
    return found


def _done(text: str, act: str) -> str | None:
    """The act told as done in ``text``: a form of its verb that is no infinitive after "to"
    and follows no verb of trying ("escaped", "has cut", "were expelled")."""
    lex = lexicon()
    tokens = list(_WORD.finditer(text))
    for at, token in enumerate(tokens):
        word = token.group(0).lower()
        if act not in lex.lemmas(word, "v"):
            continue
        before = tokens[at - 1].group(0).lower() if at else ""
        if before == "to" or word.endswith("ing"):
            continue
        if before in _NOT_DONE_AFTER:
            continue  # "promised the library would be reopened": still to be done
        if _UNDONE.intersection(lex.lemmas(before, "v")):
            continue  # "failed pay to": the verb of trying is still there, its "to" moved
        if word == act and before in _NOT_BEFORE_VERB:
            continue  # "attempted an escape", "the cut": the bare form as a noun
        return token.group(0)
    return None


# A present ability and the verb it bears on ("can reach", "is able to carry", "are capable of
# producing"), an adverb between them allowed ("can easily reach").
_ABILITY = re.compile(
    r"\b(?:can|(?:is|are|am)\s+(?:now\s+)?(?:able\s+to|capable\s+of))\s+([a-z]+)(?:\s+([a-z]+))?",
    re.IGNORECASE,
)
_BE = frozenset("is are am was were be been being".split())
_ABLE_ANYWAY = re.compile(
    rf"\b(?:{cues.ABILITY_MODALS}|able|capable|may|might|possible|capacity)\b", re.I
)


def _abilities(text: str) -> list[tuple[str, str]]:
    """Each act ``text`` says can be done: (the words as written, the act's lemma)."""
    lex = lexicon()
    found = []
    for match in _ABILITY.finditer(text):
        verb, end = match.group(1).lower(), match.end(1)
        if verb.endswith("ly") and not lex.lemmas(verb, "v") and match.group(2):
            verb, end = match.group(2).lower(), match.end(2)  # "can easily reach"
        lemmas = [w for w in lex.lemmas(verb, "v") if w not in ("be", "have", "do", "get")]
        if lemmas and not _NEGATION.search(text[: match.start()].split(".")[-1][-12:]):
            found.append((text[match.start() : end], lemmas[0]))
    return found


def _done_before(text: str, act: str) -> str | None:
    """The act told as done in the past in ``text``: a form of its verb unlike its bare one and
    no present ("reached", "has carried", "grew"), after no "to" and no form of "be" (a
    passive: "light rain can be expected" / "is expected")."""
    lex = lexicon()
    tokens = list(_WORD.finditer(text))
    for at, token in enumerate(tokens):
        word = token.group(0).lower()
        if word == act or word.endswith(("s", "ing")) or act not in lex.lemmas(word, "v"):
            continue
        before = tokens[at - 1].group(0).lower() if at else ""
        if before == "to" or before in _NOT_BEFORE_VERB or before in _BE:
            continue  # "are expected": a passive tells what is, not an act done
        return token.group(0)
    return None


def _done_now(text: str, act: str) -> str | None:
    """The act told as what is done in ``text``, in the present of one doer ("produces",
    "carries"), after no "to", no form of "be" and no word that makes it a noun ("the plant
    produces" / "can produce": a capacity told as the output)."""
    lex = lexicon()
    tokens = list(_WORD.finditer(text))
    for at, token in enumerate(tokens):
        word = token.group(0).lower()
        if word == act or not word.endswith("s") or act not in lex.lemmas(word, "v"):
            continue
        before = tokens[at - 1].group(0).lower() if at else ""
        if before == "to" or before in _NOT_BEFORE_VERB or before in _BE:
            continue
        return token.group(0)
    return None


def _ability_told_done(ctx: PairContext, a: str, b: str) -> list[Finding]:
    found: list[Finding] = []
    for side, text, other in (("a", a, b), ("b", b, a)):
        if _ABLE_ANYWAY.search(other) or _NEGATION.search(other):
            continue  # the other side says an ability or a possibility too, or denies
        for said, act in _abilities(text):
            done = _done_before(other, act)
            now = _done_now(other, act) if done is None else None
            if done is None and now is None:
                continue
            done = done or now
            assert done is not None
            left, right = (said, done) if side == "a" else (done, said)
            found.append(
                draft(
                    ctx,
                    check="modality.ability",
                    category="modality",
                    a=left,
                    b=right,
                    message=(
                        f"what {'A' if side == 'a' else 'B'} says can be done ({said!r}) is "
                        f"told as {'what is done' if now else 'done'} in "
                        f"{'B' if side == 'a' else 'A'} ({done!r})"
                    ),
                    prior=0.7 if now else 0.75,
                    evidence={"present": float(now is not None)},
                )
            )
            break
    return found


_NEGATIVE = frozenset({"fail", "refuse"})
_NEGATION = re.compile(r"\b(?:not|never|no)\b|n[’']t\b", re.IGNORECASE)


# Verbs whose act is another with "to" and a verb than with the verb's "-ing" form (a closed
# class, as grammars of English list it): "stopped to talk" begins the talk, "stopped talking"
# ends it; "forgot to lock" did not lock, "forgot locking" did; "went on to work" began
# working there, "went on working" kept on; "regretted to say" says now, "regretted saying"
# had said; "meant to leave" intended, "meant leaving" entailed. ("remember", "try", "begin",
# "continue", "intend" and "prefer" take either form for much the same act.) "go" counts with
# its "on" only.
_COMPLEMENT_TURNS = frozenset({"stop", "forget", "go", "regret", "mean"})
_TO_VERB = re.compile(r"\b([A-Za-z]+)((?:\s+on)?)\s+to\s+([a-z]+)\b")
_ING_VERB = re.compile(r"\b([A-Za-z]+)((?:\s+on)?)\s+([a-z]+ing)\b")


def _complements(pattern: re.Pattern[str], text: str) -> list[tuple[str, str, str]]:
    """Each verb of ``_COMPLEMENT_TURNS`` with the act after it: (the words as written, the
    verb's lemma, the act's lemma)."""
    lex = lexicon()
    found = []
    for match in pattern.finditer(text):
        verb, particle, act = match.group(1).lower(), match.group(2), match.group(3)
        lemmas = _COMPLEMENT_TURNS.intersection(lex.lemmas(verb, "v"))
        if not lemmas or ("go" in lemmas) != bool(particle):
            continue
        acts = [w for w in lex.lemmas(act, "v") if not w.endswith("ing")]
        if acts:
            found.append((match.group(0), min(lemmas), acts[0]))
    return found


def _complement_turned(ctx: PairContext, a: str, b: str) -> list[Finding]:
    """The same verb of ``_COMPLEMENT_TURNS`` before the same act, with "to" on one side and
    the "-ing" form on the other: another act."""
    for text, other, in_a in ((a, b, True), (b, a, False)):
        for said_to, verb, act in _complements(_TO_VERB, text):
            for said_ing, verb_ing, act_ing in _complements(_ING_VERB, other):
                if (verb_ing, act_ing) != (verb, act):
                    continue
                left, right = (said_to, said_ing) if in_a else (said_ing, said_to)
                finding = draft(
                    ctx,
                    check="modality.complement",
                    category="modality",
                    a=left,
                    b=right,
                    message=(
                        f"{left!r} / {right!r}: after {verb!r}, 'to' and a verb and its '-ing' "
                        "form tell two acts (begun or ended, done or not)"
                    ),
                    prior=_PRIOR_COMPLEMENT,
                )
                return [finding]
    return []


# A prior (no dev pair holds the rule yet): the two forms tell opposite acts of one verb.
_PRIOR_COMPLEMENT = 0.8


def check_attempts(ctx: PairContext) -> list[Finding]:
    a, b = same_case(ctx.a, ctx.b)
    lex = lexicon()
    found: list[Finding] = []
    for side, text, other in (("a", a, b), ("b", b, a)):
        if _undone(other):
            continue  # both sides try something: the wording check compares the verbs
        for verb, act, written in _undone(text):
            done = _done(other, act)
            if done is None or _done(text, act) is not None:
                continue  # told as done on this side too: "tried to help them and helped"
            if _NEGATIVE.intersection(lex.lemmas(verb.lower(), "v")) and _NEGATION.search(other):
                continue  # "fail to be recognized" / "are not recognized": the same denial
            said, told = f"{verb} to {written}", done
            left, right = (said, told) if side == "a" else (told, said)
            found.append(
                draft(
                    ctx,
                    check="modality.attempt",
                    category="modality",
                    a=left,
                    b=right,
                    message=(
                        f"an act {'A' if side == 'a' else 'B'} leaves undone ({said!r}) is told "
                        f"as done in {'B' if side == 'a' else 'A'} ({told!r})"
                    ),
                    prior=_PRIOR,
                    evidence={"failed": float("fail" in lex.lemmas(verb.lower(), "v"))},
                )
            )
            break
    return found + _ability_told_done(ctx, a, b) + _complement_turned(ctx, a, b)
