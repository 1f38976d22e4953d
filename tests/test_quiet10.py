"""Honest variation of probe_quiet10 (issue 7: trust): the variation a good translator or editor
makes beyond the kinds of probe_rewording (a noun for a verb, the 's form for "of", a pronoun
resolved to its name, a title spelt out, an apposition given or turned round, a holiday for its
date, a backshift in reported speech, a cleft or existential sentence, a negation said
positively, an idiomatic quantity, an adverb moved, a discourse marker of the same force, a
figure in another format, quotation style), beside changes of the same surface shapes, which do
shift the meaning. The probe was written before the judge's rules for these kinds were read; its
first run on main d4a8590 is the out-of-sample figure (benchmarks/data/README.md). The probe's
format is tested here; the rules written against it are tested below with their loud twins, on
sentences that are not the probe's."""

from __future__ import annotations

from pathlib import Path

from _hits import assert_probe_format, assert_probe_own_kinds, assert_probe_twins, probe_items

PROBE = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "probe_quiet10.jsonl"


def test_the_probe_holds_a_twin_for_every_kind() -> None:
    items = probe_items(PROBE)
    assert_probe_twins(items, least=150)
    assert len({i["class"] for i in items if i["kind"] == "change"}) >= 12
    assert sum(i["kind"] == "control" for i in items) >= 90


def test_the_probe_items_are_news_sentences_in_the_loaders_format() -> None:
    assert_probe_format(probe_items(PROBE), words=(14, 40))


def test_the_probe_kinds_are_in_no_other_probe() -> None:
    assert_probe_own_kinds(PROBE)
