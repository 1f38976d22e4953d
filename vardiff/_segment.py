"""Cut news text into sentences, each with exact character offsets into the original string.

Three passes, each linear in the length of the text:

1. Lines. Every line break (LF, CR, CRLF and the other breaks ``str.splitlines`` knows) ends a
   segment, because the inputs hold one paragraph, heading, list item or table row per line;
   except in hard-wrapped text (a paragraph filled to a width, as editors, e-mail and ``fmt``
   do), where a break that wrapping made joins its two lines (:func:`_units`).
2. Sentences. Inside a line, a run of ``.``, ``?``, ``!`` or ``…`` (with any closing quotes and
   brackets after it) followed by whitespace is a candidate boundary. Small rules look at the word
   before and the word after to keep abbreviations (``Mr.``, ``Gen.``), initials (``V.``), dotted
   acronyms (``U.S.``), list markers (``1.``) and quoted speech followed by attribution
   (``“…? I'm skeptical,” he said``) inside one sentence.
3. Size cap. A sentence longer than ``max_chars`` is cut after a ``;``/``:``, else a ``,``, else
   at whitespace in the second half of the allowed window, else hard at the cap. Among the
   candidates of the best kind the cut goes where the following text has the smallest hash
   (content-defined chunking, as in rsync): the choice depends on the words around the cut, not
   on its distance from the previous one, so one word inserted early in a 50,000-character line
   moves only the cuts near it, and the pieces after them stay identical in both versions.

No model and no network: the same text always gives the same sentences.
"""

from __future__ import annotations

import itertools
import re
import zlib
from collections.abc import Iterator
from dataclasses import replace

from ._document import Sentence, shown
from ._errors import InputError, LimitError
from ._furniture import DATELINE

__all__ = ["segment"]

_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
# A line with its surrounding whitespace already stripped.
_LINE = re.compile(rf"\S(?:[^{_BREAKS}]*\S)?")
# The lookbehind makes each run of terminal punctuation one attempt, which keeps the scan linear
# even on a line made of nothing but dots.
# The closers after the mark may hold a footnote marker ("said.[4]") or a character reference
# of a closing quote ("definitive.&rdquo;"), which the sentence reads as markup (``shown``).
_END = re.compile(
    r"(?<![.?!…])([.?!…]++)((?:[\"'”’»)\]}]|\[(?:\d{1,3}|[a-z]|\^\w{1,12})\]"
    r"|&(?:rdquo|rsquo|quot|raquo|#8221|#8217|#39|#34);)*+)(?=\s)"
)
# Full-width sentence ends of Chinese and Japanese (and the half-width "｡"), then any closers.
_CJK_END = re.compile(r"[。！？｡]++[」』”’）)】》〉〕\"']*+")
_NEXT = re.compile(r"\s+([(\[{“‘\"'«¿¡]*)(\w{0,24})")
_WORD = re.compile(r"[\w.]*\Z")
_DOTTED = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
# (perhaps in bold, "**4." of "**4. Conduct**"; a clause's "3.1." of "3.1. You may")
_LIST_MARKER = re.compile(
    r"(?:\*\*|__)?(?:\d{1,3}(?:\.\d(?!\d)|(?:\.\d{1,2}){2,3})?|[A-Za-z]|[A-Z]\d{1,2}|[ivx]{1,4}"
    r"|[IVX]{1,4})"
)
_DOUBLE_QUOTE = re.compile(r"[\"“”„«»]")
_ATTRIBUTION = re.compile(r"[,;:]?\s+[(\[]?(\w)")
_PREV_WINDOW = 40
_NON_SPACE = re.compile(r"\S")
_SPACES = re.compile(r"\s+")
# Preferred places to cut an over-long sentence, best first; the mark must be followed by a space
# so that ``1,000`` and ``10:30`` stay whole.
_CUT_AFTER = (re.compile(r"[;:](?=\s)"), re.compile(r",(?=\s)"))


def _words(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Always followed by a name or a noun, so never the last word of a sentence.
_TITLES = _words(
    "mr mrs ms mx dr prof gen lt col sgt capt cpl maj adm cmdr brig sen rep gov supt rev fr hon "
    "pres amb atty messrs mme mlle vs cf approx ca viz"
)
# Only an abbreviation before a number: ``No. 5`` but ``the answer was no. Then``.
_BEFORE_NUMBER = _words("no nos nr art sec ch fig figs p pp vol vols op para")
# Usually inside a sentence, but ``in the U.S. The next day`` does end one; see ``_STARTERS``.
_SOFT = _words(
    "jan feb mar apr jun jul aug sep sept oct nov dec inc co corp ltd llc plc jr sr bros etc al "
    "st mt ft ave blvd rd dept univ est"
)
# Capitalised words that begin sentences but are almost never part of a name, so after a soft
# abbreviation they signal a new sentence while ``U.S. Navy`` or ``Mark A. Milley`` do not.
_STARTERS = _words(
    "A An The This That These Those It Its He She They We I You His Her Their Our My There Here "
    "But And Or So Yet In On At For As If When While After Before Since Although Though However "
    "Meanwhile Still Then Now What Who Why How Where Both Each Every Some Many Most All Such "
    "Also Last According Earlier Later Instead Despite During"
)


def segment(
    text: str,
    *,
    max_chars: int = 1000,
    max_sentences: int | None = None,
    max_pieces: int | None = None,
) -> tuple[Sentence, ...]:
    """Return the sentences of ``text`` in order; ``text[s.start:s.end] == s.text`` for each.

    With ``max_sentences``, raise LimitError as soon as the count passes it, so that a huge
    input stops after that many sentences instead of after building all of them in memory.
    With ``max_pieces`` (the model's input window in word pieces), a unit whose estimated word
    pieces exceed it is cut like an over-long one, so that the model never silently drops its
    tail: 949 characters of Cyrillic are about 770 word pieces, far over MiniLM's 256.
    """
    if not isinstance(text, str):
        raise InputError(f"segment() needs text (str), not {type(text).__name__}")
    if max_chars < 1:
        raise ValueError(f"max_chars must be at least 1, not {max_chars}")
    out: list[Sentence] = []
    limit = len(text) if max_sentences is None else max_sentences
    units = _units(text)
    labels = _labels(text, units)
    for lo, hi in units:
        if len(out) > limit:
            raise LimitError(f"more than the limit of {limit:,} sentences")
        if _BLOCK_LINE.fullmatch(text, lo, hi):
            continue  # a block quote's blank line parts its paragraphs, and is no sentence
        start = lo
        # A dateline opening a paragraph ("SEOUL —", "KYIV, Ukraine (AP) —") says where the
        # story was filed, not what it tells: a segment of its own, so that a copy without it
        # reads its first sentence against the same words.
        # So is the time stamp a live page sets before an entry on its line ("22:15 – The
        # count has begun."): a copy that sets it on a line of its own reads the same.
        # And so is the speaker's name before a turn of an interview or a transcript
        # ("Osei: It is the driest ...", "**Q:** How serious ..."): the turn's words are read
        # as they are, and who says them is held against the other text apart (_stamps).
        dateline = (
            _DATELINE.match(text, lo, hi)
            or _STAMP.match(text, lo, hi)
            or _label(text, lo, hi, labels)
        )
        if dateline is not None:
            _emit(text, lo, dateline.end("line"), max_chars, out, max_pieces)
            start = dateline.end()
        # A table row is one unit: a full stop inside a cell would cut the row apart.
        if text[lo] != "|":
            for piece_lo, piece_hi in _cjk_pieces(text, start, hi):
                start = piece_lo
                for end, following in _boundaries(text, piece_lo, piece_hi):
                    _emit(text, start, end, max_chars, out, max_pieces)
                    start = following
                if piece_hi < hi:
                    _emit(text, start, piece_hi, max_chars, out, max_pieces)
        _emit(text, start, hi, max_chars, out, max_pieces)
    if len(out) > limit:
        raise LimitError(f"more than the limit of {limit:,} sentences")
    return tuple(_quote_blocks(text, out))


_BLOCK_LINE = re.compile(r"(?:>[^\S\n\r]*)+")
_BLOCK_START = re.compile(r">")
# A credit line under a block quote ("> — Helen Marsh, chief executive"): no words of it.
_CREDIT = re.compile(r"(?:>[^\S\n\r]*)+(?:—|–|--|-)[^\S\n\r]*[A-Z]")
_QUOTE_MARK = re.compile('["“”„«»]')
# Between two lines of one block quote: line breaks and the marks of blank lines of the block.
_IN_BLOCK = re.compile(r"[^\S\n\r]*(?:[\n\r]+[^\S\n\r]*(?:>[^\S\n\r]*)*)+")


def _quote_blocks(text: str, out: list[Sentence]) -> list[Sentence]:
    """``out`` with each block quote ("> ..." lines) that holds no quotation mark read as the
    quotation it marks: its first sentence opens it and its last (before a credit line)
    closes it."""
    if ">" not in text:
        return out
    runs: list[list[int]] = []
    last_line = -1
    for k, sentence in enumerate(out):
        line = text.rfind("\n", 0, sentence.start) + 1
        if not _BLOCK_START.match(text, line) or _CREDIT.match(text, line):
            last_line = -1
            continue
        if last_line >= 0 and (
            line == last_line or _IN_BLOCK.fullmatch(text, out[k - 1].end, sentence.start)
        ):
            runs[-1].append(k)
        else:
            runs.append([k])
        last_line = line
    for run in runs:
        first, final = out[run[0]], out[run[-1]]
        if _QUOTE_MARK.search(text, first.start, final.end):
            continue  # a block quote that sets its own quotation marks
        out[run[0]] = replace(out[run[0]], opens=True)
        out[run[-1]] = replace(out[run[-1]], closes=True)
    return out


_DATELINE = re.compile(DATELINE + r"\s+(?=[A-Z\"“‘'])")
# A speaker's label opening a turn, perhaps in bold: a name of one to four words or "Q", a colon.
_SPEAKER = re.compile(
    r"(?P<line>(?:\*\*|__)?(?P<name>[A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]*){0,3})"
    r"(?:\*\*|__)?:(?:\*\*|__)?)[^\S\n]+(?=\S)"
)
_MIN_TURNS = 4  # labelled turns a transcript has, one speaker's label among them twice or more
_TURNS_SHARE = 1 / 3  # of its lines at least: a headline "Media: ..." repeated is no transcript


# The labels of a page of questions and answers (a manual's troubleshooting, a page of
# frequently asked questions): the question's label, and the label of the answer under it.
QA_LABELS = {"q": "a", "question": "answer", "problem": "solution"}
_MIN_QA = 2  # questions a page sets, each with its answer under it on the next line
_ANY = frozenset({"*"})  # every speaker's label is one


def _labels(text: str, units: list[tuple[int, int]]) -> frozenset[str] | None:
    """The labels (lower-cased) that open a turn of ``text`` and are set apart, ``_ANY`` for
    every speaker's label, or None for none.

    A page of questions and answers ("Q: The washer does not start." over "A: Check the
    plug.") has only those two labels: a line such as "Rated pressure: 110 bar" on it is text,
    however many of them a table set as lines has. Otherwise an interview or a transcript
    sets them all: a third of its lines or more open with speakers' labels, one of them on
    more than one line ("Key facts: ..." once is a lead-in)."""
    names = [
        m.group("name").lower() if (m := _SPEAKER.match(text, lo, hi)) else "" for lo, hi in units
    ]
    for question, answer in QA_LABELS.items():
        if sum((x, y) == (question, answer) for x, y in itertools.pairwise(names)) >= _MIN_QA:
            return frozenset({question, answer})
    found = [name for name in names if name]
    if len(found) >= max(_MIN_TURNS, _TURNS_SHARE * len(units)) and len(found) > len(set(found)):
        return _ANY
    return None


def _label(text: str, lo: int, hi: int, labels: frozenset[str] | None) -> re.Match[str] | None:
    """The speaker's label opening the unit ``text[lo:hi]`` if ``labels`` sets it apart."""
    if labels is None or (match := _SPEAKER.match(text, lo, hi)) is None:
        return None
    return match if labels is _ANY or match.group("name").lower() in labels else None


_STAMP = re.compile(
    r"(?P<line>\d{1,2}[:.]\d{2}(?:\s*[aApP]\.?[mM]\.?)?(?:\s+(?:GMT|UTC|[A-Z]{1,3}T))?"
    r"\s*(?:—|–|--|-))\s+(?=[A-Z\"“‘'])"
)

# Hard-wrapped text: its lines are filled to a width of this many characters at most (72 and
# 80 are the usual ones); longer lines are paragraphs of their own.
_WRAP_WIDTHS = (30, 120)
# At least this many breaks inside paragraphs, and this share of them made by wrapping, before
# a text counts as hard-wrapped: a list of short headlines has breaks of neither kind.
_MIN_WRAPPED = 2
_WRAPPED_SHARE = 0.5
# How much wider than the width a line of prose must be to show that the text was not filled.
_UNFILLED_MARGIN = 20
# A line that ends a sentence, a clause before a list, or a heading's question.
_LINE_END = re.compile(r"[.?!…:;][\"'”’»)\]}]*\Z")
# The last character of a line of prose and the first of the next: a word's, a figure's, a
# comma or a quote or bracket around words.
_PROSE_END = re.compile(r"[\w,.?!…:;%\"'”’»)\]-]\Z")
_PROSE_START = re.compile(r"[\w\"'“‘«(\[$£€]")
# A line that opens an item of its own: a list marker, a table row, a heading, a quote block.
_ITEM_START = re.compile(r"(?:[-*•|#>]|\d{1,3}[.)])(?:\s|\Z)")


def _units(text: str) -> list[tuple[int, int]]:
    """The spans the sentence pass reads: each line, stripped, except where the text is
    hard-wrapped; there two lines are one unit when the break between them is one wrapping
    made: the first line does not end a sentence, and the next line's first word would not
    have fitted on it (greedy filling puts every word that fits on the line)."""
    lines = [m.span() for m in _LINE.finditer(text)]
    if len(lines) < 2:
        return lines
    return _lists(text, _unwrapped(text, lines))


def _unwrapped(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines, those a wrapping break parts joined (see :func:`_units`)."""
    # A blank line between two lines (one that holds only spaces or tabs too) parts paragraphs.
    inner = [
        i
        for i, (line, following) in enumerate(itertools.pairwise(lines))
        if len(_LINE_BREAK.findall(text, line[1], following[0])) < 2
    ]
    # The width is that of the longest line a break inside a paragraph follows, but for one
    # before an item of a list or a row: a headline, a list item or a row kept whole when
    # the prose was filled would set it wider than the prose was filled to.
    filled = [lines[i] for i in inner if not _ITEM_START.match(text, lines[i + 1][0])]
    width = max(hi - lo for lo, hi in filled or lines)
    # Most texts hold a paragraph a line, far longer than any width text is filled to.
    if not _WRAP_WIDTHS[0] <= width <= _WRAP_WIDTHS[1]:
        return lines
    wrapped = {i for i in inner if _soft_break(text, lines[i], lines[i + 1], width)}
    if len(wrapped) < _MIN_WRAPPED or len(wrapped) < _WRAPPED_SHARE * len(inner):
        return lines
    # Prose a line a paragraph, wider than the width by far, in more paragraphs than there are
    # breaks read as wrapping: the text was not filled to a width, and the lines of its few
    # breaks are rows of their own ("Helen Achterberg (Conservative) 4,953 (16.1%, −6.4)").
    unfilled = sum(
        1
        for lo, hi in lines
        if hi - lo > width + _UNFILLED_MARGIN and _LINE_END.search(text, lo, hi)
    )
    if unfilled > len(wrapped):
        return lines
    units = [lines[0]]
    for i, line in enumerate(lines[1:]):
        if i in wrapped:
            units[-1] = (units[-1][0], line[1])
        else:
            units.append(line)
    return units


_LINE_BREAK = re.compile(rf"\r\n|[{_BREAKS}]")
# The lead-in of a list: a line that ends on a colon ("supplying the following:"), and an item
# of one: a line that opens on a bullet or a number ("- rifles", "2. Fukuoka: 90").
_LEAD_IN = re.compile(r":\Z")
_LIST_ITEM = re.compile(r"(?:[-*•+]|\d{1,3}[.)])\s")
# A label alone on its line ("Present:", "Apologies:"), and a line that names someone or
# something, with what they are in brackets ("Ruth Adeyemi (chair)"): no sentence.
_LABEL_LINE = re.compile(r"[A-Z][a-z]+(?:[^\S\n\r][a-z]+)?:")
_NAME_LINE = re.compile(
    r"[A-Z][\w.'’-]*(?:[^\S\n\r]+[A-Z][\w.'’-]*){0,3}(?:[^\S\n\r]+\([^()\n]{1,40}\))?"
)


def _in_list(text: str, units: list[tuple[int, int]], first: int, at: int) -> bool:
    """Whether the unit ``at`` is an item of the list whose first item is ``first``: a line
    that opens on a bullet or a number, and after a blank line on the same kind of mark as
    the first item's; a numbered line after a blank line under bullets ("- liver problems",
    "", "5. How to store it") opens a section of its own."""
    item = _LIST_ITEM.match(text, units[at][0])
    if item is None or at == first:
        return item is not None
    if len(_LINE_BREAK.findall(text, units[at - 1][1], units[at][0])) < 2:
        return True
    return text[units[first][0]].isdigit() == text[units[at][0]].isdigit()


def _lists(text: str, units: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``units`` with each list laid out under its lead-in read as one unit with it: a
    sentence laid out as a list ("supplying:" then "- rifles", "- mortars") says what the
    sentence said in one line, and read item by item its items would be fragments, none of
    them a sentence, that neither side's other sentences could be paired with."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(units):
        lo, hi = units[k]
        end = k + 1
        named = 0
        if _LEAD_IN.search(text, lo, hi):
            while end < len(units) and _in_list(text, units, k + 1, end):
                end += 1
            # A label on a line of its own over names a line each ("Present:" over "Ruth
            # Adeyemi (chair)", "Tom Keswick"), up to the paragraph's end: one list.
            if end == k + 1 and _LABEL_LINE.fullmatch(text, lo, hi):
                while (
                    end < len(units)
                    and _NAME_LINE.fullmatch(text, *units[end])
                    and len(_LINE_BREAK.findall(text, units[end - 1][1], units[end][0])) < 2
                ):
                    end += 1
                named = end - k - 1
        if end - k > 2 or named:  # a lead-in and two items at least, or a label's names
            out.append((lo, units[end - 1][1]))
        else:
            out.append((lo, hi))
            end = k + 1
        k = end
    return out


def _soft_break(text: str, line: tuple[int, int], following: tuple[int, int], width: int) -> bool:
    """Whether the break after ``line`` is one that filling to ``width`` made."""
    first = text[following[0] : following[1]].split()[0]
    if _ITEM_START.match(text, following[0]):
        return False
    # Prose on both sides of the break: markup and code ("</style>" / "<script>") are no
    # paragraph filled to a width, however long their lines.
    if not (_PROSE_END.search(text, line[0], line[1]) and _PROSE_START.match(first)):
        return False
    # A line ending in a full stop ends a sentence, unless the next goes on in lower case
    # ("then-U.S." / "military chief"): the sentence pass then reads the stop where it stands.
    if _LINE_END.search(text, line[0], line[1]) and not first[:1].islower():
        return False
    return (line[1] - line[0]) + 1 + len(first) > width


def _cjk_pieces(text: str, lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """The line cut after each CJK sentence end (``。`` ``！`` ``？`` and closing brackets or
    quotes after them), which needs no space after it: Chinese and Japanese put none. Each
    piece is stripped; the last one runs to ``hi``."""
    start = lo
    for m in _CJK_END.finditer(text, lo, hi):
        resume = _NON_SPACE.search(text, m.end(), hi)
        if resume is None:
            break
        yield start, m.end()
        start = resume.start()
    yield start, hi


def _boundaries(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """(end of sentence, start of the next) for every boundary inside the stripped line."""
    found: list[tuple[int, int]] = []
    quotes: list[tuple[int, int]] | None = None  # found only once a ?, ! or … needs them
    q = 0
    for m in _END.finditer(text, lo, hi):
        punct_at = m.start()
        in_quote = False
        if m.group(1) != ".":
            if quotes is None:
                quotes = _attributed_quotes(text, lo, hi)
            while q < len(quotes) and quotes[q][1] < punct_at:
                q += 1
            in_quote = q < len(quotes) and quotes[q][0] < punct_at
        window_lo = max(lo, punct_at - _PREV_WINDOW)
        prev = text[window_lo:punct_at]
        words = prev.split()
        prev = words[-1] if words and not prev[-1].isspace() else ""
        # The word opens the unit or a line of it (an item of a list read with its lead-in).
        opens = punct_at - len(prev)
        first_on_line = bool(prev) and (
            opens == lo
            or (opens > window_lo and text[opens - 1] in _BREAKS)
            or _after_heading_mark(text, lo, opens)
        )
        nxt = _NEXT.match(text, m.end(), hi)
        assert nxt is not None  # the lookahead in _END saw whitespace
        if _is_boundary(prev, m.group(1), m.group(2), nxt.group(2), first_on_line, in_quote):
            found.append((m.end(), nxt.start(1)))
    return found


def _attributed_quotes(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of double-quoted speech that runs on into its attribution.

    That is a quote closed by a comma (``“…,” Kirby said``) or followed by a lower-case word
    (``“…?” he asked``): the quoted words are then part of a longer sentence.
    """
    spans: list[tuple[int, int]] = []
    opened = -1
    for m in _DOUBLE_QUOTE.finditer(text, lo, hi):
        i = m.start()
        c = text[i]
        # A straight quote opens after a space or bracket and closes after anything else.
        if c in "“„«" or (c == '"' and (i == lo or text[i - 1].isspace() or text[i - 1] in "([{")):
            opened = i
        elif opened >= 0:
            after = _ATTRIBUTION.match(text, i + 1, hi)
            if after is not None and (text[i - 1] == "," or after.group(1).islower()):
                spans.append((opened, i))
            opened = -1
    return spans


# A Markdown heading's mark at the start of a line ("## "): a section's number after it ("## 4.
# Possible side effects") opens the heading as it opens a plain line.
_HEADING_MARK = re.compile(r"#{1,6}[^\S\n\r]+")


def _after_heading_mark(text: str, lo: int, at: int) -> bool:
    line = max(lo, *(text.rfind(c, lo, at) + 1 for c in "\n\r"))
    return _HEADING_MARK.fullmatch(text, line, at) is not None


def _is_boundary(
    prev: str, punct: str, closers: str, next_word: str, first_on_line: bool, in_quote: bool
) -> bool:
    first = next_word[:1]
    lower = first.islower()
    if punct != ".":
        # ``?``/``!``/``…`` before lower case, or inside quoted speech that runs on into its
        # attribution, are part of the sentence: ``“Really?” she asked``.
        return not (lower or in_quote)
    if lower and any(c in "\"'”’»" for c in shown(closers)):
        return False
    word = m.group() if (m := _WORD.search(prev)) else ""
    key = word.lower()
    if first_on_line and _LIST_MARKER.fullmatch(prev):
        return False
    if key in _TITLES:
        return False
    if key in _BEFORE_NUMBER:
        return not first.isdecimal()
    if key in _SOFT or _DOTTED.fullmatch(word) or (len(word) == 1 and word.isupper()):
        return next_word in _STARTERS
    # An ordinary word and a full stop end the sentence even before lower case, so that a stray
    # fragment such as ``field. of battle.`` stays visible as its own segment.
    return True


def _emit(
    text: str,
    start: int,
    end: int,
    max_chars: int,
    out: list[Sentence],
    max_pieces: int | None = None,
) -> None:
    """Append text[start:end] (stripped, non-empty) to ``out``, cut to at most ``max_chars``
    and, with ``max_pieces``, to at most that many estimated word pieces."""
    while True:
        cap = max_chars
        # The estimate is at most one piece a character, so a short unit cannot be over.
        if max_pieces is not None and min(end - start, max_chars) > max_pieces:
            cap = _piece_cap(text, start, min(end - start, max_chars), max_pieces)
        if end - start <= cap:
            break
        cut = _cut(text, start, cap)
        piece_end = cut
        while text[piece_end - 1].isspace():
            piece_end -= 1
        _append_read(out, Sentence(text[start:piece_end], start, piece_end))
        resume = _NON_SPACE.search(text, cut, end)
        assert resume is not None  # ``end`` follows a non-space character
        start = resume.start()
    _append_read(out, Sentence(text[start:end], start, end))


def _append_read(out: list[Sentence], sentence: Sentence) -> None:
    """Appends ``sentence`` unless a reader sees nothing of it: a soft hyphen or a zero-width
    space alone is no sentence (its reading is empty)."""
    if sentence.reading.strip():
        out.append(sentence)


_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]+")
_ASCII_PUNCT = re.compile(r"[!-/:-@\[-`{-~]+")
# Word pieces per character, fitted to MiniLM's (BERT's) vocabulary: English, French and German
# words run at about 0.3 pieces a letter, punctuation is a piece each, Cyrillic or CJK about one
# a character. On 1,827 sentences (seeds, MQM English and Chinese) the estimate is at least 0.97
# of the real count (median 1.38); callers keep a margin.
_PIECES_PER_LETTER = 0.35


def estimate_pieces(text: str) -> float:
    """A quick, deterministic estimate of the word pieces a BERT-style tokenizer makes of
    ``text``, computed by C-speed passes (no tokenizer is loaded)."""
    letters = len(text) - len(_ASCII_ALNUM.sub("", text))
    punctuation = len(text) - len(_ASCII_PUNCT.sub("", text))
    other = len(text) - len(text.encode("ascii", "ignore"))  # non-ASCII characters
    return _PIECES_PER_LETTER * letters + punctuation + other


def _piece_cap(text: str, start: int, window: int, max_pieces: int) -> int:
    """The most characters from ``start`` (up to ``window``) estimated to fit ``max_pieces``."""
    floor = min(window, 20)
    while window > floor and estimate_pieces(text[start : start + window]) > max_pieces:
        window = max(floor, window * 4 // 5)
    return window


def _cut(text: str, start: int, max_chars: int) -> int:
    """Where to end a piece that starts at ``start`` and may hold ``max_chars`` characters.

    Only the second half of the window is searched, so every cut moves at least half the cap
    forward and the total work stays linear however the text is punctuated.
    """
    hi = start + max_chars
    lo = start + max(1, max_chars // 2)
    for pattern in _CUT_AFTER:
        # The mark may sit at lo - 1 (piece ends at lo); the lookahead needs to see text[hi].
        cut = _stable_cut(text, (m.end() for m in pattern.finditer(text, lo - 1, hi + 1)))
        if cut is not None:
            return cut
    cut = _stable_cut(text, (m.start() for m in _SPACES.finditer(text, lo, hi + 1)))
    return cut if cut is not None else hi


# How much of the text after a candidate cut decides its rank: about two words.
_CUT_KEY_CHARS = 16


def _stable_cut(text: str, candidates: Iterator[int]) -> int | None:
    """The candidate whose following text hashes lowest; the later one on a tie.

    Picking by the last candidate (or any rule based on position) makes every cut after an
    edit shift with it, so two versions of a long unpunctuated line would share no piece at all
    and align as wholesale omission and addition. A content hash resynchronises after the edit.
    zlib.crc32 rather than ``hash()``: the choice must be the same in every process.
    """
    best: int | None = None
    best_key = 0
    for pos in candidates:
        following = text[pos : pos + _CUT_KEY_CHARS].lstrip()
        key = zlib.crc32(following.encode("utf-8", "surrogatepass"))
        if best is None or key <= best_key:
            best, best_key = pos, key
    return best
