"""Negation: a statement on one side and its denial on the other.

Counting negative words per side is not enough between two translations: one says "without
water", the other "have no water"; one "wasn't audible", the other "couldn't be heard". So each
negation is read with the word it governs (the first content word after it in its clause:
"did not *mention*", "no *water*", "failed to *reach*"), and a negation on one side pairs with
one on the other side that governs the same word (by lemma or synonym). What is left unpaired
is the candidate denial; it is *kept* when the other side says the governed word without a
negation ("It is not *reported* that ..." / "It is *reported* that ..."): the clause is the
same, only its polarity differs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import _cues as cues
from .._numbers import is_amount_word
from .._report import Finding, Span
from .._words import FUNCTION_WORDS, stem
from . import links, scales
from ._context import PairContext
from ._draft import draft
from ._fields import complements
from ._glosses import adjective_definitions, definition
from ._lexicon import lexicon
from .modifiers import LESS_THAN, MORE_THAN
from .opposites import LINKING_VERBS, negation_explained
from .structure import negation_set_against

__all__ = ["Negator", "check_negation", "denials_meant", "negators", "pair_negators"]

_AUXILIARY = re.compile(
    r"\b(?:do|does|did|is|are|am|was|were|be|been|being|will|would|can|could|shall|should|may|might|"
    r"must|has|have|had|ca|wo)\s*(?:not\b|n[’']t\b)",
    re.IGNORECASE,
)
_GRAMMATICAL = {
    "not", "n't", "n’t", "never", "no", "no longer", "none", "nobody", "nothing", "nowhere",
    "neither", "nor", "cannot",
}  # fmt: skip

_TOKEN = re.compile(r"\w+(?:[’'-]\w+)*|[^\w\s]")
# A negation's scope ends with its clause: at punctuation or a word that opens another clause.
_CLAUSE_END = set(",;:.!?()[]—–-\"“”") | {
    "and", "but", "or", "because", "while", "although", "though", "whereas", "if", "when",
    "which", "who", "whom", "where", "unless", "since",
}  # fmt: skip
# How far after a negation its governed word may stand ("did not even really *want*").
_SCOPE = 6
# How far apart (as a share of the sentence) the same word may stand in two translations.
_PLACE = 0.4
# Words a negation reaches past to the word it governs: function words, auxiliaries,
# prepositions, adverbs of degree and manner ("not *actively* live"), numbers ("no 100 *homes*").
_PASSED = FUNCTION_WORDS | {
    "am", "having", "getting", "able", "anymore", "single", "necessarily", "yet", "ever",
    "longer", "whatsoever", "least", "enough", "through", "across", "against", "within", "along",
    "behind", "beyond", "near", "around", "inside", "outside", "except", "besides", "throughout",
}  # fmt: skip
# Verbs of ending: what one "lost" or "stopped" one "no longer" has or does.
_CESSATION = {"lose", "stop", "cease", "quit", "end", "abandon"}
# Verbs that refuse or stop what was put forward ("rejected the bill" / "blocked the bill",
# "refused the request" / "turned it down" / "vetoed it", "dismissed the appeal"): one denial,
# said by another verb.
_REFUSAL = {
    "reject", "refuse", "decline", "block", "veto", "bar", "rebuff", "spurn", "overrule",
    "dismiss",
}  # fmt: skip
# Verbs of staying: a change denied is a state kept ("did not reopen" / "remained closed",
# "did not fall" / "held steady", "did not lift the curfew" / "kept the curfew in place").
_STAYING = {"remain", "stay", "keep", "hold", "maintain", "retain", "continue", "persist"}
# Kinds of verbs (WordNet's lexicographer files) that change a state or a place: what such a
# verb denies, a verb of staying says.
_CHANGE_DOMAINS = {"verb.change", "verb.motion", "verb.contact"}
# What stands between a negation and the verb it denies: "has not *been* caught", "did not
# *yet* reopen".
_AUXILIARIES = {"be", "been", "being", "have", "had", "yet", "ever", "even", "quite", "fully"}
# How close (as a share of the sentence) a verb of staying stands to the change it answers.
_NEAR_PLACE = 0.25
# Negatives that leave a little ("hardly anyone came", "it rarely rains"), and the words that
# say as much without a negation ("few came", "little rain", "it seldom rains"); "a few" and
# "a little" affirm instead.
_NEARLY_NONE = {"hardly", "rarely"}
_FEW = {"few", "little", "seldom"}
# Verbs of doing without: "without power" / "lost power", "has no water" / "lacks water".
_PRIVATIVE = {"lose", "lack"}
# A negated noun phrase is denied whole ("without the helpful grid"): the governed run is its
# first content words, up to this many.
_RUN = 2


@dataclass(frozen=True)
class Negator:
    """One negation in a text: its cue, the token index where it stands, and the run of
    content words it governs ("did not *mention*", "without the *helpful grid*"; none when its
    clause ends first), with the token indices of the run's first and last word."""

    cue: str
    start: int
    governed: tuple[str, ...]
    head_index: int
    end: int
    span: tuple[int, int] = (0, 0)  # the cue's characters in the text

    @property
    def head(self) -> str:
        return self.governed[0] if self.governed else ""

    @property
    def lexical(self) -> bool:
        """A negative by its meaning ("refused", "failed", "lacks"), not by grammar."""
        return self.cue.lower() not in _GRAMMATICAL

    def pairs_with(self, other: Negator) -> bool:
        return any(same_word(x, y) for x in self.governed for y in other.governed)


@dataclass(frozen=True)
class Pairing:
    """How the negations of two texts pair up through the words they govern."""

    unpaired_a: tuple[Negator, ...]
    unpaired_b: tuple[Negator, ...]
    kept_a: tuple[Negator, ...]  # unpaired on A, and B says a governed word un-negated
    kept_b: tuple[Negator, ...]


def _tokens(text: str) -> list[tuple[str, int]]:
    return [(m.group(0), m.start()) for m in _TOKEN.finditer(text)]


def _passed(word: str) -> bool:
    lower = word.lower().replace("’", "'")
    if lower in _PASSED or lower.isdigit() or not word[0].isalnum():
        return True
    if not lower.endswith("ly"):
        return False
    # An adverb of manner or degree ("actively", "really"), not "reply", "family" or "likely".
    lex = lexicon()
    return not (lex.is_noun(lower) or lex.is_verb(lower) or lex.is_adjective(lower))


def negators(text: str) -> list[Negator]:
    """The negations of ``text`` (as :func:`vardiff._cues.negations` finds them) with the words
    each governs."""
    tokens = _tokens(text)
    found = []
    for cue, start, end in cues.negation_spans(text):
        first = max((i for i, (_, at) in enumerate(tokens) if at <= start), default=0)
        word, at = tokens[first] if tokens else ("", 0)
        if cue.endswith("-") and at < end < at + len(word):
            # A prefix ("non-diabetic") governs the rest of its word.
            rest = word[end - at :]
            found.append(Negator(cue, first, (rest,), first, first, (start, end)))
            continue
        after = next((i for i, (_, at) in enumerate(tokens) if at >= end), len(tokens))
        run: list[str] = []
        head_index = -1
        for index in range(after, min(after + _SCOPE, len(tokens))):
            word = tokens[index][0]
            if word.lower() in _CLAUSE_END or cues.negations(word):
                break
            if _passed(word):
                if run:
                    break
                continue
            head_index = head_index if run else index
            run.append(word)
            if len(run) == _RUN:
                break
        last = head_index + len(run) - 1
        found.append(Negator(cue, first, tuple(run), head_index, last, (start, end)))
    return found


def same_word(x: str, y: str) -> bool:
    """``x`` and ``y`` say the same thing: one word inflected, or synonyms in the lexicon."""
    if x.lower() == y.lower() or stem(x) == stem(y):
        return True
    lex = lexicon()
    if {w.lower() for w in lex.lemmas(x)} & {w.lower() for w in lex.lemmas(y)}:
        return True
    if lex.modifier_synonyms(x, y):
        return True
    for pos in ("v", "n"):
        if lex.lemmas(x, pos) and lex.lemmas(y, pos):
            kin = lex.kinship(x, y, pos=pos)
            if kin is not None and kin.synonymous:
                return True
    return False


def pair_negators(a: str, b: str) -> Pairing:
    """Pair each negation on A with one on B that governs the same word, and say which of the
    rest deny a word the other side affirms."""
    left, right = negators(a), negators(b)
    free_b = list(right)
    unpaired_a = []
    for neg in left:
        match = next((n for n in free_b if neg.pairs_with(n)), None)
        if match is None:
            unpaired_a.append(neg)
        else:
            free_b.remove(match)
    # A negative word that the other side says too, at about the same place ("refused to
    # fund" / "declined funding"), is the same denial in other words.
    unpaired_a = [n for n in unpaired_a if not _said(n, a, b, right)]
    free_b = [n for n in free_b if not _said(n, b, a, left)]
    # Negations that govern nothing readable ("maybe some don't -") pair with each other.
    loose_a = [n for n in unpaired_a if not n.head]
    loose_b = [n for n in free_b if not n.head]
    for _ in range(min(len(loose_a), len(loose_b))):
        unpaired_a.remove(loose_a.pop())
        free_b.remove(loose_b.pop())
    return Pairing(
        unpaired_a=tuple(unpaired_a),
        unpaired_b=tuple(free_b),
        kept_a=tuple(n for n in unpaired_a if _affirmed(n, len(_tokens(a)), b, right)),
        kept_b=tuple(n for n in free_b if _affirmed(n, len(_tokens(b)), a, left)),
    )


def _said(neg: Negator, own: str, text: str, negated: list[Negator]) -> bool:
    """``text`` says the denial of ``neg`` in other words at about the same place: the same
    negative word or a synonym ("refused" / "declined"), for "hardly" or "rarely" a word of
    few ("hardly anyone came" / "few came"), for "no longer" a verb of ending
    ("no longer has a majority" / "lost its majority"), for "without" or "no" a verb of doing
    without ("without power" / "lost power"), for a change denied a state kept ("did not
    reopen" / "remained closed")."""
    length = len(_tokens(own))
    if _state_kept(neg, own, text, negated) or _done_without(neg, length, text):
        return True
    if _lacking(neg, length, text) is not None:
        return True
    if _prefixed(neg, length, text) or _only_but(neg, own, text):
        return True
    if _own_word(neg, length, text, negated) or _excepted(neg, length, text):
        return True
    if _meant(neg, own, text) or _held_back(neg, own, text):
        return True
    if _without_meant(neg, own, text) or _passed_over(neg, own, text):
        return True
    if _bound_as_superlative(neg, own, text) or _unless_as_only_if(neg, own, text):
        return True
    ending = neg.cue.lower() == "no longer"
    if not (neg.lexical or ending):
        return False
    word = neg.cue.split()[0]
    tokens = _tokens(text)
    where = neg.start / max(length, 1)
    lex = lexicon()
    refusal = bool(set(lex.lemmas(word.lower(), "v")) & _REFUSAL)

    nearly_none = word.lower() in _NEARLY_NONE

    # "with or without": the words of a fixed phrase deny nothing.
    fixed = cues.fixed_phrases(text)

    def says_it(index: int) -> bool:
        token, at = tokens[index]
        if any(start <= at < end for start, end in fixed):
            return False
        verbs = set(lex.lemmas(token, "v"))
        if ending:
            return bool(verbs & _CESSATION)
        if nearly_none and token.lower() in _FEW:
            return index == 0 or tokens[index - 1][0].lower() != "a"  # "few", not "a few"
        if refusal and "turn" in verbs:
            # "turned the application down": the refusal's particle after what it refuses.
            return "down" in (t.lower() for t, _ in tokens[index + 1 : index + 5])
        return same_word(word, token) or (refusal and bool(verbs & _REFUSAL))

    return any(
        abs(index / len(tokens) - where) <= _PLACE and says_it(index)
        for index, (token, _) in enumerate(tokens)
        if not _passed(token) or token.lower() in _FEW
    )


# "no later than Friday" / "by Friday at the latest": a comparative denied before "than" bounds
# what it compares, as "at the" and its superlative do ("no sooner than" / "at the soonest").
_DENIED_COMPARATIVE = re.compile(r"\b(?:no|not)\s+(?P<word>[a-z]+er)\s+than\b", re.IGNORECASE)


# "Do not use it unless you are trained" / "Only use it if you are trained", "Members may not
# bring guests unless they book" / "Members may bring guests only if they book": a denial that
# a condition lifts is that condition made the only one ("X only if Y"), so the other side
# says it with "only" before its "if", "when" or "after" in one clause. Said without "only"
# ("Use it if you are trained") the denial is dropped; "unless" said on both sides is paired.
_UNLESS_AFTER = re.compile(r"[^.;!?]*?\bunless\b", re.IGNORECASE)
_ONLY_IF = re.compile(
    r"\bonly\b(?:\s+[^\s.;!?]+){0,10}?\s+(?:if|when|after)\b(?![^.;!?]*\bunless\b)",
    re.IGNORECASE,
)


def _unless_as_only_if(neg: Negator, own: str, text: str) -> bool:
    """``neg`` ("not", "never", "cannot") is lifted by an "unless" later in its clause and
    ``text`` says "only ... if" (or "when", "after") and no "unless": one condition said two
    ways (see ``_ONLY_IF``)."""
    if neg.cue.lower() not in ("not", "n't", "n’t", "never", "cannot"):
        return False
    if not _UNLESS_AFTER.match(own, neg.span[1]):
        return False
    return _ONLY_IF.search(text) is not None and re.search(r"\bunless\b", text, re.I) is None


def _bound_as_superlative(neg: Negator, own: str, text: str) -> bool:
    """``neg`` denies a comparative before "than" ("no later than the end of October") and
    ``text`` bounds the same scale by "at the" and the superlative of that comparative ("by
    the end of October at the latest"): one bound, said two ways; "later than" alone or "at
    the earliest" stays a flip."""
    return _bound_spans(neg, own, text) is not None


def _bound_spans(
    neg: Negator, own: str, text: str
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where ``own`` says the bound ("no later than") and ``text`` its superlative ("at the
    latest"), for :func:`_bound_as_superlative`."""
    found = next(
        (m for m in _DENIED_COMPARATIVE.finditer(own) if m.start() <= neg.span[0] < m.end()),
        None,
    )
    if found is None:
        return _ceiling_spans(neg, own, text)
    superlative = found.group("word").lower().removesuffix("er") + "est"
    said = re.search(rf"\bat\s+the\s+{superlative}\b", text, re.IGNORECASE)
    if said is None and found.group("word").lower() == "later":
        said = _deadline_by(own[found.end() :], text)
    if said is None:
        said = _amount_bounded(found.group("word").lower(), own[found.end() :], text)
    return None if said is None else (found.span(), said.span())


# "no larger than 100 millilitres" / "100ml or less", "no older than 65" / "65 or under", "no
# shorter than two metres" / "at least two metres": a comparative of size or age denied before
# an amount is a ceiling on it (of "larger") or a floor (of "smaller"), which the other side
# says by the same amount with "or less" ("or more") after it, or a word of that bound before.
_CEILING = (
    r"(?:at\s+most|up\s+to|a\s+maximum\s+of|maximum|no\s+more\s+than)",
    r"or\s+(?:less|fewer|under|below|smaller|lower)",
)
_FLOOR = (
    r"(?:at\s+least|a\s+minimum\s+of|minimum|no\s+less\s+than|no\s+fewer\s+than)",
    r"or\s+(?:more|over|above|larger|greater|higher|longer|older)",
)
_FIRST_AMOUNT = re.compile(r"\s*[$£€]?(?P<amount>\d+(?:[,.]\d+)*|[a-z]+)", re.IGNORECASE)


def _amount_bounded(comparative: str, after: str, text: str) -> re.Match[str] | None:
    """Where ``text`` bounds the amount that ``after`` (the words after "no larger than")
    opens with on the side the denied ``comparative`` bounds it (see ``_CEILING``), or None."""
    if comparative in MORE_THAN:
        before, behind = _CEILING
    elif comparative in LESS_THAN:
        before, behind = _FLOOR
    else:
        return None
    first = _FIRST_AMOUNT.match(after)
    if first is None or not is_amount_word(first.group("amount")):
        return None
    amount = re.escape(first.group("amount"))
    # The amount's own unit may follow it unspaced ("100ml"), and a noun may stand between
    # it and "or less" ("20 kilograms or less").
    return re.search(
        rf"\b{before}\s+[$£€]?{amount}(?![\d,]|\.\d)"
        rf"|(?<![\w.,]){amount}(?![\d,]|\.\d)[^\s.;!?]*(?:\s+[^\s.;!?,]+){{0,2}}?\s+{behind}\b",
        text,
        re.IGNORECASE,
    )


# Going past an amount denied is a ceiling on it: "do not take more than eight tablets" / "the
# maximum dose is eight tablets", "must not exceed 4 grams" / "no more than 4 g", "should not
# use more than one patch" / "only one patch should be used". The ceiling's word and the same
# amount's first word on the other side; "at least", "a minimum of" or another amount stay a
# flip.
_DENIED_EXCESS = re.compile(
    r"\b(?:not|never)\s+(?:[a-z]+\s+){0,3}?(?:more\s+than|exceed(?:s|ed|ing)?)\s+"
    r"(?P<amount>[\w.,]+)",
    re.IGNORECASE,
)
# Words that put a ceiling on the amount after them ("the maximum dose is", "at most", "only"),
# or "at most" a few words after it ("14 units a week at most").
_CEILING_BEFORE = (
    r"(?:(?:a|the)\s+maximum(?:\s+\w+){0,3}?\s+(?:of|is|are)|at\s+most|no\s+more\s+than|"
    r"up\s+to|only)"
)


def _ceiling_spans(
    neg: Negator, own: str, text: str
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where ``own`` denies going past an amount and ``text`` puts a ceiling on the same
    amount, for :func:`_bound_spans`: the denial's words and the ceiling's."""
    found = next(
        (m for m in _DENIED_EXCESS.finditer(own) if m.start() <= neg.span[0] < m.end()),
        None,
    )
    if found is None:
        return None
    amount = re.escape(found.group("amount"))
    ceiling = re.search(
        rf"\b{_CEILING_BEFORE}\s+{amount}\b|\b{amount}(?:\s+[\w-]+){{0,4}}\s+at\s+most\b",
        text,
        re.IGNORECASE,
    )
    return None if ceiling is None else (found.span(), ceiling.span())


# A deadline's "by" before the time it bounds is "no later than" that time: "deliver the goods
# no later than the date set out" / "deliver the goods by the date set out". The time's first
# two words must follow the "by", so the "by" of an agent or a means is never read.
_TIME_WORDS = re.compile(r"\s*((?:[\w'’]+\s+){0,1}[\w'’]+)")


def _deadline_by(after: str, text: str) -> re.Match[str] | None:
    """The "by" of ``text`` before the words after "no later than" (``after``), or None."""
    time = _TIME_WORDS.match(after)
    if time is None:
        return None
    words = r"\s+".join(map(re.escape, time.group(1).split()))
    found = re.search(rf"\bby\s+(?={words}\b)", text, re.IGNORECASE)
    if found is None or re.match(r"[^.;!?]*\bat\s+the\s+earliest\b", text[found.end() :], re.I):
        return None  # "by noon on Friday at the earliest": a floor, not a deadline
    return found


# Prefixes that deny the word they stand before: "unprepared", "inactive", "ill-prepared",
# "dissatisfied", "non-binding" (hyphens are read apart).
_NEGATIVE_PREFIX = re.compile(r"(?:un|in|im|il|ir|dis|non-?|ill-)(?P<rest>\w{4,})", re.IGNORECASE)
# An adjective of "-less" or "-free" on a noun is "without" that noun ("homeless": without a
# home, "jobless": without a job, "debt-free": with no debt).
_PRIVATIVE_SUFFIX = re.compile(r"(?P<rest>[a-z]{3,})(?:less|-free)", re.IGNORECASE)
# Suffixes that make an adjective of a noun or a verb ("helpful": help, "successful": success,
# "readable": read): a prefix's rest said through them denies the word they are made on
# ("of no help" / "unhelpful", "without success" / "unsuccessful").
_ADJECTIVE_SUFFIX = re.compile(r"(?P<base>[a-z]{3,}?)(?:ful|able|ible)(?:ly)?", re.IGNORECASE)


def _prefix_rests(rest: str) -> tuple[str, ...]:
    """What a negative prefix denies in ``rest`` ("helpful"): the word itself where the lexicon
    has it, and the noun or verb its adjective suffix is made on ("help")."""
    lex = lexicon()
    found = [rest] if lex.lemmas(rest) else []
    made = _ADJECTIVE_SUFFIX.fullmatch(rest)
    if made is not None and (lex.is_noun(made.group("base")) or lex.is_verb(made.group("base"))):
        found.append(made.group("base"))
    return tuple(found)


def _prefixed(neg: Negator, length: int, text: str) -> bool:
    """``text`` says the word ``neg`` denies with a negative prefix, at about the same place:
    "was not prepared" / "was ill-prepared", "is not necessary" / "is unnecessary". The
    prefix is the denial; the word must be the one denied (or its synonym), a word of the
    lexicon once the prefix is off ("invaluable" is no "valuable" denied by that test alone,
    but "valuable" is said: the test reads the rest as the same word)."""
    if neg.lexical or not neg.head:
        return False
    where = neg.head_index / max(length, 1)
    tokens = _tokens(text)
    for index, (token, _) in enumerate(tokens):
        found = _NEGATIVE_PREFIX.fullmatch(token)
        if found is None or abs(index / len(tokens) - where) > _PLACE:
            continue
        if any(same_word(rest, neg.head) for rest in _prefix_rests(found.group("rest"))):
            return True
    return False


def _made_on(rest: str, head: str) -> bool:
    """The denied word ``rest`` is made on the noun ``head`` (WordNet's derivation):
    "unfurnished" / "without furniture", "unpaid" / "without payment". Not a person's noun:
    "unemployed" is not "without employees"."""
    lex = lexicon()
    return head.lower() in lex.derived(rest) and lex.domain(head) != "noun.person"


# Words whose meaning holds a negation, with what they deny: "unaware of the plan" is "did
# not know of the plan", "exempt from the tax" is "the tax does not apply to them", "abstained"
# is "did not vote". A word with a negative prefix ("unaware", "uninformed") denies its rest;
# the words listed here deny without one.
_DENYING: dict[str, frozenset[str]] = {
    word: frozenset(denied.split())
    for word, denied in {
        "exempt": "apply subject liable cover include pay",
        "absent": "present attend there",
        "missing": "present there find",
        "ignorant": "know aware",
        "oblivious": "know aware notice realise realize",
        "abstain": "vote",
        # "found not guilty" / "acquitted": the verdict that denies guilt.
        "acquit": "guilty convict",
        "ban": "allow permit let can may",
        "forbid": "allow permit let can may",
        "prohibit": "allow permit let can may",
        "bar": "allow permit let can may",
        "silent": "speak comment say talk",
        "miss": "attend",
        "forget": "remember recall",
        "ignore": "heed consider respond answer",
        # Keeping away from a thing, or a medicine ruled out for a patient: "avoid alcohol" is
        # "do not drink alcohol", "is contraindicated in" is "must not be given to".
        "avoid": "use take give drink eat consume apply administer",
        "shun": "use take give drink eat consume apply administer",
        "eschew": "use take give drink eat consume apply administer",
        "contraindicate": "use take give administer prescribe apply",
        # "free from additives" contains none, "free of charge" is not charged for, "free of
        # tax" is not subject to it.
        "free": "contain include charge pay cost subject",
        # Swallowed or kept whole: not chewed, broken or cut up.
        "whole": "chew crush break split cut divide halve",
    }.items()
}  # fmt: skip
# What a positive word is said as by a verb: one "aware" of a thing "knows" it, one "present"
# "attends", one "liable" or "subject" to a rule has it "apply" to them.
_SAID_AS: dict[str, frozenset[str]] = {
    word: frozenset(verbs.split())
    for word, verbs in {
        "aware": "know realise realize notice",
        "informed": "know",
        "known": "know",
        "conscious": "know realise realize notice",
        "present": "attend",
        "able": "can",
        "liable": "apply",
        "subject": "apply",
        "eligible": "qualify",
        "available": "have",
    }.items()
}  # fmt: skip


def _denied_by(token: str) -> set[str]:
    """The words ``token`` denies by its meaning: the rest of a negative prefix that is a
    word of the lexicon ("unaware": aware), or the listed words ("exempt": apply, subject),
    each with the verbs that say it ("aware": know)."""
    lex = lexicon()
    denied: set[str] = set()
    # A compound ending in a denying word denies as that word does: "tax-free" is "free" of
    # tax, "duty-exempt" is "exempt" from duty.
    last = token.lower().rsplit("-", 1)[-1]
    for lemma in {token.lower(), last, *(w.lower() for w in lex.lemmas(token))}:
        denied |= _DENYING.get(lemma, frozenset())
    found = _NEGATIVE_PREFIX.fullmatch(token)
    if found is not None:
        denied.update(rest.lower() for rest in _prefix_rests(found.group("rest")))
    for word in list(denied):
        denied |= _SAID_AS.get(word, frozenset())
    return denied


# Negations a definition opens with when its word's meaning is a denial: "having no known name"
# (anonymous), "not known" (unknown), "lacking", "without"; an adjective with a negative prefix
# opens one too ("unable to meet or discharge financial obligations": insolvent).
_DEFINING_NEGATIONS = frozenset("no not without lacking never".split())
_DEFINING_OPENERS = frozenset("having being".split())  # "having no known name"
_DENIED_WORDS = 4  # content words after a definition's negation that it denies
# A definition's "but not" denies what follows it; "but not necessarily" only leaves it open
# ("near or close to but not necessarily touching").
_BUT_NOT = re.compile(r"\bbut\s+not\s+(?!necessarily\b)")
# A necessity said by a verb or an adjective ("do not have to add", "does not need to be
# installed", "is not required", "need not give"): denied, it is the "necessary" a definition
# denies ("optional": "possible but not necessary").
_NECESSITY = frozenset(
    "need needs needed require requires required necessary obliged obligated mandatory "
    "compulsory obligatory must".split()
)
_HAVE_TO = frozenset("have has had".split())


# Nouns a definition of a lack opens with: "a shortage of rainfall" (drought), "an inability
# to sleep" (insomnia), "partial or total loss of memory" (amnesia), "absence of light"
# (darkness). What follows them is what the defined noun denies.
_LACKS = frozenset("lack absence shortage loss inability failure insufficiency deficiency".split())
# A noun defined as a state opens its definition so: "the state of being unemployed or not
# having a job" (unemployment); what follows is read as an adjective's definition is.
_STATE_OF = re.compile(r"(?:the\s+|a\s+)?(?:state|condition)(?:\s+or\s+condition)?\s+of\s+")
_LACK_OPENERS = 3  # "partial or total" before "loss": the words a definition's lack may follow


@cache
def _defined_as_denial(token: str) -> frozenset[str]:
    """The words the definitions of ``token`` (an adjective's first two senses, its verb's or
    its noun's) deny, where a definition opens with a denial: the adjective's rest after a
    negative prefix and the few content words after it ("unable to meet or discharge
    financial obligations": able, meet, discharge, financial, obligations); for a noun, a lack
    of a thing ("a shortage of rainfall": rainfall) or a state so defined ("the state of being
    unemployed": employed). A denial further in ("intensely or extremely bad", "do not
    prevent") is no meaning of the word's own."""
    lex = lexicon()
    told = list(adjective_definitions(token)[:2])
    if token.endswith("ly") and not told:
        # An adverb of manner by its adjective's definitions ("suddenly": "sudden").
        for adjective in lex.derived(token)[:1]:
            told += adjective_definitions(adjective)[:2]
    for lemma in lex.lemmas(token, "v")[:1]:
        told += [definition(sense) for sense in lex.senses(lemma, "v")[:2]]
    denied: set[str] = set()
    for lemma in lex.lemmas(token, "n")[:1]:
        for sense in lex.senses(lemma, "n")[:2]:
            text = _DEFINING_END.split(definition(sense), maxsplit=1)[0]
            state = _STATE_OF.match(text)
            if state is not None:
                told.append(text[state.end() :])
            else:
                denied |= _lack_defined(re.findall(r"[a-z]+", text))
    for text in told:
        defining = _DEFINING_END.split(text, maxsplit=1)[0]
        for contrast in _BUT_NOT.finditer(defining):
            # A quality granted and another denied: "possible but not necessary" (optional),
            # "declared but not proved" (alleged); the denied words are the word's own.
            rest = re.findall(r"[a-z]+", defining[contrast.end() :])
            denied.update([w for w in rest if w not in FUNCTION_WORDS][:_DENIED_WORDS])
        said = re.findall(r"[a-z]+", defining)
        index = 1 if said[:1] and said[0] in _DEFINING_OPENERS else 0
        if index >= len(said):
            continue
        word = said[index]
        prefixed = _NEGATIVE_PREFIX.fullmatch(word)
        if (
            prefixed is not None
            and not word.endswith("ly")
            and lex.is_adjective(word)
            and lex.is_adjective(prefixed.group("rest"))
        ):
            denied.add(prefixed.group("rest"))
        elif word.endswith("ing") and "without" in said[index + 1 :]:
            # A manner denied after a participle: "continuing in time or space without
            # interruption" (continuous), "happening without warning" (sudden).
            index = said.index("without", index + 1)
        elif word not in _DEFINING_NEGATIONS:
            continue
        after = [w for w in said[index + 1 :] if w not in FUNCTION_WORDS]
        denied.update(after[:_DENIED_WORDS])
    return frozenset(denied)


def _lack_defined(said: list[str]) -> set[str]:
    """The content words a noun's definition says are lacking, where it opens with a noun of
    lack after at most an article and a few adjectives ("a severe shortage of food": food);
    none where it opens otherwise ("a period of low rainfall")."""
    lex = lexicon()
    index = 1 if said[:1] and said[0] in ("a", "an", "the") else 0
    for _ in range(_LACK_OPENERS):
        if (
            index < len(said)
            and said[index] not in _LACKS
            and (said[index] == "or" or lex.is_adjective(said[index]))
        ):
            index += 1
    if index + 1 >= len(said) or said[index] not in _LACKS or said[index + 1] not in ("of", "to"):
        return set()
    after = [w for w in said[index + 2 :] if w not in FUNCTION_WORDS]
    return set(after[:_DENIED_WORDS])


# Where a definition's defining part ends: an aside, an example, a second definition.
_DEFINING_END = re.compile(r";|\(|\s(?:especially|usually|often|typically|as|e\.g\.)\s")


def _defined_denial(neg: Negator, own: str, token: str) -> int | None:
    """Where the word of ``own`` that ``neg`` denies and ``token``'s definition denies too
    ends ("was no longer able to pay" / "insolvent": "unable to meet ..."; "did not wish to
    be named" / "anonymous": "having no known name"), read from the negation to the word it
    governs and the next word that carries content after it ("wish to be named"); None where
    the definition denies none of them, or where ``own`` says ``token`` too ("forested" /
    "not densely forested", "lost control" / "did not lose control")."""
    if not token.isalpha() or len(token) < 4 or not neg.head:
        return None
    denied = _defined_as_denial(token.lower())
    if not denied:
        return None
    mine = _tokens(own)
    if any(same_word(word, token) for word, _ in mine if word.isalpha()):
        return None  # the word on both sides: it renders nothing the negation says
    reach = mine[neg.start + 1 : neg.head_index + 1]
    for word, at in mine[neg.head_index + 1 : neg.start + 1 + _SCOPE]:
        if word.isalpha() and word.lower() not in FUNCTION_WORDS:
            reach.append((word, at))
            break
        if not word.isalpha():
            break
    if "necessary" in denied:
        necessity = _necessity_denied(neg, mine, reach)
        if necessity is not None:
            return necessity
    for word, at in reach[:_SCOPE]:
        if not word.isalpha() or word.lower() in FUNCTION_WORDS:
            continue
        if word.lower() in denied or any(same_word(word, d) for d in denied):
            return at + len(word)
        if lexicon().is_noun(word) and any(lexicon().share_a_sense(word, d) for d in denied):
            return at + len(word)  # "without a break" / "continuous": "without interruption"
    return None


def _necessity_denied(
    neg: Negator, mine: list[tuple[str, int]], reach: list[tuple[str, int]]
) -> int | None:
    """Where the necessity ``neg`` denies ends: "need" before it ("need not give"), or a word
    of necessity in its reach ("do not have to add", "is not required"); None where it denies
    none. "must not" forbids, so a "must" before the negation is never read."""
    if neg.start and mine[neg.start - 1][0].lower() in ("need", "needs"):
        return neg.span[1]
    for index, (word, at) in enumerate(reach[:_SCOPE]):
        lower = word.lower()
        after = reach[index + 1][0].lower() if index + 1 < len(reach) else ""
        if lower in _NECESSITY or (lower in _HAVE_TO and after == "to"):
            return at + len(word)
    return None


def _without_meant(neg: Negator, own: str, text: str) -> bool:
    """``neg`` is "without" before a noun and ``text`` says, at about the same place, a word
    whose definition denies that noun or a synonym of it: "without a break" / "continuous"
    ("continuing in time or space without interruption"), "without warning" / "suddenly"
    ("happening without warning"), or a listed word that denies it ("without chewing" /
    "whole"). A word that denies nothing of it ("without delay" / "slowly") leaves the
    negation a flip."""
    if neg.cue.lower() != "without" or not neg.head:
        return False
    where = neg.head_index / max(len(_tokens(own)), 1)
    tokens = _tokens(text)
    return any(
        abs(index / len(tokens) - where) <= _PLACE
        and (_denies(token, neg.head) or _defined_denial(neg, own, token) is not None)
        for index, (token, _) in enumerate(tokens)
        if not _passed(token)
    )


# "A rather than B", "A instead of B": B is the alternative not taken, denied as "not B" denies
# it ("take the stairs, do not use the lifts" / "take the stairs rather than the lifts").
_PASSED_OVER = re.compile(r"\b(?:rather\s+than|instead\s+of)\s+", re.IGNORECASE)
_DENIED_REACH = 4  # content words after a negation, in its clause, that it may deny
_PASSED_OVER_REACH = 3  # content words after "rather than" that say the alternative


def _content_after(tokens: list[tuple[str, int]], start: int, most: int) -> list[str]:
    """The first ``most`` content words from token ``start`` on, up to the clause's end."""
    found: list[str] = []
    for token, _ in tokens[start:]:
        if token.lower() in _CLAUSE_END or len(found) == most:
            break
        if not _passed(token):
            found.append(token)
    return found


def _passed_over(neg: Negator, own: str, text: str) -> bool:
    """``neg`` (a grammatical negation) denies a word that ``text`` names as the alternative
    not taken, after "rather than" or "instead of": "do not use the lifts" / "taking the
    stairs rather than the lifts", "not added at the airport" / "book ahead rather than add
    at the airport". An alternative of other words ("rather than the escalator") leaves the
    negation a flip."""
    if neg.lexical or not neg.head:
        return False
    denied = _content_after(_tokens(own), neg.start + 1, _DENIED_REACH)
    for match in _PASSED_OVER.finditer(text):
        after = _tokens(text[match.end() :])
        named = _content_after(after, 0, _PASSED_OVER_REACH)
        if any(same_word(x, y) for x in denied for y in named):
            return True
    return False


# A denying word and the thing it denies after "of" or "from" ("free of *charge*", "exempt
# from *tax*"): the thing is said there only as what is denied.
_DENIED_THING = re.compile(r"\b(?P<word>[\w-]+)\s+(?:of|from)\s+(?P<thing>\w+)", re.IGNORECASE)


def _denied_things_masked(text: str) -> str:
    """``text`` with each thing a denying word denies after "of" or "from" written over (its
    word count kept), so that "free of charge" says no "charge" for :func:`_affirmed`."""

    def mask(found: re.Match[str]) -> str:
        if not _denied_by(found.group("word")):
            return found.group(0)
        start, end = found.span("thing")
        return found.group(0)[: start - found.start()] + "_" * (end - start)

    return _DENIED_THING.sub(mask, text)


def _denied_run(neg: Negator) -> tuple[str, ...]:
    """The words ``neg`` denies: its head, and after a "no" or a "without" the noun its head
    qualifies where the head is an adjective ("at no extra *cost*", "with no onward *chain*";
    "no *service* charge" denies the service's charge, not any charge)."""
    if neg.cue.lower() in ("no", "without") and lexicon().is_adjective(neg.head):
        return neg.governed
    return neg.governed[:1]


def _denies(token: str, head: str) -> bool:
    """Whether ``token`` denies ``head`` by its meaning (``_denied_by``): "unaware" / "know",
    "avoid" / "drink", "whole" / "chewed"."""
    denied = _denied_by(token)
    return bool(denied) and (
        head.lower() in denied or any(same_word(head, d) or _made_on(d, head) for d in denied)
    )


def _meant(neg: Negator, own: str, text: str) -> bool:
    """``text`` says the denial of ``neg`` with a word whose meaning holds it, at about the
    same place: "did not know of the plan" / "was unaware of the plan", "does not apply to
    small farms" / "small farms are exempt", "did not vote" / "abstained", "was not sober" /
    "was drunk". The word must deny the one ``neg`` governs: "was aware" denies nothing and
    stays a flip."""
    return _meaning(neg, own, text) is not None


def _meaning(neg: Negator, own: str, text: str) -> tuple[str, int] | None:
    """The word of ``text`` that says the denial of ``neg`` (see ``_meant``), and where it
    starts, if one does."""
    if neg.lexical or not neg.head:
        return None
    mine = _tokens(own)
    where = neg.head_index / max(len(mine), 1)
    before = mine[neg.start - 1][0].lower() if neg.start else ""
    tokens = _tokens(text)
    head = neg.head
    lex = lexicon()
    # "Adding a photo is optional" / "You do not have to add a photo": a duty denied turns
    # its sentence round, the option's word ends what the denial opens.
    anywhere = _necessity_denied(neg, mine, mine[neg.start + 1 : neg.head_index + 1]) is not None
    # The one denial of two sentences, against the other side's one word that denies the same
    # thing ("The repair is free of charge, as ..." / "As ..., you will not be charged for the
    # repair"): clauses turned round move it anywhere.
    # Not where the other side says the denied word itself ("Installation is not included
    # ..., for a fee" / "Installation is included ..., for free"): a flip.
    alone = (
        len(negators(own)) == 1
        and not negators(text)
        and not _affirmed(neg, len(mine), _denied_things_masked(text), [])
    )
    for index, (token, at) in enumerate(tokens):
        if _passed(token):
            continue
        near = abs(index / len(tokens) - where) <= _PLACE
        if (near or alone) and any(_denies(token, word) for word in _denied_run(neg)):
            return token, at
        if not (near or anywhere):
            continue
        # "contains no additives" / "is free from additives", "costs nothing" / "is free": a
        # "no" or a "nothing" denies the verb it follows, and the word of ``text`` may deny
        # that verb.
        if neg.cue.lower() in ("no", "nothing") and before and _denies(token, before):
            return token, at
        if _defined_denial(neg, own, token) is not None:
            return token, at
        # A quality denied is its opposite said ("was not sober" / "was drunk", "is not
        # guilty" / "is innocent"), through a synonym too ("sober" / "intoxicated": "drunk"),
        # after the same word (the verb that states it); a word that may be a noun is no
        # quality read for sure ("not in our past" / "our future"), unless it stands bare
        # right after a linking verb's "not", where only a quality does ("was not drunk").
        if (
            index
            and tokens[index - 1][0].lower() == before
            and lex.is_adjective(head)
            and (not lex.is_noun(head) or _predicate(neg, before))
            and lex.is_adjective(token)
            and (
                lex.opposition(head, token)
                or lex.loosely_opposed(head, token)
                or complements(head, token)
            )
        ):
            return token, at
    return None


def denials_meant(own: str, span: Span, text: str) -> bool:
    """Every negation of ``own`` inside ``span`` is said in ``text`` by a word whose meaning
    holds it ("Members are not required to wear" / "is optional"): a clause dropped or added
    there carries no denial away; so is an act held back ("cannot reach" / "stop it from
    reaching")."""
    inside = [n for n in negators(own) if span[0] <= n.span[0] < span[1]]
    return bool(inside) and all(
        _meaning(n, own, text) is not None or _held_back(n, own, text) for n in inside
    )


def _meant_verdicts(ctx: PairContext, a: str, b: str) -> list[Finding]:
    """``negation.meant``: a negation one side says by a word whose meaning holds it on the
    other ("found him not guilty" / "acquitted him", "did not know" / "was unaware"), where
    no negation of the other side pairs with it: the same statement reworded, a quiet
    verdict that explains the words of both away (the negation and its word, the word that
    means them)."""
    if (ctx.a, ctx.b) != (ctx.pair.a_text, ctx.pair.b_text) or (a, b) != (ctx.a, ctx.b):
        return []  # text damage or a reply was blanked: the offsets would not hold
    found = []
    for side, own, text in (("a", a, b), ("b", b, a)):
        theirs = negators(text)
        for neg in negators(own):
            if any(neg.pairs_with(n) for n in theirs):
                continue
            bound = _bound_spans(neg, own, text)
            if bound is not None:
                denied, said = bound
                found.append(_meant_finding(ctx, side, own, text, denied, said, what="bound"))
                continue
            meaning = _meaning(neg, own, text) or _lacking(neg, len(_tokens(own)), text)
            if meaning is None:
                continue
            word, at = meaning
            head, head_at = _tokens(own)[neg.head_index]
            # The words a definition denies may run past the head ("did not wish to be named").
            reach = _defined_denial(neg, own, word) or 0
            denied = (neg.span[0], max(head_at + len(head), reach))
            said = (at, at + len(word))
            found.append(_meant_finding(ctx, side, own, text, denied, said, what="denial"))
    return found


def _meant_finding(
    ctx: PairContext,
    side: str,
    own: str,
    text: str,
    denied: tuple[int, int],
    said: tuple[int, int],
    *,
    what: str,
) -> Finding:
    """``negation.meant``: the negated phrase at ``denied`` of ``own`` (side ``side``) is said by
    the words at ``said`` of the other side's ``text``: the same ``what`` in other words."""
    phrase, word = own[denied[0] : denied[1]], text[said[0] : said[1]]
    return draft(
        ctx,
        check="negation.meant",
        category="negation",
        a=phrase if side == "a" else word,
        b=word if side == "a" else phrase,
        message=f"{phrase!r} is said by {word!r}: the same {what} in other words",
        prior=0.05,
        a_span=denied if side == "a" else said,
        b_span=said if side == "a" else denied,
    )


def _predicate(neg: Negator, before: str) -> bool:
    """The word ``neg`` governs follows it straight after a linking verb (``before``): "was
    not drunk", where a noun would need its article ("was not a drunk")."""
    return before in LINKING_VERBS and neg.head_index == neg.start + 1


def _own_word(neg: Negator, length: int, text: str, negated: list[Negator]) -> bool:
    """``neg`` is a prefix ("non-stop", "non-violently") and ``text`` does not say the word it
    denies: the prefixed word is a word of its own ("playing non-stop" / "constantly
    playing", "non-violently" / "nonviolently", "a non-profit" / "a charity"), no denial of
    anything the other side says. Against the bare word ("a binding deal" / "a non-binding
    deal") it stays a flip."""
    return neg.cue.endswith("-") and not _affirmed(neg, length, text, negated)


def _excepted(neg: Negator, length: int, text: str) -> bool:
    """``neg`` is "without" and ``text`` leaves the thing out by an exception at about the same
    place ("like this picture without the grid" / "like this picture, except for the lines"):
    the same thing left out, said another way."""
    if neg.cue.lower() != "without":
        return False
    tokens = _tokens(text)
    where = neg.start / max(length, 1)
    return any(
        abs(len(_tokens(text[:at])) / max(len(tokens), 1) - where) <= _PLACE
        for at in cues.leaving_out(text)
    )


# Words that make an exception to a denial of all ("feared nothing except other mosasaurs",
# "nobody but the owner"), and the words that say the same without a negation ("only feared
# other mosasaurs").
_EXCEPT = re.compile(cues.EXCEPTION)
_ONLY = cues.EXCLUSIVE_WORDS | {"just"}


def _only_but(neg: Negator, own: str, text: str) -> bool:
    """``neg`` denies all but an exception ("it feared nothing, except other mosasaurs") and
    ``text`` says "only" at about the same place ("it only feared other mosasaurs"): the same
    claim. A denial with no exception ("it feared nothing") against "only" stays a flip."""
    if neg.cue.lower() not in cues.DENIALS_OF_ALL:
        return False
    tokens = _tokens(own)
    following = [t.lower() for t, _ in tokens[neg.start + 1 : neg.start + 5]]
    if neg.cue.lower() == "no" and following[:1] == ["one"]:
        following = following[1:]  # "no one but the king": "no one" is one denial
    # "nothing but X" right after the denial; "except", "besides" also after a comma ("but"
    # after a comma opens another clause: "feared nothing, but it ate fish").
    spoken = " ".join(w for w in following if w.isalpha())
    if following[:1] != ["but"] and not _EXCEPT.match(spoken):
        return False
    other = _tokens(text)
    where = neg.start / max(len(tokens), 1)
    return any(
        t.lower() in _ONLY and abs(i / len(other) - where) <= _PLACE
        for i, (t, _) in enumerate(other)
    )


def _state_kept(neg: Negator, own: str, text: str, negated: list[Negator]) -> bool:
    """``neg`` denies a change ("did not *reopen*") and ``text`` says, close to its place and
    not negated, that the state stayed ("*remained* closed", "*held* steady"), in a verb of
    staying that ``own`` (the negation's text) does not say too. A verb of staying that goes
    on doing something ("kept rising", "continued to fall") says the opposite, and a denied
    verb of staying ("did not stay open") is no change denied."""
    lex = lexicon()
    head = neg.head.lower()
    verbs = set(lex.lemmas(head, "v"))
    if neg.lexical or not verbs or verbs & _STAYING:
        return False
    if not (verbs & _CESSATION or lex.domain(head, "v") in _CHANGE_DOMAINS):
        return False
    own_tokens = _tokens(own)
    if not _verb_negated(neg, own_tokens):
        return False  # "will not be in *place*": a noun, in a clause of being
    staying_own = {v for t, _ in own_tokens for v in lex.lemmas(t.lower(), "v")} & _STAYING
    length = len(own_tokens)
    tokens = _tokens(text)
    scopes = [range(n.start, n.end + 1) for n in negated if n.end >= 0]
    # Auxiliaries stand between a negation and its verb ("has not been caught" / "remains
    # at large"): the verb of staying may answer either.
    places = (neg.start / max(length, 1), neg.head_index / max(length, 1))
    for index, (token, _) in enumerate(tokens):
        where = index / len(tokens)
        if min(abs(where - p) for p in places) > _NEAR_PLACE or any(index in s for s in scopes):
            continue
        staying = set(lex.lemmas(token.lower(), "v")) & (_STAYING - staying_own)
        if staying and not _goes_on(tokens, index):
            return True
    return False


def _verb_negated(neg: Negator, tokens: list[tuple[str, int]]) -> bool:
    """The word ``neg`` governs is its verb: only auxiliaries, adverbs and the infinitive's
    "to" stand between them ("did not *reopen*", "has not been *caught*", "did not
    immediately *lift*", "told not to *leave*")."""
    between = [t.lower() for t, _ in tokens[neg.start + 1 : neg.head_index]]
    return all(w in _AUXILIARIES or w == "to" or w.endswith("ly") for w in between)


# Verbs of holding back from an act ("refrain from speaking", "abstain from voting", "avoid
# commenting"), and "against" after a verb of choosing or advising ("decided against
# closing"): the act not done, said without a negation.
_HOLDING_BACK = frozenset({"refrain", "abstain", "desist", "avoid"})
# How WordNet defines a verb whose meaning is holding back from an act or a thing: "waive":
# "do without or cease to hold", "withhold": "hold back; refuse to hand over", "decline":
# "refuse to accept", "refuse": "show unwillingness towards", "spare": "refrain from harming".
_DEFINED_HOLDING_BACK = re.compile(
    r"(?:do\s+without|refrain\s+from|refuse\b|hold\s+back(?!\s+to\b)|cease\s+to|abstain\s+from|"
    r"show\s+unwillingness)"
)


@cache
def _holds_back(word: str) -> bool:
    """``word`` is a verb of holding back: one of ``_HOLDING_BACK``, or a verb one of whose
    first two senses WordNet defines so (``_DEFINED_HOLDING_BACK``)."""
    lex = lexicon()
    lemmas = lex.lemmas(word, "v")
    if set(lemmas) & _HOLDING_BACK:
        return True
    return any(
        _DEFINED_HOLDING_BACK.match(definition(sense))
        for lemma in lemmas[:1]
        for sense in lex.senses(lemma, "v")[:2]
    )


@cache
def _defining_words(verb: str) -> frozenset[str]:
    """The words of the definitions of ``verb``'s first two senses ("eat": "take in solid
    food"): what an act is done to or with, where its object is left open ("eat anything")."""
    lex = lexicon()
    return frozenset(
        word
        for lemma in lex.lemmas(verb, "v")[:1]
        for sense in lex.senses(lemma, "v")[:2]
        for word in re.findall(r"[a-z]+", definition(sense))
        if word not in FUNCTION_WORDS
    )


# A verb, what it acts on, and "from" before an act: "stop it from licking", "kept them from
# leaving", "prevents the dog from digging": the act is not done. An adverb is no object
# ("benefited greatly from using").
_KEPT_FROM = re.compile(r"\w+\s+(?:(?!\w+ly\b)\w+\s+){1,3}?from\s+(?P<act>\w+ing)\b", re.IGNORECASE)


def _held_back(neg: Negator, own: str, text: str) -> bool:
    """``neg`` denies a verb ("not to *speak*", "decided not to *close*") and ``text`` says,
    at about the same place, that the act was held back: "refrain from *speaking*", "decided
    against *closing*", or the thing it is done to avoided ("not drink *alcohol*" / "avoid
    *alcohol*", "not use the *bridge*" / "avoid the *bridge*")."""
    if neg.lexical or not neg.head or not lexicon().lemmas(neg.head, "v"):
        return False
    length = len(_tokens(own))
    objects = [*neg.governed[1:], *_after_articles(_tokens(own), neg.head_index + 1)]
    tokens = _tokens(text)
    where = neg.head_index / max(length, 1)
    lex = lexicon()
    for index, (token, _) in enumerate(tokens):
        lowered = token.lower()
        if abs(index / len(tokens) - where) > _PLACE:
            continue
        kept = _KEPT_FROM.match(text, tokens[index][1])
        if kept is not None and lex.is_verb(token) and same_word(kept.group("act"), neg.head):
            return True  # "so that it cannot lick" / "to stop it from licking"
        if lowered != "against" and (not _holds_back(lowered) or same_word(token, neg.head)):
            continue  # "do not relinquish" / "relinquish": the same act, denied on one side
        following = [t for t, _ in tokens[index + 1 : index + 3] if t.lower() != "from"][:1]
        if following and following[0].lower().endswith("ing") and same_word(following[0], neg.head):
            return True
        # "Do not drink *alcohol*" / "Avoid *alcohol*": what the act is done to held back, the
        # act left to be understood.
        # A word of grammar is no thing ("refused *to* discuss" / "did not agree *to* meet").
        thing = [w for w in _after_articles(tokens, index + 1) if not _passed(w)]
        if thing and any(same_word(thing[0], word) for word in objects):
            return True
        # "should not eat anything" / "withhold food": the thing held back is what the denied
        # act takes by its definition ("eat": "take in solid food").
        if thing and lowered != "against" and thing[0].lower() in _defining_words(neg.head):
            return True
    return False


_ARTICLES = frozenset({"the", "a", "an"})


def _after_articles(tokens: list[tuple[str, int]], index: int) -> list[str]:
    """The word at ``index``, or after the article there ("the *bridge*"); none at the end."""
    words = [t for t, _ in tokens[index : index + 2] if t.lower() not in _ARTICLES]
    return words[:1]


def _goes_on(tokens: list[tuple[str, int]], index: int) -> bool:
    """The verb at ``index`` is followed by another verb it carries on ("kept *rising*",
    "remains *to* be seen")."""
    following = tokens[index + 1][0].lower() if index + 1 < len(tokens) else ""
    return following == "to" or (
        following.endswith("ing") and bool(lexicon().lemmas(following, "v"))
    )


def _near(
    neg: Negator, length: int, tokens: list[tuple[str, int]]
) -> list[tuple[int, tuple[str, int]]]:
    """The tokens of the other text (with their indices) at about the place of ``neg`` in its
    own (``length``: tokens of ``neg``'s text): two translations keep the order of clauses."""
    where = neg.start / max(length, 1)
    return [
        (index, token)
        for index, token in enumerate(tokens)
        if abs(index / len(tokens) - where) <= _PLACE
    ]


def _done_without(neg: Negator, length: int, text: str) -> bool:
    """``neg`` is "without" or "no" before a noun, and ``text`` says a verb of doing without
    ("lost", "lacks") with that noun just after it, at about the same place."""
    if neg.cue.lower() not in ("without", "no") or not neg.head:
        return False
    lex = lexicon()
    tokens = _tokens(text)
    for index, (token, _) in _near(neg, length, tokens):
        if not set(lex.lemmas(token.lower(), "v")) & _PRIVATIVE:
            continue
        following = [t for t, _ in tokens[index + 1 : index + 4] if not _passed(t)]
        if following and same_word(following[0], neg.head):
            return True
    return False


def _lacking(neg: Negator, length: int, text: str) -> tuple[str, int] | None:
    """The adjective of "-less" or "-free" on the noun ``neg`` denies, where ``neg`` is
    "without" or "no" and ``text`` says it at about the same place ("without a home" /
    "homeless", "no job" / "jobless", "no debt" / "debt-free"), with where it starts."""
    if neg.cue.lower() not in ("without", "no") or not neg.head:
        return None
    lex = lexicon()
    for _, (token, at) in _near(neg, length, _tokens(text)):
        lacking = _PRIVATIVE_SUFFIX.fullmatch(token)
        if (
            lacking is not None
            and (lex.is_adjective(token) or token.lower().endswith("-free"))
            and any(same_word(lacking.group("rest"), word) for word in _denied_run(neg))
        ):
            return token, at
    return None


def _affirmed(neg: Negator, length: int, text: str, negated: list[Negator]) -> bool:
    """``text`` says a word ``neg`` governs (or a synonym) outside the scope of its own
    negations, at about the same place in the sentence (``length``: tokens of ``neg``'s text):
    two translations keep the order of clauses, and the same word elsewhere is another use."""
    if not neg.governed:
        return False
    scopes = [range(n.start, n.end + 1) for n in negated if n.end >= 0]
    tokens = _tokens(text)
    where = neg.head_index / max(length, 1)
    for index, (token, _) in enumerate(tokens):
        if _passed(token) or any(index in scope for scope in scopes):
            continue
        if abs(index / len(tokens) - where) <= _PLACE and any(
            same_word(word, token) for word in neg.governed
        ):
            return True
    return False


def _evidence(cues_new: list[str], a: str, b: str, pairing: Pairing) -> dict[str, float | str]:
    """How the extra negation is said: "did not express" denies a verb outright; a lexical
    negative ("failed", "lacks", "too quiet to") is often a translator's way of saying the
    same thing the other side says without one. ``kept``: negations whose clause the other side
    states un-negated, the clearest sign of a flip; ``unpaired``: negations that govern nothing
    the other side negates too."""
    lexical = any(c.lower() not in _GRAMMATICAL for c in cues_new)
    return {
        "lexical_cue": float(lexical),
        "auxiliary_negated": float(len(_AUXILIARY.findall(a)) != len(_AUXILIARY.findall(b))),
        "kept": float(len(pairing.kept_a) + len(pairing.kept_b)),
        "unpaired": float(len(pairing.unpaired_a) + len(pairing.unpaired_b)),
    }


# A reply that opens a sentence ("No, I'm not showing you pictures", "No, no, he didn't"):
# the particle answers what was said before, and when its own clause is negated it only
# agrees with that clause's denial; a translation that drops it ("I'm not going to show you
# pictures") denies nothing less.
_REPLY = re.compile(
    r"^(?P<lead>\W*(?:\(\w+\)\s*)?)(?P<reply>(?:no|nope)(?:\s*[,!–—-]+\s*(?:no|nope))*)"
    r"\s*[,!–—-]+\s*",
    re.IGNORECASE,
)
# How many words into its clause the denial a reply agrees with stands ("No, I'm *not*").
_REPLY_REACH = 6


def without_reply(text: str) -> str:
    """``text`` with an opening reply of "No" blanked (same length, so offsets hold) when the
    clause after it is negated too: "No, I'm not showing you" reads as "I'm not showing you".
    A reply before a clause that affirms ("No, it is fine") is kept: the only denial there."""
    found = _REPLY.match(text)
    if found is None:
        return text
    rest = text[found.end() :]
    words = rest.split()
    near = " ".join(words[:_REPLY_REACH])
    if not cues.negations(near):
        return text
    start, end = found.span("reply")
    return text[:start] + " " * (end - start) + text[end:]


# "neither X nor Y" denies each of the two: one cue (``cues.negations``), two denials, as "X
# did not ..., and nor did Y" or "X did not ... and Y did not either" tell them.
_NEITHER_NOR = re.compile(r"\bneither\b[^.;:!?]*?\bnor\b", re.IGNORECASE)


def _each_denied(text: str, cues_counted: int) -> int:
    """The negations of ``text`` counted once per thing denied: ``cues_counted`` and one more
    for each "neither ... nor"."""
    return cues_counted + len(_NEITHER_NOR.findall(text))


# Litotes: "not" before a word that denies in itself ("not unfounded", "not uncommon", "not
# without risk", "not entirely unexpected") affirms, two denials cancelling; a degree word may
# stand between them.
_LITOTES = re.compile(
    r"(?<![\w-])not\s+(?:(?:entirely|altogether|wholly|completely|totally|quite|at\s+all)\s+)?"
    r"(?P<word>without|(?:un|in|im|il|ir|dis)(?P<rest>[a-z]{4,}))(?![\w-])",
    re.IGNORECASE,
)


# What says "without" in other words: "free of risk", "free from debt", "risk-free".
_FREE_OF = re.compile(r"(?<![\w-])free\s+(?:of|from)\b|\w-free\b", re.IGNORECASE)


def _litotes(own: str, other: str) -> int:
    """The negative cues of ``own`` that a litotes cancels ("not" and a "without" after it),
    where ``other`` does not say the denying word itself ("not uncommon" / "fairly common";
    against "uncommon", or "not without risk" against "free of risk", it is a flip). A
    prefixed word counts where it is an adjective, no verb's form ("was not disclosed" / "was
    revealed" stays a flip), and its rest an adjective or a verb ("unfounded": "founded")."""
    lex = lexicon()
    cancelled = 0
    for found in _LITOTES.finditer(own):
        word = found.group("word")
        if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", other, re.IGNORECASE):
            continue
        if word.lower() == "without":
            if not _FREE_OF.search(other):
                cancelled += 2
            continue
        rest = found.group("rest").lower()
        lower = word.lower()
        if lex.lemmas(lower, "v") or not lex.is_adjective(lower):
            continue
        if not (lex.is_adjective(rest) or lex.lemmas(rest, "v")):
            continue
        # "not unlikely": the prefixed word is a negative cue of its own too.
        cancelled += 1 + sum(cue.lower() == lower for cue in cues.negations(word))
    return cancelled


def check_negation(ctx: PairContext) -> list[Finding]:
    # A negation inside a quote counts too: the speaker's denial is the same flip.
    a, b = without_reply(ctx.a), without_reply(ctx.b)
    left, right = cues.negations(a), cues.negations(b)
    if len(left) == len(right) or _each_denied(a, len(left)) == _each_denied(b, len(right)):
        return _meant_flip(ctx) or _scope_moved(ctx, a, b)
    if len(left) - _litotes(a, b) == len(right) - _litotes(b, a):
        return _meant_flip(ctx)  # "not unfounded" / "justified": a litotes affirms
    # "likely" / "unlikely" is the opposites check's finding, and "did not rise" / "fell" or
    # "not all" / "some" (the scales check's) says the same thing twice over: neither is a
    # flipped polarity. "often" / "rarely" moves along a scale: the scales check's finding.
    quoted = len(left) - len(cues.negations(cues.strip_quotes(a)))
    if quoted == len(right) - len(cues.negations(cues.strip_quotes(b))) and (
        negation_explained(a, b)
        or scales.negation_explained(a, b)
        or scales.negation_moved(a, b)
        or links.negation_explained(a, b)
        or negation_set_against(a, b)
    ):
        return []
    verdicts = _meant_verdicts(ctx, a, b)
    # Each verdict says a negation of one side by a word of the other ("do not have to pay" /
    # "is free"): where they account for the whole difference in number, none is flipped.
    said_a = sum(bool(cues.negations(v.a)) for v in verdicts)
    said_b = sum(bool(cues.negations(v.b)) for v in verdicts)
    if verdicts and len(left) - said_a == len(right) - said_b:
        return verdicts
    pairing = pair_negators(a, b)
    denies_a = len(left) > len(right)
    # The denial to quote: a negation left unpaired on the side with more of them, one whose
    # clause the other side keeps first ("did not *mention*" where A "remarked"), not merely
    # the first "not" of the sentence, which may be one both sides share.
    if denies_a:
        odd, other = pairing.kept_a or pairing.unpaired_a, pairing.unpaired_b
    else:
        odd, other = pairing.kept_b or pairing.unpaired_b, pairing.unpaired_a
    if not odd:
        return verdicts  # the extra negation is said on the other side too, in other words
    said = [n.cue for n in odd]
    answer = [n.cue for n in other]
    # One side with no negation at all against one with some is a flip of polarity; both sides
    # negated, only in different numbers, is more often a negative said another way ("No, I
    # don't" / "I do not").
    both = bool(left and right)
    side, elsewhere = ("A", "B") if denies_a else ("B", "A")
    message = (
        f"{side} denies what {elsewhere} affirms: {', '.join(said)!r} has no counterpart in "
        f"{elsewhere}"
    )
    a_neg, b_neg = (odd, other) if denies_a else (other, odd)
    return [
        *verdicts,
        draft(
            ctx,
            check="negation.count" if both else "negation.flipped",
            category="negation",
            a=", ".join(said if denies_a else answer),
            b=", ".join(answer if denies_a else said),
            message=message,
            prior=0.4 if both else 0.9,
            evidence=_evidence(said, a, b, pairing),
            a_span=_place(ctx, a_neg, "a"),
            b_span=_place(ctx, b_neg, "b"),
        ),
    ]


# Verbs of thinking and wanting that pass their negation down to the clause they govern: "did
# not think he would survive" says "thought he would not survive" (a raised negation).
RAISING = frozenset(
    "think believe expect suppose imagine reckon anticipate want seem appear feel guess".split()
)
# How far apart (tokens) the two words a moved negation denies may stand: the verb and its
# complement ("not asked to resign" / "asked not to resign"), not two clauses of a sentence.
_MOVED_REACH = 6


def _scope_moved(ctx: PairContext, a: str, b: str) -> list[Finding]:
    """As many negations on each side, one of them denying another word: "was not asked to
    resign" / "was asked not to resign", "did not say taxes would rise" / "said taxes would not
    rise", "not all were recovered" / "all were not recovered". Each side then says un-negated
    the word the other denies, near the word it denies itself. A verb of thinking or wanting
    passes its negation down ("did not think he would survive" / "thought he would not
    survive"), and a negation moved onto a scale's point said another way ("not all" / "some
    ... not") is the same claim: no move."""
    pairing = pair_negators(a, b)
    if len(pairing.kept_a) != 1 or len(pairing.kept_b) != 1:
        return []
    (in_a,), (in_b,) = pairing.kept_a, pairing.kept_b
    if not (in_a.head and in_b.head) or in_a.pairs_with(in_b):
        return []
    # "not" alone: "no drugs were shown" / "it was not shown that any drugs", "never existed
    # again" / "but never again" say one denial in two shapes.
    if {in_a.cue.lower().replace("’", "'"), in_b.cue.lower().replace("’", "'")} - _PLAIN_NOT:
        return []
    # "not all of them were rescued" / "some of them were not rescued": the negation moved
    # one point of a scale onto the other side's point, the same claim (the scales check's).
    if any(
        not shift.distance and (shift.a.negated or shift.b.negated) for shift in scales.shifts(a, b)
    ):
        return []
    # Each side says the other's denied word near its own, in the same order: the two words
    # of one clause, the negation moved between them ("asked ... resign" on both sides).
    other_in_a = _near_word(a, in_b.governed, in_a.head_index)
    other_in_b = _near_word(b, in_a.governed, in_b.head_index)
    if other_in_a is None or other_in_b is None:
        # Or the negation moved to the other clause of a coordination, each clause kept in
        # its place: "did not cut jobs but raised prices" / "cut jobs but did not raise
        # prices", "apply to clinics but not to hospitals" / "do not apply to clinics but to
        # hospitals".
        other_in_a = _coordinated_word(a, in_b.governed, in_a.head_index)
        other_in_b = _coordinated_word(b, in_a.governed, in_b.head_index)
    if other_in_a is None or other_in_b is None:
        return []
    if (other_in_a > in_a.head_index) != (in_b.head_index > other_in_b):
        return []
    # A verb of thinking or wanting passes its negation down to the clause it governs, not up
    # to a verb of saying above it: "said he did not believe" / "did not say he believed"
    # denies the saying (the raising verb stands after the word the other side denies).
    lex = lexicon()
    if any(
        set(lex.lemmas(own.head, "v")) & RAISING and own.head_index < other_at
        for own, other_at in ((in_a, other_in_a), (in_b, other_in_b))
    ):
        return []
    return [
        draft(
            ctx,
            check="negation.moved",
            category="negation",
            a=f"{in_a.cue} {in_a.head}",
            b=f"{in_b.cue} {in_b.head}",
            message=(
                f"the negation denies another word: A denies {in_a.head!r}, B denies {in_b.head!r}"
            ),
            prior=0.75,
            evidence=_evidence([in_b.cue], a, b, pairing),
            a_span=_place(ctx, (in_a,), "a"),
            b_span=_place(ctx, (in_b,), "b"),
        )
    ]


_PLAIN_NOT = frozenset({"not", "n't"})


def _near_word(text: str, governed: tuple[str, ...], at: int) -> int | None:
    """The token index of a word of ``governed`` (or its synonym) in ``text`` nearest to token
    ``at``, within :data:`_MOVED_REACH` of it; None where there is none."""
    found = [
        index
        for index, (token, _) in enumerate(_tokens(text))
        if abs(index - at) <= _MOVED_REACH
        and token.lower() not in FUNCTION_WORDS  # "did" is no synonym of "fares"
        and any(same_word(token, w) for w in governed)
    ]
    return min(found, key=lambda index: abs(index - at)) if found else None


# Words that join two clauses or predicates of one sentence, and how far apart (tokens) the
# two words a negation moved between them may stand.
_COORDINATORS = frozenset({"and", "but", "while", "whereas", "yet"})
_COORDINATED_REACH = 20


def _coordinated_word(text: str, governed: tuple[str, ...], at: int) -> int | None:
    """The token index of a word of ``governed`` (or its synonym) in ``text`` in another clause
    of a coordination than token ``at`` ("and", "but" between them, no sentence end), within
    :data:`_COORDINATED_REACH`; None where there is none."""
    tokens = _tokens(text)
    for index, (token, _) in enumerate(tokens):
        if abs(index - at) > _COORDINATED_REACH or not any(same_word(token, w) for w in governed):
            continue
        between = {t.lower() for t, _ in tokens[min(index, at) + 1 : max(index, at)]}
        if between & _COORDINATORS and not between & {".", "!", "?", ";"}:
            return index
    return None


# Words a negative word denies that say too little to read a flip from them alone ("may",
# "there", "can" stand in many a sentence).
_LIGHT = frozenset(
    {"can", "may", "let", "there", "present", "find", "say", "have", "include", "subject", "cover"}
)


def _flipped_by_meaning(own: str, text: str) -> tuple[str, str] | None:
    """A word of ``own`` whose meaning holds a negation ("exempt", "unaware", "abstained")
    and, at about the same place in ``text`` and not negated there, the word it denies
    ("applies", "knew", "voted"), which ``own`` does not say too and where ``text`` does not
    say the negative word: (the negative word, the word denied)."""
    lex = lexicon()
    mine, theirs = _tokens(own), _tokens(text)
    scopes = [range(n.start, n.end + 1) for n in negators(text) if n.end >= 0]
    own_words = {w.lower() for t, _ in mine for w in (t, *lex.lemmas(t))}
    their_words = {w.lower() for t, _ in theirs for w in (t, *lex.lemmas(t))}
    for index, (token, _) in enumerate(mine):
        if _passed(token) or token.lower() in their_words:
            continue
        found = _NEGATIVE_PREFIX.fullmatch(token)
        prefixed = found is not None and lex.opposition(token, found.group("rest")) is not None
        if not (prefixed or _DENYING.keys() & {token.lower(), *lex.lemmas(token)}):
            continue
        denied = _denied_by(token) - _LIGHT
        where = index / len(mine)
        for other, (word, _) in enumerate(theirs):
            if _passed(word) or any(other in s for s in scopes):
                continue
            if abs(other / len(theirs) - where) > _PLACE:
                continue
            forms = {word.lower(), *(w.lower() for w in lex.lemmas(word))}
            if not forms & denied or forms & own_words:
                continue
            if lex.opposition(token, word) or lex.loosely_opposed(token, word):
                continue  # "unaware" / "aware": an opposite, the opposites check's finding
            return token, word
    return None


def _meant_flip(ctx: PairContext) -> list[Finding]:
    """A flip with no negation counted on either side: a word whose meaning holds one
    against the word it denies ("small farms are exempt from the tax" / "the tax applies to
    small farms", "abstained" / "voted")."""
    a, b = cues.strip_quotes(ctx.a), cues.strip_quotes(ctx.b)
    for side, own, text in (("A", a, b), ("B", b, a)):
        found = _flipped_by_meaning(own, text)
        if found is None:
            continue
        negative, affirmed = found
        elsewhere = "B" if side == "A" else "A"
        return [
            draft(
                ctx,
                check="negation.flipped",
                category="negation",
                a=negative if side == "A" else affirmed,
                b=affirmed if side == "A" else negative,
                message=(
                    f"{side} denies what {elsewhere} affirms: {negative!r} means not {affirmed!r}"
                ),
                prior=0.8,
                evidence={
                    "lexical_cue": 1.0,
                    "auxiliary_negated": 0.0,
                    "kept": 1.0,
                    "unpaired": 0.0,
                },
            )
        ]
    return []


def _place(ctx: PairContext, negs: tuple[Negator, ...], side: str) -> Span | None:
    """Where the first of ``negs`` stands in the pair's original text."""
    if not negs:
        return None
    checked, original = (ctx.a, ctx.pair.a_text) if side == "a" else (ctx.b, ctx.pair.b_text)
    if checked == original:
        return negs[0].span
    return ctx.locate(negs[0].cue, side=side)  # text damage was blanked: offsets moved
