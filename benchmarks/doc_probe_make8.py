"""Write ``benchmarks/data/probe_documents8.jsonl``, the eighth document probe, from three texts
written for it (``benchmarks/data/documents/larkin_recipe.txt``, a newspaper's recipe with its
serving box, an ingredient list, numbered steps, a tip and a nutrition line;
``brindle_festival.txt``, a festival's programme page with a schedule a day (a time, an act and
a stage a line) and a page of frequently asked questions; ``haverly_terms.txt``, a leisure
centre's membership terms with numbered sections and clauses, defined terms and conditions)
and the edits below (deterministic: the same edits give the same file). Each item holds the
whole edited document B; ``doc_probe.py --file`` runs it against its base.

    python benchmarks/doc_probe_make8.py

The edits are what a QA editor sees between two versions of such texts that no earlier
document probe holds: a recipe's ingredient list set as a table, a sentence or "name – amount"
lines, its steps split or merged and renumbered, its units written otherwise ("2 tbsp" / "2
tablespoons", "800g" / "800 g", "minutes" / "mins"), its serving box, nutrition line and tip
set otherwise; a schedule's times in another style ("14:30" / "2.30pm"), its lines set
otherwise (a dash, a table, bullets), grouped by stage or under day headings set otherwise; a
page of questions with its questions reworded, set as "Q:" and "A:", in bold or as headings, or
in another order; terms with their clauses numbered otherwise, their section headings set
otherwise, their figures written otherwise, a section's clauses told as prose, a clause
reworded in plain English, and their defined terms set otherwise (controls, which must pass the
gate); and a quantity changed, a step moved before the step it depends on, a time or heat
changed, the advice reversed, an act's time or stage changed, two acts exchanged, an answer
given to another question, an answer changed, a clause's condition dropped, a figure of the
terms changed and what a clause allows or requires changed (changes, which must fail it).
Written by hand on 6 December by doc22 before the pipeline's code was read.
"""

# ruff: noqa: E501 (the edits are sentences of the texts, kept whole to be read)
from __future__ import annotations

import re

from doc_probe_make import ROOT, Edit, read, sub, write_probe
from doc_probe_make3 import change, control, subs

OUT = ROOT / "benchmarks" / "data" / "probe_documents8.jsonl"

RECIPE, FESTIVAL, TERMS = "larkin_recipe.txt", "brindle_festival.txt", "haverly_terms.txt"

ITEMS: list[Edit] = []  # (class, base, kind, b)

# ---- the recipe -------------------------------------------------------------------------------
# (amount, ingredient, preparation)
INGREDIENTS = [
    ("2 tbsp", "olive oil", ""),
    ("1 large", "onion", "finely chopped"),
    ("3", "garlic cloves", "crushed"),
    ("2 tsp", "ground cumin", ""),
    ("1 tsp", "smoked paprika", ""),
    ("800g", "butternut squash", "peeled and cut into 2cm cubes"),
    ("2 x 400g tins", "chickpeas", "drained"),
    ("400g tin", "chopped tomatoes", ""),
    ("500ml", "vegetable stock", ""),
    ("100g", "spinach", ""),
]
LEMON = "Juice of half a lemon"


def ingredient(amount: str, name: str, prep: str) -> str:
    return f"{amount} {name}" + (f", {prep}" if prep else "")


INGREDIENT_LIST = "\n".join(f"- {ingredient(*row)}" for row in INGREDIENTS) + f"\n- {LEMON}"


def ingredients(form: str) -> str:
    if form == "table":
        rows = [
            f"| {n[0].upper() + n[1:]}{', ' + p if p else ''} | {a} |" for a, n, p in INGREDIENTS
        ]
        return "\n".join(
            ["| Ingredient | Amount |", "|---|---|", *rows, "| Lemon juice | half a lemon |"]
        )
    if form == "sentence":
        return (
            "You will need "
            + "; ".join(ingredient(*row) for row in INGREDIENTS)
            + "; and the juice of half a lemon."
        )
    if form == "name_first":
        rows = [
            f"{n[0].upper() + n[1:]}{' (' + p + ')' if p else ''} – {a}" for a, n, p in INGREDIENTS
        ]
        return "\n".join([*rows, "Lemon juice – half a lemon"])
    raise ValueError(form)


STEPS = [
    "Heat the oil in a large pan over a medium heat. Fry the onion for 8 minutes, until soft.",
    "Add the garlic, cumin and paprika and cook for 1 minute more.",
    "Stir in the squash, chickpeas, tomatoes and stock. Bring to the boil, then cover and simmer for 30 minutes, until the squash is tender.",
    "Take the pan off the heat and stir in the spinach until it wilts.",
    "Season with salt and pepper, and add the lemon juice just before serving.",
]


def method(rows: list[str]) -> str:
    return "\n".join(f"{i}. {s}" for i, s in enumerate(rows, 1))


METHOD = method(STEPS)
BOX = "Serves 4\nPreparation: 20 minutes\nCooking: 45 minutes"
NUTRITION = "Per serving: 412 kcal, 14g fat, 58g carbohydrate, 17g protein."
TIP = "Larkin's tip: do not add the lemon juice while the stew is still cooking, or it will taste bitter."

# ---- the festival -----------------------------------------------------------------------------
# (time, act, stage); the gates and the end of the music have no stage
SATURDAY = [
    ("11:00", "Gates open", ""),
    ("12:00", "The Hollin Brothers", "Meadow Stage"),
    ("14:30", "Storytelling with Agnes Farr", "Orchard Tent"),
    ("16:00", "Kit Maddox", "Riverside Stage"),
    ("19:30", "Ruby and the Wrens", "Meadow Stage"),
    ("22:30", "Music ends", ""),
]
SUNDAY = [
    ("10:00", "Gates open", ""),
    ("11:00", "Children's ceilidh", "Orchard Tent"),
    ("13:00", "Dan Ashworth", "Riverside Stage"),
    ("15:30", "The Fell Choir", "Orchard Tent"),
    ("18:00", "Lowther Road", "Meadow Stage"),
    ("20:00", "Music ends", ""),
]
DAYS = (("Saturday 13 June", SATURDAY), ("Sunday 14 June", SUNDAY))
Row = tuple[str, str, str]


def clock12(t: str, spaced: bool = False) -> str:
    """ "14:30" as "2.30pm" ("2:30 pm" when ``spaced``)."""
    h, m = (int(x) for x in t.split(":"))
    half = "pm" if h >= 12 else "am"
    h = h - 12 if h > 12 else h
    if spaced:
        return f"{h}:{m:02d} {half}" if m else f"{h} {half}"
    return f"{h}.{m:02d}{half}" if m else f"{h}{half}"


def day_lines(rows: list[Row], form: str = "base", clock=None) -> str:  # type: ignore[no-untyped-def]
    def t(x: str) -> str:
        return clock(x) if clock else x

    if form == "base":
        return "\n".join(f"{t(h)} {a}{', ' + s if s else ''}" for h, a, s in rows)
    if form == "dash":
        return "\n".join(f"{t(h)} – {a}{' (' + s + ')' if s else ''}" for h, a, s in rows)
    if form == "table":
        return "\n".join(
            ["| Time | Act | Stage |", "|---|---|---|"]
            + [f"| {t(h)} | {a} | {s or '–'} |" for h, a, s in rows]
        )
    if form == "bullets":
        return "\n".join(f"- {t(h)}: {a}{' (' + s + ')' if s else ''}" for h, a, s in rows)
    if form == "by_stage":
        out = [f"{t(h)} {a}" for h, a, s in rows if not s and a == "Gates open"]
        for stage in ("Meadow Stage", "Orchard Tent", "Riverside Stage"):
            acts = [f"{t(h)} {a}" for h, a, s in rows if s == stage]
            if acts:
                out.append(f"\n{stage}\n" + "\n".join(acts))
        out += ["\n" + f"{t(h)} {a}" for h, a, s in rows if not s and a == "Music ends"]
        return "\n".join(out)
    raise ValueError(form)


def schedule(
    days: tuple[tuple[str, list[Row]], ...] = DAYS,
    form: str = "base",
    clock=None,  # type: ignore[no-untyped-def]
    heads: tuple[str, str] | None = None,
) -> str:
    names = heads or tuple(d for d, _ in days)
    return "\n\n".join(
        f"{name}\n\n{day_lines(rows, form, clock)}"
        for name, (_, rows) in zip(names, days, strict=True)
    )


SCHEDULE = schedule()


def with_row(rows: list[Row], i: int, new: Row) -> list[Row]:
    out = list(rows)
    out[i] = new
    return out


FAQ = [
    (
        "Can I bring my own food and drink?",
        "Yes, you can bring food and soft drinks. Glass bottles and alcohol are not allowed on site.",
    ),
    (
        "Is there parking?",
        "Parking is free in the field off Mill Road, which opens at 10:00 on both days. Disabled parking is next to the main gate and must be booked in advance.",
    ),
    ("Can I bring my dog?", "Only assistance dogs are allowed on site."),
    (
        "Do children need a ticket?",
        "Children under 12 go free with a paying adult. Tickets for those aged 12 to 17 cost £20.",
    ),
    (
        "What happens if it rains?",
        "The festival goes ahead in all weather. The Orchard Tent and the Riverside Stage are covered.",
    ),
]


def faq(rows: list[tuple[str, str]], form: str = "base") -> str:
    if form == "base":
        return "\n\n".join(f"{q}\n{a}" for q, a in rows)
    if form == "qa":
        return "\n\n".join(f"Q: {q}\nA: {a}" for q, a in rows)
    if form == "bold":
        return "\n\n".join(f"**{q}**\n{a}" for q, a in rows)
    if form == "headings":
        return "\n\n".join(f"### {q}\n\n{a}" for q, a in rows)
    raise ValueError(form)


FAQ_TEXT = faq(FAQ)


def answers_exchanged(i: int, j: int) -> list[tuple[str, str]]:
    out = list(FAQ)
    out[i] = (FAQ[i][0], FAQ[j][1])
    out[j] = (FAQ[j][0], FAQ[i][1])
    return out


# ---- the terms --------------------------------------------------------------------------------
SECTIONS = [
    (
        "Membership",
        [
            "You must be 16 or over to join. Members aged 14 or 15 may use the gym only when a parent or guardian who is also a member is present.",
            "Your membership card is personal to you and may not be lent to anyone else.",
            "You must show your card each time you enter the centre.",
        ],
    ),
    (
        "Fees and payment",
        [
            "The monthly fee is £38.50, paid by direct debit on the 1st of each month.",
            "Students and people aged 65 and over pay £27.00 a month, on proof of eligibility.",
            "We will give you at least 30 days' written notice of any change to the fees.",
            "If a payment is missed, we may suspend your membership until it is paid.",
        ],
    ),
    (
        "Freezing and cancelling",
        [
            "You may freeze your membership for up to three months in any 12 months, for £5 a month, if you tell us at least 7 days before the freeze begins.",
            "You may cancel at any time by giving one month's notice in writing. There is no cancellation fee after the first three months.",
            "If you cancel within the first three months, a cancellation fee of £25 applies, unless you cancel for medical reasons.",
        ],
    ),
    (
        "Conduct",
        [
            "We may end your membership without notice if you behave in a way that puts staff or other members at risk.",
            "Lockers must be emptied by closing time. Items left overnight will be removed.",
        ],
    ),
]


def terms(head: str = "{n}. {h}", clause: str = "{n}.{m} {c}", prose: tuple[int, ...] = ()) -> str:
    """The numbered sections, each heading as ``head`` and each clause as ``clause``; the
    sections (numbered from 1) in ``prose`` told as one paragraph without clause numbers."""
    out = []
    for n, (h, clauses) in enumerate(SECTIONS, 1):
        if n in prose:
            body = " ".join(clauses)
        else:
            body = "\n".join(
                clause.format(n=n, m=m, L="abcd"[m - 1], c=c) for m, c in enumerate(clauses, 1)
            )
        out.append(head.format(n=n, h=h, H=h.upper()) + "\n\n" + body)
    return "\n\n".join(out)


TERMS_TEXT = terms()
DEFINED = 'In these terms, "we" means Haverly Leisure Trust and "you" means the member named on the membership card.'


def build() -> None:
    R, F, T = read(RECIPE), read(FESTIVAL), read(TERMS)
    assert INGREDIENT_LIST in R and METHOD in R and BOX in R and NUTRITION in R and TIP in R
    assert SCHEDULE in F and FAQ_TEXT in F
    assert TERMS_TEXT in T and DEFINED in T

    # ================================ controls ================================================
    # ---- the recipe
    # The ingredient list set as a table, as one sentence, or name first with the amount after.
    for form in ("table", "sentence", "name_first"):
        control(
            ITEMS, "recipe_ingredients_form", RECIPE, sub(R, INGREDIENT_LIST, ingredients(form))
        )

    # The steps split or merged, and numbered again.
    split_first = [*STEPS[0].split(" Fry", 1)]
    split_first[1] = "Fry" + split_first[1]
    control(
        ITEMS, "recipe_steps_renumbered", RECIPE, sub(R, METHOD, method(split_first + STEPS[1:]))
    )
    control(
        ITEMS,
        "recipe_steps_renumbered",
        RECIPE,
        sub(R, METHOD, method([*STEPS[:3], STEPS[3] + " " + STEPS[4]])),
    )
    control(
        ITEMS,
        "recipe_steps_renumbered",
        RECIPE,
        sub(
            R,
            METHOD,
            method(
                [
                    *STEPS[:2],
                    "Stir in the squash, chickpeas, tomatoes and stock.",
                    "Bring to the boil, then cover and simmer for 30 minutes, until the squash is tender.",
                    *STEPS[3:],
                ]
            ),
        ),
    )

    # The units written otherwise.
    control(
        ITEMS,
        "recipe_units_style",
        RECIPE,
        subs(
            R,
            ("2 tbsp olive oil", "2 tablespoons olive oil"),
            ("2 tsp ground cumin", "2 teaspoons ground cumin"),
            ("1 tsp smoked paprika", "1 teaspoon smoked paprika"),
        ),
    )
    control(
        ITEMS,
        "recipe_units_style",
        RECIPE,
        re.sub(r"(\d)(g|ml|cm)\b", r"\1 \2", R),
    )
    control(
        ITEMS,
        "recipe_units_style",
        RECIPE,
        subs(
            R,
            ("Preparation: 20 minutes", "Preparation: 20 mins"),
            ("Cooking: 45 minutes", "Cooking: 45 mins"),
            ("for 8 minutes, until", "for 8 min, until"),
            ("for 1 minute more", "for 1 min more"),
            ("for 30 minutes, until", "for 30 min, until"),
        ),
    )

    # The serving box set otherwise.
    for box in (
        "Serves 4 | Prep 20 minutes | Cook 45 minutes",
        "Serves: 4\nPrep time: 20 min\nCook time: 45 min",
        "Serves four. Preparation takes 20 minutes and cooking 45 minutes.",
    ):
        control(ITEMS, "recipe_serves_box_form", RECIPE, sub(R, BOX, box))

    # The nutrition line set otherwise.
    for line in (
        "Nutrition per serving\n\nCalories: 412\nFat: 14g\nCarbohydrate: 58g\nProtein: 17g",
        "Per serving:\n\n| kcal | Fat | Carbohydrate | Protein |\n|---|---|---|---|\n| 412 | 14g | 58g | 17g |",
        "Each serving provides 412 calories, 14g of fat, 58g of carbohydrate and 17g of protein.",
    ):
        control(ITEMS, "recipe_nutrition_form", RECIPE, sub(R, NUTRITION, line))

    # The tip set otherwise: under a heading, as a block quote, reworded after the steps.
    for tip in (
        "Tip\n\nDo not add the lemon juice while the stew is still cooking, or it will taste bitter.",
        "> **Chef's tip:** Don't add the lemon juice while the stew is still cooking, or it will taste bitter.",
        "Larkin's tip: add the lemon juice only once the stew is off the heat. If it goes in while the stew is still cooking, it will taste bitter.",
    ):
        control(ITEMS, "recipe_tip_form", RECIPE, sub(R, TIP, tip))

    # ---- the festival
    # The schedule's times in another style.
    control(ITEMS, "schedule_time_style", FESTIVAL, sub(F, SCHEDULE, schedule(clock=clock12)))
    control(
        ITEMS,
        "schedule_time_style",
        FESTIVAL,
        sub(F, SCHEDULE, schedule(clock=lambda t: t.replace(":", "."))),
    )
    control(
        ITEMS,
        "schedule_time_style",
        FESTIVAL,
        sub(F, SCHEDULE, schedule(clock=lambda t: clock12(t, spaced=True))),
    )

    # The schedule's lines set otherwise.
    for form in ("dash", "table", "bullets"):
        control(ITEMS, "schedule_line_form", FESTIVAL, sub(F, SCHEDULE, schedule(form=form)))

    # The schedule grouped by stage (one day, the other, both).
    control(
        ITEMS,
        "schedule_by_stage",
        FESTIVAL,
        sub(
            F,
            SCHEDULE,
            f"Saturday 13 June\n\n{day_lines(SATURDAY, 'by_stage')}\n\nSunday 14 June\n\n{day_lines(SUNDAY)}",
        ),
    )
    control(
        ITEMS,
        "schedule_by_stage",
        FESTIVAL,
        sub(
            F,
            SCHEDULE,
            f"Saturday 13 June\n\n{day_lines(SATURDAY)}\n\nSunday 14 June\n\n{day_lines(SUNDAY, 'by_stage')}",
        ),
    )
    control(ITEMS, "schedule_by_stage", FESTIVAL, sub(F, SCHEDULE, schedule(form="by_stage")))

    # The day headings set otherwise.
    for heads in (
        ("SATURDAY 13 JUNE", "SUNDAY 14 JUNE"),
        ("Saturday, June 13", "Sunday, June 14"),
        ("Day 1 – Saturday 13 June", "Day 2 – Sunday 14 June"),
    ):
        control(ITEMS, "schedule_day_headings", FESTIVAL, sub(F, SCHEDULE, schedule(heads=heads)))

    # The questions reworded.
    control(
        ITEMS,
        "faq_questions_reworded",
        FESTIVAL,
        sub(
            F, "Can I bring my own food and drink?", "Am I allowed to bring my own food and drink?"
        ),
    )
    control(
        ITEMS, "faq_questions_reworded", FESTIVAL, sub(F, "Is there parking?", "Where can I park?")
    )
    control(
        ITEMS,
        "faq_questions_reworded",
        FESTIVAL,
        subs(
            F,
            ("Can I bring my dog?", "Are dogs allowed?"),
            ("What happens if it rains?", "What if the weather is bad?"),
        ),
    )

    # The questions and answers set otherwise.
    for form in ("qa", "bold", "headings"):
        control(ITEMS, "faq_layout", FESTIVAL, sub(F, FAQ_TEXT, faq(FAQ, form)))

    # The questions in another order.
    for order in ((2, 0, 1, 3, 4), (4, 3, 2, 1, 0), (0, 3, 1, 4, 2)):
        control(ITEMS, "faq_order", FESTIVAL, sub(F, FAQ_TEXT, faq([FAQ[i] for i in order])))

    # ---- the terms
    # The clauses numbered otherwise.
    for clause in ("{n}.{m}. {c}", "({L}) {c}", "Clause {n}.{m} – {c}"):
        control(ITEMS, "terms_clause_numbering", TERMS, sub(T, TERMS_TEXT, terms(clause=clause)))

    # The section headings set otherwise.
    for head in ("Section {n}: {h}", "{n} {H}", "**{n}. {h}**"):
        control(ITEMS, "terms_section_headings", TERMS, sub(T, TERMS_TEXT, terms(head=head)))

    # A section's clauses told as one paragraph.
    for prose in ((1,), (3,), (1, 2, 3, 4)):
        control(ITEMS, "terms_clauses_as_prose", TERMS, sub(T, TERMS_TEXT, terms(prose=prose)))

    # The figures written otherwise.
    control(
        ITEMS,
        "terms_figures_style",
        TERMS,
        subs(
            T,
            ("pay £27.00 a month", "pay £27 a month"),
            ("for £5 a month", "for £5 per month"),
            ("a cancellation fee of £25 applies", "a cancellation fee of £25.00 applies"),
        ),
    )
    control(
        ITEMS,
        "terms_figures_style",
        TERMS,
        subs(
            T,
            ("at least 30 days' written", "at least thirty days' written"),
            ("at least 7 days before", "at least seven days before"),
            ("in any 12 months", "in any twelve months"),
        ),
    )
    control(
        ITEMS,
        "terms_figures_style",
        TERMS,
        subs(
            T,
            ("on the 1st of each month", "on the first day of each month"),
            ("bought from 1 January 2026", "bought from January 1, 2026"),
        ),
    )

    # A clause reworded in plain English.
    control(
        ITEMS,
        "terms_plain_rewording",
        TERMS,
        sub(T, "You must be 16 or over to join.", "You must be at least 16 to join."),
    )
    control(
        ITEMS,
        "terms_plain_rewording",
        TERMS,
        sub(
            T,
            "You must show your card each time you enter the centre.",
            "You will need to show your card whenever you enter the centre.",
        ),
    )
    control(
        ITEMS,
        "terms_plain_rewording",
        TERMS,
        sub(
            T,
            "Lockers must be emptied by closing time. Items left overnight will be removed.",
            "You must empty your locker before the centre closes. We will remove anything left overnight.",
        ),
    )

    # The defined terms set otherwise.
    for defined in (
        'In these terms, "we", "us" and "our" mean Haverly Leisure Trust, and "you" and "your" mean the member named on the membership card.',
        'Definitions\n\n"We": Haverly Leisure Trust.\n"You": the member named on the membership card.',
        'In these terms, Haverly Leisure Trust is called "we", and the member named on the membership card is called "you".',
    ):
        control(ITEMS, "terms_defined_terms", TERMS, sub(T, DEFINED, defined))

    # ================================ changes =================================================
    # ---- the recipe
    # A quantity changed.
    for old, new in (
        ("800g butternut squash", "400g butternut squash"),
        ("2 tsp ground cumin", "2 tbsp ground cumin"),
        ("2 x 400g tins chickpeas", "1 x 400g tin chickpeas"),
    ):
        change(ITEMS, "recipe_quantity_changed", RECIPE, sub(R, old, new))

    # A step moved before the step it depends on (numbered again).
    for order in ((0, 1, 3, 2, 4), (1, 0, 2, 3, 4), (4, 0, 1, 2, 3)):
        change(
            ITEMS,
            "recipe_step_before_dependency",
            RECIPE,
            sub(R, METHOD, method([STEPS[i] for i in order])),
        )

    # A time or the heat changed.
    for old, new in (
        ("simmer for 30 minutes", "simmer for 10 minutes"),
        ("over a medium heat", "over a high heat"),
        ("Cooking: 45 minutes", "Cooking: 25 minutes"),
    ):
        change(ITEMS, "recipe_timing_changed", RECIPE, sub(R, old, new))

    # The advice reversed (the tip, the last step, how the stew keeps).
    change(
        ITEMS,
        "recipe_advice_reversed",
        RECIPE,
        sub(
            R,
            TIP,
            "Larkin's tip: add the lemon juice while the stew is still cooking, so that it does not taste bitter.",
        ),
    )
    change(
        ITEMS,
        "recipe_advice_reversed",
        RECIPE,
        sub(
            R,
            "Season with salt and pepper, and add the lemon juice just before serving.",
            "Season with salt and pepper, and add the lemon juice with the stock.",
        ),
    )
    change(
        ITEMS,
        "recipe_advice_reversed",
        RECIPE,
        sub(
            R,
            "The stew keeps for three days in the fridge, and Larkin makes it the day before she serves it.",
            "The stew does not keep well, and Larkin makes it on the day she serves it.",
        ),
    )

    # ---- the festival
    # An act's time changed.
    for day, i, new in ((SATURDAY, 3, "17:00"), (SUNDAY, 0, "09:00"), (SATURDAY, 5, "23:30")):
        rows = with_row(day, i, (new, *day[i][1:]))
        days = tuple((d, rows if r is day else r) for d, r in DAYS)
        change(ITEMS, "schedule_time_changed", FESTIVAL, sub(F, SCHEDULE, schedule(days)))

    # An act's stage changed.
    for day, i, new in (
        (SATURDAY, 3, "Meadow Stage"),
        (SUNDAY, 3, "Riverside Stage"),
        (SUNDAY, 1, "Meadow Stage"),
    ):
        rows = with_row(day, i, (*day[i][:2], new))
        days = tuple((d, rows if r is day else r) for d, r in DAYS)
        change(ITEMS, "schedule_stage_changed", FESTIVAL, sub(F, SCHEDULE, schedule(days)))

    # Two acts exchanged under their times (on one stage, on two stages, across the days).
    sat = with_row(
        with_row(SATURDAY, 1, ("12:00", *SATURDAY[4][1:])), 4, ("19:30", *SATURDAY[1][1:])
    )
    change(
        ITEMS,
        "schedule_acts_swapped",
        FESTIVAL,
        sub(F, SCHEDULE, schedule((("Saturday 13 June", sat), DAYS[1]))),
    )
    sat = with_row(
        with_row(SATURDAY, 2, ("14:30", *SATURDAY[3][1:])), 3, ("16:00", *SATURDAY[2][1:])
    )
    change(
        ITEMS,
        "schedule_acts_swapped",
        FESTIVAL,
        sub(F, SCHEDULE, schedule((("Saturday 13 June", sat), DAYS[1]))),
    )
    sat = with_row(SATURDAY, 3, ("16:00", "Dan Ashworth", "Riverside Stage"))
    sun = with_row(SUNDAY, 2, ("13:00", "Kit Maddox", "Riverside Stage"))
    change(
        ITEMS,
        "schedule_acts_swapped",
        FESTIVAL,
        sub(F, SCHEDULE, schedule((("Saturday 13 June", sat), ("Sunday 14 June", sun)))),
    )

    # An answer given to another question.
    for i, j in ((2, 4), (0, 1), (2, 3)):
        change(
            ITEMS,
            "faq_answer_other_question",
            FESTIVAL,
            sub(F, FAQ_TEXT, faq(answers_exchanged(i, j))),
        )

    # An answer changed (an age, a condition dropped, what is allowed).
    for old, new in (
        ("Children under 12 go free", "Children under 5 go free"),
        (
            "Disabled parking is next to the main gate and must be booked in advance.",
            "Disabled parking is next to the main gate.",
        ),
        ("Only assistance dogs are allowed on site.", "Dogs on leads are allowed on site."),
    ):
        change(ITEMS, "faq_answer_changed", FESTIVAL, sub(F, old, new))

    # ---- the terms
    # A clause's condition dropped.
    for old, new in (
        (
            "for £5 a month, if you tell us at least 7 days before the freeze begins.",
            "for £5 a month.",
        ),
        (
            "a cancellation fee of £25 applies, unless you cancel for medical reasons.",
            "a cancellation fee of £25 applies.",
        ),
        (
            "Members aged 14 or 15 may use the gym only when a parent or guardian who is also a member is present.",
            "Members aged 14 or 15 may use the gym.",
        ),
    ):
        change(ITEMS, "terms_condition_dropped", TERMS, sub(T, old, new))

    # A figure of the terms changed.
    for old, new in (
        ("The monthly fee is £38.50", "The monthly fee is £35.80"),
        ("at least 30 days' written notice", "at least 14 days' written notice"),
        ("for up to three months in any 12 months", "for up to six months in any 12 months"),
    ):
        change(ITEMS, "terms_figure_changed", TERMS, sub(T, old, new))

    # What a clause allows or requires changed.
    for old, new in (
        ("may not be lent to anyone else", "may be lent to a member of your household"),
        (
            "We may end your membership without notice",
            "We may end your membership after a written warning",
        ),
        (
            "You must show your card each time you enter the centre.",
            "You need not show your card when you enter the centre.",
        ),
    ):
        change(ITEMS, "terms_obligation_changed", TERMS, sub(T, old, new))


def main() -> None:
    build()
    write_probe(ITEMS, OUT)


if __name__ == "__main__":
    main()
