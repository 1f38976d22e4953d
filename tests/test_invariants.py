"""What must hold for any input: nothing lost, nothing invented, the contract kept, same answer.

The pipeline properties run on generated text with ``FakeEmbedder`` (a hashed bag of words), so
hypothesis can try many inputs quickly; they are properties of segmenting, aligning, diffing,
judging and reporting, which do not depend on how good the vectors are. One determinism test
runs the real model on the seeds.

``FakeEmbedder`` (from ``_embedders``) and ``check_vardiff1`` are shared with ``test_cli.py``
and ``test_robustness.py``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from typing import Any

# The stand-in embedders live in a light module, for subprocesses that need one without
# hypothesis; other tests import them from here too.
from _embedders import FakeEmbedder as FakeEmbedder
from _embedders import NoEmbedder as NoEmbedder
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import vardiff
from vardiff import Comparer, Report

# -- the vardiff/1 contract ------------------------------------------------------------------

_SEVERITIES = ("high", "medium", "low", "info")
_STATUSES = {"equal", "changed", "omitted", "added"}
_OPS = {"equal", "delete", "insert", "replace"}


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> bool:
    return (_is_int(value) or isinstance(value, float)) and math.isfinite(value)  # type: ignore[arg-type]


def check_vardiff1(doc: Any) -> None:
    """Assert that ``doc`` (parsed JSON or ``Report.to_dict()``) has the documented shape.

    schema; settings.model; a/b name and sentences [text, start, end]; pairs [a, b,
    similarity, status, ops [op, a, b, optional moved id shared by one delete and one insert],
    findings [category, severity, a, b, message]];
    summary [pairs, changed, omitted, added, findings {high, medium, low, info}, coverage {a, b}].
    Also: the document is strict JSON (no NaN), indices stay in range, each sentence is in
    exactly one pair and in order, each pair's ops rebuild its texts, and the summary counts
    agree with the pairs.
    """
    json.dumps(doc, allow_nan=False)  # NaN or Infinity would not be JSON
    assert isinstance(doc, dict)
    assert doc["schema"] == "vardiff/1"

    cfg = doc["settings"]
    assert isinstance(cfg, dict)
    assert isinstance(cfg["model"], str) and cfg["model"]
    assert _is_int(cfg["max_sentence_chars"]) and cfg["max_sentence_chars"] > 0
    tokens = cfg["max_model_tokens"]
    assert tokens is None or (_is_int(tokens) and tokens > 0)
    for key in ("min_severity", "fail_on"):
        assert cfg[key] in _SEVERITIES

    sides: dict[str, list[str]] = {}
    for side in ("a", "b"):
        part = doc[side]
        assert isinstance(part["name"], str)
        texts = []
        previous_end = 0
        for sentence in part["sentences"]:
            assert set(sentence) >= {"text", "start", "end"}
            text, start, end = sentence["text"], sentence["start"], sentence["end"]
            assert isinstance(text, str) and text and text == text.strip()
            assert _is_int(start) and _is_int(end)
            assert previous_end <= start < end and end - start == len(text)
            previous_end = end
            # Compared as read: a line break inside a sentence (hard-wrapped text) is a space,
            # and a sentence read otherwise (markup, a list) says how in its "reading".
            reading = sentence.get("reading")
            assert reading is None or (isinstance(reading, str) and reading)
            texts.append(
                reading or re.sub(r"\s*[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]\s*", " ", text)
            )
        sides[side] = texts

    pairs = doc["pairs"]
    assert isinstance(pairs, list)
    seen: dict[str, list[int]] = {"a": [], "b": []}
    counts = dict.fromkeys(_SEVERITIES, 0)
    for pair in pairs:
        assert set(pair) >= {"a", "b", "similarity", "status", "ops", "findings"}
        for side in ("a", "b"):
            indices = pair[side]
            assert isinstance(indices, list) and all(_is_int(i) for i in indices)
            assert indices == sorted(indices)
            seen[side].extend(indices)
        assert pair["a"] or pair["b"], "a pair with no sentence at all"
        similarity = pair["similarity"]
        assert similarity is None or _is_number(similarity)
        status = pair["status"]
        assert status in _STATUSES
        assert (status == "omitted") == (not pair["b"])
        assert (status == "added") == (not pair["a"])
        a_text = " ".join(sides["a"][i] for i in pair["a"])
        b_text = " ".join(sides["b"][j] for j in pair["b"])
        assert (status == "equal") == (bool(pair["a"] and pair["b"]) and a_text == b_text)
        halves: dict[int, list[str]] = {}
        for op in pair["ops"]:
            assert set(op) >= {"op", "a", "b"} and op["op"] in _OPS
            assert isinstance(op["a"], str) and isinstance(op["b"], str)
            if "moved" in op:
                # The two halves of a move: one delete and one insert with the same id.
                assert _is_int(op["moved"]) and op["moved"] >= 1
                assert op["op"] in ("delete", "insert")
                assert (
                    (op["a"] and not op["b"]) if op["op"] == "delete" else (op["b"] and not op["a"])
                )
                halves.setdefault(op["moved"], []).append(op["op"])
        assert all(sorted(kinds) == ["delete", "insert"] for kinds in halves.values())
        assert "".join(op["a"] for op in pair["ops"]) == a_text
        assert "".join(op["b"] for op in pair["ops"]) == b_text
        for finding in pair["findings"]:
            assert set(finding) >= {"category", "severity", "a", "b", "message"}
            assert isinstance(finding["category"], str) and finding["category"]
            assert finding["severity"] in _SEVERITIES
            assert isinstance(finding["a"], str) and isinstance(finding["b"], str)
            assert isinstance(finding["message"], str) and finding["message"]
            if "score" in finding:  # vardiff/1 readers may meet findings without these
                assert _is_number(finding["score"]) and 0.0 <= finding["score"] <= 1.0
            if "check" in finding:
                assert isinstance(finding["check"], str) and isinstance(finding["evidence"], dict)
                assert all(
                    _is_number(v) or isinstance(v, str) for v in finding["evidence"].values()
                )
                for side in ("a", "b"):
                    span = finding[f"{side}_span"]
                    text = a_text if side == "a" else b_text
                    assert span is None or (0 <= span[0] <= span[1] <= len(text))
            counts[finding["severity"]] += 1
    # Every sentence of each side in exactly one pair, and the pairs in document order.
    assert seen["a"] == list(range(len(sides["a"])))
    assert seen["b"] == list(range(len(sides["b"])))

    summary = doc["summary"]
    assert summary["pairs"] == len(pairs)
    for status in ("changed", "omitted", "added"):
        assert summary[status] == sum(p["status"] == status for p in pairs)
    assert summary["findings"] == counts
    if "relation" in summary:  # added within vardiff/1: absent in older reports
        assert summary["relation"] in {"versions", "related", "unrelated"}
        basis = summary["relation_basis"]
        for side in ("a", "b"):
            assert _is_number(basis["matched"][side]) and 0.0 <= basis["matched"][side] <= 1.0
        assert _is_int(basis["aligned_pairs"]) and _is_int(basis["loose_pairs"])
        assert 0 <= basis["loose_pairs"] <= basis["aligned_pairs"]
        assert basis["aligned_pairs"] == sum(bool(p["a"] and p["b"]) for p in pairs)
    assert set(summary["coverage"]) == {"a", "b"}
    for side in ("a", "b"):
        coverage = summary["coverage"][side]
        assert _is_number(coverage) and 0.0 <= coverage <= 1.0


def check_report(report: Report, text_a: str, text_b: str) -> None:
    """The contract, plus what only the objects can show: offsets into the original texts."""
    assert report.a.text == text_a and report.b.text == text_b
    for doc in (report.a, report.b):
        for sentence in doc.sentences:
            assert doc.text[sentence.start : sentence.end] == sentence.text
            assert len(sentence.text) <= report.settings.max_sentence_chars
    for pair in report.pairs:
        assert "".join(op.a for op in pair.ops) == pair.a_text
        assert "".join(op.b for op in pair.ops) == pair.b_text
        assert pair.a_text == " ".join(report.a.sentences[i].reading for i in pair.a)
        assert pair.b_text == " ".join(report.b.sentences[j].reading for j in pair.b)
    check_vardiff1(report.to_dict())
    check_vardiff1(json.loads(report.to_json()))


# -- generated text --------------------------------------------------------------------------

_WORDS = st.sampled_from(
    "the a shells Russia North Korea said not never may will 152mm 3 million 1,000 10:30 "
    "U.S. Mr. No. 5 3.5% “quoted” 'single' (aside) — – - / café 東京 Ünïcödé ﬁ".split()
)
_PUNCT = st.sampled_from([".", "?", "!", "…", ",", ";", ":", "", "", "", "."])
_SENTENCE = st.builds(
    lambda words, end: " ".join(words) + end, st.lists(_WORDS, min_size=0, max_size=12), _PUNCT
)
_LONG = st.builds(
    lambda words, n: " ".join(words * n)[:3000],
    st.lists(_WORDS, min_size=1, max_size=4),
    st.integers(min_value=1, max_value=400),
)
_SEPARATOR = st.sampled_from([" ", "\n", "\n\n", "\r\n", "\r", "\t", "  ", "\n \n", "\u2029"])
_LINE_PREFIX = st.sampled_from(["", "", "", "- ", "* ", "1. ", "# ", "## ", "| ", "> "])
_PIECE = st.one_of(
    st.builds(lambda p, s: p + s, _LINE_PREFIX, _SENTENCE),
    _LONG,
    st.text(max_size=30),
    st.sampled_from(["", " ", ".", "...", "| 1 | 2.5 | 3 |", "12 34 56 78", "?!", "\x0c"]),
)
_DOCUMENT = st.builds(
    lambda pieces, seps: "".join(p + seps[i % len(seps)] for i, p in enumerate(pieces)),
    st.lists(_PIECE, max_size=14),
    st.lists(_SEPARATOR, min_size=1, max_size=4),
)


@st.composite
def _versions(draw: st.DrawFn) -> tuple[str, str]:
    """Two versions: unrelated, or B an edit of A (sentences dropped, added, changed, moved)."""
    a = draw(_DOCUMENT)
    if draw(st.booleans()):
        return a, draw(_DOCUMENT)
    lines = a.split("\n")
    edits = draw(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 50), _PIECE), max_size=5))
    for kind, where, piece in edits:
        at = where % (len(lines) + 1)
        if kind == 0 and at < len(lines):
            del lines[at]
        elif kind == 1:
            lines.insert(at, piece)
        elif kind == 2 and at < len(lines):
            lines[at] = lines[at].replace(" ", f" {piece} ", 1)
        elif kind == 3 and at < len(lines):
            lines.append(lines.pop(at))
    return a, "\n".join(lines)


_MAX_CHARS = st.sampled_from([1000, 1000, 200, 40, 20])
_PROPERTY = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_PROPERTY
@given(versions=_versions(), max_chars=_MAX_CHARS, max_group=st.sampled_from([1, 3, 6]))
def test_nothing_is_lost_and_the_contract_holds(
    versions: tuple[str, str], max_chars: int, max_group: int
) -> None:
    a, b = versions
    comparer = Comparer(embedder=FakeEmbedder(), max_sentence_chars=max_chars, max_group=max_group)
    report = comparer.compare(a, b)
    check_report(report, a, b)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(versions=_versions(), max_chars=_MAX_CHARS)
def test_compare_is_deterministic(versions: tuple[str, str], max_chars: int) -> None:
    a, b = versions
    first = Comparer(embedder=FakeEmbedder(), max_sentence_chars=max_chars).compare(a, b)
    again = Comparer(embedder=FakeEmbedder(), max_sentence_chars=max_chars).compare(a, b)
    assert first.to_dict() == again.to_dict()
    assert first.to_json() == again.to_json()


@settings(max_examples=40, deadline=None)
@given(text=_DOCUMENT)
def test_identical_versions_need_no_model_and_are_all_equal(text: str) -> None:
    report = Comparer(embedder=NoEmbedder()).compare(text, text)
    check_report(report, text, text)
    assert all(p.status == "equal" and not p.findings for p in report.pairs)
    assert len(report.pairs) == len(report.a.sentences)


@settings(max_examples=40, deadline=None)
@given(text=_DOCUMENT, blank=st.sampled_from(["", " ", "\n\n", " \t\r\n\u00a0\u2029 "]))
def test_against_an_empty_side_every_sentence_is_omitted_or_added(text: str, blank: str) -> None:
    comparer = Comparer(embedder=NoEmbedder())
    omitted = comparer.compare(text, blank)
    check_report(omitted, text, blank)
    assert [p.status for p in omitted.pairs] == ["omitted"] * len(omitted.a.sentences)
    added = comparer.compare(blank, text)
    check_report(added, blank, text)
    assert [p.status for p in added.pairs] == ["added"] * len(added.b.sentences)


def test_real_model_is_deterministic_on_the_seeds(seed_texts: tuple[str, str]) -> None:
    a, b = seed_texts
    # The model is shared with the other seed tests (loading it twice would cost seconds). If
    # the seeds are not cached yet, the first run computes their vectors and the second reads
    # them back from the cache: the report must not depend on which of the two happened.
    first = vardiff.compare(a, b, name_a="000", name_b="001")
    again = vardiff.compare(a, b, name_a="000", name_b="001")
    check_report(first, a, b)
    assert first.to_dict() == again.to_dict()
    assert first.settings.max_model_tokens == 256
    assert any(p.status != "equal" for p in first.pairs)


def test_the_contract_check_rejects_broken_documents() -> None:
    """The validator itself: each of these documents breaks one documented rule."""
    a = "Shells arrived. More are expected.\nThe end."
    b = "Shells arrived. Fewer are expected.\nAn epilogue."
    good = Comparer(embedder=FakeEmbedder()).compare(a, b).to_dict()
    check_vardiff1(good)

    def broken(change: Callable[[dict[str, Any]], object]) -> dict[str, Any]:
        doc = json.loads(json.dumps(good))
        change(doc)
        return doc

    breakages: list[Callable[[dict[str, Any]], object]] = [
        lambda d: d.update(schema="vardiff/2"),
        lambda d: d["settings"].pop("model"),
        lambda d: d["a"]["sentences"][0].update(end=999),
        lambda d: d["pairs"].pop(0),  # a sentence in no pair
        lambda d: d["pairs"].append(d["pairs"][0]),  # a sentence in two pairs
        lambda d: d["pairs"].reverse(),  # out of order
        lambda d: d["pairs"][0]["ops"].pop(),  # ops no longer rebuild the text
        lambda d: d["pairs"][0].update(status="sideways"),
        lambda d: d["pairs"][0]["ops"][0].update(moved=1),  # a move with one half only
        lambda d: d["pairs"][0].update(similarity=float("nan")),
        lambda d: d["summary"]["findings"].pop("info"),
        lambda d: d["summary"].update(pairs=99),
        lambda d: d["summary"]["coverage"].update(a=1.5),
        lambda d: d["summary"].update(relation="cousins"),
    ]
    for change in breakages:
        try:
            check_vardiff1(broken(change))
        except (AssertionError, KeyError, ValueError):
            continue
        raise AssertionError("check_vardiff1 accepted a broken document")
