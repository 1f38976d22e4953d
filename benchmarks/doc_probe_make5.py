"""Write ``benchmarks/data/probe_documents5.jsonl``, the fifth document probe, from three texts
written for it (``benchmarks/data/documents/halden_review.txt``, a product review with an
editor's note at the top, a star rating, a verdict line, pros and cons, scores and a
specifications box; ``ottilie_advisory.txt``, a weather and travel advisory with an update line
at the top, an "At a glance" box, a table of places and times and distances in miles;
``bee_study.txt``, a science news story with a study's citation, numbered findings, footnote
markers and their notes, a briefing transcript with speaker labels and time codes and a list of
sources at the end) and the edits below (deterministic: the same edits give the same file).
Each item holds the whole edited document B; ``doc_probe.py --file`` runs it against its base.

    python benchmarks/doc_probe_make5.py

The edits are what a QA editor sees between two versions of such texts that no earlier
document probe holds: a star rating, the pros and cons, the scores or the specifications set
otherwise, the verdict or the editor's note moved or set otherwise, an update line reworded, an
"At a glance" box moved, run on or dropped, a table of places and times told row by row, times
in another clock style, distances and speeds converted to kilometres throughout (a translated
article), a transcript's time codes or speaker labels set otherwise, footnotes set otherwise or
told inline, numbered findings set otherwise and a list of sources set otherwise (controls,
which must pass the gate); and a star rating, a score or a verdict changed, a con listed as a
pro or a pro as a con, an editor's note that reverses what it notes, an update line that the body contradicts, an
"At a glance" box that contradicts the body, a warning table's level, time or place changed, a
unit left unconverted beside its number, a finding dropped from the numbered list, a
transcript's turn given to another speaker, a time code changed and a footnote changed or
pointed elsewhere (changes, which must fail it). Written by hand on 5 December by doc19 before
the pipeline's code was read.
"""

# ruff: noqa: E501 (the edits are sentences of the texts, kept whole to be read)
from __future__ import annotations

from collections.abc import Callable

from doc_probe_make import ROOT, Edit, read, sub, write_probe
from doc_probe_make2 import join, paras
from doc_probe_make3 import change, control, subs
from doc_probe_make4 import para_of

OUT = ROOT / "benchmarks" / "data" / "probe_documents5.jsonl"

REVIEW, STORM, BEES = "halden_review.txt", "ottilie_advisory.txt", "bee_study.txt"

ITEMS: list[Edit] = []  # (class, base, kind, b)


def without(text: str, start: str) -> str:
    """``text`` less the paragraph that starts with ``start``."""
    gone = para_of(text, start)
    return join([p for p in paras(text) if p != gone])


def to_end(text: str, start: str, new: str | None = None) -> str:
    """The paragraph that starts with ``start`` moved to the end (as ``new`` if given)."""
    moved = para_of(text, start)
    return join([p for p in paras(text) if p != moved] + [new or moved])


# ---- the review -------------------------------------------------------------------------------
PROS = [
    "Long range: 58 miles in our test",
    "Quiet motor",
    "Strong hydraulic brakes",
    "Standard parts, easy to repair",
]
CONS = ["Heavy at 24.5kg", "Dim lights", "Rear light switches off over bumps"]
LISTS = (
    "Pros\n" + "\n".join(f"- {p}" for p in PROS) + "\n\nCons\n" + "\n".join(f"- {c}" for c in CONS)
)
SCORES = [("Comfort", 5), ("Battery", 5), ("Handling", 4), ("Value", 3)]
SCORE_BOX = "Scores\n" + "\n".join(f"{k}: {v}/5" for k, v in SCORES)
NOTE = "Editor's note: Halden lent us the bike for four weeks and did not see this review before publication."
VERDICT = "Verdict: The Commuter 2 is the most comfortable city e-bike we have tested this year, but at 24.5kg it is a poor choice for anyone who has to carry it up stairs."
SPECS = "Specifications\nPrice: £1,849\nWeight: 24.5kg\nClaimed range: 70 miles\nBattery: 630Wh\nCharging time: 5.5 hours\nGears: 8"


def pros_cons(pros: list[str], cons: list[str]) -> str:
    return (
        "Pros\n"
        + "\n".join(f"- {p}" for p in pros)
        + "\n\nCons\n"
        + "\n".join(f"- {c}" for c in cons)
    )


def scores(rows: list[tuple[str, int]]) -> str:
    return "Scores\n" + "\n".join(f"{k}: {v}/5" for k, v in rows)


# ---- the advisory -----------------------------------------------------------------------------
ROWS = [
    ("Eyemouth", "Amber", "06:00 Sat", "03:00 Sun"),
    ("Hawick", "Amber", "09:00 Sat", "23:00 Sat"),
    ("Alnwick", "Amber", "06:00 Sat", "21:00 Sat"),
    ("Peebles", "Yellow", "00:00 Sat", "12:00 Sun"),
]
HEAD = ("Place", "Warning", "From", "Until")


def md_table(rows: list[tuple[str, ...]], head: tuple[str, ...] = HEAD) -> str:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


TABLE = md_table(ROWS)
GLANCE = "At a glance\n- Warning: amber, for wind\n- In force: 06:00 Saturday to 03:00 Sunday\n- Gusts: up to 80mph\n- Trains: none between Edinburgh and Berwick"
UPDATE = "Updated at 14:05 with the closure of the A68 at Carter Bar and new ferry cancellations."
DAYS = {"Sat": "Saturday", "Sun": "Sunday"}


def clock12(t: str) -> str:
    """``06:00`` as ``6am``, ``21:00`` as ``9pm``, ``00:00`` as ``midnight``."""
    h, m = int(t[:2]), t[3:]
    if (h, m) == (0, "00"):
        return "midnight"
    if (h, m) == (12, "00"):
        return "noon"
    suffix = "am" if h < 12 else "pm"
    h12 = h % 12 or 12
    return f"{h12}{suffix}" if m == "00" else f"{h12}.{m}{suffix}"


def metric(text: str, *, keep_miles: bool) -> str:
    """The advisory's speeds and distances in kilometres, as a translation converts them
    (rounded as translators round), the miles kept in brackets when ``keep_miles``."""
    pairs = [
        ("Gusts: up to 80mph", "Gusts: up to 130km/h", "Gusts: up to 130km/h (80mph)"),
        (
            "gusts of up to 80mph expected",
            "gusts of up to 130km/h expected",
            "gusts of up to 130km/h (80mph) expected",
        ),
        (
            "gusts of 60 to 70mph were likely inland, with 80mph possible",
            "gusts of 95 to 115km/h were likely inland, with 130km/h possible",
            "gusts of 95 to 115km/h (60 to 70mph) were likely inland, with 130km/h (80mph) possible",
        ),
        ("adds about 25 miles", "adds about 40km", "adds about 40km (25 miles)"),
        ("winds of up to 40mph", "winds of up to 65km/h", "winds of up to 65km/h (40mph)"),
    ]
    for old, new, both in pairs:
        text = sub(text, old, both if keep_miles else new)
    return text


# ---- the study --------------------------------------------------------------------------------
FINDINGS = [
    "Flowers within 50 metres of a road with more than 10,000 vehicles a day received 34% fewer bee visits.",
    "The drop was largest on weekday mornings, when traffic was heaviest.",
    "Noise, not exhaust, explained most of the difference.",
    "Honeybees were not affected in the same way.",
]
FINDING_LIST = "\n".join(f"{n}. {f}" for n, f in enumerate(FINDINGS, 1))
TURNS = [
    ("00:04:12", "Reporter", "Should councils stop planting wildflowers on verges?"),
    (
        "00:04:20",
        "Lindqvist",
        "No. Verges still help bees, just less than a meadow of the same size would.",
    ),
    (
        "00:05:02",
        "Hart",
        "I'd add that a verge beside a quiet lane is as good as any meadow in our data.",
    ),
    ("00:06:45", "Reporter", "What about electric cars?"),
    ("00:06:51", "Lindqvist", "Quieter traffic should help, but we haven't tested that."),
]
TRANSCRIPT = "\n".join(f"[{t}] {who}: {say}" for t, who, say in TURNS)
NOTE1 = "[1] Lindqvist, A., Hart, C. et al. (2026). Traffic noise reduces bumblebee visits to roadside flowers. Journal of Applied Ecology, 63(2), 411–423."
NOTE2 = "[2] Pollen transfer was estimated, not measured directly."
NOTES = f"Notes\n{NOTE1}\n{NOTE2}"
SOURCES = 'Sources\n- University of Sussex press release, 3 February 2026\n- Plantlife, "Road verges" briefing, 2025'


def transcript(turns: list[tuple[str, str, str]], form: str = "base") -> str:
    if form == "base":
        return "\n".join(f"[{t}] {who}: {say}" for t, who, say in turns)
    if form == "short":  # minutes and seconds in round brackets
        return "\n".join(f"({t[3:]}) {who}: {say}" for t, who, say in turns)
    if form == "after":  # the label first, the time code after it
        return "\n".join(f"{who} [{t}]: {say}" for t, who, say in turns)
    if form == "none":  # no time codes
        return "\n".join(f"{who}: {say}" for t, who, say in turns)
    if form == "bold":  # a turn a paragraph, the label in bold
        return "\n\n".join(f"[{t}] **{who}:** {say}" for t, who, say in turns)
    if form == "full":  # full names, the reporter as "Q"
        names = {"Reporter": "Q", "Lindqvist": "Dr Amara Lindqvist", "Hart": "Prof Colin Hart"}
        return "\n".join(f"[{t}] {names[who]}: {say}" for t, who, say in turns)
    if form == "stacked":  # time code and label on a line, the words under them
        return "\n\n".join(f"{t} {who.upper()}\n{say}" for t, who, say in turns)
    raise ValueError(form)


def findings(rows: list[str], form: str = "base") -> str:
    if form == "base":
        return "\n".join(f"{n}. {f}" for n, f in enumerate(rows, 1))
    if form == "paren":
        return "\n".join(f"{n}) {f}" for n, f in enumerate(rows, 1))
    if form == "bullets":
        return "\n".join(f"• {f}" for f in rows)
    if form == "labelled":
        return "\n\n".join(f"**Finding {n}.** {f}" for n, f in enumerate(rows, 1))
    raise ValueError(form)


# An edit of a text: the B text whole, one replacement (old, new) of a string the text holds
# once, or several such replacements in a tuple.
Replace = tuple[str, str]
EditOf = str | Replace | tuple[Replace, ...]


def edited(text: str, edit: EditOf) -> str:
    """``text`` with ``edit`` made (see :data:`EditOf`)."""
    if isinstance(edit, str):
        return edit
    if isinstance(edit[0], str):
        old, new = edit
        assert isinstance(new, str)
        return sub(text, old, new)
    return subs(text, *edit)  # type: ignore[arg-type]


def items(
    add: Callable[[list[Edit], str, str, str], None], cls: str, base: str, text: str, *edits: EditOf
) -> None:
    """One item of class ``cls`` (a control or a change, as ``add`` makes it) for each edit
    of ``text``, the base ``base`` read."""
    for edit in edits:
        add(ITEMS, cls, base, edited(text, edit))


def build() -> None:
    R, S, B = read(REVIEW), read(STORM), read(BEES)
    assert LISTS in R and SCORE_BOX in R and NOTE in R and VERDICT in R and SPECS in R
    assert TABLE in S and GLANCE in S and UPDATE in S
    assert FINDING_LIST in B and TRANSCRIPT in B and NOTES in B and SOURCES in B

    # ================================ controls ================================================
    # A star rating set otherwise: stars, "out of 5", words, bold.
    items(
        control,
        "star_rating_form",
        REVIEW,
        R,
        ("Rating: 4/5", "Rating: ★★★★☆"),
        ("Rating: 4/5", "Our rating: 4 out of 5"),
        ("Rating: 4/5", "**Four stars out of five**"),
        (
            ("Rating: 4/5\n\n", ""),
            ("By Priya Nair, transport editor", "By Priya Nair, transport editor · ★★★★☆"),
        ),
    )

    # The pros and cons set otherwise: plus and minus signs, other labels, a line each.
    items(
        control,
        "pros_cons_set",
        REVIEW,
        R,
        (LISTS, "\n".join(f"+ {p}" for p in PROS) + "\n\n" + "\n".join(f"− {c}" for c in CONS)),
        (
            LISTS,
            "**What we liked**\n\n"
            + "\n".join(f"• {p}" for p in PROS)
            + "\n\n**What we didn't**\n\n"
            + "\n".join(f"• {c}" for c in CONS),
        ),
        (
            LISTS,
            "For: long range (58 miles in our test); quiet motor; strong hydraulic brakes; standard parts, easy to repair.\n\nAgainst: heavy at 24.5kg; dim lights; rear light switches off over bumps.",
        ),
    )

    # The verdict moved to the end, set in bold or under a heading of its own.
    items(
        control,
        "verdict_placed",
        REVIEW,
        R,
        to_end(R, "Verdict:"),
        (VERDICT, "**Verdict:** " + VERDICT[len("Verdict: ") :]),
        to_end(R, "Verdict:", "## Our verdict\n\n" + VERDICT[len("Verdict: ") :]),
    )

    # The scores set otherwise: a Markdown table, stars, one line.
    items(
        control,
        "scores_set",
        REVIEW,
        R,
        (
            SCORE_BOX,
            "| Score | Out of 5 |\n|---|---|\n" + "\n".join(f"| {k} | {v} |" for k, v in SCORES),
        ),
        (SCORE_BOX, "Scores\n" + "\n".join(f"{k} {'★' * v}{'☆' * (5 - v)}" for k, v in SCORES)),
        (SCORE_BOX, "Scores: " + " · ".join(f"{k} {v}/5" for k, v in SCORES)),
    )

    # The specifications written otherwise: spaces before units, words for units, no comma.
    items(
        control,
        "specs_written",
        REVIEW,
        R,
        (
            SPECS,
            "Specifications\nPrice: £1849\nWeight: 24.5 kg\nClaimed range: 70 miles\nBattery: 630 Wh\nCharging time: 5 hours 30 minutes\nGears: 8",
        ),
        (
            SPECS,
            "Specifications\n- Price: £1,849\n- Weight: 24.5 kilograms\n- Claimed range: 70 mi\n- Battery: 630 watt-hours\n- Charging time: 5½ hours\n- Gears: eight",
        ),
        (
            SPECS,
            "Specifications\nPrice .......... £1,849\nWeight ......... 24.5kg\nClaimed range .. 70 miles\nBattery ........ 630Wh\nCharging time .. 5.5 hours\nGears .......... 8",
        ),
    )

    # The editor's note moved to the end, set in italics or in brackets as a disclosure.
    items(
        control,
        "editor_note_placed",
        REVIEW,
        R,
        to_end(R, "Editor's note:"),
        (NOTE, f"*{NOTE}*"),
        to_end(
            R,
            "Editor's note:",
            "[Disclosure: Halden lent us the bike for four weeks. It did not see this review before it was published.]",
        ),
    )

    # An update line at the top reworded, set in capitals or moved under the byline.
    items(
        control,
        "update_line_form",
        STORM,
        S,
        (
            UPDATE,
            "This article was updated at 14:05 to add the closure of the A68 at Carter Bar and further ferry cancellations.",
        ),
        (UPDATE, "UPDATE 14:05 – adds A68 closure at Carter Bar, new ferry cancellations"),
        (
            (UPDATE + "\n\n", ""),
            (
                "By Fraser Lindsay, weather correspondent",
                "By Fraser Lindsay, weather correspondent\n" + UPDATE,
            ),
        ),
    )

    # The "At a glance" box moved to the end, run on as one line, or dropped (the body holds
    # all it says).
    items(
        control,
        "glance_box_placed",
        STORM,
        S,
        to_end(S, "At a glance"),
        (
            GLANCE,
            "At a glance: amber warning for wind, in force from 06:00 Saturday to 03:00 Sunday; gusts up to 80mph; no trains between Edinburgh and Berwick.",
        ),
        without(S, "At a glance"),
        (
            GLANCE,
            "| At a glance | |\n|---|---|\n| Warning | Amber, for wind |\n| In force | 06:00 Saturday to 03:00 Sunday |\n| Gusts | Up to 80mph |\n| Trains | None between Edinburgh and Berwick |",
        ),
    )

    # The table of places and times told row by row: a line a place, bullets, the columns in
    # another order, tab-separated.
    items(
        control,
        "warning_table_rows",
        STORM,
        S,
        (TABLE, "\n".join(f"{p}: {w.lower()}, {a} to {u}" for p, w, a, u in ROWS)),
        (
            TABLE,
            "\n".join(
                f"- {p} – {w.lower()} warning from {a[:5]} on {DAYS[a[6:]]} until {u[:5]} on {DAYS[u[6:]]}"
                for p, w, a, u in ROWS
            ),
        ),
        (
            TABLE,
            md_table([(p, a, u, w) for p, w, a, u in ROWS], ("Place", "From", "Until", "Warning")),
        ),
        (TABLE, "\n".join("\t".join(r) for r in [HEAD, *ROWS])),
    )

    # The advisory's times in another clock style: 12-hour, "0600 GMT", days in full.
    items(
        control,
        "advisory_clock_style",
        STORM,
        S,
        (
            (
                TABLE,
                md_table(
                    [
                        (p, w, f"{clock12(a[:5])} {a[6:]}", f"{clock12(u[:5])} {u[6:]}")
                        for p, w, a, u in ROWS
                    ]
                ),
            ),
            ("06:00 Saturday to 03:00 Sunday", "6am Saturday to 3am Sunday"),
            (
                "from 06:00 on Saturday until 03:00 on Sunday",
                "from 6am on Saturday until 3am on Sunday",
            ),
            ("Updated at 14:05", "Updated at 2.05pm"),
            ("at Carter Bar at 13:30", "at Carter Bar at 1.30pm"),
        ),
        (
            (
                TABLE,
                md_table([(p, w, a.replace(":", ""), u.replace(":", "")) for p, w, a, u in ROWS]),
            ),
            ("06:00 Saturday to 03:00 Sunday", "0600 Saturday to 0300 Sunday"),
            (
                "from 06:00 on Saturday until 03:00 on Sunday",
                "from 0600 GMT on Saturday until 0300 GMT on Sunday",
            ),
        ),
        (
            TABLE,
            md_table(
                [(p, w, f"{DAYS[a[6:]]} {a[:5]}", f"{DAYS[u[6:]]} {u[:5]}") for p, w, a, u in ROWS]
            ),
        ),
    )

    # Speeds and distances converted to kilometres throughout, as a translation converts them,
    # with or without the miles in brackets; and the study's units the other way.
    items(
        control,
        "units_converted",
        STORM,
        S,
        metric(S, keep_miles=False),
        metric(S, keep_miles=True),
    )
    items(
        control,
        "units_converted",
        BEES,
        B,
        (
            ("within 50 metres of a busy road", "within 55 yards of a busy road"),
            ("within 50 metres of a road with", "within 55 yards of a road with"),
            (
                "about 238,000 miles of rural road verges",
                "about 383,000 kilometres of rural road verges",
            ),
        ),
    )

    # The transcript's time codes set otherwise: minutes and seconds only, after the label,
    # or left out.
    items(
        control,
        "timecode_form",
        BEES,
        B,
        *((TRANSCRIPT, transcript(TURNS, form)) for form in ("short", "after", "none")),
    )

    # The transcript's turns set otherwise: a turn a paragraph with bold labels, full names,
    # the label in capitals over the words.
    items(
        control,
        "transcript_turns_set",
        BEES,
        B,
        *((TRANSCRIPT, transcript(TURNS, form)) for form in ("bold", "full", "stacked")),
    )

    # Footnotes set otherwise: superscript markers, a note told inline in brackets, the notes
    # numbered "1." under "Footnotes".
    items(
        control,
        "footnotes_set",
        BEES,
        B,
        (
            ("Journal of Applied Ecology.[1]", "Journal of Applied Ecology.¹"),
            ("carried between plants.[2]", "carried between plants.²"),
            (NOTES, "Notes\n¹ " + NOTE1[4:] + "\n² " + NOTE2[4:]),
        ),
        (
            (
                "carried between plants.[2]",
                "carried between plants (pollen transfer was estimated, not measured directly).",
            ),
            (NOTES, "Notes\n" + NOTE1),
        ),
        (NOTES, "Footnotes\n\n1. " + NOTE1[4:] + "\n\n2. " + NOTE2[4:]),
    )

    # The numbered findings set otherwise: "1)", bullets in the same order, a paragraph each
    # under a bold label.
    items(
        control,
        "findings_set",
        BEES,
        B,
        *((FINDING_LIST, findings(FINDINGS, form)) for form in ("paren", "bullets", "labelled")),
    )

    # The list of sources set otherwise: numbered, run on, under "Further reading".
    items(
        control,
        "sources_set",
        BEES,
        B,
        (
            SOURCES,
            'Sources\n1. University of Sussex press release, 3 February 2026\n2. Plantlife, "Road verges" briefing, 2025',
        ),
        (
            SOURCES,
            'Sources: University of Sussex press release (3 February 2026); Plantlife, "Road verges" briefing (2025).',
        ),
        (
            SOURCES,
            'Further reading\n\n* University of Sussex, press release, 3 Feb 2026\n* Plantlife, "Road verges" (briefing), 2025',
        ),
    )

    # ================================ changes =================================================
    # The star rating changed, in each of its forms.
    items(
        change,
        "star_rating_changed",
        REVIEW,
        R,
        *(("Rating: 4/5", new) for new in ("Rating: 3/5", "Rating: ★★☆☆☆", "Rating: 5/5")),
    )

    # A score changed in the scores box.
    items(
        change,
        "score_changed",
        REVIEW,
        R,
        *(
            (SCORE_BOX, scores(rows))
            for rows in (
                [("Comfort", 5), ("Battery", 5), ("Handling", 4), ("Value", 5)],
                [("Comfort", 5), ("Battery", 2), ("Handling", 4), ("Value", 3)],
                [("Comfort", 3), ("Battery", 5), ("Handling", 4), ("Value", 5)],
            )
        ),
    )

    # The verdict turned round.
    items(
        change,
        "verdict_turned",
        REVIEW,
        R,
        ("the most comfortable city e-bike", "the least comfortable city e-bike"),
        ("it is a poor choice for anyone", "it is a fine choice even for anyone"),
        (
            VERDICT,
            "Verdict: The Commuter 2 is comfortable, but at 24.5kg it is a poor choice for most city riders, and we cannot recommend it.",
        ),
    )

    # A con listed as a pro, or a pro as a con: the words stay, the list changes.
    items(
        change,
        "pros_cons_switched",
        REVIEW,
        R,
        (LISTS, pros_cons([*PROS, "Dim lights"], [CONS[0], CONS[2]])),
        (LISTS, pros_cons(["Heavy at 24.5kg", *PROS], CONS[1:])),
        (LISTS, pros_cons([PROS[0], *PROS[2:]], [*CONS, "Quiet motor"])),
    )

    # An editor's note that reverses what it notes.
    items(
        change,
        "editor_note_reversed",
        REVIEW,
        R,
        ("and did not see this review", "and saw this review"),
        (
            NOTE,
            "Editor's note: Halden gave us the bike to keep and approved this review before publication.",
        ),
        (NOTE, "Editor's note: Halden paid for this review and lent us the bike for four weeks."),
    )

    # An update line at the top that the body contradicts.
    items(
        change,
        "update_line_contradicts",
        STORM,
        S,
        (
            UPDATE,
            "Updated at 14:05 with the reopening of the A68 at Carter Bar and new ferry cancellations.",
        ),
        (UPDATE, "Updated at 14:05: the amber warning has been lowered to yellow."),
        (UPDATE, "Updated at 14:05 with trains running again between Edinburgh and Berwick."),
    )

    # An "At a glance" box that contradicts the body.
    items(
        change,
        "glance_box_contradicts",
        STORM,
        S,
        ("- Gusts: up to 80mph", "- Gusts: up to 90mph"),
        (
            "- In force: 06:00 Saturday to 03:00 Sunday",
            "- In force: 06:00 Saturday to 03:00 Monday",
        ),
        ("- Warning: amber, for wind", "- Warning: yellow, for wind"),
    )

    # The warning table: a level, a time or a place changed (Hawick's and Peebles's names
    # exchanged in the third).
    items(
        change,
        "warning_table_changed",
        STORM,
        S,
        *(
            (TABLE, md_table([rows.get(k, row) for k, row in enumerate(ROWS)]))
            for rows in (
                {1: ("Hawick", "Yellow", "09:00 Sat", "23:00 Sat")},
                {2: ("Alnwick", "Amber", "06:00 Sat", "12:00 Sat")},
                {1: ("Peebles", *ROWS[1][1:]), 3: ("Hawick", *ROWS[3][1:])},
            )
        ),
    )

    # A unit left unconverted beside its number in a converted text (the figure in miles, the
    # unit in kilometres).
    km = metric(S, keep_miles=False)
    items(
        change,
        "unit_not_converted",
        STORM,
        km,
        ("adds about 40km", "adds about 25km"),
        ("Gusts: up to 130km/h", "Gusts: up to 80km/h"),
    )
    items(
        change,
        "unit_not_converted",
        BEES,
        B,
        (
            "about 238,000 miles of rural road verges",
            "about 238,000 kilometres of rural road verges",
        ),
    )

    # A finding dropped from the numbered list (the rest renumbered).
    items(
        change,
        "finding_dropped",
        BEES,
        B,
        *(
            (FINDING_LIST, findings([f for i, f in enumerate(FINDINGS) if i != gone]))
            for gone in (1, 2, 3)
        ),
    )

    # A transcript's turn given to another speaker.
    def turns(changed: dict[int, tuple[str, ...]], form: str = "base") -> Replace:
        """The transcript with the turns ``changed`` (by index: time code, speaker)."""
        rows = [(*changed.get(k, turn[:2]), turn[2]) for k, turn in enumerate(TURNS)]
        return (TRANSCRIPT, transcript(rows, form))  # type: ignore[arg-type]

    items(
        change,
        "transcript_turn_other",
        BEES,
        B,
        turns({2: ("00:05:02", "Lindqvist")}),
        turns({4: ("00:06:51", "Hart")}),
        turns({1: ("00:04:20", "Hart"), 2: ("00:05:02", "Lindqvist")}, "bold"),
    )

    # A time code changed: an answer timed before its question, a turn ten minutes later, two
    # turns' time codes exchanged.
    items(
        change,
        "timecode_changed",
        BEES,
        B,
        turns({1: ("00:03:20", "Lindqvist")}),
        turns({3: ("00:16:45", "Reporter")}),
        turns({3: ("00:06:51", "Reporter"), 4: ("00:06:45", "Lindqvist")}, "short"),
    )

    # A footnote changed or pointed elsewhere.
    items(
        change,
        "footnote_changed",
        BEES,
        B,
        (NOTE2, "[2] Pollen transfer was measured directly, not estimated."),
        ("Journal of Applied Ecology, 63(2)", "Journal of Animal Ecology, 63(2)"),
        (
            NOTES,
            "Notes\n[1] Pollen transfer was estimated, not measured directly.\n[2] " + NOTE1[4:],
        ),
    )


def main() -> None:
    build()
    write_probe(ITEMS, OUT)


if __name__ == "__main__":
    main()
