"""Write ``benchmarks/data/probe_documents.jsonl`` from the base articles in
``benchmarks/data/documents/`` and the edits below (deterministic: the same edits give the same
file). Each item holds the whole edited document B; ``doc_probe.py`` runs it against its base.

    python benchmarks/doc_probe_make.py

The edits are what a QA editor sees between two versions of an article: layout that changes
nothing (controls, which must pass the gate) and edits that change what the article says
(changes, which must fail it). Written by hand on 5 December by doc14 before the pipeline's
code was read.
"""

# ruff: noqa: E501 (the edits are sentences of the articles, kept whole to be read)
from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "benchmarks" / "data" / "documents"
OUT = ROOT / "benchmarks" / "data" / "probe_documents.jsonl"

SEED, TALK2, TALK5, DEMETR = "seed_000.txt", "ted_talk2.txt", "ted_talk5.txt", "demetr_25_65.txt"


def read(name: str) -> str:
    return (DOCS / name).read_text(encoding="utf-8")


def sub(text: str, old: str, new: str) -> str:
    """Replace ``old``, which must occur exactly once."""
    assert text.count(old) == 1, (old, text.count(old))
    return text.replace(old, new)


def paras(text: str) -> list[str]:
    """The paragraphs: blank-line separated, or (the seed) one a line."""
    sep = "\n\n" if "\n\n" in text else "\n"
    return [p for p in text.strip("\n").split(sep)]


def join(ps: list[str], sep: str = "\n\n") -> str:
    return sep.join(ps) + "\n"


def same_sep(text: str) -> str:
    return "\n\n" if "\n\n" in text else "\n"


def wrap(text: str, width: int) -> str:
    """Hard-wrap every paragraph at ``width``; paragraphs separated by a blank line."""
    return join(
        [
            textwrap.fill(p, width, break_on_hyphens=False, break_long_words=False)
            for p in paras(text)
        ]
    )


def blank_ws(text: str, filler: str) -> str:
    """Paragraphs separated by a "blank" line that holds ``filler`` (spaces or tabs)."""
    return ("\n" + filler + "\n").join(p for p in paras(text)) + "\n"


def crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def move_para(text: str, start: str, to: int) -> str:
    """Move the paragraph beginning with ``start`` to index ``to`` (of the list without it)."""
    ps = paras(text)
    hits = [i for i, p in enumerate(ps) if p.startswith(start)]
    assert len(hits) == 1, start
    p = ps.pop(hits[0])
    ps.insert(to, p)
    return join(ps, same_sep(text))


def drop_para(text: str, start: str) -> str:
    ps = paras(text)
    hits = [i for i, p in enumerate(ps) if p.startswith(start)]
    assert len(hits) == 1, start
    ps.pop(hits[0])
    return join(ps, same_sep(text))


def merge_paras(text: str, start: str, n: int = 2) -> str:
    """Merge the paragraph beginning with ``start`` and the ``n - 1`` after it into one."""
    ps = paras(text)
    hits = [i for i, p in enumerate(ps) if p.startswith(start)]
    assert len(hits) == 1, start
    i = hits[0]
    ps[i : i + n] = [" ".join(ps[i : i + n])]
    return join(ps, same_sep(text))


def split_para(text: str, before: str) -> str:
    """Start a new paragraph at the sentence beginning with ``before``."""
    sep = same_sep(text)
    return sub(text, " " + before, sep + before)


def swap(text: str, first: str, second: str) -> str:
    """Exchange two exact spans (sentences) of the text."""
    text = sub(text, first, "\x00")
    text = sub(text, second, first)
    return text.replace("\x00", second)


S = read(SEED)
T2 = read(TALK2)
T5 = read(TALK5)
D = read(DEMETR)

# Sentences of the seed used more than once.
S_SUPPLY = (
    "North Korea may also be supplying anti-tank missiles, portable surface-to-air missiles, "
    "rifles, rocket launchers, mortars and artillery shells, South Korean military officials "
    "told reporters in November."
)
S_MARCH = (
    "By March, North Korea had sent nearly 7,000 containers of weapons to Russia, officials said."
)
S_HOLD = (
    "South Korea's defense minister said the containers could hold as many as 3 million 152mm "
    "artillery shells, or more than 500,000 122mm rockets, and could carry a mix of both weapons, "
    "he said."
)
S_MILLEY = "“Will it make a big difference? I'm skeptical,” he said shortly before stepping down as chairman of the Joint Chiefs of Staff."
D_OSAKA = "There were also 141 new confirmed cases in Osaka Prefecture, 90 in Fukuoka Prefecture, and 80 in Aichi Prefecture."
D_JIANGXI = "On July 17 and 22, the Jiangxi Finance Department released 60 million and 200 million yuan of central disaster relief funding, respectively."
T2_STARS = (
    "We can stand on the Earth and look up at the night sky and see stars with our bare eyes."
)


def supply_list(items: list[str], numbered: bool = False) -> str:
    lines = [(f"{i}. " if numbered else "- ") + item for i, item in enumerate(items, 1)]
    return (
        "North Korea may also be supplying the following weapons, South Korean military officials "
        "told reporters in November:\n\n" + "\n".join(lines) + "\n"
    )


WEAPONS = [
    "anti-tank missiles",
    "portable surface-to-air missiles",
    "rifles",
    "rocket launchers",
    "mortars",
    "artillery shells",
]


def osaka_list(rows: list[tuple[str, str]]) -> str:
    return "There were also new confirmed cases in:\n\n" + "\n".join(
        f"{i}. {place} Prefecture: {n}" for i, (place, n) in enumerate(rows, 1)
    )


OSAKA = [("Osaka", "141"), ("Fukuoka", "90"), ("Aichi", "80")]


def jiangxi_list(a: str, b: str) -> str:
    return (
        "The Jiangxi Finance Department released central disaster relief funding:\n\n"
        f"- on July 17, {a} yuan\n- on July 22, {b} yuan"
    )


def stars_list(last: str) -> str:
    return f"We can:\n\n- stand on the Earth,\n- look up at the night sky and\n- {last} with our bare eyes.\n\n"


def smart_to_straight(text: str) -> str:
    return text.replace("“", '"').replace("”", '"').replace("’", "'").replace("‘", "'")


def straight_to_smart(text: str) -> str:
    text = re.sub(r'"(\S)', "“\\1", text)
    text = text.replace('"', "”")
    return text.replace("'", "’")


Edit = tuple[str, str, str, str]  # class, base, kind, B

ITEMS: list[Edit] = []


def add(kind: str, cls: str, base: str, b: str) -> None:
    ITEMS.append((cls, base, kind, b))


def control(cls: str, base: str, b: str) -> None:
    add("control", cls, base, b)


def change(cls: str, base: str, b: str) -> None:
    add("change", cls, base, b)


def build() -> None:
    # ---- CONTROLS: must exit 0 -------------------------------------------------------------
    for base, text, width in (
        (SEED, S, 40),
        (SEED, S, 72),
        (TALK2, T2, 60),
        (TALK2, T2, 100),
        (TALK5, T5, 50),
        (DEMETR, D, 66),
    ):
        control("rewrap", base, wrap(text, width))

    control("blank_whitespace", SEED, blank_ws(S, "  "))
    control("blank_whitespace", SEED, blank_ws(S, "\t"))
    control("blank_whitespace", TALK2, T2.replace("\n\n", "\n   \n"))
    control("blank_whitespace", TALK5, T5.replace("\n\n", "\n \t \n"))
    control("blank_whitespace", TALK2, wrap(T2, 72).replace("\n\n", "\n    \n"))
    control("blank_whitespace", SEED, wrap(S, 66).replace("\n\n", "\n\t\n"))
    control("blank_whitespace", DEMETR, wrap(D, 58).replace("\n\n", "\n  \n"))

    control("crlf", SEED, crlf(S))
    control("crlf", TALK2, crlf(T2))
    control("crlf", DEMETR, crlf(D))
    control("crlf", TALK5, crlf(wrap(T5, 70)))

    control("paragraph_split", SEED, split_para(S, "Just weeks later, U.S. officials"))
    control("paragraph_split", SEED, split_para(S, "Arms control experts said debris"))
    control("paragraph_split", TALK2, split_para(T2, "We might one day see a shadow"))
    control("paragraph_split", TALK5, split_para(T5, "Icebergs are born when they calve"))
    control("paragraph_split", TALK2, split_para(wrap(T2, 80), "It was Einstein's great"))

    control("paragraph_merge", DEMETR, merge_paras(D, "Since the beginning of the COVID-19"))
    control("paragraph_merge", DEMETR, merge_paras(D, "Statistics show that the current", 3))
    control("paragraph_merge", TALK2, merge_paras(T2, "I want to ask you all"))
    control("paragraph_merge", TALK5, merge_paras(T5, "So here it is."))
    control("paragraph_merge", SEED, merge_paras(S, "Additionally, the White House"))

    control(
        "sentence_swap",
        SEED,
        swap(
            S,
            "Arms control experts said debris from a short-range ballistic missile, the Hwasong-11A, was found following months of Russian air strikes on Ukrainian cities, including Kharkiv, in February.",
            S_SUPPLY,
        ),
    )
    control(
        "sentence_swap",
        TALK2,
        swap(T2, "The Sun burns our peripheral vision.", "We see light reflected off the Moon."),
    )
    control(
        "sentence_swap",
        TALK5,
        swap(
            T5,
            "As an artist, connection is very important to me.",
            "Through my work I'm trying to articulate that humans are not separate from nature and that everything is interconnected.",
        ),
    )
    control(
        "sentence_swap",
        TALK5,
        swap(
            T5,
            "As an iceberg melts, I am breathing in its ancient atmosphere.",
            "As the iceberg melts, it is releasing mineral-rich fresh water that nourishes many forms of life.",
        ),
    )

    control("paragraph_move", SEED, move_para(S, "Both Moscow and Pyongyang deny", 2))
    control("paragraph_move", DEMETR, move_para(D, "Christopher Hui Ching-yu said", 20))
    control("paragraph_move", DEMETR, move_para(D, "The Colosseum in Rome", 0))
    control("paragraph_move", DEMETR, move_para(D, "As of 24:00 on July 25", 1))
    control("paragraph_move", TALK2, move_para(wrap(T2, 72), "We're talking about an object", 7))

    control("list_layout", SEED, sub(S, S_SUPPLY, supply_list(WEAPONS)))
    control("list_layout", SEED, sub(S, S_SUPPLY, supply_list(WEAPONS, numbered=True)))
    control(
        "list_layout",
        SEED,
        sub(
            S,
            S_HOLD + " ",
            "South Korea's defense minister said the containers could hold:\n\n"
            "- as many as 3 million 152mm artillery shells,\n"
            "- or more than 500,000 122mm rockets,\n"
            "- or a mix of both weapons.\n\n",
        ),
    )
    control("list_layout", DEMETR, sub(D, D_OSAKA, osaka_list(OSAKA)))
    control("list_layout", DEMETR, sub(D, D_JIANGXI, jiangxi_list("60 million", "200 million")))
    control("list_layout", TALK2, sub(T2, " " + T2_STARS + " ", "\n\n" + stars_list("see stars")))

    control(
        "heading",
        SEED,
        sub(
            S,
            "What do we know about previous arms shipments?",
            "What we know about previous arms shipments",
        ),
    )
    control(
        "heading",
        SEED,
        sub(S, "How important are these weapons?", "How much do these weapons matter?"),
    )
    control("heading", SEED, "# Putin to visit North Korea\n\n" + S)
    control(
        "heading",
        SEED,
        sub(
            sub(
                S,
                "What do we know about previous arms shipments?",
                "## What do we know about previous arms shipments?",
            ),
            "How important are these weapons?",
            "## How important are these weapons?",
        ),
    )
    control("heading", TALK5, "# Portraits of icebergs\n\n" + T5)
    control(
        "heading",
        TALK2,
        sub(
            T2,
            "\n\nEinstein realized that",
            "\n\n## Einstein and curved space\n\nEinstein realized that",
        ),
    )

    control(
        "markdown",
        SEED,
        sub(
            sub(S, "Vladimir V. Putin", "**Vladimir V. Putin**"),
            "the White House warned",
            "the [White House](https://www.whitehouse.gov/) warned",
        ),
    )
    control("markdown", SEED, S.replace("Hwasong-11A", "*Hwasong-11A*"))
    control(
        "markdown",
        TALK2,
        sub(
            sub(T2, "the universe is not a silent movie", "the universe is **not** a silent movie"),
            "general theory of relativity",
            "[general theory of relativity](https://en.wikipedia.org/wiki/General_relativity)",
        ),
    )
    control(
        "markdown",
        TALK5,
        sub(
            T5,
            "Qeqetarsuaq, Greenland",
            "[Qeqetarsuaq, Greenland](https://en.wikipedia.org/wiki/Qeqertarsuaq)",
        ),
    )
    control(
        "markdown",
        DEMETR,
        sub(
            sub(
                D,
                "The Colosseum in Rome",
                "The [Colosseum](https://en.wikipedia.org/wiki/Colosseum) in Rome",
            ),
            "4,178,027 confirmed cases",
            "**4,178,027** confirmed cases",
        ),
    )

    control(
        "html_entities",
        SEED,
        sub(
            sub(sub(S, "Here's", "Here&#39;s"), "Kim Jong Un", "Kim Jong&nbsp;Un"),
            "Russia and Ukraine trying",
            "Russia &amp; Ukraine trying",
        ),
    )
    control(
        "html_entities",
        SEED,
        S.replace("“", "&ldquo;").replace("”", "&rdquo;").replace("U.S. ", "U.S.&nbsp;"),
    )
    control("html_entities", TALK2, T2.replace(" -- ", "&nbsp;&mdash; "))
    control(
        "html_entities",
        TALK5,
        sub(sub(T5, "10 years", "10&nbsp;years"), "120 feet", "120&nbsp;feet").replace(
            "I'm", "I&rsquo;m"
        ),
    )
    control(
        "html_entities",
        DEMETR,
        D.replace("’", "&rsquo;").replace("“", "&ldquo;").replace("”", "&rdquo;"),
    )

    control("quotes_dashes", SEED, smart_to_straight(S))
    control("quotes_dashes", SEED, straight_to_smart(S))
    control("quotes_dashes", TALK2, straight_to_smart(T2.replace(" -- ", " — ")))
    control("quotes_dashes", TALK5, T5.replace(" -- ", " – ").replace("'", "’"))
    control("quotes_dashes", DEMETR, smart_to_straight(D))

    control(
        "furniture",
        SEED,
        sub(S, "Here's some background", "Advertisement\nHere's some background").replace(
            "\nHow important", "\nAdvertisement\nHow important"
        ),
    )
    control(
        "furniture",
        SEED,
        "By Jane Doe\n" + sub(S, "Russian President", "SEOUL — Russian President"),
    )
    control(
        "furniture",
        TALK2,
        sub(
            T2,
            "\n\nEinstein realized",
            "\n\nAdvertisement\n\nContinue reading the main story\n\nEinstein realized",
        ),
    )
    control(
        "furniture",
        DEMETR,
        "By a staff reporter\n\n" + sub(D, "\n\nAt 9:30 a.m.", "\n\nAdvertisement\n\nAt 9:30 a.m."),
    )
    control(
        "furniture",
        TALK5,
        "By our staff\n\n" + sub(T5, "\n\nSo here it is.", "\n\nADVERTISEMENT\n\nSo here it is."),
    )

    control(
        "footnote_markers",
        SEED,
        sub(sub(S, "in September 2022,", "in September 2022,[1]"), "was 10,000.", "was 10,000.[2]"),
    )
    control(
        "footnote_markers",
        TALK2,
        sub(
            sub(T2, "to Albert Einstein", "to Albert Einstein¹"),
            "general theory of relativity.",
            "general theory of relativity.²",
        ),
    )
    control(
        "footnote_markers",
        DEMETR,
        sub(
            sub(D, "in Florida.", "in Florida.[1]"),
            "30% of global cases.",
            "30% of global cases.[2]",
        ),
    )
    control(
        "footnote_markers", TALK5, sub(T5, "Qeqetarsuaq, Greenland.", "Qeqetarsuaq, Greenland.[a]")
    )

    control(
        "quote_split",
        SEED,
        sub(
            S,
            S_MILLEY,
            "“Will it make a big difference?” he said shortly before stepping down as chairman of the Joint Chiefs of Staff. “I'm skeptical.”",
        ),
    )
    control(
        "quote_split",
        SEED,
        sub(
            S,
            S_MILLEY,
            "“Will it make a big difference?” he asked. “I'm skeptical,” he said shortly before stepping down as chairman of the Joint Chiefs of Staff.",
        ),
    )
    control(
        "quote_split",
        SEED,
        wrap(
            sub(
                S,
                S_MILLEY,
                "Shortly before stepping down as chairman of the Joint Chiefs of Staff, he said: "
                "“Will it make a big difference? I'm skeptical.”",
            ),
            70,
        ),
    )

    control(
        "paragraph_paraphrase",
        SEED,
        sub(
            S,
            "Russian President Vladimir V. Putin is scheduled to visit North Korea for a two-day trip starting Tuesday to meet with one of the main arms suppliers to the war against Ukraine.",
            "Vladimir V. Putin, Russia's president, is due to begin a two-day visit to North Korea on Tuesday, meeting one of the chief suppliers of weapons for the war against Ukraine.",
        ),
    )
    control(
        "paragraph_paraphrase",
        SEED,
        sub(
            S,
            "Both Moscow and Pyongyang deny any arms trade, which is prohibited by U.N. sanctions imposed on North Korea.",
            "Moscow and Pyongyang both deny trading arms, which U.N. sanctions on North Korea forbid.",
        ),
    )
    control(
        "paragraph_paraphrase",
        SEED,
        sub(
            S,
            "Experts point out that the Hwasong-11A series of missiles in particular are highly accurate and difficult to shoot down.",
            "Experts note that the Hwasong-11A missiles in particular are very accurate and hard to shoot down.",
        ),
    )
    control(
        "paragraph_paraphrase",
        TALK5,
        sub(
            T5,
            paras(T5)[0],
            "Connection matters a great deal to me as an artist. In my work I try to express that humans are not apart from nature and that everything is connected. Almost ten years ago I went to Antarctica for the first time, and there I saw my first icebergs. I was awestruck.",
        ),
    )
    control(
        "paragraph_paraphrase",
        TALK2,
        sub(
            T2,
            paras(T2)[7],
            "We are talking about an object you could squeeze down to half the area of Manhattan. So we bring this Earth in very close -- 30 kilometers out -- and we see that it orbits the black hole perfectly well. There's a kind of myth that black holes swallow everything in the universe, but in fact you have to get very close to fall in. But what is really impressive is that, from where we stand, we can always see the Earth. It can't hide behind the black hole.",
        ),
    )
    control(
        "paragraph_paraphrase",
        DEMETR,
        sub(
            sub(
                D,
                "Statistics show that the current scale of Pudong's E-sports game industry accounts for one third of that of Shanghai.",
                "According to statistics, Pudong's e-sports game industry is currently a third the size of Shanghai's.",
            ),
            "Currently, a total of about 2,600 units are in operation under four quarantine centers in Hong Kong.",
            "Hong Kong's four quarantine centers currently operate about 2,600 units in total.",
        ),
    )

    # ---- CHANGES: must exit 1 --------------------------------------------------------------
    change("sentence_left_out", SEED, sub(S, " " + S_MARCH, ""))
    change("sentence_left_out", TALK2, sub(T2, " He did not believe they existed in nature.", ""))
    change("sentence_left_out", TALK2, sub(T2, " It's actually not massive enough.", ""))
    change(
        "sentence_left_out", TALK5, sub(T5, " And some of the ice is over 100000 years old.", "")
    )
    change("sentence_left_out", DEMETR, drop_para(D, "Since the first state re-opened"))
    change(
        "sentence_left_out",
        SEED,
        drop_para(wrap(S, 72), "Both Moscow and Pyongyang deny"),
    )

    change("paragraph_dropped", SEED, drop_para(S, "Additionally, the White House"))
    change("paragraph_dropped", TALK2, drop_para(T2, "He thought nature would protect"))
    change("paragraph_dropped", TALK5, drop_para(T5, "As an iceberg melts"))
    change(
        "paragraph_dropped",
        DEMETR,
        drop_para(
            drop_para(drop_para(D, "Catry said"), "There were also 141"), "On July 17 and 22"
        ),
    )

    change(
        "sentence_added",
        SEED,
        sub(
            S,
            S_MARCH,
            S_MARCH + " Officials in Seoul said the shipments had doubled since the spring.",
        ),
    )
    change(
        "sentence_added",
        TALK2,
        sub(
            T2,
            "It was Einstein's great general theory of relativity.",
            "It was Einstein's great general theory of relativity. He later withdrew the theory entirely.",
        ),
    )
    change(
        "sentence_added",
        TALK5,
        sub(T5, "I was in awe.", "I was in awe. I have since stopped photographing icebergs."),
    )
    change(
        "sentence_added",
        DEMETR,
        sub(
            D,
            "was reopened on June 1 local time.",
            "was reopened on June 1 local time. It will close again in August.",
        ),
    )
    change(
        "sentence_added",
        SEED,
        sub(
            wrap(S, 80),
            "\n\nHow important",
            "\n\nRussia has paid for the weapons with oil.\n\nHow important",
        ),
    )

    change(
        "number_in_moved_sentence",
        SEED,
        sub(
            sub(S, " " + S_MARCH, ""),
            "was 10,000.",
            "was 10,000. " + S_MARCH.replace("7,000", "9,000"),
        ),
    )
    change(
        "number_in_moved_sentence",
        DEMETR,
        move_para(D, "There were also 141", 0).replace("141 new", "114 new"),
    )
    change(
        "number_in_moved_sentence",
        DEMETR,
        move_para(D, "The Colosseum in Rome", 20).replace("on June 1 local", "on July 1 local"),
    )
    change(
        "number_in_moved_sentence",
        DEMETR,
        move_para(D, "Catry said", 0).replace("85% of", "58% of"),
    )
    change(
        "number_in_moved_sentence",
        SEED,
        sub(
            sub(
                S,
                " In the latest estimate, Defense Minister Shin Wok-sik said last week that the number of North Korean shipping containers sent to Russia was 10,000.",
                "",
            ),
            S_MARCH,
            S_MARCH
            + " In the latest estimate, Defense Minister Shin Wok-sik said last week that the number of North Korean shipping containers sent to Russia was 12,000.",
        ),
    )

    change(
        "list_item",
        SEED,
        sub(S, S_SUPPLY, supply_list([w for w in WEAPONS if w != "rifles"])),
    )
    change(
        "list_item",
        SEED,
        sub(
            S,
            S_SUPPLY,
            supply_list(["drones" if w == "mortars" else w for w in WEAPONS], numbered=True),
        ),
    )
    change("list_item", DEMETR, sub(D, D_OSAKA, osaka_list(OSAKA[:2])))
    change("list_item", DEMETR, sub(D, D_JIANGXI, jiangxi_list("60 million", "20 million")))
    change("list_item", TALK2, sub(T2, " " + T2_STARS + " ", "\n\n" + stars_list("see planets")))

    change(
        "heading_changed",
        SEED,
        sub(
            S,
            "What do we know about previous arms shipments?",
            "What do we know about future arms shipments?",
        ),
    )
    change(
        "heading_changed",
        SEED,
        sub(S, "How important are these weapons?", "Why these weapons are decisive"),
    )
    change("heading_changed", SEED, "# Putin to visit South Korea\n\n" + S)
    change(
        "heading_changed",
        SEED,
        sub(
            S,
            "What do we know about previous arms shipments?",
            "## What do we know about previous oil shipments?",
        ),
    )

    change(
        "quotes_exchanged",
        SEED,
        sub(
            sub(
                S,
                "Just weeks later, U.S. officials said",
                "Just weeks later, South Korean military officials said",
            ),
            "South Korean military officials told reporters in November.",
            "U.S. officials told reporters in November.",
        ),
    )
    change(
        "quotes_exchanged",
        DEMETR,
        sub(
            sub(D, "Catry said that", "Christopher Hui Ching-yu said that"),
            "Christopher Hui Ching-yu said he is optimistic",
            "Catry said he is optimistic",
        ),
    )
    change(
        "quotes_exchanged",
        DEMETR,
        sub(
            sub(
                D,
                "According to the Italian media, Inter Milan's",
                "According to the South China Morning Post in Hong Kong, Inter Milan's",
            ),
            "The South China Morning Post in Hong Kong calls",
            "The Italian media calls",
        ),
    )
    change(
        "quotes_exchanged",
        SEED,
        sub(
            sub(
                S,
                "Experts point out that the Hwasong-11A",
                "Gen. Mark A. Milley pointed out that the Hwasong-11A",
            ),
            "then-U.S. military chief Gen. Mark A. Milley said he didn't think",
            "experts said they didn't think",
        ),
    )

    change(
        "attribution_moved",
        SEED,
        sub(
            sub(S, S_MARCH, S_MARCH.replace(", officials said.", ".")),
            "imposed on North Korea.",
            "imposed on North Korea, officials said.",
        ),
    )
    change(
        "attribution_moved",
        DEMETR,
        sub(
            sub(D, "According to the Italian media, Inter Milan's", "Inter Milan's"),
            "Christopher Hui Ching-yu said",
            "According to the Italian media, Christopher Hui Ching-yu said",
        ),
    )
    change(
        "attribution_moved",
        DEMETR,
        sub(
            sub(D, "According to the statistics, the pandemic", "The pandemic"),
            "In the innovation incubation base",
            "According to the statistics, in the innovation incubation base",
        ),
    )
    change(
        "attribution_moved",
        TALK2,
        sub(
            sub(
                T2,
                "Einstein realized that if space were empty, if the universe were empty, it would be",
                "If space were empty, if the universe were empty, it would be",
            ),
            "we might be able to paint it ourselves",
            "Einstein realized, we might be able to paint it ourselves",
        ),
    )

    change(
        "duplicate_changed",
        SEED,
        sub(
            S,
            "helps Russia maintain an advantage over Ukraine.",
            "helps Russia maintain an advantage over Ukraine. By May, North Korea had sent nearly 9,000 containers of weapons to Russia, officials said.",
        ),
    )
    change(
        "duplicate_changed",
        DEMETR,
        D
        + "\nAs of July 23 local time, the number of confirmed COVID-19 cases in the United States topped 5 million, accounting for 30% of global cases.\n",
    )
    change(
        "duplicate_changed",
        TALK5,
        sub(
            T5,
            "Each iceberg has its own individual personality.",
            "Each iceberg has its own individual personality. It's about 200 feet above the water, or 60 meters.",
        ),
    )
    change(
        "duplicate_changed",
        TALK2,
        sub(
            T2,
            "These are the natural curves in space.",
            "These are the natural curves in space. Now our Sun will collapse to a black hole.",
        ),
    )

    change(
        "negation_in_wrapped",
        SEED,
        wrap(
            sub(S, "are highly accurate and difficult", "are not highly accurate and difficult"), 72
        ),
    )
    change(
        "negation_in_wrapped",
        SEED,
        wrap(sub(S, "which North Korea could supply", "which North Korea could not supply"), 60),
    )
    change(
        "negation_in_wrapped",
        TALK2,
        wrap(
            sub(T2, "we would notice that we traveled", "we would not notice that we traveled"), 60
        ),
    )
    change(
        "negation_in_wrapped",
        TALK5,
        wrap(sub(T5, "They have a distinct way", "They do not have a distinct way"), 70),
    )
    change(
        "negation_in_wrapped",
        DEMETR,
        wrap(sub(D, "was fully prepared to divert", "was not fully prepared to divert"), 50),
    )

    change("number_with_layout", SEED, crlf(sub(S, "two-day trip", "three-day trip")))
    change(
        "number_with_layout",
        TALK5,
        sub(T5, "almost 10 years ago", "almost 20 years ago").replace("\n\n", "\n  \n"),
    )
    change(
        "number_with_layout",
        DEMETR,
        wrap(sub(D, "more than 330 photovoltaic", "more than 380 photovoltaic"), 60),
    )
    change(
        "number_with_layout",
        TALK2,
        sub(
            sub(T2, "crushed it down to six kilometers", "crushed it down to sixty kilometers"),
            "the universe is not a silent movie",
            "the universe is **not** a silent movie",
        ),
    )


def write_probe(items: list[Edit], out: Path) -> None:
    """Write ``items`` (class, base, kind, B) as a probe file, each id its class and number."""
    counters: dict[str, int] = {}
    lines = []
    for cls, base, kind, b in items:
        assert b != read(base), (cls, base)
        counters[cls] = counters.get(cls, 0) + 1
        item = {
            "id": f"{cls}-{counters[cls]:03d}",
            "kind": kind,
            "class": cls,
            "base": base,
            "b": b,
        }
        lines.append(json.dumps(item, ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    kinds = {k: sum(1 for i in items if i[2] == k) for k in ("change", "control")}
    print(f"{len(items)} items, {len(counters)} classes, {kinds}")


def main() -> None:
    build()
    write_probe(ITEMS, OUT)


if __name__ == "__main__":
    main()
