"""Honest variation of probe_quiet17 (issue 7: trust): the variation a good translator or editor
makes beyond the kinds of the earlier probes: a condition said another way ("Should the talks
fail" / "If the talks fail", "subject to approval by" / "if it is approved by"), a symmetric
predicate with its parties in the other order ("Celtic drew with Rangers" / "Rangers drew with
Celtic"), a name transliterated or accented another way ("Gaddafi" / "Qaddafi", "São Paulo" /
"Sao Paulo"), a time told by a possessive or a phrase ("Sunday's election" / "the election on
Sunday"), a change told with its two values in another order ("fell to 4.1 per cent from 4.3"
/ "fell from 4.3 to 4.1"), a plan kept or missed said another way ("ahead of schedule" /
"earlier than planned"), a demand in the subjunctive or with "should" ("demanded that the
minister resign" / "demanded the minister's resignation"), the same act by a second party
("followed suit" / "did the same"), a free relative ("Whoever wins" / "The winner"), an object
raised out of an infinitive ("It is hard to enforce the rules" / "The rules are hard to
enforce"), an absolute clause ("With inflation rising" / "As inflation was rising"), a time
clause ("As soon as" / "The moment"), a trend ("increasingly" / "more and more") and a purpose
("in order to" / "so as to"), beside changes of the same surface shapes, which do shift the
meaning. The probe was written before the judge's rules for these kinds were read; its first
run on main ae6ac7b is the out-of-sample figure (benchmarks/data/README.md)."""

from __future__ import annotations

from pathlib import Path

from _hits import (
    assert_probe_file,
    assert_probe_twin_per_change,
    assert_quiet_probe_shape,
    probe_items,
)

PROBE = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "probe_quiet17.jsonl"


def test_the_probe_holds_twins_and_kinds_of_its_own_in_the_loaders_format() -> None:
    assert_probe_file(PROBE, least=160, kinds=14, words=(15, 40))
    # two thirds harmless controls: eight a kind beside four changes, each editing a twin's text
    assert_quiet_probe_shape(PROBE)


def test_each_change_stands_beside_the_twin_whose_first_text_it_edits() -> None:
    items = probe_items(PROBE)
    # twins 001 to 004 of each kind restate the first texts its four changes edit
    edited = [
        i for i in items if i["kind"] == "change" or i["id"][-3:] in ("001", "002", "003", "004")
    ]
    assert_probe_twin_per_change(edited, kinds=14)
