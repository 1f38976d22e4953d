"""Write ``benchmarks/data/probe_documents2.jsonl``, the second document probe, from three news
articles written for it (``benchmarks/data/documents/council_budget.txt``, ``river_flood.txt``,
``tree_study.txt``) and the edits below (deterministic: the same edits give the same file). Each
item holds the whole edited document B; ``doc_probe.py --file`` runs it against its base.

    python benchmarks/doc_probe_make2.py

The edits are what a QA editor sees between two versions of a news article that the first
document probe (``probe_documents.jsonl``) does not hold: page furniture of a news site (photo
credits, timestamps, share and "Read more" lines, editor's notes, pull quotes), a key-facts box
or a numbered list laid out otherwise, a subheading set as bold text, a long sentence split in
three, a spelling pass, Unicode variants, words hyphenated at line ends, an attribution set
before its quotation, a whole article told again by another hand (controls, which must pass the
gate); and a number changed in a key-facts box or a list, a caption that names someone else, a
correction that changes a fact, a timeline told out of order, a quoted sentence given to another
speaker, a paragraph repeated with its date changed, a quotation cut short, a name misspelt all
through, a pull quote that misquotes, and facts changed under a spelling pass, Unicode variants
or a sentence split (changes, which must fail it). Written by hand on 5 December by doc16 before
the pipeline's code was read.
"""

# ruff: noqa: E501 (the edits are sentences of the articles, kept whole to be read)
from __future__ import annotations

import re
import textwrap

from doc_probe_make import ROOT, read, sub, write_probe

OUT = ROOT / "benchmarks" / "data" / "probe_documents2.jsonl"

BUDGET, FLOOD, TREES = "council_budget.txt", "river_flood.txt", "tree_study.txt"


def sub_all(text: str, old: str, new: str) -> str:
    """Replace every ``old`` (at least one)."""
    assert old in text, old
    return text.replace(old, new)


def paras(text: str) -> list[str]:
    return text.strip("\n").split("\n\n")


def join(ps: list[str]) -> str:
    return "\n\n".join(ps) + "\n"


def index(ps: list[str], start: str) -> int:
    hits = [i for i, p in enumerate(ps) if p.startswith(start)]
    assert len(hits) == 1, start
    return hits[0]


def insert_after(text: str, start: str, new: str) -> str:
    """A new paragraph after the one beginning with ``start``."""
    ps = paras(text)
    ps.insert(index(ps, start) + 1, new)
    return join(ps)


def drop_para(text: str, start: str) -> str:
    ps = paras(text)
    ps.pop(index(ps, start))
    return join(ps)


def swap_paras(text: str, first: str, second: str) -> str:
    ps = paras(text)
    i, j = index(ps, first), index(ps, second)
    ps[i], ps[j] = ps[j], ps[i]
    return join(ps)


def move_para(text: str, start: str, after: str) -> str:
    """Move the paragraph beginning with ``start`` to after the one beginning with ``after``."""
    ps = paras(text)
    p = ps.pop(index(ps, start))
    ps.insert(index(ps, after) + 1, p)
    return join(ps)


def hyphen_wrap(text: str, width: int) -> str:
    """Hard-wrap every paragraph at ``width``, breaking a long word at the line's end with a
    hyphen ("inter-" / "national") as a typesetter does; lines of a list or box stay whole."""
    out = []
    for p in paras(text):
        if "\n" in p or len(p) <= width or p[-1] not in '.?!")”':
            out.append(p)
            continue
        lines: list[str] = []
        line = ""
        for word in p.split(" "):
            room = width - len(line) - (1 if line else 0)
            if len(word) <= room:
                line = f"{line} {word}" if line else word
                continue
            cut = room - 1  # the hyphen takes a column
            core = len(word.rstrip(".,;:!?\"'”"))
            if word[:core].isalpha() and core >= 6 and cut >= 3 and core - cut >= 3:
                lines.append(f"{line} {word[:cut]}-" if line else f"{word[:cut]}-")
                line = word[cut:]
            else:
                lines.append(line)
                line = word
        lines.append(line)
        out.append("\n".join(lines))
    return join(out)


def wrap(text: str, width: int) -> str:
    return join(
        [p if "\n" in p else textwrap.fill(p, width, break_on_hyphens=False) for p in paras(text)]
    )


US_UK = [
    ("neighborhoods", "neighbourhoods"),
    ("neighborhood", "neighbourhood"),
    ("labor", "labour"),
    ("center", "centre"),
    ("analyzed", "analysed"),
    ("color", "colour"),
    ("programs", "programmes"),
    ("program", "programme"),
    ("organizers", "organisers"),
    ("Councilor", "Councillor"),
    ("modeled", "modelled"),
    ("meters", "metres"),
    ("centimeters", "centimetres"),
    ("neighbors", "neighbours"),
]


def spelling(text: str, to_uk: bool) -> str:
    """A British (``to_uk``) or American spelling pass over the whole article."""
    changed = text
    for us, uk in US_UK:
        old, new = (us, uk) if to_uk else (uk, us)
        changed = re.sub(rf"\b{old}\b", new, changed)
    if to_uk:
        changed = re.sub(r"\bpercent\b", "per cent", changed)
    assert changed != text
    return changed


NBSP, NNBSP, THIN, ZWSP, SHY = "\u00a0", "\u202f", "\u2009", "\u200b", "\u00ad"


def nbsp_numbers(text: str, space: str) -> str:
    """A no-break (or thin) space between a number and the word after it, and after titles."""
    text = re.sub(r"(\d) (?=[a-zA-Z%])", lambda m: m.group(1) + space, text)
    return re.sub(r"\b(Mayor|Chief|Dr\.|Professor|Councilor|Councillor) ", rf"\1{space}", text)


def zero_width(text: str) -> str:
    """A zero-width space after every seventh word, a byte-order mark before the headline."""
    words = text.split(" ")
    return "\ufeff" + " ".join(w + ZWSP if i % 7 == 6 else w for i, w in enumerate(words))


def soft_hyphens(text: str) -> str:
    """Soft hyphens inside every word of ten letters or more (as a CMS writes them)."""
    return re.sub(r"\b([a-z]{4})([a-z]{3})([a-z]{3,})\b", rf"\1{SHY}\2{SHY}\3", text)


def ligatures(text: str) -> str:
    return text.replace("ffi", "\ufb03").replace("fi", "\ufb01").replace("fl", "\ufb02")


def full_width_digits(text: str) -> str:
    return text.translate({ord(str(d)): 0xFF10 + d for d in range(10)})


ITEMS: list[tuple[str, str, str, str]] = []  # (class, base, kind, b)


def control(cls: str, base: str, b: str) -> None:
    ITEMS.append((cls, base, "control", b))


def change(cls: str, base: str, b: str) -> None:
    ITEMS.append((cls, base, "change", b))


# The key-facts box of the flood article, laid out otherwise.
FACTS = [
    ("Homes evacuated", "312"),
    ("Peak river level", "5.9 metres"),
    ("Rainfall in 48 hours", "84 mm"),
    ("Rest centres opened", "3"),
]
BOX = "Key facts\n" + "\n".join(f"{k}: {v}" for k, v in FACTS)


def box(layout: str, facts: list[tuple[str, str]] = FACTS) -> str:
    if layout == "table":
        rows = [f"| {k} | {v} |" for k, v in facts]
        return "**Key facts**\n\n| | |\n|---|---|\n" + "\n".join(rows)
    if layout == "table_header":
        rows = [f"| {k} | {v} |" for k, v in facts]
        return "Key facts\n\n| Fact | Figure |\n|:-----|-----:|\n" + "\n".join(rows)
    if layout == "bullets":
        return "KEY FACTS\n" + "\n".join(f"• {k}: {v}" for k, v in facts)
    if layout == "dots":
        return "Key facts\n" + "\n".join(f"{k} {'.' * (24 - len(k))} {v}" for k, v in facts)
    if layout == "stacked":
        return "Key facts\n\n" + "\n\n".join(f"{k}\n{v}" for k, v in facts)
    if layout == "tabs":
        return "Key facts\n" + "\n".join(f"{k}\t{v}" for k, v in facts)
    if layout == "plain":
        return "Key facts\n" + "\n".join(f"{k}: {v}" for k, v in facts)
    raise ValueError(layout)


def facts_with(label: str, value: str) -> list[tuple[str, str]]:
    assert label in dict(FACTS)
    return [(k, value if k == label else v) for k, v in FACTS]


def build() -> None:
    A, F, T = read(BUDGET), read(FLOOD), read(TREES)

    # ---- controls -------------------------------------------------------------------------
    # A key-facts box laid out otherwise: a Markdown table, bullets, dot leaders, label and
    # figure on lines of their own, tab-separated columns.
    for layout in ("table", "table_header", "bullets", "dots", "stacked", "tabs"):
        control("key_facts_layout", FLOOD, sub(F, BOX, box(layout)))

    # A photo credit added, dropped or set otherwise; a caption moved below the paragraph it
    # stood above.
    control(
        "photo_credit",
        BUDGET,
        sub(A, " (Photo: Jordan Lee/Riverton Ledger)", ""),
    )
    control(
        "photo_credit",
        BUDGET,
        sub(A, "(Photo: Jordan Lee/Riverton Ledger)", "Jordan Lee/Riverton Ledger via AP"),
    )
    control(
        "photo_credit",
        TREES,
        insert_after(T, "Study finds tree cover", "Photograph: Getty Images"),
    )
    control(
        "photo_credit",
        FLOOD,
        sub(F, " Photograph: Owen Hart/PA", "\nCredit: Owen Hart/PA Wire"),
    )
    control(
        "photo_credit",
        BUDGET,
        move_para(A, "Mayor Elena Ruiz speaks to reporters", "Riverton's city council approved"),
    )

    # A pull quote: a sentence of the body (a quotation) set again as its own paragraph.
    control(
        "pull_quote",
        BUDGET,
        insert_after(
            A, "The plan sets out", '> "It is not perfect, but it is balanced." — Mayor Elena Ruiz'
        ),
    )
    control(
        "pull_quote",
        FLOOD,
        insert_after(
            F,
            "Two hours after that",
            "“We had less than three hours between the warning and the water reaching people's front doors.”\n— Sarah Whitlock, Environment Agency",
        ),
    )
    control(
        "pull_quote",
        TREES,
        insert_after(
            T,
            "Researchers at the University",
            "**“Trees are not a luxury. They are public health infrastructure.”**",
        ),
    )
    control(
        "pull_quote",
        BUDGET,
        insert_after(
            A,
            "Councilor Priya Natarajan",
            "PULL QUOTE: “Nobody got everything they wanted. That is usually a sign the process worked.” Priya Natarajan, finance committee chair",
        ),
    )

    # An editor's note that says the article was updated, with no fact in it.
    control(
        "editor_note",
        BUDGET,
        A + "\nThis article has been updated with additional reporting.\n",
    )
    control(
        "editor_note",
        FLOOD,
        insert_after(
            F,
            "By Hannah Cole",
            "Editor's note: This story was first published on Sunday evening and has been updated.",
        ),
    )
    control(
        "editor_note",
        TREES,
        T + "\nThis story has been updated to include comment from an independent scientist.\n",
    )
    control(
        "editor_note",
        FLOOD,
        F + "\n*This article was amended on 6 December to add a photograph.*\n",
    )

    # A timestamp or a reading time.
    control(
        "timestamp", BUDGET, insert_after(A, "Riverton council approves", "Updated 3 hours ago")
    )
    control(
        "timestamp",
        FLOOD,
        insert_after(
            F, "By Hannah Cole", "Published 5 December 2026, 06:14 GMT | Updated 09:40 GMT"
        ),
    )
    control(
        "timestamp",
        TREES,
        insert_after(T, "Study finds tree cover", "Last updated: Dec. 5, 2026, at 7:02 a.m. ET"),
    )
    control(
        "timestamp",
        TREES,
        insert_after(T, "Study finds tree cover", "5 min read"),
    )

    # Share buttons, "Read more" and newsletter lines.
    control(
        "share_links",
        BUDGET,
        insert_after(
            A, "Riverton council approves", "Share this article\nFacebook\nX\nEmail\nCopy link"
        ),
    )
    control(
        "share_links",
        FLOOD,
        insert_after(
            F, "West Mercia Police said", "Read more: How the 2007 floods changed Shropshire"
        ),
    )
    control(
        "share_links",
        TREES,
        T + "\nSign up for our climate newsletter. Follow us on Instagram.\n",
    )
    control(
        "share_links",
        BUDGET,
        insert_after(
            A,
            "The police department's budget",
            "Related: Riverton schools face $20 million shortfall",
        ),
    )
    control(
        "share_links",
        FLOOD,
        F + "\nShare on Facebook | Share on X | Email | Comments (14)\n",
    )

    # A subheading set as bold text (or capitals) instead of a line of its own.
    control("subhead_bold", BUDGET, sub(A, "Where the money goes\n", "**Where the money goes**\n"))
    control(
        "subhead_bold",
        BUDGET,
        sub(
            sub(A, "Where the money goes\n", "__Where the money goes__\n"),
            "What happens next\n",
            "__What happens next__\n",
        ),
    )
    control("subhead_bold", TREES, sub(T, "Main findings\n", "MAIN FINDINGS\n"))
    control("subhead_bold", TREES, sub(T, "Main findings\n", "<b>Main findings</b>\n"))

    # A numbered list told as prose.
    budget_list = (
        "The plan sets out three priorities:\n\n"
        "1. Hiring 45 new firefighters over two years.\n"
        "2. Restoring Sunday hours at all nine public libraries.\n"
        "3. Repaving 38 miles of streets in the east side neighborhoods."
    )
    tree_list = (
        "The researchers reported three main findings:\n\n"
        "1. Each 10 percentage-point rise in canopy cover was linked to a 9 percent drop in heat deaths.\n"
        "2. The benefit was largest for residents over 65.\n"
        "3. Low-income neighborhoods had, on average, half the tree cover of wealthier ones."
    )
    control(
        "list_as_prose",
        BUDGET,
        sub(
            A,
            budget_list,
            "The plan sets out three priorities: hiring 45 new firefighters over two years, restoring Sunday hours at all nine public libraries, and repaving 38 miles of streets in the east side neighborhoods.",
        ),
    )
    control(
        "list_as_prose",
        BUDGET,
        sub(
            A,
            budget_list,
            "The plan sets out three priorities. First, it hires 45 new firefighters over two years. Second, it restores Sunday hours at all nine public libraries. Third, it repaves 38 miles of streets in the east side neighborhoods.",
        ),
    )
    control(
        "list_as_prose",
        TREES,
        sub(
            T,
            tree_list,
            "The researchers reported three main findings. Each 10 percentage-point rise in canopy cover was linked to a 9 percent drop in heat deaths. The benefit was largest for residents over 65. And low-income neighborhoods had, on average, half the tree cover of wealthier ones.",
        ),
    )
    control(
        "list_as_prose",
        TREES,
        sub(
            T,
            tree_list,
            "The researchers reported three main findings: that each 10 percentage-point rise in canopy cover was linked to a 9 percent drop in heat deaths; that the benefit was largest for residents over 65; and that low-income neighborhoods had, on average, half the tree cover of wealthier ones.",
        ),
    )

    # Two paragraphs swapped whose order tells nothing.
    control(
        "paragraph_swap",
        BUDGET,
        swap_paras(A, "Councilor David Okafor", "Councilor Priya Natarajan"),
    )
    control("paragraph_swap", FLOOD, swap_paras(F, "West Mercia Police", "The council's leader"))
    control("paragraph_swap", TREES, swap_paras(T, "Phoenix plans", "The study was funded"))

    # A long sentence split in three.
    control(
        "split_in_three",
        FLOOD,
        sub(
            F,
            "Residents of Ashby Vale were evacuated from 312 homes on Sunday night after the River Severn burst its banks, in the worst flooding the Shropshire town has seen since 2007.",
            "Residents of Ashby Vale were evacuated from 312 homes on Sunday night. The River Severn had burst its banks. It was the worst flooding the Shropshire town has seen since 2007.",
        ),
    )
    control(
        "split_in_three",
        TREES,
        sub(
            T,
            "Professor Lars Eriksen, a climate scientist at the University of Copenhagen who was not involved in the research, called the study careful but cautioned against reading it as proof.",
            "Professor Lars Eriksen is a climate scientist at the University of Copenhagen. He was not involved in the research. He called the study careful but cautioned against reading it as proof.",
        ),
    )
    control(
        "split_in_three",
        BUDGET,
        sub(
            A,
            "Riverton's city council approved a $412 million budget early Wednesday, ending a months-long dispute over police funding and library hours.",
            "Riverton's city council approved a $412 million budget early Wednesday. The vote ended a months-long dispute. That dispute was over police funding and library hours.",
        ),
    )
    control(
        "split_in_three",
        TREES,
        sub(
            T,
            "Houston's program aims for 4.6 million trees over the same period, a goal its organizers call the largest in the country.",
            "Houston's program aims for 4.6 million trees. That is over the same period. Its organizers call the goal the largest in the country.",
        ),
    )

    # A British or American spelling pass over the whole article.
    control("spelling_pass", BUDGET, spelling(A, to_uk=True))
    control("spelling_pass", TREES, spelling(T, to_uk=True))
    control("spelling_pass", FLOOD, spelling(F, to_uk=False))
    control("spelling_pass", BUDGET, wrap(spelling(A, to_uk=True), 72))

    # Unicode spaces: no-break, narrow no-break and thin spaces; zero-width spaces and a BOM.
    control("unicode_spaces", BUDGET, nbsp_numbers(A, NBSP))
    control("unicode_spaces", FLOOD, nbsp_numbers(F, NNBSP))
    control("unicode_spaces", TREES, nbsp_numbers(T, THIN))
    control("unicode_spaces", FLOOD, zero_width(F))
    control("unicode_spaces", TREES, zero_width(T))

    # Unicode glyphs: soft hyphens, ligatures, full-width digits.
    control("unicode_glyphs", TREES, soft_hyphens(T))
    control("unicode_glyphs", BUDGET, soft_hyphens(A))
    control("unicode_glyphs", FLOOD, ligatures(F))
    control("unicode_glyphs", TREES, ligatures(T))
    control("unicode_glyphs", BUDGET, full_width_digits(A))

    # Words hyphenated at line ends by a typesetter.
    control("line_end_hyphens", BUDGET, hyphen_wrap(A, 44))
    control("line_end_hyphens", FLOOD, hyphen_wrap(F, 52))
    control("line_end_hyphens", TREES, hyphen_wrap(T, 38))
    control("line_end_hyphens", TREES, hyphen_wrap(T, 60))

    # The attribution set before the quotation (or after it) instead.
    control(
        "attribution_placed",
        BUDGET,
        sub(
            A,
            '"This is a budget that keeps our promises to every neighborhood," Mayor Elena Ruiz said after the vote. "It is not perfect, but it is balanced."',
            'After the vote, Mayor Elena Ruiz said: "This is a budget that keeps our promises to every neighborhood. It is not perfect, but it is balanced."',
        ),
    )
    control(
        "attribution_placed",
        FLOOD,
        sub(
            F,
            "\"We had less than three hours between the warning and the water reaching people's front doors,\" said Sarah Whitlock, the agency's area manager.",
            "Sarah Whitlock, the agency's area manager, said: \"We had less than three hours between the warning and the water reaching people's front doors.\"",
        ),
    )
    control(
        "attribution_placed",
        TREES,
        sub(
            T,
            '"This is an observational study, so it shows an association," he said. "It cannot tell us',
            '"This is an observational study," he said, "so it shows an association. It cannot tell us',
        ),
    )
    control(
        "attribution_placed",
        BUDGET,
        sub(
            A,
            '"Nobody got everything they wanted," she said. "That is usually a sign the process worked."',
            'She said nobody got everything they wanted. "That is usually a sign the process worked," she said.',
        ),
    )

    # The whole article told again by another hand (an honest rewrite, the quotations kept).
    control("retold_by_another_hand", FLOOD, FLOOD_RETOLD)
    control("retold_by_another_hand", BUDGET, BUDGET_RETOLD)

    # ---- changes --------------------------------------------------------------------------
    # A number changed in the key-facts box (some under a new layout).
    change("key_facts_number", FLOOD, sub(F, "Rest centres opened: 3", "Rest centres opened: 4"))
    change(
        "key_facts_number",
        FLOOD,
        sub(F, BOX, box("table", facts_with("Rainfall in 48 hours", "48 mm"))),
    )
    change(
        "key_facts_number", FLOOD, sub(F, BOX, box("bullets", facts_with("Homes evacuated", "213")))
    )
    change(
        "key_facts_number",
        FLOOD,
        sub(F, BOX, box("dots", facts_with("Peak river level", "6.9 metres"))),
    )

    # A caption that names someone else.
    change(
        "caption_other_person",
        BUDGET,
        sub(
            A,
            "Mayor Elena Ruiz speaks to reporters",
            "Councilor Priya Natarajan speaks to reporters",
        ),
    )
    change(
        "caption_other_person",
        BUDGET,
        sub(
            A,
            "Mayor Elena Ruiz speaks to reporters",
            "Police Chief Marcus Bell speaks to reporters",
        ),
    )
    change(
        "caption_other_person",
        FLOOD,
        sub(F, "Tom Pryce outside his home", "Gareth Moss outside his home"),
    )

    # A correction line that changes a fact (the body changed with it, or not).
    change(
        "correction_changes_fact",
        BUDGET,
        sub_all(A, "$412 million", "$421 million")
        + "\nCorrection: An earlier version of this article gave the wrong total for the budget. It is $421 million.\n",
    )
    change(
        "correction_changes_fact",
        FLOOD,
        sub_all(F, "312", "321")
        + "\nCorrection: This article originally said 312 homes were evacuated. The figure is 321.\n",
    )
    change(
        "correction_changes_fact",
        TREES,
        sub(T, "from 93 U.S. cities", "from 39 U.S. cities")
        + "\nThis article was updated to correct the number of cities in the study.\n",
    )
    change(
        "correction_changes_fact",
        BUDGET,
        A + "\nCorrection: The council voted 7-2, not 6-3 as reported earlier.\n",
    )

    # A timeline told out of order: the order of its paragraphs is what they say.
    change(
        "timeline_out_of_order", FLOOD, swap_paras(F, "Three hours later", "Two hours after that")
    )
    change("timeline_out_of_order", FLOOD, swap_paras(F, "Two hours after that", "By midnight"))
    change(
        "timeline_out_of_order",
        FLOOD,
        swap_paras(F, "The Environment Agency issued", "Three hours later"),
    )

    # A quoted sentence moved into another speaker's quotation.
    change(
        "quote_to_other_speaker",
        BUDGET,
        sub(
            sub(A, ' "This budget does not reflect what they told us."', ""),
            '"That is usually a sign the process worked."',
            '"That is usually a sign the process worked. This budget does not reflect what they told us."',
        ),
    )
    change(
        "quote_to_other_speaker",
        FLOOD,
        sub(
            sub(F, ' "My neighbours carried my wife down the stairs."', ""),
            'simply greater than anything we had modelled."',
            'simply greater than anything we had modelled. My neighbours carried my wife down the stairs."',
        ),
    )
    change(
        "quote_to_other_speaker",
        TREES,
        sub(
            sub(T, ' "It cannot tell us that planting a tree will save a particular life."', ""),
            'They are public health infrastructure."',
            'They are public health infrastructure. It cannot tell us that planting a tree will save a particular life."',
        ),
    )
    change(
        "quote_to_other_speaker",
        BUDGET,
        sub(
            sub(A, ' "It is not perfect, but it is balanced."', ""),
            '"This budget does not reflect what they told us."',
            '"This budget does not reflect what they told us. It is not perfect, but it is balanced."',
        ),
    )

    # A paragraph repeated (as a CMS glitch would) with its date changed.
    change(
        "repeated_with_date",
        BUDGET,
        insert_after(
            A,
            "The council voted 6-3",
            "The council voted 6-3 shortly after 1 a.m., following a public hearing that drew more than 200 residents. The budget takes effect on August 1 and runs through June 30 of next year.",
        ),
    )
    change(
        "repeated_with_date",
        FLOOD,
        insert_after(
            F,
            "The Met Office has forecast",
            "The Met Office has forecast a further 30 mm of rain on Thursday. Residents have been advised not to return to properties in the evacuated area until the agency lowers its warning.",
        ),
    )
    change(
        "repeated_with_date",
        TREES,
        insert_after(
            T,
            "Phoenix plans",
            "Phoenix plans to plant 60,000 trees by 2035, the city's office of heat response said in a statement. Houston's program aims for 4.6 million trees over the same period, a goal its organizers call the largest in the country.",
        ),
    )

    # A figure in a numbered list changed.
    change("list_figure", BUDGET, sub(A, "1. Hiring 45 new", "1. Hiring 54 new"))
    change(
        "list_figure", BUDGET, sub(A, "at all nine public libraries", "at all six public libraries")
    )
    change(
        "list_figure", TREES, sub(T, "linked to a 9 percent drop", "linked to a 19 percent drop")
    )
    change(
        "list_figure",
        TREES,
        sub(T, "largest for residents over 65", "largest for residents over 75"),
    )

    # A quotation's last sentence cut.
    change("quote_cut_short", BUDGET, sub(A, ' "It is not perfect, but it is balanced."', ""))
    change(
        "quote_cut_short",
        FLOOD,
        sub(
            F,
            ' "The barrier did what it was designed to do, but the volume of water was simply greater than anything we had modelled."',
            "",
        ),
    )
    change("quote_cut_short", TREES, sub(T, " They are public health infrastructure.", ""))
    change(
        "quote_cut_short",
        FLOOD,
        sub(F, ' "We will not rest until every family on Mill Lane is home."', ""),
    )

    # A name misspelt all through the article.
    change("name_misspelt", BUDGET, sub_all(A, "Okafor", "Okafur"))
    change("name_misspelt", FLOOD, sub_all(F, "Whitlock", "Whitlocke"))
    change("name_misspelt", TREES, sub_all(T, "Haddad", "Hadad"))

    # A pull quote that misquotes the body.
    change(
        "pull_quote_misquotes",
        BUDGET,
        insert_after(
            A, "The plan sets out", '> "It is perfect, and it is balanced." — Mayor Elena Ruiz'
        ),
    )
    change(
        "pull_quote_misquotes",
        FLOOD,
        insert_after(
            F,
            "Two hours after that",
            "“We had less than two hours between the warning and the water reaching people's front doors.”\n— Sarah Whitlock, Environment Agency",
        ),
    )
    change(
        "pull_quote_misquotes",
        TREES,
        insert_after(
            T,
            "Researchers at the University",
            "**“Trees are a luxury. They are not public health infrastructure.”**",
        ),
    )

    # A fact changed under a spelling pass.
    change(
        "spelling_pass_fact", BUDGET, sub(spelling(A, to_uk=True), "2.5 per cent", "3.5 per cent")
    )
    change(
        "spelling_pass_fact",
        TREES,
        sub(spelling(T, to_uk=True), "University of Michigan", "University of Minnesota"),
    )
    change(
        "spelling_pass_fact",
        FLOOD,
        sub(
            spelling(F, to_uk=False),
            "no one had been seriously injured",
            "one person had been seriously injured",
        ),
    )

    # A fact changed under Unicode variants.
    change("unicode_fact", BUDGET, full_width_digits(sub(A, "$96 more a year", "$69 more a year")))
    change("unicode_fact", FLOOD, nbsp_numbers(sub(F, "for 40 years", "for 14 years"), NBSP))
    change(
        "unicode_fact",
        TREES,
        soft_hyphens(
            sub(T, "who was not involved in the research", "who was involved in the research")
        ),
    )
    change(
        "unicode_fact",
        FLOOD,
        zero_width(sub(F, "Two people were treated", "Twelve people were treated")),
    )

    # A fact changed while a long sentence is split in three.
    change(
        "split_in_three_fact",
        FLOOD,
        sub(
            F,
            "Residents of Ashby Vale were evacuated from 312 homes on Sunday night after the River Severn burst its banks, in the worst flooding the Shropshire town has seen since 2007.",
            "Residents of Ashby Vale were evacuated from 312 homes on Sunday night. The River Severn had burst its banks. It was the worst flooding the Shropshire town has seen since 2017.",
        ),
    )
    change(
        "split_in_three_fact",
        TREES,
        sub(
            T,
            "Professor Lars Eriksen, a climate scientist at the University of Copenhagen who was not involved in the research, called the study careful but cautioned against reading it as proof.",
            "Professor Lars Eriksen is a climate scientist at the University of Copenhagen. He was involved in the research. He called the study careful but cautioned against reading it as proof.",
        ),
    )
    change(
        "split_in_three_fact",
        BUDGET,
        sub(
            A,
            "Riverton's city council approved a $412 million budget early Wednesday, ending a months-long dispute over police funding and library hours.",
            "Riverton's city council approved a $412 million budget early Wednesday. The vote ended a months-long dispute. That dispute was over police funding and school hours.",
        ),
    )


FLOOD_RETOLD = """Severn floods: the night the water rose in Ashby Vale

By Hannah Cole

The River Severn overflowed on Sunday night and 312 households in Ashby Vale had to leave their homes, the Shropshire town's worst flood since 2007.

Key facts
Homes evacuated: 312
Peak river level: 5.9 metres
Rainfall in 48 hours: 84 mm
Rest centres opened: 3

At 4pm on Sunday the Environment Agency put out a severe flood warning, the highest it issues, which means there is a danger to life.

Three hours later, water went over the temporary barrier on Mill Lane and started to flow into the centre of the town.

Two hours after that, firefighters began to move people from the lower streets to the leisure centre, which had been turned into a rest centre.

By midnight the river stood at 5.9 metres at the Welsh Bridge gauge, its peak and 40 centimetres higher than in 2007.

Tom Pryce outside his home on Mill Lane on Monday morning. Photograph: Owen Hart/PA

"We had less than three hours between the warning and the water reaching people's front doors," said Sarah Whitlock, the agency's area manager. "The barrier did what it was designed to do, but the volume of water was simply greater than anything we had modelled."

Tom Pryce, who is 68 and has spent 40 years on Mill Lane, said he had never seen the water come up so fast. "I've been through four floods in this house, and this was the quickest," he said. "My neighbours carried my wife down the stairs."

Nobody was seriously hurt, according to West Mercia Police. Two people were taken to hospital with hypothermia and were later discharged.

Councillor Gareth Moss, who leads the council, said it would ask the government for emergency funding. "Our priority now is to get families back into their homes and to help the businesses that have lost their stock," he said. "We will not rest until every family on Mill Lane is home."

The Met Office expects another 30 mm of rain on Tuesday. People have been told to stay away from homes in the evacuated area until the agency lowers its warning.
"""

BUDGET_RETOLD = """Riverton council approves $412 million budget after late-night vote

Mayor Elena Ruiz speaks to reporters at City Hall on Wednesday. (Photo: Jordan Lee/Riverton Ledger)

Early on Wednesday, Riverton's city council passed a $412 million budget, settling a dispute over police funding and library hours that had lasted months.

The vote, 6-3, came shortly after 1 a.m., after a public hearing attended by more than 200 residents. The budget runs from July 1 to June 30 of next year.

"This is a budget that keeps our promises to every neighborhood," Mayor Elena Ruiz said after the vote. "It is not perfect, but it is balanced."

Where the money goes

The plan has three priorities:

1. Hiring 45 more firefighters over the next two years.
2. Bringing back Sunday opening at all nine public libraries.
3. Repaving 38 miles of streets in the neighborhoods of the east side.

Police will get 2.5 percent more, short of the 6 percent increase Chief Marcus Bell had asked for. In a statement, Bell said his department would "make it work", though he warned that it could end up paying more in overtime.

Councilor David Okafor voted against the plan, saying police were getting too large an increase. "We heard from hundreds of people tonight who asked for more mental health workers, not more patrol cars," Okafor said. "This budget does not reflect what they told us."

Councilor Priya Natarajan, the chair of the finance committee, stood by the compromise. "Nobody got everything they wanted," she said. "That is usually a sign the process worked."

What happens next

Property taxes will rise by 1.8 percent under the budget, the first increase in four years. On a typical $310,000 home, that comes to roughly $96 a year more.

Last week the city's labor unions backed the plan, saying the new firefighter posts would cut overtime. A separate plan to rename the downtown convention center has been put off until September, when the council is back from its summer recess.
"""


def main() -> None:
    build()
    write_probe(ITEMS, OUT)


if __name__ == "__main__":
    main()
