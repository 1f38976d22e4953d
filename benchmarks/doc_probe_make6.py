"""Write ``benchmarks/data/probe_documents6.jsonl``, the sixth document probe, from three texts
written for it (``benchmarks/data/documents/orrin_results.txt``, a company's results press
release with an embargo line, a Markdown table of figures, a timeline under a history heading,
an "About" boilerplate and a contact block; ``ashby_byelection.txt``, a by-election results page
with a line a candidate, the majority and the turnout; ``vance_judgment.txt``, the summary of a
court judgment in numbered paragraphs under headings that cite each other, "see paragraph 7")
and the edits below (deterministic: the same edits give the same file). Each item holds the
whole edited document B; ``doc_probe.py --file`` runs it against its base.

    python benchmarks/doc_probe_make6.py

The edits are what a QA editor sees between two versions of such texts that no earlier
document probe holds: a table of figures with its columns or rows in another order, told in
sentences or with its unit moved into the header, an embargo line set otherwise, a boilerplate
moved or shortened to a link, a timeline told as prose or its years set otherwise, a results
list set otherwise, in another order, with the parties abbreviated, the majority and turnout
set otherwise or the change in share told another way, a judgment's paragraph numbers
restyled, its cross-references written otherwise, its headings renamed, its parties named by
their role, its paragraphs renumbered with the references kept true (controls, which must pass
the gate); and a table cell changed, a table's columns of figures exchanged under their header,
an embargo's date or time changed, a timeline's year changed, two candidates' votes exchanged,
a candidate's party changed, the majority or the turnout changed, a change in share turned
round, a cross-reference that points elsewhere, paragraphs renumbered with the references left
pointing at the old numbers, and a summary line that contradicts the reasons (changes, which
must fail it). Written by hand on 5 December by doc20 before the pipeline's code was read.
"""

# ruff: noqa: E501 (the edits are sentences of the texts, kept whole to be read)
from __future__ import annotations

import re

from doc_probe_make import ROOT, Edit, read, sub, write_probe
from doc_probe_make3 import change, control, subs

OUT = ROOT / "benchmarks" / "data" / "probe_documents6.jsonl"

RESULTS, BYELECTION, JUDGMENT = "orrin_results.txt", "ashby_byelection.txt", "vance_judgment.txt"

ITEMS: list[Edit] = []  # (class, base, kind, b)


# ---- the results release ----------------------------------------------------------------------
EMBARGO = "EMBARGOED UNTIL 07:00 GMT, THURSDAY 12 MARCH 2026"
FIGURES = [
    ("Revenue", "£412.6m", "£377.9m", "+9.2%"),
    ("Operating profit", "£48.3m", "£40.9m", "+18.1%"),
    ("Net debt", "£96.0m", "£121.4m", "−20.9%"),
    ("Interim dividend", "4.2p", "3.8p", "+10.5%"),
]
FIG_HEAD = ("Figure", "H1 2026", "H1 2025", "Change")


def md_table(rows: list[tuple[str, ...]], head: tuple[str, ...]) -> str:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in rows])


TABLE = md_table(FIGURES, FIG_HEAD)
HISTORY = [
    ("1998", "Nadia Pereira and Sam Ollerton start making oat milk in a rented kitchen in Otley."),
    ("2004", "The first Meadowgold cartons go on sale in 40 shops in Yorkshire."),
    ("2011", "Orrin opens its factory in Leeds, which employs 350 people today."),
    ("2019", "The company lists on the London Stock Exchange."),
    ("2023", "Meadowgold goes on sale in Germany."),
]
TIMELINE = "\n".join(f"{y}: {e}" for y, e in HISTORY)
ABOUT = "About Orrin Foods\n\nOrrin Foods plc makes plant-based drinks and yoghurts under the Meadowgold brand. It employs 1,240 people in the UK and Germany and sells in 14 countries. www.orrinfoods.com"
CONTACTS = "Media contacts\n\nEllie Marsh, head of communications\n+44 (0)113 496 0521\npress@orrinfoods.com"


def timeline(rows: list[tuple[str, str]], form: str = "base") -> str:
    if form == "base":
        return "\n".join(f"{y}: {e}" for y, e in rows)
    if form == "dash":
        return "\n".join(f"{y} – {e}" for y, e in rows)
    if form == "bold":
        return "\n\n".join(f"**{y}** {e}" for y, e in rows)
    if form == "bullets":
        return "\n".join(f"- {y}: {e}" for y, e in rows)
    raise ValueError(form)


# ---- the by-election --------------------------------------------------------------------------
# (name, party, votes, share, change in share since 2024)
CANDIDATES = [
    ("Margaret Okafor", "Labour", "11,874", "38.6", "−9.1"),
    ("Daniel Price", "Reform UK", "9,468", "30.8", "+14.3"),
    ("Helen Achterberg", "Conservative", "4,953", "16.1", "−6.4"),
    ("Joseph Nwosu", "Green", "2,572", "8.4", "+2.0"),
    ("Fiona Leckie", "Liberal Democrat", "1,887", "6.1", "−0.8"),
]
PREVIOUS = {
    "Labour": "47.7",
    "Reform UK": "16.5",
    "Conservative": "22.5",
    "Green": "6.4",
    "Liberal Democrat": "6.9",
}


def result(rows: list[tuple[str, str, str, str, str]], form: str = "base") -> str:
    if form == "base":
        return "Result\n" + "\n".join(f"{n} ({p}) {v} ({s}%, {c})" for n, p, v, s, c in rows)
    if form == "table":
        return md_table(
            [(n, p, v, f"{s}%", c) for n, p, v, s, c in rows],
            ("Candidate", "Party", "Votes", "Share", "Change"),
        )
    if form == "surname":  # SURNAME, First name
        return "Result\n" + "\n".join(
            f"{n.split()[1].upper()}, {n.split()[0]} ({p}) — {v} votes, {s}% ({c})"
            for n, p, v, s, c in rows
        )
    if form == "stacked":  # the name on a line, the figures under it
        return "Result\n\n" + "\n\n".join(f"{n}\n{p} · {v} · {s}% · {c}" for n, p, v, s, c in rows)
    if form == "words":  # the change in share in words
        return "Result\n" + "\n".join(
            f"{n} ({p}) {v} ({s}%, {'up' if c[0] == '+' else 'down'} {c[1:]})"
            for n, p, v, s, c in rows
        )
    if form == "points":
        return "Result\n" + "\n".join(f"{n} ({p}) {v} ({s}%, {c} pts)" for n, p, v, s, c in rows)
    if form == "previous":  # the share at the last election for the change in it
        return "Result\n" + "\n".join(
            f"{n} ({p}) {v} ({s}%; 2024: {PREVIOUS[p]}%)" for n, p, v, s, c in rows
        )
    raise ValueError(form)


RESULT = result(CANDIDATES)
TALLY = "Majority: 2,406\nTurnout: 41.2% (30,754 votes cast of 74,646 eligible)"


def parties(
    rows: list[tuple[str, str, str, str, str]], names: dict[str, str]
) -> list[tuple[str, str, str, str, str]]:
    return [(n, names[p], v, s, c) for n, p, v, s, c in rows]


def exchanged(
    rows: list[tuple[str, str, str, str, str]], i: int, j: int, upto: int
) -> list[tuple[str, str, str, str, str]]:
    """Rows ``i`` and ``j`` with their figures (votes, or votes and share and change when
    ``upto`` is 5) exchanged; the names and parties stay."""
    out = list(rows)
    out[i] = (*rows[i][:2], *rows[j][2:upto], *rows[i][upto:])
    out[j] = (*rows[j][:2], *rows[i][2:upto], *rows[j][upto:])
    return out


# ---- the judgment -----------------------------------------------------------------------------
def numbered(text: str, fmt: str) -> str:
    """The judgment's paragraph numbers ("1. " at a paragraph's start) set as ``fmt``."""
    return re.sub(r"(?m)^(\d+)\. ", lambda m: fmt.format(n=int(m.group(1))), text)


def renumbered(text: str, shift: int, *, refs: bool) -> str:
    """The paragraphs numbered from ``1 + shift``; the summary's own references ("see
    paragraph 7", "paragraphs 6 to 9") renumbered with them when ``refs`` (the judgment's
    "paragraphs 41 to 57" are the full judgment's and stay)."""
    text = re.sub(r"(?m)^(\d+)\. ", lambda m: f"{int(m.group(1)) + shift}. ", text)
    if refs:
        text = re.sub(
            r"see paragraphs? \d+( to \d+)?",
            lambda m: re.sub(r"\d+", lambda d: str(int(d.group()) + shift), m.group()),
            text,
        )
    return text


def build() -> None:
    R, E, J = read(RESULTS), read(BYELECTION), read(JUDGMENT)
    assert EMBARGO in R and TABLE in R and TIMELINE in R and ABOUT in R and CONTACTS in R
    assert RESULT in E and TALLY in E

    # ================================ controls ================================================
    # The table of figures with its columns or rows in another order.
    control(
        ITEMS,
        "results_table_order",
        RESULTS,
        sub(
            R,
            TABLE,
            md_table(
                [(f, b, a, c) for f, a, b, c in FIGURES], ("Figure", "H1 2025", "H1 2026", "Change")
            ),
        ),
    )
    control(
        ITEMS,
        "results_table_order",
        RESULTS,
        sub(
            R,
            TABLE,
            md_table(
                [(f, c, a, b) for f, a, b, c in FIGURES], ("Figure", "Change", "H1 2026", "H1 2025")
            ),
        ),
    )
    control(
        ITEMS,
        "results_table_order",
        RESULTS,
        sub(R, TABLE, md_table([FIGURES[2], FIGURES[0], FIGURES[1], FIGURES[3]], FIG_HEAD)),
    )

    # The table of figures told in sentences, as bullets or as one paragraph.
    control(
        ITEMS,
        "results_table_prose",
        RESULTS,
        sub(
            R,
            TABLE,
            "Revenue was £412.6m, against £377.9m in the first half of 2025, up 9.2%. Operating profit was £48.3m, against £40.9m, up 18.1%. Net debt was £96.0m, against £121.4m, down 20.9%. The interim dividend was 4.2p, against 3.8p, up 10.5%.",
        ),
    )
    control(
        ITEMS,
        "results_table_prose",
        RESULTS,
        sub(R, TABLE, "\n".join(f"- {f}: {a} (H1 2025: {b}), {c}" for f, a, b, c in FIGURES)),
    )
    control(
        ITEMS,
        "results_table_prose",
        RESULTS,
        sub(
            R,
            TABLE,
            "Key figures for the half (a year earlier in brackets): revenue £412.6m (£377.9m), up 9.2%; operating profit £48.3m (£40.9m), up 18.1%; net debt £96.0m (£121.4m), down 20.9%; interim dividend 4.2p (3.8p), up 10.5%.",
        ),
    )

    # The unit moved from the cells into the header.
    money = [(f, a.strip("£m"), b.strip("£m"), c) for f, a, b, c in FIGURES[:3]]
    control(
        ITEMS,
        "table_units_header",
        RESULTS,
        sub(
            R,
            TABLE,
            md_table(money, ("£m", "H1 2026", "H1 2025", "Change"))
            + "\n\nThe interim dividend is 4.2p a share (H1 2025: 3.8p), up 10.5%.",
        ),
    )
    control(
        ITEMS,
        "table_units_header",
        RESULTS,
        sub(
            R,
            TABLE,
            md_table(
                [*money, ("Interim dividend (p)", "4.2", "3.8", "+10.5%")],
                ("Figure (£m unless stated)", "H1 2026", "H1 2025", "Change"),
            ),
        ),
    )
    control(
        ITEMS,
        "table_units_header",
        RESULTS,
        sub(
            R,
            TABLE,
            md_table(
                [(f, a.strip("£m"), b.strip("£m"), c.strip("%")) for f, a, b, c in FIGURES[:3]]
                + [("Interim dividend (pence)", "4.2", "3.8", "+10.5")],
                ("Figure (£m)", "H1 2026", "H1 2025", "Change (%)"),
            ),
        ),
    )

    # The embargo line set otherwise, or moved under the headline.
    control(
        ITEMS,
        "embargo_line_form",
        RESULTS,
        sub(R, EMBARGO, "Embargoed until 07:00 GMT on Thursday 12 March 2026"),
    )
    control(
        ITEMS,
        "embargo_line_form",
        RESULTS,
        sub(
            R,
            EMBARGO,
            "Not for publication or broadcast before 07:00 GMT on Thursday 12 March 2026",
        ),
    )
    control(
        ITEMS,
        "embargo_line_form",
        RESULTS,
        subs(
            R,
            (EMBARGO + "\n\n", ""),
            (
                "oat drink sales climb\n\n",
                "oat drink sales climb\n\n**Embargo: 07:00 GMT, Thursday 12 March 2026**\n\n",
            ),
        ),
    )

    # The "About" boilerplate moved under the contacts, shortened to a link, or run on.
    control(
        ITEMS,
        "boilerplate_moved",
        RESULTS,
        subs(R, (ABOUT + "\n\n", ""), (CONTACTS, CONTACTS + "\n\n" + ABOUT)),
    )
    control(
        ITEMS,
        "boilerplate_moved",
        RESULTS,
        sub(R, ABOUT, "About Orrin Foods: www.orrinfoods.com/about"),
    )
    control(
        ITEMS,
        "boilerplate_moved",
        RESULTS,
        sub(R, ABOUT, "**About Orrin Foods** " + ABOUT[len("About Orrin Foods\n\n") :]),
    )

    # The timeline told as prose.
    control(
        ITEMS,
        "timeline_as_prose",
        RESULTS,
        sub(
            R,
            TIMELINE,
            "Nadia Pereira and Sam Ollerton started making oat milk in a rented kitchen in Otley in 1998. The first Meadowgold cartons went on sale in 40 shops in Yorkshire in 2004, and in 2011 Orrin opened its factory in Leeds, which employs 350 people today. The company listed on the London Stock Exchange in 2019, and Meadowgold went on sale in Germany in 2023.",
        ),
    )
    control(
        ITEMS,
        "timeline_as_prose",
        RESULTS,
        sub(
            R,
            TIMELINE,
            "In 1998, Nadia Pereira and Sam Ollerton started making oat milk in a rented kitchen in Otley.\n\nIn 2004, the first Meadowgold cartons went on sale in 40 shops in Yorkshire.\n\nIn 2011, Orrin opened its factory in Leeds, which employs 350 people today.\n\nIn 2019, the company listed on the London Stock Exchange.\n\nIn 2023, Meadowgold went on sale in Germany.",
        ),
    )
    control(
        ITEMS,
        "timeline_as_prose",
        RESULTS,
        subs(
            R,
            ("Our history\n\n", "A short history\n\n"),
            (
                TIMELINE,
                "Orrin began in 1998, when Nadia Pereira and Sam Ollerton started making oat milk in a rented kitchen in Otley. Six years later, in 2004, the first Meadowgold cartons went on sale in 40 shops in Yorkshire. The factory in Leeds, which employs 350 people today, opened in 2011; the company listed on the London Stock Exchange in 2019; and Meadowgold went on sale in Germany in 2023.",
            ),
        ),
    )

    # The timeline's years set otherwise: a dash, in bold, as bullets.
    for form in ("dash", "bold", "bullets"):
        control(ITEMS, "timeline_date_style", RESULTS, sub(R, TIMELINE, timeline(HISTORY, form)))

    # The results list set otherwise: a Markdown table, surnames first, stacked.
    for form in ("table", "surname", "stacked"):
        control(ITEMS, "candidate_lines_set", BYELECTION, sub(E, RESULT, result(CANDIDATES, form)))

    # The results list in another order: by surname, from the last, by party.
    by_surname = sorted(CANDIDATES, key=lambda r: r[0].split()[1])
    by_party = sorted(CANDIDATES, key=lambda r: r[1])
    for rows in (by_surname, CANDIDATES[::-1], by_party):
        control(ITEMS, "candidate_order", BYELECTION, sub(E, RESULT, result(rows)))

    # The parties abbreviated in the results list, or named in full.
    for names in (
        {
            "Labour": "Lab",
            "Reform UK": "Reform",
            "Conservative": "Con",
            "Green": "Green",
            "Liberal Democrat": "LD",
        },
        {
            "Labour": "Lab",
            "Reform UK": "Ref",
            "Conservative": "Con",
            "Green": "Grn",
            "Liberal Democrat": "Lib Dem",
        },
        {
            "Labour": "Labour Party",
            "Reform UK": "Reform UK",
            "Conservative": "Conservative Party",
            "Green": "Green Party",
            "Liberal Democrat": "Liberal Democrats",
        },
    ):
        control(
            ITEMS,
            "party_names_abbrev",
            BYELECTION,
            sub(E, RESULT, result(parties(CANDIDATES, names))),
        )

    # The majority and turnout set otherwise: one line, in words, before the list.
    control(
        ITEMS,
        "majority_turnout_form",
        BYELECTION,
        sub(E, TALLY, "Lab majority 2,406 · Turnout 41.2 per cent"),
    )
    control(
        ITEMS,
        "majority_turnout_form",
        BYELECTION,
        sub(E, TALLY, "Electorate: 74,646\nVotes cast: 30,754\nTurnout: 41.2%\nMajority: 2,406"),
    )
    control(
        ITEMS,
        "majority_turnout_form",
        BYELECTION,
        subs(E, ("\n\n" + TALLY, ""), (RESULT, TALLY + "\n\n" + RESULT)),
    )

    # The change in share told another way: "up" and "down", "pts", the share last time.
    for form in ("words", "points", "previous"):
        control(ITEMS, "share_change_form", BYELECTION, sub(E, RESULT, result(CANDIDATES, form)))

    # The judgment's paragraph numbers restyled: in brackets, "Para", a section sign.
    for fmt in ("[{n}] ", "Para {n}: ", "¶{n} "):
        control(ITEMS, "paragraph_numbers_restyled", JUDGMENT, numbered(J, fmt))

    # The cross-references written otherwise.
    control(
        ITEMS,
        "crossref_form",
        JUDGMENT,
        subs(
            J,
            ("(see paragraphs 6 to 9)", "(paras 6–9)"),
            ("(see paragraph 10)", "(para 10)"),
            ("(see paragraph 11)", "(para 11)"),
            ("(see paragraph 7)", "(para 7)"),
        ),
    )
    control(
        ITEMS,
        "crossref_form",
        JUDGMENT,
        subs(
            numbered(J, "[{n}] "),
            ("(see paragraphs 6 to 9)", "(see [6]–[9])"),
            ("(see paragraph 10)", "(see [10])"),
            ("(see paragraph 11)", "(see [11])"),
            ("(see paragraph 7)", "(see [7])"),
        ),
    )
    control(
        ITEMS,
        "crossref_form",
        JUDGMENT,
        subs(
            J,
            (
                "by deciding without hearing her (see paragraphs 6 to 9); second",
                "by deciding without hearing her, a ground dealt with in paragraphs 6 to 9 below; second",
            ),
            (
                "because it ignored her receipts (see paragraph 10).",
                "because it ignored her receipts, dealt with in paragraph 10.",
            ),
        ),
    )

    # The judgment's headings renamed.
    control(
        ITEMS,
        "judgment_headings_renamed",
        JUDGMENT,
        subs(J, ("\nBackground\n", "\nThe facts\n"), ("\nOutcome\n", "\nThe order\n")),
    )
    control(
        ITEMS,
        "judgment_headings_renamed",
        JUDGMENT,
        subs(
            J,
            ("\nThe issues\n", "\nThe grounds of challenge\n"),
            ("\nThe court's decision\n", "\nThe judge's reasons\n"),
        ),
    )
    control(
        ITEMS,
        "judgment_headings_renamed",
        JUDGMENT,
        subs(
            J,
            ("\nBackground\n", "\n## Background\n"),
            ("\nThe issues\n", "\n## Issues\n"),
            ("\nThe court's decision\n", "\n## Decision\n"),
            ("\nOutcome\n", "\n## Disposal\n"),
        ),
    )

    # The parties named by their role, or the council by its name.
    control(
        ITEMS,
        "party_role_names",
        JUDGMENT,
        subs(
            J,
            ("Ms Vance says that she paid", "The claimant says that she paid"),
            ("Ms Vance challenged", "The claimant challenged"),
            ("pay Ms Vance's costs", "pay the claimant's costs"),
        ),
    )
    control(
        ITEMS,
        "party_role_names",
        JUDGMENT,
        subs(
            J,
            ("In July 2025 the council decided", "In July 2025 Harlow District Council decided"),
            ("The council's own policy", "Harlow District Council's own policy"),
            ("12. The council must pay", "12. The defendant must pay"),
        ),
    )
    control(
        ITEMS,
        "party_role_names",
        JUDGMENT,
        subs(
            J,
            ("1. The claimant, Ms Rosa Vance, runs", "1. Rosa Vance, the claimant, runs"),
            ("The council did not give Ms Vance", "The defendant did not give the claimant"),
            ("after giving Ms Vance 14 days", "after giving the claimant 14 days"),
        ),
    )

    # The paragraphs renumbered (the note at the top numbered, or the numbers of the full
    # judgment's summary from 100), the summary's own references renumbered with them.
    control(
        ITEMS,
        "paragraphs_renumbered",
        JUDGMENT,
        sub(
            renumbered(J, 1, refs=True),
            "This summary is provided",
            "1. This summary is provided",
        ),
    )
    control(ITEMS, "paragraphs_renumbered", JUDGMENT, renumbered(J, 100, refs=True))
    control(ITEMS, "paragraphs_renumbered", JUDGMENT, renumbered(J, 20, refs=True))

    # ================================ changes =================================================
    # A cell of the table of figures changed.
    rows = list(FIGURES)
    rows[1] = ("Operating profit", "£43.8m", "£40.9m", "+18.1%")
    change(ITEMS, "results_cell_changed", RESULTS, sub(R, TABLE, md_table(rows, FIG_HEAD)))
    rows = list(FIGURES)
    rows[2] = ("Net debt", "£96.0m", "£121.4m", "−12.9%")
    change(ITEMS, "results_cell_changed", RESULTS, sub(R, TABLE, md_table(rows, FIG_HEAD)))
    rows = list(FIGURES)
    rows[3] = ("Interim dividend", "4.2p", "3.2p", "+10.5%")
    change(ITEMS, "results_cell_changed", RESULTS, sub(R, TABLE, md_table(rows, FIG_HEAD)))

    # The columns of figures exchanged under a header that stays (or the header exchanged over
    # figures that stay).
    rows = list(FIGURES)
    rows[0] = ("Revenue", "£377.9m", "£412.6m", "+9.2%")
    change(ITEMS, "results_columns_swapped", RESULTS, sub(R, TABLE, md_table(rows, FIG_HEAD)))
    change(
        ITEMS,
        "results_columns_swapped",
        RESULTS,
        sub(R, TABLE, md_table([(f, b, a, c) for f, a, b, c in FIGURES], FIG_HEAD)),
    )
    change(
        ITEMS,
        "results_columns_swapped",
        RESULTS,
        sub(R, TABLE, md_table(FIGURES, ("Figure", "H1 2025", "H1 2026", "Change"))),
    )

    # The embargo's time or date changed.
    for new in (
        "EMBARGOED UNTIL 00:01 GMT, THURSDAY 12 MARCH 2026",
        "EMBARGOED UNTIL 07:00 GMT, THURSDAY 19 MARCH 2026",
        "EMBARGOED UNTIL 07:00 GMT, THURSDAY 12 FEBRUARY 2026",
    ):
        change(ITEMS, "embargo_date_changed", RESULTS, sub(R, EMBARGO, new))

    # A timeline's year changed.
    for i, year in ((1, "2006"), (3, "2021"), (0, "1989")):
        rows2 = list(HISTORY)
        rows2[i] = (year, HISTORY[i][1])
        change(ITEMS, "timeline_year_changed", RESULTS, sub(R, TIMELINE, timeline(rows2)))

    # Two candidates' votes exchanged (with their shares and changes, or the votes alone).
    for i, j, upto in ((2, 3, 5), (3, 4, 3), (0, 1, 5)):
        change(
            ITEMS,
            "votes_swapped",
            BYELECTION,
            sub(E, RESULT, result(exchanged(CANDIDATES, i, j, upto))),
        )

    # A candidate's party changed.
    rows3 = list(CANDIDATES)
    rows3[1], rows3[2] = (
        ("Daniel Price", "Conservative", *CANDIDATES[1][2:]),
        ("Helen Achterberg", "Reform UK", *CANDIDATES[2][2:]),
    )
    change(ITEMS, "candidate_party_changed", BYELECTION, sub(E, RESULT, result(rows3)))
    rows3 = list(CANDIDATES)
    rows3[3] = ("Joseph Nwosu", "Independent", *CANDIDATES[3][2:])
    change(ITEMS, "candidate_party_changed", BYELECTION, sub(E, RESULT, result(rows3)))
    rows3 = list(CANDIDATES)
    rows3[4] = ("Fiona Leckie", "Green", *CANDIDATES[4][2:])
    change(ITEMS, "candidate_party_changed", BYELECTION, sub(E, RESULT, result(rows3)))

    # The majority or the turnout changed.
    change(
        ITEMS, "majority_turnout_changed", BYELECTION, sub(E, "Majority: 2,406", "Majority: 2,046")
    )
    change(
        ITEMS, "majority_turnout_changed", BYELECTION, sub(E, "Turnout: 41.2%", "Turnout: 42.1%")
    )
    change(
        ITEMS,
        "majority_turnout_changed",
        BYELECTION,
        sub(E, "of 74,646 eligible", "of 64,746 eligible"),
    )

    # A change in share turned round or changed.
    for old, new in (
        ("(30.8%, +14.3)", "(30.8%, −14.3)"),
        ("(16.1%, −6.4)", "(16.1%, +6.4)"),
        ("(8.4%, +2.0)", "(8.4%, +12.0)"),
    ):
        change(ITEMS, "share_change_flipped", BYELECTION, sub(E, old, new))

    # A cross-reference that points elsewhere.
    change(ITEMS, "crossref_elsewhere", JUDGMENT, sub(J, "(see paragraph 7)", "(see paragraph 12)"))
    change(ITEMS, "crossref_elsewhere", JUDGMENT, sub(J, "(see paragraph 10)", "(see paragraph 8)"))
    change(
        ITEMS,
        "crossref_elsewhere",
        JUDGMENT,
        sub(J, "(see paragraphs 6 to 9)", "(see paragraphs 1 to 3)"),
    )

    # The paragraphs renumbered, the references left at the old numbers (they now point at
    # other paragraphs).
    change(
        ITEMS,
        "renumbered_refs_stale",
        JUDGMENT,
        sub(
            renumbered(J, 1, refs=False), "This summary is provided", "1. This summary is provided"
        ),
    )
    change(ITEMS, "renumbered_refs_stale", JUDGMENT, renumbered(J, 2, refs=False))
    change(ITEMS, "renumbered_refs_stale", JUDGMENT, renumbered(J, 3, refs=False))

    # A summary line that the reasons contradict.
    change(
        ITEMS,
        "holding_contradicts_reasons",
        JUDGMENT,
        sub(
            J,
            "The claim succeeds on the first ground and fails on the second.",
            "The claim fails on the first ground and succeeds on the second.",
        ),
    )
    change(
        ITEMS,
        "holding_contradicts_reasons",
        JUDGMENT,
        sub(
            J,
            "The claim succeeds on the first ground and fails on the second.",
            "The claim succeeds on both grounds.",
        ),
    )
    change(
        ITEMS,
        "holding_contradicts_reasons",
        JUDGMENT,
        sub(J, "The decision of July 2025 is quashed.", "The decision of July 2025 stands."),
    )


def main() -> None:
    build()
    write_probe(ITEMS, OUT)


if __name__ == "__main__":
    main()
