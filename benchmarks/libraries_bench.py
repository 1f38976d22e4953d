"""vardiff's hand-written input stages against registry libraries, side by side (issue 13).

Each job runs the current code and every candidate that is installed on the same inputs, in
the same process, and prints one table per job. A candidate that is not installed is listed as
such (``pip install charset-normalizer selectolax trafilatura justext pysbd syntok blingfire
quantulum3 text2num numerizer`` installs them all; none is a vardiff dependency unless the
README's "Built on" table says so).

* encoding: decoded text equal to the original, on UTF-8 with one bad byte, cp1252, Latin-1,
  Shift-JIS, GB18030 and UTF-16 without a byte-order mark;
* sentences: boundary F1 on the hand-made gold of seeds 000/001; on the MQM dev talks, where
  each segment is a line of the corpus, the share of segment ends found when a talk's
  segments are joined into one paragraph (English ``ref``, and the Chinese source, joined
  without spaces); Cyrillic; time;
* numbers: same-amount pairs that must compare equal, different amounts that must not, and
  DEMETR dev "numbers replaced" (detection) against the unperturbed MT (false alarms);
* HTML: the seeds wrapped in realistic page markup (navigation, ads, scripts, cookie banner,
  footer): share of article sentences kept and of boilerplate lines leaked; 80,000 nested
  unmatched tags and malformed markup: time and whether it finishes.

Run from the repository root: ``nice -n 10 python benchmarks/libraries_bench.py``.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vardiff._html import html_to_text  # noqa: E402
from vardiff._numbers import compare_quantities  # noqa: E402
from vardiff._segment import segment  # noqa: E402
from vardiff._source import decode_bytes  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def _optional(name: str) -> Any:
    try:
        return __import__(name, fromlist=["_"])
    except Exception:
        return None


def _timed(fn: Callable[..., Any], *args: Any) -> tuple[Any, float]:
    started = time.perf_counter()
    try:
        result = fn(*args)
    except Exception as exc:  # a candidate that fails on an input scores zero there
        result = exc
    return result, time.perf_counter() - started


def _table(title: str, header: list[str], rows: list[list[str]]) -> None:
    print(f"\n### {title}\n")
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for row in rows:
        print("| " + " | ".join(row) + " |")


# -- encoding ------------------------------------------------------------------------------------


def encoding_job() -> None:
    seed = SEEDS[1].read_text(encoding="utf-8")
    at = seed.index("“")
    western = "“Naïve” café owners in Zürich paid 5 € — déjà vu. " * 20
    cases = {
        "UTF-8, one bad byte": (
            seed[:at].encode() + b"\xff" + seed[at:].encode(),
            seed[:at] + "\ufffd" + seed[at:],
        ),
        "cp1252": (western.encode("cp1252"), western),
        "Latin-1": (
            ("Ça coûte 5 ¤ à Zürich; «naïve» façade. " * 20).encode("latin-1"),
            "Ça coûte 5 ¤ à Zürich; «naïve» façade. " * 20,
        ),
        "Shift-JIS": (
            ("東京都は新しい予算を発表しました。市民は驚いた。" * 10).encode("shift_jis"),
            "東京都は新しい予算を発表しました。市民は驚いた。" * 10,
        ),
        "GB18030": (
            ("俄罗斯总统普京将访问朝鲜。他说这很重要。" * 10).encode("gb18030"),
            "俄罗斯总统普京将访问朝鲜。他说这很重要。" * 10,
        ),
        "UTF-16 LE, no BOM": (seed.encode("utf-16-le"), seed),
    }
    candidates: dict[str, Callable[[bytes], str]] = {
        "vardiff rules": lambda data: decode_bytes(data, name="x")[0],
    }
    normalizer = _optional("charset_normalizer")
    if normalizer is not None:

        def charset_normalizer(data: bytes) -> str:
            best = normalizer.from_bytes(data).best()
            return "" if best is None else str(best)

        candidates["charset-normalizer " + normalizer.__version__] = charset_normalizer
    rows = []
    for name, decode in candidates.items():
        row = [name]
        total = 0.0
        for data, expected in cases.values():
            text, seconds = _timed(decode, data)
            total += seconds
            row.append("yes" if text == expected else "no")
        row.append(f"{1000 * total:.1f} ms")
        rows.append(row)
    _table("encoding: decoded exactly", ["method", *cases, "time, all six"], rows)


# -- sentences -----------------------------------------------------------------------------------


def _f1(gold: set[int], found: set[int]) -> float:
    hits = len(gold & found)
    if not gold and not found:
        return 1.0
    precision = hits / len(found) if found else 0.0
    recall = hits / len(gold) if gold else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _ends(text: str, pieces: list[str]) -> set[int]:
    """End offsets of ``pieces`` (a segmenter's output) located in order in ``text``."""
    ends, pos = set(), 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        at = text.find(piece, pos)
        if at < 0:
            continue
        pos = at + len(piece)
        ends.add(pos)
    ends.discard(len(text.rstrip()))
    return ends


def sentence_job() -> None:
    gold_doc = json.loads((DATA / "segment_gold.json").read_text(encoding="utf-8"))["seeds"]
    segmenters: dict[str, Callable[[str], list[str]]] = {
        "vardiff rules": lambda text: [s.text for s in segment(text)],
    }
    pysbd = _optional("pysbd")
    if pysbd is not None:
        english = pysbd.Segmenter(language="en", clean=False)
        chinese = pysbd.Segmenter(language="zh", clean=False)

        def pysbd_segment(text: str) -> list[str]:
            zh = re.search(r"[\u4e00-\u9fff]", text) is not None
            return [
                str(s)
                for line in text.splitlines()
                for s in (chinese if zh else english).segment(line)
            ]

        segmenters["pysbd"] = pysbd_segment
    syntok = _optional("syntok.segmenter")
    if syntok is not None:

        def syntok_segment(text: str) -> list[str]:
            out = []
            for paragraph in syntok.analyze(text):
                for sentence in paragraph:
                    out.append("".join(t.spacing + t.value for t in sentence).strip())
            return out

        segmenters["syntok"] = syntok_segment
    blingfire = _optional("blingfire")
    if blingfire is not None:
        segmenters["blingfire"] = lambda text: [
            s for line in text.splitlines() for s in blingfire.text_to_sentences(line).split("\n")
        ]

    # Gold: the seeds; MQM talks (each segment ends a sentence); Cyrillic.
    corpora: dict[str, list[tuple[str, set[int]]]] = {"seeds gold (F1)": []}
    for file_name, sentences in gold_doc.items():
        text = (ROOT / "seeds" / file_name).read_text(encoding="utf-8")
        corpora["seeds gold (F1)"].append((text, _ends(text, sentences)))
    talks: dict[tuple[str, str], dict[int, str]] = {}
    with open(DATA / "mqm_ted_zhen.dev.tsv", encoding="utf-8") as stream:
        for row in csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row["system"] == "ref":
                clean = re.sub(r"</?v>", "", row["target"])
                talks.setdefault(("en", row["doc"]), {})[int(row["seg_id"])] = clean
                talks.setdefault(("zh", row["doc"]), {})[int(row["seg_id"])] = row["source"]
    for (lang, _), segs in sorted(talks.items()):
        pieces = [segs[k].strip() for k in sorted(segs)]
        joiner = " " if lang == "en" else ""
        text = joiner.join(pieces)
        corpora.setdefault(f"MQM {lang} talks (F1 at segment ends)", []).append(
            (text, _ends(text, pieces))
        )
    russian = [
        "Президент России Владимир Путин во вторник отправится в Северную Корею.",
        "Он встретится с Ким Чен Ыном, сообщил Кремль.",
        "«Это важный визит», — сказал Песков.",
        "По данным Сеула, КНДР передала 3 млн снарядов.",
    ]
    text = " ".join(russian)
    corpora["Cyrillic (F1)"] = [(text, _ends(text, russian))]

    rows = []
    for name, split in segmenters.items():
        row = [name]
        total = 0.0
        for documents in corpora.values():
            scores = []
            for text, gold in documents:
                pieces, seconds = _timed(split, text)
                total += seconds
                scores.append(
                    0.0 if isinstance(pieces, Exception) else _f1(gold, _ends(text, pieces))
                )
            row.append(f"{sum(scores) / len(scores):.2f}")
        row.append(f"{1000 * total:.0f} ms")
        rows.append(row)
    _table("sentences: boundary F1", ["method", *corpora, "time, all"], rows)


# -- numbers -------------------------------------------------------------------------------------

SAME = [
    ("3,000,000 shells", "3 000 000 shells"),
    ("3,000,000 shells", "3\u202f000\u202f000 shells"),
    ("three million shells", "3 million shells"),
    ("half a million rockets", "500,000 rockets"),
    ("152mm shells", "152 millimeter shells"),
    ("two and a half million", "2.5 million"),
    ("three\u200bmillion shells", "three million shells"),
    ("10 percent", "ten per cent"),
]
DIFFERENT = [
    ("3 million shells", "5 million shells"),
    ("half a million rockets", "5,000 rockets"),
    ("152mm shells", "122mm shells"),
    ("3 000 000 shells", "300 000 shells"),
]


def _vardiff_same(a: str, b: str) -> bool:
    diff = compare_quantities(a, b)
    return not diff.only_a and not diff.only_b


def numbers_job() -> None:
    methods: dict[str, Callable[[str, str], bool]] = {"vardiff rules": _vardiff_same}
    quantulum = _optional("quantulum3.parser")
    if quantulum is not None:

        def quantulum_same(a: str, b: str) -> bool:
            def values(text: str) -> list[tuple[float, str]]:
                return sorted((round(q.value, 6), q.unit.name) for q in quantulum.parse(text))

            return values(a) == values(b)

        methods["quantulum3"] = quantulum_same
    text2num = _optional("text_to_num")
    if text2num is not None:
        methods["text2num + vardiff"] = lambda a, b: _vardiff_same(
            text2num.alpha2digit(a, "en"), text2num.alpha2digit(b, "en")
        )
    numerizer = _optional("numerizer")
    if numerizer is not None:
        methods["numerizer + vardiff"] = lambda a, b: _vardiff_same(
            numerizer.numerize(a), numerizer.numerize(b)
        )

    demetr = []
    for line in (DATA / "demetr_dev.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        for perturbed in item["perturbed"]:
            if perturbed["kind"] == "critical_id10_numbers_replaced":
                demetr.append((item["mt"], perturbed["text"]))
    rows = []
    for name, same in methods.items():
        total = 0.0
        right_same = right_diff = caught = alarms = 0
        for a, b in SAME:
            result, seconds = _timed(same, a, b)
            total += seconds
            right_same += result is True
        for a, b in DIFFERENT:
            result, seconds = _timed(same, a, b)
            total += seconds
            right_diff += result is False
        for mt, perturbed in demetr:
            result, seconds = _timed(same, mt, perturbed)
            total += seconds
            caught += result is False
            result, seconds = _timed(same, mt, mt)
            total += seconds
            alarms += result is not True
        rows.append(
            [
                name,
                f"{right_same}/{len(SAME)}",
                f"{right_diff}/{len(DIFFERENT)}",
                f"{caught / len(demetr):.1%}",
                f"{alarms / len(demetr):.1%}",
                f"{1000 * total:.0f} ms",
            ]
        )
    _table(
        "numbers",
        [
            "method",
            "same amount seen as same",
            "different amount seen as different",
            f"DEMETR numbers replaced caught (n={len(demetr)})",
            "false alarm, MT vs itself",
            "time",
        ],
        rows,
    )


# -- HTML ----------------------------------------------------------------------------------------

BOILERPLATE = [
    "Home",
    "World",
    "Subscribe for $1 a week",
    "Advertisement",
    "We use cookies to improve your experience. Accept all",
    "Most popular stories",
    "© 2024 The Daily Example. All rights reserved.",
    "Share on Facebook",
]


def _page(text: str) -> str:
    paragraphs = "\n".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip())
    return f"""<!DOCTYPE html><html><head><title>Daily Example</title>
<script>window.dataLayer = []; function track() {{ return "Advertisement"; }}</script>
<style>.ad {{ display: block }}</style></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<div class="promo">Subscribe for $1 a week</div></header>
<div id="cookie-banner" class="consent">We use cookies to improve your experience.
<button>Accept all</button></div>
<main><article><h1>{text.splitlines()[0][:80]}</h1>
<div class="ad">Advertisement</div>
{paragraphs}
<div class="share">Share on Facebook</div>
</article>
<aside><h2>Most popular stories</h2><ul><li><a href="/x">Another story</a></li></ul></aside>
</main><footer>© 2024 The Daily Example. All rights reserved.</footer>
<script>track();</script></body></html>"""


def html_job() -> None:
    extractors: dict[str, Callable[[str], str]] = {"vardiff (stdlib parser)": html_to_text}
    selectolax = _optional("selectolax.lexbor")
    if selectolax is not None and "--skip-selectolax" not in sys.argv:

        def selectolax_text(markup: str) -> str:
            tree = selectolax.LexborHTMLParser(markup)
            for node in tree.css("script, style, nav, header, footer, aside, noscript, template"):
                node.decompose()
            body = tree.body
            return "" if body is None else body.text(separator="\n")

        extractors["selectolax (Lexbor) + tag rules"] = selectolax_text
    trafilatura = _optional("trafilatura")
    if trafilatura is not None:
        extractors["trafilatura"] = lambda markup: (
            trafilatura.extract(markup, include_comments=False, favor_recall=True) or ""
        )
    justext = _optional("justext")
    if justext is not None:
        stop = justext.get_stoplist("English")
        extractors["justext"] = lambda markup: "\n".join(
            p.text for p in justext.justext(markup, stop) if not p.is_boilerplate
        )

    pages = [
        (seed.read_text(encoding="utf-8"), _page(seed.read_text(encoding="utf-8")))
        for seed in SEEDS[2:5]
    ]
    nested = "<div><span>" * 40_000 + "The army sent three million shells." + "</i>" * 40_000
    malformed = (
        "<p>One <b>bold <i>mixed</b> tags.</i><p>Two<td>cell</tr><![foo[ x ]]>"
        "<p>Three &amp; &bogus; <a href=x title='unterminated>Four.</p>" * 200
    )
    rows = []
    for name, extract in extractors.items():
        kept = leaked = lines = 0
        total = 0.0
        for text, page in pages:
            out, seconds = _timed(extract, page)
            total += seconds
            out = "" if isinstance(out, Exception) else " ".join(str(out).split())
            sentences = [s.text for s in segment(text)]
            lines += len(sentences)
            kept += sum(1 for s in sentences if " ".join(s.split()) in out)
            leaked += sum(1 for b in BOILERPLATE if b in out)
        nested_out, nested_s = _timed(extract, nested)
        bad_out, bad_s = _timed(extract, malformed)
        rows.append(
            [
                name,
                f"{kept / lines:.1%}",
                f"{leaked}/{len(BOILERPLATE) * len(pages)}",
                f"{1000 * total / len(pages):.1f} ms",
                f"{nested_s:.2f} s" + (" (error)" if isinstance(nested_out, Exception) else ""),
                f"{1000 * bad_s:.0f} ms" + (" (error)" if isinstance(bad_out, Exception) else ""),
            ]
        )
    _table(
        "HTML: the seeds as web pages",
        [
            "method",
            "article sentences kept",
            "boilerplate lines leaked",
            "time a page",
            "80,000 nested tags",
            "malformed markup",
        ],
        rows,
    )


def main() -> None:
    jobs = {
        "encoding": encoding_job,
        "sentences": sentence_job,
        "numbers": numbers_job,
        "html": html_job,
    }
    chosen = [a for a in sys.argv[1:] if not a.startswith("--")] or list(jobs)
    for name in chosen:
        jobs[name]()


if __name__ == "__main__":
    main()
