"""Links: how a sentence ties one fact to another. "The flight was cancelled because of the
storm" and "... despite the storm" share every word but one, and a sentence embedding puts them
side by side; yet one says the storm was the reason, the other that it was no obstacle.

The words that link two facts form a closed class, so this check reads them from a table: each
link word or phrase says one relation, and some relations deny each other:

- a cause ("because", "due to", "thanks to") against a concession ("despite", "although"):
  the fact was the reason, or it was no obstacle;
- a condition ("if", "provided that") against a negated one ("unless"): the outcome follows
  when the fact holds, or when it does not; against a concession ("even if", "although"):
  the outcome depends on the fact, or holds whatever it is; and against a fact granted ("now
  that", "since" before a clause): the fact may not hold, or is said to have happened; a
  negated condition against a concession ("unless" / "even if"): the fact alone would stop the
  outcome, or does not stop it;
- an exception ("except", "excluding", "other than") against an inclusion ("including") or
  examples ("such as"): the fact is left out of the claim, or counted in it;
- a time from which ("since 2010") against a time until which ("until 2010"): the state began
  then, or ended then;
- a result ("therefore", "as a result", ", so") against a concession or a contrast (", but",
  ", yet", "however", ", while"): what followed from the fact, or what came despite it; a
  cause against a contrast: the reason for the fact, or a fact set against it;
- a cause ("because") against a time before which ("before", "ahead of"): the fact held first
  and led to the other, or had not yet happened when the other did;
- a thing done again ("again", "once more") against done for the first time: it had happened
  before, or never before;
- what came at once after a fact ("as soon as", "no sooner ... than") against a time before
  which or until which: it followed the fact, or came ahead of it or held until it;
- a purpose ("so that", "in order to") against a result (", so") or a cause ("because of"):
  what an act was meant to bring about, which may not have followed, or what did follow or
  brought it about.
- a part of a total ("including", "among them", "twelve of them") against more besides it ("as
  well as", "along with", "plus", "forty people and twelve children", ", as were"): counted in
  the total or added to it;
- a likeness ("like X,", ", as did X", "as in", "similar to") against an unlikeness ("unlike",
  "in contrast to", "as opposed to"): what is said of the one is said of the other too, or
  not of it;
- a topic where a clause opens ("When it comes to X,", "In terms of X,", "As for X,") against
  an exception, a thing set aside ("apart from", "aside from") or an unlikeness: what the claim
  is about, or what it leaves out or is set against.

Only a relation one side says more often and the other side's denial of it, said more often on
that side, make a finding: a translation that rewords the link ("although" / "even though",
"because of" / "due to") keeps its relation, and one that tells the link another way ("the storm
caused the delay") says none of these words. "Unless" said as "if ... not" is the same condition
negated: a side that adds a negation along with "if" keeps the meaning. Words that say two
relations ("since" of a reason or of a time, "as", "while") count only where the words after
them say which ("since 2010": a time).
"""

from __future__ import annotations

import re
from collections import Counter

from .. import _cues as cues
from .._report import Finding
from .._words import FUNCTION_WORDS
from ._context import PairContext
from ._edits import Hit, as_findings, edits, words
from ._lexicon import lexicon

__all__ = ["check_links", "find_links", "links", "negation_explained"]

# Each relation with the words that say it; a longer phrase is read before a word inside it
# ("even though" before "though"). A time from which is read apart (``_SINCE_TIME``).
_RELATIONS: dict[str, tuple[str, ...]] = {
    "cause": (
        "because of",
        "because",
        "due to",
        "owing to",
        "thanks to",
        "as a result of",
        "on account of",
        "on the grounds that",
        # A fact granted as the ground of what follows: "now that the deal has been approved,
        # the plant will stay open" says the deal was approved; "if it is approved" does not.
        "now that",
        "given that",
        "seeing that",
    ),
    "concession": (
        "in spite of",
        "despite",
        "even though",
        # "even if" grants the condition and denies it matters: the outcome holds either way.
        "even if",
        "although",
        "though",
        "notwithstanding",
        "regardless of",
        # A concession told as its own sentence's adverb: "Sales fell. Nevertheless, ...".
        "nevertheless",
        "nonetheless",
        "even so",
    ),
    # What followed from a fact, told after it: "Sales fell, so the firm cut jobs" against
    # "Sales fell, although the firm cut jobs".
    "result": (
        "as a result",
        "as a consequence",
        "therefore",
        "consequently",
        "hence",
        "for this reason",
        "for that reason",
    ),
    # What an act was meant to bring about, which may not have followed: "closed the road so
    # that no one would be hurt" against ", so no one was hurt" (it followed).
    "purpose": (
        "in order to",
        "in order that",
        "so as to",
        "so that",
        "with the aim of",
        "for the purpose of",
    ),
    "condition": ("provided that", "providing that", "on condition that", "as long as", "if"),
    "negated condition": ("unless",),
    "exception": ("except for", "except", "excluding", "with the exception of", "other than"),
    # A part of the total just told: "forty people, including twelve children", "2,000 troops,
    # among them 400 special forces" (a figure before "of them" / "of whom" too: ``_PART_OF``).
    "inclusion": ("including", "inclusive of", "among them", "among whom", "among which"),
    # Examples of a kind are members of it: "staple foods such as rice" counts rice among them,
    # "staple foods other than rice" leaves it out. Only the exception denies it: "bands such
    # as Coldplay and dozens of local groups" / "bands like Coldplay as well as dozens of
    # local groups" adds the groups either way.
    "examples": ("such as",),
    # More besides it: "forty people as well as twelve children", "2,000 troops, along with 400
    # special forces". ("besides" also says an exception: the cues' exception word.)
    "addition": (
        "as well as", "in addition to", "along with", "together with", "alongside", "plus",
        "on top of",
    ),
    # What is said of one thing said of another too, or said of it and not of the other: "Like
    # Sweden, Norway raised rates" / "Unlike Sweden, ...". "like" alone, ", as did X" and "as in
    # ..." are read apart (``_LIKENESS``): elsewhere "like" is a verb and "as" a time or a role.
    "likeness": ("similar to", "in common with", "in line with", "in keeping with"),
    "unlikeness": (
        "unlike", "in contrast to", "in contrast with", "as opposed to", "contrary to",
        "different from", "differently from",
    ),
    "until a time": ("until", "till", "up until"),
    # "as if" and "as though" compare a manner ("looks as if it grew"): neither a condition nor
    # a concession, read before the "if" and the "though" inside them.
    "manner": ("as if", "as though"),
    # What came ahead of a fact, which had not yet happened then: no reason of it.
    "before a time": ("before", "ahead of", "prior to"),
    # What came at once after a fact: "as soon as the ceasefire takes effect", "no sooner had
    # it opened than"; "the moment" is also "now" ("at the moment") and is in none.
    "at once after": (
        "as soon as", "no sooner", "immediately after", "straight after", "right after",
        "directly after",
    ),
    # A thing done or happening another time, and the first time it ever did.
    "again": (
        "once again", "yet again", "once more", "again", "anew", "for the second time",
        "for a second time",
    ),
    "first time": ("for the first time", "first-ever", "first ever", "for the very first time"),
    # A thing set aside from what the clause says, whether left out of it or added to it:
    # "Apart from housing, the minister has made progress" (read either way, the clause is not
    # about housing). Against a topic (``_TOPIC``) only.
    "set aside": ("apart from", "aside from"),
}  # fmt: skip
# The relations that deny each other, each with how an editor reads the change.
_OPPOSED: dict[frozenset[str], str] = {
    frozenset({"cause", "concession"}): "the reason for it or no obstacle to it",
    frozenset({"result", "concession"}): "what followed from it or what came despite it",
    frozenset({"condition", "negated condition"}): "a condition turned into its opposite",
    frozenset({"condition", "concession"}): "what the outcome depends on or what it holds despite",
    frozenset({"negated condition", "concession"}): (
        "what the outcome holds despite or what alone would stop it"
    ),
    frozenset({"condition", "cause"}): "a condition that may not hold or a fact granted",
    frozenset({"condition", "since a fact"}): "a condition that may not hold or a fact granted",
    frozenset({"exception", "inclusion"}): "left out of the claim or counted in it",
    frozenset({"exception", "examples"}): "left out of the claim or counted in it",
    frozenset({"inclusion", "addition"}): "a part of the total or more besides it",
    frozenset({"inclusion", "likeness"}): "a part of the total or more besides it",
    frozenset({"likeness", "unlikeness"}): (
        "what is said of the one is said of the other too, or not of the other"
    ),
    frozenset({"from a time", "until a time"}): "when a state began or when it ended",
    frozenset({"cause", "before a time"}): (
        "a fact that held first and led to it, or one that had not yet happened then"
    ),
    frozenset({"again", "first time"}): "it had happened before, or never before",
    frozenset({"at once after", "before a time"}): (
        "what followed the fact at once or what came ahead of it"
    ),
    frozenset({"at once after", "until a time"}): (
        "what followed the fact at once or what held until it"
    ),
    frozenset({"result", "contrast"}): "what followed from it or what came despite it",
    frozenset({"purpose", "result"}): "what it was meant to bring about or what followed",
    frozenset({"purpose", "cause"}): "what it was meant to bring about or what brought it about",
    frozenset({"cause", "contrast"}): "the reason for it or a fact set against it",
    # What the clause is about, against what it leaves out or sets against it: "When it comes
    # to housing, the minister has made progress" / "Except in housing, ...", "As for the old
    # buildings, most survived" / "Unlike the old buildings, ...".
    frozenset({"topic", "exception"}): "what the claim is about or what it leaves out",
    frozenset({"topic", "set aside"}): "what the claim is about or what it leaves out",
    frozenset({"topic", "unlikeness"}): ("what the claim is about or a thing it is set against"),
}
# The topic of a clause, named as it opens: "When it comes to X,", "In terms of X,", "As for
# X,", "As regards X,", "With regard to X,", "Regarding X,". Only where a clause opens (the
# sentence's start, a comma, a semicolon, "and", "but"): "as for" elsewhere is a comparison
# ("as for the rest"), "regarding" a verb ("regarding him as a friend").
_TOPIC = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but)\s+)(?:when\s+it\s+comes\s+to|in\s+terms\s+of|as\s+for|"
    r"as\s+regards|with\s+(?:regard|respect)\s+to|regarding)\b",
    re.IGNORECASE,
)
# "since" with a time after it: a year, a date, a day, a month or an event's time ("since
# 2010", "since March", "since the war", "since then"); before anything else it may be a reason.
_SINCE_TIME = re.compile(
    r"\bsince\s+(?:(?:early|late|mid|the\s+(?:start|end|beginning)\s+of)\s+)?"
    r"(?:\d{4}\b|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|then\b|(?-i:[A-Z][a-z]+day)\b|"
    r"(?-i:(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December))\b|last\s+\w+|the\s+\d{4}s\b)",
    re.IGNORECASE,
)
# "since" before a clause of its own ("since the talks have failed", "since he was elected"):
# a reason or the time a state began, and in either reading a fact that has happened, never a
# condition that may not hold ("if the talks fail"). A verb is read within the clause: an
# auxiliary, or a word in -ed after the clause's subject; "since the war" and "since then"
# are times, read above.
_SINCE_CLAUSE = re.compile(
    r"\bsince\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|its\s+|their\s+|our\s+)?"
    r"(?:[\w’'-]+\s+){0,3}?"
    r"(?:has|have|had|is|are|was|were|did|does|do|will|would|can|could|[a-z]+ed)\b",
    re.IGNORECASE,
)
# "so" after a comma that ends a clause says a result ("Sales fell, so the firm cut jobs");
# elsewhere it is a degree ("so far", "so many") or a purpose ("so that").
_SO_RESULT = re.compile(
    r",\s+(?:and\s+)?so\s+(?!(?:far|much|many|few|little|long|that|as|on|called|to|too|very)\b)"
    r"(?=[A-Za-z])",
    re.IGNORECASE,
)
# A concession told as a contrast between the two facts: "Although the level will rise only a
# little, officials hope" / "The level will rise only a little, but officials hope".
_CONTRAST = re.compile(r"\b(?:but|yet|however|nevertheless|nonetheless|still)\b", re.IGNORECASE)
# A contrast that links two clauses: "but" or "yet" where a clause opens (after a comma, a
# semicolon or "and", or opening the sentence), "however", "whereas", ", while". Elsewhere
# "but" is an exception ("all but", "nothing but"), "but also" an addition and "yet" a time
# ("not yet", "has yet to"). A contrast says the second fact came despite the first, or stands
# against it: neither its result nor its reason.
_CONTRAST_LINK = re.compile(
    r"(?:^|[,;:]\s*|\band\s+)(?:but|yet)\b(?!\s+(?:also|to|again|another|more)\b)"
    r"|\b(?:however|whereas)\b|,\s+while\b",
    re.IGNORECASE,
)

# "like" as a link: opening the sentence or set off after a comma ("Like most of her rivals,
# the candidate", "The striker, like his captain,"), "just like" / "much like" anywhere; ", as
# did its competitor" and "and so did imports" (the same verb said of another); "As in previous
# years," and ", as with" opening a phrase. Elsewhere "like" is a verb ("would like to") or
# says an example ("cities like Paris"), and "as" a time, a role or a comparison's second term.
_LIKENESS = re.compile(
    r"(?:^|(?<=[,;:.!?])\s*)(?:just\s+|much\s+)?like\b(?!\s+(?:to|that|this|it)\b)"
    r"|\b(?:just|much)\s+like\b"
    r"|,\s*(?:just\s+)?as\s+(?:did|does|do|has|have|had|was|were|is|are|will|would|could|can)\b"
    r"|\band\s+so\s+(?:did|does|do|has|have|had|was|were|is|are|will|would|could|can)\b"
    r"|(?:^|(?<=[,;:.!?])\s*)(?:just\s+)?as\s+(?:in|with|during)\b",
    re.IGNORECASE,
)
# A count in figures or words (the words of the numbers up to the tens, of the large round
# ones and of the common fractions: a closed class).
_COUNT = (
    r"(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundreds|thousands|millions|dozens|scores|half|third|quarter|fifth|"
    r"tenth)"
)
# A part told by a count of "them" / "whom" / "which": "1,200 of them in Germany", "80 of which
# were in the capital", "a third of them", "two of whom were children".
_PART_OF = re.compile(
    rf"\b(?:{_COUNT}|most|many|some|several)\s+of\s+(?:them|whom|which)\b", re.IGNORECASE
)
# More besides a count: a second count joined to the first by "and" ("forty people and twelve
# children") or told as a multiple of it ("and a third as many"); "between 18 and 25" is a range.
_COUNT_AND_COUNT = re.compile(
    rf"\b{_COUNT}\s+(?:[\w’'-]+\s+){{0,3}}and\s+(?:a\s+|an\s+)?{_COUNT}\b"
    rf"|\band\s+(?:a\s+)?{_COUNT}\s+as\s+(?:many|much)\b",
    re.IGNORECASE,
)
_RANGE = re.compile(r"\b(?:between|from|aged)\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _counts_added(text: str) -> int:
    """How often ``text`` adds a count to a count ("forty people and twelve children"), not in
    a range ("between 18 and 25") nor between years ("in 2010 and 2011")."""
    return sum(
        1
        for m in _COUNT_AND_COUNT.finditer(text)
        if not _RANGE.search(text[: m.start()]) and not _YEAR.search(m.group())
    )


# "whether or not the union agrees": the outcome holds either way, a concession as "even if"
# is; not after a verb or a word that asks ("do not know whether or not", "unclear whether or
# not"), where it opens a question, as "if" may ("do not know if").
_EITHER_WAY = re.compile(
    r"(?<![\w-])(?:whether\s+or\s+not|regardless\s+of\s+whether|no\s+matter\s+whether)(?![\w-])",
    re.IGNORECASE,
)
_ASKING = re.compile(
    r"\b(?:know|knew|known|knows|ask|asks|asked|asking|decide|decides|decided|deciding|determine|"
    r"determined|clear|unclear|sure|certain|question|wonder|wondered|see|check|checked|doubt|"
    r"consider|considering|considered|debate|debated|about|on|of|over|to)\s+$",
    re.IGNORECASE,
)


def _either_way(text: str) -> list[re.Match[str]]:
    return [m for m in _EITHER_WAY.finditer(text) if not _asks(text[: m.start()])]


_LAST_WORD = re.compile(r"([^\W\d_]+)\s+$")


def _asks(before: str) -> bool:
    """Whether the text ``before`` a "whether or not" ends on a word that takes a question:
    one of :data:`_ASKING`, or a word whose lemma is one of :data:`_QUESTION_TAKERS`
    ("trying to establish whether or not", "will investigate whether or not")."""
    if _ASKING.search(before):
        return True
    last = _LAST_WORD.search(before)
    if last is None:
        return False
    word = last.group(1).lower()
    lex = lexicon()
    return bool({word, *lex.lemmas(word, "v"), *lex.lemmas(word, "a")} & _QUESTION_TAKERS)


def _pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    ordered = sorted(phrases, key=len, reverse=True)
    words = "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered)
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE)


_PATTERNS = {relation: _pattern(phrases) for relation, phrases in _RELATIONS.items()}


# "not", a degree word at most between, right before a relation's words ("not unlike").
_DENIED_BEFORE = re.compile(
    r"(?<![\w-])not\s+(?:(?:entirely|altogether|wholly|completely|totally|quite)\s+)?\Z",
    re.IGNORECASE,
)
_RELATIVE_NEXT = re.compile(r"\s+(?:which|whom|whose|who)\b", re.IGNORECASE)
_SOON_AS_CAN = re.compile(r"\s+(?:possible|practicable|feasible|practical)\b", re.IGNORECASE)
# A relation the other side may say with a kindred one: ", as were the photographers" and
# "along with the photographers" both add them to what is said.
_KINDRED: dict[str, tuple[str, ...]] = {"addition": ("likeness",), "likeness": ("addition",)}


def links(text: str) -> Counter[str]:
    """How often ``text`` says each relation (a longer phrase before a word inside it)."""
    found: Counter[str] = Counter()
    taken: list[tuple[int, int]] = []
    # Longer phrases of every relation first, so "even though" is no "though", "except for" no
    # "for", and "up until" one "until".
    matches = sorted(
        ((m, relation) for relation, pattern in _PATTERNS.items() for m in pattern.finditer(text)),
        key=lambda item: (-(item[0].end() - item[0].start()), item[0].start()),
    )
    for match, relation in matches:
        if any(match.start() < end and start < match.end() for start, end in taken):
            continue
        taken.append(match.span())
        if relation == "addition" and _RELATIVE_NEXT.match(text, match.end()):
            continue  # "some alongside which were due": a relative clause, no thing added
        if relation == "at once after" and _SOON_AS_CAN.match(text, match.end()):
            continue  # "as soon as possible": a haste, no fact it follows
        if relation == "unlikeness" and _DENIED_BEFORE.search(text, 0, match.start()):
            found["likeness"] += 1  # "not unlike": a litotes, the likeness affirmed
            continue
        found[relation] += 1
    found["from a time"] += len(_SINCE_TIME.findall(text))
    found["since a fact"] += sum(
        1 for m in _SINCE_CLAUSE.finditer(text) if not _SINCE_TIME.match(text, m.start())
    )
    found["result"] += len(_SO_RESULT.findall(text))
    found["contrast"] += len(_CONTRAST_LINK.findall(text))
    found["concession"] += len(_either_way(text))
    found["likeness"] += len(_LIKENESS.findall(text))
    found["inclusion"] += len(_PART_OF.findall(text))
    found["addition"] += _counts_added(text)
    found["topic"] += len(_TOPIC.findall(text))
    return +found


def _said(text: str, relation: str) -> str:
    """The words ``text`` says ``relation`` with, as written."""
    if relation in ("from a time", "since a fact"):
        match = (_SINCE_TIME if relation == "from a time" else _SINCE_CLAUSE).search(text)
        return match.group().split()[0] if match else ""
    if relation == "contrast":
        contrast = _CONTRAST_LINK.search(text)
        return contrast.group().strip(" ,;:") if contrast else ""
    if relation == "topic":
        topic = _TOPIC.search(text)
        return topic.group().strip(" ,;:") if topic else ""
    special = {"likeness": _LIKENESS, "inclusion": _PART_OF, "addition": _COUNT_AND_COUNT}.get(
        relation
    )
    told = special.search(text) if special is not None else None
    if told is not None and not _PATTERNS[relation].search(text):
        return told.group().strip(" ,;:")
    match = _PATTERNS[relation].search(text)
    if match is None and relation == "concession":
        either = _either_way(text)
        return either[0].group() if either else ""
    if match is None and relation == "result":
        so = _SO_RESULT.search(text)
        return "so" if so else ""
    return match.group() if match else ""


def find_links(a: str, b: str) -> list[Hit]:
    """Hits for each relation between facts that B turns into the relation denying it."""
    links_a, links_b = links(a), links(b)
    hits = []
    for pair, reading in _OPPOSED.items():
        for relation_a in pair:
            (relation_b,) = pair - {relation_a}
            if links_a[relation_a] <= links_b[relation_a]:
                continue  # B says A's relation as often: it is kept
            kindred_a = sum(links_a[kin] for kin in _KINDRED.get(relation_b, ()))
            if links_b[relation_b] <= links_a[relation_b] + kindred_a:
                continue  # B says no more of the other relation: the link was reworded
            if {relation_a, relation_b} == {"condition", "negated condition"} and (
                len(cues.negations(a)) != len(cues.negations(b))
            ):
                continue  # "unless it holds" / "if it does not hold": the same condition
            if relation_a == "concession" and _gained(_CONTRAST, a, b):
                continue
            if relation_b == "concession" and _gained(_CONTRAST, b, a):
                continue
            said_a, said_b = _said(a, relation_a), _said(b, relation_b)
            hits.append(
                Hit(
                    check="link.opposed",
                    category="link",
                    a=said_a,
                    b=said_b,
                    message=f"how the facts are linked changed: {relation_a} in A "
                    f"({said_a!r}), {relation_b} in B ({said_b!r}): {reading}",
                    prior=0.8,
                    # B still says A's relation somewhere, beside the denial.
                    evidence={"kept_a": float(links_b[relation_a] > 0)},
                )
            )
    hits += _purpose_told_done(a, b) + [_turned(hit) for hit in _purpose_told_done(b, a)]
    hits += _since_against_last(a, b)
    hits += _unreal_against_expected(a, b)
    hits += _and_or(a, b)
    hits += _question_changed(a, b)
    return hits


# Words that take a question as their object ("would not say why", "asked when", "it is unclear
# how"): after them a question word asks one thing, and another one asks another ("why he
# quit" is the reason, "when he quit" the time). After a noun the same words are
# relatives and may be said either way ("minutes where" / "periods when").
_QUESTION_TAKERS = frozenset(
    "say tell explain ask know reveal disclose understand decide determine investigate wonder "
    "show clarify confirm specify indicate learn discover establish describe report remember "
    "forget consider discuss question unclear clear sure certain known unknown".split()
)
_QUESTION_WORDS = frozenset({"why", "when", "where", "how", "who", "whether", "if"})
# After a word that takes a question, "if" asks yes or no as "whether" does ("would not say if
# she had resigned" / "whether she had resigned"), and another question word asks another thing
# ("why she had resigned").
_ASKS_AS = {"if": "whether"}


# Words that may stand between a word that takes a question and the question: an object of
# a person ("asked the minister why", "told reporters when"); after anything else between
# ("said in the town where") the question word may be a relative.
_OBJECT_PRONOUNS = frozenset("me you him her us them".split())
_OBJECT_DETERMINERS = frozenset("the a an his her their its our my your this that".split())
# A phrase between a word that takes a question and "whether" ("asked in a referendum whether",
# "will decide in January whether"): "whether" is no relative, so it asks all the same.
_FAR = 4
_WORD_OR_BREAK = re.compile(r"[^\W\d_][\w’'-]*|[,;:.!?()\"“”]")


def _questions(text: str, *, loose: bool = False) -> dict[str, set[str]]:
    """The question words of ``text`` each word of :data:`_QUESTION_TAKERS` (by its lemma)
    takes, a "not" between them allowed ("would not say why"), or an object of a person
    ("asked the minister why"), or, before "whether" (or "if" after "ask"), any few words of
    the same clause ("asked in a referendum whether"); ``loose``: before any question word
    so ("asked in a referendum when", a question where the other side says "whether")."""
    said = [w.lower() for w in _WORD_OR_BREAK.findall(text)]
    found: dict[str, set[str]] = {}
    for index, word in enumerate(said):
        if word not in _QUESTION_WORDS or index == 0:
            continue
        before = index - 1
        if said[before] in ("not", "n't") and before > 0:
            before -= 1
        near = _takers(said[before])
        for lemma in near:
            found.setdefault(lemma, set()).add(_ASKS_AS.get(word, word))
        if near:
            continue
        for lemma in _far_takers(said[max(before - _FAR, 0) : before + 1], word, loose):
            found.setdefault(lemma, set()).add(_ASKS_AS.get(word, word))
    return found


def _takers(word: str) -> set[str]:
    """The lemmas of :data:`_QUESTION_TAKERS` that ``word`` (lower-cased) is a form of."""
    lex = lexicon()
    return {word, *lex.lemmas(word, "v"), *lex.lemmas(word, "a")} & _QUESTION_TAKERS


def _far_takers(preceding: list[str], word: str, loose: bool) -> set[str]:
    """The takers of the question word ``word`` among the words ``preceding`` it (lower-cased,
    nearest last) in its clause, some other words between them (see :func:`_questions`)."""
    for at in range(len(preceding) - 2, -1, -1):
        between = preceding[at + 1 :]
        if any(not w[:1].isalpha() for w in between):
            return set()  # a comma or a stop: another clause
        takers = _takers(preceding[at])
        if not takers:
            continue
        if word == "whether" or loose or all(map(_of_a_person, between)):
            return takers if word != "if" or "ask" in takers else set()
        return set()
    return set()


def _of_a_person(word: str) -> bool:
    """A word of an object that names a person ("him", "the minister", "reporters")."""
    if word in _OBJECT_PRONOUNS or word in _OBJECT_DETERMINERS:
        return True
    domains = lexicon().domains(word)
    return bool(domains) and domains[0] == "noun.person"


def _question_changed(a: str, b: str) -> list[Hit]:
    """A question another side asks with another question word after the same word that takes
    it: "would not explain why the captain was dropped" / "... when the captain was dropped",
    "asked how the money was spent" / "asked where the money was spent". One asks the reason,
    the other the time."""
    asked_a, asked_b = _questions(a), _questions(b)
    # A question word in the place of "whether", a phrase before both ("asked in a referendum
    # whether" / "... when"), asks too.
    loose_a, loose_b = _questions(a, loose=True), _questions(b, loose=True)
    hits = []
    for asker in [*asked_a, *(k for k in asked_b if k not in asked_a)]:
        wh_a, wh_b = asked_a.get(asker, set()), asked_b.get(asker, set())
        if "whether" in wh_a:
            wh_b = wh_b | loose_b.get(asker, set())
        if "whether" in wh_b:
            wh_a = wh_a | loose_a.get(asker, set())
        lost, gained = wh_a - wh_b, wh_b - wh_a
        if not lost or not gained:
            continue
        said_a, said_b = min(lost), min(gained)
        hits.append(
            Hit(
                check="link.question",
                category="link",
                a=said_a,
                b=said_b,
                message=f"another question after {asker!r}: {said_a!r} in A, {said_b!r} in B",
                prior=0.75,
            )
        )
    return hits


# Words that say a purpose before its verb ("to pay", "in order to pay"), and words that tie
# the same verb, told as done, to the act before it ("and paid", "which stopped", ", paying")
# or before the act ("after paying", "having paid").
_PURPOSE_OPENERS = (("to",), ("in", "order", "to"), ("so", "as", "to"))
_DONE_OPENERS = (
    (),
    ("and",),
    ("which",),
    ("thereby",),
    ("and", "thereby"),
    ("after",),
    ("having",),
)


def _purpose_told_done(a: str, b: str) -> list[Hit]:
    """A purpose told as a result: "sold its best player to pay off its debts" / "... and paid
    off its debts", "burned the fields to stop the disease" / "..., which stopped the
    disease", "raised rates to strengthen the currency" / "..., strengthening the currency",
    "hired nurses in order to cut waiting times" / "... after cutting waiting times".
    The act was meant to bring it about; now it did."""
    lex = lexicon()
    hits = []
    for edit in edits(a, b):
        said_a = [w.lower() for w in words(edit.a)]
        said_b = [w.lower() for w in words(edit.b)]
        if tuple(said_a) in _PURPOSE_OPENERS and tuple(said_b) in _DONE_OPENERS:
            # Only the words before the verb changed: a verb of one form for both ("to cut
            # its debt" / "and cut its debt").
            following = [w.lower() for w in words(edit.after_a)[:1]]
            if following != [w.lower() for w in words(edit.after_b)[:1]]:
                continue
            said_a, said_b = said_a + following, said_b + following
        if not (said_a and said_b) or tuple(said_a[:-1]) not in _PURPOSE_OPENERS:
            continue
        if tuple(said_b[:-1]) not in _DONE_OPENERS:
            continue
        verb, done = said_a[-1], said_b[-1]
        if verb not in lex.lemmas(verb, "v"):
            continue  # "to" before no bare verb ("to the north")
        if done == verb and not (said_b[:-1] and _past_before(edit.before_a)):
            # One form for the bare verb and its past ("and cut its debt") tells a deed only
            # after a verb in the past ("sold two hotels and cut"); after a bare one it is a
            # second act of the same kind ("should turn up the volume and listen").
            continue
        if verb not in lex.lemmas(done, "v"):
            continue
        if not said_b[:-1] and not (done.endswith("ing") and "," in edit.b):
            continue  # a participle told after a comma: ", strengthening the currency"
        hits.append(
            Hit(
                check="link.purpose",
                category="link",
                a=" ".join(said_a),
                b=" ".join(said_b),
                message=f"a purpose told as a result: {' '.join(said_a)!r} says what the act "
                f"was meant to bring about, {' '.join(said_b)!r} that it followed",
                prior=0.75,
                evidence={"participle": float(done.endswith("ing"))},
            )
        )
    return hits


def _past_before(text: str) -> bool:
    """Whether the last verb of ``text`` is in the past ("sold", "raised")."""
    lex = lexicon()
    for word in reversed([w.lower() for w in words(text)]):
        lemmas = lex.lemmas(word, "v")
        if not lemmas or word in FUNCTION_WORDS:
            continue
        return word.endswith("ed") or (lemmas[0] != word and not word.endswith(("s", "ing")))
    return False


def _turned(hit: Hit) -> Hit:
    """A hit found with the sides exchanged, told from A to B."""
    return Hit(
        hit.check,
        hit.category,
        hit.b,
        hit.a,
        f"a result told as a purpose: {hit.b!r} says it followed, {hit.a!r} only that the act "
        "was meant to bring it about",
        hit.prior,
        hit.evidence,
    )


# Words after "or" that make it no alternative between two things: "a week or so", "more or
# less", "or else", "some reason or other", "or rather", "whether or not".
_OR_IDIOM = {"so", "more", "less", "else", "other", "rather", "not", "two", "three", "later"}
# Words before the coordinator that set its two sides in a range or leave the choice open
# either way: "between 5 and 10", "whether ... or", "such as Paris or London", "for example".
_OPEN_CHOICE = re.compile(
    r"\b(?:between|whether|such\s+as|for\s+example|for\s+instance|like|any|either|each|every|"
    r"all|anyone|anything|anywhere|free\s+of|ban(?:s|ned)?|prohibit\w*|forbid\w*|avoid\w*|"
    r"prevent\w*|stop\w*|if|unless|whenever)\b",
    re.IGNORECASE,
)


def _and_or(a: str, b: str) -> list[Hit]:
    """ "and" turned into "or" between two things, or "or" into "and": "must show a passport
    and a visa" / "a passport or a visa" asks for both or for either; "will resign and call an
    election" / "will resign or call an election" says both will happen or one of them.

    Under a negation the two say the same ("no food or water" / "no food and water"), and so
    after words that leave the choice open anyway ("between 5 and 10", "whether", "such as",
    "any", "if", a ban); numbers ("two or three days") and idioms ("or so", "more or less")
    are no two things; a clause of its own before "or" ("Stop, or I'll shoot") is another
    link. Each of these is left alone."""
    hits = []
    for edit in edits(a, b):
        said = (edit.a.strip().lower(), edit.b.strip().lower())
        if set(said) != {"and", "or"}:
            continue
        befores = (edit.before_a, edit.before_b)
        afters = (edit.after_a, edit.after_b)
        clauses = [re.split(r"[.;:!?]", before)[-1] for before in befores]
        if any(cues.negations(clause) or _OPEN_CHOICE.search(clause) for clause in clauses):
            continue
        if any(cues.negations(after.split(".")[0]) for after in afters):
            continue  # "X and Y were not", "X or Y cannot": the denial covers both
        if any(
            before.rstrip().endswith((",", "/")) or after.startswith("/")
            for before, after in zip(befores, afters, strict=True)
        ):
            continue  # "and/or"; ", or" opens a clause or a list's last item told loosely
        previous = [words(before)[-1:] for before in befores]
        following = [words(after)[:1] for after in afters]
        if any(not w for w in previous + following):
            continue
        if following[0][0].lower() in _OR_IDIOM or following[1][0].lower() in _OR_IDIOM:
            continue
        if any(re.search(r"\d\s*$", before) for before in befores) or any(
            re.match(r"\s*\d", after) for after in afters
        ):
            continue  # "2 or 3", "1990 and 1991": amounts and years, the numbers' check
        hits.append(
            Hit(
                check="link.and_or",
                category="link",
                a=edit.a.strip(),
                b=edit.b.strip(),
                message=f"two things joined by {said[0]!r} in A and by {said[1]!r} in B: "
                "both of them or either one",
                prior=0.75,
            )
        )
    return hits


# An outcome told under a condition supposed, not expected: "would" in the main clause and
# "if" before a clause ("would cut 500 jobs if the merger went ahead"); and an outcome told as
# what will come at a time expected ("will cut 500 jobs when the merger goes ahead").
_WOULD = re.compile(r"\bwould\b|\w[’']d\b", re.IGNORECASE)
_IF = re.compile(r"\bif\b", re.IGNORECASE)
_WILL = re.compile(r"\bwill\b|\w[’']ll\b", re.IGNORECASE)
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|told|announced|warned|promised|stated|added|explained|claimed|insisted|"
    r"threatened|pledged|vowed|agreed|decided|expected|hoped|believed|thought|knew)\b",
    re.IGNORECASE,
)
_EXPECTED_TIME = re.compile(r"\b(?:when|once|as\s+soon\s+as|after)\b", re.IGNORECASE)


def _unreal_against_expected(a: str, b: str) -> list[Hit]:
    """A condition supposed on one side ("would cut 500 jobs if the merger went ahead": it may
    never come) and a time expected on the other ("will cut 500 jobs when the merger goes
    ahead": it will), the one side saying neither "if" nor "would" of the other's. An "if"
    told as "when" alone, beside the same modal, is a translator's choice as often."""
    hits = []
    for own, other, side in ((a, b, "A"), (b, a, "B")):
        would = _WOULD.search(own)
        if not (_IF.search(own) and would):
            continue
        if _SAID_BEFORE.search(own[: would.start()]):
            continue  # "said it would cut jobs if": the future of a report, a real condition
        if _IF.search(other) or _WOULD.search(other) or _WILL.search(own):
            continue
        time = _EXPECTED_TIME.search(other)
        if time is None or not _WILL.search(other):
            continue
        said, told = _IF.search(own), time.group()
        assert said is not None
        left, right = (said.group(), told) if side == "A" else (told, said.group())
        hits.append(
            Hit(
                check="link.opposed",
                category="link",
                a=left,
                b=right,
                message=f"how the facts are linked changed: {side} supposes the condition "
                f"({said.group()!r} with 'would'), the other side expects it ({told!r} with "
                "'will'): an outcome that may never come, or one that will",
                prior=0.75,
                evidence={"kept_a": 0.0},
            )
        )
    return hits


def _since_against_last(a: str, b: str) -> list[Hit]:
    """A state held since a time on one side ("has won every match since October") and the
    last time it happened at that time on the other ("its last win came in October"), with
    no negation between them to turn one into the other ("has not won since October" is the
    last win): one says it went on from then, the other that it ended then."""
    if len(cues.negations(a)) != len(cues.negations(b)):
        return []
    hits = []
    for own, other, side in ((a, b, "A"), (b, a, "B")):
        time = _since_last(own, other)
        if not time:
            continue
        since, last = (time, "last") if side == "A" else ("last", time)
        hits.append(
            Hit(
                check="link.opposed",
                category="link",
                a=since,
                b=last,
                message=f"how the facts are linked changed: {side} says it went on "
                f"{time!r}, the other side that it last happened then: when a state began "
                "or when it ended",
                prior=0.8,
                evidence={"kept_a": 0.0},
            )
        )
    return hits


def _since_last(since: str, last: str) -> str:
    """The "since" phrase of ``since`` ("since October") whose time ``last`` says as the time
    something happened last ("its last win came in October", "was last seen in 2019"), where
    ``last`` says no "since" itself and its "last" does not name the time ("last October")."""
    if _SINCE.search(last):
        return ""
    lasts = [m for m in _LAST.finditer(last)]
    firsts = [m.span(1) for m in _FIRST_SINCE.finditer(since)]
    for match in _SINCE.finditer(since):
        words = match.group(1).split()
        if match.span(1) in firsts:
            continue  # "for the first time since 1963" is "last happened in 1963"
        if words[0].lower() == "last":
            continue  # "since last year": a time, said with "last" of its own
        time = words[-1]
        found = re.search(rf"\b{re.escape(time)}\b", last, re.IGNORECASE)
        if found is None or not lasts:
            continue
        if any(re.fullmatch(r"\s*", last[m.end() : found.start()]) for m in lasts):
            continue  # "last October": the time, not the last of what happened
        return match.group(0)
    return ""


def _gained(pattern: re.Pattern[str], a: str, b: str) -> bool:
    """Whether ``b`` says ``pattern`` more often than ``a``."""
    return len(pattern.findall(b)) > len(pattern.findall(a))


def negation_explained(a: str, b: str) -> bool:
    """Whether the negations one side adds stand for the "unless" it drops for an "if":
    "unless the ceasefire collapses" / "if the ceasefire does not collapse" is one
    condition, negated; whether its one negation denies since a time what the other side
    says happened last then; or whether it names in an "even if" the outcome the other side's
    "whether or not" covers (the polarity check asks, so as not to call either a flipped
    polarity)."""
    links_a, links_b = links(a), links(b)
    unless = links_a["negated condition"] - links_b["negated condition"]
    added = len(cues.negations(b)) - len(cues.negations(a))
    conditions = links_b["condition"] - links_a["condition"]
    if unless != 0 and added == unless and conditions == unless:
        return True
    if abs(added) != 1:
        return False
    plain, negated = (a, b) if added > 0 else (b, a)
    return (
        _denied_either_way(plain, negated)
        or _last_since(plain, negated)
        or _first_since(plain, negated)
    )


# "even if the rain does not stop": a concession whose clause is denied. Its negation stands
# before the clause ends (a comma, a semicolon) and within a few words.
_EVEN_IF_DENIED = re.compile(
    r"\b(?:even\s+if|even\s+when)\b[^,;:.!?]{0,60}?\b(?:not|n[’']t|never)\b", re.IGNORECASE
)


def _denied_either_way(plain: str, negated: str) -> bool:
    """Whether the one negation ``negated`` adds sits in an "even if" clause where ``plain``
    says the outcome holds either way: "whether or not the rain stops" / "even if the rain
    does not stop" is one concession, the first naming both outcomes, the second the one that
    matters."""
    return (
        bool(_either_way(plain))
        and not _either_way(negated)
        and bool(_EVEN_IF_DENIED.search(negated))
    )


# "since October", "since 2019", "since the election": the time a denied state began.
_SINCE = re.compile(r"\bsince\s+((?:the\s+|last\s+|early\s+|late\s+)?[\w’']+)", re.IGNORECASE)
_LAST = re.compile(r"\blast\b", re.IGNORECASE)


def _last_since(plain: str, negated: str) -> bool:
    """Whether the one negation ``negated`` adds denies since a time what ``plain`` says
    happened last at that time: "has not won a match since October" / "its last win came in
    October", "has not been seen since 2019" / "was last seen in 2019"."""
    if cues.negations(plain) or not _LAST.search(plain):
        return False
    for match in _SINCE.finditer(negated):
        time = match.group(1).split()[-1].lower()
        if re.search(rf"\b{re.escape(time)}\b", plain, re.IGNORECASE):
            return True
    return False


# "for the first time since 1966", "its first eruption since 1783": the time a run of its
# absence began, named after "first ... since" within the clause.
_FIRST_SINCE = re.compile(
    r"\bfirst\b[^,;:.!?]{0,60}?\bsince\s+((?:the\s+|last\s+|early\s+|late\s+)?[\w’']+)",
    re.IGNORECASE,
)
# A denial since a time that says a thing is happening for the first time since then: put
# first and inverted ("Not since 1966 has England reached"), or set off after the clause it
# speaks of (", something they had not done since the war began"). A main clause denied
# ("England has not reached the final since 1966") says the other thing.
_TIME = r"((?:the\s+|last\s+|early\s+|late\s+)?[\w’']+)"
_DENIED_SINCE = re.compile(
    rf"(?:^|[,;:]\s*)not\s+since\s+{_TIME}[^,;:.!?]{{0,40}}?\s+"
    r"(?:has|have|had|did|does|do|was|were|is|are)\b|"
    rf",\s*(?:something|a\s+thing|an\s+event)\s+(?:that\s+|which\s+)?[^,;:.!?]{{0,40}}?"
    rf"\b(?:not|n[’']t|never)\b(?:\s+[\w’']+){{0,3}}?\s+since\s+{_TIME}",
    re.IGNORECASE,
)


def _first_since(plain: str, negated: str) -> bool:
    """Whether the one negation ``negated`` adds denies since a time what ``plain`` says
    happened for the first time since then: "won the title for the first time since 1966" /
    "not since 1966 has it won the title", "met for the first time since the war began" /
    "something they had not done since the war began"."""
    firsts = {m.group(1).split()[-1].lower() for m in _FIRST_SINCE.finditer(plain)}
    if not firsts:
        return False
    return any(
        (m.group(1) or m.group(2)).split()[-1].lower() in firsts
        for m in _DENIED_SINCE.finditer(negated)
    )


def first_since_denied(a: str, b: str) -> bool:
    """Whether one side says a thing happened for the first time since a time and the other
    denies it happened since then: "met for the first time since the war began" / "something
    they had not done since the war began" (the wording check asks, so as not to call the
    "for the first time" one side says alone a dropped fact)."""
    return _first_since(a, b) or _first_since(b, a)


# A clause set off after the one it speaks of: ", something that last happened in 1963",
# ", which last happened in 1963".
_SET_OFF = re.compile(r",\s*(?:something|a\s+thing|an\s+event|which)\b[^,;:.!?]*", re.IGNORECASE)


def first_since_as_last(a: str, b: str) -> bool:
    """Whether one side says a thing happened for the first time since a time and the other,
    in a clause set off after it, that it last happened then: "froze over for the first time
    since 1963" / "froze over, something that last happened in 1963". One fact; "first" and
    "last" are no opposites there. ("The river last froze over in 1963" says it has not
    since.)"""
    for first, last in ((a, b), (b, a)):
        times = {m.group(1).split()[-1].lower() for m in _FIRST_SINCE.finditer(first)}
        for clause in _SET_OFF.finditer(last):
            said = clause.group(0)
            for at in _LAST.finditer(said):
                rest = [w.lower() for w in re.findall(r"[\w’']+", said[at.end() :])]
                if rest and rest[0] not in times and times & set(rest):
                    return True
    return False


def check_links(ctx: PairContext) -> list[Finding]:
    return as_findings(ctx, find_links(ctx.a, ctx.b))
