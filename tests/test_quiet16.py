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
run on main 2b03216 is the out-of-sample figure (benchmarks/data/README.md).

Rules written against it, each with its loud and quiet twins (sentences not the probe's): "'d"
before a past participle read as "had" and a contraction spelt out read with the verb after it
(``tense``), a contraction English where its host is (``foreign``); units of speed, power,
energy, mass and volume by their symbols or written out (``vardiff/_numbers.py``) and a unit
spelt otherwise after the same number read alike; an emphatic reflexive ("the governor herself
opened" / "the governor opened"; "personally" only against one) and a manner by an adverb or a
phrase ("cautiously" / "with caution") read alike (``vardiff/judge/_alike.py``); "even if" /
"regardless of whether" one concession, and a concession against a negated condition ("even if"
/ "unless") opposed (``link.opposed``)."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_quiet_both_ways,
)

from vardiff._numbers import unit_spellings
from vardiff.judge._alike import read_alike
from vardiff.judge._text import expand_contractions
from vardiff.judge.foreign import is_english

# --- Rules written against the probe, each with its loud and quiet twins (sentences not the
# probe's).

QUIET = [
    # "'d" before a past participle is "had"; a contraction is English where its host is
    (
        "Villagers who'd lost their homes in the floods were given shelter in a school gym, "
        "the council said.",
        "Villagers who had lost their homes in the floods were given shelter in a school gym, "
        "the council said.",
    ),
    (
        "She'd already signed the contract when the rival offer arrived, her agent told "
        "reporters on Monday.",
        "She had already signed the contract when the rival offer arrived, her agent told "
        "reporters on Monday.",
    ),
    # an emphatic reflexive, in apposition, and against "personally"
    (
        "The governor herself opened the new bridge on Saturday, three years after work on it "
        "began.",
        "The governor opened the new bridge on Saturday, three years after work on it began.",
    ),
    (
        "The coach, himself a former international, said the team had lacked experience in the "
        "final.",
        "The coach, a former international, said the team had lacked experience in the final.",
    ),
    (
        "The chairman was not personally aware of the payments, the bank said in a statement on "
        "Friday.",
        "The chairman himself was not aware of the payments, the bank said in a statement on "
        "Friday.",
    ),
    # units by their symbols or written out, and spelt otherwise after the same numbers
    (
        "The storm brought gusts of 130 mph to the coast, and 40 mm of rain fell in three hours.",
        "The storm brought gusts of 130 miles per hour to the coast, and 40 millimetres of rain "
        "fell in three hours.",
    ),
    (
        "The weightlifter lifted 150 kg in the snatch and 190 kilograms in the clean and jerk on "
        "Sunday.",
        "The weightlifter lifted 150 kilograms in the snatch and 190 kg in the clean and jerk on "
        "Sunday.",
    ),
    # a manner by an adverb or by a phrase of its noun
    (
        "The firefighters entered the damaged building with caution, fearing that the roof "
        "would collapse.",
        "The firefighters cautiously entered the damaged building, fearing that the roof would "
        "collapse.",
    ),
    (
        "The judge listened to the witness with great patience before adjourning the hearing "
        "until Monday.",
        "The judge listened patiently to the witness before adjourning the hearing until Monday.",
    ),
    # a condition that holds either way
    (
        "The airline will cut 2,000 jobs regardless of whether the merger goes ahead, its chief "
        "executive said.",
        "The airline will cut 2,000 jobs even if the merger goes ahead, its chief executive said.",
    ),
]

LOUD = [
    # another unit
    (
        "The storm brought gusts of 130 mph to the coast, and 40 mm of rain fell in three hours.",
        "The storm brought gusts of 130 km/h to the coast, and 40 mm of rain fell in three hours.",
    ),
    (
        "The offshore wind farm will produce 500 MW when it is finished, enough for 400,000 homes.",
        "The offshore wind farm will produce 500 GW when it is finished, enough for 400,000 homes.",
    ),
    # a concession against a negated condition
    (
        "The airline will cut 2,000 jobs even if the merger goes ahead, its chief executive said.",
        "The airline will cut 2,000 jobs unless the merger goes ahead, its chief executive said.",
    ),
    # "-less" says the noun is missing: no manner of "care"
    (
        "The firefighters entered the damaged building with great care, fearing that the roof "
        "would collapse.",
        "The firefighters carelessly entered the damaged building, fearing that the roof would "
        "collapse.",
    ),
    # "'d" before a verb that is no participle is "would"
    (
        "Villagers who'd lost their homes in the floods were given shelter in a school gym, "
        "the council said.",
        "Villagers who would lose their homes in the floods were given shelter in a school gym, "
        "the council said.",
    ),
]


@pytest.mark.parametrize(("a", "b"), QUIET)
def test_honest_variation_stays_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), LOUD)
def test_the_same_shapes_with_another_meaning_fail(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


def test_a_reflexive_after_a_verb_or_a_preposition_is_no_emphasis() -> None:
    for a, b in (
        ("The gunman shot himself outside the bank.", "The gunman shot outside the bank."),
        ("The singer wrote about herself on the album.", "The singer wrote about on the album."),
    ):
        for left, right in ((a, b), (b, a)):
            assert read_alike(left, right)[1] == (), (left, right)


def test_units_and_contractions_are_read() -> None:
    assert expand_contractions("the residents who'd been evacuated") == (
        "the residents who had been evacuated"
    )
    assert expand_contractions("they'd succeed") == "they would succeed"
    assert is_english("who'd") and not is_english("wurden")
    units = unit_spellings()
    assert units["kilometres per hour"] == units["km/h"] == units["kph"] == "km/h"
    assert units["kilowatt hours"] == units["kwh"] != units["kw"]
