"""Open-class wording: words replaced, dropped or added inside a pair, and sentences rebuilt.

Each edit of the word diff is judged by the words that are new on each side ("It's" → "Its
mass is" adds a word, it replaces none) and by how alike those words are on their own: the
new words of both sides are embedded alone (a handful of short texts per pair, shared across
the report through the cache), so a synonym ("desperate" / "dire") reads as alike and another
thing ("shells" / "bullets") less so. Typography, a quantity's form, an alias or a glossary
equivalent is no edit at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import _cues as cues
from .._diff import word_diff
from .._entities import (
    GOVERNMENT_NOUNS,
    canonical_names,
    extract_names,
    initials_written_out,
    is_capital,
    same_government,
)
from .._glossary import Glossary
from .._numbers import (
    YEARS_OLD,
    Quantity,
    amount_spans,
    extract_amounts,
    extract_quantities,
    is_amount_word,
    ordinals_in_words,
    span_of_time,
    time_spans,
    way_before,
)
from .._report import Finding, Op, Span
from .._words import (
    CONNECTIVES,
    FUNCTION_WORDS,
    ONCE_AGAIN,
    content_words,
    stem,
)
from ._context import PairContext
from ._draft import draft
from ._evidence import content_terms as _words
from ._evidence import spelling, support, support_texts
from ._glosses import Explanation, explanation
from ._lexicon import lexicon
from ._text import code_spans, fold_typography
from .links import first_since_denied
from .measures import base_restated, parts_of_span
from .modifiers import only_by_exclusion
from .names import defined_term, mentioned_again, people_named_by
from .numbers import said_as_share
from .polarity import denials_meant

__all__ = ["Edit", "check_wording", "edits_of", "wording_texts"]

# A sentence rebuilt rather than edited: word edits would pair unrelated chunks.
_REBUILT_WORDS = 8
_REBUILT_KEPT = 0.45


def normalise(text: str, glossary: Glossary | None) -> str:
    """Text folded so that harmless rewording compares equal: typography, case, hyphens,
    quantities written another way, aliases and glossary equivalences."""
    if glossary:
        text = glossary.canonical(text)
    pieces: list[str] = []
    last = 0
    # "twenty-first" / "21st": one rank, written two ways.
    for start, end, rank in reversed(ordinals_in_words(text)):
        text = f"{text[:start]}{rank}th{text[end:]}"
    extracted = extract_amounts(text)
    spans = time_spans(text, amounts=extracted)
    amounts = sorted(
        [q for q in extracted if not any(s.start <= q.start < s.end for s in spans)] + spans,
        key=lambda q: q.start,
    )
    for quantity in amounts:
        # "rose 100 percent" / "doubled": the way an amount went, said by its verb or in the
        # factor's word (``_folded_amount``).
        way = way_before(text, quantity.start) if quantity.unit == "%" else None
        if way is not None and way[0] < last:
            way = None
        pieces.append(text[last : way[0] if way else quantity.start])
        if way is not None and quantity.counted not in ("rise", "fall"):
            pieces.append(f" <{way[1]}> ")
        folded_amount, last = _folded_amount(quantity, text)
        pieces.append(folded_amount)
    pieces.append(text[last:])
    equivalences = glossary.equivalences if glossary else ()
    folded = fold_typography(canonical_names("".join(pieces), equivalences=equivalences))
    folded = re.sub(r"[-'\".,;:!?()]", " ", folded.lower())
    folded = re.sub(r"\b(?:the|a|an)\b", " ", folded)
    return re.sub(r"\s+", " ", folded).strip()


def _folded_amount(quantity: Quantity, text: str) -> tuple[str, int]:
    """An amount of ``text`` as the wording check compares it, and where its words end: an age
    without its "years old" ("87 years old" / "87"), a span of time in its base unit with the
    unit's word ("36 hours" / "a day and a half"), a century as its hundreds ("the 19th
    century" / "the 1800s"), else its value."""
    end = quantity.end
    if quantity.counted in ("rise", "fall"):
        return f" <{quantity.counted}> <{quantity.value}> ", end
    age = YEARS_OLD.match(text, end)
    if age is not None:
        return f" <{quantity.value}> ", age.end()
    span = span_of_time(quantity)
    if span is not None:
        unit = re.compile(rf"\s+{re.escape(quantity.counted or '')}\b", re.IGNORECASE).match(
            text, end
        )
        return f" <{span[0]} {span[1]}> ", unit.end() if unit else end
    if _century(quantity):
        said = re.compile(r"[\s-]+century\b", re.IGNORECASE).match(text, end)
        return f" <{int(quantity.value) - 1}00s> ", said.end() if said else end
    return f" <{quantity.value}> ", end


def _century(quantity: Quantity) -> bool:
    """An ordinal that names a century ("the 19th century")."""
    return (
        quantity.unit == "ordinal"
        and quantity.counted == "century"
        and isinstance(quantity.value, float)
        and quantity.value >= 1
    )


@dataclass(frozen=True)
class Edit:
    """One word edit inside a pair, with the words that are new on each side."""

    a: str
    b: str
    a_span: Span
    b_span: Span
    new_a: str
    new_b: str


def _explained(op: Op, glossary: Glossary | None) -> bool:
    if normalise(op.a, glossary) == normalise(op.b, glossary):
        return True
    return (
        not content_words(op.a)
        and not content_words(op.b)
        and not (cues.negations(op.a) or cues.negations(op.b))
        and bool(_HEDGE.search(op.a)) == bool(_HEDGE.search(op.b))
    )


def _without(text: str, damage: tuple[str, ...]) -> str:
    for piece in damage:
        if piece:
            text = text.replace(piece, " ")
    return text


# A web address's scheme and "www." ("https://www.example.org/refunds" / "example.org/refunds"):
# a browser reaches the one page by either, so they are no words of the address.
_WEB_PREFIX = re.compile(r"(?<![\w/.-])(?:https?://(?:www\.)?|www\.)(?=[\w-]+\.[a-z])", re.I)


def _without_amounts(text: str) -> str:
    """``text`` with its amounts blanked, the "once" of "once again" (no word of its own:
    "once again" / "again" is one adverb) and a web address's scheme and "www."."""
    spans = [
        *amount_spans(text),
        *(m.span() for m in ONCE_AGAIN.finditer(text)),
        *(m.span() for m in _WEB_PREFIX.finditer(text)),
    ]
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _amounts_blanked(piece: str, offset: int, text: str, blanked: str) -> str:
    """``piece``, found at ``offset`` of ``text``, with the amounts blanked out that it holds
    whole or in part (``blanked``: ``text`` with its amounts blanked)."""
    whole = text[offset : offset + len(piece)] == piece
    return _without_amounts(blanked[offset : offset + len(piece)] if whole else piece)


def _kept_share(ops: tuple[Op, ...]) -> float:
    """Share of A's characters kept; a moved phrase is kept too, elsewhere."""
    total = sum(len(op.a) for op in ops)
    kept = sum(len(op.a) for op in ops if op.op == "equal" or op.is_moved)
    return kept / total if total else 1.0


def rebuilt(ctx: PairContext) -> bool:
    kinds = {op.op for op in ctx.ops if not op.is_moved} - {"equal"}
    if kinds <= {"delete"} or kinds <= {"insert"}:
        return False  # a clause dropped or added, the rest intact: the edits say it exactly
    return len(ctx.pair.a_text.split()) >= _REBUILT_WORDS and _kept_share(ctx.ops) < _REBUILT_KEPT


def _moved(op: Op) -> bool:
    return op.is_moved  # a moved phrase is neither lost nor new


def edits_of(ctx: PairContext) -> list[Edit]:
    """The pair's edits at word level. A long replaced span is split again into its finest word
    edits, so "hold as many as 3 million 152mm artillery shells" / "carry up to three million
    bullets" is judged as "hold as many as" / "carry up to" and "152mm artillery shells" /
    "bullets", each on its own. Content that only moved inside the pair is no edit."""
    damage = tuple(x.text for x in (*ctx.damage_a, *ctx.damage_b))
    a_words = {stem(w) for w in content_words(ctx.pair.a_text)}
    b_words = {stem(w) for w in content_words(ctx.pair.b_text)}
    # A piece may hold only the unit of an amount ("km²" / "square kilometres" of "3,850 km²"
    # / "3,850 square kilometres"): amounts are read in the whole text, where they have their
    # numbers.
    blank_a, blank_b = _without_amounts(ctx.pair.a_text), _without_amounts(ctx.pair.b_text)
    edits: list[Edit] = []
    at_a = at_b = 0
    for op in ctx.ops:
        if op.op != "equal" and not _moved(op):
            pieces: tuple[Op, ...] = (op,)
            if max(len(op.a.split()), len(op.b.split())) > 3:
                pieces = word_diff(op.a, op.b, semantic_cleanup=False)
            in_a, in_b = at_a, at_b
            for piece in pieces:
                if piece.op != "equal" and not _explained(piece, ctx.glossary):
                    # Amounts are the number check's: "half" / "50 percent" leaves no new word.
                    piece_a = _amounts_blanked(piece.a, in_a, ctx.pair.a_text, blank_a)
                    piece_b = _amounts_blanked(piece.b, in_b, ctx.pair.b_text, blank_b)
                    piece_a, piece_b = _without(piece_a, damage), _without(piece_b, damage)
                    new_a = [w for w in content_words(piece_a) if stem(w) not in b_words]
                    new_b = [w for w in content_words(piece_b) if stem(w) not in a_words]
                    new_a, new_b, slips = _typos_read(new_a, new_b, ctx)
                    new_a, new_b = _negation_kept(piece_a, piece_b, new_a, new_b)
                    new_a, new_b = _exclusion_kept(piece_a, piece_b, new_a, new_b)
                    new_a, new_b = _again_kept(piece.a, piece.b, new_a, new_b)
                    new_a, new_b = _part_kept(piece.a, piece.b, new_a, new_b)
                    new_a, new_b = _initials_kept(new_a, new_b, ctx)
                    new_a, new_b = _government_kept(piece_a, piece_b, new_a, new_b)
                    new_a, new_b = _hedge_kept(piece_a, piece_b, new_a, new_b, ctx)
                    if _only_speech_verbs(new_a + new_b):
                        new_a = new_b = []
                    if new_a or new_b:  # else the words only moved inside the pair
                        edits.append(
                            Edit(
                                a=piece.a.strip(),
                                b=piece.b.strip(),
                                a_span=_span(in_a, piece.a),
                                b_span=_span(in_b, piece.b),
                                new_a=" ".join(new_a),
                                new_b=" ".join(new_b),
                            )
                        )
                    edits += _slip_edits(slips, piece, in_a, in_b)
                in_a += len(piece.a)
                in_b += len(piece.b)
        at_a += len(op.a)
        at_b += len(op.b)
    return edits


def _typos_read(
    new_a: list[str], new_b: list[str], ctx: PairContext
) -> tuple[list[str], list[str], list[tuple[str, str]]]:
    """The new words less the two sides of each typo of B on a word of A (see ``_typos``), and
    the typos that stood on both sides of this edit among other words. A slip the diff did not
    line up ("against Troyes" / "beat Troes") or that stands among other words ("across the
    whole of Kyushu" / "died in Kyshu") is the word itself, no word lost or new; a typo inside
    the edit is shown on its own (:func:`_slip_edits`), a typo alone in its edit ("contract" /
    "cntract") stays the edit, for this check to show the slip."""
    words_a = set(content_words(ctx.pair.a_text))
    slips = [(t.meant, t.written) for t in ctx.typos if t.meant in words_a]
    slipped = {word for slip in slips for word in slip}
    rest_a = [w for w in new_a if w not in slipped]
    rest_b = [w for w in new_b if w not in slipped]
    inside = [(m, w) for m, w in slips if m in new_a and w in new_b]
    if inside and not (rest_a or rest_b):
        return new_a, new_b, []
    return rest_a, rest_b, inside


def _slip_edits(slips: list[tuple[str, str]], piece: Op, in_a: int, in_b: int) -> list[Edit]:
    """Each typo that stood inside a longer edit, as an edit of its own: the word of A and B's
    slip on it."""
    found: list[Edit] = []
    for meant, written in slips:
        at_a = re.search(rf"(?<!\w){re.escape(meant)}(?!\w)", piece.a)
        at_b = re.search(rf"(?<!\w){re.escape(written)}(?!\w)", piece.b)
        if at_a is None or at_b is None:
            continue
        found.append(
            Edit(
                a=meant,
                b=written,
                a_span=(in_a + at_a.start(), in_a + at_a.end()),
                b_span=(in_b + at_b.start(), in_b + at_b.end()),
                new_a=meant,
                new_b=written,
            )
        )
    return found


def _negation_kept(
    piece_a: str, piece_b: str, new_a: list[str], new_b: list[str]
) -> tuple[list[str], list[str]]:
    """The new words less the negations, where both sides of the edit negate ("were left
    without power" / "had no power"): one negation told by another word is the polarity
    and scales checks' to weigh, and no word that either side lost or gained."""
    negated_a, negated_b = cues.negations(piece_a), cues.negations(piece_b)
    if not (negated_a and negated_b):
        return new_a, new_b
    cue_words = {w.lower() for cue in (*negated_a, *negated_b) for w in cue.split()}
    return (
        [w for w in new_a if w.lower() not in cue_words],
        [w for w in new_b if w.lower() not in cue_words],
    )


# The words of a denial of all and its exception ("nothing except", "no one but", "none other
# than").
_EXCLUSION_WORDS = cues.DENIALS_OF_ALL | cues.EXCEPTION_WORDS | {"one"}


def _hedge_kept(
    piece_a: str, piece_b: str, new_a: list[str], new_b: list[str], ctx: PairContext
) -> tuple[list[str], list[str]]:
    """The new words with a hedge's own ("if you can", "where possible"), where one side of the
    edit sets it and the other side of the pair sets none: its words are function words, but
    they leave what was required to the reader."""
    for piece, new, other in ((piece_a, new_a, ctx.pair.b_text), (piece_b, new_b, ctx.pair.a_text)):
        hedge = _HEDGE.search(piece)
        if hedge is not None and not _HEDGE.search(other):
            new += [w for w in hedge.group().split() if w not in new]
    return new_a, new_b


def _exclusion_kept(
    piece_a: str, piece_b: str, new_a: list[str], new_b: list[str]
) -> tuple[list[str], list[str]]:
    """The new words less a negative and its exception, where the other side of the edit says
    it with "only" ("sells nothing except bread" / "sells only bread"): one limit told two
    ways, and no word that either side lost or gained."""
    if only_by_exclusion(piece_a, piece_b):
        new_a = [w for w in new_a if w.lower() not in _EXCLUSION_WORDS]
    if only_by_exclusion(piece_b, piece_a):
        new_b = [w for w in new_b if w.lower() not in _EXCLUSION_WORDS]
    return new_a, new_b


def _part_kept(
    piece_a: str, piece_b: str, new_a: list[str], new_b: list[str]
) -> tuple[list[str], list[str]]:
    """The new words less those of a part of a span, where both sides of the edit name the
    same part ("the second half" / "the final six months"): one stretch, by its place or by
    its length from the end; another part ("the first half") keeps its words."""
    parts_a, parts_b = parts_of_span(piece_a), parts_of_span(piece_b)
    if not parts_a or {m for _, m in parts_a} != {m for _, m in parts_b}:
        return new_a, new_b
    said = {
        w.lower()
        for text, parts in ((piece_a, parts_a), (piece_b, parts_b))
        for (start, end), _ in parts
        for w in text[start:end].split()
    }
    return [w for w in new_a if w.lower() not in said], [w for w in new_b if w.lower() not in said]


def _again_kept(
    piece_a: str, piece_b: str, new_a: list[str], new_b: list[str]
) -> tuple[list[str], list[str]]:
    """The new words less "again" where the other side of the edit says it as "once again" or
    "once more" ("erupted again" / "erupted once more"): one adverb in two shapes."""
    if ONCE_AGAIN.search(piece_b):
        new_a = [w for w in new_a if w.lower() != "again"]
    if ONCE_AGAIN.search(piece_a):
        new_b = [w for w in new_b if w.lower() != "again"]
    return new_a, new_b


def _initials_kept(
    new_a: list[str], new_b: list[str], ctx: PairContext
) -> tuple[list[str], list[str]]:
    """The new words less a body's initials and the words that write them out on the other
    side ("the IMF" / "the International Monetary Fund", "EU ministers" / "ministers of the
    European Union"): one name in two shapes. Initials that other words write out ("the WTO"
    / "the World Health Organization") stay new words."""
    same_a, same_b = (_with_letters(same) for same in _initials_alike(ctx))
    return [w for w in new_a if w not in same_a], [w for w in new_b if w not in same_b]


def _with_letters(words: set[str]) -> set[str]:
    """``words`` and the letters of each initials written with dots, as the words of an edit
    split them ("U.N." is the words "U" and "N" there)."""
    return words | {letter for w in words if "." in w for letter in w.split(".") if letter}


def _initials_alike(ctx: PairContext) -> tuple[set[str], set[str]]:
    """Each side's words that are initials the other side writes out, or that write out the
    other side's initials (see :func:`initials_written_out`), once per pair."""
    if "initials" not in ctx.memo:
        a, b = ctx.pair.a_text, ctx.pair.b_text
        ctx.memo["initials"] = (initials_written_out(a, b), initials_written_out(b, a))
    found: tuple[set[str], set[str]] = ctx.memo["initials"]
    return found


def _government_kept(
    piece_a: str, piece_b: str, new_a: list[str], new_b: list[str]
) -> tuple[list[str], list[str]]:
    """The new words less those that name one government two ways, where the edit's two sides
    do ("the Kremlin said" / "the Russian government said", "Beijing" / "China"): a seat of
    government for its country, which the names check reads as one (``same_government``).
    Another country's government ("the Kremlin" / "the Ukrainian government") stays. A
    national capital named by what it is against its name ("in the Swiss capital" / "in
    Bern") is one city too: "capital" goes with the country's word where the other side names
    the city."""
    if not same_government(piece_a, piece_b):
        return new_a, new_b
    city_a, city_b = _names_capital(piece_a), _names_capital(piece_b)
    return [w for w in new_a if not _names_government(w, city_b)], [
        w for w in new_b if not _names_government(w, city_a)
    ]


def _names_capital(piece: str) -> bool:
    """Whether ``piece`` names a national capital ("Bern", "Mexico City"): a run of
    capitalised words, whole or its last words."""
    for run in re.findall(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*", piece):
        words = run.split()
        if any(is_capital(" ".join(words[i:])) for i in range(len(words))):
            return True
    return False


def _names_government(word: str, capital_named: bool = False) -> bool:
    """A word of a government's name: the seat's or the country's (a capitalised word: "South
    Korean", "Pyongyang"; which names, the names check reads), or a noun of governing; "capital"
    too where the other side names the capital (``capital_named``)."""
    if capital_named and word.lower() in ("capital", "capitals"):
        return True
    return word.lower() in GOVERNMENT_NOUNS or word[:1].isupper()


def _span(offset: int, text: str) -> Span:
    lead = len(text) - len(text.lstrip())
    return (offset + lead, offset + lead + len(text.strip()))


def _only_speech_verbs(words: list[str]) -> bool:
    # Who said it is the attribution check's job.
    return bool(words) and all(cues.is_speech_verb(w) for w in words)


def wording_texts(ctx: PairContext) -> list[str]:
    """The short texts this check will ask the model about, announced for one batch: exactly
    those :func:`check_wording` compares (a pair whose edits are all explained, or whose new
    words all have their stem on the other side, asks for none)."""
    if ctx.pair.status != "changed":
        return []
    words_a, words_b = _words(ctx.pair.a_text), _words(ctx.pair.b_text)
    if rebuilt(ctx):
        return [
            t
            for mine, other in ((words_a, words_b), (words_b, words_a))
            for word in dict.fromkeys(mine)
            for t in support_texts(word, other)
        ]
    texts: list[str] = []
    for edit in edits_of(ctx):
        texts += support_texts(edit.new_a, words_b) + support_texts(edit.new_b, words_a)
        if edit.new_a and edit.new_b:
            texts += [edit.new_a, edit.new_b]
    return texts


def _weight(
    text: str, other: str = "", elsewhere: str = "", own: str = "", span: Span | None = None
) -> tuple[float, str]:
    """What a dropped or added clause carries, and the prior that goes with it; a negation
    that ``other`` (the words in its place) also holds is not carried away, nor an amount that
    ``elsewhere`` (the whole other side) still states ("with 73 deaths across Kyushu" / "and a
    total of 73 people died in Kyushu"): whether an amount changed is the numbers check's.
    Amounts are read in ``own`` (the whole sentence ``text`` stands in at ``span``), where a
    word has its neighbours: "once" that ends a bare edit reads as a count ("met once"), but
    in "once again" it is none."""
    amounts = _amounts_at(text, own, span)
    if amounts and span is not None and own[span[0] : span[1]] == text:
        # "100 percent higher than" / "twice those of": the same amount told another way.
        restated = [at for at, _ in base_restated(own, elsewhere)]
        amounts = [q for q in amounts if not any(s <= q.start < e for s, e in restated)]
    if amounts and not _all_stated(amounts, elsewhere):
        return 0.8, "an amount"
    if cues.quotes(text):
        return 0.75, "quoted words"
    if (
        cues.negations(text)
        and not cues.negations(other)
        and not _left_out(text, elsewhere)
        and not (
            span is not None
            and own[span[0] : span[1]] == text
            and denials_meant(own, span, elsewhere)
        )
    ):
        return 0.8, "a negation"
    if _HEDGE.search(text) and not _HEDGE.search(elsewhere):
        # "and, if you can, get a written report": what was required is left to the reader
        return 0.7, "a condition"
    if (
        _CONDITION.match(text)
        and len(text.split()) >= 4
        and len(_CONDITION_WORD.findall(own or text)) > len(_CONDITION_WORD.findall(elsewhere))
        and _sets_something_new(text, elsewhere)
    ):
        # a condition the other side does not set otherwise ("If I ever start" / "if one day
        # I start" is one condition reworded)
        return 0.7, "a condition"
    if any(not defined_term(n.text, own or text) for n in extract_names(text, context=text)):
        return 0.55, "a name"
    if cues.attributions(text):
        return 0.55, "a source"
    return 0.0, ""


# A clause that sets a condition ("unless you cancel for medical reasons", "only when a parent
# is present"): left out, what it allowed holds always.
_CONDITION_OPENERS = (
    r"if|unless|provided(?:\s+that)?|(?:as|so)\s+long\s+as|on\s+condition\s+that|only\s+when"
)
_CONDITION = re.compile(rf"[\s,;]*(?:only\s+)?(?:{_CONDITION_OPENERS})\b", re.IGNORECASE)
_CONDITION_WORD = re.compile(rf"\b(?:{_CONDITION_OPENERS})\b", re.IGNORECASE)


# A hedge that leaves an instruction to the reader ("if you can", "where possible", "if you
# wish"): added, what was required becomes optional; left out, what was optional is required.
_HEDGE_WORDS = (
    r"(?:if|where|when|whenever|as\s+far\s+as)\s+(?:you\s+(?:can|wish|want|like|prefer)|"
    r"possible|practicable|practical|you\s+are\s+able(?:\s+to)?)"
)
_HEDGE = re.compile(rf"\b{_HEDGE_WORDS}(?![\w’'])", re.IGNORECASE)


def _sets_something_new(text: str, elsewhere: str) -> bool:
    """Whether a condition clause names a thing or a quality the other side does not: "unless
    you cancel for medical reasons" sets a condition; "If filled with 152 millimeter ..." /
    "the containers could hold 3 million 152mm artillery shells" says what the other side
    says, as a condition (its verb and its stated amounts name nothing new)."""
    lex = lexicon()
    stated = {stem(w.lower()) for w in re.findall(r"[\w’'-]+", elsewhere)}
    taken = [
        (q.start, q.start + len(q.text))
        for q in extract_quantities(text)
        if _all_stated([q], elsewhere)
    ]
    for found in re.finditer(r"[A-Za-z][\w’'-]*", text):
        word = found.group().lower()
        if word in FUNCTION_WORDS or _CONDITION_WORD.fullmatch(word) or stem(word) in stated:
            continue
        if any(s <= found.start() < e for s, e in taken):
            continue  # "152 millimeter" where the other side states 152 mm
        if lex.lemmas(word, "v") and not lex.is_noun(word):
            continue  # "filled", "packed": the condition's verb
        return True
    return False


def _amounts_at(text: str, own: str, span: Span | None) -> list[Quantity]:
    """The amounts of ``text``, read in the sentence ``own`` that holds it at ``span`` (read
    alone where it does not)."""
    if span is None or own[span[0] : span[1]] != text:
        return extract_quantities(text)
    return [q for q in extract_quantities(own) if span[0] <= q.start < span[1]]


def _left_out(text: str, elsewhere: str) -> bool:
    """Every negation of ``text`` is "without" and ``elsewhere`` (the whole other side) leaves
    the thing out by an exception ("except for maybe without the grid" / "except for the
    lines"): no denial goes missing."""
    said = cues.negations(text)
    return all(n.lower() == "without" for n in said) and bool(cues.leaving_out(elsewhere))


def check_wording(ctx: PairContext) -> list[Finding]:
    if ctx.pair.status != "changed":
        return []
    similarity = ctx.pair.similarity if ctx.pair.similarity is not None else 0.0
    words_a, words_b = _words(ctx.pair.a_text), _words(ctx.pair.b_text)
    if rebuilt(ctx):
        # "NASA" / "the National Aeronautics and Space Administration": one name, no word
        # left unrendered.
        same_a, same_b = ({w.lower() for w in _with_letters(same)} for same in _initials_alike(ctx))
        words_a = [w for w in words_a if w.lower() not in same_a]
        words_b = [w for w in words_b if w.lower() not in same_b]
        return [
            _rebuilt_finding(ctx, similarity),
            *_unmatched(ctx, words_a, words_b, similarity),
            *_code_changed(ctx),
        ]
    found: list[Finding] = _code_changed(ctx)
    for edit in edits_of(ctx):
        count_a, count_b = len(edit.new_a.split()), len(edit.new_b.split())
        evidence: dict[str, float | str] = {
            "pair_similarity": similarity,
            "new_words": float(max(count_a, count_b)),
            "capitalised": float(
                any(w[:1].isupper() for w in (edit.new_a + " " + edit.new_b).split())
            ),
            "support_a": support(ctx, edit.new_a, words_b),
            "support_b": support(ctx, edit.new_b, words_a),
        }
        if edit.new_a and edit.new_b:
            defined = explanation(edit.a, edit.b)
            if defined is not None:
                found.append(_explained_finding(ctx, edit, defined, evidence))
                continue
            if _referred_to(ctx, edit.new_a, edit.new_b):
                continue  # "Vestmark said" / "The shipbuilder said": the names check tells it
            alike = ctx.similarity(edit.new_a, edit.new_b)
            typed = spelling(edit.new_a, edit.new_b)
            evidence["span_similarity"] = alike
            evidence["spelling"] = typed
            prior = _replaced_prior(alike, short=max(count_a, count_b) <= 2, context=similarity)
            # A slip the typo reader reads ("nkwo" / "know": two pairs of keys swapped) is a
            # typo however unlike its letters are.
            slip = typed >= 0.8 or any(
                (t.meant, t.written) == (edit.new_a, edit.new_b) for t in ctx.typos
            )
            if slip:
                prior = 0.1  # a typo, not another word
            found.append(
                draft(
                    ctx,
                    check="wording.replaced",
                    category="lexical",
                    a=edit.a,
                    b=edit.b,
                    message=_replaced_message(edit, alike, slip),
                    prior=prior,
                    evidence=evidence,
                    a_span=edit.a_span,
                    b_span=edit.b_span,
                )
            )
            continue
        dropped = bool(edit.new_a)
        text = edit.a if dropped else edit.b
        carried, what = _weight(
            text,
            edit.b if dropped else edit.a,
            ctx.b if dropped else ctx.a,
            ctx.pair.a_text if dropped else ctx.pair.b_text,
            edit.a_span if dropped else edit.b_span,
        )
        n_words = count_a if dropped else count_b
        # "once again" is "again": a qualifier, its "once" no word of its own
        scalar = n_words == 1 and _is_qualifier(ONCE_AGAIN.sub("", text))
        if scalar and _same_time_side(text, ctx.pair.a_text, ctx.pair.b_text):
            scalar = False  # "two days earlier" / "two days before": one side of the time
        if not carried and n_words < 2 and not scalar:
            continue  # one plain word dropped or added ("The number of" / "among") says little
        if _FIRST.search(text) and first_since_denied(ctx.a, ctx.b):
            continue  # "for the first time since 1966" / "not since 1966 has": one fact
        if what == "a name" and _named_again(ctx, text, dropped=dropped):
            continue  # "The IMF said" / "It said": the names check's variant tells it
        prior = carried or (0.5 if n_words >= 4 else 0.3 if scalar else 0.25)
        evidence["carries_fact"] = float(bool(carried))
        evidence["qualifier"] = float(scalar)
        side = "B leaves out" if dropped else "B adds"
        detail = f" ({what})" if what else ""
        found.append(
            draft(
                ctx,
                check=(
                    f"wording.condition_{'dropped' if dropped else 'added'}"
                    if what == "a condition"
                    else "wording.dropped"
                    if dropped
                    else "wording.added"
                ),
                category="omission" if dropped else "addition",
                a=edit.a if dropped else "",
                b="" if dropped else edit.b,
                message=f"{side} {_quote(text)}{detail}",
                prior=prior,
                evidence=evidence,
                a_span=edit.a_span if dropped else None,
                b_span=None if dropped else edit.b_span,
            )
        )
    return found


_FIRST = re.compile(r"\bfirst\b", re.IGNORECASE)


def _code_only(text: str, other: str) -> list[str]:
    """The code spans of ``text`` whose code ``other`` does not hold, in backticks or not."""
    return [code for code in code_spans(text) if code not in other]


def _code_changed(ctx: PairContext) -> list[Finding]:
    """Code in backticks on each side that the other does not hold ("`--resume`" /
    "`--full`"): a command, an option or a name has no synonym, and one written otherwise
    names another; the words' likeness, or a word of it said elsewhere in the sentence
    ("can resume ... with `--resume`"), tells nothing there."""
    only_a = _code_only(ctx.pair.a_text, ctx.pair.b_text)
    only_b = _code_only(ctx.pair.b_text, ctx.pair.a_text)
    if not (only_a and only_b):
        return []  # code only dropped or only added: the wording's edits tell it
    return [
        draft(
            ctx,
            check="wording.code_changed",
            category="lexical",
            a=f"`{only_a[0]}`",
            b=f"`{only_b[0]}`",
            message=f"the code {only_a[0]!r} is {only_b[0]!r} in B: another command, option "
            "or name",
            prior=0.8,
        )
    ]


def _referred_to(ctx: PairContext, left: str, right: str) -> bool:
    """One side's words are a name, the other's a pronoun or a description that stands for
    it ("Vestmark" / "The shipbuilder" after a sentence that opens on "Danish shipbuilder
    Vestmark"): one referent, named and then referred to."""
    for name, other, named_in, text, previous in (
        (left, right, ctx.a, ctx.b, ctx.before_b),
        (right, left, ctx.b, ctx.a, ctx.before_a),
    ):
        said = _name_words(name)
        again = mentioned_again(said, named_in, text, previous) if said else ""
        if again and (again.lower() in other.lower() or other.strip().lower() in again.lower()):
            return True
    return False


def _name_words(text: str) -> str:
    return " ".join(w for w in text.split() if w[:1].isupper() and w.lower() not in ("the", "a"))


def _named_again(ctx: PairContext, text: str, *, dropped: bool) -> bool:
    """The name ``text`` left out of one side is there a pronoun or a description that stands
    for it ("The IMF said" / "It said" after a sentence on the International Monetary Fund),
    or the word for its people ("backed by the United States" / "American-backed")."""
    name = _name_words(text)
    named_in, other, previous = (
        (ctx.a, ctx.b, ctx.before_b) if dropped else (ctx.b, ctx.a, ctx.before_a)
    )
    if not name:
        return False
    # The people's word, not the name said again ("Atlantic" in "the Atlantic Ocean" leaves
    # "of the Atlantic hurricane season" dropped).
    people = people_named_by(name, other)
    own = {w.lower() for w in name.split()}
    return bool(mentioned_again(name, named_in, other, previous)) or bool(
        people and people.lower() not in own
    )


def _all_stated(amounts: list[Quantity], text: str) -> bool:
    """Whether ``text`` states each of ``amounts`` (the same value in the same unit)."""
    stated = {(q.value, q.unit) for q in extract_quantities(text)}
    return all((q.value, q.unit) in stated or said_as_share(q, text) for q in amounts)


# Words that qualify how much, how far or how surely a statement holds: one of them added or
# dropped ("failed" / "almost failed", "functional" / "less functional") changes what the
# sentence claims, though it is a single short word.
_QUALIFIERS = frozenset(
    "only still even just almost nearly already again more less most least mostly partly "
    "exactly barely hardly largely slightly fully entirely completely".split()
)


def _same_time_side(word: str, a: str, b: str) -> bool:
    """``word`` tells a side of the story's time that both sides place a time on, in
    whatever words ("a day earlier" / "the day before")."""
    if word.strip(" ,.;:").lower() not in cues.TIME_SIDE_WORDS:
        return False
    sides = cues.time_sides(a).keys()
    return bool(sides) and sides == cues.time_sides(b).keys()


def _is_qualifier(text: str) -> bool:
    """One word that qualifies the claim: a degree or focus word, or an adjective or adverb of
    its own ("recent history"); nouns and verbs are the removal check's, names the name
    check's, function words say little."""
    word = text.strip(" ,.;:!?\"'()").lower()
    if word in CONNECTIVES:
        return False  # "subsequently": a tie to the sentence before, no qualifier of this one
    if word in _QUALIFIERS:
        return True
    if not word.isalpha() or text.strip()[:1].isupper() or word in FUNCTION_WORDS:
        return False
    lex = lexicon()
    if lex.is_noun(word) or lex.is_verb(word):
        return False
    return lex.is_adjective(word) or word.endswith("ly")


# Below this, a word's closest counterpart on the other side is no rendering of it.
UNMATCHED = 0.5


def _unmatched(
    ctx: PairContext, words_a: list[str], words_b: list[str], similarity: float
) -> list[Finding]:
    """In a rebuilt sentence, the content words that nothing on the other side renders."""
    found: list[Finding] = []
    for side, mine, other in (("a", words_a, words_b), ("b", words_b, words_a)):
        for word in dict.fromkeys(mine):
            best = support(ctx, word, other)
            if best >= UNMATCHED:
                continue
            original = next(
                (
                    w
                    for w in content_words(ctx.pair.a_text if side == "a" else ctx.pair.b_text)
                    if w.lower() == word
                ),
                word,
            )
            found.append(
                draft(
                    ctx,
                    check=f"wording.unmatched_{side}",
                    category="omission" if side == "a" else "addition",
                    a=original if side == "a" else "",
                    b=original if side == "b" else "",
                    message=(
                        f"{original!r} in A has no counterpart in B"
                        if side == "a"
                        else f"B adds {original!r}, which has no counterpart in A"
                    ),
                    prior=0.3,
                    evidence={
                        "support": best,
                        "pair_similarity": similarity,
                        "capitalised": float(original[:1].isupper()),
                        "word_length": float(len(word)),
                    },
                )
            )
    return found


def _replaced_prior(alike: float, *, short: bool, context: float) -> float:
    # A word or two replaced by unlike words is most often another thing or act, unless the
    # sentence as a whole barely moved (a near-synonym the phrase similarity misses); a longer
    # phrase replaced is more often a paraphrase, which phrase similarity cannot tell apart.
    if alike < 0.3 and short:
        return 0.8 if context < 0.9 else 0.55 if context < 0.95 else 0.25
    if alike < 0.3:
        return 0.45
    return 0.25 if alike < 0.6 else 0.08


def _explained_finding(
    ctx: PairContext, edit: Edit, explained: Explanation, evidence: dict[str, float | str]
) -> Finding:
    # Rules of their own, not wording.replaced at another score: the calibration fitted that
    # rule on words replaced by other words, and a phrase that restates a word's definition is
    # the same thing said at length, whatever the model makes of the two; one that restates
    # it with another number, negation or direction names another thing.
    same = explained.reading == "same"
    meaning = f"{explained.word!r} means {_quote(explained.definition, 80)} (WordNet)"
    return draft(
        ctx,
        check="wording.explained" if same else "wording.explained_otherwise",
        category="lexical",
        a=edit.a,
        b=edit.b,
        message=f"{_quote(edit.a)} is said as {_quote(edit.b)} in B: {meaning}"
        if same
        else f"{_quote(edit.a)} becomes {_quote(edit.b)} in B, but {meaning}: another "
        "number, negation or direction",
        prior=0.05 if same else 0.75,
        evidence=evidence,
        a_span=edit.a_span,
        b_span=edit.b_span,
    )


def _quote(text: str, limit: int = 60) -> str:
    text = text.strip()
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def _replaced_message(edit: Edit, alike: float, slip: bool) -> str:
    if slip:
        return f"{_quote(edit.new_a)} is spelled {_quote(edit.new_b)} in B: a typo?"
    if alike >= 0.6:
        return f"{_quote(edit.new_a)} is worded {_quote(edit.new_b)} in B: a near-synonym"
    if alike >= 0.3:
        return (
            f"{_quote(edit.new_a)} becomes {_quote(edit.new_b)} in B: related words, "
            "the sense may shift"
        )
    return f"{_quote(edit.new_a)} becomes {_quote(edit.new_b)} in B: words unlike each other"


def _rebuilt_finding(ctx: PairContext, similarity: float) -> Finding:
    words_b = {stem(w) for w in content_words(ctx.pair.b_text)}
    words_a = {stem(w) for w in content_words(ctx.pair.a_text)}
    # Amounts and units are the number check's: "152mm" / "152 millimeter" is no rewording.
    only_a = [
        w
        for w in dict.fromkeys(content_words(ctx.pair.a_text))
        if stem(w) not in words_b and not is_amount_word(w)
    ]
    only_b = [
        w
        for w in dict.fromkeys(content_words(ctx.pair.b_text))
        if stem(w) not in words_a and not is_amount_word(w)
    ]
    if similarity >= 0.6 or not (only_a or only_b):
        prior, how = 0.2, "its meaning stays close"
    elif similarity >= 0.45:
        prior, how = 0.5, "its meaning is only partly the same"
    else:
        prior, how = 0.8, "it says something else"
    return draft(
        ctx,
        check="wording.rebuilt",
        category="lexical",
        a=" ".join(only_a),
        b=" ".join(only_b),
        message=f"B rebuilds this sentence; {how} (similarity {similarity:.2f})",
        prior=prior,
        evidence={"pair_similarity": similarity, "kept_share": _kept_share(ctx.ops)},
        a_span=(0, len(ctx.pair.a_text)),
        b_span=(0, len(ctx.pair.b_text)),
    )
