"""A pair's removals and additions: every edit's reading and every mark B shows and A does not,
each gap told once, the sure reading over the loose one."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise

from ... import _cues as cues
from ..._numbers import is_amount_word
from ..._words import CONNECTIVES, FUNCTION_WORDS, content_words, once_again
from .._edits import Hit, words
from .._lexicon import lexicon
from .._morphology import one_place
from ..modifiers import compound_said, freely_added
from ..mood import asked_as_heading
from ._gaps import (
    _PLACE_KINDS,
    _PLURAL_YOU,
    _core,
    _edit_removals,
    _SaidInB,
    _unsaid_between,
    ground_of_its_material,
    head_adds_nothing,
    implied_kind,
)
from ._grammar import (
    _CLOSERS,
    _CONJUNCTION_OPENINGS,
    _PURE_PREPOSITIONS,
    _STRAY_MARKS,
    _Cut,
    _said_otherwise,
    _tokens,
)
from ._marks import Mark, broken_marks
from ._phrases import _normalised, _possessive_verb
from ._subjects import (
    _MISSING,
    _closed_junction,
    _cut_out,
    _determiner_before_mark,
    _determiner_placed,
    _reordered,
    _stray_mark,
    _stray_stop,
    _subjects_dropped,
)
from ._verbless_b import _verb_count
from ._verbs import _dropped, _GoneVerb, _verbs_gone, _with_gone_verbs, _words_of


def find_removals(a: str, b: str) -> list[Hit]:
    """Core words left out of B, and (as ``addition.*``) core words B has that A lacks."""
    # An "And" B adds before a whole statement is English (a talk's, a story's next
    # sentence), as one that A opens with is below.
    found = [
        h for h in _removals(a, b) if not _conjunction_added(str(h.evidence.get("junction")), a, b)
    ]
    added: list[Hit] = []
    # A's gaps keep their rules: the addition rules were fitted on them (``addition.gap``
    # is not), and a gap in A is as telling whatever its kind.
    for hit in _removals(b, a, cut_rule=False):
        if hit.evidence.get("junction") in _CONJUNCTION_OPENINGS:
            # A sentence of A that opens with "And" is English (a talk, a story), not a gap
            # that B fills; only a statement that lost its subject before it is one.
            continue
        # Words only B has: a gap in A is as telling as one in B; a head only B has is often a
        # translator spelling out what A leaves implicit.
        # An adjective of kind only B has is as telling: on DEMETR's dev set it is found on
        # 43 of 500 translations with a word added and 1 of 500 correct ones.
        telling = hit.check in ("removal.broken", "removal.adjective")
        added.append(
            Hit(
                hit.check.replace("removal.", "addition."),
                hit.category,
                hit.b,  # where A shows a gap, if it does
                hit.a,
                hit.message.replace("left out of B", "only in B")
                .replace("the sentence lost", "A lacks")
                .replace("B reads", "A reads"),
                hit.prior if telling else min(hit.prior, 0.3),
                {**hit.evidence, "modifier_reading": float(_reads_as_modifier(_words_of(hit)))},
            )
        )
    return found + added + _put_between(a, b, added)


def _reads_as_modifier(dropped: set[str]) -> bool:
    """Whether a word of ``dropped`` (lower-cased) reads as an adjective or an adverb, and not
    as one a translator adds freely: a word put into a sentence to colour it ("the manual
    driving", "the crowded stands", "deputy chief") is read as a noun or a verb by the
    removal rules, beside the heads a translation spells out ("media reports", "located in")."""
    lex = lexicon()
    return any((lex.is_adjective(w) or lex.is_adverb(w)) and not freely_added(w) for w in dropped)


def _put_between(a: str, b: str, named: list[Hit]) -> list[Hit]:
    """``addition.inserted``: a content word of B between two words A has side by side, that A
    says in no form, synonym nor derivation ("the inspector" / "the sanitary inspector",
    "asylum seeker" / "asylum curious seeker"), where no other addition rule names it: the
    diff may have put it inside a replaced stretch or beside a changed article, and the
    removal rules do not read adjectives and adverbs. A translation rewords around what it
    adds; a word put in leaves its neighbours as they were."""
    told = {w.lower() for hit in named for w in words(hit.b)}
    said_a = [w.lower() for w in words(a)]

    def wanted(tokens: list[str], index: int) -> bool:
        word = tokens[index]
        following = tokens[index + 1].lower() if index + 1 < len(tokens) else ""
        return (
            word.isalpha()
            # "a cellphone" / "a mobile phone": a compound A names by a word of its own
            and not compound_said(word, following, said_a)
            # "again" / "once again": one adverb, "once" is no word of its own
            and not once_again(word, following)
            and word == word.lower()
            and word not in FUNCTION_WORDS
            and word not in CONNECTIVES  # "subsequently": a tie to the sentence before
            and word not in told
            and not is_amount_word(word)
            and not cues.negations(word)
            # "three points" / "three percentage points": one unit, named in full
            and not (
                word == "percentage"
                and following in ("point", "points")
                and index > 0
                and is_amount_word(tokens[index - 1].lower())
            )
            # "an oak" / "an oak tree": a head that names nothing its first noun did not
            and not (index > 0 and head_adds_nothing(tokens[index - 1], word))
            # "titles on clay" / "titles on clay courts": the ground the material stood for
            and not ground_of_its_material(tokens[:index], word)
            # "an amber warning for snow" / "an amber weather warning for snow": snow is weather
            and not implied_kind(
                word, [*tokens[index - 1 : index], *tokens[index + 1 : index + 2]], a, b
            )
            # "the Rhine" / "the river Rhine": the kind of place before its name
            and not (
                word in _PLACE_KINDS and index + 1 < len(tokens) and tokens[index + 1][:1].isupper()
            )
            # "you guys", "you folks": only "you" made plural, no one new.
            and not (word in _PLURAL_YOU and index > 0 and tokens[index - 1].lower() == "you")
            # The sentence's first word is lower-cased: a name there is no word of the lexicon.
            and (index > 0 or bool(lexicon().lemmas(word)))
        )

    raw = _tokens(b)
    places = {raw[index].lower(): index for index in reversed(_between(a, b, wanted))}
    return [
        Hit(
            "addition.inserted",
            "removal",
            "",
            raw[index],
            f"{raw[index]!r} only in B: it stands between two words A has side by side",
            0.3,
            {
                "modifier_reading": float(_reads_as_modifier({word})),
                "freely_added": float(freely_added(word)),
                "noun_or_verb": float(_core(word, "") is not None),
                "inserted_words": float(len(places)),
                "before_content": float(_before_content(raw, index)),
            },
        )
        for word, index in places.items()
    ]


def _before_content(tokens: list[str], index: int) -> bool:
    """Whether the word at ``index`` stands before a content word it may qualify ("curious
    seeker"), not before a mark or a function word ("long ago", "spent .")."""
    following = tokens[index + 1] if index + 1 < len(tokens) else ""
    return following.isalpha() and following.lower() not in FUNCTION_WORDS


def _between(a: str, b: str, wanted: Callable[[list[str], int], bool]) -> list[int]:
    """The indices among B's tokens of the words ``wanted`` chooses that stand between two
    tokens A has side by side and that A says in no form, synonym, derivation nor typo. A
    neighbour A has in another form counts ("many small felines" / "many smaller predatory
    felines"), and the sentence's start and an article count as one place: a word put at the
    start stands where A has its article ("The inspector said" / "Sanitary inspector said"),
    one put after a changed article keeps it ("the plan" / "a secret plan")."""
    tokens_a, tokens_b = _normalised(a), _normalised(b)
    bounded_a = ["^", *(t.lower() for t in tokens_a), "$"]
    bounded_b = ["^", *(t.lower() for t in tokens_b), "$"]
    said: _SaidInB | None = None
    found: list[int] = []
    for index in range(len(tokens_b)):
        left, right = bounded_b[index], bounded_b[index + 2]
        if not wanted(tokens_b, index) or not any(
            one_place(first, left) and one_place(second, right)
            for first, second in pairwise(bounded_a)
        ):
            continue
        said = said or _SaidInB.of(b, a)
        word = tokens_b[index]
        if (
            said.lost(word)
            and not _said_otherwise(word, tokens_a)
            # "a decent skill" / "an excellent skill": a modifier said by one of A's.
            and not any(lexicon().modifier_synonyms(word, other) for other in said.content)
        ):
            found.append(index)
    return found


def _removals(a: str, b: str, *, cut_rule: bool = True) -> list[Hit]:
    # What B lacks as a whole: a translation that dropped a word is shorter by it, while a
    # rewording keeps about as many words and verbs (on DEMETR's dev set each count alone
    # tells a removal from a correct translation with a ROC AUC of 0.70 to 0.74).
    gone = _verbs_gone(a, b)
    verbs_lost = _verb_count(a) - _verb_count(b)
    lost: dict[str, float | str] = {
        "content_lost": float(len(content_words(a)) - len(content_words(b))),
        "verbs_lost": float(verbs_lost),
        "verb_gaps": float(len(gone)),
    }
    found = _found_removals(a, b)
    if cut_rule:  # A's gaps (``addition.*``) keep their rules: those were fitted on them
        found = _sure_over_loose(a, b, found, gone)
    hits = _with_gone_verbs(found, gone, fewer_verbs=verbs_lost > 0)
    cuts = _lost_cuts(a, b) if hits else []
    holes = _holes(a, b) if hits else set()
    # A cut that a gap's mark already reads ("a new have") is said there once, at B's words.
    read = [c for c in cuts if any("junction" in h.evidence and _at_cut(h, b, c) for h in hits)]
    judged = [
        _with_cut(
            replace(
                hit,
                evidence={**hit.evidence, **lost, "hole": float(bool(_words_of(hit) & holes))},
            ),
            b,
            cuts,
            read,
            rule=cut_rule,
        )
        for hit in hits
    ]
    return _told_once(judged, a, b, read)


def _told_once(hits: list[Hit], a: str, b: str, read: list[_Cut]) -> list[Hit]:
    """One finding for one word or phrase cut out of B: where a gap's mark reads the cut ("all
    players and were tested", "between Inter Milan and is"), the mark's finding names what was
    cut ("staff", "Juventus") and the reading of the same words as dropped is not said again
    beside it."""
    junctions = {
        str(h.evidence["junction"]).lower(): h for h in hits if "junction" in h.evidence and not h.a
    }
    named: dict[int, str] = {}  # id of a mark's hit -> the words it now names
    told: set[int] = set()  # ids of the readings the mark's hit says
    for hit in hits:
        if "junction" in hit.evidence or hit.check not in _CUT_RULES:
            continue
        cut = next((c for c in read if _at_cut(hit, b, c)), None)
        if cut is not None:
            told.add(id(hit))  # the cut is read by a mark, named below
            continue
        # A word the edit-level reading saw dropped (a name is no cut) whose neighbours in A
        # meet at a sure gap's mark; a loose mark ("don't if") may be another change.
        meeting = _neighbours(a, hit)
        mark = junctions.get(meeting) if meeting else None
        if mark is not None and mark.check == "removal.gap":
            named[id(mark)] = hit.a
            told.add(id(hit))
    for mark in junctions.values():
        cut = next((c for c in read if _at_cut(mark, b, c)), None)
        if cut is not None:
            named[id(mark)] = " ".join(cut[0])
    return [
        replace(h, a=named[id(h)], message=f"{named[id(h)]!r} left out of B: {h.message}")
        if id(h) in named
        else h
        for h in hits
        if id(h) not in told
    ]


def _neighbours(a: str, hit: Hit) -> str | None:
    """The two words of A around the words ``hit`` says were dropped, as a gap's mark in B
    would read them ("and is" around "Juventus"), or None when A does not have them once."""
    dropped = [w.lower() for w in _normalised(str(hit.evidence.get("dropped", "")))]
    tokens = [w.lower() for w in _normalised(a)]
    if not dropped:
        return None
    size = len(dropped)
    places = [i for i in range(1, len(tokens) - size) if tokens[i : i + size] == dropped]
    if len(places) != 1:
        return None
    return f"{tokens[places[0] - 1]} {tokens[places[0] + size]}"


def _holes(a: str, b: str) -> set[str]:
    """The content words of A (lower-cased) that leave a hole in B: the words on each side of
    the word in A stand side by side in B, and B says the word in no form, synonym nor
    derivation. A translation that rewords a word puts its own word between the neighbours
    or moves them. On DEMETR's dev set a deletion's word is such a hole for 47 % of the nouns
    removed, 38 % of the verbs removed, and 20 % of the correct translations' deletions."""

    def content(tokens: list[str], index: int) -> bool:
        word = tokens[index]
        return word.isalpha() and word == word.lower() and word not in FUNCTION_WORDS

    tokens_a = _normalised(a)
    return {tokens_a[index] for index, _ in _unsaid_between(a, b, content)}


# The rules a noun cut out speaks for: on DEMETR's dev set a cut is found on none of the 500
# correct translations nor of the 500 word swaps, and on 100 of 489 translations with a noun
# removed and 49 of 492 with the subject removed.
_CUT_RULES = ("removal.head", "removal.broken", "removal.modifier")


def _lost_cuts(a: str, b: str) -> list[_Cut]:
    """The nouns of A cut out of B (:func:`_cut_out`) that B does not say elsewhere."""
    said = _SaidInB.of(a, b)
    return [cut for cut in _cut_out(a, b) if all(said.lost(w) for w in cut[0])]


def _with_cut(hit: Hit, b: str, cuts: list[_Cut], read: list[_Cut], *, rule: bool) -> Hit:
    """``hit`` with its ``cut_out`` evidence; with ``rule``, a removal at a noun cut out of B
    is a gap no correct translation shows (``removal.gap``), said with the words that now
    meet, unless a gap's mark (not ``hit``) already says so (``read``)."""
    cut = next((c for c in cuts if _at_cut(hit, b, c)), None)
    evidence = {**hit.evidence, "cut_out": float(cut is not None)}
    if (
        cut is None
        or not rule
        or hit.check not in _CUT_RULES
        or (cut in read and "junction" not in hit.evidence)
    ):
        return replace(hit, evidence=evidence)
    span, left, right, _ = cut
    noun = " ".join(span)
    return replace(
        hit,
        check="removal.gap",
        message=f"{noun!r} left out of B: the sentence now opens with {right!r} and lost its"
        " subject"
        if left == "^"
        else f"{noun!r} left out of B: {left!r} now meets {right!r} and the phrase lost its noun",
        prior=0.9,
        evidence=evidence,
    )


def _at_cut(hit: Hit, b: str, cut: _Cut) -> bool:
    """Whether ``hit`` reports the noun ``cut`` out of B: the word it says was dropped, or
    the gap it reads in B where the cut's neighbours meet. A word swapped or a mark slipped in
    leaves a gap of the same look ("the of house"), but no noun of A lost."""
    span, _, _, (start, end) = cut
    dropped = {w.lower() for w in str(hit.evidence.get("dropped", "")).split()}
    at = b.find(hit.b) if hit.b else -1
    return span[-1].lower() in dropped or (at >= 0 and start <= at + len(hit.b) and at <= end)


def _written_twice(mark: Mark, a: str, b: str) -> bool:
    """A word met by itself ("towards the the goal") where B has that word once more than A:
    a word written twice, no word cut out from between two of A's ("the end of the year" /
    "the the year" leaves as many as A has). The doubled word is the artifact check's."""
    first, _, second = mark.key.partition(" ")
    if first != second or not first.isalpha():
        return False
    count = re.compile(rf"(?<!\w){re.escape(first)}(?!\w)", re.IGNORECASE)
    return len(count.findall(b)) > len(count.findall(a))


def _found_removals(a: str, b: str) -> list[Hit]:
    hits = _edit_removals(a, b)
    if any(h.check == "removal.broken" for h in hits):
        return hits
    mark = _mark_removal(a, b)
    return [*hits, mark] if mark is not None else hits


def _sure_over_loose(a: str, b: str, hits: list[Hit], gone: list[_GoneVerb]) -> list[Hit]:
    """``hits`` with the word diff's loose readings of a gap (``removal.broken``: what was
    left around the dropped words cannot stand together) giving way to B's marks where those
    read the gap as sure ("supported by its of auditors", "rain will in some areas"): the
    sure reading is told instead, once. A loose reading that another says already stays as it
    is: at a verb B drops whole (:func:`_with_gone_verbs` tells it) or at a noun cut out of B
    (:func:`_with_cut` makes it a gap). On the dev sets this replaces the diff's reading on
    11 of DEMETR's translations with a noun removed, 7 with the verb, 4 with the subject, 10
    with a name removed and 1 with two words swapped, and on none of the correct
    translations nor MQM's segments."""
    verbs = {g.verb.lower() for g in gone}
    loose = [
        h
        for h in hits
        if h.check == "removal.broken" and not (_dropped(h) and _dropped(h) <= verbs)
    ]
    if loose:
        cuts = _lost_cuts(a, b)
        loose = [h for h in loose if not any(_at_cut(h, b, cut) for cut in cuts)]
    mark = _mark_removal(a, b) if loose else None
    if mark is None or mark.check != "removal.gap":
        return hits
    return [h for h in hits if not any(h is other for other in loose)] + [mark]


_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def _mark_removal(a: str, b: str) -> Hit | None:
    """The gap B's marks show and A's do not, as a ``removal.gap`` where it is sure and a
    ``removal.broken`` where it is loose, or None."""
    # The diff may not isolate the gap (the two versions are worded differently around it),
    # but the gap's marks stay: a junction in B that no sentence could have, and A does not.
    # A mark of a kind A has too says less: that text is written loosely (a headline, a list)
    # or the mark is the checks' misreading of a construction both share.
    if asked_as_heading(a, b) or asked_as_heading(b, a):
        return None  # "How does it work?" / "How it works": a heading's form, no word lost
    if _WORD.findall(a.lower()) == _WORD.findall(b.lower()):
        return None  # "KNOWN ISSUES" / "## Known issues": the same words, cased otherwise
    marks_a = broken_marks(a)
    keys_a = {m.key for m in marks_a}
    marks_b = {
        m.key: m
        for m in broken_marks(b)
        if m.key not in keys_a
        and not _stranded_relative(m.key, a)
        and not _written_twice(m, a, b)
        and not _word_form_slipped(m.key, a)
        and not _mark_slipped_in(b, m, a)
    }
    for dropped in _subjects_dropped(a, b):
        # A sure reading of a gap outranks a loose one.
        if dropped.key not in keys_a and not (dropped.key in marks_b and marks_b[dropped.key].sure):
            marks_b[dropped.key] = dropped
    new = sorted(marks_b.values(), key=lambda m: m.start)
    if new:
        # A sure gap speaks for the sentence wherever it stands (a closed junction after
        # another mark may be a sentence run together: "... a. the ...", a case slip).
        first = next((m for m in new if m.sure), new[0])
        kinds = {m.kind for m in new}
        closed, reordered = _closed_junction(first.key), _reordered(a, b, first)
        # A determiner meeting a preposition, a conjunction or a full stop where no word was
        # swapped: no English sentence reads so (none of the dev sets' correct translations or
        # error-free segments does), so a word is gone. The other gaps a loose text may have.
        gap = (
            (closed or first.sure)
            and not reordered
            and first.key.partition(" ")[2] not in _STRAY_MARKS
            and not _stray_stop(b, first)
        ) or _determiner_before_mark(b, first)
        return Hit(
            "removal.gap" if gap else "removal.broken",
            "removal",
            "",
            b[first.start : first.end],
            f"B has no verb: {_MISSING[first.kind]}"
            if first.key == "no verb"
            else f"B has no finite verb: {_MISSING[first.kind]}"
            if first.key == "no finite verb"
            else f"B names a speaker and no verb: {_MISSING[first.kind]}"
            if first.key == "no speech verb"
            else f"B reads {first.key!r} where a word is missing: {_MISSING[first.kind]}",
            0.9,
            {
                "junction": first.key,
                "marks": float(len(new)),
                "marks_a": float(len(marks_a)),
                "same_kind_in_a": float(any(m.kind in kinds for m in marks_a)),
                # A stray comma or colon ("the, baby's") is a slip of the keys more often
                # than a word dropped before it.
                "punctuation": float(any(c in first.key for c in ",;:()")),
                "stray_mark": float(_stray_mark(b, first) or _stray_stop(b, first)),
                "closed_junction": float(closed),
                "reordered": float(reordered),
                "determiner_placed": float(_determiner_placed(b, first)),
                # "its is", "their are": "it's" or "they're" misspelt as often as a noun
                # lost (kept apart from the article's "the is").
                "possessive_verb": float(_possessive_verb(first.key)),
                **{f"missing_{kind}": float(kind in kinds) for kind in _MISSING},
            },
        )
    return None


_JUNCTION_TOKEN = re.compile(r"\w+(?:[’'-]\w+)*|[^\w\s]")
# The most words and marks a junction holds ("an increasingly popular ,").
_JUNCTION_SIZE = 4


def _mark_slipped_in(b: str, mark: Mark, a: str) -> bool:
    """Whether the gap is a mark of punctuation put in between two words that A writes side
    by side, one of them a content word ("popular, option", "an important. livelihood", "the;
    baby's" / A's "popular option", "an important livelihood", "the baby's"): nothing was
    left out there, only the mark slipped in. A word lost leaves two words A never writes side
    by side; two function words meet anywhere ("from, the average" / "from the Czech
    Office"), and an apostrophe may be a possessive's ("Governments' to" / "of governments
    to")."""
    junction = _JUNCTION_TOKEN.findall(b[mark.start : mark.end].lower())
    if len(junction) > _JUNCTION_SIZE:
        return False  # a clause with no verb, not a junction: its marks are the clause's own
    after = _JUNCTION_TOKEN.findall(b[mark.end :].lower())
    tokens = junction + after[:1]
    for i in range(1, len(junction)):
        if tokens[i][0].isalnum():
            continue
        pair = tokens[i - 1 : i + 2 : 2]
        if (
            tokens[i] not in "'’"
            and len(pair) == 2
            and all(w[0].isalnum() for w in pair)
            and any(w not in FUNCTION_WORDS for w in pair)
        ):
            words_a = _JUNCTION_TOKEN.findall(a.lower())
            return any(words_a[k : k + 2] == pair for k in range(len(words_a) - 1))
        return False
    return False


def _word_form_slipped(key: str, a: str) -> bool:
    """The junction's last word is a verb whose noun A says, in its place ("the interpret of"
    / "the interpretation of", "an adopt" / "an adoption"): the noun written in another part
    of speech, a slip of form, not a noun lost."""
    last = key.rpartition(" ")[2]
    if not last.isalpha() or len(last) < 4:
        return False
    lex = lexicon()
    said = {w.lower() for w in words(a)}
    return (
        last not in said
        and lex.is_verb(last)
        and any(form in said and lex.is_noun(form) for form in lex.derived(last))
    )


def _conjunction_added(key: str, a: str, b: str) -> bool:
    """Whether B's opening "And" (or "Or", "Nor") is one B adds to a whole statement ("The talks
    resumed" / "And the talks resumed"): B says the word more often than A, so no "and" of A
    lost what stood before it. Where A has as many ("Smith and his aides left" / "And his
    aides left"), the words before A's "and" are the subject B lost."""
    if key not in _CONJUNCTION_OPENINGS:
        return False
    conjunction = key[1:]

    def said(text: str) -> int:
        return sum(w.lower() == conjunction for w in words(text))

    return said(b) > said(a)


def _stranded_relative(key: str, a: str) -> bool:
    """Whether a preposition before a sentence's end in B ("the home they were taken from.")
    is the one A puts before its relative ("the home from which they were taken"): English
    ends a relative clause on its preposition or opens it with it, the same clause both
    ways. A preposition at the end that A does not move there is a word lost ("taken from.")."""
    preposition, _, right = key.partition(" ")
    return (
        preposition in _PURE_PREPOSITIONS
        and right in _CLOSERS
        and re.search(rf"\b{re.escape(preposition)} (which|whom|where)\b", a.lower()) is not None
    )
