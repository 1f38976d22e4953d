"""Write ``benchmarks/data/probe_documents7.jsonl``, the seventh document probe, from three texts
written for it (``benchmarks/data/documents/kessington_trial.txt``, a trial's news release
holding its structured abstract under "Background", "Methods", "Results" and "Conclusions";
``fenwold_recall.txt``, a food recall notice with its batch codes and use-by dates, numbered
steps for the reader and a helpline; ``thornbury_minutes.txt``, the minutes of a committee
meeting with those present, numbered agenda items, a vote and action points with owners and
dates) and the edits below (deterministic: the same edits give the same file). Each item holds
the whole edited document B; ``doc_probe.py --file`` runs it against its base.

    python benchmarks/doc_probe_make7.py

The edits are what a QA editor sees between two versions of such texts that no earlier
document probe holds: an abstract's headings renamed, set inline with their paragraph or
dropped (the abstract told as one paragraph), its statistics written otherwise ("95% CI 0.61 to
0.87" / "0.61–0.87", "n=596" / "596 people"); a recall's batch details set as a table, a line a
batch or bullets, its pack size in another style ("4 x 125g" / "4 × 125 g"), its steps told as
prose, as bullets or as "Step 1:", its header and its helpline set otherwise; the minutes'
action points set as a table or as sentences, their owners given by initials, the attendees
set otherwise, times in another style ("7.30pm" / "19:30"), the agenda items numbered
otherwise, the vote written otherwise ("by four votes to one" / "4–1") (controls, which must
pass the gate); and an abstract's conclusion that its results contradict, the two arms'
figures exchanged, a figure of the methods or results changed, a recall's batch code or date
changed, its steps put in an order that undoes them, its advice changed, an action given to
another owner, a deadline or the next meeting's date changed, a decision turned round, and
who attended or who chaired changed (changes, which must fail it). Written by hand on 6
December by doc21 before the pipeline's code was read.
"""

# ruff: noqa: E501 (the edits are sentences of the texts, kept whole to be read)
from __future__ import annotations

from doc_probe_make import ROOT, Edit, read, sub, swap, write_probe
from doc_probe_make3 import change, control, subs

OUT = ROOT / "benchmarks" / "data" / "probe_documents7.jsonl"

TRIAL, RECALL, MINUTES = "kessington_trial.txt", "fenwold_recall.txt", "thornbury_minutes.txt"

ITEMS: list[Edit] = []  # (class, base, kind, b)

# ---- the trial's abstract ---------------------------------------------------------------------
HEADINGS = ("Background", "Methods", "Results", "Conclusions")
A_BACK = "Falls are the leading cause of injury-related hospital admissions among people aged 70 and over in England. Group exercise is widely offered, but few trials have tested it outside hospital settings."
A_METH = "We randomly assigned 1,184 adults aged 70 to 92 from 36 general practices in Kessington and Hale to a 24-week programme of two supervised group walks and one balance class a week (n=596) or to usual care with an advice leaflet (n=588). The primary outcome was the rate of falls over 12 months, recorded in monthly diaries."
A_RES = "Participants in the programme reported 1.21 falls per person-year, against 1.66 in the usual care group (rate ratio 0.73; 95% CI 0.61 to 0.87). Hip fractures were rare in both groups (7 against 11). Attendance averaged 68% of sessions, and 41 participants withdrew."
A_CONC = "A community programme of walks and balance classes reduced falls among older adults. Its effect on fractures remains uncertain."
SECTIONS = (A_BACK, A_METH, A_RES, A_CONC)
ABSTRACT = "\n\n".join(f"{h}\n\n{s}" for h, s in zip(HEADINGS, SECTIONS, strict=True))


def abstract(headings: tuple[str, ...], form: str = "own") -> str:
    """The abstract under ``headings``: each on a line of its own (``own``), or set before its
    paragraph (``colon``: "Background: Falls ...", ``bold``: "**Background.** Falls ...")."""
    if form == "own":
        return "\n\n".join(f"{h}\n\n{s}" for h, s in zip(headings, SECTIONS, strict=True))
    if form == "colon":
        return "\n\n".join(f"{h}: {s}" for h, s in zip(headings, SECTIONS, strict=True))
    if form == "bold":
        return "\n\n".join(f"**{h}.** {s}" for h, s in zip(headings, SECTIONS, strict=True))
    raise ValueError(form)


# ---- the recall -------------------------------------------------------------------------------
BATCHES = [("FW2611A", "18 April 2026"), ("FW2613C", "21 April 2026")]
DETAILS = "Product: Little Meadow Strawberry Yoghurt\nPack size: 4 x 125g\n" + "\n".join(
    f"Batch code: {c}\nUse by: {d}" for c, d in BATCHES
)
STEPS = [
    "Check the batch code printed on the side of the multipack.",
    "If it matches one of the codes above, do not eat the yoghurt.",
    "Return it to the store where you bought it for a full refund. You do not need a receipt.",
]
STEP_LIST = "\n".join(f"{i}. {s}" for i, s in enumerate(STEPS, 1))
HELPLINE = "Customer helpline: 0800 046 7731 (9am to 5pm, Monday to Friday)\nEmail: care@fenwolddairy.co.uk"


def steps(rows: list[str], form: str = "numbers") -> str:
    if form == "numbers":
        return "\n".join(f"{i}. {s}" for i, s in enumerate(rows, 1))
    if form == "bullets":
        return "\n".join(f"- {s}" for s in rows)
    if form == "step":
        return "\n".join(f"Step {i}: {s}" for i, s in enumerate(rows, 1))
    if form == "brackets":
        return "\n".join(f"{i}) {s}" for i, s in enumerate(rows, 1))
    raise ValueError(form)


# ---- the minutes ------------------------------------------------------------------------------
# (owner, initials, action, due)
ACTIONS = [
    ("Graham Pell", "GP", "confirm the trough order with Brookside Fencing", "by 17 March"),
    ("Tom Keswick", "TK", "write to Severn Water about the bill", "by 31 March"),
    ("Sunita Rao", "SR", "contact the first ten people on the waiting list", "by 10 April"),
    ("Maya Lindqvist", "ML", "ask the police for a crime reference number", ""),
]


def actions(rows: list[tuple[str, str, str, str]], form: str = "base") -> str:
    if form == "base":
        return "\n".join(f"- {o} to {a}{' ' + d if d else ''}." for o, _, a, d in rows)
    if form == "table":
        lines = ["| Action | Owner | Due |", "|---|---|---|"]
        return "\n".join(
            lines
            + [f"| {a[0].upper() + a[1:]} | {o} | {d[3:] if d else '–'} |" for o, _, a, d in rows]
        )
    if form == "sentences":
        return " ".join(f"{o} will {a}{' ' + d if d else ''}." for o, _, a, d in rows)
    if form == "initials":
        return "\n".join(f"- {i} to {a}{' ' + d if d else ''}." for _, i, a, d in rows)
    if form == "owner_after":
        return "\n".join(
            f"- {a[0].upper() + a[1:]}{' ' + d if d else ''}. Owner: {o}" for o, _, a, d in rows
        )
    if form == "numbered":
        return "\n".join(
            f"A{n}. {o}: {a}{' ' + d if d else ''}." for n, (o, _, a, d) in enumerate(rows, 1)
        )
    raise ValueError(form)


ACTION_LIST = actions(ACTIONS)
PRESENT = "Present: Ruth Adeyemi (chair), Tom Keswick (treasurer), Maya Lindqvist (secretary), Graham Pell, Sunita Rao\nApologies: Dennis Farrow"
ITEM_HEADS = [
    "Minutes of the last meeting",
    "Treasurer's report",
    "Water troughs",
    "Waiting list",
    "Any other business",
]


def renumber(text: str, fmt: str) -> str:
    """The agenda items' headings ("1. Minutes of the last meeting") set as ``fmt``."""
    for n, head in enumerate(ITEM_HEADS, 1):
        text = sub(
            text, f"\n{n}. {head}\n", "\n" + fmt.format(n=n, L="abcde"[n - 1], h=head) + "\n"
        )
    return text


def swapped_owners(i: int, j: int) -> list[tuple[str, str, str, str]]:
    out = list(ACTIONS)
    out[i] = (ACTIONS[j][0], ACTIONS[j][1], *ACTIONS[i][2:])
    out[j] = (ACTIONS[i][0], ACTIONS[i][1], *ACTIONS[j][2:])
    return out


def build() -> None:
    T, R, M = read(TRIAL), read(RECALL), read(MINUTES)
    assert ABSTRACT in T and DETAILS in R and STEP_LIST in R and HELPLINE in R
    assert ACTION_LIST in M and PRESENT in M

    # ================================ controls ================================================
    # The abstract's headings renamed.
    for heads in (
        ("Introduction", "Methods", "Findings", "Interpretation"),
        ("Background", "Design and participants", "Main results", "Conclusions"),
        ("Context", "Study design", "Results", "What this study adds"),
    ):
        control(ITEMS, "abstract_headings_renamed", TRIAL, sub(T, ABSTRACT, abstract(heads)))

    # The abstract's headings set before their paragraph, or in capitals.
    control(ITEMS, "abstract_headings_inline", TRIAL, sub(T, ABSTRACT, abstract(HEADINGS, "colon")))
    control(ITEMS, "abstract_headings_inline", TRIAL, sub(T, ABSTRACT, abstract(HEADINGS, "bold")))
    control(
        ITEMS,
        "abstract_headings_inline",
        TRIAL,
        sub(T, ABSTRACT, abstract(tuple(h.upper() for h in HEADINGS), "colon")),
    )

    # The abstract told without its headings.
    control(ITEMS, "abstract_unstructured", TRIAL, sub(T, ABSTRACT, " ".join(SECTIONS)))
    control(
        ITEMS,
        "abstract_unstructured",
        TRIAL,
        sub(T, ABSTRACT, "\n\n".join((A_BACK + " " + A_METH, A_RES + " " + A_CONC))),
    )
    control(ITEMS, "abstract_unstructured", TRIAL, sub(T, ABSTRACT, "\n\n".join(SECTIONS)))

    # The abstract's statistics written otherwise.
    control(
        ITEMS,
        "abstract_stats_style",
        TRIAL,
        sub(T, "(rate ratio 0.73; 95% CI 0.61 to 0.87)", "(rate ratio 0.73, 95% CI 0.61–0.87)"),
    )
    control(
        ITEMS,
        "abstract_stats_style",
        TRIAL,
        subs(
            T,
            (
                "(rate ratio 0.73; 95% CI 0.61 to 0.87)",
                "(RR 0.73, 95% confidence interval 0.61-0.87)",
            ),
            ("falls per person-year", "falls per person per year"),
        ),
    )
    control(
        ITEMS,
        "abstract_stats_style",
        TRIAL,
        subs(
            T, ("(n=596)", "(n = 596)"), ("(n=588)", "(n = 588)"), ("(7 against 11)", "(7 vs 11)")
        ),
    )
    control(
        ITEMS,
        "abstract_stats_style",
        TRIAL,
        subs(
            T,
            ("one balance class a week (n=596)", "one balance class a week (596 people)"),
            ("an advice leaflet (n=588)", "an advice leaflet (588 people)"),
        ),
    )

    # The recall's batch details set otherwise.
    control(
        ITEMS,
        "recall_batches_table",
        RECALL,
        sub(
            R,
            DETAILS,
            "Product: Little Meadow Strawberry Yoghurt\nPack size: 4 x 125g\n\n| Batch code | Use by |\n|---|---|\n"
            + "\n".join(f"| {c} | {d} |" for c, d in BATCHES),
        ),
    )
    control(
        ITEMS,
        "recall_batches_table",
        RECALL,
        sub(
            R,
            DETAILS,
            "Product: Little Meadow Strawberry Yoghurt\nPack size: 4 x 125g\n"
            + "\n".join(f"Batch code: {c}, use by {d}" for c, d in BATCHES),
        ),
    )
    control(
        ITEMS,
        "recall_batches_table",
        RECALL,
        sub(
            R,
            DETAILS,
            "- Product: Little Meadow Strawberry Yoghurt\n- Pack size: 4 x 125g\n"
            + "\n".join(f"- Batch code {c} (use by {d})" for c, d in BATCHES),
        ),
    )

    # The pack size in another style.
    for new in ("4 × 125 g", "4x125g", "four 125g pots"):
        control(ITEMS, "recall_pack_size_style", RECALL, R.replace("4 x 125g", new))

    # The steps told otherwise.
    control(ITEMS, "recall_steps_form", RECALL, sub(R, STEP_LIST, steps(STEPS, "bullets")))
    control(ITEMS, "recall_steps_form", RECALL, sub(R, STEP_LIST, steps(STEPS, "step")))
    control(ITEMS, "recall_steps_form", RECALL, sub(R, STEP_LIST, steps(STEPS, "brackets")))
    control(ITEMS, "recall_steps_form", RECALL, sub(R, STEP_LIST, " ".join(STEPS)))

    # The notice's header set otherwise.
    control(
        ITEMS, "recall_header_form", RECALL, sub(R, "PRODUCT RECALL\n", "Product recall notice\n")
    )
    control(ITEMS, "recall_header_form", RECALL, sub(R, "PRODUCT RECALL\n", "**PRODUCT RECALL**\n"))
    control(
        ITEMS,
        "recall_header_form",
        RECALL,
        subs(
            R,
            ("PRODUCT RECALL\n", "Recall\n"),
            ("Published 9 April 2026", "Published: 9 April 2026"),
        ),
    )

    # The helpline set otherwise.
    control(
        ITEMS,
        "recall_helpline_form",
        RECALL,
        sub(
            R,
            "Customer helpline: 0800 046 7731 (9am to 5pm, Monday to Friday)",
            "Customer helpline: 0800 046 7731 (Mon–Fri, 09:00–17:00)",
        ),
    )
    control(
        ITEMS,
        "recall_helpline_form",
        RECALL,
        sub(
            R,
            HELPLINE,
            "For more information, call the customer helpline on 0800 046 7731 (9am to 5pm, Monday to Friday) or email care@fenwolddairy.co.uk.",
        ),
    )
    control(
        ITEMS,
        "recall_helpline_form",
        RECALL,
        sub(
            R,
            HELPLINE,
            "Contact us\n\nTel: 0800 046 7731\nLines are open 9am to 5pm, Monday to Friday.\nE-mail: care@fenwolddairy.co.uk",
        ),
    )

    # The action points set as a table, as sentences or with the owner after the action.
    for form in ("table", "sentences", "owner_after", "numbered"):
        control(ITEMS, "minutes_actions_form", MINUTES, sub(M, ACTION_LIST, actions(ACTIONS, form)))

    # The owners named by their initials (given in the list of those present).
    present_initials = "Present: Ruth Adeyemi (RA, chair), Tom Keswick (TK, treasurer), Maya Lindqvist (ML, secretary), Graham Pell (GP), Sunita Rao (SR)\nApologies: Dennis Farrow (DF)"
    # The same actions as a list with the owner's initials, as sentences closing on them, and
    # as a table.
    for listed in (
        actions(ACTIONS, "initials"),
        "\n".join(
            f"- {a[0].upper() + a[1:]}{' ' + d if d else ''} ({i})." for _, i, a, d in ACTIONS
        ),
        "| Action | Who | When |\n|---|---|---|\n"
        + "\n".join(
            f"| {a[0].upper() + a[1:]} | {i} | {d[3:] if d else '–'} |" for _, i, a, d in ACTIONS
        ),
    ):
        control(
            ITEMS,
            "minutes_owner_initials",
            MINUTES,
            subs(M, (PRESENT, present_initials), (ACTION_LIST, listed)),
        )

    # Those present set otherwise.
    control(
        ITEMS,
        "minutes_attendees_form",
        MINUTES,
        sub(
            M,
            PRESENT,
            "Present:\nRuth Adeyemi (chair)\nTom Keswick (treasurer)\nMaya Lindqvist (secretary)\nGraham Pell\nSunita Rao\n\nApologies:\nDennis Farrow",
        ),
    )
    control(
        ITEMS,
        "minutes_attendees_form",
        MINUTES,
        sub(
            M,
            PRESENT,
            "Chair: Ruth Adeyemi\nTreasurer: Tom Keswick\nSecretary: Maya Lindqvist\nAlso present: Graham Pell, Sunita Rao\nApologies received from Dennis Farrow",
        ),
    )
    control(
        ITEMS,
        "minutes_attendees_form",
        MINUTES,
        sub(
            M,
            PRESENT,
            "Present: Ruth Adeyemi (chair), Tom Keswick (treasurer), Maya Lindqvist (secretary), Graham Pell and Sunita Rao. Apologies were received from Dennis Farrow.",
        ),
    )

    # Times and dates in another style.
    control(ITEMS, "minutes_time_style", MINUTES, M.replace("at 7.30pm", "at 19:30"))
    control(ITEMS, "minutes_time_style", MINUTES, M.replace("at 7.30pm", "at 7:30 p.m."))
    control(
        ITEMS,
        "minutes_time_style",
        MINUTES,
        subs(
            M,
            ("Held on Tuesday 3 March 2026 at 7.30pm", "Held on Tue 3 Mar 2026, 7.30pm"),
            ("Tuesday 7 April 2026 at 7.30pm", "Tue 7 Apr 2026, 7.30pm"),
        ),
    )

    # The agenda items numbered otherwise.
    control(ITEMS, "minutes_items_numbering", MINUTES, renumber(M, "({L}) {h}"))
    control(ITEMS, "minutes_items_numbering", MINUTES, renumber(M, "Item {n}: {h}"))
    control(ITEMS, "minutes_items_numbering", MINUTES, renumber(M, "26/{n:02d} {h}"))

    # The vote written otherwise.
    for new in (
        "The proposal was carried 4–1.",
        "The proposal was carried by 4 votes to 1.",
        "The proposal was carried (for: 4, against: 1).",
    ):
        control(
            ITEMS,
            "minutes_vote_style",
            MINUTES,
            sub(M, "The proposal was carried by four votes to one.", new),
        )

    # ================================ changes =================================================
    # A conclusion that the results contradict.
    contradicting = (
        (
            "A community programme of walks and balance classes reduced falls among older adults.",
            "A community programme of walks and balance classes did not reduce falls among older adults.",
        ),
        ("Its effect on fractures remains uncertain.", "It also halved hip fractures."),
        (
            "A community programme of walks and balance classes reduced falls among older adults.",
            "A community programme of walks and balance classes increased falls among older adults.",
        ),
    )
    for old, new in contradicting:
        change(ITEMS, "abstract_conclusion_contradicts", TRIAL, sub(T, old, new))

    # The two arms' figures exchanged.
    change(
        ITEMS,
        "abstract_arms_swapped",
        TRIAL,
        subs(
            T,
            ("reported 1.21 falls", "reported 1.66 falls"),
            ("against 1.66 in", "against 1.21 in"),
        ),
    )
    change(ITEMS, "abstract_arms_swapped", TRIAL, swap(T, "(n=596)", "(n=588)"))
    change(ITEMS, "abstract_arms_swapped", TRIAL, sub(T, "(7 against 11)", "(11 against 7)"))

    # A figure of the methods or the results changed.
    change(ITEMS, "abstract_figure_changed", TRIAL, sub(T, "0.61 to 0.87", "0.61 to 1.07"))
    change(ITEMS, "abstract_figure_changed", TRIAL, sub(T, "aged 70 to 92", "aged 60 to 92"))
    change(
        ITEMS,
        "abstract_figure_changed",
        TRIAL,
        sub(T, "falls over 12 months", "falls over 6 months"),
    )

    # A batch code or a use-by date changed, or the two dates exchanged.
    change(
        ITEMS, "recall_batch_changed", RECALL, sub(R, "Batch code: FW2611A", "Batch code: FW2671A")
    )
    change(
        ITEMS,
        "recall_batch_changed",
        RECALL,
        sub(R, "Use by: 18 April 2026", "Use by: 28 April 2026"),
    )
    change(
        ITEMS,
        "recall_batch_changed",
        RECALL,
        swap(R, "Use by: 18 April 2026", "Use by: 21 April 2026"),
    )

    # The steps in an order that undoes them (a step before the one it depends on).
    change(
        ITEMS,
        "recall_steps_reordered",
        RECALL,
        sub(R, STEP_LIST, steps([STEPS[2], STEPS[0], STEPS[1]])),
    )
    change(
        ITEMS,
        "recall_steps_reordered",
        RECALL,
        sub(R, STEP_LIST, steps([STEPS[1], STEPS[0], STEPS[2]])),
    )
    change(ITEMS, "recall_steps_reordered", RECALL, sub(R, STEP_LIST, steps(STEPS[::-1])))

    # The advice or the scope of the recall changed.
    change(
        ITEMS,
        "recall_advice_changed",
        RECALL,
        sub(R, "You do not need a receipt.", "You will need a receipt."),
    )
    change(
        ITEMS,
        "recall_advice_changed",
        RECALL,
        sub(
            R,
            "No other Little Meadow products or batches are affected.",
            "Other Little Meadow products and batches may also be affected.",
        ),
    )
    change(
        ITEMS,
        "recall_advice_changed",
        RECALL,
        sub(
            R,
            "three complaints and no reports of injury",
            "three complaints and one report of injury",
        ),
    )

    # An action given to another owner.
    change(
        ITEMS, "minutes_owner_swapped", MINUTES, sub(M, ACTION_LIST, actions(swapped_owners(0, 1)))
    )
    change(
        ITEMS, "minutes_owner_swapped", MINUTES, sub(M, ACTION_LIST, actions(swapped_owners(2, 3)))
    )
    change(
        ITEMS,
        "minutes_owner_swapped",
        MINUTES,
        sub(M, ACTION_LIST, actions(swapped_owners(0, 2), "table")),
    )

    # A deadline or the next meeting's date changed.
    change(ITEMS, "minutes_deadline_changed", MINUTES, sub(M, "by 17 March.", "by 27 March."))
    change(ITEMS, "minutes_deadline_changed", MINUTES, sub(M, "by 10 April.", "by 10 May."))
    change(
        ITEMS,
        "minutes_deadline_changed",
        MINUTES,
        sub(M, "Date of next meeting: Tuesday 7 April", "Date of next meeting: Tuesday 14 April"),
    )

    # A decision turned round or changed.
    change(
        ITEMS,
        "minutes_decision_changed",
        MINUTES,
        sub(M, "agreed to accept the quote of £860.", "agreed to accept the quote of £1,120."),
    )
    change(
        ITEMS,
        "minutes_decision_changed",
        MINUTES,
        sub(
            M,
            "The proposal was carried by four votes to one.",
            "The proposal was defeated by four votes to one.",
        ),
    )
    change(
        ITEMS,
        "minutes_decision_changed",
        MINUTES,
        sub(M, "were agreed as a true record.", "were not agreed as a true record."),
    )

    # Who attended or who chaired changed.
    change(
        ITEMS,
        "minutes_attendance_changed",
        MINUTES,
        sub(
            M,
            PRESENT,
            "Present: Ruth Adeyemi (chair), Tom Keswick (treasurer), Maya Lindqvist (secretary), Graham Pell, Dennis Farrow\nApologies: Sunita Rao",
        ),
    )
    change(
        ITEMS,
        "minutes_attendance_changed",
        MINUTES,
        sub(
            M,
            PRESENT,
            "Present: Ruth Adeyemi, Tom Keswick (chair), Maya Lindqvist (secretary), Graham Pell, Sunita Rao\nApologies: Dennis Farrow",
        ),
    )
    change(
        ITEMS,
        "minutes_attendance_changed",
        MINUTES,
        sub(
            M,
            PRESENT,
            "Present: Ruth Adeyemi (chair), Tom Keswick (secretary), Maya Lindqvist (treasurer), Graham Pell, Sunita Rao\nApologies: Dennis Farrow",
        ),
    )


def main() -> None:
    build()
    write_probe(ITEMS, OUT)


if __name__ == "__main__":
    main()
