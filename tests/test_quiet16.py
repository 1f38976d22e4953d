"""Honest variation of probe_quiet16 (issue 7: trust): the variation a good translator or editor
makes beyond the kinds of the earlier probes: a concession said another way ("although it
rained" / "despite the rain"), a clause extraposed or raised ("That he had signed came as a
shock" / "It came as a shock that he had signed", "It seems that the talks have stalled" / "The
talks seem to have stalled"), examples introduced another way ("such as" / "including" /
"among them"), a contraction and its full form ("won't" / "will not"), a collective noun's
agreement ("the board has" / "the board have"), a generic subject said another way ("The wolf
has returned" / "Wolves have returned", "you" / "one"), a unit written out or abbreviated
("160 km/h" / "160 kilometres per hour"), an emphatic reflexive that adds nothing ("the
president himself" / "the president personally"), a stance adverb said another way
("Fortunately" / "Luckily", "Clearly" / "It is clear that"), a manner adverb against an
adjective or a phrase ("responded swiftly" / "gave a swift response", "carefully" / "with great
care"), "no" against "not any" ("found no survivors" / "did not find any survivors", "never" /
"not once"), a "get" or "have" passive ("got hit by" / "was hit by", "had her passport stolen" /
"her passport was stolen"), a modal said by its periphrasis ("is to visit" / "will visit",
"will have to" / "must") and possession said another way ("is home to 2.5 million people" /
"has a population of 2.5 million"), beside changes of the same surface shapes, which do shift
the meaning. The probe was written before the judge's rules for these kinds were read; its first
run on main 2b03216 is the out-of-sample figure (benchmarks/data/README.md)."""

from __future__ import annotations

from pathlib import Path

from _hits import assert_probe_file, probe_items

PROBE = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "probe_quiet16.jsonl"


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
