"""Direct quotes: a speaker's words must stay verbatim, up to typography; and the quotation
marks must stay where they are (``quote.boundary``): words moved across them change whose
claim they are, the speaker's or the report's."""

from __future__ import annotations

import difflib
import re
from collections import Counter

from .. import _cues as cues
from .._numbers import NUMBER_WORDS, extract_amounts
from .._report import Finding
from ._context import PairContext
from ._draft import draft
from ._evidence import spelling
from ._lexicon import lexicon
from ._sources import current
from ._text import expand_contractions, fold_typography

__all__ = ["check_quotes", "reported_spans"]

_TERM_WORDS = 3
_TYPO = 0.8


def _edited(left: str, right: str) -> bool:
    """The same quote with words changed: most of its words kept, or a quoted term of a few
    words ("definitive" / "decisive"); a translator's rendering rewords the whole quote."""
    words_a, words_b = _folded(left).split(), _folded(right).split()
    if max(len(words_a), len(words_b)) <= 3:
        return True
    kept = len(set(words_a) & set(words_b)) / max(1, len(set(words_a) | set(words_b)))
    return kept >= 0.5


def _folded(quote: str) -> str:
    # "We're" / "We are": a contraction spelt out is the speaker's same words.
    return expand_contractions(fold_typography(quote)).lower().strip(" .,!?")


def _words(text: str) -> str:
    """The words alone: spacing, hyphens and punctuation inside a quote ("catch on , but",
    "non-violently") are no words of the speaker's."""
    joined = re.sub(r"(?<=\w)-(?=\w)", "", expand_contractions(fold_typography(text)).lower())
    return " ".join(re.findall(r"\w+", joined))


# Words that only join the speaker's words ("his love for drugs and for Japan" says what "his
# love for drugs and Japan" says); "not", "now", "never", "only", "all" carry the claim.
_GLUE = frozenset("a an the of for to and or in on at with by from that as".split())


def _content(words: str) -> list[str]:
    """The words that carry the quote: all but the articles, prepositions and conjunctions."""
    return [w for w in words.split() if w not in _GLUE]


def _changed(ctx: PairContext, quote: str, best: str, ratio: float) -> Finding:
    """The finding of a quote of A that B words differently."""
    same_words = sorted(_words(quote).split()) == sorted(_words(best).split())
    if same_words or _function_words_only(quote, best):
        # The speaker's words all kept, in another order ("very about cautious how"), or only
        # a small word slipped ("his love" / "he love", "of" / "onto"): a slip as often as an
        # edit. A rule of its own, without the edited quote's floor.
        how = (
            "the same words in another order"
            if same_words
            else "a pronoun, an article, a preposition or an auxiliary"
        )
        return draft(
            ctx,
            check="quote.small_words",
            category="quote",
            a=quote,
            b=best,
            message=f"a direct quote has {how} changed: quoted words must be the speaker's own",
            prior=0.35,
            evidence={"quote_match": ratio, "same_words": float(same_words)},
        )
    # A quote kept nearly verbatim with a word changed is an edited quote (the speaker's words
    # altered); one worded wholly anew is a translator's rendering. A quoted term
    # ("definitive" / "decisive") is the speaker's very word, in a translation as much as in a
    # revision: a rule of its own, with its own floor.
    edited = _edited(quote, best)
    term = max(len(quote.split()), len(best.split())) <= _TERM_WORDS
    return draft(
        ctx,
        check="quote.term" if term else "quote.edited" if edited else "quote.altered",
        category="quote",
        a=quote,
        b=best,
        message="a direct quote is worded differently: quoted words must be the speaker's own",
        prior=0.7 if edited else 0.5,
        evidence={"quote_match": ratio},
    )


# Words whose slip leaves the speaker's words standing: articles, pronouns in every case ("I" /
# "mine", "we" / "ourselves"), prepositions, conjunctions and the forms of "be", "have" and "do".
# Not the small words that carry the claim: "not", "never", "all", "only", "now", "will".
_SLIP_WORDS = frozenset(
    "a an the i me my mine myself we us our ours ourselves ourself you your yours yourself "
    "yourselves he him his himself she her hers herself it its itself they them their theirs "
    "themselves one oneself of for to in on at by with from into onto about over under upon "
    "among between through during and or but that which who whom "
    "is are was were be been being am has have had do does did".split()
)


def _function_words_only(quote: str, other: str) -> bool:
    """Whether the two quotes differ only in words whose slip leaves the claim standing."""
    left, right = _words(quote).split(), _words(other).split()
    return [w for w in left if w not in _SLIP_WORDS] == [w for w in right if w not in _SLIP_WORDS]


def _amounts_as_values(text: str) -> str:
    """``text`` with each amount written as its value and unit: "40,000", "forty thousand"
    and "40 000" are one figure in a speaker's words, the way a paper writes it; "40,000" /
    "50,000" stay two."""
    for quantity in sorted(extract_amounts(text), key=lambda q: q.start, reverse=True):
        said = re.sub(r"\W", "_", f"amount_{quantity.value}_{quantity.unit or ''}")
        text = f"{text[: quantity.start]}{said}{text[quantity.start + len(quantity.text) :]}"
    return text


def _verbatim(quote: str, best: str, a: str, b: str) -> bool:
    """The speaker's words are all kept, in order: only punctuation, spacing, a typo or where a
    quote mark stands changed ("We need to be constantly vigilant" / "We need to be"
    constantly vigilant; "vigilant" / "vigliant")."""
    left, right = _words(quote), _words(best)
    if (
        left == right
        or _words(_amounts_as_values(quote)) == _words(_amounts_as_values(best))
        or _typos_only(left.split(), right.split())
        or _typos_only(_content(left), _content(right))
    ):
        return True
    return f" {left} " in f" {_words(b)} " and f" {right} " in f" {_words(a)} "


def _typos_only(left: list[str], right: list[str]) -> bool:
    """Every changed word is a misspelling of its counterpart: the typo is the wording
    check's to report, the speaker's words are the same."""
    if len(left) != len(right):
        return False
    changed = [(x, y) for x, y in zip(left, right, strict=True) if x != y]
    return all(len(x) > 3 and spelling(x, y) >= _TYPO for x, y in changed)


# Words a title leaves in lower case ("Pride and Prejudice", "Man of the Year").
_TITLE_GLUE = frozenset("a an the of and or in on at to for with by from de la le".split())


def _title(quote: str) -> bool:
    """A name set in quotes ("Canned Kakioko", "Challenge Award", "Man of the Year"): a few
    words, each a capital's but the small ones, as titles of works, products and prizes are
    written. A title is no one's words, so quoting it or not changes no quotation."""
    words = re.findall(r"[\w'’-]+", quote)
    return (
        0 < len(words) <= 5
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_GLUE for w in words)
    )


# Number words with the scale words and the "and" that join them ("a hundred and five"): a
# quote of an amount alone ("the number "three"", "a "10" out of 10") names a figure, it quotes
# no one.
_AMOUNT_WORDS = frozenset(NUMBER_WORDS) | {"hundred", "thousand", "million", "billion", "and"}


def _amount_alone(quote: str) -> bool:
    """A quote that is an amount and nothing else, in digits or in words ("3", "three",
    "twenty-five"): a label of a figure, set in quotes as titles are."""
    words = re.findall(r"[^\W\d_]+|\d+(?:[.,]\d+)*", quote.lower())
    return (
        bool(words)
        and any(w not in ("a", "an", "and") for w in words)
        and all(w.isdigit() or w[0].isdigit() or w in _AMOUNT_WORDS for w in words)
    )


# The label of a control on a screen, set in quotes as a title is ('click "Save as"', 'check
# "Allow comments"', 'the "Remember me" box'): the words the screen shows, no one's speech,
# written in quotes or not as a manual's style has it. A label is read where the quote stands
# right after a verb of acting on a control or right before the control's noun.
_LABEL_WORDS = 5


def _control_label(quote: str, text: str) -> bool:
    """``quote`` stands in ``text`` as the label of a control: right after a verb of acting on
    it ("tap", "select", "check", "the" between or not) or right before its noun ("the
    "Remember me" box"), a few words with a capital first."""
    words = quote.split()
    if not 0 < len(words) <= _LABEL_WORDS or not words[0][:1].isupper():
        return False
    quoted = r"[\"“‘']" + re.escape(quote) + r"[\"”’']"
    after_verb = rf"\b(?:{cues.CONTROL_VERBS})\s+(?:the\s+)?{quoted}"
    before_noun = rf"{quoted}\s+(?:{cues.CONTROL_NOUNS})\b"
    return re.search(f"{after_verb}|{before_noun}", text, re.IGNORECASE) is not None


def _letters(quote: str) -> str:
    return re.sub(r"\W", "", quote).lower()


# A quote set in single marks: 'learning', ‘learning’, ’learning’ (a closing mark typed for the
# opening one); not an apostrophe inside a word.
_SINGLE = re.compile(r"(?<![\w'‘’])['‘’]([^'‘’\n]+?)['’](?![\w'‘’])")


def _single_quoted(quote: str, other: str) -> bool:
    """``other`` sets the very words of ``quote`` in single quote marks: one quotation in two
    typographies ("“learning”" / "'learning'")."""
    words = _words(quote)
    return bool(words) and any(_words(m.group(1)) == words for m in _SINGLE.finditer(other))


# A verb that reports speech ("the minister said they would not negotiate").
_SAYING = re.compile(
    r"\b(?:said|says|say|told|tells|added|stated|declared|insisted|warned|announced|promised|"
    r"vowed|claimed|explained|replied|wrote|writes|testified|argued)\b",
    re.IGNORECASE,
)
_OPENING_MARK = re.compile(r"\s*[,:]?\s*[\"“‘']")
# Reported speech moves the speaker's verbs one step back in time ("will" / "would").
_BACKSHIFT = {"will": "would", "can": "could", "shall": "should", "may": "might"}
# ... and the words that point from where the speaker stood: "“This is a dangerous
# escalation”" / "said it was a dangerous escalation".
_DEICTIC = frozenset("this these those".split())
_NOT_CARRIED = _SLIP_WORDS | _DEICTIC
# Where the report opens after the verb of saying and what stands between ("said after the
# meeting that the talks had been constructive"): the words after "that", a few words on.
_THAT = re.compile(r"^(?:\W*\w+){0,12}?\W+that\b", re.IGNORECASE)
# The speaker's "I" or "we" opening the quote, which the report names in the third person:
# by a pronoun, or by the speaker's own body or country ("“We are ready,” a union spokeswoman
# said" / "said the union was ready", "“Our hospitals cannot cope”" / "the country's hospitals
# could not cope", "“We will not raise taxes”" / "his government would not").
_FIRST_PERSON = frozenset("i we my our".split())
_OWNERS = frozenset("his her its their".split())
_MOST_NAMED = 3  # words that may name the speaker's side in the report
# The day or the week the speaker spoke from, as reported speech moves it ("tomorrow" / "the
# next day", "today" / "that day"): read as the speaker's own word.
_MOVED_TIMES = (
    (re.compile(r"\bthe\s+(?:next|following)\s+day\b", re.I), "tomorrow"),
    (re.compile(r"\bthe\s+(?:previous\s+day|day\s+before)\b", re.I), "yesterday"),
    (re.compile(r"\bthat\s+day\b", re.I), "today"),
    (re.compile(r"\bthe\s+(?:next|following)\s+week\b", re.I), "next week"),
    (re.compile(r"\bthe\s+(?:previous\s+week|week\s+before)\b", re.I), "last week"),
)


def _reported(quote: str, other: str) -> str:
    """The words of ``other`` that report ``quote`` as speech, or "": after a verb of saying,
    every word of the quote that carries its claim, in order, with the persons (pronouns)
    and the tenses (auxiliaries, "will" / "would") shifted: "“We will not negotiate,”
    the minister said" / "the minister said they would not negotiate"."""
    carried = _shifted(_words(quote))
    if len(carried) < 2 or f" {_words(quote)} " in f" {_words(other)} ":
        # The very words, unshifted: words put in quotes (or taken out of them), a claim
        # made verbatim or no longer so, not speech reported.
        return ""
    first_person = _words(quote).split()[0] in _FIRST_PERSON
    for saying in _SAYING.finditer(other):
        rest = other[saying.end() :]
        if _OPENING_MARK.match(rest):
            continue  # 'he stated, "We have placed ...': the quote itself, not a report
        said = _shifted(_words(_times_moved(rest)))
        # The one told may come first ("told reporters that he could"), or when and where it
        # was said ("said after the meeting that the talks had been constructive").
        opening = _THAT.match(rest)
        after_that = _shifted(_words(_times_moved(rest[opening.end() :]))) if opening else []
        if carried in (
            said[: len(carried)],
            said[1 : len(carried) + 1],
            after_that[: len(carried)],
        ):
            return rest.strip(" ,.")
        if first_person and opening and _speaker_named(carried, rest[opening.end() :], other):
            return rest.strip(" ,.")
    return ""


def reported_spans(text: str, other: str) -> list[tuple[int, int]]:
    """Where ``text`` quotes words that ``other``, quoting nothing, reports as speech (see
    :func:`_reported`): inside them the speaker's "I" and "we" are the report's "he" and
    "they"."""
    if cues.quotes(other):
        return []
    return [(start, end) for quote, start, end in cues.quote_spans(text) if _reported(quote, other)]


def _times_moved(text: str) -> str:
    for pattern, said in _MOVED_TIMES:
        text = pattern.sub(said, text)
    return text


def _speaker_named(carried: list[str], report: str, text: str) -> bool:
    """Whether ``report`` (the words after "that") opens with a few words that name the
    speaker's side in the quote's "I" or "we", then says the quote's claim: "his
    government", "the country's" (an owner), or words of the speaker's own description
    before the quote is reported ("a union spokeswoman said ... the union")."""
    raw = _words(_times_moved(report)).split()
    described = set(_words(text[: text.find(report)]).split()) - _SLIP_WORDS
    for cut in range(1, _MOST_NAMED + 1):
        named = raw[:cut]
        if _shifted(" ".join(raw[cut:]))[: len(carried)] != carried:
            continue
        content = [w for w in named if w not in _SLIP_WORDS]
        owned = named[0] in _OWNERS or (named[0] == "the" and named[-1] == "s")
        if content and (owned or set(content) <= described):
            return True
    return False


def _shifted(words: str) -> list[str]:
    """The words that carry a claim, as reported speech shifts them: tenses back ("cannot" /
    "could not", "did not know" / "had not known": each verb by its lemma), persons and
    pointing words left out."""
    shifted: list[str] = []
    for word in words.split():
        if word in _NOT_CARRIED:
            continue
        if word == "cannot":
            shifted += ["could", "not"]
            continue
        word = _BACKSHIFT.get(word, word)
        shifted.append(_lemma(word))
    return shifted


def _lemma(word: str) -> str:
    """A verb's lemma ("known" / "know", "taken" / "take"), or the word; the modals as they
    are ("would")."""
    if word in _BACKSHIFT.values() or not current().lexicon:
        return word
    lemmas = lexicon().lemmas(word, "v")
    return lemmas[0] if lemmas else word


# A word that already says the name is another's ("the so-called "peace plan""): quote marks
# after it add no distance of their own.
_SO_CALLED = r"\bso[\s-]called\s+"


def _scare_quoted(quote: str, own: str, other: str) -> bool:
    """Whether ``quote`` is a term set in quotes after "so-called" that ``other`` gives after
    "so-called" without them: one name, its distance said once or twice."""
    if len(quote.split()) > _TERM_WORDS:
        return False
    term = re.escape(quote).replace(r"\ ", r"\s+")
    marked = re.search(_SO_CALLED + r"[\"“‘']" + term + r"[\"”’']", own, re.IGNORECASE)
    plain = re.search(_SO_CALLED + term + r"(?![\w\"”’'])", other, re.IGNORECASE)
    return marked is not None and plain is not None


def check_quotes(ctx: PairContext) -> list[Finding]:
    left, right = cues.quotes(ctx.a), cues.quotes(ctx.b)
    # A title on either side is no quote on the other either, however that side cases or
    # spaces it ("Dunlap broadsides", " Dar - Trans "); nor is an amount alone ("three").
    titles = {_letters(q) for q in left + right if _title(q) or _amount_alone(q)}
    # A control's label on either side ('check "Allow comments"' / 'select the Allow comments
    # check box') is no quote on the other either.
    titles |= {_letters(q) for q in left if _control_label(q, ctx.a)}
    titles |= {_letters(q) for q in right if _control_label(q, ctx.b)}
    left = [q for q in left if _letters(q) not in titles]
    right = [q for q in right if _letters(q) not in titles]
    if left != right and _words(" ".join(left)) == _words(" ".join(right)):
        # The speaker's words all quoted, in order, split otherwise around the verb of saying
        # ('"The ward is full," she said, "and we cannot cope."' / '"The ward is full and we
        # cannot cope," she said.'): one quotation.
        return []
    left = [q for q in left if not _scare_quoted(q, ctx.a, ctx.b)]
    right = [q for q in right if not _scare_quoted(q, ctx.b, ctx.a)]
    found: list[Finding] = []
    unmatched = list(right)
    for quote in left:
        best, ratio = None, 0.0
        for other in unmatched:
            score = difflib.SequenceMatcher(None, _folded(quote), _folded(other)).ratio()
            if score > ratio:
                best, ratio = other, score
        if best is not None and ratio >= 0.3:
            unmatched.remove(best)
            if ratio < 1.0 and not _verbatim(quote, best, ctx.a, ctx.b):
                found.append(_changed(ctx, quote, best, ratio))
        elif _single_quoted(quote, ctx.b) or cues.unpaired_quote_marks(ctx.b):
            # “learning” / 'learning': the same quote in single marks; or B opens or closes a
            # quote without its other mark, which may be this one.
            continue
        elif reported := _reported(quote, ctx.b):
            found.append(
                draft(
                    ctx,
                    check="quote.reported",
                    category="quote",
                    a=quote,
                    b=reported,
                    message="a direct quote of A is reported speech in B: the same words, "
                    "their persons and tenses shifted",
                    prior=0.2,
                )
            )
        else:
            found.append(
                draft(
                    ctx,
                    check="quote.missing",
                    category="quote",
                    a=quote,
                    b="",
                    message="a direct quote of A is not quoted in B",
                    prior=0.55,
                )
            )
    for quote in [] if cues.unpaired_quote_marks(ctx.a) else unmatched:
        if _single_quoted(quote, ctx.a):
            continue
        if reported := _reported(quote, ctx.a):
            found.append(
                draft(
                    ctx,
                    check="quote.reported",
                    category="quote",
                    a=reported,
                    b=quote,
                    message="A reports as speech what B quotes: the same words, their "
                    "persons and tenses shifted",
                    prior=0.2,
                )
            )
            continue
        found.append(
            draft(
                ctx,
                check="quote.added",
                category="quote",
                a="",
                b=quote,
                message="B quotes words that A does not quote",
                prior=0.5,
            )
        )
    return found + _claim_moved(ctx) + _speakers_exchanged(ctx)


# How many words must cross a quotation mark before another claim is the speaker's: a clause
# ("The driver was drunk"), not a word or two a translator quotes or leaves out of the marks.
_MOVED_WORDS = 4
# The speaker made to say what the report told, or the report telling as fact what the speaker
# said: the words are all kept, only the quotation marks moved.
_PRIOR_BOUNDARY = 0.72


def _said_words(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", _folded(text)))


def _in_order(words: Counter[str], text: str) -> list[str]:
    """``words`` as ``text`` says them, in its order: what a reader finds there."""
    left = Counter(words)
    found = []
    for word in re.findall(r"\w+", _folded(text)):
        if left[word] > 0:
            left[word] -= 1
            found.append(word)
    return found


def _claim_moved(ctx: PairContext) -> list[Finding]:
    """Words that stand outside the quotation on one side and inside it on the other, both
    sides quoting: the narrator's fact put in the speaker's mouth ('Inflation reached 9
    percent. "Prices will fall," the minister said' / '"Inflation reached 9 percent. Prices
    will fall," the minister said'), or the speaker's claim told as fact ('The rebels said:
    "Troops killed twelve civilians. They will pay."' / 'Troops killed twelve civilians. "They
    will pay," the rebels said'). A quotation split otherwise around its verb of saying moves
    no words across its marks."""
    quoted_a, quoted_b = cues.quotes(ctx.a), cues.quotes(ctx.b)
    if not (quoted_a and quoted_b):
        return []  # reported speech on one side: the quote check's other findings
    if cues.unpaired_quote_marks(ctx.a) or cues.unpaired_quote_marks(ctx.b):
        return []  # a stray mark ('missing" weapons'): where the quotation ends is unknown
    inside_a, inside_b = _said_words(" ".join(quoted_a)), _said_words(" ".join(quoted_b))
    outside_a = _said_words(cues.strip_quotes(ctx.a))
    outside_b = _said_words(cues.strip_quotes(ctx.b))
    found = []
    for into, quoted_in, told_by in (
        ((inside_b - inside_a) & (outside_a - outside_b), "B", "A"),
        ((inside_a - inside_b) & (outside_b - outside_a), "A", "B"),
    ):
        quote = " ".join(quoted_b if quoted_in == "B" else quoted_a)
        moved = _in_order(into, quote)
        if sum(into.values()) < _MOVED_WORDS or len(_content(" ".join(moved))) < 2:
            continue
        found.append(
            draft(
                ctx,
                check="quote.boundary",
                category="quote",
                a="" if quoted_in == "B" else quote,
                b=quote if quoted_in == "B" else "",
                message=f"{quoted_in} quotes as the speaker's words what {told_by} tells as "
                f"narration ({' '.join(moved)!r}): the claim changed hands",
                prior=_PRIOR_BOUNDARY,
            )
        )
    return found


# A sentence's end inside the words between a quote and a verb of saying: the verb is of the
# next sentence ('"Safe," he said. The mayor said: ...').
_SENTENCE_END = re.compile(r"[.!?]\s")


def _speakers(text: str) -> dict[str, cues.Attribution]:
    """Each direct quote's words (folded) with the head of who says them: the source of a verb
    of saying right after the quote ('"The bridge is safe," the engineer said'; '"...," said the
    minister') or right before it ('the opposition leader warned: "..."'). Quotes with no
    source read so, or said by a pronoun, are left out."""
    spans = cues.quote_spans(text)
    speakers: dict[str, cues.Attribution] = {}
    for index, (quote, start, end) in enumerate(spans):
        after = text[end : spans[index + 1][1] if index + 1 < len(spans) else len(text)]
        before = text[spans[index - 1][2] if index else 0 : start]
        source = None
        found = cues.attributions(after)
        if found and not _SENTENCE_END.search(after[: max(0, after.find(found[0].phrase))]):
            source = found[0]
        else:
            found = cues.attributions(before)
            if found:
                phrase = found[-1].phrase
                if not before[before.rfind(phrase) + len(phrase) :].strip(" ,:\n"):
                    source = found[-1]
        if source and not cues.is_pronoun(source.source):
            speakers[_folded(quote)] = source
    return speakers


def _speakers_exchanged(ctx: PairContext) -> list[Finding]:
    """The same words quoted on both sides, each said by another of the same speakers:
    '"The bridge is safe," the engineer said. "It needs repairs," the mayor said.' / '"It needs
    repairs," the engineer said. "The bridge is safe," the mayor said.' Every name is kept and
    every quote verbatim, so no other check sees that the two speakers' words changed hands."""
    said_a, said_b = _speakers(ctx.a), _speakers(ctx.b)
    speakers_a = {said.source for said in said_a.values()}
    speakers_b = {said.source for said in said_b.values()}
    for quote, speaker in said_a.items():
        other = said_b.get(quote)
        if other is None or other.source == speaker.source:
            continue
        if speaker.source not in speakers_b or other.source not in speakers_a:
            continue  # another source altogether: the attribution check's to read
        # One finding for the exchange: the other quote's is the same change seen from it.
        return [
            draft(
                ctx,
                check="quote.speaker_exchanged",
                category="quote",
                a=quote,
                b=quote,
                message=f"A gives the quote {quote[:60]!r} to {speaker.phrase!r}, B to "
                f"{other.phrase!r}: the speakers' words changed hands",
                prior=0.85,
            )
        ]
    return []
