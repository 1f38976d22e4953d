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
figure (benchmarks/data/README.md).

Rules written against it, each with its loud and quiet twins (sentences not the probe's): a
litotes affirms ("not unusual" / "quite common", "not without danger" / "dangerous"; against
the denying word itself it stays a flip, ``polarity``), and "not unlike" is a likeness
(``links``); one thing by two of the names WordNet gives it ("World War I" / "the Great War",
``vardiff/judge/_alike.py`` with ``data/names_alike.json``); a relational adjective said by the
noun it pertains to ("solar eclipse" / "eclipse of the sun", ``modifiers`` and
``removal.adjective`` with ``data/pertainyms.json``); two adverbials, each with its own preposition,
in each other's place (``roles``); "resumed" / "started ... again" (``_alike``)."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_quiet_both_ways,
)

from vardiff.judge._alike import read_alike

# --- Rules written against the probe, each with its loud and quiet twins (sentences not the
# probe's).

QUIET = [
    # Litotes: "not" before a word that denies in itself affirms.
    (
        "Delays of an hour are not unusual on the line during the winter months.",
        "Delays of an hour are quite common on the line during the winter months.",
    ),
    (
        "The journey across the mountains is not without danger in the winter months.",
        "The journey across the mountains is dangerous in the winter months.",
    ),
    (
        "Her fears of a recession next year were not unreasonable, economists said.",
        "Her fears of a recession next year were understandable, economists said.",
    ),
    (
        "The new law is not unlike the one passed in Denmark last year.",
        "The new law is similar to the one passed in Denmark last year.",
    ),
    # One thing's names as WordNet gives them.
    (
        "The air raids on the city in World War I killed more than 300 people.",
        "The air raids on the city in the Great War killed more than 300 people.",
    ),
    (
        "The Black Death killed about a third of the population of Europe in the 1340s.",
        "The Black Plague killed about a third of the population of Europe in the 1340s.",
    ),
    (
        "Thousands of soldiers died of disease during the American Civil War, records show.",
        "Thousands of soldiers died of disease during the War between the States, records show.",
    ),
    # Two adverbials in each other's place; "resume" as "start again".
    (
        "The president arrived in Warsaw on Monday evening with a delegation of ministers.",
        "The president arrived on Monday evening in Warsaw with a delegation of ministers.",
    ),
    (
        "The night train travelled from Vienna to Venice for the first time in ten years.",
        "The night train travelled to Venice from Vienna for the first time in ten years.",
    ),
    (
        "Flights to the island resumed on Thursday after the cloud of volcanic ash cleared.",
        "Flights to the island started again on Thursday after the cloud of volcanic ash cleared.",
    ),
    # A relational adjective and the noun it pertains to.
    (
        "Thousands gathered in the desert to watch the solar eclipse on Monday morning.",
        "Thousands gathered in the desert to watch the eclipse of the sun on Monday morning.",
    ),
    (
        "Coastal villages were evacuated as the cyclone approached on Thursday night.",
        "Villages on the coast were evacuated as the cyclone approached on Thursday night.",
    ),
]

LOUD = [
    # The nouns moved between the same prepositions.
    (
        "The night train travelled from Vienna to Venice for the first time in ten years.",
        "The night train travelled from Venice to Vienna for the first time in ten years.",
    ),
    # The denying word itself on the other side, or another thing's name, or another noun.
    (
        "Delays of an hour are not unusual on the line during the winter months.",
        "Delays of an hour are unusual on the line during the winter months.",
    ),
    (
        "The journey across the mountains is not without danger in the winter months.",
        "The journey across the mountains is free of danger in the winter months.",
    ),
    (
        "The new law is not unlike the one passed in Denmark last year.",
        "The new law is unlike the one passed in Denmark last year.",
    ),
    (
        "The air raids on the city in World War I killed more than 300 people.",
        "The air raids on the city in the Second World War killed more than 300 people.",
    ),
    (
        "Coastal villages were evacuated as the cyclone approached on Thursday night.",
        "Villages on the border were evacuated as the cyclone approached on Thursday night.",
    ),
]


@pytest.mark.parametrize(("a", "b"), QUIET)
def test_honest_variation_stays_quiet_both_ways(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), LOUD)
def test_the_same_shapes_with_another_meaning_fail_both_ways(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


def test_a_name_of_two_things_is_read_only_as_its_commonest() -> None:
    # "Vietnam" is the country first and "the Gulf War" the war of 1991: neither is read as
    # the other thing WordNet also names by it; "World War II" has one sense.
    for a, b in (
        ("Her father fought in Vietnam in 1968.", "Her father fought in the Vietnam War in 1968."),
        ("He served in the Gulf War as a pilot.", "He served in the Iran-Iraq War as a pilot."),
    ):
        assert read_alike(a, b)[0] == b
        assert read_alike(b, a)[0] == a
    read, _, words = read_alike("He died in World War II.", "He died in the Second World War.")
    assert read == "He died in World War II." and words


def test_resumed_is_read_as_started_again_only() -> None:
    resumed = "Flights to the island resumed on Thursday after the ash cleared."
    for other in (
        "Flights to the island stopped again on Thursday after the ash cleared.",
        "Flights to the island started on Thursday after the ash cleared.",
    ):
        assert read_alike(resumed, other)[0] == other
    again = "Flights to the island started again on Thursday after the ash cleared."
    assert read_alike(resumed, again)[0] == resumed
    assert read_alike(again, resumed)[0] == again
