"""Who a pronoun or a description stands for: the person or the body a sentence opens on,
read within the sentence and from the sentence before ("Toyota recalled 300,000 cars." then
"It said" / "The company said"; "The finance minister, Rachel Reeves, defended the budget."
then "She said"). The attribution, names, numbers and wording checks ask it whether a stand-in
on one side is a second mention of what the other side names."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from .._entities import is_demonym, is_title
from .._words import FUNCTION_WORDS
from ._edits import words
from ._given_names import sex_of_person
from ._lexicon import lexicon

__all__ = [
    "ages_given",
    "called_so",
    "describes_a_person",
    "describes_the_body",
    "of_their_sex",
    "opening_person",
    "people_named",
    "stands_for",
]

# Verbs by which a text reports what a source says, shows or holds, beyond the speech verbs
# an attribution is read by: a translation that attributes a claim in other words ("the data
# show", "he considers", "they call it") has kept who vouches for it. Stems, so that every
# form is read ("specified", "justifies", "expressed optimism").
_REPORTING = re.compile(
    r"\b(?:show|indicat|reveal|suggest|consider|believ|think|thought|call|describ|specif|justif|"
    r"point|not(?:e|ed|es|ing)\b|mention|claim|argu|report|announc|stat(?:e|ed|es|ing)\b|"
    r"confirm|estimat|find|found|say|said|tell|told|explain|add|insist|accord|cit(?:e|ed|es|ing)"
    r"\b|quot|express|stress|emphasi[sz]|warn|predict|recall|writ|wrote|assert|affirm|declar|"
    r"maintain|acknowledg|admit|den(?:y|ied|ies)\b|remark|comment|observ|answer|repl)\w*",
    re.IGNORECASE,
)


# A person described by their age: "the 45-year-old".
_AGE_DESCRIPTION = re.compile(r"(\d{1,3})-?year-?old")


def describes_a_person(word: str) -> bool:
    """A noun of persons ("minister", "coach") or an age said of one ("45-year-old")."""
    return lexicon().domain(word) == "noun.person" or _AGE_DESCRIPTION.fullmatch(word) is not None


# The words news takes up a company or an organisation by, whatever it does.
_BODIES = frozenset("company firm group organisation organization corporation business".split())


def describes_the_body(previous: str, name: Iterable[str], head: str) -> bool:
    """Whether ``head`` ("company") takes up the body ``name`` that ``previous`` opens on: a
    word for any company or organisation, or what that sentence calls it before its name or
    in an apposition ("Japanese carmaker Toyota", "Orrin, the Leeds-based builder,")."""
    run = opening_body(previous)[0]
    named_by_its_last_word = bool(run) and run[-1].lower() == head  # "the Fund"
    return head in _BODIES or named_by_its_last_word or called_so(previous, name, head)


def _apposition(previous: str, name: Iterable[str]) -> tuple[list[str], str | None]:
    """The words of ``previous`` before the first word of ``name`` (their words) and the
    apposition after it, if any ("Foreign Minister Ana Silva, 52, the party's leader,": the
    title's words and " 52"), or nothing where ``previous`` does not name them."""
    said, words_of_name = words(previous), set(name)
    first = next((i for i, w in enumerate(said) if w in words_of_name), None)
    if first is None:
        return [], None
    apposition = re.match(
        rf"[^,]*?\b{re.escape(said[first])}\b[\w\s.-]*?,([^,]{{1,80}}),", previous
    )
    return said[:first], apposition.group(1) if apposition is not None else None


def ages_given(previous: str, name: Iterable[str]) -> frozenset[int]:
    """The ages an apposition after the person's name gives them ("Ana Silva, 52," or "Ana
    Silva, aged 52,"): what "the 52-year-old" takes up in the next sentence."""
    apposition = _apposition(previous, name)[1]
    return frozenset(int(d) for d in re.findall(r"\d+", apposition or ""))


def called_so(previous: str, name: Iterable[str], head: str) -> bool:
    """Whether ``previous`` calls the person it opens on (``name``, their words) by ``head``
    ("minister"): in a title before the name ("Foreign Minister Ana Silva") or in an
    apposition after it ("Ana Silva, the party's leader,")."""
    if age := _AGE_DESCRIPTION.fullmatch(head):
        # "the 45-year-old": the age the apposition gives ("Ana Silva, 45,")
        return int(age.group(1)) in ages_given(previous, name)
    called, apposition = _apposition(previous, name)
    if apposition is not None:
        called = called + words(apposition)
    lex = lexicon()
    heads = set(lex.lemmas(head, "n")) | {head}
    return any(heads & ({w.lower()} | set(lex.lemmas(w.lower(), "n"))) for w in called)


def opening_person(text: str) -> list[str]:
    """The words of the person ``text`` opens on ("Ana Silva, 45, was elected ...": "Ana",
    "Silva"), or none; none where the subject joins two ("Coco Gauff and her coach Brad
    Gilbert arrived ...": a pronoun after it may take up either)."""
    people = people_named(words(text))[:2]
    if len(people) == 2 and _described_then_named(text, people[0], people[1]):
        people = people[1:]  # "The finance minister, Rachel Reeves, said ...": Reeves
    elif people and people[0][0] != 0:
        return []
    if not people or _joined_after(text, people[0][1]):
        return []
    return people[0][1]


# Lower-case words a description of the subject may take before its noun ("the former finance
# minister"); more, and the sentence opens on something else ("Police said that the mayor").
_DESCRIBED_WORDS = 2


def _described_then_named(
    text: str, described: tuple[int, list[str]], named: tuple[int, list[str]]
) -> bool:
    """Whether ``text`` opens on a description of a person followed by their whole name, in
    an apposition or not ("The finance minister, Rachel Reeves, said", "Former finance
    minister Rachel Reeves said"): one person."""
    (before, noun), (_, name) = described, named
    if before > _DESCRIBED_WORDS or len(noun) != 1 or not noun[0].islower():
        return False
    # A person's first mention names them in full; one word after a description may be a
    # body the description is a trade of ("Danish shipbuilder Vestmark").
    if len(name) < 2:
        return False
    pattern = rf"\b{re.escape(noun[0])}\s*,?\s+" + r"\W+".join(map(re.escape, name)) + r"\b"
    return re.search(pattern, text) is not None


# A subject joined to another: "Coco Gauff and her coach", "Toyota and Honda", "Ms Ng, with".
_JOINED = re.compile(r"\s*(?:,\s*)?(?:and|or|&|with|along\s+with|together\s+with)\b", re.I)


def _joined_after(text: str, name: list[str]) -> bool:
    """Whether the name ``name`` (its words) in ``text`` is joined to another subject."""
    found = re.search(r"\b" + r"\W+".join(map(re.escape, name)) + r"\b", text)
    return found is not None and _JOINED.match(text, found.end()) is not None


# Pronouns of a person and of a body or a thing; "they" may stand for either.
_OF_PERSONS = frozenset("he she him her his hers".split())
_OF_BODIES = frozenset("it its".split())


def stands_for(
    text: str, at: int, previous: str, name: Iterable[str], *, body: bool = False
) -> bool:
    """Whether the pronoun or description at ``at`` of ``text`` most likely stands for
    ``name`` (its words): a person, or (``body``, and for "it" and "its") a body or a thing.
    Within its sentence: the person the sentence opens on, the only one it names before it,
    a second mention of the first subject ("Rafael Nadal won in Paris, and he said ...").
    One whose sentence names no one before it takes up the subject the sentence before opens
    on (``previous``: "Rafael Nadal beat Novak Djokovic. He said ...": Nadal; "Toyota
    recalled 300,000 cars. It said ...": Toyota), as news writes a speaker named just before.
    Where another person is named first or too ("The mayor met Anna Berg, and she said"), or
    the sentence before opens on no one, it need not mean ``name``."""
    said = re.match(r"[\w’'-]+", text[at:])
    word = said.group().lower() if said else ""
    name = set(name)
    if word not in _OF_BODIES and not body:
        people = people_named(words(text[:at]))
        if people:
            return (
                len(people) == 1
                and people[0][0] == 0
                and bool(set(people[0][1]) & name)
                and of_their_sex(word, people[0][1], text)
            )
        opening = opening_person(previous)
        if set(opening) & name:
            return of_their_sex(word, opening, previous)
    if word in _OF_PERSONS or not (body or word in _OF_BODIES or word in ("they", "their", "them")):
        return False
    run = opening_body(text[:at])[0] or opening_body(previous)[0]
    # "The International Monetary Fund cut ..." then "the IMF": the name by its initials
    initials = "".join(w[0] for w in run if w[0].isupper())
    return bool(set(run) & name) or (len(initials) > 1 and initials in name)


def of_their_sex(word: str, person: list[str], text: str) -> bool:
    """Whether ``word`` (a pronoun or a noun) may speak of ``person`` as ``text`` names them:
    not "he" of "Rachel Reeves" nor "she" of "Mr Cleverly"."""
    said = lexicon().gender(word)
    sex = sex_of_person(person, text)
    return said is None or sex is None or said == sex


def opening_body(text: str) -> tuple[list[str], list[str]]:
    """The name of the body or thing ``text`` opens on ("Toyota recalled ...", "The
    International Monetary Fund cut ...", "Japanese carmaker Toyota recalled ..."), with the
    words before it ("Japanese carmaker"), or none: a run of capitalised words, no title, after
    "the", a demonym or two nouns at most. A sentence that opens on a verb or on another
    noun's verb ("The ministry ordered Toyota to ...") opens on no name."""
    said = words(text)
    lex = lexicon()
    before = 0
    for index, word in enumerate(said):
        if word.lower() in FUNCTION_WORDS or is_demonym(word) or lex.domain(word) == "noun.time":
            continue  # "The", "On Monday, Toyota said", "Japanese carmaker Toyota"
        if word[:1].isupper() and not _plain(word):
            run = list(
                itertools.takewhile(lambda w: w[:1].isupper() and not _plain(w), said[index:])
            )
            return ([], []) if _joined_after(text, run) else (run, said[:index])
        # "Japanese carmaker Toyota", "US chipmaker Nvidia": what the body is, before its name
        if word.islower() and lex.is_noun(word) and not word.endswith("ed") and before < 2:
            before += 1
            continue
        break
    return [], []


def people_named(said: list[str]) -> list[tuple[int, list[str]]]:
    """The people ``said`` names: runs of capitalised words (no title, function word or day,
    no place opening a run: "Ana Silva" is one) with a word the lexicon does not know or
    knows as a person ("Novak Djokovic", "Brad Gilbert"; "Grand Slam", "New York" and
    "Sunday" are none), and lower-case nouns of persons ("the
    mayor", "her coach"), each with the number of lower-case words before it (0: the text
    opens on it, after capitalised words only: "Former President Jimmy Carter")."""
    lex = lexicon()
    people: list[tuple[int, list[str]]] = []
    lower_before = 0
    run: list[str] = []

    def close() -> None:
        if any(not lex.lemmas(w) or lex.domain(w) == "noun.person" for w in run):
            people.append((lower_before, list(run)))
        run.clear()

    for word in said:
        if word[:1].isupper():
            # A place's name right after a given name is a surname ("Ana Silva").
            if (
                _plain(word)
                or word.lower() in FUNCTION_WORDS
                or (lex.is_place(word) and not run)
                or lex.domain(word) == "noun.time"
            ):
                close()
            else:
                run.append(word)
            continue
        close()
        if lex.lemmas(word, "n") and lex.domain(word) == "noun.person":
            people.append((lower_before, [word]))
        lower_before += 1
    close()
    return people


def _plain(word: str) -> bool:
    """A capitalised word that names no one: a title, or a verb of saying at the start of a
    sentence ("According to the police" / "According to the army")."""
    return is_title(word) or _REPORTING.fullmatch(word) is not None or word.lower() == "according"
