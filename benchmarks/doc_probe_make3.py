"""Write ``benchmarks/data/probe_documents3.jsonl``, the third document probe, from three texts
written for it (``benchmarks/data/documents/port_release.txt``, a press release with a dateline,
abbreviations, an "About" block and contact lines; ``drought_interview.txt``, a question and
answer interview with two guests; ``count_live.txt``, a live blog of an election count with a
time stamp over each entry) and the edits below (deterministic: the same edits give the same
file). Each item holds the whole edited document B; ``doc_probe.py --file`` runs it against its
base.

    python benchmarks/doc_probe_make3.py

The edits are what a QA editor sees between two versions of such texts that neither earlier
document probe holds: an interview's speaker labels set otherwise, a live blog's time stamps
written otherwise or its entries set newest first, a press release's boilerplate and contact
lines laid out otherwise, a box of key points repeating the body, inline citations in another
form, a dateline in another form or dropped, quotations set as block quotes, a sentence's
clauses reordered, an abbreviation spelt out or used otherwise, dates in another style, a
paragraph turned into bullet points, numbers in another style (controls, which must pass the
gate); and an interview answer given to the other guest, a question changed under its answer,
a live blog entry's time changed, two entries' texts exchanged under their times, a key point
that the body contradicts, a dateline's city or date changed, a citation that points elsewhere,
a block quote given to another speaker, a bullet dropped from a paragraph set as bullets, an
abbreviation that names another body, a date changed in another style, clauses reordered with a
fact moved between them, a number changed in another style and a press contact changed
(changes, which must fail it). Written by hand on 5 December by doc17 before the pipeline's code
was read.
"""

# ruff: noqa: E501 (the edits are sentences of the texts, kept whole to be read)
from __future__ import annotations

from doc_probe_make import ROOT, Edit, read, sub, write_probe
from doc_probe_make2 import join, paras

OUT = ROOT / "benchmarks" / "data" / "probe_documents3.jsonl"

PORT, DROUGHT, COUNT = "port_release.txt", "drought_interview.txt", "count_live.txt"

ITEMS: list[Edit] = []  # (class, base, kind, b)


def control(items: list[Edit], cls: str, base: str, b: str) -> None:
    """A control (B must pass the gate against its base) added to ``items``; the later
    builders share these helpers, each with its own items."""
    items.append((cls, base, "control", b))


def change(items: list[Edit], cls: str, base: str, b: str) -> None:
    """A change (B must fail the gate against its base) added to ``items``."""
    items.append((cls, base, "change", b))


def subs(text: str, *pairs: tuple[str, str]) -> str:
    """Several replacements, each of a string that occurs exactly once."""
    for old, new in pairs:
        text = sub(text, old, new)
    return text


# ---- the live blog ----------------------------------------------------------------------------
TIMES = ["22:15", "22:48", "23:30", "00:05", "00:40", "01:25", "01:52", "02:03"]


def entries(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    """The blog's head paragraphs and its entries (time, text)."""
    head, rows = [], []
    for p in paras(text):
        first, _, rest = p.partition("\n")
        if first in TIMES:
            rows.append((first, rest))
        else:
            assert not rows, p
            head.append(p)
    assert [t for t, _ in rows] == TIMES
    return head, rows


def blog(head: list[str], rows: list[tuple[str, str]], layout: str = "stacked") -> str:
    if layout == "stacked":
        body = [f"{t}\n{x}" for t, x in rows]
    elif layout == "inline":
        body = [f"{t} – {x}" for t, x in rows]
    elif layout == "bold":
        body = [f"**{t}**\n\n{x}" for t, x in rows]
    elif layout == "heading":
        body = [f"### {t}\n\n{x}" for t, x in rows]
    else:
        raise ValueError(layout)
    return join(head + body)


def clock12(t: str, form: str) -> str:
    """``22:15`` as ``10.15pm`` (``dot``), ``10:15 PM`` (``upper``)."""
    h, m = int(t[:2]), t[3:]
    suffix = "am" if h < 12 else "pm"
    h12 = h % 12 or 12
    if form == "dot":
        return f"{h12}.{m}{suffix}"
    if form == "upper":
        return f"{h12}:{m} {suffix.upper()}"
    raise ValueError(form)


def retime(rows: list[tuple[str, str]], fn) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(fn(t), x) for t, x in rows]


def exchange(rows: list[tuple[str, str]], t1: str, t2: str) -> list[tuple[str, str]]:
    """The texts of the entries at ``t1`` and ``t2`` exchanged; the times stay."""
    texts = dict(rows)
    return [(t, texts[t2] if t == t1 else texts[t1] if t == t2 else x) for t, x in rows]


# ---- the interview ----------------------------------------------------------------------------
def relabel(text: str, labels: dict[str, str]) -> str:
    """Every turn's label (``Q:``, ``Osei:``, ``Bellamy:`` at a paragraph's start) replaced."""
    out = []
    for p in paras(text):
        for old, new in labels.items():
            if p.startswith(old + " "):
                p = new + ("" if new.endswith("\n") else " ") + p[len(old) + 1 :]
                break
        out.append(p)
    return join(out)


def build() -> None:
    P, D, C = read(PORT), read(DROUGHT), read(COUNT)
    head, rows = entries(C)
    assert blog(head, rows) == C

    # ================================ controls ================================================
    # An interview's speaker labels set otherwise: bold, full names, the paper's name for the
    # interviewer, a label on a line of its own, questions in bold with no label.
    control(
        ITEMS,
        "qa_labels",
        DROUGHT,
        relabel(D, {"Q:": "**Q:**", "Osei:": "**Osei:**", "Bellamy:": "**Bellamy:**"}),
    )
    control(
        ITEMS,
        "qa_labels",
        DROUGHT,
        relabel(D, {"Osei:": "Amara Osei:", "Bellamy:": "Mark Bellamy:"}),
    )
    control(ITEMS, "qa_labels", DROUGHT, relabel(D, {"Q:": "Interviewer:", "Osei:": "Dr. Osei:"}))
    control(
        ITEMS,
        "qa_labels",
        DROUGHT,
        relabel(D, {"Q:": "Q\n\n", "Osei:": "OSEI\n\n", "Bellamy:": "BELLAMY\n\n"}),
    )
    bold_q = []
    for p in paras(D):
        bold_q.append(f"**{p[3:]}**" if p.startswith("Q: ") else p)
    control(ITEMS, "qa_labels", DROUGHT, join(bold_q))

    # A live blog's time stamps written otherwise: 12-hour clock, a time zone, inline, in bold,
    # as Markdown headings.
    control(ITEMS, "live_time_format", COUNT, blog(head, retime(rows, lambda t: clock12(t, "dot"))))
    control(
        ITEMS, "live_time_format", COUNT, blog(head, retime(rows, lambda t: f"{t} GMT"), "bold")
    )
    control(ITEMS, "live_time_format", COUNT, blog(head, rows, "inline"))
    control(
        ITEMS,
        "live_time_format",
        COUNT,
        blog(head, retime(rows, lambda t: clock12(t, "upper")), "heading"),
    )

    # The live blog's entries set newest first, as live blogs show them.
    control(ITEMS, "live_newest_first", COUNT, blog(head, rows[::-1]))
    control(
        ITEMS,
        "live_newest_first",
        COUNT,
        blog(head, retime(rows[::-1], lambda t: clock12(t, "dot")), "bold"),
    )
    control(
        ITEMS,
        "live_newest_first",
        COUNT,
        blog([*head, "Latest updates appear first."], rows[::-1], "inline"),
    )

    # A press release's boilerplate and contact lines laid out otherwise.
    control(ITEMS, "press_boilerplate", PORT, sub(P, "\n\nENDS\n", "\n\n###\n"))
    control(
        ITEMS,
        "press_boilerplate",
        PORT,
        subs(
            P,
            ("\n\nENDS\n", "\n"),
            (
                "\n\nAbout Northvale Ports\n\n",
                "\n\nENDS\n\nNotes to editors\n\nAbout Northvale Ports\n\n",
            ),
        ),
    )
    control(
        ITEMS,
        "press_boilerplate",
        PORT,
        sub(
            P,
            "Northvale Ports press office: Laura Finch, +44 23 8000 1142, press@northvaleports.example\nMaritime Workers Union: Sam Reyes, +44 20 7946 0031, media@mwu.example",
            "Northvale Ports press office\nLaura Finch\n+44 23 8000 1142\npress@northvaleports.example\n\nMaritime Workers Union\nSam Reyes\n+44 20 7946 0031\nmedia@mwu.example",
        ),
    )
    control(
        ITEMS,
        "press_boilerplate",
        PORT,
        sub(
            P,
            "About Northvale Ports\n\nNorthvale Ports Limited operates",
            "About Northvale Ports: Northvale Ports Limited operates",
        ),
    )
    control(
        ITEMS,
        "press_boilerplate",
        PORT,
        subs(
            P,
            ("Media contacts\n", "For more information, please contact:\n"),
            ("+44 23 8000 1142", "+44 (0)23 8000 1142"),
            ("+44 20 7946 0031", "+44 (0)20 7946 0031"),
        ),
    )

    # A box of key points at the top, repeating the body.
    control(
        ITEMS,
        "key_points",
        PORT,
        sub(
            P,
            "\n\nSOUTHAMPTON,",
            "\n\nKey points\n\n- A two-year pay deal ends the three-week strike at the Port of Southampton\n- Dock workers get 6.5 percent this year and 4 percent in 2026\n- MWU members voted 1,204 to 387 to accept the offer\n\nSOUTHAMPTON,",
        ),
    )
    control(
        ITEMS,
        "key_points",
        DROUGHT,
        sub(
            D,
            "\n\nQ: How serious",
            "\n\nIn brief\n\n• Reservoirs are at 54 percent of capacity.\n• The hosepipe ban will stay until at least October.\n• Construction of the Abingdon reservoir could start in 2027.\n\nQ: How serious",
        ),
    )
    control(
        ITEMS,
        "key_points",
        COUNT,
        blog(
            [
                *head,
                "Key events\n\n- 00:40 Recount requested in Old Harlow\n- 01:52 Labour's Nadia Rahman wins with a majority of 1,712",
            ],
            rows,
        ),
    )
    control(
        ITEMS,
        "key_points",
        PORT,
        sub(
            P,
            "\n\nSOUTHAMPTON,",
            "\n\nAt a glance:\n1. Strike over after three weeks.\n2. Pay rises of 6.5% in 2025 and 4% in 2026.\n3. At least 11 rest days a quarter.\n\nSOUTHAMPTON,",
        ),
    )

    # Inline citations in another form.
    control(
        ITEMS,
        "citation_form",
        COUNT,
        sub(C, "(House of Commons Library)", "[source: House of Commons Library]"),
    )
    control(
        ITEMS,
        "citation_form",
        COUNT,
        sub(
            C,
            "with a majority of 6,210 at the last election (House of Commons Library).",
            "with a majority of 6,210 at the last election, according to the House of Commons Library.",
        ),
    )
    control(
        ITEMS,
        "citation_form",
        COUNT,
        subs(
            C,
            ("(Harlow Council).", "[1]."),
            ("(House of Commons Library).", "[2]."),
            (
                'a message we have to hear".\n',
                'a message we have to hear".\n\nSources: [1] Harlow Council. [2] House of Commons Library.\n',
            ),
        ),
    )
    control(ITEMS, "citation_form", COUNT, sub(C, "(Harlow Council)", "(source: Harlow Council)"))

    # A dateline in another form, on a line of its own, or dropped.
    control(
        ITEMS,
        "dateline_form",
        PORT,
        sub(
            P,
            "SOUTHAMPTON, 14 March 2025 – ",
            "SOUTHAMPTON, England, 14 March 2025 /Northwire/ -- ",
        ),
    )
    control(
        ITEMS,
        "dateline_form",
        PORT,
        sub(P, "SOUTHAMPTON, 14 March 2025 – ", "Southampton, 14 March 2025\n\n"),
    )
    control(ITEMS, "dateline_form", PORT, sub(P, "SOUTHAMPTON, 14 March 2025 – ", ""))
    control(
        ITEMS,
        "dateline_form",
        PORT,
        sub(P, "SOUTHAMPTON, 14 March 2025 – ", "SOUTHAMPTON (Northwire) — "),
    )

    # Quotations set as Markdown block quotes with their speaker under them.
    control(
        ITEMS,
        "blockquote",
        PORT,
        sub(
            P,
            '"This agreement recognises the skill and commitment of our people," said Helen Marsh, the chief executive of NPL. "We are pleased that the port can return to full operation from Monday."',
            "Helen Marsh, the chief executive of NPL, said:\n\n> This agreement recognises the skill and commitment of our people. We are pleased that the port can return to full operation from Monday.",
        ),
    )
    control(
        ITEMS,
        "blockquote",
        PORT,
        sub(
            P,
            '"This agreement recognises the skill and commitment of our people," said Helen Marsh, the chief executive of NPL. "We are pleased that the port can return to full operation from Monday."',
            '> "This agreement recognises the skill and commitment of our people. We are pleased that the port can return to full operation from Monday."\n>\n> — Helen Marsh, chief executive of NPL',
        ),
    )
    control(
        ITEMS,
        "blockquote",
        PORT,
        sub(
            P,
            '"Our members stood together for three weeks, and they have secured a fair deal," he said. "Nobody wanted this strike, but nobody was willing to accept a pay cut in real terms either."',
            "He said:\n\n> Our members stood together for three weeks, and they have secured a fair deal.\n> Nobody wanted this strike, but nobody was willing to accept a pay cut in real terms either.",
        ),
    )
    control(
        ITEMS,
        "blockquote",
        COUNT,
        sub(
            C,
            'In her victory speech, Rahman thanked the volunteers "who knocked on 40,000 doors" and promised to "fight for every family in Harlow West".',
            "In her victory speech, Rahman thanked the volunteers who had knocked on 40,000 doors and made a promise:\n\n> I will fight for every family in Harlow West.",
        ),
    )

    # A sentence's clauses in another order.
    control(
        ITEMS,
        "clause_reorder",
        PORT,
        sub(
            P,
            "Under the agreement, about 1,850 dock workers will receive a rise of 6.5 percent this year and 4 percent in 2026.",
            "About 1,850 dock workers will receive a rise of 6.5 percent this year and 4 percent in 2026 under the agreement.",
        ),
    )
    control(
        ITEMS,
        "clause_reorder",
        PORT,
        sub(
            P,
            "Members of the MWU voted 1,204 to 387 to accept the offer in a ballot that closed on Thursday evening.",
            "In a ballot that closed on Thursday evening, members of the MWU voted 1,204 to 387 to accept the offer.",
        ),
    )
    control(
        ITEMS,
        "clause_reorder",
        DROUGHT,
        sub(
            D,
            "No. Even with average rain from now on, we would keep the ban in place until at least October.",
            "No. We would keep the ban in place until at least October, even with average rain from now on.",
        ),
    )
    control(
        ITEMS,
        "clause_reorder",
        COUNT,
        subs(
            C,
            (
                "In her victory speech, Rahman thanked the volunteers",
                "Rahman, in her victory speech, thanked the volunteers",
            ),
            (
                "A recount has been requested in one ward, Old Harlow, after the independent candidate, Craig Dunn, questioned a bundle of 500 votes.",
                "After the independent candidate, Craig Dunn, questioned a bundle of 500 votes, a recount has been requested in one ward, Old Harlow.",
            ),
        ),
    )
    control(
        ITEMS,
        "clause_reorder",
        PORT,
        sub(
            P,
            "The strike, which began on 21 February, halted the loading of about 40 container ships and cost the regional economy an estimated £3.5 million a day, according to the Southampton Chamber of Commerce.",
            "According to the Southampton Chamber of Commerce, the strike, which began on 21 February, cost the regional economy an estimated £3.5 million a day and halted the loading of about 40 container ships.",
        ),
    )

    # An abbreviation spelt out, used otherwise, or defined the other way round.
    control(
        ITEMS,
        "abbreviation_use",
        PORT,
        subs(
            P,
            ("the chief executive of NPL", "the chief executive of Northvale Ports"),
            ("NPL said the backlog", "Northvale Ports said the backlog"),
        ),
    )
    control(
        ITEMS,
        "abbreviation_use",
        PORT,
        subs(
            P,
            ("Members of the MWU voted", "Members of the union voted"),
            (
                "Daniel Okoro, the MWU's regional secretary",
                "Daniel Okoro, the union's regional secretary",
            ),
        ),
    )
    control(
        ITEMS,
        "abbreviation_use",
        PORT,
        sub(
            P,
            "Northvale Ports Limited (NPL) and the Maritime Workers Union (MWU) have agreed",
            "NPL (Northvale Ports Limited) and the MWU (Maritime Workers Union) have agreed",
        ),
    )
    control(
        ITEMS,
        "abbreviation_use",
        PORT,
        subs(
            P,
            ("The Port Safety Authority (PSA), which", "The Port Safety Authority, which"),
            ("A spokesperson for the PSA said", "A spokesperson for the authority said"),
        ),
    )
    control(
        ITEMS,
        "abbreviation_use",
        PORT,
        subs(
            P,
            ("Members of the MWU voted", "Members of the Maritime Workers Union voted"),
            (
                "Daniel Okoro, the MWU's regional secretary",
                "Daniel Okoro, the Maritime Workers Union's regional secretary",
            ),
            ("the chief executive of NPL", "the chief executive of Northvale Ports Limited"),
        ),
    )

    # Dates in another style (none of them ambiguous).
    control(
        ITEMS,
        "date_style",
        PORT,
        subs(P, ("14 March 2025", "March 14, 2025"), ("on 21 February", "on February 21")),
    )
    control(ITEMS, "date_style", DROUGHT, sub(D, "since 2 July", "since July 2"))
    control(
        ITEMS,
        "date_style",
        PORT,
        sub(P, "SOUTHAMPTON, 14 March 2025 –", "SOUTHAMPTON, 2025-03-14 –"),
    )
    control(
        ITEMS,
        "date_style",
        PORT,
        subs(P, ("14 March 2025", "14/03/2025"), ("on 21 February", "on 21 Feb.")),
    )

    # A paragraph turned into bullet points.
    control(
        ITEMS,
        "paragraph_to_bullets",
        PORT,
        sub(
            P,
            "Under the agreement, about 1,850 dock workers will receive a rise of 6.5 percent this year and 4 percent in 2026. The deal also guarantees a minimum of 11 rest days each quarter, a demand at the centre of the dispute.",
            "Under the agreement, about 1,850 dock workers will receive:\n\n- a rise of 6.5 percent this year\n- a rise of 4 percent in 2026\n- a minimum of 11 rest days each quarter, a demand at the centre of the dispute",
        ),
    )
    control(
        ITEMS,
        "paragraph_to_bullets",
        PORT,
        sub(
            P,
            "Northvale Ports Limited operates the Port of Southampton and two smaller terminals at Fawley and Marchwood. The company handles around 1.2 million containers a year and employs 2,400 people.",
            "Northvale Ports Limited:\n• operates the Port of Southampton and two smaller terminals, at Fawley and Marchwood\n• handles around 1.2 million containers a year\n• employs 2,400 people",
        ),
    )
    control(
        ITEMS,
        "paragraph_to_bullets",
        DROUGHT,
        sub(
            D,
            "Osei: Take shorter showers, and do not water lawns; grass recovers on its own when the rain returns.",
            "Osei: Two things.\n\n- Take shorter showers.\n- Do not water lawns; grass recovers on its own when the rain returns.",
        ),
    )
    control(
        ITEMS,
        "paragraph_to_bullets",
        COUNT,
        sub(
            C,
            "Result: Nadia Rahman (Labour) 13,118; Peter Lowe (Conservative) 11,406; Craig Dunn (Independent) 4,977; Ellen Hart (Green) 1,540. ",
            "Result:\n- Nadia Rahman (Labour) 13,118\n- Peter Lowe (Conservative) 11,406\n- Craig Dunn (Independent) 4,977\n- Ellen Hart (Green) 1,540\n\n",
        ),
    )

    # Numbers in another style.
    control(
        ITEMS,
        "number_style",
        PORT,
        subs(P, ("£3.5 million", "£3.5m"), ("ten days", "10 days"), ("6.5 percent", "6.5%")),
    )
    control(
        ITEMS,
        "number_style",
        PORT,
        subs(
            P,
            ("around 1.2 million containers", "around 1,200,000 containers"),
            ("employs 2,400 people", "employs 2400 people"),
        ),
    )
    control(
        ITEMS,
        "number_style",
        DROUGHT,
        subs(
            D,
            ("about 180 million litres", "about 180m litres"),
            ("38 percent", "38%"),
            ("in 50 years", "in fifty years"),
        ),
    )
    control(
        ITEMS,
        "number_style",
        COUNT,
        subs(
            C,
            ("31,482", "31 482"),
            ("40.3 percent", "40.3%"),
            ("40,000 doors", "forty thousand doors"),
        ),
    )

    # ================================ changes =================================================
    # An interview answer given to the other guest.
    change(
        ITEMS,
        "qa_answer_swapped",
        DROUGHT,
        sub(D, "Osei: I have heard that date before.", "Bellamy: I have heard that date before."),
    )
    change(
        ITEMS,
        "qa_answer_swapped",
        DROUGHT,
        sub(D, "Osei: The leaks matter,", "Bellamy: The leaks matter,"),
    )
    change(
        ITEMS,
        "qa_answer_swapped",
        DROUGHT,
        sub(
            D, "Bellamy: Our reservoirs are at 54 percent", "Osei: Our reservoirs are at 54 percent"
        ),
    )

    # A question changed under its answer.
    change(
        ITEMS,
        "qa_question_changed",
        DROUGHT,
        sub(
            D,
            "Will the hosepipe ban be lifted before the autumn?",
            "Will the hosepipe ban stay in place until the autumn?",
        ),
    )
    change(
        ITEMS,
        "qa_question_changed",
        DROUGHT,
        sub(
            D,
            "Is the company doing enough to fix leaks?",
            "Is the company doing enough to build reservoirs?",
        ),
    )
    change(
        ITEMS,
        "qa_question_changed",
        DROUGHT,
        sub(
            D,
            "Why has the reservoir at Abingdon not been built?",
            "Why was the reservoir at Abingdon built so late?",
        ),
    )

    # A live blog entry's time changed.
    change(
        ITEMS,
        "live_entry_time",
        COUNT,
        blog(head, retime(rows, lambda t: "01:40" if t == "00:40" else t)),
    )
    change(
        ITEMS,
        "live_entry_time",
        COUNT,
        blog(head, retime(rows, lambda t: "02:52" if t == "01:52" else t)),
    )
    change(
        ITEMS,
        "live_entry_time",
        COUNT,
        blog(head, retime(rows, lambda t: "23:05" if t == "00:05" else t), "bold"),
    )

    # Two entries' texts exchanged; the times stay where they were.
    change(ITEMS, "live_entries_swapped", COUNT, blog(head, exchange(rows, "00:40", "01:25")))
    change(ITEMS, "live_entries_swapped", COUNT, blog(head, exchange(rows, "22:15", "00:05")))
    change(
        ITEMS, "live_entries_swapped", COUNT, blog(head, exchange(rows, "01:52", "02:03"), "inline")
    )

    # A key point the body contradicts.
    change(
        ITEMS,
        "key_point_contradicts",
        PORT,
        sub(
            P,
            "\n\nSOUTHAMPTON,",
            "\n\nKey points\n\n- A two-year pay deal ends the three-week strike at the Port of Southampton\n- Dock workers get 4 percent this year and 6.5 percent in 2026\n- MWU members voted 1,204 to 387 to accept the offer\n\nSOUTHAMPTON,",
        ),
    )
    change(
        ITEMS,
        "key_point_contradicts",
        DROUGHT,
        sub(
            D,
            "\n\nQ: How serious",
            "\n\nIn brief\n\n• Reservoirs are at 54 percent of capacity.\n• The hosepipe ban will be lifted in September.\n• Construction of the Abingdon reservoir could start in 2027.\n\nQ: How serious",
        ),
    )
    change(
        ITEMS,
        "key_point_contradicts",
        COUNT,
        blog(
            [
                *head,
                "Key events\n\n- 00:40 Recount requested in Old Harlow\n- 01:52 The Conservatives' Peter Lowe holds the seat with a majority of 1,712",
            ],
            rows,
        ),
    )

    # A dateline's city or date changed.
    change(
        ITEMS,
        "dateline_changed",
        PORT,
        sub(P, "SOUTHAMPTON, 14 March 2025 –", "PORTSMOUTH, 14 March 2025 –"),
    )
    change(
        ITEMS,
        "dateline_changed",
        PORT,
        sub(P, "SOUTHAMPTON, 14 March 2025 –", "SOUTHAMPTON, 14 May 2025 –"),
    )
    change(
        ITEMS,
        "dateline_changed",
        PORT,
        sub(P, "SOUTHAMPTON, 14 March 2025 –", "LONDON, March 4, 2025 –"),
    )

    # A citation that points elsewhere.
    change(
        ITEMS,
        "citation_elsewhere",
        COUNT,
        sub(C, "(House of Commons Library)", "(Electoral Reform Society)"),
    )
    change(
        ITEMS,
        "citation_elsewhere",
        COUNT,
        sub(
            C,
            "according to the returning officer (Harlow Council)",
            "according to the Labour campaign (Harlow Labour Party)",
        ),
    )
    change(
        ITEMS,
        "citation_elsewhere",
        COUNT,
        subs(
            C,
            ("(Harlow Council).", "[1]."),
            ("(House of Commons Library).", "[1]."),
            (
                'a message we have to hear".\n',
                'a message we have to hear".\n\nSources: [1] Harlow Council. [2] House of Commons Library.\n',
            ),
        ),
    )

    # A block quote given to another speaker.
    change(
        ITEMS,
        "blockquote_speaker",
        PORT,
        sub(
            P,
            '"This agreement recognises the skill and commitment of our people," said Helen Marsh, the chief executive of NPL. "We are pleased that the port can return to full operation from Monday."',
            '> "This agreement recognises the skill and commitment of our people. We are pleased that the port can return to full operation from Monday."\n>\n> — Daniel Okoro, regional secretary of the MWU',
        ),
    )
    change(
        ITEMS,
        "blockquote_speaker",
        PORT,
        sub(
            P,
            '"Our members stood together for three weeks, and they have secured a fair deal," he said. "Nobody wanted this strike, but nobody was willing to accept a pay cut in real terms either."',
            "Helen Marsh said:\n\n> Our members stood together for three weeks, and they have secured a fair deal.\n> Nobody wanted this strike, but nobody was willing to accept a pay cut in real terms either.",
        ),
    )
    change(
        ITEMS,
        "blockquote_speaker",
        COUNT,
        sub(
            C,
            'In her victory speech, Rahman thanked the volunteers "who knocked on 40,000 doors" and promised to "fight for every family in Harlow West".',
            "In her victory speech, Rahman thanked the volunteers who had knocked on 40,000 doors. Lowe made a promise:\n\n> I will fight for every family in Harlow West.",
        ),
    )

    # A bullet dropped from a paragraph set as bullets.
    change(
        ITEMS,
        "bullet_dropped",
        PORT,
        sub(
            P,
            "Under the agreement, about 1,850 dock workers will receive a rise of 6.5 percent this year and 4 percent in 2026. The deal also guarantees a minimum of 11 rest days each quarter, a demand at the centre of the dispute.",
            "Under the agreement, about 1,850 dock workers will receive:\n\n- a rise of 6.5 percent this year\n- a minimum of 11 rest days each quarter, a demand at the centre of the dispute",
        ),
    )
    change(
        ITEMS,
        "bullet_dropped",
        PORT,
        sub(
            P,
            "Northvale Ports Limited operates the Port of Southampton and two smaller terminals at Fawley and Marchwood. The company handles around 1.2 million containers a year and employs 2,400 people.",
            "Northvale Ports Limited:\n• operates the Port of Southampton and two smaller terminals, at Fawley and Marchwood\n• employs 2,400 people",
        ),
    )
    change(
        ITEMS,
        "bullet_dropped",
        COUNT,
        sub(
            C,
            "Result: Nadia Rahman (Labour) 13,118; Peter Lowe (Conservative) 11,406; Craig Dunn (Independent) 4,977; Ellen Hart (Green) 1,540. ",
            "Result:\n- Nadia Rahman (Labour) 13,118\n- Peter Lowe (Conservative) 11,406\n- Ellen Hart (Green) 1,540\n\n",
        ),
    )

    # An abbreviation that names another body.
    change(
        ITEMS,
        "abbreviation_other",
        PORT,
        sub(P, "The Port Safety Authority (PSA), which", "The Port Security Agency (PSA), which"),
    )
    change(
        ITEMS,
        "abbreviation_other",
        PORT,
        sub(P, "the chief executive of NPL", "the chief executive of the MWU"),
    )
    change(
        ITEMS,
        "abbreviation_other",
        PORT,
        sub(P, "A spokesperson for the PSA said", "A spokesperson for NPL said"),
    )

    # A date changed in another style.
    change(ITEMS, "date_changed", PORT, sub(P, "on 21 February", "on February 12"))
    change(ITEMS, "date_changed", DROUGHT, sub(D, "since 2 July", "since June 2"))
    change(
        ITEMS,
        "date_changed",
        PORT,
        sub(P, "SOUTHAMPTON, 14 March 2025 –", "SOUTHAMPTON, 2025-03-24 –"),
    )

    # Clauses reordered with a fact moved from one to the other.
    change(
        ITEMS,
        "clause_reorder_fact",
        PORT,
        sub(
            P,
            "Under the agreement, about 1,850 dock workers will receive a rise of 6.5 percent this year and 4 percent in 2026.",
            "About 1,850 dock workers will receive a rise of 4 percent this year and 6.5 percent in 2026 under the agreement.",
        ),
    )
    change(
        ITEMS,
        "clause_reorder_fact",
        COUNT,
        sub(
            C,
            "A recount has been requested in one ward, Old Harlow, after the independent candidate, Craig Dunn, questioned a bundle of 500 votes.",
            "After a recount was requested in one ward, Old Harlow, the independent candidate, Craig Dunn, questioned a bundle of 500 votes.",
        ),
    )
    change(
        ITEMS,
        "clause_reorder_fact",
        PORT,
        sub(
            P,
            "The strike, which began on 21 February, halted the loading of about 40 container ships and cost the regional economy an estimated £3.5 million a day, according to the Southampton Chamber of Commerce.",
            "According to the Southampton Chamber of Commerce, the strike, which began on 21 February, cost the regional economy about 40 container ships and halted the loading of an estimated £3.5 million a day.",
        ),
    )

    # A number changed in another style.
    change(
        ITEMS, "number_style_fact", PORT, subs(P, ("£3.5 million", "£35m"), ("6.5 percent", "6.5%"))
    )
    change(
        ITEMS,
        "number_style_fact",
        PORT,
        sub(P, "around 1.2 million containers", "around 120,000 containers"),
    )
    change(
        ITEMS,
        "number_style_fact",
        DROUGHT,
        subs(D, ("about 180 million litres", "about 18m litres"), ("38 percent", "38%")),
    )

    # A press contact changed.
    change(ITEMS, "contact_changed", PORT, sub(P, "+44 23 8000 1142", "+44 23 8000 1124"))
    change(
        ITEMS,
        "contact_changed",
        PORT,
        subs(
            P,
            ("press office: Laura Finch,", "press office: Sam Reyes,"),
            ("Union: Sam Reyes,", "Union: Laura Finch,"),
        ),
    )
    change(
        ITEMS, "contact_changed", PORT, sub(P, "press@northvaleports.example", "media@mwu.example")
    )


def main() -> None:
    build()
    write_probe(ITEMS, OUT)


if __name__ == "__main__":
    main()
