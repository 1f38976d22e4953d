"""Certainty and hedging: "is scheduled to" / "may", "will" / "might". A plain future ("will")
or conditional ("would") against none is tense or style, and translations vary in it freely;
"can" is ability, not likelihood.

Two changes stand out from the rest. ``modality.certainty``: a claim stated as certain on one
side ("will", "must", a "would" that tells what will be: "announced the troops would leave")
and only as possible on the other ("may", "might", "could"), with nothing else on either side
that hedges or frames it. Honest translations move between "would" and "will" or "may" and
"could" all the time; they do not turn what will happen into what may. ``modality.obligation``:
what should or must be done on one side ("should", "must", "has to"), what simply will be on
the other ("will"), with no other word of duty, doubt or condition: advice told as a forecast.
Both are read in direct quotes too. Where each side mixes the two ("rain will fall, and storms
could follow" / "rain may fall, and storms could follow"), one side saying what will be more
often and what may be less often is the same change (evidence ``mixed``). A question, and a
condition ("if", "unless", "whether") on one side only, frame the modals as hypothetical, as
does a "would" beside a condition, so they leave the finding to ``modality.changed``; a
condition on both sides leaves the two consequences to compare."""

from __future__ import annotations

import re
from collections import Counter

from .. import _cues as cues
from .._report import Finding
from . import _edits
from ._context import PairContext
from ._draft import draft
from ._lexicon import lexicon
from .polarity import RAISING

__all__ = ["check_modality"]

_EPISTEMIC = {
    "possibility", "probability", "necessity", "plan", "hedge", "expectation", "wish", "threat",
}  # fmt: skip
_PLAIN = {
    "possibility": "possible",
    "probability": "probable",
    "necessity": "necessary",
    "plan": "planned",
    "hedge": "hedged",
    "wish": "wished for",
    "threat": "threatened",
}


# Words of two kinds at once, with the kinds they match on the other side and the kind they
# are where the other side has none of those. "should" is an expectation as often as a duty
# ("he should arrive on Sunday" / "he is expected to arrive on Sunday"); what "is expected to"
# happen is planned or likely ("is scheduled to", "will probably").
_SHOULD = "should"
# A hedge that tells what is believed ("is thought to have started", "is believed to be", "it
# is presumed that") says what is probable as "probably" does: either matches the other side's
# hedge or its probability ("is thought to have started" / "probably started"); alone, it is a
# hedge ("is thought to have started" / "is known to have started" stays changed).
_BELIEF = "belief"
_BELIEVED = re.compile(r"\b(?:believed|thought|presumed)\b", re.IGNORECASE)
_EITHER = {
    _SHOULD: (("necessity", "plan", "probability", "expectation"), "necessity"),
    "expectation": (("plan", "probability"), "probability"),
    _BELIEF: (("hedge", "probability"), "hedge"),
}


def _possible_words(text: str) -> list[str]:
    """The words that say something may be, but "can": ability, not likelihood."""
    return [w for w in cues.modality_words(text, "possibility") if w.lower() != "can"]


def _certain_words(text: str) -> list[str]:
    """The words that say something will or must be ("will", "is going to", "must")."""
    necessity = cues.modality_words(text, "necessity")
    return cues.modality_words(text, "future") + [w for w in necessity if w.lower() == "must"]


def _epistemic(text: str) -> set[str]:
    kinds = {k for k in cues.modality_classes(text) if k in _EPISTEMIC}
    if "possibility" in kinds and not _possible_words(text):
        kinds.discard("possibility")
    if "necessity" in kinds and all(
        w.lower() == _SHOULD for w in cues.modality_words(text, "necessity")
    ):
        kinds = (kinds - {"necessity"}) | {_SHOULD}
    if "hedge" in kinds and all(_BELIEVED.search(w) for w in cues.modality_words(text, "hedge")):
        kinds = (kinds - {"hedge"}) | {_BELIEF}
    return kinds


def _settle_either(left: set[str], right: set[str]) -> tuple[set[str], set[str]]:
    """Each side's kinds with a word of two kinds (:data:`_EITHER`) and what it matches on the
    other side taken out; one left unmatched is its own kind."""
    for kind, (matches, _) in _EITHER.items():
        for one, other in ((left, right), (right, left)):
            match = next((k for k in matches if k in other), None)
            if kind in one and match is not None:
                one.discard(kind)
                other.discard(match)
    for kind, (_, alone) in _EITHER.items():
        for side in (left, right):
            if kind in side:
                side.discard(kind)
                side.add(alone)
    return left, right


def _words(text: str, kind: str) -> list[str]:
    """The words that say ``kind`` in ``text``, an expectation left alone among them."""
    found = cues.modality_words(text, kind)
    if kind == _EITHER["expectation"][1]:
        found += cues.modality_words(text, "expectation")
    return found


_FRAMED = re.compile(r"\b(?:if|unless|whether)\b", re.IGNORECASE)
_QUESTION = re.compile(r"\?\s*$")
_UNSURE = {"possibility", "hedge", "probability", "expectation", "plan", "conditional", "threat"}
# "would" that tells what will be: the future of a past report ("announced the troops would
# leave") or a claim about what is so ("it would be in vain"); not a wish ("would like"), nor
# "would-be" buyers.
_PREDICTING_WOULD = re.compile(
    r"(?<![\w-])would(?![\w-])(?!\s+(?:like|love|prefer|rather|sooner)\b)", re.IGNORECASE
)


def _framed(text: str, other: str) -> bool:
    """A question asks and claims nothing; a condition ("if", "unless", "whether") on one side
    only makes its modals hypothetical where the other's are not. A condition on both sides
    leaves the two consequences to compare ("if they agree, we will restore it" / "..., we may
    restore it")."""
    return bool(_QUESTION.search(text)) or (
        bool(_FRAMED.search(text)) and not _FRAMED.search(other)
    )


def _predicting(text: str) -> list[str]:
    """The "would"s of ``text`` that tell what will be (:data:`_PREDICTING_WOULD`), where no
    condition frames them."""
    return [] if _FRAMED.search(text) else _PREDICTING_WOULD.findall(text)


def _certainty(text: str, other: str) -> str | None:
    """``"certain"`` when ``text`` says what will or must be ("will", "must", a predicting
    "would") and hedges nothing, ``"possible"`` when it only says what may be (not with
    "can": ability); None otherwise, or where it is framed (:func:`_framed`)."""
    if _framed(text, other):
        return None
    kinds = cues.modality_classes(text)
    predicting = _predicting(text)
    unsure = set(_UNSURE)
    if predicting and len(predicting) == kinds["conditional"]:
        unsure.discard("conditional")
    certain = bool(_certain_words(text) or predicting)
    if certain and not set(kinds) & unsure:
        return "certain"
    if _possible_words(text) and not (certain or "conditional" in kinds):
        return "possible"
    return None


_OTHER_DOUBT = ("hedge", "probability", "expectation", "plan", "threat")


def _strength(text: str) -> tuple[int, int]:
    """How many words of ``text`` say what will be, and how many what may be."""
    return len(_certain_words(text)) + len(_predicting(text)), len(_possible_words(text))


def _shifted(a: str, b: str) -> bool | None:
    """Where each side mixes the two ("rain will fall, and storms could follow" / "rain may
    fall, and storms could follow"): True where ``a`` says what will be more often than ``b``
    and what may be less often, False for the other way round, None otherwise. Not under a
    condition on either side (the modal of the condition and of its consequence are not told
    apart), in a question, or where another word of doubt ("probably", "appears to") differs."""
    if any(_FRAMED.search(t) or _QUESTION.search(t) for t in (a, b)):
        return None
    kinds_a, kinds_b = cues.modality_classes(a), cues.modality_classes(b)
    if any(kinds_a[k] != kinds_b[k] for k in _OTHER_DOUBT):
        return None
    (certain_a, possible_a), (certain_b, possible_b) = _strength(a), _strength(b)
    if certain_a > certain_b and possible_b > possible_a:
        return True
    if certain_b > certain_a and possible_a > possible_b:
        return False
    return None


_NOT_DUTY = {"future", "expectation", "plan", "probability", "possibility", "hedge", "threat"}
_NOT_PLAIN = {
    "possibility", "probability", "hedge", "plan", "expectation", "conditional", "threat",
}  # fmt: skip


def _duty(text: str, other: str) -> bool:
    """``text`` says what should or must be done ("should", "must", "has to") and nothing of
    what will be, and ``other`` says only that it will be ("will"), with no word of duty, doubt
    or condition: advice or an obligation told as a plain forecast, or the reverse."""
    if _framed(text, other) or _framed(other, text):
        return False
    kinds, kinds_other = set(cues.modality_classes(text)), set(cues.modality_classes(other))
    return (
        bool(cues.modality_words(text, "necessity"))
        and not kinds & _NOT_DUTY
        and not cues.modality_words(other, "necessity")
        and "future" in kinds_other
        and not kinds_other & _NOT_PLAIN
    )


def _duty_shifted(a: str, b: str) -> bool | None:
    """Where a side says both what should be done and what will be ("immigrants should learn
    English, and people should stop worrying" / "immigrants will learn English, and people
    should stop worrying"): True where ``a`` says what should or must be more often than ``b``
    and what will be less often, False for the other way round, None otherwise; as
    :func:`_shifted` reads certainty, and not where a condition, a question or another word
    of doubt or likelihood on either side may account for the change."""
    if any(_FRAMED.search(t) or _QUESTION.search(t) for t in (a, b)):
        return None
    kinds_a, kinds_b = cues.modality_classes(a), cues.modality_classes(b)
    if any(kinds_a[k] != kinds_b[k] for k in (*_OTHER_DOUBT, "possibility", "conditional")):
        return None
    duty_a, duty_b = (_duties(t) for t in (a, b))
    future_a, future_b = (len(cues.modality_words(t, "future")) for t in (a, b))
    if duty_a > duty_b and future_b > future_a:
        return True
    if duty_b > duty_a and future_a > future_b:
        return False
    return None


# People who may be told what to do: "you should", "residents should"; "the bridge should
# reopen" expects, and is no duty.
_PERSONS = frozenset("i you we they he she people everyone anyone someone".split())
_SHOULD_AFTER = re.compile(r"([\w’'-]+)\s+should\b", re.IGNORECASE)


def _duties(text: str) -> int:
    """How many words of ``text`` say what must be done: "must", "has to", and a "should"
    whose subject is someone who can be told to act (a person or a body: "immigrants should
    learn", "you should call"), not a thing expected to be ("the bridge should reopen")."""
    words = cues.modality_words(text, "necessity")
    others = sum(1 for w in words if w.lower() != _SHOULD)
    told = sum(1 for m in _SHOULD_AFTER.finditer(text) if _person(m.group(1).lower()))
    return others + min(told, len(words) - others)


def _person(word: str) -> bool:
    return word in _PERSONS or bool(
        {"noun.person", "noun.group"}.intersection(lexicon().domains(word)[:2])
    )


# What must not be done against what need not be: a ban against a freedom ("travellers must not
# show a test" / "need not show a test"). Both read as necessity with a negation beside it.
_PROHIBITED = re.compile(
    r"\bmust\s+not\b|\bmustn[’']t\b|\bnot\s+(?:be\s+)?(?:allowed|permitted)\s+to\b",
    re.IGNORECASE,
)
_NOT_REQUIRED = re.compile(
    r"\bneed\s+not\b|\bneedn[’']t\b|\b(?:do|does|did)\s+not\s+(?:have|need)\s+to\b|"
    r"\b(?:don|doesn|didn)[’']t\s+(?:have|need)\s+to\b|\bnot\s+(?:be\s+)?(?:required|obliged)\s+to\b",
    re.IGNORECASE,
)


def _ban_freed(ctx: PairContext) -> Finding | None:
    """A ban on one side ("must not", "not allowed to"), no duty on the other ("need not",
    "do not have to", "not required to")."""
    for banned, freed, ban_in_a in ((ctx.a, ctx.b, True), (ctx.b, ctx.a, False)):
        ban, free = _PROHIBITED.search(banned), _NOT_REQUIRED.search(freed)
        if ban and free and not _NOT_REQUIRED.search(banned) and not _PROHIBITED.search(freed):
            said_a, said_b = (
                (ban.group(0), free.group(0)) if ban_in_a else (free.group(0), ban.group(0))
            )
            return _modality_draft(
                ctx,
                "modality.prohibition",
                [said_a],
                [said_b],
                message=(
                    f"what must not be done ({ban.group(0)!r}) against what need not be "
                    f"({free.group(0)!r}): a ban told as a freedom, or the other way round"
                ),
                prior=0.85,
                evidence={},
            )
    return None


# Words and marks, for reading a condition told by inversion (``cues.inverted_condition``).
_CLAUSE_TOKEN = re.compile(r"[\w’'-]+|[^\w\s]")
_SENTENCE_MARKS = frozenset({".", ":", "!"})


def _inverted_if(text: str) -> str:
    """``text`` with a condition told by an inverted "Should" said with "If": "Should" with its
    capital opening a sentence or a clause, its subject and verb after it, in a sentence that
    asks nothing ("Should the talks fail, the union will strike" = "If the talks fail"), no
    duty and no expectation; or "should" after a conjunction, its pronoun subject after it
    (:func:`_joined_inversion`: "..., and should you want one, ...")."""
    if "?" in text:
        return text
    tokens = [(m.group(), m.start()) for m in _CLAUSE_TOKEN.finditer(text)]
    lowered = [t.lower() for t, _ in tokens]
    start = 0  # where the sentence of each token starts
    found = []
    for index, (token, at) in enumerate(tokens):
        if index and lowered[index - 1] in _SENTENCE_MARKS:
            start = index
        if (
            token == "Should"
            and cues.inverted_condition(lowered[start:], index - start, frozenset({"should"}))
        ) or _joined_inversion(lowered[start:], index - start):
            found.append(at)
    for at in reversed(found):
        text = text[:at] + ("If" if text[at] == "S" else "if") + text[at + len("Should") :]
    return text


# Conjunctions that join an inverted condition to the clause before it: "..., and should you
# have a concern, you should call".
_JOINERS = frozenset({"and", "but", "or"})


def _joined_inversion(tokens: list[str], index: int) -> bool:
    """``tokens[index]`` (lower-cased words and marks of a sentence) is a "should" opening a
    condition after a comma and a conjunction, its subject a pronoun right after it ("and
    should you have a concern, ..."): read as the inverted condition it is, without the
    conjunction (:func:`cues.inverted_condition`)."""
    return (
        tokens[index] == _SHOULD
        and index >= 2
        and tokens[index - 1] in _JOINERS
        and index + 1 < len(tokens)
        and cues.is_pronoun(tokens[index + 1])
        and cues.inverted_condition(
            tokens[: index - 1] + tokens[index:], index - 1, frozenset({_SHOULD})
        )
    )


def check_modality(ctx: PairContext) -> list[Finding]:
    found = [x for x in (_ban_freed(ctx), _mandative(ctx)) if x is not None]
    return [*found, *_check_modality(ctx)]


# A mandative clause: "that", its subject, and the verb in its base form where a finite verb
# would agree or tell a time ("demanded that the minister resign", "recommended that the drug
# be made available"), or with "should" ("insisted that the council should reopen"): what
# someone wants done. The same subject on the other side with a verb that tells a time ("would
# resign", "had reopened", "was made") tells what happened or will happen.
_THAT_CLAUSE = re.compile(r"\bthat\s+([^,;:.!?()\"“”]+)", re.IGNORECASE)
_CLAUSE_WORD = re.compile(r"[\w’'-]+")
_MANDATIVE_MODALS = frozenset({"should", "must", "shall"})
# Words that open a verb telling a time: past, perfect, future, conditional.
_TIMED = frozenset("would will had has have was were did could might 'd ’d".split())
# Words that open a verb in the present, which British English also writes after a demand
# ("recommended that the drug is made available"): read only where the verb before "that"
# changed too.
_PRESENT = frozenset("is are does do".split())
_PLURAL_SUBJECTS = frozenset("they we you i both all".split())
_PRONOUNS = frozenset("he she it they we you i".split())
_SUBJECT_MOST = 6
_DETERMINERS = frozenset(
    "the a an this that these those its his her their our my your every each any".split()
)
# Words no subject holds and no base form is: auxiliaries, modals, negations.
_NOT_IN_SUBJECT = frozenset(
    "am is are was were be been being has have had do does did can could will would shall "
    "should may might must not never no".split()
)


def _that_clauses(text: str) -> list[tuple[str, list[str]]]:
    """Each "that" clause of ``text``: the word before "that" and the clause's words up to the
    next mark."""
    found = []
    for match in _THAT_CLAUSE.finditer(text):
        before = _CLAUSE_WORD.findall(text[: match.start()])
        found.append(((before[-1].lower() if before else ""), _CLAUSE_WORD.findall(match.group(1))))
    return found


def _subject(words: list[str]) -> bool:
    """``words`` may be a clause's subject: a pronoun alone, or a noun phrase that opens with
    a determiner or a name and holds no auxiliary, modal, negation or adverb in "-ly" ("the
    interior minister", "the drug", "Parliament")."""
    lowered = [w.lower() for w in words]
    if any(w in _PRONOUNS for w in lowered):
        return len(lowered) == 1
    if not (lowered[0] in _DETERMINERS or words[0][:1].isupper()):
        return False  # "floods that spread sediment": a relative clause, no subject after it
    return not any(w in _NOT_IN_SUBJECT or w.endswith("ly") for w in lowered)


def _base_verb(word: str, subject: list[str]) -> bool:
    """``word`` is a verb in its base form, which only the subjunctive writes after this
    subject: "be" after any, another verb after a subject in the third person singular (the
    finite verb would end in "-s"), its past not written the same ("cut", "set")."""
    lowered = word.lower()
    if lowered == "be":
        return True
    if lowered in _NOT_IN_SUBJECT:
        return False
    head = subject[-1].lower()
    if head in _PLURAL_SUBJECTS or (head.endswith("s") and not head.endswith("ss")):
        return False
    if len(subject) == 1 and not (subject[0][:1].isupper() or head in ("he", "she", "it")):
        return False
    lex = lexicon()
    return lowered in lex.lemmas(lowered, "v") and not _past_alike(lowered)


def _past_alike(verb: str) -> bool:
    """A verb of one syllable ending in "t" or "d", which may be its own past ("cut", "hit",
    "set", "spread": "said that the government cut taxes" tells a past): not read as a base
    form."""
    return verb.endswith(("t", "d")) and len(re.findall(r"[aeiouy]+", verb)) == 1


def _verb_told(words: list[str], subject: list[str]) -> str | None:
    """How the clause's verb after ``subject`` is told: "mandative" (a base form or "should"),
    "timed" (past, perfect, future, conditional), "present" or None (unread)."""
    if not words:
        return None
    first = words[0].lower()
    if first in _MANDATIVE_MODALS:
        return "mandative"
    if first == "not" and len(words) > 1 and _base_verb(words[1], subject):
        return "mandative"
    if _base_verb(first, subject):
        return "mandative"
    if first in _TIMED:
        return "timed"
    if first in _PRESENT:
        return "present"
    lex = lexicon()
    lemmas = lex.lemmas(first, "v")
    if lemmas and first not in lemmas and first.endswith("ed"):
        return "timed"
    if lemmas and first in {f for lemma in lemmas for f in lex.irregular_forms(lemma)}:
        return "timed"
    return None


def _mandative(ctx: PairContext) -> Finding | None:
    """A demand or a recommendation ("demanded that the minister resign") told as a fact or a
    forecast ("predicted that the minister would resign", "insisted that the council had
    reopened"): the same subject after "that" on both sides, its verb a base form or "should"
    on one side and a verb that tells a time on the other."""
    clauses_a, clauses_b = _that_clauses(ctx.a), _that_clauses(ctx.b)
    for verb_a, words_a in clauses_a:
        for verb_b, words_b in clauses_b:
            shared = 0
            while (
                shared < min(len(words_a), len(words_b))
                and words_a[shared].lower() == words_b[shared].lower()
            ):
                shared += 1
            if not 1 <= shared <= _SUBJECT_MOST:
                continue
            subject = words_a[:shared]
            if not _subject(subject):
                continue
            told_a = _verb_told(words_a[shared:], subject)
            told_b = _verb_told(words_b[shared:], subject)
            if {told_a, told_b} not in ({"mandative", "timed"}, {"mandative", "present"}):
                continue
            if "present" in (told_a, told_b) and verb_a == verb_b:
                continue
            said_a = " ".join(words_a[shared : shared + 2])
            said_b = " ".join(words_b[shared : shared + 2])
            demand_in_a = told_a == "mandative"
            return _modality_draft(
                ctx,
                "modality.mandative",
                [said_a],
                [said_b],
                message=(
                    "what someone wants done ("
                    + repr(said_a if demand_in_a else said_b)
                    + ") told as what happened or will happen ("
                    + repr(said_b if demand_in_a else said_a)
                    + "), or the other way round"
                ),
                prior=0.7,
                evidence={},
            )
    return None


# A permission said outright: "may" beside it on the other side is the same permission
# ("residents are allowed to return" / "residents may return"), not a possibility.
_PERMISSION = re.compile(
    r"\b(?:allowed|permitted|free|entitled|authori[sz]ed)\s+to\b|"
    r"\b(?:the|a)\s+right\s+to\b|\bpermission\s+to\b",
    re.IGNORECASE,
)
_MAY = re.compile(r"\bmay\b", re.IGNORECASE)
# A possibility denied twice: "not impossible" is "possible".
_NOT_IMPOSSIBLE = re.compile(r"\bnot\s+impossible\b", re.IGNORECASE)


# "could" before a verb: read as what was perceived where the verb is one of perceiving.
_COULD_VERB = re.compile(r"\bcould(?=(?:\s+not|n['’]t)?\s+([a-z]+)\b)", re.IGNORECASE)
# How many of a verb's first senses may be one of perceiving: "feel" is first an emotion.
_PERCEIVING_SENSES = 3


def _perceived(verb: str, other: str) -> bool:
    """A verb of perceiving in one of its first senses, WordNet's own class (the lexicon's
    ``verb.perception`` file: "hear", "see", "smell", "taste", "feel", "notice", "spot"),
    that ``other`` tells in another form of its own ("heard", "saw"): what was perceived. A
    "could" with no such form beside it may be a forecast ("the coast could see floods" /
    "will see floods")."""
    lex = lexicon()
    if "verb.perception" not in lex.domains(verb.lower(), "v")[:_PERCEIVING_SENSES]:
        return False
    lemmas = set(lex.lemmas(verb.lower(), "v"))
    return any(
        word.lower() != verb.lower() and lemmas & set(lex.lemmas(word.lower(), "v"))
        for word in _edits.words(other)
    )


# "could" and whether it is denied ("could not", "couldn't"); the words before it.
_COULD = re.compile(r"\bcould\b(?P<denied>\s+not\b|n[’']t)?", re.IGNORECASE)
_TOKENS = re.compile(r"[\w’']+")
_DENIAL = frozenset({"not", "never", "n't", "n’t"})
_RAISED_REACH = 8  # words between a verb of thinking and the "could" of its clause, at most


def _thinking_before(text: str, at: int) -> tuple[str, bool] | None:
    """The verb of thinking (``polarity.RAISING``, by lemma) among the words before ``at`` in
    ``text``, the nearest, and whether a negation stands right before it ("did not believe",
    "didn't think")."""
    lex = lexicon()
    before = _TOKENS.findall(text[:at])[-_RAISED_REACH:]
    for index in range(len(before) - 1, -1, -1):
        lemmas = set(lex.lemmas(before[index].lower(), "v")) & RAISING
        if lemmas:
            near = [w.lower() for w in before[max(0, index - 2) : index]]
            denied = any(w in _DENIAL or w.endswith(("n't", "n’t")) for w in near)
            return min(lemmas), denied
    return None


def _raised_could(text: str, other: str) -> list[int]:
    """Where ``text`` says "could" under a verb of thinking with a negation before it ("did
    not believe his side could win"), and ``other`` has that verb undenied with "could not"
    after it ("believed his side could not win"): the negation passed down to the clause (a
    raised negation, as ``polarity.RAISING`` reads it), one possibility denied in two shapes.
    The other side reads "could not" as no modal at all; so is this "could"."""
    theirs = set()
    for match in _COULD.finditer(other):
        verb = _thinking_before(other, match.start())
        if match.group("denied") and verb is not None and not verb[1]:
            theirs.add(verb[0])
    found = []
    for match in _COULD.finditer(text):
        verb = _thinking_before(text, match.start())
        if not match.group("denied") and verb is not None and verb[1] and verb[0] in theirs:
            found.append(match.start())
    return found


def _plain(text: str, other: str) -> str:
    """``text`` with a double negation of possibility said plainly ("not impossible":
    "possible"), "could" before a verb of perceiving that ``other`` tells as perceived read so
    ("could hear explosions" / "heard", "could not see" / "did not see": no possibility), where
    ``other`` grants a permission that ``text`` does not, its "may" read as that permission
    ("can": no likelihood)."""
    for at in reversed(_raised_could(text, other)):
        text = f"{text[:at]}{' ' * len('could')}{text[at + len('could') :]}"
    text = _NOT_IMPOSSIBLE.sub("possible", text)
    text = _COULD_VERB.sub(lambda m: "did" if _perceived(m.group(1), other) else m.group(0), text)
    if _PERMISSION.search(other) and not _PERMISSION.search(text):
        text = _MAY.sub("can", text)
    return text


_WARNED = re.compile(r"\bwarn(?:s|ed|ing)?\b", re.IGNORECASE)


def _check_modality(ctx: PairContext) -> list[Finding]:
    # Certainty and duty are read in direct quotes too: a speaker's "will" made "may" is
    # another claim, and the quote check shows a rewritten quote in a rewrite at "low" only.
    text_a, text_b = _plain(ctx.a, ctx.b), _plain(ctx.b, ctx.a)
    certainty = (_certainty(text_a, text_b), _certainty(text_b, text_a))
    if set(certainty) == {"certain", "possible"}:
        return [_certainty_finding(ctx, text_a, text_b, certain_in_a=certainty[0] == "certain")]
    shifted = _shifted(text_a, text_b)
    if shifted is not None:
        return [_certainty_finding(ctx, text_a, text_b, certain_in_a=shifted, mixed=True)]
    # A condition told by an inverted "Should" ("should you need help, ... you should call")
    # is no duty: read as the "if" it is.
    plain_a, plain_b = _inverted_if(text_a), _inverted_if(text_b)
    for duty_in_a, (x, y) in ((True, (plain_a, plain_b)), (False, (plain_b, plain_a))):
        if _duty(x, y):
            return [_duty_finding(ctx, (plain_a, plain_b), duty_in_a=duty_in_a)]
    duty_shifted = _duty_shifted(plain_a, plain_b)
    if duty_shifted is not None:
        finding = _duty_finding(ctx, (plain_a, plain_b), duty_in_a=duty_shifted, mixed=True)
        return [finding]
    a, b = (_inverted_if(cues.strip_quotes(text)) for text in (text_a, text_b))
    left, right = _settle_either(_epistemic(a), _epistemic(b))
    # A threat told as a warning of what will be ("threatened to attack" / "warned they would
    # attack"): the same threat.
    for kinds, other in ((left, b), (right, a)):
        if "threat" in kinds and _WARNED.search(other):
            kinds.discard("threat")
    if left == right:
        return []
    gone = sorted(left - right)
    new = sorted(right - left)
    words_a = [w for kind in gone for w in _words(a, kind)]
    words_b = [w for kind in new for w in _words(b, kind)]
    if not words_b:  # show what stands there instead: "is scheduled to" → "will"
        words_b = cues.modality_words(b, "future") or cues.modality_words(b, "conditional")
    if not words_a:
        words_a = cues.modality_words(a, "future") or cues.modality_words(a, "conditional")
    said_a = " and ".join(_PLAIN[k] for k in gone) or "stated as fact"
    said_b = " and ".join(_PLAIN[k] for k in new) or "stated as fact"
    return [
        _modality_draft(
            ctx,
            "modality.changed",
            words_a,
            words_b,
            message=f"how certain it is changed: {said_a} in A, {said_b} in B",
            prior=0.55,
            evidence={"kinds_changed": float(len(gone) + len(new))},
        )
    ]


def _modality_draft(
    ctx: PairContext,
    check: str,
    words_a: list[str],
    words_b: list[str],
    *,
    message: str,
    prior: float,
    evidence: dict[str, float],
) -> Finding:
    """A modality finding on the modal words of each side, placed on the first of them."""
    return draft(
        ctx,
        check=check,
        category="modality",
        a=", ".join(words_a),
        b=", ".join(words_b),
        message=message,
        prior=prior,
        evidence=evidence,
        a_span=ctx.locate((words_a or [""])[0], side="a"),
        b_span=ctx.locate((words_b or [""])[0], side="b"),
    )


def _certain_or_predicting(text: str) -> list[str]:
    return _certain_words(text) or _predicting(text)


def _quoted(words: list[str], text: str) -> bool:
    """Every one of ``words`` stands only in the direct quotes of ``text``."""
    outside = {w.lower() for w in re.findall(r"[\w’']+", cues.strip_quotes(text))}
    return all(w.lower() not in outside for w in words)


def _new(words: list[str], other: list[str]) -> list[str]:
    """``words`` the other side says fewer times, or all of them."""
    said = Counter(w.lower() for w in other)
    found = []
    for word in words:
        if said[word.lower()]:
            said[word.lower()] -= 1
        else:
            found.append(word)
    return found or words


def _certainty_finding(
    ctx: PairContext, a: str, b: str, *, certain_in_a: bool, mixed: bool = False
) -> Finding:
    if certain_in_a:
        words_a, words_b = _certain_or_predicting(a), _possible_words(b)
        words_a, words_b = (
            _new(words_a, _certain_or_predicting(b)),
            _new(words_b, _possible_words(a)),
        )
        message = (
            f"stated as certain in A ({words_a[0]!r}), only as possible in B ({words_b[0]!r}): "
            "the claim is weakened"
        )
    else:
        words_a, words_b = _possible_words(a), _certain_or_predicting(b)
        words_a, words_b = (
            _new(words_a, _possible_words(b)),
            _new(words_b, _certain_or_predicting(a)),
        )
        message = (
            f"only possible in A ({words_a[0]!r}), stated as certain in B ({words_b[0]!r}): "
            "the claim is made stronger"
        )
    return _modality_draft(
        ctx,
        "modality.certainty",
        words_a,
        words_b,
        message=message,
        prior=0.65,
        evidence={
            "certain_in_a": float(certain_in_a),
            # What the calibration may weigh: a claim in a speaker's words, a "would" read as
            # what will be.
            "quoted": float(_quoted(words_a, a) and _quoted(words_b, b)),
            "would": float(not _certain_words(a if certain_in_a else b)),
            # Each side says both what will and what may be, one of each turned.
            "mixed": float(mixed),
        },
    )


def _duty_finding(
    ctx: PairContext, texts: tuple[str, str], *, duty_in_a: bool, mixed: bool = False
) -> Finding:
    """``texts``: the two sides as read, a condition told by an inverted "Should" as "If";
    ``mixed``: each side says both what should and what will be, one turned (``_duty_shifted``)."""
    a, b = texts
    duty = cues.modality_words(a if duty_in_a else b, "necessity")
    plain = cues.modality_words(b if duty_in_a else a, "future")
    if mixed:
        duty = _new(duty, cues.modality_words(b if duty_in_a else a, "necessity"))
        plain = _new(plain, cues.modality_words(a if duty_in_a else b, "future"))
    words_a, words_b = (duty, plain) if duty_in_a else (plain, duty)
    if duty_in_a:
        message = (
            f"what should or must be in A ({duty[0]!r}), what will be in B ({plain[0]!r}): "
            "advice or an obligation told as a forecast"
        )
    else:
        message = (
            f"what will be in A ({plain[0]!r}), what should or must be in B ({duty[0]!r}): "
            "a forecast told as advice or an obligation"
        )
    return _modality_draft(
        ctx,
        "modality.obligation",
        words_a,
        words_b,
        message=message,
        prior=0.65,
        evidence={"duty_in_a": float(duty_in_a), "mixed": float(mixed)},
    )
