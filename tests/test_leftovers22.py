"""Honest variation the judge still failed in the earlier probes' controls, read as kinds and
tested with sentences of their own (never the probes'), each beside a change of the same shape:

- a species named by its Latin binomial on one side and by its common name on the other
  ("Apis mellifera" / "honeybees", "the Anopheles gambiae mosquito" / "the African malaria
  mosquito"), as WordNet names the one species (``_alike._species_name_reads``, from
  ``names_alike.json``'s "species"); another species stays loud;
- a common noun WordNet writes only in initials with small letters ("an MSc", "a DPhil"),
  and by the kind WordNet says it is on the other side ("a master's degree", "a doctorate"):
  the same degree (``_alike._initialism_kind_reads``); another degree stays a name dropped;
- a country's money by two of its currency's words ("sterling" / "the pound"), each by
  WordNet's definitions the money of one country (``_written._money_word_reads``); another
  country's money is no read;
- a noun WordNet defines as nothing but the other word ("a fake": "something that is a
  counterfeit", "a forgery" sharing "counterfeit"'s sense) is that word, not another thing of
  its kind (``_glosses.defined_as_other``); another thing of the kind ("a replica") stays
  loud;
- "without" before a noun against a word whose definition denies that noun, or a synonym of it,
  after a participle ("without a break" / "continuous": "continuing in time or space without
  interruption"; "without warning" / "suddenly", an adverb by its adjective's definition):
  the same manner, no denial flipped (``polarity._without_meant``); a word that denies nothing
  of it ("without delay" / "slowly") stays a flip;
- a word one side alone says right before a noun whose definition says it already ("no advance
  warning" / "no warning": "notification of something, usually in advance"; "young children":
  "a young person"), or a noun of a quality after its adjective ("in close proximity to" /
  "close to": "the property of being close together"), where both sides run alike around it:
  read alike (``_alike._defined_modifier_reads``); a word the definition does not say ("no
  written notice", "disabled children", "in dangerous proximity") stays what it is;
- a modifier and the word after it that are one adverb written apart ("straight away":
  "straightaway") are no modifier of that word (``modifiers._one_adverb_apart``); "straight"
  before a noun ("a straight road") stays a modifier;
- an adverb or adjective WordNet writes as a few words ("inter alia", "ex officio") on one
  side and its definition in the other's words ("among other things", "by virtue of his
  position"): read alike (``_alike._phrase_definition_reads``); words of another meaning
  ("pro bono" / "for a reduced fee") are no read."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_judged_both_ways,
    assert_not_judged_both_ways,
    assert_quiet_both_ways,
    worst,
)

from vardiff import Severity
from vardiff.judge._alike import (
    _defined_modifier_reads,
    _initialism_kind_reads,
    _phrase_definition_reads,
    _species_name_reads,
)
from vardiff.judge._glosses import defined_as_other
from vardiff.judge._written import _money_word_reads
from vardiff.judge.modifiers import _one_adverb_apart, modifiers_of


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Beekeepers fear that Apis mellifera colonies will shrink again this winter after "
            "a wet summer.",
            "Beekeepers fear that honeybee colonies will shrink again this winter after a wet "
            "summer.",
        ),
        (
            "Rangers counted 40 Panthera leo in the reserve last year, a rise of a quarter on "
            "the year before.",
            "Rangers counted 40 lions in the reserve last year, a rise of a quarter on the "
            "year before.",
        ),
        (
            "Ecologists say Corvus corax has returned to the lowland forests it left a century "
            "ago.",
            "Ecologists say the raven has returned to the lowland forests it left a century ago.",
        ),
    ],
)
def test_a_species_by_its_latin_or_its_common_name_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


def test_a_binomial_before_its_kind_reads_with_it() -> None:
    a = "Health officials say the Aedes aegypti mosquito has been found in three ports."
    b = "Health officials say the yellow fever mosquito has been found in three ports."
    assert _species_name_reads(a, b) == [(25, 46, "Aedes aegypti mosquito")]
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Beekeepers fear that Apis mellifera colonies will shrink again this winter after "
            "a wet summer.",
            "Beekeepers fear that bumblebee colonies will shrink again this winter after a wet "
            "summer.",
        ),
        (
            "Numbers of Ursus arctos in the national park have doubled since hunting was banned.",
            "Numbers of polar bears in the national park have doubled since hunting was banned.",
        ),
    ],
)
def test_another_species_stays_loud(a: str, b: str) -> None:
    assert not _species_name_reads(a, b) and not _species_name_reads(b, a)
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "He holds an MSc in data science from a university in Lisbon, the filing shows.",
            "He holds a master's degree in data science from a university in Lisbon, the "
            "filing shows.",
        ),
        (
            "The new ambassador wrote her DPhil on medieval trade routes before joining the "
            "foreign service.",
            "The new ambassador wrote her doctorate on medieval trade routes before joining "
            "the foreign service.",
        ),
    ],
)
def test_a_degree_in_initials_or_by_its_kind_is_quiet(a: str, b: str) -> None:
    assert _initialism_kind_reads(a, b) and _initialism_kind_reads(b, a)
    assert_quiet_both_ways(a, b)


def test_another_degree_stays_a_name_dropped() -> None:
    a = "He holds an MSc in data science from a university in Lisbon, the filing shows."
    b = "He holds a doctorate in data science from a university in Lisbon, the filing shows."
    assert not _initialism_kind_reads(a, b) and not _initialism_kind_reads(b, a)
    assert worst(a, b) >= Severity.MEDIUM


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Investors dumped sterling after the prime minister resigned on Thursday evening.",
            "Investors dumped the pound after the prime minister resigned on Thursday evening.",
        ),
        (
            "Sterling slipped against the euro on Monday after the inflation figures came out.",
            "The pound slipped against the euro on Monday after the inflation figures came out.",
        ),
    ],
)
def test_one_countrys_money_by_two_of_its_words_is_quiet(a: str, b: str) -> None:
    assert _money_word_reads(a, b) and _money_word_reads(b, a)
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize("other", ["the rouble", "the yen", "the lira"])
def test_another_countrys_money_is_no_read(other: str) -> None:
    a = "Investors dumped sterling after the prime minister resigned on Thursday evening."
    b = f"Investors dumped {other} after the prime minister resigned on Thursday evening."
    assert not _money_word_reads(a, b) and not _money_word_reads(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Customs officers found a fake among the paintings shipped from Geneva last month.",
            "Customs officers found a counterfeit among the paintings shipped from Geneva last "
            "month.",
        ),
        (
            "The gallery admitted that the bronze in its main hall was a forgery.",
            "The gallery admitted that the bronze in its main hall was a fake.",
        ),
    ],
)
def test_a_noun_defined_as_the_other_is_the_same_thing(a: str, b: str) -> None:
    assert_judged_both_ways(a, b, "kind.synonym")
    assert_quiet_both_ways(a, b)


def test_another_thing_of_the_kind_stays_loud() -> None:
    a = "Customs officers found a fake among the paintings shipped from Geneva last month."
    b = "Customs officers found a replica among the paintings shipped from Geneva last month."
    assert not defined_as_other("fake", "replica")
    assert_fails_both_ways(a, b)


def test_defined_as_other_reads_the_commonest_senses() -> None:
    assert defined_as_other("fake", "counterfeit") and defined_as_other("forgery", "fake")
    assert not defined_as_other("fake", "copy") and not defined_as_other("prison", "jail")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Firefighters pumped water out of the mine without a break for 40 hours before the "
            "trapped miners were reached.",
            "Firefighters pumped water out of the mine continuously for 40 hours before the "
            "trapped miners were reached.",
        ),
        (
            "The levee gave way without warning early on Sunday, flooding hundreds of homes in "
            "the valley.",
            "The levee gave way suddenly early on Sunday, flooding hundreds of homes in the "
            "valley.",
        ),
    ],
)
def test_without_a_noun_against_a_word_defined_by_its_lack_is_quiet(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "negation.flipped")
    assert_quiet_both_ways(a, b)


def test_without_a_noun_against_a_word_that_denies_nothing_of_it_stays_a_flip() -> None:
    a = "The lorries crossed the border without delay on Friday morning, officials said."
    b = "The lorries crossed the border slowly on Friday morning, officials said."
    assert_judged_both_ways(a, b, "negation.flipped")
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Villagers said they had no advance warning of the landslide that buried six houses "
            "on Tuesday.",
            "Villagers said they had no warning of the landslide that buried six houses on "
            "Tuesday.",
        ),
        (
            "The council will offer free swimming lessons to young children in the town from "
            "next spring.",
            "The council will offer free swimming lessons to children in the town from next "
            "spring.",
        ),
        (
            "The refugee camp sits in close proximity to the border, aid workers said on Friday.",
            "The refugee camp sits close to the border, aid workers said on Friday.",
        ),
    ],
)
def test_a_word_its_neighbours_definition_says_is_read_alike(a: str, b: str) -> None:
    assert _defined_modifier_reads(a, b) and _defined_modifier_reads(b, a)
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Tenants said the landlord gave them no written notice before the water was cut "
            "off on Monday.",
            "Tenants said the landlord gave them no notice before the water was cut off on Monday.",
        ),
        (
            "The council will offer free swimming lessons to disabled children in the town "
            "from next spring.",
            "The council will offer free swimming lessons to children in the town from next "
            "spring.",
        ),
    ],
)
def test_a_word_the_definition_does_not_say_stays_loud(a: str, b: str) -> None:
    assert not _defined_modifier_reads(a, b) and not _defined_modifier_reads(b, a)
    assert_fails_both_ways(a, b)


def test_a_quality_the_adjective_does_not_define_is_no_read() -> None:
    a = "The refugee camp sits in dangerous proximity to the border, aid workers said on Friday."
    b = "The refugee camp sits close to the border, aid workers said on Friday."
    assert not _defined_modifier_reads(a, b) and not _defined_modifier_reads(b, a)


def test_an_adverb_written_apart_is_no_modifier() -> None:
    a = "The union told members to stop work straight away after the accident at the plant."
    b = "The union told members to stop work at once after the accident at the plant."
    assert_not_judged_both_ways(a, b, "modifier.dropped")
    assert_not_judged_both_ways(a, b, "modifier.added")
    assert_quiet_both_ways(a, b)


def test_a_modifier_of_a_noun_stays_one() -> None:
    a = "The new bypass is a straight road across the marshes, the council said on Monday."
    b = "The new bypass is a road across the marshes, the council said on Monday."
    found = [m for m in modifiers_of(a, b) if m.word == "straight"]
    assert found and not _one_adverb_apart(found[0])


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The auditors questioned, inter alia, the cost of the new headquarters and the "
            "bonuses paid to directors.",
            "The auditors questioned, among other things, the cost of the new headquarters and "
            "the bonuses paid to directors.",
        ),
        (
            "The dean sits ex officio on the university senate and chairs its finance committee.",
            "The dean sits on the university senate by virtue of his position and chairs its "
            "finance committee.",
        ),
    ],
)
def test_a_phrase_and_its_definition_are_read_alike(a: str, b: str) -> None:
    assert _phrase_definition_reads(a, b) and _phrase_definition_reads(b, a)
    assert_quiet_both_ways(a, b)


def test_a_phrase_against_words_of_another_meaning_is_no_read() -> None:
    a = "The lawyers agreed to act pro bono for the families of the miners killed in the blast."
    b = (
        "The lawyers agreed to act for a reduced fee for the families of the miners killed in "
        "the blast."
    )
    assert not _phrase_definition_reads(a, b) and not _phrase_definition_reads(b, a)
