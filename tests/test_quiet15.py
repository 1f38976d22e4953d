"""Honest variation of probe_quiet15 (issue 7: trust): the variation a good translator or editor
makes beyond the kinds of the earlier probes: a euphemism for its plain word ("passed away" /
"died"), a degree adverb for its near-synonym ("sharply" / "steeply"), a deadline or a limit
said the other way ("within 30 days of" / "no more than 30 days after"), an age said another way
("a 40-year-old" / "aged 40", "in her seventies" / "a septuagenarian"), a quotation turned into
reported speech with its pronouns, tense and deictic words shifted, a region for its members
("the Baltic states" / "Estonia, Latvia and Lithuania"), a score said another way ("3-1" / "by
three goals to one", "a goalless draw" / "0-0"), a temperature said another way ("minus 15C" /
"15 degrees below zero"), a kinship term for its composed relation ("father-in-law" / "wife's
father"), a measure compound for its phrase ("a 400-page report" / "a report running to 400
pages"), the two objects of a verb of giving in the other frame ("gave the university a grant"
/ "gave a grant to the university"), a floated quantifier ("All the ministers" / "The ministers
all"), a range said another way ("between 18 and 24" / "18 to 24"), and a span of time in other
units ("48 hours" / "two days"), beside changes of the same surface shapes, which do shift the
meaning. The probe was written before the judge's rules for these kinds were read; its first run
on main f542c34 is the out-of-sample figure (benchmarks/data/README.md)."""

from __future__ import annotations

from pathlib import Path

from _hits import assert_probe_file, probe_items

PROBE = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "probe_quiet15.jsonl"


def test_the_probe_holds_twins_and_kinds_of_its_own_in_the_loaders_format() -> None:
    assert_probe_file(PROBE, least=160, kinds=14, words=(15, 40))
    items = probe_items(PROBE)
    # two thirds harmless controls: eight a kind beside four changes
    for kind in {i["class"] for i in items if i["kind"] == "change"}:
        assert sum(i["class"] == kind for i in items) == 4, kind
        assert sum(i["class"] == f"{kind}_twin" for i in items) == 8, kind


def test_each_change_edits_the_first_text_of_its_twin() -> None:
    by_id = {i["id"]: i for i in probe_items(PROBE)}
    for key, item in by_id.items():
        if item["kind"] == "change":
            twin = key.replace("-", "_twin-", 1)
            assert by_id[twin]["a"] == item["a"], key
    # and every first text is a sentence of its own, besides that of the change beside its twin
    firsts = [i["a"] for i in by_id.values() if i["kind"] == "control"]
    assert len(set(firsts)) == len(firsts)
