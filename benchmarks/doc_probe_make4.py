"""Write ``benchmarks/data/probe_documents4.jsonl``, the fourth document probe, from three texts
written for it (``benchmarks/data/documents/keane_obituary.txt``, an obituary with a standfirst
under its headline, a photo caption, subheadings, dates of birth and death and the survivors
listed; ``pike_court.txt``, a court report with charges, pleas and a sentence;
``harrowgate_match.txt``, a football match report with a score line over the headline, line-ups
and a scorers' list) and the edits below (deterministic: the same edits give the same file).
Each item holds the whole edited document B; ``doc_probe.py --file`` runs it against its base.

    python benchmarks/doc_probe_make4.py

The edits are what a QA editor sees between two versions of such texts that no earlier
document probe holds: a standfirst set otherwise, a reading-time line, a photo caption dropped,
moved or reset, a "Related:" line between paragraphs, the article split into two parts
("Continued on page 4"), people named in full or by surname on later mentions, quotations told
in indirect speech throughout, paragraphs in an order a translation adapted, a correction
notice at the end that agrees with the body, a score line and a scorers' list set otherwise,
survivors listed otherwise, dates of birth and death set otherwise, a court's outcome in other
words (controls, which must pass the gate); and a survivor dropped from the list, a scorer
dropped or changed in the scorers' list, a plea changed, a sentence or an order of the court
changed, a correction notice that contradicts the body, an indirect quotation that changes
what was said, a caption that gives another year or place, a standfirst or headline that
contradicts the body, the score line changed, a date of birth or death changed, a later mention
by surname given to another person of the article, a paragraph lost where the article is split
into parts (changes, which must fail it). Written by hand on 5 December by doc18 before the
pipeline's code was read.
"""

# ruff: noqa: E501 (the edits are sentences of the texts, kept whole to be read)
from __future__ import annotations

from doc_probe_make import ROOT, Edit, read, sub, write_probe
from doc_probe_make2 import join, paras
from doc_probe_make3 import change, control, subs

OUT = ROOT / "benchmarks" / "data" / "probe_documents4.jsonl"

OBIT, COURT, MATCH = "keane_obituary.txt", "pike_court.txt", "harrowgate_match.txt"

ITEMS: list[Edit] = []  # (class, base, kind, b)


def para_of(text: str, start: str) -> str:
    """The one paragraph of ``text`` that starts with ``start``."""
    hits = [p for p in paras(text) if p.startswith(start)]
    assert len(hits) == 1, (start, len(hits))
    return hits[0]


def insert_before(text: str, start: str, new: str) -> str:
    """A paragraph ``new`` set before the paragraph that starts with ``start``."""
    ps = paras(text)
    at = ps.index(para_of(text, start))
    return join([*ps[:at], new, *ps[at:]])


def split_parts(text: str, start: str, *, drop: str | None = None, page: int = 4) -> str:
    """The article cut in two before the paragraph ``start``: "Continued on page N" ends the
    first part, the headline and "Continued from page 1" open the second; ``drop`` names a
    paragraph lost at the cut."""
    ps = paras(text)
    at = ps.index(para_of(text, start))
    first, second = ps[:at], ps[at:]
    if drop is not None:
        gone = para_of(text, drop)
        first = [p for p in first if p != gone]
        second = [p for p in second if p != gone]
    headline = ps[0].upper()
    return join(
        [
            *first,
            f"Continued on page {page}",
            f"Page {page}",
            headline,
            "Continued from page 1",
            *second,
        ]
    )


def order(text: str, starts: list[str]) -> str:
    """The paragraphs of ``text`` in the order their starts are named (all must be named)."""
    ps = paras(text)
    out = [para_of(text, s) for s in starts]
    assert sorted(out) == sorted(ps), set(ps) ^ set(out)
    return join(out)


def build() -> None:
    OB, C, M = read(OBIT), read(COURT), read(MATCH)

    # ================================ controls ================================================
    # A standfirst (the summary line under the headline) set otherwise: in italics, in bold,
    # under the byline, run on after the headline with a dash.
    stand = "She ran Ardmore's harbour for 31 years and led the campaign that kept its lifeboat station open in 1987."
    control(ITEMS, "standfirst_set", OBIT, sub(OB, stand, f"*{stand}*"))
    control(ITEMS, "standfirst_set", OBIT, sub(OB, stand, f"**{stand}**"))
    control(
        ITEMS,
        "standfirst_set",
        OBIT,
        sub(OB, f"{stand}\n\nBy Tom Whelan", f"By Tom Whelan\n\n{stand}"),
    )
    mstand = "Mensah double sends Harrowgate top as ten-man Wexley fade"
    control(ITEMS, "standfirst_set", MATCH, sub(M, mstand, f"## {mstand}"))

    # A reading-time line under the byline, in the forms news sites use.
    control(
        ITEMS,
        "reading_time_line",
        OBIT,
        sub(OB, "By Tom Whelan\n", "By Tom Whelan\n\n4 min read\n"),
    )
    control(
        ITEMS,
        "reading_time_line",
        COURT,
        sub(
            C,
            "By Rachel Osborne, court reporter\n",
            "By Rachel Osborne, court reporter\nReading time: 3 minutes\n",
        ),
    )
    control(
        ITEMS,
        "reading_time_line",
        MATCH,
        sub(
            M,
            "By Owen Carter at the Mill Road Stadium\n",
            "By Owen Carter at the Mill Road Stadium\n\n3 min read · Updated 18:40\n",
        ),
    )
    control(
        ITEMS,
        "reading_time_line",
        COURT,
        sub(
            C,
            "By Rachel Osborne, court reporter\n",
            "By Rachel Osborne, court reporter | Estimated reading time: 4 minutes\n",
        ),
    )

    # A photo caption dropped, moved below the first paragraph, or set with its credit apart.
    caption = "Margaret Keane at Ardmore harbour in 1986. (Photo: Ardmore Historical Society)"
    control(ITEMS, "caption_kept_dropped", OBIT, sub(OB, f"{caption}\n\n", ""))
    control(
        ITEMS,
        "caption_kept_dropped",
        OBIT,
        sub(
            sub(OB, f"{caption}\n\n", ""),
            "She was 93.\n",
            f"She was 93.\n\n{caption}\n",
        ),
    )
    control(
        ITEMS,
        "caption_kept_dropped",
        OBIT,
        sub(
            OB,
            caption,
            "Margaret Keane at Ardmore harbour in 1986.\nImage: Ardmore Historical Society",
        ),
    )
    control(
        ITEMS,
        "caption_kept_dropped",
        OBIT,
        sub(
            OB,
            caption,
            "*Margaret Keane at Ardmore harbour in 1986.* Photograph: Ardmore Historical Society",
        ),
    )

    # A "Related:" line set between paragraphs (a link to another article of the site).
    control(
        ITEMS,
        "related_line",
        OBIT,
        insert_before(
            OB, "The lifeboat campaign", "Related: Ardmore lifeboat marks 100 years of rescues"
        ),
    )
    control(
        ITEMS,
        "related_line",
        COURT,
        insert_before(
            C, "Sentencing him,", "RELATED: Charity fraud cases rise by a third, regulator says"
        ),
    )
    control(
        ITEMS,
        "related_line",
        MATCH,
        insert_before(
            M,
            "The win takes",
            "Related: [National League North table](https://example.org/nln-table)",
        ),
    )
    control(
        ITEMS,
        "related_line",
        COURT,
        insert_before(
            insert_before(C, "The theft came", "Read more: How hospices are funded"),
            "Outside court,",
            "Related: Kettering hospice opens new wing",
        ),
    )

    # The article split into two parts, as a printed page sets it.
    control(ITEMS, "continued_page", OBIT, split_parts(OB, "The lifeboat campaign"))
    control(ITEMS, "continued_page", COURT, split_parts(C, "Defending, Alison Kerr"))
    control(ITEMS, "continued_page", MATCH, split_parts(M, "The Wexley manager,", page=62))
    control(
        ITEMS,
        "continued_page",
        COURT,
        sub(
            C,
            "\n\nThe judge also made",
            "\n\n(Continued on page 4)\n\nHOSPICE FRAUD: from page 1\n\nThe judge also made",
        ),
    )

    # People named in full every time, by title and surname, or by surname first and in full later.
    control(
        ITEMS,
        "surname_mentions",
        COURT,
        subs(
            C,
            ("The court heard that Pike moved", "The court heard that Graham Pike moved"),
            ("said that Pike had been", "said that Graham Pike had been"),
            ("given Pike credit", "given Graham Pike credit"),
            ("Pike will serve", "Graham Pike will serve"),
        ),
    )
    control(
        ITEMS,
        "surname_mentions",
        COURT,
        subs(
            C,
            ("The court heard that Pike moved", "The court heard that Mr Pike moved"),
            ("said that Pike had been", "said that Mr Pike had been"),
            ("given Pike credit", "given Mr Pike credit"),
            ("Pike will serve", "Mr Pike will serve"),
        ),
    )
    control(
        ITEMS,
        "surname_mentions",
        OBIT,
        subs(
            OB,
            ("Keane was appointed harbour master", "Mrs Keane was appointed harbour master"),
            ("Keane collected 4,200", "Mrs Keane collected 4,200"),
            ("After she retired, Keane wrote", "After she retired, Mrs Keane wrote"),
        ),
    )
    control(
        ITEMS,
        "surname_mentions",
        MATCH,
        subs(
            M,
            ("Kwame Mensah scored twice", "Mensah scored twice"),
            ("Mensah equalised four minutes later", "Kwame Mensah equalised four minutes later"),
            ("when Lukas Brandt headed", "when Brandt headed"),
            ("saved well from Brandt and Pryce", "saved well from Lukas Brandt and Pryce"),
        ),
    )

    # The quotations told in indirect speech throughout.
    control(
        ITEMS,
        "indirect_throughout",
        OBIT,
        subs(
            OB,
            (
                '"She simply refused to take no for an answer," said Declan Roche, who served as the station\'s coxswain for 22 years. "Without her, there would be no boat here today."',
                "Declan Roche, who served as the station's coxswain for 22 years, said that she had simply refused to take no for an answer, and that without her there would be no boat there today.",
            ),
            (
                '"My mother believed the sea belonged to everyone who worked on it," her son, Brendan Keane, said on Sunday. "She never thought of herself as a pioneer."',
                "Her son, Brendan Keane, said on Sunday that his mother had believed the sea belonged to everyone who worked on it, and that she had never thought of herself as a pioneer.",
            ),
        ),
    )
    control(
        ITEMS,
        "indirect_throughout",
        COURT,
        subs(
            C,
            (
                '"This was a calculated and sustained betrayal of people who trusted him completely," said Simon Grant, prosecuting. "Every pound he took was a pound that did not reach a sick child."',
                "Simon Grant, prosecuting, said that it had been a calculated and sustained betrayal of people who trusted Pike completely, and that every pound he took was a pound that did not reach a sick child.",
            ),
            (
                '"We have lost money, but we have not lost the support of this town," she said. "Our nurses never stopped working."',
                "She said that the charity had lost money but had not lost the support of the town, and that its nurses had never stopped working.",
            ),
        ),
    )
    control(
        ITEMS,
        "indirect_throughout",
        MATCH,
        subs(
            M,
            (
                '"At half-time I told them to be patient, and they were," said the Harrowgate manager, Paula Reid. "Kwame was brilliant, but the whole team deserves credit."',
                "The Harrowgate manager, Paula Reid, said that she had told her players at half-time to be patient, and that they had been. Mensah had been brilliant, she said, but the whole team deserved credit.",
            ),
            (
                '"The first booking was never a foul," he said. "We will look at it again, but I think the referee got it wrong."',
                "He said that the first booking had never been a foul, and that his club would look at it again but he thought the referee had got it wrong.",
            ),
        ),
    )
    control(
        ITEMS,
        "indirect_throughout",
        COURT,
        sub(
            C,
            'Sentencing him, Judge Harriet Lowe said that the offences were "so serious that only an immediate custodial sentence can be justified".',
            "Sentencing him, Judge Harriet Lowe said that the offences were so serious that only an immediate custodial sentence could be justified.",
        ),
    )

    # Paragraphs in the order a translation adapted (the quotes and the background set first).
    control(
        ITEMS,
        "translated_order",
        MATCH,
        order(
            M,
            [
                "Harrowgate Town 3",
                "Mensah double",
                "By Owen Carter",
                "Kwame Mensah scored",
                "The win takes",
                "The attendance of",
                "Wexley took the lead",
                "The game turned",
                "Mensah equalised",
                "Mensah sealed",
                '"At half-time',
                "The Wexley manager,",
                "Harrowgate: Firth",
                "Scorers:",
            ],
        ),
    )
    control(
        ITEMS,
        "translated_order",
        OBIT,
        order(
            OB,
            [
                "Margaret Keane, harbour master",
                "She ran Ardmore",
                "By Tom Whelan",
                "Margaret Keane at Ardmore",
                "Margaret Keane, who became",
                "Margaret Keane died on",
                "Born on 4 March",
                "Keane was appointed",
                "The lifeboat campaign",
                "In 1987 the Royal",
                "The institution reversed",
                '"She simply refused',
                "Later life",
                "After she retired,",
                '"My mother believed',
                "Her funeral will",
            ],
        ),
    )
    control(
        ITEMS,
        "translated_order",
        COURT,
        order(
            C,
            [
                "Former charity treasurer",
                "By Rachel Osborne",
                "A former treasurer",
                "Graham Pike, 58,",
                "Sentencing him,",
                "The judge also made",
                "Pike will serve",
                "The court heard",
                "The theft came",
                '"This was a calculated',
                "Defending, Alison Kerr",
                "Outside court,",
            ],
        ),
    )
    control(
        ITEMS,
        "translated_order",
        COURT,
        order(
            C,
            [
                "Former charity treasurer",
                "By Rachel Osborne",
                "A former treasurer",
                "Graham Pike, 58,",
                "The theft came",
                "The court heard",
                "Defending, Alison Kerr",
                '"This was a calculated',
                "Sentencing him,",
                "The judge also made",
                "Pike will serve",
                "Outside court,",
            ],
        ),
    )

    # A correction notice at the end that agrees with the body (what an earlier version said).
    control(
        ITEMS,
        "correction_agrees",
        OBIT,
        OB
        + "\nCorrection: An earlier version of this article said that Margaret Keane was 92. She was 93.\n",
    )
    control(
        ITEMS,
        "correction_agrees",
        COURT,
        C
        + "\nThis article was amended on 9 November 2025. An earlier version said that Graham Pike lived in Corby; he lives in Kettering.\n",
    )
    control(
        ITEMS,
        "correction_agrees",
        MATCH,
        M
        + "\n* An earlier version of this report said Harrowgate's second goal was scored by Walsh. It was a penalty by Liam Doyle.\n",
    )
    control(
        ITEMS,
        "correction_agrees",
        OBIT,
        OB
        + "\nCorrection, 19 November: An earlier version of this obituary gave the name of her father's boat as the Mary Ann. It was the Mary Ellen.\n",
    )

    # The score line set otherwise.
    score = "Harrowgate Town 3 Wexley United 1"
    control(ITEMS, "score_line_set", MATCH, sub(M, score, "Harrowgate Town 3-1 Wexley United"))
    control(ITEMS, "score_line_set", MATCH, sub(M, score, "HARROWGATE TOWN 3 WEXLEY UNITED 1"))
    control(ITEMS, "score_line_set", MATCH, sub(M, score, "Harrowgate Town 3, Wexley United 1"))
    control(
        ITEMS, "score_line_set", MATCH, sub(M, score, "**Harrowgate Town** 3 – 1 **Wexley United**")
    )

    # The scorers' list set otherwise.
    scorers = "Scorers: Harrowgate: Mensah 55, 90+2; Doyle 68 pen. Wexley: Brandt 23."
    control(
        ITEMS,
        "scorers_set",
        MATCH,
        sub(M, scorers, "Scorers:\nHarrowgate: Mensah 55, 90+2; Doyle 68 pen\nWexley: Brandt 23"),
    )
    control(
        ITEMS,
        "scorers_set",
        MATCH,
        sub(M, scorers, "Goals: Mensah 55', 90+2', Doyle 68' (pen) – Brandt 23'"),
    )
    control(
        ITEMS,
        "scorers_set",
        MATCH,
        sub(
            M,
            scorers,
            "Scorers:\n- Brandt (Wexley) 23\n- Mensah (Harrowgate) 55\n- Doyle (Harrowgate) 68, penalty\n- Mensah (Harrowgate) 90+2",
        ),
    )
    control(
        ITEMS,
        "scorers_set",
        MATCH,
        sub(
            M,
            scorers,
            "Scorers: Harrowgate: Mensah (55 min, 90+2 min), Doyle (68 min, pen). Wexley: Brandt (23 min).",
        ),
    )

    # The survivors listed otherwise.
    survivors = "She is survived by her son, Brendan, her daughters, Siobhan and Anne, nine grandchildren and four great-grandchildren."
    control(
        ITEMS,
        "survivors_set",
        OBIT,
        sub(
            OB,
            survivors,
            "She is survived by her daughters, Siobhan and Anne, her son, Brendan, nine grandchildren and four great-grandchildren.",
        ),
    )
    control(
        ITEMS,
        "survivors_set",
        OBIT,
        sub(
            OB,
            survivors,
            "She is survived by:\n\n- her son, Brendan\n- her daughters, Siobhan and Anne\n- nine grandchildren\n- four great-grandchildren",
        ),
    )
    control(
        ITEMS,
        "survivors_set",
        OBIT,
        sub(
            OB,
            survivors,
            "Her survivors are her son Brendan; her daughters Siobhan and Anne; nine grandchildren; and four great-grandchildren.",
        ),
    )
    control(
        ITEMS,
        "survivors_set",
        OBIT,
        sub(
            OB,
            survivors,
            "She leaves a son, Brendan, two daughters, Siobhan and Anne, nine grandchildren and four great-grandchildren.",
        ),
    )

    # Dates of birth and death set otherwise: a line of dates, another date style.
    control(
        ITEMS,
        "life_dates_set",
        OBIT,
        sub(
            OB,
            "By Tom Whelan\n",
            "By Tom Whelan\n\nMargaret Keane, born 4 March 1932; died 16 November 2025\n",
        ),
    )
    control(
        ITEMS,
        "life_dates_set",
        OBIT,
        sub(
            OB,
            "Margaret Keane, harbour master who saved the Ardmore lifeboat, dies at 93",
            "Margaret Keane (1932–2025), harbour master who saved the Ardmore lifeboat, dies at 93",
        ),
    )
    control(
        ITEMS,
        "life_dates_set",
        OBIT,
        subs(
            OB,
            ("Born on 4 March 1932", "Born on March 4, 1932"),
            ("died on 16 November 2025", "died on November 16, 2025"),
        ),
    )
    control(
        ITEMS,
        "life_dates_set",
        OBIT,
        OB
        + "\nMargaret Keane, harbour master and writer: born Youghal, County Cork, 4 March 1932; married Michael Keane (died 2011; one son, two daughters); died Ardmore, County Waterford, 16 November 2025.\n",
    )

    # A court's outcome told in other words.
    control(
        ITEMS,
        "court_wording",
        COURT,
        sub(
            C,
            "has been jailed for three years and four months after admitting that he stole",
            "has been sentenced to 40 months in prison after admitting that he stole",
        ),
    )
    control(
        ITEMS,
        "court_wording",
        COURT,
        sub(
            C,
            "pleaded guilty at Northampton Crown Court on Friday to one count of fraud by abuse of position and one count of false accounting. A third charge, of money laundering, was left on file.",
            "admitted one count of fraud by abuse of position and one count of false accounting at Northampton Crown Court on Friday. A third charge, of money laundering, was allowed to lie on file.",
        ),
    )
    control(
        ITEMS,
        "court_wording",
        COURT,
        subs(
            C,
            ("said Simon Grant, prosecuting.", "said Simon Grant, for the prosecution."),
            ("Defending, Alison Kerr said", "Alison Kerr, for the defence, said"),
        ),
    )
    control(
        ITEMS,
        "court_wording",
        COURT,
        sub(
            C,
            "Pike will serve half of his sentence in prison before he is released on licence.",
            "Pike will be released on licence after serving half of his sentence in custody.",
        ),
    )

    # ================================ changes =================================================
    # A survivor dropped from the list.
    change(
        ITEMS,
        "survivor_dropped",
        OBIT,
        sub(
            OB,
            survivors,
            "She is survived by her son, Brendan, her daughter, Siobhan, nine grandchildren and four great-grandchildren.",
        ),
    )
    change(
        ITEMS,
        "survivor_dropped",
        OBIT,
        sub(
            OB,
            survivors,
            "She is survived by her son, Brendan, her daughters, Siobhan and Anne, and nine grandchildren.",
        ),
    )
    change(
        ITEMS,
        "survivor_dropped",
        OBIT,
        sub(
            OB,
            survivors,
            "She is survived by:\n\n- her daughters, Siobhan and Anne\n- nine grandchildren\n- four great-grandchildren",
        ),
    )

    # A scorer dropped or changed in the scorers' list.
    change(
        ITEMS,
        "scorer_dropped",
        MATCH,
        sub(M, scorers, "Scorers: Harrowgate: Mensah 55, 90+2. Wexley: Brandt 23."),
    )
    change(
        ITEMS,
        "scorer_dropped",
        MATCH,
        sub(M, scorers, "Scorers: Harrowgate: Mensah 55, 90+2; Doyle 68 pen. Wexley: Nolan 23."),
    )
    change(
        ITEMS,
        "scorer_dropped",
        MATCH,
        sub(M, scorers, "Scorers:\nHarrowgate: Mensah 55; Doyle 68 pen\nWexley: Brandt 23"),
    )

    # A plea changed.
    change(
        ITEMS,
        "plea_changed",
        COURT,
        sub(
            C,
            "pleaded guilty at Northampton Crown Court on Friday to one count of fraud by abuse of position and one count of false accounting.",
            "pleaded guilty at Northampton Crown Court on Friday to one count of fraud by abuse of position and not guilty to one count of false accounting.",
        ),
    )
    change(
        ITEMS,
        "plea_changed",
        COURT,
        sub(C, "after admitting that he stole", "after being convicted of stealing"),
    )
    change(
        ITEMS,
        "plea_changed",
        COURT,
        sub(
            C,
            "A third charge, of money laundering, was left on file.",
            "He also admitted a third charge, of money laundering.",
        ),
    )

    # A sentence or an order of the court changed.
    change(
        ITEMS,
        "court_order_changed",
        COURT,
        sub(C, "jailed for three years and four months", "jailed for three years and eight months"),
    )
    change(
        ITEMS,
        "court_order_changed",
        COURT,
        sub(
            C,
            "Pike will serve half of his sentence in prison",
            "Pike will serve two thirds of his sentence in prison",
        ),
    )
    change(
        ITEMS,
        "court_order_changed",
        COURT,
        sub(C, "to be paid within 12 months.", "to be paid within 24 months."),
    )

    # A correction notice at the end that contradicts the body.
    change(
        ITEMS,
        "correction_contradicts",
        OBIT,
        OB
        + "\nCorrection: An earlier version of this article said that Margaret Keane was appointed harbour master in 1962. She was appointed in 1964.\n",
    )
    change(
        ITEMS,
        "correction_contradicts",
        COURT,
        C
        + "\nThis article was amended on 9 November 2025. An earlier version said that Graham Pike lived in Kettering; he lives in Corby.\n",
    )
    change(
        ITEMS,
        "correction_contradicts",
        MATCH,
        M + "\n* An earlier version of this report said the attendance was 3,412. It was 2,412.\n",
    )

    # An indirect quotation that changes what was said.
    change(
        ITEMS,
        "indirect_quote_changed",
        OBIT,
        sub(
            OB,
            '"She simply refused to take no for an answer," said Declan Roche, who served as the station\'s coxswain for 22 years. "Without her, there would be no boat here today."',
            "Declan Roche, who served as the station's coxswain for 22 years, said that she had simply refused to take no for an answer, but that there would be a boat there today even without her.",
        ),
    )
    change(
        ITEMS,
        "indirect_quote_changed",
        MATCH,
        sub(
            M,
            '"The first booking was never a foul," he said. "We will look at it again, but I think the referee got it wrong."',
            "He said that the first booking had been a foul, but that his club would look at it again because he thought the referee had got the second one wrong.",
        ),
    )
    change(
        ITEMS,
        "indirect_quote_changed",
        COURT,
        sub(
            C,
            '"We have lost money, but we have not lost the support of this town," she said. "Our nurses never stopped working."',
            "She said that the charity had lost money and some of the support of the town, but that its nurses had never stopped working.",
        ),
    )

    # A caption that gives another year or place.
    change(ITEMS, "caption_fact_changed", OBIT, sub(OB, caption, caption.replace("1986", "1968")))
    change(
        ITEMS,
        "caption_fact_changed",
        OBIT,
        sub(OB, caption, caption.replace("at Ardmore harbour", "at Youghal harbour")),
    )
    change(
        ITEMS,
        "caption_fact_changed",
        OBIT,
        sub(
            OB,
            caption,
            "Margaret Keane on the day of her retirement in 1986.\nImage: Ardmore Historical Society",
        ),
    )

    # A standfirst or headline that contradicts the body.
    change(
        ITEMS, "standfirst_contradicts", OBIT, sub(OB, stand, stand.replace("31 years", "21 years"))
    )
    change(
        ITEMS,
        "standfirst_contradicts",
        OBIT,
        sub(
            OB,
            stand,
            "She ran Ardmore's harbour for 31 years but could not stop the closure of its lifeboat station in 1987.",
        ),
    )
    change(
        ITEMS,
        "standfirst_contradicts",
        MATCH,
        sub(M, mstand, "Mensah double sends Harrowgate second as ten-man Wexley fade"),
    )

    # The score line changed.
    change(ITEMS, "score_line_changed", MATCH, sub(M, score, "Harrowgate Town 3 Wexley United 2"))
    change(ITEMS, "score_line_changed", MATCH, sub(M, score, "Harrowgate Town 2-1 Wexley United"))
    change(ITEMS, "score_line_changed", MATCH, sub(M, score, "Wexley United 3 Harrowgate Town 1"))

    # A date of birth or death changed.
    change(
        ITEMS, "life_dates_changed", OBIT, sub(OB, "Born on 4 March 1932", "Born on 14 March 1932")
    )
    change(
        ITEMS,
        "life_dates_changed",
        OBIT,
        sub(OB, "died on 16 November 2025", "died on 6 November 2025"),
    )
    change(
        ITEMS,
        "life_dates_changed",
        OBIT,
        sub(
            OB,
            "Margaret Keane, harbour master who saved the Ardmore lifeboat, dies at 93",
            "Margaret Keane (1923–2025), harbour master who saved the Ardmore lifeboat, dies at 93",
        ),
    )

    # A later mention by surname given to another person the article names.
    change(
        ITEMS,
        "surname_other_person",
        OBIT,
        sub(OB, "Keane collected 4,200 signatures", "Roche collected 4,200 signatures"),
    )
    change(
        ITEMS,
        "surname_other_person",
        COURT,
        sub(
            C,
            "She told the court that he had written a letter",
            "Marsh told the court that he had written a letter",
        ),
    )
    change(
        ITEMS,
        "surname_other_person",
        MATCH,
        sub(M, "after Pryce had handled", "after Tallis had handled"),
    )

    # A paragraph lost where the article is split into two parts.
    change(
        ITEMS,
        "continued_part_lost",
        OBIT,
        split_parts(OB, "The lifeboat campaign", drop="Keane was appointed"),
    )
    change(
        ITEMS,
        "continued_part_lost",
        COURT,
        split_parts(C, "Defending, Alison Kerr", drop='"This was a calculated'),
    )
    change(
        ITEMS,
        "continued_part_lost",
        MATCH,
        split_parts(M, "The Wexley manager,", drop="The Wexley manager,", page=62),
    )


def main() -> None:
    build()
    write_probe(ITEMS, OUT)


if __name__ == "__main__":
    main()
