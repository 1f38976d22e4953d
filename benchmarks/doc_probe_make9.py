"""Write ``benchmarks/data/probe_documents9.jsonl``, the ninth document probe, from three texts
written for it (``benchmarks/data/documents/tessellate_release.txt``, a software project's
release notes with sections of bullets ("Breaking changes", "New features", "Fixes",
"Deprecations", "Known issues"), code names in backticks, issue numbers and numbered upgrade
steps; ``feverol_leaflet.txt``, a medicine's patient information leaflet with numbered
sections, lists of who must not take it and who must ask first, a dose table by age and side
effects listed under frequency bands; ``kestrel_notice.txt``, a rail operator's notice of a
timetable change with a list of what changes, a table of first and last trains, the stations a
train calls at, engineering work and refunds) and the edits below (deterministic: the same
edits give the same file). Each item holds the whole edited document B; ``doc_probe.py
--file`` runs it against its base.

    python benchmarks/doc_probe_make9.py

The edits are what a QA editor sees between two versions of such texts that no earlier
document probe holds: release notes with their backticks dropped, their section headings set
otherwise, their issue numbers written otherwise, their sections in another order, their
upgrade steps told as prose or split, and their version header in another form ("## [3.0.0] -
2026-10-14"); a leaflet's dose table set as lines or prose, its frequency bands labelled
otherwise, a band's side effects set otherwise, its sections numbered otherwise, a warning
reworded in plain English and its units written otherwise ("200mg", "25 °C"); a notice's times
in the 12-hour clock, its table of first and last trains set as lines, its stations set as a
list, how often trains run said otherwise ("two trains an hour"), its list of changes told as
prose and its contact details written otherwise (controls, which must pass the gate); and a
version, a command or an option changed, a bullet moved under another section where that
changes what it says, an upgrade step moved before the step it depends on, a statement
reversed; a dose, an interval or a most-a-day changed, a side effect moved to another
frequency band, a warning dropped or reversed, a condition moved between "do not take" and
"talk to your doctor first"; a train's time changed, a station changed, the days changed, a
service statement reversed, and two rows of the table exchanged (changes, which must fail it).
Written by hand on 6 December by doc23 before the pipeline's code was read.
"""

# ruff: noqa: E501 (the edits are sentences of the texts, kept whole to be read)
from __future__ import annotations

from doc_probe_make import ROOT, Edit, read, sub, write_probe
from doc_probe_make3 import change, control, subs

OUT = ROOT / "benchmarks" / "data" / "probe_documents9.jsonl"

RELEASE, LEAFLET, NOTICE = "tessellate_release.txt", "feverol_leaflet.txt", "kestrel_notice.txt"

ITEMS: list[Edit] = []  # (class, base, kind, b)

# ---- the release notes ------------------------------------------------------------------------
SECTIONS = [
    (
        "Breaking changes",
        [
            "Python 3.8 and 3.9 are no longer supported. Tessellate now requires Python 3.10 or later.",
            "The `tess sync` command has been removed. Use `tess push` to upload and `tess pull` to download.",
            "`Client.upload()` now returns a `Receipt` object instead of a dictionary.",
            "The default chunk size is now 8 MB (it was 4 MB).",
        ],
    ),
    (
        "New features",
        [
            "Incremental uploads are on by default: only the chunks that changed since the last push are sent. Pass `--full` to upload everything.",
            "`tess pull` can resume an interrupted download with `--resume`.",
            "A new `tess doctor` command checks your configuration and reports problems.",
            "Uploads to S3-compatible storage can be encrypted on the client with `--encrypt`.",
        ],
    ),
    (
        "Fixes",
        [
            "Fixed a crash when a file name contained a newline (#1184).",
            "`tess status` no longer reports deleted files as modified (#1203).",
            "Progress bars show the right total for folders with more than 10,000 files (#1219).",
        ],
    ),
    (
        "Deprecations",
        [
            "The `TESS_TOKEN` environment variable is deprecated and will be removed in 3.2. Use `TESSELLATE_TOKEN` instead.",
            "The `--quiet` flag is deprecated in favour of `--log-level error`.",
        ],
    ),
    (
        "Known issues",
        [
            "On Windows, `tess pull --resume` may fail for paths longer than 260 characters. A fix is planned for 3.0.1.",
        ],
    ),
]
Section = tuple[str, list[str]]


def notes(sections: list[Section] = SECTIONS, head: str = "## {h}", bullet: str = "- {b}") -> str:
    """The sections of bullets, each heading as ``head`` and each bullet as ``bullet``."""
    return "\n\n".join(
        head.format(h=h, H=h.upper(), T=h.title())
        + "\n\n"
        + "\n".join(bullet.format(b=b) for b in bullets)
        for h, bullets in sections
    )


NOTES = notes()


def moved(sections: list[Section], bullet: str, to: str) -> list[Section]:
    """``sections`` with ``bullet`` taken out of its section and set last under ``to``."""
    out = [(h, [b for b in bs if b != bullet]) for h, bs in sections]
    return [(h, [*bs, bullet] if h == to else bs) for h, bs in out]


STEPS = [
    "Upgrade Python to 3.10 or later.",
    "Back up the `.tessellate/` folder.",
    "Install the new version with `pip install --upgrade tessellate`.",
    "Run `tess doctor` and fix any problems it reports.",
    "Replace `tess sync` in your scripts with `tess push` or `tess pull`.",
]


def steps(rows: list[str]) -> str:
    return "\n".join(f"{i}. {s}" for i, s in enumerate(rows, 1))


UPGRADE = steps(STEPS)
HEADER = "Tessellate 3.0.0 release notes\n\nReleased 14 October 2026"

# ---- the leaflet ------------------------------------------------------------------------------
# (age, dose, how often, most in 24 hours)
DOSES = [
    (
        "Adults and children aged 12 and over",
        "1 or 2 tablets (200 mg to 400 mg)",
        "every 4 to 6 hours",
        "6 tablets (1,200 mg)",
    ),
    ("Children aged 7 to 11", "1 tablet (200 mg)", "every 6 to 8 hours", "3 tablets (600 mg)"),
    ("Children under 7", "Not suitable", "–", "–"),
]
Dose = tuple[str, str, str, str]


def dose_table(rows: list[Dose] = DOSES, form: str = "table") -> str:
    if form == "table":
        return "\n".join(
            ["| Age | Dose | How often | Most in 24 hours |", "|---|---|---|---|"]
            + [f"| {a} | {d} | {o} | {m} |" for a, d, o, m in rows]
        )
    if form == "lines":
        return "\n\n".join(
            f"{a}\nDose: {d}\nHow often: {o}\nMost in 24 hours: {m}"
            if o != "–"
            else f"{a}\nDose: {d}"
            for a, d, o, m in rows
        )
    if form == "prose":
        a, b, _ = rows
        return (
            f"{a[0]}: take {a[1]} {a[2]}, and no more than {a[3]} in 24 hours. "
            f"{b[0]}: give {b[1]} {b[2]}, and no more than {b[3]} in 24 hours. "
            f"Feverol is not suitable for children under 7."
        )
    if form == "bullets":
        return "\n".join(
            f"- {a}: {d}, {o}, at most {m} in 24 hours" if o != "–" else f"- {a}: {d.lower()}"
            for a, d, o, m in rows
        )
    raise ValueError(form)


DOSE_TABLE = dose_table()

# (band, how often, side effects)
BANDS = [
    ("Common", "1 in 10", ["indigestion or heartburn", "stomach pain", "feeling sick"]),
    ("Uncommon", "1 in 100", ["headache or dizziness", "skin rash or itching"]),
    ("Rare", "1 in 1,000", ["diarrhoea", "ringing in the ears"]),
    ("Very rare", "1 in 10,000", ["severe skin reactions with blistering", "liver problems"]),
]
Band = tuple[str, str, list[str]]


def side_effects(
    bands: list[Band] = BANDS,
    label: str = "{b} (may affect up to {f} people):",
    form: str = "bullets",
) -> str:
    def body(effects: list[str]) -> str:
        if form == "bullets":
            return "\n".join(f"- {e}" for e in effects)
        if form == "dots":
            return "\n".join(f"• {e[0].upper() + e[1:]}" for e in effects)
        if form == "sentence":
            text = ", ".join(effects[:-1]) + " and " + effects[-1]
            return text[0].upper() + text[1:] + "."
        raise ValueError(form)

    return "\n\n".join(
        label.format(b=b, B=b.lower(), f=f) + "\n" + body(effects) for b, f, effects in bands
    )


SIDE_EFFECTS = side_effects()


def band_moved(effect: str, to: str) -> list[Band]:
    out = [(b, f, [e for e in es if e != effect]) for b, f, es in BANDS]
    return [(b, f, [*es, effect] if b == to else es) for b, f, es in out]


LEAFLET_HEADS = [
    "1. What Feverol is and what it is used for",
    "2. What you need to know before you take Feverol",
    "3. How to take Feverol",
    "4. Possible side effects",
    "5. How to store Feverol",
    "6. Contents of the pack and other information",
]

DO_NOT = [
    "are allergic to ibuprofen or to aspirin",
    "have ever had a stomach ulcer or bleeding in the stomach",
    "are in the last three months of pregnancy",
]
ASK_FIRST = ["have asthma", "have high blood pressure", "have kidney or liver problems"]


def cautions(do_not: list[str] = DO_NOT, ask_first: list[str] = ASK_FIRST) -> str:
    return (
        "Do not take Feverol if you:\n"
        + "\n".join(f"- {x}" for x in do_not)
        + "\n\nTalk to your doctor or pharmacist before taking Feverol if you:\n"
        + "\n".join(f"- {x}" for x in ask_first)
    )


CAUTIONS = cautions()

# ---- the notice -------------------------------------------------------------------------------
CHANGES = [
    "Trains will run every 30 minutes between Aldermouth and Penhallow from Monday to Saturday, instead of every hour.",
    "Direct trains to Carrow Junction return. Passengers will no longer need to change at Bramwell.",
    "Sunday services will start at 08:15 from Aldermouth, an hour earlier than now.",
    "A new late train will leave Aldermouth at 23:40 on Fridays, calling at all stations to Penhallow.",
    "Trains will no longer stop at Hollins Halt on weekdays. The station will still be served on Saturdays and Sundays.",
]
CHANGE_LIST = "\n".join(f"- {c}" for c in CHANGES)

# (from, first train, last train)
TRAINS = [("Aldermouth", "05:52", "22:40"), ("Penhallow", "06:10", "23:05")]
Trains = tuple[str, str, str]


def first_last(rows: list[Trains] = TRAINS, form: str = "table", clock=None) -> str:  # type: ignore[no-untyped-def]
    def t(x: str) -> str:
        return clock(x) if clock else x

    if form == "table":
        return "\n".join(
            ["| From | First train | Last train |", "|---|---|---|"]
            + [f"| {s} | {t(f)} | {t(last)} |" for s, f, last in rows]
        )
    if form == "lines":
        return "\n".join(f"{s}: first train {t(f)}, last train {t(last)}" for s, f, last in rows)
    if form == "prose":
        (s1, f1, l1), (s2, f2, l2) = rows
        return (
            f"The first train from {s1} leaves at {t(f1)} and the last at {t(l1)}. "
            f"From {s2}, the first train leaves at {t(f2)} and the last at {t(l2)}."
        )
    if form == "stacked":
        return "\n\n".join(
            f"From {s}\nFirst train: {t(f)}\nLast train: {t(last)}" for s, f, last in rows
        )
    raise ValueError(form)


FIRST_LAST = first_last()


def clock12(t: str) -> str:
    """ "05:52" as "5.52am", "23:40" as "11.40pm"."""
    h, m = (int(x) for x in t.split(":"))
    half = "pm" if h >= 12 else "am"
    h = h - 12 if h > 12 else h
    return f"{h}.{m:02d}{half}"


STATIONS = (
    "Trains will call at Aldermouth, Bramwell, Hollins Halt, Carrow Junction, Tresby and Penhallow."
)
STOPS = ["Aldermouth", "Bramwell", "Hollins Halt", "Carrow Junction", "Tresby", "Penhallow"]


def build() -> None:
    R, L, N = read(RELEASE), read(LEAFLET), read(NOTICE)
    assert NOTES in R and UPGRADE in R and HEADER in R
    assert DOSE_TABLE in L and SIDE_EFFECTS in L and CAUTIONS in L
    assert all(h in L for h in LEAFLET_HEADS)
    assert CHANGE_LIST in N and FIRST_LAST in N and STATIONS in N

    # ================================ controls ================================================
    # ---- the release notes
    # The backticks dropped (all of them, in the bullets only) or set as quotation marks.
    control(ITEMS, "release_backticks_dropped", RELEASE, R.replace("`", ""))
    control(ITEMS, "release_backticks_dropped", RELEASE, sub(R, NOTES, NOTES.replace("`", "")))
    control(
        ITEMS,
        "release_backticks_dropped",
        RELEASE,
        sub(R, UPGRADE, UPGRADE.replace("`", '"')),
    )

    # The section headings set otherwise.
    for head in ("{H}", "**{h}**", "### {T}"):
        control(ITEMS, "release_headings_restyled", RELEASE, sub(R, NOTES, notes(head=head)))

    # The issue numbers written otherwise.
    for ref in (
        "(issue {n})",
        "(GH-{n})",
        "([#{n}](https://github.com/tessellate/tessellate/issues/{n}))",
    ):
        text = R
        for n in ("1184", "1203", "1219"):
            text = sub(text, f"(#{n})", ref.format(n=n))
        control(ITEMS, "release_issue_refs_form", RELEASE, text)

    # The sections in another order, where the order tells nothing.
    for order in ((1, 0, 2, 3, 4), (0, 1, 3, 2, 4), (0, 4, 1, 2, 3)):
        control(
            ITEMS,
            "release_sections_reordered",
            RELEASE,
            sub(R, NOTES, notes([SECTIONS[i] for i in order])),
        )

    # The upgrade steps told as prose, or a step split in two and numbered again.
    control(
        ITEMS,
        "release_steps_reworded",
        RELEASE,
        sub(
            R,
            UPGRADE,
            "First upgrade Python to 3.10 or later, then back up the `.tessellate/` folder. "
            "Next, install the new version with `pip install --upgrade tessellate`, run `tess doctor` "
            "and fix any problems it reports. Finally, replace `tess sync` in your scripts with "
            "`tess push` or `tess pull`.",
        ),
    )
    control(
        ITEMS,
        "release_steps_reworded",
        RELEASE,
        sub(
            R,
            UPGRADE,
            steps(
                [
                    *STEPS[:3],
                    "Run `tess doctor`.",
                    "Fix any problems that `tess doctor` reports.",
                    STEPS[4],
                ]
            ),
        ),
    )
    control(
        ITEMS,
        "release_steps_reworded",
        RELEASE,
        sub(R, UPGRADE, "\n".join(f"- {s}" for s in STEPS)),
    )

    # The version header in another form.
    for header in (
        "# Tessellate 3.0.0 (2026-10-14)",
        "## [3.0.0] - 2026-10-14\n\nRelease notes for Tessellate 3.0.0",
        "Tessellate v3.0.0 – release notes\n\nRelease date: October 14, 2026",
    ):
        control(ITEMS, "release_version_header", RELEASE, sub(R, HEADER, header))

    # ---- the leaflet
    # The dose table set as lines under each age, as prose or as bullets.
    for form in ("lines", "prose", "bullets"):
        control(
            ITEMS, "leaflet_dose_table_form", LEAFLET, sub(L, DOSE_TABLE, dose_table(form=form))
        )

    # The frequency bands labelled otherwise.
    for label in (
        "{b}: may affect up to {f} people",
        "{b} side effects (up to {f} people)",
        "These {B} side effects may affect up to {f} people:",
    ):
        control(
            ITEMS,
            "leaflet_frequency_labels",
            LEAFLET,
            sub(L, SIDE_EFFECTS, side_effects(label=label)),
        )

    # A band's side effects set otherwise: with other bullets, as a sentence, in another order.
    control(
        ITEMS, "leaflet_side_effects_form", LEAFLET, sub(L, SIDE_EFFECTS, side_effects(form="dots"))
    )
    control(
        ITEMS,
        "leaflet_side_effects_form",
        LEAFLET,
        sub(L, SIDE_EFFECTS, side_effects(form="sentence")),
    )
    control(
        ITEMS,
        "leaflet_side_effects_form",
        LEAFLET,
        sub(L, SIDE_EFFECTS, side_effects([(b, f, es[::-1]) for b, f, es in BANDS])),
    )

    # The sections numbered and headed otherwise.
    for form in ("Section {n}: {h}", "## {n}. {h}", "{n} {H}"):
        text = L
        for head in LEAFLET_HEADS:
            n, h = head.split(". ", 1)
            text = sub(text, head + "\n", form.format(n=n, h=h, H=h.upper()) + "\n")
        control(ITEMS, "leaflet_section_headings", LEAFLET, text)

    # A warning or an instruction reworded in plain English.
    control(
        ITEMS,
        "leaflet_plain_wording",
        LEAFLET,
        sub(
            L,
            "Keep this medicine out of the sight and reach of children.",
            "Store this medicine where children cannot see or reach it.",
        ),
    )
    control(
        ITEMS,
        "leaflet_plain_wording",
        LEAFLET,
        sub(
            L,
            "Leave at least 4 hours between doses.",
            "Wait at least 4 hours after one dose before you take the next.",
        ),
    )
    control(
        ITEMS,
        "leaflet_plain_wording",
        LEAFLET,
        sub(
            L,
            "Do not drink alcohol while you are taking this medicine, as it increases the risk of bleeding in the stomach.",
            "Avoid alcohol while you take this medicine: drinking makes bleeding in the stomach more likely.",
        ),
    )

    # The units written otherwise.
    control(ITEMS, "leaflet_units_style", LEAFLET, L.replace(" mg", "mg"))
    control(
        ITEMS,
        "leaflet_units_style",
        LEAFLET,
        subs(L, ("Store below 25°C", "Store below 25 °C"), ("(1,200 mg)", "(1200 mg)")),
    )
    control(
        ITEMS,
        "leaflet_units_style",
        LEAFLET,
        subs(
            L,
            ("Store below 25°C", "Do not store above 25 degrees Celsius"),
            ("every 4 to 6 hours", "every 4–6 hours"),
            ("every 6 to 8 hours", "every 6–8 hours"),
        ),
    )

    # ---- the notice
    # The times in the 12-hour clock.
    control(
        ITEMS,
        "notice_time_style",
        NOTICE,
        sub(N, FIRST_LAST, first_last(clock=clock12)),
    )
    control(
        ITEMS,
        "notice_time_style",
        NOTICE,
        subs(
            N,
            ("start at 08:15", "start at 8.15am"),
            ("at 23:40 on Fridays", "at 11.40pm on Fridays"),
        ),
    )
    control(
        ITEMS,
        "notice_time_style",
        NOTICE,
        sub(N, FIRST_LAST, first_last(clock=lambda t: t.replace(":", ""))),
    )

    # The table of first and last trains set as lines, as prose or stacked under each station.
    for form in ("lines", "prose", "stacked"):
        control(ITEMS, "notice_first_last_form", NOTICE, sub(N, FIRST_LAST, first_last(form=form)))

    # The stations set as a list, with arrows, or as a numbered list.
    control(
        ITEMS,
        "notice_stations_form",
        NOTICE,
        sub(N, STATIONS, "Trains will call at:\n" + "\n".join(f"- {s}" for s in STOPS)),
    )
    control(
        ITEMS,
        "notice_stations_form",
        NOTICE,
        sub(N, STATIONS, "Calling points: " + " – ".join(STOPS)),
    )
    control(
        ITEMS,
        "notice_stations_form",
        NOTICE,
        sub(
            N,
            STATIONS,
            "Trains will call at these stations:\n\n"
            + "\n".join(f"{i}. {s}" for i, s in enumerate(STOPS, 1)),
        ),
    )

    # How often trains run said otherwise.
    control(
        ITEMS,
        "notice_frequency_wording",
        NOTICE,
        sub(N, "every 30 minutes between", "twice an hour between"),
    )
    control(
        ITEMS,
        "notice_frequency_wording",
        NOTICE,
        sub(
            N,
            "Trains will run every 30 minutes between Aldermouth and Penhallow from Monday to Saturday, instead of every hour.",
            "From Monday to Saturday there will be two trains an hour between Aldermouth and Penhallow, instead of one.",
        ),
    )
    control(
        ITEMS,
        "notice_frequency_wording",
        NOTICE,
        sub(N, "instead of every hour", "instead of hourly"),
    )

    # The list of changes told as prose, or a change split or merged.
    control(
        ITEMS,
        "notice_changes_as_prose",
        NOTICE,
        sub(N, CHANGE_LIST, " ".join(CHANGES)),
    )
    control(
        ITEMS,
        "notice_changes_as_prose",
        NOTICE,
        sub(
            N,
            CHANGE_LIST,
            "\n".join(
                f"- {c}"
                for c in [
                    *CHANGES[:4],
                    "Trains will no longer stop at Hollins Halt on weekdays.",
                    "Hollins Halt will still be served on Saturdays and Sundays.",
                ]
            ),
        ),
    )
    control(
        ITEMS,
        "notice_changes_as_prose",
        NOTICE,
        sub(
            N,
            CHANGE_LIST,
            "\n".join(f"- {c}" for c in [CHANGES[0] + " " + CHANGES[1], *CHANGES[2:]]),
        ),
    )

    # The contact details written otherwise.
    control(ITEMS, "notice_contact_form", NOTICE, sub(N, "0300 123 4470", "0300 1234 470"))
    control(ITEMS, "notice_contact_form", NOTICE, sub(N, "0300 123 4470", "+44 300 123 4470"))
    control(
        ITEMS,
        "notice_contact_form",
        NOTICE,
        sub(N, "at northfoldrail.co.uk/refunds", "at https://www.northfoldrail.co.uk/refunds"),
    )

    # ================================ changes =================================================
    # ---- the release notes
    # A version changed.
    for old, new in (
        ("will be removed in 3.2.", "will be removed in 4.0."),
        ("A fix is planned for 3.0.1.", "A fix is planned for 3.1.0."),
        ("1. Upgrade Python to 3.10 or later.", "1. Upgrade Python to 3.9 or later."),
    ):
        change(ITEMS, "release_version_changed", RELEASE, sub(R, old, new))

    # A command or an option changed.
    for old, new in (
        (
            "Use `tess push` to upload and `tess pull` to download.",
            "Use `tess pull` to upload and `tess push` to download.",
        ),
        ("with `--resume`.", "with `--full`."),
        ("in favour of `--log-level error`.", "in favour of `--log-level debug`."),
    ):
        change(ITEMS, "release_command_changed", RELEASE, sub(R, old, new))

    # A bullet moved under another section, where that changes what it says of it.
    for bullet, to in (
        (SECTIONS[0][1][2], "New features"),
        (SECTIONS[0][1][3], "Fixes"),
        (SECTIONS[1][1][0], "Breaking changes"),
    ):
        change(
            ITEMS,
            "release_bullet_other_section",
            RELEASE,
            sub(R, NOTES, notes(moved(SECTIONS, bullet, to))),
        )

    # An upgrade step moved before the step it depends on.
    for order in ((0, 2, 3, 1, 4), (2, 0, 1, 3, 4), (0, 1, 3, 2, 4)):
        change(
            ITEMS,
            "release_step_before_dependency",
            RELEASE,
            sub(R, UPGRADE, steps([STEPS[i] for i in order])),
        )

    # A statement reversed.
    for old, new in (
        ("and this cannot be undone.", "and this can be undone."),
        ("Incremental uploads are on by default:", "Incremental uploads are off by default:"),
        ("Python 3.8 and 3.9 are no longer supported.", "Python 3.8 and 3.9 are still supported."),
    ):
        change(ITEMS, "release_statement_reversed", RELEASE, sub(R, old, new))

    # ---- the leaflet
    # A dose, an interval or a most-a-day changed.
    for old, new in (
        ("6 tablets (1,200 mg)", "12 tablets (2,400 mg)"),
        (
            "| Children aged 7 to 11 | 1 tablet (200 mg) |",
            "| Children aged 7 to 11 | 2 tablets (400 mg) |",
        ),
        ("Leave at least 4 hours between doses.", "Leave at least 2 hours between doses."),
    ):
        change(ITEMS, "leaflet_dose_changed", LEAFLET, sub(L, old, new))

    # A side effect moved to another frequency band.
    for effect, to in (
        ("severe skin reactions with blistering", "Common"),
        ("stomach pain", "Rare"),
        ("ringing in the ears", "Uncommon"),
    ):
        change(
            ITEMS,
            "leaflet_side_effect_band",
            LEAFLET,
            sub(L, SIDE_EFFECTS, side_effects(band_moved(effect, to))),
        )

    # A warning dropped.
    for old, new in (
        (
            "\n\nDo not drink alcohol while you are taking this medicine, as it increases the risk of bleeding in the stomach.",
            "",
        ),
        ("\n- are in the last three months of pregnancy", ""),
        (
            " Stop taking Feverol and get medical help at once if you pass black, tarry stools or vomit blood.",
            "",
        ),
    ):
        change(ITEMS, "leaflet_warning_dropped", LEAFLET, sub(L, old, new))

    # A warning or an instruction reversed.
    for old, new in (
        ("with or after food.", "on an empty stomach."),
        ("at once, even if you feel well.", "if you begin to feel unwell."),
        ("Swallow the tablets whole", "Chew the tablets"),
    ):
        change(ITEMS, "leaflet_instruction_reversed", LEAFLET, sub(L, old, new))

    # A condition moved between "do not take" and "talk to your doctor first".
    change(
        ITEMS,
        "leaflet_caution_moved",
        LEAFLET,
        sub(L, CAUTIONS, cautions([DO_NOT[0], DO_NOT[2]], [DO_NOT[1], *ASK_FIRST])),
    )
    change(
        ITEMS,
        "leaflet_caution_moved",
        LEAFLET,
        sub(L, CAUTIONS, cautions(DO_NOT[:2], [*ASK_FIRST, DO_NOT[2]])),
    )
    change(
        ITEMS,
        "leaflet_caution_moved",
        LEAFLET,
        sub(L, CAUTIONS, cautions([*DO_NOT, ASK_FIRST[0]], ASK_FIRST[1:])),
    )

    # ---- the notice
    # A train's time changed.
    change(
        ITEMS,
        "notice_train_time_changed",
        NOTICE,
        sub(N, FIRST_LAST, first_last([("Aldermouth", "06:52", "22:40"), TRAINS[1]])),
    )
    change(
        ITEMS,
        "notice_train_time_changed",
        NOTICE,
        sub(N, FIRST_LAST, first_last([TRAINS[0], ("Penhallow", "06:10", "22:05")])),
    )
    change(
        ITEMS,
        "notice_train_time_changed",
        NOTICE,
        sub(N, "at 23:40 on Fridays", "at 22:40 on Fridays"),
    )

    # A station changed.
    for old, new in (
        ("Trains will no longer stop at Hollins Halt", "Trains will no longer stop at Tresby"),
        ("need to change at Bramwell.", "need to change at Tresby."),
        ("closed between Bramwell and Tresby", "closed between Bramwell and Carrow Junction"),
    ):
        change(ITEMS, "notice_station_changed", NOTICE, sub(N, old, new))

    # The days changed.
    for old, new in (
        ("at 23:40 on Fridays", "at 23:40 on Saturdays"),
        ("First and last trains, Monday to Saturday", "First and last trains, Monday to Friday"),
        ("still be served on Saturdays and Sundays.", "still be served on Sundays."),
    ):
        change(ITEMS, "notice_days_changed", NOTICE, sub(N, old, new))

    # A service statement reversed.
    for old, new in (
        (
            "Passengers will no longer need to change at Bramwell.",
            "Passengers will still need to change at Bramwell.",
        ),
        (
            "Bicycles cannot be carried on replacement buses, except folding bicycles.",
            "Bicycles can be carried on replacement buses, except folding bicycles.",
        ),
        (
            "Season tickets bought before 8 November remain valid",
            "Season tickets bought before 8 November are not valid",
        ),
    ):
        change(ITEMS, "notice_service_reversed", NOTICE, sub(N, old, new))

    # Two rows of the table exchanged: the stations, the first trains, the last trains.
    (s1, f1, l1), (s2, f2, l2) = TRAINS
    for rows in (
        [(s2, f1, l1), (s1, f2, l2)],
        [(s1, f2, l1), (s2, f1, l2)],
        [(s1, f1, l2), (s2, f2, l1)],
    ):
        change(ITEMS, "notice_table_swapped", NOTICE, sub(N, FIRST_LAST, first_last(rows)))


def main() -> None:
    build()
    write_probe(ITEMS, OUT)


if __name__ == "__main__":
    main()
