"""Web-page furniture: the lines a page wraps around an article, which are not part of its text.

Text copied or extracted from a news page carries bylines ("By Jane Doe"), reading times
("2 min read"), photo credits, share buttons, "Advertisement", "Read more" links, time stamps and
cookie notices. They are not facts of the article: a reading time is no quantity, and a time
stamp no date in the story. A sentence that is furniture *as a whole* is recognised here by
general patterns, so that it is reported as furniture (info) rather than as a dropped or
changed fact. A sentence that merely contains such words ("the photo was taken by Reuters
staff") is not furniture.
"""

from __future__ import annotations

import re

__all__ = ["DATELINE", "furniture_kind"]

# A dateline: a place in capitals (one to three words), perhaps its state or country and a
# date, perhaps an agency in brackets, then a dash and a capital ("WASHINGTON, March 3 (Reuters)
# - The ..."). An acronym before a dash and a lower-case word ("NATO — which ...") is text.
DATELINE = (
    r"(?P<line>[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+){0,2}"
    r"(?:,\s+[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?)?"
    # its date in any of the usual styles ("March 3", "March 3, 2025", "3 March 2025",
    # "2025-03-03", "03/03/2025"),
    r"(?:,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?"
    r"(?:\s+\d{4})?|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}))?"
    # and its agency in brackets or slashes ("(Reuters)", "/PRNewswire/")
    r"(?:\s+(?:\([A-Za-z ]{2,30}\)|/[A-Za-z ]{2,30}/))?"
    r"\s*(?:—|–|--|-))"
)

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
_TIME = r"\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:utc|gmt|[a-z]{1,4}t))?"
_DATE = (
    rf"(?:{_WEEKDAY},?\s+)?(?:\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?"
    rf"\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}(?:t[\d:]+z?)?|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
)
_STAMP_LEAD = (
    r"(?:(?:last\s+)?updated|published|posted|first\s+published|modified)\s*(?:on|at|:)?\s*"
)
_AGO = r"\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago"
_SOCIAL = (
    "share|shares|shared|tweet|email|e-mail|print|copy|link|save|comment|comments|facebook|"
    "twitter|x|linkedin|whatsapp|reddit|pinterest|telegram|flipboard|messenger|this|article|"
    "story|on|via|the|to"
)
_NAME = r"(?:[A-Z][\w.'’-]*\s*){2,4}"  # "Jane Doe", "Mary-Ann O’Neil Jr."
_AGENCIES = r"(?:getty images|afp|ap|reuters|epa|shutterstock|xinhua|yonhap|tass|alamy|anadolu)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("reading time", re.compile(r"\d+\s*(?:-\s*)?(?:min(?:ute)?s?|m)\.?\s+(?:read|listen)", re.I)),
    # "Reading time: 3 minutes", "Estimated reading time: 4 min"
    (
        "reading time",
        re.compile(
            r"(?:estimated\s+)?(?:reading|read|listening)\s+time\s*:?\s*(?:about\s+)?\d+"
            r"\s*(?:min(?:ute)?s?|m)\.?",
            re.I,
        ),
    ),
    # A printed page's jump lines: "Continued on page 4", "(Continued from page 1)", "Page 4",
    # "See page 12", and the jump head over the rest ("HOSPICE FRAUD: from page 1").
    (
        "page jump",
        re.compile(
            r"\(?(?:(?:continued|cont(?:['’]d|\.)?)\s+(?:on|from)\s+|(?:see|turn\s+to)\s+)?"
            r"(?:page|p\.)\s*[A-Z]?\d{1,3}\)?",
            re.I,
        ),
    ),
    ("page jump", re.compile(r"[^:]{1,60}:\s*(?:continued\s+)?from\s+page\s+[A-Z]?\d{1,3}", re.I)),
    (
        "photo credit",
        re.compile(
            r"\(?(?:photo(?:graph)?|image|picture|video|graphic|illustration)s?\s*"
            r"(?:credits?|courtesy|source|by)?\s*(?::.*|by\s.*|courtesy\s.*)?\)?",
            re.I,
        ),
    ),
    ("photo credit", re.compile(r"(?:credits?|source)\s*:.*", re.I)),
    # "(Jane Doe/AFP via Getty Images)", "John Smith / Reuters": a credit names an agency after
    # a slash or stands in parentheses; a sentence about a Reuters photographer does neither.
    ("photo credit", re.compile(rf"\([^()]{{0,80}}\b{_AGENCIES}\b[^()]{{0,40}}\)", re.I)),
    ("photo credit", re.compile(rf"[^()/]{{0,60}}/\s*{_AGENCIES}\b[^()]{{0,40}}", re.I)),
    # its writer's post or place after the name ("By Jane Doe, court reporter", "By Jane Doe
    # in Leeds", "By Jane Doe at Mill Road")
    (
        "byline",
        re.compile(
            rf"[Bb]y\s+{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*"
            r"(?:,\s+[a-z]+(?:\s+[a-z]+){0,3}|\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w’'-]*"
            r"(?:\s+[A-Z][\w’'-]*){0,3})?"
        ),
    ),
    # The buttons, a count beside one ("Comments (14)").
    (
        "share buttons",
        re.compile(rf"(?:(?:{_SOCIAL})\b[\s|,:·•/]*|\(\d{{1,6}}\)[\s|,:·•/]*)+", re.I),
    ),
    (
        "advertisement",
        re.compile(
            r"(?:advertisement|advertising|sponsored(?:\s+content)?|ad|"
            r"(?:story\s+)?continues\s+below(?:\s+advertisement)?|scroll\s+to\s+continue.*)",
            re.I,
        ),
    ),
    (
        "link",
        re.compile(
            r"(?:read|see|watch|listen)\s+(?:more|also|next)\b.*|related\s*(?::.*|articles?|stories)?|"
            r"continue\s+reading.*|click\s+here.*|most\s+(?:read|popular|viewed)|recommended"
            r"(?:\s+for\s+you)?|more\s+from\s+.{1,40}|(?:sign\s+up|subscribe)\b.{0,80}|"
            r"follow\s+us\b.{0,60}|open\s+in\s+app|listen\s+to\s+this\s+article",
            re.I,
        ),
    ),
    (
        "timestamp",
        re.compile(
            rf"{_STAMP_LEAD}(?:{_DATE}(?:,?\s*(?:at\s+)?{_TIME})?|{_TIME}|{_AGO})|"
            rf"{_DATE}(?:,?\s*(?:at\s+)?{_TIME})?|{_TIME}(?:,?\s*{_DATE})?|{_AGO}",
            re.I,
        ),
    ),
    ("copyright", re.compile(r"(?:©|\(c\)|copyright)\s*.{0,80}|all\s+rights\s+reserved\.?", re.I)),
    # A speaker's label standing alone, the segmenter's cut of a transcript's turn ("Osei:",
    # "Dr. Amara Osei:", "Q:").
    ("speaker label", re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}:")),
    # The mark that ends a press release ("ENDS", "-ends-", "###", "-30-").
    ("end mark", re.compile(r"-*\s*(?:ENDS?|[Ee]nds)\s*-*|#{3}|-\s*30\s*-")),
    # A live page's note on the order of its updates ("Latest updates appear first.").
    (
        "live note",
        re.compile(
            r"(?:the\s+)?(?:latest|newest|most\s+recent)\s+(?:updates?|posts?|entries)\s+"
            r"(?:appear|are\s+shown|come|are)?\s*(?:first|at\s+the\s+top)|refresh\s+(?:this\s+"
            r"page\s+|the\s+page\s+)?for\s+(?:the\s+)?latest(?:\s+updates?)?",
            re.I,
        ),
    ),
]
# A note that the article was updated, amended or revised, saying no more than when, or what
# kind of thing was added ("This article has been updated with additional reporting.",
# "Editor's note: This story was first published on Sunday and has been updated."); a note
# that corrects a fact ("... updated to correct the number of cities", "Correction: ...") says
# what the article now says, and is text.
_UPDATE_NOTE = re.compile(
    r"(?:editor['’]?s['’]?\s+note\s*:\s*)?(?:this|the)\s+(?:article|story|report|piece|post|"
    r"page)\s+(?:was\s+(?:first\s+|originally\s+)?published\s+[^.\d]{0,60}?\s*,?\s*and\s+)?"
    r"(?:has\s+(?:since\s+)?been|was|is\s+being|will\s+be)\s+(?:updated|amended|revised|edited)"
    r"(?:\s+(?:on|at)\s+[^.;]{1,40}?)?"
    r"(?:\s+(?:with|to\s+(?:include|add))\s+(?!that\b|the\s+(?:number|figure|total|name|date))"
    r"[^\d.;]{1,80}?)?",
    re.I,
)
_DATELINE = re.compile(DATELINE)
_COOKIES = re.compile(r"\bcookies?\b", re.I)
_COOKIE_CONTEXT = re.compile(r"\b(?:use|accept|consent|policy|settings|preferences|agree)", re.I)
_MAX_WORDS = 12  # furniture is short; a longer sentence that matches is text about these things


def furniture_kind(sentence: str) -> str | None:
    """What kind of page furniture ``sentence`` is as a whole, or None for article text."""
    if _DATELINE.fullmatch(sentence.strip()):
        return "dateline"
    text = sentence.strip().strip("|·•-–— ").strip()
    if not text:
        return None
    if _COOKIES.search(text) and _COOKIE_CONTEXT.search(text) and len(text.split()) <= 60:
        return "cookie notice"
    if len(text.split()) <= 30 and _UPDATE_NOTE.fullmatch(text.strip("*_ ").rstrip(".")):
        return "update note"
    if len(text.split()) > _MAX_WORDS:
        return None
    bare = text.rstrip(".:!")
    for kind, pattern in _PATTERNS:
        if pattern.fullmatch(bare) or pattern.fullmatch(text):
            if kind == "share buttons" and not re.search(
                r"\b(?:share|tweet|facebook|twitter|linkedin|whatsapp|reddit|pinterest|telegram|"
                r"email|print)\b",
                text,
                re.I,
            ):
                continue  # "the story" alone is no button
            return kind
    # Furniture set in one line ("By Jane Doe | 5 min read", "Updated 2 hours ago · 3 min
    # read"): every part of it furniture.
    parts = _PARTS.split(text)
    if len(parts) > 1:
        kinds = [furniture_kind(part) for part in parts]
        if all(kinds):
            return ", ".join(dict.fromkeys(k for k in kinds if k))
    return None


# The separators a page sets between pieces of furniture on one line.
_PARTS = re.compile(r"\s+[|·•]\s+")
