"""Layout of a whole article that changes no word (doc14): markup read as what it shows, a
sentence laid out as a list read as the sentence, a blank line that holds spaces, a heading
on one side only that names what its section tells; and what such layout must not hide (an
item dropped from the list, a heading that names something else). Texts written for these
tests, not the probe's."""

from __future__ import annotations

import textwrap

import pytest
from _hits import checks_judged

import vardiff
from vardiff import Severity, segment
from vardiff._align import Bead
from vardiff._document import Document, shown
from vardiff._headings import heads_its_section, is_heading, telling_sentence
from vardiff._quotations import join_recut_quotations
from vardiff._report import Pair
from vardiff._sentence_moves import find_moves

# --- markup read as what it shows -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "Fish &amp; chips cost &pound;9 at O&#39;Neill&rsquo;s.",
            "Fish & chips cost £9 at O'Neill’s.",
        ),
        ("The vote was 52&nbsp;to&#160;48.", "The vote was 52 to 48."),
        (
            "A &ldquo;serious&rdquo; breach &mdash; the court said.",
            "A “serious” breach — the court said.",
        ),
        (
            "Read the [full ruling](https://example.org/ruling?id=7) here.",
            "Read the full ruling here.",
        ),
        ('See ![the map](maps/flood.png "Flooded streets") below.', "See the map below."),
        (
            "The **mayor** said the *Riverside* bridge is __closed__.",
            "The mayor said the Riverside bridge is closed.",
        ),
        (
            "Prices rose 4%,[3] the bank said.[12] Others[^note] agreed.[b]",
            "Prices rose 4%, the bank said. Others agreed.",
        ),
    ],
)
def test_markup_that_changes_no_word_is_read_as_what_it_shows(text: str, read: str) -> None:
    assert shown(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "AT&T and R&D spending & other costs; &unknown; stays.",
        "The formula 2*3*4 and a * b * c and snake_case_name stay.",
        "[1] A bracketed figure after a space is text, as is the list [a, b].",
        "Plain text with no markup at all.",
    ],
)
def test_text_that_only_looks_like_markup_is_kept(text: str) -> None:
    assert shown(text) == text


def test_a_sentence_reads_its_markup_as_text_and_keeps_its_offsets() -> None:
    text = "The [council](https://example.org) voted **9&nbsp;to&nbsp;2**.[4] It adjourned."
    first, second = segment(text)
    assert text[first.start : first.end] == first.text  # offsets into the text as it is
    assert first.reading == "The council voted 9 to 2."
    assert second.reading == "It adjourned."


# --- a sentence laid out as a list -------------------------------------------------------------

LISTED = (
    "The agency said it would send to the coast:\n\n"
    "- tents\n- blankets\n- generators\n- water pumps\n\n"
    "Volunteers arrived on Friday."
)
PROSE = (
    "The agency said it would send tents, blankets, generators and water pumps to the coast. "
    "Volunteers arrived on Friday."
)


def test_a_list_under_its_lead_in_is_one_sentence_read_as_the_sentence() -> None:
    listed, after = segment(LISTED)
    assert listed.text == LISTED.split("\n\nVolunteers")[0]
    assert listed.reading == (
        "The agency said it would send to the coast: tents, blankets, generators and water pumps"
    )
    assert after.reading == "Volunteers arrived on Friday."


def test_numbered_items_are_not_cut_at_their_numbers_and_keep_their_own_marks() -> None:
    text = "Turnout by district:\n1. North: 61%\n2. South: 48%\n3. Harbour: 39%, the lowest."
    (only,) = segment(text)
    assert (
        only.reading == "Turnout by district: North: 61%, South: 48% and Harbour: 39%, the lowest."
    )
    ends = "Bids came from:\n- the port authority,\n- two shipping firms, and\n- a bank."
    assert segment(ends)[0].reading == (
        "Bids came from: the port authority, two shipping firms, and a bank."
    )


def test_the_following_stands_for_its_items() -> None:
    text = "Voters rejected the following proposals, officials said:\n- a casino\n- a new stadium"
    assert segment(text)[0].reading == "Voters rejected a casino and a new stadium, officials said"


@pytest.mark.parametrize(
    "text",
    [
        "- tents\n- blankets\n- generators",  # no lead-in: lines of their own
        "The agency will send:\n- tents\nVolunteers arrived on Friday.",  # one item only
        "The agency will send tents.\n- blankets\n- generators",  # no colon
    ],
)
def test_lines_that_are_no_list_under_a_lead_in_stay_lines(text: str) -> None:
    assert [s.text for s in segment(text)] == text.split("\n")


def test_a_sentence_laid_out_as_a_list_passes_and_an_item_dropped_fails() -> None:
    for a, b in ((PROSE, LISTED), (LISTED, PROSE)):
        report = vardiff.compare(a, b)
        assert not report.failed, list(report.findings())
        assert all(f.severity <= Severity.LOW for f in report.findings())
    dropped = LISTED.replace("- generators\n", "")
    for a, b in ((PROSE, dropped), (dropped, PROSE)):
        assert vardiff.compare(a, b).failed


# --- a blank line that holds spaces or tabs ---------------------------------------------------

HEADING = "What the new parking rules will mean for drivers and shops"
BODY = (
    "Drivers who park in the old town after eight in the evening will pay a flat fee of four "
    "euros from March, the council decided on Tuesday. The money will go to a fund that "
    "repairs the cobbled streets around the market square."
)
SECOND = (
    "Shop owners had asked for free parking on Saturdays, which the council refused. Cyclists "
    "get two new lanes along the river, and the bridge will be closed to cars on Sundays."
)


@pytest.mark.parametrize("blank", ["", "   ", "\t", " \t "])
def test_a_blank_line_holding_spaces_parts_paragraphs_of_wrapped_text(blank: str) -> None:
    text = f"\n{blank}\n".join([HEADING, textwrap.fill(BODY, 60), textwrap.fill(SECOND, 60)])
    assert [s.reading for s in segment(text)] == [
        HEADING,
        BODY.split(" The money")[0],
        "The money" + BODY.split(" The money")[1],
        SECOND.split(" Cyclists")[0],
        "Cyclists" + SECOND.split(" Cyclists")[1],
    ]


# --- a heading on one side only --------------------------------------------------------------

ARTICLE = (
    "The city council approved a new budget on Tuesday. Spending on schools will rise by "
    "4 percent, and the library on Elm Street will reopen in May.\n"
    "Parking fees in the old town will double from March."
)


def _document(text: str) -> Document:
    return Document("t", text, segment(text))


def test_a_heading_is_a_line_of_its_own_marked_or_short_without_a_full_stop() -> None:
    doc = _document("## Budget approved\nThe council met.\nSchools and libraries\nIt rose.")
    assert [is_heading(doc, i) for i in range(4)] == [True, False, True, False]
    question = _document("What happens next?\nThe council meets again.")
    assert not is_heading(question, 0)  # a question on its own line needs Markdown's marks
    assert is_heading(_document("## What happens next?\nThe council meets again."), 0)


def test_a_heading_heads_its_section_when_the_section_tells_each_of_its_words() -> None:
    doc = _document("# Budget for schools and the library\n" + ARTICLE)
    assert heads_its_section(doc, 0)
    other = _document("# Budget cuts for hospitals\n" + ARTICLE)
    assert not heads_its_section(other, 0)


@pytest.mark.parametrize(
    "heading", ["# Council approves budget", "Budget for schools and the library"]
)
def test_a_heading_added_over_what_its_section_tells_passes(heading: str) -> None:
    with_heading = f"{heading}\n\n{ARTICLE}"
    for a, b in ((ARTICLE, with_heading), (with_heading, ARTICLE)):
        report = vardiff.compare(a, b)
        assert not report.failed, list(report.findings())
        assert [f.check for f in report.findings()] == ["structure.heading"]


def test_a_heading_added_that_names_something_else_fails() -> None:
    with_heading = f"# Council cuts hospital budget\n\n{ARTICLE}"
    for a, b in ((ARTICLE, with_heading), (with_heading, ARTICLE)):
        assert vardiff.compare(a, b).failed


# A talk whose heading words are told only in its eleventh sentence, beyond a section's reach.
TALK = (
    "I grew up on a farm where the nights were long and quiet. My grandmother kept bees, and "
    "she taught me to listen before I looked. Later I studied physics in a grey city. For "
    "years I forgot the farm and its sounds. Then one winter I went back to look after her. "
    "The barn had fallen down and the hives were empty. I sat outside every evening with a "
    "notebook. I began to write down what I heard in the dark. After a month I bought a "
    "small microphone. Owls, foxes and the wind in the wires filled my first tapes. Today I "
    "record the songs of night birds across Europe for a public archive. Most people never "
    "hear them at all."
)


def test_a_heading_that_names_what_a_sentence_far_below_tells_passes() -> None:
    doc = _document("# Recording the songs of night birds\n\n" + TALK)
    assert not heads_its_section(doc, 0)  # its words are told beyond the section's reach
    assert telling_sentence(doc, 0) == 11
    with_heading = f"# Recording the songs of night birds\n\n{TALK}"
    for a, b in ((TALK, with_heading), (with_heading, TALK)):
        report = vardiff.compare(a, b)
        assert not report.failed, list(report.findings())
        (finding,) = report.findings()
        assert finding.check == "structure.heading"
        assert "sentence 12 of" in finding.message


@pytest.mark.parametrize(
    "heading",
    [
        "# Recording the songs of day birds",  # "day" is told nowhere
        "# Recording the songs of farm birds across Europe",  # "farm" told, but apart
        "# I never record the songs of night birds",  # the sentence that tells it says "do"
        "# Grandmother kept no bees",  # in its section, by its words; the sentence says "did"
    ],
)
def test_a_heading_whose_words_the_talk_tells_apart_or_otherwise_fails(heading: str) -> None:
    with_heading = f"{heading}\n\n{TALK}"
    for a, b in ((TALK, with_heading), (with_heading, TALK)):
        assert vardiff.compare(a, b).failed, heading


def test_texts_that_are_no_versions_weigh_no_heading_against_a_sentence() -> None:
    # Unrelated texts say so once at the top; a heading of one of them is layout as before,
    # never a sentence added because it contradicts a sentence of its own document.
    heading = "# Grandmother kept no bees"
    for a, b in ((ARTICLE, f"{heading}\n\n{TALK}"), (f"{heading}\n\n{TALK}", ARTICLE)):
        report = vardiff.compare(a, b)
        assert report.relation.kind == "unrelated"
        assert [f.check for f in report.findings()] == ["structure.heading"]


# --- a short sentence on one side only -------------------------------------------------------

REPAIRS = (
    "The bridge reopened on Monday after six weeks of repairs. Engineers checked every cable. "
    "{}Traffic is expected to return to normal by Friday."
)


@pytest.mark.parametrize(
    ("sentence", "fails"),
    [
        ("Nobody was hurt. ", True),  # a short denial is a claim
        ("It is still not safe for lorries. ", True),
        ("Thank you. ", False),  # a short aside
        ("That was a relief. ", False),
    ],
)
def test_a_short_sentence_left_out_fails_when_it_denies_something(
    sentence: str, fails: bool
) -> None:
    with_it, without = REPAIRS.format(sentence), REPAIRS.format("")
    for a, b in ((with_it, without), (without, with_it)):
        report = vardiff.compare(a, b)
        assert [f.check for f in report.findings()] in (
            ["omission.sentence"],
            ["addition.sentence"],
        )
        assert report.failed is fails, sentence


# --- typographic and straight apostrophes -----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The museum isn't open on Mondays, because the city's budget doesn't cover it.",
        "Now that the storm's gone, we can't see any damage to the harbour's wall.",
    ],
)
def test_a_typographic_apostrophe_leaves_no_gap(sentence: str) -> None:
    curly = sentence.replace("'", "’")
    for a, b in ((sentence, curly), (curly, sentence)):
        assert not [c for c, _ in checks_judged(a, b) if c.startswith("removal.")]


def test_the_json_says_how_a_sentence_is_read_where_it_is_read_otherwise() -> None:
    marked, plain = segment("The **mayor** &amp; the council met. It rained.")
    assert marked.to_dict()["reading"] == "The mayor & the council met."
    assert "reading" not in plain.to_dict()
    wrapped = segment(textwrap.fill(BODY, 50))
    assert any("\n" in s.text for s in wrapped)
    assert all("reading" not in s.to_dict() for s in wrapped)  # read as the JSON documents


# --- a moved sentence in the pull-request comment and the page --------------------------------

FLOOD = (
    "The river rose by two metres overnight. Schools in the valley closed on Monday.\n"
    "The army sent 300 soldiers to build sandbag walls. Rain is expected until Thursday.\n"
    "The mayor said the old bridge would stay shut."
)
FLOOD_MOVED = (
    "The river rose by two metres overnight. Schools in the valley closed on Monday.\n"
    "Rain is expected until Thursday.\n"
    "The mayor said the old bridge would stay shut. The army sent 500 soldiers to build "
    "sandbag walls."
)


def test_the_markdown_and_the_page_show_a_moved_sentence_word_by_word() -> None:
    from vardiff._html_report import render_html
    from vardiff._markdown import render_markdown

    report = vardiff.compare(FLOOD, FLOOD_MOVED)
    assert [(p.status, p.moved) for p in report.pairs][2:] == [
        ("omitted", (4,)),
        ("equal", ()),
        ("equal", ()),
        ("added", (2,)),
    ]
    rows = [line for line in render_markdown(report).splitlines() if line.startswith("| 6 \\+")]
    assert rows == [
        "| 6 \\+ | *(moved from @2:1)* The army sent ~~300~~ soldiers to build sandbag walls. "
        "| `3:48` The army sent **500** soldiers to build sandbag walls. |"
    ]
    page = render_html(report)
    row = page[page.index('<tr class="pair added" id="pair-6">') :]
    assert row[: row.index("</tr>") + 5] == (
        '<tr class="pair added" id="pair-6"><td class="gutter">6 +</td>'
        '<td class="side a"><em>(moved from @2:1)</em> The army sent <del>300</del> soldiers '
        'to build sandbag walls.</td><td class="side b"><span class="place">3:48</span>The '
        "army sent <ins>500</ins> soldiers to build sandbag walls.</td></tr>"
    )


# --- a quotation cut into sentences otherwise --------------------------------------------------

QUOTED = "“The dam is safe,” the engineer said. “We inspected it twice.” The road reopens today."
RECUT = [
    "“The dam is safe. We inspected it twice,” the engineer said. The road reopens today.",
    "The engineer said: “The dam is safe. We inspected it twice.” The road reopens today.",
]


def _beads(pairs: list[tuple[tuple[int, ...], tuple[int, ...]]]) -> list[Bead]:
    return [Bead(a=a, b=b, score=0.9) for a, b in pairs]


def test_two_pairs_of_one_quotation_cut_otherwise_are_one_pair() -> None:
    a = [s.reading for s in segment(QUOTED)]
    b = [s.reading for s in segment(RECUT[0])]
    beads = _beads([((0,), (0,)), ((1,), (1,)), ((2,), (2,))])
    assert join_recut_quotations(beads, a, b, max_group=3) == (
        Bead(a=(0, 1), b=(0, 1), score=0.9),
        Bead(a=(2,), b=(2,), score=0.9),
    )
    assert join_recut_quotations(beads, a, b, max_group=1) == tuple(beads)  # no room


@pytest.mark.parametrize(
    "other",
    [
        # the speakers exchanged, the words moved into the quotation, a quoted word changed
        "“The dam is safe,” the mayor said. “We inspected it twice,” the engineer said.",
        "“The dam is safe. We inspected it twice. The road reopens today,” the engineer said.",
        "“The dam is sound. We inspected it twice,” the engineer said. The road reopens today.",
    ],
)
def test_a_quotation_changed_keeps_its_pairs_apart(other: str) -> None:
    a = [s.reading for s in segment(QUOTED)]
    b = [s.reading for s in segment(other)]
    beads = _beads([((0,), (0,)), ((1,), (1,))])
    assert join_recut_quotations(beads, a, b, max_group=3) == tuple(beads)


@pytest.mark.parametrize("recut", RECUT)
def test_a_quotation_cut_otherwise_passes_the_gate(recut: str) -> None:
    for a, b in ((QUOTED, recut), (recut, QUOTED)):
        report = vardiff.compare(a, b)
        assert not report.failed, list(report.findings())


NARRATED = "The river rose two metres overnight. “The dam is safe,” the engineer said on Monday."
INTO_THE_QUOTE = (
    "“The river rose two metres overnight. The dam is safe,” the engineer said on Monday."
)


def test_a_sentence_moved_into_a_quotation_joins_its_pairs_and_fails_the_gate() -> None:
    # The narrator's fact put in the speaker's mouth: each pair alone holds half a quotation,
    # so only the two together show the words that crossed its marks.
    a = [s.reading for s in segment(NARRATED)]
    b = [s.reading for s in segment(INTO_THE_QUOTE)]
    beads = _beads([((0,), (0,)), ((1,), (1,))])
    assert join_recut_quotations(beads, a, b, max_group=3) == (Bead(a=(0, 1), b=(0, 1), score=0.9),)
    for x, y in ((NARRATED, INTO_THE_QUOTE), (INTO_THE_QUOTE, NARRATED)):
        report = vardiff.compare(x, y)
        assert report.failed
        assert [f.check for f in report.findings() if f.severity >= Severity.MEDIUM] == [
            "quote.boundary"
        ]


# --- a short sentence moved word for word -------------------------------------------------------


def _unpaired(status: str, text: str, at: int) -> Pair:
    omitted = status == "omitted"
    return Pair(
        a=(at,) if omitted else (),
        b=() if omitted else (at,),
        similarity=None,
        status="omitted" if omitted else "added",
        a_text=text if omitted else "",
        b_text="" if omitted else text,
    )


def test_a_short_sentence_that_stands_alone_moved_word_for_word_is_a_move() -> None:
    short = "As a child, music mattered to me."  # three content words
    pairs = [_unpaired("omitted", short, 0), _unpaired("added", short, 3)]
    assert find_moves(pairs) == [(0, 1)]
    # Differing short sentences still say too little to be one sentence moved.
    other = [
        _unpaired("omitted", short, 0),
        _unpaired("added", "As a child, art mattered to me.", 3),
    ]
    assert find_moves(other) == []
    # Nor is a sentence that says whom and what only where it stands ("I was in awe.").
    bare = [_unpaired("omitted", "I was in awe.", 0), _unpaired("added", "I was in awe.", 3)]
    assert find_moves(bare) == []


# --- a dateline, and a question heading in the form of a heading -----------------------------


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("SEOUL — The council met. It voted.", "SEOUL —"),
        ("WASHINGTON, March 3 (Reuters) - The Senate voted.", "WASHINGTON, March 3 (Reuters) -"),
        ("KYIV, Ukraine (AP) — Russian forces attacked.", "KYIV, Ukraine (AP) —"),
        ("LOS ANGELES -- The fires spread.", "LOS ANGELES --"),
    ],
)
def test_a_dateline_opening_a_paragraph_is_a_segment_of_its_own(text: str, dateline: str) -> None:
    sentences = [s.text for s in segment(text)]
    assert sentences[0] == dateline
    assert sentences[1] == text[len(dateline) :].strip().split(" It voted.")[0]


@pytest.mark.parametrize(
    "text",
    [
        "NATO — which has 32 members — met on Monday.",  # an acronym before a lower-case word
        "US — Russian talks resumed on Monday.",  # two letters: no city
        "The council met. SEOUL — The rest is text.",  # not at a paragraph's opening
    ],
)
def test_capitals_and_a_dash_elsewhere_are_text(text: str) -> None:
    assert all(not s.text.endswith(("—", "-")) for s in segment(text))


def test_a_dateline_added_is_furniture_and_the_story_is_read_against_the_same_words() -> None:
    with_dateline = "SEOUL — " + ARTICLE
    for a, b in ((ARTICLE, with_dateline), (with_dateline, ARTICLE)):
        report = vardiff.compare(a, b)
        assert not report.failed, list(report.findings())
        found = list(report.findings())
        assert [(f.category, f.severity) for f in found] == [("furniture", Severity.INFO)], found
        assert "dateline" in found[0].message
    # a fact changed behind a dateline still fails
    changed = "SEOUL — " + ARTICLE.replace("4 percent", "14 percent")
    assert vardiff.compare(ARTICLE, changed).failed


def test_a_question_heading_in_the_order_of_a_heading_asks_the_same() -> None:
    for asked, heading in (
        ("What do we know about the new budget?", "What we know about the new budget"),
        ("Why does the new budget matter?", "Why the new budget matters"),
        ("How does the parking scheme work?", "How the parking scheme works"),
    ):
        assert_heading = f"{heading}\n{ARTICLE}"
        asked_doc = f"{asked}\n{ARTICLE}"
        for a, b in ((asked_doc, assert_heading), (assert_heading, asked_doc)):
            assert not vardiff.compare(a, b).failed
    # a statement that answers the question is no heading's form of it
    a = f"Will the library reopen?\n{ARTICLE}"
    b = f"The library will reopen.\n{ARTICLE}"
    assert vardiff.compare(a, b).failed
