"""Honest variation of probe_quiet11 (issue 7: trust): the variation a good translator or editor
makes beyond the kinds of probe_rewording and probe_quiet10 (a phrasal verb for its Latinate
verb, the particle before or after the object, a relative clause reduced or expanded, a
causative said another way, a nationality adjective for an "of" or "from" phrase, two events
told by coordination or subordination in the same order, a list introduced by its count or not,
a title before or after the name, an article that changes no reference, a noun compound for its
"of" phrase, an infinitive or a gerund after the same verb, an inverted sentence, "that" kept
or dropped), beside changes of the same surface shapes, which do shift the meaning. The probe
was written before the judge's rules for these kinds were read; its first run on main 58b99e5
is the out-of-sample figure (benchmarks/data/README.md). The probe's format is tested here."""

from __future__ import annotations

from pathlib import Path

from _hits import assert_probe_file, probe_items

PROBE = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "probe_quiet11.jsonl"


def test_the_probe_holds_twins_and_kinds_of_its_own_in_the_loaders_format() -> None:
    assert_probe_file(PROBE, least=160, kinds=12, words=(15, 40))
    assert sum(i["kind"] == "control" for i in probe_items(PROBE)) >= 100
