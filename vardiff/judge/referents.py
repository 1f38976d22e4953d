"""Another person: a pronoun or a gendered noun that points to someone else.

"he" → "she" for the same referent, "his" → "their", "we" → "they", "mother" → "father",
"two women" → "two men". The embedding barely moves (the sentence is about the same event), but
the reader now pictures other people. Pronouns carry person, number and gender; gendered nouns
come from the lexicon ("spokeswoman", "nephew", "widow").

Between two translations the diff seldom pairs the pronouns ("it is his government, yet he
wants" / "she has a government, yet she needs"), so the whole pair is read as well: where A
speaks only of men and B only of women (or the other way round), the person changed gender
(``person.gender_swapped``), unless a word pair already said so; where A says "we" more often
than B and "they" less often (or the other way round), a group changed
(``person.group_swapped``).
"""

from __future__ import annotations

import re
from collections import Counter

from .. import _cues as cues
from .._numbers import is_amount_word, looks_plural
from .._report import Finding
from .._words import FUNCTION_WORDS, stem
from ._context import PairContext
from ._edits import Edit, Hit, as_findings, edits, replacements, vocabulary, words
from ._lexicon import lexicon
from ._sources import current
from .foreign import in_fixed_phrases
from .quotes import reported_spans
from .removal._grammar import _MODALS, _PREPOSITIONS

__all__ = ["check_referents", "find_referents", "reader_role"]

# Pronoun → (person, number, gender); "you" is either number, "they" may be one person.
_PRONOUNS: dict[str, tuple[str, str, str]] = {}
for _forms, _features in (
    ("i me my mine myself", ("1", "one", "")),
    ("we us our ours ourselves", ("1", "many", "")),
    ("you your yours yourself yourselves", ("2", "", "")),
    ("he him his himself", ("3", "one", "m")),
    ("she her hers herself", ("3", "one", "f")),
    ("it its itself", ("3", "one", "n")),
    ("they them their theirs themselves", ("3", "many", "")),
):
    for _form in _forms.split():
        _PRONOUNS[_form] = _features

_MAX_WORDS = 4
_WHAT = {
    "person": "another person",
    "gender": "another gender",
    "animacy": "a person or a thing",
    "gendered_number": "one man or woman, or several people",
    "number": "another number",
    "speaker": "the speaker alone, or a group with the speaker",
    "reflexive": "the doer, or someone else",
}
# Rules that already say a man became a woman or the other way round.
_GENDER_CHECKS = ("person.pronoun_gender", "person.gender")
_PEOPLE = {"m": "a man", "f": "a woman"}
# Priors from the development data, as in opposites.py.
_PRONOUN_PRIOR = {
    "person": 0.9,
    "gender": 0.92,
    "number": 0.9,
    "gendered_number": 0.9,
    "speaker": 0.8,
    # "defended himself" / "defended him": the act falls on the doer or on someone else.
    "reflexive": 0.75,
}
# The speaker as subject or object: "I" / "we" says who saw, did or was told, where "my" /
# "our" before a noun is as often a translator's way with a family's or a team's things.
_SPEAKER_ALONE = frozenset({"i", "me"})
_SPEAKER_GROUP = frozenset({"we", "us"})
# A pronoun as the object of a verb or a preposition, that a reflexive ("himself") may stand in
# for. "it" / "itself" are left out: on DEMETR's case errors "it" becomes "itself" as a subject
# ("itself was announced"), a slip of form a reader mends, and a thing seldom acts on itself.
_OBJECTS = frozenset("me us you him her them".split())
# Verbs that never take a person as their object: "is herself", "was himself" say who.
_AUX = frozenset("be is am are was were been being has have had do does did".split())


def _pronoun_prior(change: str, x: str, y: str) -> float:
    if change == "animacy":
        # "it" / "he" for an animal or a ship: on DEMETR's translations a translator's choice.
        return 0.3
    if change == "number" and _PRONOUNS[_pronoun(x)][0] == "3":
        # "it" / "they" for a company, a group, a government: on DEMETR's correct translations
        # as often a translator's choice as another count of things.
        return 0.45
    return 0.6 if change == "number" else _PRONOUN_PRIOR[change]


# Pronouns for people: "it's" is as often the empty subject of "it's possible that".
_PEOPLE_PRONOUNS = frozenset("i you he she we they".split())
# The endings a pronoun takes when its verb is contracted onto it: "I'd", "you're", "he's",
# "we've", "they'll", "I'm".
_CONTRACTED = re.compile(r"^(\w+)['’](?:d|ll|m|re|ve|s)$")


def _pronoun(word: str) -> str:
    """``word`` in lower case, a contracted pronoun as its pronoun ("I'd" → "i", "they're"
    → "they"): the speaker of "I'd like you to look" is the "I" of "I want you to look"."""
    lowered = word.lower()
    found = _CONTRACTED.match(lowered)
    return found.group(1) if found and found.group(1) in _PEOPLE_PRONOUNS else lowered


def _pronoun_change(x: str, y: str) -> str | None:
    """How the person a pronoun points to changed: ``person`` ("we" / "they"), ``gender`` ("he"
    / "she"), ``animacy`` ("it" / "he"), ``gendered_number`` (a man or a woman becomes "they":
    "his" / "their"), ``speaker`` (the speaker alone or a group: "I" / "we", "me" / "us") or
    ``number`` ("it" / "they", "my" / "our") or ``reflexive`` (the doer or someone else:
    "himself" / "him")."""
    left, right = _PRONOUNS.get(_pronoun(x)), _PRONOUNS.get(_pronoun(y))
    if left is None or right is None:
        return None
    if left[0] != right[0]:
        return "person"
    if left[2] and right[2] and left[2] != right[2]:
        return "animacy" if "n" in (left[2], right[2]) else "gender"
    if left[1] and right[1] and left[1] != right[1]:
        pair = {_pronoun(x), _pronoun(y)}
        if pair & _SPEAKER_ALONE and pair & _SPEAKER_GROUP:
            return "speaker"  # "I have never seen floods like this" / "We have never seen"
        gendered = left[2] in ("m", "f") or right[2] in ("m", "f")
        return "gendered_number" if gendered else "number"
    if _reflexive(x) != _reflexive(y) and {_pronoun(x), _pronoun(y)} & _OBJECTS and left[2] != "n":
        # The same person, number and gender, one of them reflexive: "blamed herself" says
        # she blamed herself, "blamed her" someone else.
        return "reflexive"
    return None


def _reflexive(word: str) -> bool:
    return word.lower().endswith(("self", "selves"))


# Where the clause a reflexive points back into begins: a reflexive's doer is in its own clause.
_CLAUSE_START = re.compile(r"[,;:]|\b(?:that|who|which|because|if|when|while|whether)\b", re.I)
_SINGULAR_OPENERS = frozenset("each every either neither".split())
# An auxiliary or a modal: where a clause's subject ends, if no verb of the lexicon does first.
_AUXILIARIES = _AUX | _MODALS | {"shall"}


def _agrees(reflexive: str, before: str) -> bool:
    """Whether a reflexive may point back to the subject of its clause (``before``: the text
    before it) by number: "the two companies protected themselves", "each of the candidates
    voted for himself"; not "Kaczynski and Morawiecki are afraid to debate with himself" nor
    "each visit will cost themselves", a slip of case that a reader mends."""
    clause = _CLAUSE_START.split(before)[-1]
    tokens = [t for t in words(clause) if t[:1].isalnum()]
    if not tokens:
        return True
    plural = reflexive.lower().endswith("selves")
    if reflexive.lower() in ("yourself", "yourselves", "oneself"):
        return True
    for token in reversed(tokens):
        pronoun = _pronoun(token)
        if pronoun in ("he", "she", "it", "i"):
            return not plural
        if pronoun in ("they", "we"):
            return plural
    if tokens[0].lower() in _SINGULAR_OPENERS:
        return not plural
    lex = lexicon()
    verb = next(
        (
            i
            for i, t in enumerate(tokens)
            if i
            and t[:1].islower()
            and (t in _AUXILIARIES or (lex.is_verb(t) and not lex.is_noun(t)))
        ),
        None,
    )
    subject = tokens[:verb] if verb else tokens
    if "and" in subject:
        return plural
    return looks_plural(subject[-1]) == plural


def _object_slot(edited: str, before: str, after: str, pronoun: str) -> bool:
    """``pronoun`` (one of ``edited``'s words) stands as an object: after a verb or a
    preposition ("defended him", "voted for himself"), and not before a noun it would own
    ("her figure"). A reflexive put where a subject or a possessive stands ("if yourself are",
    "correct herself figure") is a slip of case that a reader mends, not another person."""
    lex = lexicon()
    inside = words(edited)
    at = inside.index(pronoun) if pronoun in inside else 0
    preceding = (words(before) + inside[:at])[-1:]
    following = (inside[at + 1 :] + words(after))[:1]
    previous = preceding[0].lower() if preceding else ""
    if previous not in _PREPOSITIONS and not (lex.is_verb(previous) and previous not in _AUX):
        return False
    if not following:
        return True
    nxt = following[0].lower()
    return nxt in FUNCTION_WORDS or not lex.is_noun(nxt) or lex.is_adjective(nxt)


# The speaker's own persons in a quote, which reported speech tells in the third person.
_SPEAKER = frozenset("i me my mine myself we us our ours ourselves".split())
_THIRD = frozenset("he him his she her hers it its they them their theirs".split())


def _in_reported(
    edit: Edit, x: str, y: str, told_a: list[tuple[int, int]], told_b: list[tuple[int, int]]
) -> bool:
    """Whether ``x`` (of A) and ``y`` (of B) are the speaker's "I" or "we" inside a quote one
    side holds and the third person the other side reports it in."""
    at_a = len(edit.before_a) + max(edit.a.find(x), 0)
    at_b = len(edit.before_b) + max(edit.b.find(y), 0)
    x, y = x.lower(), y.lower()
    return (
        x in _SPEAKER and y in _THIRD and any(start <= at_a < end for start, end in told_a)
    ) or (y in _SPEAKER and x in _THIRD and any(start <= at_b < end for start, end in told_b))


def find_referents(a: str, b: str) -> list[Hit]:
    lex = lexicon()
    hits: list[Hit] = []
    words_a = vocabulary(a)
    words_b = vocabulary(b)
    counts_a = Counter(_pronoun(w) for w in words(a))
    counts_b = Counter(_pronoun(w) for w in words(b))
    generic = _generic_you(a, b)
    # A quote of one side that the other reports as speech: its "I" is the report's "he".
    told_a, told_b = reported_spans(a, b), reported_spans(b, a)
    for edit in replacements(a, b, most_words=_MAX_WORDS):
        left, right = words(edit.a), words(edit.b)
        for x in left:
            # A word that is still on the other side moved; it was not replaced. A pronoun
            # stands for someone each time: it moved only where the other side says it as
            # often ("their advice ... for their citizens" / "their advice ... for our
            # citizens" replaced one "their").
            if _kept(x, words_b, counts_a, counts_b):
                continue
            found = None
            for y in right:
                if _kept(y, words_a, counts_b, counts_a):
                    continue
                change = _pronoun_change(x, y)
                # Said fewer times on the other side: only another person or gender is read
                # ("their" / "our", "his" / "her"), not a thing ("we haven't yet" / "it hasn't
                # been observed yet" turned the clause passive) nor a number ("our" / "my").
                fewer = counts_b[_pronoun(x)] > 0 or counts_a[_pronoun(y)] > 0
                if fewer and not _other_people(x, y, change):
                    continue
                if generic and change == "person" and _addressed_or_third(x, y):
                    continue  # "if you want to win, you" / "if people want to win, they"
                if change == "person" and (
                    _empty_it(x, edit.a, edit.after_a) or _empty_it(y, edit.b, edit.after_b)
                ):
                    continue  # "It is recommended that you" / "We recommend that you"
                if change == "person" and _in_reported(edit, x, y, told_a, told_b):
                    continue  # '"I did not know," he said' / 'He said he had not known
                if change == "reflexive" and not (
                    _object_slot(edit.a, edit.before_a, edit.after_a, x)
                    and _object_slot(edit.b, edit.before_b, edit.after_b, y)
                    and (
                        _agrees(x, edit.before_a + edit.a[: edit.a.find(x)])
                        if _reflexive(x)
                        else _agrees(y, edit.before_b + edit.b[: edit.b.find(y)])
                    )
                ):
                    continue  # "If yourself are", "correct herself figure": a slip of case
                if change:
                    found = Hit(
                        f"person.pronoun_{change}",
                        "referent",
                        x,
                        y,
                        f"{x!r} → {y!r}: the pronoun now points to someone else ({_WHAT[change]})",
                        _pronoun_prior(change, x, y),
                        {"changed": change},
                    )
                    break
                number = _people_counted(x, y)
                if number is not None:
                    # The verb after the noun shows another number too ("was" / "were").
                    verb_differs = _verb_agrees(
                        _next_word(edit.a, edit.after_a, x)
                    ) != _verb_agrees(_next_word(edit.b, edit.after_b, y)) or _agreement_differs(
                        edit, x, y
                    )
                    found = Hit(
                        "person.noun_number",
                        "referent",
                        x,
                        y,
                        f"{x!r} → {y!r}: {number}: the count of people changed",
                        # With its verb ("was" / "were") the count of people changed for the
                        # whole sentence; a noun alone changes number between translations of
                        # languages that do not mark it ("my friend" / "my friends").
                        0.6 if verb_differs else 0.3,
                        {"agreement": float(verb_differs)},
                    )
                    break
                struck = _thing_struck(edit, x, y)
                if struck:
                    found = Hit(
                        "referent.thing_number",
                        "referent",
                        x,
                        y,
                        f"{x!r} → {y!r}: {struck}: the count of what it befell changed",
                        0.7,
                        {},
                    )
                    break
                if pointed := _pointed_at(edit.a, edit.b, x, y):
                    found = Hit(
                        "person.pronoun_noun",
                        "referent",
                        x,
                        y,
                        f"{x!r} → {y!r}: {pointed}: the words point to other people",
                        0.8,
                        {"changed": "person"},
                    )
                    break
                gender_a, gender_b = lex.gender(x), lex.gender(y)
                if gender_a and gender_b and gender_a != gender_b:
                    found = Hit(
                        "person.gender",
                        "referent",
                        x,
                        y,
                        f"{x!r} → {y!r}: a man in one version, a woman in the other",
                        0.95,
                        {"gender_a": gender_a, "gender_b": gender_b},
                    )
                    break
            if found is not None:
                hits.append(found)
                break
    if not any(h.check in _GENDER_CHECKS for h in hits):
        hits.extend(_gender_swapped(a, b))
    if not any(h.check == "person.pronoun_person" for h in hits):
        hits.extend(_group_swapped(a, b))
    hits.extend(_possessor_for_member(a, b))
    hits.extend(_body_of_another_branch(a, b))
    hits.extend(_court_of_another_rung(a, b))
    hits.extend(_holder_for_body(a, b))
    hits.extend(_another_portfolio(a, b))
    hits.extend(_agent_named(a, b))
    return hits


# A passive verb and the "by" phrase that names who did it ("were leaked by a government
# employee"): the phrase runs to a comma, a full stop or a preposition.
_PASSIVE_END = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|t)\s*$",
    re.IGNORECASE,
)
_AGENT = re.compile(
    r"^\s*by\s+((?:[\w’'-]+\s+){0,4}?[\w’'-]+)"
    r"(?=\s*(?:[,.;:!?]|$|\s(?:in|on|at|for|after|before|during|with|from|to|when|while|and|as)\b))",
    re.IGNORECASE,
)


def _agent_named(a: str, b: str) -> list[Hit]:
    """B names who did what A tells in the passive with no one doing it ("The files were
    leaked" / "The files were leaked by a government employee"): B says who acted, A does not.
    Where A names the one B makes the agent, anywhere ("Police arrested the suspect" / "The
    suspect was arrested by police", "Flooding has affected" / "have been affected by the
    flooding"), the sentence was turned round, and stays quiet. The mirror, an agent dropped,
    is words left out that the removal and wording checks read."""
    hits = []
    # Hyphenated words by their parts too: "state-owned" names the state.
    said_a = {stem(w) for w in vocabulary(a)}
    for edit in edits(a, b):
        if edit.a.strip() or not _PASSIVE_END.search(edit.before_b):
            continue
        agent = _AGENT.match(edit.b)
        if agent is None:
            continue
        named = [w for w in words(agent[1]) if w.lower() not in FUNCTION_WORDS]
        if not named or any(stem(w.lower()) in said_a for w in named):
            continue
        hits.append(
            Hit(
                "referent.agent_added",
                "person",
                "",
                f"by {agent[1]}",
                f"B says who did it ({'by ' + agent[1]!r}); A does not name who acted",
                0.7,
                {},
            )
        )
    return hits


# The portfolios of a government's offices, each with the words that name it: a foreign
# minister and a defence minister are two people ("the interior minister" / "the home
# minister" one).
_PORTFOLIOS = {
    "foreign affairs": "foreign external",
    "defence": "defence defense war",
    "finance": "finance treasury",
    "the interior": "interior home",
    "health": "health",
    "education": "education",
    "justice": "justice",
    "the economy": "economy economic economics",
    "trade": "trade commerce",
    "agriculture": "agriculture farm",
    "energy": "energy",
    "the environment": "environment",
    "transport": "transport transportation",
    "labour": "labour labor employment",
    "culture": "culture",
    "the government's head": "prime",
}
_PORTFOLIO_OF = {w: name for name, said in _PORTFOLIOS.items() for w in said.split()}
_PORTFOLIO_WORDS = "|".join(sorted(_PORTFOLIO_OF, key=len, reverse=True))
_OFFICE_WORDS = r"(?:minister|ministers|ministry|secretary|secretaries|department)"
# The portfolio before the office ("the defence minister") or after it ("the Ministry of
# Defence", "the Minister for Foreign Affairs", "the Department of the Interior").
_OFFICE = re.compile(
    rf"\b({_PORTFOLIO_WORDS})\s+{_OFFICE_WORDS}\b"
    rf"|\b{_OFFICE_WORDS}\s+(?:of|for)\s+(?:the\s+)?({_PORTFOLIO_WORDS})\b",
    re.IGNORECASE,
)


def _portfolios(text: str) -> dict[str, str]:
    return {_PORTFOLIO_OF[(m[1] or m[2]).lower()]: m[0] for m in _OFFICE.finditer(text)}


def _another_portfolio(a: str, b: str) -> list[Hit]:
    """An office of one portfolio in the place of another's ("the foreign minister met his
    counterpart" / "the defence minister met his counterpart"): another person, another
    ministry. Each side's portfolios are read whole; one A names only and one B names only
    make the finding, so an office renamed ("home minister" / "interior minister") or one
    moved stays quiet."""
    left, right = _portfolios(a), _portfolios(b)
    gone = [k for k in left if k not in right]
    new = [k for k in right if k not in left]
    if len(gone) != 1 or len(new) != 1:
        return []
    x, y = left[gone[0]], right[new[0]]
    return [
        Hit(
            "referent.office",
            "person",
            x,
            y,
            f"{x!r} → {y!r}: the office of {gone[0]} in A, of {new[0]} in B: someone else",
            0.8,
            {},
        )
    ]


# The bodies that act for a state or beside it, by the power they hold: they make the laws,
# govern, judge, or are no part of the state. Two bodies of one branch may be one body named
# two ways ("the government" / "the cabinet", "parliament" / "the legislature"); bodies of two
# branches never are.
_BRANCHES = {
    "legislature": (
        "parliament parliaments congress senate legislature legislatures assembly lawmakers "
        "legislators parliamentarians mps senators congressmen congresswomen"
    ),
    "government": "government governments cabinet administration ministry ministries",
    "courts": "court courts judiciary tribunal tribunals judges",
    "private": "charity charities company companies firm firms corporation corporations investors",
}
_BRANCH_OF = {w: branch for branch, said in _BRANCHES.items() for w in said.split()}
_BRANCH_READING = {
    "legislature": "the body that makes the laws",
    "government": "the government",
    "courts": "a court",
    "private": "a body outside the state",
}


def _body_of_another_branch(a: str, b: str) -> list[Hit]:
    """A body of one branch in the other's place ("the cabinet approved the plan" /
    "parliament approved the plan", "run by the government" / "run by a charity"): another
    body acts, with another power. Where a side names bodies of both branches, the two may
    have changed roles, which the roles check reads."""
    hits = []
    branches_a = {_BRANCH_OF.get(w.lower()) for w in words(a)} - {None}
    branches_b = {_BRANCH_OF.get(w.lower()) for w in words(b)} - {None}
    for edit in replacements(a, b, most_words=_MAX_WORDS):
        left = [w for w in words(edit.a) if w.lower() in _BRANCH_OF]
        right = [w for w in words(edit.b) if w.lower() in _BRANCH_OF]
        if len(left) != 1 or len(right) != 1:
            continue
        x, y = left[0], right[0]
        branch_x, branch_y = _BRANCH_OF[x.lower()], _BRANCH_OF[y.lower()]
        if branch_x == branch_y or branch_y in branches_a or branch_x in branches_b:
            continue
        hits.append(
            Hit(
                "referent.body",
                "person",
                x,
                y,
                f"{x!r} → {y!r}: {_BRANCH_READING[branch_x]} in A, "
                f"{_BRANCH_READING[branch_y]} in B: another body acts",
                0.8,
                {},
            )
        )
    return hits


# A person who holds an office, against a body: "the minister announced the tax" / "the
# government announced the tax" tells of another actor, one person against an institution.
# "Judge" is left out: "the judge ruled" / "the court ruled" is how a ruling is told.
_OFFICE_HOLDERS = frozenset(
    "minister ministers president premier chancellor mayor governor chairman chairwoman "
    "king queen monarch".split()
)
# Bodies that act beside the branches: a council or a board is no one person either.
_BODIES = frozenset(_BRANCH_OF) | frozenset(
    "council councils board boards commission committee committees authorities".split()
)


def _holder_for_body(a: str, b: str) -> list[Hit]:
    """A holder of an office in one side's edit, a body in the other's ("the minister said" /
    "the government said"): someone else acts. Where a side names both, the person may be
    the body's own ("the government of the prime minister"), or the roles may have moved:
    no reading. The possessive ("the minister's office") is person.possessor's."""
    lowered_a, lowered_b = {w.lower() for w in words(a)}, {w.lower() for w in words(b)}
    hits = []
    for edit in replacements(a, b, most_words=_MAX_WORDS):
        for left, right, kept_left, kept_right in (
            (edit.a, edit.b, lowered_a, lowered_b),
            (edit.b, edit.a, lowered_b, lowered_a),
        ):
            holders = [w for w in words(left) if w.lower() in _OFFICE_HOLDERS]
            bodies = [w for w in words(right) if w.lower() in _BODIES]
            if len(holders) != 1 or len(bodies) != 1 or "'s" in left or "’s" in left:
                continue
            if kept_right & _OFFICE_HOLDERS or kept_left & _BODIES:
                continue
            person, body = holders[0], bodies[0]
            x, y = (person, body) if left is edit.a else (body, person)
            hits.append(
                Hit(
                    "referent.holder",
                    "person",
                    x,
                    y,
                    f"{x!r} → {y!r}: a person in one version, a body in the other: someone "
                    "else acts",
                    _HOLDER_PRIOR,
                    {},
                )
            )
    return hits


_HOLDER_PRIOR = 0.8


# Courts by their rung: a case before one is not before another ("the Supreme Court" / "an
# appeals court", "a district court" / "the court of appeal"). "High court" is left out: the
# top court in some countries, a trial court in others; so is "lower court", which says only
# that another stood above it.
_COURT_RUNGS = {
    "the highest court": "supreme top highest",
    "the constitutional court": "constitutional",
    "a court of appeal": "appeals appeal appellate",
    "a court of first instance": "district trial county magistrates magistrates' municipal",
}
_RUNG_OF = {w: rung for rung, said in _COURT_RUNGS.items() for w in said.split()}
_RUNG_WORDS = "|".join(sorted(_RUNG_OF, key=len, reverse=True))
# The rung's word before "court" (a name's other words between: "Supreme People's Court",
# "the district's criminal court"), or "court of appeal(s)".
_COURT_NAMED = re.compile(
    rf"\b({_RUNG_WORDS})(?:\s+[\w'’-]+){{0,2}}?\s+courts?\b|\bcourts?\s+of\s+(appeals?)\b",
    re.IGNORECASE,
)


def _rungs(text: str) -> dict[str, str]:
    """Each rung of court ``text`` names, with the words that name it."""
    found: dict[str, str] = {}
    for said in _COURT_NAMED.finditer(text):
        word = (said.group(1) or said.group(2)).lower()
        found.setdefault(_RUNG_OF[word], said.group())
    return found


def court_rung_said(word: str, head: str, other: str) -> bool:
    """Whether ``word`` before ``head`` names a court's rung that ``other`` names too, in other
    words: "the country's highest court" / "the Supreme Court" (the top rung either way)."""
    rung = _RUNG_OF.get(word.lower())
    return rung is not None and head.lower() in ("court", "courts") and rung in _rungs(other)


# Words of a state's style inside the name of its courts ("the Supreme People's Court", "the
# Federal Supreme Court"): the court of that rung is the same with or without them. Only
# inside a court's name: "the Democratic People's Republic of Korea" / "the Republic of Korea"
# and "the People's Bank of China" / "the Bank of China" are other countries and banks.
_COURT_STYLE = frozenset({"people's", "people’s", "federal"})


def court_styled(part: str, whole: str, other: str) -> bool:
    """Whether ``part``, words missing from the name ``whole``, only give a state's style to a
    court whose rung ``other`` names too: "the Supreme People's Court" / "the Supreme Court"."""
    if not part.split() or any(w.lower() not in _COURT_STYLE for w in part.split()):
        return False
    rungs = _rungs(whole)
    named = len(rungs) == 1 and whole.lower().endswith("court")
    return named and rungs.keys() <= _rungs(other).keys()


def _court_of_another_rung(a: str, b: str) -> list[Hit]:
    """One court on each side, of two rungs ("The Supreme Court struck down the law" / "The
    appeals court struck down the law"): another court ruled, and the case stands elsewhere.
    Where a side names two courts, the case may have moved between them: no reading."""
    rungs_a, rungs_b = _rungs(a), _rungs(b)
    if len(rungs_a) != 1 or len(rungs_b) != 1 or rungs_a.keys() == rungs_b.keys():
        return []
    (rung_a, x), (rung_b, y) = next(iter(rungs_a.items())), next(iter(rungs_b.items()))
    return [
        Hit(
            "referent.court",
            "person",
            x,
            y,
            f"{x!r} → {y!r}: {rung_a} in A, {rung_b} in B: another court ruled",
            0.8,
            {},
        )
    ]


# A person named by a role of the one before "'s" ("the company's chief executive", "the
# minister's spokesman Mr Ito"): up to three words between, a name after.
_MEMBER_OF = re.compile(
    r"^(?:the\s+|a\s+)?([\w-]+)['’]s\s+(?:[\w-]+\s+){0,3}?([a-z][\w-]*)"
    r"(?:\s+[A-Z][\w.-]*)*$"
)


def _possessor_for_member(a: str, b: str) -> list[Hit]:
    """One side names a person by their role in a body or beside someone ("the company's chief
    executive apologised", "the president's spokesman denied"), the other names the body or
    the person it belongs to ("the company apologised", "the president denied"): someone
    else acts. The role's word found anywhere on the other side ("the Earth's inhabitants" /
    "the inhabitants of the Earth") is the same person, told otherwise."""
    hits = []
    for edit in edits(a, b):
        for member, owner, other in (
            (edit.a.strip(), edit.b.strip(), b),
            (edit.b.strip(), edit.a.strip(), a),
        ):
            found = _MEMBER_OF.match(member)
            if not found or owner.lower() not in (found[1].lower(), f"the {found[1].lower()}"):
                continue
            role = found[2]
            if "noun.person" not in lexicon().domains(role)[:2]:
                continue
            if stem(role.lower()) in {stem(w.lower()) for w in words(other)}:
                continue
            x, y = (member, owner) if member == edit.a.strip() else (owner, member)
            hits.append(
                Hit(
                    "person.possessor",
                    "person",
                    x,
                    y,
                    f"{x!r} → {y!r}: a person of {found[1]!r} on one side, {found[1]!r} "
                    "itself on the other: someone else",
                    0.75,
                    {},
                )
            )
    return hits


# The speaker and the one spoken to, as a sentence's subject or object ("I", "us", "you").
_SPEAKERS = frozenset("i me we us you".split())
# What makes a noun for people point at certain people ("the guys", "these workers"), not at
# anyone at all ("you" said of anyone is "people", "users", "one").
_POINTING = frozenset("the these those this that".split())


def _pointed_at(edited_a: str, edited_b: str, x: str, y: str) -> str:
    """The speaker or the one spoken to said as certain other people, or the other way
    round ("they show you how" / "they show the guys how", "police told us to leave" /
    "police told the neighbours to leave"): the description of the change, or ""."""
    for pronoun, noun, phrase, side in ((x, y, edited_b, "B"), (y, x, edited_a, "A")):
        if _pronoun(pronoun) not in _SPEAKERS or not noun.islower():
            continue
        if lexicon().domain(noun.lower()) != "noun.person":
            continue
        before = [w.lower() for w in words(phrase.split(noun, 1)[0])]
        if before == ["the"] and _pronoun(pronoun) in _YOU and reader_role(noun):
            continue  # "The customer must keep the receipt" / "You must keep your receipt"
        if before and before[0] in _POINTING:
            return f"{pronoun!r} in {'A' if side == 'B' else 'B'}, {noun!r} named in {side}"
    return ""


# The parties a text of terms, rules or instructions speaks to, in WordNet's words for them:
# who uses or buys a service (customers, clients, buyers, guests, subscribers, policyholders),
# who travels (passengers, visitors), who applies (claimants), who is treated, who belongs,
# who rents and who borrows. Contracts, leaflets and notices name their reader by such a
# role in the singular ("The applicant will be informed"), and a translator or an editor
# addresses that reader as "you"; the other party of the text (the seller, the landlord, the
# employer, the administrator) is never its reader.
_READER_ROLES = ("user", "traveler", "applicant", "patient", "member", "tenant", "borrower")


def reader_role(noun: str) -> bool:
    """Whether ``noun``, one person, is a role the reader of terms or instructions is named
    by ("customer", "passenger", "applicant", "patient"): one of ``_READER_ROLES`` or a kind
    of one."""
    lex = lexicon()
    lowered = noun.lower()
    if looks_plural(lowered) and lowered not in lex.lemmas(lowered, "n"):
        return False
    for role in _READER_ROLES:
        kin = lex.kinship(lowered, role, files=("noun.person",))
        if kin is not None and kin.relation in ("same", "synonym", "broader"):
            return True
    return False


# Words for anyone at all: the impersonal "one", and "anyone", "people" said of no one in
# particular.
_ANYONE = frozenset("one one's oneself anyone anybody everyone everybody someone somebody".split())
_YOU = frozenset("you your yours yourself yourselves".split())
# What makes a plural noun for people some people in particular ("the users", "our users",
# "two users"), not people in general ("users", "most users").
_PARTICULAR = frozenset(
    "the these those this that my our your his her its their some two three four five".split()
)


# "it" as the empty subject of a judgement on what follows: "It is recommended that",
# "It should be noted that", "It is advisable to", "It is not permitted to": it points to no
# one, so a person who does the judging ("We recommend that", "you can") is no other one.
# Before "that" any participle or adjective ("It is expected that"); before "to" only those
# that never say a thing's own aim ("It was expected to arrive", "It is easy to use" point to
# a thing).
_BE = (
    r"\s+(?:is|was|will\s+be|would\s+be|should\s+be|may\s+be|can\s+be|has\s+been|had\s+been)"
    r"(?:\s+not)?(?:\s+(?:also|always|often|usually|generally|strongly|highly|very|therefore))?"
)
_JUDGED_TO = (
    "recommended advised advisable possible impossible necessary unnecessary important "
    "essential vital permitted forbidden prohibited mandatory compulsory illegal customary "
    "usual wise unwise best"
)
_EMPTY_IT = re.compile(
    _BE + r"\s+(?:[a-z]+\s+that|(?:" + "|".join(_JUDGED_TO.split()) + r")\s+(?:to|that))\b",
    re.IGNORECASE,
)


def _empty_it(word: str, said: str, after: str) -> bool:
    """Whether ``word`` of the edit's words ``said`` (``after``: the text after the edit) is
    the empty "it" of an impersonal judgement (``_EMPTY_IT``)."""
    if word.lower() != "it":
        return False
    found = re.search(r"\bit\b", said, re.IGNORECASE)
    return found is not None and _EMPTY_IT.match(said[found.end() :] + after) is not None


def _generic_you(a: str, b: str) -> bool:
    """Whether one side's "you" is the generic "you" (anyone at all), as the other side says
    in its place: the impersonal "one", "anyone", or a plural noun for people with no
    article ("If you want to win, you train" / "If one wants to win, one trains", "lets you
    track your spending" / "lets users track their spending"). A "you" said to certain people
    ("the users") or to the reader alone stays another person."""
    for edit in edits(a, b):
        for mine, other, before in (
            (edit.a, edit.b, edit.before_b),
            (edit.b, edit.a, edit.before_a),
        ):
            if not {w.lower() for w in words(mine)} & _YOU:
                continue
            said = words(other)
            for index, word in enumerate(said):
                lowered = word.lower().replace("’", "'")
                if lowered in _ANYONE:
                    return True
                previous = said[index - 1] if index else (words(before) or [""])[-1]
                # The text's first word is capitalised however common it is ("Customers who
                # pay by Direct Debit get" / "If you pay by Direct Debit, you get").
                opening = index == 0 and not before.strip()
                if (
                    (word.islower() or opening)
                    and previous.lower() not in _PARTICULAR
                    and (lowered == "people" or _people_plural(lowered))
                ):
                    return True
    return False


def _people_plural(word: str) -> bool:
    """A plural noun for people ("users", "children")."""
    lex = lexicon()
    plural = looks_plural(word) or word not in lex.lemmas(word, "n")
    return plural and lex.domain(word) == "noun.person"


def _addressed_or_third(x: str, y: str) -> bool:
    """One pronoun says "you" and the other "he", "she" or "they": the generic "you" and the
    person or people a generic word named ("one ... he", "people ... they")."""
    persons = {_PRONOUNS[_pronoun(x)][0], _PRONOUNS[_pronoun(y)][0]}
    return persons == {"2", "3"} and "n" not in (
        _PRONOUNS[_pronoun(x)][2],
        _PRONOUNS[_pronoun(y)][2],
    )


def _kept(word: str, other: set[str], counts: Counter[str], counts_other: Counter[str]) -> bool:
    """``word`` of one side is still on the other (``other``: its vocabulary); a pronoun only
    where the other side says it as often."""
    lowered = _pronoun(word)
    if lowered in _PRONOUNS:
        return counts_other[lowered] >= counts[lowered]
    return word.lower() in other


def _other_people(x: str, y: str, change: str | None) -> bool:
    """Two pronouns for other people: another person or gender, or the doer against someone
    else ("himself" / "him"), neither a thing ("it")."""
    if change not in ("person", "gender", "reflexive"):
        return False
    return "n" not in (_PRONOUNS[_pronoun(x)][2], _PRONOUNS[_pronoun(y)][2])


def _people_counted(x: str, y: str) -> str | None:
    """What changed when a noun for people became itself in the other number ("suspect" /
    "suspects", "gunman" / "gunmen"), or None."""
    one = _singular(x, y)
    if one is None or lexicon().domain(one) != "noun.person":
        return None
    return "one person in A, several in B" if one == x.lower() else "several people in A, one in B"


def _singular(x: str, y: str) -> str | None:
    """The one of two nouns that is the other in the singular ("hospital" of "hospital" /
    "hospitals", "man" of "men" / "man"), lower-cased, or None. The lexicon files some plurals
    as nouns of their own ("leaders": a body), so a plural may be its own lemma as well; the
    singular is the lemma of the other that has no lemma but itself of the two."""
    lex = lexicon()
    left, right = x.lower(), y.lower()
    # A possessive ("the boy's life" / "the boy") is the same person, not another count.
    if left == right or "'" in left + right or "’" in left + right:
        return None
    lemmas_a, lemmas_b = set(lex.lemmas(left, "n")), set(lex.lemmas(right, "n"))
    if left in lemmas_b and right not in lemmas_a:
        return left
    if right in lemmas_a and left not in lemmas_b:
        return right
    return None


# The words after a noun where the auxiliary that agrees with it may stand, past a phrase
# that qualifies it ("A hospital in the north was hit"), up to where a clause or a list ends.
_AGREEMENT_REACH = 5
_CLAUSE_BREAK = re.compile(
    r"[,;:.!?()\"“”]|\b(?:that|which|who|whom|whose|where|when|and|or)\b", re.I
)


def _agreement(edited: str, after: str, word: str) -> str:
    """ "one" or "many": the number of the first auxiliary after ``word`` (one of
    ``edited``'s words) within reach of it and in its clause ("was", "were", "has"), else
    ""."""
    rest = _clause_after(edited, after, word)
    if rest is None:
        return ""
    for token in words(rest)[:_AGREEMENT_REACH]:
        lowered = token.lower()
        if lowered in _SINGULAR_VERBS:
            return "one"
        if lowered in _PLURAL_VERBS:
            return "many"
    return ""


def _word_in(edited: str, word: str) -> re.Match[str] | None:
    """The first place of ``word``, a whole word, in ``edited``."""
    return re.search(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", edited)


def _clause_after(edited: str, after: str, word: str) -> str | None:
    """The words after ``word`` (one of ``edited``'s words) up to where its clause or list
    ends, read on into ``after``; None where ``word`` is not in ``edited``."""
    found = _word_in(edited, word)
    if found is None:
        return None
    return _CLAUSE_BREAK.split(edited[found.end() :] + after, maxsplit=1)[0]


_ONE = frozenset({"a", "an", "one"})
# What makes a plural some things in particular or a count of them ("the hospitals", "two
# hospitals", "its hospitals"), not a bare plural ("hospitals were hit": more than one, no more
# said).
_NOT_BARE = frozenset(
    "the these those this that my our your his her its their some several many most all both "
    "few no other such".split()
)
# Adverbs that may stand between an auxiliary and its participle ("was also hit").
_BETWEEN = frozenset("also already still just reportedly allegedly badly severely".split())


def _thing_struck(edit: Edit, x: str, y: str) -> str:
    """One thing and several of its kind that an event befell, told by the subject of a passive
    verb that agrees with it: "A hospital in the north was hit" / "Hospitals in the north were
    hit". Only an indefinite singular ("a", "an", "one") against a bare plural, and only before
    a passive verb: "the trial was monitored" / "the trials are monitored", "a black hole was a
    singularity" / "black holes were", "the sound is quiet" / "the sounds are" are how
    translations from languages without plural marking vary, and stay quiet. The description,
    or ""."""
    one = _singular(x, y)
    if one is None or lexicon().domain(one) in ("", "noun.person"):
        return ""
    single, several = (x, y) if one == x.lower() else (y, x)
    sides = ((edit.a, edit.before_a, edit.after_a), (edit.b, edit.before_b, edit.after_b))
    side_single, side_several = sides if single == x else sides[::-1]
    if _word_before(side_single, single) not in _ONE:
        return ""
    before = _word_before(side_several, several)
    if before in _NOT_BARE or before in _ONE or (before and is_amount_word(before)):
        return ""
    if not (_passive_after(side_single, single) and _passive_after(side_several, several)):
        return ""
    if not _agreement_differs(edit, x, y):
        return ""
    return "one in A, several in B" if single == x else "several in A, one in B"


def _word_before(side: tuple[str, str, str], word: str) -> str:
    """The word before ``word`` (one of the edit's words), in the edit or before it."""
    edited, before, _ = side
    found = _word_in(edited, word)
    if found is None:
        return ""
    preceding = words(before + " " + edited[: found.start()])
    return preceding[-1].lower() if preceding else ""


def _passive_after(side: tuple[str, str, str], word: str) -> bool:
    """The auxiliary that agrees with ``word`` is "was" / "were" (or "has been" / "have
    been") with a participle after it: an event that befell the thing ("was hit")."""
    edited, _, after = side
    rest = _clause_after(edited, after, word)
    if rest is None:
        return False
    tokens = [t.lower() for t in words(rest)][: _AGREEMENT_REACH + 3]
    auxiliary = next(
        (i for i, t in enumerate(tokens) if t in _SINGULAR_VERBS or t in _PLURAL_VERBS), None
    )
    if auxiliary is None or tokens[auxiliary] not in ("was", "were", "has", "have"):
        return False
    following = [t for t in tokens[auxiliary + 1 :] if t not in _BETWEEN]
    if tokens[auxiliary] in ("has", "have"):
        if not following or following[0] != "been":
            return False
        following = following[1:]
    if not following:
        return False
    lex = lexicon()
    participle = following[0]
    # "hit", "cut", "shut": a participle that is its own lemma, no adjective ("was just").
    return lex.is_verb(participle) and (
        participle.endswith(("ed", "en"))
        or participle in _irregular_participles(participle)
        or not lex.is_adjective(participle)
    )


def _irregular_participles(word: str) -> frozenset[str]:
    lex = lexicon()
    forms: set[str] = set()
    for lemma in lex.lemmas(word, "v"):
        forms |= lex.irregular_forms(lemma)
    return frozenset(forms)


def _agreement_differs(edit: Edit, x: str, y: str) -> bool:
    """The auxiliaries that agree with ``x`` in A and with ``y`` in B are of two numbers."""
    left, right = _agreement(edit.a, edit.after_a, x), _agreement(edit.b, edit.after_b, y)
    return bool(left and right) and left != right


# A verb right after its subject that shows the subject's number.
_SINGULAR_VERBS = {"is": "are", "was": "were", "has": "have", "does": "do"}
_PLURAL_VERBS = {plural: singular for singular, plural in _SINGULAR_VERBS.items()}


def _verb_agrees(word: str) -> str:
    """ "one" or "many" where ``word`` is a verb that agrees with a singular or plural subject
    ("was", "were", "has", "says"), else ""."""
    lowered = word.lower()
    if lowered in _SINGULAR_VERBS:
        return "one"
    if lowered in _PLURAL_VERBS:
        return "many"
    if lowered.endswith("s") and not lowered.endswith("ss") and lexicon().is_verb(lowered):
        return "one"
    return ""


def _next_word(edited: str, after: str, word: str) -> str:
    """The word after ``word`` (one of ``edited``'s), in the edit or just after it."""
    following = words(edited)
    if word in following:
        following = following[following.index(word) + 1 :]
    rest = following + words(after)
    return rest[0] if rest else ""


def _gender_swapped(a: str, b: str) -> list[Hit]:
    """A hit where every gendered word of ``a`` (pronouns, nouns: "he", "his", "mother") is of
    one gender and every one of ``b`` of the other: the pair's people changed gender, whichever
    words the diff paired. Both genders on one side ("the king and queen", "his or her") say
    nothing: the people may only have changed places."""
    found_a, found_b = _gendered(a), _gendered(b)
    turned = _one_sided(found_a, found_b)
    if turned is None:
        return []
    was, now = turned
    left, right = found_a[was], found_b[now]
    message = (
        f"A speaks of {_PEOPLE[was]} ({_listed(left)}), B of {_PEOPLE[now]} "
        f"({_listed(right)}): the same person in another gender, or someone else"
    )
    evidence: dict[str, float | str] = {
        "gendered_a": float(len(left)),
        "gendered_b": float(len(right)),
    }
    return [Hit("person.gender_swapped", "referent", left[0], right[0], message, 0.9, evidence)]


def _one_sided(
    found_a: dict[str, list[str]], found_b: dict[str, list[str]]
) -> tuple[str, str] | None:
    """The two classes (of two) where every word of A is of one and every word of B of the
    other, or None: words of both classes on one side say nothing."""
    first, second = found_a
    for was, now in ((first, second), (second, first)):
        if found_a[was] and not found_a[now] and found_b[now] and not found_b[was]:
            return was, now
    return None


_WE = frozenset("we us our ours ourselves".split())
_THEY = frozenset("they them their theirs themselves".split())


def _group_swapped(a: str, b: str) -> list[Hit]:
    """A hit where a "we" of ``a`` became a "they" in ``b`` (or the other way round), whichever
    words the diff paired ("after winning their first three games" / "after our three wins"):
    ``a`` says the speaker's own group more often than ``b`` and other people less often. The
    speaker's own side became others. The same counts on one side ("we told them" / "we told
    them") say nothing, nor do the words of a direct quote that only one side holds: reported,
    its "we" is "they" ("'We will not negotiate,' the minister said" / "The minister said they
    would not"). Where both sides quote, the quotes are read too: "'We are pleased,' said
    Carey" / "'They are pleased,' said Carey"."""
    if not (cues.quotes(a) and cues.quotes(b)):
        a, b = cues.strip_quotes(a), cues.strip_quotes(b)
    found_a, found_b = _grouped(a), _grouped(b)
    turned = _shifted(found_a, found_b)
    if turned is None:
        return []
    left, right = found_a[turned[0]], found_b[turned[1]]
    message = (
        f"A says '{_listed(left)}', B says '{_listed(right)}': the speaker's own side in "
        "one version, other people in the other"
    )
    evidence: dict[str, float | str] = {
        "said_a": float(len(left)),
        "said_b": float(len(right)),
        # Each side says only one of the two: no "we" left beside the new "they".
        "one_sided": float(_one_sided(found_a, found_b) is not None),
    }
    return [Hit("person.group_swapped", "referent", left[0], right[0], message, 0.9, evidence)]


def _shifted(
    found_a: dict[str, list[str]], found_b: dict[str, list[str]]
) -> tuple[str, str] | None:
    """The two groups ("we", "they") where A says the first more often than B and the second
    less often: one of A's words of the first became one of the second in B."""
    first, second = found_a
    for was, now in ((first, second), (second, first)):
        if len(found_a[was]) > len(found_b[was]) and len(found_b[now]) > len(found_a[now]):
            return was, now
    return None


def _grouped(text: str) -> dict[str, list[str]]:
    """The words of ``text`` that point to the speaker's own group ("we") or to others
    ("they")."""
    found: dict[str, list[str]] = {"we": [], "they": []}
    for word in words(text):
        if word.lower() in _WE:
            found["we"].append(word)
        elif word.lower() in _THEY:
            found["they"].append(word)
    return found


def _listed(found: list[str]) -> str:
    """The words once each, whatever their case ("She, her" for "She ... her ... she")."""
    first: dict[str, str] = {}
    for word in found:
        first.setdefault(word.lower(), word)
    return ", ".join(first.values())


def _gendered(text: str) -> dict[str, list[str]]:
    """The words of ``text`` that name or point to a man ("m") or a woman ("f")."""
    lex = lexicon()
    found: dict[str, list[str]] = {"m": [], "f": []}
    fixed = in_fixed_phrases(text)  # "sits ex officio": no ex-husband there
    for word in words(text):
        if word in fixed:
            continue
        gender = lex.gender(word)
        if gender in found:
            found[gender].append(word)
    return found


def check_referents(ctx: PairContext) -> list[Finding]:
    if not current().lexicon:
        return []
    return as_findings(ctx, find_referents(ctx.a, ctx.b))
