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
- ``role.attached``, ``referent.apposition``, ``scope.setting``, ``role.regrouped``: a clause,
  an apposition or a participle's clause told of another noun, one person made two, a day or
  a place moved between a report and what it reports, a member moved to the other group.
- ``scope.condition``: a condition or an exception put on the other clause of a coordination
  ("will resign if the vote fails, and the party will choose" / "will resign, and the party
  will choose ... if the vote fails").
- ``role.modifier``: a word moved across "and" to the other member ("two former ministers and
  an MP" / "two ministers and a former MP"), or across "of" to the other noun ("the former
  head of the national bank" / "the head of the former national bank").
- ``role.sequence``: two events told around "then" or "as a result" in the other order.
- ``role.proportion``: a share of one group told as a share of the other ("sixty percent of
  smokers are men" / "sixty percent of men are smokers").
- ``role.predicates``: two coordinated clauses that keep their subjects and exchange their
  predicates ("12 were rescued and the rest are still trapped" / "12 are still trapped and the
  rest were rescued").
"""

from __future__ import annotations

import re

from .._report import Finding
from .._words import FUNCTION_WORDS, stem
from ._context import PairContext
from ._edits import Hit, as_findings
from ._lexicon import lexicon
from .measures import rate_restated

__all__ = ["check_structure", "find_structure", "negation_set_against", "respectively_kept"]

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
# A condition put on the other clause, a modifier on the other member of a coordination: the
# words are all kept, so only the structure tells; a plain error of meaning where it moves.
_PRIOR_CONDITION = 0.75
_PRIOR_MODIFIER = 0.75
# Two events told in the other order around "then" or "as a result": the order is the claim.
_PRIOR_SEQUENCE = 0.75
# A share of one group told as a share of another: another figure altogether.
_PRIOR_PROPORTION = 0.75
# Two subjects that exchange their predicates: each is told the other's fact.
_PRIOR_PREDICATES = 0.75


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


# Ranks a list of places is told in: "finished first, second and third" pairs them with the
# list before it as "respectively" would.
_RANKS = frozenset("first second third fourth fifth sixth 1st 2nd 3rd 4th 5th 6th".split())


def _first_keys(items: list[list[str]]) -> list[str]:
    """The keys of a first list's items, by their last word; where single words share the
    last item's head ("oil and gas prices": oil prices and gas prices), that item by its
    first."""
    keys = [_key(item, last=True) for item in items]
    last = [t for t in items[-1] if t.lower() not in _DETERMINERS]
    if len(last) > 1 and last[0].islower() and all(len(item) == 1 for item in items[:-1]):
        keys[-1] = last[0]
    return keys


def _ranked_list(tokens: list[str]) -> tuple[list[list[str]], int] | None:
    """A list of ranks ("first, second and third") and where it starts."""
    lowered = [t.lower() for t in tokens]
    for index in range(len(tokens) - 1):
        if lowered[index] != "and" or lowered[index + 1] not in _RANKS:
            continue
        found = _items_before(tokens, index + 2)
        if found is not None and all(
            len(item) == 1 and item[0].lower() in _RANKS for item in found[0]
        ):
            return found
    return None


def _order_told(tokens: list[str]) -> tuple[int, bool] | None:
    """Where "in that order" (or "in reverse order") stands, a comma before it included, and
    whether it reverses; None where the text says neither."""
    lowered = [t.lower() for t in tokens]
    for index in range(len(tokens) - 2):
        if lowered[index] != "in" or lowered[index + 2] != "order":
            continue
        if lowered[index + 1] in {"that", "this", "reverse"}:
            at = index - 1 if index and tokens[index - 1] == "," else index
            return at, lowered[index + 1] == "reverse"
    return None


def _in_order(tokens: list[str], at: int, reverse: bool) -> list[tuple[str, str]] | None:
    """The places a list told "in that order" gives its items ("Verstappen, Hamilton and
    Leclerc took the top three places, in that order": Verstappen first), or "in reverse
    order" (the last first)."""
    items = _list_around(tokens, at)
    if items is None:
        return None
    keys = _first_keys(items)
    if "" in keys or len(set(keys)) < len(keys):
        return None
    if reverse:
        keys.reverse()
    return [(key, str(place)) for place, key in enumerate(keys, 1)]


def _respective_pairs(text: str) -> list[tuple[str, str]] | None:
    """The pairs a "respectively" sentence makes, first list with second ("norway" with
    "gold", "sweden" with "silver"), or a list with a list of ranks ("France, Germany and
    Italy finished first, second and third") or told "in that order"; None where the text
    says no such thing."""
    tokens = _tokens(text)
    lowered = [t.lower() for t in tokens]
    reverse = False
    if "respectively" in lowered:
        second = _items_before(tokens, lowered.index("respectively"))
    elif (told := _order_told(tokens)) is not None:
        # "in that order" after two lists pairs them as "respectively" does; after one, it
        # gives that list's items their places.
        at, reverse = told
        second = _items_before(tokens, at)
        if second is None or _list_around(tokens, second[1]) is None:
            return _in_order(tokens, at, reverse)
    else:
        second = _ranked_list(tokens)
    if second is None:
        return None
    second_items, start = second
    first_items = _list_around(tokens, start)
    if first_items is None or len(first_items) != len(second_items):
        return None
    first = _first_keys(first_items)
    second_keys = [_key(item, last=False) for item in second_items]
    if reverse:
        second_keys.reverse()
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


# An aside in brackets or between two dashes right after a noun ("The new drug (approved in
# the US last year) will", "The talks – the first in five years – ended").
_ASIDE = re.compile(
    r"\b([\w’'-]+)\s*(?:\(([^()]{2,80}?)\)|\s[–—]\s*([^–—]{2,80}?)\s*[–—]\s)", re.IGNORECASE
)


def _asides(text: str) -> dict[str, str]:
    """Each aside of :data:`_ASIDE` that tells of its noun, lower-cased, with that noun: one of
    two content words or more; not a letter code ("(WHO)"), a figure ("(£8m)") or a word of
    place in a picture ("(pictured)", "(left)")."""
    found: dict[str, str] = {}
    for match in _ASIDE.finditer(text):
        aside = match.group(2) or match.group(3)
        said = [w for w in re.findall(r"[A-Za-z]+", aside) if w.lower() not in FUNCTION_WORDS]
        if len(said) >= 2 and _noun(match.group(1)):
            found[" ".join(aside.lower().split())] = match.group(1).lower()
    return found


def _closing_asides(text: str) -> set[str]:
    """The asides of :data:`_ASIDE`, lower-cased, that end their sentence."""
    return {
        " ".join((m.group(2) or m.group(3)).lower().split())
        for m in _ASIDE.finditer(text)
        if re.match(r"\s*(?:[.!?]|$)", text[m.end() :])
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


# A participle's clause: "Injured in the first half", "having lost the vote", "returning from
# the front", "built in 1890", up to its comma (its first word is read by ``_participle``).
_PARTICIPLE_CLAUSE = r"((?:having\s+)?[\w’'-]+\b[^,.;:!?\"”]{2,80}?)"
_OPENING_PARTICIPLE = re.compile(rf"(?:^|(?<=[.!?]\s)){_PARTICIPLE_CLAUSE},\s+", re.IGNORECASE)
_SET_OFF_PARTICIPLE = re.compile(rf"\b([\w’'-]+),\s+{_PARTICIPLE_CLAUSE}(?=,(?!\d))", re.IGNORECASE)


# The possessive ending as a token of its own ("Argentina 's children", "Argentina ' s").
_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})


def _head_of(tokens: list[str]) -> str | None:
    """The noun a noun phrase at the start of ``tokens`` is about: "the victim's mother"
    (not the possessor), "the coalition partners" (a plural closes it), "Xu Zhengyu" in "Xu
    Zhengyu expressed" (a verb's form after the noun is the verb, or tells of the noun: "the
    doctors trained abroad"); None where no noun opens them."""
    lex = lexicon()
    head: str | None = None
    for index in range(_run_forward(tokens, 0)):
        token = tokens[index]
        if head is not None and (_finite(token) or token.lower().endswith("ing")):
            break  # "the people working in the city": a participle after the noun
        possessed = index + 1 < len(tokens) and tokens[index + 1].lower() in _POSSESSIVE_MARKS
        if possessed or _possessor(token) or not _head_word(token):
            continue
        head = token
        word = token.lower()
        if any(lemma != word for lemma in lex.lemmas(word, "n")):
            break  # a plural noun closes the phrase: "respondents share this view"
    return head


def _participle(phrase: str) -> bool:
    """Whether ``phrase`` opens with a verb's participle ("injured", "returning", "having
    lost"), not a preposition in -ing ("during", "according to")."""
    words = phrase.lower().split()
    word = words[1] if words[0] == "having" and len(words) > 1 else words[0]
    if word in FUNCTION_WORDS or word in {"according", "including", "regarding", "concerning"}:
        return False
    lex = lexicon()
    verbs = lex.lemmas(word, "v")
    if not verbs or verbs[0] == word:
        return False
    if not word.endswith(("ing", "ed", "en", "wn")) and word not in lex.irregular_forms(verbs[0]):
        return False  # a verb's other form ("shares in Apple"), no participle
    # A past form with an object after it is a verb's own ("in 2019, appointed the judge"),
    # no participle's clause ("injured in the first half", "founded by two students").
    following = words[words.index(word) + 1 : words.index(word) + 2]
    return words[0] == "having" or word.endswith("ing") or not set(following) & _DETERMINERS


def _participles(text: str) -> dict[str, str]:
    """Each participle's clause of ``text``, lower-cased, with the noun it tells of: the
    subject after it where it opens a sentence ("Founded in 2015, the startup was bought"),
    the noun before it where it is set off after one ("his replacement, injured in the first
    half,")."""
    found: dict[str, str] = {}
    for match in _OPENING_PARTICIPLE.finditer(text):
        if not _participle(match.group(1)):
            continue
        head = _head_of(_tokens(text[match.end() :]))
        if head is not None and _noun(head):
            found[" ".join(match.group(1).lower().split())] = head.lower()
    for match in _SET_OFF_PARTICIPLE.finditer(text):
        if _participle(match.group(2)) and _noun(match.group(1)):
            found[" ".join(match.group(2).lower().split())] = match.group(1).lower()
    return found


def _attached(a: str, b: str) -> Hit | None:
    """The same clause or phrase set off after another of the sentence's nouns: "The gunman,
    who was wearing a uniform, shot the guard" / "The gunman shot the guard, who was wearing
    a uniform"; "The senator, a former prosecutor, questioned the judge" / "... the judge, a
    former prosecutor,"; a participle's clause, which tells of the subject when it opens the
    sentence ("Injured in the first half, the striker watched his replacement" / "The striker
    watched his replacement, injured in the first half,"). It now describes the other one."""
    # An aside that closes the sentence on both sides follows whatever word ends it ("use
    # Internet (James et al., 1995)."): a source or a note on the whole, no noun's.
    closing = _closing_asides(a) & _closing_asides(b)
    after_b = _set_off(b) | _participles(b) | _asides(b)
    asides_a = {k: v for k, v in _asides(a).items() if k not in closing}
    for phrase, head_a in (_set_off(a) | _participles(a) | asides_a).items():
        head_b = after_b.get(phrase)
        if head_b is None or head_b == head_a:
            continue
        if not all(_word_in(head, text) for head in (head_a, head_b) for text in (a, b)):
            continue  # a word of one side only: another noun, the word checks' change
        if _after_its_maker(head_b, head_a, phrase, b) or _after_its_maker(
            head_a, head_b, phrase, a
        ):
            continue  # "the Picasso sketch, which hung" / "the sketch by Picasso, which hung"
        restated = rate_restated(a, b)
        if restated and {head_a, head_b} <= restated[2]:
            continue  # a proportion's two things, one said last on each side: the phrase
            # after it tells of the proportion ("two pupils for every computer, against ten")
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


def _after_its_maker(maker: str, thing: str, phrase: str, text: str) -> bool:
    """Whether ``text`` sets ``phrase`` off after ``maker`` where ``maker`` closes a phrase of
    "by" on the other side's head, ``thing``, a participle between them or none ("the sketch
    by Picasso, which had hung", "the film directed by Almodovar, which opened"): the clause
    may tell of either, and the side that names the maker before the thing ("the Picasso
    sketch, which") says it tells of the thing. A clause of "who" tells of a person: it is
    read as it stands."""
    if phrase.split()[0] == "who":
        return False
    words = r"\s+".join(map(re.escape, phrase.split()))
    made = (
        rf"(?<![\w’'-]){re.escape(thing)}\s+(?:[a-z]+\s+)?by\s+(?:the\s+)?"
        rf"{re.escape(maker)},\s+{words}"
    )
    return re.search(made, text, re.IGNORECASE) is not None


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


# A condition or an exception and the clause it holds for: "if the vote fails", "unless it
# qualifies", "except on Monday". Not the
# "if" of a question asked ("asked if he would stay", "unclear if"). It ends at a comma, at the
# end of the sentence, or where "and" opens the next verb of the sentence ("and will refund").
_NEXT_VERB = r"(?:will|would|may|might|can|could|should|must|shall|is|are|was|were|has|have|had)"
_CONDITION = re.compile(
    r"(?<!\bask )(?<!\basked )(?<!\bwonder )(?<!\bwondered )(?<!\bunclear )(?<!\bknow )"
    r"(?<!\bsee )(?<!\bcheck )(?<!\bdecide )\b(?:if|unless|provided|as long as|except)\s+"
    rf"(?:(?!\s+and\s+{_NEXT_VERB}\b)[^,.;!?])+",
    re.IGNORECASE,
)
# Where one main clause of a coordination ends and the next begins: ", and", ", but", "; ", or
# "and" before the next clause's own verb ("will cancel flights and will refund").
_COORDINATION = re.compile(
    rf",\s*(?:and|but|while)\s+|;\s*|\s+and\s+(?={_NEXT_VERB}\b)", re.IGNORECASE
)


def _content(text: str) -> set[str]:
    return {w.lower() for w in _tokens(text) if w[0].isalnum()} - FUNCTION_WORDS


def _conditions(text: str) -> dict[str, tuple[int, list[set[str]]]]:
    """Each condition of a sentence of two or more coordinated clauses, lower-cased, with the
    clause it holds for (its index) and the words of every clause less the condition's. A
    condition is in the clause it stands in: at the end of one ("will resign if the vote
    fails, and") or at the head of the next ("and if the water is safe, schools will")."""
    found: dict[str, tuple[int, list[set[str]]]] = {}
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        clauses = list(_COORDINATION.finditer(sentence))
        if not clauses:
            continue
        bounds = [0, *(m.end() for m in clauses)]
        ends = [*(m.start() for m in clauses), len(sentence)]
        for match in _CONDITION.finditer(sentence):
            words = _content(match.group())
            parts = [_content(sentence[s:e]) - words for s, e in zip(bounds, ends, strict=True)]
            index = max(i for i, start in enumerate(bounds) if start <= match.start())
            # Known by its word and its content words: "except Monday" is "except on Monday".
            cue = match.group().split()[0].lower()
            found[" ".join([cue, *sorted(words - {cue})])] = (index, parts)
    return found


def _condition_moved(a: str, b: str) -> Hit | None:
    """The same condition put on the other clause of a coordination: "will resign if the vote
    fails, and the party will choose a new leader" / "will resign, and the party will choose a
    new leader if the vote fails". The clauses are known by their words: the clause that holds
    the condition in B says what another clause said in A. The clauses reordered with the
    condition on the same one ("the party will choose a leader, and he will resign if the vote
    fails") say the same."""
    conditions_b = _conditions(b)
    for phrase, (index_a, parts_a) in _conditions(a).items():
        found = conditions_b.get(phrase)
        if found is None:
            continue
        index_b, parts_b = found
        host = parts_b[index_b]
        overlaps = [len(host & part) for part in parts_a]
        best = max(range(len(parts_a)), key=lambda i: overlaps[i])
        if best == index_a or overlaps[best] < 2 or overlaps[best] <= overlaps[index_a]:
            continue
        return Hit(
            "scope.condition",
            "scope",
            f"{' '.join(sorted(parts_a[index_a]))} ({phrase})",
            f"{' '.join(sorted(host))} ({phrase})",
            f"{phrase!r} now holds for another clause of the sentence",
            _PRIOR_CONDITION,
            {},
        )
    return None


# What may open a noun phrase and belongs to the whole coordination rather than one member: an
# article, a possessive ("its", "the company's").
def _possessor(token: str) -> bool:
    return token.lower().endswith(("'s", "’s", "s'", "s’"))


# A phrase opened by one of these may describe the noun before it ("officials from the
# ministry", "schools in the flooded districts"); "for" and "with" more often tell of the verb.
_PHRASE_PREPOSITIONS = frozenset({"of", "in", "from", "at"})


def _phrase_word(token: str) -> bool:
    """A word of a noun phrase: a word of a list's item, a possessive, or an adjective (a
    participle used as one too: "the flooded districts")."""
    word = token.lower()
    if not token[0].isalpha() or token[0].isupper() or word in FUNCTION_WORDS or _possessor(token):
        return _item_word(token) or _possessor(token)
    lex = lexicon()
    return lex.is_adjective(word) or (lex.is_noun(word) and not _finite(token))


def _head_word(token: str) -> bool:
    """A word that may close a noun phrase: a figure, a name or a noun, not a verb's form."""
    word = token.lower()
    if token[0].isdigit() or (token[0].isupper() and word not in FUNCTION_WORDS):
        return True
    return token[0].isalpha() and lexicon().is_noun(word) and not _finite(token)


def _run_forward(tokens: list[str], start: int) -> int:
    end = start
    while end < len(tokens) and _phrase_word(tokens[end]):
        if end > start and tokens[end].lower() in _DETERMINERS:
            break  # an article opens the next phrase: "guarded the stations"
        end += 1
    while end > start and not _head_word(tokens[end - 1]):
        end -= 1  # a verb read as an adjective ("soldiers guarded"): not the phrase's
    return end


def _phrase_forward(tokens: list[str], start: int) -> int:
    """Where the noun phrase that starts at ``start`` ends (exclusive): its words, and one
    phrase after it opened by a preposition ("officials from the ministry")."""
    end = _run_forward(tokens, start)
    if end > start and end + 1 < len(tokens) and tokens[end].lower() in _PHRASE_PREPOSITIONS:
        after = _run_forward(tokens, end + 1)
        if after > end + 1:
            end = after
    return end


def _run_back(tokens: list[str], end: int) -> int:
    if end == 0 or not _head_word(tokens[end - 1]):
        return end
    start = end
    while start > 0 and _phrase_word(tokens[start - 1]):
        start -= 1
        if tokens[start].lower() in _DETERMINERS or _possessor(tokens[start]):
            break  # an article or a possessor opens the phrase
    return start


def _phrase_back(tokens: list[str], end: int) -> int:
    """Where the noun phrase that ends just before ``end`` starts, a phrase opened by a
    preposition ("schools in the flooded districts") taken with the noun before it."""
    start = _run_back(tokens, end)
    if start >= 2 and start < end and tokens[start - 1].lower() in _PHRASE_PREPOSITIONS:
        before = _run_back(tokens, start - 1)
        if before < start - 1:
            start = before
    return start


def _members_words(tokens: list[str]) -> frozenset[str]:
    return frozenset(
        t.lower()
        for t in tokens
        if t[0].isalnum() and t.lower() not in FUNCTION_WORDS and not _possessor(t)
    )


def _conjuncts(text: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    """Each coordination of two noun phrases ("two former ministers and an MP"), as the words
    of its two members less articles and possessors, the one before "and" first."""
    tokens = _tokens(text)
    found = []
    for index, token in enumerate(tokens):
        if token.lower() != "and" or index == 0:
            continue
        left_end = index - 1 if tokens[index - 1] == "," else index
        left = tokens[_phrase_back(tokens, left_end) : left_end]
        right = tokens[index + 1 : _phrase_forward(tokens, index + 1)]
        one, two = _members_words(left), _members_words(right)
        if one and two and not one & two:
            found.append((one, two))
    return found


def _modifier_moved(a: str, b: str) -> Hit | None:
    """A word of one member of a coordination moved to the other: "two former ministers and an
    MP" / "two ministers and a former MP", "schools in the flooded districts and hospitals" /
    "schools and hospitals in the flooded districts". The two sentences hold the same words;
    the members reordered with their own words ("an MP and two former ministers") say the
    same."""
    words_a, words_b = _content_list(a), _content_list(b)
    if sorted(words_a) != sorted(words_b) or words_a == words_b:
        # Another word changed (the word checks' change), or only "and" moved among the same
        # words in the same order ("isolation quarantine and centers"): garbled, not moved.
        return None
    pairs_b = _conjuncts(b)
    for one_a, two_a in _conjuncts(a):
        for before_b, after_b in pairs_b:
            if {one_a, two_a} == {before_b, after_b} or one_a | two_a != before_b | after_b:
                continue
            # Each member of B read as the member of A it shares a word with, either way round
            # where both fit ("in the north and east" / "in the east and north"). A word that
            # stays on its side of "and" while the members change places ("shares in Apple and
            # Microsoft" / "shares in Microsoft and Apple") is read with either member; one
            # that crossed "and" went to the other member.
            readings = [
                sorted(
                    w for w in (one_a - one_b) | (two_a - two_b) if (w in one_a) != (w in before_b)
                )
                for one_b, two_b in ((before_b, after_b), (after_b, before_b))
                if one_b & one_a and two_b & two_a
            ]
            if not readings or not all(readings):
                continue  # no member kept a word of its own, or one reading moves nothing
            moved = readings[0]
            one_b, two_b = (before_b, after_b) if before_b & one_a else (after_b, before_b)
            return Hit(
                "role.modifier",
                "role",
                f"{' '.join(sorted(one_a))} and {' '.join(sorted(two_a))}",
                f"{' '.join(sorted(one_b))} and {' '.join(sorted(two_b))}",
                f"{' '.join(moved)!r} now describes the other member of the coordination",
                _PRIOR_MODIFIER,
                {},
            )
    return None


def _describing(word: str) -> bool:
    """A word that describes a noun: an adjective ("former", "regional") or a participle used
    as one ("suspected", "surviving"); not a figure, a name nor a plain noun."""
    if not word.isalpha():
        return False
    lex = lexicon()
    return lex.is_adjective(word) or (word.endswith(("ed", "ing")) and lex.is_verb(word))


def _of_phrases(text: str) -> list[tuple[frozenset[str], frozenset[str], str]]:
    """Each noun phrase joined to the next by "of" ("the former head of the national bank"),
    as the words of the two phrases less articles and possessors, the one before "of" first,
    and the whole as written."""
    tokens = _tokens(text)
    found = []
    for index, token in enumerate(tokens):
        if token.lower() != "of" or index == 0:
            continue
        start, end = _run_back(tokens, index), _run_forward(tokens, index + 1)
        one, two = _members_words(tokens[start:index]), _members_words(tokens[index + 1 : end])
        if one and two and not one & two:
            found.append((one, two, " ".join(tokens[start:end])))
    return found


def _term_with_next(word: str, text: str) -> bool:
    """Whether ``word`` and the word after it in ``text`` make a noun the lexicon knows whole
    ("general relativity", "national bank"): a term, whose words one reads together."""
    tokens = [t.lower() for t in _tokens(text)]
    return any(
        bool(lexicon().lemmas(f"{word} {tokens[i + 1]}", "n"))
        for i in range(len(tokens) - 1)
        if tokens[i] == word
    )


def _modifier_across_of(a: str, b: str) -> Hit | None:
    """A word that describes one noun of "X of Y" moved to the other: "the former head of the
    national bank" / "the head of the former national bank" (a bank that is no more), "the
    private secretary of the late queen" / "the late private secretary of the queen". Both
    sentences hold the same words; the phrase told with a possessive ("the national bank's
    former head") keeps each word on its noun and is no "of" to compare."""
    words_a, words_b = _content_list(a), _content_list(b)
    if sorted(words_a) != sorted(words_b) or words_a == words_b:
        return None
    pairs_b = _of_phrases(b)
    for left_a, right_a, said_a in _of_phrases(a):
        for left_b, right_b, said_b in pairs_b:
            if left_a | right_a != left_b | right_b or left_a == left_b:
                continue
            if not (left_a & left_b and right_a & right_b):
                continue  # each noun keeps its side of "of": the phrases are the same two
            moved = sorted((left_a - left_b) | (right_a - right_b))
            if not all(_describing(word) for word in moved):
                continue  # a noun crossed "of": another phrase, not a word moved on it
            if any(_term_with_next(word, text) for word in moved for text in (a, b)):
                continue  # "theory of general relativity": a term the lexicon knows whole
            return Hit(
                "role.modifier",
                "role",
                said_a,
                said_b,
                f"{' '.join(moved)!r} now describes the other noun of the phrase with 'of'",
                _PRIOR_MODIFIER,
                {},
            )
    return None


# Words that join two clauses of which each says its own subject's predicate.
_CLAUSE_JOINS = frozenset({"and", "while", "whereas", "but", ";"})
_CLAUSE_BOUNDS = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "—", "–"})
_AUXILIARY_WORDS = frozenset(
    "is are was were be been has have had will would can could may might must shall should do "
    "does did".split()
)


def _subject_predicate(tokens: list[str]) -> tuple[frozenset[str], frozenset[str]] | None:
    """A clause's subject and predicate, each as its content words: the words before its
    first auxiliary or verb's form, and the words from there on ("12 | have been brought to
    the surface", "the rest | are still underground")."""
    for index, token in enumerate(tokens):
        if token.lower() in _AUXILIARY_WORDS or _finite(token):
            subject, predicate = _members_words(tokens[:index]), _members_words(tokens[index:])
            return (subject, predicate) if subject and predicate else None
    return None


def _coordinated_clauses(
    text: str,
) -> list[tuple[tuple[frozenset[str], frozenset[str]], tuple[frozenset[str], frozenset[str]]]]:
    """Each two clauses joined by "and", "while", "but" or a semicolon, each as its subject and
    its predicate; the first clause read from the last comma before the join, the second up to
    the next mark (", rescuers said" is no part of it)."""
    tokens = _tokens(text)
    found = []
    for index, token in enumerate(tokens):
        if token.lower() not in _CLAUSE_JOINS or index == 0:
            continue
        start = index
        while start > 0 and tokens[start - 1] not in _CLAUSE_BOUNDS - {","}:
            start -= 1
            if tokens[start] == "," and start < index - 1:
                start += 1
                break
        end = index + 1
        while end < len(tokens) and tokens[end] not in _CLAUSE_BOUNDS:
            end += 1
        first = _subject_predicate([t for t in tokens[start:index] if t != ","])
        second = _subject_predicate(tokens[index + 1 : end])
        if first is not None and second is not None:
            found.append((first, second))
    return found


def _predicates_exchanged(a: str, b: str) -> Hit | None:
    """Two clauses that keep their subjects and exchange what they say of them: "12 have been
    brought to the surface and the rest are still underground" / "12 are still underground and
    the rest have been brought to the surface", "most of the money will go to hospitals, and
    the remainder will be spent on schools" / "... will be spent on schools, and the remainder
    will go to hospitals". The clauses told in the other order, each with its own predicate,
    say the same."""
    pairs_b = _coordinated_clauses(b)
    for (subject_1, said_1), (subject_2, said_2) in _coordinated_clauses(a):
        if subject_1 == subject_2 or said_1 == said_2:
            continue
        for (other_1, told_1), (other_2, told_2) in pairs_b:
            if (other_1, other_2) == (subject_1, subject_2) and (told_1, told_2) == (
                said_2,
                said_1,
            ):
                return Hit(
                    "role.predicates",
                    "role",
                    " ".join(sorted(subject_1)),
                    " ".join(sorted(subject_2)),
                    "the two clauses keep their subjects and exchange their predicates: what "
                    "A says of the one, B says of the other",
                    _PRIOR_PREDICATES,
                    {},
                )
    return None


def _content_list(text: str) -> list[str]:
    return [w.lower() for w in _tokens(text) if w[0].isalnum() and w.lower() not in FUNCTION_WORDS]


# A negation that sets one thing against another ("the prime minister, not the foreign
# minister, will go", "not in Lisbon but in Madrid") and the words that say the same without
# one ("instead of the foreign minister", "rather than Lisbon").
_SET_AGAINST = re.compile(
    r"(?:,\s*not|\bnot(?=(?:\s+[\w’'-]+){1,4}\s+but\b))\s+((?:[\w’'-]+\s*){1,3})",
    re.IGNORECASE,
)
_IN_PLACE_OF = re.compile(
    r"\b(?:instead\s+of|rather\s+than|in\s+place\s+of)\s+((?:[\w’'-]+\s*){1,3})",
    re.IGNORECASE,
)


def _first_content(phrase: str) -> str | None:
    words = [w.lower() for w in _tokens(phrase) if w[0].isalnum()]
    return next((w for w in words if w not in FUNCTION_WORDS), None)


def negation_set_against(a: str, b: str) -> bool:
    """Whether the one negation a side has more sets a thing against another that the other
    side names after "instead of" or "rather than": "in new shares, not in cash," / "in new
    shares instead of cash", "not in Lisbon but in Madrid" / "in Madrid instead of Lisbon" (the
    polarity check asks, so as not to call either a flipped polarity). Against "instead of"
    naming another thing ("instead of the prime minister") it stays a flip."""
    for negated, plain in ((a, b), (b, a)):
        denied = {_first_content(m.group(1)) for m in _SET_AGAINST.finditer(negated)}
        replaced = {_first_content(m.group(1)) for m in _IN_PLACE_OF.finditer(plain)}
        if denied - {None} and (denied & replaced) - {None}:
            return True
    return False


# Words that tell the second of two events, after the first: in time ("then", "later",
# "within hours") or as its consequence ("as a result", "which forced", "sparking"). What
# stands before one happened first; what follows, up to the next comma, came of it or after it.
_NEXT_EVENT = re.compile(
    r"(?<!\bthe\s)\b(?:then|(?:only\s+)?later|afterwards|subsequently|within\s+(?:hours|days|"
    r"minutes|weeks)|as\s+a\s+result|consequently|which\s+(?:led\s+to|forced|prompted|caused)|"
    r"in\s+turn|sparking|prompting|leading\s+to|triggering)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?]\s+")


def _stems(text: str) -> set[str]:
    return {stem(w) for w in _tokens(text) if w[0].isalnum() and w.lower() not in FUNCTION_WORDS}


def _events(text: str) -> list[tuple[str, set[str], set[str]]]:
    """Each pair of events a word of sequence or consequence joins: the word, the stems of
    what comes before it (its sentence so far, or the sentence before where it opens one) and
    of what follows it up to the next comma or the end of the sentence."""
    found = []
    for match in _NEXT_EVENT.finditer(text):
        head = text[: match.start()]
        starts = [m.end() for m in _SENTENCE_END.finditer(head)]
        begin = starts[-1] if starts else 0
        if not head[begin:].strip(" ,;:") and len(starts) >= 1:
            # the word opens its sentence: the event before is the sentence before
            begin = starts[-2] if len(starts) >= 2 else 0
        rest = text[match.end() :].lstrip(" ,")
        if re.match(r"(?:after|of|since|before)\b", rest, re.IGNORECASE):
            continue  # "within hours of the storm": told back to the event before
        after = re.split(r"[,.;!?]", rest, maxsplit=1)[0]
        found.append((" ".join(match.group().lower().split()), _stems(head[begin:]), _stems(after)))
    return found


def _events_swapped(a: str, b: str) -> Hit | None:
    """Two events told around the same word of sequence or consequence in the other order:
    "Police first sealed off the square and then evacuated residents" / "... first evacuated
    residents and then sealed off the square", "Rates rose. As a result, approvals fell." /
    "Approvals fell. As a result, rates rose." What happened first, or caused the other, is now
    what came after it. Told with another word ("sealed off the square before evacuating")
    the order is the word's, and the time checks read it."""
    events_b = _events(b)
    for word, before_a, after_a in _events(a):
        for other, before_b, after_b in events_b:
            if other != word:
                continue
            # What both sides tell before the word and neither after it (the subject, "first",
            # a day) sets the scene; only the events' own words can change places.
            scene = (before_a & before_b) - after_a - after_b
            before_a, before_b = before_a - scene, before_b - scene
            crossed = (len(before_a & after_b), len(after_a & before_b))
            kept = (len(before_a & before_b), len(after_a & after_b))
            if min(crossed) >= 2 and crossed[0] > kept[0] and crossed[1] > kept[1]:
                return Hit(
                    "role.sequence",
                    "role",
                    f"{' '.join(sorted(before_a & after_b))} {word} "
                    f"{' '.join(sorted(after_a & before_b))}",
                    f"{' '.join(sorted(after_a & before_b))} {word} "
                    f"{' '.join(sorted(before_a & after_b))}",
                    f"the events before and after {word!r} changed places: what came first, or "
                    "caused the other, now follows it",
                    _PRIOR_SEQUENCE,
                    {},
                )
    return None


# A share of a whole: "60 percent of", "nine in ten", "most of the", "half", "a third of"; not
# a superlative ("the most challenging").
_SHARE = re.compile(
    r"\b(?:[\w.-]+\s*(?:percent|per\s+cent|%)|(?:one|two|three|four|five|six|seven|eight|nine|\d+)"
    r"\s+in\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+|a\s+hundred)|(?<!the\s)most|half|"
    r"(?:a|one|two)\s+(?:third|quarter|fifth)s?|the\s+majority|a\s+majority)\s+(?:of\s+)?",
    re.IGNORECASE,
)


def _bases(text: str) -> list[tuple[str, str]]:
    """Each share of a whole in ``text`` with the noun of the whole it is a share of: ("nine in
    ten", "victims") in "nine in ten of the victims were pensioners"."""
    found = []
    for match in _SHARE.finditer(text):
        tokens = _tokens(text[match.end() :])
        head = _head_of(tokens)
        if head is None or not _noun(head) or head[0].isdigit():
            continue
        after = tokens[tokens.index(head) + 1 : tokens.index(head) + 2]
        if after and after[0].lower() in ("and", "or", ",", *_DETERMINERS):
            # A share of a list of wholes ("most citizens and nations"), read as one; a verb
            # with its object ("34 percent share this view"), no whole.
            continue
        share = " ".join(match.group().lower().split()).removesuffix(" of")
        found.append((share, head.lower()))
    return found


def _base_swapped(a: str, b: str) -> Hit | None:
    """The same share of another whole, where the other whole is what the share was said to be:
    "sixty percent of smokers are men" / "sixty percent of men are smokers", "nine in ten of
    the victims were pensioners" / "nine in ten pensioners were victims". The share now counts
    the other group. Told with "make up" ("men make up sixty percent of smokers") the whole
    stays."""
    bases_b = dict(_bases(b))
    for share, base_a in _bases(a):
        base_b = bases_b.get(share)
        if base_b is None or stem(base_b) == stem(base_a):
            continue
        if not (_word_in(base_b, a) or _word_in(base_a, b)):
            continue  # another noun: the word checks' change
        return Hit(
            "role.proportion",
            "role",
            f"{share} of {base_a}",
            f"{share} of {base_b}",
            f"{share!r} is now a share of {base_b!r}, not of {base_a!r}",
            _PRIOR_PROPORTION,
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
        _condition_moved(a, b),
        _modifier_moved(a, b) or _modifier_across_of(a, b),
        _predicates_exchanged(a, b),
        _events_swapped(a, b),
        _base_swapped(a, b),
    )
    return [hit for hit in found if hit is not None]


def check_structure(ctx: PairContext) -> list[Finding]:
    return as_findings(ctx, find_structure(ctx.a, ctx.b))
