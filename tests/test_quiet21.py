"""Honest variation of probe_quiet21 (issue 7: trust): a place's state or province written out
or cut short ("Cambridge, Mass." / "Cambridge, Massachusetts"), a species with its genus
written out or cut to its initial ("E. coli" / "Escherichia coli"), a phrase English borrowed
whole from Latin ("tried in absentia", "inter alia") and a work named by its maker before it
or after "by" with a clause set off after the maker ("the Picasso sketch, which" / "the sketch
by Picasso, which"), beside changes of the same surface shapes, which do shift the meaning.
The probe was written before the judge's rules for these kinds were read; its first run on main
2702d99 is the out-of-sample figure (benchmarks/data/README.md).

Rules written against it, each with its loud and quiet twins (sentences not the probe's): the
larger place after the same place's name, cut short by its first three letters or more and a
full stop on one side, and a species' genus by its initial and a full stop on one side before
the same epithet, read alike before any check (``vardiff/judge/_written.py``); a word in a
phrase WordNet lists as one adverb is no word of another language (``foreign``); a clause set
off after the maker that closes a "by" phrase on the other side's head tells of that head
(``structure``, ``role.attached``)."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_not_judged_both_ways,
    assert_quiet_both_ways,
)

from vardiff.judge._alike import read_alike
from vardiff.judge.foreign import foreign_words

QUIET = [
    # the larger place cut short or written out
    (
        "The company, based in Austin, Tex., said on Monday it would hire 500 engineers at its "
        "new chip plant next year.",
        "The company, based in Austin, Texas, said on Monday it would hire 500 engineers at its "
        "new chip plant next year.",
    ),
    (
        "Two people were killed when a small plane crashed into a car park in Naples, Fla., on "
        "Sunday afternoon, police said.",
        "Two people were killed when a small plane crashed into a car park in Naples, Florida, "
        "on Sunday afternoon, police said.",
    ),
    (
        "The festival in Kingston, Ont., drew a record 40,000 visitors over the weekend despite "
        "heavy rain on Saturday.",
        "The festival in Kingston, Ontario, drew a record 40,000 visitors over the weekend "
        "despite heavy rain on Saturday.",
    ),
    # a species' genus by its initial
    (
        "Inspectors found S. aureus on door handles in three wards, and the hospital has closed "
        "them to new patients.",
        "Inspectors found Staphylococcus aureus on door handles in three wards, and the hospital "
        "has closed them to new patients.",
    ),
    (
        "The bones of a young C. lupus found in the cave are about 30,000 years old, the "
        "researchers wrote.",
        "The bones of a young Canis lupus found in the cave are about 30,000 years old, the "
        "researchers wrote.",
    ),
    # a work by its maker, with a clause set off after the maker's name
    (
        "The Monet landscape, which had been stolen from a gallery in 1998, was returned to the "
        "museum in Lyon on Friday.",
        "The landscape by Monet, which had been stolen from a gallery in 1998, was returned to "
        "the museum in Lyon on Friday.",
    ),
    (
        "The Hockney portrait, which was bought by a collector in Geneva, will be shown in "
        "London for the first time next spring.",
        "The portrait by Hockney, which was bought by a collector in Geneva, will be shown in "
        "London for the first time next spring.",
    ),
]

LOUD = [
    # another state or country of the same name
    (
        "The company, based in Austin, Tex., said on Monday it would hire 500 engineers at its "
        "new chip plant next year.",
        "The company, based in Austin, Minnesota, said on Monday it would hire 500 engineers at "
        "its new chip plant next year.",
    ),
    (
        "The festival in Kingston, Ont., drew a record 40,000 visitors over the weekend despite "
        "heavy rain on Saturday.",
        "The festival in Kingston, Jamaica, drew a record 40,000 visitors over the weekend "
        "despite heavy rain on Saturday.",
    ),
    # another species of the genus
    (
        "Inspectors found S. aureus on door handles in three wards, and the hospital has closed "
        "them to new patients.",
        "Inspectors found Staphylococcus epidermidis on door handles in three wards, and the "
        "hospital has closed them to new patients.",
    ),
    # a clause moved to another person: "who", or no "by" phrase
    (
        "The manager, who had been fired in May, was replaced by the coach, the club said on "
        "Tuesday.",
        "The manager was replaced by the coach, who had been fired in May, the club said on "
        "Tuesday.",
    ),
]


@pytest.mark.parametrize(("a", "b"), QUIET)
def test_one_place_species_or_work_in_its_conventional_forms_stays_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), LOUD)
def test_another_place_species_or_antecedent_fails_the_gate(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


def test_another_state_is_not_read_as_the_one_cut_short() -> None:
    # "Mo." is Missouri, though Montana's letters begin so too.
    a = "The rodeo in Billings, Mo., was cancelled because of the heat, organisers said."
    b = "The rodeo in Billings, Montana, was cancelled because of the heat, organisers said."
    assert read_alike(a, b)[1] == ()
    assert read_alike(b, a)[1] == ()


def test_a_clause_after_a_maker_named_by_a_participle_and_by_stays_with_the_work() -> None:
    assert_not_judged_both_ways(
        "Fans queued overnight for the Nolan film, which opens in 3,000 cinemas across the "
        "country on Thursday.",
        "Fans queued overnight for the film directed by Nolan, which opens in 3,000 cinemas "
        "across the country on Thursday.",
        "role.attached",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The former minister was convicted in absentia of fraud and sentenced to nine years.",
        "The treaty covers, inter alia, fishing rights and the use of the river for shipping.",
        "The remains were examined in situ before being moved to the university's laboratory.",
    ],
)
def test_a_latin_phrase_english_borrowed_whole_is_no_foreign_word(text: str) -> None:
    assert foreign_words(text, "") == []


def test_a_word_of_another_language_beside_a_preposition_is_still_foreign() -> None:
    assert foreign_words("The former minister was convicted in abwesenheit of fraud.", "") == [
        "abwesenheit"
    ]


def test_a_phrase_borrowed_from_latin_against_its_english_is_no_word_left_untranslated() -> None:
    assert_not_judged_both_ways(
        "The former minister was convicted in absentia of fraud and sentenced to nine years in "
        "prison on Tuesday.",
        "The former minister was convicted in his absence of fraud and sentenced to nine years "
        "in prison on Tuesday.",
        "artifact.untranslated",
    )
