"""Honest variation of probe_quiet18 (issue 7: trust): the variation a good translator or editor
makes beyond the kinds of the earlier probes: a content word against its multiword or
hyphenated synonym ("went on strike" / "walked out", "table tennis" / "ping-pong"), an event or
an institution under its other usual name ("the Second World War" / "World War II", "the
Federal Reserve" / "the Fed"), a clock time in words or figures ("a quarter to four in the
morning" / "3.45am", "midday" / "noon"), litotes ("not unlike" / "similar to"), two adverbials
in the other order ("met in Geneva on Tuesday" / "met on Tuesday in Geneva"), a doer's noun
against its verb ("a fierce critic of" / "fiercely criticised"), a quality told by "of" and a
noun ("of great importance" / "very important"), a verb with its path inside ("entered" /
"went into"), a verb of feeling turned round ("angered trade unions" / "Trade unions were
angered by"), a relational adjective ("presidential election" / "election for president"), a
headline word ("slammed" / "strongly criticised"), a gendered job word and its neutral form
("firemen" / "firefighters"), a topic phrase ("When it comes to taxes" / "On taxes") and a verb
of beginning, going on or stopping ("continued searching" / "kept on searching"), beside changes
of the same surface shapes, which do shift the meaning. The probe was written before the
judge's rules for these kinds were read; its first run on main fb4f5a5 is the out-of-sample
figure (benchmarks/data/README.md)."""

from __future__ import annotations

from pathlib import Path

from _hits import (
    assert_probe_file,
    assert_probe_twin_per_change,
    assert_quiet_probe_shape,
    probe_items,
)

PROBE = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "probe_quiet18.jsonl"


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
