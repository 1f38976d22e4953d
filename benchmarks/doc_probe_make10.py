"""Write ``benchmarks/data/probe_documents10.jsonl``, the tenth document probe, from three texts
written for it (``benchmarks/data/documents/aquila_manual.txt``, a section of a pressure
washer's user manual with a warning box, safety bullets, numbered set-up steps, a specification
table, nozzle advice and troubleshooting questions and answers; ``wayfarer_policy.txt``, a
travel insurance policy summary with lists of what is covered and what is not, a table of
limits and excesses, a defined term, numbered steps to claim and a cooling-off clause;
``ashcombe_mocks.txt``, a school's letter to parents on mock examinations with a timetable of
dates, times, subjects and rooms, a list of what to bring, the rules of the exam room and a
number to ring) and the edits below (deterministic: the same edits give the same file). Each
item holds the whole edited document B; ``doc_probe.py --file`` runs it against its base.

    python benchmarks/doc_probe_make10.py

The edits are what a QA editor or a translator sees between two versions of such texts that no
earlier document probe holds: a manual's warning box told as a sentence, its set-up steps told
as prose or as "Step 1:", its specification table set as lines, as prose or in another row
order, its units written otherwise ("6.5 l/min", "40°C"), its troubleshooting set as
"Problem:" and "Solution:" or a table, a sentence reworded plainly; a policy's lists of what is
covered told as prose or marked with ticks and crosses, its table of limits set as lines or
reordered, its sums of money written otherwise ("£5 million", "nil"), its steps to claim told
as prose, its wording made plainer, its headings set as questions; a school letter's
timetable set as lines, bullets or under week headings, its dates and times written otherwise
("9am", "Mon 11 Jan"), its durations written otherwise ("1h 45m", "105 minutes"), its list of
what to bring told as prose or split, its rules numbered or reworded, its greeting and sign-off
set otherwise (controls, which must pass the gate); and a limit changed, a set-up step moved
before the step it depends on, a warning dropped or reversed, a troubleshooting answer
changed; an item moved from "covered" to "not covered" or back, a limit or an excess changed,
a cell moved to another row, a requirement made optional, an exclusion or its exception
dropped; an exam's date, time or room changed, two cells of the timetable exchanged and a rule
of the exam room relaxed (changes, which must fail it). Written by hand on 6 December by doc24
before the judge's rules for these kinds were read.
"""

# ruff: noqa: E501 (the edits are sentences of the texts, kept whole to be read)
from __future__ import annotations

from doc_probe_make import ROOT, Edit, read, sub, write_probe
from doc_probe_make3 import change, control, subs

OUT = ROOT / "benchmarks" / "data" / "probe_documents10.jsonl"

MANUAL, POLICY, MOCKS = "aquila_manual.txt", "wayfarer_policy.txt", "ashcombe_mocks.txt"

ITEMS: list[Edit] = []  # (class, base, kind, b)

# ---- the manual -------------------------------------------------------------------------------
BOX = (
    "WARNING: Never point the spray gun at people, animals or electrical equipment. "
    "The jet can cause serious injury."
)
STEPS = [
    "Screw the hose holder onto the back of the washer until it clicks.",
    "Connect the garden hose to the water inlet and turn on the tap fully.",
    "Attach the high-pressure hose to the spray gun and to the water outlet.",
    "Squeeze the trigger for 30 seconds to let the air out of the pump.",
    "Plug the washer into a socket protected by a residual current device (RCD).",
    'Turn the main switch to "I" and start cleaning.',
]


def steps(rows: list[str], form: str = "{n}. {s}") -> str:
    return "\n".join(form.format(n=i, s=s) for i, s in enumerate(rows, 1))


SETUP = steps(STEPS)

SPECS = [
    ("Rated pressure", "110 bar"),
    ("Maximum pressure", "130 bar"),
    ("Water flow", "6.5 litres per minute"),
    ("Maximum inlet water temperature", "40 °C"),
    ("Power", "1,800 W"),
    ("Weight", "7.2 kg"),
]
Row2 = tuple[str, str]


def spec_table(rows: list[Row2] = SPECS, form: str = "table") -> str:
    if form == "table":
        return "\n".join(["| Item | Value |", "|---|---|"] + [f"| {k} | {v} |" for k, v in rows])
    if form == "lines":
        return "\n".join(f"{k}: {v}" for k, v in rows)
    if form == "dots":
        return "\n".join(f"{k} {'.' * (36 - len(k))} {v}" for k, v in rows)
    raise ValueError(form)


SPEC_TABLE = spec_table()

# (question, answer)
FAQ = [
    (
        "The washer does not start.",
        'Check that the plug is in and that the main switch is set to "I". If the washer still does not start, the motor may have overheated: switch it off and wait 15 minutes.',
    ),
    (
        "The pressure goes up and down.",
        "The inlet filter may be blocked. Unplug the washer, take out the filter and rinse it under the tap.",
    ),
    (
        "Water leaks from the pump.",
        "A small leak of up to 10 drops a minute is normal. If the leak is larger, stop using the washer and contact an authorised service centre.",
    ),
    (
        'The display shows "E2".',
        "The water supply is too low. Check that the tap is fully open and that the hose is not kinked.",
    ),
]


def troubleshooting(rows: list[Row2] = FAQ, form: str = "Q: {q}\nA: {a}") -> str:
    return "\n\n".join(form.format(q=q, a=a) for q, a in rows)


TROUBLE = troubleshooting()

# ---- the policy -------------------------------------------------------------------------------
COVERED = [
    "Emergency medical treatment abroad, including a hospital stay and bringing you home if a doctor says it is needed",
    "Cancelling your trip because you, a travel companion or a close relative falls ill, is injured or dies",
    "Cutting your trip short for the same reasons",
    "Baggage that is lost, stolen or damaged",
    "Missing your departure because your car breaks down or your public transport is delayed",
]
NOT_COVERED = [
    "Any claim arising from a medical condition you have not told us about",
    "Winter sports, unless you have bought the Adventure add-on",
    "Valuables left unattended in a public place or in a vehicle",
    "Travel to a country that the Foreign Office advises against all travel to",
    "Claims caused by your being under the influence of alcohol or drugs",
]


def cover_lists(
    covered: list[str] = COVERED,
    not_covered: list[str] = NOT_COVERED,
    yes: str = "- {x}",
    no: str = "- {x}",
) -> str:
    return (
        "What is covered\n\n"
        + "\n".join(yes.format(x=x) for x in covered)
        + "\n\nWhat is not covered\n\n"
        + "\n".join(no.format(x=x) for x in not_covered)
    )


COVER = cover_lists()

# (section, most we will pay, excess)
LIMITS = [
    ("Medical expenses", "£5,000,000", "£100"),
    ("Cancellation", "£3,000", "£100"),
    ("Baggage", "£1,500", "£75"),
    ("Single item", "£300", "–"),
    ("Personal money", "£250", "£75"),
    ("Missed departure", "£500", "£0"),
]
Row3 = tuple[str, str, str]


def limits_table(rows: list[Row3] = LIMITS, form: str = "table") -> str:
    if form == "table":
        return "\n".join(
            ["| Section | Most we will pay | Excess |", "|---|---|---|"]
            + [f"| {s} | {m} | {e} |" for s, m, e in rows]
        )
    if form == "lines":
        return "\n".join(
            f"{s}: up to {m}, excess {e}" if e != "–" else f"{s}: up to {m}, no separate excess"
            for s, m, e in rows
        )
    if form == "stacked":
        return "\n\n".join(
            f"{s}\nMost we will pay: {m}" + (f"\nExcess: {e}" if e != "–" else "")
            for s, m, e in rows
        )
    raise ValueError(form)


LIMITS_TABLE = limits_table()

CLAIM = [
    "If you need medical treatment abroad, call our 24-hour assistance line on +44 20 7946 0310 before you pay any bill over £500.",
    "Report any theft to the local police within 24 hours and get a written report.",
    "Keep all receipts, tickets and medical reports.",
    "Send your claim form within 31 days of returning home.",
]
CLAIM_STEPS = steps(CLAIM)

# ---- the school letter ------------------------------------------------------------------------
# (date, time, subject, duration, room)
EXAMS = [
    ("Monday 11 January", "09:00", "English Language Paper 1", "1 hour 45 minutes", "Sports Hall"),
    ("Tuesday 12 January", "09:00", "Mathematics Paper 1", "1 hour 30 minutes", "Sports Hall"),
    ("Wednesday 13 January", "13:30", "Biology", "1 hour 45 minutes", "Drama Studio"),
    ("Thursday 14 January", "09:00", "History", "2 hours", "Library"),
    ("Monday 18 January", "09:00", "Mathematics Paper 2", "1 hour 30 minutes", "Sports Hall"),
    ("Tuesday 19 January", "13:30", "Geography", "1 hour 30 minutes", "Library"),
    ("Thursday 21 January", "09:00", "English Literature", "2 hours 15 minutes", "Sports Hall"),
]
Exam = tuple[str, str, str, str, str]


def timetable(rows: list[Exam] = EXAMS, form: str = "table") -> str:
    if form == "table":
        return "\n".join(
            ["| Date | Time | Subject | Room |", "|---|---|---|---|"]
            + [f"| {d} | {t} | {s} ({n}) | {r} |" for d, t, s, n, r in rows]
        )
    if form == "lines":
        return "\n".join(f"{d}, {t}: {s} ({n}), {r}" for d, t, s, n, r in rows)
    if form == "bullets":
        return "\n".join(f"- {s}: {d} at {t} in the {r} ({n})" for d, t, s, n, r in rows)
    if form == "weeks":
        return (
            "Week 1\n\n"
            + timetable(rows[:4], "dashes")
            + "\n\nWeek 2\n\n"
            + timetable(rows[4:], "dashes")
        )
    if form == "dashes":
        return "\n".join(f"- {d}, {t}: {s} ({n}), {r}" for d, t, s, n, r in rows)
    raise ValueError(form)


TIMETABLE = timetable()
BRING = [
    "Two black pens",
    "A pencil, a ruler and an eraser",
    "A scientific calculator for Mathematics and Biology",
    "A clear plastic pencil case",
    "A bottle of water with the label removed",
]
BRING_LIST = "\n".join(f"- {x}" for x in BRING)
RULES = [
    "Arrive at least 10 minutes before the start and line up outside in silence.",
    "Mobile phones and smartwatches must be switched off and handed in at the door.",
    "No one may leave the room in the first hour or in the last 15 minutes.",
    "Students who arrive more than 30 minutes late may not be allowed to sit the paper.",
]
RULES_LIST = "\n".join(f"- {x}" for x in RULES)


def row(rows: list[Exam], i: int, **new: str) -> list[Exam]:
    """``rows`` with row ``i``'s fields named in ``new`` replaced."""
    d, t, s, n, r = rows[i]
    fields = {"d": d, "t": t, "s": s, "n": n, "r": r, **new}
    out = list(rows)
    out[i] = (fields["d"], fields["t"], fields["s"], fields["n"], fields["r"])
    return out


def build() -> None:
    M, P, S = read(MANUAL), read(POLICY), read(MOCKS)
    assert BOX in M and SETUP in M and SPEC_TABLE in M and TROUBLE in M
    assert COVER in P and LIMITS_TABLE in P and CLAIM_STEPS in P
    assert TIMETABLE in S and BRING_LIST in S and RULES_LIST in S

    # ================================ controls ================================================
    # ---- the manual
    # The warning box told as a sentence, set in bold, or set under a heading of its own.
    for box in (
        "Never point the spray gun at people, animals or electrical equipment, because the jet can cause serious injury.",
        "**Warning:** never point the spray gun at people, animals or electrical equipment. The jet can cause serious injury.",
        "⚠ WARNING\n\nNever point the spray gun at people, animals or electrical equipment. The jet can cause serious injury.",
    ):
        control(ITEMS, "manual_warning_box_form", MANUAL, sub(M, BOX, box))

    # The set-up steps told as prose, as "Step 1:", or with a step split in two.
    control(
        ITEMS,
        "manual_setup_steps_form",
        MANUAL,
        sub(
            M,
            SETUP,
            "First, screw the hose holder onto the back of the washer until it clicks. Then connect "
            "the garden hose to the water inlet and turn on the tap fully. Next, attach the "
            "high-pressure hose to the spray gun and to the water outlet, and squeeze the trigger "
            "for 30 seconds to let the air out of the pump. After that, plug the washer into a "
            "socket protected by a residual current device (RCD). Finally, turn the main switch "
            'to "I" and start cleaning.',
        ),
    )
    control(ITEMS, "manual_setup_steps_form", MANUAL, sub(M, SETUP, steps(STEPS, "Step {n}: {s}")))
    control(
        ITEMS,
        "manual_setup_steps_form",
        MANUAL,
        sub(
            M,
            SETUP,
            steps(
                [
                    STEPS[0],
                    "Connect the garden hose to the water inlet.",
                    "Turn on the tap fully.",
                    *STEPS[2:],
                ]
            ),
        ),
    )

    # The specification table set as lines, with dot leaders, or in another row order.
    control(ITEMS, "manual_spec_table_form", MANUAL, sub(M, SPEC_TABLE, spec_table(form="lines")))
    control(ITEMS, "manual_spec_table_form", MANUAL, sub(M, SPEC_TABLE, spec_table(form="dots")))
    control(
        ITEMS,
        "manual_spec_table_form",
        MANUAL,
        sub(
            M, SPEC_TABLE, spec_table([SPECS[4], SPECS[5], SPECS[0], SPECS[1], SPECS[2], SPECS[3]])
        ),
    )

    # The units written otherwise.
    control(
        ITEMS,
        "manual_units_written",
        MANUAL,
        subs(
            M,
            ("6.5 litres per minute", "6.5 l/min"),
            ("| 40 °C |", "| 40°C |"),
            ("1,800 W", "1800 W"),
            ("7.2 kg", "7.2kg"),
        ),
    )
    control(
        ITEMS,
        "manual_units_written",
        MANUAL,
        subs(
            M,
            ("longer than 10 metres", "longer than 10 m"),
            ("for more than 20 seconds", "for more than 20 s"),
            ("wait 15 minutes", "wait 15 min"),
        ),
    )
    control(
        ITEMS,
        "manual_units_written",
        MANUAL,
        subs(
            M,
            ("for 30 seconds", "for half a minute"),
            ("a two-year guarantee", "a 2-year guarantee"),
            ("above 0 °C", "above freezing (0 °C)"),
        ),
    )

    # The troubleshooting set as "Problem:" and "Solution:", with the questions in bold, or as a table.
    control(
        ITEMS,
        "manual_troubleshooting_form",
        MANUAL,
        sub(M, TROUBLE, troubleshooting(form="Problem: {q}\nSolution: {a}")),
    )
    control(
        ITEMS,
        "manual_troubleshooting_form",
        MANUAL,
        sub(M, TROUBLE, troubleshooting(form="**{q}**\n{a}")),
    )
    control(
        ITEMS,
        "manual_troubleshooting_form",
        MANUAL,
        sub(
            M,
            TROUBLE,
            "\n".join(
                ["| Problem | What to do |", "|---|---|"] + [f"| {q} | {a} |" for q, a in FAQ]
            ),
        ),
    )

    # A sentence reworded plainly, as an editor of manuals does.
    for old, new in (
        (
            "Keep this manual for later use.",
            "Keep this manual so that you can look things up later.",
        ),
        (
            "Use only the green nozzle on painted surfaces, because the red one can strip paint.",
            "The red nozzle can strip paint, so on painted surfaces use the green nozzle only.",
        ),
        (
            "Store the washer indoors at temperatures above 0 °C, since frozen water can crack the pump.",
            "Frozen water can crack the pump, so keep the washer indoors where it stays above 0 °C.",
        ),
    ):
        control(ITEMS, "manual_plain_wording", MANUAL, sub(M, old, new))

    # ---- the policy
    # The lists of what is and is not covered told as prose, or marked with ticks and crosses.
    control(
        ITEMS,
        "policy_cover_lists_form",
        POLICY,
        sub(
            P,
            COVER,
            "What is covered\n\nThe policy covers emergency medical treatment abroad, including a "
            "hospital stay and bringing you home if a doctor says it is needed; cancelling your "
            "trip because you, a travel companion or a close relative falls ill, is injured or "
            "dies; cutting your trip short for the same reasons; baggage that is lost, stolen or "
            "damaged; and missing your departure because your car breaks down or your public "
            "transport is delayed.\n\nWhat is not covered\n\nThe policy does not cover any claim "
            "arising from a medical condition you have not told us about; winter sports, unless "
            "you have bought the Adventure add-on; valuables left unattended in a public place or "
            "in a vehicle; travel to a country that the Foreign Office advises against all travel "
            "to; or claims caused by your being under the influence of alcohol or drugs.",
        ),
    )
    control(
        ITEMS,
        "policy_cover_lists_form",
        POLICY,
        sub(P, COVER, cover_lists(yes="✓ {x}", no="✗ {x}")),
    )
    control(
        ITEMS,
        "policy_cover_lists_form",
        POLICY,
        sub(P, COVER, cover_lists(COVERED[::-1], NOT_COVERED[::-1], yes="• {x}.", no="• {x}.")),
    )

    # The table of limits set as lines, stacked under each section, or in another row order.
    control(
        ITEMS, "policy_limits_table_form", POLICY, sub(P, LIMITS_TABLE, limits_table(form="lines"))
    )
    control(
        ITEMS,
        "policy_limits_table_form",
        POLICY,
        sub(P, LIMITS_TABLE, limits_table(form="stacked")),
    )
    control(
        ITEMS,
        "policy_limits_table_form",
        POLICY,
        sub(P, LIMITS_TABLE, limits_table([LIMITS[i] for i in (1, 0, 5, 2, 3, 4)])),
    )

    # The sums of money written otherwise.
    control(
        ITEMS,
        "policy_money_written",
        POLICY,
        subs(P, ("| £5,000,000 |", "| £5 million |"), ("| £0 |", "| Nil |")),
    )
    control(
        ITEMS,
        "policy_money_written",
        POLICY,
        subs(
            P,
            ("| £5,000,000 |", "| £5m |"),
            ("| £3,000 |", "| £3000 |"),
            ("| £1,500 |", "| £1500 |"),
        ),
    )
    control(
        ITEMS,
        "policy_money_written",
        POLICY,
        subs(
            P,
            ("any bill over £500.", "any bill over £500.00."),
            ("| £250 |", "| £250.00 |"),
            ("| £0 |", "| None |"),
        ),
    )

    # The steps to claim told as prose, as bullets, or with a step split in two.
    control(
        ITEMS,
        "policy_claim_steps_form",
        POLICY,
        sub(
            P,
            CLAIM_STEPS,
            "If you need medical treatment abroad, call our 24-hour assistance line on +44 20 7946 "
            "0310 before you pay any bill over £500. Report any theft to the local police within "
            "24 hours and get a written report. Keep all receipts, tickets and medical reports, "
            "and send your claim form within 31 days of returning home.",
        ),
    )
    control(
        ITEMS,
        "policy_claim_steps_form",
        POLICY,
        sub(P, CLAIM_STEPS, "\n".join(f"- {c}" for c in CLAIM)),
    )
    control(
        ITEMS,
        "policy_claim_steps_form",
        POLICY,
        sub(
            P,
            CLAIM_STEPS,
            steps(
                [
                    CLAIM[0],
                    "Report any theft to the local police within 24 hours.",
                    "Get a written report from the police.",
                    *CLAIM[2:],
                ]
            ),
        ),
    )

    # The wording made plainer, as a plain-English edit does.
    for old, new in (
        (
            "You may cancel the policy within 14 days of buying it, or of receiving your documents if that is later, and we will refund your premium in full, provided that you have not travelled or made a claim.",
            "You can cancel within 14 days of buying the policy, or of getting your documents if that is later. As long as you have not travelled or made a claim, we will give you all your premium back.",
        ),
        (
            "The excess is the amount you pay towards each claim. It applies to each person, for each section, for each incident.",
            "The excess is the part of each claim that you pay yourself. Each person pays it for each section and for each incident.",
        ),
        (
            "Claims sent after 31 days may be refused.",
            "If you send a claim more than 31 days after you get home, we may refuse it.",
        ),
    ):
        control(ITEMS, "policy_plain_wording", POLICY, sub(P, old, new))

    # The headings set as questions, in capitals or as Markdown headings.
    HEADS = [
        "Who is covered",
        "What is covered",
        "What is not covered",
        "Limits and excess",
        "Pre-existing medical conditions",
        "How to make a claim",
        "Cancelling this policy",
    ]
    for form in (
        {
            "Who is covered": "Who does the policy cover?",
            "What is covered": "What am I covered for?",
            "What is not covered": "What am I not covered for?",
            "Limits and excess": "How much will you pay?",
            "How to make a claim": "How do I make a claim?",
            "Cancelling this policy": "Can I cancel?",
        },
        {h: h.upper() for h in HEADS},
        {h: "## " + h for h in HEADS},
    ):
        text = P
        for old, new in form.items():
            text = sub(text, f"\n\n{old}\n\n", f"\n\n{new}\n\n")
        control(ITEMS, "policy_headings_restyled", POLICY, text)

    # ---- the school letter
    # The timetable set as lines, as bullets, or as bullets under week headings.
    for form in ("lines", "bullets", "weeks"):
        control(ITEMS, "mocks_timetable_form", MOCKS, sub(S, TIMETABLE, timetable(form=form)))

    # The dates and times written otherwise.
    def clock(t: str) -> str:
        return {"09:00": "9am", "13:30": "1.30pm"}[t]

    control(
        ITEMS,
        "mocks_dates_written",
        MOCKS,
        sub(S, TIMETABLE, timetable([(d, clock(t), s, n, r) for d, t, s, n, r in EXAMS])),
    )
    control(
        ITEMS,
        "mocks_dates_written",
        MOCKS,
        sub(
            S,
            TIMETABLE,
            timetable(
                [(d[:3] + " " + d.split()[1] + " Jan", t, s, n, r) for d, t, s, n, r in EXAMS]
            ),
        ),
    )
    control(
        ITEMS,
        "mocks_dates_written",
        MOCKS,
        subs(
            S,
            (
                "from Monday 11 January to Friday 22 January 2027.",
                "from 11 to 22 January 2027.",
            ),
            ("before 08:30.", "before 8.30am."),
            ("on Friday 5 February.", "on Friday, February 5."),
        ),
    )

    # The durations written otherwise.
    def short(n: str) -> str:
        return n.replace(" hours", "h").replace(" hour", "h").replace(" minutes", "m")

    def minutes(n: str) -> str:
        words = n.split()
        total = int(words[0]) * 60 + (int(words[2]) if len(words) > 2 else 0)
        return f"{total} minutes"

    for fn in (short, minutes, lambda n: n.replace(" minutes", " mins").replace(" hour ", " hr ")):
        control(
            ITEMS,
            "mocks_durations_written",
            MOCKS,
            sub(S, TIMETABLE, timetable([(d, t, s, fn(n), r) for d, t, s, n, r in EXAMS])),
        )

    # The list of what to bring told as prose, numbered, or with an item split in three.
    control(
        ITEMS,
        "mocks_bring_list_form",
        MOCKS,
        sub(
            S,
            BRING_LIST,
            "Students should bring two black pens, a pencil, a ruler and an eraser, a scientific "
            "calculator for Mathematics and Biology, a clear plastic pencil case and a bottle of "
            "water with the label removed.",
        ),
    )
    control(
        ITEMS,
        "mocks_bring_list_form",
        MOCKS,
        sub(S, BRING_LIST, "\n".join(f"{i}. {x}" for i, x in enumerate(BRING, 1))),
    )
    control(
        ITEMS,
        "mocks_bring_list_form",
        MOCKS,
        sub(
            S,
            BRING_LIST,
            "\n".join(f"- {x}" for x in [BRING[0], "A pencil", "A ruler", "An eraser", *BRING[2:]]),
        ),
    )

    # The rules of the exam room numbered, told as prose, or reworded plainly.
    control(
        ITEMS,
        "mocks_rules_form",
        MOCKS,
        sub(S, RULES_LIST, "\n".join(f"{i}. {x}" for i, x in enumerate(RULES, 1))),
    )
    control(
        ITEMS,
        "mocks_rules_form",
        MOCKS,
        sub(S, RULES_LIST, " ".join(RULES)),
    )
    control(
        ITEMS,
        "mocks_rules_form",
        MOCKS,
        sub(
            S,
            RULES_LIST,
            "\n".join(
                [
                    "- Be there at least 10 minutes before the start, and wait in silence in a line outside.",
                    "- Switch off mobile phones and smartwatches and hand them in at the door.",
                    "- Nobody may leave during the first hour or the last 15 minutes.",
                    "- A student who is more than 30 minutes late may not be allowed to sit the paper.",
                ]
            ),
        ),
    )

    # The greeting and the sign-off set otherwise.
    for old, new in (
        ("Dear parents and carers,", "Dear Parent/Carer,"),
        (
            "Yours faithfully,\n\nMrs Helen Marsh\nHeadteacher",
            "Yours sincerely,\n\nMrs H. Marsh, Headteacher",
        ),
        (
            "Yours faithfully,\n\nMrs Helen Marsh\nHeadteacher",
            "Kind regards,\n\nHelen Marsh\nHeadteacher, Ashcombe Academy",
        ),
    ):
        control(ITEMS, "mocks_letter_form", MOCKS, sub(S, old, new))

    # ================================ changes =================================================
    # ---- the manual
    # A limit changed.
    for old, new in (
        ("longer than 10 metres", "longer than 25 metres"),
        ("for more than 20 seconds will damage", "for more than 2 minutes will damage"),
        (
            "| Maximum inlet water temperature | 40 °C |",
            "| Maximum inlet water temperature | 60 °C |",
        ),
    ):
        change(ITEMS, "manual_limit_changed", MANUAL, sub(M, old, new))

    # A set-up step moved before the step it depends on.
    for order in ((0, 1, 2, 4, 3, 5), (0, 4, 1, 2, 3, 5), (0, 2, 1, 3, 4, 5)):
        change(
            ITEMS,
            "manual_step_before_dependency",
            MANUAL,
            sub(M, SETUP, steps([STEPS[i] for i in order])),
        )

    # A warning dropped.
    for old in (
        "\n- Children must not use the washer or play with it.",
        "\n- Wear eye protection and closed shoes while you work.",
        " The jet can cause serious injury.",
    ):
        change(ITEMS, "manual_warning_dropped", MANUAL, sub(M, old, ""))

    # A warning reversed.
    for old, new in (
        (
            "- Always unplug the washer before you change a nozzle or clean the filter.",
            "- You do not need to unplug the washer before you change a nozzle or clean the filter.",
        ),
        (
            "Use only the green nozzle on painted surfaces, because the red one can strip paint.",
            "Use only the red nozzle on painted surfaces, because the green one can strip paint.",
        ),
        (
            "Store the washer indoors at temperatures above 0 °C",
            "Store the washer outdoors at temperatures above 0 °C",
        ),
    ):
        change(ITEMS, "manual_warning_reversed", MANUAL, sub(M, old, new))

    # A troubleshooting answer changed, or given to another question.
    change(
        ITEMS,
        "manual_answer_changed",
        MANUAL,
        sub(
            M,
            "If the leak is larger, stop using the washer and contact an authorised service centre.",
            "If the leak is larger, tighten the hose connections and carry on using the washer.",
        ),
    )
    change(
        ITEMS,
        "manual_answer_changed",
        MANUAL,
        sub(
            M,
            TROUBLE,
            troubleshooting([FAQ[0], (FAQ[1][0], FAQ[3][1]), FAQ[2], (FAQ[3][0], FAQ[1][1])]),
        ),
    )
    change(
        ITEMS,
        "manual_answer_changed",
        MANUAL,
        sub(M, "The water supply is too low.", "The water supply is too high."),
    )

    # ---- the policy
    # An item moved from "covered" to "not covered", or back.
    for covered, not_covered in (
        ([c for c in COVERED if not c.startswith("Baggage")], [*NOT_COVERED, COVERED[3]]),
        ([c for c in COVERED if not c.startswith("Missing")], [*NOT_COVERED, COVERED[4]]),
        ([*COVERED, NOT_COVERED[2]], [n for n in NOT_COVERED if not n.startswith("Valuables")]),
    ):
        change(
            ITEMS,
            "policy_item_cover_moved",
            POLICY,
            sub(P, COVER, cover_lists(covered, not_covered)),
        )

    # A limit, an age or a period changed.
    for old, new in (
        ("| Baggage | £1,500 | £75 |", "| Baggage | £2,500 | £75 |"),
        ("aged 69 or under", "aged 79 or under"),
        ("Each trip may last up to 31 days.", "Each trip may last up to 45 days."),
    ):
        change(ITEMS, "policy_limit_changed", POLICY, sub(P, old, new))

    # A cell moved to another row: two limits or two excesses exchanged.
    for i, j, col in ((3, 4, 1), (0, 2, 2), (1, 5, 1)):
        rows = [list(r) for r in LIMITS]
        rows[i][col], rows[j][col] = rows[j][col], rows[i][col]
        swapped = [(r[0], r[1], r[2]) for r in rows]
        change(ITEMS, "policy_cell_moved", POLICY, sub(P, LIMITS_TABLE, limits_table(swapped)))

    # A requirement made optional.
    for old, new in (
        (
            "You must tell us about such conditions before you travel.",
            "You may tell us about such conditions before you travel.",
        ),
        (
            "Report any theft to the local police within 24 hours and get a written report.",
            "Report any theft to the local police within 24 hours and, if you can, get a written report.",
        ),
        (
            "Send your claim form within 31 days of returning home.",
            "Send your claim form when you return home.",
        ),
    ):
        change(ITEMS, "policy_requirement_optional", POLICY, sub(P, old, new))

    # An exclusion's condition or an exception dropped.
    for old, new in (
        ("- Winter sports, unless you have bought the Adventure add-on", "- Winter sports"),
        (
            "- Any claim arising from a medical condition you have not told us about",
            "- Any claim arising from a medical condition",
        ),
        (
            ", provided that you have not travelled or made a claim.",
            ".",
        ),
    ):
        change(ITEMS, "policy_exception_dropped", POLICY, sub(P, old, new))

    # ---- the school letter
    # An exam's date changed, or another date of the letter.
    change(
        ITEMS,
        "mocks_date_changed",
        MOCKS,
        sub(S, TIMETABLE, timetable(row(EXAMS, 3, d="Friday 15 January"))),
    )
    change(
        ITEMS,
        "mocks_date_changed",
        MOCKS,
        sub(
            S,
            "results in an envelope on Friday 5 February.",
            "results in an envelope on Friday 12 February.",
        ),
    )
    change(
        ITEMS,
        "mocks_date_changed",
        MOCKS,
        sub(S, "catch-up session on Friday 22 January.", "catch-up session on Monday 25 January."),
    )

    # An exam's time changed, or a time of the rules.
    change(
        ITEMS, "mocks_time_changed", MOCKS, sub(S, TIMETABLE, timetable(row(EXAMS, 3, t="13:30")))
    )
    change(ITEMS, "mocks_time_changed", MOCKS, sub(S, "before 08:30.", "before 10:30."))
    change(
        ITEMS,
        "mocks_time_changed",
        MOCKS,
        sub(
            S,
            "Arrive at least 10 minutes before the start",
            "Arrive at least 5 minutes before the start",
        ),
    )

    # An exam's room changed, or the room for extra time.
    change(
        ITEMS, "mocks_room_changed", MOCKS, sub(S, TIMETABLE, timetable(row(EXAMS, 2, r="Library")))
    )
    change(
        ITEMS,
        "mocks_room_changed",
        MOCKS,
        sub(S, TIMETABLE, timetable(row(EXAMS, 6, r="Drama Studio"))),
    )
    change(
        ITEMS, "mocks_room_changed", MOCKS, sub(S, "in Room 14 and should", "in Room 12 and should")
    )

    # Two cells of the timetable exchanged: subjects, rooms, times.
    for i, j, field in ((2, 5, "s"), (0, 3, "r"), (1, 2, "t")):
        a, b = EXAMS[i], EXAMS[j]
        key = "dtsnr".index(field)
        rows = row(row(EXAMS, i, **{field: b[key]}), j, **{field: a[key]})
        if field == "s":  # a subject moves with its length
            rows = row(row(rows, i, n=b[3]), j, n=a[3])
        change(ITEMS, "mocks_cells_exchanged", MOCKS, sub(S, TIMETABLE, timetable(rows)))

    # A rule of the exam room, or of equipment, relaxed.
    for old, new in (
        (
            "Mobile phones and smartwatches must be switched off and handed in at the door.",
            "Mobile phones and smartwatches must be switched off but may be kept in a bag.",
        ),
        (
            "Students may not share equipment during an exam.",
            "Students may share equipment during an exam.",
        ),
        (
            "No one may leave the room in the first hour or in the last 15 minutes.",
            "Students may leave the room once they have finished the paper.",
        ),
    ):
        change(ITEMS, "mocks_rule_relaxed", MOCKS, sub(S, old, new))


def main() -> None:
    build()
    write_probe(ITEMS, OUT)


if __name__ == "__main__":
    main()
