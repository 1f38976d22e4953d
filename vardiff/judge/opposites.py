"""Opposites and reversed directions: "rose" / "fell", "guilty" / "innocent", "lend" / "borrow".

A sentence embedding puts a word next to its opposite (they share every context), so this check
reads the words: a word replaced by its antonym (WordNet's, extended through adjective
clusters, derivation and negative prefixes: "likely" / "unlikely"), by a verb of the other
direction ("climbed" / "slumped") or by its converse ("lend" / "borrow", "above" / "below").

Two rewordings stay quiet:
- the other side negates too: "did not rise" / "fell", "not guilty" / "innocent". The polarity
  check then stays quiet as well (:func:`negation_balance`);
- a converse with its participants swapped: "the bank lent the city" / "the city borrowed from
  the bank".

"A few" and "a little" affirm where "few" and "little" deny: they are no opposite of "some"
(the scales check reads them), only of "many" and "much".

A negative word that is itself one of the opposites ("likely" / "unlikely", "passed" /
"failed") is this check's finding; the polarity check does not count it again.

Between two translations the word diff often does not pair the two words: they sit in
differently worded stretches ("died after consuming" / "died before eating"), or the word of A
is still somewhere in B, in another place ("more than 330 plants, over 10 million kW" / "less
than 330 plants, more than 10 million kW"). So each word of B is also read against each word
of A in its place: an opposite of it in A with the same words around it (``opposite.placed``),
while the word of A is not found in that place in B too. It is the one finding for the two
words: the diff's pairing of them, if any, is not reported again. In its place an antonym may
also be said through another part of speech of its stem ("the closure of the crossing" / "the
crossing open", "newly diagnosed" / "old": :mod:`._morphology`), which a rewording of the
same words around it seldom does.

A hyphenated word is read by its parts too ("short-term" / "long-term", "a hot-air balloon" /
"a cold air balloon"). Near-antonyms, read only on the same word (or where the word diff swaps
the one for the other), also take what WordNet does not pair word to word: an antonym of a
synonym ("significant" / "unimportant": important), two words of the two clusters of an
antonym pair ("protracted" / "short-term": long / short) and the other end of another
dimension ("the tallest building" / "the smallest building"). "28% below its price" / "28%
higher than its price" are the two ends of a comparison.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from .. import _cues as cues
from .._entities import sentence_initial
from .._numbers import MONTHS, is_amount_word
from .._report import Finding
from .._words import FUNCTION_WORDS, content_words, stem
from ._context import PairContext
from ._edits import (
    Edit,
    Hit,
    as_findings,
    edits,
    replacements,
    replacements_either_way,
    vocabulary,
    words,
)
from ._lexicon import lexicon
from ._morphology import adjective_forms, related_forms
from ._sources import current
from .links import first_since_as_last

__all__ = [
    "LINKING_VERBS",
    "QUANTIFIERS",
    "Opposed",
    "check_opposites",
    "ends_changed",
    "expected_against_surprise",
    "find_opposites",
    "kept_against_moved",
    "left_against_removed",
    "local_balance",
    "nearer_against_farther",
    "negation_balance",
    "negation_explained",
    "opposed_words",
    "placed_opposites",
]

# Priors: the share of findings that were meaning changes on the development data (the dev
# split of benchmarks/data/contrast_semantics.jsonl; the correct translations of DEMETR's dev
# set as false alarms), smoothed; "indirect" antonyms are looser and were seldom seen.
# "valence": two words of a judgement, one of good and one of bad ("a boost" / "a blow",
# "hoped" / "feared", "thanked" / "blamed"), unfitted: no dev set had them when it was written.
# "inherited": a verb that is a kind of the other verb's antonym ("concluded" / "began":
# "conclude" is a way to end), unfitted.
_PRIOR = {
    "antonym": 0.95, "direction": 0.93, "converse": 0.9, "indirect": 0.7, "valence": 0.8,
    "inherited": 0.7,
}  # fmt: skip
_WHY = {
    "antonym": "antonyms",
    "inherited": "a kind of the other's antonym",
    "valence": "a judgement of good and one of bad",
    "direction": "a change in the opposite direction",
    "converse": "the converse relation",
    "indirect": "near-antonyms",
    "comparison": "the other end of a comparison",
    "time": "the other side of a point in time",
    "place": "inside a place against near it",
}
# Determiners WordNet also files as opposed adjectives ("any" / "all", "some" / "all"): the
# scales check reads them.
QUANTIFIERS = frozenset({"any", "all", "some", "every", "each", "both", "either"})
_PRIOR_PLACED = 0.9
_MAX_WORDS = 6  # an edit longer than this on either side is a rebuilt clause, not a word swap
# An edit of at most this many words on each side swaps a word for another in its place.
_SWAP = 3
_NEAR = 4  # words before an opposite where a negation still turns it back ("not been a success")
# Content words (or numbers) on each side of a word that say where it stands: its head noun or
# verb, its object, the amount it bounds.
_PLACE = 3
# The relations that reverse a statement whatever the sentence around them; a converse needs
# its participants read ("lent" / "borrowed"), and a near-antonym is too loose to find in a
# rewrite unless it bears on the same word (:func:`_near_place`).
_PLACED_RELATIONS = ("antonym", "direction")
# Words of amount whose near-antonyms ("a little" / "some", "several" / "many") are points on
# the scales check's scales, not opposites.
_AMOUNTS = frozenset("little few many much several most more less fewer least".split())
# How alike the places of two near-antonyms must be (Token.closeness: the shared words around
# both, plus one for each side whose nearest word is the same).
_NEAR_PLACE = 3
_TOKEN = re.compile(r"[^\W_][\w’'-]*")
_PART = re.compile(r"[^\W_][\w’']*")  # a word, or a part of a hyphenated one
# The two ends of a comparison of amounts: "more than 300" / "fewer than 300", "greater
# stability" / "less stability". The lexicon pairs "more" / "less" but not "over" / "fewer" nor
# "greater" / "less"; "over", "above", "under", "below" compare only before an amount ("over
# 2 million"), elsewhere they are places and times ("over the weekend").
_MORE = frozenset({"more", "greater"})
_LESS = frozenset({"less", "fewer"})
_BEFORE_AMOUNT = {"over": "more", "above": "more", "under": "less", "below": "less"}
# After an amount, "above" and "below" compare it with another ("28% below its price"); the
# comparatives of size and height do before "than" ("higher than", "smaller than").
_AFTER_AMOUNT = {"above": "more", "below": "less"}
_THAN = {
    **dict.fromkeys(("higher", "larger", "bigger"), "more"),
    **dict.fromkeys(("lower", "smaller"), "less"),
}
# The two ends of the dimensions of a thing: WordNet opposes each word to its own other end
# ("tall" / "short", "large" / "small") but not to the other end of another dimension ("the
# tallest building" / "the smallest building", "a large margin" / "a narrow margin"), which
# says the other end of its size as plainly. Read only in the same place, as a near-antonym.
_SIZES = {
    **dict.fromkeys("big large tall high long wide broad deep thick".split(), "more"),
    **dict.fromkeys("small short low narrow shallow thin".split(), "less"),
}
# Particles take their sense from the verb before them ("pay off" its debts, "settle on" them),
# so two of them are no opposites by themselves.
_PARTICLES = frozenset({"on", "off", "in", "out", "up", "down"})
# "no more than 5", "not before noon": a bare "no" / "not" just before the word turns it back
# as much as any negation (the negation cues blank "no more than" as a bound, not a denial).
_BARE_NOT = re.compile(r"\b(?:no|not)\s+$", re.IGNORECASE)
# "few" and "little" deny ("few analysts expect it" is nearly none), "a few" and "a little"
# affirm ("a few analysts expect it" is some): after "a" they are no opposite of "some" (the
# scales check reads them as points of its quantity scale), but still of "many" and "much".
_AFFIRMED = frozenset({"few", "little"})
_ARTICLE = re.compile(r"\ba\s+$", re.IGNORECASE)
_ARTICLES = frozenset({"a", "an", "the"})


# Prepositions and adverbs of several words, read as the one word they stand for: "voted in
# favour of the bill" / "voted against the bill" is "for" / "against"; "deleted by mistake" /
# "deleted on purpose" is "accidentally" / "deliberately".
_PHRASES = {
    "in favour of": "for",
    "in favor of": "for",
    "in support of": "for",
    # On someone's side in a fight, a game or a campaign: "fought alongside the rebels" /
    # "fought against the rebels", "played side by side with" / "played against".
    "alongside": "for",
    "side by side with": "for",
    "on the side of": "for",
    # Doing what another did, against doing its opposite: "the central bank followed suit" /
    # "did the opposite".
    "followed suit": "same",
    "follow suit": "same",
    "follows suit": "same",
    "following suit": "same",
    # Taking part in the room, or from afar: "will attend the summit in person" / "by video
    # link".
    "in person": "directly",
    "by video link": "indirectly",
    "via video link": "indirectly",
    "by videoconference": "indirectly",
    "on purpose": "deliberately",
    "by mistake": "accidentally",
    "by accident": "accidentally",
    # "prior to the vote" / "after the vote": before a point in time or an event.
    "prior to": "before",
    # Out of a place or a state ("out of hospital", "out of power"), against in it; not a share
    # ("three out of four") nor a motive ("out of fear"): see ``_other_out_of``.
    "out of": "outside",
}


# Words that judge what they tell, by the pole of the judgement: an event called good or bad
# ("a success" / "a setback", "a boost for" / "a blow to", "an encouraging sign" / "a worrying
# sign"), a feeling about it ("hoped" / "feared", "proud of" / "ashamed of", "relieved" /
# "disappointed") and the act of speech that judges it ("praised" / "criticised", "thanked" /
# "blamed", "promised" / "threatened", "boasted" / "complained"). WordNet pairs few of them as
# antonyms, yet one put for the other reverses the judgement whatever the words around it.
# Two words of one pole are rewordings ("criticised" / "denounced", "feared" / "worried");
# words that judge nothing by themselves ("said", "expected", "concerned", "interest") are in
# neither. Lemmas, read through the lexicon's lemmatiser.
_GOOD = frozenset(
    """success successful breakthrough boost triumph achievement milestone windfall boon blessing
    benefit encouraging promising favourable favorable welcome hopeful optimistic proud pleased
    happy glad delighted relieved satisfied grateful thankful eager keen enthusiastic thrilled
    excited hope praise thank thanks commend applaud hail congratulate promise pledge boast
    celebrate credit reward admire enjoy love""".split()
)
_BAD = frozenset(
    """failure unsuccessful setback blow disaster catastrophe burden fiasco flop debacle
    embarrassment humiliation obstacle drawback headache nightmare blunder threat bad worrying
    alarming troubling disturbing discouraging disappointing unfavourable unfavorable unwelcome
    pessimistic gloomy ashamed worried anxious afraid fearful unhappy angry furious disappointed
    dissatisfied sad frustrated alarmed reluctant unwilling embarrassed dismayed nervous fear
    criticise criticize criticism condemn condemnation blame denounce threaten complain
    complaint lament regret deplore accuse accusation dread worry hate punish decry warn
    warning mourn""".split()
)


def _pole_of_judgement(word: str) -> str:
    """The pole of a word that judges, "good" or "bad" (:data:`_GOOD`, :data:`_BAD`), in any
    of its forms; "" for another word or one read both ways."""
    forms = {word.lower(), *(w.lower() for w in lexicon().lemmas(word))}
    good, bad = bool(forms & _GOOD), bool(forms & _BAD)
    return "good" if good and not bad else "bad" if bad and not good else ""


def _valence(x: str, y: str) -> str | None:
    """The relation "valence" for a word of good judgement against one of bad ("a boost" / "a
    blow"), else None."""
    poles = {_pole_of_judgement(x), _pole_of_judgement(y)}
    return "valence" if poles == {"good", "bad"} else None


@dataclass(frozen=True)
class Opposed:
    a: str
    b: str
    relation: str
    edit: Edit


def opposed_words(a: str, b: str) -> list[Opposed]:
    """The words replaced by their opposites between ``a`` and ``b``."""
    lex = lexicon()
    found: list[Opposed] = []
    # A word that is still on the other side was moved, not replaced: "the teacher reported the
    # student" / "the student was reported by the teacher" is the role check's business.
    words_a = vocabulary(a)
    words_b = vocabulary(b)
    figurative_a, figurative_b = _figurative(a), _figurative(b)
    for edit in replacements_either_way(a, b, most_words=_MAX_WORDS):
        left, right = _edit_words(edit.a), _edit_words(edit.b)
        best: Opposed | None = None
        for x, read_x in left:
            if _figure_word(len(edit.before_a), edit.a, x, figurative_a):
                continue
            for y, read_y in right:
                if _kept_in(x, words_b, b) or _kept_in(y, words_a, a):
                    continue
                if _figure_word(len(edit.before_b), edit.b, y, figurative_b):
                    continue
                relation = (
                    lex.opposition(read_x, read_y)
                    or _valence(read_x, read_y)
                    or _inherited(
                        _uncapped(edit.before_a, edit.a, x, read_x),
                        _uncapped(edit.before_b, edit.b, y, read_y),
                    )
                    or _prefixed_opposite(read_x.lower(), read_y.lower())
                )
                if relation and (
                    _other_out_of(edit.before_a, edit.a, x, edit.after_a)
                    or _other_out_of(edit.before_b, edit.b, y, edit.after_b)
                ):
                    continue
                if (
                    relation
                    and (
                        _noun_in_edit(edit.before_a, edit.a, edit.after_a, x, y)
                        or _noun_in_edit(edit.before_b, edit.b, edit.after_b, y, x)
                    )
                    and not (
                        _opens_noun(edit.before_a, edit.a, x)
                        and _opens_noun(edit.before_b, edit.b, y)
                    )
                ):
                    # "borrowed" / "took out a loan": the noun tells no direction; two nouns
                    # of acts in one place do ("the closure of" / "the reopening of").
                    continue
                if relation == "indirect" and (
                    _affirmed(edit.before_a, edit.a, x) or _affirmed(edit.before_b, edit.b, y)
                ):
                    continue  # "a few analysts" / "some analysts"; "a few" / "many" stays
                if {x.lower(), y.lower()} <= QUANTIFIERS:
                    continue  # "any risk" / "all risks": the adjectives' antonymy, not theirs
                if read_x.lower() in FUNCTION_WORDS and _next_word(edit.a, x, edit.after_a) != (
                    _next_word(edit.b, y, edit.after_b)
                ):
                    # "to Moscow" / "from Moscow" is reversed; "wants Modi to respond" /
                    # "an answer from Modi" only reworded.
                    continue
                if relation and (best is None or _PRIOR[relation] > _PRIOR[best.relation]):
                    best = Opposed(x, y, relation, edit)
        if best is not None:
            found.append(best)
    return found


def _uncapped(before: str, edited: str, word: str, read: str) -> str:
    """``read`` in lower case where ``word`` opens its sentence in the edit: the capital is
    the sentence's, not a name's ("Founded in 1452, the abbey" / "Closed in 1452")."""
    found = re.search(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", edited)
    if found is None or not read[:1].isupper():
        return read
    return read.lower() if sentence_initial(before + edited, len(before) + found.start()) else read


# A verb sense above another that this many senses or more lie below says nothing of the kind
# ("change", above "improve", against "stay").
_INHERITED_BREADTH = 100
# The two ends of a motion towards or away from the speaker: a translation puts one for the
# other freely ("approaching" / "going"), so a kind of one is no opposite of the other.
_DEICTIC = frozenset({"come", "go"})


def _inherited(x: str, y: str) -> str | None:
    """ "inherited" where one verb is, in one of its first two senses, a kind of a verb whose
    antonym the other verb is ("concluded talks" / "began talks": to conclude is to end, the
    antonym of begin; "lauded" / "criticised": to laud is to praise), else None. Synonyms, a
    parent above many senses and the verbs of coming and going are not read."""
    if not current().lexicon or x[:1].isupper() or y[:1].isupper():
        return None  # a capital is a name's as often as not: "Manchester United" / "leave"
    lex = lexicon()
    lemmas_x, lemmas_y = _verbs_of(x), _verbs_of(y)
    if not lemmas_x or not lemmas_y or set(lemmas_x) & set(lemmas_y):
        return None
    first = {lemma: set(lex.senses(lemma, "v")[:2]) for lemma in (*lemmas_x, *lemmas_y)}
    if any(
        first[x_lemma] & set(lex.senses(y_lemma, "v"))
        or first[y_lemma] & set(lex.senses(x_lemma, "v"))
        for x_lemma in lemmas_x
        for y_lemma in lemmas_y
    ):
        return None  # one sense shared: synonyms
    for one, other in ((lemmas_x, lemmas_y), (lemmas_y, lemmas_x)):
        # The verb's own first senses too: a synonym of the antonym is as opposed as a kind of
        # it ("ceased" / "began": to cease is, in its first senses, to end).
        above = {
            parent
            for lemma in one
            for sense in first[lemma]
            for parent in (sense, *lex.parents.get(sense, ()))
            if lex._below(parent) < _INHERITED_BREADTH
        }
        for lemma in other:
            for antonym in lex._antonyms.get(lemma, ()):
                if antonym in _DEICTIC or lemma in _DEICTIC:
                    continue
                if set(lex.senses(antonym, "v")[:2]) & above:
                    return "inherited"
    return None


def _opens_noun(before: str, edited: str, word: str) -> bool:
    """Whether ``word`` of an edit stands right after a word that opens a noun phrase ("the
    reopening"), as a noun."""
    found = re.search(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", edited)
    if found is None or " " in word:
        return False
    preceding = (before + edited[: found.start()]).split()
    return bool(preceding) and preceding[-1].lower() in _NOUN_OPENERS


def _verbs_of(word: str) -> list[str]:
    """The verbs a word is a form of ("ceased": "cease"), and for a noun of an act the verbs
    its stem spells ("closure": "close"; "reopening", a form of "reopen", is read as the verb
    already). A bare form a noun shares is no verb for sure ("our vantage point" / "stand"):
    only the verbs of its stem are read for it."""
    lex = lexicon()
    found = list(lex.lemmas(word, "v"))
    if not lex.is_noun(word):
        return found
    found = [lemma for lemma in found if lemma != word.lower()]
    if not set(lex.domains(word)[:2]) & _ACTS:
        return found  # a thing, not an act: "a division" (of an army) is no dividing
    derived = [w for w in lex.derived(word) if list(lex.lemmas(w, "v")) == [w]]
    return list(dict.fromkeys(found + derived))


# The lexicographer files of a noun that names an act or an event, in one of its first two
# senses: such a noun says its verb ("the closure of the mine": the mine is closed).
_ACTS = frozenset({"noun.act", "noun.event", "noun.process"})


def _noun_in_edit(before: str, edited: str, after: str, word: str, other: str) -> bool:
    """:func:`_noun_of_a_verb_pair` for a word of an edit (its first place there)."""
    found = re.search(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", edited)
    if found is None or " " in word:
        return False
    return _noun_of_a_verb_pair(
        before + edited[: found.start()], word, edited[found.end() :] + after, other
    )


def _edit_words(edited: str) -> list[tuple[str, str]]:
    """The words of an edit, each as written and as read; a preposition of several words is
    read as the word it stands for ("in favour of": "for"), and a verb with its particle as
    each single verb of the phrasal verb's commonest senses ("went out": "exit", "leave")."""
    found = [(word, word) for word in words(edited)]
    lower = edited.lower()
    for phrase, word in _PHRASES.items():
        at = lower.find(phrase)
        if at >= 0:
            found.append((edited[at : at + len(phrase)], word))
    return found + _phrasal_words(edited)


def _phrasal_words(edited: str) -> list[tuple[str, str]]:
    """A verb and the particle right after it, as written, with each single verb WordNet gives
    the phrasal verb in its commonest senses (``data/phrasal_verbs.json``, built by
    ``tools/build_phrasal_verbs.py``): "gave up" is "discontinue", "went up" is "rise"."""
    table = _phrasal_verbs()
    if not current().lexicon:
        return []
    lex = lexicon()
    found: list[tuple[str, str]] = []
    tokens = words(edited)
    for verb, particle in pairwise(tokens):
        if particle.lower() not in _PHRASAL_PARTICLES:
            continue
        for lemma in lex.lemmas(verb.lower(), "v"):
            for single in table.get(f"{lemma} {particle.lower()}", ()):
                found.append((f"{verb} {particle}", single))
    return found


_PHRASAL_PARTICLES = frozenset("up down in out off on over away back".split())


@lru_cache(maxsize=1)
def _phrasal_verbs() -> dict[str, tuple[str, ...]]:
    path = Path(__file__).with_name("data") / "phrasal_verbs.json"
    with open(path, encoding="utf-8") as handle:
        return {phrase: tuple(verbs) for phrase, verbs in json.load(handle).items()}


# What "out of" gives as a reason, not a place left: "out of fear", "out of curiosity".
_MOTIVES = frozenset({"noun.feeling", "noun.motive", "noun.cognition"})


def _other_out_of(before: str, edited: str, written: str, after: str) -> bool:
    """ "out of" here is no place or state left: a share after an amount ("three out of four",
    which "three in four" says too) or a motive ("acted out of fear" / "in fear")."""
    if written.lower() != "out of":
        return False
    head = edited[: edited.lower().find("out of")]
    previous = words(before + " " + head)[-1:]
    if previous and is_amount_word(previous[0]):
        return True
    return lexicon().domain(_next_word(edited, written, after)) in _MOTIVES


def _kept_in(written: str, vocabulary: set[str], text: str) -> bool:
    """The word (or phrase) stands in the other text too: moved, not replaced."""
    if " " in written:
        return written.lower() in text.lower()
    return written.lower() in vocabulary


@dataclass(frozen=True)
class Placed:
    """A word of A and its opposite in B, in the same place: ``shared``, the words around them
    that both sides have (as A writes them), ``paired``: the word diff paired the two too."""

    a: str
    b: str
    relation: str
    shared: tuple[str, ...]
    paired: bool
    a_group: int = -1  # the written word of A (Token.group)


@dataclass(frozen=True)
class _Token:
    """A word of a text with the content words (stems) just before and just after it."""

    text: str
    start: int
    left: frozenset[str]
    right: frozenset[str]
    first_left: str  # the nearest of ``left`` ("" where there is none)
    first_right: str
    before: frozenset[str]  # every content word before it, and after it
    after: frozenset[str]
    # "more" or "less": the end of a comparison of amounts it stands for; "earlier" or
    # "later": the side of a point in time it bounds ("until June", "from June"); or ""
    compares: str
    # The written word it is (a part of a hyphenated word shares its whole's number), so that
    # a word and its parts make one finding at most.
    group: int
    part: bool  # a part of a hyphenated word
    # The linking verb right before the word as written, lower-cased ("was", "seemed"; an
    # adverb between them allowed: "was still sober"), or "": the word is said of the subject.
    linked: str = ""

    def place(self, other: _Token) -> frozenset[str]:
        """The words around both on the same side of them."""
        return (self.left & other.left) | (self.right & other.right)

    def closeness(self, other: _Token) -> int:
        """How alike the two places are: the words around both, and once more the word right
        next to both (the head noun, the amount, the verb)."""
        nearest = [
            bool(mine) and mine == theirs
            for mine, theirs in (
                (self.first_left, other.first_left),
                (self.first_right, other.first_right),
            )
        ]
        return len(self.place(other)) + sum(nearest)

    def same_word(self, other: _Token) -> bool:
        # "non-violently" / "nonviolently": one word, spelt apart or not.
        return stem(self.text.replace("-", "")) == stem(other.text.replace("-", ""))


def placed_opposites(a: str, b: str) -> list[Placed]:
    """Words of ``a`` whose opposite stands in ``b`` in their place (the same words around
    it), neither turned back by a negation near it, and the word of ``a`` not kept in that
    place in ``b`` as well (nor the word of ``b`` in ``a``)."""
    if not current().lexicon:
        return []
    tokens_a, tokens_b = _tokens(a), _tokens(b)
    count_a = Counter(stem(t.text) for t in tokens_a)
    count_b = Counter(stem(t.text) for t in tokens_b)
    paired = {(o.a.lower(), o.b.lower()) for o in opposed_words(a, b)}
    heads_a = Counter(_key(t.text) for t in _whole(tokens_a))
    heads_b = Counter(_key(t.text) for t in _whole(tokens_b))
    swapped = _swapped_words(a, b)
    found: list[Placed] = []
    taken: set[int] = set()  # the words of B said to be opposites (Token.group)
    # Most words have no opposite: only those that may are paired up; a word of a figure of
    # speech is none of its own ("called it a day" stopped work, whenever it was).
    figurative_a, figurative_b = _figurative(a), _figurative(b)
    candidates_b = [
        t
        for t in tokens_b
        if (t.compares or _near_opposable(t.text.lower())) and not _within(t, figurative_b)
    ]
    candidates_a = [
        t
        for t in tokens_a
        if (t.compares or _near_opposable(t.text.lower())) and not _within(t, figurative_a)
    ]
    for x in candidates_a:
        if any(p.a_group == x.group for p in found):
            continue  # a hyphenated word and its part: one finding
        for y in candidates_b:
            relation = _relation(x.text.lower(), y.text.lower())
            pair = (x.text.lower(), y.text.lower())
            if relation is None and _near_place(x, y, (heads_a, heads_b), pair in swapped):
                relation = _near_relation(*pair)
            if relation is None and (
                {x.compares, y.compares} in _ENDS or _point_against_side(x, y)
            ):
                relation = (
                    "time"
                    if x.compares in (*_TIME_SIDES.values(), *_PERIOD_SIDES.values(), _POINT)
                    else "place"
                    if x.compares in _PLACE_SIDES.values()
                    else "comparison"
                )
            verb = _one_verb_up_down(a, x, b, y) if relation is None else ""
            if verb:
                relation = "direction"
            if relation is None or y.group in taken:
                continue
            # "the start of July" is a noun and says an end of the month all the same.
            period = {x.compares, y.compares} == {"opening", "closing"}
            if not (x.part or y.part or period) and (
                _noun_of_a_verb_pair(a[: x.start], x.text, a[x.start + len(x.text) :], y.text)
                or _noun_of_a_verb_pair(b[: y.start], y.text, b[y.start + len(y.text) :], x.text)
            ):
                continue  # "borrowed" / "took out a loan": the noun tells no direction
            # Both words on both sides, as often, were most often moved, not replaced: only
            # the two words traded in an otherwise unchanged sentence count.
            exchanged = count_a[stem(x.text)] <= count_b[stem(x.text)] and (
                count_b[stem(y.text)] <= count_a[stem(y.text)]
            )
            # "He was sober" / "he was drunk": the linking verb is the place of a predicate.
            shared = x.place(y) or _linked_place(x, y) or frozenset({verb} - {""})
            if not shared or _kept(x, y, tokens_b, a) or _kept(y, x, tokens_a, b):
                continue
            if exchanged and not _traded(a, b, x.text.lower(), y.text.lower()):
                continue
            if _negative_word(a, x) or _negative_word(b, y):
                continue  # "declined to examine" / "accepted": the polarity check's
            if (_nearly(a, x) and _NEARLY.search(b)) or (_nearly(b, y) and _NEARLY.search(a)):
                continue  # "came close to bankruptcy" / "nearly went bankrupt": no motion
            if _swapped(x, y):
                continue  # "France lost to Germany" / "Germany beat France": two ends of one event
            if (_negated(a, x) + _negated(b, y)) % 2:
                continue  # "not the same" / "different", "not before noon" / "after noon"
            if _one_comparison(_preceded(a, x), _preceded(b, y)):
                continue  # "cheaper" / "less expensive": one comparison from its two ends
            taken.add(y.group)
            around = dict.fromkeys(t.text for t in tokens_a if _key(t.text) in shared)
            around = around or dict.fromkeys(shared)
            found.append(Placed(x.text, y.text, relation, tuple(around), pair in paired, x.group))
            break
    return found


# Figures of speech whose word of time says no time: "called it a day" (stopped, by day or by
# night), "at the end of the day" (in the end), "day in, day out" and "night and day" (all the
# time), "around the clock".
_FIGURES = re.compile(
    r"\bcall(?:s|ed|ing)?\s+it\s+a\s+(?:day|night)\b|\bat\s+the\s+end\s+of\s+the\s+day\b"
    r"|\bday\s+in,?\s+(?:and\s+)?day\s+out\b|\b(?:night\s+and\s+day|day\s+and\s+night)\b"
    r"|\b(?:a)?round\s+the\s+clock\b",
    re.IGNORECASE,
)


def _figurative(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _FIGURES.finditer(text)]


def _within(token: _Token, spans: list[tuple[int, int]]) -> bool:
    return _at_in(token.start, spans)


def _at_in(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= at < end for start, end in spans)


def _figure_word(offset: int, edited: str, word: str, spans: list[tuple[int, int]]) -> bool:
    """Whether ``word`` of an edit (``edited``, at ``offset`` of its text) stands in a figure
    of speech (``spans``, see :func:`_figurative`)."""
    found = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", edited)
    return _at_in(offset + (found.start() if found else 0), spans)


# Words that open a noun phrase: a word right after one, and before none, is its noun.
_NOUN_OPENERS = frozenset(
    "a an the this that these those its their his her our my your each every another".split()
)


def _noun_of_a_verb_pair(before: str, word: str, after: str, other: str) -> bool:
    """Whether ``word`` stands as a noun between ``before`` and ``after`` (after a determiner,
    before no other word of its phrase: "took out a loan of", "the loan") while its opposition
    to ``other`` is one of verbs or adjectives only (no form of ``other`` is a noun): "loan" is
    the verb "lend" too, whose converse is "borrow", but a loan is what both sides of the deal
    have, taken out by the borrower and made by the lender; its verb tells the direction, and
    the noun none ("suffered a loss" / "won": "loss" and "win" are opposed nouns too)."""
    preceding = before.split()
    # An amount between the determiner and the noun is part of its phrase ("took out a $40
    # million loan", "a 2 million euro loan" aside: "euro" is a noun of the phrase's own).
    while (
        len(preceding) > 1
        and preceding[-1].lower() not in _NOUN_OPENERS  # "a" is an amount too ("a million")
        and is_amount_word(preceding[-1].lower().lstrip("$€£"))
    ):
        preceding.pop()
    if not preceding or preceding[-1].lower() not in _NOUN_OPENERS:
        return False
    lowered = word.lower()
    lex = lexicon()
    if not lex.readings(lowered, "n") or lex.is_adjective(lowered):
        return False  # "an open debate", "reached a new high": an adjective's opposition
    following = re.findall(r"[\w’'-]+", after)[:1]
    if following and following[0].lower() not in FUNCTION_WORDS:
        return False  # "a loan shark": a word of a longer phrase
    forms = {other.lower(), *lex.lemmas(other.lower())}
    return not any(lex.readings(form, "n") for form in forms)


def _linked_place(x: _Token, y: _Token) -> frozenset[str]:
    """The linking verb both words follow, where nothing else places them."""
    return frozenset({x.linked}) if x.linked and x.linked == y.linked else frozenset()


def _one_verb_up_down(a: str, x: _Token, b: str, y: _Token) -> str:
    """The verb (its place key) that "up" on one side and "down" on the other both belong to,
    the particle right after it or after its object ("bring interest rates down" / "bring up
    interest rates"), or "". A particle's sense is its verb's, so other particles are left
    alone ("fill in" / "fill out" a form is one act); with one verb, "up" for "down" says
    another act whether or not its opposite ("scale up" / "scale down", "break up" / "break
    down")."""
    if {x.text.lower(), y.text.lower()} != {"up", "down"}:
        return ""
    verbs_a = _verbs_before(a[: x.start])
    verbs_b = _verbs_before(b[: y.start])
    shared = [v for v in verbs_a if v in verbs_b]
    return shared[0] if shared else ""


def _verbs_before(text: str) -> list[str]:
    """The place keys of the verbs among the few words before a particle, nearest first."""
    lex = lexicon()
    near = re.findall(r"[A-Za-z]+", text)[-_PARTICLE_REACH:]
    return [
        _key(w) for w in reversed(near) if w.lower() not in FUNCTION_WORDS and lex.lemmas(w, "v")
    ]


_PARTICLE_REACH = 4  # words before a particle where its verb stands: the verb and its object


def _whole(tokens: list[_Token]) -> list[_Token]:
    """The written words, without the parts of hyphenated ones."""
    return [t for t in tokens if not t.part]


def _swapped_words(a: str, b: str) -> set[tuple[str, str]]:
    """The lower-cased words the word diff swaps one for one in a short edit: a place of its
    own, where a near-antonym needs no shared head ("the most significant indigenous group" /
    "the most unimportant indigenous people")."""
    return {
        (x.lower(), y.lower())
        for edit in replacements(a, b, most_words=_SWAP)
        for x in words(edit.a)
        for y in words(edit.b)
    }


def _traded(a: str, b: str, x: str, y: str) -> bool:
    """B is A with the two words ``x`` and ``y`` (lower-cased) in each other's place and every
    other word as it was: "won the first match but lost the second" / "lost the first match but
    won the second". Anything else moved with them (a clause turned round, a voice changed:
    "the old bridge was replaced by a new one" / "a new bridge replaced the old one") may keep
    the meaning."""
    words_a = [w.lower() for w in _TOKEN.findall(a)]
    words_b = [w.lower() for w in _TOKEN.findall(b)]
    if len(words_a) != len(words_b):
        return False
    differ = [i for i, (u, v) in enumerate(zip(words_a, words_b, strict=True)) if u != v]
    if len(differ) != 2:
        return False
    first, second = differ
    return {words_a[first], words_a[second]} == {x, y} and (
        words_a[first] == words_b[second] and words_a[second] == words_b[first]
    )


def _affirmed(before: str, edited: str, word: str) -> bool:
    """``word`` is "few" or "little" after "a", in ``edited`` or just after ``before``."""
    if word.lower() not in _AFFIRMED:
        return False
    head = edited.split(word, 1)[0] if word in edited else ""
    return bool(_ARTICLE.search(before + head))


def _near_place(
    x: _Token, y: _Token, heads: tuple[Counter[str], Counter[str]], swapped: bool = False
) -> bool:
    """The same place, read strictly for a near-antonym: the word it bears on the same and
    said once on each side (the noun after an adjective, "giant rocket" / "small rocket"; the
    verb before an adverb, "worked fast" / "worked slowly": "a lighter black hole falling into a
    heavy black hole" has two places), and more of the words around, unless the word diff
    swaps the one word for the other (``swapped``)."""
    heads_a, heads_b = heads
    if x.closeness(y) < _NEAR_PLACE and not swapped:
        return False  # the word diff swapping the one for the other places them well enough
    if x.linked and y.linked and not x.part and not y.part:
        # A predicate adjective bears on the subject before its linking verb ("the driver was
        # sober" / "the driver was drunk"; "he seemed calm"), not on the word after it ("the
        # driver was sober, police said" / "the passenger was drunk, police said"); where the
        # subject is a pronoun, on the linking verb ("he was sober" / "he was drunk").
        head = x.first_left
        if not head:
            return x.linked == y.linked and not y.first_left
        return head == y.first_left and heads_a[head] == heads_b[head] == 1
    adverb = x.text.lower().endswith("ly") or y.text.lower().endswith("ly")
    borne = [x.first_right] + ([x.first_left] if adverb else [])
    return any(
        head and head in (y.first_right, y.first_left) and heads_a[head] == heads_b[head] == 1
        for head in borne
    )


@lru_cache(maxsize=8192)
def _near_opposable(word: str) -> bool:
    """Whether the word, or a word of its stem in another part of speech (an adverb's adjective
    as its suffix spells it too, which the near-antonyms read), has an opposite or a
    near-antonym: a cheap test before the words of two texts are paired up."""
    lex = lexicon()
    forms = dict.fromkeys((*related_forms(word), *adjective_forms(word, by_suffix=True)))
    return any(lex.opposable(form) or lex.near_opposable(form) for form in forms)


@lru_cache(maxsize=8192)
def _near_relation(x: str, y: str) -> str | None:
    """A near-antonym of two lower-cased words ("giant" / "small", "fast" / "slowly"), or an
    antonym of an adverb's adjective; read only in the same place (:func:`_near_place`)."""
    # "a little" / "some": amounts are the scales check's.
    if {x, y} & (QUANTIFIERS | _AMOUNTS) or is_amount_word(x) or is_amount_word(y):
        return None
    if not _may_oppose(x, y):
        return None
    lex = lexicon()
    forms = [
        (left, right)
        for left in adjective_forms(x, by_suffix=True)
        for right in adjective_forms(y, by_suffix=True)
    ]
    if any(lex.opposition(left, right) in ("antonym", "indirect") for left, right in forms):
        return "indirect"
    # Through a synonym or the two clusters of an antonym pair: "protracted" / "short-term".
    if any(lex.loosely_opposed(left, right) for left, right in forms):
        return "indirect"
    poles = {_pole(x), _pole(y)}
    return "indirect" if poles == {"more", "less"} else None


def _pole(word: str) -> str:
    """The end of a dimension a lower-cased adjective says, in any of its degrees ("tallest":
    "more", "smaller": "less"), or ""."""
    for form in (word, *lexicon().lemmas(word, "a")):
        if form in _SIZES:
            return _SIZES[form]
    return ""


@lru_cache(maxsize=8192)
def _relation(x: str, y: str) -> str | None:
    """The opposition of two lower-cased words that reverses a statement wherever they stand;
    not that of the determiners (the scales check's: "some" / "all")."""
    if {x, y} <= QUANTIFIERS or not _may_oppose(x, y):
        return None
    relation = lexicon().opposition(x, y) or _derived_opposition(x, y) or _prefixed_opposite(x, y)
    return relation if relation in _PLACED_RELATIONS else None


# "un-" or "non-" before a word the lexicon knows: its denial.
_DENYING_PREFIX = re.compile(r"(?:un|non-?)(?P<rest>[a-z][a-z-]{3,})")
# A prefix that puts a quality short of itself or against it ("suborbital" / "orbital",
# "semi-official" / "official", "antiviral" / "viral"): read on two adjectives only.
_SHORT_OF_PREFIX = re.compile(r"(?:sub|semi-?|quasi-?|pseudo-?|anti-?)(?P<rest>[a-z][a-z-]{3,})")


def _prefixed_opposite(x: str, y: str) -> str | None:
    """ "antonym" where one lower-cased word is the other with "un-" or "non-" before it (or,
    two adjectives, "sub-", "semi-", "anti-": "suborbital" / "orbital") and
    WordNet pairs them neither way ("crewed" / "uncrewed", "binding" / "non-binding"): the
    prefix denies the word, as in the pairs WordNet has ("armed" / "unarmed"). Not where
    WordNet gives the two a sense in common ("ravel" / "unravel", "loose" / "unloose"), nor
    for a rest the lexicon does not know; a prefixed word it does not know either is read
    only on a participle ("uncrewed"; "unless" is no "less" denied)."""
    lex = lexicon()
    for one, other in ((x, y), (y, x)):
        found = _DENYING_PREFIX.fullmatch(one)
        short = _SHORT_OF_PREFIX.fullmatch(one)
        if short is not None and short.group("rest") == other:
            if (
                lex.is_adjective(one)
                and lex.is_adjective(other)
                and not lex.share_a_sense(one, other)
            ):
                return "antonym"
            continue
        if found is None or found.group("rest") != other:
            continue
        if other in FUNCTION_WORDS or not lex.lemmas(other):
            continue
        # A prefixed word the lexicon lacks is read only on a participle ("uncrewed").
        if not lex.lemmas(one) and not other.endswith(("ed", "ing")):
            continue
        if not lex.share_a_sense(one, other):
            return "antonym"
    return None


def _derived_opposition(x: str, y: str) -> str | None:
    """The opposition of two words, one of them said through another part of speech of its
    stem: "closure" / "open" (close / open), "newly" / "old" (new / old), "majority" /
    "minor" (major / minor). Not through both ("employs" / "employees" is no "employer" /
    "employee"), and None for two words of one stem ("closure" / "closed": the same act,
    reworded)."""
    lex = lexicon()
    forms_x, forms_y = related_forms(x), related_forms(y)
    stems_x = {*forms_x, *(w.lower() for w in lex.lemmas(x))}
    stems_y = {*forms_y, *(w.lower() for w in lex.lemmas(y))}
    if stems_x & stems_y:
        return None
    pairs = [(x, right) for right in forms_y[1:]] + [(left, y) for left in forms_x[1:]]
    for left, right in pairs:
        relation = lex.opposition(left, right)
        if relation in _PLACED_RELATIONS:
            return relation
    return None


def _may_oppose(x: str, y: str) -> bool:
    """Two lower-cased words whose opposition the placed reading may take: two words, no
    particle (its sense is the verb's), and not two people ("wife" / "husband": another
    person, the referents check's)."""
    if x == y or {x, y} & _PARTICLES or not (x + y).replace("-", "").isalpha():
        return False
    lex = lexicon()
    return not (lex.gender(x) and lex.gender(y))


def _tokens(text: str) -> list[_Token]:
    """The words of a text in their places; a hyphenated word also by each of its parts, in
    the same place with its other parts around it ("short-term" / "long-term", "a hot-air
    balloon" / "a cold air balloon"): the lexicon knows few such compounds, and their parts
    say the opposite as plainly. The places of the other words are told by whole words."""
    found = list(_TOKEN.finditer(text))
    keys = _place_keys(m.group() for m in found)
    tokens = []
    for index, match in enumerate(found):
        left = [k for k in keys[:index] if k]
        right = [k for k in keys[index + 1 :] if k]
        neighbours = (
            [m.group() for m in found[max(index - 2, 0) : index]],
            [m.group().lower() for m in found[index + 1 : index + 3]],
        )
        written = [m.group() for m in found[index + 1 : index + 3]]
        period = _period_side(match.group().lower(), text[match.end() :]) or _point_side(
            match.group().lower(), neighbours[0], text[match.end() :]
        )
        tokens.append(
            _token(match.group(), match.start(), (left, right), neighbours, index, written, period)
        )
        parts = list(_PART.finditer(match.group()))
        if len(parts) < 2 or not all(_word_of_its_own(p.group()) for p in parts):
            continue  # "non-violently", "co-operate": a prefix, not a word
        part_keys = _place_keys(p.group() for p in parts)
        for at, part in enumerate(parts):
            before = left + [k for k in part_keys[:at] if k]
            after = [k for k in part_keys[at + 1 :] if k] + right
            start = match.start() + part.start()
            tokens.append(
                _token(part.group(), start, (before, after), neighbours, index, [], part=True)
            )
    return tokens


def _place_keys(words: Iterable[str]) -> list[str]:
    """Each word's :func:`_key`, or "" for a function word, which tells no place."""
    return ["" if w.lower() in FUNCTION_WORDS else _key(w) for w in words]


def _word_of_its_own(part: str) -> bool:
    """A part of a hyphenated word that is a word by itself: one the lexicon knows ("term",
    "income"), or an amount ("4-month-old"); not a bare prefix ("co-", "pre-", "un-"). The
    lexicon knows "non" and "anti" as nouns: "non-violently" / "nonviolently" is one word
    spelt two ways (:meth:`_Token.same_word`)."""
    return is_amount_word(part) or bool(lexicon().lemmas(part))


def _token(
    word: str,
    start: int,
    around: tuple[list[str], list[str]],
    neighbours: tuple[list[str], list[str]],
    group: int,
    written: list[str],
    period: str = "",
    *,
    part: bool = False,
) -> _Token:
    """A word with the content words before it and after it (``around``); ``written``: the
    two words after it as written (a place is read by its case)."""
    left, right = around
    near_left, near_right = left[-_PLACE:], right[:_PLACE]
    return _Token(
        word,
        start,
        frozenset(near_left),
        frozenset(near_right),
        near_left[-1] if near_left else "",
        near_right[0] if near_right else "",
        frozenset(left),
        frozenset(right),
        _compares(word.lower(), neighbours) or _placed_side(word.lower(), written) or period,
        group,
        part,
        _linked(neighbours[0]),
    )


# Verbs that link a subject to an adjective said of it ("was sober", "seemed calm", "became
# rich"), in their forms, and the adverbs that may stand between ("was still sober").
LINKING_VERBS = frozenset(
    """be is are am was were been being seem seems seemed become becomes became becoming
    remain remains remained remaining stay stays stayed appear appears appeared look looks
    looked feel feels felt sound sounds sounded grow grows grew grown prove proves proved
    proven get gets got gotten turn turns turned""".split()
)
_BETWEEN = frozenset(
    "still also now very so too quite rather fairly completely totally entirely always".split()
)


def _linked(preceding: list[str]) -> str:
    """The linking verb just before a word (``preceding``: the two words before it, as
    written), lower-cased, or ""."""
    before = [w.lower() for w in preceding]
    if before and before[-1] in LINKING_VERBS:
        return before[-1]
    if len(before) == 2 and before[-1] in _BETWEEN and before[0] in LINKING_VERBS:
        return before[0]
    return ""


def _key(word: str) -> str:
    """A word as a place is told by: its stem, without a possessive ending ("Korea's pledge" /
    "the Korean pledge")."""
    return stem(re.sub(r"[’']s?$", "", word))


# Prepositions that bound a stretch of time on one side of a point in time: up to it ("until
# June", "by Friday": no later than) or from it on ("from June", "since 2008", "after Friday").
# Before anything but a point in time they are something else ("from Ebola", "by the police").
_TIME_SIDES = {
    **dict.fromkeys("until till by before".split(), "earlier"),
    **dict.fromkeys("from since after following".split(), "later"),
}
# Comparatives of time before "than" and a point in time bound the stretch on its side, as
# "after" and "before" do: "filed later than Friday" / "filed by Friday" (no later than it).
_TIME_THAN = {"later": "later", "earlier": "earlier", "sooner": "earlier"}
_ENDS = ({"more", "less"}, {"earlier", "later"}, {"inside", "nearby"}, {"opening", "closing"})
# Prepositions that put an event inside a place or only near it ("in Kabul" / "near Kabul",
# "inside the city" / "outside the city"): another place, before a place only ("in time",
# "near collapse" are something else).
_PLACE_SIDES = {
    **dict.fromkeys("in inside within".split(), "inside"),
    **dict.fromkeys("near outside beyond".split(), "nearby"),
}


def _placed_side(word: str, written: list[str]) -> str:
    """The side of a place the word puts something on ("inside", "nearby") or "": read with
    the two words after it as written, a place's name ("Kabul") or a noun of place ("the
    city", "the border")."""
    if word not in _PLACE_SIDES or not written:
        return ""
    place = written[1] if written[0].lower() == "the" and len(written) > 1 else written[0]
    lex = lexicon()
    if place[:1].isupper() and written[0][:1].isupper():
        named = lex.is_place(place)
    else:
        named = place.islower() and "noun.location" in lex.domains(place)[:3]
    return _PLACE_SIDES[word] if named else ""


# The end of a stretch of time a word puts an event at: its opening ("early June", "the
# beginning of the year", "at the start of 2019") or its closing ("late June", "the end of the
# year"). "Late July" / "the start of July" says the other end of the month as plainly as
# "before" / "after" says the other side of a point; "late" before anything but a stretch of
# time is something else ("the late president", "a late payment").
_PERIOD_SIDES = {
    **dict.fromkeys("early beginning start".split(), "opening"),
    **dict.fromkeys("late end close".split(), "closing"),
}
_STRETCH = (
    r"(?:"
    + "|".join(MONTHS)
    + r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:1[5-9]|20)\d\d(?:s|'s)?|"
    r"\d{1,2}(?:st|nd|rd|th)\s+century|spring|summer|autumn|winter|"
    r"morning|afternoon|evening|hours|year|month|week|decade|century|season|quarter)\b"
)
# "early June", "late 2019", "the early 19th century", "in the early hours"
_MODIFIED_STRETCH = re.compile(rf"\s+{_STRETCH}", re.IGNORECASE)
# "the beginning of June", "the end of the year", "the start of this season"
_STRETCH_OF = re.compile(
    rf"\s+of\s+(?:(?:the|this|that|next|last|each|every)\s+)?{_STRETCH}", re.IGNORECASE
)


def _period_side(word: str, after: str) -> str:
    """The end of a stretch of time the word (lower-cased) puts an event at, read with the
    text ``after`` it: "opening", "closing" or ""."""
    side = _PERIOD_SIDES.get(word, "")
    if not side:
        return ""
    adjective = word in ("early", "late")
    return side if (_MODIFIED_STRETCH if adjective else _STRETCH_OF).match(after) else ""


# Words that open a point in time: a day, a month, a year, a time of day, "now", "the end".
_TIME_POINT = re.compile(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    + "|".join(MONTHS)
    + r"|(?:1[5-9]|20)\d\d|\d{1,2}(?::\d\d)?(?:am|pm|a\.m\.|p\.m\.)?|noon|midnight|dawn|dusk|"
    r"today|tomorrow|tonight|now|then|mid-\w+)$"
)
_TIME_OPENERS = frozenset("early late mid next last the".split())
_TIME_NOUNS = frozenset("end beginning start middle close".split())


def _point_in_time(following: list[str]) -> bool:
    """Whether the words after a preposition (lower-cased, two at most) open a point in time:
    "June", "Friday", "2011", "noon", "now", "early June", "the end (of)"."""
    if not following:
        return False
    first = following[0]
    if _TIME_POINT.match(first):
        return first not in ("may",) or len(following) < 2 or following[1][:1].isdigit()
    second = following[1] if len(following) > 1 else ""
    return first in _TIME_OPENERS and (
        bool(second) and (_TIME_POINT.match(second) is not None or second in _TIME_NOUNS)
    )


# Prepositions that put an event at a point in time, or in a stretch named by it ("on
# Tuesday", "in 2030", "during the second quarter", "at the end of October", "as of Friday",
# "as at 31 March"), against those that bound a stretch on one side of that point: "closed
# on Tuesday" / "closed until Tuesday", "rose 12 percent in 2023" / "since 2023", "As of
# Friday" / "Since Friday". "by" and "from" are left out: before a point they may say the same
# ("By Friday, 4,300 cases had been reported" / "As of Friday", "a ban from 2030" / "in 2030":
# it starts then).
_POINT = "point"
_AT_POINT = frozenset("on in at during".split())
_ONE_SIDE = frozenset("until till before since after following".split())


def _point_side(word: str, preceding: list[str], after: str) -> str:
    """``_POINT`` where ``word`` (lower-cased; ``preceding``: the two words before it as
    written) puts an event at a date or a time of day that ``after`` (the text after it)
    opens, or ""."""
    as_of = word in ("of", "at") and [w.lower() for w in preceding[-1:]] == ["as"]
    if word not in _AT_POINT and not as_of:
        return ""
    return _POINT if _calendar_point(after) else ""


def _calendar_point(after: str) -> bool:
    """Whether ``after`` opens a date or a time of day: "Tuesday", "2030", "14 March", "10
    a.m.", "the end of October"; not a span ("10 days", "5 percent"), "in the end" (at last),
    nor "now" or "then" ("until now" / "as of now" may both say so far)."""
    following = [w.lower() for w in re.findall(r"[\w.:'’-]+", after)[:3]]
    if not _point_in_time(following[:2]) or following[0] in ("now", "then"):
        return False
    if following[0] == "the":
        return following[2:] == ["of"]
    if re.fullmatch(r"\d{1,2}", following[0]):
        second = following[1] if len(following) > 1 else ""
        return second in MONTHS or second in ("am", "pm", "a.m.", "p.m.", "o'clock")
    return True


def _point_against_side(x: _Token, y: _Token) -> bool:
    """A point in time on one side, the stretch before or after it on the other, after the
    same word (or opening its clause on one side: "Until the end of October the team
    remained" / "remained ... as of the end of October"); a verb that bounds the stretch
    itself says the same ("runs until midnight" / "expires at midnight")."""
    sides = {x.compares: x.text.lower(), y.compares: y.text.lower()}
    if _POINT not in sides or len(sides) != 2:
        return False
    if x.first_left and y.first_left and x.first_left != y.first_left:
        return False
    other = next(word for side, word in sides.items() if side != _POINT)
    return other in _ONE_SIDE or (other == "to" and sides.get("earlier") == "to")


def _compares(word: str, neighbours: tuple[list[str], list[str]]) -> str:
    """The end of a comparison of amounts the word stands for ("more", "less"), the side of a
    point in time it bounds ("earlier", "later") or ""; read with the two words before it and
    the two after it (``neighbours``)."""
    preceding, following = neighbours
    if word in _TIME_SIDES:
        return _TIME_SIDES[word] if _point_in_time(following) else ""
    if word in _TIME_THAN and following[:1] == ["than"]:
        # "later than Friday" is after it, "earlier than noon" before it
        return _TIME_THAN[word] if _point_in_time(following[1:]) else ""
    if word == "to" and [w.lower() for w in preceding[-1:]] == ["up"]:
        # "up to Wednesday evening" is "until" it; not "up to 20 years", an amount
        return "earlier" if _calendar_point(" ".join(following)) else ""
    if word in _MORE:
        return "more"
    if word in _LESS:
        return "less"
    if word in _BEFORE_AMOUNT and any(is_amount_word(w) for w in following):
        return _BEFORE_AMOUNT[word]
    # "28% below its price" / "28% higher than its price": an amount above or below another.
    if word in _AFTER_AMOUNT and any(is_amount_word(w) for w in preceding):
        return _AFTER_AMOUNT[word]
    if word in _THAN and following[:1] == ["than"]:
        return _THAN[word]
    return ""


def _swapped(x: _Token, y: _Token) -> bool:
    """The participants changed ends: what stands before each word stands after the other one
    and not before it ("France lost to Germany" / "Germany beat France"), or the
    word right before each (its subject, most often) does, however far after ("the fund lent
    the province" / "the province borrowed from the fund")."""
    near = ends_changed((x.left, x.right), (y.left, y.right))
    # The subject further back, before the verb both share: "the bus left two hours before
    # the train" / "the train left two hours after the bus".
    far = ends_changed((x.before, x.right), (y.before, y.right))
    return near or far or (_after_only(x.first_left, y) and _after_only(y.first_left, x))


def ends_changed(
    x: tuple[AbstractSet[str], AbstractSet[str]], y: tuple[AbstractSet[str], AbstractSet[str]]
) -> bool:
    """Two words' participants changed ends: what stands just before each (``x``, ``y``: the
    words before and after it) stands after the other one and not before it ("France lost to
    Germany" / "Germany beat France", "the army took the city from the rebels" / "the rebels
    lost the city to the army")."""
    (left_x, right_x), (left_y, right_y) = x, y
    return bool((left_x & right_y) - left_y) and bool((left_y & right_x) - left_x)


def _after_only(word: str, token: _Token) -> bool:
    return bool(word) and word in token.after and word not in token.before


def _kept(x: _Token, y: _Token, others: list[_Token], text: str) -> bool:
    """``x`` (a word of ``text``) stands on the other side too, in a place at least as like its
    own as the opposite's: it was kept (or moved), and the opposite says something else. An
    adjective before its noun is kept only in its own form: "opens" (a verb) is no "open"
    kept ("opens with a plea for open debate" / "... for closed debate"), where a verb in
    another of its forms is ("seem to slow down" / "seem to be slowing down")."""
    place = x.closeness(y)
    attributive = _attributive(x, text)
    return any(
        x.same_word(t)
        and not (attributive and _ending(x.text) != _ending(t.text))
        and x.closeness(t) >= place
        for t in others
    )


def _attributive(token: _Token, text: str) -> bool:
    """Whether ``token`` is an adjective right before a noun of ``text`` ("open debate")."""
    following = re.match(r"\s+([^\W\d_]+)", text[token.start + len(token.text) :])
    if following is None or token.part:
        return False
    nxt = following.group(1).lower()
    lex = lexicon()
    return nxt not in FUNCTION_WORDS and lex.is_adjective(token.text.lower()) and lex.is_noun(nxt)


def _ending(word: str) -> str:
    """The inflection a word's form shows: "s" ("opens", "rises"), "ed", "ing", or ""."""
    lowered = word.lower()
    return next((e for e in ("ing", "ed", "s") if lowered.endswith(e) and len(lowered) > 3), "")


def _negative_word(text: str, token: _Token) -> bool:
    """The word is a negation itself, alone or with the word after it ("rejected",
    "unlikely", "declined to")."""
    return bool(cues.negations(" ".join(text[token.start :].split()[:2])))


def _negated(text: str, token: _Token) -> int:
    """1 if a negation stands in the few words before ``token``, else 0."""
    before = text[: token.start]
    # An article is no step away: "not simply responses to external cues" / "not simply a
    # response to internal cues" are both negated.
    kept = [w for w in before.split() if w.lower() not in _ARTICLES][-_NEAR:]
    near = " ".join(kept)
    if _BARE_NOT.search(before):
        return 1
    found = cues.negations(near)
    if found and all(w.lower() == "no" for w in found) and _no_before_a_noun(kept):
        return 0  # "no comment until at most the indictment": "no" denies the comment
    return int(bool(found))


def _no_before_a_noun(near: list[str]) -> bool:
    """The last "no" of the words before a word (``near``) is the determiner of a noun that
    stands between it and the word ("no comment until"), not a denial of the word: each
    "no" there is followed by a word that is a noun and no adjective nor adverb."""
    lex = lexicon()
    lowered = [w.lower().strip(",.;:") for w in near]
    places = [i for i, w in enumerate(lowered) if w == "no"]
    return bool(places) and all(
        i + 1 < len(lowered)
        and lex.is_noun(lowered[i + 1])
        and not (lex.is_adjective(lowered[i + 1]) or lex.is_adverb(lowered[i + 1]))
        for i in places
    )


def negation_balance(a: str, b: str, opposed: list[Opposed]) -> int:
    """Negations in ``a`` minus negations in ``b``, not counting the opposed words themselves
    ("unlikely", "failed" are negative words and opposites at once)."""
    own = {w.lower() for o in opposed for w in (o.a, o.b)}
    left = [w for w in cues.negations(a) if w.lower() not in own]
    right = [w for w in cues.negations(b) if w.lower() not in own]
    return len(left) - len(right)


def local_balance(item: Opposed) -> int:
    """Negations next to the opposed words (in their edit, or just before it) on A minus those
    on B: "did not rise" / "fell" gives 1, "rose" / "fell" 0."""
    own = {item.a.lower(), item.b.lower()}
    edit = item.edit
    near_a = " ".join(words(edit.before_a)[-_NEAR:]) + " " + edit.a
    near_b = " ".join(words(edit.before_b)[-_NEAR:]) + " " + edit.b
    left = [w for w in cues.negations(near_a) if w.lower() not in own]
    right = [w for w in cues.negations(near_b) if w.lower() not in own]
    return len(left) - len(right)


def negation_explained(a: str, b: str) -> bool:
    """The polarity check's question: is every difference in negation between ``a`` and ``b``
    a negation that an opposite turns back ("did not rise" / "fell", "not guilty" /
    "innocent")? Then it is a rewording, not a flipped polarity. An opposite that is a
    negative word itself ("likely" / "unlikely") stays the polarity check's finding."""
    a, b = cues.strip_quotes(a), cues.strip_quotes(b)
    opposed = opposed_words(a, b)
    compensated = [local_balance(o) for o in opposed if local_balance(o) % 2]
    if not compensated:
        return False
    return negation_balance(a, b, opposed) - sum(compensated) == 0


def find_opposites(a: str, b: str) -> list[Hit]:
    """Hits for each word replaced by its opposite, unless a negation on the other side or a
    swap of participants makes it a rewording."""
    # A word reversed inside a quote reverses what the speaker said: the quotes check says
    # only that the quote is not verbatim.
    placed = placed_opposites(a, b)
    a, b = cues.strip_quotes(a), cues.strip_quotes(b)
    opposed = opposed_words(a, b)
    if first_since_as_last(a, b):
        # "for the first time since 1963" / "last happened in 1963": one fact
        placed = [p for p in placed if {p.a.lower(), p.b.lower()} != {"first", "last"}]
        opposed = [o for o in opposed if {o.a.lower(), o.b.lower()} != {"first", "last"}]
    hits = [_placed_hit(item) for item in placed]
    said = {(p.a.lower(), p.b.lower()) for p in placed}
    for item in opposed:
        if (item.a.lower(), item.b.lower()) in said:
            continue  # the same two words, found in their place
        balance = local_balance(item)
        if not balance % 2 and _negative(item):
            continue  # "likely" / "unlikely", "passed" / "failed": the polarity check's finding
        evidence: dict[str, float | str] = {
            "relation": item.relation,
            "negation_balance": float(balance),
        }
        if balance % 2:
            # "did not rise" / "fell": one more negation on one side turns the opposite back.
            # The verdict quotes the whole reworded stretch ("did not win a single" / "lost
            # every"), so that it explains a wording finding on the same words away.
            hits.append(
                Hit(
                    "opposite.negated",
                    "opposite",
                    _stretch(item.edit.before_a, item.edit.a),
                    _stretch(item.edit.before_b, item.edit.b),
                    f"{item.a!r} → {item.b!r}: an opposite with a negation on the other side, "
                    "the same statement reworded",
                    0.05,
                    evidence,
                )
            )
            continue
        if _inferior_comparison(item):
            continue  # "a lighter black hole" / "a less massive black hole": one comparison
        if (_nearness(item.a, a) and _NEARLY.search(b)) or (
            _nearness(item.b, b) and _NEARLY.search(a)
        ):
            continue  # "came close to bankruptcy" / "nearly went bankrupt": no motion
        if item.relation == "converse" and _subject_changed(item.edit):
            continue  # "the bank lent the city" / "the city borrowed from the bank"
        if item.relation == "converse" and _one_passive(item):
            continue  # "he received a fine" / "he was given a fine": one event, its other end
        if _participants_swapped(item):
            continue  # "France lost to Germany" / "Germany beat France": one event, two ends
        hits.append(
            Hit(
                f"opposite.{item.relation}",
                "opposite",
                item.a,
                item.b,
                f"{item.a!r} → {item.b!r}: {_WHY[item.relation]}, the statement is reversed",
                _PRIOR[item.relation],
                evidence,
            )
        )
    hits += kept_against_moved(a, b)
    hits += left_against_removed(a, b)
    hits += expected_against_surprise(a, b)
    if not any(h.category == "opposite" and {h.a.lower(), h.b.lower()} <= _DISTANCE for h in hits):
        hits += nearer_against_farther(a, b)  # "to" / "from", "near" / "far": read already
    if not any(_tells_a_side(f"{h.a} {h.b}") for h in hits if h.category == "opposite"):
        hits += later_against_earlier(a, b)
    return hits


# A time on the other side of the story's time, said in another shape than the placed reading
# pairs ("the next day" / "a day earlier"; :func:`vardiff._cues.time_sides`). Its own rule,
# unfitted: no dev pair says a side of time in two shapes.
_PRIOR_TIME_SIDE = 0.9


def _tells_a_side(text: str) -> bool:
    return any(w in cues.TIME_SIDE_WORDS for w in re.findall(r"\w+", text.lower()))


def later_against_earlier(a: str, b: str) -> list[Hit]:
    """``opposite.time_side``: one side places a time after the story's ("the next day", "a
    day later") and the other before it ("a day earlier", "the week before"), neither side
    saying both, with as many negations on each side."""
    sides_a, sides_b = cues.time_sides(a), cues.time_sides(b)
    if len(sides_a) != 1 or len(sides_b) != 1 or sides_a.keys() == sides_b.keys():
        return []
    if len(cues.negations(a)) != len(cues.negations(b)):
        return []
    (x,), (y,) = sides_a.values(), sides_b.values()
    return [
        Hit(
            "opposite.time_side",
            "opposite",
            x,
            y,
            f"{x!r} → {y!r}: {_WHY['time']}, the statement is reversed",
            _PRIOR_TIME_SIDE,
            {"relation": "time"},
        )
    ]


# What was foreseen ("as expected", "widely expected", "a predictable win") and what was not
# ("a surprise win", "unexpectedly", "came as a shock"). "expected to" tells a plan or a
# forecast, not whether it surprised.
_FORESEEN = re.compile(
    r"\b(?:as\s+(?:expected|predicted|forecast|anticipated|planned)|"
    r"(?:widely|largely|fully|long)\s+(?:expected|anticipated|predicted)|"
    r"predictabl[ey]|foreseeable|expected(?!\s+to\b))\b",
    re.IGNORECASE,
)
_SURPRISING = re.compile(
    r"\b(?:surprise|surprising|surprisingly|unexpected|unexpectedly|unforeseen|shock|"
    r"astonishing|out\s+of\s+the\s+blue)\b",
    re.IGNORECASE,
)


def expected_against_surprise(a: str, b: str) -> list[Hit]:
    """``opposite.expectation``: one side says it was foreseen ("as expected", "a predictable
    victory", "was widely expected") and the other that it surprised ("unexpectedly", "a
    surprise victory", "came as a shock"), neither side saying both; a negation on one side
    only ("not unexpected") is the polarity check's."""
    if len(cues.negations(a)) != len(cues.negations(b)):
        return []
    for own, other, side in ((a, b, "A"), (b, a, "B")):
        foreseen, surprising = _FORESEEN.search(own), _SURPRISING.search(other)
        if not foreseen or not surprising or _SURPRISING.search(own) or _FORESEEN.search(other):
            continue
        said = (foreseen.group(0), surprising.group(0))
        x, y = said if side == "A" else said[::-1]
        return [
            Hit(
                "opposite.expectation",
                "opposite",
                x,
                y,
                f"{x!r} → {y!r}: foreseen on one side, a surprise on the other",
                0.75,
                {"relation": "expectation"},
            )
        ]
    return []


# Nearer to a place, a state or a goal ("closer to a deal", "nearer the coast", "close to the
# border") and further from it ("further from a deal", "farther away from the coast", "far
# from the border"): comparatives of distance, whose "to" and "from" the word diff seldom pairs
# once the two sides word the goal otherwise ("closer to an understanding of X" / "further from
# understanding X") or change the verb that moves ("bring us closer to" / "take us further
# from"). "nearly", "in the near future" and "far more" say no distance.
_NEARER = re.compile(
    r"\b(?:(?:closer|nearer)(?:\s+to\b)?|close\s+to|near(?:\s+to)?(?=\s+(?:the|a|an|this|that|"
    r"these|those|his|her|its|their|our|my|your)\b))",
    re.IGNORECASE,
)
_FARTHER = re.compile(
    r"\b(?:(?:further|farther|far)\s+(?:away\s+)?from|away\s+from|distant\s+from)\b",
    re.IGNORECASE,
)
# The words of those phrases that another rule of this check may have read as opposites.
_DISTANCE = frozenset("to from near far close closer nearer further farther distant away".split())
# How many content words after the phrase may name the goal the two sides share.
_GOAL = 2


def _goals(pattern: re.Pattern[str], text: str) -> list[tuple[str, set[str]]]:
    """Each phrase of ``pattern`` in ``text`` as written, with the stems of the first content
    words after it (the goal it nears or leaves); a phrase with no content word after it
    ("far from it", "moved closer") names no goal and is left out."""
    found = []
    for match in pattern.finditer(text):
        goal = {stem(w.lower()) for w in content_words(text[match.end() :])[:_GOAL]}
        if goal:
            found.append((match.group(0), goal))
    return found


def nearer_against_farther(a: str, b: str) -> list[Hit]:
    """``opposite.distance``: one side brings something nearer to a goal ("closer to a deal",
    "close to the border") and the other further from the same goal ("further from a deal",
    "far from the border"), neither side saying both of that goal; a negation on one side
    only ("not far from the border" / "close to the border") is the polarity check's."""
    if len(cues.negations(a)) != len(cues.negations(b)):
        return []
    for own, other, side in ((a, b, "A"), (b, a, "B")):
        farther_own = [g for _, g in _goals(_FARTHER, own)]
        nearer_other = [g for _, g in _goals(_NEARER, other)]
        for near, goal in _goals(_NEARER, own):
            if any(goal & g for g in farther_own):
                continue
            far = next((f for f, g in _goals(_FARTHER, other) if goal & g), None)
            if far is None or any(goal & g for g in nearer_other):
                continue
            x, y = (near, far) if side == "A" else (far, near)
            return [
                Hit(
                    "opposite.distance",
                    "opposite",
                    x,
                    y,
                    f"{x!r} → {y!r}: nearer to it on one side, further from it on the other",
                    0.85,
                    {"relation": "distance"},
                )
            ]
    return []


# Leaving a post, a place or a game of one's own accord ("resigned", "stepped down", "retired",
# "moved out", "left voluntarily"), and being made to ("was fired", "were evicted", "was
# banned", "forced to leave").
_LEAVING = re.compile(
    r"\b(?:resign(?:s|ed|ing)?|quit(?:s|ting)?|retir(?:e|es|ed|ing)|"
    r"(?:step(?:s|ped|ping)?|stood|stand(?:s|ing)?)\s+down|mov(?:e|es|ed|ing)\s+out|"
    r"left|leav(?:e|es|ing)|walk(?:s|ed|ing)?\s+out|voluntarily)\b",
    re.IGNORECASE,
)
_REMOVED = re.compile(
    r"\b(?:fired|dismissed|sacked|ousted|removed|evicted|expelled|deported|banned|deposed|"
    r"kicked\s+out|thrown\s+out|pushed\s+out|forced\s+(?:out|to)|made\s+to|"
    r"ordered\s+to\s+leave)\b",
    re.IGNORECASE,
)


def left_against_removed(a: str, b: str) -> list[Hit]:
    """``opposite.made_to_leave``: one side says someone left of their own accord ("the
    director resigned", "the tenants moved out") and the other that they were made to ("was
    fired", "were evicted", "were forced to leave"), which nothing on the first side says.
    A negation on one side only is the polarity check's."""
    if len(cues.negations(a)) != len(cues.negations(b)):
        return []
    hits = []
    for own, side in ((a, "A"), (b, "B")):
        if _REMOVED.search(own):
            continue
        # the two in one edit: the words of leaving replaced by those of being removed
        found = next(
            (
                (left, removed)
                for edit in edits(a, b)
                if edit.kind == "replace"
                and (left := _LEAVING.search(edit.a if side == "A" else edit.b))
                and (removed := _REMOVED.search(edit.b if side == "A" else edit.a))
            ),
            None,
        )
        if found is None:
            continue
        left, removed = found
        said = (left.group(0), removed.group(0))
        x, y = said if side == "A" else said[::-1]
        hits.append(
            Hit(
                "opposite.made_to_leave",
                "opposite",
                x,
                y,
                f"{x!r} → {y!r}: leaving of one's own accord or being made to leave",
                0.75,
                {"relation": "made_to_leave"},
            )
        )
        break
    return hits


# A level kept: a verb of staying ("remained at", "stayed"), a state that says no change
# ("unchanged", "steady", "flat"), or a verb of holding with a level ("kept rates at 4
# percent", "held steady", "left them unchanged"). The states are read by the modifiers check
# too ("were unchanged" / "held steady"), with ``STAYING``, every word of a level kept.
KEPT_LEVEL = frozenset("unchanged steady stable flat constant unaltered".split())
_LEVEL_STATES = "|".join(sorted(KEPT_LEVEL))
_STAYING_VERBS = r"remain(?:s|ed|ing)?|stay(?:s|ed|ing)?"
_HOLDING_VERBS = r"kept|keep(?:s|ing)?|held|hold(?:s|ing)?|maintain(?:s|ed|ing)?"
_KEPT = re.compile(rf"\b(?:{_STAYING_VERBS}|{_LEVEL_STATES})\b", re.IGNORECASE)
_HOLDING = re.compile(rf"\b(?:{_HOLDING_VERBS}|left|leav(?:e|es|ing))\b", re.IGNORECASE)
STAYING = re.compile(rf"\b(?:{_STAYING_VERBS}|{_HOLDING_VERBS}|{_LEVEL_STATES})\b", re.IGNORECASE)
_AT_LEVEL = re.compile(
    rf"^(?:\W*[\w’'-]+){{0,3}}?\W*\b(?:at|{_LEVEL_STATES}|level|on\s+hold)\b", re.IGNORECASE
)


def kept_against_moved(a: str, b: str) -> list[Hit]:
    """A level one side says was kept ("kept rates at 4 percent", "remained at 6 percent",
    "were unchanged") and the other that it rose or fell ("raised rates to 4 percent", "fell
    to 6 percent", "rose"): the words replaced, with a verb of a direction on one side only.
    A negation on one side only ("did not rise" / "remained") is the polarity check's."""
    if len(cues.negations(a)) != len(cues.negations(b)):
        return []
    lex = lexicon()
    hits = []
    for edit in edits(a, b):
        if edit.kind != "replace":
            continue
        for kept, moved, after in ((edit.a, edit.b, edit.after_a), (edit.b, edit.a, edit.after_b)):
            holding = _HOLDING.search(kept) and _AT_LEVEL.search(kept + after[:40].split(".")[0])
            if not (_KEPT.search(kept) or holding):
                continue
            kept_words = {w.lower() for w in words(kept)}
            way = next(
                (
                    w
                    for w in words(moved)
                    if w.lower() not in kept_words and lex.direction(w) in ("up", "down")
                ),
                "",
            )
            if not way or _KEPT.search(moved) or _HOLDING.search(moved):
                continue
            x, y = (
                (kept.strip(), moved.strip()) if kept is edit.a else (moved.strip(), kept.strip())
            )
            hits.append(
                Hit(
                    "opposite.kept",
                    "opposite",
                    x,
                    y,
                    f"{x!r} → {y!r}: a level kept on one side, moved ({way!r}) on the other",
                    0.8,
                    {"relation": "kept"},
                )
            )
            break
    return hits


# "come close to", "came near to": nearly done, no motion towards or away.
_CLOSE_TO = re.compile(r"\s+(?:so\s+|very\s+|perilously\s+|dangerously\s+)?(?:close|near)\b", re.I)


# The other side's words of nearness: where it says none, "came close to bankruptcy" against
# "went bankrupt" is nearly done against done, which the opposite of the two verbs still tells.
_NEARLY = re.compile(r"\b(?:nearly|almost|close|near|narrowly|all\s+but|virtually)\b", re.I)
_COME_GO = frozenset("come comes came coming go goes went going".split())


def _nearly(text: str, token: _Token) -> bool:
    """Whether ``token`` is "come" or "go" in "came close to" or "went near": a degree of
    nearness, no direction of motion."""
    if token.text.lower() not in _COME_GO:
        return False
    return _CLOSE_TO.match(text, token.start + len(token.text)) is not None


def _nearness(word: str, text: str) -> bool:
    """Whether ``word``, "come" or "go", stands in ``text`` before "close" or "near"."""
    if word.lower() not in _COME_GO:
        return False
    return any(
        _CLOSE_TO.match(text, m.end())
        for m in re.finditer(rf"\b{re.escape(word)}\b", text, re.IGNORECASE)
    )


def _placed_hit(item: Placed) -> Hit:
    around = ", ".join(repr(w) for w in item.shared)
    return Hit(
        "opposite.placed",
        "opposite",
        item.a,
        item.b,
        f"{item.a!r} → {item.b!r}: {_WHY[item.relation]} in the same place (next to {around}), "
        "the statement is reversed",
        _PRIOR_PLACED,
        {
            "relation": item.relation,
            "shared": float(len(item.shared)),
            "paired": float(item.paired),
        },
    )


def _inferior_comparison(item: Opposed) -> bool:
    """The two opposed words of the word diff are one comparison (:func:`_one_comparison`)."""
    edit = item.edit
    return _one_comparison(
        (_word_before(edit.before_a, edit.a, item.a), item.a),
        (_word_before(edit.before_b, edit.b, item.b), item.b),
    )


def _one_comparison(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Two opposites (each with the word before it) that make one comparison: one side
    compares downwards ("less massive", "least expensive") where the other compares upwards
    with the opposite ("lighter", "more light", "cheapest"). Only between two comparisons:
    "heavy" / "less light" is weaker, "lighter" / "more massive" reversed."""
    down_a, down_b = a[0] in _DOWNWARDS, b[0] in _DOWNWARDS
    if down_a == down_b:
        return False
    return _upwards(*b) if down_a else _upwards(*a)


# "less" / "least" before an adjective turn its comparison down: "less massive" = "lighter".
_DOWNWARDS = frozenset({"less", "least"})


def _preceded(text: str, token: _Token) -> tuple[str, str]:
    """The word before ``token`` in ``text`` (lower case, "" at the start), and the token."""
    preceding = words(text[: token.start])
    return (preceding[-1].lower() if preceding else "", token.text)


def _word_before(before: str, edited: str, word: str) -> str:
    """The word just before ``word`` in the edit (or before the edit), in lower case."""
    head = edited.split(word, 1)[0] if word in edited else edited
    preceding = words(before + " " + head)
    return preceding[-1].lower() if preceding else ""


def _upwards(before: str, word: str) -> bool:
    """``word`` (after the word ``before``) compares upwards: a comparative or superlative
    form ("lighter", "cheapest"), or after "more" / "most"."""
    if before in ("more", "most"):
        return True
    lower = word.lower()
    return lower.endswith(("er", "est")) and any(
        lemma != lower for lemma in lexicon().lemmas(lower, "a")
    )


def _next_word(edited: str, word: str, after: str) -> str:
    """The word that follows ``word`` in the edit and what comes after it."""
    rest = words(edited.split(word, 1)[1] + " " + after) if word in edited else []
    return rest[0].lower() if rest else ""


def _stretch(before: str, edited: str) -> str:
    """The edited words, from a negation just before them if there is one ("not" + "win")."""
    tail = before.split()[-_NEAR:]
    for index, word in enumerate(tail):
        if cues.negations(word):
            return " ".join([*tail[index:], edited.strip()])
    return edited.strip()


def _negative(item: Opposed) -> bool:
    """One of the opposed words is itself a negative ("unlikely", "failed", "denied")."""
    return bool(cues.negations(item.a) or cues.negations(item.b))


def _subject_changed(edit: Edit) -> bool:
    """Different content words lead up to the edit on each side: another participant comes
    first, so a converse verb may describe the same event from the other end."""
    before_a = {w.lower() for w in content_words(edit.before_a)[-3:]}
    before_b = {w.lower() for w in content_words(edit.before_b)[-3:]}
    return before_a != before_b


_BE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|get|gets|got|gotten)\s+(?:\w+ly\s+)?$", re.IGNORECASE
)


def _one_passive(item: Opposed) -> bool:
    """One of two converse verbs is a passive ("was given", "were sold"), the other not: the
    passive of a converse says what the other says from its other end ("received" / "was
    given", "bought" / "was sold")."""
    edit = item.edit

    def passive(before: str, edited: str, word: str) -> bool:
        head = edited.partition(word)[0]
        return bool(_BE_BEFORE.search(before + head))

    return passive(edit.before_a, edit.a, item.a) != passive(edit.before_b, edit.b, item.b)


def _participants_swapped(item: Opposed) -> bool:
    """What leads up to the opposite on each side follows it on the other: the same two
    participants, each at the other end of the opposite ("France lost to Germany" /
    "Germany beat France"). The subject may stand further back, before the verb the two
    sides share ("the bus left two hours before the train" / "the train left two hours after
    the bus")."""
    edit = item.edit

    def around(before: str, edited: str, after: str, word: str) -> tuple[list[str], set[str]]:
        head, _, tail = edited.partition(word)
        left = content_words(before + head)
        right = content_words(tail + after)[:4]
        return [w.lower() for w in left], {w.lower() for w in right}

    whole_a, right_a = around(edit.before_a, edit.a, edit.after_a, item.a)
    whole_b, right_b = around(edit.before_b, edit.b, edit.after_b, item.b)
    left_a, left_b = set(whole_a[-3:]), set(whole_b[-3:])
    near = left_a != left_b and bool(left_a & right_b) and bool(left_b & right_a)
    return near or ends_changed((set(whole_a), right_a), (set(whole_b), right_b))


def check_opposites(ctx: PairContext) -> list[Finding]:
    if not current().lexicon:
        return []
    return as_findings(ctx, find_opposites(ctx.a, ctx.b))
