"""Honest variation of probe_quiet12 (issue 7: trust): the variation a good translator or editor
makes beyond the kinds of the earlier probes: a word against a phrase that defines or explains
it ("nocturnal" / "active at night"), a share told as a fraction, a count or a percentage ("a
quarter of the 1,200" / "300 of the 1,200"), a change told as a multiple or a percentage
("halved" / "fell by 50 percent"), a majority or a minority told with "half" ("fewer than half"
/ "a minority"), a hedge of evidence told another way ("is thought to have" / "probably"), a
metonym for the body or the industry it names ("Wall Street" / "US stock markets"), an affix
for its phrase ("pre-war" / "before the war"), a rate told another way ("a year" / "annual"), a
period told another way ("the 19th century" / "the 1800s"), an aside in commas, dashes or
brackets, a second mention by name, initials or description, a superlative told from the other
side ("no other country has ... more" / "more than any other country"), and a comparison told
another way ("not as high as" / "lower than"), beside changes of the same surface shapes, which
do shift the meaning. The probe was written before the judge's rules for these kinds were read;
its first run on main ecc1f14 is the out-of-sample figure (benchmarks/data/README.md)."""

from __future__ import annotations

from pathlib import Path

from _hits import assert_probe_file, probe_items

PROBE = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "probe_quiet12.jsonl"


def test_the_probe_holds_twins_and_kinds_of_its_own_in_the_loaders_format() -> None:
    assert_probe_file(PROBE, least=160, kinds=13, words=(15, 40))
    items = probe_items(PROBE)
    assert sum(i["kind"] == "control" for i in items) >= 120
    # at least 16 words against their definitions, 8 definitions of another thing
    assert sum(i["class"] == "definition_twin" for i in items) >= 16
    assert sum(i["class"] == "definition" for i in items) >= 8
