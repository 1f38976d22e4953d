"""Structure: which part of a sentence a fact belongs to, when the words stay the same.

A careless edit can keep every word and still move a fact from one thing to another; a sentence
embedding and the word diff see a comma or a word order, a reader another claim:

- ``role.respectively``: "Norway and Sweden won gold and silver respectively" pairs the items
  of two lists in their order; the same lists paired another way ("silver and gold
  respectively", or "Sweden won gold and Norway silver") give each medal to the other team.
  Unpacked in the same pairs ("Norway won gold and Sweden silver") it says the same.
- ``scope.relative``: a relative clause on a plural noun with no comma picks some of them ("the
  soldiers who were wounded were evacuated": only the wounded ones); set off by a comma it says
  something of them all ("the soldiers, who were wounded, were evacuated": every one of them).
  "who" / "that" without a comma pick the same ones.
- ``role.compared``: what the second term of a comparison is, doer or destination: "Germany
  exports more cars than France does" (France exports) against "... than to France" (France
  buys); "criticised the goalkeeper more harshly than the captain did" (the captain criticised)
  against "than he did the captain" (the captain was criticised).
"""

from __future__ import annotations

import re

from .._report import Finding
from .._words import FUNCTION_WORDS
from ._context import PairContext
from ._edits import Hit, as_findings
from ._lexicon import lexicon

__all__ = ["check_structure", "find_structure", "respectively_kept"]

_TOKEN = re.compile(r"[A-Za-z][\w’'-]*|\d(?:[\d.,]*\d)?|[^\w\s]")
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "these"})
_PREPOSITIONS = frozenset(
    "to from in on at for with by of into onto among against over under between as".split()
)
# Lists of two to four items: more is a catalogue, not a pairing a reader follows.
_MOST_ITEMS = 4
# Priors (the calibration has no examples of these rules yet): a pairing or a comparison turned
# round is a plain error of meaning; a comma before a relative clause is one translators drop
# or add by habit more often, though on a plural noun it changes which ones are meant.
_PRIOR_RESPECTIVELY = 0.8
_PRIOR_RELATIVE = 0.72
_PRIOR_COMPARED = 0.8
_PRIOR_ATTACHED = 0.78
_PRIOR_REGROUPED = 0.75
_PRIOR_APPOSITION = 0.78
# A phrase of time or place may be read with either clause where a careless writer moves it;
# a translation keeps it where the source puts it.
_PRIOR_SETTING = 0.72


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _item_word(token: str) -> bool:
    """A word that may stand in a small noun phrase of a list: a figure, a name, a noun or an
    adjective; not a verb, a preposition, a mark or another function word."""
    if token[0].isdigit():
        return True
    if not token[0].isalpha():
        return False
    word = token.lower()
    if word in FUNCTION_WORDS:
        return word in _DETERMINERS
    if token[0].isupper():
        return True
    # Not a verb's inflected form ("won", "reported"), unless a plural noun ("units").
    lex = lexicon()
    verbs, nouns = lex.lemmas(word, "v"), lex.lemmas(word, "n")
    inflected = bool(verbs) and verbs[0] != word
    plural = bool(nouns) and nouns[0] != word
    return not inflected or plural


def _item_back(tokens: list[str], end: int) -> int:
    """Where the item that ends just before ``end`` starts (``end`` if none does): back over
    item words, a determiner closing it."""
    start = end
    while start > 0 and _item_word(tokens[start - 1]):
        start -= 1
        # A determiner or a figure opens its item: "will cut 300", not "cut 300".
        if tokens[start].lower() in _DETERMINERS or tokens[start][0].isdigit():
            break
    return start


def _item_forward(tokens: list[str], start: int) -> int:
    """Where the item that starts at ``start`` ends (exclusive): before a word that opens
    another (a determiner, a figure) or may be the verb after it ("Iberia cut 200 jobs")."""
    lex = lexicon()
    end = start + 1
    while end < len(tokens) and _item_word(tokens[end]):
        word = tokens[end].lower()
        nouns = lex.lemmas(word, "n")
        verb = (
            lex.is_verb(word)
            and not (nouns and nouns[0] != word)
            and tokens[end - 1].lower() not in _DETERMINERS  # "the tunnel"
        )
        if word in _DETERMINERS or word[0].isdigit() or verb:
            break
        end += 1
    return end


def _items_before(tokens: list[str], end: int) -> tuple[list[list[str]], int] | None:
    """The list that ends just before ``end`` ("gold and silver", "Chile, Peru and Bolivia"),
    its items in order, and where it starts; None where no list ends there."""
    last = _item_back(tokens, end)
    if last == end or last == 0 or tokens[last - 1].lower() != "and":
        return None
    items = [tokens[last:end]]
    cut = last - 1
    while len(items) < _MOST_ITEMS:
        start = _item_back(tokens, cut)
        if start == cut:
            return None
        items.insert(0, tokens[start:cut])
        if start > 1 and tokens[start - 1] == "," and _item_word(tokens[start - 2]):
            cut = start - 1
            continue
        return items, start
    return None


def _list_around(tokens: list[str], before: int) -> list[list[str]] | None:
    """The nearest list joined by "and" that ends before ``before``: "Norway and Sweden" in
    "Norway and Sweden won gold and silver"."""
    for index in range(before - 1, max(-1, before - 16), -1):
        if tokens[index].lower() != "and":
            continue
        if index + 1 >= before or not _item_word(tokens[index + 1]):
            continue
        end = _item_forward(tokens, index + 1)
        if end > before:
            continue
        found = _items_before(tokens, end)
        if found is not None:
            return found[0]
    return None


def _key(item: list[str], *, last: bool) -> str:
    """The word that tells an item from the others: a list of things names them by their last
    word ("the bridge", "Dr Lewis"), a list of amounts or qualities by their first ("4.2
    billion", "cancer units")."""
    words = [t.lower() for t in item if t.lower() not in _DETERMINERS]
    if not words:
        return ""
    return words[-1] if last else words[0]


def _respective_pairs(text: str) -> list[tuple[str, str]] | None:
    """The pairs a "respectively" sentence makes, first list with second ("norway" with
    "gold", "sweden" with "silver"); None where the text says no such thing."""
    tokens = _tokens(text)
    lowered = [t.lower() for t in tokens]
    if "respectively" not in lowered:
        return None
    at = lowered.index("respectively")
    second = _items_before(tokens, at)
    if second is None:
        return None
    second_items, start = second
    first_items = _list_around(tokens, start)
    if first_items is None or len(first_items) != len(second_items):
        return None
    first = [_key(item, last=True) for item in first_items]
    second_keys = [_key(item, last=False) for item in second_items]
    if "" in first or "" in second_keys or len(set(first)) < len(first):
        return None
    if len(set(second_keys)) < len(second_keys):
        return None
    return list(zip(first, second_keys, strict=True))


def _said_in_pairs(text: str, pairs: list[tuple[str, str]]) -> list[tuple[str, str]] | None:
    """How ``text`` pairs the items of ``pairs`` without "respectively": each item of the
    first list beside one of the second, pair after pair ("Norway won gold and Sweden silver",
    "11.7 percent in Spain and 9.4 percent in Greece"); None where it names them otherwise
    (lists again, or not all of them)."""
    lowered = [t.lower() for t in _tokens(text)]
    firsts = {first for first, _ in pairs}
    mentions: list[tuple[int, str]] = []
    for word in {w for pair in pairs for w in pair}:
        if word not in lowered:
            return None
        mentions.append((lowered.index(word), word))
    mentions.sort()
    said: list[tuple[str, str]] = []
    for index in range(0, len(mentions), 2):
        one, two = mentions[index][1], mentions[index + 1][1]
        if (one in firsts) == (two in firsts):
            return None
        said.append((one, two) if one in firsts else (two, one))
    return said


def respectively_kept(own: str, other: str) -> bool:
    """Whether ``other`` pairs the items of ``own``'s "respectively" the same way, with the
    word or without it: "respectively" dropped there is no change."""
    pairs = _respective_pairs(own)
    if pairs is None:
        return False
    said = _respective_pairs(other) or _said_in_pairs(other, pairs)
    return said is not None and set(said) == set(pairs)


def _respectively(a: str, b: str) -> Hit | None:
    pairs_a, pairs_b = _respective_pairs(a), _respective_pairs(b)
    if pairs_a is None and pairs_b is None:
        return None
    if pairs_a is not None and pairs_b is None:
        pairs_b = _said_in_pairs(b, pairs_a)
    elif pairs_b is not None and pairs_a is None:
        pairs_a = _said_in_pairs(a, pairs_b)
    if pairs_a is None or pairs_b is None or set(pairs_a) == set(pairs_b):
        return None
    if {w for p in pairs_a for w in p} != {w for p in pairs_b for w in p}:
        return None  # other items: the word checks' change, not the pairing's
    moved_a = [p for p in pairs_a if p not in pairs_b]
    moved_b = [p for p in pairs_b if p not in pairs_a]
    shown_a = ", ".join(f"{x} → {y}" for x, y in moved_a)
    shown_b = ", ".join(f"{x} → {y}" for x, y in moved_b)
    return Hit(
        "role.respectively",
        "role",
        shown_a,
        shown_b,
        f"the items of two lists are paired otherwise ({shown_a} / {shown_b}): each now "
        "goes with what the other had",
        _PRIOR_RESPECTIVELY,
        {"pairs": float(len(pairs_a))},
    )


# A relative clause right after its noun: the noun, a comma or none, the pronoun, the next word.
_RELATIVE = re.compile(r"\b([A-Za-z][\w-]*)(\s*,)?\s+(who|which|that)\s+([\w’'-]+)", re.IGNORECASE)
# What opens a noun phrase that names a whole set, of which a clause may pick some: "the" (a
# word or two between: "the wounded soldiers"), or the sentence's start ("Students who
# failed"). An indefinite plural after a verb ("have become disciplines that focus" /
# "disciplines, which focus") says much the same either way.
_DEFINITE = re.compile(r"(?:^|[.!?;:]\s+|\b(?:the|these|those|all)\s+(?:[\w-]+\s+){0,2})$", re.I)
# Plurals the lexicon gives as their own lemma.
_PLURALS = frozenset({"people", "children", "men", "women", "police"})


def _plural_noun(word: str) -> bool:
    lex = lexicon()
    lowered = word.lower()
    if lowered in _PLURALS:
        return True
    if not lowered.endswith("s") or lowered.endswith("ss"):
        return False
    lemmas = lex.lemmas(lowered, "n")
    return bool(lemmas) and lemmas[0] != lowered


def _relatives(text: str) -> dict[tuple[str, str], bool]:
    """Each relative clause on a plural noun, keyed by the noun and the clause's first word,
    with whether it picks some of them (no comma)."""
    found: dict[tuple[str, str], bool] = {}
    for match in _RELATIVE.finditer(text):
        noun, comma, pronoun, following = match.groups()
        if not _plural_noun(noun) or not _DEFINITE.search(text[: match.start(1)]):
            continue
        pronoun = pronoun.lower()
        if pronoun == "that" and comma:
            continue  # ", that ..." opens no relative clause
        found[(noun.lower(), following.lower())] = not comma
    return found


def _relative(a: str, b: str) -> Hit | None:
    clauses_a, clauses_b = _relatives(a), _relatives(b)
    for key, picks_a in clauses_a.items():
        picks_b = clauses_b.get(key)
        if picks_b is None or picks_b == picks_a:
            continue
        noun, following = key
        shown_a = f"{noun}{'' if picks_a else ','} … {following}"
        shown_b = f"{noun}{'' if picks_b else ','} … {following}"
        return Hit(
            "scope.relative",
            "scope",
            shown_a,
            shown_b,
            f"the clause after {noun!r} "
            + (
                "picked some of them and now says its fact of them all"
                if picks_a
                else "said its fact of them all and now picks some of them"
            ),
            _PRIOR_RELATIVE,
            {"restrictive_a": float(picks_a)},
        )
    return None


_COMPARED = re.compile(r"\bthan\s+([^,.;:!?]{1,60})", re.IGNORECASE)
_AUXILIARIES = frozenset("do does did has had have is are was were can could will would".split())
_PRONOUNS = frozenset("he she it they we i you".split())
# Words of a subject before its auxiliary at most ("than the European Commission did").
_MOST_SUBJECT = 5


def _standards(text: str) -> list[tuple[str, frozenset[str]]]:
    """The second term of each comparison, as its role and its words: ``"doer"`` ("than France
    does"), ``"done to"`` ("than he did the captain"), or the preposition it stands after
    ("than to France", "than it does from Qatar"); comparisons that say none of these are left
    out ("than France", "than expected")."""
    found: list[tuple[str, frozenset[str]]] = []
    for match in _COMPARED.finditer(text):
        words = [w.lower() for w in _tokens(match.group(1)) if w[0].isalnum()]
        if not words:
            continue
        role, rest = "", words
        if words[0] in _PREPOSITIONS:
            role, rest = words[0], words[1:]
        elif words[0] in _PRONOUNS and len(words) > 1 and words[1] in _AUXILIARIES:
            after = words[2:]
            if after and after[0] in _PREPOSITIONS:
                role, rest = after[0], after[1:]
            elif after and after[0] not in _AUXILIARIES and after[0] != "not":
                role, rest = "done to", after
        else:
            for index, word in enumerate(words[: _MOST_SUBJECT + 1]):
                if word in _AUXILIARIES:
                    if index:
                        role, rest = "doer", words[:index]
                    break
                if word in FUNCTION_WORDS and word not in _DETERMINERS:
                    break
        content = frozenset(w for w in rest if w not in FUNCTION_WORDS)
        if role and content:
            found.append((role, content))
    return found


def _compared(a: str, b: str) -> Hit | None:
    for role_a, words_a in _standards(a):
        for role_b, words_b in _standards(b):
            if role_a == role_b or not words_a & words_b:
                continue
            shown = " ".join(sorted(words_a & words_b))
            return Hit(
                "role.compared",
                "role",
                f"than … {shown} ({role_a})",
                f"than … {shown} ({role_b})",
                f"{shown!r} is compared in another role: "
                f"{_ROLE_WORDS.get(role_a, 'after ' + repr(role_a))} on one side, "
                f"{_ROLE_WORDS.get(role_b, 'after ' + repr(role_b))} on the other",
                _PRIOR_COMPARED,
                {},
            )
    return None


_ROLE_WORDS = {"doer": "the one who does it", "done to": "the one it is done to"}


# A clause or a noun phrase set off by commas after the word it describes: "the gunman, who was
# wearing a uniform," and "Jan Novak, the head of the unit,".
_SET_OFF = re.compile(
    r"\b([\w’'-]+), ((?:who|which|whose|the|a|an)\s(?:[^,.;:!?\"”]|(?<=\d)[,.](?=\d)){2,80}?)"
    r"(?=,(?!\d)|[.;:!?]|$)",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"(?:the|a|an)\s", re.IGNORECASE)


def _set_off(text: str) -> dict[str, str]:
    """Each clause or phrase set off by commas, lower-cased, with the word it follows. A
    phrase opened by an article is a noun phrase only without a verb of its own: ", the
    company said" and ", a week after the union warned" are no apposition."""
    return {
        m.group(2).lower(): m.group(1).lower()
        for m in _SET_OFF.finditer(text)
        if _noun(m.group(1))
        and not (_ARTICLE.match(m.group(2)) and any(map(_finite, _tokens(m.group(2)))))
    }


def _noun(token: str) -> bool:
    """A name or a noun a phrase may describe; not an adverb ("Currently, a total of")."""
    word = token.lower()
    if word in FUNCTION_WORDS or word.endswith("ly"):
        return False
    return token[0].isupper() or token[0].isdigit() or lexicon().is_noun(word)


def _finite(token: str) -> bool:
    """A verb's past or present form ("said", "wrote", "warns"); not a plural noun ("years")
    nor a word in -ing ("the striking dockworkers")."""
    word = token.lower()
    if not word.isalpha() or word in FUNCTION_WORDS or word.endswith("ing"):
        return False
    lex = lexicon()
    verbs, nouns = lex.lemmas(word, "v"), lex.lemmas(word, "n")
    return bool(verbs) and verbs[0] != word and not (nouns and nouns[0] != word)


def _word_in(word: str, text: str) -> bool:
    return re.search(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", text, re.IGNORECASE) is not None


def _attached(a: str, b: str) -> Hit | None:
    """The same clause or phrase set off after another of the sentence's nouns: "The gunman,
    who was wearing a uniform, shot the guard" / "The gunman shot the guard, who was wearing
    a uniform"; "The senator, a former prosecutor, questioned the judge" / "... the judge, a
    former prosecutor,". It now describes the other one."""
    after_b = _set_off(b)
    for phrase, head_a in _set_off(a).items():
        head_b = after_b.get(phrase)
        if head_b is None or head_b == head_a:
            continue
        if not all(_word_in(head, text) for head in (head_a, head_b) for text in (a, b)):
            continue  # a word of one side only: another noun, the word checks' change
        return Hit(
            "role.attached",
            "role",
            f"{head_a}, {phrase}",
            f"{head_b}, {phrase}",
            f"{phrase!r} now describes {head_b!r}, not {head_a!r}",
            _PRIOR_ATTACHED,
            {"relative": float(not _ARTICLE.match(phrase))},
        )
    return None


def _apposition_split(a: str, b: str) -> Hit | None:
    """A phrase that named the same person again made a second one: "Jan Novak, the head of
    the unit," / "Jan Novak and the head of the unit", "the pilot, a veteran," / "the pilot
    and a veteran"."""
    for own, other, side in ((a, b, "a"), (b, a, "b")):
        for phrase, head in _set_off(own).items():
            if not _ARTICLE.match(phrase):
                continue
            joined = rf"(?<![\w’'-]){re.escape(head)}\s+and\s+{re.escape(phrase)}"
            if re.search(joined, other, re.IGNORECASE) is None:
                continue
            one, two = f"{head}, {phrase}", f"{head} and {phrase}"
            return Hit(
                "referent.apposition",
                "referent",
                one if side == "a" else two,
                two if side == "a" else one,
                f"{phrase!r} named {head!r} again on one side and is someone else, joined by "
                "'and', on the other",
                _PRIOR_APPOSITION,
                {},
            )
    return None


# A verb of saying and the "that" that opens what was said, a few words after it at most.
_REPORTED = re.compile(
    r"\b(?:said|says|say|told|tells|announced|announces|reported|reports|warned|warns|"
    r"confirmed|confirms|claimed|claims|stated|states|added|insisted|argued|revealed|admitted|"
    r"denied|promised|predicted|ruled|found|wrote|testified)\b[^.;!?]{0,60}?\bthat\b",
    re.IGNORECASE,
)
# A phrase of time or place that belongs to one clause: "on Monday", "in 2019", "in Paris".
_SETTING = re.compile(
    r"\b(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|in\s+(?:1[89]|20)\d\d"
    r"|(?:last|next)\s+(?:week|month|year|night)|yesterday|in\s+(?-i:[A-Z][a-z]+))\b",
    re.IGNORECASE,
)


def _settings(text: str) -> dict[str, str]:
    """Each phrase of time or place of a sentence that reports what was said, with the clause
    it stands in: ``"saying"`` (the report: "said on Monday that") or ``"said"`` (what was said:
    "that it would close on Monday"). A phrase said twice is left out."""
    found: dict[str, str] = {}
    seen: set[str] = set()
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        report = _REPORTED.search(sentence)
        if report is None:
            continue
        for match in _SETTING.finditer(sentence):
            phrase = " ".join(match.group().lower().split())
            if phrase in seen:
                found.pop(phrase, None)
                continue
            seen.add(phrase)
            found[phrase] = "saying" if match.start() < report.end() else "said"
    return found


def _setting_moved(a: str, b: str) -> Hit | None:
    """A phrase of time or place moved between the report and what it reports: "said on Monday
    that it would close" (the day it was said) / "said that it would close on Monday" (the day
    it closes). Moved within its own clause ("On Monday, the firm said that") it says the
    same."""
    settings_b = _settings(b)
    for phrase, clause_a in _settings(a).items():
        clause_b = settings_b.get(phrase)
        if clause_b is None or clause_b == clause_a:
            continue
        return Hit(
            "scope.setting",
            "scope",
            f"{phrase} ({clause_a})",
            f"{phrase} ({clause_b})",
            f"{phrase!r} moved from "
            + (
                "when or where it was said to when or where it happens"
                if clause_a == "saying"
                else "when or where it happens to when or where it was said"
            ),
            _PRIOR_SETTING,
            {},
        )
    return None


# Where one clause of a sentence ends and the next, told of other members, begins: ", while",
# ", but", ", whereas", ", and", a semicolon.
_CLAUSE_BREAK = re.compile(r",\s*(?:while|but|whereas|and)\s+|;\s*|\s+but\s+", re.IGNORECASE)
# A word beside "and" or a list's comma: a member of a group ("France and Germany voted for").
_LISTED = re.compile(
    r"([\w’'-]+)(?=\s*,\s*[\w’'-]+(?:\s*,\s*[\w’'-]+)*\s+and\b)|(?<=\band\s)([\w’'-]+)|([\w’'-]+)(?=\s+and\b)"
)


def _clauses(text: str) -> list[list[str]]:
    """The clauses of a sentence as their lower-cased words."""
    return [
        [w.lower() for w in _tokens(part) if w[0].isalnum()] for part in _CLAUSE_BREAK.split(text)
    ]


def _members(text: str) -> set[str]:
    """Content words that stand in a list, lower-cased."""
    found = {w for m in _LISTED.finditer(text) for w in m.groups() if w}
    return {w.lower() for w in found if w.isalpha() and _noun(w) and not _finite(w)}


def _regrouped(a: str, b: str) -> Hit | None:
    """A member of one group moved to the other: "France and Germany voted for, while Italy
    voted against" / "France voted for, while Germany and Italy voted against". Each clause
    is known by its words other than the members; a member now in the clause that says what
    the other clause said before changed sides. A list reordered inside its clause ("Germany
    and France voted for") stays where it was."""
    clauses_a, clauses_b = _clauses(a), _clauses(b)
    if len(clauses_a) < 2 or len(clauses_a) != len(clauses_b):
        return None  # one clause, or the sentence built otherwise: no groups to compare
    members = _members(a) | _members(b)
    said_a = [set(c) - members - FUNCTION_WORDS for c in clauses_a]
    said_b = [set(c) - members - FUNCTION_WORDS for c in clauses_b]
    for member in sorted(members):
        in_a = [i for i, c in enumerate(clauses_a) if member in c]
        in_b = [i for i, c in enumerate(clauses_b) if member in c]
        if len(in_a) != 1 or len(in_b) != 1:
            continue
        own, now = said_a[in_a[0]], said_b[in_b[0]]
        others = [s for i, s in enumerate(said_a) if i != in_a[0]]
        best_other = max(len(now & s) for s in others)
        if best_other > len(now & own) and best_other >= 2:
            return Hit(
                "role.regrouped",
                "role",
                " ".join(clauses_a[in_a[0]]),
                " ".join(clauses_b[in_b[0]]),
                f"{member!r} moved to the other group: what the sentence says of it is now "
                "what it said of the others",
                _PRIOR_REGROUPED,
                {},
            )
    return None


def find_structure(a: str, b: str) -> list[Hit]:
    found = (
        _respectively(a, b),
        _relative(a, b),
        _compared(a, b),
        _attached(a, b),
        _apposition_split(a, b),
        _setting_moved(a, b),
        _regrouped(a, b),
    )
    return [hit for hit in found if hit is not None]


def check_structure(ctx: PairContext) -> list[Finding]:
    return as_findings(ctx, find_structure(ctx.a, ctx.b))
