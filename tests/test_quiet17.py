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
run on main ae6ac7b is the out-of-sample figure (benchmarks/data/README.md).

Rules written against it, each with its loud and quiet twins (sentences not the probe's): a
name with its diacritics and without however short ("Huế" / "Hue"), the Arabic "q" written "g"
("Qassim" / "Gassim") and the second vowel of a pair respelled ("Daesh" / "Daish") one name
(``vardiff/_entities.py``), and a speaker's long name respelled one source (``attribution``);
the pronouns WordNet lacks ("Whoever", "Anyone") no names; read alike
(``vardiff/judge/_alike.py``): a free relative and its phrase ("whenever" / "every time",
"wherever" / "in every place where", "whatever costs" / "any costs"), a pro-form of the same
act ("followed suit" / "did the same"), a trend ("increasingly" / "more and more"), a condition
that must hold ("on condition that" / "only if"), and a mandative "should" ("recommends that
every school should appoint" / "appoint"); "no sooner" no negation, and "as soon as" against
"before" or "until" opposed (``link.opposed``); an absolute clause of "with" tells no time of
its own (``tense``); an irregular participle after its noun ("the election held in") describes
it (``removal``); the subject and the party after "as did" changing places is no role swapped
(``roles``); a name's variant in another transliteration explains the words it spans
(``vardiff/judge/_judge.py``)."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_judged_both_ways,
    assert_model_quiet_both_ways,
    assert_quiet_both_ways,
)

# --- Rules written against the probe, each with its loud and quiet twins (sentences not the
# probe's).

QUIET = [
    # A name with its diacritics and without, however short; the Arabic "q" written "g"; the
    # second vowel of a pair respelled; a speaker's long name in another transliteration.
    (
        "Floods in the central city of Huế have forced 20,000 people from their homes.",
        "Floods in the central city of Hue have forced 20,000 people from their homes.",
    ),
    (
        "Heavy rain flooded hundreds of homes in Qassim province on Tuesday, officials said.",
        "Heavy rain flooded hundreds of homes in Gassim province on Tuesday, officials said.",
    ),
    (
        "The group Daesh claimed responsibility for the bombing at a market in the north.",
        "The group Daish claimed responsibility for the bombing at a market in the north.",
    ),
    (
        "The writer Fyodor Dostoyevsky wrote the novel in 1866 while he was deeply in debt.",
        "The writer Fjodor Dostojewski wrote the novel in 1866 while he was deeply in debt.",
    ),
    # A free relative and the phrase it stands for; "Whoever" and "Anyone" are no names.
    (
        "Whenever the tide is high, the coastal road to the island is closed to all traffic.",
        "Every time the tide is high, the coastal road to the island is closed to all traffic.",
    ),
    (
        "Whoever has travelled to the region in the past month is asked to see a doctor.",
        "Anyone who has travelled to the region in the past month is asked to see a doctor.",
    ),
    (
        "The new rules apply wherever alcohol is sold, the minister said.",
        "The new rules apply in every place where alcohol is sold, the minister said.",
    ),
    (
        "The insurer will cover whatever costs the families face after the fire.",
        "The insurer will cover any costs the families face after the fire.",
    ),
    # A mandative "should" and the bare verb.
    (
        "The report recommends that every school should appoint a mental health lead by 2026.",
        "The report recommends that every school appoint a mental health lead by 2026.",
    ),
    (
        "The families demanded that the inquiry should be reopened after new evidence emerged.",
        "The families demanded that the inquiry be reopened after new evidence emerged.",
    ),
    # A pro-form of the same act; a trend; a condition that must hold.
    (
        "Spain cut the tax on electricity last winter, and Portugal did the same in the spring.",
        "Spain cut the tax on electricity last winter, and Portugal followed suit in the spring.",
    ),
    (
        "Customers are increasingly paying by card, and many shops no longer accept cash.",
        "Customers are more and more paying by card, and many shops no longer accept cash.",
    ),
    (
        "The strike will be called off on condition that the company withdraws its offer.",
        "The strike will be called off only if the company withdraws its offer.",
    ),
    # "No sooner ... than" is "as soon as", no negation.
    (
        "No sooner had the polls closed than the ruling party declared victory in the capital.",
        "As soon as the polls closed, the ruling party declared victory in the capital.",
    ),
    # An absolute clause of "with" tells no time of its own.
    (
        "The meeting ended in chaos, with each party blaming the other for the delay.",
        "The meeting ended in chaos, and each party blamed the other for the delay.",
    ),
    # The party after "as did" and the subject changing places: both did it.
    (
        "Germany voted against the resolution, as did France and Italy, diplomats said.",
        "France and Italy voted against the resolution, as did Germany, diplomats said.",
    ),
    # An irregular participle after its noun describes it.
    (
        "Last year's auction in Geneva raised 40 million francs, a record for watches.",
        "The auction held in Geneva last year raised 40 million francs, a record for watches.",
    ),
]


@pytest.mark.parametrize(("a", "b"), QUIET)
def test_honest_variation_of_the_probes_kinds_stays_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


LOUD = [
    # Two names a vowel apart stay two people; "should" without a verb of asking is a modality.
    (
        "Bob Jones said on Monday that the bank would cut its rates next month.",
        "Bob Jonas said on Monday that the bank would cut its rates next month.",
    ),
    (
        "Maria Lopez said on Monday that the bank would cut its rates next month.",
        "Mario Lopez said on Monday that the bank would cut its rates next month.",
    ),
    (
        "The mayor criticised the governor, as did the councillors, at a meeting on Friday.",
        "The governor criticised the mayor, as did the councillors, at a meeting on Friday.",
    ),
    (
        "Officials said the plant should reopen next year after repairs to its cooling system.",
        "Officials said the plant will reopen next year after repairs to its cooling system.",
    ),
    (
        "The strike will be called off on condition that the company withdraws its offer.",
        "The strike will be called off unless the company withdraws its offer.",
    ),
]


@pytest.mark.parametrize(("a", "b"), LOUD)
def test_the_same_shapes_with_another_meaning_stay_loud(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(
    "b",
    [
        "Long before the polls closed, the ruling party declared victory in the capital.",
        "Until the polls closed, the ruling party declared victory in the capital.",
    ],
)
def test_at_once_after_a_fact_against_before_or_until_it_is_a_link_opposed(b: str) -> None:
    a = "As soon as the polls closed, the ruling party declared victory in the capital."
    assert_judged_both_ways(a, b, "link.opposed")


def test_a_name_in_another_transliteration_explains_its_words_with_the_model() -> None:
    # The name check's variant explains the words it spans: no wording finding on them.
    assert_model_quiet_both_ways(
        "The writer Fyodor Dostoyevsky wrote the novel in 1866 while he was deeply in debt.",
        "The writer Fjodor Dostojewski wrote the novel in 1866 while he was deeply in debt.",
    )
