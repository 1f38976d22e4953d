"""Three things a page sets apart from its sentences that still say when, where or who.

* A dateline ("SOUTHAMPTON, 14 March 2025 –") is furniture: a copy may drop it, set it on a
  line of its own or in another style, and its first sentence reads the same. But a dateline
  both versions keep that names another place or another date says the story was filed
  elsewhere or on another day (medium).
* A live page (a live blog) sets a time stamp over each entry ("22:15", "10.15pm"): each
  stamp alone is furniture, and the entries may run newest first or oldest first. But a
  sentence that stands under another time than it did (its entry's time changed, or two
  entries' texts exchanged under their times) tells that the thing happened at another time
  (medium).
* An interview or a transcript sets a speaker's label before each turn ("Osei:", "Q:"): the
  label is set apart too, so that a copy that names the speaker in full, in bold or as
  "Interviewer:" reads the same turn. But a turn whose words B gives to another speaker
  ("Osei:" / "Bellamy:") puts them in another mouth (medium).
"""

from __future__ import annotations

import re

from ._document import Document
from ._furniture import furniture_kind
from ._layout_findings import start_in_pair, told_in_b
from ._report import Finding, Pair
from ._segment import QA_LABELS
from ._words import HONORIFICS

__all__ = ["dateline_changed", "retimed", "to_other_voice"]

_MIN_STAMPS = 3  # time stamps a live page sets: one or two are a page's "Updated 14:05"
_CLOCK = re.compile(
    r"(\d{1,2})[:.](\d{2})(?::\d{2})?\s*(?:([ap])\.?m\.?)?(?:\s*(?:gmt|utc|[a-z]{1,3}t))?", re.I
)
_EDGES = "#*_|·•-–— \t"


def clock(reading: str) -> int | None:
    """The minute of the day a sentence that is a time stamp and nothing else tells, or None."""
    text = reading.strip(_EDGES)
    match = _CLOCK.fullmatch(text)
    if match is None or furniture_kind(text) != "timestamp":
        return None
    hour, minute, half = int(match.group(1)), int(match.group(2)), match.group(3)
    if half is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half.lower() == "p" else 0)
    if hour > 23 or minute > 59:
        return None
    return hour * 60 + minute


def _under(doc: Document) -> dict[int, int] | None:
    """For each sentence of a live page below its first time stamp, the time of the stamp over
    it; None for a text that is no live page."""
    stamps = {i: clock(s.reading) for i, s in enumerate(doc.sentences)}
    if sum(t is not None for t in stamps.values()) < _MIN_STAMPS:
        return None
    out: dict[int, int] = {}
    current: int | None = None
    for i in range(len(doc.sentences)):
        time = stamps[i]
        if time is not None:
            current = time
        elif current is not None:
            out[i] = current
    return out


def _said(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def retimed(pairs: list[Pair], doc_a: Document, doc_b: Document) -> dict[int, Finding]:
    """The pairs (by index) of a live page whose sentence in B stands under another time stamp
    than its counterpart in A (medium), each with its finding."""
    under_a, under_b = _under(doc_a), _under(doc_b)
    if under_a is None or under_b is None:
        return {}
    found: dict[int, Finding] = {}
    for n, pair in enumerate(pairs):
        a = pair.a or (pair.moved if pair.status == "added" else ())
        b = pair.b
        if not (a and b):
            continue
        times_a = {under_a[i] for i in a if i in under_a}
        times_b = {under_b[j] for j in b if j in under_b}
        if not times_a or not times_b or times_a & times_b:
            continue
        found[n] = told_in_b(
            check="order.time_stamp",
            category="order",
            message=(
                "told at another time: on this live page the sentence stands under the time "
                f"stamp {', '.join(map(_said, sorted(times_a)))} in A and "
                f"{', '.join(map(_said, sorted(times_b)))} in B"
            ),
            text=pair.b_text,
        )
    return found


_LABEL = re.compile(r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}):")
# In a label, "Professor" stands before the name as "Prof." does.
_TITLES = frozenset(w.rstrip(".") for w in HONORIFICS) | {"professor"}
# The interviewer, by any of the labels an interview or a page of questions gives the
# questions; and who answers, by the labels such a page gives the answers ("Q:" over "A:",
# "Problem:" over "Solution:" say the same).
_ASKER = frozenset({"interviewer", *QA_LABELS})
_ANSWERER = frozenset(QA_LABELS.values())
_MIN_TURNS = 4
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")


def speaker(reading: str) -> frozenset[str] | None:
    """The words that name the speaker of a label standing alone ("Dr. Amara Osei:" is
    {"amara", "osei"}; "Q:" and "Interviewer:" are the interviewer), or None."""
    match = _LABEL.fullmatch(reading.strip())
    if match is None or furniture_kind(reading) != "speaker label":
        return None
    words = {w.strip(".").lower() for w in match.group(1).split()} - _TITLES
    if words & _ASKER:
        return frozenset({"?"})
    return frozenset({"!"}) if words & _ANSWERER else frozenset(words)


def _voices(doc: Document) -> dict[int, frozenset[str]] | None:
    """For each sentence of a transcript in a turn that opens with a speaker's label, the
    words of that label (to the end of the turn's paragraph); None for a text that is no
    transcript."""
    labels = {i: speaker(s.reading) for i, s in enumerate(doc.sentences)}
    if sum(v is not None for v in labels.values()) < _MIN_TURNS:
        return None
    out: dict[int, frozenset[str]] = {}
    current: tuple[int, frozenset[str]] | None = None
    for i, sentence in enumerate(doc.sentences):
        label = labels[i]
        if label is not None:
            current = (sentence.end, label)
        elif current is not None:
            if _PARAGRAPH_BREAK.search(doc.text, current[0], sentence.start):
                current = None
            else:
                out[i] = current[1]
    return out


def _who(words: frozenset[str]) -> str:
    if words == {"?"}:
        return "the interviewer"
    return "the answer" if words == {"!"} else " ".join(sorted(words))


def to_other_voice(pairs: list[Pair], doc_a: Document, doc_b: Document) -> dict[int, Finding]:
    """The pairs (by index) of an interview or a transcript whose words B gives to another
    speaker than A does (medium), each with its finding."""
    voices_a, voices_b = _voices(doc_a), _voices(doc_b)
    if voices_a is None or voices_b is None:
        return {}
    found: dict[int, Finding] = {}
    for n, pair in enumerate(pairs):
        a = pair.a or (pair.moved if pair.status == "added" else ())
        b = pair.b
        said_a = [voices_a[i] for i in a if i in voices_a]
        said_b = [voices_b[j] for j in b if j in voices_b]
        if not said_a or not said_b or any(x & y for x in said_a for y in said_b):
            continue
        who_a = ", ".join(sorted({_who(x) for x in said_a}))
        who_b = ", ".join(sorted({_who(y) for y in said_b}))
        found[n] = told_in_b(
            check="attribution.speaker",
            category="attribution",
            message=f"said by another speaker: A gives these words to {who_a}, B to {who_b}",
            text=pair.b_text,
        )
    return found


_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
_PLACE = re.compile(r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*")
_NAMED_DATE = re.compile(
    r"(?:(?P<m1>[A-Z][a-z]{2,8})\.?\s+(?P<d1>\d{1,2})|(?P<d2>\d{1,2})\s+(?P<m2>[A-Z][a-z]{2,8}))"
    r"\.?(?:,?\s+(?P<y>\d{4}))?"
)
_ISO = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})")
_SLASHED = re.compile(r"(?P<p>\d{1,2})/(?P<q>\d{1,2})/(?P<y>\d{2,4})")


def _date(line: str) -> tuple[frozenset[tuple[int, int]], int | None] | None:
    """The (month, day) readings of a dateline's date, and its year; None where it has none.
    A date in figures that may be read either way ("03/04/2025") has both readings."""
    if (m := _ISO.search(line)) is not None:
        return frozenset({(int(m["m"]), int(m["d"]))}), int(m["y"])
    if (m := _SLASHED.search(line)) is not None:
        p, q = int(m["p"]), int(m["q"])
        full = int(m["y"]) % 100 + 2000 if len(m["y"]) == 2 else int(m["y"])
        readings = {(q, p)} if p > 12 else {(p, q)} if q > 12 else {(p, q), (q, p)}
        return frozenset(readings), full
    for m in _NAMED_DATE.finditer(line):
        name = (m["m1"] or m["m2"])[:3].lower()
        if name in _MONTHS:
            day = int(m["d1"] or m["d2"])
            return frozenset({(_MONTHS.index(name) + 1, day)}), int(m["y"]) if m["y"] else None
    return None


def _dateline(doc: Document) -> int | None:
    """The sentence that is the text's dateline (among its first few), or None."""
    for i, sentence in enumerate(doc.sentences[:6]):
        if furniture_kind(sentence.reading) == "dateline":
            return i
    return None


def dateline_changed(pairs: list[Pair], doc_a: Document, doc_b: Document) -> dict[int, Finding]:
    """The pair (by index) holding B's dateline, when both texts have one and it names another
    place or another date than A's (medium), with its finding."""
    i, j = _dateline(doc_a), _dateline(doc_b)
    if i is None or j is None:
        return {}
    line_a, line_b = doc_a.sentences[i].reading, doc_b.sentences[j].reading
    place_a, place_b = _PLACE.match(line_a), _PLACE.match(line_b)
    what = []
    if place_a and place_b and place_a.group().lower() != place_b.group().lower():
        what.append(f"place ({place_a.group()} / {place_b.group()})")
    date_a, date_b = _date(line_a), _date(line_b)
    if date_a and date_b:
        (days_a, year_a), (days_b, year_b) = date_a, date_b
        if not days_a & days_b or (year_a and year_b and year_a != year_b):
            what.append("date")
    if not what:
        return {}
    n = next((k for k, p in enumerate(pairs) if j in p.b), None)
    if n is None:
        return {}
    start = start_in_pair(pairs[n], doc_b, j)
    return {
        n: told_in_b(
            check="entity.dateline",
            category="entity",
            message=f"the dateline names another {' and another '.join(what)} than A's "
            f"({line_a!r}): the story was filed elsewhere or on another day",
            text=line_b,
            span=(start, start + len(line_b)),
        )
    }
